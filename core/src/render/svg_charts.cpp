// Colours are chosen so each mark's text stays readable on its fill, and every colour is backed
// by a number or word in the picture, so nothing depends on colour alone.
#include "render/svg_charts.h"

#include <algorithm>
#include <array>

namespace ailit::render {
namespace {

struct Swatch {
  std::string_view fill;
  std::string_view text;
};

// By RiskLevel: low, medium, high, very_high.
constexpr std::array<Swatch, 4> kLevelColours{{
    {"#2e7d32", "#ffffff"},
    {"#f2b01e", "#1a1a1a"},
    {"#e0600b", "#ffffff"},
    {"#b71c1c", "#ffffff"},
}};

// By priority band, light to dark so the order reads without a legend.
constexpr std::array<Swatch, kPriorityBands> kPriorityColours{{
    {"#cfd8dc", "#1a1a1a"},
    {"#f6c15b", "#1a1a1a"},
    {"#e0600b", "#ffffff"},
    {"#b71c1c", "#ffffff"},
}};
constexpr std::array<std::string_view, kPriorityBands> kPriorityRanges{"0–39", "40–59", "60–79",
                                                                       "80–100"};

// What each byte becomes: 0 itself, else kXmlEntities[n] (the empty string drops it).
constexpr std::array<std::string_view, 7> kXmlEntities{"",       "&amp;", "&lt;", "&gt;",
                                                       "&quot;", "&#39;", ""};
constexpr std::array<std::uint8_t, 256> kXmlClass = [] {
  std::array<std::uint8_t, 256> table{};
  for (int c = 0; c < 0x20; ++c) table[static_cast<std::size_t>(c)] = 6;
  table['\t'] = table['\n'] = table['\r'] = 0;
  table[0x7f] = 6;
  table['&'] = 1;
  table['<'] = 2;
  table['>'] = 3;
  table['"'] = 4;
  table['\''] = 5;
  return table;
}();

class Svg {
 public:
  explicit Svg(std::string& out) : out_(out) {}

  // Appends name="value" for an integer value.
  Svg& Attr(std::string_view name, std::int64_t value) {
    out_ += ' ';
    out_ += name;
    out_ += "=\"";
    AppendInt(out_, value);
    out_ += '"';
    return *this;
  }
  // Appends name="value" for a value that is ours (a colour, a class): not escaped.
  Svg& Attr(std::string_view name, std::string_view value) {
    out_ += ' ';
    out_ += name;
    out_ += "=\"";
    out_ += value;
    out_ += '"';
    return *this;
  }
  Svg& Raw(std::string_view text) {
    out_ += text;
    return *this;
  }
  Svg& Text(std::string_view text) {
    AppendXmlEscaped(out_, text);
    return *this;
  }

  void Rect(int x, int y, int w, int h, std::string_view fill) {
    Raw("<rect").Attr("x", x).Attr("y", y).Attr("width", w).Attr("height", h).Attr("fill", fill);
    Raw("/>");
  }
  void Line(int x1, int y1, int x2, int y2, std::string_view stroke) {
    Raw("<line").Attr("x1", x1).Attr("y1", y1).Attr("x2", x2).Attr("y2", y2);
    Attr("stroke", stroke).Raw("/>");
  }
  // A label in our own words (escaped anyway: labels may hold user text).
  void Label(int x, int y, std::string_view anchor, std::string_view text,
             std::string_view extra = {}) {
    Raw("<text").Attr("x", x).Attr("y", y);
    if (anchor != "start") Attr("text-anchor", anchor);
    Raw(extra).Raw(">").Text(text).Raw("</text>");
  }
  // A filled circle with a number in it, as both charts draw their marks.
  void Marker(int cx, int cy, int r, std::uint32_t number, const Swatch& swatch) {
    Raw("<circle").Attr("cx", cx).Attr("cy", cy).Attr("r", r).Attr("fill", swatch.fill);
    Raw(" stroke=\"#ffffff\" stroke-width=\"1.5\"/>");
    Raw("<text").Attr("x", cx).Attr("y", cy + 4).Raw(" text-anchor=\"middle\"");
    Attr("font-size", number >= 100 ? 8 : 11).Attr("fill", swatch.text);
    Raw(" font-weight=\"bold\">");
    AppendInt(out_, number);
    Raw("</text>");
  }

  // The same marker hollow: a measure that comes back from an earlier year.
  void RepeatMarker(int cx, int cy, int r, std::uint32_t number, const Swatch& swatch) {
    Raw("<circle").Attr("cx", cx).Attr("cy", cy).Attr("r", r - 1).Raw(" fill=\"#ffffff\"");
    Attr("stroke", swatch.fill).Raw(" stroke-width=\"2\" stroke-dasharray=\"3 2\"/>");
    Raw("<text").Attr("x", cx).Attr("y", cy + 4).Raw(" text-anchor=\"middle\"");
    Attr("font-size", number >= 100 ? 8 : 11).Raw(" fill=\"#333333\">");
    AppendInt(out_, number);
    Raw("</text>");
  }

 private:
  std::string& out_;
};

void OpenSvg(Svg& svg, std::string_view kind, int width, int height, std::string_view title,
             std::string_view desc) {
  svg.Raw("<svg class=\"chart ").Raw(kind).Raw("\" viewBox=\"0 0 ");
  std::string size;
  AppendInt(size, width);
  size += ' ';
  AppendInt(size, height);
  svg.Raw(size).Raw("\" role=\"img\" aria-labelledby=\"").Raw(kind).Raw("-title ");
  svg.Raw(kind).Raw("-desc\" font-family=\"system-ui, sans-serif\" font-size=\"12\">\n");
  svg.Raw("<title id=\"").Raw(kind).Raw("-title\">").Text(title).Raw("</title>\n");
  svg.Raw("<desc id=\"").Raw(kind).Raw("-desc\">").Raw(desc).Raw("</desc>\n");
}

}  // namespace

void AppendXmlEscaped(std::string& out, std::string_view text) {
  std::size_t plain = 0;  // start of the run not yet copied
  for (std::size_t i = 0; i < text.size(); ++i) {
    const std::uint8_t kind = kXmlClass[static_cast<unsigned char>(text[i])];
    if (kind == 0) continue;
    out.append(text.substr(plain, i - plain));
    out += kXmlEntities[kind];
    plain = i + 1;
  }
  out.append(text.substr(plain));
}

void AppendSystemsChart(std::string& out, const Profile& profile, const Scores& scores, Lang lang) {
  using G = SystemsChartGeometry;
  const DocLabels& l = Labels(lang);
  Svg svg(out);
  std::string desc;
  std::string systems;
  AppendXmlEscaped(systems, Counted(profile.ai_systems.size(), l.systems, lang));
  Fill(desc, l.chart_systems_desc, {systems});
  OpenSvg(svg, "systems-chart", G::kWidth, G::kHeight, l.chart_systems_title, desc);

  // Quadrants split at 50: both low, one high, both high.
  const int left = G::X(0);
  const int mid_x = G::X(50);
  const int right = G::X(100);
  const int top = G::Y(100);
  const int mid_y = G::Y(50);
  const int bottom = G::Y(0);
  svg.Rect(left, mid_y, mid_x - left, bottom - mid_y, "#edf5ee");
  svg.Rect(mid_x, mid_y, right - mid_x, bottom - mid_y, "#fdf5e2");
  svg.Rect(left, top, mid_x - left, mid_y - top, "#fdf5e2");
  svg.Rect(mid_x, top, right - mid_x, mid_y - top, "#fbe7e4");
  out += '\n';

  for (int v = 0; v <= 100; v += 25) {
    const std::string_view stroke = v == 0 ? "#555555" : "#d0d0d0";
    svg.Line(G::X(v), top, G::X(v), bottom, stroke);
    svg.Line(left, G::Y(v), right, G::Y(v), stroke);
    std::string number;
    AppendInt(number, v);
    svg.Label(G::X(v), bottom + 16, "middle", number, " fill=\"#444444\"");
    svg.Label(left - 8, G::Y(v) + 4, "end", number, " fill=\"#444444\"");
    out += '\n';
  }
  svg.Label((left + right) / 2, bottom + 38, "middle", l.chart_axis_nature,
            " font-weight=\"bold\"");
  {
    // The severity title runs up the left edge.
    const int x = 22;
    const int y = (top + bottom) / 2;
    std::string rotate = " font-weight=\"bold\" transform=\"rotate(-90 ";
    AppendInt(rotate, x);
    rotate += ' ';
    AppendInt(rotate, y);
    rotate += ")\"";
    svg.Label(x, y, "middle", l.chart_axis_severity, rotate);
  }
  out += '\n';

  const std::size_t n = std::min(profile.ai_systems.size(), scores.systems.size());
  for (std::size_t i = 0; i < n; ++i) {
    const SystemScore& s = scores.systems[i];
    const auto level = static_cast<std::size_t>(s.level);
    svg.Raw("<g class=\"system\"").Attr("data-system", static_cast<std::int64_t>(i + 1));
    svg.Attr("data-level", Name(s.level)).Raw("><title>");
    std::string nature;
    std::string severity;
    AppendInt(nature, s.nature);
    AppendInt(severity, s.severity);
    std::string name;
    AppendInt(name, static_cast<std::int64_t>(i + 1));
    name += ". ";
    name += profile.ai_systems[i].name;
    std::string title;
    Fill(title, l.chart_point, {name, nature, severity, l.risk_levels[level]});
    svg.Text(title).Raw("</title>");
    svg.Marker(G::X(s.nature), G::Y(s.severity), 10, static_cast<std::uint32_t>(i + 1),
               kLevelColours[level]);
    svg.Raw("</g>\n");
  }

  // Legend: the four levels in a row under the axis title.
  const int legend_y = G::kHeight - 14;
  svg.Label(left, legend_y + 4, "start", l.chart_legend_level, " font-weight=\"bold\"");
  for (std::size_t level = 0; level < kLevelColours.size(); ++level) {
    const int x = left + 130 + static_cast<int>(level) * 100;
    svg.Raw("<circle").Attr("cx", x).Attr("cy", legend_y).Raw(" r=\"6\"");
    svg.Attr("fill", kLevelColours[level].fill).Raw("/>");
    svg.Label(x + 10, legend_y + 4, "start", l.risk_levels[level]);
  }
  out += "\n</svg>\n";
}

void AppendPlanTimeline(std::string& out, const Recommendation& rec, const DocumentLayout& layout,
                        Lang lang) {
  const DocLabels& l = Labels(lang);
  constexpr int kLabelWidth = 150;
  constexpr int kColumnWidth = 200;
  constexpr int kHeaderHeight = 30;
  constexpr int kMarkerStep = 26;
  constexpr int kLineHeight = 24;
  constexpr int kPerLine = (kColumnWidth - 16) / kMarkerStep;
  constexpr int kWidth = kLabelWidth + 3 * kColumnWidth + 10;

  // Measures that come back from earlier years, per cell: drawn hollow after the new ones.
  std::array<std::array<std::vector<std::uint32_t>, 4>, 3> repeats;
  for (int year = 1; year <= 3; ++year) {
    for (std::uint32_t index : layout.recurring[static_cast<std::size_t>(year - 1)]) {
      repeats[static_cast<std::size_t>(year - 1)]
             [static_cast<std::size_t>(rec.measures[index].step)]
                 .push_back(index);
    }
  }
  // Each row is as tall as its fullest cell needs.
  std::array<int, 4> row_height{};
  for (std::size_t step = 0; step < 4; ++step) {
    int lines = 0;
    for (int year = 1; year <= 3; ++year) {
      const auto count = static_cast<int>(layout.Count(year, static_cast<PlanStep>(step)) +
                                          repeats[static_cast<std::size_t>(year - 1)][step].size());
      lines = std::max(lines, (count + kPerLine - 1) / kPerLine);
    }
    row_height[step] = std::max(48, 32 + lines * kLineHeight);
  }
  int height = kHeaderHeight;
  for (int h : row_height) height += h;
  const int legend_y = height + 24;
  height += 40;

  std::string desc;
  {
    std::string measures;
    AppendXmlEscaped(measures, Counted(layout.planned.size(), l.measures, lang));
    Fill(desc, l.chart_plan_desc, {measures});
    for (int year = 1; year <= 3; ++year) {
      for (std::size_t step = 0; step < 4; ++step) {
        const auto& begin = layout.cell_begin[static_cast<std::size_t>(year - 1)];
        if (begin[step] == begin[step + 1]) continue;
        desc += ' ';
        std::string y;
        AppendInt(y, year);
        Fill(desc, l.year, {y});
        desc += ", ";
        desc += l.steps[step];
        desc += ": ";
        for (std::uint32_t k = begin[step]; k < begin[step + 1]; ++k) {
          if (k > begin[step]) desc += ", ";
          AppendInt(desc, k + 1);
        }
        desc += '.';
      }
    }
  }
  Svg svg(out);
  OpenSvg(svg, "plan-timeline", kWidth, height, l.chart_plan_title, desc);

  svg.Rect(0, 0, kWidth, kHeaderHeight, "#eceff1");
  for (int year = 1; year <= 3; ++year) {
    std::string label;
    std::string y;
    AppendInt(y, year);
    Fill(label, l.year, {y});
    svg.Label(kLabelWidth + (year - 1) * kColumnWidth + kColumnWidth / 2, 20, "middle", label,
              " font-weight=\"bold\"");
  }
  out += '\n';

  int row_top = kHeaderHeight;
  for (std::size_t step = 0; step < 4; ++step) {
    const int h = row_height[step];
    if (step % 2 == 1) svg.Rect(0, row_top, kWidth, h, "#f7f9fa");
    svg.Line(0, row_top, kWidth, row_top, "#b0bec5");
    svg.Label(10, row_top + 20, "start", l.steps[step], " font-weight=\"bold\"");
    for (int year = 1; year <= 3; ++year) {
      const int x = kLabelWidth + (year - 1) * kColumnWidth;
      const auto& begin = layout.cell_begin[static_cast<std::size_t>(year - 1)];
      const std::uint32_t count = begin[step + 1] - begin[step];
      svg.Raw("<g class=\"cell\"").Attr("data-year", year);
      svg.Attr("data-step", Name(static_cast<PlanStep>(step))).Attr("data-count", count);
      svg.Raw(">");
      svg.Line(x, row_top, x, row_top + h, "#b0bec5");
      svg.Label(x + 8, row_top + 20, "start",
                count == 0 ? l.chart_no_measures : Counted(count, l.measures, lang),
                count == 0 ? " fill=\"#8a96a3\"" : " fill=\"#333333\"");
      for (std::uint32_t k = begin[step]; k < begin[step + 1]; ++k) {
        const std::uint32_t index = layout.planned[k];
        const PlannedMeasure& m = rec.measures[index];
        const auto slot = static_cast<int>(k - begin[step]);
        const int cx = x + 8 + 11 + (slot % kPerLine) * kMarkerStep;
        const int cy = row_top + 42 + (slot / kPerLine) * kLineHeight;
        const auto band = static_cast<std::size_t>(PriorityBand(m.priority));
        svg.Raw("<g class=\"measure\"").Attr("data-measure", k + 1).Attr("data-year", year);
        svg.Attr("data-step", Name(static_cast<PlanStep>(step)));
        svg.Attr("data-priority", m.priority).Raw("><title>");
        AppendInt(out, k + 1);
        out += ". ";
        const Measure* measure = MeasureOf(rec, m);
        if (measure != nullptr) svg.Text(measure->title.In(lang));
        out += " (";
        out += l.field_priority;
        out += ' ';
        AppendInt(out, m.priority);
        out += ")</title>";
        svg.Marker(cx, cy, 11, k + 1, kPriorityColours[band]);
        svg.Raw("</g>");
      }
      const auto& again = repeats[static_cast<std::size_t>(year - 1)][step];
      for (std::size_t r = 0; r < again.size(); ++r) {
        const PlannedMeasure& m = rec.measures[again[r]];
        const std::uint32_t number = layout.number[again[r]];
        const auto slot = static_cast<int>(count + r);
        const int cx = x + 8 + 11 + (slot % kPerLine) * kMarkerStep;
        const int cy = row_top + 42 + (slot / kPerLine) * kLineHeight;
        const auto band = static_cast<std::size_t>(PriorityBand(m.priority));
        svg.Raw("<g class=\"repeat\"").Attr("data-measure", number).Raw("><title>");
        AppendInt(out, number);
        out += ". ";
        const Measure* measure = MeasureOf(rec, m);
        if (measure != nullptr) svg.Text(measure->title.In(lang));
        out += " (";
        out += l.recurring;
        out += ")</title>";
        svg.RepeatMarker(cx, cy, 11, number, kPriorityColours[band]);
        svg.Raw("</g>");
      }
      svg.Raw("</g>\n");
    }
    row_top += h;
  }
  svg.Line(0, row_top, kWidth, row_top, "#b0bec5");
  out += '\n';

  svg.Label(10, legend_y + 4, "start", l.chart_legend_priority, " font-weight=\"bold\"");
  for (std::size_t band = 0; band < kPriorityColours.size(); ++band) {
    const int x = kLabelWidth + static_cast<int>(band) * 150;
    svg.Raw("<circle").Attr("cx", x).Attr("cy", legend_y).Raw(" r=\"7\"");
    svg.Attr("fill", kPriorityColours[band].fill).Raw("/>");
    std::string label(l.priority_bands[band]);
    label += " (";
    label += kPriorityRanges[band];
    label += ')';
    svg.Label(x + 12, legend_y + 4, "start", label);
  }
  out += "\n</svg>\n";
}

}  // namespace ailit::render

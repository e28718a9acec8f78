// The recommendation as one self-contained, printable HTML page (render.h): the same content and
// order as markdown.cpp, with the two SVG pictures of svg_charts.h. It loads nothing from
// anywhere: the style is inline, there is no script, and every link points into the page.
#include <string>
#include <string_view>

#include "ailit/render.h"
#include "ailit/version.h"
#include "render/plan_labels.h"
#include "render/svg_charts.h"

namespace ailit {
namespace {

using render::AppendCount;
using render::AppendInt;
using render::AppendXmlEscaped;
using render::DocLabels;
using render::DocumentLayout;
using render::Fill;
using render::Number;

// Calm and readable on screen. On paper each plan year starts a new page; a measure may run on to
// the next page (keeping every card whole leaves most pages half empty), but never splits its
// heading from its key facts or leaves a lone line behind.
constexpr std::string_view kStyle = R"css(
:root{--ink:#1f2933;--muted:#52606d;--line:#d9e2ec;--soft:#f0f4f8}
*{box-sizing:border-box}
body{margin:0;background:#f5f7fa;color:var(--ink);font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;overflow-wrap:break-word}
td.t{min-width:9rem;overflow-wrap:anywhere}
main{max-width:62rem;margin:0 auto;padding:2.5rem 2rem 4rem;background:#fff}
h1{font-size:1.9rem;line-height:1.25;margin:0 0 .4rem}
h2{font-size:1.4rem;line-height:1.3;margin:2.6rem 0 .8rem;padding-bottom:.3rem;border-bottom:2px solid var(--line)}
h3{font-size:1.18rem;margin:1.9rem 0 .6rem}
h4{font-size:1.05rem;margin:1.4rem 0 .5rem}
h4.step{color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
h5{font-size:1.05rem;line-height:1.35;margin:0 0 .5rem}
p{margin:.5rem 0 .9rem}
.subtitle{color:var(--muted);margin-top:0}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.3rem;font-size:.94rem}
th,td{text-align:left;vertical-align:top;padding:.4rem .55rem;border-bottom:1px solid var(--line)}
th{background:var(--soft);font-weight:600}
table.scores{width:auto;min-width:22rem}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.badge{display:inline-block;padding:0 .5em;border-radius:.7em;font-size:.86em;font-weight:600;white-space:nowrap}
.level-low,.status-in_place{background:#e3f1e4;color:#1b5e20}
.level-medium,.status-partial{background:#fdf0cf;color:#6d4c00}
.level-high{background:#fde3d3;color:#8a3200}
.level-very_high,.status-missing{background:#f8d7d5;color:#8e1414}
.note{border-left:4px solid #e0a800;background:#fff8e1;padding:.7rem 1rem;margin:1.4rem 0}
.note h2{border:0;margin:0 0 .3rem;padding:0;font-size:1.1rem}
.recurring{border-left:4px solid #9aa5b1;padding:.2rem 1rem;margin:1rem 0;color:#333}
.urgent{border-left:4px solid #b71c1c;background:#fdf3f2;padding:.7rem 1rem;margin:1rem 0}
.urgent ul{margin:.3rem 0 0;padding-left:1.2rem}
ul{padding-left:1.3rem}
li{margin:.15rem 0}
figure{margin:1.2rem 0 1.6rem}
.chart{display:block;width:100%;height:auto;max-width:48rem}
.steps li strong{display:inline-block;min-width:8.5rem}
.measure{border:1px solid var(--line);border-left:6px solid #cfd8dc;border-radius:6px;padding:.9rem 1.1rem;margin:0 0 1rem}
.measure.band-1{border-left-color:#f6c15b}
.measure.band-2{border-left-color:#e0600b}
.measure.band-3{border-left-color:#b71c1c}
.measure .number{display:inline-block;min-width:1.9em;margin-right:.35em;padding:0 .3em;border-radius:.4em;background:var(--soft);text-align:center}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .9rem;margin:0 0 .7rem;font-size:.93rem}
dl.meta dt{color:var(--muted)}
dl.meta dd{margin:0}
.why ul,.reasons ul{margin:.2rem 0 .6rem}
.sources-ref,.muted{color:var(--muted);font-size:.93rem}
code{font-size:.86em;background:var(--soft);padding:0 .25em;border-radius:3px}
a{color:#1f4e79}
ol.sources li{margin:.3rem 0}
footer{margin-top:2.5rem;color:var(--muted);font-size:.9rem}
@media print{
body{background:#fff;font-size:10.5pt}
main{max-width:none;padding:0}
section.year{break-before:page}
figure,tr,.note,.urgent,.measure dl{break-inside:avoid}
h2,h3,h4,h5{break-after:avoid}
p,li{orphans:3;widows:3}
a{color:inherit;text-decoration:none}
}
)css";

std::string Escaped(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  AppendXmlEscaped(out, text);
  return out;
}

class HtmlDocument {
 public:
  HtmlDocument(const Recommendation& rec, Lang lang)
      : rec_(rec),
        profile_(rec.profile),
        lang_(lang),
        l_(render::Labels(lang)),
        layout_(render::LayOut(rec)) {
    // About 2 KB per measure and 600 bytes per system and group (tables and chart points)
    // covers a typical plan in one allocation.
    out_.reserve(24576 + rec.measures.size() * 2048 +
                 (profile_.ai_systems.size() + profile_.staff_groups.size()) * 600);
  }

  std::string Render() {
    std::string title;
    Fill(title, l_.title, {Escaped(profile_.organisation.name)});
    out_ += "<!doctype html>\n<html lang=\"";
    out_ += l_.lang_code;
    out_ += "\">\n<head>\n<meta charset=\"utf-8\">\n";
    out_ += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>";
    out_ += title;
    out_ += "</title>\n<style>";
    out_ += kStyle;
    out_ += "</style>\n</head>\n<body>\n<main>\n<header>\n<h1>";
    out_ += title;
    out_ += "</h1>\n<p class=\"subtitle\">";
    out_ += l_.subtitle;
    out_ += "</p>\n</header>\n";
    Summary();
    Warnings();
    ScoresSection();
    Preconditions();
    Plan();
    InPlace();
    Groups();
    Sources();
    LegalSection();
    EngineSection();
    out_ += "</main>\n</body>\n</html>\n";
    return std::move(out_);
  }

 private:
  void Open(std::string_view tag, std::string_view cls = {}, std::string_view id = {}) {
    out_ += '<';
    out_ += tag;
    if (!id.empty()) {
      out_ += " id=\"";
      out_ += id;
      out_ += '"';
    }
    if (!cls.empty()) {
      out_ += " class=\"";
      out_ += cls;
      out_ += '"';
    }
    out_ += '>';
  }
  void Close(std::string_view tag) {
    out_ += "</";
    out_ += tag;
    out_ += ">\n";
  }
  // An element whose content is our own text (labels), written as is.
  void Element(std::string_view tag, std::string_view text, std::string_view cls = {}) {
    Open(tag, cls);
    out_ += text;
    Close(tag);
  }
  void Cell(std::string_view text, bool numeric = false) {
    out_ += numeric ? "<td class=\"num\">" : "<td>";
    out_ += text;
    out_ += "</td>";
  }
  // User text may be one 200-character word; only such cells may break anywhere, so the table
  // squeezes them rather than our own words.
  void EscapedCell(std::string_view text) {
    out_ += "<td class=\"t\">";
    AppendXmlEscaped(out_, text);
    out_ += "</td>";
  }
  void NumberCell(std::int64_t n) {
    out_ += "<td class=\"num\">";
    AppendInt(out_, n);
    out_ += "</td>";
  }
  void TableHead(std::initializer_list<std::string_view> columns, std::string_view align,
                 std::string_view cls = {}) {
    Open("table", cls);
    out_ += "\n<thead><tr>";
    std::size_t i = 0;
    for (std::string_view c : columns) {
      out_ += i < align.size() && align[i] == 'r' ? "<th class=\"num\">" : "<th>";
      out_ += c;
      out_ += "</th>";
      ++i;
    }
    out_ += "</tr></thead>\n<tbody>\n";
  }
  void TableEnd() { out_ += "</tbody>\n</table>\n"; }
  static void AppendBadge(std::string& out, std::string_view kind, std::string_view value,
                          std::string_view text) {
    out += "<span class=\"badge ";
    out += kind;
    out += '-';
    out += value;
    out += "\">";
    out += text;
    out += "</span>";
  }
  void Badge(std::string_view kind, std::string_view value, std::string_view text) {
    AppendBadge(out_, kind, value, text);
  }
  void LevelBadge(RiskLevel level) {
    Badge("level", Name(level), l_.risk_levels[static_cast<std::size_t>(level)]);
  }

  void Summary() {
    const Organisation& org = profile_.organisation;
    out_ += "<section id=\"summary\">\n";
    Element("h2", l_.h_summary);
    std::string sector(render::SectorName(org.sector, lang_));
    if (sector.empty()) sector = Escaped(org.sector);
    std::string employees;
    AppendCount(employees, org.employees, lang_);
    employees += ' ';
    employees += l_.employees.For(org.employees);
    out_ += "<p>";
    Fill(out_, l_.summary_org,
         {Escaped(org.name), l_.org_kinds[static_cast<std::size_t>(org.kind)], sector, employees,
          l_.size_classes[static_cast<std::size_t>(SizeClassOf(org.employees))]});
    out_ += ' ';
    Fill(out_, l_.summary_inventory,
         {Counted(profile_.ai_systems.size(), l_.systems),
          Counted(profile_.staff_groups.size(), l_.groups)});
    out_ += ' ';
    std::string level;
    AppendBadge(level, "level", Name(rec_.scores.level),
                l_.risk_levels[static_cast<std::size_t>(rec_.scores.level)]);
    Fill(out_, l_.summary_score, {Number(rec_.scores.overall), level});
    out_ += "</p>\n<p>";
    if (layout_.planned.empty()) {
      out_ += l_.summary_no_plan;
    } else {
      Fill(
          out_, l_.summary_plan,
          {Counted(layout_.planned.size(), l_.measures), YearCount(1), YearCount(2), YearCount(3)});
    }
    if (!layout_.in_place.empty()) {
      out_ += ' ';
      Fill(out_, l_.summary_in_place.For(layout_.in_place.size()),
           {Number(static_cast<std::int64_t>(layout_.in_place.size()))});
    }
    out_ += "</p>\n";

    if (!layout_.urgent.empty()) {
      out_ += "<div class=\"urgent\"><strong>";
      out_ += l_.urgent_lead;
      out_ += "</strong>\n<ul>\n";
      for (std::uint32_t i : layout_.urgent) {
        const PlannedMeasure& m = rec_.measures[i];
        const Measure* measure = render::MeasureOf(rec_, m);
        const std::string number = Number(layout_.number[i]);
        std::string link = "<a href=\"#m-" + number + "\">";
        if (measure != nullptr) AppendXmlEscaped(link, measure->title.In(lang_));
        link += "</a>";
        out_ += "<li>";
        Fill(out_, l_.urgent_item, {link, number, Number(m.priority), Number(render::YearOf(m))});
        if (render::ConcernsProhibited(m, profile_)) {
          out_ += ": <strong>";
          out_ += l_.prohibited_note;
          out_ += "</strong>";
        }
        out_ += "</li>\n";
      }
      out_ += "</ul>\n</div>\n";
    }
    out_ += "</section>\n";
  }

  void Warnings() {
    const auto& warnings = rec_.diagnostics.warnings;
    if (warnings.empty()) return;
    out_ += "<aside class=\"note\" role=\"note\">\n";
    Element("h2", l_.h_warnings);
    Element("p", l_.warnings_intro);
    out_ += "<ul>\n";
    for (const Diagnostic& w : warnings) {
      out_ += "<li>";
      AppendXmlEscaped(out_, w.Message(lang_ == Lang::kNl));
      if (!w.pointer.empty()) {
        out_ += " (";
        Fill(out_, l_.warning_at, {"<code>" + Escaped(w.pointer) + "</code>"});
        out_ += ')';
      }
      out_ += "</li>\n";
    }
    out_ += "</ul>\n</aside>\n";
  }

  void ScoresSection() {
    const Scores& s = rec_.scores;
    out_ += "<section id=\"scores\">\n";
    Element("h2", l_.h_scores);
    Element("p", l_.scores_intro);
    TableHead({l_.col_part, l_.col_score}, "lr", "scores");
    auto row = [&](std::string_view label, std::int32_t value) {
      out_ += "<tr><th scope=\"row\">";
      out_ += label;
      out_ += "</th>";
      NumberCell(value);
      out_ += "</tr>\n";
    };
    row(l_.row_nature, s.nature);
    row(l_.row_severity, s.severity);
    row(l_.row_sector, s.sector_risk);
    row(l_.row_overall, s.overall);
    out_ += "<tr><th scope=\"row\">";
    out_ += l_.row_level;
    out_ += "</th><td class=\"num\">";
    LevelBadge(s.level);
    out_ += "</td></tr>\n";
    TableEnd();

    if (!s.factors.empty()) {
      Element("h3", l_.h_overall_reasons);
      TableHead({l_.col_part, l_.col_points, l_.col_reason}, "lrl");
      for (const ScoreFactor& f : s.factors) {
        out_ += "<tr>";
        Cell(l_.dimensions[static_cast<std::size_t>(f.dimension)]);
        NumberCell(f.points);
        EscapedCell(DescribeFactor(f, profile_, rec_.engine->sectors(), lang_));
        out_ += "</tr>\n";
      }
      TableEnd();
    }

    Element("h3", l_.h_systems);
    if (profile_.ai_systems.empty()) {
      Element("p", l_.no_systems);
      out_ += "</section>\n";
      return;
    }
    out_ += "<figure>\n";
    render::AppendSystemsChart(out_, profile_, s, lang_);
    out_ += "</figure>\n";
    TableHead({"#", l_.col_system, l_.col_risk_class, l_.col_nature, l_.col_severity, l_.col_risk,
               l_.col_level},
              "rllrrrl", "systems");
    for (std::size_t i = 0; i < profile_.ai_systems.size(); ++i) {
      const AiSystem& system = profile_.ai_systems[i];
      out_ += "<tr>";
      NumberCell(static_cast<std::int64_t>(i + 1));
      EscapedCell(system.name);
      Cell(l_.risk_classes[static_cast<std::size_t>(system.risk_class)]);
      if (i < s.systems.size()) {
        const SystemScore& score = s.systems[i];
        NumberCell(score.nature);
        NumberCell(score.severity);
        NumberCell(score.risk);
        out_ += "<td>";
        LevelBadge(score.level);
        out_ += "</td>";
      } else {
        out_ += "<td></td><td></td><td></td><td></td>";
      }
      out_ += "</tr>\n";
    }
    TableEnd();

    Element("h3", l_.h_system_reasons);
    out_ += "<div class=\"reasons\">\n";
    for (std::size_t i = 0; i < profile_.ai_systems.size() && i < s.systems.size(); ++i) {
      const SystemScore& score = s.systems[i];
      out_ += "<h4>";
      AppendInt(out_, static_cast<std::int64_t>(i + 1));
      out_ += ". ";
      AppendXmlEscaped(out_, profile_.ai_systems[i].name);
      out_ += "</h4>\n<p class=\"muted\">";
      Fill(out_, l_.system_reason_head,
           {Number(score.risk), l_.risk_levels[static_cast<std::size_t>(score.level)]});
      out_ += "</p>\n<ul>\n";
      for (const ScoreFactor& f : score.factors) {
        out_ += "<li>";
        out_ += l_.dimensions[static_cast<std::size_t>(f.dimension)];
        out_ += " (";
        if (f.points >= 0) out_ += '+';
        AppendInt(out_, f.points);
        out_ += "): ";
        AppendXmlEscaped(out_, DescribeFactor(f, profile_, rec_.engine->sectors(), lang_));
        out_ += "</li>\n";
      }
      out_ += "</ul>\n";
    }
    out_ += "</div>\n</section>\n";
  }

  void Preconditions() {
    out_ += "<section id=\"preconditions\">\n";
    Element("h2", l_.h_preconditions);
    Element("p", l_.preconditions_intro);
    TableHead({l_.col_precondition, l_.col_status, l_.col_addressed_by}, "lll");
    for (const Precondition& p : rec_.preconditions) {
      out_ += "<tr>";
      Cell(PreconditionTitle(p.id, lang_));
      out_ += "<td>";
      Badge("status", Name(p.status), l_.precondition_status[static_cast<std::size_t>(p.status)]);
      out_ += "</td><td>";
      const std::int32_t index = layout_.precondition_measure[static_cast<std::size_t>(p.id)];
      if (index >= 0) {
        MeasureLink(static_cast<std::uint32_t>(index));
      } else {
        out_ += "–";
      }
      out_ += "</td></tr>\n";
    }
    TableEnd();
    out_ += "</section>\n";
  }

  // "Title (nr. 3)" linking to the measure for a planned one, "Title (al genomen)" otherwise.
  void MeasureLink(std::uint32_t index) {
    const PlannedMeasure& m = rec_.measures[index];
    const Measure* measure = render::MeasureOf(rec_, m);
    const std::string title = measure != nullptr ? Escaped(measure->title.In(lang_)) : "?";
    if (m.status == MeasureStatus::kInPlace) {
      Fill(out_, l_.in_place_ref, {title});
      return;
    }
    const std::string number = Number(layout_.number[index]);
    out_ += "<a href=\"#m-";
    out_ += number;
    out_ += "\">";
    Fill(out_, l_.measure_ref, {number, title});
    out_ += "</a>";
  }

  void Plan() {
    out_ += "<section id=\"plan\">\n";
    Element("h2", l_.h_plan);
    Element("p", l_.plan_intro);
    out_ += "<ul class=\"steps\">\n";
    for (std::size_t s = 0; s < l_.steps.size(); ++s) {
      out_ += "<li><strong>";
      out_ += l_.steps[s];
      out_ += "</strong> ";
      out_ += l_.step_explanations[s];
      out_ += "</li>\n";
    }
    out_ += "</ul>\n<figure>\n";
    render::AppendPlanTimeline(out_, rec_, layout_, lang_);
    out_ += "</figure>\n";

    for (int year = 1; year <= 3; ++year) {
      out_ += "<section class=\"year\" id=\"year-";
      AppendInt(out_, year);
      out_ += "\">\n<h3>";
      Fill(out_, l_.year, {Number(year)});
      out_ += "</h3>\n";
      if (layout_.CountYear(year) == 0) Element("p", l_.year_empty);
      const auto& begin = layout_.cell_begin[static_cast<std::size_t>(year - 1)];
      for (std::size_t step = 0; step < 4; ++step) {
        if (begin[step] == begin[step + 1]) continue;
        Element("h4", l_.steps[step], "step");
        for (std::uint32_t k = begin[step]; k < begin[step + 1]; ++k) {
          MeasureCard(layout_.planned[k], k + 1);
        }
      }
      RecurringList(year);
      out_ += "</section>\n";
    }
    out_ += "</section>\n";
  }

  // The yearly cycle: what comes back from earlier years, linked to where it is described.
  void RecurringList(int year) {
    const auto& recurring = layout_.recurring[static_cast<std::size_t>(year - 1)];
    if (recurring.empty()) return;
    out_ += "<div class=\"recurring\"><p><strong>";
    out_ += l_.recurring;
    out_ += ":</strong></p>\n<ul>\n";
    for (std::uint32_t index : recurring) {
      const Measure* measure = render::MeasureOf(rec_, rec_.measures[index]);
      out_ += "<li><a href=\"#m-";
      AppendInt(out_, layout_.number[index]);
      out_ += "\">";
      AppendInt(out_, layout_.number[index]);
      out_ += ". ";
      if (measure != nullptr) AppendXmlEscaped(out_, measure->title.In(lang_));
      out_ += "</a></li>\n";
    }
    out_ += "</ul></div>\n";
  }

  void MeasureCard(std::uint32_t index, std::uint32_t number) {
    const PlannedMeasure& m = rec_.measures[index];
    const Measure* measure = render::MeasureOf(rec_, m);
    const int band = render::PriorityBand(m.priority);
    out_ += "<article class=\"measure band-";
    AppendInt(out_, band);
    out_ += "\" id=\"m-";
    AppendInt(out_, number);
    out_ += "\">\n<h5><span class=\"number\">";
    AppendInt(out_, number);
    out_ += "</span>";
    if (measure != nullptr) AppendXmlEscaped(out_, measure->title.In(lang_));
    out_ += "</h5>\n<dl class=\"meta\">\n<dt>";
    out_ += l_.field_priority;
    out_ += "</dt><dd>";
    Fill(out_, l_.priority_value,
         {Number(m.priority), l_.priority_bands[static_cast<std::size_t>(band)]});
    out_ += "</dd>\n<dt>";
    out_ += l_.field_effort;
    out_ += "</dt><dd>";
    out_ += l_.efforts[static_cast<std::size_t>(m.effort)];
    out_ += "</dd>\n<dt>";
    out_ += l_.field_targets;
    out_ += "</dt><dd>";
    Targets(m);
    out_ += "</dd>\n";
    if (!m.systems.empty()) {
      out_ += "<dt>";
      out_ += l_.field_systems;
      out_ += "</dt><dd>";
      bool first = true;
      for (std::uint32_t s : m.systems) {
        if (s >= profile_.ai_systems.size()) continue;
        if (!first) out_ += ", ";
        first = false;
        AppendXmlEscaped(out_, profile_.ai_systems[s].name);
      }
      out_ += "</dd>\n";
    }
    out_ += "</dl>\n";
    if (measure == nullptr) {
      out_ += "</article>\n";
      return;
    }

    if (!measure->description.In(lang_).empty()) {
      out_ += "<p>";
      AppendXmlEscaped(out_, measure->description.In(lang_));
      out_ += "</p>\n";
    }
    const SizeClass size = SizeClassOf(profile_.organisation.employees);
    const std::string& how = measure->how[static_cast<std::size_t>(size)].In(lang_);
    if (!how.empty()) {
      out_ += "<p class=\"how\"><strong>";
      Fill(out_, l_.field_how, {l_.size_classes[static_cast<std::size_t>(size)]});
      out_ += ":</strong> ";
      AppendXmlEscaped(out_, how);
      out_ += "</p>\n";
    }

    out_ += "<div class=\"why\"><strong>";
    out_ += l_.field_why;
    out_ += ":</strong>";
    if (m.because.empty()) {
      out_ += ' ';
      out_ += l_.no_rule;
    } else {
      out_ += "\n<ul>\n";
      for (const Cause& c : m.because) CauseItem(c);
      out_ += "</ul>\n";
    }
    out_ += "</div>\n";

    if (!measure->sources.empty()) {
      out_ += "<p class=\"sources-ref\">";
      out_ += l_.field_sources;
      out_ += ": ";
      SourceLinks(*measure);
      out_ += "</p>\n";
    }
    out_ += "</article>\n";
  }

  void Targets(const PlannedMeasure& m) {
    render::AppendTargets(out_, m, profile_, l_, [](std::string& out, std::string_view name) {
      AppendXmlEscaped(out, name);
    });
  }

  void CauseItem(const Cause& c) {
    const RuleInfo* rule = render::RuleOf(rec_, c);
    out_ += "<li>";
    if (rule == nullptr) {
      out_ += "?</li>\n";
      return;
    }
    out_ += "<code>";
    AppendXmlEscaped(out_, rule->id);
    out_ += "</code>";
    if (!rule->description.empty()) {
      out_ += ": ";
      // Its own full stop would clash with what follows: "...incomplete.; based on".
      std::string_view description = rule->Description(lang_ == Lang::kNl);
      if (description.ends_with('.')) description.remove_suffix(1);
      AppendXmlEscaped(out_, description);
    }
    const std::string_view item = render::ItemName(rec_, *rule, c.item);
    if (!item.empty()) {
      out_ += " (";
      Fill(out_, l_.cause_item, {Escaped(item)});
      out_ += ')';
    }
    if (!c.facts.empty()) {
      out_ += "; ";
      out_ += l_.cause_facts;
      out_ += ' ';
      for (std::size_t f = 0; f < c.facts.size(); ++f) {
        if (f > 0) out_ += ", ";
        out_ += "<code>";
        AppendXmlEscaped(out_, c.facts[f].fact);
        out_ += " = ";
        AppendXmlEscaped(out_, c.facts[f].value);
        out_ += "</code>";
      }
    }
    out_ += "</li>\n";
  }

  void SourceLinks(const Measure& measure) {
    bool first = true;
    for (std::uint32_t s : measure.sources) {
      if (s >= layout_.source_number.size()) continue;
      if (!first) out_ += ", ";
      first = false;
      const std::string number = Number(layout_.source_number[s]);
      out_ += "<a href=\"#source-";
      out_ += number;
      out_ += "\">[";
      out_ += number;
      out_ += "]</a>";
    }
  }

  void InPlace() {
    out_ += "<section id=\"in-place\">\n";
    Element("h2", l_.h_in_place);
    if (layout_.in_place.empty()) {
      Element("p", l_.in_place_none);
      out_ += "</section>\n";
      return;
    }
    Element("p", l_.in_place_intro);
    TableHead({l_.col_measure, l_.col_step, l_.field_sources}, "lll", "in-place");
    for (std::uint32_t i : layout_.in_place) {
      const PlannedMeasure& m = rec_.measures[i];
      const Measure* measure = render::MeasureOf(rec_, m);
      out_ += "<tr>";
      EscapedCell(measure != nullptr ? std::string_view(measure->title.In(lang_)) : "?");
      Cell(l_.steps[static_cast<std::size_t>(m.step)]);
      out_ += "<td>";
      if (measure != nullptr) SourceLinks(*measure);
      out_ += "</td></tr>\n";
    }
    TableEnd();
    out_ += "</section>\n";
  }

  void Groups() {
    out_ += "<section id=\"groups\">\n";
    Element("h2", l_.h_groups);
    Element("p", l_.groups_intro);
    TableHead({l_.col_group, l_.col_role, l_.col_headcount, l_.col_required, l_.col_current,
               l_.col_gap, l_.col_measures},
              "llrllrl", "groups");
    const auto& groups = profile_.staff_groups;
    for (std::size_t g = 0; g < groups.size(); ++g) {
      const StaffGroup& group = groups[g];
      out_ += "<tr>";
      EscapedCell(group.name);
      Cell(l_.staff_roles[static_cast<std::size_t>(group.role)]);
      out_ += "<td class=\"num\">";
      AppendCount(out_, group.headcount, lang_);
      out_ += "</td>";
      if (g < rec_.scores.groups.size()) {
        const GroupScore& score = rec_.scores.groups[g];
        Cell(LiteracyLevelName(score.required_level, lang_));
        Cell(LiteracyLevelName(score.current_level, lang_));
        NumberCell(score.gap);
      } else {
        out_ += "<td></td><td></td><td></td>";
      }
      out_ += "<td>";
      const auto& numbers = layout_.group_measures[g];
      if (numbers.empty()) out_ += "–";
      for (std::size_t k = 0; k < numbers.size(); ++k) {
        if (k > 0) out_ += ", ";
        const std::string number = Number(numbers[k]);
        out_ += "<a href=\"#m-";
        out_ += number;
        out_ += "\">";
        out_ += number;
        out_ += "</a>";
      }
      out_ += "</td></tr>\n";
    }
    TableEnd();

    Element("h3", l_.h_group_reasons);
    out_ += "<div class=\"reasons\">\n";
    for (std::size_t g = 0; g < groups.size() && g < rec_.scores.groups.size(); ++g) {
      out_ += "<h4>";
      AppendXmlEscaped(out_, groups[g].name);
      out_ += "</h4>\n<ul>\n";
      for (const ScoreFactor& f : rec_.scores.groups[g].factors) {
        out_ += "<li>";
        AppendXmlEscaped(out_, DescribeFactor(f, profile_, rec_.engine->sectors(), lang_));
        if (f.dimension == Dimension::kRequired) {
          out_ += " (";
          Fill(out_, l_.group_reason_required, {LiteracyLevelName(f.points, lang_)});
          out_ += ')';
        }
        out_ += "</li>\n";
      }
      out_ += "</ul>\n";
    }
    out_ += "</div>\n</section>\n";
  }

  void Sources() {
    out_ += "<section id=\"sources\">\n";
    Element("h2", l_.h_sources);
    if (layout_.sources.empty()) {
      Element("p", l_.no_sources);
    } else {
      const auto sources = rec_.engine->measures().sources();
      out_ += "<ol class=\"sources\">\n";
      for (std::size_t k = 0; k < layout_.sources.size(); ++k) {
        out_ += "<li id=\"source-";
        AppendInt(out_, static_cast<std::int64_t>(k + 1));
        out_ += "\">";
        AppendXmlEscaped(out_, sources[layout_.sources[k]].text.In(lang_));
        out_ += "</li>\n";
      }
      out_ += "</ol>\n";
    }
    out_ += "</section>\n";
  }

  void LegalSection() {
    const ailit::LegalBasis& basis = rec_.engine->legal_basis();
    out_ += "<section id=\"legal-basis\">\n";
    Element("h2", l_.h_legal);
    out_ += "<dl class=\"meta\">\n";
    auto field = [&](std::string_view label, std::string_view value, bool date) {
      out_ += "<dt>";
      out_ += label;
      out_ += "</dt><dd>";
      if (!date || !render::AppendDate(out_, value, lang_)) AppendXmlEscaped(out_, value);
      out_ += "</dd>\n";
    };
    field(l_.legal_act, basis.act.In(lang_), false);
    field(l_.legal_articles, basis.articles.In(lang_), false);
    field(l_.legal_text_of, basis.text_of, true);
    field(l_.legal_applies_from, basis.applies_from, true);
    out_ += "</dl>\n";
    if (!basis.note.In(lang_).empty()) {
      out_ += "<p>";
      AppendXmlEscaped(out_, basis.note.In(lang_));
      out_ += "</p>\n";
    }
    out_ += "</section>\n";
  }

  void EngineSection() {
    out_ += "<footer id=\"about\">\n";
    Element("h2", l_.h_engine);
    out_ += "<p>";
    Fill(out_, l_.engine_version, {kVersion});
    out_ += "</p>\n<dl class=\"meta\">\n<dt>";
    out_ += l_.engine_packs;
    out_ += "</dt><dd>";
    AppendXmlEscaped(out_, render::PackList(rec_));
    out_ += "</dd>\n<dt>";
    out_ += l_.engine_catalogues;
    out_ += "</dt><dd>";
    AppendXmlEscaped(out_, render::CatalogueList(rec_));
    out_ += "</dd>\n</dl>\n<p><em>";
    out_ += l_.disclaimer;
    out_ += "</em></p>\n</footer>\n";
  }

  std::string YearCount(int year) { return render::YearCount(layout_, l_, year); }
  std::string Counted(std::size_t n, const render::Plural& noun) {
    return render::Counted(n, noun, lang_);
  }

  const Recommendation& rec_;
  const Profile& profile_;
  Lang lang_;
  const DocLabels& l_;
  DocumentLayout layout_;
  std::string out_;
};

}  // namespace

std::string RecommendationToHtml(const Recommendation& rec, Lang lang) {
  if (rec.engine == nullptr) return {};
  return HtmlDocument(rec, lang).Render();
}

}  // namespace ailit

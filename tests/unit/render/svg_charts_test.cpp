// The two SVG pictures: every AI system is a point where its scores put it, every planned
// measure a marker in its own year-and-step cell, and both describe themselves in text.
#include "render/svg_charts.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "ailit/engine.h"
#include "ailit/recommendation.h"
#include "render/plan_labels.h"
#include "support/knowledge.h"
#include "support/profile_builder.h"

namespace ailit::render {
namespace {

using testing::ProfileBuilder;

// The value of attribute `name` in the first tag at or after `from`.
std::string Attr(const std::string& svg, std::size_t from, const std::string& name) {
  const std::string key = " " + name + "=\"";
  const std::size_t at = svg.find(key, from);
  if (at == std::string::npos) return {};
  const std::size_t start = at + key.size();
  return svg.substr(start, svg.find('"', start) - start);
}

std::vector<std::size_t> FindAll(const std::string& s, const std::string& what) {
  std::vector<std::size_t> out;
  for (std::size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) {
    out.push_back(at);
  }
  return out;
}

struct Scored {
  Profile profile;
  Scores scores;
};

Scored Score(const ProfileBuilder& builder) {
  ProfileResult parsed = ParseProfile(builder.Json());
  EXPECT_TRUE(parsed.ok());
  if (!parsed.ok()) return {};
  Scored s{std::move(*parsed.profile), {}};
  s.scores = ScoreProfile(s.profile, SectorRiskTable::CoreDefaults());
  return s;
}

ProfileBuilder FiveSystems() {
  return ProfileBuilder()
      .Set("/ai_systems/1", R"({"id": "b", "name": "Benefits <signals> & \"more\"",
          "kind": "predictive", "risk_class": "high", "decision_role": "decides",
          "affected": ["citizens", "vulnerable"], "people_affected": 5000,
          "personal_data": "special_category", "used_by": ["kcc"]})")
      .Set("/ai_systems/2", R"({"id": "e", "kind": "biometric", "risk_class": "prohibited",
          "affected": ["minors"], "used_by": ["kcc"]})")
      .Set("/ai_systems/3", R"({"id": "m", "kind": "optimisation", "risk_class": "minimal",
          "affected": [], "people_affected": 0, "used_by": ["kcc"]})")
      .Set("/ai_systems/4", R"({"id": "u", "kind": "other", "risk_class": "unknown",
          "used_by": ["kcc"]})");
}

TEST(SvgSystemsChart, OnePointPerSystemWhereItsScoresPutIt) {
  const Scored s = Score(FiveSystems());
  std::string svg;
  AppendSystemsChart(svg, s.profile, s.scores, Lang::kNl);
  const std::vector<std::size_t> points = FindAll(svg, "<g class=\"system\"");
  ASSERT_EQ(points.size(), s.profile.ai_systems.size());
  std::set<std::string> fills;
  std::map<std::string, std::string> fill_of_level;
  for (std::size_t i = 0; i < points.size(); ++i) {
    const SystemScore& score = s.scores.systems[i];
    EXPECT_EQ(Attr(svg, points[i], "data-system"), std::to_string(i + 1));
    EXPECT_EQ(Attr(svg, points[i], "data-level"), Name(score.level));
    const std::size_t circle = svg.find("<circle", points[i]);
    EXPECT_EQ(Attr(svg, circle, "cx"), std::to_string(SystemsChartGeometry::X(score.nature)));
    EXPECT_EQ(Attr(svg, circle, "cy"), std::to_string(SystemsChartGeometry::Y(score.severity)));
    // The same level is always the same colour, and the number is written on the point.
    const std::string fill = Attr(svg, circle, "fill");
    auto [it, added] = fill_of_level.emplace(std::string(Name(score.level)), fill);
    EXPECT_EQ(it->second, fill);
    if (added) fills.insert(fill);
    const std::size_t end = svg.find("</g>", points[i]);
    EXPECT_NE(svg.substr(circle, end - circle).find(">" + std::to_string(i + 1) + "</text>"),
              std::string::npos);
  }
  EXPECT_EQ(fills.size(), fill_of_level.size()) << "each level its own colour";
  EXPECT_GE(fill_of_level.size(), 3u) << "the profile spans several levels";
  // The name is in the point's title, escaped.
  EXPECT_NE(svg.find("<title>2. Benefits &lt;signals&gt; &amp; &quot;more&quot;: aard "),
            std::string::npos);
}

TEST(SvgSystemsChart, AxesRunFromZeroToHundredInsideTheViewBox) {
  using G = SystemsChartGeometry;
  EXPECT_EQ(G::X(0), G::kLeft);
  EXPECT_EQ(G::X(100), G::kLeft + 100 * G::kScaleX);
  EXPECT_EQ(G::Y(100), G::kTop);
  EXPECT_EQ(G::Y(0), G::kTop + 100 * G::kScaleY);
  EXPECT_LT(G::X(50), G::X(51)) << "more nature, further right";
  EXPECT_GT(G::Y(50), G::Y(51)) << "more severity, higher up";
  EXPECT_EQ(G::X(-5), G::X(0));
  EXPECT_EQ(G::Y(140), G::Y(100));
  EXPECT_LT(G::X(100) + 10, G::kWidth);
  EXPECT_LT(G::Y(0) + 40, G::kHeight) << "room for the axis title";

  const Scored s = Score(FiveSystems());
  std::string svg;
  AppendSystemsChart(svg, s.profile, s.scores, Lang::kEn);
  EXPECT_TRUE(svg.starts_with("<svg class=\"chart systems-chart\" viewBox=\"0 0 " +
                              std::to_string(G::kWidth) + " " + std::to_string(G::kHeight) +
                              "\" role=\"img\""));
  EXPECT_TRUE(svg.ends_with("</svg>\n"));
  EXPECT_NE(svg.find(">Nature (0–100)</text>"), std::string::npos);
  EXPECT_NE(svg.find(">Severity (0–100)</text>"), std::string::npos);
  for (const char* tick : {">0</text>", ">25</text>", ">50</text>", ">75</text>", ">100</text>"}) {
    EXPECT_EQ(FindAll(svg, tick).size(), 2u) << tick << " on both axes";
  }
  for (const char* level : {">low</text>", ">medium</text>", ">high</text>", ">very high</text>"}) {
    EXPECT_NE(svg.find(level), std::string::npos) << "legend: " << level;
  }
  EXPECT_EQ(FindAll(svg, "<rect").size(), 4u) << "four shaded quadrants";
}

TEST(SvgSystemsChart, DescribesItselfAndLoadsNothing) {
  const Scored s = Score(FiveSystems());
  std::string svg;
  AppendSystemsChart(svg, s.profile, s.scores, Lang::kNl);
  EXPECT_NE(svg.find("aria-labelledby=\"systems-chart-title systems-chart-desc\""),
            std::string::npos);
  EXPECT_NE(svg.find("<title id=\"systems-chart-title\">AI-systemen naar aard en ernst</title>"),
            std::string::npos);
  EXPECT_NE(svg.find("<desc id=\"systems-chart-desc\">Spreidingsdiagram van 5 AI-systemen"),
            std::string::npos);
  EXPECT_EQ(svg.find("http"), std::string::npos);
  EXPECT_EQ(svg.find("href"), std::string::npos);
}

TEST(SvgSystemsChart, WithoutSystemsItDrawsOnlyTheAxes) {
  Scored s = Score(ProfileBuilder());
  s.profile.ai_systems.clear();
  s.scores.systems.clear();
  std::string svg;
  AppendSystemsChart(svg, s.profile, s.scores, Lang::kEn);
  EXPECT_EQ(svg.find("<g class=\"system\""), std::string::npos);
  EXPECT_NE(svg.find("Scatter chart of 0 AI systems"), std::string::npos);
  EXPECT_TRUE(svg.ends_with("</svg>\n"));
}

struct Marker {
  int year;
  std::string step;
  int number;
  int cx;
  int cy;
};

// Every cell with the markers inside it.
std::map<std::pair<int, std::string>, std::vector<Marker>> Cells(
    const std::string& svg, std::map<std::pair<int, std::string>, int>* counts) {
  std::map<std::pair<int, std::string>, std::vector<Marker>> cells;
  for (std::size_t cell : FindAll(svg, "<g class=\"cell\"")) {
    const int year = std::stoi(Attr(svg, cell, "data-year"));
    const std::string step = Attr(svg, cell, "data-step");
    (*counts)[{year, step}] = std::stoi(Attr(svg, cell, "data-count"));
    std::vector<Marker>& markers = cells[{year, step}];
    const std::size_t end = svg.find("</g>\n", cell);
    for (std::size_t m = svg.find("<g class=\"measure\"", cell); m < end;
         m = svg.find("<g class=\"measure\"", m + 1)) {
      const std::size_t circle = svg.find("<circle", m);
      markers.push_back({std::stoi(Attr(svg, m, "data-year")), Attr(svg, m, "data-step"),
                         std::stoi(Attr(svg, m, "data-measure")),
                         std::stoi(Attr(svg, circle, "cx")), std::stoi(Attr(svg, circle, "cy"))});
    }
  }
  return cells;
}

TEST(SvgPlanTimeline, OneMarkerPerPlannedMeasureInItsYearAndStepCell) {
  const Recommendation rec =
      testing::RecommendFor(testing::FixtureEngine(),
                            ProfileBuilder()
                                .Set("/ai_systems/1", R"({"id": "benefits", "kind": "predictive",
              "risk_class": "high", "used_by": ["kcc"]})")
                                .Set("/ai_systems/2", R"({"id": "emotion", "kind": "recognition",
              "risk_class": "prohibited", "used_by": ["kcc"]})")
                                .Json());
  const DocumentLayout layout = LayOut(rec);
  std::string svg;
  AppendPlanTimeline(svg, rec, layout, Lang::kNl);

  std::map<std::pair<int, std::string>, int> counts;
  const auto cells = Cells(svg, &counts);
  EXPECT_EQ(cells.size(), 12u) << "three years by four steps";
  std::size_t planned = 0;
  for (const PlannedMeasure& m : rec.measures) planned += m.status == MeasureStatus::kPlanned;
  ASSERT_GE(planned, 4u);
  EXPECT_EQ(FindAll(svg, "<g class=\"measure\"").size(), planned);

  // Reading order: by year, then step, then the plan's own order; numbers run 1..N.
  std::vector<const PlannedMeasure*> order;
  for (const PlannedMeasure& m : rec.measures) {
    if (m.status == MeasureStatus::kPlanned) order.push_back(&m);
  }
  std::stable_sort(order.begin(), order.end(), [](const auto* a, const auto* b) {
    return std::pair(a->year, a->step) < std::pair(b->year, b->step);
  });
  std::set<int> seen;
  for (const auto& [key, markers] : cells) {
    EXPECT_EQ(counts[key], static_cast<int>(markers.size())) << key.first << " " << key.second;
    for (const Marker& marker : markers) {
      EXPECT_EQ(marker.year, key.first);
      EXPECT_EQ(marker.step, key.second);
      ASSERT_GE(marker.number, 1);
      ASSERT_LE(marker.number, static_cast<int>(order.size()));
      const PlannedMeasure& m = *order[static_cast<std::size_t>(marker.number - 1)];
      EXPECT_EQ(m.year, marker.year) << marker.number;
      EXPECT_EQ(Name(m.step), marker.step) << marker.number;
      seen.insert(marker.number);
    }
  }
  EXPECT_EQ(seen.size(), planned) << "every number once";

  // Each marker names its measure in its title, and says so in the picture's description.
  const Measure& first = rec.engine->measures().measures()[order[0]->measure];
  EXPECT_NE(svg.find("<title>1. " + first.title.nl + " (Prioriteit " +
                     std::to_string(order[0]->priority) + ")</title>"),
            std::string::npos);
  EXPECT_NE(svg.find("<desc id=\"plan-timeline-desc\">Tijdlijn van " + std::to_string(planned) +
                     " maatregelen"),
            std::string::npos);
  EXPECT_NE(svg.find(">geen nieuwe maatregelen</text>"), std::string::npos)
      << "an empty cell says so";
}

TEST(SvgPlanTimeline, PriorityBandsHaveTheirOwnColours) {
  const Recommendation rec =
      testing::RecommendFor(testing::FixtureEngine(),
                            ProfileBuilder()
                                .Set("/ai_systems/1", R"({"id": "emotion", "kind": "recognition",
              "risk_class": "prohibited", "used_by": ["kcc"]})")
                                .Json());
  std::string svg;
  AppendPlanTimeline(svg, rec, LayOut(rec), Lang::kEn);
  std::map<std::string, std::string> fill_of_band;
  for (std::size_t m : FindAll(svg, "<g class=\"measure\"")) {
    const int priority = std::stoi(Attr(svg, m, "data-priority"));
    const std::string band = std::to_string(PriorityBand(priority));
    const std::string fill = Attr(svg, svg.find("<circle", m), "fill");
    auto [it, added] = fill_of_band.emplace(band, fill);
    EXPECT_EQ(it->second, fill) << "band " << band;
  }
  std::set<std::string> fills;
  for (const auto& [band, fill] : fill_of_band) fills.insert(fill);
  EXPECT_EQ(fills.size(), fill_of_band.size());
  EXPECT_GE(fill_of_band.size(), 2u);
  for (const char* legend :
       {"low (0–39)", "medium (40–59)", "high (60–79)", "very high (80–100)"}) {
    EXPECT_NE(svg.find(legend), std::string::npos) << legend;
  }
}

// Twenty measures in one cell: the markers wrap inside their column and the picture grows.
TEST(SvgPlanTimeline, AFullCellWrapsWithinItsColumn) {
  std::string measures;
  std::string activates;
  for (int i = 0; i < 20; ++i) {
    const std::string id = "m" + std::to_string(i);
    measures += (i ? "," : "") + std::string(R"({"id": ")") + id +
                R"(", "version": 1, "topic": "execute.basic_training", "step": "execute",
                "year": 1, "priority": )" +
                std::to_string(30 + i * 3) + R"(,
                "effort": {"micro": "low", "small": "low", "medium": "low", "large": "low"},
                "title": {"en": "Measure )" +
                id + R"(", "nl": "Maatregel )" + id + R"("},
                "description": {"en": "Do it.", "nl": "Doe het."}, "sources": ["s"]})";
    activates += (i ? "," : "") + std::string(R"({"measure": ")") + id + "\"}";
  }
  const std::string catalogue = R"({"id": "many", "version": "1", "sources": [{"id": "s",
      "en": "A source.", "nl": "Een bron."}], "measures": [)" +
                                measures + "]}";
  const std::string rules = R"json({"id": "many", "version": "1", "legal_basis": {
      "act": "AI Act", "articles": "Article 4", "text_of": "2024-07-12",
      "applies_from": "2025-02-02", "note": {"en": "Note.", "nl": "Noot."}},
      "rules": [{"id": "all", "priority": 1, "description": "Always.",
      "conditions": {"all": [{"fact": "staff.groups_count", "operator": "greaterThan",
                              "value": 0}]},
      "activates": [)json" + activates +
                            "]}]}";
  EngineResult built = Engine::Create({{"core", rules, "rules.json", catalogue, "measures.json"}});
  for (const Diagnostic& d : built.diagnostics.errors) ADD_FAILURE() << d.pointer << d.message;
  ASSERT_TRUE(built.ok());
  const Recommendation rec = testing::RecommendFor(built.engine, ProfileBuilder().Json());
  std::string svg;
  AppendPlanTimeline(svg, rec, LayOut(rec), Lang::kEn);

  std::map<std::pair<int, std::string>, int> counts;
  const auto cells = Cells(svg, &counts);
  const auto& full = cells.at({1, "execute"});
  ASSERT_EQ(full.size(), 20u);
  std::set<std::pair<int, int>> positions;
  int left = 1 << 30;
  int right = 0;
  for (const Marker& m : full) {
    positions.insert({m.cx, m.cy});
    left = std::min(left, m.cx);
    right = std::max(right, m.cx);
  }
  EXPECT_EQ(positions.size(), 20u) << "no two markers on top of each other";
  // Year 1 is the first of three 200-wide columns after the 150-wide step labels.
  EXPECT_GE(left - 11, 150);
  EXPECT_LE(right + 11, 350);

  std::string small_svg;
  const Recommendation one =
      testing::RecommendFor(testing::FixtureEngine(), ProfileBuilder().Json());
  AppendPlanTimeline(small_svg, one, LayOut(one), Lang::kEn);
  const auto height = [](const std::string& s) {
    const std::string box = Attr(s, 0, "viewBox");
    return std::stoi(box.substr(box.rfind(' ') + 1));
  };
  EXPECT_GT(height(svg), height(small_svg)) << "rows grow with their fullest cell";
  for (const Marker& m : full) EXPECT_LT(m.cy + 11, height(svg) - 40) << "above the legend";
}

TEST(SvgText, EscapesMarkupAndDropsWhatXmlForbids) {
  std::string out;
  AppendXmlEscaped(out, "a&b<c>\"d'e");
  EXPECT_EQ(out, "a&amp;b&lt;c&gt;&quot;d&#39;e");
  out.clear();
  AppendXmlEscaped(out, "x\x01y\x7fz\tq\nr");
  EXPECT_EQ(out, "xyz\tq\nr");
  out.clear();
  AppendXmlEscaped(out, "Gemeente Súdwest-Fryslân €");
  EXPECT_EQ(out, "Gemeente Súdwest-Fryslân €") << "UTF-8 passes untouched";
}

}  // namespace
}  // namespace ailit::render

namespace ailit {
namespace {

TEST(SvgPlanTimelineRecurring, RecurringMeasuresComeBackHollowInLaterYears) {
  auto engine = testing::FixtureEngine();
  ASSERT_TRUE(engine);
  // t.basic is planned in year 1 and recurs (tests/fixtures/knowledge/measures.json).
  Recommendation rec = testing::RecommendFor(engine, testing::ProfileBuilder().Json());
  const PlannedMeasure* basic = testing::FindMeasure(rec, "t.basic");
  ASSERT_NE(basic, nullptr);
  ASSERT_EQ(basic->year, 1);
  render::DocumentLayout layout = render::LayOut(rec);
  std::uint32_t number = 0;
  for (std::size_t i = 0; i < rec.measures.size(); ++i) {
    if (&rec.measures[i] == basic) number = layout.number[i];
  }
  std::string svg;
  render::AppendPlanTimeline(svg, rec, layout, Lang::kEn);
  std::string marker = "<g class=\"repeat\" data-measure=\"" + std::to_string(number) + "\"";
  std::size_t first = svg.find(marker);
  ASSERT_NE(first, std::string::npos) << svg;
  EXPECT_NE(svg.find(marker, first + 1), std::string::npos) << "again in year 3";
}

}  // namespace
}  // namespace ailit

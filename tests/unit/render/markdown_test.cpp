// The Markdown recommendation, over a small knowledge base written here so each check can name
// the measure, rule and source it expects: what a policy officer reads must be where the plan
// puts it, in the requested language, and no free text may break the document.
#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "ailit/engine.h"
#include "ailit/recommendation.h"
#include "ailit/render.h"
#include "ailit/version.h"
#include "support/knowledge.h"

namespace ailit {
namespace {

std::string MeasureJson(const std::string& id, const std::string& topic, const std::string& step,
                        int year, int priority, const std::string& targets,
                        const std::string& sources = R"(["s1"])", const std::string& how = "") {
  return R"({"id": ")" + id + R"(", "version": 1, "topic": ")" + topic + R"(", "step": ")" + step +
         R"(", "year": )" + std::to_string(year) + R"(, "priority": )" + std::to_string(priority) +
         R"(, "targets": )" + targets +
         R"(, "effort": {"micro": "low", "small": "low", "medium": "medium", "large": "high"},
         "title": {"en": "Title )" +
         id + R"(", "nl": "Titel )" + id + R"("},
         "description": {"en": "What )" +
         id + R"( is.", "nl": "Wat )" + id + R"( is."}, "sources": )" + sources +
         (how.empty() ? "" : R"(, "how": )" + how) + "}";
}

std::string Catalogue() {
  const std::string oversight_how = R"({"small": {"en": "Small way.", "nl": "Kleine aanpak."},
      "large": {"en": "Large way.", "nl": "Grote aanpak."}})";
  return R"({"id": "test.render", "version": "3.1.0", "sources": [
      {"id": "s1", "en": "Source one says one thing.", "nl": "Bron een zegt het een."},
      {"id": "s2", "en": "Source two says another.", "nl": "Bron twee zegt het ander."},
      {"id": "s3", "en": "Source three is never cited.", "nl": "Bron drie wordt niet genoemd."}],
    "measures": [)" +
         MeasureJson("precondition.board-anchoring", "precondition.board", "set_goals", 1, 70,
                     "[]") +
         "," + MeasureJson("t.stop", "identify.risk", "identify", 1, 100, "[]", R"(["s2"])") + "," +
         MeasureJson("t.inventory", "identify.inventory", "identify", 1, 60, "[]") + "," +
         MeasureJson("t.oversight", "execute.human_oversight", "execute", 2, 85, "[]", R"(["s1"])",
                     oversight_how) +
         "," + MeasureJson("t.training", "execute.role_training", "execute", 2, 60, "[]") + "," +
         MeasureJson("t.basic", "execute.basic_training", "execute", 1, 65, "[]") + "," +
         MeasureJson("t.customers", "execute.customer_education", "execute", 2, 50, "[]") + "," +
         MeasureJson("t.providers", "execute.provider_education", "execute", 3, 40, "[]") + "," +
         MeasureJson("t.review", "evaluate.review", "evaluate", 3, 50, "[]") + "," +
         MeasureJson("t.ethics", "execute.ethics", "execute", 2, 50, "[]") + "]}";
}

constexpr const char* kRules = R"json({
  "id": "test.render", "version": "2.0.0",
  "legal_basis": {"act": "Regulation (EU) 2024/1689 (AI Act)", "articles": "Article 4",
                  "text_of": "2024-07-12", "applies_from": "2025-02-02",
                  "note": {"en": "Basis note.", "nl": "Toelichting op de grondslag."}},
  "rules": [
    {"id": "board", "priority": 1, "description": "The board has not anchored AI literacy.",
     "conditions": {"all": [{"fact": "governance.board_anchored", "operator": "notEqual",
                             "value": "yes"}]},
     "activates": [{"measure": "precondition.board-anchoring", "targets": ["role:board"]}]},
    {"id": "stop", "priority": 1, "for_each": "system", "description": "A prohibited practice.",
     "conditions": {"all": [{"fact": "system.risk_class", "operator": "equal",
                             "value": "prohibited"}]},
     "activates": [{"measure": "t.stop", "targets": ["system_users"]}]},
    {"id": "oversight", "priority": 1, "for_each": "system", "description": "A high-risk system.",
     "conditions": {"all": [{"fact": "system.risk_class", "operator": "equal", "value": "high"}]},
     "activates": [{"measure": "t.oversight", "targets": ["system_users"]}]},
    {"id": "gap", "priority": 1, "for_each": "staff_group", "description": "A group with a gap.",
     "conditions": {"all": [{"fact": "group.gap", "operator": "greaterThan", "value": 0}]},
     "activates": [{"measure": "t.training", "targets": ["group"]}]},
    {"id": "everyone", "priority": 1, "description": "Everyone needs the basics.",
     "conditions": {"all": [{"fact": "staff.groups_count", "operator": "greaterThan",
                             "value": 0}]},
     "activates": [{"measure": "t.basic", "targets": ["all_staff"]}, {"measure": "t.review"},
                   {"measure": "t.ethics"}]},
    {"id": "inventory", "priority": 1, "description": "The inventory is incomplete.",
     "conditions": {"all": [{"fact": "governance.ai_inventory", "operator": "notEqual",
                             "value": "complete"}]},
     "activates": [{"measure": "t.inventory"}]},
    {"id": "customers", "priority": 1, "description": "Customers meet AI.",
     "conditions": {"all": [{"fact": "external_parties.customers_interact_with_ai",
                             "operator": "equal", "value": true}]},
     "activates": [{"measure": "t.customers", "targets": ["customers"]}]},
    {"id": "providers", "priority": 1, "description": "Providers operate AI.",
     "conditions": {"all": [{"fact": "external_parties.service_providers_operate_ai",
                             "operator": "equal", "value": true}]},
     "activates": [{"measure": "t.providers", "targets": ["service_providers"]}]}
  ]})json";

std::shared_ptr<const Engine> TestEngine() {
  static const std::shared_ptr<const Engine> engine = [] {
    EngineResult built =
        Engine::Create({{"core", kRules, "rules.json", Catalogue(), "measures.json"}});
    for (const Diagnostic& d : built.diagnostics.errors) {
      ADD_FAILURE() << d.pointer << ": " << d.message;
    }
    return built.engine;
  }();
  return engine;
}

constexpr const char* kProfile = R"({
  "organisation": {"name": "Gemeente Proefstad", "sector": "municipality", "employees": 1200,
                   "kind": "public"},
  "governance": {"board_anchored": "no", "ai_inventory": "partial"},
  "ai_systems": [
    {"id": "fraude", "name": "Fraudesignalen", "kind": "predictive", "risk_class": "high",
     "decision_role": "supports", "affected": ["citizens"], "used_by": ["handhaving"]},
    {"id": "emotie", "name": "Emotieherkenning", "kind": "biometric",
     "risk_class": "prohibited", "used_by": ["balie"]},
    {"id": "copilot", "name": "Copilot", "kind": "generative", "risk_class": "minimal",
     "used_by": ["beleid", "handhaving", "balie"]}],
  "staff_groups": [
    {"id": "handhaving", "name": "Team handhaving", "role": "operator", "headcount": 20},
    {"id": "balie", "name": "Publieksbalie", "role": "operator", "headcount": 15},
    {"id": "beleid", "name": "Beleidsadviseurs", "role": "end_user", "headcount": 60,
     "training": "basic"},
    {"id": "bestuur", "name": "College", "role": "board", "headcount": 7}],
  "external_parties": {"customers_interact_with_ai": true, "service_providers_operate_ai": true},
  "implemented_measures": ["t.ethics"]
})";

Recommendation RecommendFor(const std::string& profile) {
  return testing::RecommendFor(TestEngine(), profile);
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

bool StartsWith(const std::string& s, const std::string& prefix) {
  return s.compare(0, prefix.size(), prefix) == 0;
}

const std::string& Title(const Recommendation& rec, const PlannedMeasure& m, Lang lang) {
  return rec.engine->measures().measures()[m.measure].title.In(lang);
}

// The text from the line `heading` to the next heading of the same or a higher level.
std::string Section(const std::string& md, const std::string& heading) {
  const std::size_t level = heading.find(' ');
  const std::size_t start = md.find("\n" + heading + "\n");
  if (start == std::string::npos) return {};
  std::size_t pos = md.find('\n', start + 1);
  while (pos != std::string::npos && pos + 1 < md.size()) {
    std::size_t hashes = 0;
    while (pos + 1 + hashes < md.size() && md[pos + 1 + hashes] == '#') ++hashes;
    if (hashes >= 1 && hashes <= level && pos + 1 + hashes < md.size() &&
        md[pos + 1 + hashes] == ' ') {
      break;
    }
    pos = md.find('\n', pos + 1);
  }
  return md.substr(start, pos == std::string::npos ? std::string::npos : pos - start);
}

struct Entry {
  int year;
  int step;
  std::string heading;  // "N. title"
  bool operator==(const Entry&) const = default;
};

void PrintTo(const Entry& e, std::ostream* os) {
  *os << "{year " << e.year << ", step " << e.step << ", " << e.heading << "}";
}

constexpr const char* kStepsNl[] = {"Identificeren", "Doelen bepalen", "Uitvoeren", "Evalueren"};
constexpr const char* kStepsEn[] = {"Identify", "Set goals", "Execute", "Evaluate"};

// Every "##### N. title" of the plan with the year and step heading it stands under.
std::vector<Entry> PlanEntries(const std::string& md, Lang lang) {
  const auto& steps = lang == Lang::kNl ? kStepsNl : kStepsEn;
  const std::string year_heading = lang == Lang::kNl ? "### Jaar " : "### Year ";
  std::vector<Entry> entries;
  int year = 0;
  int step = -1;
  for (const std::string& line : Lines(md)) {
    if (StartsWith(line, "## ")) year = 0;
    if (StartsWith(line, year_heading)) {
      year = std::stoi(line.substr(year_heading.size()));
      step = -1;
    }
    for (int s = 0; s < 4; ++s) {
      if (line == std::string("#### ") + steps[s]) step = s;
    }
    if (StartsWith(line, "##### ")) entries.push_back({year, step, line.substr(6)});
  }
  return entries;
}

// What the plan says should be read, in reading order: by year, then step, then priority.
std::vector<Entry> ExpectedEntries(const Recommendation& rec, Lang lang) {
  std::vector<const PlannedMeasure*> planned;
  for (const PlannedMeasure& m : rec.measures) {
    if (m.status == MeasureStatus::kPlanned) planned.push_back(&m);
  }
  std::stable_sort(planned.begin(), planned.end(), [](const auto* a, const auto* b) {
    return std::pair(a->year, a->step) < std::pair(b->year, b->step);
  });
  std::vector<Entry> entries;
  for (std::size_t i = 0; i < planned.size(); ++i) {
    entries.push_back({planned[i]->year, static_cast<int>(planned[i]->step),
                       std::to_string(i + 1) + ". " + Title(rec, *planned[i], lang)});
  }
  return entries;
}

// The block of one planned measure: from its heading to the next heading.
std::string MeasureBlock(const std::string& md, const std::string& title) {
  const std::size_t title_at = md.find(title + "\n");
  if (title_at == std::string::npos) return {};
  const std::size_t start = md.rfind("\n##### ", title_at);
  const std::size_t end = md.find("\n#", title_at);
  return md.substr(start, end - start);
}

TEST(MarkdownPlan, EveryPlannedMeasureStandsUnderItsYearAndStepInOrder) {
  const Recommendation rec = RecommendFor(kProfile);
  ASSERT_GE(rec.measures.size(), 8u);
  for (Lang lang : {Lang::kNl, Lang::kEn}) {
    const std::string md = RecommendationToMarkdown(rec, lang);
    const std::vector<Entry> expected = ExpectedEntries(rec, lang);
    EXPECT_EQ(expected.size(), rec.measures.size() - 1) << "all but the measure in place";
    EXPECT_EQ(PlanEntries(md, lang), expected);
  }
}

// One trained group, one harmless system, governance in order: little to plan.
constexpr const char* kQuietProfile = R"({
  "organisation": {"name": "Stil BV", "sector": "consultancy", "employees": 30,
                   "kind": "private"},
  "governance": {"board_anchored": "yes", "ai_inventory": "complete"},
  "ai_systems": [{"id": "tool", "kind": "other", "risk_class": "minimal", "used_by": ["team"]}],
  "staff_groups": [{"id": "team", "role": "ai_lead", "headcount": 5,
                    "technical_knowledge": "advanced", "ai_experience": "extensive",
                    "training": "role_specific"}],
  "implemented_measures": ["t.ethics"]
})";

TEST(MarkdownPlan, EveryYearHasAHeadingAndAnEmptyYearSaysSo) {
  int empty_years = 0;
  for (const char* profile : {kProfile, kQuietProfile}) {
    const Recommendation rec = RecommendFor(profile);
    const std::string md = RecommendationToMarkdown(rec, Lang::kNl);
    for (int year = 1; year <= 3; ++year) {
      const std::string section = Section(md, "### Jaar " + std::to_string(year));
      ASSERT_FALSE(section.empty()) << year;
      const bool planned = std::any_of(rec.measures.begin(), rec.measures.end(), [&](auto& m) {
        return m.status == MeasureStatus::kPlanned && m.year == year;
      });
      const bool says_empty =
          section.find("Voor dit jaar staan geen nieuwe maatregelen gepland.") != std::string::npos;
      EXPECT_EQ(says_empty, !planned) << section;
      EXPECT_EQ(section.find("\n##### ") != std::string::npos, planned) << section;
      empty_years += planned ? 0 : 1;
    }
  }
  EXPECT_GE(empty_years, 1) << "the quiet profile should leave a year empty";
}

TEST(MarkdownPlan, MeasureShowsPriorityEffortTargetsSystemsAndSizeSpecificHow) {
  const Recommendation rec = RecommendFor(kProfile);
  const std::string md = RecommendationToMarkdown(rec, Lang::kNl);
  const PlannedMeasure* oversight = testing::FindMeasure(rec, "t.oversight");
  ASSERT_NE(oversight, nullptr);
  const std::string block = MeasureBlock(md, "Titel t.oversight");
  ASSERT_FALSE(block.empty()) << md;
  EXPECT_NE(block.find("- **Prioriteit:** " + std::to_string(oversight->priority) + " ("),
            std::string::npos)
      << block;
  EXPECT_NE(block.find("- **Inspanning:** groot"), std::string::npos) << "large: effort high";
  EXPECT_NE(block.find("- **Doelgroep:** Team handhaving\n"), std::string::npos) << block;
  EXPECT_NE(block.find("- **AI-systemen:** Fraudesignalen\n"), std::string::npos) << block;
  EXPECT_NE(block.find("Wat t.oversight is."), std::string::npos);
  EXPECT_NE(block.find("**Aanpak voor een grote organisatie:** Grote aanpak."), std::string::npos)
      << block;

  std::string small = kProfile;
  small.replace(small.find("1200"), 4, "20");
  const std::string small_md = RecommendationToMarkdown(RecommendFor(small), Lang::kEn);
  const std::string small_block = MeasureBlock(small_md, "Title t.oversight");
  EXPECT_NE(small_block.find("**Approach for a small organisation:** Small way."),
            std::string::npos)
      << small_block;
  EXPECT_EQ(small_block.find("Large way."), std::string::npos);
  EXPECT_NE(small_block.find("- **Effort:** low"), std::string::npos);

  std::string micro = kProfile;
  micro.replace(micro.find("1200"), 4, "5");
  const std::string micro_md = RecommendationToMarkdown(RecommendFor(micro), Lang::kEn);
  EXPECT_EQ(MeasureBlock(micro_md, "Title t.oversight").find("Approach for"), std::string::npos)
      << "no how text for micro organisations: nothing is said";
}

TEST(MarkdownPlan, TargetsAreNamedForPeople) {
  const Recommendation rec = RecommendFor(kProfile);
  const std::string nl = RecommendationToMarkdown(rec, Lang::kNl);
  EXPECT_NE(MeasureBlock(nl, "Titel precondition.board-anchoring").find("**Doelgroep:** College\n"),
            std::string::npos);
  EXPECT_NE(MeasureBlock(nl, "Titel t.review").find("**Doelgroep:** de hele organisatie\n"),
            std::string::npos)
      << "no targets: the whole organisation";
  EXPECT_NE(MeasureBlock(nl, "Titel t.basic").find("**Doelgroep:** alle medewerkers\n"),
            std::string::npos)
      << "every group: said once, not listed";
  EXPECT_NE(MeasureBlock(nl, "Titel t.customers").find("**Doelgroep:** klanten\n"),
            std::string::npos);
  EXPECT_NE(MeasureBlock(nl, "Titel t.providers").find("**Doelgroep:** dienstverleners\n"),
            std::string::npos);
  const std::string en = RecommendationToMarkdown(rec, Lang::kEn);
  EXPECT_NE(MeasureBlock(en, "Title t.review").find("**For:** the whole organisation\n"),
            std::string::npos);
  EXPECT_NE(MeasureBlock(en, "Title t.customers").find("**For:** customers\n"), std::string::npos);
  EXPECT_NE(MeasureBlock(en, "Title t.providers").find("**For:** service providers\n"),
            std::string::npos);
}

TEST(MarkdownPlan, WhyNamesTheRuleItsItemAndTheFactsItRead) {
  const Recommendation rec = RecommendFor(kProfile);
  const std::string md = RecommendationToMarkdown(rec, Lang::kNl);
  const std::string block = MeasureBlock(md, "Titel t.oversight");
  EXPECT_NE(block.find("**Waarom:**"), std::string::npos);
  EXPECT_NE(block.find("- `oversight`: A high-risk system (betreft Fraudesignalen); op basis "
                       "van `system.risk_class = \"high\"`"),
            std::string::npos)
      << block;
  const std::string training = MeasureBlock(md, "Titel t.training");
  for (const char* group : {"Team handhaving", "Publieksbalie"}) {
    EXPECT_NE(training.find(std::string("(betreft ") + group + ")"), std::string::npos) << training;
  }
}

TEST(MarkdownPlan, SourcesAreNumberedInOrderOfFirstCitation) {
  const Recommendation rec = RecommendFor(kProfile);
  const std::string md = RecommendationToMarkdown(rec, Lang::kNl);
  // The stop (year 1, identify, priority 100) is read first and cites s2 alone.
  EXPECT_NE(MeasureBlock(md, "Titel t.stop").find("**Bronnen:** [1]"), std::string::npos);
  EXPECT_NE(MeasureBlock(md, "Titel t.inventory").find("**Bronnen:** [2]"), std::string::npos);
  const std::string sources = Section(md, "## Bronnen");
  EXPECT_NE(sources.find("\n1. Bron twee zegt het ander.\n2. Bron een zegt het een.\n"),
            std::string::npos)
      << sources;
  EXPECT_EQ(md.find("Bron drie"), std::string::npos) << "a source no measure cites is left out";
}

TEST(MarkdownPlan, InPlaceMeasuresAreListedApart) {
  const Recommendation rec = RecommendFor(kProfile);
  const PlannedMeasure* ethics = testing::FindMeasure(rec, "t.ethics");
  ASSERT_NE(ethics, nullptr);
  ASSERT_EQ(ethics->status, MeasureStatus::kInPlace);
  const std::string md = RecommendationToMarkdown(rec, Lang::kNl);
  EXPECT_NE(
      Section(md, "## Maatregelen die al zijn genomen").find("| Titel t.ethics | Uitvoeren |"),
      std::string::npos)
      << md;
  EXPECT_EQ(Section(md, "## Meerjarig actieplan").find("t.ethics"), std::string::npos);
  EXPECT_NE(md.find("1 maatregel is al genomen en komt daarom niet opnieuw in het plan."),
            std::string::npos);

  const std::string none =
      RecommendationToMarkdown(RecommendFor(std::string(kProfile).replace(
                                   std::string(kProfile).find(R"(["t.ethics"])"), 12, "[]")),
                               Lang::kEn);
  EXPECT_NE(Section(none, "## Measures already in place")
                .find("The profile names no measures already in place."),
            std::string::npos);
}

TEST(MarkdownSummary, SaysWhoWhatHowRiskyAndWhatComesFirst) {
  const Recommendation rec = RecommendFor(kProfile);
  const std::string md = RecommendationToMarkdown(rec, Lang::kNl);
  EXPECT_TRUE(StartsWith(md, "# AI-geletterdheid bij Gemeente Proefstad: meerjarig actieplan\n"));
  const std::string summary = Section(md, "## Samenvatting");
  EXPECT_NE(summary.find("Gemeente Proefstad is een publieke organisatie in de sector gemeenten "
                         "met 1.200 medewerkers, en daarmee een grote organisatie."),
            std::string::npos)
      << summary;
  EXPECT_NE(summary.find("Het profiel beschrijft 3 AI-systemen en 4 medewerkersgroepen."),
            std::string::npos);
  EXPECT_NE(summary.find("De totaalscore komt uit op " + std::to_string(rec.scores.overall) +
                         " van de 100"),
            std::string::npos);
  int per_year[4] = {};
  int planned = 0;
  for (const PlannedMeasure& m : rec.measures) {
    if (m.status == MeasureStatus::kPlanned) ++per_year[m.year], ++planned;
  }
  EXPECT_NE(summary.find("Het actieplan telt " + std::to_string(planned) +
                         " maatregelen: " + std::to_string(per_year[1]) + " in jaar 1, " +
                         std::to_string(per_year[2]) + " in jaar 2 en " +
                         std::to_string(per_year[3]) + " in jaar 3."),
            std::string::npos)
      << summary;
  // The stop on the prohibited practice is named first, and says why.
  const std::size_t urgent = summary.find(
      "**Eerst aanpakken:**\n\n- Titel t.stop (nr. 1, "
      "prioriteit 100, jaar 1): betreft een verboden "
      "AI-praktijk");
  EXPECT_NE(urgent, std::string::npos) << summary;
}

TEST(MarkdownScores, ScoresSystemsPreconditionsAndGroupsAreTabled) {
  const Recommendation rec = RecommendFor(kProfile);
  const std::string md = RecommendationToMarkdown(rec, Lang::kNl);
  EXPECT_NE(md.find("| Totaalscore | " + std::to_string(rec.scores.overall) + " |"),
            std::string::npos);
  const SystemScore& fraud = rec.scores.systems[0];
  EXPECT_NE(md.find("| 1 | Fraudesignalen | hoog risico | " + std::to_string(fraud.nature) + " | " +
                    std::to_string(fraud.severity) + " | " + std::to_string(fraud.risk) + " | "),
            std::string::npos);
  EXPECT_NE(md.find("| 2 | Emotieherkenning | verboden | "), std::string::npos);
  // Factor reasons come from DescribeFactor, in the document's language.
  EXPECT_NE(md.find(DescribeFactor(rec.scores.factors.front(), rec.profile, rec.engine->sectors(),
                                   Lang::kNl)
                        .substr(0, 20)),
            std::string::npos);

  // The board precondition is missing and refers to the measure that addresses it.
  const std::vector<Entry> entries = PlanEntries(md, Lang::kNl);
  std::string board_number;
  for (const Entry& e : entries) {
    if (e.heading.ends_with(" Titel precondition.board-anchoring")) {
      board_number = e.heading.substr(0, e.heading.find('.'));
    }
  }
  ASSERT_FALSE(board_number.empty());
  EXPECT_NE(md.find("| Bestuurlijk vastgelegd | ontbreekt | Titel precondition.board-anchoring "
                    "(nr. " +
                    board_number + ") |"),
            std::string::npos)
      << Section(md, "## Randvoorwaarden");

  // Each group's row lists the numbers of the measures that target it.
  for (std::size_t g = 0; g < rec.profile.staff_groups.size(); ++g) {
    std::string numbers;
    for (const Entry& e : entries) {
      const std::string title = e.heading.substr(e.heading.find(". ") + 2);
      for (const PlannedMeasure& m : rec.measures) {
        if (Title(rec, m, Lang::kNl) == title &&
            std::find(m.groups.begin(), m.groups.end(), g) != m.groups.end()) {
          numbers += (numbers.empty() ? "" : ", ") + e.heading.substr(0, e.heading.find('.'));
        }
      }
    }
    if (numbers.empty()) numbers = "–";
    const GroupScore& score = rec.scores.groups[g];
    const std::string row = "| " + rec.profile.staff_groups[g].name + " | ";
    const std::size_t at = md.find(row);
    ASSERT_NE(at, std::string::npos) << row;
    const std::string line = md.substr(at, md.find('\n', at) - at);
    EXPECT_TRUE(line.ends_with(" | " + std::to_string(score.gap) + " | " + numbers + " |"))
        << line << " / expected " << numbers;
    EXPECT_NE(line.find(std::string(LiteracyLevelName(score.required_level, Lang::kNl))),
              std::string::npos);
  }
}

TEST(MarkdownDocument, BothLanguagesHaveTheirOwnWords) {
  const Recommendation rec = RecommendFor(kProfile);
  const std::string nl = RecommendationToMarkdown(rec, Lang::kNl);
  const std::string en = RecommendationToMarkdown(rec, Lang::kEn);
  for (const char* heading :
       {"## Samenvatting", "## Scores en onderbouwing", "## Randvoorwaarden",
        "## Meerjarig actieplan", "#### Identificeren", "#### Doelen bepalen", "#### Uitvoeren",
        "#### Evalueren", "## Medewerkersgroepen", "## Bronnen", "## Juridische grondslag"}) {
    EXPECT_NE(nl.find(std::string("\n") + heading + "\n"), std::string::npos) << heading;
    EXPECT_EQ(en.find(heading), std::string::npos) << heading;
  }
  for (const char* heading :
       {"## Summary", "## Scores and reasons", "## Preconditions", "## Multi-year action plan",
        "#### Identify", "#### Set goals", "#### Execute", "#### Evaluate", "## Staff groups",
        "## Sources", "## Legal basis"}) {
    EXPECT_NE(en.find(std::string("\n") + heading + "\n"), std::string::npos) << heading;
  }
  EXPECT_NE(nl.find("Titel t.stop"), std::string::npos);
  EXPECT_EQ(nl.find("Title t.stop"), std::string::npos);
  EXPECT_NE(en.find("Title t.stop"), std::string::npos);
  EXPECT_NE(nl.find("12 juli 2024"), std::string::npos);
  EXPECT_NE(en.find("12 July 2024"), std::string::npos);
}

TEST(MarkdownDocument, NamesItsLegalBasisEngineAndWarnings) {
  const Recommendation rec = RecommendFor(kProfile);
  const std::string md = RecommendationToMarkdown(rec, Lang::kEn);
  const std::string legal = Section(md, "## Legal basis");
  EXPECT_NE(legal.find("- **Act:** Regulation (EU) 2024/1689 (AI Act)\n"), std::string::npos)
      << legal;
  EXPECT_NE(legal.find("- **Applies from:** 2 February 2025\n"), std::string::npos);
  EXPECT_NE(legal.find("Basis note."), std::string::npos);
  const std::string about = Section(md, "## About this advice");
  EXPECT_NE(about.find(std::string("ailit ") + kVersion), std::string::npos);
  EXPECT_NE(about.find("test.render 2.0.0 (core)"), std::string::npos) << about;
  EXPECT_NE(about.find("test.render 3.1.0 (core)"), std::string::npos) << about;
  ASSERT_FALSE(rec.diagnostics.warnings.empty()) << "no plugin serves municipality";
  EXPECT_NE(md.find("> **Please note.**"), std::string::npos);
  EXPECT_NE(md.find("(at `" + rec.diagnostics.warnings[0].pointer + "`)"), std::string::npos);
}

TEST(MarkdownDocument, SameInputGivesTheSameBytes) {
  const Recommendation a = RecommendFor(kProfile);
  const Recommendation b = RecommendFor(kProfile);
  ASSERT_FALSE(a.decision_id.empty());
  for (Lang lang : {Lang::kNl, Lang::kEn}) {
    const std::string md = RecommendationToMarkdown(a, lang);
    EXPECT_EQ(md, RecommendationToMarkdown(b, lang));
    EXPECT_EQ(md.find(a.decision_id), std::string::npos) << "decision_id differs per run";
  }
}

// Counts the '|' that are not escaped: the cells of a table row, plus one.
std::size_t Pipes(const std::string& line) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '\\') {
      ++i;
    } else if (line[i] == '|') {
      ++n;
    }
  }
  return n;
}

TEST(MarkdownEscaping, FreeTextCannotBreakTheDocument) {
  std::string profile = kProfile;
  auto put = [&](const std::string& from, const std::string& to) {
    profile.replace(profile.find(from), from.size(), to);
  };
  put("\"Gemeente Proefstad\"", R"("# Kop\n- lijst <b>")");
  put("\"Team handhaving\"", R"("<script>alert(1)</script>")");
  put("\"Publieksbalie\"", R"("a|b")");
  put("\"Fraudesignalen\"", R"("*x* [y](z) _u_ `c` ~d~ &amp; \\")");
  put("\"Beleidsadviseurs\"", R"("1. lijst")");
  const Recommendation rec = RecommendFor(profile);
  ASSERT_FALSE(rec.measures.empty());
  const std::string md = RecommendationToMarkdown(rec, Lang::kNl);

  EXPECT_TRUE(StartsWith(md,
                         "# AI-geletterdheid bij \\# Kop - lijst \\<b\\>: meerjarig "
                         "actieplan\n"))
      << md.substr(0, 100);
  EXPECT_EQ(md.find("<script>"), std::string::npos);
  EXPECT_EQ(md.find("<b>"), std::string::npos);
  EXPECT_NE(md.find("\\<script\\>alert(1)\\</script\\>"), std::string::npos);
  EXPECT_NE(md.find("a\\|b"), std::string::npos);
  EXPECT_NE(md.find("\\*x\\* \\[y\\](z) \\_u\\_ \\`c\\` \\~d\\~ \\&amp; \\\\"), std::string::npos);
  EXPECT_NE(md.find("| 1\\. lijst | "), std::string::npos) << "a list mark is escaped";

  // Every row of every table has as many cells as its header.
  std::size_t header = 0;
  int tables = 0;
  for (const std::string& line : Lines(md)) {
    if (!StartsWith(line, "|")) {
      header = 0;
      continue;
    }
    if (header == 0) {
      header = Pipes(line);
      ++tables;
    } else {
      EXPECT_EQ(Pipes(line), header) << line;
    }
  }
  EXPECT_GE(tables, 5);
  // No free text starts a list or heading of its own.
  for (const std::string& line : Lines(md)) {
    EXPECT_FALSE(StartsWith(line, "- lijst") || StartsWith(line, "1. lijst")) << line;
  }
}

TEST(MarkdownEscaping, ControlCharactersAndNewlinesStayOnOneLine) {
  std::string profile = kProfile;
  const std::string from = "\"Copilot\"";
  profile.replace(profile.find(from), from.size(), R"("Co\npilot\r\n## kop\u0001")");
  const std::string md = RecommendationToMarkdown(RecommendFor(profile), Lang::kEn);
  EXPECT_NE(md.find("| 3 | Co pilot  \\## kop  | "), std::string::npos);
  EXPECT_EQ(md.find('\x01'), std::string::npos);
  EXPECT_EQ(md.find("\n## kop"), std::string::npos);
}

// Escaping only what could mean something keeps the Markdown readable as plain text.
TEST(MarkdownEscaping, HarmlessCharactersStayAsWritten) {
  std::string profile = kProfile;
  const std::string from = "\"Gemeente Proefstad\"";
  profile.replace(profile.find(from), from.size(), R"("College B&W, C#-team & risk_class_x")");
  const std::string md = RecommendationToMarkdown(RecommendFor(profile), Lang::kNl);
  EXPECT_TRUE(
      StartsWith(md, "# AI-geletterdheid bij College B&W, C#-team & risk_class_x: meerjarig"))
      << md.substr(0, 120);
}

}  // namespace
}  // namespace ailit

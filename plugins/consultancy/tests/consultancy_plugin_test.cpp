// The consultancy plugin (plugins/consultancy/): it loads, serves its sector with its own risk,
// adds its layer to the consultancy example where the profile calls for it, derives its facts as
// documented, and leaves the plan of every other sector exactly as the core makes it.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ailit/engine.h"
#include "ailit/recommendation.h"
#include "ailit/scores.h"
#include "support/plugins.h"

namespace ailit {
namespace {

using testing::CoreEngine;
using testing::EngineWithPlugins;
using testing::FilesIn;
using testing::FindMeasure;
using testing::MeasureId;
using testing::ReadFile;
using testing::RecommendExample;
using testing::RecommendFor;
using testing::SourcePath;

constexpr const char* kPluginId = "org.ailit.consultancy";
constexpr std::int32_t kBaseScore = 45;  // data/sector_risk.json
constexpr std::int32_t kProvidesAiToClients = 10;
constexpr std::int32_t kClientPersonalDataInGenai = 5;
constexpr std::int32_t kHighRiskClientAdvice = 10;

std::shared_ptr<const Engine> Consultancy() {
  static const std::shared_ptr<const Engine> engine = EngineWithPlugins({"consultancy"});
  return engine;
}

// The staff group ids of a planned measure, in profile order.
std::vector<std::string> Groups(const Recommendation& rec, const PlannedMeasure& m) {
  std::vector<std::string> ids;
  for (std::uint32_t g : m.groups) ids.push_back(rec.profile.staff_groups[g].id);
  return ids;
}

std::vector<std::string> Systems(const Recommendation& rec, const PlannedMeasure& m) {
  std::vector<std::string> ids;
  for (std::uint32_t s : m.systems) ids.push_back(rec.profile.ai_systems[s].id);
  return ids;
}

std::string RuleId(const Recommendation& rec, const Cause& cause) {
  return rec.engine->packs()[cause.pack].pack.rules()[cause.rule].id;
}

std::vector<std::string> Rules(const Recommendation& rec, const PlannedMeasure& m) {
  std::vector<std::string> ids;
  for (const Cause& c : m.because) ids.push_back(RuleId(rec, c));
  return ids;
}

// The value a cause recorded for `fact` (JSON text), if the rule read it.
std::optional<std::string> FactValue(const Cause& cause, std::string_view fact) {
  for (const CauseFact& f : cause.facts) {
    if (f.fact == fact) return f.value;
  }
  return std::nullopt;
}

// The cause of `rule` for item `item` (system or staff group index) of a measure, if any.
const Cause* CauseOf(const Recommendation& rec, const PlannedMeasure& m, const std::string& rule,
                     std::int32_t item) {
  for (const Cause& c : m.because) {
    if (RuleId(rec, c) == rule && c.item == item) return &c;
  }
  return nullptr;
}

std::string ExampleProfile() {
  return ReadFile(SourcePath("profiles/consultancy.json"));
}

// The example with `from` replaced by `to` once; fails the test when `from` is absent.
std::string ExampleWith(const std::string& from, const std::string& to) {
  std::string json = ExampleProfile();
  std::size_t at = json.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) json.replace(at, from.size(), to);
  return json;
}

// AlgoScan, the tool the firm provides to clients, is the profile's only "limited" system: make
// it a high-risk (Annex III) system whose advice clients act on.
std::string ExampleWithHighRiskAlgoScan() {
  return ExampleWith(R"("risk_class": "limited",)",
                     R"("risk_class": "high", "high_risk_basis": "annex_iii",)");
}

TEST(ConsultancyPlugin, Loads) {
  auto engine = Consultancy();
  ASSERT_TRUE(engine);
  const auto& plugins = engine->plugins();
  auto it = std::find_if(plugins.begin(), plugins.end(),
                         [](const PluginInfo& p) { return p.id == kPluginId; });
  ASSERT_NE(it, plugins.end());
  EXPECT_EQ(it->name, "Consultancy");
  EXPECT_EQ(it->version, "1.0.0");
  EXPECT_EQ(it->sectors, std::vector<std::string>{"consultancy"});
  EXPECT_EQ(engine->plugin_sectors(), std::vector<std::string>{"consultancy"});
}

TEST(ConsultancyPlugin, ServesItsSectorWithItsOwnRisk) {
  Recommendation rec = RecommendExample(Consultancy(), "consultancy.json");
  for (const Diagnostic& w : rec.diagnostics.warnings) {
    EXPECT_FALSE(w.pointer == "/organisation/sector" &&
                 w.message.find("no sector plugin") != std::string::npos)
        << w.message;
  }
  // A private firm (+0) that provides AlgoScan to clients and puts client personal data into
  // generative AI; no high-risk system, so no adjustment for high-risk client advice.
  EXPECT_EQ(rec.scores.sector_risk, kBaseScore + kProvidesAiToClients + kClientPersonalDataInGenai);
  // The core alone knows only the base of 45.
  EXPECT_EQ(RecommendExample(CoreEngine(), "consultancy.json").scores.sector_risk, kBaseScore);

  Recommendation high = RecommendFor(Consultancy(), ExampleWithHighRiskAlgoScan());
  EXPECT_EQ(high.scores.sector_risk,
            kBaseScore + kProvidesAiToClients + kClientPersonalDataInGenai + kHighRiskClientAdvice);
}

TEST(ConsultancyPlugin, AddsTheConsultancyLayerToTheExample) {
  Recommendation rec = RecommendExample(Consultancy(), "consultancy.json");

  // AlgoScan is provided to clients: the role question per engagement, and a handover to them.
  const PlannedMeasure* role = FindMeasure(rec, "consultancy.provider-role-per-engagement");
  ASSERT_NE(role, nullptr);
  EXPECT_EQ(Systems(rec, *role), std::vector<std::string>{"algoscan"});
  EXPECT_EQ(Groups(rec, *role),
            (std::vector<std::string>{"practice_leads", "responsible_ai", "adviseurs",
                                      "ontwikkelteam", "juridisch_privacy"}));
  EXPECT_EQ(Rules(rec, *role), std::vector<std::string>{"client-provided-system"});

  const PlannedMeasure* handover = FindMeasure(rec, "consultancy.client-ai-handover");
  ASSERT_NE(handover, nullptr);
  EXPECT_TRUE(handover->customers);
  EXPECT_EQ(Systems(rec, *handover), std::vector<std::string>{"algoscan"});
  EXPECT_EQ(Groups(rec, *handover),
            (std::vector<std::string>{"responsible_ai", "adviseurs", "ontwikkelteam"}));

  // Both generative systems are used on client work.
  const PlannedMeasure* data = FindMeasure(rec, "consultancy.client-data-in-genai");
  ASSERT_NE(data, nullptr);
  EXPECT_EQ(Systems(rec, *data), (std::vector<std::string>{"genai_werkplek", "notulen_assistent"}));
  EXPECT_EQ(Groups(rec, *data), (std::vector<std::string>{"partners", "practice_leads", "adviseurs",
                                                          "juridisch_privacy", "it_beheer",
                                                          "bedrijfsvoering", "freelancers"}));
  EXPECT_EQ(Rules(rec, *data),
            (std::vector<std::string>{"client-data-genai", "client-data-genai"}));

  // Every group that delivers client work with AI, and no developer, IT or HR group.
  const PlannedMeasure* verify = FindMeasure(rec, "consultancy.verify-and-disclose");
  ASSERT_NE(verify, nullptr);
  EXPECT_EQ(Groups(rec, *verify),
            (std::vector<std::string>{"partners", "practice_leads", "adviseurs", "bedrijfsvoering",
                                      "freelancers"}));
  EXPECT_TRUE(verify->systems.empty());
  for (const Cause& c : verify->because) EXPECT_EQ(RuleId(rec, c), "client-advisers");

  const PlannedMeasure* knowledge = FindMeasure(rec, "consultancy.living-knowledge-base");
  ASSERT_NE(knowledge, nullptr);
  EXPECT_EQ(Groups(rec, *knowledge),
            (std::vector<std::string>{"practice_leads", "responsible_ai"}));
  EXPECT_EQ(Rules(rec, *knowledge), std::vector<std::string>{"living-knowledge-base"});

  // The core alone plans none of this.
  Recommendation core = RecommendExample(CoreEngine(), "consultancy.json");
  for (const char* id : {"consultancy.provider-role-per-engagement",
                         "consultancy.client-ai-handover", "consultancy.client-data-in-genai",
                         "consultancy.verify-and-disclose", "consultancy.living-knowledge-base"}) {
    EXPECT_EQ(FindMeasure(core, id), nullptr) << id;
  }
}

TEST(ConsultancyPlugin, ItsConditionsDiscriminate) {
  // No high-risk system in the example: no advice on high-risk AI, and the generative systems
  // only inform, hold no special-category data, so those rules stay silent.
  Recommendation rec = RecommendExample(Consultancy(), "consultancy.json");
  EXPECT_EQ(FindMeasure(rec, "consultancy.high-risk-client-advice"), nullptr);
  const PlannedMeasure* role = FindMeasure(rec, "consultancy.provider-role-per-engagement");
  ASSERT_NE(role, nullptr);
  for (const Cause& c : role->because) EXPECT_NE(RuleId(rec, c), "general-ai-client-decisions");

  // AlgoScan made high-risk: now its advice is high-risk advice for its users.
  Recommendation high = RecommendFor(Consultancy(), ExampleWithHighRiskAlgoScan());
  const PlannedMeasure* advice = FindMeasure(high, "consultancy.high-risk-client-advice");
  ASSERT_NE(advice, nullptr);
  EXPECT_EQ(Systems(high, *advice), std::vector<std::string>{"algoscan"});
  EXPECT_EQ(Groups(high, *advice),
            (std::vector<std::string>{"practice_leads", "responsible_ai", "adviseurs",
                                      "ontwikkelteam", "juridisch_privacy"}));
  EXPECT_EQ(Rules(high, *advice), std::vector<std::string>{"high-risk-client-advice"});

  // The workplace assistant used to support decisions: the purpose question for that system.
  Recommendation supports = RecommendFor(
      Consultancy(),
      ExampleWith(R"("decision_role": "informs",)", R"("decision_role": "supports",)"));
  const PlannedMeasure* purpose = FindMeasure(supports, "consultancy.provider-role-per-engagement");
  ASSERT_NE(purpose, nullptr);
  EXPECT_NE(CauseOf(supports, *purpose, "general-ai-client-decisions", 1), nullptr);
  EXPECT_EQ(Systems(supports, *purpose), (std::vector<std::string>{"algoscan", "genai_werkplek"}));

  // A firm that only deploys its AI (AlgoScan bought, not built) gets no provider layer.
  Recommendation deployer =
      RecommendFor(Consultancy(), ExampleWith(R"("role": "both",)", R"("role": "deployer",)"));
  EXPECT_EQ(FindMeasure(deployer, "consultancy.provider-role-per-engagement"), nullptr);
  EXPECT_EQ(FindMeasure(deployer, "consultancy.client-ai-handover"), nullptr);
  EXPECT_EQ(deployer.scores.sector_risk, kBaseScore + kClientPersonalDataInGenai);
}

TEST(ConsultancyPlugin, DerivesItsFacts) {
  Recommendation rec = RecommendExample(Consultancy(), "consultancy.json");

  // System 1, the workplace assistant, is generative AI used on client work.
  const PlannedMeasure* data = FindMeasure(rec, "consultancy.client-data-in-genai");
  ASSERT_NE(data, nullptr);
  const Cause* genai = CauseOf(rec, *data, "client-data-genai", 1);
  ASSERT_NE(genai, nullptr);
  EXPECT_EQ(FactValue(*genai, "org.ailit.consultancy.client_data_genai"), "true");

  // Group 3, the advisers, deliver client work with AI; the developers (4) do not.
  const PlannedMeasure* verify = FindMeasure(rec, "consultancy.verify-and-disclose");
  ASSERT_NE(verify, nullptr);
  const Cause* adviser = CauseOf(rec, *verify, "client-advisers", 3);
  ASSERT_NE(adviser, nullptr);
  EXPECT_EQ(FactValue(*adviser, "org.ailit.consultancy.client_adviser"), "true");
  EXPECT_EQ(CauseOf(rec, *verify, "client-advisers", 4), nullptr);

  // All three systems touch clients.
  const PlannedMeasure* knowledge = FindMeasure(rec, "consultancy.living-knowledge-base");
  ASSERT_NE(knowledge, nullptr);
  ASSERT_EQ(knowledge->because.size(), 1u);
  EXPECT_EQ(FactValue(knowledge->because[0], "org.ailit.consultancy.client_ai_systems"), "3");
}

TEST(ConsultancyPlugin, LeavesOtherSectorsUntouched) {
  auto with = Consultancy();
  auto core = CoreEngine();
  int compared = 0;
  for (const auto& path : FilesIn("profiles", ".json")) {
    std::string name = path.filename().string();
    if (name == "consultancy.json" || name == "profile.schema.json") continue;
    SCOPED_TRACE(name);
    Recommendation a = RecommendExample(with, name);
    Recommendation b = RecommendExample(core, name);
    ASSERT_NE(a.profile.organisation.sector, "consultancy");
    EXPECT_EQ(a.scores.nature, b.scores.nature);
    EXPECT_EQ(a.scores.severity, b.scores.severity);
    EXPECT_EQ(a.scores.sector_risk, b.scores.sector_risk);
    EXPECT_EQ(a.scores.overall, b.scores.overall);
    EXPECT_EQ(a.scores.level, b.scores.level);
    ASSERT_EQ(a.measures.size(), b.measures.size());
    for (std::size_t i = 0; i < a.measures.size(); ++i) {
      const PlannedMeasure& x = a.measures[i];
      const PlannedMeasure& y = b.measures[i];
      EXPECT_EQ(MeasureId(a, x), MeasureId(b, y));
      EXPECT_EQ(x.status, y.status) << MeasureId(a, x);
      EXPECT_EQ(x.priority, y.priority) << MeasureId(a, x);
      EXPECT_EQ(x.year, y.year) << MeasureId(a, x);
      EXPECT_EQ(x.step, y.step) << MeasureId(a, x);
      EXPECT_EQ(x.groups, y.groups) << MeasureId(a, x);
      EXPECT_EQ(x.systems, y.systems) << MeasureId(a, x);
      EXPECT_EQ(x.customers, y.customers) << MeasureId(a, x);
      EXPECT_EQ(x.service_providers, y.service_providers) << MeasureId(a, x);
    }
    ++compared;
  }
  EXPECT_GE(compared, 5);
}

}  // namespace
}  // namespace ailit

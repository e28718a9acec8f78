// The consultancy plugin (plugins/consultancy/): it loads, serves its sector with its own risk,
// adds its layer to the consultancy example where the profile calls for it, derives its facts as
// documented, and leaves the plan of every other sector exactly as the core makes it.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "ailit/engine.h"
#include "ailit/recommendation.h"
#include "ailit/scores.h"
#include "support/plan_queries.h"
#include "support/plugins.h"

namespace ailit::testing {
namespace {

constexpr const char* kPluginId = "org.ailit.consultancy";
constexpr std::int32_t kBaseScore = 45;  // data/sector_risk.json
constexpr std::int32_t kProvidesAiToClients = 10;
constexpr std::int32_t kClientPersonalDataInGenai = 5;
constexpr std::int32_t kHighRiskClientAdvice = 10;

std::shared_ptr<const Engine> Consultancy() {
  static const std::shared_ptr<const Engine> engine = EngineWithPlugins({"consultancy"});
  return engine;
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
  EXPECT_EQ(SystemIds(rec, *role), std::vector<std::string>{"algoscan"});
  EXPECT_EQ(GroupIds(rec, *role),
            (std::vector<std::string>{"practice_leads", "responsible_ai", "adviseurs",
                                      "ontwikkelteam", "juridisch_privacy"}));
  EXPECT_EQ(RuleIds(rec, *role), std::vector<std::string>{"client-provided-system"});

  const PlannedMeasure* handover = FindMeasure(rec, "consultancy.client-ai-handover");
  ASSERT_NE(handover, nullptr);
  EXPECT_TRUE(handover->customers);
  EXPECT_EQ(SystemIds(rec, *handover), std::vector<std::string>{"algoscan"});
  EXPECT_EQ(GroupIds(rec, *handover),
            (std::vector<std::string>{"responsible_ai", "adviseurs", "ontwikkelteam"}));

  // Both generative systems are used on client work.
  const PlannedMeasure* data = FindMeasure(rec, "consultancy.client-data-in-genai");
  ASSERT_NE(data, nullptr);
  EXPECT_EQ(SystemIds(rec, *data),
            (std::vector<std::string>{"genai_werkplek", "notulen_assistent"}));
  EXPECT_EQ(
      GroupIds(rec, *data),
      (std::vector<std::string>{"partners", "practice_leads", "adviseurs", "juridisch_privacy",
                                "it_beheer", "bedrijfsvoering", "freelancers"}));
  EXPECT_EQ(RuleIds(rec, *data),
            (std::vector<std::string>{"client-data-genai", "client-data-genai"}));

  // Every group that delivers client work with AI, and no developer, IT or HR group.
  const PlannedMeasure* verify = FindMeasure(rec, "consultancy.verify-and-disclose");
  ASSERT_NE(verify, nullptr);
  EXPECT_EQ(GroupIds(rec, *verify),
            (std::vector<std::string>{"partners", "practice_leads", "adviseurs", "bedrijfsvoering",
                                      "freelancers"}));
  EXPECT_TRUE(verify->systems.empty());
  for (const Cause& c : verify->because) EXPECT_EQ(RuleId(rec, c), "client-advisers");

  const PlannedMeasure* knowledge = FindMeasure(rec, "consultancy.living-knowledge-base");
  ASSERT_NE(knowledge, nullptr);
  EXPECT_EQ(GroupIds(rec, *knowledge),
            (std::vector<std::string>{"practice_leads", "responsible_ai"}));
  EXPECT_EQ(RuleIds(rec, *knowledge), std::vector<std::string>{"living-knowledge-base"});

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
  EXPECT_EQ(SystemIds(high, *advice), std::vector<std::string>{"algoscan"});
  EXPECT_EQ(GroupIds(high, *advice),
            (std::vector<std::string>{"practice_leads", "responsible_ai", "adviseurs",
                                      "ontwikkelteam", "juridisch_privacy"}));
  EXPECT_EQ(RuleIds(high, *advice), std::vector<std::string>{"high-risk-client-advice"});

  // The workplace assistant used to support decisions: the purpose question for that system.
  Recommendation supports = RecommendFor(
      Consultancy(),
      ExampleWith(R"("decision_role": "informs",)", R"("decision_role": "supports",)"));
  const PlannedMeasure* purpose = FindMeasure(supports, "consultancy.provider-role-per-engagement");
  ASSERT_NE(purpose, nullptr);
  EXPECT_NE(FindCause(supports, *purpose, kPluginId, "general-ai-client-decisions", 1), nullptr);
  EXPECT_EQ(SystemIds(supports, *purpose),
            (std::vector<std::string>{"algoscan", "genai_werkplek"}));

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
  const Cause* genai = FindCause(rec, *data, kPluginId, "client-data-genai", 1);
  ASSERT_NE(genai, nullptr);
  EXPECT_EQ(CauseFactValue(*genai, "org.ailit.consultancy.client_data_genai"), "true");

  // Group 3, the advisers, deliver client work with AI; the developers (4) do not.
  const PlannedMeasure* verify = FindMeasure(rec, "consultancy.verify-and-disclose");
  ASSERT_NE(verify, nullptr);
  const Cause* adviser = FindCause(rec, *verify, kPluginId, "client-advisers", 3);
  ASSERT_NE(adviser, nullptr);
  EXPECT_EQ(CauseFactValue(*adviser, "org.ailit.consultancy.client_adviser"), "true");
  EXPECT_EQ(FindCause(rec, *verify, kPluginId, "client-advisers", 4), nullptr);

  // All three systems touch clients.
  const PlannedMeasure* knowledge = FindMeasure(rec, "consultancy.living-knowledge-base");
  ASSERT_NE(knowledge, nullptr);
  ASSERT_EQ(knowledge->because.size(), 1u);
  EXPECT_EQ(CauseFactValue(knowledge->because[0], "org.ailit.consultancy.client_ai_systems"), "3");
}

TEST(ConsultancyPlugin, LeavesOtherSectorsUntouched) {
  auto with = Consultancy();
  auto core = CoreEngine();
  std::vector<std::string> others = ExampleProfilesExcept("consultancy.json");
  for (const std::string& name : others) {
    SCOPED_TRACE(name);
    Recommendation a = RecommendExample(with, name);
    ASSERT_NE(a.profile.organisation.sector, "consultancy");
    ExpectSamePlan(a, RecommendExample(core, name));
  }
  EXPECT_GE(others.size(), 5u);
}

}  // namespace
}  // namespace ailit::testing

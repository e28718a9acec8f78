// The municipality plugin: it loads, serves its sector with its own risk, adds the municipal layer
// to the example's plan (and only where its conditions hold), and leaves other sectors alone.
#include <gtest/gtest.h>

#include <memory>
#include <set>
#include <string>
#include <vector>

#include "ailit/engine.h"
#include "ailit/recommendation.h"
#include "ailit/scores.h"
#include "support/files.h"
#include "support/plan_queries.h"
#include "support/plugins.h"

namespace ailit::testing {
namespace {

constexpr const char* kPluginId = "org.ailit.municipality";
// sector_risk.json: base 70, +5 per adjustment; the core adds +10 for a public body.
constexpr int kBase = 70;
constexpr int kHighRiskPublicService = 5;
constexpr int kCitizenProfiling = 5;
constexpr int kPublicBody = 10;

const std::shared_ptr<const Engine>& MunicipalityEngine() {
  static const std::shared_ptr<const Engine> engine = EngineWithPlugins({"municipality"});
  return engine;
}

const Recommendation& ExamplePlan() {
  static const Recommendation rec = RecommendExample(MunicipalityEngine(), "municipality.json");
  return rec;
}

// The example profile with one piece of text replaced (it must occur).
std::string ExampleWith(const std::string& from, const std::string& to) {
  std::string json = ReadFile(SourcePath("profiles/municipality.json"));
  std::size_t at = json.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) json.replace(at, from.size(), to);
  return json;
}

TEST(MunicipalityPlugin, Loads) {
  ASSERT_NE(MunicipalityEngine(), nullptr);
  const std::vector<PluginInfo>& plugins = MunicipalityEngine()->plugins();
  ASSERT_EQ(plugins.size(), 1u);
  EXPECT_EQ(plugins[0].id, kPluginId);
  EXPECT_EQ(plugins[0].name, "Municipalities");
  EXPECT_EQ(plugins[0].version, "1.0.0");
  EXPECT_EQ(plugins[0].sectors, std::vector<std::string>{"municipality"});
  EXPECT_EQ(MunicipalityEngine()->plugin_sectors(), std::vector<std::string>{"municipality"});
}

TEST(MunicipalityPlugin, ServesItsSectorWithItsOwnRisk) {
  const Recommendation& rec = ExamplePlan();
  ASSERT_NE(rec.engine, nullptr);
  for (const Diagnostic& w : rec.diagnostics.warnings) {
    EXPECT_FALSE(w.pointer == "/organisation/sector" &&
                 w.message.find("no sector plugin") != std::string::npos)
        << w.message;
  }
  // The benefits signal is a high-risk Annex III system that supports decisions about citizens
  // and vulnerable people, and it predicts from their personal data: both adjustments apply.
  EXPECT_EQ(rec.scores.sector_risk,
            kBase + kHighRiskPublicService + kCitizenProfiling + kPublicBody);  // 90
  // The core alone: 70 for "municipality" plus 10 for a public body.
  Recommendation core = RecommendExample(CoreEngine(), "municipality.json");
  EXPECT_EQ(core.scores.sector_risk, 80);

  // Declared "limited", the signal no longer counts as a high-risk public service, but it still
  // profiles citizens.
  Recommendation limited = RecommendFor(
      MunicipalityEngine(), ExampleWith("\"risk_class\": \"high\"", "\"risk_class\": \"limited\""));
  EXPECT_EQ(limited.scores.sector_risk, kBase + kCitizenProfiling + kPublicBody);  // 85
}

TEST(MunicipalityPlugin, AddsTheMunicipalLayerToTheExample) {
  const Recommendation& rec = ExamplePlan();

  const PlannedMeasure* bias = FindMeasure(rec, "municipality.profiling-bias-scenarios");
  ASSERT_NE(bias, nullptr);
  EXPECT_EQ(AsSet(SystemIds(rec, *bias)), std::set<std::string>{"signaal_rechtmatigheid"});
  EXPECT_EQ(AsSet(GroupIds(rec, *bias)), std::set<std::string>{"sociaal_domein"});
  EXPECT_EQ(AsSet(RuleIds(rec, *bias)), std::set<std::string>{"profiling-bias-scenarios"});

  const PlannedMeasure* contact = FindMeasure(rec, "municipality.citizen-contact-staff");
  ASSERT_NE(contact, nullptr);
  EXPECT_EQ(AsSet(GroupIds(rec, *contact)), (std::set<std::string>{"kcc", "sociaal_domein"}));
  EXPECT_EQ(AsSet(RuleIds(rec, *contact)), std::set<std::string>{"citizen-contact-staff"});

  const PlannedMeasure* cameras = FindMeasure(rec, "municipality.public-space-cameras");
  ASSERT_NE(cameras, nullptr);
  EXPECT_EQ(AsSet(SystemIds(rec, *cameras)), std::set<std::string>{"camera_analyse"});
  EXPECT_EQ(AsSet(GroupIds(rec, *cameras)),
            (std::set<std::string>{"toezicht_veiligheid", "privacy"}));
  EXPECT_EQ(AsSet(RuleIds(rec, *cameras)), std::set<std::string>{"public-space-recognition"});

  const PlannedMeasure* council = FindMeasure(rec, "municipality.council-information");
  ASSERT_NE(council, nullptr);
  EXPECT_EQ(AsSet(GroupIds(rec, *council)),
            (std::set<std::string>{"college_directie", "adviseurs_data_ai"}));
  EXPECT_EQ(AsSet(SystemIds(rec, *council)), std::set<std::string>{"signaal_rechtmatigheid"});
  EXPECT_EQ(AsSet(RuleIds(rec, *council)),
            (std::set<std::string>{"council-information", "council-before-high-risk"}));

  const PlannedMeasure* texts = FindMeasure(rec, "municipality.genai-texts-for-citizens");
  ASSERT_NE(texts, nullptr);
  EXPECT_EQ(AsSet(SystemIds(rec, *texts)), (std::set<std::string>{"chatbot", "copilot"}));
  EXPECT_EQ(
      AsSet(GroupIds(rec, *texts)),
      (std::set<std::string>{"kcc", "communicatie", "beleid", "management", "college_directie"}));

  const PlannedMeasure* reuse = FindMeasure(rec, "municipality.reuse-vng-algoritmekader");
  ASSERT_NE(reuse, nullptr);
  EXPECT_EQ(AsSet(GroupIds(rec, *reuse)), std::set<std::string>{"adviseurs_data_ai"});
  EXPECT_EQ(AsSet(RuleIds(rec, *reuse)), std::set<std::string>{"reuse-vng-algoritmekader"});

  // The signal is classified high-risk, so its class need not be rechecked; the core's public
  // package (FRIA, EU database, informing citizens) stays the core's.
  EXPECT_EQ(FindMeasure(rec, "municipality.profiling-classification-check"), nullptr);
  EXPECT_NE(FindMeasure(rec, "identify.public-fria-dpia"), nullptr);
}

TEST(MunicipalityPlugin, ItsConditionsDiscriminate) {
  // Declared "limited", the profiling signal must have its class rechecked (Art. 6(3)).
  Recommendation limited = RecommendFor(
      MunicipalityEngine(), ExampleWith("\"risk_class\": \"high\"", "\"risk_class\": \"limited\""));
  const PlannedMeasure* check = FindMeasure(limited, "municipality.profiling-classification-check");
  ASSERT_NE(check, nullptr);
  EXPECT_EQ(AsSet(SystemIds(limited, *check)), std::set<std::string>{"signaal_rechtmatigheid"});
  EXPECT_EQ(AsSet(RuleIds(limited, *check)),
            std::set<std::string>{"profiling-not-classified-high"});
  EXPECT_EQ(AsSet(GroupIds(limited, *check)),
            (std::set<std::string>{"sociaal_domein", "privacy", "adviseurs_data_ai"}));
  // No longer a high-risk pilot: the council is informed yearly, not before a go-live.
  const PlannedMeasure* council = FindMeasure(limited, "municipality.council-information");
  ASSERT_NE(council, nullptr);
  EXPECT_EQ(AsSet(RuleIds(limited, *council)), std::set<std::string>{"council-information"});

  // A signal that only informs is no profiling in the plugin's sense: no bias scenarios.
  Recommendation informs = RecommendFor(
      MunicipalityEngine(),
      ExampleWith("\"decision_role\": \"supports\"", "\"decision_role\": \"informs\""));
  EXPECT_EQ(FindMeasure(informs, "municipality.profiling-bias-scenarios"), nullptr);
  EXPECT_EQ(FindMeasure(informs, "municipality.profiling-classification-check"), nullptr);
}

TEST(MunicipalityPlugin, DerivesItsFactsPerSystemAndGroup) {
  const Recommendation& rec = ExamplePlan();
  const PlannedMeasure* bias = FindMeasure(rec, "municipality.profiling-bias-scenarios");
  ASSERT_NE(bias, nullptr);
  EXPECT_EQ(FactSeen(rec, *bias, kPluginId, "profiling-bias-scenarios",
                     SystemIndex(rec, "signaal_rechtmatigheid"),
                     "org.ailit.municipality.citizen_profiling"),
            "true");

  const PlannedMeasure* contact = FindMeasure(rec, "municipality.citizen-contact-staff");
  ASSERT_NE(contact, nullptr);
  EXPECT_EQ(FactSeen(rec, *contact, kPluginId, "citizen-contact-staff", GroupIndex(rec, "kcc"),
                     "org.ailit.municipality.citizen_contact"),
            "true");
  // The camera operators watch the public, not citizens' cases, and policy advisers use Copilot
  // only internally: neither deals with citizens about AI output.
  EXPECT_EQ(AsSet(GroupIds(rec, *contact)).count("toezicht_veiligheid"), 0u);
  EXPECT_EQ(AsSet(GroupIds(rec, *contact)).count("beleid"), 0u);

  const PlannedMeasure* cameras = FindMeasure(rec, "municipality.public-space-cameras");
  ASSERT_NE(cameras, nullptr);
  EXPECT_EQ(FactSeen(rec, *cameras, kPluginId, "public-space-recognition",
                     SystemIndex(rec, "camera_analyse"),
                     "org.ailit.municipality.public_space_recognition"),
            "true");
}

TEST(MunicipalityPlugin, LeavesOtherSectorsUntouched) {
  std::shared_ptr<const Engine> core = CoreEngine();
  std::vector<std::string> others = ExampleProfilesExcept("municipality.json");
  for (const std::string& name : others) {
    SCOPED_TRACE(name);
    Recommendation with = RecommendExample(MunicipalityEngine(), name);
    ASSERT_NE(with.profile.organisation.sector, "municipality");
    ExpectSamePlan(with, RecommendExample(core, name));
  }
  EXPECT_GE(others.size(), 5u);
}

}  // namespace
}  // namespace ailit::testing

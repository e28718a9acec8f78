// The hospital plugin (plugins/hospital/) as the engine sees it: it loads, serves "hospital" with
// its own sector risk, adds its sector measures to the example hospital's plan for the right
// groups and systems, derives its facts, and leaves every other sector's plan as it was.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "ailit/engine.h"
#include "ailit/recommendation.h"
#include "ailit/scores.h"
#include "support/files.h"
#include "support/plan_queries.h"
#include "support/plugins.h"

namespace ailit::testing {
namespace {

constexpr const char* kPluginId = "org.ailit.hospital";

std::shared_ptr<const Engine> HospitalEngine() {
  return EngineWithPlugins({"hospital"});
}

// The example with each `from` text replaced by its `to`; fails the test when one is missing.
std::string HospitalProfileWith(
    const std::vector<std::pair<std::string, std::string>>& replacements) {
  std::string json = ReadFile(SourcePath("profiles/hospital.json"));
  for (const auto& [from, to] : replacements) {
    std::size_t at = json.find(from);
    EXPECT_NE(at, std::string::npos) << "the example no longer contains: " << from;
    if (at != std::string::npos) json.replace(at, from.size(), to);
  }
  return json;
}

// True when this plugin's rule `rule` put the measure in the plan (for any item).
bool BecauseOf(const Recommendation& rec, const PlannedMeasure& m, const std::string& rule) {
  return std::any_of(m.because.begin(), m.because.end(), [&](const Cause& c) {
    return PackId(rec, c) == kPluginId && RuleId(rec, c) == rule;
  });
}

TEST(HospitalPlugin, Loads) {
  auto engine = HospitalEngine();
  ASSERT_TRUE(engine);
  const PluginInfo* found = nullptr;
  for (const PluginInfo& p : engine->plugins()) {
    if (p.id == kPluginId) found = &p;
  }
  ASSERT_NE(found, nullptr) << "org.ailit.hospital is not among the engine's plugins";
  EXPECT_EQ(found->name, "Hospitals");
  EXPECT_EQ(found->version, "1.0.0");
  EXPECT_EQ(found->sectors, std::vector<std::string>{"hospital"});
  EXPECT_EQ(engine->plugin_sectors(), std::vector<std::string>{"hospital"});
  EXPECT_TRUE(engine->PluginFor("hospital").has_value());
}

TEST(HospitalPlugin, ServesItsSectorWithItsOwnRisk) {
  auto engine = HospitalEngine();
  ASSERT_TRUE(engine);
  Recommendation rec = RecommendExample(engine, "hospital.json");
  for (const Diagnostic& w : rec.diagnostics.warnings) {
    EXPECT_FALSE(w.pointer == "/organisation/sector" &&
                 w.message.find("no sector plugin") != std::string::npos)
        << w.message;
  }
  // Base 70, +10 for the radiology triage (a medical device in production), +5 for the letter
  // assistant (generative AI with health data); no patient-facing system, so not +5 for that;
  // +5 for a semi-public organisation (core).
  EXPECT_EQ(rec.scores.sector_risk, 70 + 10 + 5 + 5);
  std::vector<std::uint64_t> applied;
  for (const ScoreFactor& f : rec.scores.factors) {
    if (f.code == FactorCode::kSectorAdjustment) applied.push_back(f.value);
  }
  EXPECT_EQ(applied, (std::vector<std::uint64_t>{0, 1}));

  // The core's flat hospital default (80 + 5) differs: the plugin replaces it.
  Recommendation core = RecommendExample(CoreEngine(), "hospital.json");
  EXPECT_EQ(core.scores.sector_risk, 85);
  EXPECT_NE(core.scores.sector_risk, rec.scores.sector_risk);

  // A patient-facing system adds its own adjustment.
  // The OR planner, made patient-facing (ok_planning is the only system of 26,000 people).
  std::string facing = HospitalProfileWith(
      {{"\"people_affected\": 26000,\n      \"personal_data\": \"special_category\",\n"
        "      \"external_facing\": false",
        "\"people_affected\": 26000,\n      \"personal_data\": \"special_category\",\n"
        "      \"external_facing\": true"}});
  EXPECT_EQ(RecommendFor(engine, facing).scores.sector_risk, 95);
}

TEST(HospitalPlugin, AddsTheHospitalLayerToTheExamplePlan) {
  auto engine = HospitalEngine();
  ASSERT_TRUE(engine);
  Recommendation rec = RecommendExample(engine, "hospital.json");

  // Scenario training for the clinicians who see medical-device output, the external
  // teleradiology service included; not the secretaries or ICT.
  const PlannedMeasure* scenario = FindMeasure(rec, "hospital.clinical-scenario-training");
  ASSERT_NE(scenario, nullptr);
  EXPECT_EQ(Sorted(GroupIds(rec, *scenario)),
            (std::vector<std::string>{"medisch_specialisten", "radiologie", "teleradiologie",
                                      "verpleegkundigen"}));
  EXPECT_TRUE(BecauseOf(rec, *scenario, "clinical-scenario-training"));

  // Acceptance of the two medical devices, carried by ICT/medical technology and the CMIO team.
  const PlannedMeasure* acceptance = FindMeasure(rec, "hospital.clinical-ai-acceptance");
  ASSERT_NE(acceptance, nullptr);
  EXPECT_EQ(Sorted(SystemIds(rec, *acceptance)),
            (std::vector<std::string>{"radiologie_triage", "sepsis_signalering"}));
  EXPECT_EQ(Sorted(GroupIds(rec, *acceptance)), (std::vector<std::string>{"cmio_data", "ict"}));
  EXPECT_TRUE(BecauseOf(rec, *acceptance, "clinical-ai-acceptance"));

  // Letter verification for the users of the letter assistant only.
  const PlannedMeasure* letters = FindMeasure(rec, "hospital.verify-generated-letters");
  ASSERT_NE(letters, nullptr);
  EXPECT_EQ(Sorted(SystemIds(rec, *letters)), std::vector<std::string>{"brievenassistent"});
  EXPECT_EQ(Sorted(GroupIds(rec, *letters)),
            (std::vector<std::string>{"medisch_specialisten", "secretariaten"}));
  EXPECT_TRUE(BecauseOf(rec, *letters, "generated-letter-verification"));

  // Informing patients about the devices: their users and communications.
  const PlannedMeasure* patients = FindMeasure(rec, "hospital.inform-patients");
  ASSERT_NE(patients, nullptr);
  EXPECT_EQ(Sorted(SystemIds(rec, *patients)),
            (std::vector<std::string>{"radiologie_triage", "sepsis_signalering"}));
  EXPECT_EQ(Sorted(GroupIds(rec, *patients)),
            (std::vector<std::string>{"communicatie", "medisch_specialisten", "radiologie",
                                      "teleradiologie", "verpleegkundigen"}));
  EXPECT_TRUE(BecauseOf(rec, *patients, "inform-patients"));

  // No patient data in public chatbots: everyone.
  const PlannedMeasure* chatbots = FindMeasure(rec, "hospital.no-patient-data-in-public-chatbots");
  ASSERT_NE(chatbots, nullptr);
  EXPECT_EQ(chatbots->groups.size(), rec.profile.staff_groups.size());
  EXPECT_TRUE(BecauseOf(rec, *chatbots, "patient-data-public-chatbots"));

  const PlannedMeasure* reuse = FindMeasure(rec, "hospital.reuse-sector-material");
  ASSERT_NE(reuse, nullptr);
  EXPECT_EQ(Sorted(GroupIds(rec, *reuse)), (std::vector<std::string>{"cmio_data", "hr"}));
  EXPECT_TRUE(BecauseOf(rec, *reuse, "sector-material"));

  // The core engine plans none of this.
  Recommendation core = RecommendExample(CoreEngine(), "hospital.json");
  for (const PlannedMeasure& m : core.measures) {
    EXPECT_FALSE(MeasureId(core, m).starts_with("hospital.")) << MeasureId(core, m);
  }
}

TEST(HospitalPlugin, TheDeviceCheckFiresOnlyForClinicalDecisionSupportBelowHighRisk) {
  auto engine = HospitalEngine();
  ASSERT_TRUE(engine);
  // The OR planner optimises schedules: not a candidate medical device.
  Recommendation rec = RecommendExample(engine, "hospital.json");
  EXPECT_EQ(FindMeasure(rec, "hospital.check-medical-device-status"), nullptr);

  // The same system as a prediction model about patients is one: check it.
  Recommendation flipped = RecommendFor(
      engine, HospitalProfileWith({{"\"kind\": \"optimisation\"", "\"kind\": \"predictive\""}}));
  const PlannedMeasure* check = FindMeasure(flipped, "hospital.check-medical-device-status");
  ASSERT_NE(check, nullptr);
  EXPECT_EQ(Sorted(SystemIds(flipped, *check)), std::vector<std::string>{"ok_planning"});
  EXPECT_EQ(Sorted(GroupIds(flipped, *check)),
            (std::vector<std::string>{"cmio_data", "ict", "juridisch_privacy"}));
  const Cause* cause = FindCause(flipped, *check, kPluginId, "medical-device-check",
                                 SystemIndex(flipped, "ok_planning"));
  ASSERT_NE(cause, nullptr);
  EXPECT_EQ(CauseFactValue(*cause, "org.ailit.hospital.device_check"), "true");

  // Adopted guidelines and no generative AI: the all-staff chatbot rule stays quiet.
  std::string quiet =
      HospitalProfileWith({{"\"genai_guidelines\": \"draft\"", "\"genai_guidelines\": \"yes\""},
                           {"\"kind\": \"generative\"", "\"kind\": \"automation\""}});
  Recommendation no_genai = RecommendFor(engine, quiet);
  EXPECT_EQ(FindMeasure(no_genai, "hospital.no-patient-data-in-public-chatbots"), nullptr);
  EXPECT_EQ(FindMeasure(no_genai, "hospital.verify-generated-letters"), nullptr);
  EXPECT_EQ(no_genai.scores.sector_risk, 70 + 10 + 5) << "base, device in use, semi-public";
}

TEST(HospitalPlugin, DerivesItsFactsPerSystemAndGroup) {
  auto engine = HospitalEngine();
  ASSERT_TRUE(engine);
  RecommendOptions options;
  options.explain = true;
  Recommendation rec = RecommendExample(engine, "hospital.json", options);

  const PlannedMeasure* scenario = FindMeasure(rec, "hospital.clinical-scenario-training");
  ASSERT_NE(scenario, nullptr);
  const Cause* nurses = FindCause(rec, *scenario, kPluginId, "clinical-scenario-training",
                                  GroupIndex(rec, "verpleegkundigen"));
  ASSERT_NE(nurses, nullptr) << "the nurses use the sepsis early warning, a medical device";
  EXPECT_EQ(CauseFactValue(*nurses, "org.ailit.hospital.uses_medical_device"), "true");

  const PlannedMeasure* acceptance = FindMeasure(rec, "hospital.clinical-ai-acceptance");
  ASSERT_NE(acceptance, nullptr);
  const Cause* triage = FindCause(rec, *acceptance, kPluginId, "clinical-ai-acceptance",
                                  SystemIndex(rec, "radiologie_triage"));
  ASSERT_NE(triage, nullptr);
  EXPECT_EQ(CauseFactValue(*triage, "org.ailit.hospital.medical_device"), "true");

  const PlannedMeasure* letters = FindMeasure(rec, "hospital.verify-generated-letters");
  ASSERT_NE(letters, nullptr);
  const Cause* assistant = FindCause(rec, *letters, kPluginId, "generated-letter-verification",
                                     SystemIndex(rec, "brievenassistent"));
  ASSERT_NE(assistant, nullptr);
  EXPECT_EQ(CauseFactValue(*assistant, "org.ailit.hospital.health_data_genai"), "true");

  // The false side, from the explanation: the secretaries use no medical device.
  bool seen = false;
  std::int32_t secretaries = GroupIndex(rec, "secretariaten");
  for (const PackTrace& pack : rec.explain) {
    if (rec.engine->packs()[pack.pack].pack.id() != kPluginId) continue;
    for (const RuleTrace& rule : pack.rules) {
      const RuleInfo& info = rec.engine->packs()[pack.pack].pack.rules()[rule.rule];
      if (info.id != "clinical-scenario-training" || rule.item != secretaries) continue;
      EXPECT_FALSE(rule.fired);
      for (const ConditionTrace& c : rule.conditions) {
        if (c.fact != "org.ailit.hospital.uses_medical_device") continue;
        EXPECT_EQ(c.actual, "false");
        seen = true;
      }
    }
  }
  EXPECT_TRUE(seen) << "no trace of clinical-scenario-training for the secretaries";
}

TEST(HospitalPlugin, LeavesOtherSectorsUntouched) {
  auto with_plugin = HospitalEngine();
  auto core = CoreEngine();
  ASSERT_TRUE(with_plugin);
  ASSERT_TRUE(core);
  std::vector<std::string> others = ExampleProfilesExcept("hospital.json");
  for (const std::string& name : others) {
    SCOPED_TRACE(name);
    ExpectSamePlan(RecommendExample(with_plugin, name), RecommendExample(core, name));
  }
  EXPECT_GE(others.size(), 5u) << "the other example profiles were not found";
}

}  // namespace
}  // namespace ailit::testing

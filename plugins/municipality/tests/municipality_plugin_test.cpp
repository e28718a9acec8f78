// The municipality plugin: it loads, serves its sector with its own risk, adds the municipal layer
// to the example's plan (and only where its conditions hold), and leaves other sectors alone.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "ailit/engine.h"
#include "ailit/recommendation.h"
#include "ailit/scores.h"
#include "support/files.h"
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

std::set<std::string> GroupIds(const Recommendation& rec, const PlannedMeasure& m) {
  std::set<std::string> ids;
  for (std::uint32_t g : m.groups) ids.insert(rec.profile.staff_groups[g].id);
  return ids;
}

std::set<std::string> SystemIds(const Recommendation& rec, const PlannedMeasure& m) {
  std::set<std::string> ids;
  for (std::uint32_t s : m.systems) ids.insert(rec.profile.ai_systems[s].id);
  return ids;
}

const std::string& RuleId(const Recommendation& rec, const Cause& cause) {
  return rec.engine->packs()[cause.pack].pack.rules()[cause.rule].id;
}

std::set<std::string> RuleIds(const Recommendation& rec, const PlannedMeasure& m) {
  std::set<std::string> ids;
  for (const Cause& c : m.because) ids.insert(RuleId(rec, c));
  return ids;
}

// The value a firing of `rule` for `item` saw for `fact`, or "" when there is no such firing.
std::string FactSeen(const Recommendation& rec, const PlannedMeasure& m, const std::string& rule,
                     std::int32_t item, const std::string& fact) {
  for (const Cause& c : m.because) {
    if (RuleId(rec, c) != rule || c.item != item) continue;
    for (const CauseFact& f : c.facts) {
      if (f.fact == fact) return f.value;
    }
  }
  return "";
}

std::int32_t GroupIndex(const Recommendation& rec, const std::string& id) {
  for (std::size_t g = 0; g < rec.profile.staff_groups.size(); ++g) {
    if (rec.profile.staff_groups[g].id == id) return static_cast<std::int32_t>(g);
  }
  return -1;
}

std::int32_t SystemIndex(const Recommendation& rec, const std::string& id) {
  for (std::size_t s = 0; s < rec.profile.ai_systems.size(); ++s) {
    if (rec.profile.ai_systems[s].id == id) return static_cast<std::int32_t>(s);
  }
  return -1;
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
  EXPECT_EQ(SystemIds(rec, *bias), std::set<std::string>{"signaal_rechtmatigheid"});
  EXPECT_EQ(GroupIds(rec, *bias), std::set<std::string>{"sociaal_domein"});
  EXPECT_EQ(RuleIds(rec, *bias), std::set<std::string>{"profiling-bias-scenarios"});

  const PlannedMeasure* contact = FindMeasure(rec, "municipality.citizen-contact-staff");
  ASSERT_NE(contact, nullptr);
  EXPECT_EQ(GroupIds(rec, *contact), (std::set<std::string>{"kcc", "sociaal_domein"}));
  EXPECT_EQ(RuleIds(rec, *contact), std::set<std::string>{"citizen-contact-staff"});

  const PlannedMeasure* cameras = FindMeasure(rec, "municipality.public-space-cameras");
  ASSERT_NE(cameras, nullptr);
  EXPECT_EQ(SystemIds(rec, *cameras), std::set<std::string>{"camera_analyse"});
  EXPECT_EQ(GroupIds(rec, *cameras), (std::set<std::string>{"toezicht_veiligheid", "privacy"}));
  EXPECT_EQ(RuleIds(rec, *cameras), std::set<std::string>{"public-space-recognition"});

  const PlannedMeasure* council = FindMeasure(rec, "municipality.council-information");
  ASSERT_NE(council, nullptr);
  EXPECT_EQ(GroupIds(rec, *council),
            (std::set<std::string>{"college_directie", "adviseurs_data_ai"}));
  EXPECT_EQ(SystemIds(rec, *council), std::set<std::string>{"signaal_rechtmatigheid"});
  EXPECT_EQ(RuleIds(rec, *council),
            (std::set<std::string>{"council-information", "council-before-high-risk"}));

  const PlannedMeasure* texts = FindMeasure(rec, "municipality.genai-texts-for-citizens");
  ASSERT_NE(texts, nullptr);
  EXPECT_EQ(SystemIds(rec, *texts), (std::set<std::string>{"chatbot", "copilot"}));
  EXPECT_EQ(GroupIds(rec, *texts), (std::set<std::string>{"kcc", "communicatie", "beleid",
                                                          "management", "college_directie"}));

  const PlannedMeasure* reuse = FindMeasure(rec, "municipality.reuse-vng-algoritmekader");
  ASSERT_NE(reuse, nullptr);
  EXPECT_EQ(GroupIds(rec, *reuse), std::set<std::string>{"adviseurs_data_ai"});
  EXPECT_EQ(RuleIds(rec, *reuse), std::set<std::string>{"reuse-vng-algoritmekader"});

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
  EXPECT_EQ(SystemIds(limited, *check), std::set<std::string>{"signaal_rechtmatigheid"});
  EXPECT_EQ(RuleIds(limited, *check), std::set<std::string>{"profiling-not-classified-high"});
  EXPECT_EQ(GroupIds(limited, *check),
            (std::set<std::string>{"sociaal_domein", "privacy", "adviseurs_data_ai"}));
  // No longer a high-risk pilot: the council is informed yearly, not before a go-live.
  const PlannedMeasure* council = FindMeasure(limited, "municipality.council-information");
  ASSERT_NE(council, nullptr);
  EXPECT_EQ(RuleIds(limited, *council), std::set<std::string>{"council-information"});

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
  EXPECT_EQ(
      FactSeen(rec, *bias, "profiling-bias-scenarios", SystemIndex(rec, "signaal_rechtmatigheid"),
               "org.ailit.municipality.citizen_profiling"),
      "true");

  const PlannedMeasure* contact = FindMeasure(rec, "municipality.citizen-contact-staff");
  ASSERT_NE(contact, nullptr);
  EXPECT_EQ(FactSeen(rec, *contact, "citizen-contact-staff", GroupIndex(rec, "kcc"),
                     "org.ailit.municipality.citizen_contact"),
            "true");
  // The camera operators watch the public, not citizens' cases, and policy advisers use Copilot
  // only internally: neither deals with citizens about AI output.
  EXPECT_EQ(GroupIds(rec, *contact).count("toezicht_veiligheid"), 0u);
  EXPECT_EQ(GroupIds(rec, *contact).count("beleid"), 0u);

  const PlannedMeasure* cameras = FindMeasure(rec, "municipality.public-space-cameras");
  ASSERT_NE(cameras, nullptr);
  EXPECT_EQ(FactSeen(rec, *cameras, "public-space-recognition", SystemIndex(rec, "camera_analyse"),
                     "org.ailit.municipality.public_space_recognition"),
            "true");
}

TEST(MunicipalityPlugin, LeavesOtherSectorsUntouched) {
  std::shared_ptr<const Engine> core = CoreEngine();
  int compared = 0;
  for (const std::filesystem::path& file : FilesIn("profiles", ".json")) {
    std::string name = file.filename().string();
    if (name == "municipality.json" || name.find("schema") != std::string::npos) continue;
    SCOPED_TRACE(name);
    Recommendation with = RecommendExample(MunicipalityEngine(), name);
    Recommendation without = RecommendExample(core, name);
    ASSERT_NE(with.profile.organisation.sector, "municipality");
    EXPECT_EQ(with.scores.nature, without.scores.nature);
    EXPECT_EQ(with.scores.severity, without.scores.severity);
    EXPECT_EQ(with.scores.sector_risk, without.scores.sector_risk);
    EXPECT_EQ(with.scores.overall, without.scores.overall);
    EXPECT_EQ(with.scores.level, without.scores.level);
    ASSERT_EQ(with.measures.size(), without.measures.size());
    for (std::size_t i = 0; i < with.measures.size(); ++i) {
      const PlannedMeasure& a = with.measures[i];
      const PlannedMeasure& b = without.measures[i];
      EXPECT_EQ(MeasureId(with, a), MeasureId(without, b));
      EXPECT_EQ(a.status, b.status);
      EXPECT_EQ(a.priority, b.priority);
      EXPECT_EQ(a.year, b.year);
      EXPECT_EQ(a.step, b.step);
      EXPECT_EQ(a.groups, b.groups);
      EXPECT_EQ(a.systems, b.systems);
      EXPECT_EQ(a.customers, b.customers);
      EXPECT_EQ(a.service_providers, b.service_providers);
    }
    ++compared;
  }
  EXPECT_GE(compared, 5);
}

}  // namespace
}  // namespace ailit::testing

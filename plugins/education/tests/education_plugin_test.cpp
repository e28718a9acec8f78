// The education plugin as the host loads it: it serves "education", refines the sector risk for
// the example school, adds its measures for the groups and systems they concern, and leaves
// every other sector's plan exactly as the core makes it.
#include <gtest/gtest.h>

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

constexpr const char* kPluginId = "org.ailit.education";

const std::shared_ptr<const Engine>& Education() {
  static const std::shared_ptr<const Engine> engine = EngineWithPlugins({"education"});
  return engine;
}

std::string ExampleSchool() {
  return ReadFile(SourcePath("profiles/education.json"));
}

// `json` with the first `from` at or after `anchor` replaced by `to`; fails the test if either
// is missing, so a change to the example profile shows up here instead of passing silently.
std::string Replace(std::string json, const std::string& anchor, const std::string& from,
                    const std::string& to) {
  std::size_t at = json.find(anchor);
  EXPECT_NE(at, std::string::npos) << "no " << anchor << " in the profile";
  if (at == std::string::npos) return json;
  at = json.find(from, at);
  EXPECT_NE(at, std::string::npos) << "no " << from << " after " << anchor;
  if (at == std::string::npos) return json;
  return json.replace(at, from.size(), to);
}

using Ids = std::vector<std::string>;

TEST(EducationPlugin, Loads) {
  const auto& engine = Education();
  ASSERT_TRUE(engine);
  ASSERT_EQ(engine->plugins().size(), 1u);
  const PluginInfo& plugin = engine->plugins()[0];
  EXPECT_EQ(plugin.id, kPluginId);
  EXPECT_EQ(plugin.name, "Education");
  EXPECT_EQ(plugin.version, "1.0.0");
  EXPECT_EQ(plugin.sectors, Ids{"education"});
  EXPECT_EQ(engine->plugin_sectors(), Ids{"education"});
}

bool WarnsNoSectorPlugin(const Recommendation& rec) {
  for (const Diagnostic& d : rec.diagnostics.warnings) {
    if (d.pointer == "/organisation/sector" &&
        d.message.find("no sector plugin") != std::string::npos) {
      return true;
    }
  }
  return false;
}

TEST(EducationPlugin, ServesItsSector) {
  ASSERT_TRUE(Education());
  Recommendation rec = RecommendExample(Education(), "education.json");
  EXPECT_FALSE(WarnsNoSectorPlugin(rec));
  // Base 70, +10 proctoring and the adaptive platform are Annex III point 3 uses, +5 minors are
  // affected, no -15 (AI does touch pupils); the core adds +5 for a semi-public body.
  EXPECT_EQ(rec.scores.sector_risk, 70 + 10 + 5 + 5);

  // The core alone warns and keeps its flat default of 70 (+5 semi-public).
  Recommendation core = RecommendExample(CoreEngine(), "education.json");
  EXPECT_TRUE(WarnsNoSectorPlugin(core));
  EXPECT_EQ(core.scores.sector_risk, 70 + 5);
}

TEST(EducationPlugin, LowersTheRiskOfASchoolWhoseAiOnlyServesStaff) {
  ASSERT_TRUE(Education());
  std::string json = ExampleSchool();
  for (const char* id : {"online_proctoring", "adaptief_leerplatform", "genai_docenten"}) {
    json = Replace(json, std::string("\"id\": \"") + id + "\"",
                   "\"affected\": [\"students\", \"minors\"]", "\"affected\": [\"employees\"]");
  }
  Recommendation rec = RecommendFor(Education(), json);
  // Base 70, -15 no AI system affects pupils, +5 semi-public.
  EXPECT_EQ(rec.scores.sector_risk, 70 - 15 + 5);
  EXPECT_EQ(FindMeasure(rec, "education.exam-board-ai-testing"), nullptr);
  EXPECT_EQ(FindMeasure(rec, "education.childrens-data"), nullptr);
}

TEST(EducationPlugin, AddsItsMeasuresToTheExampleSchool) {
  ASSERT_TRUE(Education());
  Recommendation rec = RecommendExample(Education(), "education.json");

  const PlannedMeasure* teachers = FindMeasure(rec, "education.genai-teaching-integrity");
  ASSERT_NE(teachers, nullptr);
  EXPECT_EQ(GroupIds(rec, *teachers), Ids{"docenten"});
  EXPECT_EQ(Because(rec, *teachers), Ids{"org.ailit.education/teachers-genai"});

  const PlannedMeasure* exams = FindMeasure(rec, "education.exam-board-ai-testing");
  ASSERT_NE(exams, nullptr);
  EXPECT_EQ(SystemIds(rec, *exams), Ids{"online_proctoring"});
  EXPECT_EQ(GroupIds(rec, *exams), (Ids{"examencommissie", "ict"}));
  EXPECT_EQ(Because(rec, *exams), Ids{"org.ailit.education/exam-board-monitoring"});

  const PlannedMeasure* cases = FindMeasure(rec, "education.assessment-oversight-cases");
  ASSERT_NE(cases, nullptr);
  EXPECT_EQ(SystemIds(rec, *cases), Ids{"adaptief_leerplatform"});
  EXPECT_EQ(GroupIds(rec, *cases), (Ids{"teamleiders", "docenten"}));
  EXPECT_EQ(Because(rec, *cases), Ids{"org.ailit.education/assessment-cases"});

  const PlannedMeasure* data = FindMeasure(rec, "education.childrens-data");
  ASSERT_NE(data, nullptr);
  EXPECT_EQ(SystemIds(rec, *data),
            (Ids{"online_proctoring", "adaptief_leerplatform", "genai_docenten"}));
  EXPECT_EQ(GroupIds(rec, *data), (Ids{"teamleiders", "docenten", "examencommissie",
                                       "leerlingbegeleiding", "ict", "privacy"}));

  const PlannedMeasure* council = FindMeasure(rec, "education.participation-council");
  ASSERT_NE(council, nullptr);
  EXPECT_EQ(SystemIds(rec, *council), (Ids{"online_proctoring", "adaptief_leerplatform"}));
  EXPECT_EQ(GroupIds(rec, *council), (Ids{"college_van_bestuur", "teamleiders"}));

  const PlannedMeasure* material = FindMeasure(rec, "education.sector-material");
  ASSERT_NE(material, nullptr);
  EXPECT_TRUE(material->groups.empty());
  EXPECT_EQ(Because(rec, *material), Ids{"org.ailit.education/sector-material"});

  // Both high-risk systems only support people's decisions, so nothing decides alone.
  EXPECT_EQ(FindMeasure(rec, "education.no-solely-automated-decisions"), nullptr);
}

TEST(EducationPlugin, ItsConditionsDiscriminate) {
  ASSERT_TRUE(Education());
  // The adaptive platform now decides about pupils by itself.
  std::string decides =
      Replace(ExampleSchool(), "\"id\": \"adaptief_leerplatform\"",
              "\"decision_role\": \"supports\"", "\"decision_role\": \"decides\"");
  Recommendation rec = RecommendFor(Education(), decides);
  const PlannedMeasure* alone = FindMeasure(rec, "education.no-solely-automated-decisions");
  ASSERT_NE(alone, nullptr);
  EXPECT_EQ(SystemIds(rec, *alone), Ids{"adaptief_leerplatform"});
  EXPECT_EQ(GroupIds(rec, *alone), (Ids{"teamleiders", "docenten", "privacy"}));
  EXPECT_EQ(Because(rec, *alone), Ids{"org.ailit.education/solely-automated-decision"});

  // Teachers no longer use generative AI (only mentors and team leaders do).
  std::string no_teachers =
      Replace(ExampleSchool(), "\"id\": \"genai_docenten\"",
              "\"used_by\": [\"docenten\", \"leerlingbegeleiding\", \"teamleiders\"]",
              "\"used_by\": [\"leerlingbegeleiding\", \"teamleiders\"]");
  Recommendation without = RecommendFor(Education(), no_teachers);
  EXPECT_EQ(FindMeasure(without, "education.genai-teaching-integrity"), nullptr);
}

TEST(EducationPlugin, DerivesWhatEachSystemDoesToPupils) {
  ASSERT_TRUE(Education());
  Recommendation rec = RecommendExample(Education(), "education.json");
  const PlannedMeasure* exams = FindMeasure(rec, "education.exam-board-ai-testing");
  const PlannedMeasure* cases = FindMeasure(rec, "education.assessment-oversight-cases");
  const PlannedMeasure* data = FindMeasure(rec, "education.childrens-data");
  ASSERT_NE(exams, nullptr);
  ASSERT_NE(cases, nullptr);
  ASSERT_NE(data, nullptr);
  // System 0 is the proctoring, 1 the adaptive platform, 2 generative AI for teachers.
  EXPECT_EQ(FactSeen(rec, *exams, kPluginId, "exam-board-monitoring", 0,
                     "org.ailit.education.education_use"),
            "\"monitoring\"");
  EXPECT_EQ(
      FactSeen(rec, *cases, kPluginId, "assessment-cases", 1, "org.ailit.education.education_use"),
      "\"assessment\"");
  EXPECT_EQ(
      FactSeen(rec, *data, kPluginId, "childrens-data", 2, "org.ailit.education.childrens_data"),
      "true");
}

TEST(EducationPlugin, LeavesOtherSectorsUntouched) {
  ASSERT_TRUE(Education());
  auto core = CoreEngine();
  ASSERT_TRUE(core);
  std::vector<std::string> others = ExampleProfilesExcept("education.json");
  for (const std::string& name : others) {
    SCOPED_TRACE(name);
    ExpectSamePlan(RecommendExample(Education(), name), RecommendExample(core, name));
  }
  EXPECT_GE(others.size(), 6u);
}

}  // namespace
}  // namespace ailit::testing

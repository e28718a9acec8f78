// What a plugin does to a plan, and what a plugin that fails at request time costs: only its
// own part, with a warning naming it. And that its library lives exactly as long as its use.
#include <dlfcn.h>
#include <gtest/gtest.h>

#include <mutex>

#include "ailit/plugins.h"
#include "ailit/render.h"
#include "plugins/test_plugins.h"
#include "support/plugins.h"

namespace ailit::testing {
namespace {

bool HasMeasurePrefixed(const Recommendation& rec, const std::string& prefix) {
  for (const PlannedMeasure& m : rec.measures) {
    if (MeasureId(rec, m).starts_with(prefix)) return true;
  }
  return false;
}

const Diagnostic* WarningNaming(const Recommendation& rec, const std::string& plugin_id) {
  for (const Diagnostic& w : rec.diagnostics.warnings) {
    // "sector plugin ID failed to ..." or "sector plugin ID took N ms to ..."
    if (w.message.starts_with("sector plugin " + plugin_id + " ")) return &w;
  }
  return nullptr;
}

std::string GroupIds(const Recommendation& rec, const PlannedMeasure& m) {
  std::string out;
  for (std::uint32_t g : m.groups) out += rec.profile.staff_groups[g].id + " ";
  return out;
}

TEST(PluginRequests, AddsItsMeasuresTargetsAndSectorRisk) {
  auto engine = EngineWithPluginFiles({TestPlugin("good")});
  ASSERT_TRUE(engine);
  Recommendation rec = RecommendFor(engine, ProfileInSector("test_sector"));
  EXPECT_EQ(rec.plugin, 0);
  EXPECT_TRUE(rec.plugin_complete);
  const PlannedMeasure* one = FindMeasure(rec, "testplugin.measure-one");
  const PlannedMeasure* two = FindMeasure(rec, "testplugin.measure-two");
  ASSERT_TRUE(one && two);
  EXPECT_EQ(GroupIds(rec, *one), "staff board ");  // all_staff
  EXPECT_EQ(GroupIds(rec, *two), "staff ");        // the users of the generative system
  ASSERT_EQ(two->systems.size(), 1u);
  EXPECT_EQ(two->systems[0], 0u);
  // The cause names the derived fact with the value the plugin set.
  ASSERT_EQ(two->because.size(), 1u);
  ASSERT_EQ(two->because[0].facts.size(), 1u);
  EXPECT_EQ(two->because[0].facts[0].fact, "org.ailit.testplugin.generative_system");
  EXPECT_EQ(two->because[0].facts[0].value, "true");
  // Base 50 from the plugin's table, +7 for generative AI, +0 for a private organisation.
  EXPECT_EQ(rec.scores.sector_risk, 57);
  bool adjusted = false;
  for (const ScoreFactor& f : rec.scores.factors) {
    if (f.code == FactorCode::kSectorAdjustment) {
      adjusted = true;
      EXPECT_EQ(f.points, 7);
      EXPECT_EQ(DescribeFactor(f, rec.profile, engine->sectors(), Lang::kNl),
                "Er wordt generatieve AI gebruikt.");
    }
  }
  EXPECT_TRUE(adjusted);
  for (const Diagnostic& w : rec.diagnostics.warnings) {
    EXPECT_NE(w.pointer, "/organisation/sector") << w.message;
  }
  std::string json = RecommendationToJson(rec, Lang::kEn, {.pretty = false});
  EXPECT_NE(
      json.find(R"("plugins":[{"id":"org.ailit.testplugin","name":"Test plugin",)"
                R"("version":"1.0.0","sectors":["test_sector"],"applied":true,"complete":true}])"),
      std::string::npos);
  EXPECT_NE(json.find(R"({"id":"org.ailit.testplugin","version":"1.0.0","origin":)"
                      R"("plugin:org.ailit.testplugin"})"),
            std::string::npos);
}

TEST(PluginRequests, ConditionsOnDerivedFactsDiscriminate) {
  auto engine = EngineWithPluginFiles({TestPlugin("good")});
  Recommendation rec = RecommendFor(engine, ProfileInSector("test_sector", false));
  EXPECT_FALSE(HasMeasurePrefixed(rec, "testplugin."));
  EXPECT_EQ(rec.scores.sector_risk, 50);
}

TEST(PluginRequests, LeavesOtherSectorsAlone) {
  auto with = EngineWithPluginFiles({TestPlugin("good")});
  auto without = CoreEngine();
  Recommendation a = RecommendFor(with, ProfileInSector("retail"));
  Recommendation b = RecommendFor(without, ProfileInSector("retail"));
  EXPECT_EQ(a.plugin, -1);
  ASSERT_EQ(a.measures.size(), b.measures.size());
  for (std::size_t i = 0; i < a.measures.size(); ++i) {
    EXPECT_EQ(MeasureId(a, a.measures[i]), MeasureId(b, b.measures[i]));
    EXPECT_EQ(a.measures[i].priority, b.measures[i].priority);
  }
  EXPECT_EQ(a.scores.overall, b.scores.overall);
  // Its pack and catalogue are not named as used by a plan they did not touch.
  std::string json = RecommendationToJson(a, Lang::kEn, {.pretty = false});
  EXPECT_EQ(json.find(R"("origin":"plugin:org.ailit.testplugin")"), std::string::npos);
  EXPECT_NE(json.find(R"("applied":false)"), std::string::npos);
}

void ExpectOnlyItsPartLost(const std::string& plugin, const std::string& id,
                           const std::string& sector, const std::string& prefix,
                           const std::string& said, const PluginLimits& limits = {}) {
  auto engine = EngineWithPluginFiles({TestPlugin(plugin)}, limits);
  ASSERT_TRUE(engine);
  Recommendation rec = RecommendFor(engine, ProfileInSector(sector));
  const Diagnostic* warning = WarningNaming(rec, id);
  ASSERT_TRUE(warning) << plugin;
  EXPECT_NE(warning->message.find(said), std::string::npos) << warning->message;
  EXPECT_NE(warning->message_nl.find("sectorplug-in " + id), std::string::npos);
  EXPECT_FALSE(rec.plugin_complete);
  EXPECT_FALSE(HasMeasurePrefixed(rec, prefix)) << plugin;
  // The core plan is all there.
  auto core = CoreEngine();
  Recommendation plain = RecommendFor(core, ProfileInSector(sector));
  EXPECT_EQ(rec.measures.size(), plain.measures.size());
}

TEST(PluginRequests, ADeriveThatFailsCostsOnlyItsOwnPart) {
  ExpectOnlyItsPartLost("derive_fails", "org.ailit.testplugin.fails", "failing_sector", "fails.",
                        "derive failed on purpose");
}

TEST(PluginRequests, ADeriveThatThrowsCostsOnlyItsOwnPartAndWhatItSetIsUndone) {
  ExpectOnlyItsPartLost("derive_throws", "org.ailit.testplugin.throws", "throwing_sector",
                        "throws.", "derive threw on purpose");
}

TEST(PluginRequests, AValueOutsideTheDeclarationIsRefusedByTheHost) {
  ExpectOnlyItsPartLost("bad_value", "org.ailit.testplugin.badvalue", "bad_value_sector",
                        "badvalue.", "host refused set_string");
}

// The slow plugin sleeps 200 ms in each derive: over a 50 ms budget the plan comes without its
// part, as after a failure; within a 2 s budget its part is there.
TEST(PluginRequests, ADeriveOverItsTimeBudgetCostsOnlyItsOwnPart) {
  ExpectOnlyItsPartLost("slow_derive", "org.ailit.testplugin.slow", "slow_sector", "slow.",
                        "over its budget of 50 ms", {.call_budget = std::chrono::milliseconds(50)});
  auto patient =
      EngineWithPluginFiles({TestPlugin("slow_derive")}, {.call_budget = std::chrono::seconds(2)});
  Recommendation rec = RecommendFor(patient, ProfileInSector("slow_sector"));
  EXPECT_TRUE(rec.plugin_complete);
  EXPECT_TRUE(HasMeasurePrefixed(rec, "slow."));
  EXPECT_EQ(WarningNaming(rec, "org.ailit.testplugin.slow"), nullptr);
}

TEST(PluginRequests, ASectorRiskThatThrowsCostsOnlyTheAdjustments) {
  auto engine = EngineWithPluginFiles({TestPlugin("risk_throws")});
  Recommendation rec = RecommendFor(engine, ProfileInSector("risk_sector"));
  const Diagnostic* warning = WarningNaming(rec, "org.ailit.testplugin.riskthrows");
  ASSERT_TRUE(warning);
  EXPECT_NE(warning->message.find("sector risk failed on purpose"), std::string::npos);
  EXPECT_EQ(rec.scores.sector_risk, 50);                // the base, without the +7
  EXPECT_TRUE(HasMeasurePrefixed(rec, "riskthrows."));  // its facts and rules still count
}

TEST(PluginRequests, LogsThroughTheHost) {
  std::mutex mutex;
  std::vector<std::string> lines;
  PluginLogger logger = [&](std::string_view id, PluginLogLevel level, std::string_view text) {
    std::lock_guard lock(mutex);
    lines.push_back(std::string(id) + "|" + std::string(Name(level)) + "|" + std::string(text));
  };
  std::vector<PluginLoad> loads;
  loads.push_back(LoadPlugin(TestPlugin("good"), logger));
  EngineBuild built = BuildEngine(CoreKnowledge(), std::move(loads));
  Recommendation rec = RecommendFor(built.engine, ProfileInSector("test_sector"));
  ASSERT_FALSE(lines.empty());
  EXPECT_EQ(lines.back(), "org.ailit.testplugin|debug|derived: generative AI in use");
}

bool IsLoaded(const std::filesystem::path& file) {
  void* handle = dlopen(file.c_str(), RTLD_NOW | RTLD_NOLOAD);
  if (handle == nullptr) return false;
  dlclose(handle);
  return true;
}

TEST(PluginRequests, TheLibraryStaysLoadedExactlyAsLongAsItIsInUse) {
  const std::filesystem::path file = TestPlugin("good");
  ASSERT_FALSE(IsLoaded(file));
  std::optional<Recommendation> rec;
  {
    std::shared_ptr<const Engine> engine = EngineWithPluginFiles({file});
    ASSERT_TRUE(IsLoaded(file));
    rec = RecommendFor(engine, ProfileInSector("test_sector"));
  }
  // The engine variable is gone, the recommendation still holds the engine and so the code.
  ASSERT_TRUE(IsLoaded(file));
  EXPECT_NE(RenderRecommendation(*rec, Format::kMarkdown, Lang::kEn).find("Test measure one"),
            std::string::npos);
  rec.reset();
  EXPECT_FALSE(IsLoaded(file));
}

}  // namespace
}  // namespace ailit::testing

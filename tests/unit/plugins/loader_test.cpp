// Loading plugins: every refusal the host owes a broken plugin, each with a deliberately broken
// plugin built by the test suite (tests/plugins/), and the others still loading.
#include <gtest/gtest.h>

#include <fstream>
#include <set>

#include "ailit/plugins.h"
#include "ailit/render.h"
#include "plugins/test_plugins.h"
#include "support/plugins.h"

namespace ailit::testing {
namespace {

std::string AllProblems(const PluginReport& report) {
  std::string all;
  for (const std::string& p : report.problems) all += p + "\n";
  return all;
}

// Loads `files` in order on top of the core and returns the reports.
EngineBuild Build(const std::vector<std::filesystem::path>& files) {
  std::vector<PluginLoad> loads;
  for (const auto& file : files) loads.push_back(LoadPlugin(file));
  return BuildEngine(CoreKnowledge(), std::move(loads));
}

TEST(PluginLoader, LoadsAGoodPluginWithEverythingItDeclares) {
  PluginLoad load = LoadPlugin(TestPlugin("good"));
  ASSERT_TRUE(load.report.loaded()) << AllProblems(load.report);
  EXPECT_EQ(load.report.info.id, "org.ailit.testplugin");
  EXPECT_EQ(load.report.info.name, "Test plugin");
  EXPECT_EQ(load.report.info.version, "1.0.0");
  EXPECT_EQ(load.report.info.sectors, std::vector<std::string>{"test_sector"});
  EXPECT_EQ(load.report.abi_major, 1u);
  EngineBuild built = BuildEngine(CoreKnowledge(), {std::move(load)});
  ASSERT_TRUE(built.engine);
  ASSERT_TRUE(built.plugins.front().loaded()) << AllProblems(built.plugins.front());
  ASSERT_EQ(built.engine->plugins().size(), 1u);
  EXPECT_EQ(built.engine->plugin_sectors(), std::vector<std::string>{"test_sector"});
  EXPECT_TRUE(built.engine->measures().Find("testplugin.measure-one"));
  EXPECT_TRUE(built.engine->facts().catalogue().Find("org.ailit.testplugin.generative_system"));
}

TEST(PluginLoader, RefusesAWrongAbiMajorBeforeCallingAnything) {
  PluginLoad load = LoadPlugin(TestPlugin("wrong_abi"));
  EXPECT_FALSE(load.report.loaded());
  EXPECT_FALSE(load.plugin);
  EXPECT_EQ(load.report.abi_major, 2u);
  EXPECT_NE(AllProblems(load.report).find("built for plugin ABI 2.0"), std::string::npos)
      << AllProblems(load.report);
}

TEST(PluginLoader, RefusesATooSmallDescriptor) {
  PluginLoad load = LoadPlugin(TestPlugin("small_struct"));
  EXPECT_FALSE(load.report.loaded());
  EXPECT_NE(AllProblems(load.report).find("descriptor is 16 bytes"), std::string::npos)
      << AllProblems(load.report);
}

TEST(PluginLoader, RefusesALibraryThatIsNoPlugin) {
  PluginLoad load = LoadPlugin(TestPlugin("not_a_plugin"));
  EXPECT_FALSE(load.report.loaded());
  EXPECT_NE(AllProblems(load.report).find("does not export ailit_plugin_entry"), std::string::npos)
      << AllProblems(load.report);
}

TEST(PluginLoader, RefusesAFileThatIsNoSharedLibrary) {
  std::filesystem::path dir = std::filesystem::temp_directory_path() / "ailit_loader_test";
  std::filesystem::create_directories(dir);
  std::filesystem::path fake = dir / "notes.so";
  std::ofstream(fake) << "not a library\n";
  PluginLoad load = LoadPlugin(fake);
  EXPECT_FALSE(load.report.loaded());
  EXPECT_NE(AllProblems(load.report).find("cannot be loaded as a shared library"),
            std::string::npos)
      << AllProblems(load.report);
  std::filesystem::remove_all(dir);
}

TEST(PluginLoader, RefusesAPluginWhoseInitFails) {
  PluginLoad load = LoadPlugin(TestPlugin("init_fails"));
  EXPECT_FALSE(load.report.loaded());
  EXPECT_NE(AllProblems(load.report).find("init failed on purpose"), std::string::npos)
      << AllProblems(load.report);
}

TEST(PluginLoader, RefusesADuplicateIdAndKeepsTheFirst) {
  EngineBuild built = Build({TestPlugin("good"), TestPlugin("duplicate_id")});
  ASSERT_TRUE(built.engine);
  EXPECT_TRUE(built.plugins[0].loaded());
  EXPECT_FALSE(built.plugins[1].loaded());
  EXPECT_NE(AllProblems(built.plugins[1])
                .find("plugin id \"org.ailit.testplugin\" is already "
                      "taken"),
            std::string::npos)
      << AllProblems(built.plugins[1]);
  ASSERT_EQ(built.engine->plugins().size(), 1u);
  EXPECT_EQ(built.engine->plugins()[0].sectors, std::vector<std::string>{"test_sector"});
}

TEST(PluginLoader, RefusesASecondPluginForTheSameSector) {
  EngineBuild built = Build({TestPlugin("good"), TestPlugin("sector_taken")});
  EXPECT_TRUE(built.plugins[0].loaded());
  EXPECT_FALSE(built.plugins[1].loaded());
  EXPECT_NE(AllProblems(built.plugins[1]).find("sector \"test_sector\" is already served"),
            std::string::npos)
      << AllProblems(built.plugins[1]);
}

TEST(PluginLoader, RefusesAMalformedPackNamingFileRuleAndPointer) {
  EngineBuild built = Build({TestPlugin("malformed_pack")});
  ASSERT_TRUE(built.engine);
  EXPECT_FALSE(built.plugins[0].loaded());
  EXPECT_NE(AllProblems(built.plugins[0])
                .find("libtest_malformed_pack.so:rules.json: rule \"reads-nothing-known\": "
                      "/rules/0/conditions/all/0/fact"),
            std::string::npos)
      << AllProblems(built.plugins[0]);
  EXPECT_TRUE(built.engine->plugins().empty());
}

// A document that is not JSON (here not even UTF-8) is refused with the file named; the
// plugin is not half-loaded and the host carries on.
TEST(PluginLoader, RefusesADocumentThatIsNotJson) {
  EngineBuild built = Build({TestPlugin("garbage_document"), TestPlugin("good")});
  ASSERT_TRUE(built.engine);
  EXPECT_FALSE(built.plugins[0].loaded());
  EXPECT_NE(AllProblems(built.plugins[0]).find("libtest_garbage_document.so:facts.json"),
            std::string::npos)
      << AllProblems(built.plugins[0]);
  EXPECT_TRUE(built.plugins[1].loaded()) << AllProblems(built.plugins[1]);
  ASSERT_EQ(built.engine->plugins().size(), 1u);
  EXPECT_EQ(built.engine->plugins()[0].id, "org.ailit.testplugin");
}

TEST(PluginLoader, RefusesMeasuresThatCollideWithExistingIds) {
  EngineBuild built = Build({TestPlugin("colliding_measure")});
  EXPECT_FALSE(built.plugins[0].loaded());
  EXPECT_NE(AllProblems(built.plugins[0]).find("duplicate measure id \"identify.ai-inventory\""),
            std::string::npos)
      << AllProblems(built.plugins[0]);
  // The core's measure is still the core's.
  EXPECT_EQ(built.engine->measures().Find("identify.ai-inventory")->origin, "core");
}

TEST(PluginLoader, ScanLoadsEveryGoodPluginInAFolderOfBrokenOnes) {
  PluginScan scan = ScanPluginFolder(AILIT_TEST_PLUGIN_DIR);
  ASSERT_FALSE(scan.error);
  ASSERT_GE(scan.plugins.size(), 13u);
  EngineBuild built = BuildEngine(CoreKnowledge(), std::move(scan.plugins));
  ASSERT_TRUE(built.engine);
  std::set<std::string> loaded;
  for (const PluginReport& r : built.plugins) {
    if (r.loaded()) loaded.insert(std::filesystem::path(r.file).filename().string());
  }
  // The folder is scanned in name order: the colliding and failing ones come before "good",
  // and "duplicate_id" takes org.ailit.testplugin first, so "good" is refused as a duplicate.
  EXPECT_TRUE(loaded.count("libtest_derive_fails.so"));
  EXPECT_TRUE(loaded.count("libtest_derive_throws.so"));
  EXPECT_TRUE(loaded.count("libtest_risk_throws.so"));
  EXPECT_TRUE(loaded.count("libtest_bad_value.so"));
  EXPECT_TRUE(loaded.count("libtest_duplicate_id.so"));
  for (const char* refused :
       {"libtest_wrong_abi.so", "libtest_small_struct.so", "libtest_not_a_plugin.so",
        "libtest_malformed_pack.so", "libtest_colliding_measure.so", "libtest_init_fails.so",
        "libtest_garbage_document.so", "libtest_good.so"}) {
    EXPECT_FALSE(loaded.count(refused)) << refused;
  }
  EXPECT_EQ(built.engine->plugins().size(), loaded.size());
}

TEST(PluginLoader, AMissingFolderIsAnError) {
  PluginScan scan = ScanPluginFolder("/nonexistent/ailit/plugins");
  ASSERT_TRUE(scan.error);
  EXPECT_NE(scan.error->find("/nonexistent/ailit/plugins"), std::string::npos);
}

TEST(PluginLoader, FindsTheBundledFolderBesideTheExecutable) {
  // The test binary is <build>/tests/ailit_unit_tests, so <build>/plugins is found.
  std::optional<std::filesystem::path> folder = DefaultPluginFolder();
  ASSERT_TRUE(folder);
  EXPECT_TRUE(std::filesystem::equivalent(*folder, PluginBuildDir()));
}

TEST(PluginLoader, ReportsAsJson) {
  EngineBuild built = Build({TestPlugin("good"), TestPlugin("wrong_abi")});
  std::string json = PluginReportsToJson(built.plugins, {.pretty = false});
  EXPECT_NE(json.find(R"("id":"org.ailit.testplugin","name":"Test plugin","version":"1.0.0",)"
                      R"("sectors":["test_sector"],"abi":"1.0","status":"loaded","problems":[])"),
            std::string::npos)
      << json;
  EXPECT_NE(json.find(R"("status":"refused","problems":["built for plugin ABI 2.0)"),
            std::string::npos)
      << json;
}

}  // namespace
}  // namespace ailit::testing

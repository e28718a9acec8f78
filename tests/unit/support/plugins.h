// The bundled sector plugins as the build writes them, and engines made from them, for the
// plugins' own tests (plugins/<sector>/tests/) and the loader's.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "ailit/engine.h"
#include "ailit/plugins.h"
#include "ailit/recommendation.h"
#include "support/files.h"
#include "support/knowledge.h"

namespace ailit::testing {

// The folder the build writes plugins to (the bundled four and the test suite's broken ones).
inline std::filesystem::path PluginBuildDir() {
  return AILIT_PLUGIN_BUILD_DIR;
}

// The bundled plugin of `sector`, e.g. "hospital" -> <build>/plugins/libailit_hospital.so.
inline std::filesystem::path BundledPlugin(const std::string& sector) {
  return PluginBuildDir() / ("libailit_" + sector + ".so");
}

// The core knowledge plus the plugin files given; every refusal fails the test.
inline std::shared_ptr<const Engine> EngineWithPluginFiles(
    const std::vector<std::filesystem::path>& files, const PluginLimits& limits = {}) {
  std::vector<PluginLoad> loads;
  for (const auto& file : files) loads.push_back(LoadPlugin(file));
  EngineBuild built = BuildEngine(CoreKnowledge(), std::move(loads), limits);
  for (const Diagnostic& d : built.diagnostics.errors) ADD_FAILURE() << d.message;
  for (const PluginReport& r : built.plugins) {
    for (const std::string& problem : r.problems) ADD_FAILURE() << r.file << ": " << problem;
  }
  return built.engine;
}

// The core knowledge plus the bundled plugins of `sectors`.
inline std::shared_ptr<const Engine> EngineWithPlugins(const std::vector<std::string>& sectors) {
  std::vector<std::filesystem::path> files;
  for (const std::string& sector : sectors) files.push_back(BundledPlugin(sector));
  return EngineWithPluginFiles(files);
}

// The core knowledge alone.
inline std::shared_ptr<const Engine> CoreEngine() {
  return EngineWithPluginFiles({});
}

// The plan for a file under profiles/, e.g. "hospital.json".
inline Recommendation RecommendExample(const std::shared_ptr<const Engine>& engine,
                                       const std::string& profile, RecommendOptions options = {}) {
  return RecommendFor(engine, ReadFile(SourcePath("profiles/" + profile)), options);
}

}  // namespace ailit::testing

// The engine the service answers with, and how a new one replaces it. Requests take a snapshot
// (a shared_ptr) at their start and finish on it, so a reload never pulls knowledge or plugin
// code out from under a request in flight.
#pragma once

#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "ailit/engine.h"
#include "ailit/plugins.h"

namespace ailit::server {

struct EngineSnapshot {
  std::shared_ptr<const Engine> engine;
  std::vector<PluginReport> plugins;  // what the plugin folder held when it was built
};

struct ReloadResult {
  bool ok = false;
  std::vector<std::string> problems;  // why there is no new engine
};

class EngineHolder {
 public:
  // `plugin_folder`: std::nullopt for no plugins.
  EngineHolder(std::optional<std::filesystem::path> plugin_folder, PluginLogger logger,
               PluginLimits limits = {});

  // Builds an engine from the core knowledge and the plugin folder as it is now and, when that
  // works, makes it the current one. On failure the current engine stays.
  ReloadResult Reload();

  [[nodiscard]] std::shared_ptr<const EngineSnapshot> Current() const;

 private:
  std::optional<std::filesystem::path> plugin_folder_;
  PluginLogger logger_;
  PluginLimits limits_;
  std::mutex reload_mutex_;  // one reload at a time
  mutable std::mutex current_mutex_;
  std::shared_ptr<const EngineSnapshot> current_;
};

}  // namespace ailit::server

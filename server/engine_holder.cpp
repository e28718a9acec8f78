#include "engine_holder.h"

namespace ailit::server {

EngineHolder::EngineHolder(std::optional<std::filesystem::path> plugin_folder, PluginLogger logger,
                           PluginLimits limits)
    : plugin_folder_(std::move(plugin_folder)), logger_(std::move(logger)), limits_(limits) {}

ReloadResult EngineHolder::Reload() {
  std::lock_guard reload_lock(reload_mutex_);
  ReloadResult result;
  std::vector<PluginLoad> loads;
  if (plugin_folder_) {
    PluginScan scan = ScanPluginFolder(*plugin_folder_, logger_);
    if (scan.error) {
      result.problems.push_back(*scan.error);
      return result;
    }
    loads = std::move(scan.plugins);
  }
  EngineBuild built = BuildEngine(CoreKnowledge(), std::move(loads), limits_);
  if (!built.engine) {
    for (const Diagnostic& d : built.diagnostics.errors) result.problems.push_back(d.message);
    return result;
  }
  auto snapshot = std::make_shared<EngineSnapshot>();
  snapshot->engine = std::move(built.engine);
  snapshot->plugins = std::move(built.plugins);
  {
    std::lock_guard lock(current_mutex_);
    current_ = std::move(snapshot);
  }
  result.ok = true;
  return result;
}

std::shared_ptr<const EngineSnapshot> EngineHolder::Current() const {
  std::lock_guard lock(current_mutex_);
  return current_;
}

}  // namespace ailit::server

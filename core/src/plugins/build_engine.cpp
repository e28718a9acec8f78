// Adds plugins to the core knowledge one at a time, so a plugin that does not fit is refused
// alone: each candidate is compiled together with the core and every plugin accepted before it,
// and every error of that build is the candidate's (the others built cleanly without it).
#include <filesystem>

#include "ailit/plugins.h"
#include "plugins/plugin.h"

namespace ailit {
namespace {

// The warnings of `d` that concern the plugin (its documents are labelled with its file name).
void TakePluginWarnings(const Diagnostics& d, const Plugin& plugin, PluginReport& report) {
  std::string prefix = std::filesystem::path(plugin.info.file).filename().string() + ":";
  for (const Diagnostic& w : d.warnings) {
    if (w.message.starts_with(prefix)) report.warnings.push_back(w.message);
  }
}

}  // namespace

EngineBuild BuildEngine(const std::vector<KnowledgeSource>& core, std::vector<PluginLoad> plugins,
                        const PluginLimits& limits) {
  EngineBuild out;
  EngineResult base = Engine::Create(core);
  out.diagnostics = std::move(base.diagnostics);
  out.engine = std::move(base.engine);
  std::vector<std::shared_ptr<const Plugin>> accepted;
  for (PluginLoad& load : plugins) {
    PluginReport report = std::move(load.report);
    if (!out.engine) {
      report.refused = true;
      report.problems.push_back("the core knowledge base failed to build, so no plugin can load");
    } else if (load.plugin) {
      accepted.push_back(load.plugin);
      EngineResult trial = Engine::Create(core, SectorRiskTable::CoreDefaults(), accepted, limits);
      if (trial.ok()) {
        out.engine = std::move(trial.engine);
        report.refused = false;
      } else {
        accepted.pop_back();
        report.refused = true;
        for (const Diagnostic& e : trial.diagnostics.errors) report.problems.push_back(e.message);
      }
      TakePluginWarnings(trial.diagnostics, *load.plugin, report);
    }
    out.plugins.push_back(std::move(report));
  }
  return out;
}

}  // namespace ailit

#include "engine_loader.h"

#include <ostream>

#include "ailit/plugins.h"
#include "commands.h"
#include "profile_input.h"

namespace ailit::cli {

std::shared_ptr<const Engine> LoadEngine(const Args& args, std::ostream& err, int& exit_code) {
  std::vector<PluginLoad> plugins;
  std::optional<std::filesystem::path> folder;
  if (std::optional<std::string> given = args.Option(kPluginsOption)) {
    folder = *given;
  } else {
    folder = DefaultPluginFolder();
  }
  if (folder) {
    PluginScan scan = ScanPluginFolder(*folder);
    if (scan.error) {
      err << "ailit: " << *scan.error << "\n";
      exit_code = kExitInvalidInput;
      return nullptr;
    }
    plugins = std::move(scan.plugins);
  }
  EngineBuild built = BuildEngine(CoreKnowledge(), std::move(plugins));
  for (const Diagnostic& d : built.diagnostics.errors)
    err << "ailit: knowledge base: " << d.message << "\n";
  for (const Diagnostic& d : built.diagnostics.warnings) {
    err << "ailit: knowledge base: warning: " << d.message << "\n";
  }
  for (const PluginReport& report : built.plugins) {
    for (const std::string& problem : report.problems) {
      err << "ailit: plugin " << report.file << " refused: " << problem << "\n";
    }
    for (const std::string& warning : report.warnings) {
      err << "ailit: plugin " << report.file << ": warning: " << warning << "\n";
    }
  }
  if (!built.engine) exit_code = kExitFailure;
  return built.engine;
}

std::optional<ProfileAndEngine> LoadProfileAndEngine(const std::string& path, const Args& args,
                                                     std::ostream& err, int& exit_code) {
  exit_code = kExitInvalidInput;
  std::optional<ProfileResult> profile = LoadProfile(path, err);
  if (!profile) return std::nullopt;
  PrintDiagnostics(path, profile->diagnostics, err);
  if (!profile->ok()) return std::nullopt;
  exit_code = kExitOk;
  std::shared_ptr<const Engine> engine = LoadEngine(args, err, exit_code);
  if (!engine) return std::nullopt;
  return ProfileAndEngine{std::move(*profile), std::move(engine)};
}

}  // namespace ailit::cli

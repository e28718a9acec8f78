// ailit/plugins.h — loading sector plugins and building an engine with them (DESIGN.md §6).
//
// LoadPlugin opens one shared library with Boost.DLL, checks its descriptor (ABI major,
// struct_size, id, sectors) before calling anything, calls its init, and reads and checks its
// documents (facts and sector risk here; rules and measures when the engine is built, against
// the core). BuildEngine then adds the plugins one by one to the core knowledge and refuses each
// whose knowledge does not fit — a duplicate id, a sector already served, a malformed pack,
// measure ids that collide — while keeping all the others.
//
//   ailit::PluginScan scan = ailit::ScanPluginFolder(ailit::DefaultPluginFolder());
//   ailit::EngineBuild built = ailit::BuildEngine(ailit::CoreKnowledge(), std::move(scan.plugins));
//   for (const ailit::PluginReport& r : built.plugins) if (!r.loaded()) warn(r.file, r.problems);
//
// Lifetime: the engine holds every plugin it uses; a plugin's library stays loaded while any
// engine or recommendation that came from it is alive, and is unloaded after the last one goes.
// Thread safety: loading and building are not meant to run concurrently with each other on the
// same files; the resulting engine is immutable and shared like any other.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ailit/engine.h"

namespace ailit {

enum class PluginLogLevel : std::uint8_t { kDebug, kInfo, kWarning, kError };
std::string_view Name(PluginLogLevel level);  // "debug", "info", "warning", "error"

// Receives what plugins log through the host callback. Called from any thread.
using PluginLogger =
    std::function<void(std::string_view plugin_id, PluginLogLevel level, std::string_view text)>;

// Writes warnings and errors to standard error as "ailit: plugin <id>: <level>: <text>".
[[nodiscard]] PluginLogger StderrPluginLogger(PluginLogLevel least = PluginLogLevel::kWarning);

// What the host knows about one plugin file, loaded or not.
struct PluginReport {
  std::string file;
  PluginInfo info;  // as far as it could be read (empty fields when the file is no plugin)
  std::uint32_t abi_major = 0;
  std::uint32_t abi_minor = 0;
  bool refused = true;
  std::vector<std::string> problems;  // every reason it was refused, one sentence each
  std::vector<std::string> warnings;  // what is odd but does not stop it (unknown members...)
  [[nodiscard]] bool loaded() const { return !refused; }
};

struct PluginLoad {
  std::shared_ptr<const Plugin> plugin;  // set when the file passed every check so far
  PluginReport report;
};

// Loads one plugin file. Never throws for a bad file: every problem lands in report.problems.
[[nodiscard]] PluginLoad LoadPlugin(const std::filesystem::path& file,
                                    const PluginLogger& logger = StderrPluginLogger());

struct PluginScan {
  std::vector<PluginLoad> plugins;   // one per *.so file in the folder, sorted by file name
  std::optional<std::string> error;  // the folder could not be read
};

// Loads every shared library (*.so) directly in `folder`. A missing folder is an error.
[[nodiscard]] PluginScan ScanPluginFolder(const std::filesystem::path& folder,
                                          const PluginLogger& logger = StderrPluginLogger());

// The bundled plugin folder for the running executable: <exe>/../lib/ailit/plugins when
// installed, else <exe>/../plugins (the build tree); std::nullopt when neither exists.
[[nodiscard]] std::optional<std::filesystem::path> DefaultPluginFolder();

struct EngineBuild {
  std::shared_ptr<const Engine> engine;  // null only when the core knowledge itself fails
  Diagnostics diagnostics;               // the core knowledge's problems
  std::vector<PluginReport> plugins;     // one per plugin offered, in order, loaded or refused
};

// The core knowledge plus every plugin that fits, added in order; a plugin that does not fit is
// refused (its report says why) and the build goes on without it.
[[nodiscard]] EngineBuild BuildEngine(const std::vector<KnowledgeSource>& core,
                                      std::vector<PluginLoad> plugins,
                                      const PluginLimits& limits = {});

}  // namespace ailit

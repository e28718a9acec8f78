// Builds the engine every recommending command uses, once per process: the core knowledge plus
// the sector plugins of --plugins DIR, or of the bundled plugin folder when it is not given.
#pragma once

#include <iosfwd>
#include <memory>
#include <optional>
#include <string>

#include "ailit/engine.h"
#include "ailit/profile.h"
#include "args.h"

namespace ailit::cli {

// The option every command accepts.
inline constexpr const char* kPluginsOption = "--plugins";
inline constexpr const char* kPluginsHelp =
    "  --plugins DIR  sector plugins to load (default: the bundled plugin folder)\n";

// The engine with every plugin that loads. Each refused plugin is reported on `err` and left
// out. Returns nullptr with `exit_code` set when there is no engine: 2 when --plugins names a
// folder that cannot be read, 1 when the core knowledge base fails (a defect of this build).
std::shared_ptr<const Engine> LoadEngine(const Args& args, std::ostream& err, int& exit_code);

// A valid profile from the PROFILE argument (its warnings already printed) and the engine to
// use on it.
struct ProfileAndEngine {
  ProfileResult profile;  // ok()
  std::shared_ptr<const Engine> engine;
};

// Reads and validates the profile at `path`, then builds the engine; every problem goes to
// `err`. std::nullopt with `exit_code` set (2 for a bad profile) when either fails.
std::optional<ProfileAndEngine> LoadProfileAndEngine(const std::string& path, const Args& args,
                                                     std::ostream& err, int& exit_code);

}  // namespace ailit::cli

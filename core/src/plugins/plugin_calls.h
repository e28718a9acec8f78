// Per-request calls into the plugin serving a profile's sector: its sector-risk adjustments
// (before scoring) and its derived facts (after). A plugin that fails costs only its own part:
// the caller gets a warning naming it and goes on without.
#pragma once

#include <cstdint>
#include <optional>

#include "ailit/diagnostic.h"
#include "ailit/facts.h"
#include "ailit/profile.h"
#include "plugins/plugin_binding.h"

namespace ailit::internal {

// The adjustment bits the plugin applies to this profile; std::nullopt with a warning when it
// fails. The table must hold the profile's facts (ProfileFacts::FillProfile), not its scores.
[[nodiscard]] std::optional<std::uint64_t> PluginSectorRisk(const PluginBinding& plugin,
                                                            const Profile& profile,
                                                            const FactTable& table,
                                                            Diagnostics& diagnostics);

// Sets the plugin's derived facts in `table`. False, with a warning and every derived fact of
// the plugin back to undefined, when the plugin fails.
[[nodiscard]] bool DerivePluginFacts(const PluginBinding& plugin, const Profile& profile,
                                     FactTable& table, Diagnostics& diagnostics);

}  // namespace ailit::internal

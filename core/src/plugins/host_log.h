// The host callbacks a plugin gets at init. One ailit_host per library file, kept for the life of
// the process: a library loaded twice (a reload while the old engine still serves requests) is
// one library with one static copy of whatever the plugin kept from init, so the struct it
// points to must outlive every load of that file, in whatever order the loads end.
#pragma once

#include <filesystem>
#include <string>

#include "ailit/plugin.h"
#include "ailit/plugins.h"

namespace ailit::internal {

// The host callbacks for `file`; the latest load's id and logger receive its log lines.
[[nodiscard]] const ailit_host* HostFor(const std::filesystem::path& file, std::string plugin_id,
                                        PluginLogger logger);

}  // namespace ailit::internal

// Cross-references inside a profile: unique ids and `used_by` links between systems and groups.
#pragma once

#include <string>
#include <vector>

#include "ailit/diagnostic.h"
#include "ailit/profile.h"

namespace ailit::profile {

// Refuses repeated system or group ids and `used_by` entries naming no staff group; links
// AiSystem::used_by and StaffGroup::systems by index. `used_by[i]` are system i's raw ids.
void LinkReferences(Profile& profile, const std::vector<std::vector<std::string>>& used_by,
                    Diagnostics& diagnostics);

}  // namespace ailit::profile

#include "profile/references.h"

#include <string_view>
#include <unordered_map>

namespace ailit::profile {
namespace {

using IdIndex = std::unordered_map<std::string_view, std::uint32_t>;

// Indexes ids, reporting each repeat with the place of its first use. Empty ids were already
// reported as missing and are skipped.
template <typename Item>
IdIndex IndexIds(const std::vector<Item>& items, std::string_view list, std::string_view noun,
                 Diagnostics& diagnostics) {
  IdIndex index;
  index.reserve(items.size());
  for (std::uint32_t i = 0; i < items.size(); ++i) {
    const std::string& id = items[i].id;
    if (id.empty()) continue;
    auto [it, inserted] = index.emplace(id, i);
    if (!inserted) {
      diagnostics.Error("/" + std::string(list) + "/" + std::to_string(i) + "/id",
                        std::string(noun) + " id \"" + id + "\" is already used by /" +
                            std::string(list) + "/" + std::to_string(it->second) +
                            "; every id must be unique");
    }
  }
  return index;
}

std::string KnownGroups(const Profile& profile) {
  std::string out;
  std::size_t shown = 0;
  for (const StaffGroup& group : profile.staff_groups) {
    if (group.id.empty()) continue;
    if (shown == 10) {
      out += ", ...";
      break;
    }
    if (shown++ > 0) out += ", ";
    out += group.id;
  }
  return out;
}

}  // namespace

void LinkReferences(Profile& profile, const std::vector<std::vector<std::string>>& used_by,
                    Diagnostics& diagnostics) {
  IndexIds(profile.ai_systems, "ai_systems", "AI system", diagnostics);
  IdIndex groups = IndexIds(profile.staff_groups, "staff_groups", "staff group", diagnostics);
  for (std::uint32_t s = 0; s < profile.ai_systems.size() && s < used_by.size(); ++s) {
    AiSystem& system = profile.ai_systems[s];
    for (std::size_t u = 0; u < used_by[s].size(); ++u) {
      const std::string& id = used_by[s][u];
      auto it = groups.find(id);
      if (it == groups.end()) {
        if (profile.staff_groups.empty()) continue;  // the missing list is reported already
        diagnostics.Error("/ai_systems/" + std::to_string(s) + "/used_by/" + std::to_string(u),
                          "staff group \"" + id +
                              "\" does not exist; the staff groups are: " + KnownGroups(profile));
        continue;
      }
      system.used_by.push_back(it->second);
      profile.staff_groups[it->second].systems.push_back(s);
    }
  }
}

}  // namespace ailit::profile

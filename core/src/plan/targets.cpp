// Target tokens name who a measure is for without knowing the profile: resolved per request.
#include <string>

#include "ailit/enums.h"
#include "plan/plan_program.h"

namespace ailit::internal {

std::optional<std::string> AddTarget(std::string_view token, ForEach for_each, TargetSet& set) {
  if (token == "group") {
    if (for_each != ForEach::kStaffGroup) {
      return "target \"group\" needs a rule with \"for_each\": \"staff_group\"";
    }
    set.group = true;
  } else if (token == "system_users") {
    if (for_each != ForEach::kSystem) {
      return "target \"system_users\" needs a rule with \"for_each\": \"system\"";
    }
    set.system_users = true;
  } else if (token == "all_staff") {
    set.all_staff = true;
  } else if (token == "customers") {
    set.customers = true;
  } else if (token == "service_providers") {
    set.service_providers = true;
  } else if (token.starts_with("role:")) {
    std::optional<StaffRole> role = ParseEnum<StaffRole>(token.substr(5));
    if (!role) {
      return "unknown role in target \"" + std::string(token) +
             "\" (roles: " + AllowedList<StaffRole>() + ")";
    }
    set.roles |= 1u << static_cast<unsigned>(*role);
  } else {
    return "unknown target \"" + std::string(token) +
           "\" (allowed: group, system_users, all_staff, role:<role>, customers, "
           "service_providers)";
  }
  return std::nullopt;
}

}  // namespace ailit::internal

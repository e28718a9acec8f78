// ParseProfile: bounded JSON reading, then validation and normalisation.
#include "ailit/profile.h"
#include "json/bounded_reader.h"
#include "profile/validate.h"

namespace ailit {

ProfileResult ParseProfile(std::string_view json, const ProfileLimits& limits) {
  ProfileResult result;
  json::Limits json_limits;
  json_limits.max_bytes = limits.max_bytes;
  json_limits.max_depth = limits.max_depth;
  json_limits.max_array_items = std::max(limits.max_systems, limits.max_groups);
  rapidjson::Document doc;
  if (auto error = json::ParseBounded(json, json_limits, doc)) {
    result.diagnostics.errors.push_back(std::move(*error));
    return result;
  }
  result.profile = profile::ValidateProfile(doc, limits, result.diagnostics);
  return result;
}

}  // namespace ailit

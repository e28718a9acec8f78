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
  json_limits.max_array_items = limits.max_list_items;
  json_limits.max_object_members = limits.max_object_members;
  json_limits.max_string_bytes = limits.max_string_bytes;
  rapidjson::Document doc;
  // Duplicate keys and bad escapes still leave a document to validate, so they are reported
  // together with every contract violation rather than alone.
  if (auto error = json::ParseBounded(json, json_limits, doc, &result.diagnostics.errors)) {
    result.diagnostics.errors.push_back(std::move(*error));
    result.malformed = true;
    return result;
  }
  std::optional<Profile> profile = profile::ValidateProfile(doc, limits, result.diagnostics);
  if (result.diagnostics.ok()) result.profile = std::move(profile);
  return result;
}

}  // namespace ailit

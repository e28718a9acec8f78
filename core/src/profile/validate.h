// Validation and normalisation of a parsed profile document against the v1 contract.
#pragma once

#include <optional>

#include <rapidjson/document.h>

#include "ailit/diagnostic.h"
#include "ailit/profile.h"

namespace ailit::profile {

// Checks every field, collecting all errors and warnings in `diagnostics`; returns the
// normalised Profile when there are no errors.
std::optional<Profile> ValidateProfile(const rapidjson::Value& root, const ProfileLimits& limits,
                                       Diagnostics& diagnostics);

}  // namespace ailit::profile

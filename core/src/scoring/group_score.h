// Required and current literacy level of one staff group.
#pragma once

#include "ailit/profile.h"
#include "ailit/scores.h"

namespace ailit::scoring {

GroupScore ScoreGroup(const Profile& profile, std::int32_t index);

}  // namespace ailit::scoring

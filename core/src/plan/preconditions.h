#pragma once

#include <vector>

#include "ailit/profile.h"
#include "ailit/recommendation.h"

namespace ailit::internal {

// The four preconditions in PreconditionId order, each with the measure that addresses it.
[[nodiscard]] std::vector<Precondition> AssessPreconditions(const Governance& governance);

}  // namespace ailit::internal

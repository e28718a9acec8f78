#pragma once

#include <string>

namespace ailit::internal {

// A random RFC 9562 version-4 UUID: names one recommendation in logs and in the answer.
[[nodiscard]] std::string NewDecisionId();

}  // namespace ailit::internal

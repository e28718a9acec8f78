// How urgent a measure is for this organisation: its base priority from the knowledge base,
// moved by the risk of the system or the gap of the group it was activated for (docs/plan.md).
#pragma once

#include <algorithm>
#include <cstdint>

namespace ailit::internal {

// A context of 50 (middling risk) leaves the base as it is; 0 lowers it by 20, 100 raises it by
// 20. Only a base of 100 (stop a prohibited practice) can reach 100, so nothing outranks it.
constexpr std::int32_t kContextWeightPercent = 40;
constexpr std::int32_t kUrgentPriority = 80;  // from here a measure is planned in year 1
constexpr std::int32_t kGapContextPerLevel = 25;

constexpr std::int32_t AdjustedPriority(std::int32_t base, std::int32_t context) {
  std::int32_t shift = ((context - 50) * kContextWeightPercent + (context >= 50 ? 50 : -50)) / 100;
  std::int32_t cap = base >= 100 ? 100 : 99;
  return std::clamp(base + shift, 0, cap);
}

constexpr std::int32_t GapContext(std::int32_t gap) {
  return std::min(100, gap * kGapContextPerLevel);
}

constexpr std::int32_t PlannedYear(std::int32_t year, std::int32_t priority) {
  return priority >= kUrgentPriority ? 1 : year;
}

}  // namespace ailit::internal

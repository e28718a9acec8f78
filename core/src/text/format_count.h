// Numbers as people read them in messages: 10000000 -> "10,000,000" (or "10.000.000" in Dutch).
#pragma once

#include <cstdint>
#include <string>

namespace ailit::text {

std::string FormatCount(std::uint64_t n, char separator = ',');

}  // namespace ailit::text

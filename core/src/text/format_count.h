// Numbers as people read them in messages: 10000000 -> "10,000,000".
#pragma once

#include <cstdint>
#include <string>

namespace ailit::text {

std::string FormatCount(std::uint64_t n);

}  // namespace ailit::text

// Whether a string can go between JSON quotes as it is. Most of what ailit writes (enum names,
// ids, the catalogue's texts) can, so writers copy such strings in one piece and leave
// character-by-character escaping to the few that need it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace ailit::json {

// No control character, quote or backslash: exactly the bytes RapidJSON's writer escapes (it
// leaves '/' and non-ASCII UTF-8 alone), so the output is the same either way. A plan holds
// about 150 KB of text, so this looks at eight bytes per step: a byte-at-a-time loop cost as
// much as RapidJSON's own escaping.
inline bool IsPlainString(std::string_view text) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
  // The high bit of a byte of the result is set where x's byte is below n (n <= 128); any set
  // bit means at least one such byte (bit twiddling: "determine if a word has a byte less than n").
  auto below = [](std::uint64_t x, std::uint64_t n) { return (x - kOnes * n) & ~x; };
  const char* p = text.data();
  std::size_t size = text.size();
  std::size_t i = 0;
  for (; i + 8 <= size; i += 8) {
    std::uint64_t w;
    std::memcpy(&w, p + i, 8);
    std::uint64_t bad = below(w, 0x20) | below(w ^ (kOnes * '"'), 1) | below(w ^ (kOnes * '\\'), 1);
    if ((bad & kHigh) != 0) return false;
  }
  for (; i < size; ++i) {
    auto u = static_cast<unsigned char>(p[i]);
    if (u < 0x20 || p[i] == '"' || p[i] == '\\') return false;
  }
  return true;
}

}  // namespace ailit::json

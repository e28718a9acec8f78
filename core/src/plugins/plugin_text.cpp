#include "plugins/plugin_text.h"

#include <cstring>

namespace ailit::internal {
namespace {

// Length of the valid UTF-8 sequence starting at text[i], or 0 when it is not one.
std::size_t SequenceLength(std::string_view text, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char b = byte(i);
  std::size_t n = b < 0x80           ? 1
                  : (b >> 5) == 0x6  ? 2
                  : (b >> 4) == 0xE  ? 3
                  : (b >> 3) == 0x1E ? 4
                                     : 0;
  if (n == 0 || i + n > text.size()) return 0;
  for (std::size_t k = 1; k < n; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
  }
  if (n == 2 && b < 0xC2) return 0;                                          // overlong
  if (n == 3 && b == 0xE0 && byte(i + 1) < 0xA0) return 0;                   // overlong
  if (n == 3 && b == 0xED && byte(i + 1) >= 0xA0) return 0;                  // surrogate
  if (n == 4 && b == 0xF0 && byte(i + 1) < 0x90) return 0;                   // overlong
  if (n == 4 && (b > 0xF4 || (b == 0xF4 && byte(i + 1) >= 0x90))) return 0;  // > U+10FFFF
  return n;
}

}  // namespace

std::string CleanPluginText(std::string_view text, std::size_t max_bytes) {
  std::string out;
  out.reserve(text.size() < max_bytes ? text.size() : max_bytes);
  for (std::size_t i = 0; i < text.size();) {
    std::size_t n = SequenceLength(text, i);
    std::string_view piece = n == 0 ? std::string_view("\xEF\xBF\xBD") : text.substr(i, n);
    if (n == 1 && (static_cast<unsigned char>(text[i]) < 0x20 || text[i] == 0x7F) &&
        text[i] != '\t') {
      piece = " ";
    }
    if (out.size() + piece.size() > max_bytes) break;
    out += piece;
    i += n == 0 ? 1 : n;
  }
  return out;
}

std::optional<std::string_view> DescriptorString(const char* text, std::size_t max_bytes) {
  if (text == nullptr) return std::nullopt;
  std::size_t length = strnlen(text, max_bytes + 1);
  if (length > max_bytes) return std::nullopt;
  return std::string_view(text, length);
}

}  // namespace ailit::internal

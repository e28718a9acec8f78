// Text that comes from a plugin (names, messages, log lines) made safe to print and to put in
// JSON: bounded in length, invalid UTF-8 and control characters replaced.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace ailit::internal {

// `text` with every invalid UTF-8 sequence replaced by U+FFFD and every control character but
// tab by a space, cut at `max_bytes` on a character boundary.
[[nodiscard]] std::string CleanPluginText(std::string_view text, std::size_t max_bytes = 1024);

// A NUL-terminated string from a descriptor, read at most `max_bytes` far; std::nullopt for a
// null pointer or a string without a NUL within the limit.
[[nodiscard]] std::optional<std::string_view> DescriptorString(const char* text,
                                                               std::size_t max_bytes = 256);

}  // namespace ailit::internal

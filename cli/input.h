// Reads a whole input (a file, or standard input for "-") without ever holding more than the
// limit: a file's size is checked before it is read, standard input is cut off one byte past it.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

namespace ailit::cli {

// On failure returns std::nullopt and sets `error` (file missing, unreadable or too large).
std::optional<std::string> ReadInput(const std::string& path, std::size_t max_bytes,
                                     std::string& error);

}  // namespace ailit::cli

// Reads a whole input (a file, or standard input for "-") without ever holding more than the
// limit: a file's size is checked before it is read, standard input is cut off one byte past it.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string>

namespace ailit::cli {

// On failure returns std::nullopt and sets `error` (file missing, unreadable or too large).
std::optional<std::string> ReadInput(const std::string& path, std::size_t max_bytes,
                                     std::string& error);

enum class LineStatus { kLine, kTooLong, kEnd, kError };

// Reads one line (without its "\n"; a trailing "\r" is kept for the JSON reader to refuse or
// skip as whitespace) into `line`, holding at most `max_bytes` of it: the rest of a longer line is
// read and dropped, and kTooLong returned. kEnd when the stream has no more lines; kError (and
// the stream's badbit) when reading failed. Never throws.
LineStatus ReadLine(std::istream& in, std::string& line, std::size_t max_bytes);

}  // namespace ailit::cli

#include "input.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <system_error>

#include "text/format_count.h"

namespace ailit::cli {
namespace {

std::string TooLarge(std::size_t max_bytes) {
  return "the input is larger than the " + text::FormatCount(max_bytes) + " bytes accepted";
}

// Reads a stream whose size is not known in advance, stopping one chunk past the limit.
std::optional<std::string> ReadBounded(std::istream& in, std::size_t max_bytes,
                                       const std::string& name, std::string& error) {
  std::string data;
  char buffer[65536];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    data.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (data.size() > max_bytes) {
      error = name + TooLarge(max_bytes);
      return std::nullopt;
    }
  }
  if (in.bad()) {
    error = name + "reading failed";
    return std::nullopt;
  }
  return data;
}

}  // namespace

std::optional<std::string> ReadInput(const std::string& path, std::size_t max_bytes,
                                     std::string& error) {
  if (path == "-") return ReadBounded(std::cin, max_bytes, "", error);
  std::error_code ec;
  auto status = std::filesystem::status(path, ec);
  if (!std::filesystem::exists(status)) {
    error = path + ": no such file";
    return std::nullopt;
  }
  if (std::filesystem::is_directory(status)) {
    error = path + ": is a directory, not a file";
    return std::nullopt;
  }
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    error = path + ": " + std::strerror(errno);
    return std::nullopt;
  }
  // A pipe or device (for example <(...) in a shell) has no size to check first.
  if (!std::filesystem::is_regular_file(status)) {
    return ReadBounded(file, max_bytes, path + ": ", error);
  }
  auto size = std::filesystem::file_size(path, ec);
  if (ec) {
    error = path + ": " + ec.message();
    return std::nullopt;
  }
  if (size > max_bytes) {
    error = path + ": " + TooLarge(max_bytes);
    return std::nullopt;
  }
  std::string data(static_cast<std::size_t>(size), '\0');
  file.read(data.data(), static_cast<std::streamsize>(size));
  data.resize(static_cast<std::size_t>(file.gcount()));
  return data;
}

LineStatus ReadLineFrom(std::istream& in, std::string& line, std::size_t max_bytes);

LineStatus ReadLine(std::istream& in, std::string& line, std::size_t max_bytes) {
  // The stream buffer is read directly for speed, so its failures arrive as exceptions (a file
  // buffer throws when read() fails) rather than as the stream's badbit: turn them back.
  try {
    return ReadLineFrom(in, line, max_bytes);
  } catch (const std::exception&) {
    in.setstate(std::ios::badbit);
    return LineStatus::kError;
  }
}

LineStatus ReadLineFrom(std::istream& in, std::string& line, std::size_t max_bytes) {
  line.clear();
  std::streambuf* buffer = in.rdbuf();
  bool any = false;
  bool too_long = false;
  for (int c = buffer->sbumpc(); c != std::char_traits<char>::eof(); c = buffer->sbumpc()) {
    any = true;
    if (c == '\n') return too_long ? LineStatus::kTooLong : LineStatus::kLine;
    if (line.size() < max_bytes) {
      line.push_back(static_cast<char>(c));
    } else {
      too_long = true;
    }
  }
  in.setstate(std::ios::eofbit);
  if (!any) return LineStatus::kEnd;
  return too_long ? LineStatus::kTooLong : LineStatus::kLine;
}

}  // namespace ailit::cli

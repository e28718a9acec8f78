#include "input.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <system_error>

namespace ailit::cli {
namespace {

std::string TooLarge(std::size_t max_bytes) {
  return "the input is larger than the " + std::to_string(max_bytes) + " bytes accepted";
}

}  // namespace

std::optional<std::string> ReadInput(const std::string& path, std::size_t max_bytes,
                                     std::string& error) {
  std::string data;
  if (path == "-") {
    char buffer[65536];
    while (std::cin.read(buffer, sizeof buffer) || std::cin.gcount() > 0) {
      data.append(buffer, static_cast<std::size_t>(std::cin.gcount()));
      if (data.size() > max_bytes) {
        error = TooLarge(max_bytes);
        return std::nullopt;
      }
    }
    return data;
  }
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    error =
        path + ": " + (std::filesystem::exists(path, ec) ? "not a regular file" : "no such file");
    return std::nullopt;
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
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    error = path + ": " + std::strerror(errno);
    return std::nullopt;
  }
  data.resize(static_cast<std::size_t>(size));
  file.read(data.data(), static_cast<std::streamsize>(size));
  data.resize(static_cast<std::size_t>(file.gcount()));
  return data;
}

}  // namespace ailit::cli

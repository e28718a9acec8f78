// Test helpers for reading files of the repository.
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace ailit::testing {

inline std::filesystem::path SourcePath(const std::string& relative) {
  return std::filesystem::path(AILIT_SOURCE_DIR) / relative;
}

inline std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Files with the given extension directly inside `relative_dir`, sorted by name.
inline std::vector<std::filesystem::path> FilesIn(const std::string& relative_dir,
                                                  const std::string& extension) {
  std::vector<std::filesystem::path> out;
  for (const auto& entry : std::filesystem::directory_iterator(SourcePath(relative_dir))) {
    if (entry.is_regular_file() && entry.path().extension() == extension) {
      out.push_back(entry.path());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace ailit::testing

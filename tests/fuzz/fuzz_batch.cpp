// libFuzzer target: `ailit batch` line handling (cli/batch_command.cpp): splitting NDJSON into
// lines, over-long and empty lines, invalid profiles, and answering each line with exactly one
// line. The engine is the core's alone (an empty plugin folder), so an input is a batch, not a
// plugin test.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "commands.h"

namespace {

std::size_t Lines(const std::string& text) {
  std::size_t lines = 0;
  for (char c : text) lines += c == '\n';
  return lines;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::filesystem::path empty = [] {
    auto dir = std::filesystem::temp_directory_path() / "ailit_fuzz_batch_no_plugins";
    std::filesystem::create_directories(dir);
    return dir;
  }();
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  std::ostringstream out;
  std::ostringstream err;
  int code = ailit::cli::RunBatch({"--threads", "1", "--no-progress", "--plugins", empty.string()},
                                  in, out, err);
  // 0: every line answered; 2: some line was invalid. Anything else is a failure of ours.
  if (code != 0 && code != 2) __builtin_trap();
  // One answer per input line: the lines of the input, plus one for a last line without '\n'.
  std::string input(reinterpret_cast<const char*>(data), size);
  std::size_t expected = Lines(input) + (!input.empty() && input.back() != '\n' ? 1 : 0);
  if (Lines(out.str()) != expected) __builtin_trap();
  return 0;
}

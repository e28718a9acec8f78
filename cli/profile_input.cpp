#include "profile_input.h"

#include <ostream>

#include "input.h"

namespace ailit::cli {

std::optional<ProfileResult> LoadProfile(const std::string& path, std::ostream& err) {
  ProfileLimits limits;
  std::string error;
  std::optional<std::string> text = ReadInput(path, limits.max_bytes, error);
  if (!text) {
    err << "ailit: " << error << "\n";
    return std::nullopt;
  }
  return ParseProfile(*text, limits);
}

void PrintDiagnostics(const std::string& path, const Diagnostics& diagnostics, std::ostream& err) {
  const std::string name = path == "-" ? "<stdin>" : path;
  auto print = [&](const Diagnostic& d, const char* kind) {
    err << name << ": " << kind << ": " << (d.pointer.empty() ? "(document)" : d.pointer) << ": "
        << d.message << "\n";
  };
  for (const Diagnostic& d : diagnostics.errors) print(d, "error");
  for (const Diagnostic& d : diagnostics.warnings) print(d, "warning");
}

}  // namespace ailit::cli

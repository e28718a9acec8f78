// Reads and parses the PROFILE argument shared by validate, score and (later) recommend.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>

#include "ailit/profile.h"

namespace ailit::cli {

// Reads `path` ("-" for standard input) and parses it. Returns std::nullopt when the file could
// not be read (the reason is written to `err`); otherwise the parse result, valid or not.
std::optional<ProfileResult> LoadProfile(const std::string& path, std::ostream& err);

// Writes "PATH: POINTER: message" lines, errors first, for people reading a terminal.
void PrintDiagnostics(const std::string& path, const Diagnostics& diagnostics, std::ostream& err);

}  // namespace ailit::cli

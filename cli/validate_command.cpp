// ailit validate PROFILE: checks a profile against the v1 contract.
#include <ostream>

#include "ailit/render.h"
#include "args.h"
#include "commands.h"
#include "profile_input.h"

namespace ailit::cli {
namespace {

constexpr const char* kUsage =
    "usage: ailit validate PROFILE [--quiet]\n"
    "\n"
    "Checks PROFILE (a file, or - for standard input) against the profile contract v1 and\n"
    "reports every problem at once, each with the JSON Pointer of the field it concerns.\n"
    "Prints {\"valid\", \"errors\", \"warnings\"} as JSON on standard output and the same\n"
    "problems as readable lines on standard error.\n"
    "\n"
    "  --quiet         print nothing on standard output; the exit code tells the result\n"
    "  --plugins DIR   accepted like every command's; plugins do not change the contract\n"
    "\n"
    "Exit status: 0 valid (warnings allowed), 2 invalid or unreadable, 1 internal failure.\n";

}  // namespace

int RunValidate(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::string error;
  auto parsed = ParseArgs(args, {{"--plugins"}, {"--quiet"}}, error);
  if (parsed && parsed->Has("--help")) {
    out << kUsage;
    return kExitOk;
  }
  if (parsed && parsed->positional.size() != 1) error = "give exactly one PROFILE";
  if (!parsed || !error.empty()) {
    err << "ailit validate: " << error << "\n" << kUsage;
    return kExitInvalidInput;
  }
  const std::string& path = parsed->positional[0];
  std::optional<ProfileResult> result = LoadProfile(path, err);
  if (!result) return kExitInvalidInput;
  if (!parsed->Has("--quiet")) out << ValidationToJson(result->diagnostics) << "\n";
  PrintDiagnostics(path, result->diagnostics, err);
  return result->ok() ? kExitOk : kExitInvalidInput;
}

}  // namespace ailit::cli

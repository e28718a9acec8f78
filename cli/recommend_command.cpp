// ailit recommend PROFILE: the multi-year AI-literacy action plan for one organisation.
#include <ostream>

#include "ailit/recommendation.h"
#include "ailit/render.h"
#include "args.h"
#include "commands.h"
#include "engine_loader.h"
#include "format_option.h"
#include "lang_option.h"
#include "profile_input.h"

namespace ailit::cli {
namespace {

constexpr const char* kUsage =
    "usage: ailit recommend PROFILE [--lang en|nl] [--format json|markdown|html] [--explain]\n"
    "                       [--compact]\n"
    "\n"
    "Builds the AI-literacy action plan for PROFILE (a file, or - for standard input): the four\n"
    "preconditions of the AP's multi-year plan with their status, then the measures per year\n"
    "(1-3) and step (identify, set goals, execute, evaluate), each with its priority, targets,\n"
    "effort, the rules and facts that caused it, and its sources. docs/plan.md explains how.\n"
    "\n"
    "  --lang en|nl       language of the plan (default en)\n"
    "  --format FORMAT    json (default), markdown (a document for the board) or html (the same\n"
    "                     as a printable page with charts)\n"
    "  --explain          JSON only: add every rule, fired or not, with each condition's\n"
    "                     expected and actual value\n"
    "  --compact          JSON only: one line instead of indented output\n"
    "  --plugins DIR      sector plugins to load (default: the bundled plugin folder)\n"
    "\n"
    "Exit status: 0 ok, 2 invalid profile or arguments (errors on standard error), 1 internal\n"
    "failure.\n";

}  // namespace

int RunRecommend(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::string error;
  auto parsed =
      ParseArgs(args, {{"--lang", "--format", kPluginsOption}, {"--explain", "--compact"}}, error);
  if (parsed && parsed->Has("--help")) {
    out << kUsage;
    return kExitOk;
  }
  std::optional<Lang> lang;
  std::optional<Format> format;
  if (parsed) {
    lang = ParseLangOption(*parsed, error);
    if (lang) format = ParseFormatOption(*parsed, error);
    if (error.empty() && parsed->positional.size() != 1) error = "give exactly one PROFILE";
    if (error.empty() && format != Format::kJson && parsed->Has("--explain")) {
      error = "--explain adds to the JSON output; it cannot be combined with --format " +
              *parsed->Option("--format");
    }
  }
  if (!parsed || !lang || !format || !error.empty()) {
    err << "ailit recommend: " << error << "\n" << kUsage;
    return kExitInvalidInput;
  }
  const std::string& path = parsed->positional[0];
  int exit_code = kExitOk;
  std::optional<ProfileAndEngine> loaded = LoadProfileAndEngine(path, *parsed, err, exit_code);
  if (!loaded) return exit_code;
  ProfileResult& result = loaded->profile;
  const std::shared_ptr<const Engine>& engine = loaded->engine;
  std::size_t profile_warnings = result.diagnostics.warnings.size();
  Recommendation rec =
      Recommend(engine, std::move(*result.profile), {.explain = parsed->Has("--explain")},
                std::move(result.diagnostics));
  // The profile's own warnings were printed above; print only what the plan added.
  Diagnostics added;
  added.warnings.assign(
      rec.diagnostics.warnings.begin() + static_cast<std::ptrdiff_t>(profile_warnings),
      rec.diagnostics.warnings.end());
  PrintDiagnostics(path, added, err);
  out << RenderRecommendation(rec, *format, *lang, {.pretty = !parsed->Has("--compact")});
  if (*format == Format::kJson) out << "\n";
  return kExitOk;
}

}  // namespace ailit::cli

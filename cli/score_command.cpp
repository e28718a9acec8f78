// ailit score PROFILE: the nature, severity, sector and literacy scores with their reasons.
#include <ostream>

#include "ailit/recommendation.h"
#include "ailit/render.h"
#include "ailit/scores.h"
#include "args.h"
#include "commands.h"
#include "engine_loader.h"
#include "lang_option.h"
#include "profile_input.h"

namespace ailit::cli {
namespace {

constexpr const char* kUsage =
    "usage: ailit score PROFILE [--lang en|nl] [--compact]\n"
    "\n"
    "Scores PROFILE (a file, or - for standard input): per AI system its nature, severity and\n"
    "risk; the sector risk; the overall score and level; per staff group the required and\n"
    "current literacy level and the gap. Every score lists the factors behind it.\n"
    "The method is described in docs/scoring.md.\n"
    "\n"
    "  --lang en|nl   language of the reasons (default en)\n"
    "  --compact      one line of JSON instead of indented output\n"
    "  --plugins DIR  sector plugins to load (default: the bundled plugin folder)\n"
    "\n"
    "Exit status: 0 ok, 2 invalid profile (errors on standard error), 1 internal failure.\n";

}  // namespace

int RunScore(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::string error;
  auto parsed = ParseArgs(args, {{"--lang", kPluginsOption}, {"--compact"}}, error);
  if (parsed && parsed->Has("--help")) {
    out << kUsage;
    return kExitOk;
  }
  std::optional<Lang> lang;
  if (parsed) {
    lang = ParseLangOption(*parsed, error);
    if (parsed->positional.size() != 1) error = "give exactly one PROFILE";
  }
  if (!parsed || !lang || !error.empty()) {
    err << "ailit score: " << error << "\n" << kUsage;
    return kExitInvalidInput;
  }
  const std::string& path = parsed->positional[0];
  int exit_code = kExitOk;
  std::optional<ProfileAndEngine> loaded = LoadProfileAndEngine(path, *parsed, err, exit_code);
  if (!loaded) return exit_code;
  ProfileResult& result = loaded->profile;
  const std::shared_ptr<const Engine>& engine = loaded->engine;
  Diagnostics added;
  Scores scores = ScoreWithEngine(*engine, *result.profile, added);
  PrintDiagnostics(path, added, err);
  for (Diagnostic& d : added.warnings) result.diagnostics.warnings.push_back(std::move(d));
  out << ScoresToJson(*result.profile, scores, engine->sectors(), *lang, result.diagnostics,
                      {.pretty = !parsed->Has("--compact")})
      << "\n";
  return kExitOk;
}

}  // namespace ailit::cli

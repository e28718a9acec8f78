// ailit plugins list|check: what the plugin folder holds, and one plugin file checked in
// isolation for its author.
#include <charconv>
#include <chrono>
#include <optional>
#include <ostream>

#include "ailit/plugins.h"
#include "ailit/recommendation.h"
#include "ailit/render.h"
#include "args.h"
#include "child_process.h"
#include "commands.h"
#include "engine_loader.h"

namespace ailit::cli {
namespace {

constexpr const char* kUsage =
    "usage: ailit plugins list [--plugins DIR] [--json]\n"
    "       ailit plugins check [--timeout SECONDS] FILE\n"
    "\n"
    "list   every plugin in the plugin folder (default: the bundled one) with its id, version,\n"
    "       sectors and status; a refused plugin with every reason\n"
    "check  loads the plugin FILE alone on top of the core knowledge, as the host would, and\n"
    "       runs it on a test profile of each sector it serves; reports every problem. It runs\n"
    "       in a child process, so a plugin that crashes or hangs is reported, not fatal\n"
    "\n"
    "  --plugins DIR      the folder to list\n"
    "  --json             list as JSON {\"plugins\": [...]}\n"
    "  --timeout SECONDS  how long check lets the plugin take in all (default 30)\n"
    "\n"
    "Exit status: 0 ok; 2 for check when the plugin has any problem, or a folder or file that\n"
    "cannot be read; 1 internal failure.\n";

// A profile that gives a plugin something to work on: generative and high-risk AI, personal
// and special-category data, several roles. Its sector is set to each sector served.
constexpr const char* kTrialProfile = R"({
  "organisation": {"name": "Plugin check", "sector": "SECTOR", "employees": 400,
                   "kind": "public"},
  "ai_systems": [
    {"id": "assistant", "kind": "generative", "risk_class": "limited", "affected": ["employees"],
     "personal_data": "special_category", "used_by": ["staff", "managers"]},
    {"id": "decision_support", "kind": "classification", "risk_class": "high",
     "high_risk_basis": "annex_iii", "decision_role": "supports",
     "affected": ["citizens", "customers"], "people_affected": 5000,
     "personal_data": "personal", "external_facing": true, "used_by": ["specialists"]}
  ],
  "staff_groups": [
    {"id": "staff", "role": "end_user", "headcount": 300},
    {"id": "specialists", "role": "operator", "headcount": 40},
    {"id": "managers", "role": "management", "headcount": 20},
    {"id": "teachers", "role": "educator", "headcount": 30}
  ]
})";

std::string Trial(const std::string& sector) {
  std::string text = kTrialProfile;
  text.replace(text.find("SECTOR"), 6, sector);
  return text;
}

void PrintReport(const PluginReport& r, std::ostream& out) {
  std::string sectors;
  for (const std::string& s : r.info.sectors) sectors += (sectors.empty() ? "" : ",") + s;
  out << (r.info.id.empty() ? "?" : r.info.id) << "  "
      << (r.info.version.empty() ? "?" : r.info.version) << "  "
      << (sectors.empty() ? "-" : sectors) << "  " << (r.loaded() ? "loaded" : "refused") << "  "
      << r.file << "\n";
  for (const std::string& p : r.problems) out << "    problem: " << p << "\n";
  for (const std::string& w : r.warnings) out << "    warning: " << w << "\n";
}

int RunList(const Args& args, std::ostream& out, std::ostream& err) {
  std::optional<std::filesystem::path> folder;
  if (auto given = args.Option(kPluginsOption)) {
    folder = *given;
  } else {
    folder = DefaultPluginFolder();
  }
  std::vector<PluginLoad> loads;
  if (folder) {
    PluginScan scan = ScanPluginFolder(*folder);
    if (scan.error) {
      err << "ailit plugins list: " << *scan.error << "\n";
      return kExitInvalidInput;
    }
    loads = std::move(scan.plugins);
  }
  EngineBuild built = BuildEngine(CoreKnowledge(), std::move(loads));
  if (!built.engine) {
    for (const Diagnostic& d : built.diagnostics.errors) err << "ailit: " << d.message << "\n";
    return kExitFailure;
  }
  if (args.Has("--json")) {
    out << PluginReportsToJson(built.plugins) << "\n";
    return kExitOk;
  }
  if (!folder) {
    out << "no plugin folder: none was given and no bundled folder was found\n";
    return kExitOk;
  }
  out << "plugin folder " << folder->string() << ": " << built.plugins.size() << " plugin"
      << (built.plugins.size() == 1 ? "" : "s") << "\n";
  for (const PluginReport& r : built.plugins) PrintReport(r, out);
  return kExitOk;
}

// The check itself, in the child process: each step is announced, so a crash names it.
int CheckInChild(const std::string& file, ChildChannel& channel) {
  std::ostream& out = channel.out();
  std::ostream& err = channel.err();
  std::vector<std::string> logged;
  PluginLogger logger = [&logged](std::string_view id, PluginLogLevel level,
                                  std::string_view text) {
    logged.push_back(std::string(id) + " " + std::string(Name(level)) + ": " + std::string(text));
  };
  channel.Stage("loading the plugin");
  std::vector<PluginLoad> loads;
  loads.push_back(LoadPlugin(file, logger));
  channel.Stage("adding its knowledge to the core's");
  EngineBuild built = BuildEngine(CoreKnowledge(), std::move(loads));
  if (!built.engine) {
    for (const Diagnostic& d : built.diagnostics.errors) err << "ailit: " << d.message << "\n";
    return kExitFailure;
  }
  PluginReport& report = built.plugins.front();
  // Run it once per sector, so faults at request time show up here and not in production.
  if (report.loaded()) {
    for (const std::string& sector : report.info.sectors) {
      channel.Stage("running it on a test profile of sector \"" + sector + "\"");
      ProfileResult profile = ParseProfile(Trial(sector));
      if (!profile.ok()) {
        report.problems.push_back("sector \"" + sector + "\" is not a valid profile sector");
        continue;
      }
      Recommendation rec = Recommend(built.engine, std::move(*profile.profile));
      for (const Diagnostic& w : rec.diagnostics.warnings) {
        // "sector plugin ID failed ..." or "... took N ms ..., over its budget"
        if (w.message.starts_with("sector plugin " + report.info.id + " ")) {
          report.problems.push_back("on a test profile of sector \"" + sector + "\": " + w.message);
        }
      }
      if (!rec.plugin_complete) continue;
      out << "sector " << sector << ": sector risk " << rec.scores.sector_risk << ", "
          << rec.measures.size() << " measures on the test profile\n";
    }
  }
  PrintReport(report, out);
  for (const std::string& line : logged) out << "    logged: " << line << "\n";
  if (!report.problems.empty()) {
    err << "ailit plugins check: " << report.problems.size() << " problem"
        << (report.problems.size() == 1 ? "" : "s") << " in " << file << "\n";
    return kExitInvalidInput;
  }
  out << "ok\n";
  return kExitOk;
}

int RunCheck(const std::string& file, std::chrono::milliseconds limit, std::ostream& out,
             std::ostream& err) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec)) {
    err << "ailit plugins check: " << file << " is not a readable file\n";
    return kExitInvalidInput;
  }
  ChildResult result = RunInChild(
      [&file](ChildChannel& channel) { return CheckInChild(file, channel); }, limit, out, err);
  if (result.finished) return result.exit_code;
  err << "ailit plugins check: " << file << ": the checking process " << result.failure
      << (result.stage.empty() ? "" : " while " + result.stage)
      << ". A host that loaded this plugin (ailit serve, ailit batch) would have "
      << (result.failure.starts_with("did not finish") ? "hung with it" : "died with it") << "\n";
  return kExitInvalidInput;
}

// --timeout SECONDS: a whole number from 1 to 3600, default 30.
std::optional<std::chrono::milliseconds> TimeoutOption(const Args& args, std::string& error) {
  std::optional<std::string> given = args.Option("--timeout");
  if (!given) return std::chrono::seconds(30);
  int seconds = 0;
  auto [end, ec] = std::from_chars(given->data(), given->data() + given->size(), seconds);
  if (ec != std::errc() || end != given->data() + given->size() || seconds < 1 || seconds > 3600) {
    error = "--timeout takes a whole number of seconds from 1 to 3600, not \"" + *given + "\"";
    return std::nullopt;
  }
  return std::chrono::seconds(seconds);
}

}  // namespace

int RunPlugins(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::string error;
  auto parsed = ParseArgs(args, {{kPluginsOption, "--timeout"}, {"--json"}}, error);
  if (parsed && parsed->Has("--help")) {
    out << kUsage;
    return kExitOk;
  }
  if (parsed) {
    const auto& p = parsed->positional;
    if (p.empty()) {
      error = "expected \"list\" or \"check FILE\"";
    } else if (p[0] == "list" && p.size() == 1 && !parsed->Option("--timeout")) {
      return RunList(*parsed, out, err);
    } else if (p[0] == "check" && p.size() == 2 && !parsed->Option(kPluginsOption) &&
               !parsed->Has("--json")) {
      std::optional<std::chrono::milliseconds> limit = TimeoutOption(*parsed, error);
      if (limit) return RunCheck(p[1], *limit, out, err);
    } else if (p[0] == "check") {
      error = "check takes exactly one FILE and no option but --timeout";
    } else {
      error = "unknown subcommand \"" + p[0] + "\"";
    }
  }
  err << "ailit plugins: " << error << "\n" << kUsage;
  return kExitInvalidInput;
}

}  // namespace ailit::cli

// ailit plugins list|check: what the plugin folder holds, and one plugin file checked in
// isolation for its author.
#include <ostream>

#include "ailit/plugins.h"
#include "ailit/recommendation.h"
#include "ailit/render.h"
#include "args.h"
#include "commands.h"
#include "engine_loader.h"

namespace ailit::cli {
namespace {

constexpr const char* kUsage =
    "usage: ailit plugins list [--plugins DIR] [--json]\n"
    "       ailit plugins check FILE\n"
    "\n"
    "list   every plugin in the plugin folder (default: the bundled one) with its id, version,\n"
    "       sectors and status; a refused plugin with every reason\n"
    "check  loads the plugin FILE alone on top of the core knowledge, as the host would, and\n"
    "       runs it on a test profile of each sector it serves; reports every problem\n"
    "\n"
    "  --plugins DIR  the folder to list\n"
    "  --json         list as JSON {\"plugins\": [...]}\n"
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

int RunCheck(const std::string& file, std::ostream& out, std::ostream& err) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec)) {
    err << "ailit plugins check: " << file << " is not a readable file\n";
    return kExitInvalidInput;
  }
  std::vector<std::string> logged;
  PluginLogger logger = [&logged](std::string_view id, PluginLogLevel level,
                                  std::string_view text) {
    logged.push_back(std::string(id) + " " + std::string(Name(level)) + ": " + std::string(text));
  };
  std::vector<PluginLoad> loads;
  loads.push_back(LoadPlugin(file, logger));
  EngineBuild built = BuildEngine(CoreKnowledge(), std::move(loads));
  if (!built.engine) {
    for (const Diagnostic& d : built.diagnostics.errors) err << "ailit: " << d.message << "\n";
    return kExitFailure;
  }
  PluginReport& report = built.plugins.front();
  // Run it once per sector, so faults at request time show up here and not in production.
  if (report.loaded()) {
    for (const std::string& sector : report.info.sectors) {
      ProfileResult profile = ParseProfile(Trial(sector));
      if (!profile.ok()) {
        report.problems.push_back("sector \"" + sector + "\" is not a valid profile sector");
        continue;
      }
      Recommendation rec = Recommend(built.engine, std::move(*profile.profile));
      for (const Diagnostic& w : rec.diagnostics.warnings) {
        if (w.message.find("sector plugin " + report.info.id + " failed") != std::string::npos) {
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

}  // namespace

int RunPlugins(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::string error;
  auto parsed = ParseArgs(args, {{kPluginsOption}, {"--json"}}, error);
  if (parsed && parsed->Has("--help")) {
    out << kUsage;
    return kExitOk;
  }
  if (parsed) {
    const auto& p = parsed->positional;
    if (p.empty()) {
      error = "expected \"list\" or \"check FILE\"";
    } else if (p[0] == "list" && p.size() == 1) {
      return RunList(*parsed, out, err);
    } else if (p[0] == "check" && p.size() == 2 && !parsed->Option(kPluginsOption) &&
               !parsed->Has("--json")) {
      return RunCheck(p[1], out, err);
    } else if (p[0] == "check") {
      error = "check takes exactly one FILE and no options";
    } else {
      error = "unknown subcommand \"" + p[0] + "\"";
    }
  }
  err << "ailit plugins: " << error << "\n" << kUsage;
  return kExitInvalidInput;
}

}  // namespace ailit::cli

// ailit: the command-line entry point. Dispatches to one command per subcommand name.
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "ailit/version.h"
#include "commands.h"
#include "rules_eval_command.h"

namespace {

constexpr const char* kUsage =
    "usage: ailit COMMAND [ARGS]\n"
    "\n"
    "Tells an organisation which AI-literacy measures to take under Article 4 of the EU AI Act.\n"
    "\n"
    "commands:\n"
    "  validate PROFILE          check a profile against the contract, listing every problem\n"
    "  score PROFILE             nature, severity, sector risk and literacy gaps, with reasons\n"
    "  recommend PROFILE         the multi-year AI-literacy action plan (json, markdown, html)\n"
    "  batch < in.ndjson         one recommendation per input line, in input order\n"
    "  serve                     the HTTP service and web page (default 127.0.0.1:8080)\n"
    "  plugins list|check FILE   the sector plugins found, or one plugin file checked\n"
    "  rules eval --rules PACK --facts FACTS.ndjson\n"
    "                            run a rule pack over fact sets (for rule authors)\n"
    "  version                   print the version\n"
    "\n"
    "Run `ailit COMMAND --help` for the options of a command. Every command takes\n"
    "--plugins DIR, the sector plugin folder (default: the bundled one).\n"
    "Exit status: 0 ok, 2 invalid input (errors on standard error), 1 internal failure.\n";

int Dispatch(const std::vector<std::string>& args) {
  using namespace ailit::cli;
  if (args.empty() || args[0] == "--help" || args[0] == "help" || args[0] == "-h") {
    (args.empty() ? std::cerr : std::cout) << kUsage;
    return args.empty() ? kExitInvalidInput : kExitOk;
  }
  const std::string& command = args[0];
  std::vector<std::string> rest(args.begin() + 1, args.end());
  if (command == "validate") return RunValidate(rest, std::cout, std::cerr);
  if (command == "score") return RunScore(rest, std::cout, std::cerr);
  if (command == "recommend") return RunRecommend(rest, std::cout, std::cerr);
  if (command == "batch") return RunBatch(rest, std::cin, std::cout, std::cerr);
  if (command == "plugins") return RunPlugins(rest, std::cout, std::cerr);
  if (command == "serve") return RunServe(rest, std::cout, std::cerr);
  if (command == "rules") {
    if (!rest.empty() && rest[0] == "eval") {
      return RunRulesEval({rest.begin() + 1, rest.end()}, std::cin, std::cout, std::cerr);
    }
    if (!rest.empty() && rest[0] == "--help") {
      std::cout << "usage: ailit rules eval --rules PACK --facts FACTS.ndjson [--stats]\n";
      return kExitOk;
    }
    std::cerr << "ailit rules: expected the subcommand \"eval\"\n";
    return kExitInvalidInput;
  }
  if (command == "version" || command == "--version") {
    std::cout << "ailit " << ailit::kVersion << "\n";
    return kExitOk;
  }
  std::cerr << "ailit: unknown command \"" << command << "\"\n\n" << kUsage;
  return kExitInvalidInput;
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  try {
    int code = Dispatch(std::vector<std::string>(argv + 1, argv + argc));
    // Output that never reached its destination (a full disk, a closed pipe) is a failure, not
    // a success with nothing written.
    std::cout.flush();
    if (!std::cout) {
      std::cerr << "ailit: writing the output failed\n";
      return ailit::cli::kExitFailure;
    }
    return code;
  } catch (const std::exception& e) {
    std::cerr << "ailit: internal failure: " << e.what() << "\n";
  } catch (...) {
    std::cerr << "ailit: internal failure\n";
  }
  return ailit::cli::kExitFailure;
}

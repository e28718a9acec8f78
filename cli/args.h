// A small command-line parser: positionals, `--name value` / `--name=value` options and boolean
// flags, each command declaring which it accepts so a typo is an error, not silently ignored.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace ailit::cli {

struct ArgSpec {
  std::set<std::string> options;  // take a value, e.g. "--lang"
  std::set<std::string> flags;    // stand alone, e.g. "--stats"; "--help" is always accepted
};

struct Args {
  std::vector<std::string> positional;
  std::map<std::string, std::string> options;
  std::set<std::string> flags;

  bool Has(const std::string& flag) const { return flags.count(flag) != 0; }
  std::optional<std::string> Option(const std::string& name) const {
    auto it = options.find(name);
    if (it == options.end()) return std::nullopt;
    return it->second;
  }
};

// Parses `args`; on a problem returns std::nullopt and sets `error` to a one-line explanation.
std::optional<Args> ParseArgs(const std::vector<std::string>& args, const ArgSpec& spec,
                              std::string& error);

}  // namespace ailit::cli

#include "args.h"

namespace ailit::cli {

std::optional<Args> ParseArgs(const std::vector<std::string>& args, const ArgSpec& spec,
                              std::string& error) {
  Args out;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg.size() < 2 || arg.rfind("--", 0) != 0) {
      out.positional.push_back(arg);  // includes "-" for standard input
      continue;
    }
    std::string name = arg;
    std::optional<std::string> value;
    if (auto eq = arg.find('='); eq != std::string::npos) {
      name = arg.substr(0, eq);
      value = arg.substr(eq + 1);
    }
    if (name == "--help" || spec.flags.count(name)) {
      if (value) {
        error = name + " takes no value";
        return std::nullopt;
      }
      out.flags.insert(name);
    } else if (spec.options.count(name)) {
      if (!value) {
        if (i + 1 >= args.size()) {
          error = name + " needs a value";
          return std::nullopt;
        }
        value = args[++i];
      }
      out.options[name] = *value;
    } else {
      error = "unknown option " + name;
      return std::nullopt;
    }
  }
  return out;
}

}  // namespace ailit::cli

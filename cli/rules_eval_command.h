// ailit rules eval --rules PACK [--facts FACTS.ndjson] [--stats]: evaluates a rule pack on one
// fact set per input line and prints, per line, the JSON array of the rules that fired.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace ailit::cli {

// `args` are the arguments after "rules eval". Facts come from `in` when --facts is absent or
// "-". Returns 0 when every line was evaluated, 2 for invalid input (a malformed pack, bad
// arguments, or any line that is not a JSON object), 1 for an internal failure.
int RunRulesEval(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
                 std::ostream& err);

}  // namespace ailit::cli

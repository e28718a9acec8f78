// The `ailit` commands. Each takes the arguments after its name and the streams to use, and
// returns the process exit code: 0 ok, 2 invalid input (errors on stderr), 1 internal failure.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace ailit::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitInvalidInput = 2;

int RunValidate(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int RunScore(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int RunRecommend(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int RunServe(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int RunPlugins(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int RunBatch(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
             std::ostream& err);

}  // namespace ailit::cli

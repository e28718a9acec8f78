// Runs a piece of the CLI's work in a forked child process, so that code we do not trust (a
// plugin being checked) can crash or hang without taking the command with it. What the child
// writes to its `out` and `err` is relayed as it goes; when it dies or runs out of time, the
// report names the last stage it announced.
//
//   ChildResult r = RunInChild([&](ChildChannel& c) {
//     c.Stage("loading the plugin");
//     ...
//     return kExitOk;
//   }, std::chrono::seconds(30), out, err);
//   if (!r.finished) err << "crashed while " << r.stage << ": " << r.failure << "\n";
#pragma once

#include <chrono>
#include <functional>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>

namespace ailit::cli {

// The child's side: buffered streams sent to the parent at every Stage and at the end.
class ChildChannel {
 public:
  explicit ChildChannel(int fd) : fd_(fd) {}
  std::ostream& out() { return out_; }
  std::ostream& err() { return err_; }
  // Sends what was written so far, then names what the child does next.
  void Stage(std::string_view what);
  void Flush();
  void Finish(int exit_code);

 private:
  void Send(char kind, std::string_view bytes);
  int fd_;
  std::ostringstream out_;
  std::ostringstream err_;
};

struct ChildResult {
  bool finished = false;  // the child returned an exit code
  int exit_code = 0;      // when finished
  std::string stage;      // the last stage announced
  std::string failure;    // when not finished: "was killed by signal 11 (Segmentation fault)", ...
};

// Runs `work` in a child process with at most `limit` of wall time. Never throws for what the
// child does; throws std::runtime_error when no child can be started.
ChildResult RunInChild(const std::function<int(ChildChannel&)>& work,
                       std::chrono::milliseconds limit, std::ostream& out, std::ostream& err);

}  // namespace ailit::cli

// The parent reads one pipe of framed messages (kind byte, 4-byte length, bytes) until the child
// closes it or the time is up, then reaps the child; a child that never sent its exit code died.
#include "child_process.h"

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <stdexcept>

namespace ailit::cli {
namespace {

constexpr char kOut = 'o';
constexpr char kErr = 'e';
constexpr char kStage = 's';
constexpr char kExit = 'x';
constexpr std::size_t kHeader = 5;

void WriteAll(int fd, const char* data, std::size_t size) {
  while (size > 0) {
    ssize_t n = ::write(fd, data, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) ::_exit(1);  // the parent is gone: nobody is left to tell
    data += n;
    size -= static_cast<std::size_t>(n);
  }
}

// Takes every complete message off the front of `buffer`.
void Deliver(std::string& buffer, ChildResult& result, std::ostream& out, std::ostream& err) {
  std::size_t at = 0;
  while (buffer.size() - at >= kHeader) {
    std::uint32_t size;
    std::memcpy(&size, buffer.data() + at + 1, sizeof size);
    if (buffer.size() - at - kHeader < size) break;
    std::string_view bytes(buffer.data() + at + kHeader, size);
    switch (buffer[at]) {
      case kOut:
        out << bytes;
        break;
      case kErr:
        err << bytes;
        break;
      case kStage:
        result.stage = bytes;
        break;
      case kExit:
        if (bytes.size() == sizeof(std::int32_t)) {
          std::int32_t code;
          std::memcpy(&code, bytes.data(), sizeof code);
          result.finished = true;
          result.exit_code = code;
        }
        break;
      default:
        break;
    }
    at += kHeader + size;
  }
  buffer.erase(0, at);
}

std::string Describe(int status) {
  if (WIFSIGNALED(status)) {
    int sig = WTERMSIG(status);
    const char* name = ::strsignal(sig);
    return "was killed by signal " + std::to_string(sig) + " (" + (name ? name : "unknown") + ")";
  }
  if (WIFEXITED(status)) {
    return "exited with status " + std::to_string(WEXITSTATUS(status)) + " without a result";
  }
  return "stopped in an unknown way";
}

}  // namespace

void ChildChannel::Send(char kind, std::string_view bytes) {
  char header[kHeader];
  header[0] = kind;
  auto size = static_cast<std::uint32_t>(bytes.size());
  std::memcpy(header + 1, &size, sizeof size);
  WriteAll(fd_, header, sizeof header);
  WriteAll(fd_, bytes.data(), bytes.size());
}

void ChildChannel::Flush() {
  for (auto [kind, stream] : {std::pair{kOut, &out_}, std::pair{kErr, &err_}}) {
    std::string text = stream->str();
    if (!text.empty()) Send(kind, text);
    stream->str({});
  }
}

void ChildChannel::Stage(std::string_view what) {
  Flush();
  Send(kStage, what);
}

void ChildChannel::Finish(int exit_code) {
  Flush();
  auto code = static_cast<std::int32_t>(exit_code);
  Send(kExit, std::string_view(reinterpret_cast<const char*>(&code), sizeof code));
}

ChildResult RunInChild(const std::function<int(ChildChannel&)>& work,
                       std::chrono::milliseconds limit, std::ostream& out, std::ostream& err) {
  int fds[2];
  if (::pipe(fds) != 0) throw std::runtime_error(std::string("pipe: ") + std::strerror(errno));
  out.flush();
  err.flush();
  pid_t pid = ::fork();
  if (pid < 0) {
    ::close(fds[0]);
    ::close(fds[1]);
    throw std::runtime_error(std::string("fork: ") + std::strerror(errno));
  }
  if (pid == 0) {
    ::close(fds[0]);
    ChildChannel channel(fds[1]);
    int code = 1;
    try {
      code = work(channel);
    } catch (const std::exception& e) {
      channel.err() << "ailit: " << e.what() << "\n";
    }
    channel.Finish(code);
    // No destructors or exit handlers: they belong to the parent's state, copied at fork.
    ::_exit(0);
  }
  ::close(fds[1]);
  ChildResult result;
  std::string buffer;
  bool timed_out = false;
  auto deadline = std::chrono::steady_clock::now() + limit;
  char chunk[65536];
  for (;;) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      timed_out = true;
      break;
    }
    pollfd p{fds[0], POLLIN, 0};
    int ready = ::poll(&p, 1, static_cast<int>(left.count()));
    if (ready < 0 && errno == EINTR) continue;
    if (ready == 0) continue;  // the deadline check above ends the wait
    ssize_t n = ::read(fds[0], chunk, sizeof chunk);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    buffer.append(chunk, static_cast<std::size_t>(n));
    Deliver(buffer, result, out, err);
  }
  ::close(fds[0]);
  if (timed_out) ::kill(pid, SIGKILL);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (timed_out && !result.finished) {
    result.failure = "did not finish within " +
                     (limit.count() % 1000 == 0 ? std::to_string(limit.count() / 1000) + " s"
                                                : std::to_string(limit.count()) + " ms") +
                     " and was stopped";
  } else if (!result.finished) {
    result.failure = Describe(status);
  }
  return result;
}

}  // namespace ailit::cli

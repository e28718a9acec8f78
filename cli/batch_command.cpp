// ailit batch: one recommendation per NDJSON line, on several threads, in input order. Lines are
// taken in blocks that the threads share; answers are written in order, a block at a time, so
// memory stays bounded by two blocks whatever the input's length.
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <exception>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

#include "ailit/profile.h"
#include "ailit/recommendation.h"
#include "ailit/render.h"
#include "args.h"
#include "commands.h"
#include "engine_loader.h"
#include "input.h"
#include "lang_option.h"
#include "render/json_writer.h"
#include "text/format_count.h"
#include "worker_pool.h"

namespace ailit::cli {
namespace {

constexpr const char* kUsage =
    "usage: ailit batch [--threads N] [--lang en|nl] [--explain] [--progress | --no-progress]\n"
    "                   < profiles.ndjson > recommendations.ndjson\n"
    "\n"
    "Reads one profile per line (NDJSON) from standard input and writes one line per input line:\n"
    "the recommendation as compact JSON, or for a line that is not a valid profile\n"
    "{\"line\": N, \"error\": ..., \"details\": [{\"pointer\", \"message\"}]}; the other lines\n"
    "still run. Output keeps the input order.\n"
    "\n"
    "  --threads N      worker threads, 1 to 256 (default: the number of cores)\n"
    "  --lang en|nl     language of the texts (default en)\n"
    "  --plugins DIR    sector plugins to load (default: the bundled plugin folder)\n"
    "  --explain        add every rule with its conditions to each recommendation\n"
    "  --progress       show count, rate and errors on standard error (default when standard\n"
    "                   error is a terminal); --no-progress never shows it\n"
    "\n"
    "An empty line is not a profile and gets an error object like any other invalid line.\n"
    "\n"
    "Exit status: 0 every line ok, 2 some line was invalid (its error object is in the output),\n"
    "1 internal failure (a line that failed inside ailit, or reading or writing failed).\n";

constexpr std::size_t kMaxLineBytes = ProfileLimits{}.max_bytes;
constexpr std::size_t kLinesPerThreadPerBlock = 64;
constexpr unsigned kMaxThreads = 256;

// Lines per block also stop at this many input bytes: an answer can be 50 to 70 times the size
// of its profile, so a block of large profiles must hold fewer of them.
constexpr std::size_t kMaxBlockInputBytes = 8u << 20;
// A line's input buffer above this size is given back once the line is answered.
constexpr std::size_t kKeepLineCapacity = 64u << 10;

struct Line {
  std::string text;
  LineStatus status = LineStatus::kLine;
  std::string output;
  bool failed = false;    // an error object was written for the line
  bool internal = false;  // ... because of an internal failure, not the input
};

std::string LineError(std::size_t line, std::string_view summary, const Diagnostics& details) {
  render::JsonWriter w(false);
  w.StartObject();
  w.Field("line", static_cast<std::int64_t>(line));
  w.Field("error", summary);
  w.DiagnosticList("details", details.errors);
  w.EndObject();
  return w.Take();
}

void Process(const std::shared_ptr<const Engine>& engine, Line& line, std::size_t number, Lang lang,
             bool explain) {
  line.failed = false;
  line.internal = false;
  if (line.status == LineStatus::kTooLong) {
    line.output = LineError(number,
                            "the line is longer than the " + text::FormatCount(kMaxLineBytes) +
                                " bytes a profile may have",
                            {});
    line.failed = true;
    return;
  }
  try {
    ProfileResult parsed = ParseProfile(line.text);
    if (!parsed.ok()) {
      line.output = LineError(number, "invalid profile", parsed.diagnostics);
      line.failed = true;
      return;
    }
    Recommendation rec = Recommend(engine, std::move(*parsed.profile), {.explain = explain},
                                   std::move(parsed.diagnostics));
    line.output = RecommendationToJson(rec, lang, {.pretty = false});
  } catch (const std::exception& e) {
    // One bad line must not cost the others their answers.
    line.output = LineError(number, std::string("internal failure: ") + e.what(), {});
    line.failed = true;
    line.internal = true;
  } catch (...) {
    line.output = LineError(number, "internal failure", {});
    line.failed = true;
    line.internal = true;
  }
}

class Progress {
 public:
  Progress(bool enabled, std::ostream& err) : enabled_(enabled), err_(err) {}

  void Update(std::size_t done, std::size_t errors, bool final) {
    if (!enabled_) return;
    auto now = Clock::now();
    if (!final && now - last_ < std::chrono::milliseconds(250)) return;
    last_ = now;
    double seconds = std::chrono::duration<double>(now - start_).count();
    auto rate = static_cast<std::uint64_t>(seconds > 0 ? static_cast<double>(done) / seconds : 0);
    err_ << "\railit batch: " << text::FormatCount(done) << " profiles, " << text::FormatCount(rate)
         << "/s, " << text::FormatCount(errors) << (errors == 1 ? " error  " : " errors  ");
    if (final) err_ << "\n";
    err_.flush();
  }

 private:
  using Clock = std::chrono::steady_clock;
  bool enabled_;
  std::ostream& err_;
  Clock::time_point start_ = Clock::now();
  Clock::time_point last_ = start_;
};

int Run(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
        std::ostream& err) {
  std::string error;
  auto parsed = ParseArgs(
      args, {{"--threads", "--lang", kPluginsOption}, {"--explain", "--progress", "--no-progress"}},
      error);
  if (parsed && parsed->Has("--help")) {
    out << kUsage;
    return kExitOk;
  }
  std::optional<Lang> lang;
  unsigned threads = std::max(1u, std::thread::hardware_concurrency());
  if (parsed) {
    lang = ParseLangOption(*parsed, error);
    if (!parsed->positional.empty())
      error =
          "unexpected argument \"" + parsed->positional[0] + "\": profiles come on standard input";
    if (auto t = parsed->Option("--threads")) {
      char* end = nullptr;
      unsigned long n = std::strtoul(t->c_str(), &end, 10);
      if (t->empty() || *end != '\0' || n < 1 || n > kMaxThreads) {
        error = "--threads must be a whole number from 1 to " + std::to_string(kMaxThreads);
      } else {
        threads = static_cast<unsigned>(n);
      }
    }
  }
  if (!parsed || !lang || !error.empty()) {
    err << "ailit batch: " << error << "\n" << kUsage;
    return kExitInvalidInput;
  }
  int exit_code = kExitOk;
  std::shared_ptr<const Engine> engine = LoadEngine(*parsed, err, exit_code);
  if (!engine) return exit_code;

  bool terminal = &err == &std::cerr && isatty(STDERR_FILENO) == 1;
  Progress progress(parsed->Has("--progress") || (terminal && !parsed->Has("--no-progress")), err);
  const bool explain = parsed->Has("--explain");
  // Two blocks: the workers answer one while this thread writes the answers of the previous one
  // and reads the next, so reading and writing never hold the workers up.
  const std::size_t block_lines = kLinesPerThreadPerBlock * threads;
  std::vector<Line> blocks[2] = {std::vector<Line>(block_lines), std::vector<Line>(block_lines)};
  std::size_t counts[2] = {0, 0};
  std::size_t errors = 0;
  std::size_t internal_failures = 0;
  std::size_t written = 0;
  bool more = true;
  bool read_failed = false;
  bool write_failed = false;
  auto read_block = [&](std::vector<Line>& block) {
    std::size_t count = 0;
    std::size_t bytes = 0;
    while (more && count < block.size() && bytes < kMaxBlockInputBytes) {
      LineStatus status = ReadLine(in, block[count].text, kMaxLineBytes);
      if (status == LineStatus::kEnd || status == LineStatus::kError) {
        read_failed = status == LineStatus::kError;
        more = false;
        break;
      }
      block[count].status = status;
      bytes += block[count].text.size();
      ++count;
    }
    return count;
  };
  auto write_block = [&](std::vector<Line>& block, std::size_t count) {
    for (std::size_t i = 0; i < count && !write_failed; ++i) {
      out.write(block[i].output.data(), static_cast<std::streamsize>(block[i].output.size()));
      out.put('\n');
      errors += block[i].failed ? 1 : 0;
      internal_failures += block[i].internal ? 1 : 0;
      ++written;
      // Nobody reads the rest: stop instead of answering lines nobody will see.
      write_failed = !out;
    }
    progress.Update(written, errors, false);
  };

  WorkerPool pool(threads);
  counts[0] = read_block(blocks[0]);
  std::size_t first_number = 1;
  for (int current = 0; counts[current] > 0; current = 1 - current) {
    std::vector<Line>& block = blocks[current];
    const std::size_t count = counts[current];
    pool.Start(count, [&, first_number](std::size_t i) {
      Process(engine, block[i], first_number + i, *lang, explain);
      if (block[i].text.capacity() > kKeepLineCapacity) std::string().swap(block[i].text);
    });
    std::vector<Line>& other = blocks[1 - current];
    write_block(other, counts[1 - current]);
    counts[1 - current] = write_failed ? 0 : read_block(other);
    pool.Wait();
    first_number += count;
    if (counts[1 - current] == 0) write_block(block, count);
  }
  out.flush();
  if (write_failed || !out) {
    err << "ailit batch: writing the output failed after line " << written << "\n";
    return kExitFailure;
  }
  progress.Update(written, errors, true);
  if (read_failed) {
    err << "ailit batch: reading standard input failed after line " << written
        << "; the answers to the lines before it were written\n";
    return kExitFailure;
  }
  if (internal_failures > 0) return kExitFailure;
  return errors > 0 ? kExitInvalidInput : kExitOk;
}

}  // namespace

int RunBatch(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
             std::ostream& err) {
  try {
    return Run(args, in, out, err);
  } catch (const std::exception& e) {
    err << "ailit batch: internal failure: " << e.what() << "\n";
    return kExitFailure;
  }
}

}  // namespace ailit::cli

// ailit rules eval: the rule author's loop. One line of facts in, one line of fired rule ids out,
// so a pack can be checked against a file of cases with ordinary text tools.
#include "rules_eval_command.h"

#include <chrono>
#include <exception>
#include <fstream>
#include <istream>
#include <ostream>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "ailit/facts.h"
#include "ailit/rules.h"
#include "args.h"
#include "commands.h"
#include "input.h"
#include "text/format_count.h"

namespace ailit::cli {
namespace {

constexpr const char* kUsage =
    "usage: ailit rules eval --rules PACK [--facts FACTS.ndjson] [--stats]\n"
    "\n"
    "Compiles the rule pack PACK (an ailit pack or a json-rules-engine rules array) and\n"
    "evaluates it on every line of FACTS (standard input when absent or \"-\"): each line is one\n"
    "JSON object whose members are the facts. For every line, prints the JSON array of the ids\n"
    "of the rules that fired, in pack order. A line that is not a JSON object prints\n"
    "{\"error\": ..., \"line\": N} instead; the other lines are still evaluated.\n"
    "\n"
    "  --rules PACK    the rule pack file (JSON)\n"
    "  --facts FILE    the fact sets, one JSON object per line (NDJSON)\n"
    "  --stats         print {\"fact_sets\", \"parse_seconds\", \"eval_seconds\"} on standard "
    "error\n"
    "  --plugins DIR   accepted like every command's; a pack under test runs on its own\n"
    "\n"
    "Exit status: 0 ok, 2 invalid pack, arguments or fact line, 1 internal failure.\n";

constexpr std::size_t kMaxPackBytes = 64u << 20;
// The same bound as one profile: a fact set is never read whole beyond it.
constexpr std::size_t kMaxFactLineBytes = 4u << 20;

std::string JsonString(std::string_view text) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  writer.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
  return std::string(buffer.GetString(), buffer.GetSize());
}

std::string Seconds(double seconds) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  writer.Double(seconds);
  return std::string(buffer.GetString(), buffer.GetSize());
}

int Run(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
        std::ostream& err) {
  std::string error;
  auto parsed = ParseArgs(args, {{"--rules", "--facts", "--plugins"}, {"--stats"}}, error);
  if (parsed && parsed->Has("--help")) {
    out << kUsage;
    return kExitOk;
  }
  if (parsed && !parsed->positional.empty()) {
    error = "unexpected argument \"" + parsed->positional[0] + "\"";
  } else if (parsed && !parsed->Option("--rules")) {
    error = "--rules PACK is required";
  } else if (parsed && *parsed->Option("--rules") == "-") {
    error = "the pack must be a file: standard input carries the facts";
  }
  if (!parsed || !error.empty()) {
    err << "ailit rules eval: " << error << "\n" << kUsage;
    return kExitInvalidInput;
  }

  const std::string pack_path = *parsed->Option("--rules");
  std::optional<std::string> pack_text = ReadInput(pack_path, kMaxPackBytes, error);
  if (!pack_text) {
    err << "ailit rules eval: " << error << "\n";
    return kExitInvalidInput;
  }
  FactCatalogue catalogue = FactCatalogue::Open();
  RulePackResult compiled = CompileRulePack(*pack_text, pack_path, catalogue);
  for (const Diagnostic& w : compiled.diagnostics.warnings) err << "warning: " << w.message << "\n";
  for (const Diagnostic& e : compiled.diagnostics.errors) err << "error: " << e.message << "\n";
  if (!compiled.ok()) return kExitInvalidInput;
  const RulePack& pack = *compiled.pack;

  std::ifstream file;
  std::istream* facts = &in;
  if (auto path = parsed->Option("--facts"); path && *path != "-") {
    file.open(*path, std::ios::binary);
    if (!file) {
      err << "ailit rules eval: " << *path << ": cannot open\n";
      return kExitInvalidInput;
    }
    facts = &file;
  }

  std::vector<std::string> quoted_ids;
  for (const RuleInfo& rule : pack.rules()) quoted_ids.push_back(JsonString(rule.id));

  JsonFactLoader loader(catalogue);
  FactTable table(catalogue);
  std::vector<Firing> fired;
  std::string line;
  std::string output;
  std::size_t line_number = 0;
  std::size_t fact_sets = 0;
  bool any_invalid = false;
  using Clock = std::chrono::steady_clock;
  Clock::duration parse_time{};
  Clock::duration eval_time{};
  for (LineStatus status;
       (status = ReadLine(*facts, line, kMaxFactLineBytes)) != LineStatus::kEnd &&
       status != LineStatus::kError;) {
    ++line_number;
    output.clear();
    if (status == LineStatus::kTooLong) {
      output = "{\"error\":" +
               JsonString("the line is longer than the " + text::FormatCount(kMaxFactLineBytes) +
                          " bytes a fact set may have") +
               ",\"line\":" + std::to_string(line_number) + "}\n";
      any_invalid = true;
      out.write(output.data(), static_cast<std::streamsize>(output.size()));
      continue;
    }
    Clock::time_point t0 = Clock::now();
    Diagnostics loaded = loader.Load(line, table);
    Clock::time_point t1 = Clock::now();
    parse_time += t1 - t0;
    if (!loaded.ok()) {
      const Diagnostic& e = loaded.errors.front();
      std::string message = e.pointer.empty() ? e.message : e.pointer + ": " + e.message;
      output =
          "{\"error\":" + JsonString(message) + ",\"line\":" + std::to_string(line_number) + "}\n";
      any_invalid = true;
    } else {
      pack.Evaluate(table, fired);
      eval_time += Clock::now() - t1;
      ++fact_sets;
      output.push_back('[');
      for (std::size_t i = 0; i < fired.size(); ++i) {
        if (i > 0) output.push_back(',');
        output += quoted_ids[fired[i].rule];  // open catalogues have no for_each: one firing each
      }
      output += "]\n";
    }
    out.write(output.data(), static_cast<std::streamsize>(output.size()));
  }
  if (facts->bad()) {
    err << "ailit rules eval: reading the facts failed after line " << line_number << "\n";
    return kExitInvalidInput;
  }
  out.flush();
  if (parsed->Has("--stats")) {
    auto seconds = [](Clock::duration d) { return std::chrono::duration<double>(d).count(); };
    err << "{\"fact_sets\":" << fact_sets << ",\"parse_seconds\":" << Seconds(seconds(parse_time))
        << ",\"eval_seconds\":" << Seconds(seconds(eval_time)) << "}\n";
  }
  return any_invalid ? kExitInvalidInput : kExitOk;
}

}  // namespace

int RunRulesEval(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
                 std::ostream& err) {
  try {
    return Run(args, in, out, err);
  } catch (const std::exception& e) {
    err << "ailit rules eval: internal error: " << e.what() << "\n";
    return kExitFailure;
  }
}

}  // namespace ailit::cli

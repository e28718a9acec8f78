// The stages of one request (DESIGN.md §2, §8) and their floor, in items (profiles) per second.
//
// Every engine stage runs on an engine built like the CLI's: the core knowledge plus the four
// bundled sector plugins from <build>/plugins (ScanPluginFolder + BuildEngine). Inputs are the
// example profiles (profiles/*.json) and three classes of generated profiles, made at start-up
// by `ailit_gen_profiles --seed 7 --count 50 --sizes <class>:100` (small, medium, large); a
// benchmark over a generated class cycles through its 50 profiles. Per input, in this order:
//
//   floor/parse        RapidJSON parses the input bytes into a Document, no checks at all
//   floor/write        RapidJSON's Writer writes a Document holding ailit's own JSON answer for
//                      that input (parsed once at set-up): an output of the same size
//   floor/parse+write  both: the cost of the input and output alone (the §8 floor)
//   parse_validate     ParseProfile: parse, validate against the contract, normalise
//   score              ScoreWithEngine: profile facts, the sector plugin's risk, the scores
//   facts              ProfileFacts::Fill into a reused table (core facts, no plugin call)
//   rules              RulePack::Evaluate of every pack the profile's sector uses (the core
//                      packs and its plugin's) over a table filled once at set-up
//   plan               Recommend, plan not rendered: derive, score, rules, plan (the §8 engine
//                      target of 200,000 recommendations per second per core)
//   plan_core_only     the same on an engine without plugins, for comparison
//   render/json, render/markdown, render/html    rendering a finished recommendation
//   render/scores_json ScoresToJson, the answer of POST /v1/scores
//   end_to_end         JSON in to JSON out, as `ailit batch` does per line: ParseProfile,
//                      Recommend, RecommendationToJson (compact)
//
// Counters, per item: bytes_in (input bytes), bytes_out (bytes the benchmark writes, 0 when it
// writes nothing) and allocs_per_item (calls of operator new in this process, plugins included,
// counted by the replacements below). After the table, a summary per input gives end_to_end
// over floor/parse+write (§8: at most 3) and plan's rate against 200,000/s, from CPU times of
// this one run: the machine is shared, so compare ratios, not absolutes.
//
// The rules stage fills its table through the public API, which sets the core's profile and
// score facts but not a plugin's derived facts (those are set by Recommend through the plugin
// binding, an internal header); plugin rules that read them see them undefined there.
//
//   ailit_profile_benchmark --benchmark_min_time=0.1 [--benchmark_filter=generated/large]
//
// The console output always comes from the summary reporter; --benchmark_out=FILE with
// --benchmark_out_format=json still writes the machine-readable file.
#include <benchmark/benchmark.h>

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <new>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "ailit/engine.h"
#include "ailit/plugins.h"
#include "ailit/profile.h"
#include "ailit/profile_facts.h"
#include "ailit/recommendation.h"
#include "ailit/render.h"
#include "ailit/scores.h"

// ---- Allocation counting --------------------------------------------------------------------
// Every operator new in the process lands here (the array and nothrow forms forward to these).
// The counter is per thread: the benchmarks run on the main thread, and so do the plugin calls.

namespace {
constinit thread_local std::uint64_t t_allocations = 0;

void* CountedAlloc(std::size_t size) {
  ++t_allocations;
  if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
  throw std::bad_alloc();
}

void* CountedAlignedAlloc(std::size_t size, std::align_val_t align) {
  ++t_allocations;
  auto a = static_cast<std::size_t>(align);
  std::size_t rounded = (std::max<std::size_t>(size, 1) + a - 1) / a * a;
  if (void* p = std::aligned_alloc(a, rounded)) return p;
  throw std::bad_alloc();
}
}  // namespace

void* operator new(std::size_t size) {
  return CountedAlloc(size);
}
void* operator new[](std::size_t size) {
  return CountedAlloc(size);
}
void* operator new(std::size_t size, std::align_val_t align) {
  return CountedAlignedAlloc(size, align);
}
void* operator new[](std::size_t size, std::align_val_t align) {
  return CountedAlignedAlloc(size, align);
}
void operator delete(void* p) noexcept {
  std::free(p);
}
void operator delete[](void* p) noexcept {
  std::free(p);
}
void operator delete(void* p, std::size_t) noexcept {
  std::free(p);
}
void operator delete[](void* p, std::size_t) noexcept {
  std::free(p);
}
void operator delete(void* p, std::align_val_t) noexcept {
  std::free(p);
}
void operator delete[](void* p, std::align_val_t) noexcept {
  std::free(p);
}
void operator delete(void* p, std::size_t, std::align_val_t) noexcept {
  std::free(p);
}
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept {
  std::free(p);
}

namespace {

// ---- Inputs ---------------------------------------------------------------------------------

// One input of the benchmarks: an example profile, or the 50 profiles of a generated class,
// with everything the later stages start from, prepared once on the plugin engine.
struct Case {
  std::string name;                 // "hospital", "generated/small"
  std::vector<std::string> inputs;  // profile JSON texts, cycled
  std::vector<ailit::Profile> profiles;
  std::vector<ailit::Scores> scores;  // ScoreWithEngine
  std::vector<ailit::Recommendation> recs;
  std::vector<std::string> answers;               // RecommendationToJson, compact
  std::vector<rapidjson::Document> answer_docs;   // the answers parsed back, for floor/write
  std::vector<ailit::FactTable> tables;           // filled for the rules stage
  std::vector<std::vector<std::uint32_t>> packs;  // indexes into Engine::packs() per profile
};

[[noreturn]] void Fail(const std::string& message) {
  std::cerr << "ailit_profile_benchmark: " << message << "\n";
  std::exit(1);
}

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<Case> ExampleCases() {
  std::vector<Case> out;
  std::filesystem::path dir = std::filesystem::path(AILIT_SOURCE_DIR) / "profiles";
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".json" || entry.path().filename() == "profile.schema.json") {
      continue;
    }
    Case c;
    c.name = entry.path().stem().string();
    c.inputs.push_back(ReadFile(entry.path()));
    out.push_back(std::move(c));
  }
  std::sort(out.begin(), out.end(), [](const Case& a, const Case& b) { return a.name < b.name; });
  return out;
}

// Runs the generator and returns its lines: the profiles of one size class.
Case GeneratedCase(std::string_view size_class) {
  std::string command = std::string("'") + AILIT_GEN_PROFILES + "' --seed 7 --count 50 --sizes " +
                        std::string(size_class) + ":100";
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) Fail("cannot run " + command);
  std::string text;
  char buffer[65536];
  while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) text.append(buffer, n);
  if (int status = ::pclose(pipe); status != 0) {
    Fail(command + " failed (status " + std::to_string(status) + ")");
  }
  Case c;
  c.name = "generated/" + std::string(size_class);
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    if (!line.empty()) c.inputs.push_back(std::move(line));
  }
  if (c.inputs.size() != 50) Fail(command + " wrote " + std::to_string(c.inputs.size()) + " lines");
  return c;
}

std::shared_ptr<const ailit::Engine> PluginEngine() {
  ailit::PluginScan scan = ailit::ScanPluginFolder(AILIT_PLUGIN_DIR);
  if (scan.error) Fail(*scan.error);
  ailit::EngineBuild built = ailit::BuildEngine(ailit::CoreKnowledge(), std::move(scan.plugins));
  if (!built.engine) Fail("the core knowledge does not load");
  for (const ailit::PluginReport& r : built.plugins) {
    if (!r.loaded()) Fail("plugin " + r.file + " was refused");
  }
  if (built.engine->plugins().size() != 4) {
    Fail("expected the 4 bundled plugins in " + std::string(AILIT_PLUGIN_DIR) + ", found " +
         std::to_string(built.engine->plugins().size()));
  }
  return built.engine;
}

std::shared_ptr<const ailit::Engine> CoreEngine() {
  ailit::EngineResult built = ailit::Engine::Create(ailit::CoreKnowledge());
  if (!built.ok()) Fail("the core knowledge does not load");
  return built.engine;
}

// The packs Recommend evaluates for `profile`: the core's, then its sector plugin's.
std::vector<std::uint32_t> PacksFor(const ailit::Engine& engine, const ailit::Profile& profile) {
  std::string plugin_origin;
  if (auto plugin = engine.PluginFor(profile.organisation.sector)) {
    plugin_origin = "plugin:" + engine.plugins()[*plugin].id;
  }
  std::vector<std::uint32_t> out;
  for (std::uint32_t p = 0; p < engine.packs().size(); ++p) {
    const std::string& origin = engine.packs()[p].origin;
    if (!origin.starts_with("plugin:") || origin == plugin_origin) out.push_back(p);
  }
  return out;
}

void Prepare(Case& c, const std::shared_ptr<const ailit::Engine>& engine) {
  for (const std::string& input : c.inputs) {
    ailit::ProfileResult parsed = ailit::ParseProfile(input);
    if (!parsed.ok()) Fail(c.name + ": a profile does not validate");
    ailit::Diagnostics diagnostics;
    c.scores.push_back(ailit::ScoreWithEngine(*engine, *parsed.profile, diagnostics));
    c.profiles.push_back(*parsed.profile);
    c.recs.push_back(
        ailit::Recommend(engine, std::move(*parsed.profile), {}, std::move(parsed.diagnostics)));
    c.answers.push_back(
        ailit::RecommendationToJson(c.recs.back(), ailit::Lang::kNl, {.pretty = false}));
    rapidjson::Document doc;
    doc.Parse(c.answers.back().data(), c.answers.back().size());
    if (doc.HasParseError()) Fail(c.name + ": ailit's answer does not parse");
    c.answer_docs.push_back(std::move(doc));
  }
  // Tables point into the profiles: fill them only once the vector holds still.
  for (std::size_t i = 0; i < c.profiles.size(); ++i) {
    c.tables.emplace_back(engine->facts().catalogue());
    engine->facts().Fill(c.profiles[i], c.scores[i], c.tables.back());
    c.packs.push_back(PacksFor(*engine, c.profiles[i]));
  }
}

// ---- Measuring ------------------------------------------------------------------------------

// Counts what one benchmark loop does: the items' input and output bytes and the allocations
// made from its construction to Report.
class Meter {
 public:
  Meter() : allocations_(t_allocations) {}

  void Add(std::size_t bytes_in, std::size_t bytes_out) {
    bytes_in_ += bytes_in;
    bytes_out_ += bytes_out;
  }

  void Report(benchmark::State& state) const {
    std::uint64_t allocations = t_allocations - allocations_;
    constexpr auto kPerItem = benchmark::Counter::kAvgIterations;
    state.SetItemsProcessed(state.iterations());
    state.counters["bytes_in"] = benchmark::Counter(static_cast<double>(bytes_in_), kPerItem);
    state.counters["bytes_out"] = benchmark::Counter(static_cast<double>(bytes_out_), kPerItem);
    state.counters["allocs_per_item"] =
        benchmark::Counter(static_cast<double>(allocations), kPerItem);
  }

 private:
  std::uint64_t allocations_;
  std::uint64_t bytes_in_ = 0;
  std::uint64_t bytes_out_ = 0;
};

// Index of the next profile of a case, cycling.
class Cycle {
 public:
  explicit Cycle(std::size_t size) : size_(size) {}
  std::size_t Next() {
    std::size_t i = next_;
    next_ = next_ + 1 == size_ ? 0 : next_ + 1;
    return i;
  }

 private:
  std::size_t size_;
  std::size_t next_ = 0;
};

using Bench = std::function<void(benchmark::State&)>;

// ---- The floor ------------------------------------------------------------------------------

Bench FloorParse(const Case& c) {
  return [&c](benchmark::State& state) {
    Cycle cycle(c.inputs.size());
    Meter meter;
    for (auto _ : state) {
      const std::string& in = c.inputs[cycle.Next()];
      rapidjson::Document doc;
      doc.Parse(in.data(), in.size());
      benchmark::DoNotOptimize(doc.IsObject());
      meter.Add(in.size(), 0);
    }
    meter.Report(state);
  };
}

Bench FloorWrite(const Case& c) {
  return [&c](benchmark::State& state) {
    Cycle cycle(c.inputs.size());
    rapidjson::StringBuffer buffer;  // reused: the floor keeps its capacity
    Meter meter;
    for (auto _ : state) {
      buffer.Clear();
      rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
      c.answer_docs[cycle.Next()].Accept(writer);
      benchmark::DoNotOptimize(buffer.GetString());
      meter.Add(0, buffer.GetSize());
    }
    meter.Report(state);
  };
}

Bench FloorParseWrite(const Case& c) {
  return [&c](benchmark::State& state) {
    Cycle cycle(c.inputs.size());
    rapidjson::StringBuffer buffer;
    Meter meter;
    for (auto _ : state) {
      std::size_t i = cycle.Next();
      rapidjson::Document doc;
      doc.Parse(c.inputs[i].data(), c.inputs[i].size());
      benchmark::DoNotOptimize(doc.IsObject());
      buffer.Clear();
      rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
      c.answer_docs[i].Accept(writer);
      benchmark::DoNotOptimize(buffer.GetString());
      meter.Add(c.inputs[i].size(), buffer.GetSize());
    }
    meter.Report(state);
  };
}

// ---- The engine's stages --------------------------------------------------------------------

Bench ParseValidate(const Case& c) {
  return [&c](benchmark::State& state) {
    Cycle cycle(c.inputs.size());
    Meter meter;
    for (auto _ : state) {
      const std::string& in = c.inputs[cycle.Next()];
      ailit::ProfileResult result = ailit::ParseProfile(in);
      benchmark::DoNotOptimize(result.ok());
      meter.Add(in.size(), 0);
    }
    meter.Report(state);
  };
}

Bench Score(const Case& c, std::shared_ptr<const ailit::Engine> engine) {
  return [&c, engine](benchmark::State& state) {
    Cycle cycle(c.inputs.size());
    Meter meter;
    for (auto _ : state) {
      std::size_t i = cycle.Next();
      ailit::Diagnostics diagnostics;
      ailit::Scores scores = ailit::ScoreWithEngine(*engine, c.profiles[i], diagnostics);
      benchmark::DoNotOptimize(scores.overall);
      meter.Add(c.inputs[i].size(), 0);
    }
    meter.Report(state);
  };
}

Bench Facts(const Case& c, std::shared_ptr<const ailit::Engine> engine) {
  return [&c, engine](benchmark::State& state) {
    Cycle cycle(c.inputs.size());
    ailit::FactTable table(engine->facts().catalogue());
    Meter meter;
    for (auto _ : state) {
      std::size_t i = cycle.Next();
      engine->facts().Fill(c.profiles[i], c.scores[i], table);
      benchmark::ClobberMemory();
      meter.Add(c.inputs[i].size(), 0);
    }
    meter.Report(state);
  };
}

Bench Rules(const Case& c, std::shared_ptr<const ailit::Engine> engine) {
  return [&c, engine](benchmark::State& state) {
    Cycle cycle(c.inputs.size());
    std::vector<ailit::Firing> firings;
    std::uint64_t fired = 0;
    Meter meter;
    for (auto _ : state) {
      std::size_t i = cycle.Next();
      for (std::uint32_t p : c.packs[i]) {
        engine->packs()[p].pack.Evaluate(c.tables[i], firings);
        fired += firings.size();
      }
      meter.Add(c.inputs[i].size(), 0);
    }
    meter.Report(state);
    state.counters["firings"] =
        benchmark::Counter(static_cast<double>(fired), benchmark::Counter::kAvgIterations);
  };
}

// Recommend takes the profile by value: it is moved in and moved back out of the result, so
// the loop times the engine, not a copy of its input.
Bench Plan(const Case& c, std::shared_ptr<const ailit::Engine> engine) {
  return [&c, engine](benchmark::State& state) {
    std::vector<ailit::Profile> profiles = c.profiles;
    Cycle cycle(c.inputs.size());
    Meter meter;
    for (auto _ : state) {
      std::size_t i = cycle.Next();
      ailit::Recommendation rec = ailit::Recommend(engine, std::move(profiles[i]));
      benchmark::DoNotOptimize(rec.measures.data());
      profiles[i] = std::move(rec.profile);
      meter.Add(c.inputs[i].size(), 0);
    }
    meter.Report(state);
  };
}

Bench Render(const Case& c, ailit::Format format) {
  return [&c, format](benchmark::State& state) {
    Cycle cycle(c.inputs.size());
    Meter meter;
    for (auto _ : state) {
      std::size_t i = cycle.Next();
      std::string out =
          ailit::RenderRecommendation(c.recs[i], format, ailit::Lang::kNl, {.pretty = false});
      benchmark::DoNotOptimize(out.data());
      meter.Add(c.inputs[i].size(), out.size());
    }
    meter.Report(state);
  };
}

Bench ScoresJson(const Case& c, std::shared_ptr<const ailit::Engine> engine) {
  return [&c, engine](benchmark::State& state) {
    Cycle cycle(c.inputs.size());
    const ailit::Diagnostics none;
    Meter meter;
    for (auto _ : state) {
      std::size_t i = cycle.Next();
      std::string out = ailit::ScoresToJson(c.profiles[i], c.scores[i], engine->sectors(),
                                            ailit::Lang::kNl, none, {.pretty = false});
      benchmark::DoNotOptimize(out.data());
      meter.Add(c.inputs[i].size(), out.size());
    }
    meter.Report(state);
  };
}

// The whole request as `ailit batch` runs it per line.
Bench EndToEnd(const Case& c, std::shared_ptr<const ailit::Engine> engine) {
  return [&c, engine](benchmark::State& state) {
    Cycle cycle(c.inputs.size());
    Meter meter;
    for (auto _ : state) {
      const std::string& in = c.inputs[cycle.Next()];
      ailit::ProfileResult parsed = ailit::ParseProfile(in);
      ailit::Recommendation rec =
          ailit::Recommend(engine, std::move(*parsed.profile), {}, std::move(parsed.diagnostics));
      std::string out = ailit::RecommendationToJson(rec, ailit::Lang::kNl, {.pretty = false});
      benchmark::DoNotOptimize(out.data());
      meter.Add(in.size(), out.size());
    }
    meter.Report(state);
  };
}

// ---- Summary --------------------------------------------------------------------------------

// The console report, then per input the §8 ratios from this run's CPU times.
class SummaryReporter : public benchmark::ConsoleReporter {
 public:
  explicit SummaryReporter(std::vector<std::string> cases)
      : ConsoleReporter(OO_None), cases_(std::move(cases)) {}

  void ReportRuns(const std::vector<Run>& runs) override {
    ConsoleReporter::ReportRuns(runs);
    for (const Run& run : runs) {
      if (run.run_type != Run::RT_Iteration || run.error_occurred) continue;
      double seconds = run.GetAdjustedCPUTime() / benchmark::GetTimeUnitMultiplier(run.time_unit);
      seconds_per_item_[run.benchmark_name()] = seconds;
    }
  }

  void Finalize() override {
    std::ostream& out = GetOutputStream();
    char line[256];
    std::snprintf(line, sizeof line, "\n%-28s %14s %14s %14s %12s %14s\n", "input (CPU time)",
                  "e2e/floor p+w", "e2e/floor p", "plan items/s", "plan/200k", "core-only/s");
    out << line;
    for (const std::string& name : cases_) {
      double e2e = Get(name + "/end_to_end");
      double floor = Get(name + "/floor/parse+write");
      double floor_parse = Get(name + "/floor/parse");
      double plan = Get(name + "/plan");
      double core = Get(name + "/plan_core_only");
      if (e2e <= 0 && plan <= 0) continue;  // filtered out
      std::snprintf(line, sizeof line, "%-28s %14.2f %14.2f %14.0f %12.2f %14.0f\n", name.c_str(),
                    Ratio(e2e, floor), Ratio(e2e, floor_parse), Rate(plan), Rate(plan) / 200000.0,
                    Rate(core));
      out << line;
    }
    out << "e2e/floor p+w: end_to_end over floor/parse+write (DESIGN.md §8: at most 3); "
           "plan/200k: plan's rate over the §8 target (at least 1). 0 or nan: not run.\n";
    ConsoleReporter::Finalize();
  }

 private:
  double Get(const std::string& name) const {
    auto it = seconds_per_item_.find(name);
    return it == seconds_per_item_.end() ? 0 : it->second;
  }
  static double Ratio(double a, double b) { return a > 0 && b > 0 ? a / b : 0.0; }
  static double Rate(double seconds) { return seconds > 0 ? 1.0 / seconds : 0.0; }

  std::vector<std::string> cases_;
  std::map<std::string, double> seconds_per_item_;
};

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;

  std::shared_ptr<const ailit::Engine> engine = PluginEngine();
  std::shared_ptr<const ailit::Engine> core = CoreEngine();
  // Cases stay put from here on: the benchmarks hold references into them.
  std::vector<Case> cases = ExampleCases();
  for (const char* size_class : {"small", "medium", "large"}) {
    cases.push_back(GeneratedCase(size_class));
  }
  std::vector<std::string> names;
  for (Case& c : cases) {
    Prepare(c, engine);
    names.push_back(c.name);
  }

  for (const Case& c : cases) {
    auto add = [&c](const std::string& stage, Bench bench) {
      std::string name = c.name + "/" + stage;
      benchmark::RegisterBenchmark(name.c_str(), std::move(bench));
    };
    add("floor/parse", FloorParse(c));
    add("floor/write", FloorWrite(c));
    add("floor/parse+write", FloorParseWrite(c));
    add("parse_validate", ParseValidate(c));
    add("score", Score(c, engine));
    add("facts", Facts(c, engine));
    add("rules", Rules(c, engine));
    add("plan", Plan(c, engine));
    add("plan_core_only", Plan(c, core));
    add("render/json", Render(c, ailit::Format::kJson));
    add("render/markdown", Render(c, ailit::Format::kMarkdown));
    add("render/html", Render(c, ailit::Format::kHtml));
    add("render/scores_json", ScoresJson(c, engine));
    add("end_to_end", EndToEnd(c, engine));
  }

  SummaryReporter reporter(names);
  benchmark::RunSpecifiedBenchmarks(&reporter);
  benchmark::Shutdown();
  return 0;
}

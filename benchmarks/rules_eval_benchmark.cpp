// Rule evaluation throughput (DESIGN.md §8): a generated 200-rule pack (2-4 conditions per rule,
// nested all/any, over 30 facts) on 10,000 generated fact sets, in fact sets per second.
//   BM_EvaluatePreloaded/10000  Evaluate only, the 10,000 fact sets already in FactTables
//                               (the DESIGN target: 500k/s on one core)
//   BM_EvaluatePreloaded/100    the same work on 100 tables reused 100 times (cache-warm)
//   BM_LoadAndEvaluate          JsonFactLoader::Load of each JSON line, then Evaluate
// Everything is generated from a fixed seed, so runs compare.
#include <random>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "ailit/facts.h"
#include "ailit/rules.h"

namespace {

constexpr int kRules = 200;
constexpr int kFactSets = 10000;
constexpr int kNumbers = 12, kEnums = 10, kBools = 4, kLists = 4;  // 30 facts
const std::vector<std::string> kWords = {"none", "basic",   "partial", "yes",    "no",     "draft",
                                         "high", "limited", "minimal", "public", "private"};

std::string Fact(const char* kind, int i) {
  return std::string(kind) + std::to_string(i);
}

class Generator {
 public:
  explicit Generator(std::uint32_t seed) : rng_(seed) {}

  std::string Leaf() {
    switch (Pick(4)) {
      case 0: {
        static const char* kOps[] = {"lessThan",    "lessThanInclusive",
                                     "greaterThan", "greaterThanInclusive",
                                     "equal",       "notEqual"};
        return R"({"fact": ")" + Fact("n", Pick(kNumbers)) + R"(", "operator": ")" + kOps[Pick(6)] +
               R"(", "value": )" + std::to_string(Pick(100)) + "}";
      }
      case 1: {
        if (Pick(2) == 0) {
          return R"({"fact": ")" + Fact("e", Pick(kEnums)) + R"(", "operator": ")" +
                 (Pick(2) ? "equal" : "notEqual") + R"(", "value": ")" + Word() + "\"}";
        }
        return R"({"fact": ")" + Fact("e", Pick(kEnums)) + R"(", "operator": ")" +
               (Pick(2) ? "in" : "notIn") + R"(", "value": [")" + Word() + "\", \"" + Word() +
               "\"]}";
      }
      case 2:
        return R"({"fact": ")" + Fact("b", Pick(kBools)) + R"(", "operator": "equal", "value": )" +
               (Pick(2) ? "true" : "false") + "}";
      default:
        return R"({"fact": ")" + Fact("l", Pick(kLists)) + R"(", "operator": ")" +
               (Pick(2) ? "contains" : "doesNotContain") + R"(", "value": ")" + Word() + "\"}";
    }
  }

  std::string Pack() {
    std::string pack = "[";
    for (int r = 0; r < kRules; ++r) {
      int conditions = 2 + Pick(3);
      std::string body;
      for (int c = 0; c < conditions; ++c) {
        if (c > 0) body += ", ";
        if (Pick(3) == 0) {  // a nested group of two leaves
          body += std::string("{\"") + (Pick(2) ? "any" : "all") + "\": [" + Leaf() + ", " +
                  Leaf() + "]}";
        } else {
          body += Leaf();
        }
      }
      if (r > 0) pack += ",\n";
      pack += R"({"name": "rule-)" + std::to_string(r) + R"(", "conditions": {")" +
              (Pick(3) == 0 ? "any" : "all") + R"(": [)" + body + "]}}";
    }
    return pack + "]";
  }

  std::string FactSet() {
    std::string s = "{";
    auto add = [&](const std::string& name, const std::string& value) {
      if (Pick(10) == 0) return;  // some facts are missing
      if (s.size() > 1) s += ", ";
      s += "\"" + name + "\": " + value;
    };
    for (int i = 0; i < kNumbers; ++i) add(Fact("n", i), std::to_string(Pick(100)));
    for (int i = 0; i < kEnums; ++i) add(Fact("e", i), "\"" + Word() + "\"");
    for (int i = 0; i < kBools; ++i) add(Fact("b", i), Pick(2) ? "true" : "false");
    for (int i = 0; i < kLists; ++i) {
      add(Fact("l", i), "[\"" + Word() + "\", \"" + Word() + "\", \"" + Word() + "\"]");
    }
    return s + "}";
  }

 private:
  int Pick(int n) { return static_cast<int>(rng_() % static_cast<std::uint32_t>(n)); }
  const std::string& Word() { return kWords[static_cast<std::size_t>(Pick(kWords.size()))]; }
  std::mt19937 rng_;
};

struct Fixture {
  ailit::FactCatalogue catalogue = ailit::FactCatalogue::Open();
  std::optional<ailit::RulePack> pack;
  std::vector<std::string> lines;

  Fixture() {
    Generator gen(20240601);
    ailit::RulePackResult r = ailit::CompileRulePack(gen.Pack(), "generated.json", catalogue);
    if (!r.ok()) throw std::runtime_error(r.diagnostics.errors[0].message);
    pack = std::move(r.pack);
    for (int i = 0; i < kFactSets; ++i) lines.push_back(gen.FactSet());
  }
};

const Fixture& Shared() {
  static const Fixture fixture;
  return fixture;
}

void BM_EvaluatePreloaded(benchmark::State& state) {
  const Fixture& f = Shared();
  ailit::JsonFactLoader loader(f.catalogue);
  std::vector<ailit::FactTable> tables;
  tables.reserve(f.lines.size());
  for (std::size_t i = 0; i < static_cast<std::size_t>(state.range(0)); ++i) {
    const std::string& line = f.lines[i];
    tables.emplace_back(f.catalogue);
    if (!loader.Load(line, tables.back()).ok()) state.SkipWithError("bad fact set");
  }
  std::vector<ailit::Firing> fired;
  std::size_t total_fired = 0;
  std::size_t rounds = f.lines.size() / tables.size();
  for (auto _ : state) {
    for (std::size_t round = 0; round < rounds; ++round) {
      for (const ailit::FactTable& table : tables) {
        f.pack->Evaluate(table, fired);
        total_fired += fired.size();
      }
    }
  }
  benchmark::DoNotOptimize(total_fired);
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(tables.size() * rounds));
  state.counters["fired_per_set"] =
      static_cast<double>(total_fired) /
      static_cast<double>(state.iterations() * tables.size() * rounds);
}
BENCHMARK(BM_EvaluatePreloaded)->Arg(kFactSets)->Arg(100)->Unit(benchmark::kMillisecond);

void BM_LoadAndEvaluate(benchmark::State& state) {
  const Fixture& f = Shared();
  ailit::JsonFactLoader loader(f.catalogue);
  ailit::FactTable table(f.catalogue);
  std::vector<ailit::Firing> fired;
  std::size_t total_fired = 0;
  for (auto _ : state) {
    for (const std::string& line : f.lines) {
      if (!loader.Load(line, table).ok()) state.SkipWithError("bad fact set");
      f.pack->Evaluate(table, fired);
      total_fired += fired.size();
    }
  }
  benchmark::DoNotOptimize(total_fired);
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(f.lines.size()));
}
BENCHMARK(BM_LoadAndEvaluate)->Unit(benchmark::kMillisecond);

}  // namespace

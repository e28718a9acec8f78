// The profile stages of one request (DESIGN.md §2, §8), per example profile, in profiles per
// second: parse + validate + normalise, score, derive facts, render the scores as JSON, the
// engine's recommendation without rendering (score, facts, rules, plan: the §8 target of
// 200,000/s per core), rendering it as JSON, Markdown and HTML, and JSON in to JSON out. Beside
// them the floor: RapidJSON parsing the same bytes into a DOM with no checks at all, so the
// report shows what the contract's checks cost over plain parsing.
#include <benchmark/benchmark.h>

#include <rapidjson/document.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "ailit/engine.h"
#include "ailit/profile.h"
#include "ailit/profile_facts.h"
#include "ailit/recommendation.h"
#include "ailit/render.h"
#include "ailit/scores.h"

namespace {

struct Example {
  std::string name;
  std::string json;
};

const std::vector<Example>& Examples() {
  static const std::vector<Example> examples = [] {
    std::vector<Example> out;
    std::filesystem::path dir = std::filesystem::path(AILIT_SOURCE_DIR) / "profiles";
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
      if (entry.path().extension() != ".json" || entry.path().filename() == "profile.schema.json") {
        continue;
      }
      std::ifstream in(entry.path(), std::ios::binary);
      std::ostringstream text;
      text << in.rdbuf();
      out.push_back({entry.path().stem().string(), text.str()});
    }
    std::sort(out.begin(), out.end(),
              [](const Example& a, const Example& b) { return a.name < b.name; });
    return out;
  }();
  return examples;
}

const Example& Pick(benchmark::State& state) {
  const Example& e = Examples()[static_cast<std::size_t>(state.range(0))];
  state.SetLabel(e.name);
  return e;
}

void BM_RapidJsonParseFloor(benchmark::State& state) {
  const Example& e = Pick(state);
  for (auto _ : state) {
    rapidjson::Document doc;
    doc.Parse(e.json.data(), e.json.size());
    benchmark::DoNotOptimize(doc.IsObject());
  }
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(e.json.size()));
}

void BM_ParseProfile(benchmark::State& state) {
  const Example& e = Pick(state);
  for (auto _ : state) {
    ailit::ProfileResult result = ailit::ParseProfile(e.json);
    benchmark::DoNotOptimize(result.ok());
  }
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(e.json.size()));
}

void BM_ScoreProfile(benchmark::State& state) {
  ailit::Profile profile = *ailit::ParseProfile(Pick(state).json).profile;
  const auto& sectors = ailit::SectorRiskTable::CoreDefaults();
  for (auto _ : state) {
    ailit::Scores scores = ailit::ScoreProfile(profile, sectors);
    benchmark::DoNotOptimize(scores.overall);
  }
  state.SetItemsProcessed(state.iterations());
}

void BM_FillFacts(benchmark::State& state) {
  ailit::Profile profile = *ailit::ParseProfile(Pick(state).json).profile;
  ailit::Scores scores = ailit::ScoreProfile(profile, ailit::SectorRiskTable::CoreDefaults());
  ailit::ProfileFacts facts;
  ailit::FactTable table(facts.catalogue());
  for (auto _ : state) {
    facts.Fill(profile, scores, table);
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(state.iterations());
}

void BM_ScoresToJson(benchmark::State& state) {
  ailit::ProfileResult parsed = ailit::ParseProfile(Pick(state).json);
  const auto& sectors = ailit::SectorRiskTable::CoreDefaults();
  ailit::Scores scores = ailit::ScoreProfile(*parsed.profile, sectors);
  for (auto _ : state) {
    std::string json = ailit::ScoresToJson(*parsed.profile, scores, sectors, ailit::Lang::kNl,
                                           parsed.diagnostics, {.pretty = false});
    benchmark::DoNotOptimize(json.data());
  }
  state.SetItemsProcessed(state.iterations());
}

std::shared_ptr<const ailit::Engine> CoreEngine() {
  static const std::shared_ptr<const ailit::Engine> engine =
      ailit::Engine::Create(ailit::CoreKnowledge()).engine;
  return engine;
}

void BM_Recommend(benchmark::State& state) {
  ailit::Profile profile = *ailit::ParseProfile(Pick(state).json).profile;
  auto engine = CoreEngine();
  for (auto _ : state) {
    ailit::Recommendation rec = ailit::Recommend(engine, profile);
    benchmark::DoNotOptimize(rec.measures.data());
  }
  state.SetItemsProcessed(state.iterations());
}

void BM_Render(benchmark::State& state, ailit::Format format) {
  ailit::Profile profile = *ailit::ParseProfile(Pick(state).json).profile;
  ailit::Recommendation rec = ailit::Recommend(CoreEngine(), profile);
  std::int64_t bytes = 0;
  for (auto _ : state) {
    std::string out = ailit::RenderRecommendation(rec, format, ailit::Lang::kNl, {.pretty = false});
    bytes += static_cast<std::int64_t>(out.size());
    benchmark::DoNotOptimize(out.data());
  }
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(bytes);
}

// The whole request as `ailit batch` runs it per line.
void BM_JsonInJsonOut(benchmark::State& state) {
  const Example& e = Pick(state);
  auto engine = CoreEngine();
  for (auto _ : state) {
    ailit::ProfileResult parsed = ailit::ParseProfile(e.json);
    ailit::Recommendation rec =
        ailit::Recommend(engine, std::move(*parsed.profile), {}, std::move(parsed.diagnostics));
    std::string out = ailit::RecommendationToJson(rec, ailit::Lang::kNl, {.pretty = false});
    benchmark::DoNotOptimize(out.data());
  }
  state.SetItemsProcessed(state.iterations());
}

void EachExample(benchmark::internal::Benchmark* b) {
  for (std::size_t i = 0; i < Examples().size(); ++i) b->Arg(static_cast<std::int64_t>(i));
}

BENCHMARK(BM_RapidJsonParseFloor)->Apply(EachExample);
BENCHMARK(BM_ParseProfile)->Apply(EachExample);
BENCHMARK(BM_ScoreProfile)->Apply(EachExample);
BENCHMARK(BM_FillFacts)->Apply(EachExample);
BENCHMARK(BM_ScoresToJson)->Apply(EachExample);
BENCHMARK(BM_Recommend)->Apply(EachExample);
BENCHMARK_CAPTURE(BM_Render, json, ailit::Format::kJson)->Apply(EachExample);
BENCHMARK_CAPTURE(BM_Render, markdown, ailit::Format::kMarkdown)->Apply(EachExample);
BENCHMARK_CAPTURE(BM_Render, html, ailit::Format::kHtml)->Apply(EachExample);
BENCHMARK(BM_JsonInJsonOut)->Apply(EachExample);

}  // namespace

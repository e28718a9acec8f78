// The small test knowledge base in tests/fixtures/knowledge/, as engine sources, and a helper to
// recommend for profile JSON with it.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "ailit/engine.h"
#include "ailit/recommendation.h"
#include "support/files.h"

namespace ailit::testing {

inline KnowledgeSource FixtureKnowledge() {
  return {"core", ReadFile(SourcePath("tests/fixtures/knowledge/rules.json")), "rules.json",
          ReadFile(SourcePath("tests/fixtures/knowledge/measures.json")), "measures.json"};
}

inline std::shared_ptr<const Engine> FixtureEngine() {
  EngineResult built = Engine::Create({FixtureKnowledge()});
  for (const Diagnostic& d : built.diagnostics.errors) ADD_FAILURE() << d.message;
  return built.engine;
}

inline Recommendation RecommendFor(const std::shared_ptr<const Engine>& engine,
                                   const std::string& json, RecommendOptions options = {}) {
  ProfileResult parsed = ParseProfile(json);
  for (const Diagnostic& d : parsed.diagnostics.errors)
    ADD_FAILURE() << d.pointer << ": " << d.message;
  if (!parsed.ok()) return {};
  return Recommend(engine, std::move(*parsed.profile), options, std::move(parsed.diagnostics));
}

inline const PlannedMeasure* FindMeasure(const Recommendation& rec, const std::string& id) {
  for (const PlannedMeasure& m : rec.measures) {
    if (rec.engine->measures().measures()[m.measure].id == id) return &m;
  }
  return nullptr;
}

inline std::string MeasureId(const Recommendation& rec, const PlannedMeasure& m) {
  return rec.engine->measures().measures()[m.measure].id;
}

}  // namespace ailit::testing

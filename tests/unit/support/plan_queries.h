// Questions the sector plugins' tests ask of a plan: which staff groups and AI systems a planned
// measure names, which rule firings put it there and what facts they saw, and whether a plugin
// left another sector's plan exactly as the core makes it. For example:
//
//   const PlannedMeasure* m = FindMeasure(rec, "hospital.verify-generated-letters");
//   EXPECT_EQ(SystemIds(rec, *m), std::vector<std::string>{"brievenassistent"});
//   const Cause* c = FindCause(rec, *m, "org.ailit.hospital", "generated-letter-verification",
//                              SystemIndex(rec, "brievenassistent"));
//   for (const std::string& name : ExampleProfilesExcept("hospital.json")) {
//     ExpectSamePlan(RecommendExample(with_plugin, name), RecommendExample(core, name));
//   }
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "ailit/engine.h"
#include "ailit/recommendation.h"
#include "ailit/scores.h"
#include "support/files.h"
#include "support/knowledge.h"

namespace ailit::testing {

// `ids` in ascending order, for comparing where the plan's order does not matter.
inline std::vector<std::string> Sorted(std::vector<std::string> ids) {
  std::sort(ids.begin(), ids.end());
  return ids;
}

// `ids` as a set: order and repetitions do not matter.
inline std::set<std::string> AsSet(const std::vector<std::string>& ids) {
  return {ids.begin(), ids.end()};
}

// The ids of the staff groups a planned measure names, in profile order.
inline std::vector<std::string> GroupIds(const Recommendation& rec, const PlannedMeasure& m) {
  std::vector<std::string> ids;
  for (std::uint32_t g : m.groups) ids.push_back(rec.profile.staff_groups[g].id);
  return ids;
}

// The ids of the AI systems a planned measure names, in profile order.
inline std::vector<std::string> SystemIds(const Recommendation& rec, const PlannedMeasure& m) {
  std::vector<std::string> ids;
  for (std::uint32_t s : m.systems) ids.push_back(rec.profile.ai_systems[s].id);
  return ids;
}

// The index of staff group `id` in the profile; fails the test and returns -1 when there is none.
inline std::int32_t GroupIndex(const Recommendation& rec, const std::string& id) {
  for (std::size_t g = 0; g < rec.profile.staff_groups.size(); ++g) {
    if (rec.profile.staff_groups[g].id == id) return static_cast<std::int32_t>(g);
  }
  ADD_FAILURE() << "no staff group " << id;
  return -1;
}

// The index of AI system `id` in the profile; fails the test and returns -1 when there is none.
inline std::int32_t SystemIndex(const Recommendation& rec, const std::string& id) {
  for (std::size_t s = 0; s < rec.profile.ai_systems.size(); ++s) {
    if (rec.profile.ai_systems[s].id == id) return static_cast<std::int32_t>(s);
  }
  ADD_FAILURE() << "no AI system " << id;
  return -1;
}

// The id of the pack whose rule fired, e.g. "org.ailit.hospital".
inline const std::string& PackId(const Recommendation& rec, const Cause& cause) {
  return rec.engine->packs()[cause.pack].pack.id();
}

// The id of the rule that fired, within its pack.
inline const std::string& RuleId(const Recommendation& rec, const Cause& cause) {
  return rec.engine->packs()[cause.pack].pack.rules()[cause.rule].id;
}

// The rule id of every firing that put `m` in the plan, in the plan's order.
inline std::vector<std::string> RuleIds(const Recommendation& rec, const PlannedMeasure& m) {
  std::vector<std::string> ids;
  for (const Cause& c : m.because) ids.push_back(RuleId(rec, c));
  return ids;
}

// "<pack id>/<rule id>" for every firing that put `m` in the plan, in the plan's order.
inline std::vector<std::string> Because(const Recommendation& rec, const PlannedMeasure& m) {
  std::vector<std::string> rules;
  for (const Cause& c : m.because) rules.push_back(PackId(rec, c) + "/" + RuleId(rec, c));
  return rules;
}

// The firing of pack `pack_id`'s rule `rule` for `item` (a system or staff group index, -1 for a
// rule without for_each) that put `m` in the plan; nullptr when there is none.
inline const Cause* FindCause(const Recommendation& rec, const PlannedMeasure& m,
                              const std::string& pack_id, const std::string& rule,
                              std::int32_t item) {
  for (const Cause& c : m.because) {
    if (PackId(rec, c) == pack_id && RuleId(rec, c) == rule && c.item == item) return &c;
  }
  return nullptr;
}

// The value (JSON text) a firing recorded for `fact`; nullopt when its rule did not read it.
inline std::optional<std::string> CauseFactValue(const Cause& cause, std::string_view fact) {
  for (const CauseFact& f : cause.facts) {
    if (f.fact == fact) return std::string(f.value);
  }
  return std::nullopt;
}

// The value (JSON text) `fact` had when pack `pack_id`'s rule `rule` fired for `item` and put `m`
// in the plan; nullopt when there is no such firing or it did not read the fact.
inline std::optional<std::string> FactSeen(const Recommendation& rec, const PlannedMeasure& m,
                                           const std::string& pack_id, const std::string& rule,
                                           std::int32_t item, std::string_view fact) {
  const Cause* cause = FindCause(rec, m, pack_id, rule, item);
  if (cause == nullptr) return std::nullopt;
  return CauseFactValue(*cause, fact);
}

// The file names in profiles/ (the example profiles, sorted) other than `own` and the schema.
inline std::vector<std::string> ExampleProfilesExcept(const std::string& own) {
  std::vector<std::string> names;
  for (const std::filesystem::path& file : FilesIn("profiles", ".json")) {
    std::string name = file.filename().string();
    if (name != own && name != "profile.schema.json") names.push_back(name);
  }
  return names;
}

// Expects `a` and `b` to score alike (overall and per staff group) and to plan the same measures
// in the same order, with the same status, priority, year, step and targets. A failure names the
// staff group or measure.
inline void ExpectSamePlan(const Recommendation& a, const Recommendation& b) {
  EXPECT_EQ(a.scores.nature, b.scores.nature);
  EXPECT_EQ(a.scores.severity, b.scores.severity);
  EXPECT_EQ(a.scores.sector_risk, b.scores.sector_risk);
  EXPECT_EQ(a.scores.overall, b.scores.overall);
  EXPECT_EQ(a.scores.level, b.scores.level);
  EXPECT_EQ(a.scores.groups.size(), b.scores.groups.size());
  for (std::size_t g = 0; g < std::min(a.scores.groups.size(), b.scores.groups.size()); ++g) {
    const std::string& group = a.profile.staff_groups[g].id;
    EXPECT_EQ(a.scores.groups[g].required_level, b.scores.groups[g].required_level) << group;
    EXPECT_EQ(a.scores.groups[g].current_level, b.scores.groups[g].current_level) << group;
  }
  EXPECT_EQ(a.measures.size(), b.measures.size());
  if (a.measures.size() != b.measures.size()) return;  // no pairs to compare
  for (std::size_t i = 0; i < a.measures.size(); ++i) {
    const PlannedMeasure& x = a.measures[i];
    const PlannedMeasure& y = b.measures[i];
    const std::string id = MeasureId(a, x);
    EXPECT_EQ(id, MeasureId(b, y));
    EXPECT_EQ(x.status, y.status) << id;
    EXPECT_EQ(x.priority, y.priority) << id;
    EXPECT_EQ(x.year, y.year) << id;
    EXPECT_EQ(x.step, y.step) << id;
    EXPECT_TRUE(std::ranges::equal(x.groups, y.groups)) << id;
    EXPECT_TRUE(std::ranges::equal(x.systems, y.systems)) << id;
    EXPECT_EQ(x.customers, y.customers) << id;
    EXPECT_EQ(x.service_providers, y.service_providers) << id;
  }
}

}  // namespace ailit::testing

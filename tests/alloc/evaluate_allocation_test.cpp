// Evaluation allocates nothing (DESIGN.md §5): once the caller's output vector has grown, running
// a compiled pack over a filled table performs no heap allocation at all, for global and for_each
// rules alike. Counted by replacing the global operator new, which is why this test is a binary
// of its own and is left out of sanitizer builds (the sanitizer owns allocation there).
// This file replaces operator new/delete with malloc/free; GCC cannot see that the pair matches
// where it inlines them, and would warn.
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"

#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <new>

#include "ailit/profile_facts.h"
#include "ailit/rules.h"
#include "support/files.h"

namespace {

std::atomic<bool> counting{false};
std::atomic<long> allocations{0};

}  // namespace

void* operator new(std::size_t size) {
  if (counting.load(std::memory_order_relaxed)) allocations.fetch_add(1);
  if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
  throw std::bad_alloc();
}
void operator delete(void* p) noexcept {
  std::free(p);
}
void operator delete(void* p, std::size_t) noexcept {
  std::free(p);
}

namespace ailit {
namespace {

TEST(RuleEvaluation, AllocatesNothingOnceTheOutputHasGrown) {
  ProfileFacts facts;
  RulePackResult compiled = CompileRulePack(R"({"id": "t", "version": "1", "rules": [
      {"id": "oversight", "priority": 90, "for_each": "staff_group",
       "conditions": {"all": [{"fact": "group.oversees_high_risk", "operator": "equal", "value": true},
                              {"not": {"fact": "group.training", "operator": "equal", "value": "role_specific"}}]},
       "activates": [{"measure": "m1"}]},
      {"id": "classify", "priority": 80, "for_each": "system",
       "conditions": {"any": [{"fact": "system.risk_class", "operator": "in", "value": ["unknown", "high"]},
                              {"fact": "system.people_affected", "operator": "greaterThan", "value": 1000},
                              {"fact": "system.affected", "operator": "contains", "value": "minors"}]},
       "activates": [{"measure": "m2"}]},
      {"id": "genai", "priority": 50,
       "conditions": {"all": [{"fact": "systems.kinds", "operator": "contains", "value": "generative"},
                              {"fact": "governance.genai_guidelines", "operator": "notEqual", "value": "yes"},
                              {"fact": "organisation.sector", "operator": "equal", "value": "hospital"}]},
       "activates": [{"measure": "m3"}]}]})",
                                            "t.json", facts.catalogue());
  ASSERT_TRUE(compiled.ok());
  ProfileResult parsed =
      ParseProfile(testing::ReadFile(testing::SourcePath("profiles/hospital.json")));
  ASSERT_TRUE(parsed.ok());
  Scores scores = ScoreProfile(*parsed.profile, SectorRiskTable::CoreDefaults());
  FactTable table(facts.catalogue());
  facts.Fill(*parsed.profile, scores, table);
  std::vector<Firing> fired;
  compiled.pack->Evaluate(table, fired);  // grows `fired` once
  ASSERT_FALSE(fired.empty());
  const std::vector<Firing> first = fired;

  allocations = 0;
  counting = true;
  for (int i = 0; i < 100; ++i) compiled.pack->Evaluate(table, fired);
  counting = false;
  EXPECT_EQ(allocations.load(), 0);
  EXPECT_EQ(fired, first);
}

}  // namespace
}  // namespace ailit

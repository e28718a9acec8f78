// Traced evaluation: per rule whether it fired, per leaf the actual and expected values.
#include <random>

#include <gtest/gtest.h>

#include "rules/rules_test_support.h"

namespace ailit {
namespace {

TEST(Trace, RecordsEveryLeafWithActualAndExpectedValues) {
  testing::OpenPack pack(R"([{"name": "r", "conditions": {"any": [
      {"fact": "a", "operator": "equal", "value": "x"},
      {"not": {"fact": "b", "path": "$.n", "operator": "greaterThan", "value": {"fact": "limit"}}},
      {"fact": "missing", "operator": "in", "value": [1, "two", null]}]}}])");
  JsonFactLoader loader(pack.catalogue());
  FactTable table(pack.catalogue());
  ASSERT_TRUE(loader.Load(R"({"a": "x", "b": {"n": 5}, "limit": 3})", table).ok());
  std::vector<RuleTrace> traces = pack.pack().Trace(table);
  ASSERT_EQ(traces.size(), 1u);
  EXPECT_TRUE(traces[0].fired);
  EXPECT_EQ(traces[0].item, -1);
  const auto& c = traces[0].conditions;
  ASSERT_EQ(c.size(), 3u);  // no short-circuit: the second and third leaf are still recorded
  EXPECT_EQ(c[0].pointer, "/0/conditions/any/0");
  EXPECT_EQ(c[0].fact, "a");
  EXPECT_EQ(c[0].op, "equal");
  EXPECT_EQ(c[0].actual, "\"x\"");
  EXPECT_EQ(c[0].expected, "\"x\"");
  EXPECT_TRUE(c[0].result);
  EXPECT_EQ(c[1].pointer, "/0/conditions/any/1/not");
  EXPECT_EQ(c[1].path, "$.n");
  EXPECT_EQ(c[1].value_fact, "limit");
  EXPECT_EQ(c[1].actual, "5");
  EXPECT_EQ(c[1].expected, "3");
  EXPECT_TRUE(c[1].result);              // the leaf holds; the "not" around it does not
  EXPECT_EQ(c[2].actual, std::nullopt);  // undefined
  EXPECT_EQ(c[2].expected, "[1,\"two\",null]");
  EXPECT_FALSE(c[2].result);
}

TEST(Trace, ObjectsAndNumbersAreRenderedAsJson) {
  testing::OpenPack pack(R"([{"name": "r", "conditions": {"all": [
      {"fact": "o", "operator": "equal", "value": {"k": [1.5, 1e21]}},
      {"fact": "n", "operator": "equal", "value": 0.000001}]}}])");
  JsonFactLoader loader(pack.catalogue());
  FactTable table(pack.catalogue());
  ASSERT_TRUE(loader.Load(R"({"o": {"a": [true, null]}, "n": 100})", table).ok());
  std::vector<RuleTrace> traces = pack.pack().Trace(table);
  ASSERT_EQ(traces.size(), 1u);
  EXPECT_FALSE(traces[0].fired);
  EXPECT_EQ(traces[0].conditions[0].actual, R"({"a":[true,null]})");
  EXPECT_EQ(traces[0].conditions[0].expected, R"({"k":[1.5,1e21]})");
  EXPECT_EQ(traces[0].conditions[1].actual, "100");
  EXPECT_EQ(traces[0].conditions[1].expected, "0.000001");
}

TEST(Trace, ForEachRulesAreTracedPerItem) {
  FactCatalogue catalogue = FactCatalogue::Closed();
  FactSlot kind = catalogue.Declare("system.kind", FactScope::kSystem);
  RulePackResult r = CompileRulePack(R"({"id": "p", "version": "1", "rules": [{"id": "g",
      "for_each": "system", "conditions": {"all": [{"fact": "system.kind", "operator": "equal",
      "value": "generative"}]}, "activates": [{"measure": "m"}]}]})",
                                     "p.json", catalogue);
  ASSERT_TRUE(r.ok());
  FactTable table(catalogue);
  table.Reset(2, 0);
  table.SetString(FactScope::kSystem, 1, kind, "generative");
  std::vector<RuleTrace> traces = r.pack->Trace(table);
  ASSERT_EQ(traces.size(), 2u);
  EXPECT_EQ(traces[0].item, 0);
  EXPECT_FALSE(traces[0].fired);
  EXPECT_EQ(traces[1].item, 1);
  EXPECT_TRUE(traces[1].fired);
}

// The traced verdict must agree with Evaluate's jump-code verdict for any facts.
TEST(Trace, AgreesWithEvaluateOnRandomFacts) {
  testing::OpenPack pack(R"([
      {"name": "r1", "conditions": {"any": [{"all": [{"fact": "a", "operator": "lessThan", "value": 5},
          {"not": {"fact": "b", "operator": "in", "value": [1, 2]}}]}, {"fact": "c", "operator": "equal", "value": 3}]}},
      {"name": "r2", "conditions": {"not": {"any": [{"fact": "a", "operator": "equal", "value": 1},
          {"all": []}, {"fact": "c", "operator": "greaterThan", "value": 1}]}}},
      {"name": "r3", "conditions": {"all": [{"any": [{"fact": "a", "operator": "equal", "value": 2},
          {"fact": "b", "operator": "equal", "value": 2}]}, {"any": [{"fact": "c", "operator": "notEqual", "value": 2},
          {"not": {"all": [{"fact": "a", "operator": "greaterThanInclusive", "value": 3}]}}]}]}}])");
  ASSERT_TRUE(pack.ok());
  JsonFactLoader loader(pack.catalogue());
  FactTable table(pack.catalogue());
  std::mt19937 rng(7);
  std::vector<Firing> fired;
  for (int i = 0; i < 300; ++i) {
    std::string facts = "{\"a\": " + std::to_string(rng() % 7) +
                        ", \"b\": " + std::to_string(rng() % 4) +
                        ", \"c\": " + std::to_string(rng() % 5) + "}";
    ASSERT_TRUE(loader.Load(facts, table).ok());
    pack.pack().Evaluate(table, fired);
    std::vector<bool> by_evaluate(3, false);
    for (const Firing& f : fired) by_evaluate[f.rule] = true;
    for (const RuleTrace& t : pack.pack().Trace(table)) {
      EXPECT_EQ(t.fired, by_evaluate[t.rule]) << facts << " rule " << t.rule;
    }
  }
}

}  // namespace
}  // namespace ailit

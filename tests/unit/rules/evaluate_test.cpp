// Evaluation: boolean structure, both pack shapes, for_each over systems and staff groups, and
// the contract of RulePack::Evaluate (order, reuse, threads, mismatched tables).
#include <thread>

#include <gtest/gtest.h>

#include "rules/rules_test_support.h"

namespace ailit {
namespace {

using Ids = std::vector<std::string>;

TEST(Evaluate, NestedAllAnyNot) {
  // (a == 1 AND (b == 2 OR c == 3)) AND NOT d == 4
  testing::OpenPack pack(R"([{"name": "r", "conditions": {"all": [
      {"fact": "a", "operator": "equal", "value": 1},
      {"any": [{"fact": "b", "operator": "equal", "value": 2},
               {"fact": "c", "operator": "equal", "value": 3}]},
      {"not": {"fact": "d", "operator": "equal", "value": 4}}]}}])");
  EXPECT_EQ(pack.Fired(R"({"a": 1, "b": 2})"), Ids{"r"});
  EXPECT_EQ(pack.Fired(R"({"a": 1, "c": 3})"), Ids{"r"});
  EXPECT_EQ(pack.Fired(R"({"a": 1, "b": 0, "c": 0})"), Ids{});
  EXPECT_EQ(pack.Fired(R"({"a": 2, "b": 2})"), Ids{});
  EXPECT_EQ(pack.Fired(R"({"a": 1, "b": 2, "d": 4})"), Ids{});
}

TEST(Evaluate, NotAtTheRootAndNestedNots) {
  testing::OpenPack pack(R"([
      {"name": "not", "conditions": {"not": {"fact": "a", "operator": "equal", "value": 1}}},
      {"name": "notnot", "conditions": {"not": {"not": {"fact": "a", "operator": "equal", "value": 1}}}},
      {"name": "notany", "conditions": {"not": {"any": [{"fact": "a", "operator": "equal", "value": 1},
                                                       {"fact": "b", "operator": "equal", "value": 1}]}}}])");
  EXPECT_EQ(pack.Fired(R"({"a": 1})"), Ids{"notnot"});
  EXPECT_EQ(pack.Fired(R"({"a": 2})"), (Ids{"not", "notany"}));
  EXPECT_EQ(pack.Fired(R"({"a": 2, "b": 1})"), (Ids{"not"}));
}

// json-rules-engine resolves an empty list of conditions to true for "all" and for "any".
TEST(Evaluate, EmptyAllAndEmptyAnyHoldAsInJsonRulesEngine) {
  testing::OpenPack pack(R"([
      {"name": "all", "conditions": {"all": []}},
      {"name": "any", "conditions": {"any": []}},
      {"name": "not-any", "conditions": {"not": {"any": []}}},
      {"name": "nested", "conditions": {"all": [{"any": []}, {"fact": "a", "operator": "equal", "value": 1}]}},
      {"name": "any-of-empty", "conditions": {"any": [{"all": []}, {"fact": "a", "operator": "equal", "value": 9}]}}])");
  EXPECT_EQ(pack.Fired("{}"), (Ids{"all", "any", "any-of-empty"}));
  EXPECT_EQ(pack.Fired(R"({"a": 1})"), (Ids{"all", "any", "nested", "any-of-empty"}));
}

TEST(Evaluate, ShortCircuitDoesNotChangeTheAnswerForAnyPosition) {
  // A 3-leaf all/any/not mix checked exhaustively against a direct evaluation.
  testing::OpenPack pack(R"([{"name": "r", "conditions": {"any": [
      {"all": [{"fact": "a", "operator": "equal", "value": true},
               {"not": {"fact": "b", "operator": "equal", "value": true}}]},
      {"all": [{"fact": "c", "operator": "equal", "value": true},
               {"any": [{"fact": "a", "operator": "equal", "value": false},
                        {"fact": "b", "operator": "equal", "value": true}]}]}]}}])");
  for (int bits = 0; bits < 8; ++bits) {
    bool a = bits & 1, b = bits & 2, c = bits & 4;
    bool expected = (a && !b) || (c && (!a || b));
    std::string facts = std::string("{\"a\": ") + (a ? "true" : "false") +
                        ", \"b\": " + (b ? "true" : "false") +
                        ", \"c\": " + (c ? "true" : "false") + "}";
    EXPECT_EQ(pack.Fired(facts) == Ids{"r"}, expected) << facts;
  }
}

TEST(Evaluate, PlainRulesArrayIdsAndOrder) {
  testing::OpenPack pack(R"([
      {"id": "by-id", "name": "ignored", "conditions": {"all": []}, "event": {"type": "t1"}},
      {"name": "by-name", "conditions": {"all": []}, "event": {"type": "t2"}, "priority": 10},
      {"conditions": {"all": []}, "event": {"type": "by-event-type", "params": {"x": 1}}},
      {"name": 7, "conditions": {"all": []}}])");
  ASSERT_TRUE(pack.ok()) << pack.Errors();
  EXPECT_EQ(pack.pack().format(), PackFormat::kJsonRulesEngine);
  EXPECT_EQ(pack.Fired("{}"), (Ids{"by-id", "by-name", "by-event-type", "7"}));
  EXPECT_EQ(pack.pack().rules()[1].priority, 10);
  EXPECT_EQ(pack.pack().rules()[0].priority, 1);
  EXPECT_EQ(pack.pack().rules()[2].event_json, R"({"type":"by-event-type","params":{"x":1}})");
  EXPECT_TRUE(pack.pack().rules()[0].activates.empty());
}

TEST(Evaluate, PlainRuleWithoutAnyNameIsAnError) {
  testing::OpenPack pack(R"([{"conditions": {"all": []}}])");
  ASSERT_FALSE(pack.ok());
  EXPECT_EQ(pack.diagnostics().errors[0].pointer, "/0");
}

// Profile-shaped facts: a closed catalogue, per-system and per-group rows set by the setters.
class ForEachTest : public ::testing::Test {
 protected:
  void SetUp() override {
    employees_ = catalogue_.Declare("employees", FactScope::kGlobal);
    kind_ = catalogue_.Declare("system.kind", FactScope::kSystem);
    affected_ = catalogue_.Declare("system.affected", FactScope::kSystem);
    training_ = catalogue_.Declare("group.training", FactScope::kGroup);
    RulePackResult r = CompileRulePack(R"({"id": "p", "version": "1", "rules": [
        {"id": "big", "conditions": {"all": [{"fact": "employees", "operator": "greaterThan", "value": 250}]},
         "activates": [{"measure": "m"}]},
        {"id": "genai", "for_each": "system",
         "conditions": {"all": [{"fact": "system.kind", "operator": "equal", "value": "generative"},
                                {"fact": "employees", "operator": "greaterThan", "value": 10}]},
         "activates": [{"measure": "m"}]},
        {"id": "minors", "for_each": "system",
         "conditions": {"any": [{"fact": "system.affected", "operator": "contains", "value": "minors"},
                                {"fact": "system.affected", "path": "$.length", "operator": "greaterThan", "value": 2}]},
         "activates": [{"measure": "m"}]},
        {"id": "untrained", "for_each": "staff_group",
         "conditions": {"all": [{"fact": "group.training", "operator": "in", "value": ["none", "basic"]}]},
         "activates": [{"measure": "m"}]}]})",
                                       "p.json", catalogue_);
    ASSERT_TRUE(r.ok()) << testing::ErrorText(r.diagnostics);
    pack_ = std::move(r.pack);
  }

  FactCatalogue catalogue_ = FactCatalogue::Closed();
  FactSlot employees_{}, kind_{}, affected_{}, training_{};
  std::optional<RulePack> pack_;
};

TEST_F(ForEachTest, OneFiringPerMatchingItemInPackOrder) {
  FactTable table(catalogue_);
  table.Reset(3, 2);
  table.SetNumber(FactScope::kGlobal, 0, employees_, 1200);
  table.SetString(FactScope::kSystem, 0, kind_, "generative");
  table.SetString(FactScope::kSystem, 1, kind_, "predictive");
  table.SetString(FactScope::kSystem, 2, kind_, "generative", catalogue_.FindSymbol("generative"));
  std::vector<std::string_view> affected = {"citizens", "minors"};
  table.SetStrings(FactScope::kSystem, 1, affected_, affected);
  std::vector<std::string_view> many = {"a", "b", "c"};
  table.SetStrings(FactScope::kSystem, 2, affected_, many);
  table.SetString(FactScope::kGroup, 0, training_, "role_specific");
  table.SetString(FactScope::kGroup, 1, training_, "none");
  std::vector<Firing> fired;
  pack_->Evaluate(table, fired);
  EXPECT_EQ(fired, (std::vector<Firing>{{0, -1}, {1, 0}, {1, 2}, {2, 1}, {2, 2}, {3, 1}}));
}

TEST_F(ForEachTest, ReusedTableAndOutputStartClean) {
  FactTable table(catalogue_);
  std::vector<Firing> fired;
  table.Reset(1, 1);
  table.SetNumber(FactScope::kGlobal, 0, employees_, 1200);
  table.SetString(FactScope::kGroup, 0, training_, "none");
  pack_->Evaluate(table, fired);
  EXPECT_EQ(fired, (std::vector<Firing>{{0, -1}, {3, 0}}));
  table.Reset(0, 0);
  pack_->Evaluate(table, fired);
  EXPECT_TRUE(fired.empty());
}

TEST_F(ForEachTest, ConcurrentEvaluationGivesTheSameAnswers) {
  std::vector<FactTable> tables;
  for (int i = 0; i < 8; ++i) {
    tables.emplace_back(catalogue_);
    tables.back().Reset(2, 1);
    tables.back().SetNumber(FactScope::kGlobal, 0, employees_, 100 * i);
    tables.back().SetString(FactScope::kSystem, static_cast<std::size_t>(i % 2), kind_,
                            "generative");
    tables.back().SetString(FactScope::kGroup, 0, training_, i % 3 == 0 ? "none" : "basic");
  }
  std::vector<std::vector<Firing>> expected(tables.size());
  for (std::size_t i = 0; i < tables.size(); ++i) pack_->Evaluate(tables[i], expected[i]);
  std::vector<std::thread> threads;
  std::vector<int> mismatches(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      std::vector<Firing> fired;
      for (int round = 0; round < 500; ++round) {
        for (std::size_t i = 0; i < tables.size(); ++i) {
          pack_->Evaluate(tables[i], fired);
          if (fired != expected[i]) ++mismatches[t];
        }
      }
    });
  }
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(mismatches, (std::vector<int>{0, 0, 0, 0}));
}

TEST_F(ForEachTest, TableOfAnotherCatalogueIsRefused) {
  FactCatalogue other = FactCatalogue::Closed();
  FactTable table(other);
  std::vector<Firing> fired;
  EXPECT_THROW(pack_->Evaluate(table, fired), std::invalid_argument);
}

TEST(Evaluate, TableSizedBeforeCompilingIsRefusedUntilReset) {
  FactCatalogue catalogue = FactCatalogue::Open();
  FactTable table(catalogue);
  RulePackResult r = CompileRulePack(R"([{"name": "r", "conditions": {"all": [
      {"fact": "a", "operator": "equal", "value": 1}]}}])",
                                     "x.json", catalogue);
  ASSERT_TRUE(r.ok());
  std::vector<Firing> fired;
  EXPECT_THROW(r.pack->Evaluate(table, fired), std::invalid_argument);
  table.Reset();
  table.SetNumber(FactScope::kGlobal, 0, catalogue.Find("a")->slot, 1);
  r.pack->Evaluate(table, fired);
  EXPECT_EQ(fired, (std::vector<Firing>{{0, -1}}));
}

TEST(Evaluate, TwoPacksShareOneOpenCatalogue) {
  FactCatalogue catalogue = FactCatalogue::Open();
  RulePackResult a = CompileRulePack(R"([{"name": "a", "conditions": {"all": [
      {"fact": "x", "operator": "equal", "value": "on"}]}}])",
                                     "a.json", catalogue);
  RulePackResult b = CompileRulePack(R"([{"name": "b", "conditions": {"all": [
      {"fact": "y", "path": "$.n", "operator": "greaterThan", "value": 1}]}}])",
                                     "b.json", catalogue);
  ASSERT_TRUE(a.ok() && b.ok());
  JsonFactLoader loader(catalogue);
  FactTable table(catalogue);
  ASSERT_TRUE(loader.Load(R"({"x": "on", "y": {"n": 2}})", table).ok());
  std::vector<Firing> fired;
  a.pack->Evaluate(table, fired);
  EXPECT_EQ(fired.size(), 1u);
  b.pack->Evaluate(table, fired);
  EXPECT_EQ(fired.size(), 1u);
}

}  // namespace
}  // namespace ailit

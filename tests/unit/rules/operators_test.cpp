// Every operator with its type edge cases, missing facts, paths and fact-to-fact comparisons.
// The cases live in tests/fixtures/rules/operator_cases.json; each expected outcome is what
// json-rules-engine 7.3.1 (allowUndefinedFacts: true) answers for the same condition and facts.
#include <map>
#include <set>

#include <gtest/gtest.h>

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "rules/rules_test_support.h"
#include "support/files.h"

namespace ailit {
namespace {

std::string Json(const rapidjson::Value& v) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  v.Accept(writer);
  return buffer.GetString();
}

TEST(Operators, AgreeWithJsonRulesEngineOnEveryFixtureCase) {
  std::string text =
      testing::ReadFile(testing::SourcePath("tests/fixtures/rules/operator_cases.json"));
  rapidjson::Document cases;
  cases.Parse(text.data(), text.size());
  ASSERT_TRUE(cases.IsArray());
  ASSERT_GT(cases.Size(), 100u);
  for (const auto& c : cases.GetArray()) {
    std::string condition = Json(c["condition"]);
    std::string facts = Json(c["facts"]);
    EXPECT_EQ(testing::Holds(condition, facts), c["holds"].GetBool())
        << c["why"].GetString() << "\n  condition: " << condition << "\n  facts: " << facts;
  }
}

TEST(Operators, EveryOperatorHasACaseThatHoldsAndOneThatDoesNot) {
  std::string text =
      testing::ReadFile(testing::SourcePath("tests/fixtures/rules/operator_cases.json"));
  rapidjson::Document cases;
  cases.Parse(text.data(), text.size());
  std::map<std::string, std::set<bool>> seen;
  for (const auto& c : cases.GetArray()) {
    seen[c["condition"]["operator"].GetString()].insert(c["holds"].GetBool());
  }
  for (const char* op : {"equal", "notEqual", "lessThan", "lessThanInclusive", "greaterThan",
                         "greaterThanInclusive", "in", "notIn", "contains", "doesNotContain"}) {
    EXPECT_EQ(seen[op].size(), 2u) << op;
  }
}

TEST(Operators, NumericStringAgainstNumberConstant) {
  EXPECT_TRUE(testing::Holds(R"({"fact": "n", "operator": "lessThanInclusive", "value": 3})",
                             R"({"n": "3"})"));
  EXPECT_FALSE(testing::Holds(R"({"fact": "n", "operator": "lessThanInclusive", "value": 3})",
                              R"({"n": "3.5"})"));
}

TEST(Operators, ConditionPriorityIsAcceptedAndChangesNothing) {
  EXPECT_TRUE(testing::Holds(R"({"fact": "n", "operator": "equal", "value": 1, "priority": 5})",
                             R"({"n": 1})"));
}

}  // namespace
}  // namespace ailit

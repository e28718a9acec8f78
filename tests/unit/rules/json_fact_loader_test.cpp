// JsonFactLoader: one JSON object per line into a FactTable.
#include <set>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "rules/internal/state.h"
#include "rules/rules_test_support.h"

namespace ailit {
namespace {

using ::testing::HasSubstr;

class LoaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    RulePackResult r = CompileRulePack(R"([{"name": "r", "conditions": {"all": [
        {"fact": "s", "operator": "equal", "value": "on"},
        {"fact": "o", "path": "$.list[1]", "operator": "equal", "value": "b"},
        {"fact": "arr", "operator": "contains", "value": 2}]}}])",
                                       "t.json", catalogue_);
    ASSERT_TRUE(r.ok()) << testing::ErrorText(r.diagnostics);
    pack_ = std::move(r.pack);
  }
  const FactValue& Global(const FactTable& table, std::string_view name) {
    return table.Get(FactScope::kGlobal, 0, catalogue_.Find(name)->slot);
  }

  FactCatalogue catalogue_ = FactCatalogue::Open();
  std::optional<RulePack> pack_;
};

TEST_F(LoaderTest, FillsFactsAndResolvesPaths) {
  JsonFactLoader loader(catalogue_);
  FactTable table(catalogue_);
  ASSERT_TRUE(
      loader.Load(R"({"s": "on", "o": {"list": ["a", "b"]}, "arr": [1, 2], "unused": 1})", table)
          .ok());
  EXPECT_EQ(Global(table, "s").text(), "on");
  EXPECT_NE(Global(table, "s").symbol(), kNoSymbol);  // "on" is a constant of the pack
  EXPECT_EQ(Global(table, "arr").kind(), FactKind::kArray);
  EXPECT_EQ(Global(table, "arr").items().size(), 2u);
  EXPECT_FALSE(catalogue_.Find("o").has_value());  // only read through its path
  EXPECT_FALSE(catalogue_.Find("unused").has_value());
  std::vector<Firing> fired;
  pack_->Evaluate(table, fired);
  EXPECT_EQ(fired.size(), 1u);
}

TEST_F(LoaderTest, TablesStayValidAfterTheNextLoad) {
  JsonFactLoader loader(catalogue_);
  FactTable first(catalogue_);
  FactTable second(catalogue_);
  ASSERT_TRUE(loader.Load(R"({"s": "on", "o": {"list": ["a", "b"]}, "arr": [2]})", first).ok());
  ASSERT_TRUE(loader.Load(R"({"s": "off", "arr": [3]})", second).ok());
  std::vector<Firing> fired;
  pack_->Evaluate(first, fired);
  EXPECT_EQ(fired.size(), 1u);
  pack_->Evaluate(second, fired);
  EXPECT_TRUE(fired.empty());
  EXPECT_EQ(Global(first, "s").text(), "on");
}

TEST_F(LoaderTest, EachLoadStartsFromUndefined) {
  JsonFactLoader loader(catalogue_);
  FactTable table(catalogue_);
  ASSERT_TRUE(loader.Load(R"({"s": "on", "arr": [2]})", table).ok());
  ASSERT_TRUE(loader.Load(R"({})", table).ok());
  EXPECT_TRUE(Global(table, "s").is_undefined());
  EXPECT_TRUE(Global(table, "arr").is_undefined());
}

TEST_F(LoaderTest, RefusesWhatIsNotOneJsonObject) {
  JsonFactLoader loader(catalogue_);
  FactTable table(catalogue_);
  struct Case {
    const char* line;
    const char* message;
  };
  std::string deep(40, '[');
  deep = R"({"s": )" + deep + std::string(40, ']') + "}";
  for (const Case& c : {Case{"", "empty"}, Case{"[1]", "must be a JSON object"},
                        Case{"\"text\"", "must be a JSON object"}, Case{"{\"s\": NaN}", "NaN"},
                        Case{"{\"s\": Infinity}", "NaN"}, Case{"{\"s\": 1} x", "JSON"},
                        Case{"{\"s\": \"\xff\"}", "UTF-8"}, Case{"{\"s\": 1, \"s\": 2}", "twice"},
                        Case{deep.c_str(), "32 levels"}}) {
    Diagnostics d = loader.Load(c.line, table);
    ASSERT_EQ(d.errors.size(), 1u) << c.line;
    EXPECT_THAT(d.errors[0].message, HasSubstr(c.message)) << c.line;
    EXPECT_TRUE(Global(table, "s").is_undefined()) << c.line;
  }
}

TEST(Loader, NeedsAnOpenCatalogue) {
  FactCatalogue closed = FactCatalogue::Closed();
  EXPECT_THROW(JsonFactLoader loader(closed), std::invalid_argument);
}

TEST(Loader, PicksUpPacksCompiledAfterItWasMade) {
  FactCatalogue catalogue = FactCatalogue::Open();
  JsonFactLoader loader(catalogue);
  RulePackResult r = CompileRulePack(R"([{"name": "r", "conditions": {"all": [
      {"fact": "late", "operator": "equal", "value": 1}]}}])",
                                     "t.json", catalogue);
  ASSERT_TRUE(r.ok());
  FactTable table(catalogue);
  ASSERT_TRUE(loader.Load(R"({"late": 1})", table).ok());
  std::vector<Firing> fired;
  r.pack->Evaluate(table, fired);
  EXPECT_EQ(fired.size(), 1u);
}

}  // namespace
}  // namespace ailit

namespace ailit {
namespace {

// Regression (review): every path ending at the same node converted it again, copying a long
// text once per path; a pack of many such paths multiplied one line's memory.
TEST(LoaderMemory, PathsEndingAtTheSameNodeShareOneCopy) {
  std::string conditions;
  for (int i = 0; i < 50; ++i) {
    conditions += std::string(i ? "," : "") + R"({"fact": "s", "path": "$.p)" + std::to_string(i) +
                  R"(", "operator": "equal", "value": "x"})";
  }
  FactCatalogue catalogue = FactCatalogue::Open();
  RulePackResult compiled = CompileRulePack(
      R"([{"name": "r", "conditions": {"any": [)" + conditions + "]}}]", "t.json", catalogue);
  ASSERT_TRUE(compiled.ok());
  JsonFactLoader loader(catalogue);
  FactTable table(catalogue);
  const std::string text(4000, 'a');
  ASSERT_TRUE(loader.Load(R"({"s": ")" + text + R"("})", table).ok());
  std::set<const char*> copies;
  for (const FactValue& v : internal::Access::State(table).values) {
    if (v.kind() == FactKind::kString && v.text().size() == text.size())
      copies.insert(v.text().data());
  }
  EXPECT_EQ(copies.size(), 1u);
}

}  // namespace
}  // namespace ailit

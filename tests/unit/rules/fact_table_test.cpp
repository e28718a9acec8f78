// FactCatalogue and FactTable (core/src/rules/fact_catalogue.cpp, fact_table.cpp).
#include <gtest/gtest.h>

#include "ailit/facts.h"
#include "ailit/rules.h"

namespace ailit {
namespace {

TEST(FactCatalogue, SlotsAreCountedPerScope) {
  FactCatalogue c = FactCatalogue::Closed();
  EXPECT_EQ(c.Declare("a", FactScope::kGlobal), 0u);
  EXPECT_EQ(c.Declare("b", FactScope::kGlobal), 1u);
  EXPECT_EQ(c.Declare("s", FactScope::kSystem), 0u);
  EXPECT_EQ(c.Declare("a", FactScope::kGlobal), 0u);  // again: same slot
  EXPECT_THROW((void)c.Declare("a", FactScope::kGroup), std::invalid_argument);
  EXPECT_EQ(c.size(FactScope::kGlobal), 2u);
  EXPECT_EQ(c.size(FactScope::kSystem), 1u);
  EXPECT_EQ(c.size(FactScope::kGroup), 0u);
  EXPECT_EQ(c.Find("s")->scope, FactScope::kSystem);
  EXPECT_FALSE(c.Find("zz").has_value());
  EXPECT_FALSE(c.is_open());
}

TEST(FactCatalogue, SymbolsAndCloseNames) {
  FactCatalogue c = FactCatalogue::Closed();
  (void)c.Declare("system.kind", FactScope::kSystem);
  (void)c.Declare("system.risk_class", FactScope::kSystem);
  Symbol s = c.Intern("generative");
  EXPECT_NE(s, kNoSymbol);
  EXPECT_EQ(c.Intern("generative"), s);
  EXPECT_EQ(c.FindSymbol("generative"), s);
  EXPECT_EQ(c.FindSymbol("other"), kNoSymbol);
  EXPECT_EQ(c.CloseNames("system.kinds"), std::vector<std::string>{"system.kind"});
  EXPECT_TRUE(c.CloseNames("unrelated").empty());
}

TEST(FactCatalogue, IdSurvivesMoves) {
  FactCatalogue a = FactCatalogue::Open();
  std::uint64_t id = a.id();
  FactCatalogue b = std::move(a);
  EXPECT_EQ(b.id(), id);
  EXPECT_NE(FactCatalogue::Open().id(), id);
}

TEST(FactTable, SettersAndReset) {
  FactCatalogue c = FactCatalogue::Closed();
  FactSlot n = c.Declare("n", FactScope::kGlobal);
  FactSlot s = c.Declare("s", FactScope::kSystem);
  FactSlot g = c.Declare("g", FactScope::kGroup);
  FactTable t(c);
  t.Reset(2, 1);
  t.SetNumber(FactScope::kGlobal, 0, n, 4.5);
  t.SetBool(FactScope::kSystem, 1, s, true);
  std::vector<std::string_view> list = {"x", "y"};
  t.SetStrings(FactScope::kGroup, 0, g, list);
  EXPECT_EQ(t.Get(FactScope::kGlobal, 0, n).number(), 4.5);
  EXPECT_TRUE(t.Get(FactScope::kSystem, 1, s).boolean());
  EXPECT_TRUE(t.Get(FactScope::kSystem, 0, s).is_undefined());
  ASSERT_EQ(t.Get(FactScope::kGroup, 0, g).items().size(), 2u);
  EXPECT_EQ(t.Get(FactScope::kGroup, 0, g).items()[1].text(), "y");
  EXPECT_THROW(t.SetNumber(FactScope::kSystem, 2, s, 1), std::out_of_range);
  EXPECT_THROW(t.SetNumber(FactScope::kGlobal, 0, 7, 1), std::out_of_range);
  t.Reset(1, 0);
  EXPECT_TRUE(t.Get(FactScope::kGlobal, 0, n).is_undefined());
  EXPECT_EQ(t.systems(), 1u);
  EXPECT_EQ(t.groups(), 0u);
  EXPECT_THROW((void)t.Get(FactScope::kGroup, 0, g), std::out_of_range);
}

TEST(FactTable, ArraysSetSeparatelyAreDifferentArrays) {
  FactCatalogue c = FactCatalogue::Closed();
  FactSlot a = c.Declare("a", FactScope::kGlobal);
  FactSlot b = c.Declare("b", FactScope::kGlobal);
  FactTable t(c);
  t.SetStrings(FactScope::kGlobal, 0, a, {});
  t.SetStrings(FactScope::kGlobal, 0, b, {});
  EXPECT_NE(t.Get(FactScope::kGlobal, 0, a).identity(), t.Get(FactScope::kGlobal, 0, b).identity());
}

}  // namespace
}  // namespace ailit

namespace ailit {
namespace {

TEST(FactTableSymbols, SetStringsKeepsGivenSymbolsAndRefusesAMismatch) {
  FactCatalogue catalogue = FactCatalogue::Closed();
  FactSlot list = catalogue.Declare("list", FactScope::kGlobal);
  Symbol high = catalogue.Intern("high");
  FactTable table(catalogue);
  table.Reset();
  std::string_view values[] = {"high", "other"};
  Symbol symbols[] = {high, kNoSymbol};
  table.SetStrings(FactScope::kGlobal, 0, list, values, symbols);
  EXPECT_EQ(table.Get(FactScope::kGlobal, 0, list).items()[0].symbol(), high);
  EXPECT_EQ(table.Get(FactScope::kGlobal, 0, list).items()[1].symbol(), kNoSymbol);
  Symbol one[] = {high};
  EXPECT_THROW(table.SetStrings(FactScope::kGlobal, 0, list, values, one), std::invalid_argument);
}

}  // namespace
}  // namespace ailit

namespace ailit {
namespace {

TEST(FactTableRow, WritesThroughARowAreSeenByGetAndRowsAreBoundsChecked) {
  FactCatalogue catalogue = FactCatalogue::Closed();
  FactSlot kind = catalogue.Declare("system.kind", FactScope::kSystem);
  FactSlot people = catalogue.Declare("system.people", FactScope::kSystem);
  FactTable table(catalogue);
  table.Reset(/*systems=*/2, /*groups=*/0);
  std::span<FactValue> row = table.Row(FactScope::kSystem, 1);
  ASSERT_EQ(row.size(), 2u);
  row[people] = FactValue::Number(42);
  EXPECT_EQ(table.Get(FactScope::kSystem, 1, people).number(), 42);
  EXPECT_TRUE(table.Get(FactScope::kSystem, 0, people).is_undefined());
  EXPECT_TRUE(table.Get(FactScope::kSystem, 1, kind).is_undefined());
  EXPECT_THROW((void)table.Row(FactScope::kSystem, 2), std::out_of_range);
  EXPECT_TRUE(table.Row(FactScope::kGroup, 0).empty());  // no group facts declared
}

}  // namespace
}  // namespace ailit

namespace ailit {
namespace {

// Regression (review): tables and loaders kept a pointer to the FactCatalogue object itself and
// crashed once it was moved, although the header promises the catalogue survives moves.
TEST(FactCatalogueMove, TablesAndLoadersFollowAMovedCatalogue) {
  FactCatalogue first = FactCatalogue::Open();
  RulePackResult compiled = CompileRulePack(
      R"([{"name": "big", "conditions": {"all": [{"fact": "n", "operator": "greaterThan", "value": 5}]}}])",
      "t.json", first);
  ASSERT_TRUE(compiled.ok());
  FactTable table(first);
  JsonFactLoader loader(first);
  FactCatalogue moved = std::move(first);
  ASSERT_TRUE(loader.Load(R"({"n": 7})", table).ok());
  std::vector<Firing> fired;
  compiled.pack->Evaluate(table, fired);
  EXPECT_EQ(fired.size(), 1u);
  table.Reset();
  EXPECT_EQ(moved.size(FactScope::kGlobal), 1u);
}

// Plans cite fact values as JSON text: strings come out quoted and escaped exactly as
// JSON.stringify writes them, UTF-8 untouched.
TEST(FactJson, StringsAreQuotedAndEscapedOnlyWhereJsonNeedsIt) {
  auto json = [](std::string_view text) {
    std::string out;
    AppendFactJson(FactValue::String(text), out);
    return out;
  };
  EXPECT_EQ(json("high"), "\"high\"");
  EXPECT_EQ(json(""), "\"\"");
  EXPECT_EQ(json("zorg/ICT € 5"), "\"zorg/ICT € 5\"");
  EXPECT_EQ(json("say \"no\""), "\"say \\\"no\\\"\"");
  EXPECT_EQ(json("a\\b"), "\"a\\\\b\"");
  EXPECT_EQ(json("line\nnext\t\x01"), "\"line\\nnext\\t\\u0001\"");
  std::string list;
  FactValue items[] = {FactValue::String("a\"b"), FactValue::Number(2.5), FactValue::Bool(true)};
  AppendFactJson(FactValue::Array(items, 3, items), list);
  EXPECT_EQ(list, "[\"a\\\"b\",2.5,true]");
}

}  // namespace
}  // namespace ailit

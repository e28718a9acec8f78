// The JSONPath subset (core/src/rules/json_path.cpp); resolution is covered with the operators.
#include <gtest/gtest.h>

#include "rules/internal/json_path.h"

namespace ailit::internal {
namespace {

TEST(JsonPath, EquivalentSpellingsShareOneCanonicalForm) {
  ParsedPath a, b, c;
  ASSERT_FALSE(ParsePath("$.list[0].name", a));
  ASSERT_FALSE(ParsePath("$['list'][\"0\"]['name']", b));
  ASSERT_FALSE(ParsePath("$.list.0.name", c));
  EXPECT_EQ(a.canonical, R"($["list"]["0"]["name"])");
  EXPECT_EQ(a.canonical, b.canonical);
  EXPECT_EQ(a.canonical, c.canonical);
  ASSERT_EQ(a.steps.size(), 3u);
  EXPECT_TRUE(a.steps[1].is_index);
  EXPECT_EQ(a.steps[1].index, 0u);
}

TEST(JsonPath, RootAloneHasNoSteps) {
  ParsedPath p;
  ASSERT_FALSE(ParsePath("$", p));
  EXPECT_TRUE(p.steps.empty());
}

TEST(JsonPath, NamesThatAreNotCanonicalIndices) {
  ParsedPath p;
  ASSERT_FALSE(ParsePath("$[01].length", p));
  EXPECT_FALSE(p.steps[0].is_index);  // "01" is a member name, as in JavaScript
  EXPECT_TRUE(p.steps[1].is_length);
}

TEST(JsonPath, RefusedSyntaxSaysWhat) {
  ParsedPath p;
  EXPECT_NE(ParsePath("$..a", p)->find("recursive descent"), std::string::npos);
  EXPECT_NE(ParsePath("$.*", p)->find("wildcard"), std::string::npos);
  EXPECT_NE(ParsePath("$[*]", p)->find("wildcard"), std::string::npos);
  EXPECT_NE(ParsePath("$[?(@.a>1)]", p)->find("filter"), std::string::npos);
  EXPECT_NE(ParsePath(".a", p)->find("must start with \"$\""), std::string::npos);
  EXPECT_NE(ParsePath("$[0,1]", p)->find("not a plain number"), std::string::npos);
}

// Regression (review): jsonpath-plus reads these as syntax inside quotes, so they cannot name a
// member literally ("#" is its sub-expression placeholder, ":" a slice, "`" an escape).
TEST(JsonPath, QuotedNamesRefuseWhatJsonPathPlusReadsAsSyntax) {
  ParsedPath p;
  for (const char* path :
       {"$['x#1']", "$[':']", "$['0:1']", "$['`a']", R"($["a'b"])", R"($['a"b'])"}) {
    auto error = ParsePath(path, p);
    ASSERT_TRUE(error) << path;
    EXPECT_NE(error->find("quoted name"), std::string::npos) << *error;
  }
  auto dots = ParsePath("$['..']", p);
  ASSERT_TRUE(dots);
  EXPECT_NE(dots->find("recursive descent"), std::string::npos);
  EXPECT_FALSE(ParsePath("$['a b.c-d']", p));  // spaces and dots are plain characters there
}

}  // namespace
}  // namespace ailit::internal

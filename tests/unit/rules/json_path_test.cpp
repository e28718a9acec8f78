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

}  // namespace
}  // namespace ailit::internal

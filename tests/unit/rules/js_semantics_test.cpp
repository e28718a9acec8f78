// The JavaScript conversions behind the operators (core/src/rules/js_semantics.cpp).
#include <cmath>
#include <limits>

#include <gtest/gtest.h>

#include "rules/internal/js.h"

namespace ailit::internal::js {
namespace {

std::string Number(double d) {
  std::string out;
  AppendNumber(d, out);
  return out;
}

TEST(JsSemantics, NumberToStringFollowsEcmaScript) {
  EXPECT_EQ(Number(0), "0");
  EXPECT_EQ(Number(-0.0), "0");
  EXPECT_EQ(Number(5), "5");
  EXPECT_EQ(Number(-2.5), "-2.5");
  EXPECT_EQ(Number(0.1), "0.1");
  EXPECT_EQ(Number(123456789012), "123456789012");
  EXPECT_EQ(Number(1e21), "1e+21");
  EXPECT_EQ(Number(1e20), "100000000000000000000");
  EXPECT_EQ(Number(1.5e-7), "1.5e-7");
  EXPECT_EQ(Number(0.000001), "0.000001");
  EXPECT_EQ(Number(1.0 / 3), "0.3333333333333333");
  EXPECT_EQ(Number(std::numeric_limits<double>::infinity()), "Infinity");
  EXPECT_EQ(Number(std::nan("")), "NaN");
}

TEST(JsSemantics, StringToNumber) {
  EXPECT_EQ(StringToNumber(""), 0);
  EXPECT_EQ(StringToNumber("  \t"), 0);
  EXPECT_EQ(StringToNumber(" 12 "), 12);
  EXPECT_EQ(StringToNumber("\xC2\xA0"
                           "7"),
            7);  // no-break space is JavaScript white space
  EXPECT_EQ(StringToNumber("-1.5e2"), -150);
  EXPECT_EQ(StringToNumber(".5"), 0.5);
  EXPECT_EQ(StringToNumber("5."), 5);
  EXPECT_EQ(StringToNumber("0x1F"), 31);
  EXPECT_EQ(StringToNumber("0b101"), 5);
  EXPECT_EQ(StringToNumber("0o17"), 15);
  EXPECT_EQ(StringToNumber("-Infinity"), -std::numeric_limits<double>::infinity());
  EXPECT_EQ(StringToNumber("1e400"), std::numeric_limits<double>::infinity());
  for (const char* nan : {"12abc", ".", "e5", "1e", "-0x10", "0x", "infinity", "1_000", "+-1"}) {
    EXPECT_TRUE(std::isnan(StringToNumber(nan))) << nan;
  }
}

TEST(JsSemantics, ParseFloatPrefix) {
  for (const char* yes :
       {"1", " 1", "-1", "+.5", "12abc", "Infinityx", "-Infinity", "1e", "0x10"}) {
    EXPECT_TRUE(HasNumericPrefix(yes)) << yes;
  }
  for (const char* no : {"", " ", "abc", ".", "-", "e1", "infinity", "+-1", "NaN"}) {
    EXPECT_FALSE(HasNumericPrefix(no)) << no;
  }
}

TEST(JsSemantics, CompareUtf16) {
  EXPECT_LT(CompareUtf16("a", "b"), 0);
  EXPECT_LT(CompareUtf16("a", "ab"), 0);
  EXPECT_EQ(CompareUtf16("é", "é"), 0);
  EXPECT_GT(CompareUtf16("é", "z"), 0);
  // U+FFFF (one unit 0xFFFF) sorts after U+1F600 (units 0xD83D 0xDE00) in UTF-16, though it
  // comes first in UTF-8 and in code point order.
  EXPECT_GT(CompareUtf16("\xEF\xBF\xBF", "\xF0\x9F\x98\x80"), 0);
  EXPECT_EQ(Utf16Length("a\xF0\x9F\x98\x80"
                        "\xC3\xA9"),
            4u);
}

TEST(JsSemantics, ToStringOfArrays) {
  FactValue items[] = {FactValue::Number(1), FactValue::Null(), FactValue::String("x"),
                       FactValue()};
  FactValue array = FactValue::Array(items, 4, items);
  std::string out;
  AppendToString(array, out);
  EXPECT_EQ(out, "1,,x,");
}

TEST(JsSemantics, StrictEqualsUsesSymbolsOnlyWhenBothHaveOne) {
  EXPECT_TRUE(StrictEquals(FactValue::String("on", 3), FactValue::String("on")));
  EXPECT_TRUE(StrictEquals(FactValue::String("on", 3), FactValue::String("on", 3)));
  EXPECT_FALSE(StrictEquals(FactValue::String("on"), FactValue::String("of")));
  EXPECT_TRUE(StrictEquals(FactValue::Number(0), FactValue::Number(-0.0)));
  EXPECT_FALSE(StrictEquals(FactValue::Bool(true), FactValue::Number(1)));
}

}  // namespace
}  // namespace ailit::internal::js

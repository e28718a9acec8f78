#include "json/bounded_reader.h"

#include <gtest/gtest.h>

#include <string>

namespace ailit::json {
namespace {

std::optional<Diagnostic> Parse(const std::string& text, Limits limits = {}) {
  rapidjson::Document doc;
  return ParseBounded(text, limits, doc);
}

TEST(BoundedReader, AcceptsOrdinaryJson) {
  rapidjson::Document doc;
  EXPECT_FALSE(ParseBounded(R"({"a": [1, 2.5, "x", true, null, {"b": {}}]})", {}, doc));
  ASSERT_TRUE(doc.IsObject());
  EXPECT_EQ(doc["a"].Size(), 6u);
}

TEST(BoundedReader, RefusesDuplicateKeysWithTheirPointer) {
  auto error = Parse(R"({"organisation": {"name": "A", "name": "B"}})");
  ASSERT_TRUE(error);
  EXPECT_EQ(error->pointer, "/organisation/name");
  EXPECT_NE(error->message.find("appears twice"), std::string::npos);
}

TEST(BoundedReader, RefusesNestingBeyondTheLimit) {
  std::string deep(33, '[');
  deep += std::string(33, ']');
  auto error = Parse(deep);
  ASSERT_TRUE(error);
  EXPECT_NE(error->message.find("32 levels"), std::string::npos);
  std::string ok(32, '[');
  ok += std::string(32, ']');
  EXPECT_FALSE(Parse(ok));
}

TEST(BoundedReader, RefusesALongArrayAtTheArraysPointer) {
  std::string list = R"({"ai_systems": [)";
  for (int i = 0; i < 1001; ++i) list += (i ? ",1" : "1");
  list += "]}";
  auto error = Parse(list);
  ASSERT_TRUE(error);
  EXPECT_EQ(error->pointer, "/ai_systems");
  EXPECT_NE(error->message.find("more than 1,000 items"), std::string::npos);
}

TEST(BoundedReader, RefusesHugeStringsAndKeys) {
  auto error = Parse(R"({"x": ")" + std::string(5000, 'a') + R"("})");
  ASSERT_TRUE(error);
  EXPECT_EQ(error->pointer, "/x");
  EXPECT_TRUE(Parse(R"({")" + std::string(5000, 'k') + R"(": 1})"));
}

TEST(BoundedReader, RefusesTooManyMembers) {
  std::string object = "{";
  for (int i = 0; i < 257; ++i) object += (i ? ",\"k" : "\"k") + std::to_string(i) + "\":1";
  object += "}";
  auto error = Parse(object);
  ASSERT_TRUE(error);
  EXPECT_NE(error->message.find("more than 256 fields"), std::string::npos);
}

TEST(BoundedReader, RefusesInputOverTheByteLimitBeforeReadingIt) {
  Limits limits;
  limits.max_bytes = 10;
  auto error = Parse(R"({"a": "0123456789"})", limits);
  ASSERT_TRUE(error);
  EXPECT_EQ(error->pointer, "");
  EXPECT_NE(error->message.find("at most 10"), std::string::npos);
}

TEST(BoundedReader, RefusesInvalidUtf8) {
  auto error = Parse("{\"name\": \"caf\xC3\x28\"}");
  ASSERT_TRUE(error);
  EXPECT_EQ(error->pointer, "/name");
  EXPECT_NE(error->message.find("UTF-8"), std::string::npos);
}

TEST(BoundedReader, RefusesNanAndInfinity) {
  EXPECT_TRUE(Parse(R"({"a": NaN})"));
  EXPECT_TRUE(Parse(R"({"a": Infinity})"));
  EXPECT_TRUE(Parse(R"({"a": -Infinity})"));
}

TEST(BoundedReader, RefusesEmptyInputAndTrailingText) {
  auto empty = Parse("");
  ASSERT_TRUE(empty);
  EXPECT_NE(empty->message.find("empty"), std::string::npos);
  EXPECT_TRUE(Parse("{} {}"));
  EXPECT_TRUE(Parse(R"({"a": 1)"));
}

TEST(BoundedReader, IgnoresAUtf8ByteOrderMark) {
  rapidjson::Document doc;
  EXPECT_FALSE(ParseBounded("\xEF\xBB\xBF{\"a\": 1}", {}, doc));
  EXPECT_EQ(doc["a"].GetInt(), 1);
}

TEST(BoundedReader, EscapesPointerTokens) {
  auto error = Parse(R"({"a/b": {"c~d": 1, "c~d": 2}})");
  ASSERT_TRUE(error);
  EXPECT_EQ(error->pointer, "/a~1b/c~0d");
}

}  // namespace
}  // namespace ailit::json

namespace ailit::json {
namespace {

// RapidJSON 1.1 accepts an unpaired low surrogate escape and stores bytes that are not UTF-8.
TEST(BoundedReader, RefusesUnpairedSurrogateEscapes) {
  auto low = Parse(R"({"name": "a\ude00b"})");
  ASSERT_TRUE(low);
  EXPECT_EQ(low->pointer, "/name");
  EXPECT_NE(low->message.find("surrogate"), std::string::npos);
  EXPECT_TRUE(Parse(R"({"name": "a\ud83d"})"));
  EXPECT_TRUE(Parse(R"({"a\ude00": 1})"));
  EXPECT_FALSE(Parse(R"({"name": "\ud83d\ude00 and \u00e9"})"));  // a real pair is fine
}

// A value RapidJSON could not read is the next item of its list, not the last one read.
TEST(BoundedReader, ParseErrorsInsideAListPointAtTheItemBeingRead) {
  auto error = Parse("{\"tags\": [\"ok\", \"caf\xC3\x28\"]}");
  ASSERT_TRUE(error);
  EXPECT_EQ(error->pointer, "/tags/1");
  auto nan = Parse(R"({"list": [{"a": 1}, NaN]})");
  ASSERT_TRUE(nan);
  EXPECT_EQ(nan->pointer, "/list/1");
}

}  // namespace
}  // namespace ailit::json

namespace ailit::json {
namespace {

// Between members, or inside a key, the problem belongs to the object, not to its last member.
TEST(BoundedReader, ErrorsInKeysPointAtTheObject) {
  auto in_key = Parse("{\"organisation\": {\"na\xffme\": \"X\"}}");
  ASSERT_TRUE(in_key);
  EXPECT_EQ(in_key->pointer, "/organisation");
  auto second_key = Parse("{\"organisation\": {\"name\": \"X\", \"sec\xfftor\": 1}}");
  ASSERT_TRUE(second_key);
  EXPECT_EQ(second_key->pointer, "/organisation");
  // Once its key is read, a member's missing colon or value is that member's problem.
  auto missing_colon = Parse(R"({"organisation": {"name": "X", "sector" 1}})");
  ASSERT_TRUE(missing_colon);
  EXPECT_EQ(missing_colon->pointer, "/organisation/sector");
  auto in_value = Parse("{\"organisation\": {\"name\": \"X\", \"sector\": \"\xff\"}}");
  ASSERT_TRUE(in_value);
  EXPECT_EQ(in_value->pointer, "/organisation/sector");
}

TEST(BoundedReader, CollectsRecoverableProblemsAndKeepsReading) {
  rapidjson::Document doc;
  std::vector<Diagnostic> found;
  auto fatal =
      ParseBounded(R"({"a": 1, "a": 2, "b": {"c": "\ude00", "c": 3}, "d": true})", {}, doc, &found);
  EXPECT_FALSE(fatal);
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].pointer, "/a");
  EXPECT_EQ(found[1].pointer, "/b/c");
  EXPECT_NE(found[1].message.find("surrogate"), std::string::npos);
  EXPECT_EQ(found[2].pointer, "/b/c");
  EXPECT_NE(found[2].message.find("appears twice"), std::string::npos);
  ASSERT_TRUE(doc.IsObject());
  EXPECT_TRUE(doc["d"].GetBool());
}

TEST(BoundedReader, DuplicateDetectionSeesEveryEarlierKeyInLargeObjects) {
  std::string object = "{";
  for (int i = 0; i < 200; ++i) object += "\"k" + std::to_string(i) + "\":1,";
  object += "\"k7\":2}";
  auto error = Parse(object);
  ASSERT_TRUE(error);
  EXPECT_EQ(error->pointer, "/k7");
  // Sibling objects do not share their keys.
  EXPECT_FALSE(Parse(R"([{"a": 1, "b": 2}, {"a": 1, "b": 2}, {"b": {"a": 1}}])"));
}

}  // namespace
}  // namespace ailit::json

namespace ailit::json {
namespace {

// Regression: after a recorded duplicate the next key was compared against a slot never written.
TEST(BoundedReader, KeysAfterARecordedDuplicateAreStillChecked) {
  rapidjson::Document doc;
  std::vector<Diagnostic> found;
  EXPECT_FALSE(ParseBounded(R"({"a": 1, "a": 2, "b": 3, "b": 4, "c": 5})", {}, doc, &found));
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].pointer, "/a");
  EXPECT_EQ(found[1].pointer, "/b");
}

}  // namespace
}  // namespace ailit::json

namespace ailit::json {
namespace {

std::string Quoted(const std::string& bytes) {
  return "{\"t\": \"" + bytes + "\"}";
}

// The reader validates UTF-8 itself (RFC 3629), so every malformed form must still be refused.
TEST(BoundedReader, Utf8ValidationFollowsRfc3629) {
  EXPECT_FALSE(Parse(Quoted("plain ASCII text longer than eight bytes")));
  EXPECT_FALSE(Parse(Quoted("caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80 \xF4\x8F\xBF\xBF")));
  const char* bad[] = {
      "\xC0\xAF",              // overlong "/"
      "\xE0\x80\xAF",          // overlong, three bytes
      "\xF0\x80\x80\xAF",      // overlong, four bytes
      "\xF4\x90\x80\x80",      // above U+10FFFF
      "\xF8\x88\x80\x80\x80",  // five-byte form
      "\x80",                  // lone continuation byte
      "\xC3",                  // truncated at the end
      "\xE2\x82",              // truncated
      "\xE2\x28\xA1",          // bad continuation
      "\xFF",
  };
  for (const char* bytes : bad) {
    auto error = Parse(Quoted(std::string("abc") + bytes + "defghijk"));
    ASSERT_TRUE(error) << "accepted " << ::testing::PrintToString(std::string(bytes));
    EXPECT_EQ(error->pointer, "/t");
    EXPECT_NE(error->message.find("UTF-8"), std::string::npos);
  }
  auto in_key = Parse("{\"k\xFF\": 1}");
  ASSERT_TRUE(in_key);
  EXPECT_NE(in_key->message.find("field name is not valid UTF-8"), std::string::npos);
  EXPECT_TRUE(Parse("{\"t\": 1, \xC3\xA9: 2}"));  // raw bytes outside a string are not JSON
}

// Found by tests/fuzz (fuzz_profile): "0e120" made RapidJSON's full-precision conversion pass
// zero to __builtin_clzll, undefined behaviour. Numbers are now converted by std::from_chars.
TEST(BoundedReader, AZeroWithAHugeExponentIsZero) {
  rapidjson::Document doc;
  ASSERT_FALSE(ParseBounded("[0e120, 0.0e300, -0e5, 0E-400]", {}, doc));
  for (const auto& v : doc.GetArray()) {
    ASSERT_TRUE(v.IsDouble());
    EXPECT_EQ(v.GetDouble(), 0.0);
  }
}

// Numbers read as JavaScript's JSON.parse reads them: the nearest double, integers kept exact in
// RapidJSON's narrowest type, too small is zero, too large is refused.
TEST(BoundedReader, NumbersBecomeWhatJavaScriptReads) {
  rapidjson::Document doc;
  ASSERT_FALSE(
      ParseBounded("[7, -7, 4294967296, -2147483649, 18446744073709551615, "
                   "18446744073709551616, 0.1, 1e-400, 1.7976931348623157e308, -0]",
                   {}, doc));
  const auto& a = doc.GetArray();
  EXPECT_TRUE(a[0].IsUint() && a[0].GetUint() == 7u);
  EXPECT_TRUE(a[1].IsInt() && a[1].GetInt() == -7);
  EXPECT_TRUE(a[2].IsUint64() && a[2].GetUint64() == 4294967296u);
  EXPECT_TRUE(a[3].IsInt64() && a[3].GetInt64() == -2147483649LL);
  EXPECT_TRUE(a[4].IsUint64() && a[4].GetUint64() == 18446744073709551615u);
  EXPECT_TRUE(a[5].IsDouble() && a[5].GetDouble() == 18446744073709551616.0);
  EXPECT_EQ(a[6].GetDouble(), 0.1);
  EXPECT_EQ(a[7].GetDouble(), 0.0);
  EXPECT_EQ(a[8].GetDouble(), 1.7976931348623157e308);
  EXPECT_TRUE(a[9].IsInt() && a[9].GetInt() == 0);
  auto error = Parse(R"({"people_affected": 1e309})");
  ASSERT_TRUE(error);
  EXPECT_EQ(error->pointer, "/people_affected");
  EXPECT_NE(error->message.find("too large"), std::string::npos);
}

}  // namespace
}  // namespace ailit::json

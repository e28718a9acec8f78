// json::IsPlainString decides whether the writers may copy a string without escaping it
// (core/src/json/plain_string.h): a wrong "yes" would put a raw quote or control character into
// a plan's JSON.
#include "json/plain_string.h"

#include <gtest/gtest.h>

#include <string>

namespace ailit::json {
namespace {

// Every byte RapidJSON escapes, at every position of strings that span one to three 8-byte
// words, so both the word loop and the tail loop meet each.
TEST(PlainString, EveryEscapedByteIsFoundWhereverItStands) {
  std::string escaped = "\"\\";
  for (int c = 0; c < 0x20; ++c) escaped.push_back(static_cast<char>(c));
  for (std::size_t length = 1; length <= 24; ++length) {
    for (std::size_t at = 0; at < length; ++at) {
      for (char bad : escaped) {
        std::string text(length, 'a');
        text[at] = bad;
        EXPECT_FALSE(IsPlainString(text))
            << "byte " << static_cast<int>(bad) << " at " << at << " of " << length;
      }
    }
  }
}

// What RapidJSON leaves alone stays plain: printable ASCII including '/', DEL and every byte of
// multi-byte UTF-8 (high bit set), next to bytes just above the escaped ones.
TEST(PlainString, PrintableAsciiAndUtf8ArePlain) {
  EXPECT_TRUE(IsPlainString(""));
  EXPECT_TRUE(IsPlainString("high"));
  EXPECT_TRUE(IsPlainString("Zorg/ICT: €5 — “aanhalingstekens” ñ 🙂 \x7f"));
  std::string all;
  for (int c = 0x20; c < 0x100; ++c) {
    if (c != '"' && c != '\\') all.push_back(static_cast<char>(c));
  }
  EXPECT_TRUE(IsPlainString(all));
  for (std::size_t at = 0; at < 16; ++at) {
    for (char near : {'!', '#', '[', ']', ' ', '\x80', '\xff', '\x21', '\x5d'}) {
      std::string text(16, 'x');
      text[at] = near;
      EXPECT_TRUE(IsPlainString(text)) << static_cast<int>(near) << " at " << at;
    }
  }
}

}  // namespace
}  // namespace ailit::json

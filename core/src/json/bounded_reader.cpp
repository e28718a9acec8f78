#include "json/bounded_reader.h"

#include "text/format_count.h"

#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include <charconv>
#include <climits>
#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace ailit::json {
namespace {

using text::FormatCount;

constexpr const char* kLoneSurrogate =
    "text contains an unpaired \\u surrogate escape, which is not a character (not valid UTF-8)";

// RapidJSON 1.1 turns an unpaired low surrogate escape such as \ude00 into the bytes ED B8 80,
// which are not UTF-8; in UTF-8 the lead byte ED followed by A0..BF only ever encodes one.
bool HasSurrogate(const char* str, std::size_t len) {
  for (const char* p = static_cast<const char*>(std::memchr(str, 0xED, len)); p != nullptr;
       p = static_cast<const char*>(std::memchr(p + 1, 0xED, len - (p + 1 - str)))) {
    if (p + 1 < str + len && (static_cast<unsigned char>(p[1]) & 0xE0) == 0xA0) return true;
  }
  return false;
}

constexpr const char* kInvalidUtf8 = "text is not valid UTF-8";

// UTF-8 as RFC 3629 has it (no overlong forms, nothing above U+10FFFF). Encoded surrogates pass
// here: HasSurrogate reports them with a message of their own. Checking only the strings (raw
// non-ASCII bytes anywhere else are already syntax errors) with an ASCII fast path is several
// times cheaper than RapidJSON's per-byte validation of the whole input.
bool IsUtf8(const char* str, std::size_t len) {
  const auto* p = reinterpret_cast<const unsigned char*>(str);
  const unsigned char* end = p + len;
  while (p < end) {
    if (end - p >= 8) {
      std::uint64_t word;
      std::memcpy(&word, p, 8);
      if ((word & 0x8080808080808080ull) == 0) {
        p += 8;
        continue;
      }
    }
    unsigned char c = *p;
    if (c < 0x80) {
      ++p;
      continue;
    }
    std::size_t n;
    std::uint32_t min;
    std::uint32_t cp;
    if ((c & 0xE0) == 0xC0) {
      n = 2, min = 0x80, cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      n = 3, min = 0x800, cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      n = 4, min = 0x10000, cp = c & 0x07;
    } else {
      return false;
    }
    if (static_cast<std::size_t>(end - p) < n) return false;
    for (std::size_t i = 1; i < n; ++i) {
      if ((p[i] & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (p[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF) return false;
    p += n;
  }
  return true;
}

// Forwards SAX events to the document after checking them against the limits. Keeps the path
// from the root so every refusal can say where it happened. Frames are reused from one object
// or array to the next, so reading allocates only for new depth records.
class LimitingHandler {
 public:
  LimitingHandler(const Limits& limits, rapidjson::Document& doc,
                  std::vector<Diagnostic>* recoverable)
      : limits_(limits), doc_(doc), recoverable_(recoverable) {}

  bool Null() { return EnterValue() && ValueDone(doc_.Null()); }
  bool Bool(bool b) { return EnterValue() && ValueDone(doc_.Bool(b)); }
  bool Int(int i) { return EnterValue() && ValueDone(doc_.Int(i)); }
  bool Uint(unsigned u) { return EnterValue() && ValueDone(doc_.Uint(u)); }
  bool Int64(int64_t i) { return EnterValue() && ValueDone(doc_.Int64(i)); }
  bool Uint64(uint64_t u) { return EnterValue() && ValueDone(doc_.Uint64(u)); }
  bool Double(double d) { return EnterValue() && ValueDone(doc_.Double(d)); }
  // Numbers arrive as text (kParseNumbersAsStringsFlag) and are converted here: RapidJSON 1.1's
  // full-precision conversion passes zero to __builtin_clzll for a zero with a large exponent
  // ("0e120", found by tests/fuzz), which is undefined behaviour. std::from_chars rounds
  // correctly, as JavaScript's JSON.parse does, and integers keep RapidJSON's narrowest type.
  bool RawNumber(const char* str, rapidjson::SizeType len, bool) {
    if (!EnterValue()) return false;
    std::string_view text(str, len);
    if (text.find_first_of(".eE") == std::string_view::npos) {
      if (text.front() == '-') {
        std::int64_t i = 0;
        auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), i);
        if (ec == std::errc() && end == text.data() + text.size()) {
          return ValueDone(i >= INT32_MIN ? doc_.Int(static_cast<int>(i)) : doc_.Int64(i));
        }
      } else {
        std::uint64_t u = 0;
        auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), u);
        if (ec == std::errc() && end == text.data() + text.size()) {
          return ValueDone(u <= UINT32_MAX ? doc_.Uint(static_cast<unsigned>(u)) : doc_.Uint64(u));
        }
      }
    }
    double d = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), d);
    if (ec == std::errc::result_out_of_range) {
      // Too small is zero, as in JavaScript; too large has no double.
      std::size_t e = text.find_first_of("eE");
      bool tiny = e != std::string_view::npos && e + 1 < text.size() && text[e + 1] == '-';
      if (!tiny) return Fail(CurrentPointer(), "number is too large to represent");
      d = text.front() == '-' ? -0.0 : 0.0;
    } else if (ec != std::errc() || end != text.data() + text.size()) {
      return Fail(CurrentPointer(), "not a valid JSON number");
    }
    return ValueDone(doc_.Double(d));
  }
  bool String(const char* str, rapidjson::SizeType len, bool copy) {
    if (!EnterValue()) return false;
    if (len > limits_.max_string_bytes) {
      return Fail(CurrentPointer(), "text of " + FormatCount(len) + " bytes is longer than the " +
                                        FormatCount(limits_.max_string_bytes) +
                                        " bytes any field may hold");
    }
    if (!IsUtf8(str, len)) return Fail(CurrentPointer(), kInvalidUtf8);
    if (HasSurrogate(str, len) && !Recover(CurrentPointer(), kLoneSurrogate)) return false;
    return ValueDone(doc_.String(str, len, copy));
  }
  bool StartObject() {
    if (!EnterValue() || !EnterContainer(false)) return false;
    return doc_.StartObject();
  }
  bool Key(const char* str, rapidjson::SizeType len, bool copy) {
    Frame& frame = frames_[depth_ - 1];
    std::string_view key(str, len);
    if (len > limits_.max_string_bytes) {
      return Fail(CurrentPointer(), "a field name is longer than " +
                                        FormatCount(limits_.max_string_bytes) + " bytes");
    }
    if (frame.count >= limits_.max_object_members) {
      return Fail(CurrentPointer(),
                  "object has more than " + FormatCount(limits_.max_object_members) + " fields");
    }
    if (!IsUtf8(str, len)) return Fail(CurrentPointer(), "a field name is not valid UTF-8");
    frame.current_key.assign(key);
    frame.awaiting_value = true;
    ++frame.count;
    if (HasSurrogate(str, len) && !Recover(CurrentPointer(), kLoneSurrogate)) return false;
    if (IsDuplicate(frame, key) &&
        !Recover(CurrentPointer(),
                 "field \"" + std::string(key) + "\" appears twice in the same object; keep one")) {
      return false;
    }
    return doc_.Key(str, len, copy);
  }
  bool EndObject(rapidjson::SizeType members) {
    --depth_;
    return ValueDone(doc_.EndObject(members));
  }
  bool StartArray() {
    if (!EnterValue() || !EnterContainer(true)) return false;
    return doc_.StartArray();
  }
  bool EndArray(rapidjson::SizeType items) {
    --depth_;
    return ValueDone(doc_.EndArray(items));
  }

  const std::optional<Diagnostic>& failure() const { return failure_; }
  std::string CurrentPointer() const { return PointerOf(depth_); }

  // Where RapidJSON stopped: inside an array that is the item being read, which the handler
  // has not counted yet because its value never arrived.
  std::string ParseErrorPointer() const {
    if (depth_ == 0 || !frames_[depth_ - 1].is_array) return CurrentPointer();
    return PointerOf(depth_ - 1) + "/" + std::to_string(frames_[depth_ - 1].count);
  }

 private:
  struct Frame {
    bool is_array = false;
    bool awaiting_value = false;        // object: a key was read, its value is not done yet
    std::size_t count = 0;              // items so far (array) or members so far (object)
    std::string current_key;            // object: the last key read
    std::vector<std::string> keys;      // object: members seen, to refuse duplicates
    std::vector<std::uint64_t> hashes;  // their hashes, compared first
  };

  // Records `key` as member number `frame.count` (already counted) and says whether an earlier
  // member has the same name. Every key is recorded, repeats too, so slots and counts agree.
  bool IsDuplicate(Frame& frame, std::string_view key) {
    const std::size_t slot = frame.count - 1;
    const std::uint64_t hash = std::hash<std::string_view>{}(key);
    if (frame.keys.size() <= slot) {
      frame.keys.emplace_back(key);
      frame.hashes.push_back(hash);
    } else {
      frame.keys[slot].assign(key);
      frame.hashes[slot] = hash;
    }
    for (std::size_t i = 0; i < slot; ++i) {
      if (frame.hashes[i] == hash && frame.keys[i] == key) return true;
    }
    return false;
  }

  // Called before every value: counts it in its array and refuses an array that grows too long.
  bool EnterValue() {
    if (depth_ == 0) return true;
    Frame& parent = frames_[depth_ - 1];
    if (!parent.is_array) return true;
    if (parent.count >= limits_.max_array_items) {
      return Fail(PointerOf(depth_ - 1),
                  "list has more than " + FormatCount(limits_.max_array_items) + " items");
    }
    ++parent.count;
    return true;
  }

  // Called after every complete value: the object that holds it waits for its next key.
  bool ValueDone(bool ok) {
    if (depth_ > 0) frames_[depth_ - 1].awaiting_value = false;
    return ok;
  }

  bool EnterContainer(bool is_array) {
    if (depth_ >= limits_.max_depth) {
      return Fail(CurrentPointer(),
                  "nested more than " + std::to_string(limits_.max_depth) + " levels deep");
    }
    if (frames_.size() == depth_) frames_.emplace_back();
    Frame& frame = frames_[depth_++];
    frame.is_array = is_array;
    frame.awaiting_value = false;
    frame.count = 0;
    return true;
  }

  // Pointer of the value being read inside the first `depth` frames; between an object's members
  // it is the object itself.
  std::string PointerOf(std::size_t depth) const {
    std::string pointer;
    for (std::size_t i = 0; i < depth; ++i) {
      const Frame& f = frames_[i];
      if (f.is_array) {
        pointer += "/" + std::to_string(f.count == 0 ? 0 : f.count - 1);
      } else if (f.awaiting_value) {
        pointer += "/" + EscapePointerToken(f.current_key);
      } else {
        break;
      }
    }
    return pointer;
  }

  bool Fail(std::string pointer, std::string message) {
    failure_ = Diagnostic{std::move(pointer), std::move(message)};
    return false;
  }

  // A problem that leaves the document well-formed: recorded and reading goes on when the caller
  // collects such problems, otherwise it stops reading like any other.
  bool Recover(std::string pointer, std::string message) {
    if (recoverable_ == nullptr) return Fail(std::move(pointer), std::move(message));
    recoverable_->push_back(Diagnostic{std::move(pointer), std::move(message)});
    return true;
  }

  const Limits& limits_;
  rapidjson::Document& doc_;
  std::vector<Diagnostic>* recoverable_;
  std::vector<Frame> frames_;
  std::size_t depth_ = 0;
  std::optional<Diagnostic> failure_;
};

std::string DescribeParseError(rapidjson::ParseErrorCode code, std::size_t offset) {
  std::string where = " (at byte " + std::to_string(offset) + ")";
  switch (code) {
    case rapidjson::kParseErrorDocumentEmpty:
      return "the input is empty; expected a JSON object";
    case rapidjson::kParseErrorStringInvalidEncoding:
      return "text is not valid UTF-8" + where;
    case rapidjson::kParseErrorValueInvalid:
      return "not a valid JSON value (NaN, Infinity and unquoted words are not JSON)" + where;
    case rapidjson::kParseErrorNumberTooBig:
      return "number is too large to represent" + where;
    default:
      return std::string("not valid JSON: ") + rapidjson::GetParseError_En(code) + where;
  }
}

}  // namespace

std::optional<Diagnostic> ParseBounded(std::string_view text, const Limits& limits,
                                       rapidjson::Document& doc,
                                       std::vector<Diagnostic>* recoverable) {
  doc.SetNull();
  if (text.size() > limits.max_bytes) {
    return Diagnostic{"", "the input is " + FormatCount(text.size()) + " bytes; at most " +
                              FormatCount(limits.max_bytes) + " are accepted"};
  }
  // A UTF-8 byte-order mark carries no meaning in JSON; editors on Windows add it, so skip it.
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  LimitingHandler handler(limits, doc, recoverable);
  rapidjson::ParseResult result;
  std::string stop_pointer;
  auto generator = [&](rapidjson::Document& target) {
    (void)target;  // the handler writes into doc, which is target
    rapidjson::MemoryStream stream(text.data(), text.size());
    rapidjson::Reader reader;
    // Numbers as text: RawNumber converts them to the same double JavaScript's JSON.parse gives.
    constexpr unsigned kFlags =
        rapidjson::kParseIterativeFlag | rapidjson::kParseNumbersAsStringsFlag;
    result = reader.Parse<kFlags>(stream, handler);
    if (result.IsError()) stop_pointer = handler.ParseErrorPointer();
    return !result.IsError();
  };
  doc.Populate(generator);
  if (handler.failure()) {
    doc.SetNull();
    return handler.failure();
  }
  if (result.IsError()) {
    doc.SetNull();
    return Diagnostic{stop_pointer, DescribeParseError(result.Code(), result.Offset())};
  }
  return std::nullopt;
}

}  // namespace ailit::json

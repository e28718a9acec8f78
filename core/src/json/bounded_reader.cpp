#include "json/bounded_reader.h"

#include "text/format_count.h"

#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include <cstring>
#include <string>
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

// Forwards SAX events to the document after checking them against the limits. Keeps the path
// from the root so every refusal can say where it happened.
class LimitingHandler {
 public:
  LimitingHandler(const Limits& limits, rapidjson::Document& doc) : limits_(limits), doc_(doc) {}

  bool Null() { return EnterValue() && doc_.Null(); }
  bool Bool(bool b) { return EnterValue() && doc_.Bool(b); }
  bool Int(int i) { return EnterValue() && doc_.Int(i); }
  bool Uint(unsigned u) { return EnterValue() && doc_.Uint(u); }
  bool Int64(int64_t i) { return EnterValue() && doc_.Int64(i); }
  bool Uint64(uint64_t u) { return EnterValue() && doc_.Uint64(u); }
  bool Double(double d) { return EnterValue() && doc_.Double(d); }
  bool RawNumber(const char* str, rapidjson::SizeType len, bool copy) {
    return EnterValue() && doc_.RawNumber(str, len, copy);
  }
  bool String(const char* str, rapidjson::SizeType len, bool copy) {
    if (!EnterValue()) return false;
    if (HasSurrogate(str, len)) return Fail(CurrentPointer(), kLoneSurrogate);
    if (len > limits_.max_string_bytes) {
      return Fail(CurrentPointer(), "text of " + FormatCount(len) + " bytes is longer than the " +
                                        FormatCount(limits_.max_string_bytes) +
                                        " bytes any field may hold");
    }
    return doc_.String(str, len, copy);
  }
  bool StartObject() {
    if (!EnterValue() || !EnterContainer()) return false;
    frames_.back().is_array = false;
    return doc_.StartObject();
  }
  bool Key(const char* str, rapidjson::SizeType len, bool copy) {
    Frame& frame = frames_.back();
    std::string_view key(str, len);
    if (HasSurrogate(str, len)) return Fail(PointerOf(frames_.size() - 1), kLoneSurrogate);
    if (len > limits_.max_string_bytes) {
      return Fail(
          PointerOf(frames_.size() - 1),
          "a field name is longer than " + FormatCount(limits_.max_string_bytes) + " bytes");
    }
    if (frame.count >= limits_.max_object_members) {
      return Fail(PointerOf(frames_.size() - 1),
                  "object has more than " + FormatCount(limits_.max_object_members) + " fields");
    }
    for (const std::string& seen : frame.keys) {
      if (seen == key) {
        frame.current_key.assign(key);
        return Fail(CurrentPointer(), "field \"" + std::string(key) +
                                          "\" appears twice in the same object; keep one");
      }
    }
    frame.keys.emplace_back(key);
    frame.current_key.assign(key);
    ++frame.count;
    return doc_.Key(str, len, copy);
  }
  bool EndObject(rapidjson::SizeType members) {
    LeaveContainer();
    return doc_.EndObject(members);
  }
  bool StartArray() {
    if (!EnterValue() || !EnterContainer()) return false;
    frames_.back().is_array = true;
    return doc_.StartArray();
  }
  bool EndArray(rapidjson::SizeType items) {
    LeaveContainer();
    return doc_.EndArray(items);
  }

  const std::optional<Diagnostic>& failure() const { return failure_; }
  std::string CurrentPointer() const { return PointerOf(frames_.size()); }

  // Where RapidJSON stopped: inside an array that is the item being read, which the handler
  // has not counted yet because its value never arrived.
  std::string ParseErrorPointer() const {
    if (frames_.empty() || !frames_.back().is_array) return CurrentPointer();
    return PointerOf(frames_.size() - 1) + "/" + std::to_string(frames_.back().count);
  }

 private:
  struct Frame {
    bool is_array = false;
    std::size_t count = 0;          // items so far (array) or members so far (object)
    std::string current_key;        // object: the member being read
    std::vector<std::string> keys;  // object: members seen, to refuse duplicates
  };

  // Called before every value: counts it in its array and refuses an array that grows too long.
  bool EnterValue() {
    if (frames_.empty()) return true;
    Frame& parent = frames_.back();
    if (!parent.is_array) return true;
    if (parent.count >= limits_.max_array_items) {
      return Fail(PointerOf(frames_.size() - 1),
                  "list has more than " + FormatCount(limits_.max_array_items) + " items");
    }
    ++parent.count;
    return true;
  }

  bool EnterContainer() {
    if (frames_.size() >= limits_.max_depth) {
      return Fail(CurrentPointer(),
                  "nested more than " + std::to_string(limits_.max_depth) + " levels deep");
    }
    frames_.emplace_back();
    return true;
  }

  void LeaveContainer() { frames_.pop_back(); }

  // Pointer of the value currently being read inside the first `depth` frames.
  std::string PointerOf(std::size_t depth) const {
    std::string pointer;
    for (std::size_t i = 0; i < depth && i < frames_.size(); ++i) {
      const Frame& f = frames_[i];
      pointer.push_back('/');
      if (f.is_array) {
        pointer += std::to_string(f.count == 0 ? 0 : f.count - 1);
      } else {
        pointer += EscapePointerToken(f.current_key);
      }
    }
    return pointer;
  }

  bool Fail(std::string pointer, std::string message) {
    failure_ = Diagnostic{std::move(pointer), std::move(message)};
    return false;
  }

  const Limits& limits_;
  rapidjson::Document& doc_;
  std::vector<Frame> frames_;
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
                                       rapidjson::Document& doc) {
  doc.SetNull();
  if (text.size() > limits.max_bytes) {
    return Diagnostic{"", "the input is " + FormatCount(text.size()) + " bytes; at most " +
                              FormatCount(limits.max_bytes) + " are accepted"};
  }
  // A UTF-8 byte-order mark carries no meaning in JSON; editors on Windows add it, so skip it.
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  LimitingHandler handler(limits, doc);
  rapidjson::ParseResult result;
  std::string stop_pointer;
  auto generator = [&](rapidjson::Document& target) {
    (void)target;  // the handler writes into doc, which is target
    rapidjson::MemoryStream stream(text.data(), text.size());
    rapidjson::Reader reader;
    constexpr unsigned kFlags =
        rapidjson::kParseValidateEncodingFlag | rapidjson::kParseIterativeFlag;
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

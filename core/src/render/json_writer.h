// A RapidJSON writer that is either compact or pretty, chosen at run time, so each renderer is
// written once.
#pragma once

#include <cstring>
#include <string>
#include <string_view>

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "ailit/diagnostic.h"
#include "ailit/scores.h"
#include "json/plain_string.h"

namespace ailit::render {

// RapidJSON's writers put a string one character at a time through their escape table, which
// made up most of rendering a plan (about 150 KB, nearly all catalogue text). These copy a
// string that needs no escaping in one piece; the bytes written are the same.
template <typename Stream>
void PutQuoted(Stream& out, std::string_view s) {
  char* p = out.Push(s.size() + 2);
  p[0] = '"';
  if (!s.empty()) std::memcpy(p + 1, s.data(), s.size());
  p[s.size() + 1] = '"';
}

class CompactWriter : public rapidjson::Writer<rapidjson::StringBuffer> {
 public:
  using Writer::Writer;
  bool String(const char* s, rapidjson::SizeType n) {
    if (!json::IsPlainString({s, n})) return Writer::String(s, n);
    Prefix(rapidjson::kStringType);
    PutQuoted(*os_, {s, n});
    return EndValue(true);
  }
};

class IndentedWriter : public rapidjson::PrettyWriter<rapidjson::StringBuffer> {
 public:
  using PrettyWriter::PrettyWriter;
  bool String(const char* s, rapidjson::SizeType n) {
    if (!json::IsPlainString({s, n})) return PrettyWriter::String(s, n);
    PrettyPrefix(rapidjson::kStringType);
    PutQuoted(*os_, {s, n});
    return true;
  }
};

class JsonWriter {
 public:
  // `capacity`: the bytes the output is expected to take, so the buffer does not grow (and copy
  // itself) a dozen times on the way to a 150 KB plan.
  explicit JsonWriter(bool pretty, std::size_t capacity = 256)
      : pretty_(pretty), buffer_(nullptr, capacity), compact_(buffer_), indented_(buffer_) {
    indented_.SetIndent(' ', 2);
  }

  void StartObject() { pretty_ ? indented_.StartObject() : compact_.StartObject(); }
  void EndObject() { pretty_ ? indented_.EndObject() : compact_.EndObject(); }
  void StartArray() { pretty_ ? indented_.StartArray() : compact_.StartArray(); }
  void EndArray() { pretty_ ? indented_.EndArray() : compact_.EndArray(); }
  void Key(std::string_view k) {
    auto n = static_cast<rapidjson::SizeType>(k.size());
    pretty_ ? indented_.Key(k.data(), n) : compact_.Key(k.data(), n);
  }
  void String(std::string_view s) {
    auto n = static_cast<rapidjson::SizeType>(s.size());
    pretty_ ? indented_.String(s.data(), n) : compact_.String(s.data(), n);
  }
  void Int(std::int64_t i) { pretty_ ? indented_.Int64(i) : compact_.Int64(i); }
  void Bool(bool b) { pretty_ ? indented_.Bool(b) : compact_.Bool(b); }

  void Field(std::string_view k, std::string_view s) { Key(k), String(s); }
  void Field(std::string_view k, const char* s) { Key(k), String(s); }
  void Field(std::string_view k, std::int64_t i) { Key(k), Int(i); }
  void Field(std::string_view k, bool b) { Key(k), Bool(b); }

  // [{"pointer": ..., "message": ...}, ...], messages in Dutch where they have one and `dutch`.
  void DiagnosticList(std::string_view key, const std::vector<Diagnostic>& list,
                      bool dutch = false) {
    Key(key);
    StartArray();
    for (const Diagnostic& d : list) {
      StartObject();
      Field("pointer", d.pointer);
      Field("message", d.Message(dutch));
      EndObject();
    }
    EndArray();
  }

  // `json` must be one complete, valid JSON value.
  void Raw(std::string_view json) {
    auto n = static_cast<rapidjson::SizeType>(json.size());
    pretty_ ? indented_.RawValue(json.data(), n, rapidjson::kObjectType)
            : compact_.RawValue(json.data(), n, rapidjson::kObjectType);
  }

  std::string Take() { return std::string(buffer_.GetString(), buffer_.GetSize()); }

 private:
  bool pretty_;
  rapidjson::StringBuffer buffer_;
  CompactWriter compact_;
  IndentedWriter indented_;
};

// The `scores` member of a recommendation (DESIGN.md §4), reasons in `lang`.
void WriteScores(JsonWriter& w, const Profile& profile, const Scores& scores,
                 const SectorRiskTable& sectors, Lang lang);

}  // namespace ailit::render

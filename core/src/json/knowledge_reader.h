// Reads knowledge documents (measure catalogues, plugin documents) with every problem reported
// as "<file>: <JSON Pointer>: <message>", so an author fixes them all in one pass.
#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <rapidjson/document.h>

#include "ailit/diagnostic.h"
#include "ailit/enums.h"
#include "ailit/measures.h"

namespace ailit::json {

inline std::string_view Str(const rapidjson::Value& v) {
  return {v.GetString(), v.GetStringLength()};
}

inline std::string Child(const std::string& pointer, std::string_view key) {
  return pointer + "/" + EscapePointerToken(key);
}
inline std::string Child(const std::string& pointer, std::size_t index) {
  return pointer + "/" + std::to_string(index);
}

inline std::size_t CharCount(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

// Reports into a Diagnostics, prefixing every message with the file name and pointer.
class Reader {
 public:
  Reader(std::string_view file, Diagnostics& d) : file_(file), d_(d) {}

  void Error(const std::string& pointer, std::string_view message) {
    d_.Error(pointer, file_ + ": " + pointer + ": " + std::string(message));
  }
  void Warning(const std::string& pointer, std::string_view message) {
    d_.Warning(pointer, file_ + ": " + pointer + ": " + std::string(message));
  }

  const rapidjson::Value* Member(const rapidjson::Value& object, std::string_view key) {
    auto it = object.FindMember(rapidjson::StringRef(key.data(), key.size()));
    return it == object.MemberEnd() ? nullptr : &it->value;
  }

  // A required non-empty text; empty result when missing or wrong (already reported).
  std::string Text(const rapidjson::Value& object, const std::string& pointer, std::string_view key,
                   bool required = true) {
    const rapidjson::Value* v = Member(object, key);
    if (!v) {
      if (required) Error(pointer, "missing \"" + std::string(key) + "\"");
      return {};
    }
    if (!v->IsString() || v->GetStringLength() == 0) {
      Error(Child(pointer, key), "\"" + std::string(key) + "\" must be non-empty text");
      return {};
    }
    return std::string(Str(*v));
  }

  // {"en": ..., "nl": ...}, both required.
  LocalText Local(const rapidjson::Value& object, const std::string& pointer, std::string_view key,
                  bool required, std::size_t max_chars = 0) {
    LocalText out;
    const rapidjson::Value* v = Member(object, key);
    if (!v) {
      if (required) Error(pointer, "missing \"" + std::string(key) + "\" (in \"en\" and \"nl\")");
      return out;
    }
    std::string here = Child(pointer, key);
    if (!v->IsObject()) {
      Error(here, "\"" + std::string(key) + "\" must be an object {\"en\": ..., \"nl\": ...}");
      return out;
    }
    return LocalIn(*v, here, max_chars);
  }

  LocalText LocalIn(const rapidjson::Value& v, const std::string& here, std::size_t max_chars) {
    LocalText out;
    out.en = Text(v, here, "en");
    out.nl = Text(v, here, "nl");
    for (const auto& m : v.GetObject()) {
      std::string_view k = Str(m.name);
      if (k != "en" && k != "nl")
        Warning(Child(here, k), "unknown language \"" + std::string(k) + "\" is ignored");
    }
    if (max_chars > 0) {
      for (auto [lang, text] : {std::pair{"en", &out.en}, std::pair{"nl", &out.nl}}) {
        if (CharCount(*text) > max_chars) {
          Error(Child(here, lang), "at most " + std::to_string(max_chars) + " characters");
        }
      }
    }
    return out;
  }

  std::optional<std::int64_t> Int(const rapidjson::Value& object, const std::string& pointer,
                                  std::string_view key, std::int64_t lo, std::int64_t hi) {
    const rapidjson::Value* v = Member(object, key);
    if (!v) {
      Error(pointer, "missing \"" + std::string(key) + "\"");
      return std::nullopt;
    }
    if (!v->IsInt64() || v->GetInt64() < lo || v->GetInt64() > hi) {
      Error(Child(pointer, key), "\"" + std::string(key) + "\" must be a whole number from " +
                                     std::to_string(lo) + " to " + std::to_string(hi));
      return std::nullopt;
    }
    return v->GetInt64();
  }

  template <typename E>
  std::optional<E> Enum(const rapidjson::Value& v, const std::string& pointer) {
    std::optional<E> e = v.IsString() ? ParseEnum<E>(Str(v)) : std::nullopt;
    if (!e) Error(pointer, "must be one of " + AllowedList<E>());
    return e;
  }

 private:
  std::string file_;
  Diagnostics& d_;
};

}  // namespace ailit::json

// Reads the fields of one JSON object of a profile, checking each against the contract and
// recording every problem with its JSON Pointer. Missing optional fields yield the documented
// default; fields the contract does not know become warnings.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include <rapidjson/document.h>

#include "ailit/diagnostic.h"
#include "ailit/enums.h"
#include "ailit/profile.h"
#include "text/format_count.h"

namespace ailit::profile {

// Number of Unicode code points in valid UTF-8 text.
std::size_t CountCodePoints(std::string_view utf8);

// Empty when `id` satisfies the id rule; otherwise the reason it does not.
std::string IdProblem(std::string_view id, std::size_t max_chars);

using text::FormatCount;

class FieldReader {
 public:
  // `object` must outlive the reader. Warns about every member not in `known`.
  FieldReader(const rapidjson::Value& object, std::string pointer, Diagnostics& diagnostics,
              const ProfileLimits& limits, std::initializer_list<std::string_view> known);

  std::string Text(std::string_view key, std::string_view fallback);
  std::string RequiredText(std::string_view key);
  std::string RequiredId(std::string_view key);
  bool Bool(std::string_view key, bool fallback);
  std::uint64_t Integer(std::string_view key, std::uint64_t min, std::uint64_t max,
                        std::uint64_t fallback, bool required = false);

  template <typename E>
  E Enum(std::string_view key, E fallback) {
    const rapidjson::Value* v = Find(key);
    if (v == nullptr) return fallback;
    if (!v->IsString()) {
      TypeError(key, "one of " + AllowedList<E>());
      return fallback;
    }
    std::string_view text(v->GetString(), v->GetStringLength());
    if (auto parsed = ParseEnum<E>(text)) return *parsed;
    EnumError(key, text, AllowedList<E>());
    return fallback;
  }

  // The array or object under `key`, or nullptr when absent or of the wrong type (then reported).
  const rapidjson::Value* Array(std::string_view key, bool required = false);
  const rapidjson::Value* Object(std::string_view key, bool required = false);

  bool Has(std::string_view key) const { return Find(key) != nullptr; }
  std::string PointerTo(std::string_view key) const;
  const std::string& pointer() const { return pointer_; }
  Diagnostics& diagnostics() { return diagnostics_; }

  // Reports a value that is not in its vocabulary.
  void EnumError(std::string_view key, std::string_view found, const std::string& allowed);

 private:
  const rapidjson::Value* Find(std::string_view key) const;
  void TypeError(std::string_view key, std::string_view expected);
  void Missing(std::string_view key);

  const rapidjson::Value& object_;
  std::string pointer_;
  Diagnostics& diagnostics_;
  const ProfileLimits& limits_;
};

// Describes a JSON value's type the way a reader of the profile thinks of it.
std::string_view DescribeType(const rapidjson::Value& value);

// "\"x\" is not one of the allowed values: a, b, c"
std::string NotAllowedMessage(std::string_view found, const std::string& allowed);

}  // namespace ailit::profile

#include "profile/field_reader.h"

#include <algorithm>
#include <cmath>

namespace ailit::profile {

std::size_t CountCodePoints(std::string_view utf8) {
  return static_cast<std::size_t>(std::count_if(utf8.begin(), utf8.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

std::string IdProblem(std::string_view id, std::size_t max_chars) {
  if (id.empty()) return "an id may not be empty";
  for (char c : id) {
    bool allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                   c == '_' || c == '.' || c == '-';
    if (!allowed) {
      std::string shown = c == ' ' ? "a space" : "\"" + std::string(1, c) + "\"";
      if (static_cast<unsigned char>(c) >= 0x80) shown = "a non-ASCII letter";
      return "an id may contain only letters A-Z and a-z, digits, \".\", \"_\" and \"-\" (found " +
             shown + ")";
    }
  }
  if (id.size() > max_chars) {
    return "an id may be at most " + std::to_string(max_chars) + " characters long (this one has " +
           std::to_string(id.size()) + ")";
  }
  return {};
}

std::string_view DescribeType(const rapidjson::Value& value) {
  switch (value.GetType()) {
    case rapidjson::kNullType:
      return "null";
    case rapidjson::kFalseType:
    case rapidjson::kTrueType:
      return "true/false";
    case rapidjson::kObjectType:
      return "an object";
    case rapidjson::kArrayType:
      return "a list";
    case rapidjson::kStringType:
      return "text";
    case rapidjson::kNumberType:
      return "a number";
  }
  return "a value";
}

FieldReader::FieldReader(const rapidjson::Value& object, std::string pointer,
                         Diagnostics& diagnostics, const ProfileLimits& limits,
                         std::initializer_list<std::string_view> known)
    : object_(object), pointer_(std::move(pointer)), diagnostics_(diagnostics), limits_(limits) {
  for (const auto& member : object_.GetObject()) {
    std::string_view name(member.name.GetString(), member.name.GetStringLength());
    if (std::find(known.begin(), known.end(), name) == known.end()) {
      diagnostics_.Warning(PointerTo(name),
                           "unknown field \"" + std::string(name) + "\" is ignored");
    }
  }
}

std::string FieldReader::PointerTo(std::string_view key) const {
  return pointer_ + "/" + EscapePointerToken(key);
}

const rapidjson::Value* FieldReader::Find(std::string_view key) const {
  auto it = object_.FindMember(rapidjson::Value(rapidjson::StringRef(key.data(), key.size())));
  return it == object_.MemberEnd() ? nullptr : &it->value;
}

void FieldReader::TypeError(std::string_view key, std::string_view expected) {
  const rapidjson::Value* v = Find(key);
  diagnostics_.Error(PointerTo(key), "must be " + std::string(expected) + ", not " +
                                         std::string(v ? DescribeType(*v) : "missing"));
}

void FieldReader::Missing(std::string_view key) {
  diagnostics_.Error(pointer_, "required field \"" + std::string(key) + "\" is missing");
}

std::string NotAllowedMessage(std::string_view found, const std::string& allowed) {
  return "\"" + std::string(found) + "\" is not one of the allowed values: " + allowed;
}

void FieldReader::EnumError(std::string_view key, std::string_view found,
                            const std::string& allowed) {
  diagnostics_.Error(PointerTo(key), NotAllowedMessage(found, allowed));
}

std::string FieldReader::Text(std::string_view key, std::string_view fallback) {
  const rapidjson::Value* v = Find(key);
  if (v == nullptr) return std::string(fallback);
  if (!v->IsString()) {
    TypeError(key, "text");
    return std::string(fallback);
  }
  std::string_view text(v->GetString(), v->GetStringLength());
  std::size_t chars = CountCodePoints(text);
  if (chars == 0) {
    diagnostics_.Error(PointerTo(key), "may not be empty");
  } else if (chars > limits_.max_text_chars) {
    diagnostics_.Error(PointerTo(key), "is " + std::to_string(chars) +
                                           " characters long; at most " +
                                           std::to_string(limits_.max_text_chars) + " are allowed");
  }
  return std::string(text);
}

std::string FieldReader::RequiredText(std::string_view key) {
  if (Find(key) == nullptr) {
    Missing(key);
    return {};
  }
  return Text(key, {});
}

std::string FieldReader::RequiredId(std::string_view key) {
  const rapidjson::Value* v = Find(key);
  if (v == nullptr) {
    Missing(key);
    return {};
  }
  if (!v->IsString()) {
    TypeError(key, "text");
    return {};
  }
  std::string id(v->GetString(), v->GetStringLength());
  if (std::string problem = IdProblem(id, limits_.max_id_chars); !problem.empty()) {
    diagnostics_.Error(PointerTo(key), problem);
  }
  return id;
}

bool FieldReader::Bool(std::string_view key, bool fallback) {
  const rapidjson::Value* v = Find(key);
  if (v == nullptr) return fallback;
  if (!v->IsBool()) {
    TypeError(key, "true or false");
    return fallback;
  }
  return v->GetBool();
}

std::uint64_t FieldReader::Integer(std::string_view key, std::uint64_t min, std::uint64_t max,
                                   std::uint64_t fallback, bool required) {
  const rapidjson::Value* v = Find(key);
  if (v == nullptr) {
    if (required) Missing(key);
    return fallback;
  }
  std::string range = "from " + FormatCount(min) + " to " + FormatCount(max);
  if (!v->IsNumber()) {
    TypeError(key, "a whole number " + range);
    return fallback;
  }
  if (v->IsUint64()) {
    std::uint64_t n = v->GetUint64();
    if (n >= min && n <= max) return n;
  } else if (v->IsDouble()) {
    // JSON Schema counts 12.0 as an integer; so do we, to say the same as the schema.
    double d = v->GetDouble();
    if (d == std::floor(d) && d >= static_cast<double>(min) && d <= static_cast<double>(max)) {
      return static_cast<std::uint64_t>(d);
    }
  }
  std::string found;
  if (v->IsUint64()) {
    found = FormatCount(v->GetUint64());
  } else if (v->IsInt64()) {
    found = std::to_string(v->GetInt64());
  } else {
    double d = v->GetDouble();
    found = d == std::floor(d) ? "a number too large to count" : "a number with a fraction";
  }
  diagnostics_.Error(PointerTo(key), "must be a whole number " + range + " (found " + found + ")");
  return fallback;
}

const rapidjson::Value* FieldReader::Array(std::string_view key, bool required) {
  const rapidjson::Value* v = Find(key);
  if (v == nullptr) {
    if (required) Missing(key);
    return nullptr;
  }
  if (!v->IsArray()) {
    TypeError(key, "a list");
    return nullptr;
  }
  return v;
}

const rapidjson::Value* FieldReader::Object(std::string_view key, bool required) {
  const rapidjson::Value* v = Find(key);
  if (v == nullptr) {
    if (required) Missing(key);
    return nullptr;
  }
  if (!v->IsObject()) {
    TypeError(key, "an object");
    return nullptr;
  }
  return v;
}

}  // namespace ailit::profile

#include "rules/internal/json_path.h"

#include <charconv>

#include "rules/internal/js.h"

namespace ailit::internal {
namespace {

bool IsDotNameByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-' || c >= 0x80;
}

// Characters jsonpath-plus reads as syntax even inside quotes, so a quoted name holding one of
// them would not mean the literal name: '#' is its placeholder for sub-expressions, ':' makes a
// slice, '`' escapes, and either quote mark ends or confuses the name.
bool IsReservedInQuotes(char c) {
  switch (c) {
    case '#':
    case ':':
    case '`':
    case '\'':
    case '"':
    case '\\':
    case ',':
    case ';':
    case '^':
    case '[':
    case ']':
    case '@':
    case '*':
    case '~':
    case '?':
    case '(':
    case ')':
    case '$':
      return true;
    default:
      return false;
  }
}

PathStep MakeStep(std::string key) {
  PathStep step;
  step.is_length = key == "length";
  bool canonical_index = !key.empty() && key.size() <= 10 && (key == "0" || key[0] != '0');
  for (char c : key) canonical_index = canonical_index && c >= '0' && c <= '9';
  if (canonical_index) {
    std::uint64_t value = 0;
    std::from_chars(key.data(), key.data() + key.size(), value);
    // JavaScript array indices stop at 2^32 - 2.
    if (value <= 0xFFFFFFFEull) {
      step.is_index = true;
      step.index = static_cast<std::uint32_t>(value);
    }
  }
  step.key = std::move(key);
  return step;
}

std::string Unsupported(std::string_view text, std::size_t at, std::string_view what) {
  return "path \"" + std::string(text) + "\": " + std::string(what) + " at character " +
         std::to_string(at + 1) +
         " is not supported; use \"$\" followed by \".name\", \"['name']\" or \"[0]\" steps";
}

void AppendQuoted(std::string_view key, std::string& out) {
  out += "[\"";
  for (char c : key) {
    if (c == '"' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  out += "\"]";
}

// Index of the UTF-16 code unit `index` in UTF-8 `text`: the bytes of the character there, or
// nothing when it falls on half of a surrogate pair (UTF-8 cannot hold half a character).
std::optional<std::string_view> Utf16Unit(std::string_view text, std::uint32_t index) {
  std::size_t unit = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    auto c = static_cast<unsigned char>(text[i]);
    std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    std::size_t units = len == 4 ? 2 : 1;
    if (index < unit + units) {
      if (units == 2) return std::nullopt;
      return text.substr(i, len);
    }
    unit += units;
    i += len;
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> ParsePath(std::string_view text, ParsedPath& out) {
  out = ParsedPath{};
  if (text.empty() || text[0] != '$') {
    return "path \"" + std::string(text) + "\" must start with \"$\" (for example \"$.name\")";
  }
  out.canonical = "$";
  std::size_t i = 1;
  while (i < text.size()) {
    char c = text[i];
    if (c == '.') {
      if (i + 1 < text.size() && text[i + 1] == '.') {
        return Unsupported(text, i, "recursive descent (\"..\")");
      }
      std::size_t start = ++i;
      while (i < text.size() && IsDotNameByte(static_cast<unsigned char>(text[i]))) ++i;
      if (i == start) {
        if (i < text.size() && text[i] == '*') return Unsupported(text, i, "a wildcard (\"*\")");
        return Unsupported(text, i, "a step without a name");
      }
      if (i < text.size() && text[i] != '.' && text[i] != '[') {
        return Unsupported(
            text, i,
            "the character '" + std::string(1, text[i]) + "' in a name (quote the name: ['...'])");
      }
      out.steps.push_back(MakeStep(std::string(text.substr(start, i - start))));
    } else if (c == '[') {
      std::size_t open = i++;
      if (i >= text.size()) return Unsupported(text, open, "an unclosed \"[\"");
      char q = text[i];
      if (q == '\'' || q == '"') {
        std::size_t start = ++i;
        while (i < text.size() && text[i] != q) {
          if (IsReservedInQuotes(text[i])) {
            return Unsupported(text, i,
                               "the character '" + std::string(1, text[i]) + "' in a quoted name");
          }
          ++i;
        }
        if (i + 1 >= text.size() || text[i + 1] != ']') {
          return Unsupported(text, open, "an unclosed \"[\"");
        }
        if (text.substr(start, i - start) == "..") {
          return Unsupported(text, start, "recursive descent (\"..\") in a quoted name");
        }
        out.steps.push_back(MakeStep(std::string(text.substr(start, i - start))));
        i += 2;
      } else if (q >= '0' && q <= '9') {
        std::size_t start = i;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
        if (i >= text.size() || text[i] != ']') {
          return Unsupported(text, i,
                             "an index that is not a plain number (slices, unions and "
                             "expressions)");
        }
        out.steps.push_back(MakeStep(std::string(text.substr(start, i - start))));
        ++i;
      } else if (q == '*') {
        return Unsupported(text, i, "a wildcard (\"[*]\")");
      } else if (q == '?' || q == '(') {
        return Unsupported(text, i, "a filter or script expression");
      } else {
        return Unsupported(text, i,
                           "this kind of bracket step (negative indices, slices, "
                           "unions)");
      }
    } else {
      return Unsupported(text, i, "the character '" + std::string(1, c) + "'");
    }
    AppendQuoted(out.steps.back().key, out.canonical);
  }
  return std::nullopt;
}

JsonPathResult WalkJson(const rapidjson::Value& value, const std::vector<PathStep>& steps) {
  JsonPathResult r;
  r.kind = JsonPathResult::Kind::kNode;
  r.node = &value;
  if (!value.IsObject() && !value.IsArray()) return r;
  for (const PathStep& step : steps) {
    if (r.kind == JsonPathResult::Kind::kNumber) return JsonPathResult{};  // no own properties
    std::string_view text = r.text;
    if (r.kind == JsonPathResult::Kind::kNode && r.node->IsString()) {
      text = std::string_view(r.node->GetString(), r.node->GetStringLength());
    }
    if (r.kind == JsonPathResult::Kind::kText || r.node->IsString()) {
      // jsonpath-plus only steps into truthy values: "" has no length for it.
      if (text.empty()) return JsonPathResult{};
      if (step.is_length) {
        r.kind = JsonPathResult::Kind::kNumber;
        r.number = static_cast<double>(js::Utf16Length(text));
      } else if (auto unit = step.is_index ? Utf16Unit(text, step.index) : std::nullopt) {
        r.kind = JsonPathResult::Kind::kText;
        r.text = *unit;
      } else {
        return JsonPathResult{};
      }
      continue;
    }
    const rapidjson::Value& node = *r.node;
    if (node.IsObject()) {
      const rapidjson::Value* found = nullptr;
      for (const auto& m : node.GetObject()) {
        if (std::string_view(m.name.GetString(), m.name.GetStringLength()) == step.key) {
          found = &m.value;
        }
      }
      if (!found) return JsonPathResult{};
      r.node = found;
    } else if (node.IsArray()) {
      if (step.is_length) {
        r.kind = JsonPathResult::Kind::kNumber;
        r.number = node.Size();
      } else if (step.is_index && step.index < node.Size()) {
        r.node = &node[step.index];
      } else {
        return JsonPathResult{};
      }
    } else {
      return JsonPathResult{};
    }
  }
  return r;
}

FactValue WalkFactValue(const FactValue& value, const std::vector<PathStep>& steps) {
  if (value.kind() != FactKind::kArray && value.kind() != FactKind::kObject) return value;
  FactValue v = value;
  for (const PathStep& step : steps) {
    if (v.kind() == FactKind::kArray) {
      if (step.is_length) {
        v = FactValue::Number(v.size());
      } else if (step.is_index && step.index < v.size()) {
        v = v.items()[step.index];
      } else {
        return FactValue();
      }
    } else if (v.kind() == FactKind::kString && v.size() > 0) {  // "" is falsy: no properties
      if (step.is_length) {
        v = FactValue::Number(static_cast<double>(js::Utf16Length(v.text())));
      } else if (auto unit = step.is_index ? Utf16Unit(v.text(), step.index) : std::nullopt) {
        v = FactValue::String(*unit);
      } else {
        return FactValue();
      }
    } else {
      return FactValue();
    }
  }
  return v;
}

}  // namespace ailit::internal

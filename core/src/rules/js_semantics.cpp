#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <limits>

#include "rules/internal/js.h"

namespace ailit::internal::js {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Decodes the UTF-8 character at s[i] (input is valid UTF-8) and returns its length.
std::size_t Decode(std::string_view s, std::size_t i, char32_t& cp) {
  auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    cp = c;
    return 1;
  }
  std::size_t len = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  cp = c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
  for (std::size_t k = 1; k < len && i + k < s.size(); ++k) {
    cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  }
  return len;
}

// StrWhiteSpaceChar: WhiteSpace and LineTerminator of ECMAScript.
bool IsJsSpace(char32_t cp) {
  switch (cp) {
    case 0x09:
    case 0x0A:
    case 0x0B:
    case 0x0C:
    case 0x0D:
    case 0x20:
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case 0xFEFF:
      return true;
    default:
      return cp >= 0x2000 && cp <= 0x200A;
  }
}

std::string_view TrimStart(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    char32_t cp;
    std::size_t len = Decode(s, i, cp);
    if (!IsJsSpace(cp)) break;
    i += len;
  }
  return s.substr(i);
}

std::string_view TrimEnd(std::string_view s) {
  while (!s.empty()) {
    std::size_t start = s.size() - 1;
    while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
    char32_t cp;
    Decode(s, start, cp);
    if (!IsJsSpace(cp)) break;
    s = s.substr(0, start);
  }
  return s;
}

bool IsDigit(char c) {
  return c >= '0' && c <= '9';
}

// Length of the longest StrDecimalLiteral without sign or "Infinity" at the start of s: digits,
// an optional fraction and an optional exponent, at least one digit in the mantissa. 0 if none.
std::size_t DecimalLength(std::string_view s) {
  std::size_t i = 0;
  std::size_t digits = 0;
  while (i < s.size() && IsDigit(s[i])) ++i, ++digits;
  if (i < s.size() && s[i] == '.') {
    std::size_t j = i + 1;
    std::size_t frac = 0;
    while (j < s.size() && IsDigit(s[j])) ++j, ++frac;
    if (digits + frac == 0) return 0;
    i = j;
    digits += frac;
  }
  if (digits == 0) return 0;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    std::size_t j = i + 1;
    if (j < s.size() && (s[j] == '+' || s[j] == '-')) ++j;
    std::size_t exp_start = j;
    while (j < s.size() && IsDigit(s[j])) ++j;
    if (j > exp_start) i = j;
  }
  return i;
}

double ParseRadix(std::string_view digits, int radix) {
  if (digits.empty()) return kNaN;
  double value = 0;
  for (char c : digits) {
    int d = IsDigit(c)               ? c - '0'
            : (c >= 'a' && c <= 'f') ? c - 'a' + 10
            : (c >= 'A' && c <= 'F') ? c - 'A' + 10
                                     : 99;
    if (d >= radix) return kNaN;
    value = value * radix + d;
  }
  return value;
}

double ToNumber(const FactValue& v, std::string& scratch) {
  switch (v.kind()) {
    case FactKind::kUndefined:
      return kNaN;
    case FactKind::kNull:
      return 0;
    case FactKind::kBool:
    case FactKind::kNumber:
      return v.number();
    case FactKind::kString:
      return StringToNumber(v.text());
    case FactKind::kArray:
    case FactKind::kObject:
      scratch.clear();
      AppendToString(v, scratch);
      return StringToNumber(scratch);
  }
  return kNaN;
}

bool IsPrimitiveString(const FactValue& v) {
  return v.kind() == FactKind::kString || v.kind() == FactKind::kArray ||
         v.kind() == FactKind::kObject;
}

// ToPrimitive with hint "number" for a value known to become a string (string, array, object).
std::string_view AsString(const FactValue& v, std::string& scratch) {
  if (v.kind() == FactKind::kString) return v.text();
  scratch.clear();
  AppendToString(v, scratch);
  return scratch;
}

bool Holds(int order, Relation relation) {
  switch (relation) {
    case Relation::kLess:
      return order < 0;
    case Relation::kLessOrEqual:
      return order <= 0;
    case Relation::kGreater:
      return order > 0;
    case Relation::kGreaterOrEqual:
      return order >= 0;
  }
  return false;
}

// Scratch strings for the rare conversions (arrays as text); per thread, so evaluation stays
// thread-safe and, once warm, allocation-free.
std::string& ScratchA() {
  thread_local std::string s;
  return s;
}
std::string& ScratchB() {
  thread_local std::string s;
  return s;
}

}  // namespace

bool Compare(const FactValue& a, const FactValue& b, Relation relation) {
  if (IsPrimitiveString(a) && IsPrimitiveString(b)) {
    return Holds(CompareUtf16(AsString(a, ScratchA()), AsString(b, ScratchB())), relation);
  }
  double x = ToNumber(a, ScratchA());
  double y = ToNumber(b, ScratchB());
  if (std::isnan(x) || std::isnan(y)) return false;
  return Holds(x < y ? -1 : x > y ? 1 : 0, relation);
}

bool NumberValidator(const FactValue& v) {
  switch (v.kind()) {
    case FactKind::kNumber:
      return !std::isnan(v.number());
    case FactKind::kString:
      return HasNumericPrefix(v.text());
    case FactKind::kArray: {
      std::string& s = ScratchA();
      s.clear();
      AppendToString(v, s);
      return HasNumericPrefix(s);
    }
    default:  // "undefined", "null", "true", "false", "[object Object]"
      return false;
  }
}

bool In(const FactValue& a, const FactValue& b) {
  if (b.kind() == FactKind::kArray) return Includes(b.items(), a);
  if (b.kind() != FactKind::kString) return false;
  std::string& s = ScratchA();
  s.clear();
  AppendToString(a, s);
  return b.text().find(s) != std::string_view::npos;
}

bool NotIn(const FactValue& a, const FactValue& b) {
  if (b.kind() == FactKind::kArray) return !Includes(b.items(), a);
  if (b.kind() != FactKind::kString) return false;
  std::string& s = ScratchA();
  s.clear();
  AppendToString(a, s);
  return b.text().find(s) == std::string_view::npos;
}

void AppendToString(const FactValue& v, std::string& out) {
  switch (v.kind()) {
    case FactKind::kUndefined:
      out += "undefined";
      return;
    case FactKind::kNull:
      out += "null";
      return;
    case FactKind::kBool:
      out += v.boolean() ? "true" : "false";
      return;
    case FactKind::kNumber:
      AppendNumber(v.number(), out);
      return;
    case FactKind::kString:
      out += v.text();
      return;
    case FactKind::kArray: {
      // Array.prototype.join(","): undefined and null items become empty text.
      bool first = true;
      for (const FactValue& item : v.items()) {
        if (!first) out.push_back(',');
        first = false;
        if (item.kind() != FactKind::kUndefined && item.kind() != FactKind::kNull) {
          AppendToString(item, out);
        }
      }
      return;
    }
    case FactKind::kObject:
      out += "[object Object]";
      return;
  }
}

void AppendNumber(double d, std::string& out) {
  if (std::isnan(d)) {
    out += "NaN";
    return;
  }
  if (d == 0) {
    out += "0";  // also -0
    return;
  }
  if (d < 0) {
    out.push_back('-');
    d = -d;
  }
  if (std::isinf(d)) {
    out += "Infinity";
    return;
  }
  // Shortest digits that round-trip, as ECMAScript's Number::toString requires, then its layout.
  char buf[40];
  auto res = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
  std::string_view sci(buf, static_cast<std::size_t>(res.ptr - buf));
  std::size_t e_pos = sci.find('e');
  std::string digits;
  for (char c : sci.substr(0, e_pos)) {
    if (c != '.') digits.push_back(c);
  }
  int exponent = 0;
  std::string_view exp_text = sci.substr(e_pos + 1);
  if (!exp_text.empty() && exp_text[0] == '+') exp_text.remove_prefix(1);
  std::from_chars(exp_text.data(), exp_text.data() + exp_text.size(), exponent);
  int k = static_cast<int>(digits.size());
  int n = exponent + 1;
  if (k <= n && n <= 21) {
    out += digits;
    out.append(static_cast<std::size_t>(n - k), '0');
  } else if (0 < n && n <= 21) {
    out.append(digits, 0, static_cast<std::size_t>(n));
    out.push_back('.');
    out.append(digits, static_cast<std::size_t>(n));
  } else if (-6 < n && n <= 0) {
    out += "0.";
    out.append(static_cast<std::size_t>(-n), '0');
    out += digits;
  } else {
    out.push_back(digits[0]);
    if (k > 1) {
      out.push_back('.');
      out.append(digits, 1);
    }
    out.push_back('e');
    out.push_back(n - 1 >= 0 ? '+' : '-');
    out += std::to_string(std::abs(n - 1));
  }
}

double StringToNumber(std::string_view s) {
  s = TrimEnd(TrimStart(s));
  if (s.empty()) return 0;
  if (s.size() > 2 && s[0] == '0') {
    char p = s[1];
    if (p == 'x' || p == 'X') return ParseRadix(s.substr(2), 16);
    if (p == 'o' || p == 'O') return ParseRadix(s.substr(2), 8);
    if (p == 'b' || p == 'B') return ParseRadix(s.substr(2), 2);
  }
  bool negative = false;
  std::string_view body = s;
  if (body[0] == '+' || body[0] == '-') {
    negative = body[0] == '-';
    body.remove_prefix(1);
  }
  if (body == "Infinity") {
    return negative ? -std::numeric_limits<double>::infinity()
                    : std::numeric_limits<double>::infinity();
  }
  if (body.empty() || DecimalLength(body) != body.size()) return kNaN;
  double value = 0;
  auto res = std::from_chars(body.data(), body.data() + body.size(), value);
  if (res.ec == std::errc::result_out_of_range) {
    // from_chars leaves the value alone on overflow/underflow; JavaScript rounds to ∞ or 0.
    value = std::strtod(std::string(body).c_str(), nullptr);
  }
  return negative ? -value : value;
}

bool HasNumericPrefix(std::string_view s) {
  s = TrimStart(s);
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) s.remove_prefix(1);
  if (s.substr(0, 8) == "Infinity") return true;
  return DecimalLength(s) > 0;
}

int CompareUtf16(std::string_view a, std::string_view b) {
  std::size_t n = std::min(a.size(), b.size());
  std::size_t i = 0;
  while (i < n && a[i] == b[i]) ++i;
  if (i == n) return a.size() < b.size() ? -1 : a.size() > b.size() ? 1 : 0;
  // Both strings share bytes up to i, so the characters that differ start at the same place.
  while (i > 0 && (static_cast<unsigned char>(a[i]) & 0xC0) == 0x80) --i;
  char32_t x, y;
  Decode(a, i, x);
  Decode(b, i, y);
  // UTF-16 puts characters above U+FFFF (as surrogates D800-DFFF) before U+E000-U+FFFF.
  auto key = [](char32_t cp) -> std::uint64_t {
    if (cp < 0x10000) return static_cast<std::uint64_t>(cp) << 20;
    return (std::uint64_t{0xD800} << 20) + (cp - 0x10000);
  };
  return key(x) < key(y) ? -1 : 1;
}

std::size_t Utf16Length(std::string_view s) {
  std::size_t units = 0;
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if ((u & 0xC0) != 0x80) units += u >= 0xF0 ? 2 : 1;
  }
  return units;
}

}  // namespace ailit::internal::js

// JavaScript's meaning of the operations json-rules-engine's default operators perform, over
// FactValue: === (strict equality), Array.prototype.indexOf, Number.parseFloat (the numeric
// operators' fact validator), the relational operators < <= > >= with their ToPrimitive /
// ToNumber / string-comparison rules, and String(value). Strict equality is inline because every
// equal, in and contains leaf runs it; the rarer conversions live in js_semantics.cpp.
#pragma once

#include <cstring>
#include <span>
#include <string>
#include <string_view>

#include "ailit/facts.h"

namespace ailit::internal::js {

// a === b. Strings compare by symbol when both have one from the same catalogue (the caller
// guarantees that), else by bytes; arrays and objects by identity; 0 === -0.
inline bool StrictEquals(const FactValue& a, const FactValue& b) {
  if (a.kind() != b.kind()) return false;
  switch (a.kind()) {
    case FactKind::kUndefined:
    case FactKind::kNull:
      return true;
    case FactKind::kBool:
    case FactKind::kNumber:
      return a.number() == b.number();
    case FactKind::kString:
      if (a.size() != b.size()) return false;
      if (a.symbol() != kNoSymbol && b.symbol() != kNoSymbol) return a.symbol() == b.symbol();
      return std::memcmp(a.text().data(), b.text().data(), a.size()) == 0;
    case FactKind::kArray:
    case FactKind::kObject:
      return a.identity() == b.identity();
  }
  return false;
}

// items.indexOf(v) > -1
inline bool Includes(std::span<const FactValue> items, const FactValue& v) {
  for (const FactValue& item : items) {
    if (StrictEquals(item, v)) return true;
  }
  return false;
}

enum class Relation { kLess, kLessOrEqual, kGreater, kGreaterOrEqual };

// a < b, a <= b, a > b or a >= b as JavaScript evaluates them.
bool Compare(const FactValue& a, const FactValue& b, Relation relation);

// Number.parseFloat(v).toString() !== 'NaN': json-rules-engine's check on the fact of
// lessThan & co.
bool NumberValidator(const FactValue& v);

// b.indexOf(a) > -1 (in) and b.indexOf(a) === -1 (notIn). For an array b, strict equality; for
// a string b, String.prototype.indexOf of String(a); any other b makes json-rules-engine throw,
// and here both operators are false.
bool In(const FactValue& a, const FactValue& b);
bool NotIn(const FactValue& a, const FactValue& b);

// String(v), appended to `out`.
void AppendToString(const FactValue& v, std::string& out);
// Number.prototype.toString() for a finite or infinite double.
void AppendNumber(double d, std::string& out);
// ToNumber applied to a string (StringToNumber): NaN when it is not a numeric literal.
double StringToNumber(std::string_view s);
// Whether Number.parseFloat(s) finds a number at the start of s.
bool HasNumericPrefix(std::string_view s);
// Compares two UTF-8 strings in the order of their UTF-16 code units, as JavaScript does.
int CompareUtf16(std::string_view a, std::string_view b);
// Number of UTF-16 code units of a UTF-8 string (JavaScript's .length).
std::size_t Utf16Length(std::string_view s);

}  // namespace ailit::internal::js

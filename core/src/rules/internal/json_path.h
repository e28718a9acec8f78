// The JSONPath subset rule packs may use in `path`, with the meaning jsonpath-plus gives it in
// json-rules-engine (wrap: false): "$", then any number of ".name", "['name']", "[\"name\"]" or
// "[N]" steps. Everything else (wildcards, filters, recursive descent, slices, unions) is refused
// when the pack is compiled, so a path never silently means something else.
//
// As in JavaScript, every step is a property name: "[0]" on an object reads member "0", ".0" on
// an array reads item 0, and "length" on an array or a string is its length (in UTF-16 code
// units for a string, as JavaScript counts).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <rapidjson/document.h>

#include "ailit/facts.h"

namespace ailit::internal {

struct PathStep {
  std::string key;
  bool is_index = false;    // key is a canonical array index ("0", "17", not "01")
  std::uint32_t index = 0;  // its value when is_index
  bool is_length = false;   // key == "length"
};

struct ParsedPath {
  std::vector<PathStep> steps;  // empty for "$"
  std::string canonical;        // $["a"]["0"]: equal for paths that read the same thing
};

// Parses `text`; on a path outside the subset returns a message saying what is not supported.
[[nodiscard]] std::optional<std::string> ParsePath(std::string_view text, ParsedPath& out);

// Result of walking a JSON document: a node, or a value the walk made up (a length, or one
// character of a string).
struct JsonPathResult {
  enum class Kind { kUndefined, kNode, kNumber, kText } kind = Kind::kUndefined;
  const rapidjson::Value* node = nullptr;
  double number = 0;
  std::string_view text;  // points into the walked document
};

// Applies `steps` to `value` as json-rules-engine does: only when `value` is an object or an
// array; any other value is returned unchanged.
[[nodiscard]] JsonPathResult WalkJson(const rapidjson::Value& value,
                                      const std::vector<PathStep>& steps);

// The same walk over a FactValue (arrays and strings; objects are opaque and yield undefined).
[[nodiscard]] FactValue WalkFactValue(const FactValue& value, const std::vector<PathStep>& steps);

}  // namespace ailit::internal

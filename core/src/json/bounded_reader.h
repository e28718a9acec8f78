// Reads JSON text into a RapidJSON document while enforcing size limits as the bytes stream by,
// so hostile input (deep nesting, endless arrays, huge strings, duplicate keys) is refused before
// it is ever stored. This is the one JSON parsing helper of the engine: profiles, rule packs and
// fact sets all come through it.
//
//   rapidjson::Document doc;
//   if (auto error = ailit::json::ParseBounded(text, ailit::json::Limits{}, doc)) {
//     report(error->pointer, error->message);
//   }
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include <rapidjson/document.h>

#include "ailit/diagnostic.h"

namespace ailit::json {

struct Limits {
  std::size_t max_bytes = 4u << 20;      // whole input
  std::size_t max_depth = 32;            // nested objects and arrays, the root counts as 1
  std::size_t max_array_items = 1000;    // in any one array
  std::size_t max_object_members = 256;  // in any one object
  std::size_t max_string_bytes = 4096;   // any one string or key
};

// Parses `text` (UTF-8, RFC 8259; NaN/Infinity and invalid UTF-8 refused, duplicate keys refused)
// into `doc`. Returns the problem that stopped reading, with the JSON Pointer of where; then
// `doc` is left empty (null).
//
// Duplicate keys and unpaired surrogate escapes leave a readable document behind. When
// `recoverable` is given they are appended there and reading goes on (the document then holds
// both members; FindMember finds the first), so a caller can report them together with every
// later problem; when it is null they stop reading like any other problem.
[[nodiscard]] std::optional<Diagnostic> ParseBounded(
    std::string_view text, const Limits& limits, rapidjson::Document& doc,
    std::vector<Diagnostic>* recoverable = nullptr);

}  // namespace ailit::json

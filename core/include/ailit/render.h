// ailit/render.h — the engine's results as JSON text.
//
//   std::string json = ailit::ScoresToJson(profile, scores, sectors, ailit::Lang::kEn);
//
// The shapes follow DESIGN.md §4 (`scores`) and §7 (errors: {"error", "details": [{"pointer",
// "message"}]}). Output is deterministic for the same input. Reentrant.
#pragma once

#include <string>
#include <string_view>

#include "ailit/diagnostic.h"
#include "ailit/profile.h"
#include "ailit/scores.h"

namespace ailit {

struct JsonStyle {
  bool pretty = true;
};

// {"scores": {...}, "warnings": [...]}: the `scores` object of a recommendation with every
// factor's reason in `lang`, plus the profile's warnings.
[[nodiscard]] std::string ScoresToJson(const Profile& profile, const Scores& scores,
                                       const SectorRiskTable& sectors, Lang lang,
                                       const Diagnostics& diagnostics, JsonStyle style = {});

// {"valid": bool, "errors": [{"pointer", "message"}], "warnings": [...]}
[[nodiscard]] std::string ValidationToJson(const Diagnostics& diagnostics, JsonStyle style = {});

// {"error": summary, "details": [{"pointer", "message"}]} (DESIGN.md §7).
[[nodiscard]] std::string ErrorToJson(std::string_view summary, const Diagnostics& diagnostics,
                                      JsonStyle style = {});

}  // namespace ailit

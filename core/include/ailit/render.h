// ailit/render.h — the engine's results as JSON, Markdown and HTML.
//
//   std::string json = ailit::ScoresToJson(profile, scores, sectors, ailit::Lang::kEn);
//   std::string doc = ailit::RenderRecommendation(rec, ailit::Format::kMarkdown, ailit::Lang::kNl);
//
// The shapes follow DESIGN.md §4 (`scores`, recommendations) and §7 (errors: {"error",
// "details": [{"pointer", "message"}]}). Output is deterministic for the same input, apart from a
// recommendation's `decision_id` in JSON. Reentrant.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include <vector>

#include "ailit/diagnostic.h"
#include "ailit/profile.h"
#include "ailit/recommendation.h"
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

struct PluginReport;
// {"plugins": [{"file", "id", "name", "version", "sectors", "abi", "status", "problems",
// "warnings"}]}: what was loaded and what was refused, and why.
[[nodiscard]] std::string PluginReportsToJson(const std::vector<PluginReport>& reports,
                                              JsonStyle style = {});

enum class Format : std::uint8_t { kJson, kMarkdown, kHtml };
// The recommendation of DESIGN.md §4: decision_id, scores, preconditions, measures, plan,
// warnings, legal_basis, engine, and `explain` when it was asked for.
[[nodiscard]] std::string RecommendationToJson(const Recommendation& rec, Lang lang,
                                               JsonStyle style = {});
// A document for the board: summary, scores with reasons, preconditions, the plan per year and
// step, a table per staff group, sources and the legal basis.
[[nodiscard]] std::string RecommendationToMarkdown(const Recommendation& rec, Lang lang);
// The same as one printable, self-contained HTML page with two inline SVG pictures: the AI
// systems placed by nature and severity, and the plan as a three-year timeline by step.
[[nodiscard]] std::string RecommendationToHtml(const Recommendation& rec, Lang lang);
[[nodiscard]] std::string RenderRecommendation(const Recommendation& rec, Format format, Lang lang,
                                               JsonStyle style = {});

// {"valid": bool, "errors": [{"pointer", "message"}], "warnings": [...]}
[[nodiscard]] std::string ValidationToJson(const Diagnostics& diagnostics, JsonStyle style = {});

// {"error": summary, "details": [{"pointer", "message"}]} (DESIGN.md §7).
[[nodiscard]] std::string ErrorToJson(std::string_view summary, const Diagnostics& diagnostics,
                                      JsonStyle style = {});

}  // namespace ailit

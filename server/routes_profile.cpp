// The routes that take a profile: recommendations, scores, validation.
#include <algorithm>

#include "ailit/profile.h"
#include "ailit/recommendation.h"
#include "ailit/render.h"
#include "request_checks.h"
#include "routes.h"

namespace ailit::server {
namespace {

HttpResponse Json(std::string body) {
  HttpResponse response;
  response.body = std::move(body);
  return response;
}

// The parsed profile, or the 400 (not JSON) or 422 (breaks the contract) that answers it.
std::optional<HttpResponse> ParseBody(const HttpRequest& request, ProfileResult& parsed) {
  parsed = ParseProfile(request.body);
  if (parsed.ok()) return std::nullopt;
  HttpResponse response;
  response.status = parsed.malformed ? 400 : 422;
  response.body =
      ErrorToJson(parsed.malformed ? "malformed JSON" : "the profile breaks the contract",
                  parsed.diagnostics, {.pretty = false});
  return response;
}

// A sector label for metrics from a bounded set: a sector the engine has a risk for, else
// "other" (a profile's sector is free text, and every label value is a series).
std::string SectorLabel(const Engine& engine, const std::string& sector) {
  return engine.sectors().Find(sector) != nullptr ? sector : "other";
}

}  // namespace

HttpResponse PostRecommendations(const RouteContext& c) {
  if (auto refused = CheckJsonContentType(c.request)) return *refused;
  if (auto refused = CheckQueryNames(c.request, {"lang", "format", "explain"})) return *refused;
  std::optional<HttpResponse> error;
  Lang lang = QueryLang(c.request, error);
  Format format = QueryFormat(c.request, error);
  bool explain = QueryExplain(c.request, error);
  if (!error && explain && format != Format::kJson) {
    error = ErrorResponse(400, "invalid query parameter", "",
                          "?explain=true adds to the JSON answer; it cannot be combined with "
                          "another format");
  }
  if (error) return *error;
  ProfileResult parsed;
  if (auto refused = ParseBody(c.request, parsed)) return *refused;

  const std::shared_ptr<const Engine>& engine = c.snapshot.engine;
  std::string sector = SectorLabel(*engine, parsed.profile->organisation.sector);
  Recommendation rec = Recommend(engine, std::move(*parsed.profile), {.explain = explain},
                                 std::move(parsed.diagnostics));
  c.metrics.CountRecommendation(sector);
  if (rec.plugin >= 0 && (!rec.plugin_complete || !rec.plugin_risk_complete)) {
    c.metrics.CountPluginFailure(engine->plugins()[static_cast<std::size_t>(rec.plugin)].id);
  }
  HttpResponse response;
  response.body = RenderRecommendation(rec, format, lang, {.pretty = false});
  response.content_type = format == Format::kJson       ? "application/json"
                          : format == Format::kMarkdown ? "text/markdown; charset=utf-8"
                                                        : "text/html; charset=utf-8";
  response.decision_id = rec.decision_id;
  response.headers.emplace_back("X-Decision-Id", rec.decision_id);
  return response;
}

HttpResponse PostScores(const RouteContext& c) {
  if (auto refused = CheckJsonContentType(c.request)) return *refused;
  if (auto refused = CheckQueryNames(c.request, {"lang"})) return *refused;
  std::optional<HttpResponse> error;
  Lang lang = QueryLang(c.request, error);
  if (error) return *error;
  ProfileResult parsed;
  if (auto refused = ParseBody(c.request, parsed)) return *refused;
  const Engine& engine = *c.snapshot.engine;
  Scores scores = ScoreWithEngine(engine, *parsed.profile, parsed.diagnostics);
  return Json(ScoresToJson(*parsed.profile, scores, engine.sectors(), lang, parsed.diagnostics,
                           {.pretty = false}));
}

HttpResponse PostValidate(const RouteContext& c) {
  if (auto refused = CheckJsonContentType(c.request)) return *refused;
  if (auto refused = CheckQueryNames(c.request, {})) return *refused;
  // Every outcome of validation is an answer, malformed JSON included.
  return Json(ValidationToJson(ParseProfile(c.request.body).diagnostics, {.pretty = false}));
}

}  // namespace ailit::server

// The routes that answer from the engine alone: plugins, measures, the profile schema, health,
// metrics, and the web page's files.
#include <chrono>

#include "ailit/render.h"
#include "render/json_writer.h"
#include "request_checks.h"
#include "routes.h"

namespace ailit::internal {
extern const std::string_view kProfileSchemaJson;
extern const std::string_view kWebIndexHtml;
extern const std::string_view kWebAppJs;
extern const std::string_view kWebStyleCss;
}  // namespace ailit::internal

namespace ailit::server {
namespace {

HttpResponse Content(std::string_view body, const char* type) {
  HttpResponse response;
  response.body = std::string(body);
  response.content_type = type;
  return response;
}

}  // namespace

HttpResponse GetPlugins(const RouteContext& c) {
  if (auto refused = CheckQueryNames(c.request, {})) return *refused;
  return Content(PluginReportsToJson(c.snapshot.plugins, {.pretty = false}), "application/json");
}

HttpResponse GetMeasures(const RouteContext& c) {
  if (auto refused = CheckQueryNames(c.request, {"lang"})) return *refused;
  std::optional<HttpResponse> error;
  Lang lang = QueryLang(c.request, error);
  if (error) return *error;
  const MeasureCatalogue& catalogue = c.snapshot.engine->measures();
  render::JsonWriter w(false);
  w.StartObject();
  w.Field("lang", lang == Lang::kNl ? "nl" : "en");
  w.Key("measures");
  w.StartArray();
  for (const Measure& m : catalogue.measures()) {
    w.StartObject();
    w.Field("id", m.id);
    w.Field("version", static_cast<std::int64_t>(m.version));
    w.Field("topic", m.topic);
    w.Field("step", Name(m.step));
    w.Field("year", static_cast<std::int64_t>(m.year));
    w.Field("priority", static_cast<std::int64_t>(m.priority));
    w.Field("origin", m.origin);
    w.Field("title", m.title.In(lang));
    w.Field("description", m.description.In(lang));
    w.Key("sources");
    w.StartArray();
    for (std::uint32_t s : m.sources) {
      const Source& source = catalogue.sources()[s];
      w.StartObject();
      w.Field("id", source.id);
      w.Field("text", source.text.In(lang));
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return Content(w.Take(), "application/json");
}

HttpResponse GetProfileSchema(const RouteContext& c) {
  if (auto refused = CheckQueryNames(c.request, {})) return *refused;
  return Content(internal::kProfileSchemaJson, "application/schema+json");
}

HttpResponse GetHealth(const RouteContext& c) {
  if (auto refused = CheckQueryNames(c.request, {})) return *refused;
  const Engine& engine = *c.snapshot.engine;
  render::JsonWriter w(false);
  w.StartObject();
  w.Field("status", "ok");
  w.Field("plugins", static_cast<std::int64_t>(engine.plugins().size()));
  w.Field("rule_packs", static_cast<std::int64_t>(engine.packs().size()));
  w.EndObject();
  return Content(w.Take(), "application/json");
}

HttpResponse GetMetrics(const RouteContext& c) {
  if (auto refused = CheckQueryNames(c.request, {})) return *refused;
  return Content(c.metrics.Render(c.gauges ? c.gauges() : ConnectionGauges{}),
                 "text/plain; version=0.0.4; charset=utf-8");
}

HttpResponse GetPage(const RouteContext&) {
  return Content(internal::kWebIndexHtml, "text/html; charset=utf-8");
}
HttpResponse GetScript(const RouteContext&) {
  return Content(internal::kWebAppJs, "text/javascript; charset=utf-8");
}
HttpResponse GetStyle(const RouteContext&) {
  return Content(internal::kWebStyleCss, "text/css; charset=utf-8");
}

}  // namespace ailit::server

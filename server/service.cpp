#include "service.h"

#include <array>
#include <exception>

#include "ailit/render.h"
#include "routes.h"

namespace ailit::server {
namespace {

using Handler = HttpResponse (*)(const RouteContext&);

struct Route {
  const char* path;
  const char* method;
  Handler handler;
};

constexpr std::array<Route, 12> kRoutes = {{
    {"/v1/recommendations", "POST", &PostRecommendations},
    {"/v1/scores", "POST", &PostScores},
    {"/v1/validate", "POST", &PostValidate},
    {"/v1/plugins", "GET", &GetPlugins},
    {"/v1/measures", "GET", &GetMeasures},
    {"/v1/schema/profile", "GET", &GetProfileSchema},
    {"/healthz", "GET", &GetHealth},
    {"/metrics", "GET", &GetMetrics},
    {"/", "GET", &GetPage},
    {"/app.js", "GET", &GetScript},
    {"/style.css", "GET", &GetStyle},
    {"/v1/admin/reload", "POST", &PostReload},
}};

const Route* FindRoute(const std::string& path) {
  for (const Route& route : kRoutes) {
    if (path == route.path) return &route;
  }
  return nullptr;
}

}  // namespace

HttpResponse ErrorResponse(int status, std::string summary, const std::string& pointer,
                           const std::string& message) {
  Diagnostics details;
  if (!message.empty()) details.Error(pointer, message);
  HttpResponse response;
  response.status = status;
  response.body = ErrorToJson(summary, details, {.pretty = false});
  return response;
}

Service::Service(ServiceOptions options, EngineHolder& engines, Metrics& metrics,
                 std::function<ConnectionGauges()> gauges)
    : options_(std::move(options)),
      engines_(engines),
      metrics_(metrics),
      gauges_(std::move(gauges)) {}

std::string Service::RouteLabel(const std::string& path) {
  const Route* route = FindRoute(path);
  return route ? route->path : "unmatched";
}

HttpResponse Service::Handle(const HttpRequest& request) const {
  HttpResponse response;
  const Route* route = FindRoute(request.path);
  try {
    if (route == nullptr) {
      response = ErrorResponse(404, "not found", "", "no route " + request.path);
    } else if (request.method != route->method &&
               !(request.method == "HEAD" && std::string_view(route->method) == "GET")) {
      response =
          ErrorResponse(405, "method not allowed", "", request.path + " takes " + route->method);
      response.headers.emplace_back("Allow", route->method);
    } else {
      std::shared_ptr<const EngineSnapshot> snapshot = engines_.Current();
      RouteContext context{request, *snapshot, metrics_, engines_, options_, gauges_};
      response = route->handler(context);
    }
  } catch (const std::exception& e) {
    response = ErrorResponse(500, "internal failure", "", e.what());
  } catch (...) {
    response = ErrorResponse(500, "internal failure");
  }
  response.route = route ? route->path : "unmatched";
  return response;
}

}  // namespace ailit::server

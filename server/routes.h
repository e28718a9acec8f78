// The handlers behind each route (routes_*.cpp), called by Service::Handle once the route and
// method are known.
#pragma once

#include "engine_holder.h"
#include "http_types.h"
#include "metrics.h"
#include "service.h"

namespace ailit::server {

struct RouteContext {
  const HttpRequest& request;
  const EngineSnapshot& snapshot;
  Metrics& metrics;
  EngineHolder& engines;
  const ServiceOptions& options;
  const std::function<ConnectionGauges()>& gauges;
};

HttpResponse PostRecommendations(const RouteContext& c);
HttpResponse PostScores(const RouteContext& c);
HttpResponse PostValidate(const RouteContext& c);
HttpResponse GetPlugins(const RouteContext& c);
HttpResponse GetMeasures(const RouteContext& c);
HttpResponse GetProfileSchema(const RouteContext& c);
HttpResponse GetHealth(const RouteContext& c);
HttpResponse GetMetrics(const RouteContext& c);
HttpResponse GetPage(const RouteContext& c);
HttpResponse GetScript(const RouteContext& c);
HttpResponse GetStyle(const RouteContext& c);
HttpResponse PostReload(const RouteContext& c);

}  // namespace ailit::server

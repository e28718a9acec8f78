// POST /v1/admin/reload: a new engine from the core knowledge and the plugin folder, swapped in
// when it builds; requests in flight finish on the old one.
#include "ailit/render.h"
#include "request_checks.h"
#include "routes.h"

namespace ailit::server {

HttpResponse PostReload(const RouteContext& c) {
  const auto& token = c.options.admin_token;
  bool authorised =
      c.request.from_loopback || (token && c.request.authorization == "Bearer " + *token);
  if (!authorised) {
    return ErrorResponse(403, "forbidden", "",
                         "reload is allowed from the host itself, or with the admin token "
                         "(Authorization: Bearer ...)");
  }
  if (auto refused = CheckQueryNames(c.request, {})) return *refused;
  ReloadResult result = c.engines.Reload();
  c.metrics.CountReload(result.ok);
  if (!result.ok) {
    Diagnostics details;
    for (const std::string& problem : result.problems) details.Error("", problem);
    HttpResponse response;
    response.status = 500;
    response.body =
        ErrorToJson("reload failed; the previous engine stays", details, {.pretty = false});
    return response;
  }
  std::shared_ptr<const EngineSnapshot> now = c.engines.Current();
  // {"reloaded": true, "plugins": [...]}: the plugin report's object with one member more.
  std::string plugins = PluginReportsToJson(now->plugins, {.pretty = false});
  HttpResponse response;
  response.body = "{\"reloaded\":true," + plugins.substr(1);
  return response;
}

}  // namespace ailit::server

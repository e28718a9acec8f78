// The HTTP API of DESIGN.md §7 as a function from request to response: routing, content types,
// the error statuses with JSON Pointers, and every route's answer. It knows nothing of sockets,
// so the routes are tested directly (tests/unit/server/) and over loopback
// (tests/integration/).
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>

#include "engine_holder.h"
#include "http_types.h"
#include "metrics.h"

namespace ailit::server {

struct ServiceOptions {
  std::size_t body_limit = 1u << 20;       // bytes of a request body
  std::optional<std::string> admin_token;  // lets POST /v1/admin/reload in from off the host
};

class Service {
 public:
  Service(ServiceOptions options, EngineHolder& engines, Metrics& metrics,
          std::function<ConnectionGauges()> gauges);

  // Answers one request. Never throws: an unexpected failure is a 500 with a JSON body.
  [[nodiscard]] HttpResponse Handle(const HttpRequest& request) const;

  [[nodiscard]] const ServiceOptions& options() const { return options_; }

  // The route label of `path` for logs and metrics ("unmatched" for an unknown path).
  [[nodiscard]] static std::string RouteLabel(const std::string& path);

 private:
  ServiceOptions options_;
  EngineHolder& engines_;
  Metrics& metrics_;
  std::function<ConnectionGauges()> gauges_;
};

// {"error", "details": [{"pointer", "message"}]} with `status`.
[[nodiscard]] HttpResponse ErrorResponse(int status, std::string summary,
                                         const std::string& pointer = {},
                                         const std::string& message = {});

}  // namespace ailit::server

// A request and a response as the service sees them, free of any HTTP library, so every route
// can be tested without a socket and the Poco glue (http_server.cpp) stays thin.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ailit::server {

struct HttpRequest {
  std::string method;                        // "GET", "POST", ...
  std::string path;                          // without the query, e.g. "/v1/recommendations"
  std::map<std::string, std::string> query;  // decoded; a repeated name keeps the last value
  std::optional<std::string> content_type;   // absent when the client sent none
  std::optional<std::string> authorization;
  std::string body;
  bool from_loopback = false;
};

struct HttpResponse {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;  // extra ones, e.g. Allow
  std::string decision_id;  // for the access log; empty unless a recommendation was made
  std::string route;        // the route's label for metrics, e.g. "/v1/recommendations"
};

}  // namespace ailit::server

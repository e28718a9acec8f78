// The Poco::Net glue around Service: its own thread pool and bounded queue, keep-alive, the body
// limit on Content-Length and on the bytes read, one access-log line per request, and draining
// on shutdown. Everything an HTTP library can get wrong stays in http_server.cpp.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>

#include "metrics.h"
#include "service.h"

namespace spdlog {
class logger;
}

namespace ailit::server {

struct HttpServerOptions {
  std::string host = "127.0.0.1";
  std::uint16_t port = 8080;  // 0: any free port
  int threads = 2;            // connections served at once (one thread each, Poco's model)
  int queue = 64;             // accepted connections waiting for a thread; beyond: refused
  std::chrono::seconds keep_alive_timeout{2};
  std::chrono::seconds read_timeout{10};  // a client that sends nothing for this long is dropped
  // Longest a client may take to send one request, header and body (guarded_connection.h).
  std::chrono::seconds request_timeout{10};
  int keep_alive_requests = 100;  // requests on one connection before its thread is given back
};

class HttpServer {
 public:
  // Binds the socket (so a port in use fails here, with std::exception) without serving yet.
  HttpServer(const HttpServerOptions& options, const Service& service, Metrics& metrics,
             std::shared_ptr<spdlog::logger> access_log);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  void Start();
  [[nodiscard]] std::uint16_t port() const;
  [[nodiscard]] std::string host() const;
  [[nodiscard]] ConnectionGauges Gauges() const;

  // Stops accepting, lets the requests in flight finish (waiting at most `grace`), then closes
  // what is left, idle keep-alive connections included.
  void Drain(std::chrono::milliseconds grace);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace ailit::server

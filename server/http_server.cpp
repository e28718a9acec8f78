#include "http_server.h"

#include "guarded_connection.h"

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerRequestImpl.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/TCPServer.h>
#include <Poco/ThreadPool.h>
#include <Poco/URI.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <istream>
#include <stdexcept>
#include <string_view>
#include <thread>

namespace ailit::server {
namespace {

using Clock = std::chrono::steady_clock;

// Reads the body into `out`, at most `limit` bytes; false when there is more.
bool ReadBody(std::istream& in, std::size_t limit, std::string& out) {
  char buffer[16384];
  while (in) {
    in.read(buffer, sizeof buffer);
    std::size_t n = static_cast<std::size_t>(in.gcount());
    if (n == 0) break;
    if (out.size() + n > limit) return false;
    out.append(buffer, n);
  }
  return true;
}

// How much of an oversized body is read and thrown away before the 413 is sent.
constexpr std::size_t kDiscardBytes = 16u << 20;

void Discard(std::istream& in, std::size_t most) {
  char buffer[16384];
  std::size_t seen = 0;
  while (in && seen < most) {
    in.read(buffer, sizeof buffer);
    if (in.gcount() == 0) break;
    seen += static_cast<std::size_t>(in.gcount());
  }
}

// Poco writes a body through its session's 4 KB buffer: a 150 KB plan left in 38 send calls.
// A body above this size goes to the socket in one call after the header.
constexpr std::size_t kDirectSendBytes = 16u << 10;

void SendAll(Poco::Net::StreamSocket& socket, std::string_view bytes) {
  while (!bytes.empty()) {
    int chunk = static_cast<int>(std::min<std::size_t>(bytes.size(), 1u << 30));
    int sent = socket.sendBytes(bytes.data(), chunk);
    if (sent <= 0) throw std::runtime_error("the client stopped reading");
    bytes.remove_prefix(static_cast<std::size_t>(sent));
  }
}

HttpResponse Answer(const Service& service, Poco::Net::HTTPServerRequest& in) {
  HttpRequest request;
  request.method = in.getMethod();
  Poco::URI uri(in.getURI());
  request.path = uri.getPath();
  for (const auto& [name, value] : uri.getQueryParameters()) request.query[name] = value;
  if (in.has("Content-Type")) request.content_type = in.get("Content-Type");
  if (in.has("Authorization")) request.authorization = in.get("Authorization");
  request.from_loopback = in.clientAddress().host().isLoopback();

  std::size_t limit = service.options().body_limit;
  auto too_large = [&] {
    // Most clients send the whole body before they read the answer: discard a moderate excess
    // so they see the 413 rather than a reset connection; beyond that, the connection closes.
    Discard(in.stream(), kDiscardBytes);
    HttpResponse r =
        ErrorResponse(413, "payload too large", "",
                      "the body is larger than the limit of " + std::to_string(limit) + " bytes");
    r.route = Service::RouteLabel(request.path);
    return r;
  };
  bool declared = in.hasContentLength();
  if (declared && in.getContentLength64() > static_cast<std::int64_t>(limit)) {
    return too_large();
  }
  // Without Content-Length or chunked encoding an HTTP/1.1 request has no body (RFC 9112 6.3);
  // reading would wait for a close that a keep-alive client never sends.
  bool has_body = declared || in.getChunkedTransferEncoding();
  if (has_body && !ReadBody(in.stream(), limit, request.body)) return too_large();
  if (GuardedConnection* connection = GuardedConnection::Current()) connection->RequestRead();
  // The client closed or stopped before sending all it declared: what arrived may parse as a
  // complete profile, but it is not the one the client meant.
  if (declared && request.body.size() < static_cast<std::size_t>(in.getContentLength64())) {
    HttpResponse r = ErrorResponse(400, "incomplete body", "",
                                   "the body ended after " + std::to_string(request.body.size()) +
                                       " of the " + std::to_string(in.getContentLength64()) +
                                       " bytes its Content-Length declared");
    r.route = Service::RouteLabel(request.path);
    return r;
  }
  return service.Handle(request);
}

class Handler : public Poco::Net::HTTPRequestHandler {
 public:
  Handler(const Service& service, Metrics& metrics, spdlog::logger& log)
      : service_(service), metrics_(metrics), log_(log) {}

  void handleRequest(Poco::Net::HTTPServerRequest& in,
                     Poco::Net::HTTPServerResponse& out) override {
    Clock::time_point start = Clock::now();
    HttpResponse response;
    try {
      response = Answer(service_, in);
    } catch (const std::exception& e) {
      // Poco turns only its own exceptions into a 500 and drops the connection on any other.
      response = ErrorResponse(400, "bad request", "", e.what());
      response.route = "unmatched";
    } catch (...) {
      response = ErrorResponse(500, "internal failure");
      response.route = "unmatched";
    }
    try {
      out.setStatusAndReason(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(response.status));
      out.setContentType(response.content_type);
      for (const auto& [name, value] : response.headers) out.set(name, value);
      // A body left unread (413) would be taken for the next request: close instead.
      if (response.status == 413) out.setKeepAlive(false);
      out.setContentLength64(static_cast<Poco::Int64>(response.body.size()));
      std::ostream& body = out.send();
      if (in.getMethod() == "HEAD") {
        // the header only
      } else if (response.body.size() >= kDirectSendBytes) {
        body.flush();
        SendAll(static_cast<Poco::Net::HTTPServerRequestImpl&>(in).socket(), response.body);
      } else {
        body.write(response.body.data(), static_cast<std::streamsize>(response.body.size()));
      }
    } catch (...) {
      // The client went away; nothing is left to tell it.
    }
    // From here the connection waits for its next request, and that wait counts.
    if (GuardedConnection* connection = GuardedConnection::Current()) connection->AnswerSent();
    double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    metrics_.CountRequest(response.route, response.status, seconds);
    log_.info("{} {} {} {} {:.3f}ms {}", in.getMethod(), in.getURI(), response.status,
              response.body.size(), seconds * 1000,
              response.decision_id.empty() ? "-" : response.decision_id);
  }

 private:
  const Service& service_;
  Metrics& metrics_;
  spdlog::logger& log_;
};

class Factory : public Poco::Net::HTTPRequestHandlerFactory {
 public:
  Factory(const Service& service, Metrics& metrics, spdlog::logger& log)
      : service_(service), metrics_(metrics), log_(log) {}
  Poco::Net::HTTPRequestHandler* createRequestHandler(
      const Poco::Net::HTTPServerRequest&) override {
    return new Handler(service_, metrics_, log_);
  }

 private:
  const Service& service_;
  Metrics& metrics_;
  spdlog::logger& log_;
};

}  // namespace

// Poco's HTTPServer with our connections: a TCPServer whose connections are GuardedConnection.
struct HttpServer::State {
  std::shared_ptr<spdlog::logger> log;
  Poco::ThreadPool pool;
  Poco::Net::ServerSocket socket;
  ConnectionRegistry connections;
  std::unique_ptr<Poco::Net::TCPServer> server;
  State(int threads, std::chrono::seconds request_timeout)
      : pool(threads, threads), connections(request_timeout) {}
  void StopAll(bool abort) {
    server->stop();
    connections.StopAll(abort);
  }
};

HttpServer::HttpServer(const HttpServerOptions& options, const Service& service, Metrics& metrics,
                       std::shared_ptr<spdlog::logger> access_log)
    : state_(std::make_unique<State>(options.threads, options.request_timeout)) {
  state_->log = std::move(access_log);
  // SO_REUSEADDR to restart while old connections linger, but not SO_REUSEPORT, which Poco's
  // two-argument bind also sets: with it a second server would share a port in use silently.
  state_->socket.bind(Poco::Net::SocketAddress(options.host, options.port), true, false);
  state_->socket.listen(options.queue);
  // One owner from the start: the connection factory and the TCPServer each keep a reference.
  Poco::Net::HTTPServerParams::Ptr params = new Poco::Net::HTTPServerParams;
  // Our own pool, sized by --threads: the default pool's capacity of 16 would silently cap it.
  params->setMaxThreads(options.threads);
  params->setMaxQueued(options.queue);
  params->setKeepAlive(true);
  params->setKeepAliveTimeout(Poco::Timespan(options.keep_alive_timeout.count(), 0));
  // A busy keep-alive client gives its thread back after this many requests, so connections
  // waiting in the queue (a health check among them) are served in turn.
  params->setMaxKeepAliveRequests(options.keep_alive_requests);
  params->setTimeout(Poco::Timespan(options.read_timeout.count(), 0));
  params->setServerName("ailit");
  Poco::Net::HTTPRequestHandlerFactory::Ptr handlers = new Factory(service, metrics, *state_->log);
  state_->server = std::make_unique<Poco::Net::TCPServer>(
      new GuardedConnectionFactory(params, handlers, state_->connections), state_->pool,
      state_->socket, params);
}

HttpServer::~HttpServer() {
  if (state_ && state_->server) state_->StopAll(true);
  if (state_) state_->pool.joinAll();
}

void HttpServer::Start() {
  state_->server->start();
}

std::uint16_t HttpServer::port() const {
  return state_->socket.address().port();
}
std::string HttpServer::host() const {
  return state_->socket.address().host().toString();
}

ConnectionGauges HttpServer::Gauges() const {
  const Poco::Net::TCPServer& s = *state_->server;
  return {s.queuedConnections(), s.currentConnections(),
          s.currentThreads(),    s.refusedConnections(),
          s.totalConnections(),  static_cast<std::int64_t>(state_->connections.timed_out())};
}

void HttpServer::Drain(std::chrono::milliseconds grace) {
  // Requests in flight complete; connections close after their current request.
  state_->StopAll(false);
  Clock::time_point until = Clock::now() + grace;
  while (state_->server->currentConnections() > 0 && Clock::now() < until) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  state_->StopAll(true);
  state_->pool.joinAll();
}

}  // namespace ailit::server

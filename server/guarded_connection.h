// Poco's HTTP connection with a deadline on reading each request. Poco's own read timeout is per
// read call, so a client that sends one byte a second holds a thread for ever; with a thread per
// connection, a few dozen such clients would take the whole service. A reaper thread closes
// every connection that has spent longer than the request timeout reading one request (its
// header and its body), and Drain stops all of them.
#pragma once

#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServerConnection.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/TCPServerConnectionFactory.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <set>
#include <thread>

namespace ailit::server {

class ConnectionRegistry;

class GuardedConnection : public Poco::Net::HTTPServerConnection {
 public:
  GuardedConnection(const Poco::Net::StreamSocket& socket, Poco::Net::HTTPServerParams::Ptr params,
                    Poco::Net::HTTPRequestHandlerFactory::Ptr factory,
                    ConnectionRegistry& registry);
  void run() override;

  // The connection this thread serves, for the request handler; nullptr outside one.
  static GuardedConnection* Current();
  // The handler has the whole request (header and body) / has sent its answer and waits for
  // the next request.
  void RequestRead();
  void AnswerSent();

 private:
  friend class ConnectionRegistry;
  using Clock = std::chrono::steady_clock;
  void Stop(bool abort) { onServerStopped(abort); }
  ConnectionRegistry& registry_;
  // Steady-clock nanoseconds at which reading the current request began; 0 while answering.
  std::atomic<std::int64_t> reading_since_{0};
};

class ConnectionRegistry {
 public:
  explicit ConnectionRegistry(std::chrono::seconds request_timeout);
  ~ConnectionRegistry();
  ConnectionRegistry(const ConnectionRegistry&) = delete;
  ConnectionRegistry& operator=(const ConnectionRegistry&) = delete;

  // Every live connection finishes its current request (abort: is closed now) and takes no more.
  void StopAll(bool abort);
  [[nodiscard]] std::uint64_t timed_out() const { return timed_out_; }

 private:
  friend class GuardedConnection;
  void Add(GuardedConnection* c);
  void Remove(GuardedConnection* c);
  void Reap();

  std::chrono::nanoseconds timeout_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::set<GuardedConnection*> live_;
  bool quit_ = false;
  std::atomic<std::uint64_t> timed_out_{0};
  std::thread reaper_;
};

class GuardedConnectionFactory : public Poco::Net::TCPServerConnectionFactory {
 public:
  GuardedConnectionFactory(Poco::Net::HTTPServerParams::Ptr params,
                           Poco::Net::HTTPRequestHandlerFactory::Ptr factory,
                           ConnectionRegistry& registry)
      : params_(std::move(params)), factory_(std::move(factory)), registry_(registry) {}
  Poco::Net::TCPServerConnection* createConnection(const Poco::Net::StreamSocket& socket) override {
    return new GuardedConnection(socket, params_, factory_, registry_);
  }

 private:
  Poco::Net::HTTPServerParams::Ptr params_;
  Poco::Net::HTTPRequestHandlerFactory::Ptr factory_;
  ConnectionRegistry& registry_;
};

}  // namespace ailit::server

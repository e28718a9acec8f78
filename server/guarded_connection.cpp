#include "guarded_connection.h"

namespace ailit::server {
namespace {

thread_local GuardedConnection* current_connection = nullptr;

std::int64_t Now() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

}  // namespace

GuardedConnection::GuardedConnection(const Poco::Net::StreamSocket& socket,
                                     Poco::Net::HTTPServerParams::Ptr params,
                                     Poco::Net::HTTPRequestHandlerFactory::Ptr factory,
                                     ConnectionRegistry& registry)
    : HTTPServerConnection(socket, std::move(params), std::move(factory)), registry_(registry) {}

void GuardedConnection::run() {
  reading_since_ = Now();
  current_connection = this;
  registry_.Add(this);
  try {
    HTTPServerConnection::run();
  } catch (...) {
    // Poco answers what it can; a connection that ends in an exception is simply over.
  }
  registry_.Remove(this);
  current_connection = nullptr;
}

GuardedConnection* GuardedConnection::Current() {
  return current_connection;
}

void GuardedConnection::RequestRead() {
  reading_since_ = 0;
}

void GuardedConnection::AnswerSent() {
  reading_since_ = Now();
}

ConnectionRegistry::ConnectionRegistry(std::chrono::seconds request_timeout)
    : timeout_(request_timeout), reaper_([this] { Reap(); }) {}

ConnectionRegistry::~ConnectionRegistry() {
  {
    std::lock_guard lock(mutex_);
    quit_ = true;
  }
  wake_.notify_all();
  reaper_.join();
}

void ConnectionRegistry::Add(GuardedConnection* c) {
  std::lock_guard lock(mutex_);
  live_.insert(c);
}

void ConnectionRegistry::Remove(GuardedConnection* c) {
  std::lock_guard lock(mutex_);
  live_.erase(c);
}

void ConnectionRegistry::StopAll(bool abort) {
  std::lock_guard lock(mutex_);
  for (GuardedConnection* c : live_) c->Stop(abort);
}

void ConnectionRegistry::Reap() {
  std::unique_lock lock(mutex_);
  while (!quit_) {
    wake_.wait_for(lock, std::chrono::milliseconds(250));
    std::int64_t now = Now();
    for (GuardedConnection* c : live_) {
      std::int64_t since = c->reading_since_;
      if (since != 0 && now - since > timeout_.count()) {
        // Wakes the thread blocked in recv with end-of-stream; its connection then ends.
        c->reading_since_ = 0;
        try {
          c->socket().shutdown();
        } catch (...) {
          // already closed by the other side
        }
        ++timed_out_;
      }
    }
  }
}

}  // namespace ailit::server

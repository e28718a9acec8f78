// The service's counters in Prometheus text format (GET /metrics): requests and their latency by
// route and status, recommendations by sector, plugin failures, and the connection gauges the
// HTTP server reports.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>

namespace ailit::server {

// Gauges read from the HTTP server when /metrics is asked for.
struct ConnectionGauges {
  int queued = 0;              // accepted connections waiting for a thread
  int current = 0;             // connections being served
  int threads = 0;             // threads serving them
  int refused = 0;             // connections refused since start, the queue being full
  std::int64_t total = 0;      // connections accepted since start
  std::int64_t timed_out = 0;  // closed for taking longer than --request-timeout over a request
};

class Metrics {
 public:
  // Latency bucket bounds in seconds (Prometheus "le"), +Inf implied.
  static constexpr std::array<double, 12> kBuckets = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                                      0.05,   0.1,   0.25,   0.5,   1,    2.5};

  // `route` is one of the service's route labels (a fixed set, so the series stay bounded).
  void CountRequest(std::string_view route, int status, double seconds);
  // `sector` must come from a bounded set: a sector the engine knows, else "other".
  void CountRecommendation(std::string_view sector);
  void CountPluginFailure(std::string_view plugin_id);
  void CountReload(bool ok);

  [[nodiscard]] std::string Render(const ConnectionGauges& gauges) const;

 private:
  struct Latency {
    std::array<std::uint64_t, kBuckets.size()> buckets{};
    std::uint64_t count = 0;
    double sum = 0;
  };
  mutable std::mutex mutex_;
  std::map<std::pair<std::string, int>, std::uint64_t> requests_;
  std::map<std::pair<std::string, int>, Latency> latency_;  // by route and status
  std::map<std::string, std::uint64_t> recommendations_;
  std::map<std::string, std::uint64_t> plugin_failures_;
  std::uint64_t reloads_ok_ = 0;
  std::uint64_t reloads_failed_ = 0;
};

}  // namespace ailit::server

#include "metrics.h"

#include <cstdio>

namespace ailit::server {
namespace {

// A label value with \, " and newline escaped, as the text format asks.
std::string Label(std::string_view value) {
  std::string out;
  for (char c : value) {
    if (c == '\\' || c == '"') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out;
}

std::string Number(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.9g", value);
  return buffer;
}

}  // namespace

void Metrics::CountRequest(std::string_view route, int status, double seconds) {
  std::lock_guard lock(mutex_);
  ++requests_[{std::string(route), status}];
  Latency& latency = latency_[{std::string(route), status}];
  for (std::size_t i = 0; i < kBuckets.size(); ++i) {
    if (seconds <= kBuckets[i]) ++latency.buckets[i];
  }
  ++latency.count;
  latency.sum += seconds;
}

void Metrics::CountRecommendation(std::string_view sector) {
  std::lock_guard lock(mutex_);
  ++recommendations_[std::string(sector)];
}

void Metrics::CountPluginFailure(std::string_view plugin_id) {
  std::lock_guard lock(mutex_);
  ++plugin_failures_[std::string(plugin_id)];
}

void Metrics::CountReload(bool ok) {
  std::lock_guard lock(mutex_);
  ++(ok ? reloads_ok_ : reloads_failed_);
}

std::string Metrics::Render(const ConnectionGauges& gauges) const {
  std::lock_guard lock(mutex_);
  std::string out;
  out +=
      "# HELP ailit_http_requests_total HTTP requests answered, by route and status.\n"
      "# TYPE ailit_http_requests_total counter\n";
  for (const auto& [key, count] : requests_) {
    out += "ailit_http_requests_total{route=\"" + Label(key.first) + "\",status=\"" +
           std::to_string(key.second) + "\"} " + std::to_string(count) + "\n";
  }
  out +=
      "# HELP ailit_http_request_duration_seconds Time from the request's arrival to its answer, "
      "by route and status.\n"
      "# TYPE ailit_http_request_duration_seconds histogram\n";
  for (const auto& [key, latency] : latency_) {
    std::string name = "ailit_http_request_duration_seconds";
    std::string labels =
        "route=\"" + Label(key.first) + "\",status=\"" + std::to_string(key.second) + "\"";
    for (std::size_t i = 0; i < kBuckets.size(); ++i) {
      out += name + "_bucket{" + labels + ",le=\"" + Number(kBuckets[i]) + "\"} " +
             std::to_string(latency.buckets[i]) + "\n";
    }
    out += name + "_bucket{" + labels + ",le=\"+Inf\"} " + std::to_string(latency.count) + "\n";
    out += name + "_sum{" + labels + "} " + Number(latency.sum) + "\n";
    out += name + "_count{" + labels + "} " + std::to_string(latency.count) + "\n";
  }
  out +=
      "# HELP ailit_recommendations_total Recommendations made, by the profile's sector.\n"
      "# TYPE ailit_recommendations_total counter\n";
  for (const auto& [sector, count] : recommendations_) {
    out += "ailit_recommendations_total{sector=\"" + Label(sector) + "\"} " +
           std::to_string(count) + "\n";
  }
  out +=
      "# HELP ailit_plugin_failures_total Plugin calls that failed during a request.\n"
      "# TYPE ailit_plugin_failures_total counter\n";
  for (const auto& [plugin, count] : plugin_failures_) {
    out += "ailit_plugin_failures_total{plugin=\"" + Label(plugin) + "\"} " +
           std::to_string(count) + "\n";
  }
  out +=
      "# HELP ailit_reloads_total Engine reloads, by outcome.\n"
      "# TYPE ailit_reloads_total counter\n"
      "ailit_reloads_total{outcome=\"ok\"} " +
      std::to_string(reloads_ok_) + "\nailit_reloads_total{outcome=\"failed\"} " +
      std::to_string(reloads_failed_) + "\n";
  auto gauge = [&](const char* name, const char* help, const char* type, std::int64_t value) {
    out += std::string("# HELP ") + name + " " + help + "\n# TYPE " + name + " " + type + "\n" +
           name + " " + std::to_string(value) + "\n";
  };
  gauge("ailit_http_queued_connections", "Accepted connections waiting for a thread.", "gauge",
        gauges.queued);
  gauge("ailit_http_current_connections", "Connections being served.", "gauge", gauges.current);
  gauge("ailit_http_threads", "Threads serving connections.", "gauge", gauges.threads);
  gauge("ailit_http_refused_connections_total", "Connections refused, the queue being full.",
        "counter", gauges.refused);
  gauge("ailit_http_connections_total", "Connections accepted.", "counter", gauges.total);
  gauge("ailit_http_timed_out_connections_total",
        "Connections closed for taking longer than the request timeout to send a request.",
        "counter", gauges.timed_out);
  return out;
}

}  // namespace ailit::server

// ailit serve: the HTTP service (DESIGN.md §7, docs/openapi.yaml) until SIGTERM or SIGINT, which
// drain the requests in flight; SIGHUP reloads the rule packs and plugins without a restart.
#include <malloc.h>
#include <signal.h>

#include <cstdlib>
#include <ostream>
#include <thread>

#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include "ailit/plugins.h"
#include "args.h"
#include "commands.h"
#include "engine_holder.h"
#include "engine_loader.h"
#include "http_server.h"
#include "service.h"

namespace ailit::cli {
namespace {

constexpr const char* kUsage =
    "usage: ailit serve [--host 127.0.0.1] [--port 8080] [--threads N] [--queue N]\n"
    "                   [--body-limit BYTES] [--keep-alive-timeout SECONDS]\n"
    "                   [--admin-token TOKEN] [--log-level info] [--plugins DIR]\n"
    "                   [--plugin-budget-ms 100] [--request-timeout 10]\n"
    "\n"
    "Serves the HTTP API and the web page (GET /) until SIGTERM or SIGINT, which let the\n"
    "requests in flight finish. SIGHUP, or POST /v1/admin/reload, builds a new engine from the\n"
    "rule packs and the plugin folder and swaps it in; a reload that fails keeps the old one.\n"
    "Prints \"ailit serve: listening on http://HOST:PORT\" once ready; the access log goes to\n"
    "standard error.\n"
    "\n"
    "  --host HOST               address to bind (default 127.0.0.1: this machine only)\n"
    "  --port PORT               0 picks a free port (default 8080)\n"
    "  --threads N               connections served at once (default: the number of cores)\n"
    "  --queue N                 connections waiting for a thread before new ones are refused\n"
    "                            (default 64)\n"
    "  --body-limit BYTES        largest request body (default 1048576)\n"
    "  --keep-alive-timeout S    how long an idle connection keeps its thread (default 2)\n"
    "  --request-timeout S       longest a client may take to send one request, header and\n"
    "                            body; a slower one is disconnected (default 10)\n"
    "  --admin-token TOKEN       lets POST /v1/admin/reload in from other hosts with\n"
    "                            \"Authorization: Bearer TOKEN\" (from this host it needs none)\n"
    "  --log-level LEVEL         debug, info, warning, error or off (default info)\n"
    "  --plugins DIR             sector plugins to load (default: the bundled plugin folder)\n"
    "  --plugin-budget-ms MS     longest a plugin call may take; a slower call costs the\n"
    "                            plugin its part of that plan, with a warning (default 100)\n"
    "\n"
    "Exit status: 0 after a clean shutdown, 2 invalid arguments, 1 failure (e.g. the port is\n"
    "taken, or the knowledge base does not build).\n";

// A whole number from `lo` to `hi`, or std::nullopt (and `error` set).
std::optional<long> NumberOption(const Args& args, const std::string& name, long fallback, long lo,
                                 long hi, std::string& error) {
  std::optional<std::string> text = args.Option(name);
  if (!text) return fallback;
  char* end = nullptr;
  long value = std::strtol(text->c_str(), &end, 10);
  if (text->empty() || *end != '\0' || value < lo || value > hi) {
    error =
        name + " must be a whole number from " + std::to_string(lo) + " to " + std::to_string(hi);
    return std::nullopt;
  }
  return value;
}

std::optional<spdlog::level::level_enum> LogLevel(const std::string& name) {
  if (name == "debug") return spdlog::level::debug;
  if (name == "info") return spdlog::level::info;
  if (name == "warning") return spdlog::level::warn;
  if (name == "error") return spdlog::level::err;
  if (name == "off") return spdlog::level::off;
  return std::nullopt;
}

spdlog::level::level_enum ToSpdlog(PluginLogLevel level) {
  switch (level) {
    case PluginLogLevel::kDebug:
      return spdlog::level::debug;
    case PluginLogLevel::kInfo:
      return spdlog::level::info;
    case PluginLogLevel::kWarning:
      return spdlog::level::warn;
    case PluginLogLevel::kError:
      break;
  }
  return spdlog::level::err;
}

void LogPlugins(spdlog::logger& log, const server::EngineSnapshot& snapshot) {
  for (const PluginReport& r : snapshot.plugins) {
    if (r.loaded()) {
      log.info("plugin {} {} loaded from {}", r.info.id, r.info.version, r.file);
    } else {
      for (const std::string& problem : r.problems)
        log.warn("plugin {} refused: {}", r.file, problem);
    }
  }
}

// glibc gives threads up to eight malloc arenas per core. With a thread per connection, each
// building ~150 KB answers, the arenas fragment: resident memory rose 3.1 MiB over a million
// requests (benchmarks/README.md). One arena per core kept it within 0.4 MiB, at 19 MiB instead
// of 26. MALLOC_ARENA_MAX in the environment still decides when set.
void LimitMallocArenas(int cores) {
  if (std::getenv("MALLOC_ARENA_MAX") == nullptr) mallopt(M_ARENA_MAX, std::max(2, cores));
}

}  // namespace

int RunServe(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::string error;
  auto parsed = ParseArgs(
      args,
      {{"--host", "--port", "--threads", "--queue", "--body-limit", "--keep-alive-timeout",
        "--admin-token", "--log-level", kPluginsOption, "--plugin-budget-ms", "--request-timeout"},
       {}},
      error);
  if (parsed && parsed->Has("--help")) {
    out << kUsage;
    return kExitOk;
  }
  server::HttpServerOptions http;
  PluginLimits limits;
  server::ServiceOptions service_options;
  std::optional<spdlog::level::level_enum> level = spdlog::level::info;
  if (parsed) {
    long cores = std::max(1u, std::thread::hardware_concurrency());
    auto port = NumberOption(*parsed, "--port", 8080, 0, 65535, error);
    auto threads = NumberOption(*parsed, "--threads", cores, 1, 1024, error);
    auto queue = NumberOption(*parsed, "--queue", 64, 1, 65536, error);
    auto body = NumberOption(*parsed, "--body-limit", 1 << 20, 1, 64L << 20, error);
    auto keep = NumberOption(*parsed, "--keep-alive-timeout", 2, 1, 3600, error);
    auto budget = NumberOption(*parsed, "--plugin-budget-ms", 100, 1, 60000, error);
    auto request_timeout = NumberOption(*parsed, "--request-timeout", 10, 1, 3600, error);
    if (!parsed->positional.empty())
      error = "unexpected argument \"" + parsed->positional[0] + "\"";
    level = LogLevel(parsed->Option("--log-level").value_or("info"));
    if (!level) error = "--log-level must be debug, info, warning, error or off";
    if (error.empty()) {
      http.host = parsed->Option("--host").value_or("127.0.0.1");
      http.port = static_cast<std::uint16_t>(*port);
      http.threads = static_cast<int>(*threads);
      http.queue = static_cast<int>(*queue);
      http.keep_alive_timeout = std::chrono::seconds(*keep);
      limits.call_budget = std::chrono::milliseconds(*budget);
      http.request_timeout = std::chrono::seconds(*request_timeout);
      service_options.body_limit = static_cast<std::size_t>(*body);
      service_options.admin_token = parsed->Option("--admin-token");
    }
  }
  if (!parsed || !error.empty()) {
    err << "ailit serve: " << error << "\n" << kUsage;
    return kExitInvalidInput;
  }

  LimitMallocArenas(static_cast<int>(std::max(1u, std::thread::hardware_concurrency())));

  // Block the signals in every thread (the ones started below inherit the mask); this thread
  // takes them with sigwait, so nothing runs in a signal handler.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGHUP);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  auto log =
      std::make_shared<spdlog::logger>("ailit", std::make_shared<spdlog::sinks::stderr_sink_mt>());
  log->set_level(*level);
  log->set_pattern("%Y-%m-%dT%H:%M:%S.%e %l %v");
  log->flush_on(spdlog::level::info);

  std::optional<std::filesystem::path> folder;
  if (auto given = parsed->Option(kPluginsOption)) {
    folder = *given;
  } else {
    folder = DefaultPluginFolder();
  }
  PluginLogger plugin_logger = [log](std::string_view id, PluginLogLevel lvl,
                                     std::string_view text) {
    log->log(ToSpdlog(lvl), "plugin {}: {}", id, text);
  };
  server::EngineHolder engines(folder, plugin_logger, limits);
  server::ReloadResult loaded = engines.Reload();
  if (!loaded.ok) {
    for (const std::string& problem : loaded.problems) err << "ailit serve: " << problem << "\n";
    return parsed->Option(kPluginsOption) ? kExitInvalidInput : kExitFailure;
  }
  LogPlugins(*log, *engines.Current());

  server::Metrics metrics;
  std::unique_ptr<server::HttpServer> http_server;
  server::Service service(service_options, engines, metrics,
                          [&http_server] { return http_server->Gauges(); });
  try {
    http_server = std::make_unique<server::HttpServer>(http, service, metrics, log);
  } catch (const std::exception& e) {
    err << "ailit serve: cannot listen on " << http.host << ":" << http.port << ": " << e.what()
        << "\n";
    return kExitFailure;
  }
  http_server->Start();
  out << "ailit serve: listening on http://" << http.host << ":" << http_server->port()
      << std::endl;
  log->info("listening on {}:{} with {} threads", http.host, http_server->port(), http.threads);

  for (;;) {
    int signal = 0;
    if (sigwait(&signals, &signal) != 0) continue;
    if (signal == SIGHUP) {
      server::ReloadResult reload = engines.Reload();
      metrics.CountReload(reload.ok);
      if (reload.ok) {
        log->info("reloaded the rule packs and plugins");
        LogPlugins(*log, *engines.Current());
      } else {
        for (const std::string& problem : reload.problems) {
          log->error("reload failed, the previous engine stays: {}", problem);
        }
      }
      continue;
    }
    log->info("signal {}: draining the requests in flight", signal);
    http_server->Drain(std::chrono::seconds(10));
    log->info("stopped");
    return kExitOk;
  }
}

}  // namespace ailit::cli

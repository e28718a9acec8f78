// libFuzzer target: the HTTP request handler (server/service.cpp and routes_*.cpp) as a function
// from request to response, with the four bundled plugins loaded. The input is read as
//   METHOD SP TARGET LF CONTENT-TYPE LF FLAGS LF BODY
// where TARGET is a path with an optional ?query (name=value pairs split on '&' and '='), an
// empty CONTENT-TYPE line means none was sent, and FLAGS "L" marks a loopback client. Every
// answer must be a status from 200 to 599 with a body, and JSON when it says so.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include <rapidjson/document.h>

#include "engine_holder.h"
#include "http_types.h"
#include "metrics.h"
#include "service.h"

namespace {

std::string_view NextLine(std::string_view& rest) {
  std::size_t end = rest.find('\n');
  std::string_view line = rest.substr(0, end);
  rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
  return line;
}

ailit::server::HttpRequest ReadRequest(std::string_view input) {
  ailit::server::HttpRequest request;
  std::string_view first = NextLine(input);
  std::size_t space = first.find(' ');
  request.method = std::string(first.substr(0, space));
  std::string_view target = space == std::string_view::npos ? "/" : first.substr(space + 1);
  std::size_t question = target.find('?');
  request.path = std::string(target.substr(0, question));
  if (question != std::string_view::npos) {
    std::string_view query = target.substr(question + 1);
    while (!query.empty()) {
      std::size_t amp = query.find('&');
      std::string_view pair = query.substr(0, amp);
      std::size_t eq = pair.find('=');
      request.query[std::string(pair.substr(0, eq))] =
          eq == std::string_view::npos ? "" : std::string(pair.substr(eq + 1));
      query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
    }
  }
  std::string_view type = NextLine(input);
  if (!type.empty()) request.content_type = std::string(type);
  request.from_loopback = NextLine(input) == "L";
  request.body = std::string(input);
  return request;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace ailit::server;
  static Metrics metrics;
  static EngineHolder engines(std::filesystem::path(AILIT_FUZZ_PLUGIN_DIR), {});
  static const bool loaded = engines.Reload().ok;
  static Service service({.body_limit = 64u << 10, .admin_token = "fuzz"}, engines, metrics,
                         [] { return ConnectionGauges{}; });
  if (!loaded) __builtin_trap();
  HttpRequest request = ReadRequest(std::string_view(reinterpret_cast<const char*>(data), size));
  // A reload rebuilds the engine from the plugin folder: correct but slow, and covered by the
  // integration tests; leave it out so the fuzzer spends its time on requests.
  if (request.path == "/v1/admin/reload") return 0;
  HttpResponse response = service.Handle(request);
  if (response.status < 200 || response.status > 599) __builtin_trap();
  if (response.content_type.starts_with("application/json") && request.method != "HEAD") {
    rapidjson::Document doc;
    doc.Parse(response.body.data(), response.body.size());
    if (doc.HasParseError()) __builtin_trap();
  }
  return 0;
}

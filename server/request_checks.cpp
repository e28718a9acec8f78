#include "request_checks.h"

#include <algorithm>
#include <cctype>

#include "service.h"

namespace ailit::server {
namespace {

std::string Lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::string Trim(std::string_view text) {
  std::size_t begin = text.find_first_not_of(" \t");
  if (begin == std::string_view::npos) return {};
  std::size_t end = text.find_last_not_of(" \t");
  return std::string(text.substr(begin, end - begin + 1));
}

HttpResponse BadParameter(const std::string& name, const std::string& value,
                          const std::string& allowed) {
  return ErrorResponse(400, "invalid query parameter", "",
                       "?" + name + "=" + value + " is not allowed; use " + allowed);
}

}  // namespace

std::optional<HttpResponse> CheckJsonContentType(const HttpRequest& request) {
  if (!request.content_type) return std::nullopt;
  std::string type = Lower(Trim(request.content_type->substr(0, request.content_type->find(';'))));
  if (type == "application/json" || type.ends_with("+json")) return std::nullopt;
  return ErrorResponse(415, "unsupported media type", "",
                       "the body must be JSON (Content-Type: application/json), not \"" +
                           *request.content_type + "\"");
}

std::optional<HttpResponse> CheckQueryNames(const HttpRequest& request,
                                            std::initializer_list<std::string_view> allowed) {
  for (const auto& [name, value] : request.query) {
    if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
      std::string list;
      for (std::string_view a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
      return ErrorResponse(400, "invalid query parameter", "",
                           "unknown query parameter \"" + name + "\"" +
                               (list.empty() ? "; this route takes none" : "; known: " + list));
    }
  }
  return std::nullopt;
}

Lang QueryLang(const HttpRequest& request, std::optional<HttpResponse>& error) {
  auto it = request.query.find("lang");
  if (it == request.query.end() || it->second == "en") return Lang::kEn;
  if (it->second == "nl") return Lang::kNl;
  if (!error) error = BadParameter("lang", it->second, "en or nl");
  return Lang::kEn;
}

Format QueryFormat(const HttpRequest& request, std::optional<HttpResponse>& error) {
  auto it = request.query.find("format");
  if (it == request.query.end() || it->second == "json") return Format::kJson;
  if (it->second == "markdown") return Format::kMarkdown;
  if (it->second == "html") return Format::kHtml;
  if (!error) error = BadParameter("format", it->second, "json, markdown or html");
  return Format::kJson;
}

bool QueryExplain(const HttpRequest& request, std::optional<HttpResponse>& error) {
  auto it = request.query.find("explain");
  if (it == request.query.end() || it->second == "false" || it->second == "0") return false;
  if (it->second == "true" || it->second == "1" || it->second.empty()) return true;
  if (!error) error = BadParameter("explain", it->second, "true or false");
  return false;
}

}  // namespace ailit::server

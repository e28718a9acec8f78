// What every profile route checks before it parses: the content type, and the query
// parameters it accepts with their allowed values.
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "ailit/render.h"
#include "ailit/scores.h"
#include "http_types.h"

namespace ailit::server {

// A 415 response when the request declares a content type that is not JSON (application/json or
// any +json type, parameters allowed); a missing content type is read as JSON.
[[nodiscard]] std::optional<HttpResponse> CheckJsonContentType(const HttpRequest& request);

// A 400 response naming the first query parameter not in `allowed`.
[[nodiscard]] std::optional<HttpResponse> CheckQueryNames(
    const HttpRequest& request, std::initializer_list<std::string_view> allowed);

// ?lang=en|nl (default en), ?format=json|markdown|html (default json), ?explain=true|false
// (default false). Each sets `error` to a 400 response on a value it does not know.
[[nodiscard]] Lang QueryLang(const HttpRequest& request, std::optional<HttpResponse>& error);
[[nodiscard]] Format QueryFormat(const HttpRequest& request, std::optional<HttpResponse>& error);
[[nodiscard]] bool QueryExplain(const HttpRequest& request, std::optional<HttpResponse>& error);

}  // namespace ailit::server

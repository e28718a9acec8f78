// The --format option of commands that render a recommendation.
#pragma once

#include <optional>
#include <string>

#include "ailit/render.h"
#include "args.h"

namespace ailit::cli {

// JSON when absent; std::nullopt (with `error` set) for anything but json, markdown or html.
inline std::optional<Format> ParseFormatOption(const Args& args, std::string& error) {
  auto value = args.Option("--format");
  if (!value || *value == "json") return Format::kJson;
  if (*value == "markdown" || *value == "md") return Format::kMarkdown;
  if (*value == "html") return Format::kHtml;
  error = "--format must be json, markdown or html, not \"" + *value + "\"";
  return std::nullopt;
}

}  // namespace ailit::cli

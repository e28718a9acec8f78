// The --lang option shared by every command that writes text for people.
#pragma once

#include <optional>
#include <string>

#include "ailit/scores.h"
#include "args.h"

namespace ailit::cli {

// English when absent; std::nullopt (with `error` set) for anything but "en" or "nl".
inline std::optional<Lang> ParseLangOption(const Args& args, std::string& error) {
  auto value = args.Option("--lang");
  if (!value || *value == "en") return Lang::kEn;
  if (*value == "nl") return Lang::kNl;
  error = "--lang must be en or nl, not \"" + *value + "\"";
  return std::nullopt;
}

}  // namespace ailit::cli

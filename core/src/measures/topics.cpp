// The stable topic vocabulary of DESIGN.md §4: reports and filters depend on these names.
#include <array>
#include <string_view>

#include "ailit/measures.h"

namespace ailit {
namespace {

constexpr std::array<std::string_view, 22> kTopics = {
    "precondition.board",      "precondition.budget",        "precondition.responsibility",
    "precondition.reporting",  "identify.inventory",         "identify.roles",
    "identify.risk",           "set_goals.levels",           "execute.basic_training",
    "execute.role_training",   "execute.genai_guidelines",   "execute.ethics",
    "execute.human_oversight", "execute.transparency",       "execute.portal",
    "execute.community",       "execute.customer_education", "execute.provider_education",
    "execute.sector",          "evaluate.monitoring",        "evaluate.feedback",
    "evaluate.review"};

constexpr std::string_view kSectorPrefix = "execute.sector.";

}  // namespace

std::span<const std::string_view> CoreTopics() {
  return kTopics;
}

bool IsKnownTopic(std::string_view topic, std::string_view plugin_id) {
  for (std::string_view known : kTopics) {
    if (topic == known) return true;
  }
  return !plugin_id.empty() && topic.starts_with(kSectorPrefix) &&
         topic.substr(kSectorPrefix.size()) == plugin_id;
}

}  // namespace ailit

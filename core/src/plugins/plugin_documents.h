// The two plugin documents the host reads without an engine: the facts a plugin reads and
// derives, and the risk of the sectors it serves (formats in docs/plugins.md).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ailit/diagnostic.h"
#include "ailit/facts.h"
#include "ailit/measures.h"
#include "ailit/scores.h"

namespace ailit {

enum class DerivedType : std::uint8_t { kBoolean, kNumber, kString };

struct DerivedFact {
  std::string name;  // full name: "<plugin id>.<name>"
  FactScope scope = FactScope::kGlobal;
  DerivedType type = DerivedType::kBoolean;
  std::vector<std::string> values;  // the allowed values of a string fact
  LocalText description;
};

struct PluginFacts {
  std::vector<std::string> reads;  // core fact names, in the plugin's order
  std::vector<DerivedFact> derives;
};

// Parses facts.json of plugin `plugin_id`; problems go to `diagnostics` labelled `file`.
[[nodiscard]] PluginFacts ParsePluginFacts(std::string_view json, const std::string& file,
                                           std::string_view plugin_id, Diagnostics& diagnostics);

// Parses sector_risk.json: exactly one entry per sector in `served`, each with origin
// "plugin:<plugin_id>".
[[nodiscard]] std::vector<SectorRiskEntry> ParseSectorRisk(std::string_view json,
                                                           const std::string& file,
                                                           std::string_view plugin_id,
                                                           const std::vector<std::string>& served,
                                                           Diagnostics& diagnostics);

}  // namespace ailit

// A plugin as one engine uses it: its facts resolved to slots of the engine's catalogue and its
// rule pack's index, so a request looks no name up.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "ailit/engine.h"
#include "ailit/facts.h"
#include "ailit/plugin.h"
#include "plugins/plugin_documents.h"

namespace ailit::internal {

struct DerivedSlot {
  FactInfo info;
  DerivedType type = DerivedType::kBoolean;
  std::vector<std::string_view> values;  // a string fact's allowed values (owned by the plugin)
  std::vector<Symbol> symbols;           // parallel to values
};

struct PluginBinding {
  std::shared_ptr<const Plugin> plugin;  // keeps its library loaded while the engine lives
  const ailit_plugin* descriptor = nullptr;
  std::string id;
  std::uint32_t pack = 0;            // index into Engine::packs()
  std::vector<FactInfo> reads;       // parallel to the plugin's "reads"
  std::vector<DerivedSlot> derives;  // parallel to its "derives"
  std::chrono::microseconds budget{std::chrono::milliseconds(100)};  // per call (PluginLimits)
};

// Resolves the plugin's reads against the core facts of `catalogue` (before any plugin fact is
// declared, so a plugin cannot read another's facts). Problems go to `diagnostics`.
void BindReads(PluginBinding& binding, const FactCatalogue& catalogue, Diagnostics& diagnostics);

// Declares the plugin's derived facts in `catalogue` and interns the values of string facts.
void DeclareDerived(PluginBinding& binding, FactCatalogue& catalogue, Diagnostics& diagnostics);

}  // namespace ailit::internal

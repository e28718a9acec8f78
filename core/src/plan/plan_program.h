// The engine's rules as the plan needs them: each activation with its measure resolved to an
// index and its targets to flags, and each rule's facts to slots, so assembling a plan looks no
// name up and parses no text.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ailit/engine.h"
#include "ailit/facts.h"
#include "ailit/rules.h"
#include "plugins/plugin_binding.h"

namespace ailit::internal {

// Measures one engine may hold: a plan's sort key keeps a measure index in 20 bits.
constexpr std::size_t kMaxMeasures = std::size_t{1} << 20;

struct TargetSet {
  bool group = false;         // the for_each staff group
  bool system_users = false;  // the groups using the for_each system
  bool all_staff = false;
  bool customers = false;
  bool service_providers = false;
  std::uint32_t roles = 0;  // bit per StaffRole
};

// Adds one target token (docs/knowledge-base.md, "Targets") to `set`. Returns what is wrong when
// the token is unknown or does not fit a rule of scope `for_each`.
[[nodiscard]] std::optional<std::string> AddTarget(std::string_view token, ForEach for_each,
                                                   TargetSet& set);

struct CompiledActivation {
  std::uint32_t measure;  // index into the measure catalogue
  std::int32_t priority;  // base, before risk and gap adjust it
  std::int32_t year;
  PlanStep step;
  TargetSet targets;
};

// A rule as the plan reads it (rules/internal/program.h has the evaluator's CompiledRule: the
// names must differ, or the two types break the one-definition rule).
struct PlanRule {
  std::vector<CompiledActivation> activations;
  std::vector<FactInfo> facts;  // parallel to RuleInfo::facts
};

struct PlanProgram {
  std::vector<std::vector<PlanRule>> packs;  // parallel to Engine::packs(), then rules()
  std::vector<PluginBinding> plugins;        // parallel to Engine::plugins()
  std::vector<std::int32_t> pack_plugin;     // per pack: index into plugins, or -1 (core knowledge)
  std::vector<std::pair<std::string, std::uint32_t>> sector_plugin;  // sorted by sector
};

struct EngineAccess {
  static const PlanProgram& Program(const Engine& engine) { return *engine.program_; }
};

// The binding of the plugin serving the profile's sector, or nullptr.
[[nodiscard]] const PluginBinding* PluginForSector(const PlanProgram& program,
                                                   std::string_view sector);

}  // namespace ailit::internal

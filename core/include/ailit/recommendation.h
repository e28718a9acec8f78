// ailit/recommendation.h — the multi-year action plan for one organisation (DESIGN.md §4).
//
// Recommend scores a validated profile, evaluates every rule pack of the engine over its facts,
// and assembles the plan: the four AP preconditions with their status, then the measures the
// rules activated, deduplicated (one entry per measure with its targets, systems and causes
// merged), with a priority from the system's risk or the group's gap, a year (1-3) and a step,
// limited to the measures meant for the organisation's size. Measures the profile lists in
// `implemented_measures` come back with status kInPlace instead of being planned again.
// docs/plan.md explains each step.
//
//   ailit::Recommendation rec = ailit::Recommend(engine, std::move(profile));
//   for (const ailit::PlannedMeasure& m : rec.measures)
//     std::cout << rec.engine->measures().measures()[m.measure].id << " " << m.priority << "\n";
//
// Thread safety: Recommend is reentrant; a Recommendation is a plain value that keeps its engine
// alive and may be read from any thread.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ailit/diagnostic.h"
#include "ailit/engine.h"
#include "ailit/enums.h"
#include "ailit/profile.h"
#include "ailit/rules.h"
#include "ailit/scores.h"

namespace ailit {

enum class MeasureStatus : std::uint8_t { kPlanned, kInPlace };
std::string_view Name(MeasureStatus status);  // "planned", "in_place"

// The four preconditions of the AP's multi-year action plan, in the AP's order.
enum class PreconditionId : std::uint8_t { kBoard, kBudget, kResponsibility, kReporting };
enum class PreconditionStatus : std::uint8_t { kMissing, kPartial, kInPlace };
std::string_view Name(PreconditionId id);          // "board", "budget", ...
std::string_view Name(PreconditionStatus status);  // "missing", "partial", "in_place"
std::string_view PreconditionTitle(PreconditionId id, Lang lang);

struct Precondition {
  PreconditionId id;
  PreconditionStatus status;
  std::string measure;  // id of the catalogue measure that addresses it
};

// A fact a rule read, with the value it had for this firing (JSON text; "undefined" when unset).
// `fact` views the name held by the engine's rule, `value` the plan's storage; the
// Recommendation keeps both alive.
struct CauseFact {
  std::string_view fact;
  std::string_view value;
};

// One rule firing that put a measure in the plan.
struct Cause {
  std::uint32_t pack;  // index into Engine::packs()
  std::uint32_t rule;  // index into that pack's rules()
  std::int32_t item;   // system or staff group index for a for_each rule, else -1
  std::span<const CauseFact> facts;
};

struct PlannedMeasure {
  std::uint32_t measure;  // index into Engine::measures().measures()
  MeasureStatus status = MeasureStatus::kPlanned;
  std::int32_t priority = 0;  // 0-100
  std::int32_t year = 1;      // 1-3
  PlanStep step = PlanStep::kExecute;
  Effort effort = Effort::kLow;            // for the organisation's size
  std::span<const std::uint32_t> groups;   // staff group indexes, ascending
  bool customers = false;                  // target "customers"
  bool service_providers = false;          // target "service_providers"
  std::span<const std::uint32_t> systems;  // AI system indexes, ascending
  std::span<const Cause> because;          // empty for an implemented measure no rule asked for
};

// The memory a plan's spans and views point into: one block per kind for the whole plan, so a
// plan of forty measures costs a handful of allocations instead of hundreds (DESIGN.md §8).
// Copies of a Recommendation share it; it never changes once the plan is made.
struct PlanStorage {
  std::vector<std::uint32_t> indexes;  // every measure's groups, then its systems
  std::vector<Cause> causes;
  std::vector<CauseFact> facts;
  std::string values;  // the facts' values as JSON text, each distinct value once
};

// For --explain / ?explain=true: every rule of every pack, fired or not, with its conditions.
struct PackTrace {
  std::uint32_t pack;
  std::vector<RuleTrace> rules;
};

struct RecommendOptions {
  bool explain = false;
};

struct Recommendation {
  std::shared_ptr<const Engine> engine;
  std::string decision_id;  // unique per recommendation (a random UUID)
  Profile profile;
  Scores scores;
  std::vector<Precondition> preconditions;  // always four, in PreconditionId order
  // Planned measures sorted by year, then priority descending, then catalogue order; then the
  // measures in place, in catalogue order.
  std::vector<PlannedMeasure> measures;
  std::shared_ptr<const PlanStorage> storage;  // what `measures` views
  Diagnostics diagnostics;         // the profile's warnings plus the plan's (unknown sector, ...)
  std::vector<PackTrace> explain;  // filled only with RecommendOptions::explain
  // The plugin serving the profile's sector (index into engine->plugins()), -1 when none;
  // whether its facts and rules made it into the plan (false after it failed to derive them);
  // and whether its sector-risk adjustments did. The warnings say what failed.
  std::int32_t plugin = -1;
  bool plugin_complete = true;
  bool plugin_risk_complete = true;
};

// `diagnostics` carries the warnings from parsing the profile into the result. Never throws for
// any valid profile.
[[nodiscard]] Recommendation Recommend(const std::shared_ptr<const Engine>& engine, Profile profile,
                                       const RecommendOptions& options = {},
                                       Diagnostics diagnostics = {});

// The scores a recommendation would carry: the engine's sector table, refined by the sector
// plugin of the profile's sector when there is one. Plugin failures and a sector without a risk
// of its own add warnings to `diagnostics`.
[[nodiscard]] Scores ScoreWithEngine(const Engine& engine, const Profile& profile,
                                     Diagnostics& diagnostics);

}  // namespace ailit

// Assembles the action plan: facts, scores and firings in; one entry per measure out, with
// its targets, systems and causes merged (docs/plan.md).
#include <algorithm>
#include <optional>
#include <string>

#include "ailit/recommendation.h"
#include "plan/decision_id.h"
#include "plan/plan_program.h"
#include "plan/preconditions.h"
#include "plan/priority.h"
#include "plugins/plugin_calls.h"

namespace ailit {
namespace {

// Per-thread working memory, reused across requests on the same engine's catalogue.
struct Scratch {
  std::uint64_t catalogue_id = 0;
  std::optional<FactTable> table;
  std::vector<Firing> firings;
  std::vector<std::int32_t> entry_of;  // per catalogue measure: index into the plan, or -1
};

FactTable& TableFor(Scratch& scratch, const FactCatalogue& catalogue) {
  if (!scratch.table || scratch.catalogue_id != catalogue.id()) {
    scratch.table.emplace(catalogue);
    scratch.catalogue_id = catalogue.id();
  }
  return *scratch.table;
}

std::string FactText(const FactValue& value) {
  if (value.is_undefined()) return "undefined";
  std::string out;
  AppendFactJson(value, out);
  return out;
}

class PlanBuilder {
 public:
  PlanBuilder(const Engine& engine, const Recommendation& rec, const FactTable& table,
              Scratch& scratch)
      : engine_(engine),
        rec_(rec),
        table_(table),
        entry_of_(scratch.entry_of),
        size_(static_cast<std::size_t>(SizeClassOf(rec.profile.organisation.employees))) {
    entry_of_.assign(engine.measures().measures().size(), -1);
  }

  void Add(std::uint32_t pack, std::uint32_t rule_index, std::int32_t item,
           const internal::CompiledRule& rule, const RuleInfo& info) {
    for (const internal::CompiledActivation& a : rule.activations) {
      const Measure& measure = engine_.measures().measures()[a.measure];
      if (!measure.sizes[size_]) continue;  // proportionality: not meant for this size
      std::int32_t context = rec_.scores.overall;
      if (info.for_each == ForEach::kSystem) {
        context = rec_.scores.systems[static_cast<std::size_t>(item)].risk;
      } else if (info.for_each == ForEach::kStaffGroup) {
        context = internal::GapContext(rec_.scores.groups[static_cast<std::size_t>(item)].gap);
      }
      std::int32_t priority = internal::AdjustedPriority(a.priority, context);
      std::int32_t year = internal::PlannedYear(a.year, priority);
      PlannedMeasure& entry = Entry(a.measure, priority, year, a.step);
      // Year and step travel together, from the firing that plans the measure soonest (the most
      // urgent among those), so the order in which rules fire never decides them.
      if (year < entry.year || (year == entry.year && priority > entry.priority)) {
        entry.step = a.step;
      }
      entry.priority = std::max(entry.priority, priority);
      entry.year = std::min(entry.year, year);
      AddTargets(entry, a.targets, info.for_each, item);
      if (info.for_each == ForEach::kSystem)
        entry.systems.push_back(static_cast<std::uint32_t>(item));
      bool seen = std::any_of(entry.because.begin(), entry.because.end(), [&](const Cause& c) {
        return c.pack == pack && c.rule == rule_index && c.item == item;
      });
      if (!seen) entry.because.push_back(MakeCause(pack, rule_index, item, rule, info));
    }
  }

  // Measures the organisation already has: reported as in place, never planned again.
  void MarkImplemented(Diagnostics& diagnostics) {
    const auto& implemented = rec_.profile.implemented_measures;
    for (std::size_t i = 0; i < implemented.size(); ++i) {
      std::optional<std::uint32_t> index = engine_.measures().IndexOf(implemented[i]);
      if (!index) {
        diagnostics.Warning("/implemented_measures/" + std::to_string(i),
                            "unknown measure \"" + implemented[i] +
                                "\" is ignored (GET /v1/measures lists the measure ids)",
                            "onbekende maatregel \"" + implemented[i] +
                                "\" wordt genegeerd (GET /v1/measures noemt de maatregelen)");
        continue;
      }
      const Measure& m = engine_.measures().measures()[*index];
      PlannedMeasure& entry = Entry(*index, m.priority, m.year, m.step);
      entry.status = MeasureStatus::kInPlace;
    }
  }

  std::vector<PlannedMeasure> Finish() {
    for (PlannedMeasure& m : plan_) {
      SortUnique(m.groups);
      SortUnique(m.systems);
    }
    // Sorting indexes and moving each entry once is cheaper than swapping whole entries.
    std::vector<std::uint32_t> order(plan_.size());
    for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [this](std::uint32_t x, std::uint32_t y) {
      const PlannedMeasure& a = plan_[x];
      const PlannedMeasure& b = plan_[y];
      if (a.status != b.status) return a.status == MeasureStatus::kPlanned;
      if (a.status == MeasureStatus::kPlanned) {
        if (a.year != b.year) return a.year < b.year;
        if (a.priority != b.priority) return a.priority > b.priority;
      }
      return a.measure < b.measure;
    });
    std::vector<PlannedMeasure> sorted;
    sorted.reserve(plan_.size());
    for (std::uint32_t i : order) sorted.push_back(std::move(plan_[i]));
    return sorted;
  }

 private:
  PlannedMeasure& Entry(std::uint32_t measure, std::int32_t priority, std::int32_t year,
                        PlanStep step) {
    std::int32_t& slot = entry_of_[measure];
    if (slot < 0) {
      slot = static_cast<std::int32_t>(plan_.size());
      PlannedMeasure m;
      m.measure = measure;
      m.priority = priority;
      m.year = year;
      m.step = step;
      m.effort = engine_.measures().measures()[measure].effort[size_];
      plan_.push_back(std::move(m));
    }
    return plan_[static_cast<std::size_t>(slot)];
  }

  void AddTargets(PlannedMeasure& entry, const internal::TargetSet& t, ForEach for_each,
                  std::int32_t item) {
    const Profile& p = rec_.profile;
    entry.customers = entry.customers || t.customers;
    entry.service_providers = entry.service_providers || t.service_providers;
    if (t.group && for_each == ForEach::kStaffGroup) {
      entry.groups.push_back(static_cast<std::uint32_t>(item));
    }
    if (t.system_users && for_each == ForEach::kSystem) {
      const auto& users = p.ai_systems[static_cast<std::size_t>(item)].used_by;
      entry.groups.insert(entry.groups.end(), users.begin(), users.end());
    }
    if (t.all_staff || t.roles != 0) {
      for (std::uint32_t g = 0; g < p.staff_groups.size(); ++g) {
        unsigned role_bit = 1u << static_cast<unsigned>(p.staff_groups[g].role);
        if (t.all_staff || (t.roles & role_bit) != 0) entry.groups.push_back(g);
      }
    }
  }

  Cause MakeCause(std::uint32_t pack, std::uint32_t rule_index, std::int32_t item,
                  const internal::CompiledRule& rule, const RuleInfo& info) const {
    Cause cause{pack, rule_index, item, {}};
    cause.facts.reserve(rule.facts.size());
    for (std::size_t f = 0; f < rule.facts.size(); ++f) {
      const FactInfo& slot = rule.facts[f];
      std::size_t row = slot.scope == FactScope::kGlobal ? 0 : static_cast<std::size_t>(item);
      cause.facts.push_back({info.facts[f], FactText(table_.Get(slot.scope, row, slot.slot))});
    }
    return cause;
  }

  static void SortUnique(std::vector<std::uint32_t>& v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
  }

  const Engine& engine_;
  const Recommendation& rec_;
  const FactTable& table_;
  std::vector<std::int32_t>& entry_of_;
  std::size_t size_;
  std::vector<PlannedMeasure> plan_;
};

void SectorWarnings(const Engine& engine, const Profile& profile, Diagnostics& diagnostics) {
  const std::string& sector = profile.organisation.sector;
  const auto& served = engine.plugin_sectors();
  if (!std::binary_search(served.begin(), served.end(), sector)) {
    std::string list;
    for (const std::string& s : served) list += (list.empty() ? "" : ", ") + s;
    diagnostics.Warning("/organisation/sector",
                        "no sector plugin serves \"" + sector +
                            "\": the plan holds the core measures only. " +
                            (list.empty() ? std::string("No sector plugins are loaded")
                                          : "Sectors with a plugin: " + list),
                        "geen sectorplug-in voor \"" + sector +
                            "\": het plan bevat alleen de algemene "
                            "maatregelen. " +
                            (list.empty() ? std::string("Er zijn geen sectorplug-ins geladen")
                                          : "Sectoren met een plug-in: " + list));
  }
  if (auto warning = SectorWarning(profile, engine.sectors())) {
    diagnostics.warnings.push_back(std::move(*warning));
  }
}

// Facts before scores, so the sector plugin can refine the sector risk from the profile; then
// the scores, and the plugin's derived facts, which may read them.
Scores ScoreInto(const Engine& engine, const Profile& profile, FactTable& table,
                 const internal::PluginBinding* plugin, Diagnostics& diagnostics,
                 bool* risk_complete = nullptr) {
  engine.facts().FillProfile(profile, table);
  std::optional<std::uint64_t> adjustments =
      plugin ? internal::PluginSectorRisk(*plugin, profile, table, diagnostics) : 0;
  if (risk_complete != nullptr) *risk_complete = adjustments.has_value();
  Scores scores = ScoreProfile(profile, engine.sectors(), adjustments.value_or(0));
  engine.facts().FillScores(profile, scores, table);
  return scores;
}

}  // namespace

Recommendation Recommend(const std::shared_ptr<const Engine>& engine, Profile profile,
                         const RecommendOptions& options, Diagnostics diagnostics) {
  thread_local Scratch scratch;
  Recommendation rec;
  rec.engine = engine;
  rec.decision_id = internal::NewDecisionId();
  rec.profile = std::move(profile);
  rec.diagnostics = std::move(diagnostics);
  rec.preconditions = internal::AssessPreconditions(rec.profile.governance);
  SectorWarnings(*engine, rec.profile, rec.diagnostics);

  const internal::PlanProgram& program = internal::EngineAccess::Program(*engine);
  const internal::PluginBinding* plugin =
      internal::PluginForSector(program, rec.profile.organisation.sector);
  FactTable& table = TableFor(scratch, engine->facts().catalogue());
  rec.scores =
      ScoreInto(*engine, rec.profile, table, plugin, rec.diagnostics, &rec.plugin_risk_complete);
  bool plugin_ok = plugin != nullptr &&
                   internal::DerivePluginFacts(*plugin, rec.profile, table, rec.diagnostics);
  if (plugin != nullptr) {
    rec.plugin = static_cast<std::int32_t>(plugin - program.plugins.data());
    rec.plugin_complete = plugin_ok;
  }

  PlanBuilder builder(*engine, rec, table, scratch);
  for (std::uint32_t p = 0; p < engine->packs().size(); ++p) {
    // A plugin's rules run only for its own sector, and only on facts it derived without fault.
    if (std::int32_t owner = program.pack_plugin[p]; owner >= 0) {
      if (!plugin_ok || owner != rec.plugin) continue;
    }
    const RulePack& pack = engine->packs()[p].pack;
    pack.Evaluate(table, scratch.firings);
    for (const Firing& firing : scratch.firings) {
      builder.Add(p, firing.rule, firing.item, program.packs[p][firing.rule],
                  pack.rules()[firing.rule]);
    }
    if (options.explain) rec.explain.push_back({p, pack.Trace(table)});
  }
  builder.MarkImplemented(rec.diagnostics);
  rec.measures = builder.Finish();
  return rec;
}

Scores ScoreWithEngine(const Engine& engine, const Profile& profile, Diagnostics& diagnostics) {
  thread_local Scratch scratch;
  // Only the table's warning: without a plan, "no plugin adds measures" says nothing.
  if (auto warning = SectorWarning(profile, engine.sectors())) {
    diagnostics.warnings.push_back(std::move(*warning));
  }
  const internal::PlanProgram& program = internal::EngineAccess::Program(engine);
  const internal::PluginBinding* plugin =
      internal::PluginForSector(program, profile.organisation.sector);
  FactTable& table = TableFor(scratch, engine.facts().catalogue());
  return ScoreInto(engine, profile, table, plugin, diagnostics);
}

}  // namespace ailit

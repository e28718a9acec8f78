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
#include "rules/internal/state.h"

namespace ailit {
namespace {

// A firing that put a measure in the plan, kept by reference until the plan is final.
struct WorkCause {
  std::uint32_t pack;
  std::uint32_t rule;
  std::int32_t item;
  const internal::PlanRule* compiled;
};

// A measure while the plan is assembled. Its lists grow here, in per-thread memory that keeps
// its capacity from one request to the next, and are copied once into the plan's PlanStorage.
struct WorkEntry {
  PlannedMeasure head;  // everything but the spans
  std::vector<std::uint32_t> groups;
  std::vector<std::uint32_t> systems;
  std::vector<WorkCause> because;
};

// A fact value's JSON text in PlanStorage::values; size 0 while not yet written.
struct TextSpan {
  std::uint32_t offset = 0;
  std::uint32_t size = 0;
};

// Per-thread working memory, reused across requests on the same engine's catalogue.
struct Scratch {
  std::uint64_t catalogue_id = 0;
  std::optional<FactTable> table;
  std::vector<Firing> firings;
  std::vector<std::int32_t> entry_of;  // per catalogue measure: index into entries, or -1
  std::vector<WorkEntry> entries;      // the first `used` belong to the current request
  std::size_t used = 0;
  std::vector<std::uint64_t> order;  // sort keys, the entry's index in the low 20 bits
  static_assert(internal::kMaxMeasures <= (1u << 20));
  std::vector<TextSpan> text_of;  // per table cell
};

FactTable& TableFor(Scratch& scratch, const FactCatalogue& catalogue) {
  if (!scratch.table || scratch.catalogue_id != catalogue.id()) {
    scratch.table.emplace(catalogue);
    scratch.catalogue_id = catalogue.id();
  }
  return *scratch.table;
}

class PlanBuilder {
 public:
  PlanBuilder(const Engine& engine, const Recommendation& rec, const FactTable& table,
              Scratch& scratch)
      : engine_(engine),
        rec_(rec),
        table_(table),
        scratch_(scratch),
        size_(static_cast<std::size_t>(SizeClassOf(rec.profile.organisation.employees))) {
    scratch_.entry_of.assign(engine.measures().measures().size(), -1);
    scratch_.used = 0;
  }

  void Add(std::uint32_t pack, std::uint32_t rule_index, std::int32_t item,
           const internal::PlanRule& rule, const RuleInfo& info) {
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
      WorkEntry& entry = Entry(a.measure, priority, year, a.step);
      PlannedMeasure& head = entry.head;
      // Year and step travel together, from the firing that plans the measure soonest (the most
      // urgent among those), so the order in which rules fire never decides them.
      if (year < head.year || (year == head.year && priority > head.priority)) {
        head.step = a.step;
      }
      head.priority = std::max(head.priority, priority);
      head.year = std::min(head.year, year);
      AddTargets(entry, a.targets, info.for_each, item);
      if (info.for_each == ForEach::kSystem) {
        entry.systems.push_back(static_cast<std::uint32_t>(item));
      }
      bool seen = std::any_of(entry.because.begin(), entry.because.end(), [&](const WorkCause& c) {
        return c.pack == pack && c.rule == rule_index && c.item == item;
      });
      if (!seen) entry.because.push_back({pack, rule_index, item, &rule});
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
      Entry(*index, m.priority, m.year, m.step).head.status = MeasureStatus::kInPlace;
    }
  }

  // The plan in its final order, its lists copied into one PlanStorage.
  void Finish(Recommendation& rec) {
    std::span<WorkEntry> entries(scratch_.entries.data(), scratch_.used);
    auto storage = std::make_shared<PlanStorage>();
    std::size_t indexes = 0;
    std::size_t causes = 0;
    std::size_t facts = 0;
    for (WorkEntry& e : entries) {
      SortUnique(e.groups);
      SortUnique(e.systems);
      indexes += e.groups.size() + e.systems.size();
      causes += e.because.size();
      for (const WorkCause& c : e.because) facts += c.compiled->facts.size();
    }
    // Spans stay valid only if no vector grows after the first span is taken.
    storage->indexes.reserve(indexes);
    storage->causes.reserve(causes);
    storage->facts.reserve(facts);
    WriteValues(entries, storage->values);

    // One integer per entry that sorts as the plan reads: planned before in place, then year,
    // priority descending and catalogue order (in-place measures: catalogue order only).
    std::vector<std::uint64_t>& order = scratch_.order;
    order.resize(entries.size());
    for (std::size_t i = 0; i < entries.size(); ++i) {
      const PlannedMeasure& m = entries[i].head;
      std::uint64_t key = 0;
      if (m.status == MeasureStatus::kPlanned) {
        key =
            static_cast<std::uint64_t>(m.year) << 8 | static_cast<std::uint64_t>(255 - m.priority);
      } else {
        key = std::uint64_t{1} << 16;
      }
      order[i] = key << 40 | static_cast<std::uint64_t>(m.measure) << 20 | i;
    }
    std::sort(order.begin(), order.end());
    rec.measures.clear();
    rec.measures.reserve(entries.size());
    for (std::uint64_t key : order) {
      rec.measures.push_back(Flatten(entries[key & 0xFFFFF], *storage));
    }
    rec.storage = std::move(storage);
  }

 private:
  WorkEntry& Entry(std::uint32_t measure, std::int32_t priority, std::int32_t year, PlanStep step) {
    std::int32_t& slot = scratch_.entry_of[measure];
    if (slot < 0) {
      slot = static_cast<std::int32_t>(scratch_.used);
      if (scratch_.used == scratch_.entries.size()) scratch_.entries.emplace_back();
      WorkEntry& e = scratch_.entries[scratch_.used++];
      e.head = PlannedMeasure{};
      e.head.measure = measure;
      e.head.priority = priority;
      e.head.year = year;
      e.head.step = step;
      e.head.effort = engine_.measures().measures()[measure].effort[size_];
      e.groups.clear();
      e.systems.clear();
      e.because.clear();
    }
    return scratch_.entries[static_cast<std::size_t>(slot)];
  }

  void AddTargets(WorkEntry& entry, const internal::TargetSet& t, ForEach for_each,
                  std::int32_t item) {
    const Profile& p = rec_.profile;
    entry.head.customers = entry.head.customers || t.customers;
    entry.head.service_providers = entry.head.service_providers || t.service_providers;
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

  std::size_t CellOf(const FactInfo& slot, std::int32_t item) const {
    std::size_t row = slot.scope == FactScope::kGlobal ? 0 : static_cast<std::size_t>(item);
    return internal::Access::State(table_).RowOffset(slot.scope, row) + slot.slot;
  }

  // The JSON text of every fact a cause names, each table cell written once: a plan's causes
  // read the same few facts (the overall score, a system's risk class) over and over.
  void WriteValues(std::span<const WorkEntry> entries, std::string& values) const {
    const internal::TableState& state = internal::Access::State(table_);
    scratch_.text_of.assign(state.values.size(), TextSpan{});
    for (const WorkEntry& e : entries) {
      for (const WorkCause& c : e.because) {
        for (const FactInfo& slot : c.compiled->facts) {
          std::size_t cell = CellOf(slot, c.item);
          TextSpan& text = scratch_.text_of[cell];
          if (text.size != 0) continue;
          std::size_t before = values.size();
          const FactValue& value = state.values[cell];
          if (value.is_undefined()) {
            values += "undefined";
          } else {
            AppendFactJson(value, values);
          }
          text = {static_cast<std::uint32_t>(before),
                  static_cast<std::uint32_t>(values.size() - before)};
        }
      }
    }
  }

  PlannedMeasure Flatten(const WorkEntry& e, PlanStorage& storage) const {
    PlannedMeasure m = e.head;
    m.groups = Append(storage.indexes, e.groups);
    m.systems = Append(storage.indexes, e.systems);
    std::size_t first_cause = storage.causes.size();
    for (const WorkCause& c : e.because) {
      const RuleInfo& info = engine_.packs()[c.pack].pack.rules()[c.rule];
      std::size_t first_fact = storage.facts.size();
      for (std::size_t f = 0; f < c.compiled->facts.size(); ++f) {
        TextSpan text = scratch_.text_of[CellOf(c.compiled->facts[f], c.item)];
        storage.facts.push_back(
            {info.facts[f], std::string_view(storage.values).substr(text.offset, text.size)});
      }
      storage.causes.push_back({c.pack, c.rule, c.item,
                                std::span<const CauseFact>(storage.facts)
                                    .subspan(first_fact, c.compiled->facts.size())});
    }
    m.because = std::span<const Cause>(storage.causes).subspan(first_cause, e.because.size());
    return m;
  }

  static std::span<const std::uint32_t> Append(std::vector<std::uint32_t>& to,
                                               const std::vector<std::uint32_t>& from) {
    std::size_t first = to.size();
    to.insert(to.end(), from.begin(), from.end());
    return std::span<const std::uint32_t>(to).subspan(first, from.size());
  }

  static void SortUnique(std::vector<std::uint32_t>& v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
  }

  const Engine& engine_;
  const Recommendation& rec_;
  const FactTable& table_;
  Scratch& scratch_;
  std::size_t size_;
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
  builder.Finish(rec);
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

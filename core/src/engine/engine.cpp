// Builds an Engine: measure catalogues first (rules refer to measures), then the rule packs
// against the closed profile-fact catalogue, then the plan program that ties them together.
#include "ailit/engine.h"

#include <algorithm>
#include <memory>
#include <string>

#include "engine/legal_basis.h"
#include "plan/plan_program.h"
#include "plugins/plugin.h"

namespace ailit {
namespace internal {
extern const std::string_view kCoreRulesJson;
extern const std::string_view kCoreMeasuresJson;
}  // namespace internal

namespace {

std::string Child(const std::string& pointer, std::string_view key) {
  return pointer + "/" + EscapePointerToken(key);
}

void Append(Diagnostics& into, Diagnostics from) {
  for (Diagnostic& d : from.errors) into.errors.push_back(std::move(d));
  for (Diagnostic& d : from.warnings) into.warnings.push_back(std::move(d));
}

// Resolves each activation of `pack` against the catalogue; reports unknown measures and targets
// that do not fit the rule.
std::vector<internal::PlanRule> CompileActivations(const RulePack& pack,
                                                   const MeasureCatalogue& measures,
                                                   const FactCatalogue& facts,
                                                   Diagnostics& diagnostics) {
  std::vector<internal::PlanRule> rules;
  auto error = [&](const RuleInfo& rule, const std::string& pointer, const std::string& message) {
    diagnostics.Error(pointer,
                      pack.file_name() + ": rule \"" + rule.id + "\": " + pointer + ": " + message);
  };
  for (const RuleInfo& rule : pack.rules()) {
    internal::PlanRule compiled;
    for (const std::string& fact : rule.facts) {
      std::optional<FactInfo> info = facts.Find(fact);
      // The pack compiled against this catalogue, so every fact it reads is declared.
      compiled.facts.push_back(info.value_or(FactInfo{FactScope::kGlobal, 0}));
    }
    for (std::size_t i = 0; i < rule.activates.size(); ++i) {
      const Activation& a = rule.activates[i];
      std::string here = Child(rule.pointer, "activates") + "/" + std::to_string(i);
      std::optional<std::uint32_t> index = measures.IndexOf(a.measure);
      if (!index) {
        error(rule, Child(here, "measure"),
              "unknown measure \"" + a.measure + "\" (not in any measure catalogue)");
        continue;
      }
      const Measure& m = measures.measures()[*index];
      internal::CompiledActivation c{*index,
                                     a.priority.value_or(m.priority),
                                     a.year.value_or(m.year),
                                     a.step.value_or(m.step),
                                     {}};
      const std::vector<std::string>& targets = a.targets ? *a.targets : m.targets;
      for (std::size_t t = 0; t < targets.size(); ++t) {
        if (auto problem = internal::AddTarget(targets[t], rule.for_each, c.targets)) {
          error(
              rule,
              a.targets ? Child(here, "targets") + "/" + std::to_string(t) : Child(here, "measure"),
              a.targets ? *problem
                        : *problem + " (the default target of measure \"" + m.id + "\")");
        }
      }
      compiled.activations.push_back(c);
    }
    rules.push_back(std::move(compiled));
  }
  return rules;
}

}  // namespace

std::vector<KnowledgeSource> CoreKnowledge() {
  return {KnowledgeSource{"core", std::string(internal::kCoreRulesJson), "core/data/rules.json",
                          std::string(internal::kCoreMeasuresJson), "core/data/measures.json"}};
}

namespace {

// One rule pack to compile: a knowledge source's or a plugin's.
struct PackInput {
  std::string_view rules_json;
  std::string rules_file;
  std::string origin;
  std::int32_t plugin = -1;  // index into the plugins, -1 for a knowledge source
};

// Refuses a plugin whose id or sectors another plugin already has.
bool CheckPluginIdentity(const std::vector<std::shared_ptr<const Plugin>>& plugins, std::size_t i,
                         Diagnostics& diagnostics) {
  const PluginInfo& info = plugins[i]->info;
  std::size_t errors = diagnostics.errors.size();
  for (std::size_t j = 0; j < i; ++j) {
    const PluginInfo& earlier = plugins[j]->info;
    if (earlier.id == info.id) {
      diagnostics.Error(
          "", info.file + ": plugin id \"" + info.id + "\" is already taken by " + earlier.file);
    }
    for (const std::string& sector : info.sectors) {
      if (std::find(earlier.sectors.begin(), earlier.sectors.end(), sector) !=
          earlier.sectors.end()) {
        diagnostics.Error("", info.file + ": sector \"" + sector + "\" is already served by " +
                                  earlier.id + " (" + earlier.file +
                                  "); one plugin serves a sector");
      }
    }
  }
  return diagnostics.errors.size() == errors;
}

// A plugin's rules may read the core's facts and its own, not another plugin's.
void CheckPluginFacts(const RulePack& pack, const std::string& own_id,
                      const std::vector<internal::PluginBinding>& plugins,
                      Diagnostics& diagnostics) {
  for (const RuleInfo& rule : pack.rules()) {
    for (const std::string& fact : rule.facts) {
      if (fact.starts_with(own_id + ".")) continue;  // ids may nest: a.b and a.b.c
      for (const internal::PluginBinding& other : plugins) {
        if (other.id != own_id && fact.starts_with(other.id + ".")) {
          diagnostics.Error(rule.pointer, pack.file_name() + ": rule \"" + rule.id +
                                              "\": reads \"" + fact + "\" of plugin " + other.id +
                                              "; a plugin's rules read only core "
                                              "facts and its own");
        }
      }
    }
  }
}

}  // namespace

EngineResult Engine::Create(const std::vector<KnowledgeSource>& sources,
                            const SectorRiskTable& sectors,
                            const std::vector<std::shared_ptr<const Plugin>>& plugins,
                            const PluginLimits& limits) {
  EngineResult result;
  Diagnostics& diagnostics = result.diagnostics;
  std::shared_ptr<Engine> engine(new Engine());
  engine->sectors_ = sectors;
  if (sources.empty()) {
    diagnostics.Error("", "no knowledge sources: an engine needs at least the core pack");
    return result;
  }
  auto program = std::make_shared<internal::PlanProgram>();
  FactCatalogue& catalogue = engine->facts_.catalogue();

  // Plugins first declare who they are and what facts they read and derive.
  for (std::size_t i = 0; i < plugins.size(); ++i) {
    const Plugin& plugin = *plugins[i];
    // A plugin that is not who it says cannot be told apart from another: nothing more to check.
    if (!CheckPluginIdentity(plugins, i, diagnostics)) return result;
    internal::PluginBinding binding;
    binding.plugin = plugins[i];
    binding.descriptor = plugin.descriptor;
    binding.id = plugin.info.id;
    binding.budget = limits.call_budget;
    internal::BindReads(binding, catalogue, diagnostics);
    program->plugins.push_back(std::move(binding));
    engine->plugins_.push_back(plugin.info);
    for (const SectorRiskEntry& entry : plugin.sectors) engine->sectors_.Set(entry);
    for (const std::string& sector : plugin.info.sectors) {
      program->sector_plugin.emplace_back(sector, static_cast<std::uint32_t>(i));
      engine->plugin_sectors_.push_back(sector);
    }
  }
  for (internal::PluginBinding& binding : program->plugins) {
    internal::DeclareDerived(binding, catalogue, diagnostics);
  }
  std::sort(program->sector_plugin.begin(), program->sector_plugin.end());
  std::sort(engine->plugin_sectors_.begin(), engine->plugin_sectors_.end());

  // All measure catalogues before any rule, since rules name measures.
  std::vector<PackInput> packs;
  for (const KnowledgeSource& source : sources) {
    Append(diagnostics,
           engine->measures_.Add(source.measures_json, source.measures_file, source.origin));
    packs.push_back({source.rules_json, source.rules_file, source.origin, -1});
  }
  for (std::size_t i = 0; i < plugins.size(); ++i) {
    const Plugin& plugin = *plugins[i];
    std::string origin = "plugin:" + plugin.info.id;
    std::string file = plugin.DocumentLabel("measures.json");
    Diagnostics added = engine->measures_.Add(plugin.measures_json, file, origin);
    bool catalogue_ok = added.ok();
    Append(diagnostics, std::move(added));
    if (!catalogue_ok) continue;  // its rules would only repeat "unknown measure" for each
    const std::string& catalogue_id = engine->measures_.files().back().id;
    if (catalogue_id != plugin.info.id) {
      diagnostics.Error("/id", file + ": /id: the catalogue id \"" + catalogue_id +
                                   "\" must be the plugin id \"" + plugin.info.id + "\"");
    }
    packs.push_back({plugin.rules_json, plugin.DocumentLabel("rules.json"), origin,
                     static_cast<std::int32_t>(i)});
  }

  // A plan sorts its entries by keys that hold a measure index in 20 bits (plan/recommend.cpp);
  // each catalogue holds at most 10,000 measures, so only a hundred plugins could reach it.
  if (engine->measures_.measures().size() >= internal::kMaxMeasures) {
    diagnostics.Error("", "the catalogues hold " +
                              std::to_string(engine->measures_.measures().size()) +
                              " measures together; an engine takes at most " +
                              std::to_string(internal::kMaxMeasures - 1));
  }

  for (std::size_t i = 0; i < packs.size(); ++i) {
    const PackInput& input = packs[i];
    RulePackResult compiled = CompileRulePack(input.rules_json, input.rules_file, catalogue);
    Append(diagnostics, std::move(compiled.diagnostics));
    if (!compiled.ok()) continue;
    const RulePack& pack = *compiled.pack;
    if (pack.format() != PackFormat::kAilit) {
      diagnostics.Error("", input.rules_file +
                                ": a knowledge pack must be an ailit pack {\"id\", "
                                "\"version\", \"rules\"}, not a plain rules array");
      continue;
    }
    LoadedPack loaded{pack, input.origin, std::nullopt};
    bool has_basis = false;
    for (const auto& [name, json] : pack.extra_fields()) {
      if (name != "legal_basis") continue;
      has_basis = true;
      if (input.plugin >= 0) {
        diagnostics.Error("/legal_basis", input.rules_file +
                                              ": /legal_basis: only the core pack states the "
                                              "legal basis; a plugin's pack builds on it");
      } else {
        loaded.legal_basis = internal::ParseLegalBasis(json, input.rules_file, diagnostics);
      }
    }
    if (i == 0 && !has_basis) {
      diagnostics.Error("", input.rules_file +
                                ": the core pack must name its \"legal_basis\" (the legal "
                                "text and date it encodes; docs/knowledge-base.md)");
    }
    if (input.plugin >= 0) {
      internal::PluginBinding& binding = program->plugins[static_cast<std::size_t>(input.plugin)];
      if (pack.id() != binding.id) {
        diagnostics.Error("/id", input.rules_file + ": /id: the pack id \"" + pack.id() +
                                     "\" must be the plugin id \"" + binding.id + "\"");
      }
      CheckPluginFacts(pack, binding.id, program->plugins, diagnostics);
      binding.pack = static_cast<std::uint32_t>(engine->packs_.size());
    }
    program->packs.push_back(CompileActivations(pack, engine->measures_, catalogue, diagnostics));
    program->pack_plugin.push_back(input.plugin);
    engine->packs_.push_back(std::move(loaded));
  }
  if (!diagnostics.ok()) return result;
  engine->legal_basis_ = *engine->packs_.front().legal_basis;
  engine->program_ = std::move(program);
  result.engine = std::move(engine);
  return result;
}

std::optional<std::size_t> Engine::PluginFor(std::string_view sector) const {
  const internal::PluginBinding* binding = internal::PluginForSector(*program_, sector);
  if (binding == nullptr) return std::nullopt;
  return static_cast<std::size_t>(binding - program_->plugins.data());
}

namespace internal {

const PluginBinding* PluginForSector(const PlanProgram& program, std::string_view sector) {
  auto it = std::lower_bound(program.sector_plugin.begin(), program.sector_plugin.end(), sector,
                             [](const std::pair<std::string, std::uint32_t>& entry,
                                std::string_view s) { return entry.first < s; });
  if (it == program.sector_plugin.end() || it->first != sector) return nullptr;
  return &program.plugins[it->second];
}

}  // namespace internal

}  // namespace ailit

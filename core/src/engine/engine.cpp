// Builds an Engine: measure catalogues first (rules refer to measures), then the rule packs
// against the closed profile-fact catalogue, then the plan program that ties them together.
#include "ailit/engine.h"

#include <memory>
#include <string>

#include "engine/legal_basis.h"
#include "plan/plan_program.h"

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
std::vector<internal::CompiledRule> CompileActivations(const RulePack& pack,
                                                       const MeasureCatalogue& measures,
                                                       const FactCatalogue& facts,
                                                       Diagnostics& diagnostics) {
  std::vector<internal::CompiledRule> rules;
  auto error = [&](const RuleInfo& rule, const std::string& pointer, const std::string& message) {
    diagnostics.Error(pointer,
                      pack.file_name() + ": rule \"" + rule.id + "\": " + pointer + ": " + message);
  };
  for (const RuleInfo& rule : pack.rules()) {
    internal::CompiledRule compiled;
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

EngineResult Engine::Create(const std::vector<KnowledgeSource>& sources,
                            const SectorRiskTable& sectors) {
  EngineResult result;
  std::shared_ptr<Engine> engine(new Engine());
  engine->sectors_ = sectors;
  if (sources.empty()) {
    result.diagnostics.Error("", "no knowledge sources: an engine needs at least the core pack");
    return result;
  }
  for (const KnowledgeSource& source : sources) {
    Append(result.diagnostics,
           engine->measures_.Add(source.measures_json, source.measures_file, source.origin));
  }
  auto program = std::make_shared<internal::PlanProgram>();
  for (std::size_t i = 0; i < sources.size(); ++i) {
    const KnowledgeSource& source = sources[i];
    RulePackResult compiled =
        CompileRulePack(source.rules_json, source.rules_file, engine->facts_.catalogue());
    Append(result.diagnostics, std::move(compiled.diagnostics));
    if (!compiled.ok()) continue;
    if (compiled.pack->format() != PackFormat::kAilit) {
      result.diagnostics.Error("", source.rules_file +
                                       ": a knowledge pack must be an ailit pack {\"id\", "
                                       "\"version\", \"rules\"}, not a plain rules array");
      continue;
    }
    LoadedPack loaded{*compiled.pack, source.origin, std::nullopt};
    for (const auto& [name, json] : compiled.pack->extra_fields()) {
      if (name == "legal_basis") {
        loaded.legal_basis = internal::ParseLegalBasis(json, source.rules_file, result.diagnostics);
      }
    }
    bool has_member = false;
    for (const auto& field : compiled.pack->extra_fields())
      has_member |= field.first == "legal_basis";
    if (i == 0 && !has_member) {
      result.diagnostics.Error("", source.rules_file +
                                       ": the core pack must name its \"legal_basis\" (the legal "
                                       "text and date it encodes; docs/knowledge-base.md)");
    }
    program->packs.push_back(CompileActivations(*compiled.pack, engine->measures_,
                                                engine->facts_.catalogue(), result.diagnostics));
    engine->packs_.push_back(std::move(loaded));
  }
  if (!result.diagnostics.ok()) return result;
  engine->legal_basis_ = *engine->packs_.front().legal_basis;
  engine->program_ = std::move(program);
  result.engine = std::move(engine);
  return result;
}

}  // namespace ailit

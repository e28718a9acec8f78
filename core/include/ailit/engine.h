// ailit/engine.h — the loaded knowledge, and recommendations from it.
//
// An Engine is everything a recommendation needs that does not depend on the request: the fact
// catalogue, the compiled rule packs, the measure catalogue, the sector risk table and the legal
// basis. It is built once (Engine::Create) and shared by every thread; Recommend turns one
// validated profile into a Recommendation (ailit/recommendation.h), which render.h writes out.
//
//   ailit::EngineResult built = ailit::Engine::Create(ailit::CoreKnowledge());
//   if (!built.ok()) return report(built.diagnostics.errors);
//   ailit::ProfileResult parsed = ailit::ParseProfile(text);
//   ailit::Recommendation rec = ailit::Recommend(built.engine, std::move(*parsed.profile), {},
//                                                parsed.diagnostics);
//   std::string md = ailit::RecommendationToMarkdown(rec, ailit::Lang::kNl);
//
// Ownership: held by std::shared_ptr<const Engine>; every Recommendation keeps its engine alive,
// so a server can swap in a new engine while requests in flight finish on the old one.
// Thread safety: immutable after Create; Recommend is safe from any number of threads at once.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ailit/diagnostic.h"
#include "ailit/measures.h"
#include "ailit/profile.h"
#include "ailit/profile_facts.h"
#include "ailit/rules.h"
#include "ailit/scores.h"

namespace ailit {

namespace internal {
struct PlanProgram;
struct EngineAccess;
}  // namespace internal

// A loaded sector plugin (ailit/plugins.h); opaque outside the engine.
class Plugin;

// What a plugin says about itself.
struct PluginInfo {
  std::string id;       // reverse-DNS, e.g. "org.ailit.hospital"
  std::string name;     // e.g. "Hospitals"
  std::string version;  // e.g. "1.0.0"
  std::vector<std::string> sectors;
  std::string file;  // the shared library it was loaded from
};

// One source of knowledge: a rule pack and the measure catalogue its rules activate.
struct KnowledgeSource {
  std::string origin;  // "core" or "plugin:<id>"
  std::string rules_json;
  std::string rules_file;  // labels messages, e.g. "core/data/rules.json"
  std::string measures_json;
  std::string measures_file;
};

// The core's rule pack and measure catalogue, compiled into the library from core/data/.
[[nodiscard]] std::vector<KnowledgeSource> CoreKnowledge();

// The law a rule pack encodes (its "legal_basis"), repeated in every recommendation.
struct LegalBasis {
  LocalText act;  // e.g. "Regulation (EU) 2024/1689 (AI Act)" / "Verordening (EU) 2024/1689"
  LocalText articles;
  std::string text_of;       // date of the legal text encoded, YYYY-MM-DD
  std::string applies_from;  // YYYY-MM-DD
  LocalText note;
};

struct LoadedPack {
  RulePack pack;
  std::string origin;  // as in KnowledgeSource
  std::optional<LegalBasis> legal_basis;
};

// What the host allows a sector plugin per request. A call that takes longer than `call_budget`
// costs the plugin its part of that plan, with a warning, exactly as a failing call does; the
// call itself is not interrupted (a plugin runs in the host's thread), so the budget bounds the
// damage to the plan, not the time. docs/security.md.
struct PluginLimits {
  std::chrono::microseconds call_budget{std::chrono::milliseconds(100)};
};

class Engine;
struct EngineResult {
  std::shared_ptr<const Engine> engine;  // set exactly when there are no errors
  Diagnostics diagnostics;
  [[nodiscard]] bool ok() const { return engine != nullptr; }
};

class Engine {
 public:
  // Compiles every source: all measure catalogues first, then each rule pack against the closed
  // profile-fact catalogue, then checks that every activation names a known measure and valid
  // targets. Every problem is reported, each naming its file and JSON Pointer. The first source
  // must carry the legal basis.
  // Each plugin adds its facts, sector risk entries, measures and rule pack after the sources';
  // a plugin that repeats an id, a sector or a measure of another is an error like any other
  // (BuildEngine in ailit/plugins.h turns those into refusals of that plugin alone).
  [[nodiscard]] static EngineResult Create(
      const std::vector<KnowledgeSource>& sources,
      const SectorRiskTable& sectors = SectorRiskTable::CoreDefaults(),
      const std::vector<std::shared_ptr<const Plugin>>& plugins = {},
      const PluginLimits& limits = {});

  [[nodiscard]] const ProfileFacts& facts() const { return facts_; }
  [[nodiscard]] const std::vector<LoadedPack>& packs() const { return packs_; }
  [[nodiscard]] const MeasureCatalogue& measures() const { return measures_; }
  [[nodiscard]] const SectorRiskTable& sectors() const { return sectors_; }
  [[nodiscard]] const LegalBasis& legal_basis() const { return legal_basis_; }
  // Sectors served by a loaded plugin, sorted (empty without plugins).
  [[nodiscard]] const std::vector<std::string>& plugin_sectors() const { return plugin_sectors_; }
  // The plugins in use, in load order.
  [[nodiscard]] const std::vector<PluginInfo>& plugins() const { return plugins_; }
  // Index into plugins() of the plugin serving `sector`, if any.
  [[nodiscard]] std::optional<std::size_t> PluginFor(std::string_view sector) const;

  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

 private:
  friend struct internal::EngineAccess;
  Engine() = default;
  ProfileFacts facts_;
  std::vector<LoadedPack> packs_;
  MeasureCatalogue measures_;
  SectorRiskTable sectors_;
  LegalBasis legal_basis_;
  std::vector<std::string> plugin_sectors_;
  std::vector<PluginInfo> plugins_;
  std::shared_ptr<const internal::PlanProgram>
      program_;  // also holds the plugins' libraries  // activations compiled for the plan
};

}  // namespace ailit

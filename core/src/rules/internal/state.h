// The state behind FactCatalogue, FactTable and RulePack, and the one door (Access) through which
// the rest of core/src/rules reaches it. Nothing outside core/src/rules includes this.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ailit/facts.h"
#include "ailit/rules.h"
#include "rules/internal/arena.h"
#include "rules/internal/json_path.h"

namespace ailit::internal {

inline std::size_t ScopeIndex(FactScope scope) {
  return static_cast<std::size_t>(scope);
}

// Open catalogues only: a (fact, path) pair the loader resolves into its own global slot.
struct PathAccess {
  std::string_view fact;  // points into CatalogueState::text
  std::vector<PathStep> steps;
  FactSlot slot;
};

struct CatalogueState {
  bool open = false;
  std::uint64_t id = 0;
  std::deque<std::string> text;  // owns every name and symbol text; a deque never moves them
  std::unordered_map<std::string_view, FactInfo> facts;
  std::array<std::size_t, 3> sizes{};
  std::vector<PathAccess> path_accesses;
  std::unordered_map<std::string, FactSlot> path_access_by_key;  // fact + '\0' + canonical path
  std::unordered_map<std::string_view, Symbol> symbols;

  std::string_view Store(std::string_view s) { return text.emplace_back(s); }
  FactSlot PathAccessSlot(std::string_view fact, const ParsedPath& path);
};

// Tables and loaders point at the catalogue's state, not at the FactCatalogue: the state stays
// where it is when the catalogue object is moved (into a ProfileFacts, an engine snapshot...).
inline Symbol FindSymbolIn(const CatalogueState& c, std::string_view text) {
  auto it = c.symbols.find(text);
  return it == c.symbols.end() ? kNoSymbol : it->second;
}

struct TableState {
  const CatalogueState* catalogue = nullptr;
  std::uint64_t catalogue_id = 0;
  std::array<std::size_t, 3> counts{};  // slots per row, by scope
  std::size_t systems = 0;
  std::size_t groups = 0;
  std::vector<FactValue> values;  // globals, then systems x system slots, then groups x group slots
  // Small first chunks (512 and 256 bytes; they double as a load needs more): a table of a few
  // lists and strings then takes about 2 KB instead of 4, which decides how many preloaded
  // tables stay in cache while a batch is evaluated (measured: about 570k -> 700k fact sets/s
  // on 10,000 tables).
  ChunkArena<FactValue> items{16};
  ChunkArena<char> chars{256};

  std::size_t RowOffset(FactScope scope, std::size_t item) const {
    switch (scope) {
      case FactScope::kGlobal:
        return 0;
      case FactScope::kSystem:
        return counts[0] + item * counts[1];
      case FactScope::kGroup:
        return counts[0] + systems * counts[1] + item * counts[2];
    }
    return 0;
  }
};

struct PackProgram;

// Friend of the public classes; the only code allowed to look behind them.
struct Access {
  static CatalogueState& State(FactCatalogue& c) { return *c.state_; }
  static const CatalogueState& State(const FactCatalogue& c) { return *c.state_; }
  static TableState& State(FactTable& t) { return *t.state_; }
  static const TableState& State(const FactTable& t) { return *t.state_; }
  static const PackProgram& Program(const RulePack& p) { return *p.program_; }
  static RulePack MakePack(std::shared_ptr<const PackProgram> program) {
    return RulePack(std::move(program));
  }
};

}  // namespace ailit::internal

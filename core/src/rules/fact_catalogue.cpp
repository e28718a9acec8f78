#include <algorithm>
#include <atomic>
#include <stdexcept>

#include "rules/internal/state.h"

namespace ailit {
namespace {

std::uint64_t NextCatalogueId() {
  static std::atomic<std::uint64_t> next{1};
  return next.fetch_add(1, std::memory_order_relaxed);
}

// Levenshtein distance, for "did you mean" hints; names are short.
std::size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

std::string_view ScopeWord(FactScope scope) {
  switch (scope) {
    case FactScope::kGlobal:
      return "global";
    case FactScope::kSystem:
      return "per-system";
    case FactScope::kGroup:
      return "per-staff-group";
  }
  return "";
}

}  // namespace

namespace internal {

FactSlot CatalogueState::PathAccessSlot(std::string_view fact, const ParsedPath& path) {
  std::string key(fact);
  key.push_back('\0');
  key += path.canonical;
  auto it = path_access_by_key.find(key);
  if (it != path_access_by_key.end()) return it->second;
  auto slot = static_cast<FactSlot>(sizes[0]++);
  path_accesses.push_back({Store(fact), path.steps, slot});
  path_access_by_key.emplace(std::move(key), slot);
  return slot;
}

}  // namespace internal

FactCatalogue::FactCatalogue(bool open) : state_(std::make_unique<internal::CatalogueState>()) {
  state_->open = open;
  state_->id = NextCatalogueId();
}
FactCatalogue FactCatalogue::Open() {
  return FactCatalogue(true);
}
FactCatalogue FactCatalogue::Closed() {
  return FactCatalogue(false);
}
FactCatalogue::FactCatalogue(FactCatalogue&&) noexcept = default;
FactCatalogue& FactCatalogue::operator=(FactCatalogue&&) noexcept = default;
FactCatalogue::~FactCatalogue() = default;

FactSlot FactCatalogue::Declare(std::string name, FactScope scope) {
  auto it = state_->facts.find(name);
  if (it != state_->facts.end()) {
    if (it->second.scope != scope) {
      throw std::invalid_argument("fact \"" + name + "\" is already declared as a " +
                                  std::string(ScopeWord(it->second.scope)) + " fact");
    }
    return it->second.slot;
  }
  auto slot = static_cast<FactSlot>(state_->sizes[internal::ScopeIndex(scope)]++);
  state_->facts.emplace(state_->Store(name), FactInfo{scope, slot});
  return slot;
}

std::optional<FactInfo> FactCatalogue::Find(std::string_view name) const {
  auto it = state_->facts.find(name);
  if (it == state_->facts.end()) return std::nullopt;
  return it->second;
}

std::vector<std::string> FactCatalogue::CloseNames(std::string_view name) const {
  std::vector<std::pair<std::size_t, std::string_view>> scored;
  // Suggestions are for typos in fact names; a name far longer than any fact is no typo, and
  // skipping it keeps a hostile pack from costing length x length work per unknown fact.
  constexpr std::size_t kLongestSuggestable = 128;
  if (name.size() > kLongestSuggestable) return {};
  std::size_t limit = std::max<std::size_t>(2, name.size() / 3);
  for (const auto& [known, info] : state_->facts) {
    std::size_t longer = std::max(name.size(), known.size());
    std::size_t shorter = std::min(name.size(), known.size());
    if (longer - shorter > limit) continue;  // the distance is at least the length difference
    std::size_t d = EditDistance(name, known);
    if (d <= limit) scored.emplace_back(d, known);
  }
  std::sort(scored.begin(), scored.end());
  std::vector<std::string> out;
  for (std::size_t i = 0; i < scored.size() && i < 3; ++i) out.emplace_back(scored[i].second);
  return out;
}

bool FactCatalogue::is_open() const {
  return state_->open;
}
std::size_t FactCatalogue::size(FactScope scope) const {
  return state_->sizes[internal::ScopeIndex(scope)];
}
std::uint64_t FactCatalogue::id() const {
  return state_->id;
}

Symbol FactCatalogue::Intern(std::string_view text) {
  auto it = state_->symbols.find(text);
  if (it != state_->symbols.end()) return it->second;
  auto symbol = static_cast<Symbol>(state_->symbols.size() + 1);
  state_->symbols.emplace(state_->Store(text), symbol);
  return symbol;
}

Symbol FactCatalogue::FindSymbol(std::string_view text) const {
  return internal::FindSymbolIn(*state_, text);
}

}  // namespace ailit

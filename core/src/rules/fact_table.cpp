#include <stdexcept>
#include <string>

#include "rules/internal/state.h"

namespace ailit {

FactTable::FactTable(const FactCatalogue& catalogue)
    : state_(std::make_unique<internal::TableState>()) {
  state_->catalogue = &internal::Access::State(catalogue);
  state_->catalogue_id = catalogue.id();
  Reset();
}
FactTable::FactTable(FactTable&&) noexcept = default;
FactTable& FactTable::operator=(FactTable&&) noexcept = default;
FactTable::~FactTable() = default;

void FactTable::Reset(std::size_t systems, std::size_t groups) {
  internal::TableState& s = *state_;
  for (FactScope scope : {FactScope::kGlobal, FactScope::kSystem, FactScope::kGroup}) {
    s.counts[internal::ScopeIndex(scope)] = s.catalogue->sizes[internal::ScopeIndex(scope)];
  }
  s.systems = systems;
  s.groups = groups;
  s.values.assign(s.counts[0] + systems * s.counts[1] + groups * s.counts[2], FactValue());
  s.items.Reset();
  s.chars.Reset();
}

namespace {

// Index of (scope, item, slot) in the table's values; throws std::out_of_range outside it.
std::size_t CheckedIndex(const internal::TableState& s, FactScope scope, std::size_t item,
                         FactSlot slot) {
  std::size_t rows = scope == FactScope::kGlobal   ? 1
                     : scope == FactScope::kSystem ? s.systems
                                                   : s.groups;
  if (item >= rows || slot >= s.counts[internal::ScopeIndex(scope)]) {
    throw std::out_of_range("fact slot " + std::to_string(slot) + " of item " +
                            std::to_string(item) + " is outside the table");
  }
  return s.RowOffset(scope, item) + slot;
}

}  // namespace

void FactTable::Set(FactScope scope, std::size_t item, FactSlot slot, FactValue value) {
  state_->values[CheckedIndex(*state_, scope, item, slot)] = value;
}

void FactTable::SetNumber(FactScope scope, std::size_t item, FactSlot slot, double value) {
  Set(scope, item, slot, FactValue::Number(value));
}

void FactTable::SetBool(FactScope scope, std::size_t item, FactSlot slot, bool value) {
  Set(scope, item, slot, FactValue::Bool(value));
}

void FactTable::SetString(FactScope scope, std::size_t item, FactSlot slot, std::string_view value,
                          Symbol symbol) {
  Set(scope, item, slot, FactValue::String(value, symbol));
}

void FactTable::SetStrings(FactScope scope, std::size_t item, FactSlot slot,
                           std::span<const std::string_view> values,
                           std::span<const Symbol> symbols) {
  if (!symbols.empty() && symbols.size() != values.size()) {
    throw std::invalid_argument("SetStrings: one symbol per value, or none");
  }
  FactValue* items = state_->items.Allocate(values.size());
  for (std::size_t i = 0; i < values.size(); ++i) {
    items[i] = FactValue::String(values[i], symbols.empty() ? kNoSymbol : symbols[i]);
  }
  Set(scope, item, slot, FactValue::Array(items, static_cast<std::uint32_t>(values.size()), items));
}

std::span<FactValue> FactTable::Row(FactScope scope, std::size_t item) {
  internal::TableState& s = *state_;
  std::size_t count = s.counts[internal::ScopeIndex(scope)];
  if (count == 0) return {};
  return {&s.values[CheckedIndex(s, scope, item, 0)], count};
}

const FactValue& FactTable::Get(FactScope scope, std::size_t item, FactSlot slot) const {
  return state_->values[CheckedIndex(*state_, scope, item, slot)];
}

std::size_t FactTable::systems() const {
  return state_->systems;
}
std::size_t FactTable::groups() const {
  return state_->groups;
}
std::uint64_t FactTable::catalogue_id() const {
  return state_->catalogue_id;
}

}  // namespace ailit

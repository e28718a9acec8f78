// The host's half of ailit_request: reads hand out the table's values as C values, setters
// check every index and value against the plugin's declarations before touching the table.
#include "plugins/plugin_calls.h"

#include <chrono>
#include <cmath>
#include <string>

#include "plugins/plugin_text.h"
#include "rules/internal/state.h"

namespace ailit::internal {
namespace {

constexpr std::size_t kMessageBytes = 1024;

struct RequestState {
  ailit_request request{};
  const PluginBinding* plugin = nullptr;
  FactTable* table = nullptr;
  bool may_set = false;
};

const RequestState& StateOf(const ailit_request* r) {
  return *static_cast<const RequestState*>(r->host);
}

std::size_t ItemsIn(const FactTable& table, FactScope scope) {
  switch (scope) {
    case FactScope::kSystem:
      return table.systems();
    case FactScope::kGroup:
      return table.groups();
    case FactScope::kGlobal:
      break;
  }
  return 1;
}

ailit_value ToC(const FactValue& v) {
  ailit_value out{};
  switch (v.kind()) {
    case FactKind::kUndefined:
      out.kind = AILIT_VALUE_UNDEFINED;
      break;
    case FactKind::kNull:
      out.kind = AILIT_VALUE_NULL;
      break;
    case FactKind::kBool:
      out.kind = AILIT_VALUE_BOOL;
      out.number = v.boolean() ? 1 : 0;
      break;
    case FactKind::kNumber:
      out.kind = AILIT_VALUE_NUMBER;
      out.number = v.number();
      break;
    case FactKind::kString:
      out.kind = AILIT_VALUE_STRING;
      out.text = v.text().data();
      out.size = v.text().size();
      break;
    case FactKind::kArray:
      out.kind = AILIT_VALUE_LIST;
      out.count = v.size();
      break;
    case FactKind::kObject:
      out.kind = AILIT_VALUE_OBJECT;
      out.text = v.text().data();
      out.size = v.text().size();
      break;
  }
  return out;
}

// The value of read `fact` for `item`, or nullptr when the indexes are out of range.
const FactValue* ReadValue(const ailit_request* r, std::uint32_t fact, std::uint32_t item) {
  if (r == nullptr || r->host == nullptr) return nullptr;
  const RequestState& s = StateOf(r);
  if (fact >= s.plugin->reads.size()) return nullptr;
  const FactInfo& info = s.plugin->reads[fact];
  if (item >= ItemsIn(*s.table, info.scope)) return nullptr;
  // Both indexes are checked above; plugins read in loops over systems and groups, so the
  // table's own checked access is skipped.
  const TableState& table = Access::State(*s.table);
  return &table.values[table.RowOffset(info.scope, item) + info.slot];
}

ailit_status Read(const ailit_request* r, std::uint32_t fact, std::uint32_t item,
                  ailit_value* out) noexcept {
  const FactValue* v = ReadValue(r, fact, item);
  if (v == nullptr || out == nullptr) return AILIT_INVALID_ARGUMENT;
  *out = ToC(*v);
  return AILIT_OK;
}

ailit_status ReadItem(const ailit_request* r, std::uint32_t fact, std::uint32_t item,
                      std::uint32_t index, ailit_value* out) noexcept {
  const FactValue* v = ReadValue(r, fact, item);
  if (v == nullptr || out == nullptr || v->kind() != FactKind::kArray || index >= v->size()) {
    return AILIT_INVALID_ARGUMENT;
  }
  *out = ToC(v->items()[index]);
  return AILIT_OK;
}

// The derived slot `fact` may be set for `item` with a value of `type`; nullptr otherwise.
const DerivedSlot* Settable(const ailit_request* r, std::uint32_t fact, std::uint32_t item,
                            DerivedType type, ailit_status& status) {
  status = AILIT_INVALID_ARGUMENT;
  if (r == nullptr || r->host == nullptr) return nullptr;
  const RequestState& s = StateOf(r);
  if (!s.may_set) {
    status = AILIT_WRONG_STATE;
    return nullptr;
  }
  if (fact >= s.plugin->derives.size()) return nullptr;
  const DerivedSlot& slot = s.plugin->derives[fact];
  if (slot.type != type || item >= ItemsIn(*s.table, slot.info.scope)) return nullptr;
  status = AILIT_OK;
  return &slot;
}

ailit_status SetBool(const ailit_request* r, std::uint32_t fact, std::uint32_t item,
                     std::int32_t value) noexcept {
  ailit_status status;
  const DerivedSlot* slot = Settable(r, fact, item, DerivedType::kBoolean, status);
  if (slot == nullptr) return status;
  StateOf(r).table->Row(slot->info.scope, item)[slot->info.slot] = FactValue::Bool(value != 0);
  return AILIT_OK;
}

ailit_status SetNumber(const ailit_request* r, std::uint32_t fact, std::uint32_t item,
                       double value) noexcept {
  ailit_status status;
  const DerivedSlot* slot = Settable(r, fact, item, DerivedType::kNumber, status);
  if (slot == nullptr) return status;
  if (!std::isfinite(value)) return AILIT_INVALID_ARGUMENT;  // JSON has no NaN or Infinity
  StateOf(r).table->Row(slot->info.scope, item)[slot->info.slot] = FactValue::Number(value);
  return AILIT_OK;
}

ailit_status SetString(const ailit_request* r, std::uint32_t fact, std::uint32_t item,
                       const char* text, std::size_t size) noexcept {
  ailit_status status;
  const DerivedSlot* slot = Settable(r, fact, item, DerivedType::kString, status);
  if (slot == nullptr) return status;
  if (text == nullptr && size > 0) return AILIT_INVALID_ARGUMENT;
  std::string_view value(text == nullptr ? "" : text, size);
  for (std::size_t i = 0; i < slot->values.size(); ++i) {
    if (slot->values[i] == value) {
      // The declared copy, which the engine owns, rather than the plugin's transient bytes.
      StateOf(r).table->Row(slot->info.scope, item)[slot->info.slot] =
          FactValue::String(slot->values[i], slot->symbols[i]);
      return AILIT_OK;
    }
  }
  return AILIT_INVALID_ARGUMENT;
}

RequestState MakeRequest(const PluginBinding& plugin, const Profile& profile, FactTable& table,
                         bool may_set) {
  RequestState s;
  s.plugin = &plugin;
  s.table = &table;
  s.may_set = may_set;
  ailit_request& r = s.request;
  r.struct_size = sizeof(ailit_request);
  r.systems = static_cast<std::uint32_t>(profile.ai_systems.size());
  r.groups = static_cast<std::uint32_t>(profile.staff_groups.size());
  r.sector = {profile.organisation.sector.data(), profile.organisation.sector.size()};
  r.read = &Read;
  r.read_item = &ReadItem;
  r.set_bool = &SetBool;
  r.set_number = &SetNumber;
  r.set_string = &SetString;
  return s;
}

void WarnFailed(const PluginBinding& plugin, const char* what_en, const char* what_nl,
                ailit_status status, const ailit_message& message, Diagnostics& diagnostics) {
  std::string detail = "status " + std::to_string(status);
  if (message.size > 0) {
    detail += ": " + CleanPluginText(
                         std::string_view(message.data, std::min(message.size, message.capacity)));
  }
  diagnostics.Warning("/organisation/sector",
                      "sector plugin " + plugin.id + " failed " + what_en + " (" + detail +
                          "); the plan is without that part",
                      "sectorplug-in " + plugin.id + " faalde bij " + what_nl + " (" + detail +
                          "); het plan is zonder dat deel opgesteld");
}

// Times one call into the plugin against its budget.
class CallTimer {
 public:
  explicit CallTimer(const PluginBinding& plugin)
      : plugin_(plugin), start_(std::chrono::steady_clock::now()) {}
  // True, with a warning, when the call took longer than the plugin's budget.
  bool Overran(const char* what_en, const char* what_nl, Diagnostics& diagnostics) const {
    auto took = std::chrono::duration_cast<std::chrono::microseconds>(
        std::chrono::steady_clock::now() - start_);
    if (took <= plugin_.budget) return false;
    diagnostics.Warning(
        "/organisation/sector",
        "sector plugin " + plugin_.id + " took " + Milliseconds(took, '.') + " ms " + what_en +
            ", over its budget of " + Milliseconds(plugin_.budget, '.') +
            " ms; the plan is without that part",
        "sectorplug-in " + plugin_.id + " deed " + Milliseconds(took, ',') + " ms over " + what_nl +
            ", meer dan zijn budget van " + Milliseconds(plugin_.budget, ',') +
            " ms; het plan is zonder dat deel opgesteld");
    return true;
  }

 private:
  // Milliseconds with one decimal when there is one, e.g. "312.4" ("312,4" in Dutch).
  static std::string Milliseconds(std::chrono::microseconds t, char point) {
    std::string text = std::to_string(t.count() / 1000);
    if (t.count() % 1000 >= 100) text += point + std::to_string(t.count() % 1000 / 100);
    return text;
  }
  const PluginBinding& plugin_;
  std::chrono::steady_clock::time_point start_;
};

void Undo(const PluginBinding& plugin, FactTable& table) {
  for (const DerivedSlot& slot : plugin.derives) {
    for (std::size_t item = 0; item < ItemsIn(table, slot.info.scope); ++item) {
      table.Row(slot.info.scope, item)[slot.info.slot] = FactValue();
    }
  }
}

}  // namespace

std::optional<std::uint64_t> PluginSectorRisk(const PluginBinding& plugin, const Profile& profile,
                                              const FactTable& table, Diagnostics& diagnostics) {
  if (plugin.descriptor->sector_risk == nullptr) return 0;
  // The request never writes through `table` here: may_set is false.
  RequestState state = MakeRequest(plugin, profile, const_cast<FactTable&>(table), false);
  state.request.host = &state;
  char buffer[kMessageBytes];
  ailit_message message{buffer, sizeof buffer, 0};
  ailit_sector_risk out{sizeof(ailit_sector_risk), 0, 0};
  CallTimer timer(plugin);
  ailit_status status = plugin.descriptor->sector_risk(&state.request, &out, &message);
  if (status != AILIT_OK) {
    WarnFailed(plugin, "to rate the sector risk", "het bepalen van het sectorrisico", status,
               message, diagnostics);
    return std::nullopt;
  }
  if (timer.Overran("to rate the sector risk", "het bepalen van het sectorrisico", diagnostics)) {
    return std::nullopt;
  }
  return out.adjustments;
}

bool DerivePluginFacts(const PluginBinding& plugin, const Profile& profile, FactTable& table,
                       Diagnostics& diagnostics) {
  if (plugin.descriptor->derive_facts == nullptr) return true;
  RequestState state = MakeRequest(plugin, profile, table, true);
  state.request.host = &state;
  char buffer[kMessageBytes];
  ailit_message message{buffer, sizeof buffer, 0};
  CallTimer timer(plugin);
  ailit_status status = plugin.descriptor->derive_facts(&state.request, &message);
  if (status != AILIT_OK) {
    WarnFailed(plugin, "to derive its facts", "het afleiden van zijn feiten", status, message,
               diagnostics);
  } else if (!timer.Overran("to derive its facts", "het afleiden van zijn feiten", diagnostics)) {
    return true;
  }
  Undo(plugin, table);
  return false;
}

}  // namespace ailit::internal

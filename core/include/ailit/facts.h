// ailit/facts.h — fact values, the catalogue of fact names, the per-evaluation fact table and the
// NDJSON fact loader.
//
// Rules read facts. A FactCatalogue gives every fact name a slot once, when packs are compiled;
// a FactTable holds one evaluation's values in those slots, so evaluating a rule never looks a
// name up. Profiles fill a table through the setters (core/src/facts/ derives the facts); rule
// authors testing a pack fill one from a JSON object per line with JsonFactLoader.
//
//   ailit::FactCatalogue catalogue = ailit::FactCatalogue::Closed();
//   ailit::FactSlot employees = catalogue.Declare("employees", ailit::FactScope::kGlobal);
//   ailit::FactSlot kind = catalogue.Declare("system.kind", ailit::FactScope::kSystem);
//   // ... compile the rule packs against `catalogue` (ailit/rules.h), then per evaluation:
//   ailit::FactTable table(catalogue);
//   table.Reset(/*systems=*/2, /*groups=*/0);
//   table.SetNumber(ailit::FactScope::kGlobal, 0, employees, 1200);
//   table.SetString(ailit::FactScope::kSystem, 1, kind, "generative");
//
// A slot nobody set holds `undefined`, which is exactly what json-rules-engine sees for a fact it
// does not know (with allowUndefinedFacts): see docs/rules.md for what each operator makes of it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "ailit/diagnostic.h"

namespace ailit {

namespace internal {
struct CatalogueState;
struct TableState;
struct LoaderState;
struct Access;
}  // namespace internal

// Where a fact lives: once per evaluation, once per AI system, or once per staff group.
enum class FactScope : std::uint8_t { kGlobal, kSystem, kGroup };

// Index of a fact within its scope, as handed out by FactCatalogue::Declare.
using FactSlot = std::uint32_t;

// Interned text. Strings that carry a symbol from the same catalogue compare as integers; a
// string without one (kNoSymbol) is compared byte by byte, which gives the same answer.
using Symbol = std::uint32_t;
inline constexpr Symbol kNoSymbol = 0;

enum class FactKind : std::uint8_t { kUndefined, kNull, kBool, kNumber, kString, kArray, kObject };

// One JSON-like value, 32 bytes, trivially copyable. It never owns what it points to: string
// bytes and array items belong to whoever made the value (a FactTable, a compiled pack, or the
// caller of FactTable::SetString). Arrays and objects carry an identity: like JavaScript's ===,
// two arrays are equal only when they are the same array, never by content. Objects are opaque
// to rules (only `path` looks inside them, when JsonFactLoader resolves it) and keep their JSON
// text for explanations.
class FactValue {
 public:
  constexpr FactValue() = default;  // undefined

  [[nodiscard]] static constexpr FactValue Null() { return FactValue(FactKind::kNull); }
  [[nodiscard]] static constexpr FactValue Bool(bool value) {
    FactValue v(FactKind::kBool);
    v.number_ = value ? 1 : 0;
    return v;
  }
  [[nodiscard]] static constexpr FactValue Number(double value) {
    FactValue v(FactKind::kNumber);
    v.number_ = value;
    return v;
  }
  // `text` must be valid UTF-8 and outlive every use of the value.
  [[nodiscard]] static FactValue String(std::string_view text, Symbol symbol = kNoSymbol) {
    FactValue v(FactKind::kString);
    v.pointer_ = text.data();
    v.size_ = static_cast<std::uint32_t>(text.size());
    v.aux_ = symbol;
    return v;
  }
  // `identity` must be unique to this array among the values compared with it.
  [[nodiscard]] static FactValue Array(const FactValue* items, std::uint32_t count,
                                       const void* identity) {
    FactValue v(FactKind::kArray);
    v.pointer_ = items;
    v.size_ = count;
    v.aux_ = reinterpret_cast<std::uintptr_t>(identity);
    return v;
  }
  [[nodiscard]] static FactValue Object(std::string_view json_text, const void* identity) {
    FactValue v(FactKind::kObject);
    v.pointer_ = json_text.data();
    v.size_ = static_cast<std::uint32_t>(json_text.size());
    v.aux_ = reinterpret_cast<std::uintptr_t>(identity);
    return v;
  }

  [[nodiscard]] constexpr FactKind kind() const { return kind_; }
  [[nodiscard]] constexpr bool is_undefined() const { return kind_ == FactKind::kUndefined; }
  [[nodiscard]] constexpr bool boolean() const { return number_ != 0; }
  [[nodiscard]] constexpr double number() const { return number_; }
  // String bytes (kString) or JSON text (kObject).
  [[nodiscard]] std::string_view text() const {
    return {static_cast<const char*>(pointer_), size_};
  }
  [[nodiscard]] Symbol symbol() const { return static_cast<Symbol>(aux_); }
  [[nodiscard]] std::span<const FactValue> items() const {
    return {static_cast<const FactValue*>(pointer_), size_};
  }
  [[nodiscard]] const void* identity() const { return reinterpret_cast<const void*>(aux_); }
  [[nodiscard]] std::uint32_t size() const { return size_; }

 private:
  constexpr explicit FactValue(FactKind kind) : kind_(kind) {}

  double number_ = 0;              // kBool (0 or 1) and kNumber
  const void* pointer_ = nullptr;  // string bytes, array items or object JSON text
  std::uintptr_t aux_ = 0;         // string symbol, or array/object identity
  std::uint32_t size_ = 0;         // bytes or items
  FactKind kind_ = FactKind::kUndefined;
};
static_assert(std::is_trivially_copyable_v<FactValue>);

// Appends `value` as JSON text: undefined and non-finite numbers as null (as JSON.stringify
// writes them inside arrays), objects as their JSON text.
void AppendFactJson(const FactValue& value, std::string& out);

struct FactInfo {
  FactScope scope;
  FactSlot slot;
};

// The fact names rules may use, each with its scope and slot, plus the symbol table that string
// constants and fact values share.
//
// Open catalogue (`ailit rules eval`): every fact a pack names becomes a global fact when the
// pack is compiled; `for_each` is refused. Closed catalogue (profiles): facts are declared up
// front with their scope, and a pack naming anything else fails to compile.
//
// Ownership: move-only value. Compiling a pack may add to it (facts in an open catalogue,
// symbols in both), so compile every pack before sharing it. FactTables, packs and loaders made
// from a catalogue remember its id(); tables and loaders also keep a pointer to it, so it must
// outlive them.
// Thread safety: const methods may run concurrently; Declare, Intern and compiling a pack must
// not run concurrently with anything else on the same catalogue.
class FactCatalogue {
 public:
  [[nodiscard]] static FactCatalogue Open();
  [[nodiscard]] static FactCatalogue Closed();

  FactCatalogue(FactCatalogue&&) noexcept;
  FactCatalogue& operator=(FactCatalogue&&) noexcept;
  FactCatalogue(const FactCatalogue&) = delete;
  FactCatalogue& operator=(const FactCatalogue&) = delete;
  ~FactCatalogue();

  // Declares `name` in `scope` and returns its slot (0, 1, ... within the scope). Declaring a
  // name again returns the slot it already has; declaring it in another scope throws
  // std::invalid_argument (a programming error, not an input error).
  [[nodiscard]] FactSlot Declare(std::string name, FactScope scope);
  [[nodiscard]] std::optional<FactInfo> Find(std::string_view name) const;
  // Up to three declared names that are spelled like `name`, closest first, for messages.
  [[nodiscard]] std::vector<std::string> CloseNames(std::string_view name) const;

  [[nodiscard]] bool is_open() const;
  // Number of slots a table needs in `scope` (for an open catalogue this includes the slots
  // that hold `path` results).
  [[nodiscard]] std::size_t size(FactScope scope) const;
  // Process-unique id, kept across moves.
  [[nodiscard]] std::uint64_t id() const;

  // Symbol of `text`, adding it if new (never kNoSymbol).
  [[nodiscard]] Symbol Intern(std::string_view text);
  // Symbol of `text`, or kNoSymbol when it was never interned.
  [[nodiscard]] Symbol FindSymbol(std::string_view text) const;

 private:
  explicit FactCatalogue(bool open);
  friend struct internal::Access;
  std::unique_ptr<internal::CatalogueState> state_;
};

// The values of one evaluation: the global slots, one row of system slots per AI system and one
// row of group slots per staff group, plus storage for array items (and, when filled by
// JsonFactLoader, copies of strings).
//
// Ownership: move-only; keeps a pointer to its catalogue, which must outlive it. String setters
// do not copy the bytes: they must outlive the table's use. SetStrings copies the array items
// (not the bytes) into the table.
// Reuse: Reset() clears every slot to undefined and keeps the memory, so a table reused for
// evaluations of the same or smaller size does not allocate.
// Thread safety: not safe to modify concurrently; any number of threads may evaluate packs
// against one table that nobody modifies.
class FactTable {
 public:
  explicit FactTable(const FactCatalogue& catalogue);
  FactTable(FactTable&&) noexcept;
  FactTable& operator=(FactTable&&) noexcept;
  FactTable(const FactTable&) = delete;
  FactTable& operator=(const FactTable&) = delete;
  ~FactTable();

  // Sizes the table for `systems` AI systems and `groups` staff groups (re-reading the
  // catalogue's slot counts) and sets every slot to undefined.
  void Reset(std::size_t systems = 0, std::size_t groups = 0);

  // `item` is the system or group index (0 for kGlobal). Out-of-range arguments throw
  // std::out_of_range.
  void Set(FactScope scope, std::size_t item, FactSlot slot, FactValue value);
  void SetNumber(FactScope scope, std::size_t item, FactSlot slot, double value);
  void SetBool(FactScope scope, std::size_t item, FactSlot slot, bool value);
  void SetString(FactScope scope, std::size_t item, FactSlot slot, std::string_view value,
                 Symbol symbol = kNoSymbol);
  // `symbols`, when given, holds each value's symbol (same length as `values`): list facts
  // with symbols stay on the fast bit-test path of evaluation.
  void SetStrings(FactScope scope, std::size_t item, FactSlot slot,
                  std::span<const std::string_view> values, std::span<const Symbol> symbols = {});

  [[nodiscard]] const FactValue& Get(FactScope scope, std::size_t item, FactSlot slot) const;
  // The slots of one row, for a producer that sets many facts of the same item: bounds are
  // checked once here instead of on every Set. Valid until the next Reset.
  [[nodiscard]] std::span<FactValue> Row(FactScope scope, std::size_t item);
  [[nodiscard]] std::size_t systems() const;
  [[nodiscard]] std::size_t groups() const;
  [[nodiscard]] std::uint64_t catalogue_id() const;

 private:
  friend struct internal::Access;
  std::unique_ptr<internal::TableState> state_;
};

// Fills a FactTable from one JSON object, such as one line of an NDJSON file: each member is a
// fact, named by its key. Members no compiled pack uses are ignored. `path` conditions are
// resolved here, so evaluation never looks inside an object.
//
// Only for open catalogues (the constructor throws std::invalid_argument otherwise): every pack
// compiled against the catalogue, before or after the loader was made, can evaluate the tables
// it fills. Ownership: keeps a pointer to the catalogue's state, which must outlive it (moving
// the FactCatalogue object is fine). The table owns copies of
// every string it receives, so it stays valid after the next Load.
// Thread safety: one loader per thread; Load reuses the loader's parse buffers.
class JsonFactLoader {
 public:
  explicit JsonFactLoader(const FactCatalogue& catalogue);
  JsonFactLoader(JsonFactLoader&&) noexcept;
  JsonFactLoader& operator=(JsonFactLoader&&) noexcept;
  JsonFactLoader(const JsonFactLoader&) = delete;
  JsonFactLoader& operator=(const JsonFactLoader&) = delete;
  ~JsonFactLoader();

  // Resets `table` (global facts only) and fills it from `json`. On input that is not one JSON
  // object (malformed, nested deeper than 32 levels, invalid UTF-8, NaN/Infinity, duplicate
  // keys...) returns the error and leaves every slot undefined.
  [[nodiscard]] Diagnostics Load(std::string_view json, FactTable& table);

 private:
  std::unique_ptr<internal::LoaderState> state_;
};

}  // namespace ailit

// ailit/rules.h — rule packs: compile once, evaluate many times.
//
// A rule pack is JSON in one of two shapes (docs/rules.md is the guide for authors):
//   - an ailit pack: {"id", "version", "rules": [{"id", "priority", "for_each", "conditions",
//     "activates": [{"measure", "priority", "year", "step", "targets"}]}]}
//   - a plain json-rules-engine rules array: [{"conditions", "event", "name", "priority"}]
// Conditions use json-rules-engine's format and semantics (all / any / not, the ten default
// operators, `path`, fact-to-fact comparison, undefined facts allowed).
//
//   ailit::FactCatalogue catalogue = ailit::FactCatalogue::Open();
//   ailit::RulePackResult compiled = ailit::CompileRulePack(json_text, "core.json", catalogue);
//   if (!compiled.ok()) return report(compiled.diagnostics.errors);
//   ailit::JsonFactLoader loader(catalogue);
//   ailit::FactTable table(catalogue);
//   if (loader.Load(R"({"employees": 1200})", table).ok()) {
//     std::vector<ailit::Firing> fired;
//     compiled.pack->Evaluate(table, fired);  // fired[i].rule indexes compiled.pack->rules()
//   }
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ailit/diagnostic.h"
#include "ailit/enums.h"
#include "ailit/facts.h"

namespace ailit {

namespace internal {
struct PackProgram;
}

enum class PackFormat : std::uint8_t { kAilit, kJsonRulesEngine };
enum class ForEach : std::uint8_t { kNone, kSystem, kStaffGroup };

// One measure a rule turns on; unset fields are left to the measure catalogue.
struct Activation {
  std::string measure;
  std::optional<int> priority;  // 0-100
  std::optional<int> year;      // 1-3
  std::optional<PlanStep> step;
  std::optional<std::vector<std::string>> targets;
};

struct RuleInfo {
  std::string id;    // ailit "id"; plain form: "id", else "name", else event.type
  int priority = 1;  // >= 1; orders nothing in evaluation, kept for the plan
  ForEach for_each = ForEach::kNone;
  std::vector<Activation> activates;  // empty for the plain form
  std::string description;            // English, or the only language given
  std::string description_nl;         // Dutch when the pack gives {"en", "nl"}; else empty
  const std::string& Description(bool dutch) const {
    return dutch && !description_nl.empty() ? description_nl : description;
  }
  std::string event_json;          // plain form: the "event" object as JSON text, else empty
  std::vector<std::string> facts;  // distinct facts its conditions read, in pack order
  std::string pointer;             // JSON Pointer of the rule in its file, e.g. "/rules/3"
};

// A rule that fired: `rule` indexes RulePack::rules(); `item` is the system or staff group index
// for a for_each rule and -1 for a rule without for_each.
struct Firing {
  std::uint32_t rule;
  std::int32_t item;
  bool operator==(const Firing&) const = default;
};

// One leaf condition as evaluated for an explanation. Values are JSON text; std::nullopt stands
// for undefined (a fact that is missing or a path that does not resolve).
struct ConditionTrace {
  std::string pointer;  // JSON Pointer of the condition in the pack file
  std::string fact;
  std::string path;  // as written, empty when none
  std::string op;
  std::string value_fact;               // set when the value is another fact ({"fact": ...})
  std::optional<std::string> actual;    // the fact's value
  std::optional<std::string> expected;  // the value, or the other fact's value
  bool result = false;
};

struct RuleTrace {
  std::uint32_t rule;
  std::int32_t item;  // as in Firing
  bool fired;
  std::vector<ConditionTrace> conditions;  // every leaf, in pack order, none skipped
};

// A compiled rule pack. Facts are resolved to slots and constants pre-typed, and the leaves are
// grouped by shape so Evaluate decides them in tight loops and combines them per rule without
// branching on outcomes; evaluating allocates nothing and looks no name up.
//
// Ownership: an immutable value; copies share the compiled program (cheap). Evaluate only
// against tables made from the catalogue the pack was compiled with.
// Thread safety: every method is const and safe to call from any number of threads at once.
class RulePack {
 public:
  [[nodiscard]] const std::string& id() const;       // ailit pack "id"; empty for plain form
  [[nodiscard]] const std::string& version() const;  // ailit pack "version"; empty for plain form
  [[nodiscard]] const std::string& file_name() const;
  [[nodiscard]] PackFormat format() const;
  [[nodiscard]] std::span<const RuleInfo> rules() const;
  // Top-level members of an ailit pack other than id, version and rules (e.g. "legal_basis"),
  // as (name, JSON text), in file order.
  [[nodiscard]] std::span<const std::pair<std::string, std::string>> extra_fields() const;
  [[nodiscard]] std::uint64_t catalogue_id() const;

  // Clears `out`, then appends every firing: rules in pack order; a for_each rule once per
  // matching item, items ascending. Reusing `out` avoids allocation. Throws
  // std::invalid_argument if `facts` was made from another catalogue or is smaller than the
  // catalogue was when this pack was compiled (both programming errors).
  void Evaluate(const FactTable& facts, std::vector<Firing>& out) const;

  // Evaluates like Evaluate but records every leaf condition (slower; for "explain"). One
  // RuleTrace per global rule and per (for_each rule, item); `fired` always agrees with
  // Evaluate.
  [[nodiscard]] std::vector<RuleTrace> Trace(const FactTable& facts) const;

 private:
  friend struct internal::Access;
  explicit RulePack(std::shared_ptr<const internal::PackProgram> program);
  std::shared_ptr<const internal::PackProgram> program_;
};

struct RulePackResult {
  std::optional<RulePack> pack;  // set exactly when there are no errors
  Diagnostics diagnostics;       // every problem found, each message naming file, rule, pointer
  [[nodiscard]] bool ok() const { return pack.has_value(); }
};

// Parses, validates and compiles one rule pack. `file_name` only labels messages. Every problem
// is reported, not just the first; each message reads
//   core.json: rule "genai-guidelines": /rules/3/conditions/all/1/operator: unknown operator ...
// and its Diagnostic::pointer holds the same JSON Pointer. Facts are resolved against
// `catalogue` (an open one gains the pack's facts; both gain its string constants, even when
// compiling fails, which is harmless).
[[nodiscard]] RulePackResult CompileRulePack(std::string_view json, std::string_view file_name,
                                             FactCatalogue& catalogue);

}  // namespace ailit

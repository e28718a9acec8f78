// A compiled rule pack. Each rule's conditions become leaves in one flat array; a leaf names its
// operands by slot, holds its constant already converted, and says where to jump on true and on
// false, so all / any / not and their short-circuits cost nothing beyond the jumps:
//
//   {"any": [A, {"all": [B, C]}]}   ->   A: true->TRUE  false->B
//                                        B: true->C     false->FALSE
//                                        C: true->TRUE  false->FALSE
//
// The condition tree is kept beside it for traced evaluation, and the batch form (batch.h) that
// Evaluate runs is built from both; the jump code stays for rules too big for a batch chunk and
// as the reference the batch form is tested against.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "ailit/facts.h"
#include "ailit/rules.h"
#include "rules/internal/arena.h"
#include "rules/internal/batch.h"
#include "rules/internal/json_path.h"

namespace ailit::internal {

enum class Op : std::uint8_t {
  kEqual,
  kNotEqual,
  kLessThan,
  kLessThanInclusive,
  kGreaterThan,
  kGreaterThanInclusive,
  kIn,
  kNotIn,
  kContains,
  kDoesNotContain,
};

// A leaf whose fact is read without a path and compared with a constant of a known type gets a
// specialised evaluation; every other leaf takes the general path (kGeneric).
enum class FastKind : std::uint8_t {
  kGeneric,
  kEqualNumber,
  kNotEqualNumber,
  kLessNumber,
  kLessEqualNumber,
  kGreaterNumber,
  kGreaterEqualNumber,
  kEqualString,
  kNotEqualString,
  kEqualBool,
  kNotEqualBool,
  kInStrings,
  kNotInStrings,
  kContainsString,
  kDoesNotContainString,
};

inline constexpr std::uint16_t kNoPath = 0xFFFF;
inline constexpr std::int32_t kJumpFalse = -1;
inline constexpr std::int32_t kJumpTrue = -2;

struct Operand {
  FactSlot slot = 0;
  FactScope scope = FactScope::kGlobal;
  std::uint16_t path = kNoPath;  // index into PackProgram::paths, walked at evaluation
};

struct Leaf {
  FactValue constant;  // the value, when it is not a fact
  Operand lhs;
  Operand rhs;  // the value, when it is a fact
  std::int32_t on_true = kJumpTrue;
  std::int32_t on_false = kJumpFalse;
  Op op = Op::kEqual;
  FastKind fast = FastKind::kGeneric;
  bool rhs_is_fact = false;
};

// The specialisation that fits `leaf` (set once its operands and constant are known).
FastKind ChooseFastKind(const Leaf& leaf);

// What an explanation says about a leaf, in the author's words.
struct LeafText {
  std::string pointer;
  std::string fact;
  std::string path;
  std::string op;
  std::string value_fact;
};

struct TraceNode {
  enum class Kind : std::uint8_t { kAll, kAny, kNot, kLeaf } kind = Kind::kLeaf;
  std::uint32_t first = 0;  // kLeaf: leaf index; else first child in PackProgram::trace_children
  std::uint32_t count = 0;  // children
};

struct CompiledRule {
  std::int32_t entry = kJumpTrue;  // first leaf, or a verdict for conditions without leaves
  std::uint32_t trace_root = 0;
  ForEach for_each = ForEach::kNone;
};

struct PackProgram {
  std::string id;
  std::string version;
  std::string file_name;
  PackFormat format = PackFormat::kAilit;
  std::vector<RuleInfo> infos;
  std::vector<std::pair<std::string, std::string>> extra_fields;

  std::uint64_t catalogue_id = 0;
  std::array<std::size_t, 3> min_counts{};  // slots a table needs, by scope
  std::vector<CompiledRule> rules;
  std::vector<Leaf> leaves;
  std::vector<LeafText> leaf_text;
  std::vector<std::vector<PathStep>> paths;
  std::vector<TraceNode> trace_nodes;
  std::vector<std::uint32_t> trace_children;
  BatchProgram batch;

  // Storage of the constants' strings and array items.
  ChunkArena<FactValue> constant_items{256};
  ChunkArena<char> constant_chars{4096};
};

// Evaluates one leaf; `bases[scope]` is the row of slots of the current item in that scope.
bool EvaluateLeaf(const PackProgram& program, const Leaf& leaf, const FactValue* const* bases);
// The operand's value (with its path applied).
FactValue ReadOperand(const PackProgram& program, const Operand& operand,
                      const FactValue* const* bases);
bool ApplyOp(Op op, const FactValue& lhs, const FactValue& rhs);
// Whether the rule whose first leaf is `entry` holds, walking the jumps.
bool HoldsByJumps(const PackProgram& program, std::int32_t entry, const FactValue* const* bases);
// Evaluate done entirely by walking the jumps (after CheckTable), as it was before the batch
// form: the reference the tests compare the batch form with.
void EvaluateByJumps(const PackProgram& program, const TableState& table, std::vector<Firing>& out);
// Throws std::invalid_argument when `table` cannot be evaluated by `program`.
void CheckTable(const PackProgram& program, const FactTable& table);

}  // namespace ailit::internal

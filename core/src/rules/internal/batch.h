// The form of a compiled pack that RulePack::Evaluate runs: leaves grouped by shape and decided
// in tight loops without data-dependent branches, each OR-ing its outcome into the byte of the
// all / any node above it.
//
// Why not walk the jump code (program.h)? On real data every leaf outcome is close to a coin
// flip, and the walk branched twice per leaf (dispatch on the leaf's shape, then on its outcome),
// so it mispredicted about two branches per leaf and spent most of its time recovering. Deciding
// every leaf, even those a short-circuit would skip, costs about a dozen instructions each and
// gives the same answer: leaves have no side effects.
//
// How a node is decided: node byte = OR over its children of (child ^ flip), then the node's
// value is (byte ^ invert). For "any", flip = 0 and invert = 0. For "all", flip = 1 and
// invert = 1 ("no child is false"). A "not" between a child and its node toggles that child's
// flip; a "not" above a node toggles its invert. An empty "all" or "any" has no children and
// holds (invert = 1), as in json-rules-engine. Leaves OR into their node's byte from inside the
// leaf loops; nested nodes are folded into their parents afterwards, deepest first.
//
// String comparisons become bit tests. Within a chunk, each fact compared with string constants
// numbers those constants (at most 64). Before the leaf loops the fact is turned into a word:
// for a string fact, the bit of its symbol among those constants; for a list fact, one word with
// the bits of the constants it has and one with those it lacks (zero when it is not an array).
// Then equal, in (a mask of several bits), contains and doesNotContain are all
// `(word & mask) != 0`, and notEqual / notIn are flipped equal / in.
//
// Rules are cut into chunks of consecutive rules with the same `for_each`, each with at most
// kChunkRules rules, kChunkNodes nodes and kChunkWords words, so Evaluate keeps its node bytes,
// words and firings in fixed buffers on the stack and allocates nothing. A rule too big for a
// chunk on its own is left to the jump code.
//
// Values the fast loops cannot decide exactly (a relation on a string, array or object fact; a
// string without a symbol) are found before the loops, by looking once at each fact the chunk
// reads. When there are any, the chunk runs in careful mode, where each leaf checks its own fact
// and hands such values to EvaluateLeaf, the jump code's evaluation of one leaf.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "ailit/facts.h"
#include "ailit/rules.h"

namespace ailit::internal {

struct PackProgram;
struct TableState;

inline constexpr std::size_t kChunkNodes = 2048;
inline constexpr std::size_t kChunkRules = 512;
inline constexpr std::size_t kChunkWords = 128;
inline constexpr std::size_t kFactConstants = 64;  // bits of a word

// Where a leaf's fact is: the scope in the top two bits, the byte offset of the FactValue in
// that scope's row below.
using FactRef = std::uint32_t;
inline constexpr unsigned kRefScopeShift = 30;
inline constexpr FactRef kRefOffsetMask = (FactRef{1} << kRefScopeShift) - 1;

// Fact `kind` is kNumber or kBool and its number lies in [lo, hi]: ==, <, <=, >, >= on a number
// constant (x < c is x <= the double below c) and == on a boolean (0 or 1); != is a flipped ==.
// lo != hi exactly for the relations, which JavaScript decides differently for a string, array
// or object fact (careful mode).
struct NumberLeaf {
  double lo;
  double hi;
  FactRef ref;
  std::uint16_t node;
  FactKind kind;
  std::uint8_t flip;  // 0 or 1: XOR the outcome before OR-ing it into the node
};

// (word & mask) != 0.
struct SymbolLeaf {
  std::uint64_t mask;
  std::uint16_t word;
  std::uint16_t node;
  std::uint8_t flip;
  // notEqual / notIn: the bit test decides equal / in and `flip` carries the negation, so a
  // result from EvaluateLeaf (careful mode) is negated back first.
  std::uint8_t positive_form;
};

// A fact compared with string constants: `count` constants from Chunk::constants[first], its
// word (a string fact) or words `word` (has) and `word + 1` (lacks) for a list fact.
struct SymbolFact {
  FactRef ref;
  std::uint32_t first;
  std::uint16_t count;
  std::uint16_t word;
  bool is_list;
};

// Any other leaf, decided by EvaluateLeaf.
struct GenericLeaf {
  std::uint32_t leaf;
  std::uint16_t node;
  std::uint8_t flip;
};

// A node below a rule's root: once its children are in, parent byte |= node byte ^ fold, where
// fold = its invert ^ the flip of the edge to its parent.
struct NestedNode {
  std::uint16_t node;
  std::uint16_t parent;
  std::uint8_t fold;
};

struct ChunkRule {
  std::uint32_t rule;  // index into PackProgram::rules
  std::uint16_t node;  // its root
  std::uint8_t invert;
};

struct Chunk {
  ForEach for_each = ForEach::kNone;
  bool by_jumps = false;  // one rule too big for a chunk: walk its jump code instead
  std::uint16_t nodes = 0;
  std::uint16_t words = 0;
  std::vector<NumberLeaf> numbers;
  std::vector<SymbolLeaf> symbols;
  std::vector<GenericLeaf> generic;
  // The leaf index of each number and symbol leaf, for careful mode.
  std::vector<std::uint32_t> number_leaf;
  std::vector<std::uint32_t> symbol_leaf;
  // Each fact read by a relation, once.
  std::vector<FactRef> relation_facts;
  std::vector<SymbolFact> symbol_facts;
  std::vector<Symbol> constants;
  std::vector<NestedNode> nested;  // deepest first
  std::vector<ChunkRule> rules;
};

struct BatchProgram {
  std::vector<Chunk> chunks;
};

// Builds the batch form of `program` (its rules, leaves and trace tree must be complete).
[[nodiscard]] BatchProgram CompileBatch(const PackProgram& program);

// RulePack::Evaluate after the table check: clears `out` and appends the firings.
void EvaluateBatch(const PackProgram& program, const TableState& table, std::vector<Firing>& out);

}  // namespace ailit::internal

// Builds the batch form (batch.h) of a compiled pack from its leaves and condition trees: sorts
// the leaves into their groups, numbers the all / any nodes, folds every "not" into a flip or an
// invert, numbers the string constants of each fact, and cuts the rules into chunks.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <numeric>
#include <optional>
#include <set>
#include <utility>
#include <vector>

#include "rules/internal/batch.h"
#include "rules/internal/program.h"
#include "rules/internal/state.h"

namespace ailit::internal {
namespace {

std::optional<FactRef> RefOf(const Operand& operand) {
  std::uint64_t offset = std::uint64_t{operand.slot} * sizeof(FactValue);
  if (offset > kRefOffsetMask) return std::nullopt;  // a catalogue of 33 million facts
  return static_cast<FactRef>(ScopeIndex(operand.scope) << kRefScopeShift) |
         static_cast<FactRef>(offset);
}

std::optional<NumberLeaf> AsNumber(const Leaf& leaf, FactRef ref) {
  constexpr double kInf = std::numeric_limits<double>::infinity();
  const double c = leaf.constant.number();
  // JSON has no infinities, but a bound at infinity would make x < c and x <= c alike.
  if (!std::isfinite(c)) return std::nullopt;
  NumberLeaf n{c, c, ref, 0, FactKind::kNumber, 0};
  switch (leaf.fast) {
    case FastKind::kEqualNumber:
      break;
    case FastKind::kNotEqualNumber:
      n.flip = 1;
      break;
    case FastKind::kLessNumber:
      n.lo = -kInf;
      n.hi = std::nextafter(c, -kInf);
      break;
    case FastKind::kLessEqualNumber:
      n.lo = -kInf;
      break;
    case FastKind::kGreaterNumber:
      n.lo = std::nextafter(c, kInf);
      n.hi = kInf;
      break;
    case FastKind::kGreaterEqualNumber:
      n.hi = kInf;
      break;
    case FastKind::kEqualBool:
      n.kind = FactKind::kBool;
      break;
    case FastKind::kNotEqualBool:
      n.kind = FactKind::kBool;
      n.flip = 1;
      break;
    default:
      return std::nullopt;
  }
  // Evaluation tells a relation from an equality by lo != hi. At the edge of the double range
  // (x < -DBL_MAX, x > DBL_MAX) the bound meets infinity and the two would be taken for an
  // equality, skipping JavaScript's rules for string and array facts: leave those to the
  // generic path.
  const bool relation = leaf.fast != FastKind::kEqualNumber &&
                        leaf.fast != FastKind::kNotEqualNumber && n.kind == FactKind::kNumber;
  if (relation && n.lo == n.hi) return std::nullopt;
  return n;
}

// A leaf that compares a fact with string constants, as a bit test.
struct SymbolShape {
  bool is_list;  // contains / doesNotContain: the fact is read as a list
  bool lacks;    // doesNotContain: test the word of constants the list lacks
  bool negated;  // notEqual / notIn: a flipped equal / in
  std::vector<Symbol> symbols;
};

std::optional<SymbolShape> AsSymbols(const Leaf& leaf) {
  const FactValue& c = leaf.constant;
  switch (leaf.fast) {
    case FastKind::kEqualString:
    case FastKind::kNotEqualString:
      return SymbolShape{false, false, leaf.fast == FastKind::kNotEqualString, {c.symbol()}};
    case FastKind::kInStrings:
    case FastKind::kNotInStrings: {
      SymbolShape shape{false, false, leaf.fast == FastKind::kNotInStrings, {}};
      for (const FactValue& item : c.items()) shape.symbols.push_back(item.symbol());
      return shape;
    }
    case FastKind::kContainsString:
    case FastKind::kDoesNotContainString:
      return SymbolShape{true, leaf.fast == FastKind::kDoesNotContainString, false, {c.symbol()}};
    default:
      return std::nullopt;
  }
}

// Sorts the leaves of a group (and their leaf indexes alongside) by `key`, so the loops read
// facts and words in order; the order of the OR-ed outcomes does not matter.
template <typename LeafT, typename Key>
void SortGroup(std::vector<LeafT>& leaves, std::vector<std::uint32_t>& indexes, Key key) {
  std::vector<std::size_t> order(leaves.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return key(leaves[a]) < key(leaves[b]); });
  std::vector<LeafT> sorted_leaves;
  std::vector<std::uint32_t> sorted_indexes;
  for (std::size_t i : order) {
    sorted_leaves.push_back(leaves[i]);
    sorted_indexes.push_back(indexes[i]);
  }
  leaves = std::move(sorted_leaves);
  indexes = std::move(sorted_indexes);
}

class ChunkBuilder {
 public:
  explicit ChunkBuilder(const PackProgram& program) : program_(program) {}

  // Nodes the rule needs: one per all / any, or one for a root that is a leaf.
  std::size_t NodesOf(std::uint32_t root) const {
    const TraceNode* node = &program_.trace_nodes[root];
    while (node->kind == TraceNode::Kind::kNot) {
      node = &program_.trace_nodes[program_.trace_children[node->first]];
    }
    return node->kind == TraceNode::Kind::kLeaf ? 1 : CountNodes(*node);
  }

  // Words the rule needs that the chunk does not have yet.
  std::size_t NewWordsOf(std::uint32_t root) const {
    std::set<std::pair<FactRef, bool>> facts;
    CollectSymbolFacts(root, facts);
    std::size_t words = 0;
    for (const auto& key : facts) {
      if (facts_.count(key) == 0) words += key.second ? 2 : 1;
    }
    return words;
  }

  bool Empty() const { return chunk_.rules.empty(); }
  ForEach for_each() const { return chunk_.for_each; }
  std::size_t nodes() const { return chunk_.nodes; }
  std::size_t words() const { return chunk_.words; }
  std::size_t rules() const { return chunk_.rules.size(); }

  void Add(std::uint32_t rule) {
    chunk_.for_each = program_.rules[rule].for_each;
    std::uint32_t index = program_.rules[rule].trace_root;
    bool negated = false;
    while (program_.trace_nodes[index].kind == TraceNode::Kind::kNot) {
      negated = !negated;
      index = program_.trace_children[program_.trace_nodes[index].first];
    }
    const TraceNode& root = program_.trace_nodes[index];
    std::uint16_t node = NewNode();
    std::uint8_t invert = negated ? 1 : 0;
    if (root.kind == TraceNode::Kind::kLeaf) {
      Attach(index, node, false);  // an "any" of one leaf
    } else {
      invert ^= InvertOf(root);
      AttachChildren(root, node);
    }
    chunk_.rules.push_back({rule, node, invert});
  }

  Chunk Finish() {
    for (PendingFact& f : pending_) {
      chunk_.symbol_facts.push_back({f.ref, static_cast<std::uint32_t>(chunk_.constants.size()),
                                     static_cast<std::uint16_t>(f.constants.size()), f.word,
                                     f.is_list});
      chunk_.constants.insert(chunk_.constants.end(), f.constants.begin(), f.constants.end());
    }
    SortGroup(chunk_.numbers, chunk_.number_leaf, [](const NumberLeaf& l) { return l.ref; });
    SortGroup(chunk_.symbols, chunk_.symbol_leaf, [](const SymbolLeaf& l) { return l.word; });
    Chunk done = std::move(chunk_);
    chunk_ = Chunk();
    facts_.clear();
    pending_.clear();
    relation_facts_.clear();
    return done;
  }

 private:
  struct PendingFact {
    FactRef ref;
    bool is_list;
    std::uint16_t word;
    std::vector<Symbol> constants;
  };

  std::size_t CountNodes(const TraceNode& node) const {
    std::size_t count =
        node.kind == TraceNode::Kind::kAll || node.kind == TraceNode::Kind::kAny ? 1 : 0;
    for (std::uint32_t i = 0; i < node.count; ++i) {
      count += CountNodes(program_.trace_nodes[program_.trace_children[node.first + i]]);
    }
    return count;
  }

  void CollectSymbolFacts(std::uint32_t index, std::set<std::pair<FactRef, bool>>& out) const {
    const TraceNode& node = program_.trace_nodes[index];
    if (node.kind == TraceNode::Kind::kLeaf) {
      const Leaf& leaf = program_.leaves[node.first];
      std::optional<FactRef> ref = RefOf(leaf.lhs);
      std::optional<SymbolShape> shape = AsSymbols(leaf);
      if (ref && shape) out.insert({*ref, shape->is_list});
      return;
    }
    for (std::uint32_t i = 0; i < node.count; ++i) {
      CollectSymbolFacts(program_.trace_children[node.first + i], out);
    }
  }

  static std::uint8_t InvertOf(const TraceNode& node) {
    return node.kind == TraceNode::Kind::kAll || node.count == 0 ? 1 : 0;
  }

  std::uint16_t NewNode() { return chunk_.nodes++; }

  void AttachChildren(const TraceNode& node, std::uint16_t to) {
    const bool flip = node.kind == TraceNode::Kind::kAll;
    for (std::uint32_t i = 0; i < node.count; ++i) {
      Attach(program_.trace_children[node.first + i], to, flip);
    }
  }

  // Makes the condition `index` a child of node `to`, its outcome XOR `flip` OR-ed into it.
  void Attach(std::uint32_t index, std::uint16_t to, bool flip) {
    const TraceNode& node = program_.trace_nodes[index];
    switch (node.kind) {
      case TraceNode::Kind::kLeaf:
        AddLeaf(node.first, to, flip ? 1 : 0);
        return;
      case TraceNode::Kind::kNot:
        Attach(program_.trace_children[node.first], to, !flip);
        return;
      case TraceNode::Kind::kAll:
      case TraceNode::Kind::kAny: {
        std::uint16_t own = NewNode();
        AttachChildren(node, own);
        // After its children, so the list stays deepest first.
        chunk_.nested.push_back(
            {own, to, static_cast<std::uint8_t>(InvertOf(node) ^ (flip ? 1 : 0))});
        return;
      }
    }
  }

  void AddLeaf(std::uint32_t index, std::uint16_t node, std::uint8_t flip) {
    const Leaf& leaf = program_.leaves[index];
    if (std::optional<FactRef> ref = RefOf(leaf.lhs)) {
      if (std::optional<NumberLeaf> n = AsNumber(leaf, *ref)) {
        n->node = node;
        n->flip ^= flip;  // a "not" above a != is an ==
        chunk_.numbers.push_back(*n);
        chunk_.number_leaf.push_back(index);
        if (n->lo != n->hi && relation_facts_.insert(*ref).second) {
          chunk_.relation_facts.push_back(*ref);
        }
        return;
      }
      if (std::optional<SymbolShape> shape = AsSymbols(leaf)) {
        if (AddSymbolLeaf(*shape, *ref, index, node, flip)) return;
      }
    }
    chunk_.generic.push_back({index, node, flip});
  }

  // False when the fact would need more than kFactConstants constants; the leaf is then generic.
  bool AddSymbolLeaf(const SymbolShape& shape, FactRef ref, std::uint32_t index, std::uint16_t node,
                     std::uint8_t flip) {
    auto found = facts_.find({ref, shape.is_list});
    std::vector<Symbol> none;
    const std::vector<Symbol>& known =
        found == facts_.end() ? none : pending_[found->second].constants;
    std::set<Symbol> fresh;
    for (Symbol s : shape.symbols) {
      if (std::find(known.begin(), known.end(), s) == known.end()) fresh.insert(s);
    }
    if (known.size() + fresh.size() > kFactConstants) return false;
    if (found == facts_.end()) {
      found = facts_.emplace(std::make_pair(ref, shape.is_list), pending_.size()).first;
      pending_.push_back({ref, shape.is_list, chunk_.words, {}});
      chunk_.words = static_cast<std::uint16_t>(chunk_.words + (shape.is_list ? 2 : 1));
    }
    PendingFact& fact = pending_[found->second];
    std::uint64_t mask = 0;
    for (Symbol s : shape.symbols) {
      auto at = std::find(fact.constants.begin(), fact.constants.end(), s);
      if (at == fact.constants.end()) at = fact.constants.insert(at, s);
      mask |= std::uint64_t{1} << (at - fact.constants.begin());
    }
    auto word = static_cast<std::uint16_t>(fact.word + (shape.lacks ? 1 : 0));
    std::uint8_t negated = shape.negated ? 1 : 0;
    chunk_.symbols.push_back(
        {mask, word, node, static_cast<std::uint8_t>(flip ^ negated), negated});
    chunk_.symbol_leaf.push_back(index);
    return true;
  }

  const PackProgram& program_;
  Chunk chunk_;
  std::map<std::pair<FactRef, bool>, std::size_t> facts_;  // into pending_
  std::vector<PendingFact> pending_;
  std::set<FactRef> relation_facts_;
};

}  // namespace

BatchProgram CompileBatch(const PackProgram& program) {
  BatchProgram batch;
  ChunkBuilder builder(program);
  for (std::uint32_t r = 0; r < program.rules.size(); ++r) {
    const CompiledRule& rule = program.rules[r];
    const std::size_t nodes = builder.NodesOf(rule.trace_root);
    const bool fits = builder.for_each() == rule.for_each && builder.rules() < kChunkRules &&
                      builder.nodes() + nodes <= kChunkNodes &&
                      builder.words() + builder.NewWordsOf(rule.trace_root) <= kChunkWords;
    if (!builder.Empty() && !fits) batch.chunks.push_back(builder.Finish());
    if (nodes > kChunkNodes || builder.NewWordsOf(rule.trace_root) > kChunkWords) {
      Chunk alone;
      alone.for_each = rule.for_each;
      alone.by_jumps = true;
      alone.rules.push_back({r, 0, 0});
      batch.chunks.push_back(std::move(alone));
      continue;
    }
    builder.Add(r);
  }
  if (!builder.Empty()) batch.chunks.push_back(builder.Finish());
  return batch;
}

}  // namespace ailit::internal

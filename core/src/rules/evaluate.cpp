// One leaf's full evaluation and the jump walk. The common leaf shapes (a plain fact against a
// number, a text, a boolean, a list of texts) are decided inline, everything else goes through
// ApplyOp with the full JavaScript semantics. RulePack::Evaluate runs the batch form
// (batch_evaluate.cpp), which comes here for the values its fast loops do not cover and for
// rules too big for a chunk; Trace and the tests use the walk and EvaluateLeaf directly.
#include <cstring>
#include <stdexcept>
#include <string>

#include "rules/internal/js.h"
#include "rules/internal/program.h"
#include "rules/internal/state.h"

namespace ailit {
namespace internal {

bool ApplyOp(Op op, const FactValue& lhs, const FactValue& rhs) {
  switch (op) {
    case Op::kEqual:
      return js::StrictEquals(lhs, rhs);
    case Op::kNotEqual:
      return !js::StrictEquals(lhs, rhs);
    case Op::kLessThan:
      if (lhs.kind() == FactKind::kNumber && rhs.kind() == FactKind::kNumber) {
        return lhs.number() < rhs.number();
      }
      return js::NumberValidator(lhs) && js::Compare(lhs, rhs, js::Relation::kLess);
    case Op::kLessThanInclusive:
      if (lhs.kind() == FactKind::kNumber && rhs.kind() == FactKind::kNumber) {
        return lhs.number() <= rhs.number();
      }
      return js::NumberValidator(lhs) && js::Compare(lhs, rhs, js::Relation::kLessOrEqual);
    case Op::kGreaterThan:
      if (lhs.kind() == FactKind::kNumber && rhs.kind() == FactKind::kNumber) {
        return lhs.number() > rhs.number();
      }
      return js::NumberValidator(lhs) && js::Compare(lhs, rhs, js::Relation::kGreater);
    case Op::kGreaterThanInclusive:
      if (lhs.kind() == FactKind::kNumber && rhs.kind() == FactKind::kNumber) {
        return lhs.number() >= rhs.number();
      }
      return js::NumberValidator(lhs) && js::Compare(lhs, rhs, js::Relation::kGreaterOrEqual);
    case Op::kIn:
      return js::In(lhs, rhs);
    case Op::kNotIn:
      return js::NotIn(lhs, rhs);
    case Op::kContains:
      return lhs.kind() == FactKind::kArray && js::Includes(lhs.items(), rhs);
    case Op::kDoesNotContain:
      return lhs.kind() == FactKind::kArray && !js::Includes(lhs.items(), rhs);
  }
  return false;
}

FastKind ChooseFastKind(const Leaf& leaf) {
  if (leaf.rhs_is_fact || leaf.lhs.path != kNoPath) return FastKind::kGeneric;
  const FactValue& c = leaf.constant;
  switch (c.kind()) {
    case FactKind::kNumber:
      switch (leaf.op) {
        case Op::kEqual:
          return FastKind::kEqualNumber;
        case Op::kNotEqual:
          return FastKind::kNotEqualNumber;
        case Op::kLessThan:
          return FastKind::kLessNumber;
        case Op::kLessThanInclusive:
          return FastKind::kLessEqualNumber;
        case Op::kGreaterThan:
          return FastKind::kGreaterNumber;
        case Op::kGreaterThanInclusive:
          return FastKind::kGreaterEqualNumber;
        default:
          return FastKind::kGeneric;
      }
    case FactKind::kString:
      switch (leaf.op) {
        case Op::kEqual:
          return FastKind::kEqualString;
        case Op::kNotEqual:
          return FastKind::kNotEqualString;
        case Op::kContains:
          return FastKind::kContainsString;
        case Op::kDoesNotContain:
          return FastKind::kDoesNotContainString;
        default:
          return FastKind::kGeneric;
      }
    case FactKind::kBool:
      if (leaf.op == Op::kEqual) return FastKind::kEqualBool;
      if (leaf.op == Op::kNotEqual) return FastKind::kNotEqualBool;
      return FastKind::kGeneric;
    case FactKind::kArray:
      for (const FactValue& item : c.items()) {
        if (item.kind() != FactKind::kString) return FastKind::kGeneric;
      }
      if (leaf.op == Op::kIn) return FastKind::kInStrings;
      if (leaf.op == Op::kNotIn) return FastKind::kNotInStrings;
      return FastKind::kGeneric;
    default:
      return FastKind::kGeneric;
  }
}

FactValue ReadOperand(const PackProgram& program, const Operand& operand,
                      const FactValue* const* bases) {
  const FactValue& v = bases[ScopeIndex(operand.scope)][operand.slot];
  if (operand.path == kNoPath) return v;
  return WalkFactValue(v, program.paths[operand.path]);
}

namespace {

// `s` is a string, `c` a string constant (which always has a symbol).
inline bool SameText(const FactValue& s, const FactValue& c) {
  if (s.size() != c.size()) return false;
  if (s.symbol() != kNoSymbol) return s.symbol() == c.symbol();
  return std::memcmp(s.text().data(), c.text().data(), s.size()) == 0;
}

inline bool ListHasText(const FactValue& list, const FactValue& text) {
  for (const FactValue& item : list.items()) {
    if (item.kind() == FactKind::kString && SameText(item, text)) return true;
  }
  return false;
}

inline bool TextInList(const FactValue& text, const FactValue& list) {
  for (const FactValue& item : list.items()) {
    if (SameText(text, item)) return true;
  }
  return false;
}

bool Generic(const PackProgram& program, const Leaf& leaf, const FactValue* const* bases) {
  FactValue lhs = ReadOperand(program, leaf.lhs, bases);
  if (!leaf.rhs_is_fact) return ApplyOp(leaf.op, lhs, leaf.constant);
  return ApplyOp(leaf.op, lhs, ReadOperand(program, leaf.rhs, bases));
}

// Each fast case answers exactly what ApplyOp would; when the fact's type is not the one the
// case is for, it either knows the answer (=== of different types) or defers to ApplyOp.
inline bool Decide(const PackProgram& program, const internal::Leaf& leaf,
                   const FactValue* const* bases) {
  const FactValue& v = bases[ScopeIndex(leaf.lhs.scope)][leaf.lhs.slot];
  const FactValue& c = leaf.constant;
  switch (leaf.fast) {
    case FastKind::kGeneric:
      return Generic(program, leaf, bases);
    case FastKind::kEqualNumber:
      return v.kind() == FactKind::kNumber && v.number() == c.number();
    case FastKind::kNotEqualNumber:
      return !(v.kind() == FactKind::kNumber && v.number() == c.number());
    case FastKind::kLessNumber:
      if (v.kind() == FactKind::kNumber) return v.number() < c.number();
      return ApplyOp(leaf.op, v, c);
    case FastKind::kLessEqualNumber:
      if (v.kind() == FactKind::kNumber) return v.number() <= c.number();
      return ApplyOp(leaf.op, v, c);
    case FastKind::kGreaterNumber:
      if (v.kind() == FactKind::kNumber) return v.number() > c.number();
      return ApplyOp(leaf.op, v, c);
    case FastKind::kGreaterEqualNumber:
      if (v.kind() == FactKind::kNumber) return v.number() >= c.number();
      return ApplyOp(leaf.op, v, c);
    case FastKind::kEqualString:
      return v.kind() == FactKind::kString && SameText(v, c);
    case FastKind::kNotEqualString:
      return !(v.kind() == FactKind::kString && SameText(v, c));
    case FastKind::kEqualBool:
      return v.kind() == FactKind::kBool && v.boolean() == c.boolean();
    case FastKind::kNotEqualBool:
      return !(v.kind() == FactKind::kBool && v.boolean() == c.boolean());
    case FastKind::kInStrings:
      return v.kind() == FactKind::kString && TextInList(v, c);
    case FastKind::kNotInStrings:
      return !(v.kind() == FactKind::kString && TextInList(v, c));
    case FastKind::kContainsString:
      if (v.kind() != FactKind::kArray) return false;
      return ListHasText(v, c);
    case FastKind::kDoesNotContainString:
      if (v.kind() != FactKind::kArray) return false;
      return !ListHasText(v, c);
  }
  return false;
}

}  // namespace

bool HoldsByJumps(const PackProgram& program, std::int32_t pc, const FactValue* const* bases) {
  const internal::Leaf* leaves = program.leaves.data();
  while (pc >= 0) {
    const internal::Leaf& leaf = leaves[pc];
    pc = Decide(program, leaf, bases) ? leaf.on_true : leaf.on_false;
  }
  return pc == kJumpTrue;
}

bool EvaluateLeaf(const PackProgram& program, const internal::Leaf& leaf,
                  const FactValue* const* bases) {
  return Decide(program, leaf, bases);
}

void CheckTable(const PackProgram& program, const FactTable& table) {
  const TableState& t = Access::State(table);
  if (t.catalogue_id != program.catalogue_id) {
    throw std::invalid_argument("rule pack \"" + program.file_name +
                                "\" was compiled against another fact catalogue than the "
                                "table's");
  }
  for (std::size_t s = 0; s < 3; ++s) {
    if (t.counts[s] < program.min_counts[s]) {
      throw std::invalid_argument("fact table was sized before rule pack \"" + program.file_name +
                                  "\" was compiled; call Reset()");
    }
  }
}

void EvaluateByJumps(const PackProgram& program, const TableState& t, std::vector<Firing>& out) {
  out.clear();
  const FactValue* bases[3] = {t.values.data(), nullptr, nullptr};
  for (std::size_t r = 0; r < program.rules.size(); ++r) {
    const CompiledRule& rule = program.rules[r];
    auto index = static_cast<std::uint32_t>(r);
    switch (rule.for_each) {
      case ForEach::kNone:
        if (HoldsByJumps(program, rule.entry, bases)) out.push_back({index, -1});
        break;
      case ForEach::kSystem:
        for (std::size_t i = 0; i < t.systems; ++i) {
          bases[1] = t.values.data() + t.RowOffset(FactScope::kSystem, i);
          if (HoldsByJumps(program, rule.entry, bases)) {
            out.push_back({index, static_cast<std::int32_t>(i)});
          }
        }
        break;
      case ForEach::kStaffGroup:
        for (std::size_t i = 0; i < t.groups; ++i) {
          bases[2] = t.values.data() + t.RowOffset(FactScope::kGroup, i);
          if (HoldsByJumps(program, rule.entry, bases)) {
            out.push_back({index, static_cast<std::int32_t>(i)});
          }
        }
        break;
    }
  }
}

}  // namespace internal

void RulePack::Evaluate(const FactTable& facts, std::vector<Firing>& out) const {
  const internal::PackProgram& program = *program_;
  internal::CheckTable(program, facts);
  internal::EvaluateBatch(program, internal::Access::State(facts), out);
}

}  // namespace ailit

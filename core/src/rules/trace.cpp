// Traced evaluation for explanations: every leaf is evaluated (no short-circuit) and recorded
// with the values it compared. Slower than Evaluate and allowed to allocate.
#include "rules/internal/js.h"
#include "rules/internal/program.h"
#include "rules/internal/state.h"

namespace ailit {
namespace internal {
namespace {

std::optional<std::string> ToJson(const FactValue& v) {
  if (v.is_undefined()) return std::nullopt;
  std::string out;
  AppendFactJson(v, out);
  return out;
}

class Tracer {
 public:
  Tracer(const PackProgram& program, const FactValue* const* bases)
      : program_(program), bases_(bases) {}

  bool Node(std::uint32_t index, std::vector<ConditionTrace>& out) {
    const TraceNode& node = program_.trace_nodes[index];
    if (node.kind == TraceNode::Kind::kLeaf) return Leaf(node.first, out);
    bool all = true;
    bool any = false;
    for (std::uint32_t i = 0; i < node.count; ++i) {
      bool r = Node(program_.trace_children[node.first + i], out);
      all = all && r;
      any = any || r;
    }
    switch (node.kind) {
      case TraceNode::Kind::kAll:
        return all;
      case TraceNode::Kind::kAny:
        return node.count == 0 || any;  // an empty "any" holds, as in json-rules-engine
      case TraceNode::Kind::kNot:
        return !all;
      case TraceNode::Kind::kLeaf:
        break;
    }
    return false;
  }

 private:
  bool Leaf(std::uint32_t index, std::vector<ConditionTrace>& out) {
    const internal::Leaf& leaf = program_.leaves[index];
    const LeafText& text = program_.leaf_text[index];
    FactValue lhs = ReadOperand(program_, leaf.lhs, bases_);
    FactValue rhs = leaf.rhs_is_fact ? ReadOperand(program_, leaf.rhs, bases_) : leaf.constant;
    ConditionTrace trace;
    trace.pointer = text.pointer;
    trace.fact = text.fact;
    trace.path = text.path;
    trace.op = text.op;
    trace.value_fact = text.value_fact;
    trace.actual = ToJson(lhs);
    trace.expected = ToJson(rhs);
    trace.result = EvaluateLeaf(program_, leaf, bases_);
    out.push_back(std::move(trace));
    return out.back().result;
  }

  const PackProgram& program_;
  const FactValue* const* bases_;
};

}  // namespace
}  // namespace internal

std::vector<RuleTrace> RulePack::Trace(const FactTable& facts) const {
  const internal::PackProgram& program = *program_;
  internal::CheckTable(program, facts);
  const internal::TableState& t = internal::Access::State(facts);
  std::vector<RuleTrace> traces;
  const FactValue* bases[3] = {t.values.data(), nullptr, nullptr};
  auto trace_one = [&](std::size_t r, std::int32_t item) {
    RuleTrace trace{static_cast<std::uint32_t>(r), item, false, {}};
    internal::Tracer tracer(program, bases);
    trace.fired = tracer.Node(program.rules[r].trace_root, trace.conditions);
    traces.push_back(std::move(trace));
  };
  for (std::size_t r = 0; r < program.rules.size(); ++r) {
    switch (program.rules[r].for_each) {
      case ForEach::kNone:
        trace_one(r, -1);
        break;
      case ForEach::kSystem:
        for (std::size_t i = 0; i < t.systems; ++i) {
          bases[1] = t.values.data() + t.RowOffset(FactScope::kSystem, i);
          trace_one(r, static_cast<std::int32_t>(i));
        }
        break;
      case ForEach::kStaffGroup:
        for (std::size_t i = 0; i < t.groups; ++i) {
          bases[2] = t.values.data() + t.RowOffset(FactScope::kGroup, i);
          trace_one(r, static_cast<std::int32_t>(i));
        }
        break;
    }
  }
  return traces;
}

}  // namespace ailit

// Turns a PackAst into a PackProgram: resolves facts against the catalogue, converts constants,
// numbers the leaves and wires their jumps.
#include <algorithm>
#include <memory>

#include "json/bounded_reader.h"
#include "rules/internal/pack_ast.h"
#include "rules/internal/program.h"
#include "rules/internal/state.h"

namespace ailit {
namespace internal {
namespace {

std::string_view ScopeDescription(FactScope scope) {
  return scope == FactScope::kSystem ? "has one value per AI system"
                                     : "has one value per staff group";
}

class Compiler {
 public:
  Compiler(FactCatalogue& catalogue, PackProgram& program, Reporter& reporter)
      : catalogue_(catalogue),
        state_(Access::State(catalogue)),
        program_(program),
        reporter_(reporter) {}

  void Rule(RuleAst& rule) {
    rule_ = &rule;
    if (state_.open && rule.info.for_each != ForEach::kNone) {
      reporter_.Error(rule.label, rule.info.pointer + "/for_each",
                      "\"for_each\" needs profile facts (one value per AI system or staff "
                      "group); facts given as JSON objects are global only");
    }
    CompiledRule compiled;
    compiled.for_each = rule.info.for_each;
    if (rule.conditions.kind == ConditionAst::Kind::kInvalid) return;  // already reported
    std::optional<std::uint32_t> root = Resolve(rule.conditions);
    if (!root) return;
    compiled.trace_root = *root;
    compiled.entry = Wire(rule.conditions, kJumpTrue, kJumpFalse);
    program_.rules.push_back(compiled);
  }

 private:
  // Resolves the leaves under `node` (numbering them in reading order) and builds its trace node.
  std::optional<std::uint32_t> Resolve(ConditionAst& node) {
    TraceNode trace;
    switch (node.kind) {
      case ConditionAst::Kind::kInvalid:
        return std::nullopt;
      case ConditionAst::Kind::kLeaf:
        if (!Leaf(node)) return std::nullopt;
        trace.kind = TraceNode::Kind::kLeaf;
        trace.first = node.leaf_index;
        break;
      default: {
        trace.kind = node.kind == ConditionAst::Kind::kAll   ? TraceNode::Kind::kAll
                     : node.kind == ConditionAst::Kind::kAny ? TraceNode::Kind::kAny
                                                             : TraceNode::Kind::kNot;
        std::vector<std::uint32_t> children;
        bool ok = true;
        for (ConditionAst& child : node.children) {
          std::optional<std::uint32_t> c = Resolve(child);
          ok = ok && c.has_value();
          if (c) children.push_back(*c);
        }
        if (!ok) return std::nullopt;
        trace.first = static_cast<std::uint32_t>(program_.trace_children.size());
        trace.count = static_cast<std::uint32_t>(children.size());
        program_.trace_children.insert(program_.trace_children.end(), children.begin(),
                                       children.end());
      }
    }
    program_.trace_nodes.push_back(trace);
    return static_cast<std::uint32_t>(program_.trace_nodes.size() - 1);
  }

  bool Leaf(ConditionAst& node) {
    internal::Leaf leaf;
    std::optional<Operand> lhs = OperandOf(node.lhs, node.pointer);
    std::optional<Operand> rhs;
    if (node.value_is_fact) rhs = OperandOf(node.value_fact, node.value_pointer);
    if (!lhs || !node.op || (node.value_is_fact ? !rhs : node.value == nullptr)) return false;
    leaf.lhs = *lhs;
    leaf.op = *node.op;
    leaf.rhs_is_fact = node.value_is_fact;
    if (rhs) {
      leaf.rhs = *rhs;
    } else {
      leaf.constant = Constant(*node.value);
    }
    leaf.fast = ChooseFastKind(leaf);
    node.leaf_index = static_cast<std::uint32_t>(program_.leaves.size());
    program_.leaves.push_back(leaf);
    program_.leaf_text.push_back({node.pointer, node.lhs.fact, node.lhs.path_text, node.op_name,
                                  node.value_is_fact ? node.value_fact.fact : std::string()});
    return true;
  }

  std::optional<Operand> OperandOf(const OperandAst& ast, const std::string& pointer) {
    if (ast.fact.empty() || !ast.path_ok) return std::nullopt;  // already reported
    Operand operand;
    if (state_.open) {
      operand.scope = FactScope::kGlobal;
      operand.slot = ast.path.steps.empty() ? catalogue_.Declare(ast.fact, FactScope::kGlobal)
                                            : state_.PathAccessSlot(ast.fact, ast.path);
      return operand;
    }
    std::optional<FactInfo> info = catalogue_.Find(ast.fact);
    if (!info) {
      std::string message = "unknown fact " + Quoted(ast.fact);
      std::vector<std::string> close = catalogue_.CloseNames(ast.fact);
      for (std::size_t i = 0; i < close.size(); ++i) {
        message += (i == 0 ? " (did you mean " : " or ") + Quoted(close[i]);
      }
      if (!close.empty()) message += "?)";
      reporter_.Error(rule_->label, pointer + "/fact", message);
      return std::nullopt;
    }
    ForEach for_each = rule_->info.for_each;
    bool allowed = info->scope == FactScope::kGlobal ||
                   (info->scope == FactScope::kSystem && for_each == ForEach::kSystem) ||
                   (info->scope == FactScope::kGroup && for_each == ForEach::kStaffGroup);
    if (!allowed) {
      std::string message =
          "fact " + Quoted(ast.fact) + " " + std::string(ScopeDescription(info->scope)) + "; ";
      if (for_each == ForEach::kNone) {
        message += std::string("only a rule with \"for_each\": ") +
                   (info->scope == FactScope::kSystem ? "\"system\"" : "\"staff_group\"") +
                   " can use it";
      } else {
        message += std::string("a \"for_each\": ") +
                   (for_each == ForEach::kSystem ? "\"system\" rule can use global and "
                                                   "per-system facts only"
                                                 : "\"staff_group\" rule can use global and "
                                                   "per-staff-group facts only");
      }
      reporter_.Error(rule_->label, pointer + "/fact", message);
      return std::nullopt;
    }
    operand.scope = info->scope;
    operand.slot = info->slot;
    if (!ast.path.steps.empty()) {
      if (program_.paths.size() >= kNoPath) {
        reporter_.Error(rule_->label, pointer + "/path", "too many paths in one pack");
        return std::nullopt;
      }
      operand.path = static_cast<std::uint16_t>(program_.paths.size());
      program_.paths.push_back(ast.path.steps);
    }
    return operand;
  }

  FactValue Constant(const rapidjson::Value& v) {
    if (v.IsNull()) return FactValue::Null();
    if (v.IsBool()) return FactValue::Bool(v.GetBool());
    if (v.IsNumber()) return FactValue::Number(v.GetDouble());
    if (v.IsString()) {
      std::string_view text(v.GetString(), v.GetStringLength());
      const char* copy = program_.constant_chars.Copy(text.data(), text.size());
      return FactValue::String({copy, text.size()}, catalogue_.Intern(text));
    }
    if (v.IsArray()) {
      FactValue* items = program_.constant_items.Allocate(v.Size());
      for (rapidjson::SizeType i = 0; i < v.Size(); ++i) items[i] = Constant(v[i]);
      return FactValue::Array(items, v.Size(), items);
    }
    std::string text = ToJsonText(v);
    const char* copy = program_.constant_chars.Copy(text.data(), text.size());
    return FactValue::Object({copy, text.size()}, copy);
  }

  // Sets the jumps of the leaves under `node` so that it continues at `on_true` when it holds
  // and at `on_false` when it does not; returns where evaluating `node` starts.
  std::int32_t Wire(const ConditionAst& node, std::int32_t on_true, std::int32_t on_false) {
    switch (node.kind) {
      case ConditionAst::Kind::kLeaf: {
        internal::Leaf& leaf = program_.leaves[node.leaf_index];
        leaf.on_true = on_true;
        leaf.on_false = on_false;
        return static_cast<std::int32_t>(node.leaf_index);
      }
      case ConditionAst::Kind::kNot:
        return Wire(node.children[0], on_false, on_true);
      case ConditionAst::Kind::kAll: {
        std::int32_t next = on_true;  // an empty "all" holds
        for (auto it = node.children.rbegin(); it != node.children.rend(); ++it) {
          next = Wire(*it, next, on_false);
        }
        return next;
      }
      case ConditionAst::Kind::kAny: {
        // json-rules-engine: an empty "any" holds too (prioritizeAndRun resolves [] to true).
        if (node.children.empty()) return on_true;
        std::int32_t next = on_false;
        for (auto it = node.children.rbegin(); it != node.children.rend(); ++it) {
          next = Wire(*it, on_true, next);
        }
        return next;
      }
      case ConditionAst::Kind::kInvalid:
        break;
    }
    return on_false;
  }

  FactCatalogue& catalogue_;
  CatalogueState& state_;
  PackProgram& program_;
  Reporter& reporter_;
  RuleAst* rule_ = nullptr;
};

}  // namespace
}  // namespace internal

namespace {

// The facts a rule reads, so a plan can say which facts (and values) made it fire.
void CollectFacts(const internal::ConditionAst& c, std::vector<std::string>& out) {
  auto add = [&out](const std::string& fact) {
    if (!fact.empty() && std::find(out.begin(), out.end(), fact) == out.end()) out.push_back(fact);
  };
  if (c.kind == internal::ConditionAst::Kind::kLeaf) {
    add(c.lhs.fact);
    if (c.value_is_fact) add(c.value_fact.fact);
    return;
  }
  for (const internal::ConditionAst& child : c.children) CollectFacts(child, out);
}

}  // namespace

RulePackResult CompileRulePack(std::string_view json, std::string_view file_name,
                               FactCatalogue& catalogue) {
  RulePackResult result;
  internal::Reporter reporter(file_name, result.diagnostics);
  // Packs are bigger than profiles: thousands of rules, long descriptions.
  json::Limits limits;
  limits.max_bytes = 64u << 20;
  limits.max_array_items = 100000;
  limits.max_object_members = 4096;
  limits.max_string_bytes = 1u << 20;
  rapidjson::Document doc;
  if (auto error = json::ParseBounded(json, limits, doc)) {
    reporter.Error("", error->pointer, error->message);
    return result;
  }
  internal::PackAst ast;
  internal::ParsePack(doc, ast, reporter);
  auto program = std::make_shared<internal::PackProgram>();
  internal::Compiler compiler(catalogue, *program, reporter);
  for (internal::RuleAst& rule : ast.rules) compiler.Rule(rule);
  if (reporter.has_errors()) return result;

  program->id = std::move(ast.id);
  program->version = std::move(ast.version);
  program->file_name = std::string(file_name);
  program->format = ast.format;
  program->extra_fields = std::move(ast.extra_fields);
  for (internal::RuleAst& rule : ast.rules) {
    CollectFacts(rule.conditions, rule.info.facts);
    program->infos.push_back(std::move(rule.info));
  }
  program->catalogue_id = catalogue.id();
  for (FactScope scope : {FactScope::kGlobal, FactScope::kSystem, FactScope::kGroup}) {
    program->min_counts[internal::ScopeIndex(scope)] = catalogue.size(scope);
  }
  program->batch = internal::CompileBatch(*program);
  result.pack = internal::Access::MakePack(std::move(program));
  return result;
}

}  // namespace ailit

// Reads both rule-pack shapes into a PackAst, reporting every problem that needs no catalogue.
#include <cmath>
#include <map>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "rules/internal/pack_ast.h"

namespace ailit::internal {
namespace {

constexpr std::string_view kAllowedOperators =
    "equal, notEqual, lessThan, lessThanInclusive, greaterThan, greaterThanInclusive, in, notIn, "
    "contains, doesNotContain";

std::string Child(const std::string& pointer, std::string_view key) {
  return pointer + "/" + EscapePointerToken(key);
}
std::string Child(const std::string& pointer, std::size_t index) {
  return pointer + "/" + std::to_string(index);
}

const rapidjson::Value* Member(const rapidjson::Value& object, std::string_view key) {
  for (const auto& m : object.GetObject()) {
    if (std::string_view(m.name.GetString(), m.name.GetStringLength()) == key) return &m.value;
  }
  return nullptr;
}

std::string_view Str(const rapidjson::Value& v) {
  return {v.GetString(), v.GetStringLength()};
}

// A JSON number with an integral value, e.g. 50 or 50.0.
std::optional<long long> AsInteger(const rapidjson::Value& v) {
  if (v.IsInt64()) return v.GetInt64();
  if (v.IsDouble()) {
    double d = v.GetDouble();
    if (std::floor(d) == d && std::fabs(d) < 9e15) return static_cast<long long>(d);
  }
  return std::nullopt;
}

bool IsIdText(std::string_view s) {
  if (s.empty() || s.size() > 64) return false;
  for (char c : s) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '_' || c == '.' || c == '-';
    if (!ok) return false;
  }
  return true;
}

constexpr std::string_view kIdRule = "1 to 64 characters of A-Z, a-z, 0-9, '_', '.' and '-'";

class Parser {
 public:
  explicit Parser(Reporter& reporter) : r_(reporter) {}

  void Pack(const rapidjson::Value& root, PackAst& out) {
    const rapidjson::Value* rules = nullptr;
    std::string rules_pointer;
    if (root.IsArray()) {
      out.format = PackFormat::kJsonRulesEngine;
      rules = &root;
    } else if (root.IsObject()) {
      out.format = PackFormat::kAilit;
      rules_pointer = "/rules";
      out.id = RequiredText(root, "", "id", "the pack");
      out.version = RequiredText(root, "", "version", "the pack");
      rules = Member(root, "rules");
      if (!rules) {
        r_.Error("", "",
                 Member(root, "conditions")
                     ? "a single rule was given; an ailit pack lists its rules in "
                       "\"rules\": [...] (a json-rules-engine file is an array of rules)"
                     : "missing \"rules\" (the list of rules)");
      } else if (!rules->IsArray()) {
        r_.Error("", "/rules",
                 "\"rules\" must be an array of rules, not " + std::string(JsonTypeName(*rules)));
        rules = nullptr;
      }
      for (const auto& m : root.GetObject()) {
        std::string_view key = Str(m.name);
        if (key != "id" && key != "version" && key != "rules") {
          out.extra_fields.emplace_back(std::string(key), ToJsonText(m.value));
        }
      }
    } else {
      r_.Error("", "",
               "a rule pack must be a JSON object (an ailit pack) or an array of "
               "json-rules-engine rules, not " +
                   std::string(JsonTypeName(root)));
      return;
    }
    if (!rules) return;
    std::map<std::string, std::string> seen;  // id -> pointer of its first rule
    for (rapidjson::SizeType i = 0; i < rules->Size(); ++i) {
      std::string pointer = Child(rules_pointer, i);
      RuleAst rule;
      rule.info.pointer = pointer;
      std::string id_pointer;
      if (out.format == PackFormat::kAilit) {
        AilitRule((*rules)[i], pointer, rule, id_pointer);
      } else {
        PlainRule((*rules)[i], pointer, rule, id_pointer);
      }
      if (!rule.info.id.empty()) {
        auto [it, fresh] = seen.emplace(rule.info.id, pointer);
        if (!fresh) {
          r_.Error(rule.label, id_pointer,
                   "duplicate rule id " + Quoted(rule.info.id) + " (first used by the rule at " +
                       it->second + "); rule ids must be unique within a pack");
        }
      }
      out.rules.push_back(std::move(rule));
    }
  }

 private:
  std::string RequiredText(const rapidjson::Value& object, const std::string& pointer,
                           std::string_view key, std::string_view owner) {
    const rapidjson::Value* v = Member(object, key);
    if (!v) {
      r_.Error("", pointer, "missing " + Quoted(key) + " of " + std::string(owner));
      return {};
    }
    if (!v->IsString() || v->GetStringLength() == 0) {
      r_.Error("", Child(pointer, key), Quoted(key) + " must be non-empty text");
      return {};
    }
    return std::string(Str(*v));
  }

  void AilitRule(const rapidjson::Value& v, const std::string& pointer, RuleAst& rule,
                 std::string& id_pointer) {
    if (!v.IsObject()) {
      r_.Error("", pointer, "a rule must be an object, not " + std::string(JsonTypeName(v)));
      return;
    }
    id_pointer = Child(pointer, "id");
    if (const rapidjson::Value* id = Member(v, "id"); !id) {
      r_.Error("", pointer, "missing \"id\" of the rule");
    } else if (!id->IsString() || id->GetStringLength() == 0) {
      r_.Error("", id_pointer, "rule \"id\" must be non-empty text");
    } else {
      rule.info.id = std::string(Str(*id));
      rule.label = "rule " + Quoted(rule.info.id);
      if (!IsIdText(rule.info.id)) {
        r_.Error(rule.label, id_pointer, "rule id must be " + std::string(kIdRule));
      }
    }
    const std::string& label = rule.label;
    Priority(v, pointer, label, rule.info.priority);
    if (const rapidjson::Value* fe = Member(v, "for_each")) {
      if (fe->IsString() && Str(*fe) == "system") {
        rule.info.for_each = ForEach::kSystem;
      } else if (fe->IsString() && Str(*fe) == "staff_group") {
        rule.info.for_each = ForEach::kStaffGroup;
      } else {
        r_.Error(label, Child(pointer, "for_each"),
                 "\"for_each\" must be \"system\" or \"staff_group\"");
      }
    }
    Conditions(v, pointer, label, rule.conditions);
    if (const rapidjson::Value* acts = Member(v, "activates"); !acts) {
      r_.Error(label, pointer, "missing \"activates\" (the measures the rule turns on)");
    } else if (!acts->IsArray() || acts->Empty()) {
      r_.Error(label, Child(pointer, "activates"),
               "\"activates\" must be a non-empty array of {\"measure\": ...} objects");
    } else {
      for (rapidjson::SizeType i = 0; i < acts->Size(); ++i) {
        rule.info.activates.push_back(
            ActivationOf((*acts)[i], Child(Child(pointer, "activates"), i), label));
      }
    }
    if (const rapidjson::Value* d = Member(v, "description")) {
      // Text, or the same in two languages: {"en": ..., "nl": ...} (plans are written in both).
      const rapidjson::Value* en = d->IsObject() ? Member(*d, "en") : nullptr;
      const rapidjson::Value* nl = d->IsObject() ? Member(*d, "nl") : nullptr;
      if (d->IsString()) {
        rule.info.description = std::string(Str(*d));
      } else if (en && nl && en->IsString() && nl->IsString() && d->MemberCount() == 2) {
        rule.info.description = std::string(Str(*en));
        rule.info.description_nl = std::string(Str(*nl));
      } else {
        r_.Error(label, Child(pointer, "description"),
                 "\"description\" must be text or {\"en\": text, \"nl\": text}");
      }
    }
    for (const auto& m : v.GetObject()) {
      std::string_view key = Str(m.name);
      if (key != "id" && key != "priority" && key != "for_each" && key != "conditions" &&
          key != "activates" && key != "description") {
        r_.Warning(label, Child(pointer, key), "unknown field " + Quoted(key) + " is ignored");
      }
    }
  }

  void PlainRule(const rapidjson::Value& v, const std::string& pointer, RuleAst& rule,
                 std::string& id_pointer) {
    if (!v.IsObject()) {
      r_.Error("", pointer, "a rule must be an object, not " + std::string(JsonTypeName(v)));
      return;
    }
    const rapidjson::Value* event = Member(v, "event");
    // json-rules-engine names a rule by "name" (any value); we also accept "id", and fall back on
    // the event type so that every rule can be told apart in the output.
    if (const rapidjson::Value* id = Member(v, "id");
        id && id->IsString() && id->GetStringLength() > 0) {
      rule.info.id = std::string(Str(*id));
      id_pointer = Child(pointer, "id");
    } else if (const rapidjson::Value* name = Member(v, "name");
               name && ((name->IsString() && name->GetStringLength() > 0) || name->IsNumber())) {
      rule.info.id = name->IsString() ? std::string(Str(*name)) : ToJsonText(*name);
      id_pointer = Child(pointer, "name");
    } else if (event && event->IsObject()) {
      if (const rapidjson::Value* type = Member(*event, "type");
          type && type->IsString() && type->GetStringLength() > 0) {
        rule.info.id = std::string(Str(*type));
        id_pointer = Child(Child(pointer, "event"), "type");
      }
    }
    if (rule.info.id.empty()) {
      r_.Error("", pointer, "the rule has no \"id\", \"name\" or \"event\": {\"type\"} to name it");
    } else {
      rule.label = "rule " + Quoted(rule.info.id);
    }
    const std::string& label = rule.label;
    Priority(v, pointer, label, rule.info.priority);
    Conditions(v, pointer, label, rule.conditions);
    if (event) {
      if (!event->IsObject()) {
        r_.Error(label, Child(pointer, "event"), "\"event\" must be an object with a \"type\"");
      } else if (const rapidjson::Value* type = Member(*event, "type"); !type) {
        r_.Error(label, Child(pointer, "event"), "\"event\" needs a \"type\"");
      } else {
        rule.info.event_json = ToJsonText(*event);
      }
    }
    for (const auto& m : v.GetObject()) {
      std::string_view key = Str(m.name);
      if (key != "id" && key != "name" && key != "priority" && key != "conditions" &&
          key != "event") {
        r_.Warning(label, Child(pointer, key), "unknown field " + Quoted(key) + " is ignored");
      }
    }
  }

  void Priority(const rapidjson::Value& rule, const std::string& pointer, const std::string& label,
                int& priority) {
    const rapidjson::Value* p = Member(rule, "priority");
    if (!p) return;
    std::optional<long long> n = AsInteger(*p);
    if (!n || *n < 1 || *n > 1000000) {
      r_.Error(label, Child(pointer, "priority"),
               "rule \"priority\" must be a whole number from 1 to 1,000,000");
      return;
    }
    priority = static_cast<int>(*n);
  }

  Activation ActivationOf(const rapidjson::Value& v, const std::string& pointer,
                          const std::string& label) {
    Activation a;
    if (!v.IsObject()) {
      r_.Error(label, pointer, "an activation must be an object like {\"measure\": \"id\"}");
      return a;
    }
    if (const rapidjson::Value* m = Member(v, "measure"); !m) {
      r_.Error(label, pointer, "missing \"measure\" (the id of the measure to activate)");
    } else if (!m->IsString() || !IsIdText(Str(*m))) {
      r_.Error(label, Child(pointer, "measure"),
               "\"measure\" must be a measure id: " + std::string(kIdRule));
    } else {
      a.measure = std::string(Str(*m));
    }
    auto bounded = [&](std::string_view key, long long lo, long long hi) -> std::optional<int> {
      const rapidjson::Value* f = Member(v, key);
      if (!f) return std::nullopt;
      std::optional<long long> n = AsInteger(*f);
      if (!n || *n < lo || *n > hi) {
        r_.Error(label, Child(pointer, key),
                 Quoted(key) + " must be a whole number from " + std::to_string(lo) + " to " +
                     std::to_string(hi));
        return std::nullopt;
      }
      return static_cast<int>(*n);
    };
    a.priority = bounded("priority", 0, 100);
    a.year = bounded("year", 1, 3);
    if (const rapidjson::Value* s = Member(v, "step")) {
      if (s->IsString()) a.step = ParseEnum<PlanStep>(Str(*s));
      if (!a.step) {
        r_.Error(label, Child(pointer, "step"),
                 "\"step\" must be one of " + AllowedList<PlanStep>());
      }
    }
    if (const rapidjson::Value* t = Member(v, "targets")) {
      bool ok = t->IsArray();
      std::vector<std::string> targets;
      if (ok) {
        for (const auto& item : t->GetArray()) {
          ok = ok && item.IsString() && item.GetStringLength() > 0;
          if (ok) targets.emplace_back(Str(item));
        }
      }
      if (ok) {
        a.targets = std::move(targets);
      } else {
        r_.Error(label, Child(pointer, "targets"),
                 "\"targets\" must be an array of non-empty texts (staff group ids, "
                 "\"customers\" or \"service_providers\")");
      }
    }
    for (const auto& m : v.GetObject()) {
      std::string_view key = Str(m.name);
      if (key != "measure" && key != "priority" && key != "year" && key != "step" &&
          key != "targets") {
        r_.Warning(label, Child(pointer, key), "unknown field " + Quoted(key) + " is ignored");
      }
    }
    return a;
  }

  void Conditions(const rapidjson::Value& rule, const std::string& pointer,
                  const std::string& label, ConditionAst& out) {
    const rapidjson::Value* c = Member(rule, "conditions");
    if (!c) {
      r_.Error(label, pointer, "missing \"conditions\"");
      return;
    }
    label_ = &label;
    Condition(*c, Child(pointer, "conditions"), /*root=*/true, out);
  }

  void Condition(const rapidjson::Value& v, const std::string& pointer, bool root,
                 ConditionAst& out) {
    const std::string& label = *label_;
    out.pointer = pointer;
    if (!v.IsObject()) {
      r_.Error(label, pointer,
               "a condition must be an object, not " + std::string(JsonTypeName(v)));
      return;
    }
    if (Member(v, "condition")) {
      r_.Error(label, Child(pointer, "condition"),
               "shared conditions ({\"condition\": \"name\"}) are defined with "
               "engine.setCondition() in json-rules-engine and cannot be resolved from a rules "
               "file; write the conditions out in full");
      return;
    }
    std::vector<std::string_view> booleans;
    for (std::string_view key : {"all", "any", "not"}) {
      if (Member(v, key)) booleans.push_back(key);
    }
    bool leafish = Member(v, "fact") || Member(v, "operator") || Member(v, "value");
    if (booleans.size() > 1) {
      r_.Error(label, pointer,
               "a condition must have exactly one of \"all\", \"any\" or \"not\", "
               "not both " +
                   Quoted(booleans[0]) + " and " + Quoted(booleans[1]));
      return;
    }
    if (root && booleans.empty()) {
      r_.Error(label, pointer,
               std::string("\"conditions\" must have exactly one of \"all\", "
                           "\"any\" or \"not\" at its root") +
                   (leafish ? "; wrap this condition: {\"all\": [ ... ]}" : ""));
      return;
    }
    if (!booleans.empty() && leafish) {
      r_.Error(label, pointer,
               "a condition is either " + Quoted(booleans[0]) +
                   " or a fact comparison (\"fact\", \"operator\", \"value\"), "
                   "not both");
      return;
    }
    ConditionPriority(v, pointer);
    if (!booleans.empty()) {
      Boolean(v, pointer, booleans[0], out);
    } else {
      LeafCondition(v, pointer, out);
    }
  }

  void ConditionPriority(const rapidjson::Value& v, const std::string& pointer) {
    if (const rapidjson::Value* p = Member(v, "priority")) {
      std::optional<long long> n = AsInteger(*p);
      if (!n || *n < 1) {
        r_.Error(*label_, Child(pointer, "priority"),
                 "condition \"priority\" must be a whole number of 1 or more");
      }
    }
  }

  void Boolean(const rapidjson::Value& v, const std::string& pointer, std::string_view key,
               ConditionAst& out) {
    const std::string& label = *label_;
    const rapidjson::Value& body = *Member(v, key);
    std::string body_pointer = Child(pointer, key);
    if (key == "not") {
      if (!body.IsObject()) {
        r_.Error(label, body_pointer,
                 "\"not\" takes one condition object, not " + std::string(JsonTypeName(body)));
        return;
      }
      out.kind = ConditionAst::Kind::kNot;
      out.children.emplace_back();
      Condition(body, body_pointer, false, out.children.back());
    } else {
      if (!body.IsArray()) {
        r_.Error(label, body_pointer,
                 Quoted(key) + " must be an array of conditions, not " +
                     std::string(JsonTypeName(body)));
        return;
      }
      out.kind = key == "all" ? ConditionAst::Kind::kAll : ConditionAst::Kind::kAny;
      out.children.resize(body.Size());
      for (rapidjson::SizeType i = 0; i < body.Size(); ++i) {
        Condition(body[i], Child(body_pointer, i), false, out.children[i]);
      }
    }
    for (const auto& m : v.GetObject()) {
      std::string_view k = Str(m.name);
      if (k != key && k != "priority" && k != "name") {
        r_.Warning(label, Child(pointer, k), "unknown field " + Quoted(k) + " is ignored");
      }
    }
  }

  void LeafCondition(const rapidjson::Value& v, const std::string& pointer, ConditionAst& out) {
    const std::string& label = *label_;
    out.kind = ConditionAst::Kind::kLeaf;
    bool ok = true;
    ok = FactOperand(v, pointer, out.lhs) && ok;
    const rapidjson::Value* op = Member(v, "operator");
    if (!op) {
      r_.Error(label, pointer,
               "missing \"operator\" (allowed: " + std::string(kAllowedOperators) + ")");
      ok = false;
    } else if (!op->IsString()) {
      r_.Error(label, Child(pointer, "operator"), "\"operator\" must be text");
      ok = false;
    } else {
      out.op_name = std::string(Str(*op));
      out.op = ParseOp(out.op_name);
      if (!out.op) {
        r_.Error(label, Child(pointer, "operator"),
                 "unknown operator " + Quoted(out.op_name) +
                     " (allowed: " + std::string(kAllowedOperators) + ")");
        ok = false;
      }
    }
    const rapidjson::Value* value = Member(v, "value");
    out.value_pointer = Child(pointer, "value");
    if (!value) {
      r_.Error(label, pointer, "missing \"value\" (what the fact is compared with)");
      ok = false;
    } else if (value->IsObject() && Member(*value, "fact")) {
      out.value_is_fact = true;
      ok = FactOperand(*value, out.value_pointer, out.value_fact) && ok;
      for (const auto& m : value->GetObject()) {
        std::string_view k = Str(m.name);
        if (k == "params") {
          r_.Warning(label, Child(out.value_pointer, k),
                     "\"params\" is ignored: facts given to a rule pack are plain values");
        } else if (k != "fact" && k != "path") {
          r_.Warning(label, Child(out.value_pointer, k),
                     "unknown field " + Quoted(k) + " is ignored");
        }
      }
    } else {
      out.value = value;
      if (out.op && (*out.op == Op::kIn || *out.op == Op::kNotIn) && !value->IsArray()) {
        r_.Error(label, out.value_pointer,
                 Quoted(out.op_name) +
                     " looks the fact up in a list: \"value\" must be an "
                     "array (or {\"fact\": ...}), not " +
                     std::string(JsonTypeName(*value)));
        ok = false;
      }
    }
    for (const auto& m : v.GetObject()) {
      std::string_view k = Str(m.name);
      if (k == "params") {
        r_.Warning(label, Child(pointer, k),
                   "\"params\" is ignored: facts given to a rule pack are plain values");
      } else if (k != "fact" && k != "operator" && k != "value" && k != "path" && k != "priority" &&
                 k != "name") {
        r_.Warning(label, Child(pointer, k), "unknown field " + Quoted(k) + " is ignored");
      }
    }
    (void)ok;  // a leaf with errors is still resolved, so unknown facts are reported too
  }

  // Reads "fact" and "path" of a condition or of a {"fact": ...} value.
  bool FactOperand(const rapidjson::Value& v, const std::string& pointer, OperandAst& out) {
    const std::string& label = *label_;
    bool ok = true;
    const rapidjson::Value* fact = Member(v, "fact");
    if (!fact) {
      r_.Error(label, pointer, "missing \"fact\" (the name of the fact to compare)");
      ok = false;
    } else if (!fact->IsString() || fact->GetStringLength() == 0) {
      r_.Error(label, Child(pointer, "fact"), "\"fact\" must be a non-empty fact name");
      ok = false;
    } else {
      out.fact = std::string(Str(*fact));
    }
    if (const rapidjson::Value* path = Member(v, "path")) {
      if (!path->IsString()) {
        r_.Error(label, Child(pointer, "path"), "\"path\" must be text such as \"$.name\"");
        out.path_ok = ok = false;
      } else if (path->GetStringLength() > 0) {  // "" means no path, as in json-rules-engine
        out.path_text = std::string(Str(*path));
        if (auto error = ParsePath(out.path_text, out.path)) {
          r_.Error(label, Child(pointer, "path"), *error);
          out.path_ok = ok = false;
        }
      }
    }
    return ok;
  }

  Reporter& r_;
  const std::string* label_ = nullptr;
};

}  // namespace

std::string Reporter::Format(std::string_view rule_label, const std::string& pointer,
                             std::string_view message) const {
  std::string out = file_ + ": ";
  if (!rule_label.empty()) out += std::string(rule_label) + ": ";
  if (!pointer.empty()) out += pointer + ": ";
  out += message;
  return out;
}

void Reporter::Error(std::string_view rule_label, const std::string& pointer,
                     std::string_view message) {
  diagnostics_.Error(pointer, Format(rule_label, pointer, message));
}

void Reporter::Warning(std::string_view rule_label, const std::string& pointer,
                       std::string_view message) {
  diagnostics_.Warning(pointer, Format(rule_label, pointer, message));
}

void ParsePack(const rapidjson::Value& root, PackAst& out, Reporter& reporter) {
  Parser(reporter).Pack(root, out);
}

std::string_view OpName(Op op) {
  switch (op) {
    case Op::kEqual:
      return "equal";
    case Op::kNotEqual:
      return "notEqual";
    case Op::kLessThan:
      return "lessThan";
    case Op::kLessThanInclusive:
      return "lessThanInclusive";
    case Op::kGreaterThan:
      return "greaterThan";
    case Op::kGreaterThanInclusive:
      return "greaterThanInclusive";
    case Op::kIn:
      return "in";
    case Op::kNotIn:
      return "notIn";
    case Op::kContains:
      return "contains";
    case Op::kDoesNotContain:
      return "doesNotContain";
  }
  return "";
}

std::optional<Op> ParseOp(std::string_view name) {
  for (int i = 0; i <= static_cast<int>(Op::kDoesNotContain); ++i) {
    if (OpName(static_cast<Op>(i)) == name) return static_cast<Op>(i);
  }
  return std::nullopt;
}

std::string_view JsonTypeName(const rapidjson::Value& v) {
  if (v.IsNull()) return "null";
  if (v.IsBool()) return "a true/false value";
  if (v.IsNumber()) return "a number";
  if (v.IsString()) return "text";
  if (v.IsArray()) return "an array";
  return "an object";
}

std::string ToJsonText(const rapidjson::Value& v) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  v.Accept(writer);
  return std::string(buffer.GetString(), buffer.GetSize());
}

}  // namespace ailit::internal

// A rule pack as read from JSON, before facts are resolved: the two file shapes (ailit pack and
// plain json-rules-engine array) both become a PackAst. ParsePack checks everything that can be
// checked without the fact catalogue and reports every problem through a Reporter.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <rapidjson/document.h>

#include "ailit/diagnostic.h"
#include "ailit/rules.h"
#include "rules/internal/json_path.h"
#include "rules/internal/program.h"

namespace ailit::internal {

// "name" with its quotes, for messages about packs.
inline std::string Quoted(std::string_view s) {
  return "\"" + std::string(s) + "\"";
}

// Formats "file: rule "id": /pointer: message" and records it with its pointer.
class Reporter {
 public:
  Reporter(std::string_view file, Diagnostics& diagnostics)
      : file_(file), diagnostics_(diagnostics) {}
  void Error(std::string_view rule_label, const std::string& pointer, std::string_view message);
  void Warning(std::string_view rule_label, const std::string& pointer, std::string_view message);
  [[nodiscard]] bool has_errors() const { return !diagnostics_.errors.empty(); }

 private:
  std::string Format(std::string_view rule_label, const std::string& pointer,
                     std::string_view message) const;
  std::string file_;
  Diagnostics& diagnostics_;
};

struct OperandAst {
  std::string fact;
  std::string path_text;  // as written
  ParsedPath path;        // valid when path_text is
  bool path_ok = true;
};

struct ConditionAst {
  enum class Kind { kAll, kAny, kNot, kLeaf, kInvalid } kind = Kind::kInvalid;
  std::string pointer;
  std::vector<ConditionAst> children;
  // kLeaf:
  OperandAst lhs;
  std::optional<Op> op;
  std::string op_name;
  bool value_is_fact = false;
  OperandAst value_fact;
  const rapidjson::Value* value = nullptr;  // the constant, when not a fact
  std::string value_pointer;
  std::uint32_t leaf_index = 0;  // set by the compiler
};

struct RuleAst {
  RuleInfo info;
  std::string label;  // rule "id", or empty when the id is unknown
  ConditionAst conditions;
};

struct PackAst {
  PackFormat format = PackFormat::kAilit;
  std::string id;
  std::string version;
  std::vector<std::pair<std::string, std::string>> extra_fields;
  std::vector<RuleAst> rules;
};

// `root` must outlive `out` (leaves point at their constants in it).
void ParsePack(const rapidjson::Value& root, PackAst& out, Reporter& reporter);

std::string_view OpName(Op op);
std::optional<Op> ParseOp(std::string_view name);
// "a string", "an array"...: for messages.
std::string_view JsonTypeName(const rapidjson::Value& v);
std::string ToJsonText(const rapidjson::Value& v);

}  // namespace ailit::internal

// Pack validation: every kind of mistake is reported with the file, the rule id and the JSON
// Pointer, and all of them are reported at once.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "rules/rules_test_support.h"

namespace ailit {
namespace {

using ::testing::HasSubstr;

// An ailit pack with one rule whose conditions are `conditions`.
std::string OneRule(std::string_view conditions, std::string_view extra = "") {
  return R"({"id": "p", "version": "1", "rules": [{"id": "r1", "conditions": )" +
         std::string(conditions) + std::string(extra) + R"(, "activates": [{"measure": "m1"}]}]})";
}

Diagnostics Compile(std::string_view json, FactCatalogue& catalogue) {
  RulePackResult r = CompileRulePack(json, "core.json", catalogue);
  EXPECT_EQ(r.ok(), r.diagnostics.ok());
  return r.diagnostics;
}

Diagnostics CompileOpen(std::string_view json) {
  FactCatalogue catalogue = FactCatalogue::Open();
  return Compile(json, catalogue);
}

// Asserts exactly one error, at `pointer`, whose message contains `text`.
void ExpectOneError(const Diagnostics& d, std::string_view pointer, std::string_view text) {
  ASSERT_EQ(d.errors.size(), 1u) << testing::ErrorText(d);
  EXPECT_EQ(d.errors[0].pointer, pointer);
  EXPECT_THAT(d.errors[0].message, HasSubstr(std::string(text)));
}

TEST(PackCompiler, UnknownOperatorNamesFileRuleAndPointer) {
  Diagnostics d = CompileOpen(OneRule(
      R"({"all": [{"fact": "a", "operator": "equal", "value": 1},
                  {"fact": "b", "operator": "equals", "value": 2}]})"));
  ExpectOneError(d, "/rules/0/conditions/all/1/operator", "");
  EXPECT_EQ(d.errors[0].message,
            "core.json: rule \"r1\": /rules/0/conditions/all/1/operator: unknown operator "
            "\"equals\" (allowed: equal, notEqual, lessThan, lessThanInclusive, greaterThan, "
            "greaterThanInclusive, in, notIn, contains, doesNotContain)");
}

TEST(PackCompiler, MalformedJson) {
  Diagnostics d = CompileOpen(R"({"id": "p", "rules": [)");
  ASSERT_EQ(d.errors.size(), 1u);
  EXPECT_THAT(d.errors[0].message, HasSubstr("core.json: "));
  EXPECT_THAT(d.errors[0].message, HasSubstr("JSON"));
}

TEST(PackCompiler, PackThatIsNeitherObjectNorArray) {
  ExpectOneError(CompileOpen("42"), "", "must be a JSON object");
}

TEST(PackCompiler, RootMustBeAllAnyOrNot) {
  ExpectOneError(CompileOpen(OneRule(R"({"fact": "a", "operator": "equal", "value": 1})")),
                 "/rules/0/conditions", "wrap this condition");
  ExpectOneError(CompileOpen(OneRule(R"({"all": [], "any": []})")), "/rules/0/conditions",
                 "not both \"all\" and \"any\"");
  ExpectOneError(CompileOpen(OneRule(R"([])")), "/rules/0/conditions", "must be an object");
}

TEST(PackCompiler, NestedConditionMixingBooleanAndLeaf) {
  ExpectOneError(CompileOpen(OneRule(
                     R"({"all": [{"any": [], "fact": "a", "operator": "equal", "value": 1}]})")),
                 "/rules/0/conditions/all/0", "not both");
}

TEST(PackCompiler, AllAndAnyTakeArraysNotTakesOneCondition) {
  ExpectOneError(CompileOpen(OneRule(R"({"all": {"fact": "a"}})")), "/rules/0/conditions/all",
                 "must be an array");
  ExpectOneError(
      CompileOpen(OneRule(R"({"not": [{"fact": "a", "operator": "equal", "value": 1}]})")),
      "/rules/0/conditions/not", "one condition object");
}

TEST(PackCompiler, MissingFactOperatorValue) {
  Diagnostics d = CompileOpen(OneRule(
      R"({"all": [{"operator": "equal", "value": 1}, {"fact": "a", "value": 1},
                  {"fact": "a", "operator": "equal"}]})"));
  ASSERT_EQ(d.errors.size(), 3u) << testing::ErrorText(d);
  EXPECT_EQ(d.errors[0].pointer, "/rules/0/conditions/all/0");
  EXPECT_THAT(d.errors[0].message,
              HasSubstr("rule \"r1\": /rules/0/conditions/all/0: missing \"fact\""));
  EXPECT_EQ(d.errors[1].pointer, "/rules/0/conditions/all/1");
  EXPECT_THAT(d.errors[1].message, HasSubstr("missing \"operator\""));
  EXPECT_EQ(d.errors[2].pointer, "/rules/0/conditions/all/2");
  EXPECT_THAT(d.errors[2].message, HasSubstr("missing \"value\""));
}

TEST(PackCompiler, BadPaths) {
  for (const char* path : {"$..a", "$.*", "$[*]", "$[?(@.a)]", "$[-1]", "$[0:2]", "a.b", "$.a b",
                           "$['a", "$.", "$['a,b']"}) {
    Diagnostics d = CompileOpen(OneRule(
        std::string(R"({"all": [{"fact": "a", "operator": "equal", "value": 1, "path": ")") + path +
        "\"}]}"));
    ASSERT_EQ(d.errors.size(), 1u) << path << "\n" << testing::ErrorText(d);
    EXPECT_EQ(d.errors[0].pointer, "/rules/0/conditions/all/0/path") << path;
    EXPECT_THAT(d.errors[0].message, HasSubstr("rule \"r1\"")) << path;
    EXPECT_THAT(d.errors[0].message, HasSubstr("path \"")) << path;
  }
  ExpectOneError(CompileOpen(OneRule(
                     R"({"all": [{"fact": "a", "operator": "equal", "value": 1, "path": 5}]})")),
                 "/rules/0/conditions/all/0/path", "must be text");
  ExpectOneError(
      CompileOpen(OneRule(
          R"({"all": [{"fact": "a", "operator": "equal", "value": {"fact": "b", "path": "$..x"}}]})")),
      "/rules/0/conditions/all/0/value/path", "recursive descent");
}

TEST(PackCompiler, DuplicateRuleId) {
  Diagnostics d = CompileOpen(R"({"id": "p", "version": "1", "rules": [
      {"id": "dup", "conditions": {"all": []}, "activates": [{"measure": "m"}]},
      {"id": "dup", "conditions": {"all": []}, "activates": [{"measure": "m"}]}]})");
  ExpectOneError(d, "/rules/1/id",
                 "duplicate rule id \"dup\" (first used by the rule at /rules/0)");
  EXPECT_THAT(d.errors[0].message, HasSubstr("rule \"dup\": /rules/1/id"));
}

TEST(PackCompiler, UnknownFactInClosedCatalogueSuggestsCloseNames) {
  FactCatalogue catalogue = FactCatalogue::Closed();
  (void)catalogue.Declare("employees", FactScope::kGlobal);
  Diagnostics d =
      Compile(OneRule(R"({"all": [{"fact": "employes", "operator": "greaterThan", "value": 1}]})"),
              catalogue);
  ExpectOneError(d, "/rules/0/conditions/all/0/fact",
                 "unknown fact \"employes\" (did you mean \"employees\"?)");
}

TEST(PackCompiler, UnknownFactInTheValueIsReportedToo) {
  FactCatalogue catalogue = FactCatalogue::Closed();
  (void)catalogue.Declare("a", FactScope::kGlobal);
  Diagnostics d =
      Compile(OneRule(R"({"all": [{"fact": "a", "operator": "equal", "value": {"fact": "zzz"}}]})"),
              catalogue);
  ExpectOneError(d, "/rules/0/conditions/all/0/value/fact", "unknown fact \"zzz\"");
}

TEST(PackCompiler, ForEachScopeViolations) {
  FactCatalogue catalogue = FactCatalogue::Closed();
  (void)catalogue.Declare("employees", FactScope::kGlobal);
  (void)catalogue.Declare("system.kind", FactScope::kSystem);
  (void)catalogue.Declare("group.training", FactScope::kGroup);
  auto rule = [](std::string_view for_each, std::string_view fact) {
    return R"({"id": "p", "version": "1", "rules": [{"id": "r", )" + std::string(for_each) +
           R"("conditions": {"all": [{"fact": ")" + std::string(fact) +
           R"(", "operator": "equal", "value": "x"}]}, "activates": [{"measure": "m"}]}]})";
  };
  ExpectOneError(Compile(rule("", "system.kind"), catalogue), "/rules/0/conditions/all/0/fact",
                 "rule \"r\": /rules/0/conditions/all/0/fact: fact \"system.kind\" has one value "
                 "per AI system; only a rule with \"for_each\": \"system\" can use it");
  ExpectOneError(Compile(rule(R"("for_each": "system", )", "group.training"), catalogue),
                 "/rules/0/conditions/all/0/fact",
                 "a \"for_each\": \"system\" rule can use global and per-system facts only");
  ExpectOneError(Compile(rule(R"("for_each": "staff_group", )", "system.kind"), catalogue),
                 "/rules/0/conditions/all/0/fact",
                 "a \"for_each\": \"staff_group\" rule can use global and per-staff-group facts");
  EXPECT_TRUE(Compile(rule(R"("for_each": "system", )", "system.kind"), catalogue).ok());
  EXPECT_TRUE(Compile(rule(R"("for_each": "system", )", "employees"), catalogue).ok());
  ExpectOneError(Compile(rule(R"("for_each": "everything", )", "employees"), catalogue),
                 "/rules/0/for_each", "\"system\" or \"staff_group\"");
}

TEST(PackCompiler, ForEachNeedsProfileFacts) {
  Diagnostics d = CompileOpen(R"({"id": "p", "version": "1", "rules": [{"id": "r",
      "for_each": "system", "conditions": {"all": []}, "activates": [{"measure": "m"}]}]})");
  ExpectOneError(d, "/rules/0/for_each", "\"for_each\" needs profile facts");
}

TEST(PackCompiler, BadActivationFields) {
  Diagnostics d = CompileOpen(R"({"id": "p", "version": "1", "rules": [{"id": "r",
      "conditions": {"all": []},
      "activates": [{"priority": 101, "year": 0, "step": "plan", "targets": ["kcc", 3]},
                    {"measure": "bad id!"}, "m"]}]})");
  ASSERT_EQ(d.errors.size(), 7u) << testing::ErrorText(d);
  std::vector<std::string> pointers;
  for (const Diagnostic& e : d.errors) {
    pointers.push_back(e.pointer);
    EXPECT_THAT(e.message, HasSubstr("core.json: rule \"r\": /rules/0/activates/"));
  }
  EXPECT_EQ(pointers,
            (std::vector<std::string>{"/rules/0/activates/0", "/rules/0/activates/0/priority",
                                      "/rules/0/activates/0/year", "/rules/0/activates/0/step",
                                      "/rules/0/activates/0/targets",
                                      "/rules/0/activates/1/measure", "/rules/0/activates/2"}));
  ExpectOneError(CompileOpen(R"({"id": "p", "version": "1", "rules": [{"id": "r",
      "conditions": {"all": []}, "activates": []}]})"),
                 "/rules/0/activates", "non-empty array");
  ExpectOneError(CompileOpen(R"({"id": "p", "version": "1", "rules": [{"id": "r",
      "conditions": {"all": []}}]})"),
                 "/rules/0", "missing \"activates\"");
}

TEST(PackCompiler, BadRuleFields) {
  Diagnostics d = CompileOpen(R"({"id": "p", "version": "1", "rules": [
      {"id": "has space", "priority": 0, "conditions": {"all": []}, "activates": [{"measure": "m"}]},
      {"priority": 2, "conditions": {"all": []}, "activates": [{"measure": "m"}]}]})");
  ASSERT_EQ(d.errors.size(), 3u) << testing::ErrorText(d);
  EXPECT_EQ(d.errors[0].pointer, "/rules/0/id");
  EXPECT_EQ(d.errors[1].pointer, "/rules/0/priority");
  EXPECT_THAT(d.errors[1].message, HasSubstr("rule \"has space\""));
  EXPECT_EQ(d.errors[2].pointer, "/rules/1");
  EXPECT_THAT(d.errors[2].message, HasSubstr("missing \"id\""));
}

TEST(PackCompiler, PackFields) {
  Diagnostics d = CompileOpen(R"({"rules": {}})");
  ASSERT_EQ(d.errors.size(), 3u) << testing::ErrorText(d);
  EXPECT_THAT(d.errors[0].message, HasSubstr("missing \"id\""));
  EXPECT_THAT(d.errors[1].message, HasSubstr("missing \"version\""));
  EXPECT_EQ(d.errors[2].pointer, "/rules");
}

TEST(PackCompiler, SharedConditionReferenceIsRefused) {
  ExpectOneError(CompileOpen(OneRule(R"({"all": [{"condition": "isAdult"}]})")),
                 "/rules/0/conditions/all/0/condition", "cannot be resolved from a rules file");
  ExpectOneError(CompileOpen(OneRule(R"({"condition": "isAdult"})")),
                 "/rules/0/conditions/condition", "cannot be resolved");
}

TEST(PackCompiler, InNeedsAnArrayValue) {
  ExpectOneError(
      CompileOpen(OneRule(R"({"all": [{"fact": "a", "operator": "in", "value": "abc"}]})")),
      "/rules/0/conditions/all/0/value", "must be an array");
  EXPECT_TRUE(
      CompileOpen(
          OneRule(R"({"all": [{"fact": "a", "operator": "notIn", "value": {"fact": "b"}}]})"))
          .ok());
}

TEST(PackCompiler, ConditionPriorityMustBePositive) {
  ExpectOneError(CompileOpen(OneRule(R"({"all": [], "priority": 0})")),
                 "/rules/0/conditions/priority", "1 or more");
}

TEST(PackCompiler, CollectsEveryProblemAtOnce) {
  Diagnostics d = CompileOpen(R"({"id": "p", "version": "1", "rules": [
      {"id": "a", "conditions": {"all": [{"fact": "x", "operator": "is", "value": 1},
                                         {"fact": "x", "operator": "equal"}]},
       "activates": [{"measure": "m", "year": 4}]},
      {"id": "b", "conditions": {"any": [{"fact": "x", "operator": "equal", "value": 1, "path": "$..y"}]},
       "activates": [{"measure": "m"}]},
      {"id": "a", "conditions": {"fact": "x"}, "activates": [{"measure": "m"}]}]})");
  EXPECT_EQ(d.errors.size(), 6u) << testing::ErrorText(d);
}

TEST(PackCompiler, UnknownFieldsAreWarningsAndTopLevelExtrasAreKept) {
  FactCatalogue catalogue = FactCatalogue::Open();
  RulePackResult r = CompileRulePack(R"({"id": "ailit.core", "version": "1.0.0",
      "legal_basis": {"article": 4}, "rules": [{"id": "r", "sources": [],
      "conditions": {"all": [{"fact": "a", "operator": "equal", "value": 1, "params": {}}]},
      "activates": [{"measure": "m", "note": "x"}]}]})",
                                     "core.json", catalogue);
  ASSERT_TRUE(r.ok()) << testing::ErrorText(r.diagnostics);
  EXPECT_EQ(r.diagnostics.warnings.size(), 3u);
  EXPECT_EQ(r.pack->id(), "ailit.core");
  EXPECT_EQ(r.pack->version(), "1.0.0");
  ASSERT_EQ(r.pack->extra_fields().size(), 1u);
  EXPECT_EQ(r.pack->extra_fields()[0].first, "legal_basis");
  EXPECT_EQ(r.pack->extra_fields()[0].second, R"({"article":4})");
}

TEST(PackCompiler, AilitPackRuleInfo) {
  FactCatalogue catalogue = FactCatalogue::Closed();
  (void)catalogue.Declare("system.kind", FactScope::kSystem);
  RulePackResult r = CompileRulePack(R"({"id": "p", "version": "2", "rules": [
      {"id": "genai", "priority": 50, "for_each": "system", "description": "why",
       "conditions": {"all": [{"fact": "system.kind", "operator": "equal", "value": "generative"}]},
       "activates": [{"measure": "execute.genai", "priority": 80, "year": 1, "step": "execute",
                      "targets": ["kcc"]}, {"measure": "m2"}]}]})",
                                     "p.json", catalogue);
  ASSERT_TRUE(r.ok()) << testing::ErrorText(r.diagnostics);
  ASSERT_EQ(r.pack->rules().size(), 1u);
  const RuleInfo& rule = r.pack->rules()[0];
  EXPECT_EQ(rule.id, "genai");
  EXPECT_EQ(rule.priority, 50);
  EXPECT_EQ(rule.for_each, ForEach::kSystem);
  EXPECT_EQ(rule.description, "why");
  EXPECT_EQ(rule.pointer, "/rules/0");
  ASSERT_EQ(rule.activates.size(), 2u);
  EXPECT_EQ(rule.activates[0].measure, "execute.genai");
  EXPECT_EQ(rule.activates[0].priority, 80);
  EXPECT_EQ(rule.activates[0].year, 1);
  EXPECT_EQ(rule.activates[0].step, PlanStep::kExecute);
  EXPECT_EQ(rule.activates[0].targets, (std::vector<std::string>{"kcc"}));
  EXPECT_EQ(rule.activates[1].priority, std::nullopt);
  EXPECT_EQ(rule.activates[1].targets, std::nullopt);
  EXPECT_EQ(r.pack->format(), PackFormat::kAilit);
}

}  // namespace
}  // namespace ailit

namespace ailit {
namespace {

TEST(PackCompilerDescription, TakesTextOrBothLanguages) {
  FactCatalogue catalogue = FactCatalogue::Open();
  RulePackResult both = CompileRulePack(
      R"({"id": "p", "version": "1", "rules": [{"id": "r", "priority": 1,
          "description": {"en": "Why.", "nl": "Waarom."},
          "conditions": {"all": [{"fact": "a", "operator": "equal", "value": 1}]},
          "activates": [{"measure": "m"}]}]})",
      "p.json", catalogue);
  ASSERT_TRUE(both.ok());
  EXPECT_EQ(both.pack->rules()[0].Description(false), "Why.");
  EXPECT_EQ(both.pack->rules()[0].Description(true), "Waarom.");
  RulePackResult bad = CompileRulePack(
      R"({"id": "p", "version": "1", "rules": [{"id": "r", "priority": 1,
          "description": {"en": "Why."},
          "conditions": {"all": [{"fact": "a", "operator": "equal", "value": 1}]},
          "activates": [{"measure": "m"}]}]})",
      "p.json", catalogue);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.diagnostics.errors[0].pointer, "/rules/0/description");
}

}  // namespace
}  // namespace ailit

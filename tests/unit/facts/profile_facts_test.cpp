// Facts derived from a profile: their values, for_each over systems and groups, and the list in
// docs/rules.md, which must name exactly the declared facts.
#include "ailit/profile_facts.h"

#include <gtest/gtest.h>

#include <set>
#include <sstream>

#include "ailit/rules.h"
#include "support/files.h"
#include "support/profile_builder.h"

namespace ailit {
namespace {

using testing::ProfileBuilder;

struct Filled {
  Profile profile;
  Scores scores;
  ProfileFacts facts;
  FactTable table{facts.catalogue()};
};

std::unique_ptr<Filled> Fill(const std::string& json) {
  auto f = std::make_unique<Filled>();
  ProfileResult r = ParseProfile(json);
  EXPECT_TRUE(r.ok());
  f->profile = *r.profile;
  f->scores = ScoreProfile(f->profile, SectorRiskTable::CoreDefaults());
  f->table = FactTable(f->facts.catalogue());
  f->facts.Fill(f->profile, f->scores, f->table);
  return f;
}

const FactValue& Get(const Filled& f, const std::string& name, std::size_t item = 0) {
  auto info = f.facts.catalogue().Find(name);
  EXPECT_TRUE(info.has_value()) << name;
  return f.table.Get(info->scope, item, info->slot);
}

TEST(ProfileFacts, GlobalFactsDescribeTheOrganisation) {
  auto f = Fill(ProfileBuilder().Json());
  EXPECT_EQ(Get(*f, "organisation.sector").text(), "municipality");
  EXPECT_EQ(Get(*f, "organisation.employees").number(), 1200);
  EXPECT_EQ(Get(*f, "organisation.kind").text(), "public");
  EXPECT_EQ(Get(*f, "organisation.size_class").text(), "large");
  EXPECT_EQ(Get(*f, "governance.genai_guidelines").text(), "draft");
  EXPECT_TRUE(Get(*f, "governance.responsible_assigned").boolean());
  EXPECT_EQ(Get(*f, "governance.responsible_assigned").kind(), FactKind::kBool);
  EXPECT_TRUE(Get(*f, "external_parties.customers_interact_with_ai").boolean());
  EXPECT_EQ(Get(*f, "systems.count").number(), 1);
  EXPECT_EQ(Get(*f, "systems.generative_count").number(), 1);
  EXPECT_EQ(Get(*f, "systems.high_risk_count").number(), 0);
  EXPECT_EQ(Get(*f, "systems.kinds").items().size(), 1u);
  EXPECT_EQ(Get(*f, "systems.kinds").items()[0].text(), "generative");
  // Enum lists carry the catalogue's symbols, so rules compare them as integers.
  EXPECT_EQ(Get(*f, "systems.kinds").items()[0].symbol(),
            f->facts.catalogue().FindSymbol("generative"));
  EXPECT_NE(Get(*f, "systems.kinds").items()[0].symbol(), kNoSymbol);
  EXPECT_EQ(Get(*f, "staff.headcount").number(), 40);
  EXPECT_EQ(Get(*f, "staff.untrained_headcount").number(), 40);
  EXPECT_EQ(Get(*f, "staff.max_gap").number(), 1);
  EXPECT_EQ(Get(*f, "scores.overall").number(), 43);
  EXPECT_EQ(Get(*f, "scores.level").text(), "medium");
  EXPECT_EQ(Get(*f, "implemented_measures").kind(), FactKind::kArray);
}

TEST(ProfileFacts, SizeClassFollowsTheEuSmeDefinition) {
  auto size = [](int n) {
    auto f = Fill(ProfileBuilder().Set("/organisation/employees", std::to_string(n)).Json());
    return std::string(Get(*f, "organisation.size_class").text());
  };
  EXPECT_EQ(size(9), "micro");
  EXPECT_EQ(size(10), "small");
  EXPECT_EQ(size(49), "small");
  EXPECT_EQ(size(50), "medium");
  EXPECT_EQ(size(249), "medium");
  EXPECT_EQ(size(250), "large");
}

TEST(ProfileFacts, SystemAndGroupRows) {
  auto f = Fill(ProfileBuilder()
                    .Set("/ai_systems/1", R"({"id": "signal", "risk_class": "high",
                        "decision_role": "supports", "affected": ["vulnerable", "citizens"],
                        "used_by": ["kcc"]})")
                    .Json());
  EXPECT_EQ(Get(*f, "system.id", 1).text(), "signal");
  EXPECT_EQ(Get(*f, "system.risk_class", 1).text(), "high");
  ASSERT_EQ(Get(*f, "system.affected", 1).items().size(), 2u);
  EXPECT_EQ(Get(*f, "system.affected", 1).items()[0].text(), "citizens");  // contract order
  EXPECT_EQ(Get(*f, "system.used_by", 1).items()[0].text(), "kcc");
  EXPECT_EQ(Get(*f, "system.level", 1).text(), "high");
  EXPECT_TRUE(Get(*f, "group.uses_high_risk", 0).boolean());
  EXPECT_TRUE(Get(*f, "group.oversees_high_risk", 0).boolean());
  EXPECT_EQ(Get(*f, "group.systems", 0).items().size(), 2u);
  EXPECT_EQ(Get(*f, "group.required_level", 0).number(), 3);
  EXPECT_FALSE(Get(*f, "group.uses_prohibited", 0).boolean());
  EXPECT_TRUE(Get(*f, "system.people_affected", 1).is_undefined());  // not given
  EXPECT_EQ(Get(*f, "system.people_affected", 0).number(), 50000);
}

TEST(ProfileFacts, ForEachRulesFireOncePerMatchingSystemAndGroup) {
  ProfileFacts facts;
  RulePackResult compiled = CompileRulePack(R"({"id": "t", "version": "1", "rules": [
      {"id": "oversight", "priority": 90, "for_each": "staff_group",
       "conditions": {"all": [{"fact": "group.oversees_high_risk", "operator": "equal", "value": true}]},
       "activates": [{"measure": "human-oversight"}]},
      {"id": "classify", "priority": 80, "for_each": "system",
       "conditions": {"any": [{"fact": "system.risk_class", "operator": "equal", "value": "unknown"},
                              {"fact": "system.status", "operator": "in", "value": ["planned", "pilot"]}]},
       "activates": [{"measure": "classify-first"}]},
      {"id": "genai", "priority": 50,
       "conditions": {"all": [{"fact": "systems.kinds", "operator": "contains", "value": "generative"},
                              {"fact": "governance.genai_guidelines", "operator": "notEqual", "value": "yes"}]},
       "activates": [{"measure": "genai-guidelines"}]}]})",
                                            "test.json", facts.catalogue());
  ASSERT_TRUE(compiled.ok()) << compiled.diagnostics.errors[0].message;
  ProfileResult r = ParseProfile(ProfileBuilder()
                                     .Set("/ai_systems/1", R"({"id": "a", "risk_class": "high",
                                         "decision_role": "decides", "used_by": ["ops"]})")
                                     .Set("/ai_systems/2", R"({"id": "b"})")
                                     .Set("/ai_systems/3", R"({"id": "c", "risk_class": "minimal",
                                         "status": "pilot"})")
                                     .Set("/staff_groups/1", R"({"id": "ops"})")
                                     .Set("/staff_groups/2", R"({"id": "board", "role": "board"})")
                                     .Json());
  ASSERT_TRUE(r.ok());
  Scores scores = ScoreProfile(*r.profile, SectorRiskTable::CoreDefaults());
  FactTable table(facts.catalogue());
  facts.Fill(*r.profile, scores, table);
  std::vector<Firing> fired;
  compiled.pack->Evaluate(table, fired);
  EXPECT_EQ(fired, (std::vector<Firing>{{0, 1}, {1, 2}, {1, 3}, {2, -1}}));
}

TEST(ProfileFacts, PacksNamingUnknownFactsDoNotCompile) {
  ProfileFacts facts;
  RulePackResult compiled = CompileRulePack(R"({"id": "t", "version": "1", "rules": [
      {"id": "typo", "priority": 1,
       "conditions": {"all": [{"fact": "governance.genai_guideline", "operator": "equal", "value": "no"}]},
       "activates": [{"measure": "genai-guidelines"}]}]})",
                                            "typo.json", facts.catalogue());
  ASSERT_FALSE(compiled.ok());
  EXPECT_NE(compiled.diagnostics.errors[0].message.find("governance.genai_guidelines"),
            std::string::npos)
      << compiled.diagnostics.errors[0].message;
}

// docs/rules.md lists every fact a rule author can use; it must match the declared facts exactly.
TEST(ProfileFacts, DocumentationListsExactlyTheDeclaredFacts) {
  std::string doc = testing::ReadFile(testing::SourcePath("docs/rules.md"));
  auto start = doc.find("## Facts from a profile");
  ASSERT_NE(start, std::string::npos);
  auto end = doc.find("\n## ", start + 1);
  std::string section =
      doc.substr(start, end == std::string::npos ? std::string::npos : end - start);
  // The first cell of every table row holds the fact names, each in backticks.
  std::set<std::string> documented;
  std::istringstream lines(section);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("| ", 0) != 0) continue;
    std::string first = line.substr(2, line.find(" |", 2) - 2);
    for (std::size_t open = first.find('`'); open != std::string::npos;) {
      std::size_t close = first.find('`', open + 1);
      if (close == std::string::npos) break;
      documented.insert(first.substr(open + 1, close - open - 1));
      open = first.find('`', close + 1);
    }
  }
  std::set<std::string> declared;
  ProfileFacts facts;
  for (const auto& d : facts.declared()) declared.insert(d.name);
  EXPECT_EQ(documented, declared);
}

}  // namespace
}  // namespace ailit

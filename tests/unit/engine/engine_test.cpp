#include <gtest/gtest.h>

#include <string>

#include "ailit/engine.h"
#include "support/knowledge.h"

namespace ailit {
namespace {

using testing::FixtureKnowledge;

std::string AllMessages(const Diagnostics& d) {
  std::string out;
  for (const Diagnostic& e : d.errors) out += e.message + "\n";
  return out;
}

void Replace(std::string& text, const std::string& from, const std::string& to) {
  std::size_t at = text.find(from);
  ASSERT_NE(at, std::string::npos) << from;
  text.replace(at, from.size(), to);
}

TEST(EngineTest, TheCoreKnowledgeBaseLoadsCleanly) {
  EngineResult built = Engine::Create(CoreKnowledge());
  EXPECT_TRUE(built.diagnostics.errors.empty()) << AllMessages(built.diagnostics);
  for (const Diagnostic& w : built.diagnostics.warnings) ADD_FAILURE() << "warning: " << w.message;
  ASSERT_TRUE(built.ok());
  EXPECT_FALSE(built.engine->legal_basis().act.nl.empty());
  EXPECT_FALSE(built.engine->packs().empty());
}

TEST(EngineTest, ARulePointingAtAnUnknownMeasureFailsTheLoad) {
  KnowledgeSource source = FixtureKnowledge();
  Replace(source.rules_json, R"("measure": "t.board")", R"("measure": "t.bored")");
  EngineResult built = Engine::Create({source});
  ASSERT_FALSE(built.ok());
  EXPECT_EQ(built.diagnostics.errors[0].pointer, "/rules/0/activates/0/measure");
  EXPECT_NE(AllMessages(built.diagnostics)
                .find("rules.json: rule \"board\": /rules/0/activates/0/measure: unknown measure "
                      "\"t.bored\""),
            std::string::npos)
      << AllMessages(built.diagnostics);
}

TEST(EngineTest, ARuleReadingAnUnknownFactFailsTheLoad) {
  KnowledgeSource source = FixtureKnowledge();
  Replace(source.rules_json, R"("fact": "governance.board_anchored")",
          R"("fact": "governance.board_anchor")");
  EngineResult built = Engine::Create({source});
  ASSERT_FALSE(built.ok());
  EXPECT_NE(AllMessages(built.diagnostics).find("unknown fact \"governance.board_anchor\""),
            std::string::npos)
      << AllMessages(built.diagnostics);
}

TEST(EngineTest, TargetsMustFitTheRuleScope) {
  KnowledgeSource source = FixtureKnowledge();
  Replace(source.rules_json, R"("measure": "t.stop", "targets": ["system_users"])",
          R"("measure": "t.stop", "targets": ["group", "role:wizard"])");
  EngineResult built = Engine::Create({source});
  ASSERT_FALSE(built.ok());
  std::string all = AllMessages(built.diagnostics);
  EXPECT_NE(all.find("/rules/1/activates/0/targets/0: target \"group\" needs a rule with "
                     "\"for_each\": \"staff_group\""),
            std::string::npos)
      << all;
  EXPECT_NE(all.find("/rules/1/activates/0/targets/1: unknown role in target \"role:wizard\""),
            std::string::npos)
      << all;
}

TEST(EngineTest, TheFirstPackMustNameItsLegalBasis) {
  KnowledgeSource source = FixtureKnowledge();
  Replace(source.rules_json, R"("text_of": "2024-07-12")", R"("text_of": "12 July 2024")");
  EngineResult built = Engine::Create({source});
  ASSERT_FALSE(built.ok());
  EXPECT_NE(AllMessages(built.diagnostics).find("/legal_basis/text_of: must be a date"),
            std::string::npos);

  source = FixtureKnowledge();
  std::size_t from = source.rules_json.find("\"legal_basis\"");
  std::size_t to = source.rules_json.find("\"rules\"");
  source.rules_json.erase(from, to - from);
  built = Engine::Create({source});
  ASSERT_FALSE(built.ok());
  EXPECT_NE(AllMessages(built.diagnostics).find("must name its \"legal_basis\""),
            std::string::npos);
}

TEST(EngineTest, EveryRuleKnowsTheFactsItReads) {
  auto engine = testing::FixtureEngine();
  ASSERT_TRUE(engine);
  const RuleInfo& board = engine->packs()[0].pack.rules()[0];
  ASSERT_EQ(board.facts.size(), 1u);
  EXPECT_EQ(board.facts[0], "governance.board_anchored");
}

}  // namespace
}  // namespace ailit

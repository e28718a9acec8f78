// Plan assembly over the small fixture knowledge base (tests/fixtures/knowledge/), so each
// behaviour is checked against rules whose outcome the test can state exactly.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <span>
#include <string>

#include "ailit/recommendation.h"
#include "support/knowledge.h"
#include "support/profile_builder.h"

namespace ailit {
namespace {

using testing::FindMeasure;
using testing::MeasureId;
using testing::ProfileBuilder;

// A plan's index list as a vector, to compare with an expected one.
std::vector<std::uint32_t> List(std::span<const std::uint32_t> s) {
  return {s.begin(), s.end()};
}

class RecommendTest : public ::testing::Test {
 protected:
  Recommendation Run(const ProfileBuilder& profile, RecommendOptions options = {}) {
    return testing::RecommendFor(engine_, profile.Json(), options);
  }
  std::shared_ptr<const Engine> engine_ = testing::FixtureEngine();
};

const char* kTwoHighRiskSystems = R"([
  {"id": "chatbot", "kind": "generative", "risk_class": "limited", "used_by": ["kcc"]},
  {"id": "benefits", "kind": "predictive", "risk_class": "high", "decision_role": "supports",
   "affected": ["citizens", "vulnerable"], "people_affected": 5000, "personal_data": "personal",
   "used_by": ["case"]},
  {"id": "permits", "kind": "classification", "risk_class": "high", "used_by": ["kcc", "case"]}])";

const char* kTwoGroups = R"([
  {"id": "kcc", "role": "operator", "headcount": 40},
  {"id": "case", "name": "Case workers", "role": "operator", "headcount": 25},
  {"id": "board", "role": "board", "headcount": 7, "training": "role_specific",
   "technical_knowledge": "advanced", "ai_experience": "extensive"}])";

TEST_F(RecommendTest, PreconditionsFollowGovernance) {
  Recommendation rec = Run(ProfileBuilder());
  ASSERT_EQ(rec.preconditions.size(), 4u);
  EXPECT_EQ(rec.preconditions[0].id, PreconditionId::kBoard);
  EXPECT_EQ(rec.preconditions[0].status, PreconditionStatus::kPartial);  // "partly"
  EXPECT_EQ(rec.preconditions[1].status, PreconditionStatus::kMissing);  // budget "no"
  EXPECT_EQ(rec.preconditions[2].status, PreconditionStatus::kInPlace);  // responsible assigned
  EXPECT_EQ(rec.preconditions[3].status, PreconditionStatus::kMissing);  // reporting "no"

  rec = Run(ProfileBuilder()
                .Set("/governance/board_anchored", "\"yes\"")
                .Set("/governance/budget", "\"partly\"")
                .Set("/governance/responsible_assigned", "false")
                .Set("/governance/working_group", "true")
                .Set("/governance/periodic_reporting", "\"yes\""));
  EXPECT_EQ(rec.preconditions[0].status, PreconditionStatus::kInPlace);
  EXPECT_EQ(rec.preconditions[1].status, PreconditionStatus::kPartial);
  EXPECT_EQ(rec.preconditions[2].status, PreconditionStatus::kPartial) << "a working group only";
  EXPECT_EQ(rec.preconditions[3].status, PreconditionStatus::kInPlace);
  EXPECT_EQ(FindMeasure(rec, "t.board"), nullptr) << "anchored at board level: nothing to plan";

  rec = Run(ProfileBuilder().Set("/governance/responsible_assigned", "false"));
  EXPECT_EQ(rec.preconditions[2].status, PreconditionStatus::kMissing);
}

TEST_F(RecommendTest, AProhibitedPracticeComesFirstWithTopPriority) {
  Recommendation rec = Run(ProfileBuilder().Set("/ai_systems/1", R"({"id": "emotion",
      "kind": "recognition", "risk_class": "prohibited", "affected": ["employees"],
      "used_by": ["kcc"]})"));
  ASSERT_FALSE(rec.measures.empty());
  const PlannedMeasure& first = rec.measures.front();
  EXPECT_EQ(MeasureId(rec, first), "t.stop");
  EXPECT_EQ(first.priority, 100);
  EXPECT_EQ(first.year, 1);
  EXPECT_EQ(List(first.systems), std::vector<std::uint32_t>{1});
  EXPECT_EQ(List(first.groups), std::vector<std::uint32_t>{0});
  for (std::size_t i = 1; i < rec.measures.size(); ++i) EXPECT_LT(rec.measures[i].priority, 100);
}

TEST_F(RecommendTest, OneMeasurePerIdWithSystemsTargetsAndCausesMerged) {
  Recommendation rec = Run(
      ProfileBuilder().Set("/staff_groups", kTwoGroups).Set("/ai_systems", kTwoHighRiskSystems));
  auto count = std::count_if(rec.measures.begin(), rec.measures.end(),
                             [&](const auto& m) { return MeasureId(rec, m) == "t.oversight"; });
  EXPECT_EQ(count, 1);
  const PlannedMeasure* oversight = FindMeasure(rec, "t.oversight");
  ASSERT_NE(oversight, nullptr);
  EXPECT_EQ(List(oversight->systems), (std::vector<std::uint32_t>{1, 2}));
  EXPECT_EQ(List(oversight->groups), (std::vector<std::uint32_t>{0, 1}))
      << "users of either system";
  ASSERT_EQ(oversight->because.size(), 2u);
  EXPECT_EQ(oversight->because[0].item, 1);
  EXPECT_EQ(oversight->because[1].item, 2);
  ASSERT_EQ(oversight->because[0].facts.size(), 1u);
  EXPECT_EQ(oversight->because[0].facts[0].fact, "system.risk_class");
  EXPECT_EQ(oversight->because[0].facts[0].value, "\"high\"");
}

TEST_F(RecommendTest, RiskRaisesPriorityAndUrgentMeasuresMoveToYearOne) {
  Recommendation rec = Run(
      ProfileBuilder().Set("/staff_groups", kTwoGroups).Set("/ai_systems", kTwoHighRiskSystems));
  const PlannedMeasure* oversight = FindMeasure(rec, "t.oversight");
  ASSERT_NE(oversight, nullptr);
  const Measure& m = *engine_->measures().Find("t.oversight");
  EXPECT_EQ(m.year, 2);
  EXPECT_GT(oversight->priority, m.priority) << "a high-risk system raises the base priority";
  EXPECT_EQ(oversight->year, 1) << "priority >= 80 is planned in year 1";

  const PlannedMeasure* board = FindMeasure(rec, "t.board");
  ASSERT_NE(board, nullptr);
  EXPECT_LT(board->priority, 80);
  EXPECT_EQ(board->year, 2);
}

TEST_F(RecommendTest, GroupRulesTargetTheirGroupAndRolesResolveToGroups) {
  Recommendation rec = Run(
      ProfileBuilder().Set("/staff_groups", kTwoGroups).Set("/ai_systems", kTwoHighRiskSystems));
  const PlannedMeasure* training = FindMeasure(rec, "t.training");
  ASSERT_NE(training, nullptr);
  for (std::uint32_t g : training->groups) {
    EXPECT_GT(rec.scores.groups[g].gap, 0) << rec.profile.staff_groups[g].id;
  }
  EXPECT_EQ(std::count(training->groups.begin(), training->groups.end(), 2u), 0)
      << "the trained board has no gap";
  const PlannedMeasure* board = FindMeasure(rec, "t.board");
  ASSERT_NE(board, nullptr);
  EXPECT_EQ(List(board->groups), std::vector<std::uint32_t>{2}) << "role:board";
  const PlannedMeasure* basic = FindMeasure(rec, "t.basic");
  ASSERT_NE(basic, nullptr);
  EXPECT_EQ(List(basic->groups), (std::vector<std::uint32_t>{0, 1, 2})) << "all_staff";
}

TEST_F(RecommendTest, CustomersAreTargetedOnlyWhenTheyMeetAi) {
  Recommendation rec = Run(ProfileBuilder());
  const PlannedMeasure* customers = FindMeasure(rec, "t.customers");
  ASSERT_NE(customers, nullptr);
  EXPECT_TRUE(customers->customers);
  EXPECT_FALSE(customers->service_providers);
  EXPECT_TRUE(customers->groups.empty());

  rec = Run(ProfileBuilder().Set("/external_parties/customers_interact_with_ai", "false"));
  EXPECT_EQ(FindMeasure(rec, "t.customers"), nullptr);
}

TEST_F(RecommendTest, SizeDecidesWhichMeasuresAndHowMuchEffort) {
  Recommendation large = Run(ProfileBuilder());
  Recommendation micro = Run(ProfileBuilder().Set("/organisation/employees", "8"));
  ASSERT_NE(FindMeasure(large, "t.portal"), nullptr);
  EXPECT_EQ(FindMeasure(micro, "t.portal"), nullptr) << "a portal is for medium and large only";
  EXPECT_EQ(FindMeasure(large, "t.basic")->effort, Effort::kHigh);
  EXPECT_EQ(FindMeasure(micro, "t.basic")->effort, Effort::kLow);
}

TEST_F(RecommendTest, ImplementedMeasuresAreInPlaceAndNotPlannedAgain) {
  Recommendation rec =
      Run(ProfileBuilder().Set("/implemented_measures", R"(["t.basic", "t.nope"])"));
  const PlannedMeasure* basic = FindMeasure(rec, "t.basic");
  ASSERT_NE(basic, nullptr);
  EXPECT_EQ(basic->status, MeasureStatus::kInPlace);
  EXPECT_EQ(rec.measures.back().status, MeasureStatus::kInPlace) << "in-place measures come last";
  auto in_place = std::count_if(rec.measures.begin(), rec.measures.end(),
                                [](const auto& m) { return m.status == MeasureStatus::kInPlace; });
  EXPECT_EQ(in_place, 1);
  bool warned = std::any_of(rec.diagnostics.warnings.begin(), rec.diagnostics.warnings.end(),
                            [](const Diagnostic& d) {
                              return d.pointer == "/implemented_measures/1" &&
                                     d.message.find("\"t.nope\"") != std::string::npos;
                            });
  EXPECT_TRUE(warned);
}

TEST_F(RecommendTest, MeasuresAreSortedByYearThenPriority) {
  Recommendation rec = Run(
      ProfileBuilder().Set("/staff_groups", kTwoGroups).Set("/ai_systems", kTwoHighRiskSystems));
  for (std::size_t i = 1; i < rec.measures.size(); ++i) {
    const PlannedMeasure& a = rec.measures[i - 1];
    const PlannedMeasure& b = rec.measures[i];
    if (b.status == MeasureStatus::kInPlace) break;
    EXPECT_TRUE(a.year < b.year || (a.year == b.year && a.priority >= b.priority))
        << MeasureId(rec, a) << " before " << MeasureId(rec, b);
  }
}

TEST_F(RecommendTest, AnUnknownSectorGetsTheCorePlanAndAWarning) {
  Recommendation rec = Run(ProfileBuilder().Set("/organisation/sector", "\"bakery\""));
  EXPECT_FALSE(rec.measures.empty());
  bool warned = std::any_of(
      rec.diagnostics.warnings.begin(), rec.diagnostics.warnings.end(), [](const Diagnostic& d) {
        return d.pointer == "/organisation/sector" &&
               d.message.find("no sector plugin serves \"bakery\"") != std::string::npos;
      });
  EXPECT_TRUE(warned);
}

TEST_F(RecommendTest, ExplainTracesEveryRuleAndItem) {
  Recommendation plain = Run(ProfileBuilder());
  EXPECT_TRUE(plain.explain.empty());
  Recommendation rec = Run(ProfileBuilder(), {.explain = true});
  ASSERT_EQ(rec.explain.size(), 1u);
  // 3 global rules, 2 system rules x 1 system, 1 group rule x 1 group.
  EXPECT_EQ(rec.explain[0].rules.size(), 6u);
  auto fired = std::count_if(rec.explain[0].rules.begin(), rec.explain[0].rules.end(),
                             [](const RuleTrace& t) { return t.fired; });
  std::size_t causes = 0;
  for (const PlannedMeasure& m : rec.measures) causes += m.because.size();
  EXPECT_GE(causes, static_cast<std::size_t>(fired)) << "every firing is a cause";
}

// A plan's lists and fact values live in storage it shares with its copies, not in the
// per-thread memory the next request on the same thread reuses.
TEST_F(RecommendTest, APlanKeepsItsCausesThroughLaterRequestsAndCopies) {
  auto first = std::make_unique<Recommendation>(Run(
      ProfileBuilder().Set("/staff_groups", kTwoGroups).Set("/ai_systems", kTwoHighRiskSystems)));
  Recommendation copy = *first;
  Recommendation other = Run(ProfileBuilder());
  first.reset();
  const PlannedMeasure* oversight = FindMeasure(copy, "t.oversight");
  ASSERT_NE(oversight, nullptr);
  EXPECT_EQ(List(oversight->systems), (std::vector<std::uint32_t>{1, 2}));
  EXPECT_EQ(List(oversight->groups), (std::vector<std::uint32_t>{0, 1}));
  ASSERT_EQ(oversight->because.size(), 2u);
  EXPECT_EQ(oversight->because[1].item, 2);
  ASSERT_EQ(oversight->because[1].facts.size(), 1u);
  EXPECT_EQ(oversight->because[1].facts[0].value, "\"high\"");
  EXPECT_EQ(FindMeasure(other, "t.oversight"), nullptr) << "no high-risk system there";
}

TEST_F(RecommendTest, DecisionIdsAreUuidsAndDiffer) {
  Recommendation a = Run(ProfileBuilder());
  Recommendation b = Run(ProfileBuilder());
  EXPECT_EQ(a.decision_id.size(), 36u);
  EXPECT_EQ(a.decision_id[14], '4');
  EXPECT_NE(a.decision_id, b.decision_id);
}

}  // namespace
}  // namespace ailit

namespace ailit {
namespace {

// The fixture knowledge with `rules` (JSON objects, comma-separated) added before its own rules.
std::shared_ptr<const Engine> EngineWithRules(const std::string& rules) {
  KnowledgeSource source = testing::FixtureKnowledge();
  std::size_t at = source.rules_json.find("\"rules\": [") + 10;
  source.rules_json.insert(at, rules + ",");
  EngineResult built = Engine::Create({source});
  for (const Diagnostic& d : built.diagnostics.errors) ADD_FAILURE() << d.message;
  return built.engine;
}

constexpr const char* kLate =
    R"({"id": "late", "conditions": {"all": [{"fact": "staff.groups_count",
    "operator": "greaterThan", "value": 0}]}, "activates": [{"measure": "t.training",
    "step": "evaluate", "year": 3, "priority": 10}]})";
constexpr const char* kSoon =
    R"({"id": "soon", "conditions": {"all": [{"fact": "staff.groups_count",
    "operator": "greaterThan", "value": 0}]}, "activates": [{"measure": "t.training",
    "step": "identify", "year": 1, "priority": 60}]})";

TEST(RecommendMergeTest, YearAndStepComeFromTheSoonestFiringWhateverTheRuleOrder) {
  for (const std::string& rules :
       {std::string(kLate) + "," + kSoon, std::string(kSoon) + "," + kLate}) {
    auto engine = EngineWithRules(rules);
    ASSERT_TRUE(engine);
    Recommendation rec = testing::RecommendFor(engine, ProfileBuilder().Json());
    const PlannedMeasure* m = FindMeasure(rec, "t.training");
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->year, 1) << rules;
    EXPECT_EQ(m->step, PlanStep::kIdentify) << rules;
  }
}

TEST(RecommendMergeTest, EqualYearAndPriorityKeepCatalogueOrder) {
  // t.board precedes t.customers in the catalogue; this rule names them the other way round.
  auto engine = EngineWithRules(R"({"id": "both", "conditions": {"all": [{"fact":
      "staff.groups_count", "operator": "greaterThan", "value": 0}]}, "activates": [
      {"measure": "t.customers", "year": 3, "priority": 30},
      {"measure": "t.board", "year": 3, "priority": 30}]})");
  ASSERT_TRUE(engine);
  Recommendation rec = testing::RecommendFor(
      engine, ProfileBuilder()
                  .Set("/governance/board_anchored", "\"yes\"")
                  .Set("/external_parties/customers_interact_with_ai", "false")
                  .Json());
  std::vector<std::string> year3;
  for (const PlannedMeasure& m : rec.measures) {
    if (m.year == 3) year3.push_back(MeasureId(rec, m));
  }
  EXPECT_EQ(year3, (std::vector<std::string>{"t.board", "t.customers"}));
}

}  // namespace
}  // namespace ailit

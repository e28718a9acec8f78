// Every score factor, on profiles built to trigger it, and the worked example of docs/scoring.md.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "ailit/profile.h"
#include "ailit/scores.h"
#include "support/files.h"
#include "support/profile_builder.h"

namespace ailit {
namespace {

using testing::ProfileBuilder;
using testing::Quote;

struct Scored {
  Profile profile;
  Scores scores;
};

Scored ScoreJson(const std::string& json) {
  ProfileResult result = ParseProfile(json);
  EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.diagnostics.errors[0].message);
  Scored s{*result.profile, {}};
  s.scores = ScoreProfile(s.profile, SectorRiskTable::CoreDefaults());
  return s;
}

const ScoreFactor* FindFactor(const std::vector<ScoreFactor>& factors, FactorCode code) {
  auto it = std::find_if(factors.begin(), factors.end(),
                         [&](const ScoreFactor& f) { return f.code == code; });
  return it == factors.end() ? nullptr : &*it;
}

std::int32_t SumOf(const std::vector<ScoreFactor>& factors, Dimension dimension) {
  std::int32_t sum = 0;
  for (const ScoreFactor& f : factors) {
    if (f.dimension == dimension) sum += f.points;
  }
  return sum;
}

// A system with everything at its mildest, so one field at a time can be raised.
ProfileBuilder MildSystem() {
  return ProfileBuilder().Set("/ai_systems/0", R"({"id": "tool", "kind": "other",
      "risk_class": "minimal", "role": "deployer", "decision_role": "informs", "affected": [],
      "people_affected": 0, "personal_data": "none", "external_facing": false,
      "used_by": ["kcc"]})");
}

std::int32_t SystemPoints(const ProfileBuilder& builder, FactorCode code) {
  Scored s = ScoreJson(builder.Json());
  const ScoreFactor* f = FindFactor(s.scores.systems[0].factors, code);
  return f ? f->points : -1;
}

TEST(ScoreFactors, NatureFactors) {
  EXPECT_EQ(SystemPoints(MildSystem(), FactorCode::kRiskClass), 0);
  EXPECT_EQ(SystemPoints(MildSystem().Set("/ai_systems/0/risk_class", Quote("limited")),
                         FactorCode::kRiskClass),
            15);
  EXPECT_EQ(SystemPoints(MildSystem().Set("/ai_systems/0/risk_class", Quote("unknown")),
                         FactorCode::kRiskClass),
            30);
  EXPECT_EQ(SystemPoints(MildSystem().Set("/ai_systems/0/risk_class", Quote("high")),
                         FactorCode::kRiskClass),
            45);
  EXPECT_EQ(SystemPoints(MildSystem().Set("/ai_systems/0/risk_class", Quote("prohibited")),
                         FactorCode::kRiskClass),
            60);
  EXPECT_EQ(SystemPoints(MildSystem().Set("/ai_systems/0/kind", Quote("biometric")),
                         FactorCode::kSystemKind),
            15);
  EXPECT_EQ(SystemPoints(MildSystem().Set("/ai_systems/0/kind", Quote("generative")),
                         FactorCode::kSystemKind),
            8);
  EXPECT_EQ(SystemPoints(MildSystem().Set("/ai_systems/0/decision_role", Quote("supports")),
                         FactorCode::kDecisionRole),
            8);
  EXPECT_EQ(SystemPoints(MildSystem().Set("/ai_systems/0/decision_role", Quote("decides")),
                         FactorCode::kDecisionRole),
            20);
  EXPECT_EQ(SystemPoints(MildSystem().Set("/ai_systems/0/role", Quote("provider")),
                         FactorCode::kProviderRole),
            10);
  EXPECT_EQ(SystemPoints(MildSystem().Set("/ai_systems/0/role", Quote("both")),
                         FactorCode::kProviderRole),
            10);
}

TEST(ScoreFactors, NatureIsCappedAt100WithAVisibleFactor) {
  Scored s = ScoreJson(MildSystem()
                           .Set("/ai_systems/0/risk_class", Quote("prohibited"))
                           .Set("/ai_systems/0/kind", Quote("biometric"))
                           .Set("/ai_systems/0/decision_role", Quote("decides"))
                           .Set("/ai_systems/0/role", Quote("provider"))
                           .Json());
  const SystemScore& sys = s.scores.systems[0];
  EXPECT_EQ(sys.nature, 100);
  ASSERT_NE(FindFactor(sys.factors, FactorCode::kNatureCap), nullptr);
  EXPECT_EQ(FindFactor(sys.factors, FactorCode::kNatureCap)->points, -5);
  EXPECT_EQ(SumOf(sys.factors, Dimension::kNature), sys.nature);
}

TEST(ScoreFactors, SeverityFactors) {
  auto affected = [](const char* list) {
    Scored s = ScoreJson(MildSystem().Set("/ai_systems/0/affected", list).Json());
    return s.scores.systems[0].severity;
  };
  EXPECT_EQ(affected(R"(["employees"])"), 5);
  EXPECT_EQ(affected(R"(["customers"])"), 6);
  EXPECT_EQ(affected(R"(["public"])"), 8);
  EXPECT_EQ(affected(R"(["citizens"])"), 10);
  EXPECT_EQ(affected(R"(["students"])"), 10);
  EXPECT_EQ(affected(R"(["patients"])"), 15);
  EXPECT_EQ(affected(R"(["minors"])"), 20);
  EXPECT_EQ(affected(R"(["vulnerable"])"), 20);
  // Minors and vulnerable people together reach the cap; a third group adds nothing more.
  EXPECT_EQ(affected(R"(["minors", "vulnerable"])"), 40);
  Scored capped = ScoreJson(
      MildSystem().Set("/ai_systems/0/affected", R"(["minors", "vulnerable", "citizens"])").Json());
  EXPECT_EQ(capped.scores.systems[0].severity, 40);
  EXPECT_EQ(FindFactor(capped.scores.systems[0].factors, FactorCode::kAffectedCap)->points, -10);

  auto people = [](const char* n) {
    return SystemPoints(MildSystem().Set("/ai_systems/0/people_affected", n),
                        FactorCode::kPeopleAffected);
  };
  EXPECT_EQ(people("0"), 0);
  EXPECT_EQ(people("1"), 4);
  EXPECT_EQ(people("99"), 4);
  EXPECT_EQ(people("100"), 8);
  EXPECT_EQ(people("1000"), 12);
  EXPECT_EQ(people("10000"), 16);
  EXPECT_EQ(people("100000"), 20);
  EXPECT_EQ(people("10000000000"), 20);
  EXPECT_EQ(SystemPoints(MildSystem().Set("/ai_systems/0/personal_data", Quote("personal")),
                         FactorCode::kPersonalData),
            10);
  EXPECT_EQ(SystemPoints(MildSystem().Set("/ai_systems/0/personal_data", Quote("special_category")),
                         FactorCode::kPersonalData),
            20);
  EXPECT_EQ(SystemPoints(MildSystem(), FactorCode::kExternalFacing), -1);
  EXPECT_EQ(SystemPoints(MildSystem().Set("/ai_systems/0/external_facing", "true"),
                         FactorCode::kExternalFacing),
            10);
}

TEST(ScoreFactors, LegalRiskClassSetsAFloorUnderSystemRisk) {
  Scored high = ScoreJson(MildSystem().Set("/ai_systems/0/risk_class", Quote("high")).Json());
  EXPECT_EQ(high.scores.systems[0].risk, 60);
  EXPECT_EQ(high.scores.systems[0].level, RiskLevel::kHigh);
  EXPECT_EQ(FindFactor(high.scores.systems[0].factors, FactorCode::kRiskFloor)->points,
            60 - 25);  // (49 + 0) / 2 rounded up
  Scored banned =
      ScoreJson(MildSystem().Set("/ai_systems/0/risk_class", Quote("prohibited")).Json());
  EXPECT_EQ(banned.scores.systems[0].risk, 90);
  EXPECT_EQ(banned.scores.systems[0].level, RiskLevel::kVeryHigh);
  Scored mild = ScoreJson(MildSystem().Json());
  EXPECT_EQ(FindFactor(mild.scores.systems[0].factors, FactorCode::kRiskFloor), nullptr);
  EXPECT_EQ(mild.scores.systems[0].level, RiskLevel::kLow);
}

TEST(ScoreFactors, SectorRiskFromTheCoreTableAndTheOrganisationKind) {
  auto sector = [](const char* name, const char* kind) {
    return ScoreJson(ProfileBuilder()
                         .Set("/organisation/sector", Quote(name))
                         .Set("/organisation/kind", Quote(kind))
                         .Json())
        .scores.sector_risk;
  };
  EXPECT_EQ(sector("hospital", "private"), 80);
  EXPECT_EQ(sector("hospital", "semi_public"), 85);
  EXPECT_EQ(sector("municipality", "public"), 80);
  EXPECT_EQ(sector("education", "semi_public"), 75);
  EXPECT_EQ(sector("consultancy", "private"), 45);
  EXPECT_EQ(sector("beekeeping", "private"), SectorRiskTable::kDefaultScore);
  EXPECT_EQ(sector("law_enforcement", "public"), 95);
  Scored s = ScoreJson(ProfileBuilder().Set("/organisation/sector", Quote("beekeeping")).Json());
  std::string reason = DescribeFactor(*FindFactor(s.scores.factors, FactorCode::kSector), s.profile,
                                      SectorRiskTable::CoreDefaults(), Lang::kEn);
  EXPECT_NE(reason.find("no sector-specific risk known"), std::string::npos);
}

TEST(ScoreFactors, SectorCapKeepsTheScoreWithin100) {
  SectorRiskTable table;
  table.Set({"nuclear", 95, "reactor control", "reactorbesturing"});
  ProfileResult r =
      ParseProfile(ProfileBuilder().Set("/organisation/sector", Quote("nuclear")).Json());
  Scores scores = ScoreProfile(*r.profile, table);
  EXPECT_EQ(scores.sector_risk, 100);
  EXPECT_EQ(FindFactor(scores.factors, FactorCode::kSectorCap)->points, -5);
}

TEST(ScoreFactors, OverallCombinesTheWorstSystemsAndTheSector) {
  Scored s = ScoreJson(ProfileBuilder()
                           .Set("/ai_systems/1", R"({"id": "triage", "risk_class": "high",
                               "kind": "classification", "decision_role": "supports",
                               "affected": ["vulnerable"], "people_affected": 2000,
                               "personal_data": "special_category", "used_by": ["kcc"]})")
                           .Json());
  EXPECT_EQ(s.scores.nature, s.scores.systems[1].nature);
  EXPECT_EQ(s.scores.severity,
            std::max(s.scores.systems[0].severity, s.scores.systems[1].severity));
  EXPECT_EQ(FindFactor(s.scores.factors, FactorCode::kWorstNature)->system, 1);
  auto part = [](int w, int v) { return (w * v + 50) / 100; };
  const std::int32_t weighted =
      part(40, s.scores.nature) + part(40, s.scores.severity) + part(20, s.scores.sector_risk);
  EXPECT_EQ(s.scores.overall, std::max(weighted, 60));
  EXPECT_EQ(FindFactor(s.scores.factors, FactorCode::kWeightedNature)->points +
                FindFactor(s.scores.factors, FactorCode::kWeightedSeverity)->points +
                FindFactor(s.scores.factors, FactorCode::kWeightedSector)->points,
            weighted);
}

TEST(ScoreFactors, BreadthAndFloorsAndLevels) {
  ProfileBuilder many;
  for (int i = 0; i < 8; ++i) {
    std::string pointer = "/ai_systems/" + std::to_string(i);
    many.Set(pointer.c_str(), R"({"id": "h)" + std::to_string(i) + R"(", "risk_class": "high"})");
  }
  Scored s = ScoreJson(many.Json());
  const ScoreFactor* breadth = FindFactor(s.scores.factors, FactorCode::kBreadth);
  ASSERT_NE(breadth, nullptr);
  EXPECT_EQ(breadth->value, 8u);
  EXPECT_EQ(breadth->points, 10);  // 2 per further system, capped at 10

  Scored banned = ScoreJson(ProfileBuilder()
                                .Set("/ai_systems/0/risk_class", Quote("prohibited"))
                                .Set("/organisation/sector", Quote("retail"))
                                .Set("/organisation/kind", Quote("private"))
                                .Json());
  EXPECT_EQ(banned.scores.overall, 90);
  EXPECT_EQ(banned.scores.level, RiskLevel::kVeryHigh);
  ASSERT_NE(FindFactor(banned.scores.factors, FactorCode::kOverallFloor), nullptr);

  EXPECT_EQ(LevelForScore(29), RiskLevel::kLow);
  EXPECT_EQ(LevelForScore(30), RiskLevel::kMedium);
  EXPECT_EQ(LevelForScore(55), RiskLevel::kHigh);
  EXPECT_EQ(LevelForScore(75), RiskLevel::kVeryHigh);
}

TEST(ScoreFactors, NoSystemsMeansOnlyTheSectorCounts) {
  Scored s = ScoreJson(ProfileBuilder().Set("/ai_systems", "[]").Json());
  EXPECT_EQ(s.scores.nature, 0);
  EXPECT_EQ(s.scores.severity, 0);
  EXPECT_EQ(s.scores.overall, (20 * s.scores.sector_risk + 50) / 100);
}

GroupScore GroupOf(const ProfileBuilder& builder) {
  return ScoreJson(builder.Json()).scores.groups[0];
}

const ScoreFactor* GroupFactor(const GroupScore& g, FactorCode code) {
  return FindFactor(g.factors, code);
}

TEST(ScoreFactors, RequiredLevelFactors) {
  ProfileBuilder lone = ProfileBuilder().Set("/ai_systems", "[]");
  EXPECT_EQ(
      GroupOf(ProfileBuilder(lone).Set("/staff_groups/0/role", Quote("end_user"))).required_level,
      1);
  EXPECT_EQ(
      GroupOf(ProfileBuilder(lone).Set("/staff_groups/0/role", Quote("board"))).required_level, 2);
  EXPECT_EQ(GroupOf(ProfileBuilder(lone).Set("/staff_groups/0/role", Quote("procurement")))
                .required_level,
            3);
  EXPECT_EQ(
      GroupOf(ProfileBuilder(lone).Set("/staff_groups/0/role", Quote("developer"))).required_level,
      4);

  ProfileBuilder user = MildSystem().Set("/staff_groups/0/role", Quote("end_user"));
  GroupScore mild = GroupOf(user);
  EXPECT_EQ(GroupFactor(mild, FactorCode::kUsesSystem)->points, 1);
  EXPECT_EQ(mild.required_level, 1);
  GroupScore unknown =
      GroupOf(ProfileBuilder(user).Set("/ai_systems/0/risk_class", Quote("unknown")));
  EXPECT_EQ(unknown.required_level, 2);
  GroupScore genai = GroupOf(ProfileBuilder(user).Set("/ai_systems/0/kind", Quote("generative")));
  EXPECT_EQ(GroupFactor(genai, FactorCode::kUsesGenerative)->points, 2);
  EXPECT_EQ(genai.required_level, 2);
  GroupScore special =
      GroupOf(ProfileBuilder(user).Set("/ai_systems/0/personal_data", Quote("special_category")));
  EXPECT_EQ(GroupFactor(special, FactorCode::kUsesSpecialData)->points, 3);
  GroupScore high = GroupOf(ProfileBuilder(user).Set("/ai_systems/0/risk_class", Quote("high")));
  EXPECT_EQ(high.required_level, 3);
  EXPECT_EQ(GroupFactor(high, FactorCode::kOverseesHighRisk), nullptr);
  GroupScore oversight = GroupOf(ProfileBuilder(user)
                                     .Set("/ai_systems/0/risk_class", Quote("high"))
                                     .Set("/ai_systems/0/decision_role", Quote("supports")));
  EXPECT_EQ(GroupFactor(oversight, FactorCode::kOverseesHighRisk)->points, 3);
  EXPECT_EQ(oversight.required_level, 3);
  // Prohibited means stop: the group must recognise the practice, and it is never "overseen".
  GroupScore banned = GroupOf(ProfileBuilder(user)
                                  .Set("/ai_systems/0/risk_class", Quote("prohibited"))
                                  .Set("/ai_systems/0/decision_role", Quote("decides")));
  EXPECT_EQ(banned.required_level, 4);
  EXPECT_EQ(GroupFactor(banned, FactorCode::kUsesProhibited)->points, 4);
  EXPECT_EQ(GroupFactor(banned, FactorCode::kOverseesHighRisk), nullptr);
}

// Art. 26(2) asks overseers for competence, training and authority, not technical expertise:
// role-specific training with real experience meets the oversight level.
TEST(ScoreFactors, OverseersCanCloseTheirGapWithRoleSpecificTraining) {
  GroupScore g = GroupOf(MildSystem()
                             .Set("/ai_systems/0/risk_class", Quote("high"))
                             .Set("/ai_systems/0/decision_role", Quote("supports"))
                             .Set("/staff_groups/0/technical_knowledge", Quote("basic"))
                             .Set("/staff_groups/0/ai_experience", Quote("extensive"))
                             .Set("/staff_groups/0/training", Quote("role_specific")));
  EXPECT_EQ(g.required_level, 3);
  EXPECT_EQ(g.current_level, 3);
  EXPECT_EQ(g.gap, 0);
}

TEST(ScoreFactors, AnUnknownNumberOfPeopleCountsAsTheMiddleStep) {
  Scored s = ScoreJson(MildSystem().Erase("/ai_systems/0/people_affected").Json());
  const ScoreFactor* f = FindFactor(s.scores.systems[0].factors, FactorCode::kPeopleUnknown);
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->points, 12);
  EXPECT_EQ(FindFactor(s.scores.systems[0].factors, FactorCode::kPeopleAffected), nullptr);
  std::string nl = DescribeFactor(*f, s.profile, SectorRiskTable::CoreDefaults(), Lang::kNl);
  EXPECT_NE(nl.find("1.000 tot 9.999"), std::string::npos) << nl;
}

TEST(ScoreFactors, SystemRiskFactorsAddUpToTheRisk) {
  for (const char* risk_class : {"minimal", "limited", "unknown", "high", "prohibited"}) {
    Scored s =
        ScoreJson(ProfileBuilder().Set("/ai_systems/0/risk_class", Quote(risk_class)).Json());
    const SystemScore& sys = s.scores.systems[0];
    EXPECT_EQ(SumOf(sys.factors, Dimension::kRisk), sys.risk) << risk_class;
    EXPECT_EQ(SumOf(sys.factors, Dimension::kNature), sys.nature) << risk_class;
    EXPECT_EQ(SumOf(sys.factors, Dimension::kSeverity), sys.severity) << risk_class;
  }
}

TEST(ScoreFactors, CurrentLevelAndGap) {
  auto group = [](const char* k, const char* e, const char* t) {
    return GroupOf(ProfileBuilder()
                       .Set("/staff_groups/0/technical_knowledge", Quote(k))
                       .Set("/staff_groups/0/ai_experience", Quote(e))
                       .Set("/staff_groups/0/training", Quote(t)));
  };
  EXPECT_EQ(group("none", "none", "none").current_level, 0);
  // Half the points (knowledge 0-3, experience 0-2, training 0/1/3), rounded up.
  EXPECT_EQ(group("basic", "none", "none").current_level, 1);
  EXPECT_EQ(group("basic", "some", "none").current_level, 1);
  EXPECT_EQ(group("intermediate", "some", "basic").current_level, 2);
  EXPECT_EQ(group("basic", "some", "role_specific").current_level, 3);
  EXPECT_EQ(group("advanced", "extensive", "basic").current_level, 3);
  EXPECT_EQ(group("advanced", "some", "role_specific").current_level, 4);
  EXPECT_EQ(group("advanced", "extensive", "role_specific").current_level, 4);
  EXPECT_EQ(GroupFactor(group("none", "none", "role_specific"), FactorCode::kTraining)->points, 3);
  GroupScore g = group("basic", "some", "none");
  EXPECT_EQ(GroupFactor(g, FactorCode::kKnowledge)->points, 1);
  EXPECT_EQ(GroupFactor(g, FactorCode::kExperience)->points, 1);
  EXPECT_EQ(GroupFactor(g, FactorCode::kTraining)->points, 0);
  // operator (2), uses a generative limited-risk chatbot (2): required 2, current 1.
  EXPECT_EQ(g.required_level, 2);
  EXPECT_EQ(g.gap, 1);
  EXPECT_EQ(group("advanced", "extensive", "role_specific").gap, 0);
}

TEST(ScoreFactors, EveryFactorHasAReasonInBothLanguages) {
  for (const auto& path : testing::FilesIn("profiles", ".json")) {
    if (path.filename() == "profile.schema.json") continue;
    Scored s = ScoreJson(testing::ReadFile(path));
    std::vector<const ScoreFactor*> all;
    for (const auto& f : s.scores.factors) all.push_back(&f);
    for (const auto& sys : s.scores.systems)
      for (const auto& f : sys.factors) all.push_back(&f);
    for (const auto& g : s.scores.groups)
      for (const auto& f : g.factors) all.push_back(&f);
    for (const ScoreFactor* f : all) {
      std::string en = DescribeFactor(*f, s.profile, SectorRiskTable::CoreDefaults(), Lang::kEn);
      std::string nl = DescribeFactor(*f, s.profile, SectorRiskTable::CoreDefaults(), Lang::kNl);
      EXPECT_FALSE(en.empty()) << Name(f->code);
      EXPECT_FALSE(nl.empty()) << Name(f->code);
    }
  }
}

// The worked example of docs/scoring.md, number for number.
TEST(ScoreFactors, WorkedExampleOfTheDocumentation) {
  Scored s = ScoreJson(ProfileBuilder().Json());
  const SystemScore& chatbot = s.scores.systems[0];
  EXPECT_EQ(chatbot.nature, 23);    // limited 15 + generative 8 + informs 0 + deployer 0
  EXPECT_EQ(chatbot.severity, 46);  // citizens 10 + 50,000 people 16 + personal 10 + external 10
  EXPECT_EQ(chatbot.risk, 35);      // (23 + 46) / 2 rounded up
  EXPECT_EQ(chatbot.level, RiskLevel::kMedium);
  EXPECT_EQ(s.scores.sector_risk, 80);  // municipality 70 + public 10
  EXPECT_EQ(s.scores.overall, 43);      // 9 (0.4*23=9.2) + 18 (0.4*46=18.4) + 16 (0.2*80)
  EXPECT_EQ(s.scores.level, RiskLevel::kMedium);
  EXPECT_EQ(s.scores.groups[0].required_level, 2);
  EXPECT_EQ(s.scores.groups[0].current_level, 1);
  EXPECT_EQ(s.scores.groups[0].gap, 1);
}

}  // namespace
}  // namespace ailit

namespace ailit {
namespace {

// Eight prohibited biometric systems that decide about minors and vulnerable citizens, used by
// the KCC, in the riskiest sector: every cap and floor is reached.
ProfileBuilder WorstCase() {
  ProfileBuilder worst;
  worst.Set("/organisation/sector", Quote("law_enforcement"));
  for (int i = 0; i < 8; ++i) {
    std::string pointer = "/ai_systems/" + std::to_string(i);
    worst.Set(pointer.c_str(),
              R"({"id": "b)" + std::to_string(i) + R"(", "risk_class": "prohibited",
        "kind": "biometric", "decision_role": "decides", "role": "both",
        "affected": ["minors", "vulnerable", "citizens"], "people_affected": 1000000,
        "personal_data": "special_category", "external_facing": true, "used_by": ["kcc"]})");
  }
  return worst;
}

TEST(ScoreFactors, OverallIsCappedAt100) {
  Scored s = ScoreJson(WorstCase().Json());
  EXPECT_EQ(s.scores.overall, 100);
  const ScoreFactor* cap = FindFactor(s.scores.factors, FactorCode::kOverallCap);
  ASSERT_NE(cap, nullptr);
  EXPECT_LT(cap->points, 0);
  EXPECT_EQ(SumOf(s.scores.factors, Dimension::kOverall), 100);
}

// Guards the explanation: every kind of factor the scoring can produce shows up in at least one
// of these profiles, so a new factor without a test (or a reason) is noticed here.
TEST(ScoreFactors, EveryFactorCodeIsProducedAndExplained) {
  std::vector<std::string> profiles;
  for (const auto& path : testing::FilesIn("profiles", ".json")) {
    if (path.filename() != "profile.schema.json") profiles.push_back(testing::ReadFile(path));
  }
  profiles.push_back(WorstCase().Json());
  profiles.push_back(MildSystem().Set("/ai_systems/0/risk_class", Quote("high")).Json());
  std::set<FactorCode> seen;
  for (const std::string& json : profiles) {
    Scored s = ScoreJson(json);
    auto note = [&](const std::vector<ScoreFactor>& factors) {
      for (const ScoreFactor& f : factors) {
        seen.insert(f.code);
        EXPECT_FALSE(
            DescribeFactor(f, s.profile, SectorRiskTable::CoreDefaults(), Lang::kNl).empty());
      }
    };
    note(s.scores.factors);
    for (const auto& sys : s.scores.systems) note(sys.factors);
    for (const auto& g : s.scores.groups) note(g.factors);
  }
  SectorRiskTable hot;
  hot.Set({"reactor", 95, "reactor control", "reactorbesturing"});
  ProfileResult r =
      ParseProfile(ProfileBuilder().Set("/organisation/sector", Quote("reactor")).Json());
  for (const ScoreFactor& f : ScoreProfile(*r.profile, hot).factors) seen.insert(f.code);
  for (int code = 0; code <= static_cast<int>(FactorCode::kTraining); ++code) {
    EXPECT_TRUE(seen.count(static_cast<FactorCode>(code)))
        << "no profile produces factor " << Name(static_cast<FactorCode>(code));
  }
}

}  // namespace
}  // namespace ailit

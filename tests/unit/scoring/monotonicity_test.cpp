// Monotonicity over generated variations: for thousands of random profiles, each change that makes
// the situation riskier (a graver risk class, more people or groups affected, more sensitive data,
// a stronger decision role, less knowledge, an extra system...) never lowers any score.
#include <gtest/gtest.h>

#include <functional>
#include <random>
#include <string>

#include "ailit/profile.h"
#include "ailit/scores.h"

namespace ailit {
namespace {

// Risk classes from least to most concern; the contract's order is not this one.
constexpr RiskClass kConcernOrder[] = {RiskClass::kMinimal, RiskClass::kLimited,
                                       RiskClass::kUnknown, RiskClass::kHigh,
                                       RiskClass::kProhibited};

int ConcernRank(RiskClass rc) {
  for (int i = 0; i < 5; ++i) {
    if (kConcernOrder[i] == rc) return i;
  }
  return 0;
}

template <typename E>
E RandomEnum(std::mt19937& rng) {
  return static_cast<E>(std::uniform_int_distribution<int>(0, EnumCount<E>() - 1)(rng));
}

Profile RandomProfile(std::mt19937& rng) {
  Profile p;
  p.organisation.name = "Generated";
  const char* sectors[] = {"hospital",    "municipality", "education",
                           "consultancy", "retail",       "unknown_sector"};
  p.organisation.sector = sectors[std::uniform_int_distribution<int>(0, 5)(rng)];
  p.organisation.employees = std::uniform_int_distribution<std::uint32_t>(1, 50000)(rng);
  p.organisation.kind = RandomEnum<OrgKind>(rng);
  int groups = std::uniform_int_distribution<int>(1, 5)(rng);
  int systems = std::uniform_int_distribution<int>(0, 5)(rng);
  for (int g = 0; g < groups; ++g) {
    StaffGroup group;
    group.id = "g" + std::to_string(g);
    group.role = RandomEnum<StaffRole>(rng);
    group.technical_knowledge = RandomEnum<Knowledge>(rng);
    group.ai_experience = RandomEnum<Experience>(rng);
    group.training = RandomEnum<Training>(rng);
    p.staff_groups.push_back(group);
  }
  for (int s = 0; s < systems; ++s) {
    AiSystem system;
    system.id = "s" + std::to_string(s);
    system.kind = RandomEnum<SystemKind>(rng);
    system.risk_class = RandomEnum<RiskClass>(rng);
    system.role = RandomEnum<ProviderRole>(rng);
    system.decision_role = RandomEnum<DecisionRole>(rng);
    system.affected = static_cast<AffectedSet>(std::uniform_int_distribution<int>(0, 255)(rng));
    const std::uint64_t people[] = {0, 5, 150, 4000, 60000, 2000000};
    int step = std::uniform_int_distribution<int>(0, 6)(rng);
    if (step < 6) system.people_affected = people[step];  // 6: left out of the profile
    system.personal_data = RandomEnum<PersonalData>(rng);
    system.external_facing = std::uniform_int_distribution<int>(0, 1)(rng) == 1;
    for (std::uint32_t g = 0; g < p.staff_groups.size(); ++g) {
      if (std::uniform_int_distribution<int>(0, 2)(rng) == 0) {
        system.used_by.push_back(g);
        p.staff_groups[g].systems.push_back(static_cast<std::uint32_t>(s));
      }
    }
    p.ai_systems.push_back(system);
  }
  return p;
}

struct Mutation {
  std::string name;
  // Makes `p` riskier in one respect; returns false when it cannot (already at the top).
  std::function<bool(Profile&, std::mt19937&)> apply;
};

AiSystem* PickSystem(Profile& p, std::mt19937& rng) {
  if (p.ai_systems.empty()) return nullptr;
  return &p.ai_systems[std::uniform_int_distribution<std::size_t>(0, p.ai_systems.size() - 1)(rng)];
}

StaffGroup* PickGroup(Profile& p, std::mt19937& rng) {
  return &p.staff_groups[std::uniform_int_distribution<std::size_t>(
      0, p.staff_groups.size() - 1)(rng)];
}

template <typename E>
bool Raise(E& value) {
  if (static_cast<int>(value) + 1 >= static_cast<int>(EnumCount<E>())) return false;
  value = static_cast<E>(static_cast<int>(value) + 1);
  return true;
}

template <typename E>
bool Lower(E& value) {
  if (static_cast<int>(value) == 0) return false;
  value = static_cast<E>(static_cast<int>(value) - 1);
  return true;
}

std::vector<Mutation> Mutations() {
  return {
      {"graver risk class",
       [](Profile& p, std::mt19937& rng) {
         AiSystem* s = PickSystem(p, rng);
         if (!s || s->risk_class == RiskClass::kProhibited) return false;
         s->risk_class = kConcernOrder[ConcernRank(s->risk_class) + 1];
         return true;
       }},
      {"stronger decision role",
       [](Profile& p, std::mt19937& rng) {
         AiSystem* s = PickSystem(p, rng);
         return s && Raise(s->decision_role);
       }},
      {"becomes a provider",
       [](Profile& p, std::mt19937& rng) {
         AiSystem* s = PickSystem(p, rng);
         if (!s || s->role != ProviderRole::kDeployer) return false;
         s->role = std::uniform_int_distribution<int>(0, 1)(rng) ? ProviderRole::kProvider
                                                                 : ProviderRole::kBoth;
         return true;
       }},
      {"another group affected",
       [](Profile& p, std::mt19937& rng) {
         AiSystem* s = PickSystem(p, rng);
         if (!s) return false;
         auto bit = static_cast<AffectedSet>(1u << std::uniform_int_distribution<int>(0, 7)(rng));
         if (s->affected & bit) return false;
         s->affected |= bit;
         return true;
       }},
      {"more people affected",
       [](Profile& p, std::mt19937& rng) {
         AiSystem* s = PickSystem(p, rng);
         if (!s || !s->people_affected) return false;  // an unknown count is not ordered
         s->people_affected = *s->people_affected * 10 + 7;
         return true;
       }},
      {"more sensitive data",
       [](Profile& p, std::mt19937& rng) {
         AiSystem* s = PickSystem(p, rng);
         return s && Raise(s->personal_data);
       }},
      {"becomes external-facing",
       [](Profile& p, std::mt19937& rng) {
         AiSystem* s = PickSystem(p, rng);
         if (!s || s->external_facing) return false;
         s->external_facing = true;
         return true;
       }},
      {"more public organisation kind",
       [](Profile& p, std::mt19937&) { return Lower(p.organisation.kind); }},
      {"less technical knowledge",
       [](Profile& p, std::mt19937& rng) { return Lower(PickGroup(p, rng)->technical_knowledge); }},
      {"less experience",
       [](Profile& p, std::mt19937& rng) { return Lower(PickGroup(p, rng)->ai_experience); }},
      {"less training",
       [](Profile& p, std::mt19937& rng) { return Lower(PickGroup(p, rng)->training); }},
      {"a group starts using a system",
       [](Profile& p, std::mt19937& rng) {
         if (p.ai_systems.empty()) return false;
         auto s = std::uniform_int_distribution<std::uint32_t>(
             0, static_cast<std::uint32_t>(p.ai_systems.size() - 1))(rng);
         auto g = std::uniform_int_distribution<std::uint32_t>(
             0, static_cast<std::uint32_t>(p.staff_groups.size() - 1))(rng);
         auto& used = p.ai_systems[s].used_by;
         if (std::find(used.begin(), used.end(), g) != used.end()) return false;
         used.push_back(g);
         p.staff_groups[g].systems.push_back(s);
         return true;
       }},
      {"an extra AI system",
       [](Profile& p, std::mt19937& rng) {
         Profile extra = RandomProfile(rng);
         if (extra.ai_systems.empty()) return false;
         AiSystem s = extra.ai_systems[0];
         s.id = "extra" + std::to_string(p.ai_systems.size());
         s.used_by.clear();
         p.ai_systems.push_back(s);
         return true;
       }},
  };
}

void ExpectNotLower(const Scores& before, const Scores& after, const std::string& what) {
  EXPECT_GE(after.nature, before.nature) << what;
  EXPECT_GE(after.severity, before.severity) << what;
  EXPECT_GE(after.sector_risk, before.sector_risk) << what;
  EXPECT_GE(after.overall, before.overall) << what;
  EXPECT_GE(after.level, before.level) << what;
  for (std::size_t i = 0; i < before.systems.size(); ++i) {
    EXPECT_GE(after.systems[i].nature, before.systems[i].nature) << what;
    EXPECT_GE(after.systems[i].severity, before.systems[i].severity) << what;
    EXPECT_GE(after.systems[i].risk, before.systems[i].risk) << what;
    EXPECT_GE(after.systems[i].level, before.systems[i].level) << what;
  }
  for (std::size_t i = 0; i < before.groups.size(); ++i) {
    EXPECT_GE(after.groups[i].required_level, before.groups[i].required_level) << what;
    EXPECT_LE(after.groups[i].current_level, before.groups[i].current_level) << what;
    EXPECT_GE(after.groups[i].gap, before.groups[i].gap) << what;
  }
}

TEST(ScoreMonotonicity, RiskierInputNeverLowersAScore) {
  std::mt19937 rng(20261128);
  const SectorRiskTable& sectors = SectorRiskTable::CoreDefaults();
  const std::vector<Mutation> mutations = Mutations();
  std::vector<int> applied(mutations.size(), 0);
  for (int round = 0; round < 3000; ++round) {
    Profile profile = RandomProfile(rng);
    Scores before = ScoreProfile(profile, sectors);
    for (std::size_t m = 0; m < mutations.size(); ++m) {
      Profile changed = profile;
      if (!mutations[m].apply(changed, rng)) continue;
      ++applied[m];
      ExpectNotLower(before, ScoreProfile(changed, sectors),
                     mutations[m].name + " (round " + std::to_string(round) + ")");
      if (::testing::Test::HasFailure()) return;
    }
  }
  // Every kind of change was exercised many times, so the property was really tested.
  for (std::size_t m = 0; m < mutations.size(); ++m) {
    EXPECT_GT(applied[m], 300) << mutations[m].name;
  }
}

TEST(ScoreMonotonicity, ChainsOfChangesNeverLowerAScore) {
  std::mt19937 rng(42);
  const SectorRiskTable& sectors = SectorRiskTable::CoreDefaults();
  const std::vector<Mutation> mutations = Mutations();
  for (int round = 0; round < 500; ++round) {
    Profile profile = RandomProfile(rng);
    Scores previous = ScoreProfile(profile, sectors);
    for (int step = 0; step < 20; ++step) {
      const Mutation& m =
          mutations[std::uniform_int_distribution<std::size_t>(0, mutations.size() - 1)(rng)];
      if (!m.apply(profile, rng)) continue;
      Scores next = ScoreProfile(profile, sectors);
      ExpectNotLower(previous, next, m.name + " in a chain");
      if (::testing::Test::HasFailure()) return;
      previous = std::move(next);
    }
  }
}

}  // namespace
}  // namespace ailit

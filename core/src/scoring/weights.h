// The points of the scoring method. docs/scoring.md explains each number; a change here is a
// change of method and belongs in that document and its worked example too.
//
// Arrays are indexed by the enum's number (contract order, see ailit/enums.h). Within each
// dimension a riskier value never has fewer points, which keeps every score monotone.
#pragma once

#include <array>
#include <cstdint>

#include "ailit/enums.h"

namespace ailit::scoring {

// Nature: what the system is and does.
// prohibited, high, limited, minimal, unknown
constexpr std::array<std::int32_t, 5> kRiskClassPoints = {60, 45, 15, 0, 30};
// generative, predictive, classification, recognition, biometric, recommender, optimisation,
// automation, other
constexpr std::array<std::int32_t, 9> kKindPoints = {8, 10, 10, 10, 15, 6, 4, 6, 4};
// informs, supports, decides
constexpr std::array<std::int32_t, 3> kDecisionRolePoints = {0, 8, 20};
// provider, deployer, both
constexpr std::array<std::int32_t, 3> kProviderRolePoints = {10, 0, 10};

// Severity: whom the system touches, how many, with what data, how visibly.
// employees, customers, citizens, patients, students, minors, vulnerable, public
constexpr std::array<std::int32_t, 8> kAffectedPoints = {5, 6, 10, 15, 10, 20, 20, 8};
constexpr std::int32_t kAffectedCap = 40;
struct PeopleStep {
  std::uint64_t from;
  std::int32_t points;
};
constexpr std::array<PeopleStep, 6> kPeopleSteps = {
    {{0, 0}, {1, 4}, {100, 8}, {1'000, 12}, {10'000, 16}, {100'000, 20}}};
// A count the profile does not give weighs as the middle step, so leaving it out never pays.
constexpr std::int32_t kPeopleUnknownPoints = 12;
// none, personal, special_category
constexpr std::array<std::int32_t, 3> kPersonalDataPoints = {0, 10, 20};
constexpr std::int32_t kExternalFacingPoints = 10;

// System risk: the mean of nature and severity, raised to a floor by the legal risk class.
constexpr std::int32_t kProhibitedFloor = 90;
constexpr std::int32_t kHighRiskFloor = 60;

// Level bands, shared by systems and the organisation.
constexpr std::int32_t kMediumFrom = 30;
constexpr std::int32_t kHighFrom = 55;
constexpr std::int32_t kVeryHighFrom = 75;

// Sector: public, semi_public, private
constexpr std::array<std::int32_t, 3> kOrgKindPoints = {10, 5, 0};

// Overall: weights in percent, and breadth for every further system at level high or above.
constexpr std::int32_t kNatureWeight = 40;
constexpr std::int32_t kSeverityWeight = 40;
constexpr std::int32_t kSectorWeight = 20;
constexpr std::int32_t kBreadthPerSystem = 2;
constexpr std::int32_t kBreadthCap = 10;

// Required literacy by role (0 none .. 4 expert): board, management, ai_lead, developer,
// operator, end_user, procurement, legal_privacy, hr, communications, it_support, educator,
// external
constexpr std::array<std::int32_t, 13> kRoleLevel = {2, 2, 4, 4, 2, 1, 3, 3, 2, 2, 2, 2, 1};
// Required literacy by the risk class of a system a group uses (same order as kRiskClassPoints).
constexpr std::array<std::int32_t, 5> kUsesRiskClassLevel = {3, 3, 1, 1, 2};
constexpr std::int32_t kGenerativeLevel = 2;
constexpr std::int32_t kSpecialDataLevel = 3;
// Human oversight of a high-risk system (Art. 26(2), 14(4)) is applied, role-specific competence:
// knowing this system's limits, interpreting, overriding, stopping. Not technical expertise.
constexpr std::int32_t kOversightLevel = 3;
// A group using a prohibited practice must be able to recognise it and stop (Art. 5): the
// highest level, so that prohibited never demands less than high-risk use.
constexpr std::int32_t kProhibitedUseLevel = 4;

// Current literacy points: knowledge none..advanced, experience none..extensive, training
// none..role_specific (role-specific training weighs most: it is what Art. 26(2) asks of
// overseers); the level is half the sum, rounded up, at most 4.
constexpr std::array<std::int32_t, 4> kKnowledgePoints = {0, 1, 2, 3};
constexpr std::array<std::int32_t, 3> kExperiencePoints = {0, 1, 2};
constexpr std::array<std::int32_t, 3> kTrainingPoints = {0, 1, 3};

template <typename Array, typename E>
constexpr auto At(const Array& array, E value) {
  return array[static_cast<std::size_t>(value)];
}

}  // namespace ailit::scoring

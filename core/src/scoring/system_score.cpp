#include "scoring/system_score.h"

#include <algorithm>

#include "scoring/weights.h"

namespace ailit::scoring {
namespace {

std::int32_t PeoplePoints(std::uint64_t people) {
  std::int32_t points = 0;
  for (const PeopleStep& step : kPeopleSteps) {
    if (people >= step.from) points = step.points;
  }
  return points;
}

}  // namespace

SystemScore ScoreSystem(const AiSystem& system, std::int32_t index) {
  SystemScore score;
  auto& factors = score.factors;
  factors.reserve(16);
  auto add = [&](Dimension dimension, FactorCode code, std::int32_t points, std::uint64_t value) {
    factors.push_back(ScoreFactor{dimension, code, points, value, index, -1});
    return points;
  };

  std::int32_t nature = 0;
  nature += add(Dimension::kNature, FactorCode::kRiskClass, At(kRiskClassPoints, system.risk_class),
                static_cast<std::uint64_t>(system.risk_class));
  nature += add(Dimension::kNature, FactorCode::kSystemKind, At(kKindPoints, system.kind),
                static_cast<std::uint64_t>(system.kind));
  nature += add(Dimension::kNature, FactorCode::kDecisionRole,
                At(kDecisionRolePoints, system.decision_role),
                static_cast<std::uint64_t>(system.decision_role));
  nature += add(Dimension::kNature, FactorCode::kProviderRole, At(kProviderRolePoints, system.role),
                static_cast<std::uint64_t>(system.role));
  if (nature > 100) nature += add(Dimension::kNature, FactorCode::kNatureCap, 100 - nature, 100);

  std::int32_t affected = 0;
  for (std::size_t a = 0; a < EnumCount<Affected>(); ++a) {
    if (Has(system.affected, static_cast<Affected>(a))) {
      affected += add(Dimension::kSeverity, FactorCode::kAffected, kAffectedPoints[a], a);
    }
  }
  if (affected > kAffectedCap) {
    affected +=
        add(Dimension::kSeverity, FactorCode::kAffectedCap, kAffectedCap - affected, kAffectedCap);
  }
  std::int32_t severity = affected;
  if (system.people_affected) {
    severity += add(Dimension::kSeverity, FactorCode::kPeopleAffected,
                    PeoplePoints(*system.people_affected), *system.people_affected);
  } else {
    severity += add(Dimension::kSeverity, FactorCode::kPeopleUnknown, kPeopleUnknownPoints, 0);
  }
  severity += add(Dimension::kSeverity, FactorCode::kPersonalData,
                  At(kPersonalDataPoints, system.personal_data),
                  static_cast<std::uint64_t>(system.personal_data));
  if (system.external_facing) {
    severity += add(Dimension::kSeverity, FactorCode::kExternalFacing, kExternalFacingPoints, 1);
  }

  score.nature = nature;
  score.severity = std::min(severity, 100);
  // Rounded half up so that the mean never loses a point to rounding.
  std::int32_t risk = add(
      Dimension::kRisk, FactorCode::kRiskMean, (score.nature + score.severity + 1) / 2,
      static_cast<std::uint64_t>(score.nature) * 1000 + static_cast<std::uint64_t>(score.severity));
  std::int32_t floor = 0;
  if (system.risk_class == RiskClass::kProhibited) floor = kProhibitedFloor;
  if (system.risk_class == RiskClass::kHigh) floor = kHighRiskFloor;
  if (risk < floor) {
    add(Dimension::kRisk, FactorCode::kRiskFloor, floor - risk,
        static_cast<std::uint64_t>(system.risk_class));
    risk = floor;
  }
  score.risk = risk;
  score.level = LevelForScore(risk);
  return score;
}

}  // namespace ailit::scoring

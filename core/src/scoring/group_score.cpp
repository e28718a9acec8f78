#include "scoring/group_score.h"

#include <algorithm>

#include "scoring/weights.h"

namespace ailit::scoring {

GroupScore ScoreGroup(const Profile& profile, std::int32_t index) {
  const StaffGroup& group = profile.staff_groups[static_cast<std::size_t>(index)];
  GroupScore score;
  auto& factors = score.factors;
  factors.reserve(8 + group.systems.size());
  auto add = [&](Dimension dimension, FactorCode code, std::int32_t points, std::uint64_t value,
                 std::int32_t system) {
    factors.push_back(ScoreFactor{dimension, code, points, value, system, index});
    return points;
  };

  // Required: the highest level any one reason demands.
  std::int32_t required =
      add(Dimension::kRequired, FactorCode::kRoleBase, At(kRoleLevel, group.role),
          static_cast<std::uint64_t>(group.role), -1);
  for (std::uint32_t s : group.systems) {
    const AiSystem& system = profile.ai_systems[s];
    auto si = static_cast<std::int32_t>(s);
    required = std::max(required, add(Dimension::kRequired, FactorCode::kUsesSystem,
                                      At(kUsesRiskClassLevel, system.risk_class),
                                      static_cast<std::uint64_t>(system.risk_class), si));
    if (system.kind == SystemKind::kGenerative) {
      required = std::max(required, add(Dimension::kRequired, FactorCode::kUsesGenerative,
                                        kGenerativeLevel, 1, si));
    }
    if (system.personal_data == PersonalData::kSpecialCategory) {
      required = std::max(required, add(Dimension::kRequired, FactorCode::kUsesSpecialData,
                                        kSpecialDataLevel, 1, si));
    }
    if (system.risk_class == RiskClass::kProhibited) {
      required = std::max(required, add(Dimension::kRequired, FactorCode::kUsesProhibited,
                                        kProhibitedUseLevel, 1, si));
    }
    // People who act on a high-risk system's output are its human oversight (Art. 26(2)). A
    // prohibited practice is not overseen but stopped, so it never counts here.
    if (system.risk_class == RiskClass::kHigh && system.decision_role != DecisionRole::kInforms) {
      required = std::max(required,
                          add(Dimension::kRequired, FactorCode::kOverseesHighRisk, kOversightLevel,
                              static_cast<std::uint64_t>(system.decision_role), si));
    }
  }

  std::int32_t points = 0;
  points += add(Dimension::kCurrent, FactorCode::kKnowledge,
                At(kKnowledgePoints, group.technical_knowledge),
                static_cast<std::uint64_t>(group.technical_knowledge), -1);
  points +=
      add(Dimension::kCurrent, FactorCode::kExperience, At(kExperiencePoints, group.ai_experience),
          static_cast<std::uint64_t>(group.ai_experience), -1);
  points += add(Dimension::kCurrent, FactorCode::kTraining, At(kTrainingPoints, group.training),
                static_cast<std::uint64_t>(group.training), -1);

  score.required_level = std::min(required, kMaxLiteracyLevel);
  score.current_level = std::min(kMaxLiteracyLevel, (points + 1) / 2);
  score.gap = std::max(0, score.required_level - score.current_level);
  return score;
}

}  // namespace ailit::scoring

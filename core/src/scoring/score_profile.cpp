// Combines system, sector and group scores into the organisation's scores.
#include <algorithm>

#include "ailit/scores.h"
#include "scoring/group_score.h"
#include "scoring/system_score.h"
#include "scoring/weights.h"

namespace ailit {

RiskLevel LevelForScore(std::int32_t score) {
  if (score >= scoring::kVeryHighFrom) return RiskLevel::kVeryHigh;
  if (score >= scoring::kHighFrom) return RiskLevel::kHigh;
  if (score >= scoring::kMediumFrom) return RiskLevel::kMedium;
  return RiskLevel::kLow;
}

namespace {

void ScoreSector(const Profile& profile, const SectorRiskTable& sectors, std::uint64_t adjustments,
                 Scores& scores) {
  const SectorRiskEntry* entry = sectors.Find(profile.organisation.sector);
  std::int32_t base = entry ? entry->score : SectorRiskTable::kDefaultScore;
  std::int32_t kind = scoring::At(scoring::kOrgKindPoints, profile.organisation.kind);
  scores.factors.push_back({Dimension::kSectorRisk, FactorCode::kSector, base, entry ? 1u : 0u});
  std::int32_t total = base;
  if (entry != nullptr) {
    for (std::size_t i = 0; i < entry->adjustments.size() && i < 64; ++i) {
      if ((adjustments >> i & 1u) == 0) continue;
      std::int32_t points = entry->adjustments[i].points;
      scores.factors.push_back({Dimension::kSectorRisk, FactorCode::kSectorAdjustment, points, i});
      total += points;
    }
  }
  scores.factors.push_back({Dimension::kSectorRisk, FactorCode::kOrgKind, kind,
                            static_cast<std::uint64_t>(profile.organisation.kind)});
  total += kind;
  if (total > 100) {
    scores.factors.push_back({Dimension::kSectorRisk, FactorCode::kSectorCap, 100 - total, 100});
    total = 100;
  } else if (total < 0) {
    scores.factors.push_back({Dimension::kSectorRisk, FactorCode::kSectorCap, -total, 0});
    total = 0;
  }
  scores.sector_risk = total;
}

// Index of the system with the highest value of `member`, the first one on ties; -1 if none.
std::int32_t Worst(const std::vector<SystemScore>& systems, std::int32_t SystemScore::*member) {
  std::int32_t worst = -1;
  for (std::size_t i = 0; i < systems.size(); ++i) {
    if (worst < 0 || systems[i].*member > systems[static_cast<std::size_t>(worst)].*member) {
      worst = static_cast<std::int32_t>(i);
    }
  }
  return worst;
}

void ScoreOverall(const Profile& profile, Scores& scores) {
  auto& factors = scores.factors;
  std::int32_t worst_nature = Worst(scores.systems, &SystemScore::nature);
  std::int32_t worst_severity = Worst(scores.systems, &SystemScore::severity);
  if (worst_nature >= 0) {
    const SystemScore& s = scores.systems[static_cast<std::size_t>(worst_nature)];
    scores.nature = s.nature;
    factors.push_back({Dimension::kNature, FactorCode::kWorstNature, s.nature,
                       static_cast<std::uint64_t>(s.nature), worst_nature});
    const SystemScore& v = scores.systems[static_cast<std::size_t>(worst_severity)];
    scores.severity = v.severity;
    factors.push_back({Dimension::kSeverity, FactorCode::kWorstSeverity, v.severity,
                       static_cast<std::uint64_t>(v.severity), worst_severity});
  }

  // Each part is rounded on its own (half up), so the parts shown add up to the total exactly.
  auto part = [](std::int32_t weight, std::int32_t score) { return (weight * score + 50) / 100; };
  std::int32_t nature_part = part(scoring::kNatureWeight, scores.nature);
  std::int32_t severity_part = part(scoring::kSeverityWeight, scores.severity);
  std::int32_t sector_part = part(scoring::kSectorWeight, scores.sector_risk);
  factors.push_back({Dimension::kOverall, FactorCode::kWeightedNature, nature_part,
                     static_cast<std::uint64_t>(scores.nature)});
  factors.push_back({Dimension::kOverall, FactorCode::kWeightedSeverity, severity_part,
                     static_cast<std::uint64_t>(scores.severity)});
  factors.push_back({Dimension::kOverall, FactorCode::kWeightedSector, sector_part,
                     static_cast<std::uint64_t>(scores.sector_risk)});
  std::int32_t weighted = nature_part + severity_part + sector_part;
  std::int32_t overall = weighted;

  std::int32_t serious = 0;
  RiskClass gravest = RiskClass::kMinimal;
  bool any_prohibited = false, any_high = false;
  for (std::size_t i = 0; i < scores.systems.size(); ++i) {
    if (scores.systems[i].level >= RiskLevel::kHigh) ++serious;
    RiskClass rc = profile.ai_systems[i].risk_class;
    any_prohibited |= rc == RiskClass::kProhibited;
    any_high |= rc == RiskClass::kHigh;
  }
  if (serious > 1) {
    std::int32_t breadth =
        std::min(scoring::kBreadthCap, scoring::kBreadthPerSystem * (serious - 1));
    factors.push_back(
        {Dimension::kOverall, FactorCode::kBreadth, breadth, static_cast<std::uint64_t>(serious)});
    overall += breadth;
  }
  std::int32_t floor = 0;
  if (any_high) {
    floor = scoring::kHighRiskFloor;
    gravest = RiskClass::kHigh;
  }
  if (any_prohibited) {
    floor = scoring::kProhibitedFloor;
    gravest = RiskClass::kProhibited;
  }
  if (overall < floor) {
    factors.push_back({Dimension::kOverall, FactorCode::kOverallFloor, floor - overall,
                       static_cast<std::uint64_t>(gravest)});
    overall = floor;
  }
  if (overall > 100) {
    factors.push_back({Dimension::kOverall, FactorCode::kOverallCap, 100 - overall, 100});
    overall = 100;
  }
  scores.overall = overall;
  scores.level = LevelForScore(overall);
}

}  // namespace

Scores ScoreProfile(const Profile& profile, const SectorRiskTable& sectors,
                    std::uint64_t sector_adjustments) {
  Scores scores;
  scores.systems.reserve(profile.ai_systems.size());
  for (std::size_t i = 0; i < profile.ai_systems.size(); ++i) {
    scores.systems.push_back(
        scoring::ScoreSystem(profile.ai_systems[i], static_cast<std::int32_t>(i)));
  }
  scores.groups.reserve(profile.staff_groups.size());
  for (std::size_t i = 0; i < profile.staff_groups.size(); ++i) {
    scores.groups.push_back(scoring::ScoreGroup(profile, static_cast<std::int32_t>(i)));
  }
  ScoreSector(profile, sectors, sector_adjustments, scores);
  ScoreOverall(profile, scores);
  return scores;
}

}  // namespace ailit

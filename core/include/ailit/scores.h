// ailit/scores.h — how much the organisation's AI use weighs, and what each staff group needs.
//
// ScoreProfile rates every AI system on its nature (what it is and does) and its severity (whom
// it touches and how widely), rates the sector, combines them into an overall score and level,
// and sets each staff group's required literacy level against its current level. Every number
// comes with the factors that produced it, so the output explains itself (docs/scoring.md).
//
//   ailit::Scores scores = ailit::ScoreProfile(profile, ailit::SectorRiskTable::CoreDefaults());
//   for (const auto& f : scores.factors) std::cout << ailit::DescribeFactor(f, profile, Lang::kEn);
//
// All scores are monotone: a riskier input (a higher risk class, more people affected, more
// sensitive data, less knowledge) never yields a lower score. Thread safety: ScoreProfile is
// reentrant; SectorRiskTable is immutable after construction and safe to share.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ailit/profile.h"

namespace ailit {

enum class Lang : std::uint8_t { kEn, kNl };
enum class RiskLevel : std::uint8_t { kLow, kMedium, kHigh, kVeryHigh };
std::string_view Name(RiskLevel level);  // "low", "medium", "high", "very_high"

enum class Dimension : std::uint8_t {
  kNature,
  kSeverity,
  kRisk,
  kSectorRisk,
  kOverall,
  kRequired,
  kCurrent
};
std::string_view Name(Dimension dimension);

// What a factor measured. The value it saw is kept as the enum's number (or a count), and the
// reason text is produced per language by DescribeFactor.
enum class FactorCode : std::uint8_t {
  kRiskClass,
  kSystemKind,
  kDecisionRole,
  kProviderRole,
  kNatureCap,
  kAffected,
  kAffectedCap,
  kPeopleAffected,
  kPeopleUnknown,
  kPersonalData,
  kExternalFacing,
  kRiskMean,
  kRiskFloor,
  kSector,
  kOrgKind,
  kSectorCap,
  kWorstNature,
  kWorstSeverity,
  kWeightedNature,
  kWeightedSeverity,
  kWeightedSector,
  kBreadth,
  kOverallFloor,
  kOverallCap,
  kRoleBase,
  kUsesSystem,
  kUsesGenerative,
  kUsesSpecialData,
  kUsesProhibited,
  kOverseesHighRisk,
  kKnowledge,
  kExperience,
  kTraining,
  kSectorAdjustment,  // a sector plugin's refinement for this profile; value: its index
};
std::string_view Name(FactorCode code);  // snake_case, e.g. "risk_class"

struct ScoreFactor {
  Dimension dimension;
  FactorCode code;
  std::int32_t points;       // contribution; for required levels, the level this factor demands
  std::uint64_t value = 0;   // what was seen: an enum's number, a count, a score
  std::int32_t system = -1;  // index of the AI system the factor concerns, if any
  std::int32_t group = -1;   // index of the staff group the factor concerns, if any
};

struct SystemScore {
  std::int32_t nature = 0;    // 0-100
  std::int32_t severity = 0;  // 0-100
  std::int32_t risk = 0;      // 0-100
  RiskLevel level = RiskLevel::kLow;
  std::vector<ScoreFactor> factors;
};

// Literacy levels 0-4: none, awareness, basic, applied (role-specific), expert (oversight).
constexpr std::int32_t kMaxLiteracyLevel = 4;
std::string_view LiteracyLevelName(std::int32_t level, Lang lang);

struct GroupScore {
  std::int32_t required_level = 0;
  std::int32_t current_level = 0;
  std::int32_t gap = 0;  // max(0, required - current)
  std::vector<ScoreFactor> factors;
};

struct Scores {
  std::int32_t nature = 0;
  std::int32_t severity = 0;
  std::int32_t sector_risk = 0;
  std::int32_t overall = 0;
  RiskLevel level = RiskLevel::kLow;
  std::vector<ScoreFactor> factors;  // sector, overall and the worst systems' factors
  std::vector<SystemScore> systems;  // parallel to Profile::ai_systems
  std::vector<GroupScore> groups;    // parallel to Profile::staff_groups
};

// A refinement of a sector's risk that a sector plugin applies to one profile, e.g. "+10: a
// clinical AI system that is a medical device is in use".
struct SectorRiskAdjustment {
  std::string id;
  std::int32_t points = 0;
  std::string reason_en;
  std::string reason_nl;
};

// A sector's base risk with its reason. Core defaults cover common sectors; plugins refine it.
struct SectorRiskEntry {
  std::string sector;
  std::int32_t score = 0;  // 0-100
  std::string reason_en;
  std::string reason_nl;
  std::vector<SectorRiskAdjustment> adjustments = {};  // at most 64, from a plugin
  std::string origin = "core";                         // "core" or "plugin:<id>"
};

class SectorRiskTable {
 public:
  // The core's defaults (docs/scoring.md lists them); unknown sectors get kDefaultScore.
  static const SectorRiskTable& CoreDefaults();
  static constexpr std::int32_t kDefaultScore = 40;

  // Adds or replaces the entry for entry.sector.
  void Set(SectorRiskEntry entry);
  // The entry for `sector`, or nullptr when the table has none.
  [[nodiscard]] const SectorRiskEntry* Find(std::string_view sector) const;
  const std::vector<SectorRiskEntry>& entries() const { return entries_; }

 private:
  std::vector<SectorRiskEntry> entries_;
};

// `sector_adjustments`: bit i applies adjustment i of the sector's entry (a plugin's answer for
// this profile); bits without an adjustment are ignored.
[[nodiscard]] Scores ScoreProfile(const Profile& profile, const SectorRiskTable& sectors,
                                  std::uint64_t sector_adjustments = 0);

// A warning at /organisation/sector when `sectors` has no entry for the profile's sector (the
// default risk is used), naming the sectors that have one; std::nullopt when it has.
[[nodiscard]] std::optional<Diagnostic> SectorWarning(const Profile& profile,
                                                      const SectorRiskTable& sectors);

// The reason for one factor in words, e.g. "risk class \"high\": high-risk under AI Act Art. 6".
std::string DescribeFactor(const ScoreFactor& factor, const Profile& profile,
                           const SectorRiskTable& sectors, Lang lang);

RiskLevel LevelForScore(std::int32_t score);

}  // namespace ailit

// ailit/enums.h — the closed vocabularies of the profile contract (DESIGN.md §3) and their names.
//
// Each enumeration is declared in the order the contract lists its values, and `Names<E>()`
// returns those names in the same order, so messages can list the allowed values and output can
// print them without a second table.
//
//   auto risk = ailit::ParseEnum<ailit::RiskClass>("high");   // std::optional<RiskClass>
//   std::string_view name = ailit::Name(ailit::RiskClass::kHigh);  // "high"
//   std::string allowed = ailit::AllowedList<ailit::RiskClass>();  // "prohibited, high, ..."
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace ailit {

enum class OrgKind : std::uint8_t { kPublic, kSemiPublic, kPrivate };
enum class TriState : std::uint8_t { kYes, kPartly, kNo };
enum class Inventory : std::uint8_t { kComplete, kPartial, kNone };
enum class DocState : std::uint8_t { kYes, kDraft, kNo };
enum class SystemKind : std::uint8_t {
  kGenerative,
  kPredictive,
  kClassification,
  kRecognition,
  kBiometric,
  kRecommender,
  kOptimisation,
  kAutomation,
  kOther
};
enum class RiskClass : std::uint8_t { kProhibited, kHigh, kLimited, kMinimal, kUnknown };
// Why a high-risk system is high-risk: a safety component or product under Annex I (such as a
// medical device), or a use in an Annex III area. Duties differ: Art. 27 and 49 concern Annex III.
enum class HighRiskBasis : std::uint8_t { kAnnexI, kAnnexIII, kUnknown };
enum class ProviderRole : std::uint8_t { kProvider, kDeployer, kBoth };
enum class DecisionRole : std::uint8_t { kInforms, kSupports, kDecides };
enum class Affected : std::uint8_t {
  kEmployees,
  kCustomers,
  kCitizens,
  kPatients,
  kStudents,
  kMinors,
  kVulnerable,
  kPublic
};
enum class PersonalData : std::uint8_t { kNone, kPersonal, kSpecialCategory };
enum class SystemStatus : std::uint8_t { kPlanned, kPilot, kProduction };
enum class StaffRole : std::uint8_t {
  kBoard,
  kManagement,
  kAiLead,
  kDeveloper,
  kOperator,
  kEndUser,
  kProcurement,
  kLegalPrivacy,
  kHr,
  kCommunications,
  kItSupport,
  kEducator,
  kExternal
};
enum class Knowledge : std::uint8_t { kNone, kBasic, kIntermediate, kAdvanced };
enum class Experience : std::uint8_t { kNone, kSome, kExtensive };
enum class Training : std::uint8_t { kNone, kBasic, kRoleSpecific };

// Not profile fields, but closed vocabularies of the plan (DESIGN.md §4, docs/knowledge-base.md).
// Size classes follow the EU SME definition on headcount (Recommendation 2003/361/EC).
enum class SizeClass : std::uint8_t { kMicro, kSmall, kMedium, kLarge };
enum class PlanStep : std::uint8_t { kIdentify, kSetGoals, kExecute, kEvaluate };
enum class Effort : std::uint8_t { kLow, kMedium, kHigh };

// micro < 10 employees, small < 50, medium < 250, large otherwise.
constexpr SizeClass SizeClassOf(std::uint32_t employees) {
  if (employees < 10) return SizeClass::kMicro;
  if (employees < 50) return SizeClass::kSmall;
  if (employees < 250) return SizeClass::kMedium;
  return SizeClass::kLarge;
}

template <typename E>
struct EnumNames;  // specialised below: `static constexpr std::array<std::string_view, N> kNames`

#define AILIT_ENUM_NAMES(E, ...)                                                   \
  template <>                                                                      \
  struct EnumNames<E> {                                                            \
    static constexpr auto kNames = std::to_array<std::string_view>({__VA_ARGS__}); \
  }

AILIT_ENUM_NAMES(OrgKind, "public", "semi_public", "private");
AILIT_ENUM_NAMES(TriState, "yes", "partly", "no");
AILIT_ENUM_NAMES(Inventory, "complete", "partial", "none");
AILIT_ENUM_NAMES(DocState, "yes", "draft", "no");
AILIT_ENUM_NAMES(SystemKind, "generative", "predictive", "classification", "recognition",
                 "biometric", "recommender", "optimisation", "automation", "other");
AILIT_ENUM_NAMES(RiskClass, "prohibited", "high", "limited", "minimal", "unknown");
AILIT_ENUM_NAMES(HighRiskBasis, "annex_i", "annex_iii", "unknown");
AILIT_ENUM_NAMES(ProviderRole, "provider", "deployer", "both");
AILIT_ENUM_NAMES(DecisionRole, "informs", "supports", "decides");
AILIT_ENUM_NAMES(Affected, "employees", "customers", "citizens", "patients", "students", "minors",
                 "vulnerable", "public");
AILIT_ENUM_NAMES(PersonalData, "none", "personal", "special_category");
AILIT_ENUM_NAMES(SystemStatus, "planned", "pilot", "production");
AILIT_ENUM_NAMES(StaffRole, "board", "management", "ai_lead", "developer", "operator", "end_user",
                 "procurement", "legal_privacy", "hr", "communications", "it_support", "educator",
                 "external");
AILIT_ENUM_NAMES(Knowledge, "none", "basic", "intermediate", "advanced");
AILIT_ENUM_NAMES(Experience, "none", "some", "extensive");
AILIT_ENUM_NAMES(Training, "none", "basic", "role_specific");
AILIT_ENUM_NAMES(SizeClass, "micro", "small", "medium", "large");
AILIT_ENUM_NAMES(PlanStep, "identify", "set_goals", "execute", "evaluate");
AILIT_ENUM_NAMES(Effort, "low", "medium", "high");

#undef AILIT_ENUM_NAMES

template <typename E>
constexpr std::size_t EnumCount() {
  return EnumNames<E>::kNames.size();
}

template <typename E>
constexpr std::string_view Name(E value) {
  return EnumNames<E>::kNames[static_cast<std::size_t>(value)];
}

template <typename E>
constexpr std::optional<E> ParseEnum(std::string_view text) {
  const auto& names = EnumNames<E>::kNames;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (names[i] == text) return static_cast<E>(i);
  }
  return std::nullopt;
}

// "a, b, c": for messages that tell the reader what they may write instead.
template <typename E>
std::string AllowedList() {
  std::string out;
  for (std::string_view name : EnumNames<E>::kNames) {
    if (!out.empty()) out += ", ";
    out += name;
  }
  return out;
}

}  // namespace ailit

// ailit/profile.h — an organisation's profile, validated and normalised (DESIGN.md §3).
//
// ParseProfile reads the JSON text of a v1 profile, reports every contract violation at once
// (each with a JSON Pointer), and returns an immutable, fully defaulted Profile in which staff
// groups and AI systems refer to each other by index.
//
//   ailit::ProfileResult result = ailit::ParseProfile(text);
//   if (!result.ok()) { print(result.diagnostics.errors); return 2; }
//   const ailit::Profile& profile = *result.profile;
//
// Thread safety: ParseProfile is reentrant; a Profile is a plain value, safe to share read-only.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ailit/diagnostic.h"
#include "ailit/enums.h"

namespace ailit {

// Bit set over Affected.
using AffectedSet = std::uint16_t;
constexpr AffectedSet Bit(Affected a) {
  return AffectedSet(1u << static_cast<unsigned>(a));
}
constexpr bool Has(AffectedSet set, Affected a) {
  return (set & Bit(a)) != 0;
}

struct Organisation {
  std::string name;
  std::string sector;
  std::uint32_t employees = 0;
  OrgKind kind = OrgKind::kPrivate;
};

struct Governance {
  TriState board_anchored = TriState::kNo;
  TriState budget = TriState::kNo;
  bool responsible_assigned = false;
  TriState periodic_reporting = TriState::kNo;
  TriState literacy_monitoring = TriState::kNo;
  Inventory ai_inventory = Inventory::kNone;
  DocState genai_guidelines = DocState::kNo;
  DocState ethical_framework = DocState::kNo;
  DocState ai_policy = DocState::kNo;
  bool working_group = false;
};

struct AiSystem {
  std::string id;
  std::string name;  // defaults to the id
  SystemKind kind = SystemKind::kOther;
  RiskClass risk_class = RiskClass::kUnknown;
  HighRiskBasis high_risk_basis = HighRiskBasis::kUnknown;  // meaningful for kHigh
  ProviderRole role = ProviderRole::kDeployer;
  DecisionRole decision_role = DecisionRole::kInforms;
  AffectedSet affected = 0;
  std::optional<std::uint64_t> people_affected;  // empty when the profile does not say
  PersonalData personal_data = PersonalData::kNone;
  bool external_facing = false;
  SystemStatus status = SystemStatus::kProduction;
  std::vector<std::uint32_t> used_by;  // indexes into Profile::staff_groups, in input order
};

struct StaffGroup {
  std::string id;
  std::string name;  // defaults to the id
  StaffRole role = StaffRole::kEndUser;
  std::uint32_t headcount = 1;
  Knowledge technical_knowledge = Knowledge::kNone;
  Experience ai_experience = Experience::kNone;
  Training training = Training::kNone;
  std::vector<std::uint32_t> systems;  // indexes into Profile::ai_systems that this group uses
};

struct ExternalParties {
  bool customers_interact_with_ai = false;
  bool service_providers_operate_ai = false;
};

struct Profile {
  Organisation organisation;
  Governance governance;
  std::vector<AiSystem> ai_systems;
  std::vector<StaffGroup> staff_groups;
  ExternalParties external_parties;
  std::vector<std::string> implemented_measures;
};

// The limits of DESIGN.md §3, plus the reading limits that bound memory for any input. The
// defaults are the contract; a service may lower max_bytes.
struct ProfileLimits {
  std::size_t max_bytes = 4u << 20;      // the whole input
  std::size_t max_depth = 32;            // nesting of objects and lists
  std::size_t max_list_items = 1000;     // AI systems, staff groups, and any other list
  std::size_t max_object_members = 256;  // fields in one object, unknown ones included
  std::size_t max_string_bytes = 4096;   // any one text, unknown fields included
  std::size_t max_text_chars = 200;      // names and free text
  std::size_t max_id_chars = 64;
  std::uint32_t max_employees = 10'000'000;
};

struct ProfileResult {
  std::optional<Profile> profile;  // set exactly when diagnostics has no errors
  Diagnostics diagnostics;         // every error, and warnings such as unknown fields
  // The text is not one JSON document within the reading limits (an HTTP 400), as opposed to a
  // document that breaks the contract (a 422).
  bool malformed = false;

  [[nodiscard]] bool ok() const { return profile.has_value(); }
};

// Parses, validates and normalises one profile. Never throws for bad input.
[[nodiscard]] ProfileResult ParseProfile(std::string_view json, const ProfileLimits& limits = {});

}  // namespace ailit

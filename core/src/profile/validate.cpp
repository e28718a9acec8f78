// Walks a parsed profile document, checks every field against the v1 contract and builds the
// normalised Profile. Cross-references (ids, used_by) are checked in references.cpp.
#include "profile/validate.h"

#include <algorithm>
#include <unordered_set>

#include "profile/field_reader.h"
#include "profile/references.h"

namespace ailit::profile {
namespace {

constexpr std::uint64_t kMaxPeopleAffected = 10'000'000'000ull;

template <typename E>
std::uint32_t ReadEnumSet(FieldReader& fields, std::string_view key) {
  const rapidjson::Value* list = fields.Array(key);
  if (list == nullptr) return 0;
  std::uint32_t set = 0;
  const std::string base = fields.PointerTo(key);
  for (rapidjson::SizeType i = 0; i < list->Size(); ++i) {
    const rapidjson::Value& item = (*list)[i];
    std::string pointer = base + "/" + std::to_string(i);
    if (!item.IsString()) {
      fields.diagnostics().Error(pointer, "must be one of " + AllowedList<E>() + ", not " +
                                              std::string(DescribeType(item)));
      continue;
    }
    std::string_view text(item.GetString(), item.GetStringLength());
    auto value = ParseEnum<E>(text);
    if (!value) {
      fields.diagnostics().Error(pointer, NotAllowedMessage(text, AllowedList<E>()));
      continue;
    }
    std::uint32_t bit = 1u << static_cast<unsigned>(*value);
    if (set & bit) {
      fields.diagnostics().Error(pointer, "\"" + std::string(text) + "\" is listed twice");
    }
    set |= bit;
  }
  return set;
}

// A list of ids; each is checked against the id rule and for repeats within the list.
std::vector<std::string> ReadIdList(FieldReader& fields, std::string_view key,
                                    const ProfileLimits& limits) {
  constexpr std::size_t kScanLimit = 32;
  std::vector<std::string> ids;
  std::unordered_set<std::string> seen;
  const rapidjson::Value* list = fields.Array(key);
  if (list == nullptr) return ids;
  const std::string base = fields.PointerTo(key);
  ids.reserve(list->Size());
  for (rapidjson::SizeType i = 0; i < list->Size(); ++i) {
    const rapidjson::Value& item = (*list)[i];
    std::string pointer = base + "/" + std::to_string(i);
    if (!item.IsString()) {
      fields.diagnostics().Error(pointer,
                                 "must be an id (text), not " + std::string(DescribeType(item)));
      continue;
    }
    std::string id(item.GetString(), item.GetStringLength());
    if (std::string problem = IdProblem(id, limits.max_id_chars); !problem.empty()) {
      fields.diagnostics().Error(pointer, problem);
      continue;
    }
    // A scan is fastest for the short lists profiles have; a set keeps 1,000-item lists linear.
    bool repeated = false;
    if (ids.size() < kScanLimit) {
      repeated = std::find(ids.begin(), ids.end(), id) != ids.end();
    } else {
      if (seen.empty()) seen.insert(ids.begin(), ids.end());
      repeated = !seen.insert(id).second;
    }
    if (repeated) fields.diagnostics().Error(pointer, "\"" + id + "\" is listed twice");
    ids.push_back(std::move(id));
  }
  return ids;
}

void ReadOrganisation(FieldReader& top, Profile& profile, const ProfileLimits& limits) {
  const rapidjson::Value* object = top.Object("organisation", /*required=*/true);
  if (object == nullptr) return;
  FieldReader fields(*object, "/organisation", top.diagnostics(), limits,
                     {"name", "sector", "employees", "kind"});
  Organisation& org = profile.organisation;
  org.name = fields.RequiredText("name");
  org.sector = fields.RequiredId("sector");
  org.employees = static_cast<std::uint32_t>(
      fields.Integer("employees", 1, limits.max_employees, 0, /*required=*/true));
  org.kind = fields.Enum("kind", OrgKind::kPrivate);
}

void ReadGovernance(FieldReader& top, Profile& profile, const ProfileLimits& limits) {
  const rapidjson::Value* object = top.Object("governance");
  if (object == nullptr) return;
  FieldReader fields(*object, "/governance", top.diagnostics(), limits,
                     {"board_anchored", "budget", "responsible_assigned", "periodic_reporting",
                      "literacy_monitoring", "ai_inventory", "genai_guidelines",
                      "ethical_framework", "ai_policy", "working_group"});
  Governance& g = profile.governance;
  g.board_anchored = fields.Enum("board_anchored", TriState::kNo);
  g.budget = fields.Enum("budget", TriState::kNo);
  g.responsible_assigned = fields.Bool("responsible_assigned", false);
  g.periodic_reporting = fields.Enum("periodic_reporting", TriState::kNo);
  g.literacy_monitoring = fields.Enum("literacy_monitoring", TriState::kNo);
  g.ai_inventory = fields.Enum("ai_inventory", Inventory::kNone);
  g.genai_guidelines = fields.Enum("genai_guidelines", DocState::kNo);
  g.ethical_framework = fields.Enum("ethical_framework", DocState::kNo);
  g.ai_policy = fields.Enum("ai_policy", DocState::kNo);
  g.working_group = fields.Bool("working_group", false);
}

void ReadSystems(FieldReader& top, Profile& profile, std::vector<std::vector<std::string>>& used_by,
                 const ProfileLimits& limits) {
  const rapidjson::Value* list = top.Array("ai_systems");
  if (list == nullptr) return;
  profile.ai_systems.reserve(list->Size());
  used_by.reserve(list->Size());
  for (rapidjson::SizeType i = 0; i < list->Size(); ++i) {
    const rapidjson::Value& item = (*list)[i];
    std::string pointer = "/ai_systems/" + std::to_string(i);
    AiSystem system;
    if (!item.IsObject()) {
      top.diagnostics().Error(
          pointer, "each AI system must be an object, not " + std::string(DescribeType(item)));
      profile.ai_systems.push_back(std::move(system));
      used_by.emplace_back();
      continue;
    }
    FieldReader fields(
        item, pointer, top.diagnostics(), limits,
        {"id", "name", "kind", "risk_class", "high_risk_basis", "role", "decision_role", "affected",
         "people_affected", "personal_data", "external_facing", "status", "used_by"});
    system.id = fields.RequiredId("id");
    system.name = fields.Text("name", system.id);
    system.kind = fields.Enum("kind", SystemKind::kOther);
    system.risk_class = fields.Enum("risk_class", RiskClass::kUnknown);
    system.high_risk_basis = fields.Enum("high_risk_basis", HighRiskBasis::kUnknown);
    system.role = fields.Enum("role", ProviderRole::kDeployer);
    system.decision_role = fields.Enum("decision_role", DecisionRole::kInforms);
    system.affected = static_cast<AffectedSet>(ReadEnumSet<Affected>(fields, "affected"));
    if (fields.Has("people_affected")) {
      system.people_affected = fields.Integer("people_affected", 0, kMaxPeopleAffected, 0);
    }
    system.personal_data = fields.Enum("personal_data", PersonalData::kNone);
    system.external_facing = fields.Bool("external_facing", false);
    system.status = fields.Enum("status", SystemStatus::kProduction);
    used_by.push_back(ReadIdList(fields, "used_by", limits));
    profile.ai_systems.push_back(std::move(system));
  }
}

void ReadGroups(FieldReader& top, Profile& profile, const ProfileLimits& limits) {
  const rapidjson::Value* list = top.Array("staff_groups", /*required=*/true);
  if (list == nullptr) return;
  if (list->Empty()) {
    top.diagnostics().Error("/staff_groups",
                            "list at least one staff group: the people who work with AI");
    return;
  }
  profile.staff_groups.reserve(list->Size());
  for (rapidjson::SizeType i = 0; i < list->Size(); ++i) {
    const rapidjson::Value& item = (*list)[i];
    std::string pointer = "/staff_groups/" + std::to_string(i);
    StaffGroup group;
    if (!item.IsObject()) {
      top.diagnostics().Error(
          pointer, "each staff group must be an object, not " + std::string(DescribeType(item)));
      profile.staff_groups.push_back(std::move(group));
      continue;
    }
    FieldReader fields(
        item, pointer, top.diagnostics(), limits,
        {"id", "name", "role", "headcount", "technical_knowledge", "ai_experience", "training"});
    group.id = fields.RequiredId("id");
    if (group.id == "customers" || group.id == "service_providers") {
      top.diagnostics().Error(pointer + "/id",
                              "\"" + group.id +
                                  "\" is reserved: a plan uses it for people outside the "
                                  "organisation; give this staff group another id");
    }
    group.name = fields.Text("name", group.id);
    group.role = fields.Enum("role", StaffRole::kEndUser);
    group.headcount =
        static_cast<std::uint32_t>(fields.Integer("headcount", 1, limits.max_employees, 1));
    group.technical_knowledge = fields.Enum("technical_knowledge", Knowledge::kNone);
    group.ai_experience = fields.Enum("ai_experience", Experience::kNone);
    group.training = fields.Enum("training", Training::kNone);
    profile.staff_groups.push_back(std::move(group));
  }
}

void ReadExternalParties(FieldReader& top, Profile& profile, const ProfileLimits& limits) {
  const rapidjson::Value* object = top.Object("external_parties");
  if (object == nullptr) return;
  FieldReader fields(*object, "/external_parties", top.diagnostics(), limits,
                     {"customers_interact_with_ai", "service_providers_operate_ai"});
  profile.external_parties.customers_interact_with_ai =
      fields.Bool("customers_interact_with_ai", false);
  profile.external_parties.service_providers_operate_ai =
      fields.Bool("service_providers_operate_ai", false);
}

}  // namespace

std::optional<Profile> ValidateProfile(const rapidjson::Value& root, const ProfileLimits& limits,
                                       Diagnostics& diagnostics) {
  if (!root.IsObject()) {
    diagnostics.Error(
        "", "a profile must be a JSON object ({ ... }), not " + std::string(DescribeType(root)));
    return std::nullopt;
  }
  Profile profile;
  FieldReader top(root, "", diagnostics, limits,
                  {"$schema", "organisation", "governance", "ai_systems", "staff_groups",
                   "external_parties", "implemented_measures"});
  // "$schema" lets editors validate the file; its value is not used, but it must be text.
  if (auto it = root.FindMember("$schema"); it != root.MemberEnd() && !it->value.IsString()) {
    diagnostics.Error("/$schema", "must be text (the address of the profile schema), not " +
                                      std::string(DescribeType(it->value)));
  }
  std::vector<std::vector<std::string>> used_by;
  ReadOrganisation(top, profile, limits);
  ReadGovernance(top, profile, limits);
  ReadSystems(top, profile, used_by, limits);
  ReadGroups(top, profile, limits);
  ReadExternalParties(top, profile, limits);
  profile.implemented_measures = ReadIdList(top, "implemented_measures", limits);
  LinkReferences(profile, used_by, diagnostics);
  if (!diagnostics.ok()) return std::nullopt;
  return profile;
}

}  // namespace ailit::profile

// Derives the facts rules read from a profile and its scores. The names and meanings are a
// public contract for rule authors (docs/rules.md lists them; a test keeps the two equal).
#include "ailit/profile_facts.h"

#include <algorithm>
#include <array>

namespace ailit {

// Slots of every fact, and the interned symbol of every enum name so string facts compare with
// pack constants as integers.
struct ProfileFactSlots {
  struct {
    FactSlot sector, employees, kind, size_class;
    FactSlot board_anchored, budget, responsible_assigned, periodic_reporting, literacy_monitoring,
        ai_inventory, genai_guidelines, ethical_framework, ai_policy, working_group;
    FactSlot customers_interact_with_ai, service_providers_operate_ai, implemented_measures;
    FactSlot systems_count, prohibited_count, high_risk_count, unknown_risk_count, generative_count,
        external_facing_count, special_category_count, provider_count, not_in_production_count,
        kinds, affected, risk_classes;
    FactSlot groups_count, headcount, roles, max_gap, groups_with_gap, untrained_headcount;
    FactSlot nature, severity, sector_risk, overall, level;
  } global;
  struct {
    FactSlot id, kind, risk_class, high_risk_basis, role, decision_role, affected, people_affected,
        personal_data, external_facing, status, used_by, user_groups, nature, severity, risk, level;
  } system;
  struct {
    FactSlot id, role, headcount, technical_knowledge, ai_experience, training, required_level,
        current_level, gap, systems, uses_high_risk, uses_generative, uses_special_category,
        uses_prohibited, oversees_high_risk, max_system_risk;
  } group;
  // symbols[enum type][value]
  std::vector<std::vector<Symbol>> symbols;
};

namespace {

// Index of each enum in ProfileFactSlots::symbols.
enum SymbolTable : std::size_t {
  kOrgKindNames,
  kTriNames,
  kInventoryNames,
  kDocNames,
  kKindNames,
  kRiskNames,
  kBasisNames,
  kRoleNames,
  kDecisionNames,
  kAffectedNames,
  kDataNames,
  kStatusNames,
  kStaffRoleNames,
  kKnowledgeNames,
  kExperienceNames,
  kTrainingNames,
  kLevelNames,
  kSizeNames,
  kSymbolTableCount
};

constexpr auto kSizeClassNames = EnumNames<SizeClass>::kNames;

template <typename E>
std::vector<Symbol> InternEnum(FactCatalogue& catalogue) {
  std::vector<Symbol> out;
  for (std::string_view name : EnumNames<E>::kNames) out.push_back(catalogue.Intern(name));
  return out;
}

template <std::size_t N>
std::vector<Symbol> InternList(FactCatalogue& catalogue,
                               const std::array<std::string_view, N>& names) {
  std::vector<Symbol> out;
  for (std::string_view name : names) out.push_back(catalogue.Intern(name));
  return out;
}

bool IsHighOrWorse(RiskClass rc) {
  return rc == RiskClass::kHigh || rc == RiskClass::kProhibited;
}

}  // namespace

ProfileFacts::ProfileFacts()
    : catalogue_(FactCatalogue::Closed()), slots_(std::make_unique<ProfileFactSlots>()) {
  auto declare = [&](const char* name, FactScope scope) {
    declared_.push_back({name, scope});
    return catalogue_.Declare(name, scope);
  };
  auto g = [&](const char* name) { return declare(name, FactScope::kGlobal); };
  auto s = [&](const char* name) { return declare(name, FactScope::kSystem); };
  auto p = [&](const char* name) { return declare(name, FactScope::kGroup); };
  auto& G = slots_->global;
  G.sector = g("organisation.sector");
  G.employees = g("organisation.employees");
  G.kind = g("organisation.kind");
  G.size_class = g("organisation.size_class");
  G.board_anchored = g("governance.board_anchored");
  G.budget = g("governance.budget");
  G.responsible_assigned = g("governance.responsible_assigned");
  G.periodic_reporting = g("governance.periodic_reporting");
  G.literacy_monitoring = g("governance.literacy_monitoring");
  G.ai_inventory = g("governance.ai_inventory");
  G.genai_guidelines = g("governance.genai_guidelines");
  G.ethical_framework = g("governance.ethical_framework");
  G.ai_policy = g("governance.ai_policy");
  G.working_group = g("governance.working_group");
  G.customers_interact_with_ai = g("external_parties.customers_interact_with_ai");
  G.service_providers_operate_ai = g("external_parties.service_providers_operate_ai");
  G.implemented_measures = g("implemented_measures");
  G.systems_count = g("systems.count");
  G.prohibited_count = g("systems.prohibited_count");
  G.high_risk_count = g("systems.high_risk_count");
  G.unknown_risk_count = g("systems.unknown_risk_count");
  G.generative_count = g("systems.generative_count");
  G.external_facing_count = g("systems.external_facing_count");
  G.special_category_count = g("systems.special_category_count");
  G.provider_count = g("systems.provider_count");
  G.not_in_production_count = g("systems.not_in_production_count");
  G.kinds = g("systems.kinds");
  G.affected = g("systems.affected");
  G.risk_classes = g("systems.risk_classes");
  G.groups_count = g("staff.groups_count");
  G.headcount = g("staff.headcount");
  G.roles = g("staff.roles");
  G.max_gap = g("staff.max_gap");
  G.groups_with_gap = g("staff.groups_with_gap");
  G.untrained_headcount = g("staff.untrained_headcount");
  G.nature = g("scores.nature");
  G.severity = g("scores.severity");
  G.sector_risk = g("scores.sector_risk");
  G.overall = g("scores.overall");
  G.level = g("scores.level");

  auto& S = slots_->system;
  S.id = s("system.id");
  S.kind = s("system.kind");
  S.risk_class = s("system.risk_class");
  S.high_risk_basis = s("system.high_risk_basis");
  S.role = s("system.role");
  S.decision_role = s("system.decision_role");
  S.affected = s("system.affected");
  S.people_affected = s("system.people_affected");
  S.personal_data = s("system.personal_data");
  S.external_facing = s("system.external_facing");
  S.status = s("system.status");
  S.used_by = s("system.used_by");
  S.user_groups = s("system.user_groups");
  S.nature = s("system.nature");
  S.severity = s("system.severity");
  S.risk = s("system.risk");
  S.level = s("system.level");

  auto& P = slots_->group;
  P.id = p("group.id");
  P.role = p("group.role");
  P.headcount = p("group.headcount");
  P.technical_knowledge = p("group.technical_knowledge");
  P.ai_experience = p("group.ai_experience");
  P.training = p("group.training");
  P.required_level = p("group.required_level");
  P.current_level = p("group.current_level");
  P.gap = p("group.gap");
  P.systems = p("group.systems");
  P.uses_high_risk = p("group.uses_high_risk");
  P.uses_generative = p("group.uses_generative");
  P.uses_special_category = p("group.uses_special_category");
  P.uses_prohibited = p("group.uses_prohibited");
  P.oversees_high_risk = p("group.oversees_high_risk");
  P.max_system_risk = p("group.max_system_risk");

  auto& sym = slots_->symbols;
  sym.resize(kSymbolTableCount);
  sym[kOrgKindNames] = InternEnum<OrgKind>(catalogue_);
  sym[kTriNames] = InternEnum<TriState>(catalogue_);
  sym[kInventoryNames] = InternEnum<Inventory>(catalogue_);
  sym[kDocNames] = InternEnum<DocState>(catalogue_);
  sym[kKindNames] = InternEnum<SystemKind>(catalogue_);
  sym[kRiskNames] = InternEnum<RiskClass>(catalogue_);
  sym[kBasisNames] = InternEnum<HighRiskBasis>(catalogue_);
  sym[kRoleNames] = InternEnum<ProviderRole>(catalogue_);
  sym[kDecisionNames] = InternEnum<DecisionRole>(catalogue_);
  sym[kAffectedNames] = InternEnum<Affected>(catalogue_);
  sym[kDataNames] = InternEnum<PersonalData>(catalogue_);
  sym[kStatusNames] = InternEnum<SystemStatus>(catalogue_);
  sym[kStaffRoleNames] = InternEnum<StaffRole>(catalogue_);
  sym[kKnowledgeNames] = InternEnum<Knowledge>(catalogue_);
  sym[kExperienceNames] = InternEnum<Experience>(catalogue_);
  sym[kTrainingNames] = InternEnum<Training>(catalogue_);
  for (std::size_t level = 0; level < 4; ++level) {
    sym[kLevelNames].push_back(catalogue_.Intern(Name(static_cast<RiskLevel>(level))));
  }
  sym[kSizeNames] = InternList(catalogue_, kSizeClassNames);
}

ProfileFacts::ProfileFacts(ProfileFacts&&) noexcept = default;
ProfileFacts& ProfileFacts::operator=(ProfileFacts&&) noexcept = default;
ProfileFacts::~ProfileFacts() = default;

void ProfileFacts::Fill(const Profile& profile, const Scores& scores, FactTable& table) const {
  FillProfile(profile, table);
  FillScores(profile, scores, table);
}

void ProfileFacts::FillProfile(const Profile& profile, FactTable& table) const {
  const ProfileFactSlots& slots = *slots_;
  const auto& sym = slots.symbols;
  table.Reset(profile.ai_systems.size(), profile.staff_groups.size());

  // Scalars are written straight into the item's row (its bounds checked once per row); lists
  // go through the table, which owns their items.
  using Row = std::span<FactValue>;
  auto number = [](Row row, FactSlot slot, double v) { row[slot] = FactValue::Number(v); };
  auto boolean = [](Row row, FactSlot slot, bool v) { row[slot] = FactValue::Bool(v); };
  auto text = [](Row row, FactSlot slot, std::string_view v, Symbol symbol = kNoSymbol) {
    row[slot] = FactValue::String(v, symbol);
  };
  auto name = [&]<typename E>(Row row, FactSlot slot, E value, SymbolTable names) {
    row[slot] = FactValue::String(Name(value), sym[names][static_cast<std::size_t>(value)]);
  };
  // Up to 16 names from a bit set over an enum, in contract order.
  auto name_set = [&]<typename E>(FactScope scope, std::size_t item, FactSlot slot,
                                  std::uint32_t bits, E, SymbolTable names) {
    std::array<std::string_view, 16> list;
    std::array<Symbol, 16> symbols;
    std::size_t n = 0;
    for (std::size_t i = 0; i < EnumCount<E>(); ++i) {
      if (bits & (1u << i)) {
        list[n] = EnumNames<E>::kNames[i];
        symbols[n++] = sym[names][i];
      }
    }
    table.SetStrings(scope, item, slot, std::span<const std::string_view>(list.data(), n),
                     std::span<const Symbol>(symbols.data(), n));
  };

  constexpr FactScope kG = FactScope::kGlobal;
  const Row grow = table.Row(kG, 0);
  const auto& G = slots.global;
  const Organisation& org = profile.organisation;
  text(grow, G.sector, org.sector, catalogue_.FindSymbol(org.sector));
  number(grow, G.employees, org.employees);
  name(grow, G.kind, org.kind, kOrgKindNames);
  std::size_t size = static_cast<std::size_t>(SizeClassOf(org.employees));
  text(grow, G.size_class, kSizeClassNames[size], sym[kSizeNames][size]);

  const Governance& gov = profile.governance;
  name(grow, G.board_anchored, gov.board_anchored, kTriNames);
  name(grow, G.budget, gov.budget, kTriNames);
  boolean(grow, G.responsible_assigned, gov.responsible_assigned);
  name(grow, G.periodic_reporting, gov.periodic_reporting, kTriNames);
  name(grow, G.literacy_monitoring, gov.literacy_monitoring, kTriNames);
  name(grow, G.ai_inventory, gov.ai_inventory, kInventoryNames);
  name(grow, G.genai_guidelines, gov.genai_guidelines, kDocNames);
  name(grow, G.ethical_framework, gov.ethical_framework, kDocNames);
  name(grow, G.ai_policy, gov.ai_policy, kDocNames);
  boolean(grow, G.working_group, gov.working_group);
  boolean(grow, G.customers_interact_with_ai, profile.external_parties.customers_interact_with_ai);
  boolean(grow, G.service_providers_operate_ai,
          profile.external_parties.service_providers_operate_ai);
  {
    std::vector<std::string_view> measures(profile.implemented_measures.begin(),
                                           profile.implemented_measures.end());
    table.SetStrings(kG, 0, G.implemented_measures, measures);
  }

  // Per system, and the organisation's totals over its systems.
  constexpr FactScope kS = FactScope::kSystem;
  const auto& S = slots.system;
  std::uint32_t kinds = 0, affected = 0, risk_classes = 0;
  int prohibited = 0, high = 0, unknown = 0, generative = 0, external = 0, special = 0,
      provider = 0, not_live = 0;
  std::vector<std::string_view> ids;
  for (std::size_t i = 0; i < profile.ai_systems.size(); ++i) {
    const AiSystem& system = profile.ai_systems[i];
    const Row srow = table.Row(kS, i);
    text(srow, S.id, system.id);
    name(srow, S.kind, system.kind, kKindNames);
    name(srow, S.risk_class, system.risk_class, kRiskNames);
    name(srow, S.high_risk_basis, system.high_risk_basis, kBasisNames);
    name(srow, S.role, system.role, kRoleNames);
    name(srow, S.decision_role, system.decision_role, kDecisionNames);
    name_set(kS, i, S.affected, system.affected, Affected{}, kAffectedNames);
    // Left undefined when the profile does not say, so numeric conditions on it do not hold.
    if (system.people_affected) {
      number(srow, S.people_affected, static_cast<double>(*system.people_affected));
    }
    name(srow, S.personal_data, system.personal_data, kDataNames);
    boolean(srow, S.external_facing, system.external_facing);
    name(srow, S.status, system.status, kStatusNames);
    ids.clear();
    for (std::uint32_t g : system.used_by) ids.push_back(profile.staff_groups[g].id);
    table.SetStrings(kS, i, S.used_by, ids);
    number(srow, S.user_groups, static_cast<double>(system.used_by.size()));

    kinds |= 1u << static_cast<unsigned>(system.kind);
    affected |= system.affected;
    risk_classes |= 1u << static_cast<unsigned>(system.risk_class);
    prohibited += system.risk_class == RiskClass::kProhibited;
    high += system.risk_class == RiskClass::kHigh;
    unknown += system.risk_class == RiskClass::kUnknown;
    generative += system.kind == SystemKind::kGenerative;
    external += system.external_facing;
    special += system.personal_data == PersonalData::kSpecialCategory;
    provider += system.role != ProviderRole::kDeployer;
    not_live += system.status != SystemStatus::kProduction;
  }
  number(grow, G.systems_count, static_cast<double>(profile.ai_systems.size()));
  number(grow, G.prohibited_count, prohibited);
  number(grow, G.high_risk_count, high);
  number(grow, G.unknown_risk_count, unknown);
  number(grow, G.generative_count, generative);
  number(grow, G.external_facing_count, external);
  number(grow, G.special_category_count, special);
  number(grow, G.provider_count, provider);
  number(grow, G.not_in_production_count, not_live);
  name_set(kG, 0, G.kinds, kinds, SystemKind{}, kKindNames);
  name_set(kG, 0, G.affected, affected, Affected{}, kAffectedNames);
  name_set(kG, 0, G.risk_classes, risk_classes, RiskClass{}, kRiskNames);

  // Per staff group, and the organisation's totals over its groups.
  constexpr FactScope kP = FactScope::kGroup;
  const auto& P = slots.group;
  std::uint32_t roles = 0;
  double headcount = 0, untrained = 0;
  for (std::size_t i = 0; i < profile.staff_groups.size(); ++i) {
    const StaffGroup& group = profile.staff_groups[i];
    const Row prow = table.Row(kP, i);
    text(prow, P.id, group.id);
    name(prow, P.role, group.role, kStaffRoleNames);
    number(prow, P.headcount, group.headcount);
    name(prow, P.technical_knowledge, group.technical_knowledge, kKnowledgeNames);
    name(prow, P.ai_experience, group.ai_experience, kExperienceNames);
    name(prow, P.training, group.training, kTrainingNames);
    ids.clear();
    bool uses_high = false, uses_generative = false, uses_special = false, uses_prohibited = false,
         oversees = false;
    for (std::uint32_t s : group.systems) {
      const AiSystem& system = profile.ai_systems[s];
      ids.push_back(system.id);
      uses_high |= IsHighOrWorse(system.risk_class);
      uses_generative |= system.kind == SystemKind::kGenerative;
      uses_special |= system.personal_data == PersonalData::kSpecialCategory;
      uses_prohibited |= system.risk_class == RiskClass::kProhibited;
      // A prohibited practice is stopped, not overseen (Art. 5), so it makes no overseers.
      oversees |=
          system.risk_class == RiskClass::kHigh && system.decision_role != DecisionRole::kInforms;
    }
    table.SetStrings(kP, i, P.systems, ids);
    boolean(prow, P.uses_high_risk, uses_high);
    boolean(prow, P.uses_generative, uses_generative);
    boolean(prow, P.uses_special_category, uses_special);
    boolean(prow, P.uses_prohibited, uses_prohibited);
    boolean(prow, P.oversees_high_risk, oversees);

    roles |= 1u << static_cast<unsigned>(group.role);
    headcount += group.headcount;
    if (group.training == Training::kNone) untrained += group.headcount;
  }
  number(grow, G.groups_count, static_cast<double>(profile.staff_groups.size()));
  number(grow, G.headcount, headcount);
  name_set(kG, 0, G.roles, roles, StaffRole{}, kStaffRoleNames);
  number(grow, G.untrained_headcount, untrained);
}

void ProfileFacts::FillScores(const Profile& profile, const Scores& scores,
                              FactTable& table) const {
  const ProfileFactSlots& slots = *slots_;
  const auto& sym = slots.symbols;
  using Row = std::span<FactValue>;
  auto number = [](Row row, FactSlot slot, double v) { row[slot] = FactValue::Number(v); };
  auto level_text = [&](Row row, FactSlot slot, RiskLevel level) {
    auto index = static_cast<std::size_t>(level);
    row[slot] = FactValue::String(Name(level), sym[kLevelNames][index]);
  };

  const auto& S = slots.system;
  for (std::size_t i = 0; i < profile.ai_systems.size(); ++i) {
    const SystemScore& score = scores.systems[i];
    const Row srow = table.Row(FactScope::kSystem, i);
    number(srow, S.nature, score.nature);
    number(srow, S.severity, score.severity);
    number(srow, S.risk, score.risk);
    level_text(srow, S.level, score.level);
  }

  const auto& P = slots.group;
  int max_gap = 0, with_gap = 0;
  for (std::size_t i = 0; i < profile.staff_groups.size(); ++i) {
    const GroupScore& score = scores.groups[i];
    const Row prow = table.Row(FactScope::kGroup, i);
    number(prow, P.required_level, score.required_level);
    number(prow, P.current_level, score.current_level);
    number(prow, P.gap, score.gap);
    std::int32_t max_risk = 0;
    for (std::uint32_t s : profile.staff_groups[i].systems) {
      max_risk = std::max(max_risk, scores.systems[s].risk);
    }
    number(prow, P.max_system_risk, max_risk);
    max_gap = std::max(max_gap, score.gap);
    with_gap += score.gap > 0;
  }

  const Row grow = table.Row(FactScope::kGlobal, 0);
  const auto& G = slots.global;
  number(grow, G.max_gap, max_gap);
  number(grow, G.groups_with_gap, with_gap);
  number(grow, G.nature, scores.nature);
  number(grow, G.severity, scores.severity);
  number(grow, G.sector_risk, scores.sector_risk);
  number(grow, G.overall, scores.overall);
  level_text(grow, G.level, scores.level);
}

}  // namespace ailit

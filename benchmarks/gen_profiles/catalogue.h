// catalogue.h — the sector tables that ailit_gen_profiles draws realistic profiles from.
//
// Each sector has names for its organisations by size class, the names of its departments, the
// groups of people it typically has, and the AI systems it typically uses; a list of systems that
// every sector may use follows. Only data lives here; gen_profiles.cpp decides how to draw.
//
//   const Sector& s = kSectors[0];                 // municipality
//   for (const SystemTemplate& t : s.systems) ...  // its sector-typical AI systems
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string_view>

#include "ailit/enums.h"

namespace ailit::gen {

// Size classes of the generator (DESIGN.md §3 size classes, with the large class split in two).
enum class Size : std::uint8_t { kTiny, kSmall, kMedium, kLarge, kXlarge };
inline constexpr std::array<std::string_view, 5> kSizeNames = {"tiny", "small", "medium", "large",
                                                               "xlarge"};

// Affected-group bits as in ailit/profile.h, plus kAudience: "the sector's own public" (citizens
// for a municipality, patients for a hospital, students for a school, customers otherwise).
constexpr std::uint16_t A(Affected a) {
  return std::uint16_t(1u << static_cast<unsigned>(a));
}
inline constexpr std::uint16_t kAudience = 1u << 15;

struct Department {
  std::string_view name;
  std::string_view slug;  // id-safe
};

// A group an organisation of the sector may have from `min_size` on. The headcounts of support
// functions follow a share of the employees (gen_profiles.cpp); `bulk` groups share the rest.
struct GroupTemplate {
  std::string_view id;
  std::string_view name;
  StaffRole role;
  Size min_size;
  bool bulk;
};

struct SystemTemplate {
  std::string_view id;
  std::string_view name;
  SystemKind kind;
  RiskClass risk;
  HighRiskBasis basis;  // for kHigh
  ProviderRole role;
  DecisionRole decision;
  std::uint16_t affected;  // A(...) bits, kAudience
  PersonalData personal_data;
  bool external_facing;
  Size min_size;
  std::uint16_t weight;     // relative chance of being chosen; prohibited ones are drawn apart
  bool per_department;      // may appear again, once per department, in big organisations
  std::uint16_t reach_pct;  // share of the affected population it concerns, in percent
  std::array<StaffRole, 3> users;  // preferred roles of its staff groups, most fitting first
};

struct Sector {
  std::string_view id;
  std::array<std::string_view, 5> org_name;  // by Size: "a {}|b {}" alternatives, {} a place
  std::array<OrgKind, 5> kind;               // by Size
  std::span<const Department> departments;
  std::span<const GroupTemplate> groups;
  std::span<const SystemTemplate> systems;
  std::string_view dept_staff;    // "Medewerkers" in "Medewerkers Sociaal domein"
  std::string_view dept_manager;  // "Teamleiders" in "Teamleiders Sociaal domein"
  StaffRole dept_staff_role;
  std::uint16_t audience;               // what kAudience stands for
  std::uint32_t audience_per_employee;  // people served per employee, roughly
};

using R = StaffRole;
using K = SystemKind;
using Rk = RiskClass;
using B = HighRiskBasis;
using P = ProviderRole;
using D = DecisionRole;
using PD = PersonalData;
using S = Size;
using Af = Affected;

// ---------------------------------------------------------------------------------------------
// Municipality

inline constexpr Department kMunicipalityDepts[] = {
    {"Sociaal domein", "sociaal_domein"},
    {"Burgerzaken", "burgerzaken"},
    {"Vergunningen", "vergunningen"},
    {"Belastingen", "belastingen"},
    {"Openbare ruimte", "openbare_ruimte"},
    {"Ruimtelijke ontwikkeling", "ruimtelijke_ontwikkeling"},
    {"Financien", "financien"},
    {"Handhaving", "handhaving"},
    {"Jeugd en onderwijs", "jeugd"},
    {"Werk en inkomen", "werk_inkomen"},
    {"Economie", "economie"},
    {"Wonen", "wonen"},
    {"Griffie", "griffie"},
    {"Informatievoorziening", "informatievoorziening"},
    {"Veiligheid", "veiligheid"},
    {"Duurzaamheid", "duurzaamheid"},
};

inline constexpr GroupTemplate kMunicipalityGroups[] = {
    {"medewerkers", "Medewerkers", R::kEndUser, S::kTiny, true},
    {"management", "Afdelingshoofden en teamleiders", R::kManagement, S::kTiny, false},
    {"college", "College van B&W", R::kBoard, S::kSmall, false},
    {"kcc", "Klantcontactcentrum (KCC)", R::kOperator, S::kSmall, true},
    {"consulenten", "Consulenten sociaal domein", R::kOperator, S::kMedium, true},
    {"beleidsadviseurs", "Beleidsadviseurs", R::kEndUser, S::kSmall, true},
    {"ict", "ICT-beheer en servicedesk", R::kItSupport, S::kSmall, false},
    {"hr", "HR en P&O", R::kHr, S::kMedium, false},
    {"juridisch_privacy", "Juristen en privacy (FG)", R::kLegalPrivacy, S::kMedium, false},
    {"inkoop", "Inkoop en contractmanagement", R::kProcurement, S::kMedium, false},
    {"communicatie", "Communicatie en web", R::kCommunications, S::kMedium, false},
    {"ai_coordinator", "AI-coordinator en datateam", R::kAiLead, S::kMedium, false},
    {"data_team", "Data-analisten en ontwikkelaars", R::kDeveloper, S::kLarge, false},
    {"boa", "Handhavers (boa's)", R::kOperator, S::kMedium, true},
    {"inhuur", "Ingehuurde medewerkers", R::kExternal, S::kSmall, false},
};

// clang-format off
inline constexpr SystemTemplate kMunicipalitySystems[] = {
    {"inwonerchatbot", "Chatbot voor inwoners op de website", K::kGenerative, Rk::kLimited,
     B::kUnknown, P::kDeployer, D::kInforms, kAudience, PD::kPersonal, true, S::kSmall, 30, false,
     40, {R::kOperator, R::kCommunications, R::kEndUser}},
    {"wmo_triage", "Triage Wmo-aanvragen", K::kClassification, Rk::kHigh, B::kAnnexIII,
     P::kDeployer, D::kSupports, A(Af::kCitizens) | A(Af::kVulnerable), PD::kSpecialCategory, false,
     S::kMedium, 14, false, 3, {R::kOperator, R::kManagement, R::kEndUser}},
    {"bijstand_risico", "Risicosignalering bijstandsaanvragen", K::kPredictive, Rk::kHigh,
     B::kAnnexIII, P::kDeployer, D::kSupports, A(Af::kCitizens) | A(Af::kVulnerable), PD::kPersonal,
     false, S::kMedium, 6, false, 2, {R::kOperator, R::kEndUser, R::kManagement}},
    {"vroegsignalering_schulden", "Vroegsignalering betalingsachterstanden", K::kPredictive,
     Rk::kHigh, B::kAnnexIII, P::kDeployer, D::kSupports, A(Af::kCitizens) | A(Af::kVulnerable),
     PD::kPersonal, false, S::kMedium, 9, false, 2, {R::kOperator, R::kEndUser, R::kManagement}},
    {"jeugd_risicotaxatie", "Risicotaxatie jeugdhulp", K::kPredictive, Rk::kHigh, B::kAnnexIII,
     P::kDeployer, D::kSupports, A(Af::kMinors) | A(Af::kVulnerable), PD::kSpecialCategory, false,
     S::kLarge, 4, false, 1, {R::kOperator, R::kEndUser, R::kManagement}},
    {"woz_taxatie", "Geautomatiseerde WOZ-taxatie", K::kPredictive, Rk::kMinimal, B::kUnknown,
     P::kDeployer, D::kDecides, A(Af::kCitizens), PD::kPersonal, false, S::kMedium, 12, false, 45,
     {R::kEndUser, R::kOperator, R::kManagement}},
    {"woo_anonimisering", "Anonimiseren van Woo-documenten", K::kRecognition, Rk::kMinimal,
     B::kUnknown, P::kDeployer, D::kSupports, A(Af::kCitizens) | A(Af::kEmployees), PD::kPersonal,
     false, S::kSmall, 16, false, 5, {R::kLegalPrivacy, R::kEndUser, R::kCommunications}},
    {"meldingen_classificatie", "Classificatie meldingen openbare ruimte", K::kClassification,
     Rk::kMinimal, B::kUnknown, P::kDeployer, D::kSupports, A(Af::kCitizens), PD::kPersonal, false,
     S::kMedium, 14, false, 8, {R::kOperator, R::kEndUser, R::kManagement}},
    {"kentekenscan", "Kentekenherkenning parkeercontrole (scanauto)", K::kRecognition, Rk::kMinimal,
     B::kUnknown, P::kDeployer, D::kDecides, A(Af::kPublic), PD::kPersonal, false, S::kMedium, 8,
     false, 20, {R::kOperator, R::kEndUser, R::kManagement}},
    {"raadsnotulen", "Notuleren van raads- en commissievergaderingen", K::kRecognition,
     Rk::kMinimal, B::kUnknown, P::kDeployer, D::kInforms, A(Af::kPublic), PD::kPersonal, false,
     S::kSmall, 10, false, 1, {R::kEndUser, R::kBoard, R::kCommunications}},
    {"vergunningcheck", "Vergunningcheck omgevingsplan", K::kClassification, Rk::kLimited,
     B::kUnknown, P::kDeployer, D::kInforms, A(Af::kCitizens), PD::kNone, true, S::kMedium, 9,
     false, 4, {R::kEndUser, R::kOperator, R::kCommunications}},
    {"drukte_monitoring", "Druktemonitoring binnenstad met camera's", K::kRecognition, Rk::kMinimal,
     B::kUnknown, P::kDeployer, D::kInforms, A(Af::kPublic), PD::kPersonal, false, S::kLarge, 4,
     false, 60, {R::kOperator, R::kEndUser, R::kManagement}},
    {"beleidsassistent", "Generatieve assistent voor beleidsstukken", K::kGenerative, Rk::kMinimal,
     B::kUnknown, P::kDeployer, D::kInforms, A(Af::kEmployees), PD::kPersonal, false, S::kSmall, 14,
     true, 0, {R::kEndUser, R::kManagement, R::kCommunications}},
    {"sociale_scoring", "Sociale scoring van inwoners", K::kPredictive, Rk::kProhibited,
     B::kUnknown, P::kDeployer, D::kDecides, A(Af::kCitizens), PD::kPersonal, false, S::kMedium, 0,
     false, 30, {R::kOperator, R::kEndUser, R::kManagement}},
    {"gezichtsherkenning_openbaar", "Realtime gezichtsherkenning in de openbare ruimte",
     K::kBiometric, Rk::kProhibited, B::kUnknown, P::kDeployer, D::kSupports, A(Af::kPublic),
     PD::kSpecialCategory, false, S::kLarge, 0, false, 80,
     {R::kOperator, R::kEndUser, R::kManagement}},
};
// clang-format on

// ---------------------------------------------------------------------------------------------
// Hospital

inline constexpr Department kHospitalDepts[] = {
    {"Cardiologie", "cardiologie"},
    {"Radiologie", "radiologie"},
    {"Spoedeisende hulp", "seh"},
    {"Interne geneeskunde", "interne"},
    {"Oncologie", "oncologie"},
    {"Intensive care", "ic"},
    {"Laboratorium", "lab"},
    {"Apotheek", "apotheek"},
    {"Neurologie", "neurologie"},
    {"Orthopedie", "orthopedie"},
    {"Kindergeneeskunde", "kindergeneeskunde"},
    {"Longziekten", "longziekten"},
    {"Dermatologie", "dermatologie"},
    {"Pathologie", "pathologie"},
    {"Patiëntenservice", "patientenservice"},
    {"Geriatrie", "geriatrie"},
};

inline constexpr GroupTemplate kHospitalGroups[] = {
    {"zorgmedewerkers", "Zorgmedewerkers", R::kEndUser, S::kTiny, true},
    {"management", "Medisch managers en afdelingshoofden", R::kManagement, S::kTiny, false},
    {"raad_van_bestuur", "Raad van Bestuur", R::kBoard, S::kMedium, false},
    {"verpleegkundigen", "Verpleegkundigen", R::kOperator, S::kSmall, true},
    {"medisch_specialisten", "Medisch specialisten", R::kEndUser, S::kMedium, true},
    {"secretariaten", "Secretariaten en poliassistenten", R::kEndUser, S::kSmall, true},
    {"radiologie", "Radiologen en laboranten", R::kOperator, S::kMedium, true},
    {"zorgplanning", "Zorgplanning en capaciteitsmanagement", R::kEndUser, S::kMedium, true},
    {"ict", "ICT en medische technologie", R::kItSupport, S::kSmall, false},
    {"hr", "HR", R::kHr, S::kMedium, false},
    {"privacy", "Privacy officer en juristen", R::kLegalPrivacy, S::kMedium, false},
    {"inkoop", "Inkoop", R::kProcurement, S::kMedium, false},
    {"communicatie", "Communicatie", R::kCommunications, S::kLarge, false},
    {"opleiders", "Opleiders en praktijkbegeleiders", R::kEducator, S::kMedium, true},
    {"ai_team", "Team data en AI", R::kAiLead, S::kMedium, false},
    {"klinische_informatica", "Klinisch informatici en data scientists", R::kDeveloper, S::kLarge,
     false},
    {"uitzendkrachten", "Uitzendkrachten en ZZP-zorgverleners", R::kExternal, S::kMedium, false},
};

// clang-format off
inline constexpr SystemTemplate kHospitalSystems[] = {
    {"radiologie_triage", "Triage thoraxfoto's en CT-hersenen (CE-gemarkeerd medisch hulpmiddel)",
     K::kClassification, Rk::kHigh, B::kAnnexI, P::kDeployer, D::kSupports, A(Af::kPatients),
     PD::kSpecialCategory, false, S::kMedium, 18, false, 25,
     {R::kOperator, R::kEndUser, R::kManagement}},
    {"sepsis_signalering", "Vroegsignalering sepsis", K::kPredictive, Rk::kHigh, B::kAnnexI,
     P::kDeployer, D::kSupports, A(Af::kPatients), PD::kSpecialCategory, false, S::kLarge, 12,
     false, 15, {R::kOperator, R::kEndUser, R::kManagement}},
    {"ecg_analyse", "ECG-analyse met AI", K::kClassification, Rk::kHigh, B::kAnnexI, P::kDeployer,
     D::kSupports, A(Af::kPatients), PD::kSpecialCategory, false, S::kSmall, 12, false, 20,
     {R::kOperator, R::kEndUser, R::kManagement}},
    {"pathologie_detectie", "Digitale pathologie: tumordetectie", K::kRecognition, Rk::kHigh,
     B::kAnnexI, P::kDeployer, D::kSupports, A(Af::kPatients), PD::kSpecialCategory, false,
     S::kLarge, 8, false, 5, {R::kOperator, R::kEndUser, R::kManagement}},
    {"huidkanker_detectie", "Huidkankerdetectie op dermatoscopische beelden", K::kClassification,
     Rk::kHigh, B::kAnnexI, P::kDeployer, D::kSupports, A(Af::kPatients), PD::kSpecialCategory,
     false, S::kSmall, 6, false, 4, {R::kEndUser, R::kOperator, R::kManagement}},
    {"seh_triage", "Triage-ondersteuning spoedeisende hulp", K::kClassification, Rk::kHigh,
     B::kAnnexIII, P::kDeployer, D::kSupports, A(Af::kPatients), PD::kSpecialCategory, false,
     S::kLarge, 8, false, 10, {R::kOperator, R::kEndUser, R::kManagement}},
    {"brievenassistent", "Brievenassistent voor ontslag- en polibrieven", K::kGenerative,
     Rk::kLimited, B::kUnknown, P::kDeployer, D::kInforms, A(Af::kPatients), PD::kSpecialCategory,
     false, S::kSmall, 18, true, 60, {R::kEndUser, R::kOperator, R::kManagement}},
    {"spraakherkenning", "Spraakherkenning voor verslaglegging", K::kRecognition, Rk::kMinimal,
     B::kUnknown, P::kDeployer, D::kInforms, A(Af::kPatients), PD::kSpecialCategory, false,
     S::kTiny, 16, true, 50, {R::kEndUser, R::kOperator, R::kItSupport}},
    {"ok_planning", "Planningsoptimalisatie operatiekamers en poliklinieken", K::kOptimisation,
     Rk::kMinimal, B::kUnknown, P::kDeployer, D::kSupports, A(Af::kPatients) | A(Af::kEmployees),
     PD::kSpecialCategory, false, S::kMedium, 12, false, 30,
     {R::kEndUser, R::kManagement, R::kOperator}},
    {"beddenvoorspelling", "Voorspelling beddencapaciteit", K::kPredictive, Rk::kMinimal,
     B::kUnknown, P::kDeployer, D::kInforms, A(Af::kPatients), PD::kNone, false, S::kLarge, 8,
     false, 30, {R::kEndUser, R::kManagement, R::kOperator}},
    {"patientenchatbot", "Chatbot voor patiëntvragen", K::kGenerative, Rk::kLimited, B::kUnknown,
     P::kDeployer, D::kInforms, kAudience, PD::kPersonal, true, S::kSmall, 12, false, 30,
     {R::kCommunications, R::kEndUser, R::kOperator}},
    {"no_show_voorspelling", "No-show-voorspelling poliklinieken", K::kPredictive, Rk::kLimited,
     B::kUnknown, P::kDeployer, D::kSupports, A(Af::kPatients), PD::kSpecialCategory, false,
     S::kMedium, 6, false, 40, {R::kEndUser, R::kManagement, R::kOperator}},
    {"zorgregistratie", "Automatische codering zorgregistratie", K::kClassification, Rk::kMinimal,
     B::kUnknown, P::kDeployer, D::kSupports, A(Af::kPatients), PD::kSpecialCategory, false,
     S::kMedium, 8, false, 80, {R::kEndUser, R::kManagement, R::kItSupport}},
    {"valdetectie", "Valdetectie met sensoren op de verpleegafdeling", K::kRecognition,
     Rk::kUnknown, B::kUnknown, P::kDeployer, D::kSupports, A(Af::kPatients) | A(Af::kVulnerable),
     PD::kSpecialCategory, false, S::kLarge, 4, false, 5,
     {R::kOperator, R::kEndUser, R::kManagement}},
    {"eigen_predictiemodel", "Eigen predictiemodel heropnames", K::kPredictive, Rk::kHigh,
     B::kUnknown, P::kBoth, D::kSupports, A(Af::kPatients), PD::kSpecialCategory, false, S::kLarge,
     4, false, 20, {R::kDeveloper, R::kEndUser, R::kOperator}},
    {"emotieherkenning_personeel", "Emotieherkenning bij verpleegkundigen tijdens diensten",
     K::kBiometric, Rk::kProhibited, B::kUnknown, P::kDeployer, D::kInforms, A(Af::kEmployees),
     PD::kSpecialCategory, false, S::kMedium, 0, false, 100,
     {R::kManagement, R::kOperator, R::kEndUser}},
};
// clang-format on

// ---------------------------------------------------------------------------------------------
// Education

inline constexpr Department kEducationDepts[] = {
    {"Techniek", "techniek"},
    {"Zorg en welzijn", "zorg_welzijn"},
    {"Economie en handel", "economie"},
    {"Onderbouw", "onderbouw"},
    {"Bovenbouw", "bovenbouw"},
    {"ICT-opleidingen", "ict_opleidingen"},
    {"Studentenadministratie", "studentenadministratie"},
    {"Examencommissie", "examens"},
    {"Bibliotheek en mediatheek", "bibliotheek"},
    {"Studentbegeleiding", "begeleiding"},
    {"Talen", "talen"},
    {"Exacte vakken", "exact"},
    {"Kunst en cultuur", "kunst"},
    {"Sport en bewegen", "sport"},
    {"Lerarenopleiding", "lerarenopleiding"},
    {"Onderzoek", "onderzoek"},
};

inline constexpr GroupTemplate kEducationGroups[] = {
    {"docenten", "Docenten", R::kEducator, S::kTiny, true},
    {"directie", "Directie en teamleiders", R::kManagement, S::kTiny, false},
    {"bestuur", "College van Bestuur", R::kBoard, S::kMedium, false},
    {"ondersteuning", "Onderwijsondersteunend personeel", R::kEndUser, S::kSmall, true},
    {"examencommissie", "Examencommissie", R::kOperator, S::kMedium, false},
    {"studentbegeleiders", "Studentbegeleiders en mentoren", R::kOperator, S::kMedium, true},
    {"ict", "ICT en onderwijstechnologie", R::kItSupport, S::kSmall, false},
    {"hr", "HR", R::kHr, S::kMedium, false},
    {"privacy", "Privacy officer en juristen", R::kLegalPrivacy, S::kLarge, false},
    {"inkoop", "Inkoop en contractbeheer", R::kProcurement, S::kLarge, false},
    {"communicatie", "Marketing en communicatie", R::kCommunications, S::kMedium, false},
    {"ai_werkgroep", "Projectleider AI in het onderwijs", R::kAiLead, S::kMedium, false},
    {"onderwijskundigen", "Onderwijskundigen en leertechnologen", R::kDeveloper, S::kLarge, false},
    {"invalkrachten", "Invalkrachten en gastdocenten", R::kExternal, S::kSmall, false},
};

// clang-format off
inline constexpr SystemTemplate kEducationSystems[] = {
    {"genai_studenten", "Generatieve AI voor studenten (schoolbrede licentie)", K::kGenerative,
     Rk::kLimited, B::kUnknown, P::kDeployer, D::kInforms, kAudience, PD::kPersonal, true,
     S::kSmall, 22, false, 90, {R::kEducator, R::kItSupport, R::kEndUser}},
    {"lesvoorbereiding", "Lesvoorbereiding met generatieve AI", K::kGenerative, Rk::kMinimal,
     B::kUnknown, P::kDeployer, D::kInforms, A(Af::kEmployees), PD::kNone, false, S::kTiny, 20,
     true, 0, {R::kEducator, R::kEndUser, R::kManagement}},
    {"adaptief_leren", "Adaptief leerplatform rekenen en taal", K::kRecommender, Rk::kHigh,
     B::kAnnexIII, P::kDeployer, D::kSupports, kAudience, PD::kPersonal, true, S::kSmall, 14, true,
     60, {R::kEducator, R::kOperator, R::kManagement}},
    {"nakijkassistent", "Nakijkassistent voor open vragen", K::kClassification, Rk::kHigh,
     B::kAnnexIII, P::kDeployer, D::kSupports, kAudience, PD::kPersonal, false, S::kMedium, 10,
     false, 50, {R::kEducator, R::kOperator, R::kManagement}},
    {"proctoring", "Online proctoring bij digitale toetsen", K::kRecognition, Rk::kHigh,
     B::kAnnexIII, P::kDeployer, D::kSupports, kAudience, PD::kSpecialCategory, true, S::kLarge, 6,
     false, 40, {R::kOperator, R::kEducator, R::kItSupport}},
    {"uitvalvoorspelling", "Voorspelling studie-uitval", K::kPredictive, Rk::kHigh, B::kAnnexIII,
     P::kDeployer, D::kSupports, kAudience, PD::kPersonal, false, S::kLarge, 8, false, 100,
     {R::kOperator, R::kManagement, R::kEducator}},
    {"toelating_plaatsing", "Toelating en plaatsing van aanmelders", K::kClassification, Rk::kHigh,
     B::kAnnexIII, P::kDeployer, D::kSupports, kAudience, PD::kPersonal, false, S::kLarge, 5, false,
     30, {R::kOperator, R::kEndUser, R::kManagement}},
    {"plagiaatcontrole", "Plagiaat- en AI-tekstdetectie", K::kClassification, Rk::kUnknown,
     B::kUnknown, P::kDeployer, D::kSupports, kAudience, PD::kPersonal, false, S::kMedium, 14,
     false, 70, {R::kEducator, R::kOperator, R::kManagement}},
    {"roosterplanning", "Roosterplanning lessen en lokalen", K::kOptimisation, Rk::kMinimal,
     B::kUnknown, P::kDeployer, D::kInforms, kAudience | A(Af::kEmployees), PD::kPersonal, false,
     S::kMedium, 12, false, 100, {R::kEndUser, R::kManagement, R::kEducator}},
    {"studentenchatbot", "Chatbot voor vragen van studenten en ouders", K::kGenerative,
     Rk::kLimited, B::kUnknown, P::kDeployer, D::kInforms, kAudience, PD::kPersonal, true,
     S::kMedium, 10, false, 50, {R::kEndUser, R::kCommunications, R::kOperator}},
    {"leerlingvolgsysteem_signalen", "Signalen in het leerlingvolgsysteem", K::kPredictive,
     Rk::kUnknown, B::kUnknown, P::kDeployer, D::kInforms, kAudience, PD::kPersonal, false,
     S::kSmall, 8, false, 100, {R::kEducator, R::kOperator, R::kManagement}},
    {"emotieherkenning_klas", "Emotieherkenning van leerlingen in de klas", K::kBiometric,
     Rk::kProhibited, B::kUnknown, P::kDeployer, D::kInforms, kAudience, PD::kSpecialCategory,
     false, S::kSmall, 0, false, 100, {R::kEducator, R::kManagement, R::kItSupport}},
};
// clang-format on

// ---------------------------------------------------------------------------------------------
// Consultancy

inline constexpr Department kConsultancyDepts[] = {
    {"Strategy", "strategy"},
    {"Data & Analytics", "data_analytics"},
    {"Finance Advisory", "finance"},
    {"Tax", "tax"},
    {"Public Sector", "public_sector"},
    {"Operations", "operations"},
    {"Legal Advisory", "legal_advisory"},
    {"Digital Transformation", "digital"},
    {"Risk & Compliance", "risk"},
    {"Health Care", "health_care"},
    {"Energy", "energy"},
    {"People Advisory", "people"},
    {"Cyber Security", "cyber"},
    {"Supply Chain", "supply_chain"},
    {"Real Estate", "real_estate"},
    {"Deals", "deals"},
};

inline constexpr GroupTemplate kConsultancyGroups[] = {
    {"consultants", "Consultants", R::kEndUser, S::kTiny, true},
    {"partners", "Partners", R::kManagement, S::kTiny, false},
    {"board", "Board of partners", R::kBoard, S::kMedium, false},
    {"engineers", "Data and AI engineers", R::kDeveloper, S::kSmall, true},
    {"delivery", "Delivery teams for client AI solutions", R::kOperator, S::kMedium, true},
    {"support_staff", "Office and support staff", R::kEndUser, S::kSmall, true},
    {"it", "IT and workplace services", R::kItSupport, S::kSmall, false},
    {"hr", "People and talent", R::kHr, S::kMedium, false},
    {"legal", "Legal, risk and privacy", R::kLegalPrivacy, S::kMedium, false},
    {"procurement", "Procurement", R::kProcurement, S::kLarge, false},
    {"marketing", "Marketing and communications", R::kCommunications, S::kMedium, false},
    {"ai_lead", "Chief AI officer and AI office", R::kAiLead, S::kMedium, false},
    {"learning", "Learning and development", R::kEducator, S::kLarge, false},
    {"freelancers", "Freelance consultants", R::kExternal, S::kSmall, false},
};

// clang-format off
inline constexpr SystemTemplate kConsultancySystems[] = {
    {"kennisbank_assistent", "Knowledge base assistant (retrieval over past engagements)",
     K::kGenerative, Rk::kMinimal, B::kUnknown, P::kBoth, D::kInforms, A(Af::kEmployees),
     PD::kPersonal, false, S::kSmall, 20, false, 0, {R::kEndUser, R::kDeveloper, R::kManagement}},
    {"voorstelschrijver", "Proposal drafting with generative AI", K::kGenerative, Rk::kMinimal,
     B::kUnknown, P::kDeployer, D::kInforms, A(Af::kCustomers), PD::kNone, false, S::kTiny, 18,
     true, 10, {R::kEndUser, R::kManagement, R::kCommunications}},
    {"klant_chatbot", "Client solution: customer service chatbot", K::kGenerative, Rk::kLimited,
     B::kUnknown, P::kProvider, D::kInforms, A(Af::kCustomers) | A(Af::kPublic), PD::kPersonal,
     true, S::kSmall, 14, true, 100, {R::kDeveloper, R::kOperator, R::kEndUser}},
    {"kredietmodel_klant", "Client solution: credit scoring model for a lender", K::kPredictive,
     Rk::kHigh, B::kAnnexIII, P::kProvider, D::kSupports, A(Af::kCustomers) | A(Af::kPublic),
     PD::kPersonal, false, S::kMedium, 6, false, 100,
     {R::kDeveloper, R::kOperator, R::kLegalPrivacy}},
    {"opdrachtmatching", "Matching consultants to assignments", K::kRecommender, Rk::kHigh,
     B::kAnnexIII, P::kDeployer, D::kSupports, A(Af::kEmployees), PD::kPersonal, false, S::kLarge,
     6, false, 100, {R::kManagement, R::kHr, R::kOperator}},
    {"contractreview", "Contract review tool", K::kClassification, Rk::kMinimal, B::kUnknown,
     P::kDeployer, D::kSupports, A(Af::kCustomers), PD::kPersonal, false, S::kSmall, 10, false, 20,
     {R::kLegalPrivacy, R::kEndUser, R::kManagement}},
    {"urenprognose", "Utilisation and revenue forecasting", K::kPredictive, Rk::kMinimal,
     B::kUnknown, P::kDeployer, D::kInforms, A(Af::kEmployees), PD::kPersonal, false, S::kMedium, 8,
     false, 100, {R::kManagement, R::kBoard, R::kEndUser}},
    {"data_analyse_platform", "Self-built analytics and ML platform", K::kOther, Rk::kMinimal,
     B::kUnknown, P::kBoth, D::kInforms, A(Af::kCustomers), PD::kPersonal, false, S::kMedium, 8,
     false, 10, {R::kDeveloper, R::kEndUser, R::kItSupport}},
    {"klantoplossing_fraude", "Client solution: benefit fraud risk model", K::kPredictive,
     Rk::kHigh, B::kAnnexIII, P::kProvider, D::kSupports, A(Af::kCitizens) | A(Af::kVulnerable),
     PD::kPersonal, false, S::kLarge, 3, false, 100,
     {R::kDeveloper, R::kOperator, R::kLegalPrivacy}},
    {"emotie_analyse_calls", "Emotion analysis of staff in client calls", K::kBiometric,
     Rk::kProhibited, B::kUnknown, P::kDeployer, D::kInforms, A(Af::kEmployees),
     PD::kSpecialCategory, false, S::kSmall, 0, false, 100,
     {R::kManagement, R::kEndUser, R::kOperator}},
};
// clang-format on

// ---------------------------------------------------------------------------------------------
// Retail (no sector plugin: ailit answers with the general plan and a warning)

inline constexpr Department kRetailDepts[] = {
    {"Winkels Noord", "winkels_noord"},
    {"Winkels Zuid", "winkels_zuid"},
    {"Winkels Oost", "winkels_oost"},
    {"Winkels West", "winkels_west"},
    {"Webshop", "webshop"},
    {"Klantenservice", "klantenservice"},
    {"Distributiecentrum", "distributiecentrum"},
    {"Inkoop en assortiment", "assortiment"},
    {"Marketing", "marketing"},
    {"Finance", "finance"},
    {"Vers", "vers"},
    {"Logistiek", "logistiek"},
    {"Loss prevention", "loss_prevention"},
    {"Franchise", "franchise"},
    {"Vastgoed", "vastgoed"},
    {"Category management", "category"},
};

inline constexpr GroupTemplate kRetailGroups[] = {
    {"winkelmedewerkers", "Winkelmedewerkers", R::kEndUser, S::kTiny, true},
    {"bedrijfsleiding", "Bedrijfsleiding en filiaalmanagers", R::kManagement, S::kTiny, false},
    {"directie", "Directie", R::kBoard, S::kMedium, false},
    {"webshopteam", "Webshopteam", R::kEndUser, S::kSmall, true},
    {"klantenservice", "Klantenservice", R::kOperator, S::kSmall, true},
    {"planners", "Voorraad- en personeelsplanners", R::kOperator, S::kMedium, true},
    {"ict", "ICT", R::kItSupport, S::kSmall, false},
    {"hr", "HR", R::kHr, S::kMedium, false},
    {"juridisch", "Juridische zaken en privacy", R::kLegalPrivacy, S::kLarge, false},
    {"inkoop", "Inkopers", R::kProcurement, S::kSmall, false},
    {"marketing", "Marketing en communicatie", R::kCommunications, S::kSmall, false},
    {"data_team", "Data en AI", R::kAiLead, S::kLarge, false},
    {"ontwikkelaars", "E-commerce-ontwikkelaars", R::kDeveloper, S::kMedium, false},
    {"uitzendkrachten", "Uitzendkrachten", R::kExternal, S::kSmall, false},
};

// clang-format off
inline constexpr SystemTemplate kRetailSystems[] = {
    {"productaanbevelingen", "Productaanbevelingen in de webshop", K::kRecommender, Rk::kMinimal,
     B::kUnknown, P::kDeployer, D::kDecides, kAudience, PD::kPersonal, true, S::kTiny, 18, false,
     60, {R::kEndUser, R::kDeveloper, R::kCommunications}},
    {"vraagvoorspelling", "Vraagvoorspelling en voorraadbeheer", K::kPredictive, Rk::kMinimal,
     B::kUnknown, P::kDeployer, D::kSupports, 0, PD::kNone, false, S::kSmall, 18, true, 0,
     {R::kOperator, R::kProcurement, R::kManagement}},
    {"dynamische_prijzen", "Dynamische prijsstelling", K::kOptimisation, Rk::kMinimal, B::kUnknown,
     P::kDeployer, D::kDecides, kAudience, PD::kNone, true, S::kMedium, 10, false, 100,
     {R::kProcurement, R::kEndUser, R::kManagement}},
    {"klantchatbot", "Chatbot klantenservice", K::kGenerative, Rk::kLimited, B::kUnknown,
     P::kDeployer, D::kInforms, kAudience, PD::kPersonal, true, S::kSmall, 16, false, 20,
     {R::kOperator, R::kCommunications, R::kEndUser}},
    {"productteksten", "Productteksten en -foto's genereren", K::kGenerative, Rk::kLimited,
     B::kUnknown, P::kDeployer, D::kInforms, A(Af::kPublic), PD::kNone, true, S::kTiny, 16, true,
     100, {R::kEndUser, R::kCommunications, R::kManagement}},
    {"betaalfraude", "Fraudedetectie bij online betalingen", K::kClassification, Rk::kMinimal,
     B::kUnknown, P::kDeployer, D::kDecides, kAudience, PD::kPersonal, false, S::kMedium, 8, false,
     100, {R::kOperator, R::kItSupport, R::kManagement}},
    {"roosterplanning", "Roosterplanning winkelpersoneel", K::kOptimisation, Rk::kUnknown,
     B::kUnknown, P::kDeployer, D::kSupports, A(Af::kEmployees), PD::kPersonal, false, S::kMedium,
     10, true, 100, {R::kOperator, R::kManagement, R::kHr}},
    {"schapcamera", "Schapbewaking met camera's", K::kRecognition, Rk::kMinimal, B::kUnknown,
     P::kDeployer, D::kInforms, A(Af::kPublic) | A(Af::kEmployees), PD::kPersonal, false, S::kLarge,
     5, true, 100, {R::kEndUser, R::kOperator, R::kManagement}},
    {"zelfscan_detectie", "Detectie van afwijkend gedrag bij zelfscankassa's", K::kRecognition,
     Rk::kUnknown, B::kUnknown, P::kDeployer, D::kSupports, A(Af::kPublic), PD::kPersonal, false,
     S::kLarge, 5, false, 100, {R::kEndUser, R::kOperator, R::kManagement}},
    {"gezichtsherkenning_winkeldiefstal", "Gezichtsherkenning tegen winkeldiefstal", K::kBiometric,
     Rk::kHigh, B::kAnnexIII, P::kDeployer, D::kSupports, A(Af::kPublic), PD::kSpecialCategory,
     false, S::kMedium, 2, false, 100, {R::kOperator, R::kEndUser, R::kManagement}},
    {"emotieherkenning_kassa", "Emotieherkenning bij kassamedewerkers", K::kBiometric,
     Rk::kProhibited, B::kUnknown, P::kDeployer, D::kInforms, A(Af::kEmployees),
     PD::kSpecialCategory, false, S::kMedium, 0, false, 100,
     {R::kManagement, R::kOperator, R::kEndUser}},
};
// clang-format on

// ---------------------------------------------------------------------------------------------
// Systems any sector may use.

// clang-format off
inline constexpr SystemTemplate kCommonSystems[] = {
    {"copilot", "Microsoft 365 Copilot", K::kGenerative, Rk::kMinimal, B::kUnknown, P::kDeployer,
     D::kInforms, A(Af::kEmployees), PD::kPersonal, false, S::kTiny, 30, true, 0,
     {R::kEndUser, R::kManagement, R::kCommunications}},
    {"chatgpt", "ChatGPT Team", K::kGenerative, Rk::kMinimal, B::kUnknown, P::kDeployer,
     D::kInforms, A(Af::kEmployees), PD::kPersonal, false, S::kTiny, 30, false, 0,
     {R::kEndUser, R::kManagement, R::kCommunications}},
    {"transcriptie", "Transcriptie en verslaglegging van overleggen", K::kRecognition, Rk::kMinimal,
     B::kUnknown, P::kDeployer, D::kInforms, A(Af::kEmployees), PD::kPersonal, false, S::kTiny, 16,
     true, 0, {R::kEndUser, R::kManagement, R::kBoard}},
    {"vertaaltool", "Vertaaltool", K::kGenerative, Rk::kMinimal, B::kUnknown, P::kDeployer,
     D::kInforms, 0, PD::kNone, false, S::kTiny, 12, false, 0,
     {R::kEndUser, R::kCommunications, R::kManagement}},
    {"mailbeveiliging", "E-mailbeveiliging en phishingdetectie", K::kClassification, Rk::kMinimal,
     B::kUnknown, P::kDeployer, D::kDecides, A(Af::kEmployees), PD::kPersonal, false, S::kSmall, 10,
     false, 0, {R::kItSupport, R::kEndUser, R::kManagement}},
    {"codeassistent", "Code-assistent voor ontwikkelaars", K::kGenerative, Rk::kMinimal,
     B::kUnknown, P::kDeployer, D::kInforms, 0, PD::kNone, false, S::kMedium, 8, false, 0,
     {R::kDeveloper, R::kItSupport, R::kEndUser}},
    {"cv_selectie", "CV-selectie in het wervingssysteem", K::kClassification, Rk::kHigh,
     B::kAnnexIII, P::kDeployer, D::kSupports, A(Af::kPublic), PD::kPersonal, false, S::kMedium, 7,
     false, 0, {R::kHr, R::kManagement, R::kEndUser}},
    {"hr_vragenbot", "HR-vragenbot voor medewerkers", K::kGenerative, Rk::kLimited, B::kUnknown,
     P::kDeployer, D::kInforms, A(Af::kEmployees), PD::kPersonal, false, S::kLarge, 8, false, 0,
     {R::kHr, R::kEndUser, R::kItSupport}},
    {"servicedesk_tickets", "Classificatie van servicedeskmeldingen", K::kAutomation, Rk::kMinimal,
     B::kUnknown, P::kDeployer, D::kSupports, A(Af::kEmployees), PD::kPersonal, false, S::kMedium,
     8, false, 0, {R::kItSupport, R::kEndUser, R::kManagement}},
    {"factuurverwerking", "Automatische factuurverwerking", K::kAutomation, Rk::kMinimal,
     B::kUnknown, P::kDeployer, D::kSupports, 0, PD::kPersonal, false, S::kSmall, 10, false, 0,
     {R::kEndUser, R::kProcurement, R::kManagement}},
    {"toegang_gezicht", "Toegangscontrole met gezichtsherkenning", K::kBiometric, Rk::kHigh,
     B::kAnnexIII, P::kDeployer, D::kDecides, A(Af::kEmployees), PD::kSpecialCategory, false,
     S::kLarge, 2, false, 0, {R::kItSupport, R::kManagement, R::kHr}},
    {"emotieherkenning_werkplek", "Emotieherkenning bij medewerkers (welzijnsmonitor)",
     K::kBiometric, Rk::kProhibited, B::kUnknown, P::kDeployer, D::kInforms, A(Af::kEmployees),
     PD::kSpecialCategory, false, S::kMedium, 0, false, 0, {R::kHr, R::kManagement, R::kEndUser}},
};
// clang-format on

inline constexpr Sector kSectors[] = {
    {"municipality",
     {"Recreatieschap {}|Regionaal Archief {}", "Gemeente {}|Omgevingsdienst {}", "Gemeente {}",
      "Gemeente {}", "Gemeente {}"},
     {OrgKind::kPublic, OrgKind::kPublic, OrgKind::kPublic, OrgKind::kPublic, OrgKind::kPublic},
     kMunicipalityDepts,
     kMunicipalityGroups,
     kMunicipalitySystems,
     "Medewerkers",
     "Teamleiders",
     R::kEndUser,
     A(Af::kCitizens),
     80},
    {"hospital",
     {"Huisartsenpraktijk {}|Fysiotherapie {}", "Kliniek {}|Zelfstandig behandelcentrum {}",
      "Revalidatiecentrum {}|Kliniek {}", "Ziekenhuis {}|Zorggroep {}",
      "Universitair Medisch Centrum {}|Ziekenhuisgroep {}"},
     {OrgKind::kPrivate, OrgKind::kPrivate, OrgKind::kSemiPublic, OrgKind::kSemiPublic,
      OrgKind::kSemiPublic},
     kHospitalDepts,
     kHospitalGroups,
     kHospitalSystems,
     "Zorgmedewerkers",
     "Afdelingsleiding",
     R::kOperator,
     A(Af::kPatients),
     25},
    {"education",
     {"Taalinstituut {}|Bijlesinstituut {}", "Basisschool De {}|Kindcentrum {}",
      "Scholengemeenschap {}|Lyceum {}", "ROC {}|Hogeschool {}", "Universiteit {}|Hogeschool {}"},
     {OrgKind::kPrivate, OrgKind::kSemiPublic, OrgKind::kSemiPublic, OrgKind::kSemiPublic,
      OrgKind::kSemiPublic},
     kEducationDepts,
     kEducationGroups,
     kEducationSystems,
     "Docenten",
     "Teamleiding",
     R::kEducator,
     A(Af::kStudents),
     12},
    {"consultancy",
     {"{} Advies|{} & Partners", "{} Consulting|Adviesgroep {}", "{} Consulting|{} Advisory",
      "{} Consulting Group|{} Advisory", "{} Consulting International|{} Advisory Group"},
     {OrgKind::kPrivate, OrgKind::kPrivate, OrgKind::kPrivate, OrgKind::kPrivate,
      OrgKind::kPrivate},
     kConsultancyDepts,
     kConsultancyGroups,
     kConsultancySystems,
     "Consultants",
     "Managers",
     R::kEndUser,
     A(Af::kCustomers),
     15},
    {"retail",
     {"Boekhandel {}|Fietsenwinkel {}|Bakkerij {}", "Tuincentrum {}|Modehuis {}",
      "Woonwarenhuis {}|Bouwmarkt {}", "{} Supermarkten|Warenhuis {}",
      "{} Retail Groep|{} Supermarkten"},
     {OrgKind::kPrivate, OrgKind::kPrivate, OrgKind::kPrivate, OrgKind::kPrivate,
      OrgKind::kPrivate},
     kRetailDepts,
     kRetailGroups,
     kRetailSystems,
     "Medewerkers",
     "Management",
     R::kEndUser,
     A(Af::kCustomers),
     200},
};

}  // namespace ailit::gen

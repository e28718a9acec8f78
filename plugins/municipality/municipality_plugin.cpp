// Municipalities: AI that judges citizens' benefits and services gets the plan's municipal layer.
#include <cstdint>
#include <string_view>

#include <ailit/plugin.hpp>

namespace {

// The core facts read, in the order of "reads" in data/facts.json.
enum Read : std::uint32_t {
  kSystemId,
  kSystemKind,
  kSystemRiskClass,
  kSystemHighRiskBasis,
  kSystemDecisionRole,
  kSystemAffected,
  kSystemPersonalData,
  kSystemExternalFacing,
  kGroupRole,
  kGroupSystems,
};

// The facts derived, in the order of "derives" in data/facts.json.
enum Derive : std::uint32_t {
  kCitizenProfiling,
  kPublicSpaceRecognition,
  kCitizenContact,
};

// The adjustments, in the order of data/sector_risk.json.
enum Adjustment : unsigned {
  kHighRiskPublicService,
  kCitizenProfilingAdjustment,
};

using ailit::sdk::Request;

// Citizens in the municipal sense: residents, and people in a vulnerable position (on benefits,
// in debt, in care), on whom the social domain's systems are used.
bool ConcernsCitizens(const Request& r, std::uint32_t system) {
  return r.Contains(kSystemAffected, system, "citizens") ||
         r.Contains(kSystemAffected, system, "vulnerable");
}

// A person acts on the output (supports) or the system decides itself.
bool ShapesDecisions(const Request& r, std::uint32_t system) {
  std::string_view role = r.String(kSystemDecisionRole, system);
  return role == "supports" || role == "decides";
}

// Profiling (GDPR Art. 4(4)): predicting or sorting people from their personal data. An Annex
// III system that profiles natural persons is always high-risk (AI Act Art. 6(3), last
// subparagraph), so "it only supports the case worker" does not lower it.
bool ProfilesCitizens(const Request& r, std::uint32_t system) {
  std::string_view kind = r.String(kSystemKind, system);
  std::string_view data = r.String(kSystemPersonalData, system);
  return (kind == "predictive" || kind == "classification") &&
         (data == "personal" || data == "special_category") && ShapesDecisions(r, system) &&
         ConcernsCitizens(r, system);
}

// Access to essential public assistance benefits and services (Annex III point 5(a)) is where a
// municipality's high-risk AI sits. Annex I products (medical devices, machinery) are left out:
// their risk comes from product law, not from the municipality's public task.
bool HighRiskPublicService(const Request& r, std::uint32_t system) {
  return r.String(kSystemRiskClass, system) == "high" &&
         r.String(kSystemHighRiskBasis, system) != "annex_i" && ShapesDecisions(r, system) &&
         ConcernsCitizens(r, system);
}

// Reads only profile facts, never scores: it runs before scoring.
std::uint64_t SectorRisk(const Request& r) {
  std::uint64_t bits = 0;
  for (std::uint32_t s = 0; s < r.systems(); ++s) {
    if (HighRiskPublicService(r, s)) bits |= std::uint64_t{1} << kHighRiskPublicService;
    if (ProfilesCitizens(r, s)) bits |= std::uint64_t{1} << kCitizenProfilingAdjustment;
  }
  return bits;
}

// Whether staff group `group` deals with citizens about AI output: it operates a system whose
// output concerns citizens (the consultant discussing a signal), or uses one that citizens use
// directly (the contact-centre agent taking over from the chatbot). The Algoritmekader's own
// example is the municipal counter clerk who must not follow an AI output blindly.
bool DealsWithCitizens(const Request& r, std::uint32_t group) {
  std::string_view role = r.String(kGroupRole, group);
  if (role != "operator" && role != "end_user") return false;
  for (std::uint32_t s = 0; s < r.systems(); ++s) {
    if (!r.Contains(kGroupSystems, group, r.String(kSystemId, s))) continue;
    if (!ConcernsCitizens(r, s)) continue;
    if (role == "operator" || r.Bool(kSystemExternalFacing, s)) return true;
  }
  return false;
}

void DeriveFacts(Request& r) {
  for (std::uint32_t s = 0; s < r.systems(); ++s) {
    r.Set(kCitizenProfiling, s, ProfilesCitizens(r, s));
    // Cameras and sensors in streets, squares and car parks touch everyone who passes; remote
    // biometric identification there is high-risk or, in real time for law enforcement,
    // prohibited (Annex III point 1; Art. 5(1)(h)).
    std::string_view kind = r.String(kSystemKind, s);
    bool recognises = kind == "recognition" || kind == "biometric";
    r.Set(kPublicSpaceRecognition, s, recognises && r.Contains(kSystemAffected, s, "public"));
  }
  for (std::uint32_t g = 0; g < r.groups(); ++g) r.Set(kCitizenContact, g, DealsWithCitizens(r, g));
}

constexpr const char* kSectors[] = {"municipality"};

}  // namespace

AILIT_PLUGIN_EXPORT const ailit_plugin* ailit_plugin_entry(void) noexcept {
  static const ailit_plugin plugin = ailit::sdk::MakePlugin<&SectorRisk, &DeriveFacts>(
      "org.ailit.municipality", "Municipalities", "1.0.0", kSectors);
  return &plugin;
}

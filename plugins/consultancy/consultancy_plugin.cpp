// Consultancy: a firm that is often a provider as well as a deployer (AI Act Art. 3(3), Art. 4),
// puts client data into AI tools and gives advice that clients act on; this marks those systems.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <ailit/plugin.hpp>

namespace {

using ailit::sdk::Request;

// The core facts read, in the order of "reads" in data/facts.json.
enum Read : std::uint32_t {
  kSystemKind,
  kSystemRole,
  kSystemRiskClass,
  kSystemDecisionRole,
  kSystemPersonalData,
  kSystemAffected,
  kSystemExternalFacing,
  kSystemUsedBy,
  kGroupId,
  kGroupRole,
};

// The facts derived, in the order of "derives" in data/facts.json.
enum Derive : std::uint32_t {
  kClientProvided,
  kClientDataGenai,
  kHighRiskClientAdvice,
  kClientAdviser,
  kClientAiSystems,
};

// The adjustments of the sector risk, in the order of data/sector_risk.json.
enum Adjustment : unsigned {
  kAdjProvidesAiToClients,
  kAdjClientPersonalDataInGenai,
  kAdjHighRiskClientAdvice,
};

// Affected groups outside the firm: its clients, and whoever its clients' decisions concern.
constexpr std::string_view kOutsiders[] = {"customers", "citizens",   "patients", "students",
                                           "minors",    "vulnerable", "public"};

// Staff roles that deliver client work (advice, analyses, reports); developers, IT, HR and the
// other support roles build or run AI but do not sign advice.
constexpr std::string_view kDeliveryRoles[] = {"board", "management", "end_user", "operator",
                                               "external"};

template <std::size_t N>
bool OneOf(std::string_view value, const std::string_view (&set)[N]) {
  for (std::string_view item : set) {
    if (value == item) return true;
  }
  return false;
}

// People outside the firm see the system's results or are affected by it.
bool ReachesOutside(const Request& r, std::uint32_t s) {
  if (r.Bool(kSystemExternalFacing, s)) return true;
  for (std::string_view group : kOutsiders) {
    if (r.Contains(kSystemAffected, s, group)) return true;
  }
  return false;
}

// The firm developed the system (or had it developed) and puts it into service under its own
// name, which makes it the provider (Art. 3(3)); it reaches clients, so the provider's duties
// (Art. 16 for high-risk systems, Art. 50(1) for chat) face outward.
bool ClientProvided(const Request& r, std::uint32_t s) {
  std::string_view role = r.String(kSystemRole, s);
  return (role == "provider" || role == "both") && ReachesOutside(r, s);
}

// Generative AI used on client work: client documents, notes and conversations go into it, under
// the client's terms and, for personal data, GDPR Art. 5(1) and Art. 28.
bool ClientDataGenai(const Request& r, std::uint32_t s) {
  return r.String(kSystemKind, s) == "generative" && r.Contains(kSystemAffected, s, "customers");
}

// A high-risk system (Art. 6, Annex III) whose output supports or makes decisions and leaves the
// firm: clients act on it and carry their own deployer duties (Art. 26).
bool HighRiskClientAdvice(const Request& r, std::uint32_t s) {
  std::string_view decision = r.String(kSystemDecisionRole, s);
  return r.String(kSystemRiskClass, s) == "high" &&
         (decision == "supports" || decision == "decides") && ReachesOutside(r, s);
}

bool TouchesClients(const Request& r, std::uint32_t s) {
  return ClientProvided(r, s) || ClientDataGenai(r, s) || HighRiskClientAdvice(r, s);
}

bool ProcessesPersonalData(const Request& r, std::uint32_t s) {
  std::string_view data = r.String(kSystemPersonalData, s);
  return data == "personal" || data == "special_category";
}

// Reads only profile facts (no scores), as sector_risk runs before scoring.
std::uint64_t SectorRisk(const Request& r) {
  std::uint64_t bits = 0;
  for (std::uint32_t s = 0; s < r.systems(); ++s) {
    if (ClientProvided(r, s)) bits |= std::uint64_t{1} << kAdjProvidesAiToClients;
    if (ClientDataGenai(r, s) && ProcessesPersonalData(r, s)) {
      bits |= std::uint64_t{1} << kAdjClientPersonalDataInGenai;
    }
    if (HighRiskClientAdvice(r, s)) bits |= std::uint64_t{1} << kAdjHighRiskClientAdvice;
  }
  return bits;
}

void DeriveFacts(Request& r) {
  int client_systems = 0;
  for (std::uint32_t s = 0; s < r.systems(); ++s) {
    bool provided = ClientProvided(r, s);
    bool genai = ClientDataGenai(r, s);
    bool high_risk = HighRiskClientAdvice(r, s);
    r.Set(kClientProvided, s, provided);
    r.Set(kClientDataGenai, s, genai);
    r.Set(kHighRiskClientAdvice, s, high_risk);
    if (provided || genai || high_risk) ++client_systems;
  }
  r.Set(kClientAiSystems, 0, client_systems);

  // A group advises clients with AI when its role delivers client work and it uses a system that
  // touches clients: the professional responsibility for that advice stays with the group.
  for (std::uint32_t g = 0; g < r.groups(); ++g) {
    bool adviser = false;
    if (OneOf(r.String(kGroupRole, g), kDeliveryRoles)) {
      const std::string id(r.String(kGroupId, g));
      for (std::uint32_t s = 0; s < r.systems() && !adviser; ++s) {
        adviser = r.Contains(kSystemUsedBy, s, id) && TouchesClients(r, s);
      }
    }
    r.Set(kClientAdviser, g, adviser);
  }
}

constexpr const char* kSectors[] = {"consultancy"};

}  // namespace

AILIT_PLUGIN_EXPORT const ailit_plugin* ailit_plugin_entry(void) noexcept {
  static const ailit_plugin plugin = ailit::sdk::MakePlugin<&SectorRisk, &DeriveFacts>(
      "org.ailit.consultancy", "Consultancy", "1.0.0", kSectors);
  return &plugin;
}

// Hospitals: clinical AI is often a medical device (high-risk under AI Act Art. 6(1), Annex I)
// and generative AI meets health data (GDPR Art. 9), which the core alone cannot tell apart.
#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <vector>

#include <ailit/plugin.hpp>

namespace {

// The core facts this plugin reads, in the order of "reads" in data/facts.json.
enum Read : std::uint32_t {
  kSystemId,
  kSystemKind,
  kSystemRiskClass,
  kSystemHighRiskBasis,
  kSystemDecisionRole,
  kSystemAffected,
  kSystemStatus,
  kSystemPersonalData,
  kSystemExternalFacing,
  kGroupSystems,
};

// The facts it derives, in the order of "derives" in data/facts.json.
enum Derive : std::uint32_t {
  kMedicalDevice,
  kDeviceCheck,
  kHealthDataGenai,
  kUsesMedicalDevice,
};

// The adjustments of data/sector_risk.json, in their order there: bit i applies adjustment i.
enum Adjustment : unsigned {
  kMedicalDeviceInUse,
  kHealthDataGenaiInUse,
  kPatientFacing,
};

bool In(std::string_view value, std::initializer_list<std::string_view> set) {
  for (std::string_view v : set) {
    if (value == v) return true;
  }
  return false;
}

// A high-risk system on the Annex I route is, in a hospital, a medical device (MDR) or an
// in-vitro diagnostic (IVDR): both regulations are in Annex I, and a device that needs a notified
// body is high-risk under Art. 6(1). Such products fall outside the FRIA of Art. 27.
bool IsMedicalDevice(const ailit::sdk::Request& r, std::uint32_t s) {
  return r.String(kSystemRiskClass, s) == "high" && r.String(kSystemHighRiskBasis, s) == "annex_i";
}

// Generative AI with special-category data: in a hospital, health data (GDPR Art. 9).
bool IsHealthDataGenai(const ailit::sdk::Request& r, std::uint32_t s) {
  return r.String(kSystemKind, s) == "generative" &&
         r.String(kSystemPersonalData, s) == "special_category";
}

// Clinical decision support classified below high-risk may still be a medical device: software
// that informs diagnostic or therapeutic decisions is class IIa or higher (MDR Annex VIII, rule
// 11) and then high-risk under Art. 6(1). Optimisation and automation (planning, logistics) and
// generative AI (letters) are left out: their purpose is rarely medical.
bool NeedsDeviceCheck(const ailit::sdk::Request& r, std::uint32_t s) {
  // Each text is compared at once: it need only live until the next call into the host.
  bool clinical_kind =
      In(r.String(kSystemKind, s), {"predictive", "classification", "recognition", "recommender"});
  bool below_high = In(r.String(kSystemRiskClass, s), {"limited", "minimal"});
  bool acts = In(r.String(kSystemDecisionRole, s), {"supports", "decides"});
  return clinical_kind && below_high && acts && r.Contains(kSystemAffected, s, "patients");
}

// Runs before scoring, so it reads only profile facts (no scores).
std::uint64_t SectorRisk(const ailit::sdk::Request& r) {
  std::uint64_t bits = 0;
  for (std::uint32_t s = 0; s < r.systems(); ++s) {
    // A planned device does not yet act on patients; a pilot does.
    if (IsMedicalDevice(r, s) && r.String(kSystemStatus, s) != "planned") {
      bits |= 1ULL << kMedicalDeviceInUse;
    }
    if (IsHealthDataGenai(r, s)) bits |= 1ULL << kHealthDataGenaiInUse;
    // Patients see the output without a clinician in between (Art. 50(1) from August 2026).
    if (r.Bool(kSystemExternalFacing, s) && r.Contains(kSystemAffected, s, "patients")) {
      bits |= 1ULL << kPatientFacing;
    }
  }
  return bits;
}

void DeriveFacts(ailit::sdk::Request& r) {
  // A read's text lives while this call runs (ailit/plugin.h), so the ids need no copy.
  std::vector<std::string_view> device_ids;
  for (std::uint32_t s = 0; s < r.systems(); ++s) {
    bool device = IsMedicalDevice(r, s);
    if (device) device_ids.push_back(r.String(kSystemId, s));
    r.Set(kMedicalDevice, s, device);
    r.Set(kDeviceCheck, s, NeedsDeviceCheck(r, s));
    r.Set(kHealthDataGenai, s, IsHealthDataGenai(r, s));
  }
  // A group that uses a medical-device system sees clinical AI output at the bedside, where
  // automation bias (Art. 14(4)(b)) does its harm; whatever its decision role, clinicians read it.
  for (std::uint32_t g = 0; g < r.groups(); ++g) {
    bool uses = std::any_of(device_ids.begin(), device_ids.end(),
                            [&](std::string_view id) { return r.Contains(kGroupSystems, g, id); });
    r.Set(kUsesMedicalDevice, g, uses);
  }
}

constexpr const char* kSectors[] = {"hospital"};

}  // namespace

AILIT_PLUGIN_EXPORT const ailit_plugin* ailit_plugin_entry(void) noexcept {
  static const ailit_plugin plugin = ailit::sdk::MakePlugin<&SectorRisk, &DeriveFacts>(
      "org.ailit.hospital", "Hospitals", "1.0.0", kSectors);
  return &plugin;
}

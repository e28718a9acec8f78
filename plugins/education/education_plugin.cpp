// Education: names AI that assesses or monitors pupils (Annex III point 3) and minors' data.
#include <cstdint>
#include <string_view>

#include <ailit/plugin.hpp>

namespace {

enum Read : std::uint32_t {  // the order of "reads" in data/facts.json
  kSystemKind,
  kSystemAffected,
  kSystemRiskClass,
  kSystemHighRiskBasis,
  kSystemPersonalData,
};
enum Derive : std::uint32_t {  // the order of "derives"
  kEducationUse,
  kChildrensData,
};
enum Adjustment : unsigned {  // the order of the adjustments in data/sector_risk.json
  kAssessesOrMonitorsStudents,
  kMinorsAffected,
  kNoAiOnStudents,
};

bool AffectsStudents(const ailit::sdk::Request& r, std::uint32_t s) {
  return r.Contains(kSystemAffected, s, "students") || r.Contains(kSystemAffected, s, "minors");
}

// What a system does to pupils, as the values of "education_use". Annex III point 3 lists the
// high-risk uses in education: (a) admission, (b) evaluating learning outcomes and steering
// learning, (c) placing at a level, (d) monitoring behaviour during tests. The profile cannot
// tell (a)-(c) apart, so they share "assessment"; recognition and biometric systems used on
// pupils are "monitoring", whatever class they were given, because that is what they do.
std::string_view EducationUse(const ailit::sdk::Request& r, std::uint32_t s) {
  std::string_view kind = r.String(kSystemKind, s);
  bool on_students = AffectsStudents(r, s);
  if (on_students && (kind == "recognition" || kind == "biometric")) return "monitoring";
  // Annex I products (e.g. medical devices) are high-risk for another reason than their use on
  // pupils; an unknown basis counts, as the core's own rules count it.
  if (on_students && r.String(kSystemRiskClass, s) == "high" &&
      r.String(kSystemHighRiskBasis, s) != "annex_i") {
    return "assessment";
  }
  if (kind == "generative") return "generative";
  return "other";
}

// Reads no score facts: it runs before scoring.
std::uint64_t SectorRisk(const ailit::sdk::Request& r) {
  bool annex_iii_use = false;
  bool minors = false;
  bool any_on_students = false;
  for (std::uint32_t s = 0; s < r.systems(); ++s) {
    std::string_view use = EducationUse(r, s);
    annex_iii_use = annex_iii_use || use == "monitoring" || use == "assessment";
    minors = minors || r.Contains(kSystemAffected, s, "minors");
    any_on_students = any_on_students || AffectsStudents(r, s);
  }
  std::uint64_t bits = 0;
  if (annex_iii_use) bits |= std::uint64_t{1} << kAssessesOrMonitorsStudents;
  // Children merit specific protection (GDPR recital 38; AI Act Art. 9(9) for providers).
  if (minors) bits |= std::uint64_t{1} << kMinorsAffected;
  // A school whose AI only serves its staff does not have the sector's Annex III exposure.
  if (!any_on_students) bits |= std::uint64_t{1} << kNoAiOnStudents;
  return bits;
}

void DeriveFacts(ailit::sdk::Request& r) {
  for (std::uint32_t s = 0; s < r.systems(); ++s) {
    r.Set(kEducationUse, s, EducationUse(r, s));
    // Minors' personal data: specific protection (GDPR recital 38), information a child
    // understands (GDPR Art. 12(1)).
    std::string_view data = r.String(kSystemPersonalData, s);
    bool personal = data == "personal" || data == "special_category";
    r.Set(kChildrensData, s, personal && r.Contains(kSystemAffected, s, "minors"));
  }
}

constexpr const char* kSectors[] = {"education"};

}  // namespace

AILIT_PLUGIN_EXPORT const ailit_plugin* ailit_plugin_entry(void) noexcept {
  static const ailit_plugin plugin = ailit::sdk::MakePlugin<&SectorRisk, &DeriveFacts>(
      "org.ailit.education", "Education", "1.0.0", kSectors);
  return &plugin;
}

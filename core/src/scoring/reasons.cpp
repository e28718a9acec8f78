// Reason texts for score factors, in English and Dutch. Each reason says what was seen and why
// it weighs, citing the AI Act or GDPR where that is the why.
#include <string>

#include "ailit/scores.h"
#include "scoring/weights.h"

namespace ailit {
namespace {

struct Text {
  const char* en;
  const char* nl;
};

const char* Pick(const Text& t, Lang lang) {
  return lang == Lang::kNl ? t.nl : t.en;
}

constexpr Text kRiskClassText[] = {
    {"a prohibited practice under AI Act Art. 5: stop using it and assess",
     "een verboden praktijk onder AI-verordening art. 5: stoppen en beoordelen"},
    {"high-risk under AI Act Art. 6 (an Annex I product or an Annex III area)",
     "hoog risico onder AI-verordening art. 6 (product uit bijlage I of gebied uit bijlage III)"},
    {"limited risk: transparency obligations may apply (AI Act Art. 50)",
     "beperkt risico: transparantieverplichtingen kunnen gelden (AI-verordening art. 50)"},
    {"minimal risk", "minimaal risico"},
    {"risk class not yet determined: counted as substantial until it is classified",
     "risicoklasse nog niet bepaald: telt als aanzienlijk tot de classificatie er is"},
};
constexpr Text kKindText[] = {
    {"generative AI can produce convincing but wrong output (hallucination)",
     "generatieve AI kan overtuigende maar onjuiste uitvoer geven (hallucinatie)"},
    {"predictions steer decisions about people or operations",
     "voorspellingen sturen beslissingen over mensen of processen"},
    {"classifying people or cases can sort them unfairly",
     "het indelen van mensen of zaken kan hen onterecht in een hokje plaatsen"},
    {"recognition of images, speech or text can misread people",
     "herkenning van beeld, spraak of tekst kan mensen verkeerd lezen"},
    {"biometric data identifies people (AI Act Annex III point 1, GDPR Art. 9)",
     "biometrische gegevens identificeren mensen (AI-verordening bijlage III punt 1, AVG art. 9)"},
    {"recommendations steer what people see and choose",
     "aanbevelingen sturen wat mensen zien en kiezen"},
    {"optimisation shapes plans and schedules", "optimalisatie bepaalt planningen en roosters"},
    {"automation acts without a person in each step",
     "automatisering handelt zonder dat er bij elke stap een mens is"},
    {"other AI", "overige AI"},
};
constexpr Text kDecisionRoleText[] = {
    {"only informs people", "informeert alleen"},
    {"supports decisions that people take", "ondersteunt beslissingen die mensen nemen"},
    {"takes decisions itself (GDPR Art. 22 may apply)",
     "neemt zelf beslissingen (AVG art. 22 kan van toepassing zijn)"},
};
constexpr Text kProviderRoleText[] = {
    {"the organisation provides the system and carries provider duties (AI Act Art. 16)",
     "de organisatie is aanbieder van het systeem en draagt aanbiedersplichten "
     "(AI-verordening art. 16)"},
    {"the organisation deploys the system", "de organisatie gebruikt het systeem"},
    {"the organisation both provides and deploys the system",
     "de organisatie is zowel aanbieder als gebruiker van het systeem"},
};
constexpr Text kAffectedText[] = {
    {"employees are affected", "medewerkers worden geraakt"},
    {"customers are affected", "klanten worden geraakt"},
    {"citizens are affected and depend on the organisation",
     "burgers worden geraakt en zijn afhankelijk van de organisatie"},
    {"patients are affected", "patiënten worden geraakt"},
    {"students are affected", "studenten en leerlingen worden geraakt"},
    {"minors are affected and weigh most", "minderjarigen worden geraakt en wegen het zwaarst"},
    {"vulnerable people are affected and weigh most",
     "kwetsbare mensen worden geraakt en wegen het zwaarst"},
    {"the general public is affected", "het algemene publiek wordt geraakt"},
};
constexpr Text kPersonalDataText[] = {
    {"no personal data", "geen persoonsgegevens"},
    {"processes personal data (GDPR)", "verwerkt persoonsgegevens (AVG)"},
    {"processes special-category data such as health or biometrics (GDPR Art. 9)",
     "verwerkt bijzondere persoonsgegevens zoals gezondheid of biometrie (AVG art. 9)"},
};
constexpr Text kOrgKindText[] = {
    {"a public body: its decisions touch citizens' rights (a fundamental rights impact "
     "assessment applies to high-risk use, AI Act Art. 27)",
     "een publieke organisatie: haar besluiten raken rechten van burgers (voor gebruik met hoog "
     "risico geldt een grondrechteneffectbeoordeling, AI-verordening art. 27)"},
    {"a semi-public body serving the public", "een semipublieke organisatie die het publiek dient"},
    {"a private organisation", "een private organisatie"},
};
constexpr Text kRoleText[] = {
    {"the board is accountable for AI use", "het bestuur is verantwoordelijk voor AI-gebruik"},
    {"managers steer AI use and free time for learning",
     "leidinggevenden sturen AI-gebruik en maken tijd vrij om te leren"},
    {"the AI lead guides the whole organisation",
     "de AI-coördinator begeleidt de hele organisatie"},
    {"developers build AI and need provider-level knowledge",
     "ontwikkelaars bouwen AI en hebben kennis op aanbiedersniveau nodig"},
    {"operators work with AI output every day", "operators werken dagelijks met AI-uitvoer"},
    {"end users need general understanding of AI",
     "eindgebruikers hebben algemeen AI-begrip nodig"},
    {"procurement is the gate for new AI (contract clauses, documentation)",
     "inkoop is de poort voor nieuwe AI (contractclausules, documentatie)"},
    {"legal and privacy staff assess DPIA, FRIA and GDPR Art. 22",
     "juridische en privacymedewerkers beoordelen DPIA, grondrechteneffectbeoordeling en AVG "
     "art. 22"},
    {"HR must know AI can be biased in recruitment",
     "HR moet weten dat AI bij werving bevooroordeeld kan zijn"},
    {"communications explains AI use to the outside world",
     "communicatie legt AI-gebruik uit aan de buitenwereld"},
    {"IT support runs and secures AI tools", "IT-beheer beheert en beveiligt AI-tools"},
    {"educators use AI in teaching and assessment",
     "docenten gebruiken AI in onderwijs en beoordeling"},
    {"external people acting on the organisation's behalf need general understanding",
     "externen die namens de organisatie werken hebben algemeen AI-begrip nodig"},
};
constexpr Text kKnowledgeText[] = {
    {"no technical knowledge", "geen technische kennis"},
    {"basic technical knowledge", "technische basiskennis"},
    {"intermediate technical knowledge", "gemiddelde technische kennis"},
    {"advanced technical knowledge", "gevorderde technische kennis"},
};
constexpr Text kExperienceText[] = {
    {"no experience with AI", "geen ervaring met AI"},
    {"some experience with AI", "enige ervaring met AI"},
    {"extensive experience with AI", "ruime ervaring met AI"},
};
constexpr Text kTrainingText[] = {
    {"no AI training yet", "nog geen AI-training"},
    {"basic AI training", "basistraining AI"},
    {"role-specific AI training", "rolgerichte AI-training"},
};
constexpr Text kLevelNames[] = {
    {"none", "geen"},         {"awareness", "bewustzijn"}, {"basic", "basis"},
    {"applied", "toegepast"}, {"expert", "expert"},
};

std::string SystemName(const Profile& profile, std::int32_t index) {
  if (index < 0 || static_cast<std::size_t>(index) >= profile.ai_systems.size()) return "?";
  return profile.ai_systems[static_cast<std::size_t>(index)].name;
}

std::string Quoted(std::string_view s) {
  return "\"" + std::string(s) + "\"";
}

}  // namespace

std::string_view Name(RiskLevel level) {
  constexpr std::string_view kNames[] = {"low", "medium", "high", "very_high"};
  return kNames[static_cast<std::size_t>(level)];
}

std::string_view Name(Dimension dimension) {
  constexpr std::string_view kNames[] = {"nature",  "severity", "risk",   "sector_risk",
                                         "overall", "required", "current"};
  return kNames[static_cast<std::size_t>(dimension)];
}

std::string_view Name(FactorCode code) {
  constexpr std::string_view kNames[] = {"risk_class",
                                         "system_kind",
                                         "decision_role",
                                         "provider_role",
                                         "nature_cap",
                                         "affected",
                                         "affected_cap",
                                         "people_affected",
                                         "personal_data",
                                         "external_facing",
                                         "risk_floor",
                                         "sector",
                                         "org_kind",
                                         "sector_cap",
                                         "worst_nature",
                                         "worst_severity",
                                         "weighted_nature",
                                         "weighted_severity",
                                         "weighted_sector",
                                         "breadth",
                                         "overall_floor",
                                         "overall_cap",
                                         "role",
                                         "uses_system",
                                         "uses_generative",
                                         "uses_special_data",
                                         "oversees_high_risk",
                                         "technical_knowledge",
                                         "ai_experience",
                                         "training"};
  return kNames[static_cast<std::size_t>(code)];
}

std::string_view LiteracyLevelName(std::int32_t level, Lang lang) {
  if (level < 0 || level > kMaxLiteracyLevel) return "?";
  return Pick(kLevelNames[level], lang);
}

std::string DescribeFactor(const ScoreFactor& f, const Profile& profile,
                           const SectorRiskTable& sectors, Lang lang) {
  const bool nl = lang == Lang::kNl;
  const auto v = static_cast<std::size_t>(f.value);
  switch (f.code) {
    case FactorCode::kRiskClass:
      return (nl ? "risicoklasse " : "risk class ") + Quoted(Name(static_cast<RiskClass>(v))) +
             ": " + Pick(kRiskClassText[v], lang);
    case FactorCode::kSystemKind:
      return (nl ? "soort " : "kind ") + Quoted(Name(static_cast<SystemKind>(v))) + ": " +
             Pick(kKindText[v], lang);
    case FactorCode::kDecisionRole:
      return Pick(kDecisionRoleText[v], lang);
    case FactorCode::kProviderRole:
      return Pick(kProviderRoleText[v], lang);
    case FactorCode::kNatureCap:
      return nl ? "de aard is begrensd op 100" : "nature is capped at 100";
    case FactorCode::kAffected:
      return Pick(kAffectedText[v], lang);
    case FactorCode::kAffectedCap:
      return nl ? "de geraakte groepen tellen samen voor ten hoogste " +
                      std::to_string(scoring::kAffectedCap) + " punten"
                : "affected groups count for at most " + std::to_string(scoring::kAffectedCap) +
                      " points together";
    case FactorCode::kPeopleAffected:
      return nl ? "ongeveer " + std::to_string(f.value) + " mensen geraakt"
                : "about " + std::to_string(f.value) + " people affected";
    case FactorCode::kPersonalData:
      return Pick(kPersonalDataText[v], lang);
    case FactorCode::kExternalFacing:
      return nl ? "mensen buiten de organisatie gebruiken het systeem of zien de uitvoer"
                : "people outside the organisation use it or see its output";
    case FactorCode::kRiskFloor:
      return nl ? "risicoklasse " + Quoted(Name(static_cast<RiskClass>(v))) +
                      " brengt het risico ten minste op " +
                      std::to_string(static_cast<RiskClass>(v) == RiskClass::kProhibited
                                         ? scoring::kProhibitedFloor
                                         : scoring::kHighRiskFloor)
                : "risk class " + Quoted(Name(static_cast<RiskClass>(v))) +
                      " raises the risk to at least " +
                      std::to_string(static_cast<RiskClass>(v) == RiskClass::kProhibited
                                         ? scoring::kProhibitedFloor
                                         : scoring::kHighRiskFloor);
    case FactorCode::kSector: {
      const SectorRiskEntry* entry = sectors.Find(profile.organisation.sector);
      std::string head = (nl ? "sector " : "sector ") + Quoted(profile.organisation.sector) + ": ";
      if (entry == nullptr) {
        return head + (nl ? "geen sectorspecifiek risico bekend; standaardwaarde"
                          : "no sector-specific risk known; default value");
      }
      return head + (nl ? entry->reason_nl : entry->reason_en);
    }
    case FactorCode::kOrgKind:
      return Pick(kOrgKindText[v], lang);
    case FactorCode::kSectorCap:
      return nl ? "het sectorrisico is begrensd op 100" : "sector risk is capped at 100";
    case FactorCode::kWorstNature:
      return nl ? "hoogste aard van alle AI-systemen: " + Quoted(SystemName(profile, f.system))
                : "highest nature of all AI systems: " + Quoted(SystemName(profile, f.system));
    case FactorCode::kWorstSeverity:
      return nl ? "hoogste ernst van alle AI-systemen: " + Quoted(SystemName(profile, f.system))
                : "highest severity of all AI systems: " + Quoted(SystemName(profile, f.system));
    case FactorCode::kWeightedNature:
      return nl ? std::to_string(scoring::kNatureWeight) + "% van de aard (" +
                      std::to_string(f.value) + ")"
                : std::to_string(scoring::kNatureWeight) + "% of nature (" +
                      std::to_string(f.value) + ")";
    case FactorCode::kWeightedSeverity:
      return nl ? std::to_string(scoring::kSeverityWeight) + "% van de ernst (" +
                      std::to_string(f.value) + ")"
                : std::to_string(scoring::kSeverityWeight) + "% of severity (" +
                      std::to_string(f.value) + ")";
    case FactorCode::kWeightedSector:
      return nl ? std::to_string(scoring::kSectorWeight) + "% van het sectorrisico (" +
                      std::to_string(f.value) + ")"
                : std::to_string(scoring::kSectorWeight) + "% of sector risk (" +
                      std::to_string(f.value) + ")";
    case FactorCode::kBreadth:
      return nl ? std::to_string(f.value) + " AI-systemen met een hoog of zeer hoog risico"
                : std::to_string(f.value) + " AI systems at level high or very high";
    case FactorCode::kOverallFloor:
      return nl ? "minstens één systeem met risicoklasse " +
                      Quoted(Name(static_cast<RiskClass>(v))) + " bepaalt de ondergrens"
                : "at least one system of risk class " + Quoted(Name(static_cast<RiskClass>(v))) +
                      " sets the floor";
    case FactorCode::kOverallCap:
      return nl ? "de totaalscore is begrensd op 100" : "the overall score is capped at 100";
    case FactorCode::kRoleBase:
      return (nl ? "rol " : "role ") + Quoted(Name(static_cast<StaffRole>(v))) + ": " +
             Pick(kRoleText[v], lang);
    case FactorCode::kUsesSystem:
      return nl ? "gebruikt " + Quoted(SystemName(profile, f.system)) + " (risicoklasse " +
                      Quoted(Name(static_cast<RiskClass>(v))) + ")"
                : "uses " + Quoted(SystemName(profile, f.system)) + " (risk class " +
                      Quoted(Name(static_cast<RiskClass>(v))) + ")";
    case FactorCode::kUsesGenerative:
      return nl ? "gebruikt generatieve AI " + Quoted(SystemName(profile, f.system)) +
                      ": moet hallucinatie en vertrouwelijkheid kennen (Q&A Europese Commissie)"
                : "uses generative AI " + Quoted(SystemName(profile, f.system)) +
                      ": must know hallucination and confidentiality risks (Commission Q&A)";
    case FactorCode::kUsesSpecialData:
      return nl ? Quoted(SystemName(profile, f.system)) +
                      " verwerkt bijzondere persoonsgegevens (AVG art. 9)"
                : Quoted(SystemName(profile, f.system)) +
                      " processes special-category data (GDPR Art. 9)";
    case FactorCode::kOverseesHighRisk:
      return nl ? "houdt menselijk toezicht op hoog-risicosysteem " +
                      Quoted(SystemName(profile, f.system)) +
                      ": vereist bekwaamheid, opleiding en bevoegdheid (AI-verordening art. 26 "
                      "lid 2, art. 14 lid 4)"
                : "human oversight of high-risk system " + Quoted(SystemName(profile, f.system)) +
                      ": needs competence, training and authority (AI Act Art. 26(2), Art. 14(4))";
    case FactorCode::kKnowledge:
      return Pick(kKnowledgeText[v], lang);
    case FactorCode::kExperience:
      return Pick(kExperienceText[v], lang);
    case FactorCode::kTraining:
      return Pick(kTrainingText[v], lang);
  }
  return {};
}

}  // namespace ailit

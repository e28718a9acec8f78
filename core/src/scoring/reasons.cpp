// Reason texts for score factors, in English and Dutch. Each reason says what was seen and why
// it weighs, citing the AI Act or GDPR where that is the why. Dutch texts use Dutch words for the
// contract's values (risicoklasse "hoog", not "high").
#include <string>

#include "ailit/scores.h"
#include "scoring/weights.h"
#include "text/format_count.h"

namespace ailit {
namespace {

struct Text {
  const char* en;
  const char* nl;
};

std::string Pick(const Text& t, Lang lang) {
  return lang == Lang::kNl ? t.nl : t.en;
}

constexpr Text kRiskClassLabel[] = {
    {"prohibited", "verboden"}, {"high", "hoog"},        {"limited", "beperkt"},
    {"minimal", "minimaal"},    {"unknown", "onbekend"},
};
constexpr Text kRiskClassText[] = {
    {"a prohibited practice under AI Act Art. 5: stop using it and assess",
     "een verboden praktijk onder AI-verordening art. 5: stoppen en beoordelen"},
    {"high-risk under AI Act Art. 6 (an Annex I product or an Annex III area)",
     "hoog risico onder AI-verordening art. 6 (een product uit bijlage I of een gebied uit "
     "bijlage III)"},
    {"limited risk: transparency obligations may apply (AI Act Art. 50)",
     "beperkt risico: er kunnen transparantieverplichtingen gelden (AI-verordening art. 50)"},
    {"minimal risk", "minimaal risico"},
    {"risk class not yet determined: counted as substantial until it is classified",
     "risicoklasse nog niet bepaald: telt als aanzienlijk tot het systeem is ingedeeld"},
};
constexpr Text kKindLabel[] = {
    {"generative", "generatief"},
    {"predictive", "voorspellend"},
    {"classification", "classificerend"},
    {"recognition", "herkenning"},
    {"biometric", "biometrisch"},
    {"recommender", "aanbevelend"},
    {"optimisation", "optimaliserend"},
    {"automation", "automatisering"},
    {"other", "overig"},
};
constexpr Text kKindText[] = {
    {"generative AI can produce convincing but wrong output (hallucination)",
     "generatieve AI kan overtuigende maar onjuiste antwoorden geven (hallucinatie)"},
    {"predictions steer decisions about people or operations",
     "voorspellingen sturen beslissingen over mensen of processen"},
    {"classifying people or cases can sort them unfairly",
     "het indelen van mensen of zaken kan hen onterecht in een hokje plaatsen"},
    {"recognition of images, speech or text can misjudge people",
     "herkenning van beeld, spraak of tekst kan mensen verkeerd inschatten"},
    {"biometric data identifies people (AI Act Annex III point 1, GDPR Art. 9)",
     "biometrische gegevens maken mensen identificeerbaar (AI-verordening bijlage III punt 1, "
     "AVG art. 9)"},
    {"recommendations steer what people see and choose",
     "aanbevelingen sturen wat mensen zien en kiezen"},
    {"optimisation shapes plans and schedules", "optimalisatie bepaalt planningen en roosters"},
    {"automation acts without a person at each step",
     "automatisering handelt zonder dat bij elke stap een mens meekijkt"},
    {"other AI", "overige AI"},
};
constexpr Text kDecisionRoleText[] = {
    {"only informs people", "informeert alleen"},
    {"supports decisions that people take", "ondersteunt beslissingen die mensen nemen"},
    {"takes decisions itself (GDPR Art. 22 may apply)",
     "neemt zelf beslissingen (AVG art. 22 kan van toepassing zijn)"},
};
constexpr Text kProviderRoleText[] = {
    {"the organisation provides the system: provider duties apply (Art. 16 for high-risk "
     "systems, Art. 50 transparency) and its developers need provider-level literacy",
     "de organisatie is aanbieder van het systeem: aanbiedersplichten gelden (art. 16 voor "
     "hoog-risicosystemen, art. 50 transparantie) en de ontwikkelaars hebben kennis op "
     "aanbiedersniveau nodig"},
    {"the organisation deploys the system", "de organisatie gebruikt het systeem"},
    {"the organisation both provides and deploys the system: provider duties apply (Art. 16 for "
     "high-risk systems, Art. 50 transparency)",
     "de organisatie is zowel aanbieder als gebruiker van het systeem: aanbiedersplichten gelden "
     "(art. 16 voor hoog-risicosystemen, art. 50 transparantie)"},
};
constexpr Text kAffectedText[] = {
    {"it affects employees", "het systeem treft medewerkers"},
    {"it affects customers", "het systeem treft klanten"},
    {"it affects citizens, who depend on the organisation",
     "het systeem treft burgers, die afhankelijk zijn van de organisatie"},
    {"it affects patients", "het systeem treft patiënten"},
    {"it affects students", "het systeem treft leerlingen en studenten"},
    {"it affects minors, who weigh most", "het systeem treft minderjarigen; zij wegen het zwaarst"},
    {"it affects vulnerable people, who weigh most",
     "het systeem treft kwetsbare mensen; zij wegen het zwaarst"},
    {"it affects the general public", "het systeem treft het brede publiek"},
};
constexpr Text kPersonalDataText[] = {
    {"no personal data", "geen persoonsgegevens"},
    {"processes personal data (GDPR)", "verwerkt persoonsgegevens (AVG)"},
    {"processes special-category data such as health or biometrics (GDPR Art. 9)",
     "verwerkt bijzondere persoonsgegevens zoals gezondheid of biometrie (AVG art. 9)"},
};
constexpr Text kOrgKindText[] = {
    {"a public body: its decisions touch citizens' rights, and before using an Annex III "
     "high-risk system it assesses the impact on fundamental rights (AI Act Art. 27)",
     "een publieke organisatie: haar besluiten raken rechten van burgers, en voordat zij een "
     "hoog-risicosysteem uit bijlage III inzet, beoordeelt zij de gevolgen voor grondrechten "
     "(AI-verordening art. 27)"},
    {"a semi-public body serving the public; where it provides public services, Art. 27's "
     "fundamental rights impact assessment applies to its Annex III high-risk use",
     "een semipublieke organisatie die het publiek dient; waar zij publieke diensten verleent, "
     "geldt de grondrechteneffectbeoordeling van art. 27 voor haar gebruik van "
     "hoog-risicosystemen uit bijlage III"},
    {"a private organisation", "een private organisatie"},
};
constexpr Text kStaffRoleLabel[] = {
    {"board", "bestuur"},
    {"management", "management"},
    {"ai_lead", "AI-coördinator"},
    {"developer", "ontwikkelaar"},
    {"operator", "operator"},
    {"end_user", "eindgebruiker"},
    {"procurement", "inkoop"},
    {"legal_privacy", "juridisch en privacy"},
    {"hr", "HR"},
    {"communications", "communicatie"},
    {"it_support", "IT-beheer"},
    {"educator", "docent"},
    {"external", "externe"},
};
constexpr Text kRoleText[] = {
    {"the board is accountable for AI use", "het bestuur is verantwoordelijk voor het AI-gebruik"},
    {"managers steer AI use and free time for learning",
     "leidinggevenden sturen het AI-gebruik en maken tijd vrij om te leren"},
    {"the AI lead guides the whole organisation",
     "de AI-coördinator is het aanspreekpunt voor de hele organisatie"},
    {"developers build AI and need provider-level knowledge",
     "ontwikkelaars bouwen AI en hebben kennis op aanbiedersniveau nodig"},
    {"operators work with AI results every day",
     "operators werken dagelijks met resultaten van AI"},
    {"end users need a general understanding of AI",
     "eindgebruikers hebben een algemeen begrip van AI nodig"},
    {"procurement is the gate for new AI (contract clauses, documentation)",
     "inkoop is de poort waardoor nieuwe AI binnenkomt (contractclausules, documentatie)"},
    {"legal and privacy staff assess DPIAs, fundamental rights impact and GDPR Art. 22",
     "juridische en privacymedewerkers beoordelen DPIA's, gevolgen voor grondrechten en AVG "
     "art. 22"},
    {"HR must know that AI can be biased in recruitment",
     "HR moet weten dat AI bij werving en selectie kan discrimineren"},
    {"communications explains the organisation's AI use to the outside world",
     "communicatie legt het AI-gebruik van de organisatie uit aan de buitenwereld"},
    {"IT support runs and secures AI tools", "IT-beheer beheert en beveiligt AI-toepassingen"},
    {"educators use AI in teaching and assessment",
     "docenten gebruiken AI in lessen en bij beoordeling"},
    {"external people acting on the organisation's behalf need a general understanding",
     "externen die namens de organisatie werken hebben een algemeen begrip van AI nodig"},
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
    {"none", "geen"},         {"awareness", "bewustwording"}, {"basic", "basis"},
    {"applied", "toegepast"}, {"expert", "expert"},
};

// Writes one reason in the requested language.
class Reason {
 public:
  Reason(const ScoreFactor& f, const Profile& profile, Lang lang)
      : f_(f), profile_(profile), lang_(lang) {}

  bool nl() const { return lang_ == Lang::kNl; }
  std::string Say(const char* en, const char* nl) const { return nl_or(en, nl); }
  std::string Count(std::uint64_t n) const { return text::FormatCount(n, nl() ? '.' : ','); }
  std::string System() const {
    if (f_.system < 0 || static_cast<std::size_t>(f_.system) >= profile_.ai_systems.size()) {
      return "\"?\"";
    }
    return "\"" + profile_.ai_systems[static_cast<std::size_t>(f_.system)].name + "\"";
  }
  std::string RiskClass() const { return "\"" + Pick(kRiskClassLabel[f_.value % 5], lang_) + "\""; }
  std::size_t value() const { return static_cast<std::size_t>(f_.value); }

 private:
  std::string nl_or(const char* en, const char* nl) const { return this->nl() ? nl : en; }

  const ScoreFactor& f_;
  const Profile& profile_;
  Lang lang_;
};

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
                                         "people_unknown",
                                         "personal_data",
                                         "external_facing",
                                         "risk_mean",
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
                                         "uses_prohibited",
                                         "oversees_high_risk",
                                         "technical_knowledge",
                                         "ai_experience",
                                         "training",
                                         "sector_adjustment"};
  static_assert(std::size(kNames) == static_cast<std::size_t>(FactorCode::kSectorAdjustment) + 1);
  return kNames[static_cast<std::size_t>(code)];
}

std::string_view LiteracyLevelName(std::int32_t level, Lang lang) {
  if (level < 0 || level > kMaxLiteracyLevel) return "?";
  return lang == Lang::kNl ? kLevelNames[level].nl : kLevelNames[level].en;
}

std::string DescribeFactor(const ScoreFactor& f, const Profile& profile,
                           const SectorRiskTable& sectors, Lang lang) {
  const Reason r(f, profile, lang);
  const std::size_t v = r.value();
  switch (f.code) {
    case FactorCode::kRiskClass:
      return r.Say("risk class ", "risicoklasse ") + r.RiskClass() + ": " +
             Pick(kRiskClassText[v], lang);
    case FactorCode::kSystemKind:
      return r.Say("kind ", "soort ") + "\"" + Pick(kKindLabel[v], lang) +
             "\": " + Pick(kKindText[v], lang);
    case FactorCode::kDecisionRole:
      return Pick(kDecisionRoleText[v], lang);
    case FactorCode::kProviderRole:
      return Pick(kProviderRoleText[v], lang);
    case FactorCode::kNatureCap:
      return r.Say("nature is capped at 100", "de aard is begrensd op 100");
    case FactorCode::kAffected:
      return Pick(kAffectedText[v], lang);
    case FactorCode::kAffectedCap:
      return r.Say("affected groups count for at most ", "getroffen groepen tellen samen voor ") +
             std::to_string(scoring::kAffectedCap) +
             r.Say(" points together", " punten, niet meer");
    case FactorCode::kPeopleAffected:
      return r.Say("about ", "ongeveer ") + r.Count(f.value) +
             r.Say(" people affected per year", " mensen per jaar getroffen");
    case FactorCode::kPeopleUnknown:
      return r.Say("number of people affected not given: counted as 1,000 to 9,999 until known",
                   "aantal getroffen mensen niet opgegeven: telt als 1.000 tot 9.999 tot het "
                   "bekend is");
    case FactorCode::kPersonalData:
      return Pick(kPersonalDataText[v], lang);
    case FactorCode::kExternalFacing:
      return r.Say("people outside the organisation use it or see its results",
                   "mensen buiten de organisatie gebruiken het of krijgen de resultaten te zien");
    case FactorCode::kRiskMean:
      return r.Say("mean of nature ", "gemiddelde van aard ") + std::to_string(f.value / 1000) +
             r.Say(" and severity ", " en ernst ") + std::to_string(f.value % 1000) +
             r.Say(", rounded up", ", naar boven afgerond");
    case FactorCode::kRiskFloor:
      return r.Say("risk class ", "risicoklasse ") + r.RiskClass() +
             r.Say(" raises the risk to at least ", " brengt het risico op ten minste ") +
             std::to_string(static_cast<RiskClass>(v) == RiskClass::kProhibited
                                ? scoring::kProhibitedFloor
                                : scoring::kHighRiskFloor);
    case FactorCode::kSector: {
      const SectorRiskEntry* entry = sectors.Find(profile.organisation.sector);
      std::string head = "sector \"" + profile.organisation.sector + "\": ";
      if (entry == nullptr) {
        return head + r.Say("no sector-specific risk known; default value",
                            "geen sectorspecifiek risico bekend; standaardwaarde");
      }
      return head + (r.nl() ? entry->reason_nl : entry->reason_en);
    }
    case FactorCode::kOrgKind:
      return Pick(kOrgKindText[v], lang);
    case FactorCode::kSectorAdjustment: {
      const SectorRiskEntry* entry = sectors.Find(profile.organisation.sector);
      if (entry == nullptr || v >= entry->adjustments.size()) return "?";
      const SectorRiskAdjustment& a = entry->adjustments[v];
      return r.nl() ? a.reason_nl : a.reason_en;
    }
    case FactorCode::kSectorCap:
      return v == 0 ? r.Say("sector risk is at least 0", "het sectorrisico is ten minste 0")
                    : r.Say("sector risk is capped at 100", "het sectorrisico is begrensd op 100");
    case FactorCode::kWorstNature:
      return r.Say("highest nature of all AI systems: ", "hoogste aard van alle AI-systemen: ") +
             r.System();
    case FactorCode::kWorstSeverity:
      return r.Say("highest severity of all AI systems: ", "hoogste ernst van alle AI-systemen: ") +
             r.System();
    case FactorCode::kWeightedNature:
      return std::to_string(scoring::kNatureWeight) + r.Say("% of nature (", "% van de aard (") +
             std::to_string(f.value) + ")";
    case FactorCode::kWeightedSeverity:
      return std::to_string(scoring::kSeverityWeight) +
             r.Say("% of severity (", "% van de ernst (") + std::to_string(f.value) + ")";
    case FactorCode::kWeightedSector:
      return std::to_string(scoring::kSectorWeight) +
             r.Say("% of sector risk (", "% van het sectorrisico (") + std::to_string(f.value) +
             ")";
    case FactorCode::kBreadth:
      return std::to_string(f.value) + r.Say(" AI systems at level high or very high",
                                             " AI-systemen met een hoog of zeer hoog risico");
    case FactorCode::kOverallFloor:
      return r.Say("at least one system of risk class ", "minstens één systeem met risicoklasse ") +
             r.RiskClass() + r.Say(" sets the floor", " bepaalt de ondergrens");
    case FactorCode::kOverallCap:
      return r.Say("the overall score is capped at 100", "de totaalscore is begrensd op 100");
    case FactorCode::kRoleBase:
      return r.Say("role ", "rol ") + "\"" + Pick(kStaffRoleLabel[v], lang) +
             "\": " + Pick(kRoleText[v], lang);
    case FactorCode::kUsesSystem:
      return r.Say("uses ", "gebruikt ") + r.System() + r.Say(" (risk class ", " (risicoklasse ") +
             r.RiskClass() + ")";
    case FactorCode::kUsesGenerative:
      return r.Say("uses generative AI ", "gebruikt generatieve AI ") + r.System() +
             r.Say(
                 ": must know its risks such as hallucination and confidentiality (Commission "
                 "Q&A)",
                 ": moet de risico's kennen, zoals hallucinatie en vertrouwelijkheid (Q&A van "
                 "de Europese Commissie)");
    case FactorCode::kUsesSpecialData:
      return r.System() + r.Say(" processes special-category data (GDPR Art. 9)",
                                " verwerkt bijzondere persoonsgegevens (AVG art. 9)");
    case FactorCode::kUsesProhibited:
      return r.Say("uses ", "gebruikt ") + r.System() +
             r.Say(
                 ", a prohibited practice (AI Act Art. 5): the group must recognise it and "
                 "stop using it",
                 ", een verboden praktijk (AI-verordening art. 5): de groep moet die herkennen "
                 "en het gebruik stoppen");
    case FactorCode::kOverseesHighRisk:
      return r.Say("human oversight of high-risk system ",
                   "houdt menselijk toezicht op hoog-risicosysteem ") +
             r.System() +
             r.Say(
                 ": needs the competence, training and authority to interpret, override and "
                 "stop it (AI Act Art. 26(2), Art. 14(4))",
                 ": heeft de bekwaamheid, opleiding en bevoegdheid nodig om de resultaten te "
                 "duiden, terzijde te schuiven en het systeem stil te zetten (AI-verordening art. "
                 "26 "
                 "lid 2, art. 14 lid 4)");
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

// The core's default sector risks. Each reason names the AI Act provision or fact behind it;
// sector plugins replace these with their own, finer tables.
#include <algorithm>

#include "ailit/scores.h"

namespace ailit {
namespace {

SectorRiskTable MakeCoreDefaults() {
  SectorRiskTable table;
  table.Set({"hospital", 80,
             "patients are affected and health data is a special category (GDPR Art. 9); clinical "
             "AI is often a medical device and so high-risk (AI Act Art. 6(1), Annex I)",
             "patiënten worden geraakt en gezondheidsgegevens zijn bijzondere persoonsgegevens "
             "(AVG art. 9); klinische AI is vaak een medisch hulpmiddel en daarmee hoog risico "
             "(AI-verordening art. 6 lid 1, bijlage I)"});
  table.Set({"healthcare", 80,
             "patients are affected and health data is a special category (GDPR Art. 9)",
             "patiënten worden geraakt en gezondheidsgegevens zijn bijzondere persoonsgegevens "
             "(AVG art. 9)"});
  table.Set({"education", 70,
             "AI for admission, assessment, steering learning and proctoring is high-risk (AI Act "
             "Annex III point 3); students are often minors",
             "AI voor toelating, beoordeling, sturing van het leren en surveillance bij toetsen is "
             "hoog risico (AI-verordening bijlage III punt 3); leerlingen zijn vaak minderjarig"});
  const char* public_en =
      "a public authority: AI in access to essential public services and benefits is high-risk "
      "(AI Act Annex III point 5) and citizens cannot choose another provider";
  const char* public_nl =
      "een overheidsorgaan: AI bij toegang tot essentiële publieke diensten en uitkeringen is "
      "hoog risico (AI-verordening bijlage III punt 5) en burgers kunnen niet naar een andere "
      "aanbieder";
  table.Set({"municipality", 70, public_en, public_nl});
  table.Set({"public_administration", 70, public_en, public_nl});
  table.Set({"government", 70, public_en, public_nl});
  table.Set({"finance", 65,
             "creditworthiness and life and health insurance pricing are high-risk uses (AI Act "
             "Annex III point 5(b) and (c))",
             "kredietwaardigheid en premies voor levens- en ziektekostenverzekeringen zijn "
             "toepassingen met hoog risico (AI-verordening bijlage III punt 5 onder b en c)"});
  table.Set({"employment", 65,
             "AI in recruitment, selection and decisions about workers is high-risk (AI Act Annex "
             "III point 4)",
             "AI bij werving, selectie en besluiten over werknemers is hoog risico "
             "(AI-verordening bijlage III punt 4)"});
  table.Set({"law_enforcement", 85,
             "law enforcement, migration and justice are high-risk areas (AI Act Annex III points "
             "6 to 8)",
             "rechtshandhaving, migratie en rechtspraak zijn gebieden met hoog risico "
             "(AI-verordening bijlage III punten 6 tot en met 8)"});
  table.Set({"consultancy", 45,
             "client data goes into AI tools and clients act on the advice; consultancies often "
             "build AI and are then providers too",
             "klantgegevens worden in AI-tools ingevoerd en klanten handelen naar het advies; "
             "adviesbureaus bouwen vaak zelf AI en zijn dan ook aanbieder"});
  table.Set({"professional_services", 40,
             "client data goes into AI tools and clients rely on the work",
             "klantgegevens worden in AI-tools ingevoerd en klanten vertrouwen op het werk"});
  table.Set({"manufacturing", 35,
             "AI mostly supports production; safety components of machinery can be high-risk "
             "(AI Act Annex I)",
             "AI ondersteunt vooral de productie; veiligheidscomponenten van machines kunnen hoog "
             "risico zijn (AI-verordening bijlage I)"});
  table.Set({"retail", 35, "AI mostly serves customers and operations",
             "AI ondersteunt vooral klanten en bedrijfsvoering"});
  return table;
}

}  // namespace

const SectorRiskTable& SectorRiskTable::CoreDefaults() {
  static const SectorRiskTable table = MakeCoreDefaults();
  return table;
}

void SectorRiskTable::Set(SectorRiskEntry entry) {
  auto it = std::find_if(entries_.begin(), entries_.end(),
                         [&](const SectorRiskEntry& e) { return e.sector == entry.sector; });
  if (it != entries_.end()) {
    *it = std::move(entry);
  } else {
    entries_.push_back(std::move(entry));
  }
}

const SectorRiskEntry* SectorRiskTable::Find(std::string_view sector) const {
  for (const SectorRiskEntry& entry : entries_) {
    if (entry.sector == sector) return &entry;
  }
  return nullptr;
}

std::optional<Diagnostic> SectorWarning(const Profile& profile, const SectorRiskTable& sectors) {
  if (sectors.Find(profile.organisation.sector) != nullptr) return std::nullopt;
  std::vector<std::string> names;
  for (const SectorRiskEntry& entry : sectors.entries()) names.push_back(entry.sector);
  std::sort(names.begin(), names.end());
  std::string list;
  for (const std::string& name : names) list += (list.empty() ? "" : ", ") + name;
  std::string fallback = std::to_string(SectorRiskTable::kDefaultScore);
  return Diagnostic{"/organisation/sector",
                    "sector \"" + profile.organisation.sector +
                        "\" has no sector-specific risk; the default of " + fallback +
                        " is used. Sectors with their own: " + list,
                    "sector \"" + profile.organisation.sector +
                        "\" heeft geen eigen sectorrisico; de standaardwaarde " + fallback +
                        " wordt gebruikt. Sectoren met een eigen waarde: " + list};
}

}  // namespace ailit

// The Dutch texts are written as a Dutch policy document would put them, not translated word for
// word: the AP's own terms (randvoorwaarden, identificeren, doelen bepalen) and the contract's
// values in Dutch (risicoklasse "hoog risico", not "high").
#include "render/plan_labels.h"
#include <tuple>

#include <charconv>

#include "text/format_count.h"

namespace ailit::render {
namespace {

constexpr DocLabels kNl{
    .lang_code = "nl",
    .thousands = '.',
    .title = "AI-geletterdheid bij {0}: meerjarig actieplan",
    .subtitle =
        "Advies over maatregelen voor AI-geletterdheid op grond van artikel 4 van de "
        "AI-verordening",

    .h_summary = "Samenvatting",
    .summary_org = "{0} is een {1} in de sector {2} met {3}, en daarmee een {4}.",
    .summary_inventory = "Het profiel beschrijft {0} en {1}.",
    .summary_score = "De totaalscore komt uit op {0} van de 100: risiconiveau {1}.",
    .summary_plan = "Het actieplan telt {0}: {1} in jaar 1, {2} in jaar 2 en {3} in jaar 3.",
    .summary_no_plan = "Het actieplan bevat geen nieuwe maatregelen.",
    .summary_zero = "geen",
    .summary_in_place = {"{0} maatregel is al genomen en komt daarom niet opnieuw in het plan.",
                         "{0} maatregelen zijn al genomen en komen daarom niet opnieuw in het "
                         "plan."},
    .urgent_lead = "Eerst aanpakken:",
    .measure_ref = "{1} (nr. {0})",
    .in_place_ref = "{0} (al genomen)",
    .urgent_item = "{0} (nr. {1}, prioriteit {2}, jaar {3})",
    .prohibited_note = "betreft een verboden AI-praktijk (AI-verordening art. 5)",

    .h_warnings = "Let op",
    .warnings_intro = "Bij het opstellen van dit advies viel het volgende op:",

    .h_scores = "Scores en onderbouwing",
    .scores_intro =
        "Elk AI-systeem is beoordeeld op zijn aard (wat het systeem is en doet) en op de ernst "
        "van de gevolgen (wie het raakt en hoe breed). Samen met het risico van de sector leidt "
        "dat tot een totaalscore van 0 tot 100. Hoe hoger de score, hoe meer kennis en zorg het "
        "gebruik van AI vraagt.",
    .col_part = "Onderdeel",
    .col_score = "Score",
    .col_points = "Punten",
    .col_reason = "Toelichting",
    .row_nature = "Aard",
    .row_severity = "Ernst",
    .row_sector = "Sectorrisico",
    .row_overall = "Totaalscore",
    .row_level = "Risiconiveau",
    .h_overall_reasons = "Zo is de totaalscore opgebouwd",
    .dimensions = {"Aard", "Ernst", "Risico", "Sectorrisico", "Totaal", "Benodigd niveau",
                   "Huidig niveau"},
    .h_systems = "AI-systemen",
    .no_systems = "Het profiel noemt geen AI-systemen.",
    .col_system = "AI-systeem",
    .col_risk_class = "Risicoklasse",
    .col_nature = "Aard",
    .col_severity = "Ernst",
    .col_risk = "Risico",
    .col_level = "Niveau",
    .h_system_reasons = "Onderbouwing per AI-systeem",
    .system_reason_head = "risico {0}, {1}",
    .risk_classes = {"verboden", "hoog risico", "beperkt risico", "minimaal risico",
                     "nog niet bepaald"},
    .risk_levels = {"laag", "gemiddeld", "hoog", "zeer hoog"},

    .chart_systems_title = "AI-systemen naar aard en ernst",
    .chart_systems_desc =
        "Spreidingsdiagram van {0}: horizontaal de aard (0 tot 100), verticaal de ernst (0 tot "
        "100). Elk punt is een systeem, genummerd als in de tabel en gekleurd naar risiconiveau.",
    .chart_axis_nature = "Aard (0–100)",
    .chart_axis_severity = "Ernst (0–100)",
    .chart_point = "{0}: aard {1}, ernst {2}, risiconiveau {3}",
    .chart_legend_level = "Risiconiveau",

    .h_preconditions = "Randvoorwaarden",
    .preconditions_intro =
        "De Autoriteit Persoonsgegevens noemt vier randvoorwaarden voor een meerjarig actieplan "
        "AI-geletterdheid. Zonder bestuurlijke verankering, budget, een verantwoordelijke en "
        "periodieke rapportage komt het plan niet van de grond.",
    .col_precondition = "Randvoorwaarde",
    .col_status = "Stand van zaken",
    .col_addressed_by = "Maatregel in dit plan",
    .precondition_status = {"ontbreekt", "deels geregeld", "geregeld"},

    .h_plan = "Meerjarig actieplan",
    .plan_intro =
        "Het plan volgt de vier stappen uit de handreiking van de Autoriteit Persoonsgegevens: "
        "identificeren, doelen bepalen, uitvoeren en evalueren. Die cyclus herhaalt zich elk "
        "jaar. Ook een nieuw AI-systeem, een ander model of een andere leverancier, of een "
        "incident is aanleiding om de stappen opnieuw te doorlopen. Binnen elk jaar en elke stap "
        "staan de meest urgente maatregelen bovenaan.",
    .year = "Jaar {0}",
    .year_empty = "Voor dit jaar staan geen nieuwe maatregelen gepland.",
    .recurring = "Elk jaar opnieuw, uit eerdere jaren",
    .steps = {"Identificeren", "Doelen bepalen", "Uitvoeren", "Evalueren"},
    .step_explanations =
        {"breng de AI-systemen, de betrokken medewerkers, hun kennisniveau en de risico's in "
         "kaart",
         "bepaal per groep welk kennisniveau nodig is, de grootste risico's eerst, en leg vast "
         "wie waarvoor verantwoordelijk is",
         "train en informeer medewerkers, veranker AI-geletterdheid in beleid en bestuur en wees "
         "open over het gebruik van AI",
         "ga na of de maatregelen werken, analyseer de resterende risico's en rapporteer aan het "
         "bestuur"},
    .chart_plan_title = "Actieplan per jaar en stap",
    .chart_plan_desc =
        "Tijdlijn van {0} over drie jaar: de kolommen zijn de jaren, de rijen de vier stappen. "
        "Elke maatregel staat met zijn nummer in zijn vak, gekleurd naar prioriteit.",
    .chart_no_measures = "geen nieuwe maatregelen",
    .chart_legend_priority = "Prioriteit",

    .field_priority = "Prioriteit",
    .priority_value = "{0} ({1})",
    .priority_bands = {"laag", "gemiddeld", "hoog", "zeer hoog"},
    .field_effort = "Inspanning",
    .efforts = {"beperkt", "gemiddeld", "groot"},
    .field_targets = "Doelgroep",
    .field_systems = "AI-systemen",
    .field_how = "Aanpak voor een {0}",
    .field_why = "Waarom",
    .field_sources = "Bronnen",
    .whole_organisation = "de hele organisatie",
    .all_staff = "alle medewerkers",
    .customers = "klanten",
    .service_providers = "dienstverleners",
    .cause_item = "betreft {0}",
    .cause_facts = "op basis van",
    .no_rule = "Vast onderdeel van het plan.",

    .h_in_place = "Maatregelen die al zijn genomen",
    .in_place_intro =
        "Volgens het profiel zijn deze maatregelen al genomen. Ze komen niet opnieuw in het plan, "
        "maar horen wel bij de jaarlijkse evaluatie.",
    .in_place_none = "Het profiel noemt geen maatregelen die al zijn genomen.",
    .col_measure = "Maatregel",
    .col_step = "Stap",

    .h_groups = "Medewerkersgroepen",
    .groups_intro =
        "Per groep staat hieronder welk kennisniveau nodig is en welk niveau er nu is. Het "
        "verschil is de achterstand die het plan moet wegwerken. De kolom Maatregelen verwijst "
        "naar de nummers in het actieplan.",
    .col_group = "Groep",
    .col_role = "Rol",
    .col_headcount = "Aantal",
    .col_required = "Benodigd niveau",
    .col_current = "Huidig niveau",
    .col_gap = "Achterstand",
    .col_measures = "Maatregelen",
    .h_group_reasons = "Onderbouwing per groep",
    .group_reason_required = "vraagt niveau {0}",
    .staff_roles = {"Bestuur", "Management", "AI-coördinator", "Ontwikkelaar", "Operator",
                    "Eindgebruiker", "Inkoop", "Juridisch en privacy", "HR", "Communicatie",
                    "IT-beheer", "Docent", "Externe"},

    .h_sources = "Bronnen",
    .no_sources = "Dit advies verwijst niet naar bronnen.",
    .h_legal = "Juridische grondslag",
    .legal_act = "Regelgeving",
    .legal_articles = "Artikelen",
    .legal_text_of = "Versie van de tekst",
    .legal_applies_from = "Van toepassing vanaf",
    .h_engine = "Over dit advies",
    .engine_version = "Dit advies is opgesteld met ailit {0}.",
    .engine_packs = "Regelsets",
    .engine_catalogues = "Maatregelencatalogi",
    .disclaimer =
        "Dit advies helpt bij het opstellen van een eigen plan en is geen juridisch oordeel. De "
        "organisatie bepaalt zelf welke maatregelen bij haar passen.",
    .warning_at = "bij {0}",

    .org_kinds = {"publieke organisatie", "semipublieke organisatie", "private organisatie"},
    .size_classes = {"micro-organisatie", "kleine organisatie", "middelgrote organisatie",
                     "grote organisatie"},
    .months = {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
               "september", "oktober", "november", "december"},
    .measures = {"maatregel", "maatregelen"},
    .systems = {"AI-systeem", "AI-systemen"},
    .groups = {"medewerkersgroep", "medewerkersgroepen"},
    .employees = {"medewerker", "medewerkers"},
};

constexpr DocLabels kEn{
    .lang_code = "en",
    .thousands = ',',
    .title = "AI literacy at {0}: multi-year action plan",
    .subtitle = "Advice on AI literacy measures under Article 4 of the EU AI Act",

    .h_summary = "Summary",
    .summary_org = "{0} is a {1} in the {2} sector with {3}, which makes it a {4}.",
    .summary_inventory = "The profile describes {0} and {1}.",
    .summary_score = "The overall score is {0} out of 100: risk level {1}.",
    .summary_plan = "The action plan has {0}: {1} in year 1, {2} in year 2 and {3} in year 3.",
    .summary_no_plan = "The action plan contains no new measures.",
    .summary_zero = "none",
    .summary_in_place = {"{0} measure is already in place and is not planned again.",
                         "{0} measures are already in place and are not planned again."},
    .urgent_lead = "Most urgent:",
    .measure_ref = "{1} (no. {0})",
    .in_place_ref = "{0} (already in place)",
    .urgent_item = "{0} (no. {1}, priority {2}, year {3})",
    .prohibited_note = "concerns a prohibited AI practice (AI Act Art. 5)",

    .h_warnings = "Please note",
    .warnings_intro = "The following came up while preparing this advice:",

    .h_scores = "Scores and reasons",
    .scores_intro =
        "Each AI system is rated on its nature (what it is and does) and its severity (whom it "
        "affects and how widely). Together with the sector's risk this gives an overall score "
        "from 0 to 100: the higher the score, the more knowledge and care the use of AI demands.",
    .col_part = "Part",
    .col_score = "Score",
    .col_points = "Points",
    .col_reason = "Reason",
    .row_nature = "Nature",
    .row_severity = "Severity",
    .row_sector = "Sector risk",
    .row_overall = "Overall score",
    .row_level = "Risk level",
    .h_overall_reasons = "How the overall score is built up",
    .dimensions = {"Nature", "Severity", "Risk", "Sector risk", "Overall", "Required level",
                   "Current level"},
    .h_systems = "AI systems",
    .no_systems = "The profile lists no AI systems.",
    .col_system = "AI system",
    .col_risk_class = "Risk class",
    .col_nature = "Nature",
    .col_severity = "Severity",
    .col_risk = "Risk",
    .col_level = "Level",
    .h_system_reasons = "Reasons per AI system",
    .system_reason_head = "risk {0}, {1}",
    .risk_classes = {"prohibited", "high risk", "limited risk", "minimal risk",
                     "not yet determined"},
    .risk_levels = {"low", "medium", "high", "very high"},

    .chart_systems_title = "AI systems by nature and severity",
    .chart_systems_desc =
        "Scatter chart of {0}: nature (0 to 100) across, severity (0 to 100) up. Each point is a "
        "system, numbered as in the table and coloured by risk level.",
    .chart_axis_nature = "Nature (0–100)",
    .chart_axis_severity = "Severity (0–100)",
    .chart_point = "{0}: nature {1}, severity {2}, risk level {3}",
    .chart_legend_level = "Risk level",

    .h_preconditions = "Preconditions",
    .preconditions_intro =
        "The Dutch Data Protection Authority (AP) names four preconditions for a multi-year AI "
        "literacy action plan. Without anchoring at board level, a budget, someone responsible "
        "and periodic reporting, the plan will not get off the ground.",
    .col_precondition = "Precondition",
    .col_status = "Status",
    .col_addressed_by = "Measure in this plan",
    .precondition_status = {"missing", "partly in place", "in place"},

    .h_plan = "Multi-year action plan",
    .plan_intro =
        "The plan follows the four steps of the Dutch Data Protection Authority's guidance: "
        "identify, set goals, execute and evaluate. The cycle repeats every year; a new AI "
        "system, a change of model or supplier, or an incident is also a reason to go through "
        "the steps again. Within each year and step the most urgent measures come first.",
    .year = "Year {0}",
    .year_empty = "No new measures are planned for this year.",
    .recurring = "Again every year, from earlier years",
    .steps = {"Identify", "Set goals", "Execute", "Evaluate"},
    .step_explanations =
        {"map the AI systems, the staff involved, their knowledge and the risks",
         "decide the level each group needs, largest risks first, and record who is "
         "responsible for what",
         "train and inform staff, embed AI literacy in policy and governance, and be open about "
         "the use of AI",
         "check whether the measures work, analyse the remaining risks and report to the board"},
    .chart_plan_title = "Action plan by year and step",
    .chart_plan_desc =
        "Timeline of {0} over three years: the columns are the years, the rows the four steps. "
        "Each measure appears with its number in its cell, coloured by priority.",
    .chart_no_measures = "no new measures",
    .chart_legend_priority = "Priority",

    .field_priority = "Priority",
    .priority_value = "{0} ({1})",
    .priority_bands = {"low", "medium", "high", "very high"},
    .field_effort = "Effort",
    .efforts = {"low", "medium", "high"},
    .field_targets = "For",
    .field_systems = "AI systems",
    .field_how = "Approach for a {0}",
    .field_why = "Why",
    .field_sources = "Sources",
    .whole_organisation = "the whole organisation",
    .all_staff = "all staff",
    .customers = "customers",
    .service_providers = "service providers",
    .cause_item = "concerns {0}",
    .cause_facts = "based on",
    .no_rule = "A standard part of the plan.",

    .h_in_place = "Measures already in place",
    .in_place_intro =
        "According to the profile these measures are already in place. They are not planned "
        "again, but belong in the yearly evaluation.",
    .in_place_none = "The profile names no measures already in place.",
    .col_measure = "Measure",
    .col_step = "Step",

    .h_groups = "Staff groups",
    .groups_intro =
        "For each group: the literacy level it needs and the level it has now. The difference is "
        "the gap the plan has to close. The Measures column refers to the numbers in the action "
        "plan.",
    .col_group = "Group",
    .col_role = "Role",
    .col_headcount = "Headcount",
    .col_required = "Required level",
    .col_current = "Current level",
    .col_gap = "Gap",
    .col_measures = "Measures",
    .h_group_reasons = "Reasons per group",
    .group_reason_required = "calls for level {0}",
    .staff_roles = {"Board", "Management", "AI lead", "Developer", "Operator", "End user",
                    "Procurement", "Legal and privacy", "HR", "Communications", "IT support",
                    "Educator", "External"},

    .h_sources = "Sources",
    .no_sources = "This advice cites no sources.",
    .h_legal = "Legal basis",
    .legal_act = "Act",
    .legal_articles = "Articles",
    .legal_text_of = "Text as of",
    .legal_applies_from = "Applies from",
    .h_engine = "About this advice",
    .engine_version = "This advice was prepared with ailit {0}.",
    .engine_packs = "Rule packs",
    .engine_catalogues = "Measure catalogues",
    .disclaimer =
        "This advice helps the organisation draw up its own plan; it is not a legal opinion. "
        "The organisation decides which measures suit it.",
    .warning_at = "at {0}",

    .org_kinds = {"public body", "semi-public body", "private organisation"},
    .size_classes = {"micro organisation", "small organisation", "medium-sized organisation",
                     "large organisation"},
    .months = {"January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"},
    .measures = {"measure", "measures"},
    .systems = {"AI system", "AI systems"},
    .groups = {"staff group", "staff groups"},
    .employees = {"employee", "employees"},
};

struct SectorText {
  std::string_view id;
  std::string_view en;
  std::string_view nl;
};

// The sectors of SectorRiskTable::CoreDefaults (core/src/scoring/sector_risk.cpp).
constexpr SectorText kSectors[] = {
    {"hospital", "hospital", "ziekenhuizen"},
    {"healthcare", "healthcare", "zorg"},
    {"education", "education", "onderwijs"},
    {"municipality", "municipal", "gemeenten"},
    {"public_administration", "public administration", "openbaar bestuur"},
    {"government", "government", "overheid"},
    {"finance", "finance", "financiële dienstverlening"},
    {"employment", "employment", "werk en arbeidsbemiddeling"},
    {"law_enforcement", "law enforcement", "rechtshandhaving"},
    {"consultancy", "consultancy", "advies"},
    {"professional_services", "professional services", "zakelijke dienstverlening"},
    {"manufacturing", "manufacturing", "industrie"},
    {"retail", "retail", "detailhandel"},
};

}  // namespace

const DocLabels& Labels(Lang lang) {
  return lang == Lang::kNl ? kNl : kEn;
}

std::string_view SectorName(std::string_view sector, Lang lang) {
  for (const SectorText& s : kSectors) {
    if (s.id == sector) return lang == Lang::kNl ? s.nl : s.en;
  }
  return {};
}

void Fill(std::string& out, std::string_view tmpl, std::initializer_list<std::string_view> args) {
  std::size_t i = 0;
  while (i < tmpl.size()) {
    const std::size_t open = tmpl.find('{', i);
    if (open == std::string_view::npos || open + 2 >= tmpl.size()) break;
    const char digit = tmpl[open + 1];
    if (tmpl[open + 2] != '}' || digit < '0' || digit > '9') {
      out.append(tmpl.substr(i, open + 1 - i));
      i = open + 1;
      continue;
    }
    out.append(tmpl.substr(i, open - i));
    const auto index = static_cast<std::size_t>(digit - '0');
    if (index < args.size()) out.append(args.begin()[index]);
    i = open + 3;
  }
  if (i < tmpl.size()) out.append(tmpl.substr(i));
}

void AppendInt(std::string& out, std::int64_t n) {
  char buffer[24];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, n);
  out.append(buffer, result.ptr);
}

void AppendCount(std::string& out, std::uint64_t n, Lang lang) {
  if (n < 1000) {
    AppendInt(out, static_cast<std::int64_t>(n));
    return;
  }
  out += text::FormatCount(n, Labels(lang).thousands);
}

std::string Number(std::int64_t n) {
  std::string s;
  AppendInt(s, n);
  return s;
}

std::string Counted(std::uint64_t n, const Plural& noun, Lang lang) {
  std::string s;
  AppendCount(s, n, lang);
  s += ' ';
  s += noun.For(n);
  return s;
}

std::string YearCount(const DocumentLayout& layout, const DocLabels& labels, int year) {
  const std::uint32_t n = layout.CountYear(year);
  return n == 0 ? std::string(labels.summary_zero) : Number(n);
}

namespace {

// "id version (origin)", comma-separated.
template <typename List, typename Describe>
std::string JoinVersions(const Recommendation& rec, const List& list, Describe describe) {
  std::string out;
  for (const auto& item : list) {
    auto [id, version, origin] = describe(item);
    if (!UsedOrigin(rec, origin)) continue;
    if (!out.empty()) out += ", ";
    out += id;
    if (!version.empty()) {
      out += ' ';
      out += version;
    }
    out += " (";
    out += origin;
    out += ')';
  }
  return out;
}

}  // namespace

bool UsedOrigin(const Recommendation& rec, std::string_view origin) {
  if (!origin.starts_with("plugin:")) return true;
  if (rec.plugin < 0 || !rec.plugin_complete) return false;
  return origin.substr(7) == rec.engine->plugins()[static_cast<std::size_t>(rec.plugin)].id;
}

std::string PackList(const Recommendation& rec) {
  return JoinVersions(rec, rec.engine->packs(), [](const LoadedPack& p) {
    const RulePack& pack = p.pack;
    return std::tuple<std::string_view, std::string_view, std::string_view>{
        pack.id().empty() ? pack.file_name() : pack.id(), pack.version(), p.origin};
  });
}

std::string CatalogueList(const Recommendation& rec) {
  return JoinVersions(rec, rec.engine->measures().files(), [](const MeasureCatalogue::FileInfo& f) {
    return std::tuple<std::string_view, std::string_view, std::string_view>{f.id, f.version,
                                                                            f.origin};
  });
}

bool AppendDate(std::string& out, std::string_view iso, Lang lang) {
  auto digits = [&](std::size_t from, std::size_t count) {
    int value = 0;
    for (std::size_t i = from; i < from + count; ++i) {
      if (iso[i] < '0' || iso[i] > '9') return -1;
      value = value * 10 + (iso[i] - '0');
    }
    return value;
  };
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return false;
  const int year = digits(0, 4);
  const int month = digits(5, 2);
  const int day = digits(8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) return false;
  AppendInt(out, day);
  out += ' ';
  out += Labels(lang).months[static_cast<std::size_t>(month - 1)];
  out += ' ';
  out.append(iso.substr(0, 4));
  return true;
}

int YearOf(const PlannedMeasure& m) {
  return m.year < 1 ? 1 : m.year > 3 ? 3 : m.year;
}

bool TargetsAllStaff(const PlannedMeasure& m, const Profile& profile) {
  // groups is ascending and without repeats, so its size tells whether it holds them all.
  return profile.staff_groups.size() > 1 && m.groups.size() == profile.staff_groups.size();
}

bool ConcernsProhibited(const PlannedMeasure& m, const Profile& profile) {
  for (std::uint32_t s : m.systems) {
    if (s < profile.ai_systems.size() &&
        profile.ai_systems[s].risk_class == RiskClass::kProhibited) {
      return true;
    }
  }
  return false;
}

DocumentLayout LayOut(const Recommendation& rec) {
  DocumentLayout d;
  const std::vector<PlannedMeasure>& measures = rec.measures;
  d.number.assign(measures.size(), 0);

  std::array<std::array<std::uint32_t, 4>, 3> counts{};
  for (std::uint32_t i = 0; i < measures.size(); ++i) {
    const PlannedMeasure& m = measures[i];
    if (m.status == MeasureStatus::kInPlace) {
      d.in_place.push_back(i);
    } else {
      ++counts[static_cast<std::size_t>(YearOf(m) - 1)][static_cast<std::size_t>(m.step)];
    }
  }
  std::uint32_t position = 0;
  for (std::size_t y = 0; y < 3; ++y) {
    for (std::size_t s = 0; s < 4; ++s) {
      d.cell_begin[y][s] = position;
      position += counts[y][s];
    }
    d.cell_begin[y][4] = position;
  }
  // Placing each measure at its cell's cursor keeps the plan's own order (priority) in a cell.
  d.planned.resize(position);
  std::array<std::array<std::uint32_t, 5>, 3> cursor = d.cell_begin;
  for (std::uint32_t i = 0; i < measures.size(); ++i) {
    const PlannedMeasure& m = measures[i];
    if (m.status == MeasureStatus::kInPlace) continue;
    std::uint32_t& at =
        cursor[static_cast<std::size_t>(YearOf(m) - 1)][static_cast<std::size_t>(m.step)];
    d.planned[at] = i;
    d.number[i] = at + 1;
    ++at;
  }

  if (rec.engine != nullptr) {
    const auto catalogue = rec.engine->measures().measures();
    d.source_number.assign(rec.engine->measures().sources().size(), 0);
    auto cite = [&](std::uint32_t index) {
      if (measures[index].measure >= catalogue.size()) return;
      for (std::uint32_t s : catalogue[measures[index].measure].sources) {
        if (s < d.source_number.size() && d.source_number[s] == 0) {
          d.sources.push_back(s);
          d.source_number[s] = static_cast<std::uint32_t>(d.sources.size());
        }
      }
    };
    for (std::uint32_t i : d.planned) cite(i);
    for (std::uint32_t i : d.in_place) cite(i);
  }

  d.group_measures.resize(rec.profile.staff_groups.size());
  for (std::uint32_t k = 0; k < d.planned.size(); ++k) {
    for (std::uint32_t g : measures[d.planned[k]].groups) {
      if (g < d.group_measures.size()) d.group_measures[g].push_back(k + 1);
    }
  }

  if (rec.engine != nullptr) {
    for (std::size_t p = 0; p < rec.preconditions.size(); ++p) {
      const auto id = static_cast<std::size_t>(rec.preconditions[p].id);
      const std::optional<std::uint32_t> index =
          rec.engine->measures().IndexOf(rec.preconditions[p].measure);
      if (id >= d.precondition_measure.size() || !index) continue;
      for (std::uint32_t i = 0; i < measures.size(); ++i) {
        if (measures[i].measure == *index) {
          d.precondition_measure[id] = static_cast<std::int32_t>(i);
          break;
        }
      }
    }
  }

  for (std::uint32_t i = 0; i < measures.size(); ++i) {
    const PlannedMeasure& m = measures[i];
    const Measure* measure = MeasureOf(rec, m);
    if (m.status != MeasureStatus::kPlanned || measure == nullptr || !measure->recurs) continue;
    for (int year = YearOf(m) + 1; year <= 3; ++year) {
      d.recurring[static_cast<std::size_t>(year - 1)].push_back(i);
    }
  }

  constexpr std::size_t kMaxUrgent = 3;
  for (std::uint32_t i = 0; i < measures.size() && d.urgent.size() < kMaxUrgent; ++i) {
    if (measures[i].status == MeasureStatus::kPlanned &&
        ConcernsProhibited(measures[i], rec.profile)) {
      d.urgent.push_back(i);
    }
  }
  // The plan is sorted by year, then priority: its first year-1 measures are the most urgent.
  for (std::uint32_t i = 0; i < measures.size() && d.urgent.size() < kMaxUrgent; ++i) {
    const PlannedMeasure& m = measures[i];
    if (m.status != MeasureStatus::kPlanned || YearOf(m) != 1) continue;
    if (ConcernsProhibited(m, rec.profile)) continue;
    // The first always; after it only those of the highest band.
    if (!d.urgent.empty() && PriorityBand(m.priority) < 3) break;
    d.urgent.push_back(i);
  }
  return d;
}

const RuleInfo* RuleOf(const Recommendation& rec, const Cause& cause) {
  if (rec.engine == nullptr || cause.pack >= rec.engine->packs().size()) return nullptr;
  const auto rules = rec.engine->packs()[cause.pack].pack.rules();
  return cause.rule < rules.size() ? &rules[cause.rule] : nullptr;
}

std::string_view ItemName(const Recommendation& rec, const RuleInfo& rule, std::int32_t item) {
  if (item < 0) return {};
  const auto i = static_cast<std::size_t>(item);
  if (rule.for_each == ForEach::kSystem && i < rec.profile.ai_systems.size()) {
    return rec.profile.ai_systems[i].name;
  }
  if (rule.for_each == ForEach::kStaffGroup && i < rec.profile.staff_groups.size()) {
    return rec.profile.staff_groups[i].name;
  }
  return {};
}

const Measure* MeasureOf(const Recommendation& rec, const PlannedMeasure& m) {
  if (rec.engine == nullptr) return nullptr;
  const auto catalogue = rec.engine->measures().measures();
  return m.measure < catalogue.size() ? &catalogue[m.measure] : nullptr;
}

}  // namespace ailit::render

// The recommendation as a GitHub-flavoured Markdown document for the board (render.h). The texts
// come from plan_labels, the order and numbering from LayOut, so this file and html.cpp say the
// same thing.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "ailit/render.h"
#include "ailit/version.h"
#include "render/plan_labels.h"

namespace ailit {
namespace {

using render::AppendCount;
using render::AppendInt;
using render::DocLabels;
using render::DocumentLayout;
using render::Fill;
using render::Number;

// Free text (names of the organisation, systems and groups, up to 200 characters) and catalogue
// text are escaped so they can never open a link, raw HTML, emphasis, a table cell or, at the
// start of a line, a heading, quote or list. Line breaks become spaces: every text is one line
// here. Characters that are harmless where they stand ("B&W", "risk_class") are left alone, so
// the Markdown stays readable as plain text.
enum MarkdownClass : std::uint8_t { kPlain, kEscape, kSpace, kDepends };
constexpr std::array<std::uint8_t, 256> kMarkdownClass = [] {
  std::array<std::uint8_t, 256> table{};
  for (unsigned char c : std::string_view("\\`*[]<>|~")) table[c] = kEscape;
  for (unsigned char c : std::string_view("_&#-+=")) table[c] = kDepends;
  for (int c = 0; c < 0x20; ++c) table[static_cast<std::size_t>(c)] = kSpace;
  table[0x7f] = kSpace;
  return table;
}();

bool IsAsciiWord(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// For the kDepends characters: whether the one at `k` could mean something here.
bool NeedsEscape(std::string_view text, std::size_t k) {
  const char c = text[k];
  switch (c) {
    case '_':  // inside a word it cannot open or close emphasis
      return k == 0 || k + 1 == text.size() || !IsAsciiWord(text[k - 1]) ||
             !IsAsciiWord(text[k + 1]);
    case '&': {  // only "&name;" and "&#123;" are entity references
      std::size_t j = k + 1;
      while (j < text.size() && j - k < 32 && (IsAsciiWord(text[j]) || text[j] == '#')) ++j;
      return j > k + 1 && j < text.size() && text[j] == ';';
    }
    case '#':  // a heading at the start; a closing sequence after a space
      return k == 0 || static_cast<unsigned char>(text[k - 1]) <= ' ';
    default:  // - + = only at the start of a line
      return k == 0;
  }
}

void AppendEscaped(std::string& out, std::string_view text) {
  // Outer white space is dropped: "** name **" would not be bold.
  auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!text.empty() && blank(text.back())) text.remove_suffix(1);
  std::size_t i = 0;
  while (i < text.size() && blank(text[i])) ++i;
  text.remove_prefix(i);
  if (text.empty()) return;
  // "1. x" or "1) x" would start an ordered list where the text starts a line.
  std::size_t list_mark = std::string_view::npos;
  {
    std::size_t j = 0;
    while (j < text.size() && j < 9 && text[j] >= '0' && text[j] <= '9') ++j;
    if (j > 0 && j < text.size() && (text[j] == '.' || text[j] == ')') &&
        (j + 1 == text.size() || text[j + 1] == ' ' || text[j + 1] == '\t')) {
      list_mark = j;
    }
  }
  std::size_t plain = 0;  // start of the run not yet copied
  for (std::size_t k = 0; k < text.size(); ++k) {
    const std::uint8_t kind = kMarkdownClass[static_cast<unsigned char>(text[k])];
    if (kind == kPlain && k != list_mark) continue;
    if (kind == kDepends && !NeedsEscape(text, k)) continue;
    out.append(text.substr(plain, k - plain));
    if (kind == kSpace) {
      out += ' ';
    } else {
      out += '\\';
      out += text[k];
    }
    plain = k + 1;
  }
  out.append(text.substr(plain));
}

std::string Escaped(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  AppendEscaped(out, text);
  return out;
}

// A code span that holds any text: its fence is longer than any run of backticks inside.
void AppendCode(std::string& out, std::string_view text) {
  std::size_t longest = 0;
  std::size_t run = 0;
  for (char c : text) {
    run = c == '`' ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  const std::string fence(longest + 1, '`');
  const bool pad = !text.empty() && (text.front() == '`' || text.back() == '`' ||
                                     text.front() == ' ' || text.back() == ' ');
  out += fence;
  if (pad) out += ' ';
  for (char c : text) {
    out += (c == '\n' || c == '\r') ? ' ' : c;
  }
  if (pad) out += ' ';
  out += fence;
}

class MarkdownDocument {
 public:
  MarkdownDocument(const Recommendation& rec, Lang lang)
      : rec_(rec),
        profile_(rec.profile),
        lang_(lang),
        l_(render::Labels(lang)),
        layout_(render::LayOut(rec)) {
    // About 2 KB per measure and 300 bytes per system and group covers a typical plan in one
    // allocation.
    out_.reserve(8192 + rec.measures.size() * 2048 +
                 (profile_.ai_systems.size() + profile_.staff_groups.size()) * 320);
  }

  std::string Render() {
    Summary();
    Warnings();
    ScoresSection();
    Preconditions();
    Plan();
    InPlace();
    Groups();
    Sources();
    LegalSection();
    EngineSection();
    return std::move(out_);
  }

 private:
  void Heading(int level, std::string_view text) {
    out_.append(static_cast<std::size_t>(level), '#');
    out_ += ' ';
    out_ += text;
    out_ += "\n\n";
  }
  void Paragraph(std::string_view text) {
    out_ += text;
    out_ += "\n\n";
  }
  void TableHead(std::initializer_list<std::string_view> columns, std::string_view align) {
    out_ += '|';
    for (std::string_view c : columns) {
      out_ += ' ';
      out_ += c;
      out_ += " |";
    }
    out_ += "\n|";
    for (char a : align) out_ += a == 'r' ? " ---: |" : " --- |";
    out_ += '\n';
  }
  void Bold(std::string_view label) {
    out_ += "**";
    out_ += label;
    out_ += ":** ";
  }

  void Summary() {
    const Organisation& org = profile_.organisation;
    const std::string name = Escaped(org.name);
    std::string title;
    Fill(title, l_.title, {name});
    Heading(1, title);
    out_ += '*';
    out_ += l_.subtitle;
    out_ += "*\n\n";
    Heading(2, l_.h_summary);

    std::string sector(render::SectorName(org.sector, lang_));
    if (sector.empty()) sector = Escaped(org.sector);
    std::string employees;
    AppendCount(employees, org.employees, lang_);
    employees += ' ';
    employees += l_.employees.For(org.employees);
    Fill(out_, l_.summary_org,
         {name, l_.org_kinds[static_cast<std::size_t>(org.kind)], sector, employees,
          l_.size_classes[static_cast<std::size_t>(SizeClassOf(org.employees))]});
    out_ += ' ';
    Fill(out_, l_.summary_inventory,
         {Counted(profile_.ai_systems.size(), l_.systems),
          Counted(profile_.staff_groups.size(), l_.groups)});
    out_ += ' ';
    Fill(
        out_, l_.summary_score,
        {Number(rec_.scores.overall), l_.risk_levels[static_cast<std::size_t>(rec_.scores.level)]});
    out_ += "\n\n";

    if (layout_.planned.empty()) {
      out_ += l_.summary_no_plan;
    } else {
      Fill(
          out_, l_.summary_plan,
          {Counted(layout_.planned.size(), l_.measures), YearCount(1), YearCount(2), YearCount(3)});
    }
    if (!layout_.in_place.empty()) {
      out_ += ' ';
      Fill(out_, l_.summary_in_place.For(layout_.in_place.size()),
           {Number(static_cast<std::int64_t>(layout_.in_place.size()))});
    }
    out_ += "\n\n";

    if (layout_.urgent.empty()) return;
    out_ += "**";
    out_ += l_.urgent_lead;
    out_ += "**\n\n";
    for (std::uint32_t i : layout_.urgent) {
      const PlannedMeasure& m = rec_.measures[i];
      const Measure* measure = render::MeasureOf(rec_, m);
      out_ += "- ";
      Fill(out_, l_.urgent_item,
           {measure != nullptr ? Escaped(measure->title.In(lang_)) : "?", Number(layout_.number[i]),
            Number(m.priority), Number(render::YearOf(m))});
      if (render::ConcernsProhibited(m, profile_)) {
        out_ += ": ";
        out_ += l_.prohibited_note;
      }
      out_ += '\n';
    }
    out_ += '\n';
  }

  void Warnings() {
    const auto& warnings = rec_.diagnostics.warnings;
    if (warnings.empty()) return;
    out_ += "> **";
    out_ += l_.h_warnings;
    out_ += ".** ";
    out_ += l_.warnings_intro;
    out_ += "\n>\n";
    for (const Diagnostic& w : warnings) {
      out_ += "> - ";
      AppendEscaped(out_, w.Message(lang_ == Lang::kNl));
      if (!w.pointer.empty()) {
        std::string pointer;
        AppendCode(pointer, w.pointer);
        out_ += " (";
        Fill(out_, l_.warning_at, {pointer});
        out_ += ')';
      }
      out_ += '\n';
    }
    out_ += '\n';
  }

  void ScoresSection() {
    const Scores& s = rec_.scores;
    Heading(2, l_.h_scores);
    Paragraph(l_.scores_intro);
    TableHead({l_.col_part, l_.col_score}, "lr");
    auto row = [&](std::string_view label, std::string_view value) {
      out_ += "| ";
      out_ += label;
      out_ += " | ";
      out_ += value;
      out_ += " |\n";
    };
    row(l_.row_nature, Number(s.nature));
    row(l_.row_severity, Number(s.severity));
    row(l_.row_sector, Number(s.sector_risk));
    row(l_.row_overall, Number(s.overall));
    row(l_.row_level, l_.risk_levels[static_cast<std::size_t>(s.level)]);
    out_ += '\n';

    if (!s.factors.empty()) {
      Heading(3, l_.h_overall_reasons);
      TableHead({l_.col_part, l_.col_points, l_.col_reason}, "lrl");
      for (const ScoreFactor& f : s.factors) {
        out_ += "| ";
        out_ += l_.dimensions[static_cast<std::size_t>(f.dimension)];
        out_ += " | ";
        AppendInt(out_, f.points);
        out_ += " | ";
        AppendEscaped(out_, DescribeFactor(f, profile_, rec_.engine->sectors(), lang_));
        out_ += " |\n";
      }
      out_ += '\n';
    }

    Heading(3, l_.h_systems);
    if (profile_.ai_systems.empty()) {
      Paragraph(l_.no_systems);
      return;
    }
    TableHead({"#", l_.col_system, l_.col_risk_class, l_.col_nature, l_.col_severity, l_.col_risk,
               l_.col_level},
              "rllrrrl");
    for (std::size_t i = 0; i < profile_.ai_systems.size(); ++i) {
      const AiSystem& system = profile_.ai_systems[i];
      const SystemScore* score = i < s.systems.size() ? &s.systems[i] : nullptr;
      out_ += "| ";
      AppendInt(out_, static_cast<std::int64_t>(i + 1));
      out_ += " | ";
      AppendEscaped(out_, system.name);
      out_ += " | ";
      out_ += l_.risk_classes[static_cast<std::size_t>(system.risk_class)];
      if (score != nullptr) {
        out_ += " | ";
        AppendInt(out_, score->nature);
        out_ += " | ";
        AppendInt(out_, score->severity);
        out_ += " | ";
        AppendInt(out_, score->risk);
        out_ += " | ";
        out_ += l_.risk_levels[static_cast<std::size_t>(score->level)];
        out_ += " |\n";
      } else {
        out_ += " | | | | |\n";
      }
    }
    out_ += '\n';

    Heading(3, l_.h_system_reasons);
    for (std::size_t i = 0; i < profile_.ai_systems.size() && i < s.systems.size(); ++i) {
      const SystemScore& score = s.systems[i];
      out_ += "**";
      AppendInt(out_, static_cast<std::int64_t>(i + 1));
      out_ += ". ";
      AppendEscaped(out_, profile_.ai_systems[i].name);
      out_ += "** (";
      Fill(out_, l_.system_reason_head,
           {Number(score.risk), l_.risk_levels[static_cast<std::size_t>(score.level)]});
      out_ += ")\n\n";
      for (const ScoreFactor& f : score.factors) {
        out_ += "- ";
        out_ += l_.dimensions[static_cast<std::size_t>(f.dimension)];
        out_ += " (";
        if (f.points >= 0) out_ += '+';
        AppendInt(out_, f.points);
        out_ += "): ";
        AppendEscaped(out_, DescribeFactor(f, profile_, rec_.engine->sectors(), lang_));
        out_ += '\n';
      }
      out_ += '\n';
    }
  }

  void Preconditions() {
    Heading(2, l_.h_preconditions);
    Paragraph(l_.preconditions_intro);
    TableHead({l_.col_precondition, l_.col_status, l_.col_addressed_by}, "lll");
    for (const Precondition& p : rec_.preconditions) {
      out_ += "| ";
      out_ += PreconditionTitle(p.id, lang_);
      out_ += " | ";
      out_ += l_.precondition_status[static_cast<std::size_t>(p.status)];
      out_ += " | ";
      const std::int32_t index = layout_.precondition_measure[static_cast<std::size_t>(p.id)];
      if (index >= 0) {
        AppendMeasureRef(static_cast<std::uint32_t>(index));
      } else {
        out_ += "–";
      }
      out_ += " |\n";
    }
    out_ += '\n';
  }

  // "Title (nr. 3)" for a planned measure, "Title (al genomen)" for one in place.
  void AppendMeasureRef(std::uint32_t index) {
    const PlannedMeasure& m = rec_.measures[index];
    const Measure* measure = render::MeasureOf(rec_, m);
    const std::string title = measure != nullptr ? Escaped(measure->title.In(lang_)) : "?";
    if (m.status == MeasureStatus::kInPlace) {
      Fill(out_, l_.in_place_ref, {title});
    } else {
      Fill(out_, l_.measure_ref, {Number(layout_.number[index]), title});
    }
  }

  void Plan() {
    Heading(2, l_.h_plan);
    Paragraph(l_.plan_intro);
    for (std::size_t s = 0; s < l_.steps.size(); ++s) {
      out_ += "- **";
      out_ += l_.steps[s];
      out_ += "**: ";
      out_ += l_.step_explanations[s];
      out_ += '\n';
    }
    out_ += '\n';

    for (int year = 1; year <= 3; ++year) {
      std::string heading;
      Fill(heading, l_.year, {Number(year)});
      Heading(3, heading);
      if (layout_.CountYear(year) == 0) Paragraph(l_.year_empty);
      const auto& begin = layout_.cell_begin[static_cast<std::size_t>(year - 1)];
      for (std::size_t step = 0; step < 4; ++step) {
        if (begin[step] == begin[step + 1]) continue;
        Heading(4, l_.steps[step]);
        for (std::uint32_t k = begin[step]; k < begin[step + 1]; ++k) {
          PlannedMeasureBlock(layout_.planned[k], k + 1);
        }
      }
      RecurringList(year);
    }
  }

  // The yearly cycle: what comes back from earlier years, by number, so a later year is never
  // an empty page in a plan that repeats.
  void RecurringList(int year) {
    const auto& recurring = layout_.recurring[static_cast<std::size_t>(year - 1)];
    if (recurring.empty()) return;
    out_ += "**";
    out_ += l_.recurring;
    out_ += ":**\n\n";
    for (std::uint32_t index : recurring) {
      const Measure* measure = render::MeasureOf(rec_, rec_.measures[index]);
      out_ += "- ";
      AppendInt(out_, layout_.number[index]);
      out_ += ". ";
      if (measure != nullptr) AppendEscaped(out_, measure->title.In(lang_));
      out_ += '\n';
    }
    out_ += '\n';
  }

  void PlannedMeasureBlock(std::uint32_t index, std::uint32_t number) {
    const PlannedMeasure& m = rec_.measures[index];
    const Measure* measure = render::MeasureOf(rec_, m);
    out_ += "##### ";
    AppendInt(out_, number);
    out_ += ". ";
    if (measure != nullptr) AppendEscaped(out_, measure->title.In(lang_));
    out_ += "\n\n";

    out_ += "- ";
    Bold(l_.field_priority);
    Fill(out_, l_.priority_value,
         {Number(m.priority),
          l_.priority_bands[static_cast<std::size_t>(render::PriorityBand(m.priority))]});
    out_ += "\n- ";
    Bold(l_.field_effort);
    out_ += l_.efforts[static_cast<std::size_t>(m.effort)];
    out_ += "\n- ";
    Bold(l_.field_targets);
    Targets(m);
    if (!m.systems.empty()) {
      out_ += "\n- ";
      Bold(l_.field_systems);
      bool first = true;
      for (std::uint32_t s : m.systems) {
        if (s >= profile_.ai_systems.size()) continue;
        if (!first) out_ += ", ";
        first = false;
        AppendEscaped(out_, profile_.ai_systems[s].name);
      }
    }
    out_ += "\n\n";
    if (measure == nullptr) return;

    if (!measure->description.In(lang_).empty()) {
      AppendEscaped(out_, measure->description.In(lang_));
      out_ += "\n\n";
    }
    const SizeClass size = SizeClassOf(profile_.organisation.employees);
    const std::string& how = measure->how[static_cast<std::size_t>(size)].In(lang_);
    if (!how.empty()) {
      out_ += "**";
      Fill(out_, l_.field_how, {l_.size_classes[static_cast<std::size_t>(size)]});
      out_ += ":** ";
      AppendEscaped(out_, how);
      out_ += "\n\n";
    }

    out_ += "**";
    out_ += l_.field_why;
    out_ += ":**";
    if (m.because.empty()) {
      out_ += ' ';
      out_ += l_.no_rule;
      out_ += "\n\n";
    } else {
      out_ += "\n\n";
      for (const Cause& c : m.because) CauseLine(c);
      out_ += '\n';
    }

    SourceRefs(*measure);
  }

  void Targets(const PlannedMeasure& m) {
    render::AppendTargets(out_, m, profile_, l_, [](std::string& out, std::string_view name) {
      AppendEscaped(out, name);
    });
  }

  void CauseLine(const Cause& c) {
    const RuleInfo* rule = render::RuleOf(rec_, c);
    out_ += "- ";
    if (rule == nullptr) {
      out_ += "?\n";
      return;
    }
    AppendCode(out_, rule->id);
    if (!rule->description.empty()) {
      out_ += ": ";
      // Its own full stop would clash with what follows: "...incomplete.; based on".
      std::string_view description = rule->Description(lang_ == Lang::kNl);
      if (description.ends_with('.')) description.remove_suffix(1);
      AppendEscaped(out_, description);
    }
    const std::string_view item = render::ItemName(rec_, *rule, c.item);
    if (!item.empty()) {
      out_ += " (";
      Fill(out_, l_.cause_item, {Escaped(item)});
      out_ += ')';
    }
    if (!c.facts.empty()) {
      out_ += "; ";
      out_ += l_.cause_facts;
      out_ += ' ';
      for (std::size_t f = 0; f < c.facts.size(); ++f) {
        if (f > 0) out_ += ", ";
        std::string fact;
        fact.reserve(c.facts[f].fact.size() + c.facts[f].value.size() + 3);
        fact += c.facts[f].fact;
        fact += " = ";
        fact += c.facts[f].value;
        AppendCode(out_, fact);
      }
    }
    out_ += '\n';
  }

  void SourceRefs(const Measure& measure) {
    if (measure.sources.empty()) return;
    out_ += "**";
    out_ += l_.field_sources;
    out_ += ":** ";
    AppendSourceNumbers(measure);
    out_ += "\n\n";
  }

  void AppendSourceNumbers(const Measure& measure) {
    bool first = true;
    for (std::uint32_t s : measure.sources) {
      if (s >= layout_.source_number.size()) continue;
      if (!first) out_ += ", ";
      first = false;
      out_ += '[';
      AppendInt(out_, layout_.source_number[s]);
      out_ += ']';
    }
  }

  void InPlace() {
    Heading(2, l_.h_in_place);
    if (layout_.in_place.empty()) {
      Paragraph(l_.in_place_none);
      return;
    }
    Paragraph(l_.in_place_intro);
    TableHead({l_.col_measure, l_.col_step, l_.field_sources}, "lll");
    for (std::uint32_t i : layout_.in_place) {
      const PlannedMeasure& m = rec_.measures[i];
      const Measure* measure = render::MeasureOf(rec_, m);
      out_ += "| ";
      if (measure != nullptr) AppendEscaped(out_, measure->title.In(lang_));
      out_ += " | ";
      out_ += l_.steps[static_cast<std::size_t>(m.step)];
      out_ += " | ";
      if (measure != nullptr) AppendSourceNumbers(*measure);
      out_ += " |\n";
    }
    out_ += '\n';
  }

  void Groups() {
    Heading(2, l_.h_groups);
    Paragraph(l_.groups_intro);
    TableHead({l_.col_group, l_.col_role, l_.col_headcount, l_.col_required, l_.col_current,
               l_.col_gap, l_.col_measures},
              "llrllrl");
    const auto& groups = profile_.staff_groups;
    for (std::size_t g = 0; g < groups.size(); ++g) {
      const StaffGroup& group = groups[g];
      out_ += "| ";
      AppendEscaped(out_, group.name);
      out_ += " | ";
      out_ += l_.staff_roles[static_cast<std::size_t>(group.role)];
      out_ += " | ";
      AppendCount(out_, group.headcount, lang_);
      out_ += " | ";
      if (g < rec_.scores.groups.size()) {
        const GroupScore& score = rec_.scores.groups[g];
        out_ += LiteracyLevelName(score.required_level, lang_);
        out_ += " | ";
        out_ += LiteracyLevelName(score.current_level, lang_);
        out_ += " | ";
        AppendInt(out_, score.gap);
      } else {
        out_ += " | | ";
      }
      out_ += " | ";
      const auto& numbers = layout_.group_measures[g];
      if (numbers.empty()) out_ += "–";
      for (std::size_t k = 0; k < numbers.size(); ++k) {
        if (k > 0) out_ += ", ";
        AppendInt(out_, numbers[k]);
      }
      out_ += " |\n";
    }
    out_ += '\n';

    Heading(3, l_.h_group_reasons);
    for (std::size_t g = 0; g < groups.size() && g < rec_.scores.groups.size(); ++g) {
      out_ += "**";
      AppendEscaped(out_, groups[g].name);
      out_ += "**\n\n";
      for (const ScoreFactor& f : rec_.scores.groups[g].factors) {
        out_ += "- ";
        AppendEscaped(out_, DescribeFactor(f, profile_, rec_.engine->sectors(), lang_));
        if (f.dimension == Dimension::kRequired) {
          out_ += " (";
          Fill(out_, l_.group_reason_required, {LiteracyLevelName(f.points, lang_)});
          out_ += ')';
        }
        out_ += '\n';
      }
      out_ += '\n';
    }
  }

  void Sources() {
    Heading(2, l_.h_sources);
    if (layout_.sources.empty()) {
      Paragraph(l_.no_sources);
      return;
    }
    const auto sources = rec_.engine->measures().sources();
    for (std::size_t k = 0; k < layout_.sources.size(); ++k) {
      AppendInt(out_, static_cast<std::int64_t>(k + 1));
      out_ += ". ";
      AppendEscaped(out_, sources[layout_.sources[k]].text.In(lang_));
      out_ += '\n';
    }
    out_ += '\n';
  }

  void LegalSection() {
    const ailit::LegalBasis& basis = rec_.engine->legal_basis();
    Heading(2, l_.h_legal);
    out_ += "- ";
    Bold(l_.legal_act);
    AppendEscaped(out_, basis.act.In(lang_));
    out_ += "\n- ";
    Bold(l_.legal_articles);
    AppendEscaped(out_, basis.articles.In(lang_));
    out_ += "\n- ";
    Bold(l_.legal_text_of);
    if (!render::AppendDate(out_, basis.text_of, lang_)) AppendEscaped(out_, basis.text_of);
    out_ += "\n- ";
    Bold(l_.legal_applies_from);
    if (!render::AppendDate(out_, basis.applies_from, lang_)) {
      AppendEscaped(out_, basis.applies_from);
    }
    out_ += "\n\n";
    if (!basis.note.In(lang_).empty()) {
      AppendEscaped(out_, basis.note.In(lang_));
      out_ += "\n\n";
    }
  }

  void EngineSection() {
    Heading(2, l_.h_engine);
    Fill(out_, l_.engine_version, {kVersion});
    out_ += "\n\n- ";
    Bold(l_.engine_packs);
    AppendEscaped(out_, render::PackList(rec_));
    out_ += "\n- ";
    Bold(l_.engine_catalogues);
    AppendEscaped(out_, render::CatalogueList(rec_));
    out_ += "\n\n";
    out_ += '*';
    out_ += l_.disclaimer;
    out_ += "*\n";
  }

  std::string YearCount(int year) { return render::YearCount(layout_, l_, year); }
  std::string Counted(std::size_t n, const render::Plural& noun) {
    return render::Counted(n, noun, lang_);
  }

  const Recommendation& rec_;
  const Profile& profile_;
  Lang lang_;
  const DocLabels& l_;
  DocumentLayout layout_;
  std::string out_;
};

}  // namespace

std::string RecommendationToMarkdown(const Recommendation& rec, Lang lang) {
  if (rec.engine == nullptr) return {};
  return MarkdownDocument(rec, lang).Render();
}

}  // namespace ailit

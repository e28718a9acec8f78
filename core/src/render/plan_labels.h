// What the Markdown and HTML recommendation documents share: their fixed texts in Dutch and
// English, and their layout (which planned measure gets which number, which sources are cited in
// which order). Both renderers read only from here, so the two formats say the same thing in the
// same order and a wording change is made once.
//
//   const render::DocLabels& l = render::Labels(Lang::kNl);
//   render::DocumentLayout layout = render::LayOut(rec);
//   render::Fill(out, l.title, {escaped_name});  // "AI-geletterdheid bij ...: meerjarig ..."
//   for (std::uint32_t i : layout.planned) Card(rec.measures[i], layout.number[i]);
//
// Sentences with inserted values are templates with {0}..{9}, because word order differs
// between the languages; the caller escapes each value for its format before filling it in.
#pragma once

#include <array>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "ailit/enums.h"
#include "ailit/recommendation.h"
#include "ailit/scores.h"

namespace ailit::render {

// A noun or sentence in the singular and the plural.
struct Plural {
  std::string_view one;
  std::string_view many;
  [[nodiscard]] std::string_view For(std::uint64_t n) const { return n == 1 ? one : many; }
};

// Measures are coloured and named by priority band: 0-39, 40-59, 60-79, 80-100.
constexpr int kPriorityBands = 4;
constexpr int PriorityBand(std::int32_t priority) {
  return priority >= 80 ? 3 : priority >= 60 ? 2 : priority >= 40 ? 1 : 0;
}

struct DocLabels {
  std::string_view lang_code;  // for <html lang>
  char thousands;              // digit group separator
  std::string_view title;      // {0} organisation
  std::string_view subtitle;

  std::string_view h_summary;
  std::string_view summary_org;        // {0} name {1} kind {2} sector {3} employees {4} size
  std::string_view summary_inventory;  // {0} systems {1} groups
  std::string_view summary_score;      // {0} overall {1} level
  std::string_view summary_plan;       // {0} measures {1}..{3} per year
  std::string_view summary_no_plan;
  std::string_view summary_zero;  // a year without measures, in summary_plan
  Plural summary_in_place;        // {0} count
  std::string_view urgent_lead;
  std::string_view measure_ref;   // {0} number {1} title
  std::string_view in_place_ref;  // {0} title
  std::string_view urgent_item;   // {0} title {1} number {2} priority {3} year
  std::string_view prohibited_note;

  std::string_view h_warnings;
  std::string_view warnings_intro;

  std::string_view h_scores;
  std::string_view scores_intro;
  std::string_view col_part;
  std::string_view col_score;
  std::string_view col_points;
  std::string_view col_reason;
  std::string_view row_nature;
  std::string_view row_severity;
  std::string_view row_sector;
  std::string_view row_overall;
  std::string_view row_level;
  std::string_view h_overall_reasons;
  std::array<std::string_view, 7> dimensions;  // by Dimension
  std::string_view h_systems;
  std::string_view no_systems;
  std::string_view col_system;
  std::string_view col_risk_class;
  std::string_view col_nature;
  std::string_view col_severity;
  std::string_view col_risk;
  std::string_view col_level;
  std::string_view h_system_reasons;
  std::string_view system_reason_head;           // {0} risk {1} level
  std::array<std::string_view, 5> risk_classes;  // by RiskClass
  std::array<std::string_view, 4> risk_levels;   // by RiskLevel

  std::string_view chart_systems_title;
  std::string_view chart_systems_desc;  // {0} number of systems
  std::string_view chart_axis_nature;
  std::string_view chart_axis_severity;
  std::string_view chart_point;  // {0} name {1} nature {2} severity {3} level
  std::string_view chart_legend_level;

  std::string_view h_preconditions;
  std::string_view preconditions_intro;
  std::string_view col_precondition;
  std::string_view col_status;
  std::string_view col_addressed_by;
  std::array<std::string_view, 3> precondition_status;  // by PreconditionStatus

  std::string_view h_plan;
  std::string_view plan_intro;
  std::string_view year;  // {0}
  std::string_view year_empty;
  std::string_view recurring;             // heading of the measures repeated from earlier years
  std::array<std::string_view, 4> steps;  // by PlanStep
  std::array<std::string_view, 4> step_explanations;  // by PlanStep
  std::string_view chart_plan_title;
  std::string_view chart_plan_desc;  // {0} measures
  std::string_view chart_no_measures;
  std::string_view chart_legend_priority;

  std::string_view field_priority;
  std::string_view priority_value;  // {0} number {1} band
  std::array<std::string_view, kPriorityBands> priority_bands;
  std::string_view field_effort;
  std::array<std::string_view, 3> efforts;  // by Effort
  std::string_view field_targets;
  std::string_view field_systems;
  std::string_view field_how;  // {0} size class with article
  std::string_view field_why;
  std::string_view field_sources;
  std::string_view whole_organisation;
  std::string_view all_staff;  // every staff group of the profile
  std::string_view customers;
  std::string_view service_providers;
  std::string_view cause_item;   // {0} system or group name
  std::string_view cause_facts;  // lead-in to the facts a rule read
  std::string_view no_rule;      // a measure no rule asked for

  std::string_view h_in_place;
  std::string_view in_place_intro;
  std::string_view in_place_none;
  std::string_view col_measure;
  std::string_view col_step;

  std::string_view h_groups;
  std::string_view groups_intro;
  std::string_view col_group;
  std::string_view col_role;
  std::string_view col_headcount;
  std::string_view col_required;
  std::string_view col_current;
  std::string_view col_gap;
  std::string_view col_measures;
  std::string_view h_group_reasons;
  std::string_view group_reason_required;        // {0} level name
  std::array<std::string_view, 13> staff_roles;  // by StaffRole

  std::string_view h_sources;
  std::string_view no_sources;
  std::string_view h_legal;
  std::string_view legal_act;
  std::string_view legal_articles;
  std::string_view legal_text_of;
  std::string_view legal_applies_from;
  std::string_view h_engine;
  std::string_view engine_version;  // {0} version
  std::string_view engine_packs;
  std::string_view engine_catalogues;
  std::string_view disclaimer;
  std::string_view warning_at;  // {0} JSON Pointer

  std::array<std::string_view, 3> org_kinds;     // by OrgKind
  std::array<std::string_view, 4> size_classes;  // by SizeClass, "a small organisation"
  std::array<std::string_view, 12> months;
  Plural measures;
  Plural systems;
  Plural groups;
  Plural employees;
};

[[nodiscard]] const DocLabels& Labels(Lang lang);

// The sector's name in `lang` for the core's sectors; empty for others (print those as given).
[[nodiscard]] std::string_view SectorName(std::string_view sector, Lang lang);

// Appends `tmpl` with each {i} replaced by args[i], which the caller has already escaped.
void Fill(std::string& out, std::string_view tmpl, std::initializer_list<std::string_view> args);

void AppendInt(std::string& out, std::int64_t n);
// "1.200" in Dutch, "1,200" in English.
void AppendCount(std::string& out, std::uint64_t n, Lang lang);
// A whole number as text, without separators ("12").
[[nodiscard]] std::string Number(std::int64_t n);
// "3 AI systems", "1 maatregel": a count with its noun in the right number.
[[nodiscard]] std::string Counted(std::uint64_t n, const Plural& noun, Lang lang);
// "ailit.core 1.2.0 (core), ...": the rule packs, and the measure catalogues, a plan used (plain
// text: each document escapes it in its own way).
// Whether knowledge of `origin` ("core", "plugin:<id>") went into this plan: the core always, a
// plugin only when it served the profile's sector without failing.
[[nodiscard]] bool UsedOrigin(const Recommendation& rec, std::string_view origin);
// The rule packs and measure catalogues that went into the plan, with versions and origins.
[[nodiscard]] std::string PackList(const Recommendation& rec);
[[nodiscard]] std::string CatalogueList(const Recommendation& rec);
// Appends "12 juli 2024" / "12 July 2024" for a YYYY-MM-DD date and returns true; appends nothing
// and returns false for anything else, which the caller then prints escaped, as given.
[[nodiscard]] bool AppendDate(std::string& out, std::string_view iso, Lang lang);

// Both documents number the planned measures in reading order and cite sources by number.
struct DocumentLayout {
  // Indexes into rec.measures of the planned measures in reading order: by year, then step,
  // then the plan's own order (priority). A measure's number is its position here plus one.
  std::vector<std::uint32_t> planned;
  // Where each year's and step's measures start in `planned`: [year-1][step] .. next.
  std::array<std::array<std::uint32_t, 5>, 3> cell_begin{};
  std::vector<std::uint32_t> in_place;  // indexes into rec.measures, in the plan's order
  // Per year (index year-1): planned measures that recur (Measure::recurs) from an earlier
  // year, in plan order (indexes into rec.measures).
  std::array<std::vector<std::uint32_t>, 3> recurring;
  std::vector<std::uint32_t> number;  // per rec.measures index: its number, 0 when in place
  // Catalogue source indexes in order of first citation; source_number is per catalogue source
  // index, 0 when not cited.
  std::vector<std::uint32_t> sources;
  std::vector<std::uint32_t> source_number;
  // Per staff group, the numbers of the planned measures that target it, ascending.
  std::vector<std::vector<std::uint32_t>> group_measures;
  // Per precondition (PreconditionId order), the index into rec.measures of the measure that
  // addresses it, or -1 when the plan does not contain it.
  std::array<std::int32_t, 4> precondition_measure{-1, -1, -1, -1};
  // The measures to name first in the summary: those concerning a prohibited practice, then the
  // most urgent of year 1, at most three in all (indexes into rec.measures).
  std::vector<std::uint32_t> urgent;

  [[nodiscard]] std::uint32_t Count(int year, PlanStep step) const {
    const auto& row = cell_begin[static_cast<std::size_t>(year - 1)];
    return row[static_cast<std::size_t>(step) + 1] - row[static_cast<std::size_t>(step)];
  }
  [[nodiscard]] std::uint32_t CountYear(int year) const {
    const auto& row = cell_begin[static_cast<std::size_t>(year - 1)];
    return row[4] - row[0];
  }
};

// The plan's year, held to 1-3 so a malformed plan still renders.
[[nodiscard]] int YearOf(const PlannedMeasure& m);
// True when a measure names every staff group of a profile with more than one: documents then
// say "all staff" instead of listing each group.
[[nodiscard]] bool TargetsAllStaff(const PlannedMeasure& m, const Profile& profile);
// Appends who a measure is for: "all staff" or the staff group names (each through `escape`,
// which appends one user text in the document's own escaping), then customers and service
// providers; "the whole organisation" when it names no one.
template <typename Escape>
void AppendTargets(std::string& out, const PlannedMeasure& m, const Profile& profile,
                   const DocLabels& l, Escape escape) {
  bool first = true;
  auto next = [&] {
    if (!first) out += ", ";
    first = false;
  };
  if (TargetsAllStaff(m, profile)) {
    next();
    out += l.all_staff;
  } else {
    for (std::uint32_t g : m.groups) {
      if (g >= profile.staff_groups.size()) continue;
      next();
      escape(out, profile.staff_groups[g].name);
    }
  }
  if (m.customers) {
    next();
    out += l.customers;
  }
  if (m.service_providers) {
    next();
    out += l.service_providers;
  }
  if (first) out += l.whole_organisation;
}
// True when one of the measure's systems is a prohibited practice (AI Act Art. 5).
[[nodiscard]] bool ConcernsProhibited(const PlannedMeasure& m, const Profile& profile);
[[nodiscard]] DocumentLayout LayOut(const Recommendation& rec);
// The number of measures new in `year`, or the label for none.
[[nodiscard]] std::string YearCount(const DocumentLayout& layout, const DocLabels& labels,
                                    int year);

// The rule behind a cause, or nullptr when the cause points outside the engine's packs.
[[nodiscard]] const RuleInfo* RuleOf(const Recommendation& rec, const Cause& cause);
// The name of the system or staff group a for_each rule fired for; empty for other rules.
[[nodiscard]] std::string_view ItemName(const Recommendation& rec, const RuleInfo& rule,
                                        std::int32_t item);
// The catalogue entry of a planned measure, or nullptr when its index is out of range.
[[nodiscard]] const Measure* MeasureOf(const Recommendation& rec, const PlannedMeasure& m);

}  // namespace ailit::render

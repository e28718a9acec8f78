// A recommendation as the JSON of DESIGN.md §4, written straight into one buffer.
#include "ailit/render.h"
#include "ailit/version.h"
#include "render/json_writer.h"
#include "render/plan_labels.h"

namespace ailit {
namespace {

using render::JsonWriter;

const Measure& MeasureOf(const Recommendation& rec, const PlannedMeasure& m) {
  return rec.engine->measures().measures()[m.measure];
}

void WriteTargets(JsonWriter& w, const Recommendation& rec, const PlannedMeasure& m) {
  w.Key("targets");
  w.StartArray();
  for (std::uint32_t g : m.groups) w.String(rec.profile.staff_groups[g].id);
  if (m.customers) w.String("customers");
  if (m.service_providers) w.String("service_providers");
  w.EndArray();
  w.Key("systems");
  w.StartArray();
  for (std::uint32_t s : m.systems) w.String(rec.profile.ai_systems[s].id);
  w.EndArray();
}

// The item a for_each rule fired for, as {"system": id} or {"group": id}.
void WriteItem(JsonWriter& w, const Recommendation& rec, ForEach for_each, std::int32_t item) {
  if (item < 0) return;
  auto index = static_cast<std::size_t>(item);
  if (for_each == ForEach::kSystem) w.Field("system", rec.profile.ai_systems[index].id);
  if (for_each == ForEach::kStaffGroup) w.Field("group", rec.profile.staff_groups[index].id);
}

void WriteBecause(JsonWriter& w, const Recommendation& rec, const PlannedMeasure& m, Lang lang) {
  w.Key("because");
  w.StartArray();
  for (const Cause& c : m.because) {
    const LoadedPack& pack = rec.engine->packs()[c.pack];
    const RuleInfo& rule = pack.pack.rules()[c.rule];
    w.StartObject();
    w.Field("rule", rule.id);
    w.Field("pack", pack.pack.id());
    if (!rule.description.empty()) w.Field("description", rule.Description(lang == Lang::kNl));
    WriteItem(w, rec, rule.for_each, c.item);
    w.Key("facts");
    w.StartObject();
    for (const CauseFact& f : c.facts) {
      w.Key(f.fact);
      if (f.value == "undefined") {
        w.Raw("null");
      } else {
        w.Raw(f.value);
      }
    }
    w.EndObject();
    w.EndObject();
  }
  w.EndArray();
}

void WriteMeasure(JsonWriter& w, const Recommendation& rec, const PlannedMeasure& m, Lang lang,
                  std::size_t size) {
  const Measure& measure = MeasureOf(rec, m);
  w.StartObject();
  w.Field("id", measure.id);
  w.Field("version", std::int64_t{measure.version});
  w.Field("topic", measure.topic);
  if (measure.recurs) w.Field("recurs", true);
  w.Field("status", Name(m.status));
  w.Field("title", measure.title.In(lang));
  w.Field("description", measure.description.In(lang));
  if (!measure.how[size].empty()) w.Field("how", measure.how[size].In(lang));
  w.Field("priority", std::int64_t{m.priority});
  w.Field("year", std::int64_t{m.year});
  w.Field("step", Name(m.step));
  WriteTargets(w, rec, m);
  w.Field("effort", Name(m.effort));
  w.Field("origin", measure.origin);
  WriteBecause(w, rec, m, lang);
  w.Key("sources");
  w.StartArray();
  for (std::uint32_t s : measure.sources) {
    w.String(rec.engine->measures().sources()[s].text.In(lang));
  }
  w.EndArray();
  w.EndObject();
}

void WritePlan(JsonWriter& w, const Recommendation& rec, Lang lang) {
  w.Key("plan");
  w.StartArray();
  for (std::int32_t year = 1; year <= 3; ++year) {
    w.StartObject();
    w.Field("year", std::int64_t{year});
    w.Key("steps");
    w.StartArray();
    for (std::size_t s = 0; s < EnumCount<PlanStep>(); ++s) {
      auto step = static_cast<PlanStep>(s);
      w.StartObject();
      w.Field("step", Name(step));
      w.Key("measures");
      w.StartArray();
      // New measures of the year first, then those that recur from an earlier year.
      for (bool recurring : {false, true}) {
        for (const PlannedMeasure& m : rec.measures) {
          if (m.status != MeasureStatus::kPlanned || m.step != step) continue;
          const Measure& measure = MeasureOf(rec, m);
          if (recurring ? !(measure.recurs && m.year < year) : m.year != year) continue;
          w.StartObject();
          w.Field("id", measure.id);
          w.Field("title", measure.title.In(lang));
          w.Field("priority", std::int64_t{m.priority});
          if (recurring) w.Field("recurring", true);
          w.EndObject();
        }
      }
      w.EndArray();
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
}

void WriteEngine(JsonWriter& w, const Recommendation& rec, Lang lang) {
  const LegalBasis& basis = rec.engine->legal_basis();
  w.Key("legal_basis");
  w.StartObject();
  w.Field("act", basis.act.In(lang));
  w.Field("articles", basis.articles.In(lang));
  w.Field("text_of", basis.text_of);
  w.Field("applies_from", basis.applies_from);
  w.Field("note", basis.note.In(lang));
  w.EndObject();

  w.Key("engine");
  w.StartObject();
  w.Field("version", kVersion);
  w.Key("rule_packs");
  w.StartArray();
  for (const LoadedPack& p : rec.engine->packs()) {
    if (!render::UsedOrigin(rec, p.origin)) continue;
    w.StartObject();
    w.Field("id", p.pack.id());
    w.Field("version", p.pack.version());
    w.Field("origin", p.origin);
    w.EndObject();
  }
  w.EndArray();
  w.Key("measure_catalogues");
  w.StartArray();
  for (const MeasureCatalogue::FileInfo& f : rec.engine->measures().files()) {
    if (!render::UsedOrigin(rec, f.origin)) continue;
    w.StartObject();
    w.Field("id", f.id);
    w.Field("version", f.version);
    w.Field("origin", f.origin);
    w.EndObject();
  }
  w.EndArray();
  // Every plugin loaded, and whether it served this plan.
  w.Key("plugins");
  w.StartArray();
  const std::vector<PluginInfo>& plugins = rec.engine->plugins();
  for (std::size_t i = 0; i < plugins.size(); ++i) {
    w.StartObject();
    w.Field("id", plugins[i].id);
    w.Field("name", plugins[i].name);
    w.Field("version", plugins[i].version);
    w.Key("sectors");
    w.StartArray();
    for (const std::string& sector : plugins[i].sectors) w.String(sector);
    w.EndArray();
    // applied: its facts and rules shaped this plan; complete: and every call into it worked.
    bool serves = static_cast<std::int32_t>(i) == rec.plugin;
    w.Key("applied");
    w.Bool(serves && rec.plugin_complete);
    w.Key("complete");
    w.Bool(serves && rec.plugin_complete && rec.plugin_risk_complete);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

void WriteExplain(JsonWriter& w, const Recommendation& rec) {
  w.Key("explain");
  w.StartArray();
  for (const PackTrace& trace : rec.explain) {
    const RulePack& pack = rec.engine->packs()[trace.pack].pack;
    for (const RuleTrace& r : trace.rules) {
      const RuleInfo& rule = pack.rules()[r.rule];
      w.StartObject();
      w.Field("pack", pack.id());
      w.Field("rule", rule.id);
      WriteItem(w, rec, rule.for_each, r.item);
      w.Field("fired", r.fired);
      w.Key("conditions");
      w.StartArray();
      for (const ConditionTrace& c : r.conditions) {
        w.StartObject();
        w.Field("fact", c.fact);
        if (!c.path.empty()) w.Field("path", c.path);
        w.Field("operator", c.op);
        if (!c.value_fact.empty()) w.Field("value_fact", c.value_fact);
        // An undefined value has no JSON form: the member is left out.
        if (c.expected) {
          w.Key("expected");
          w.Raw(*c.expected);
        }
        if (c.actual) {
          w.Key("actual");
          w.Raw(*c.actual);
        }
        w.Field("result", c.result);
        w.Field("pointer", c.pointer);
        w.EndObject();
      }
      w.EndArray();
      w.EndObject();
    }
  }
  w.EndArray();
}

}  // namespace

std::string RecommendationToJson(const Recommendation& rec, Lang lang, JsonStyle style) {
  const Profile& p = rec.profile;
  auto size = static_cast<std::size_t>(SizeClassOf(p.organisation.employees));
  // About 3 KB per measure (its texts, sources and causes) and 25 KB for scores and the rest.
  JsonWriter w(style.pretty, (32u << 10) + rec.measures.size() * (4u << 10));
  w.StartObject();
  w.Field("decision_id", rec.decision_id);
  w.Field("lang", lang == Lang::kNl ? "nl" : "en");
  w.Key("organisation");
  w.StartObject();
  w.Field("name", p.organisation.name);
  w.Field("sector", p.organisation.sector);
  w.Field("employees", std::int64_t{p.organisation.employees});
  w.Field("size_class", EnumNames<SizeClass>::kNames[size]);
  w.EndObject();
  render::WriteScores(w, p, rec.scores, rec.engine->sectors(), lang);

  w.Key("preconditions");
  w.StartArray();
  for (const Precondition& c : rec.preconditions) {
    w.StartObject();
    w.Field("id", Name(c.id));
    w.Field("status", Name(c.status));
    w.Field("title", PreconditionTitle(c.id, lang));
    w.Field("measure", c.measure);
    w.EndObject();
  }
  w.EndArray();

  w.Key("measures");
  w.StartArray();
  for (const PlannedMeasure& m : rec.measures) WriteMeasure(w, rec, m, lang, size);
  w.EndArray();
  WritePlan(w, rec, lang);
  w.DiagnosticList("warnings", rec.diagnostics.warnings, lang == Lang::kNl);
  WriteEngine(w, rec, lang);
  if (!rec.explain.empty()) WriteExplain(w, rec);
  w.EndObject();
  return w.Take();
}

std::string RenderRecommendation(const Recommendation& rec, Format format, Lang lang,
                                 JsonStyle style) {
  switch (format) {
    case Format::kMarkdown:
      return RecommendationToMarkdown(rec, lang);
    case Format::kHtml:
      return RecommendationToHtml(rec, lang);
    case Format::kJson:
      break;
  }
  return RecommendationToJson(rec, lang, style);
}

}  // namespace ailit

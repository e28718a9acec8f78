#include "ailit/render.h"
#include "render/json_writer.h"

namespace ailit {
namespace {

void WriteFactors(render::JsonWriter& w, const std::vector<ScoreFactor>& factors,
                  const Profile& profile, const SectorRiskTable& sectors, Lang lang) {
  w.Key("factors");
  w.StartArray();
  for (const ScoreFactor& f : factors) {
    w.StartObject();
    w.Field("dimension", Name(f.dimension));
    w.Field("factor", Name(f.code));
    w.Field("points", std::int64_t{f.points});
    w.Field("reason", DescribeFactor(f, profile, sectors, lang));
    if (f.system >= 0) w.Field("system", profile.ai_systems[static_cast<size_t>(f.system)].id);
    w.EndObject();
  }
  w.EndArray();
}

}  // namespace

namespace render {

void WriteScores(JsonWriter& w, const Profile& profile, const Scores& scores,
                 const SectorRiskTable& sectors, Lang lang) {
  w.Key("scores");
  w.StartObject();
  w.Field("nature", std::int64_t{scores.nature});
  w.Field("severity", std::int64_t{scores.severity});
  w.Field("sector_risk", std::int64_t{scores.sector_risk});
  w.Field("overall", std::int64_t{scores.overall});
  w.Field("level", Name(scores.level));
  WriteFactors(w, scores.factors, profile, sectors, lang);

  w.Key("systems");
  w.StartArray();
  for (std::size_t i = 0; i < scores.systems.size(); ++i) {
    const SystemScore& s = scores.systems[i];
    w.StartObject();
    w.Field("id", profile.ai_systems[i].id);
    w.Field("nature", std::int64_t{s.nature});
    w.Field("severity", std::int64_t{s.severity});
    w.Field("risk", std::int64_t{s.risk});
    w.Field("level", Name(s.level));
    WriteFactors(w, s.factors, profile, sectors, lang);
    w.EndObject();
  }
  w.EndArray();

  w.Key("groups");
  w.StartArray();
  for (std::size_t i = 0; i < scores.groups.size(); ++i) {
    const GroupScore& g = scores.groups[i];
    w.StartObject();
    w.Field("id", profile.staff_groups[i].id);
    w.Field("required_level", std::int64_t{g.required_level});
    w.Field("current_level", std::int64_t{g.current_level});
    w.Field("gap", std::int64_t{g.gap});
    w.Field("required_level_name", LiteracyLevelName(g.required_level, lang));
    w.Field("current_level_name", LiteracyLevelName(g.current_level, lang));
    WriteFactors(w, g.factors, profile, sectors, lang);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

}  // namespace render

std::string ScoresToJson(const Profile& profile, const Scores& scores,
                         const SectorRiskTable& sectors, Lang lang, const Diagnostics& diagnostics,
                         JsonStyle style) {
  render::JsonWriter w(style.pretty);
  w.StartObject();
  render::WriteScores(w, profile, scores, sectors, lang);
  w.DiagnosticList("warnings", diagnostics.warnings, lang == Lang::kNl);
  w.EndObject();
  return w.Take();
}

std::string ValidationToJson(const Diagnostics& diagnostics, JsonStyle style) {
  render::JsonWriter w(style.pretty);
  w.StartObject();
  w.Field("valid", diagnostics.ok());
  w.DiagnosticList("errors", diagnostics.errors);
  w.DiagnosticList("warnings", diagnostics.warnings);
  w.EndObject();
  return w.Take();
}

std::string ErrorToJson(std::string_view summary, const Diagnostics& diagnostics, JsonStyle style) {
  render::JsonWriter w(style.pretty);
  w.StartObject();
  w.Field("error", summary);
  w.DiagnosticList("details", diagnostics.errors);
  w.EndObject();
  return w.Take();
}

}  // namespace ailit

// The plugin reports as JSON, for `ailit plugins list --json` and GET /v1/plugins.
#include "ailit/plugins.h"
#include "ailit/render.h"
#include "render/json_writer.h"

namespace ailit {

std::string PluginReportsToJson(const std::vector<PluginReport>& reports, JsonStyle style) {
  render::JsonWriter w(style.pretty);
  auto strings = [&](std::string_view key, const std::vector<std::string>& list) {
    w.Key(key);
    w.StartArray();
    for (const std::string& s : list) w.String(s);
    w.EndArray();
  };
  w.StartObject();
  w.Key("plugins");
  w.StartArray();
  for (const PluginReport& r : reports) {
    w.StartObject();
    w.Field("file", r.file);
    w.Field("id", r.info.id);
    w.Field("name", r.info.name);
    w.Field("version", r.info.version);
    strings("sectors", r.info.sectors);
    w.Field("abi", std::to_string(r.abi_major) + "." + std::to_string(r.abi_minor));
    w.Field("status", r.loaded() ? "loaded" : "refused");
    strings("problems", r.problems);
    strings("warnings", r.warnings);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return w.Take();
}

}  // namespace ailit

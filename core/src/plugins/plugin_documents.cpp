// Reads a plugin's facts.json and sector_risk.json, reporting every problem with file and JSON
// Pointer, like the core's own documents.
#include "plugins/plugin_documents.h"

#include <algorithm>

#include "json/bounded_reader.h"
#include "json/knowledge_reader.h"

namespace ailit {
namespace {

using json::Child;
using json::Reader;
using json::Str;

constexpr std::size_t kMaxDerivedFacts = 64;
constexpr std::size_t kMaxAdjustments = 64;  // one bit each in ailit_sector_risk
constexpr std::size_t kMaxNameChars = 64;

bool IsFactName(std::string_view name) {
  if (name.empty() || name.size() > kMaxNameChars) return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

// Parses `json` into `doc`; false (reported) when it is not one JSON object.
bool ParseObject(std::string_view text, const std::string& file, rapidjson::Document& doc,
                 Diagnostics& diagnostics) {
  if (auto error = json::ParseBounded(text, json::Limits{}, doc)) {
    diagnostics.Error(
        error->pointer,
        file + ": " + (error->pointer.empty() ? "" : error->pointer + ": ") + error->message);
    return false;
  }
  if (!doc.IsObject()) {
    diagnostics.Error("", file + ": the document must be a JSON object");
    return false;
  }
  return true;
}

void WarnUnknownMembers(Reader& r, const rapidjson::Value& object, const std::string& pointer,
                        std::initializer_list<std::string_view> known) {
  for (const auto& m : object.GetObject()) {
    std::string_view key = Str(m.name);
    if (std::find(known.begin(), known.end(), key) == known.end()) {
      r.Warning(Child(pointer, key), "unknown member \"" + std::string(key) + "\" is ignored");
    }
  }
}

std::optional<FactScope> ParseScope(std::string_view text) {
  if (text == "global") return FactScope::kGlobal;
  if (text == "system") return FactScope::kSystem;
  if (text == "staff_group") return FactScope::kGroup;
  return std::nullopt;
}

std::optional<DerivedType> ParseType(std::string_view text) {
  if (text == "boolean") return DerivedType::kBoolean;
  if (text == "number") return DerivedType::kNumber;
  if (text == "string") return DerivedType::kString;
  return std::nullopt;
}

void ReadReads(Reader& r, const rapidjson::Value& doc, PluginFacts& out) {
  const rapidjson::Value* reads = r.Member(doc, "reads");
  if (reads == nullptr) return;  // a plugin may derive from nothing but its sector
  if (!reads->IsArray()) {
    r.Error("/reads", "\"reads\" must be an array of core fact names");
    return;
  }
  for (rapidjson::SizeType i = 0; i < reads->Size(); ++i) {
    const rapidjson::Value& v = (*reads)[i];
    std::string here = Child("/reads", i);
    if (!v.IsString() || v.GetStringLength() == 0) {
      r.Error(here, "a read must be a core fact name, e.g. \"system.kind\"");
      continue;
    }
    std::string name(Str(v));
    if (std::find(out.reads.begin(), out.reads.end(), name) != out.reads.end()) {
      r.Error(here, "\"" + name + "\" is read twice; each fact is listed once");
      continue;
    }
    out.reads.push_back(std::move(name));
  }
}

void ReadDerives(Reader& r, const rapidjson::Value& doc, std::string_view plugin_id,
                 PluginFacts& out) {
  const rapidjson::Value* derives = r.Member(doc, "derives");
  if (derives == nullptr) return;
  if (!derives->IsArray() || derives->Size() > kMaxDerivedFacts) {
    r.Error("/derives", "\"derives\" must be an array of at most " +
                            std::to_string(kMaxDerivedFacts) + " fact declarations");
    return;
  }
  for (rapidjson::SizeType i = 0; i < derives->Size(); ++i) {
    const rapidjson::Value& v = (*derives)[i];
    std::string here = Child("/derives", i);
    if (!v.IsObject()) {
      r.Error(here, "a derived fact must be an object {\"name\", \"scope\", \"type\", ...}");
      continue;
    }
    DerivedFact fact;
    std::string name = r.Text(v, here, "name");
    if (!name.empty() && !IsFactName(name)) {
      r.Error(Child(here, "name"),
              "a derived fact's name is at most 64 characters of a-z, 0-9 "
              "and _ (the host prefixes it with the plugin id)");
    }
    fact.name = std::string(plugin_id) + "." + name;
    bool duplicate = std::any_of(out.derives.begin(), out.derives.end(),
                                 [&](const DerivedFact& d) { return d.name == fact.name; });
    if (!name.empty() && duplicate)
      r.Error(Child(here, "name"), "\"" + name + "\" is declared twice");
    std::string scope = r.Text(v, here, "scope");
    if (auto parsed = ParseScope(scope)) {
      fact.scope = *parsed;
    } else if (!scope.empty()) {
      r.Error(Child(here, "scope"), "\"scope\" must be \"global\", \"system\" or \"staff_group\"");
    }
    std::string type = r.Text(v, here, "type");
    if (auto parsed = ParseType(type)) {
      fact.type = *parsed;
    } else if (!type.empty()) {
      r.Error(Child(here, "type"), "\"type\" must be \"boolean\", \"number\" or \"string\"");
    }
    const rapidjson::Value* values = r.Member(v, "values");
    if (fact.type == DerivedType::kString) {
      if (values == nullptr || !values->IsArray() || values->Empty()) {
        r.Error(values ? Child(here, "values") : here,
                "a string fact lists its allowed \"values\" (a non-empty array of text)");
      } else {
        for (rapidjson::SizeType k = 0; k < values->Size(); ++k) {
          const rapidjson::Value& value = (*values)[k];
          if (!value.IsString() || value.GetStringLength() == 0) {
            r.Error(Child(Child(here, "values"), k), "a value must be non-empty text");
            continue;
          }
          fact.values.emplace_back(Str(value));
        }
      }
    } else if (values != nullptr) {
      r.Error(Child(here, "values"), "only a string fact has \"values\"");
    }
    fact.description = r.Local(v, here, "description", true);
    WarnUnknownMembers(r, v, here, {"name", "scope", "type", "values", "description"});
    out.derives.push_back(std::move(fact));
  }
}

}  // namespace

PluginFacts ParsePluginFacts(std::string_view text, const std::string& file,
                             std::string_view plugin_id, Diagnostics& diagnostics) {
  PluginFacts out;
  rapidjson::Document doc;
  if (!ParseObject(text, file, doc, diagnostics)) return out;
  Reader r(file, diagnostics);
  ReadReads(r, doc, out);
  ReadDerives(r, doc, plugin_id, out);
  WarnUnknownMembers(r, doc, "", {"reads", "derives"});
  return out;
}

std::vector<SectorRiskEntry> ParseSectorRisk(std::string_view text, const std::string& file,
                                             std::string_view plugin_id,
                                             const std::vector<std::string>& served,
                                             Diagnostics& diagnostics) {
  std::vector<SectorRiskEntry> out;
  rapidjson::Document doc;
  if (!ParseObject(text, file, doc, diagnostics)) return out;
  Reader r(file, diagnostics);
  const rapidjson::Value* sectors = r.Member(doc, "sectors");
  if (sectors == nullptr || !sectors->IsArray()) {
    r.Error(sectors ? "/sectors" : "",
            "\"sectors\" must be an array with one entry per sector "
            "the plugin serves");
    return out;
  }
  for (rapidjson::SizeType i = 0; i < sectors->Size(); ++i) {
    const rapidjson::Value& v = (*sectors)[i];
    std::string here = Child("/sectors", i);
    if (!v.IsObject()) {
      r.Error(here, "an entry must be an object {\"sector\", \"score\", \"reason\", ...}");
      continue;
    }
    SectorRiskEntry entry;
    entry.origin = "plugin:" + std::string(plugin_id);
    entry.sector = r.Text(v, here, "sector");
    if (!entry.sector.empty()) {
      if (std::find(served.begin(), served.end(), entry.sector) == served.end()) {
        r.Error(Child(here, "sector"),
                "\"" + entry.sector + "\" is not one of the sectors the plugin serves");
      }
      bool twice = std::any_of(out.begin(), out.end(),
                               [&](const SectorRiskEntry& e) { return e.sector == entry.sector; });
      if (twice) r.Error(Child(here, "sector"), "\"" + entry.sector + "\" has two entries");
    }
    entry.score = static_cast<std::int32_t>(r.Int(v, here, "score", 0, 100).value_or(0));
    LocalText reason = r.Local(v, here, "reason", true);
    entry.reason_en = std::move(reason.en);
    entry.reason_nl = std::move(reason.nl);
    if (const rapidjson::Value* list = r.Member(v, "adjustments")) {
      std::string at = Child(here, "adjustments");
      if (!list->IsArray() || list->Size() > kMaxAdjustments) {
        r.Error(at,
                "\"adjustments\" must be an array of at most 64 {\"id\", \"points\", "
                "\"reason\"}");
      } else {
        for (rapidjson::SizeType k = 0; k < list->Size(); ++k) {
          const rapidjson::Value& a = (*list)[k];
          std::string a_here = Child(at, k);
          if (!a.IsObject()) {
            r.Error(a_here, "an adjustment must be an object {\"id\", \"points\", \"reason\"}");
            continue;
          }
          SectorRiskAdjustment adjustment;
          adjustment.id = r.Text(a, a_here, "id");
          bool repeated = std::any_of(
              entry.adjustments.begin(), entry.adjustments.end(),
              [&](const SectorRiskAdjustment& other) { return other.id == adjustment.id; });
          if (!adjustment.id.empty() && repeated) {
            r.Error(Child(a_here, "id"), "adjustment \"" + adjustment.id + "\" is listed twice");
          }
          adjustment.points =
              static_cast<std::int32_t>(r.Int(a, a_here, "points", -100, 100).value_or(0));
          LocalText why = r.Local(a, a_here, "reason", true);
          adjustment.reason_en = std::move(why.en);
          adjustment.reason_nl = std::move(why.nl);
          WarnUnknownMembers(r, a, a_here, {"id", "points", "reason"});
          entry.adjustments.push_back(std::move(adjustment));
        }
      }
    }
    WarnUnknownMembers(r, v, here, {"sector", "score", "reason", "adjustments"});
    out.push_back(std::move(entry));
  }
  for (const std::string& sector : served) {
    bool present = std::any_of(out.begin(), out.end(),
                               [&](const SectorRiskEntry& e) { return e.sector == sector; });
    if (!present) r.Error("/sectors", "no entry for the served sector \"" + sector + "\"");
  }
  WarnUnknownMembers(r, doc, "", {"sectors"});
  return out;
}

}  // namespace ailit

// Reads and validates a measure catalogue file (docs/knowledge-base.md). Every problem is
// reported with the file and JSON Pointer, so a content author fixes them all in one pass.
#include <algorithm>
#include <string>

#include "ailit/measures.h"
#include "json/bounded_reader.h"
#include "json/knowledge_reader.h"

namespace ailit {
namespace {

constexpr std::size_t kMaxIdChars = 64;
constexpr std::size_t kMaxTitleChars = 120;

bool IsMeasureId(std::string_view id) {
  if (id.empty() || id.size() > kMaxIdChars) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
  });
}

using json::CharCount;
using json::Child;
using json::Reader;
using json::Str;

}  // namespace

Diagnostics MeasureCatalogue::Add(std::string_view json, std::string_view file_name,
                                  std::string_view origin) {
  Diagnostics d;
  Reader r(file_name, d);
  json::Limits limits;
  limits.max_bytes = 16u << 20;
  limits.max_array_items = 10000;
  limits.max_string_bytes = 64u << 10;
  rapidjson::Document doc;
  if (auto error = json::ParseBounded(json, limits, doc)) {
    r.Error(error->pointer, error->message);
    return d;
  }
  if (!doc.IsObject()) {
    r.Error(
        "",
        "a measure catalogue must be an object {\"id\", \"version\", \"sources\", \"measures\"}");
    return d;
  }
  std::string_view plugin_id;
  if (origin.starts_with("plugin:")) plugin_id = origin.substr(7);

  FileInfo info{r.Text(doc, "", "id"), r.Text(doc, "", "version"), std::string(file_name),
                std::string(origin)};

  // Sources first: measures refer to them by id, within this file or an earlier one.
  std::vector<Source> sources;
  std::unordered_map<std::string, std::uint32_t> new_source_index;
  if (const rapidjson::Value* list = r.Member(doc, "sources"); !list || !list->IsArray()) {
    r.Error(list ? "/sources" : "", "\"sources\" must be an array of {\"id\", \"en\", \"nl\"}");
  } else {
    for (rapidjson::SizeType i = 0; i < list->Size(); ++i) {
      std::string here = Child("/sources", i);
      const rapidjson::Value& v = (*list)[i];
      if (!v.IsObject()) {
        r.Error(here, "a source must be an object {\"id\", \"en\", \"nl\"}");
        continue;
      }
      Source s;
      s.id = r.Text(v, here, "id");
      if (!s.id.empty() && !IsMeasureId(s.id)) {
        r.Error(Child(here, "id"), "a source id is at most 64 characters of a-z, 0-9, _ . -");
      }
      s.text.en = r.Text(v, here, "en");
      s.text.nl = r.Text(v, here, "nl");
      if (s.id.empty()) continue;
      if (source_index_.contains(s.id) || new_source_index.contains(s.id)) {
        r.Error(Child(here, "id"), "duplicate source id \"" + s.id + "\"");
        continue;
      }
      new_source_index.emplace(s.id, static_cast<std::uint32_t>(sources_.size() + sources.size()));
      sources.push_back(std::move(s));
    }
  }

  std::vector<Measure> measures;
  std::unordered_map<std::string, std::uint32_t> new_measure_index;
  const rapidjson::Value* list = r.Member(doc, "measures");
  if (!list || !list->IsArray() || list->Empty()) {
    r.Error(list ? "/measures" : "", "\"measures\" must be a non-empty array of measures");
  } else {
    for (rapidjson::SizeType i = 0; i < list->Size(); ++i) {
      std::string here = Child("/measures", i);
      const rapidjson::Value& v = (*list)[i];
      if (!v.IsObject()) {
        r.Error(here, "a measure must be an object");
        continue;
      }
      Measure m;
      m.origin = std::string(origin);
      m.file = std::string(file_name);
      m.pointer = here;
      m.id = r.Text(v, here, "id");
      if (!m.id.empty() && !IsMeasureId(m.id)) {
        r.Error(Child(here, "id"), "a measure id is at most 64 characters of a-z, 0-9, _ . -");
      }
      if (auto n = r.Int(v, here, "version", 1, 1'000'000))
        m.version = static_cast<std::uint32_t>(*n);
      m.topic = r.Text(v, here, "topic");
      if (!m.topic.empty() && !IsKnownTopic(m.topic, plugin_id)) {
        r.Error(Child(here, "topic"),
                "unknown topic \"" + m.topic + "\" (docs/knowledge-base.md lists the topics" +
                    (plugin_id.empty() ? std::string(")")
                                       : "; this plugin may also use execute.sector." +
                                             std::string(plugin_id) + ")"));
      }
      if (const rapidjson::Value* s = r.Member(v, "step")) {
        if (auto step = r.Enum<PlanStep>(*s, Child(here, "step"))) m.step = *step;
      } else {
        r.Error(here, "missing \"step\"");
      }
      if (auto n = r.Int(v, here, "year", 1, 3)) m.year = static_cast<std::int32_t>(*n);
      if (auto n = r.Int(v, here, "priority", 0, 100)) m.priority = static_cast<std::int32_t>(*n);
      if (const rapidjson::Value* t = r.Member(v, "targets")) {
        if (!t->IsArray()) {
          r.Error(Child(here, "targets"), "\"targets\" must be an array of target names");
        } else {
          for (rapidjson::SizeType k = 0; k < t->Size(); ++k) {
            if ((*t)[k].IsString() && (*t)[k].GetStringLength() > 0) {
              m.targets.emplace_back(Str((*t)[k]));
            } else {
              r.Error(Child(Child(here, "targets"), k), "a target must be non-empty text");
            }
          }
        }
      }
      if (const rapidjson::Value* s = r.Member(v, "sizes")) {
        m.sizes = {false, false, false, false};
        if (!s->IsArray() || s->Empty()) {
          r.Error(Child(here, "sizes"),
                  "\"sizes\" must be a non-empty array of " + AllowedList<SizeClass>());
        } else {
          for (rapidjson::SizeType k = 0; k < s->Size(); ++k) {
            if (auto size = r.Enum<SizeClass>((*s)[k], Child(Child(here, "sizes"), k))) {
              m.sizes[static_cast<std::size_t>(*size)] = true;
            }
          }
        }
      }
      if (const rapidjson::Value* rec = r.Member(v, "recurs")) {
        if (rec->IsBool()) {
          m.recurs = rec->GetBool();
        } else {
          r.Error(Child(here, "recurs"), "\"recurs\" must be true or false");
        }
      }
      if (const rapidjson::Value* e = r.Member(v, "effort"); !e || !e->IsObject()) {
        r.Error(e ? Child(here, "effort") : here,
                "\"effort\" must give low, medium or high for each of " + AllowedList<SizeClass>());
      } else {
        for (std::size_t k = 0; k < EnumCount<SizeClass>(); ++k) {
          std::string_view size = EnumNames<SizeClass>::kNames[k];
          if (const rapidjson::Value* level = r.Member(*e, size)) {
            if (auto effort = r.Enum<Effort>(*level, Child(Child(here, "effort"), size)))
              m.effort[k] = *effort;
          } else {
            r.Error(Child(here, "effort"), "missing the effort for \"" + std::string(size) + "\"");
          }
        }
      }
      m.title = r.Local(v, here, "title", true, kMaxTitleChars);
      m.description = r.Local(v, here, "description", true);
      if (const rapidjson::Value* how = r.Member(v, "how")) {
        if (!how->IsObject()) {
          r.Error(Child(here, "how"), "\"how\" must be an object per size class");
        } else {
          for (const auto& entry : how->GetObject()) {
            std::string at = Child(Child(here, "how"), Str(entry.name));
            std::optional<SizeClass> size = ParseEnum<SizeClass>(Str(entry.name));
            if (!size) {
              r.Error(at, "unknown size class (allowed: " + AllowedList<SizeClass>() + ")");
            } else if (!entry.value.IsObject()) {
              r.Error(at, "must be an object {\"en\": ..., \"nl\": ...}");
            } else {
              m.how[static_cast<std::size_t>(*size)] = r.LocalIn(entry.value, at, 0);
            }
          }
        }
      }
      if (const rapidjson::Value* s = r.Member(v, "sources"); !s || !s->IsArray() || s->Empty()) {
        r.Error(s ? Child(here, "sources") : here,
                "\"sources\" must be a non-empty array of source ids");
      } else {
        for (rapidjson::SizeType k = 0; k < s->Size(); ++k) {
          std::string at = Child(Child(here, "sources"), k);
          if (!(*s)[k].IsString()) {
            r.Error(at, "a source must be a source id");
            continue;
          }
          std::string id(Str((*s)[k]));
          if (auto it = new_source_index.find(id); it != new_source_index.end()) {
            m.sources.push_back(it->second);
          } else if (auto old = source_index_.find(id); old != source_index_.end()) {
            m.sources.push_back(old->second);
          } else {
            r.Error(at, "unknown source \"" + id + "\"");
          }
        }
      }
      static constexpr std::string_view kKnown[] = {
          "id",    "version", "topic", "step",        "year", "priority", "targets",
          "sizes", "effort",  "title", "description", "how",  "sources",  "recurs"};
      for (const auto& member : v.GetObject()) {
        std::string_view k = Str(member.name);
        if (std::find(std::begin(kKnown), std::end(kKnown), k) == std::end(kKnown)) {
          r.Warning(Child(here, k), "unknown field \"" + std::string(k) + "\" is ignored");
        }
      }
      if (m.id.empty()) continue;
      if (measure_index_.contains(m.id)) {
        const Measure& first = measures_[measure_index_.at(m.id)];
        r.Error(Child(here, "id"), "duplicate measure id \"" + m.id + "\" (already defined by " +
                                       first.origin + " in " + first.file + " at " + first.pointer +
                                       ")");
        continue;
      }
      if (auto it = new_measure_index.find(m.id); it != new_measure_index.end()) {
        r.Error(Child(here, "id"), "duplicate measure id \"" + m.id + "\" (first at " +
                                       measures[it->second - measures_.size()].pointer + ")");
        continue;
      }
      new_measure_index.emplace(m.id,
                                static_cast<std::uint32_t>(measures_.size() + measures.size()));
      measures.push_back(std::move(m));
    }
  }
  for (const auto& member : doc.GetObject()) {
    std::string_view k = Str(member.name);
    if (k != "id" && k != "version" && k != "sources" && k != "measures") {
      r.Warning(Child("", k), "unknown field \"" + std::string(k) + "\" is ignored");
    }
  }
  if (!d.ok()) return d;

  for (Source& s : sources) sources_.push_back(std::move(s));
  source_index_.merge(new_source_index);
  for (Measure& m : measures) measures_.push_back(std::move(m));
  measure_index_.merge(new_measure_index);
  files_.push_back(std::move(info));
  return d;
}

const Measure* MeasureCatalogue::Find(std::string_view id) const {
  std::optional<std::uint32_t> index = IndexOf(id);
  return index ? &measures_[*index] : nullptr;
}

std::optional<std::uint32_t> MeasureCatalogue::IndexOf(std::string_view id) const {
  auto it = measure_index_.find(std::string(id));
  if (it == measure_index_.end()) return std::nullopt;
  return it->second;
}

}  // namespace ailit

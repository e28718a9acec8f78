// Fills a FactTable from one JSON object (an NDJSON line): members become facts, `path`
// accesses are resolved now so evaluation never reads inside an object.
#include <limits>
#include <stdexcept>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "json/bounded_reader.h"
#include "rules/internal/pack_ast.h"
#include "rules/internal/state.h"

namespace ailit {
namespace internal {

struct LoaderState {
  struct Entry {
    std::optional<FactSlot> plain;        // slot of the fact itself, if a rule reads it whole
    std::vector<std::uint32_t> accesses;  // indexes into CatalogueState::path_accesses
  };

  const CatalogueState* catalogue = nullptr;  // stays put when the FactCatalogue moves
  std::unordered_map<std::string_view, Entry> by_name;
  std::size_t built_for = std::numeric_limits<std::size_t>::max();

  // Parse memory reused from line to line: the document's pool starts in this buffer, so a small
  // line allocates only the reader's own stacks.
  static constexpr std::size_t kBufferBytes = 64 * 1024;
  std::unique_ptr<char[]> buffer = std::make_unique<char[]>(kBufferBytes);
  rapidjson::MemoryPoolAllocator<> allocator{buffer.get(), kBufferBytes};
  rapidjson::Document doc{&allocator};
  rapidjson::StringBuffer object_text;

  // Packs compiled after the loader was made add facts; pick them up.
  void Refresh() {
    const CatalogueState& c = *catalogue;
    if (built_for == c.sizes[0]) return;
    by_name.clear();
    for (const auto& [name, info] : c.facts) {
      if (info.scope == FactScope::kGlobal) by_name[name].plain = info.slot;
    }
    for (std::size_t i = 0; i < c.path_accesses.size(); ++i) {
      by_name[c.path_accesses[i].fact].accesses.push_back(static_cast<std::uint32_t>(i));
    }
    built_for = c.sizes[0];
  }

  FactValue Convert(const rapidjson::Value& v, TableState& t) {
    switch (v.GetType()) {
      case rapidjson::kNullType:
        return FactValue::Null();
      case rapidjson::kFalseType:
      case rapidjson::kTrueType:
        return FactValue::Bool(v.GetBool());
      case rapidjson::kNumberType:
        return FactValue::Number(v.GetDouble());
      case rapidjson::kStringType:
        return Text({v.GetString(), v.GetStringLength()}, t);
      case rapidjson::kArrayType: {
        FactValue* items = t.items.Allocate(v.Size());
        for (rapidjson::SizeType i = 0; i < v.Size(); ++i) items[i] = Convert(v[i], t);
        // The node's address is the array's identity, so two paths reaching it see one array.
        return FactValue::Array(items, v.Size(), &v);
      }
      case rapidjson::kObjectType: {
        object_text.Clear();
        rapidjson::Writer<rapidjson::StringBuffer> writer(object_text);
        v.Accept(writer);
        const char* copy = t.chars.Copy(object_text.GetString(), object_text.GetSize());
        return FactValue::Object({copy, object_text.GetSize()}, &v);
      }
    }
    return FactValue();
  }

  // Path results converted during this Load, by node: many paths can end at the same node (a
  // path on a text fact gives the fact itself), and converting it again for each would copy it
  // again into the table, letting a hostile pack multiply one line's memory.
  std::unordered_map<const rapidjson::Value*, FactValue> converted;

  FactValue ConvertOnce(const rapidjson::Value& v, TableState& t) {
    auto [it, inserted] = converted.try_emplace(&v);
    if (inserted) it->second = Convert(v, t);
    return it->second;
  }

  FactValue Text(std::string_view text, TableState& t) {
    const char* copy = t.chars.Copy(text.data(), text.size());
    return FactValue::String({copy, text.size()}, FindSymbolIn(*catalogue, text));
  }
};

}  // namespace internal

JsonFactLoader::JsonFactLoader(const FactCatalogue& catalogue)
    : state_(std::make_unique<internal::LoaderState>()) {
  if (!catalogue.is_open()) {
    throw std::invalid_argument("JsonFactLoader needs an open fact catalogue");
  }
  state_->catalogue = &internal::Access::State(catalogue);
}
JsonFactLoader::JsonFactLoader(JsonFactLoader&&) noexcept = default;
JsonFactLoader& JsonFactLoader::operator=(JsonFactLoader&&) noexcept = default;
JsonFactLoader::~JsonFactLoader() = default;

Diagnostics JsonFactLoader::Load(std::string_view json, FactTable& table) {
  internal::LoaderState& s = *state_;
  internal::TableState& t = internal::Access::State(table);
  if (t.catalogue_id != s.catalogue->id) {
    throw std::invalid_argument("JsonFactLoader: the table belongs to another fact catalogue");
  }
  s.Refresh();
  table.Reset();
  Diagnostics diagnostics;
  s.doc.SetNull();
  s.allocator.Clear();
  rapidjson::Document& doc = s.doc;
  if (auto error = json::ParseBounded(json, json::Limits{}, doc)) {
    diagnostics.Error(error->pointer, error->message);
    return diagnostics;
  }
  if (!doc.IsObject()) {
    diagnostics.Error("", "a fact set must be a JSON object ({\"fact\": value, ...}), not " +
                              std::string(internal::JsonTypeName(doc)));
    return diagnostics;
  }
  const internal::CatalogueState& c = *s.catalogue;
  s.converted.clear();
  for (const auto& member : doc.GetObject()) {
    auto it = s.by_name.find({member.name.GetString(), member.name.GetStringLength()});
    if (it == s.by_name.end()) continue;
    const internal::LoaderState::Entry& entry = it->second;
    if (entry.plain) {
      t.values[*entry.plain] =
          entry.accesses.empty() ? s.Convert(member.value, t) : s.ConvertOnce(member.value, t);
    }
    for (std::uint32_t a : entry.accesses) {
      const internal::PathAccess& access = c.path_accesses[a];
      internal::JsonPathResult r = internal::WalkJson(member.value, access.steps);
      FactValue value;
      switch (r.kind) {
        case internal::JsonPathResult::Kind::kUndefined:
          break;
        case internal::JsonPathResult::Kind::kNode:
          value = s.ConvertOnce(*r.node, t);
          break;
        case internal::JsonPathResult::Kind::kNumber:
          value = FactValue::Number(r.number);
          break;
        case internal::JsonPathResult::Kind::kText:
          value = s.Text(r.text, t);
          break;
      }
      t.values[access.slot] = value;
    }
  }
  return diagnostics;
}

}  // namespace ailit

#include "engine/legal_basis.h"

#include <string>

#include "json/bounded_reader.h"

namespace ailit::internal {
namespace {

bool IsDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

}  // namespace

std::optional<LegalBasis> ParseLegalBasis(std::string_view json, std::string_view file,
                                          Diagnostics& diagnostics) {
  const std::string base = "/legal_basis";
  auto error = [&](const std::string& pointer, const std::string& message) {
    diagnostics.Error(pointer, std::string(file) + ": " + pointer + ": " + message);
  };
  rapidjson::Document doc;
  if (json::ParseBounded(json, json::Limits{}, doc) || !doc.IsObject()) {
    error(base,
          "must be an object {\"act\", \"articles\", \"text_of\", \"applies_from\", \"note\"}");
    return std::nullopt;
  }
  bool ok = true;
  auto text = [&](const rapidjson::Value& object, const std::string& at, const char* key) {
    auto it = object.FindMember(key);
    if (it == object.MemberEnd() || !it->value.IsString() || it->value.GetStringLength() == 0) {
      error(at + "/" + key, std::string("\"") + key + "\" must be non-empty text");
      ok = false;
      return std::string();
    }
    return std::string(it->value.GetString(), it->value.GetStringLength());
  };
  // Text in one language for both, or {"en": ..., "nl": ...}.
  auto local = [&](const char* key) {
    LocalText out;
    auto it = doc.FindMember(key);
    if (it != doc.MemberEnd() && it->value.IsObject()) {
      out.en = text(it->value, base + "/" + key, "en");
      out.nl = text(it->value, base + "/" + key, "nl");
    } else {
      out.en = text(doc, base, key);
      out.nl = out.en;
    }
    return out;
  };
  LegalBasis basis;
  basis.act = local("act");
  basis.articles = local("articles");
  basis.text_of = text(doc, base, "text_of");
  basis.applies_from = text(doc, base, "applies_from");
  for (auto [key, value] :
       {std::pair{"text_of", &basis.text_of}, std::pair{"applies_from", &basis.applies_from}}) {
    if (!value->empty() && !IsDate(*value)) {
      error(base + "/" + key, "must be a date YYYY-MM-DD");
      ok = false;
    }
  }
  auto note = doc.FindMember("note");
  if (note == doc.MemberEnd() || !note->value.IsObject()) {
    error(base + "/note", "\"note\" must be an object {\"en\": ..., \"nl\": ...}");
    ok = false;
  } else {
    basis.note.en = text(note->value, base + "/note", "en");
    basis.note.nl = text(note->value, base + "/note", "nl");
  }
  if (!ok) return std::nullopt;
  return basis;
}

}  // namespace ailit::internal

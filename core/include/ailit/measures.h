// ailit/measures.h — the measure catalogue: what each measure is, in Dutch and English.
//
// Rules decide *when* a measure is needed (ailit/rules.h); the catalogue says *what* it is: its
// topic, its step in the AP's cycle, its default year, priority and targets, the effort it takes
// at each organisation size, its texts in nl and en and the sources it rests on. The format is
// docs/knowledge-base.md.
//
//   ailit::MeasureCatalogue catalogue;
//   ailit::Diagnostics d = catalogue.Add(json_text, "measures.json", "core");
//   if (!d.ok()) return report(d.errors);
//   const ailit::Measure* m = catalogue.Find("execute.human-oversight");
//   std::cout << m->title.In(ailit::Lang::kNl);
//
// Ownership: a plain value. Thread safety: Add must not run concurrently with anything else;
// after that every const method is safe from any number of threads.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ailit/diagnostic.h"
#include "ailit/enums.h"
#include "ailit/scores.h"

namespace ailit {

// One text in both languages.
struct LocalText {
  std::string en;
  std::string nl;
  [[nodiscard]] const std::string& In(Lang lang) const { return lang == Lang::kNl ? nl : en; }
  [[nodiscard]] bool empty() const { return en.empty() && nl.empty(); }
};

struct Source {
  std::string id;
  LocalText text;  // names the source and says briefly what it says
};

struct Measure {
  std::string id;
  std::uint32_t version = 1;
  std::string topic;  // DESIGN.md §4 vocabulary, or execute.sector.<plugin-id>
  PlanStep step = PlanStep::kExecute;
  std::int32_t year = 1;             // 1-3
  std::int32_t priority = 50;        // 0-100, before the plan adjusts it
  std::vector<std::string> targets;  // default target tokens (docs/knowledge-base.md)
  std::array<bool, 4> sizes{true, true, true, true};  // planned for this SizeClass
  bool recurs = false;             // repeated every plan year after its own (the AP's yearly cycle)
  std::array<Effort, 4> effort{};  // per SizeClass
  LocalText title;
  LocalText description;
  std::array<LocalText, 4> how;        // per SizeClass; empty when the catalogue gives none
  std::vector<std::uint32_t> sources;  // indexes into MeasureCatalogue::sources()
  std::string origin;                  // "core" or "plugin:<id>"
  std::string file;                    // the catalogue file it came from, for messages
  std::string pointer;                 // its JSON Pointer in that file
};

// True for the topics of DESIGN.md §4 and for "execute.sector.<plugin_id>" when `plugin_id` is
// not empty.
[[nodiscard]] bool IsKnownTopic(std::string_view topic, std::string_view plugin_id = {});
// The fixed topic vocabulary, in DESIGN.md §4 order.
[[nodiscard]] std::span<const std::string_view> CoreTopics();

class MeasureCatalogue {
 public:
  // Validates one catalogue file and, when it has no errors, adds its sources and measures.
  // Every problem is reported at once, each naming `file_name` and a JSON Pointer; a measure or
  // source id already present (from an earlier file) is an error. `origin` is "core" or
  // "plugin:<id>"; a plugin may use topics execute.sector.<id>. On errors nothing is added.
  [[nodiscard]] Diagnostics Add(std::string_view json, std::string_view file_name,
                                std::string_view origin);

  [[nodiscard]] const Measure* Find(std::string_view id) const;
  [[nodiscard]] std::optional<std::uint32_t> IndexOf(std::string_view id) const;
  [[nodiscard]] std::span<const Measure> measures() const { return measures_; }
  [[nodiscard]] std::span<const Source> sources() const { return sources_; }

  // The catalogues added, in order: their "id" and "version".
  struct FileInfo {
    std::string id;
    std::string version;
    std::string file;
    std::string origin;
  };
  [[nodiscard]] std::span<const FileInfo> files() const { return files_; }

 private:
  std::vector<Measure> measures_;
  std::vector<Source> sources_;
  std::vector<FileInfo> files_;
  std::unordered_map<std::string, std::uint32_t> measure_index_;
  std::unordered_map<std::string, std::uint32_t> source_index_;
};

}  // namespace ailit

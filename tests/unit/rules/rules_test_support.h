// Helpers for the rules tests: compile a pack against an open catalogue and ask which rules fire
// for a JSON fact set, the way `ailit rules eval` does.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "ailit/facts.h"
#include "ailit/rules.h"

namespace ailit::testing {

class OpenPack {
 public:
  explicit OpenPack(std::string_view json, std::string_view file = "test.json") {
    RulePackResult r = CompileRulePack(json, file, catalogue_);
    diagnostics_ = r.diagnostics;
    pack_ = std::move(r.pack);
  }
  bool ok() const { return pack_.has_value(); }
  const Diagnostics& diagnostics() const { return diagnostics_; }
  const RulePack& pack() const { return *pack_; }
  FactCatalogue& catalogue() { return catalogue_; }

  // Ids of the rules that fire on `facts`, in pack order.
  std::vector<std::string> Fired(std::string_view facts) {
    EXPECT_TRUE(ok()) << Errors();
    if (!ok()) return {};
    JsonFactLoader loader(catalogue_);
    FactTable table(catalogue_);
    Diagnostics loaded = loader.Load(facts, table);
    EXPECT_TRUE(loaded.ok()) << facts;
    std::vector<Firing> fired;
    pack_->Evaluate(table, fired);
    std::vector<std::string> ids;
    for (const Firing& f : fired) ids.push_back(pack_->rules()[f.rule].id);
    return ids;
  }

  std::string Errors() const {
    std::string out;
    for (const Diagnostic& e : diagnostics_.errors) out += e.message + "\n";
    return out;
  }

 private:
  FactCatalogue catalogue_ = FactCatalogue::Open();
  std::optional<RulePack> pack_;
  Diagnostics diagnostics_;
};

// Whether the single condition `leaf` (JSON) holds for `facts` (JSON object).
inline bool Holds(std::string_view leaf, std::string_view facts) {
  OpenPack pack(R"([{"name": "r", "conditions": {"all": [)" + std::string(leaf) + "]}}]");
  return pack.Fired(facts) == std::vector<std::string>{"r"};
}

// The messages of all errors, one per line, for EXPECT_THAT(..., HasSubstr()).
inline std::string ErrorText(const Diagnostics& d) {
  std::string out;
  for (const Diagnostic& e : d.errors) out += e.pointer + " | " + e.message + "\n";
  return out;
}

}  // namespace ailit::testing

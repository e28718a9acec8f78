// libFuzzer target: the rule-pack loader and compiler (core/src/rules/), which reads packs that
// sector associations write. A pack it compiles is also evaluated on an empty table and traced,
// so what the compiler accepts the evaluator must handle.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "ailit/facts.h"
#include "ailit/profile_facts.h"
#include "ailit/rules.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // Fresh each time: compiling interns the pack's strings into the catalogue, which would grow
  // over millions of inputs and make runs depend on each other.
  ailit::ProfileFacts facts;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  ailit::RulePackResult compiled = ailit::CompileRulePack(text, "fuzz.json", facts.catalogue());
  if (!compiled.ok()) {
    if (compiled.diagnostics.errors.empty()) __builtin_trap();  // refused without saying why
    return 0;
  }
  ailit::FactTable table(facts.catalogue());
  std::vector<ailit::Firing> firings;
  compiled.pack->Evaluate(table, firings);
  (void)compiled.pack->Trace(table);
  return 0;
}

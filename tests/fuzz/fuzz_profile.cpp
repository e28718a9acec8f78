// libFuzzer target: the profile parser and validator (core/src/profile/), the door every request
// and batch line comes through. Any input must give either a profile or errors, and a profile it
// accepts must survive the rest of the pipeline.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ailit/profile.h"
#include "ailit/scores.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  ailit::ProfileResult result = ailit::ParseProfile(text);
  if (result.ok()) {
    if (!result.diagnostics.errors.empty()) __builtin_trap();  // accepted with errors
    (void)ailit::ScoreProfile(*result.profile, ailit::SectorRiskTable::CoreDefaults());
  } else if (result.diagnostics.errors.empty()) {
    __builtin_trap();  // refused without saying why
  }
  return 0;
}

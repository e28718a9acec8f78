// Reads a pack's "legal_basis": which legal text, of which date, the pack encodes.
#pragma once

#include <optional>
#include <string_view>

#include "ailit/diagnostic.h"
#include "ailit/engine.h"

namespace ailit::internal {

// `json` is the member's JSON text; problems are reported naming `file` and /legal_basis/...
[[nodiscard]] std::optional<LegalBasis> ParseLegalBasis(std::string_view json,
                                                        std::string_view file,
                                                        Diagnostics& diagnostics);

}  // namespace ailit::internal

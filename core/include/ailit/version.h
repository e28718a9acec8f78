// ailit/version.h — the engine's version, as printed by `ailit version` and named in output.
#pragma once

namespace ailit {

inline constexpr const char* kVersion = "0.1.0";

}  // namespace ailit

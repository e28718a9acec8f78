// Nature, severity and risk of one AI system.
#pragma once

#include "ailit/profile.h"
#include "ailit/scores.h"

namespace ailit::scoring {

SystemScore ScoreSystem(const AiSystem& system, std::int32_t index);

}  // namespace ailit::scoring

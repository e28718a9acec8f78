// Builds the engine every recommending command uses, once per process.
#pragma once

#include <iosfwd>
#include <memory>

#include "ailit/engine.h"

namespace ailit::cli {

// The engine from the core knowledge base. On failure (a broken knowledge base is a defect of
// this build, not of the user's input) writes every problem to `err` and returns nullptr.
std::shared_ptr<const Engine> LoadEngine(std::ostream& err);

}  // namespace ailit::cli

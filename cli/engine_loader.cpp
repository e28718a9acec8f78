#include "engine_loader.h"

#include <ostream>

namespace ailit::cli {

std::shared_ptr<const Engine> LoadEngine(std::ostream& err) {
  EngineResult built = Engine::Create(CoreKnowledge());
  for (const Diagnostic& d : built.diagnostics.errors)
    err << "ailit: knowledge base: " << d.message << "\n";
  for (const Diagnostic& d : built.diagnostics.warnings) {
    err << "ailit: knowledge base: warning: " << d.message << "\n";
  }
  return built.engine;
}

}  // namespace ailit::cli

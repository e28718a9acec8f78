// ailit/diagnostic.h — the one error type of the engine.
//
// Every stage that reads outside input (a profile, a rule pack, a fact set) reports what is wrong
// as Diagnostics: errors that stop the stage and warnings that do not. Each entry names where in
// the input it applies as an RFC 6901 JSON Pointer ("" is the whole document) and says what is
// wrong in words a policy officer understands.
//
//   ailit::Diagnostics d;
//   d.Error("/organisation/employees", "must be a whole number from 1 to 10,000,000");
//   if (!d.ok()) { for (const auto& e : d.errors) std::cerr << e.pointer << ": " << e.message; }
//
// Plain value type; not thread-safe to mutate concurrently, safe to copy and read anywhere.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ailit {

struct Diagnostic {
  std::string pointer;          // RFC 6901 JSON Pointer into the input; "" for the whole document
  std::string message;          // one sentence, no trailing period needed
  std::string message_nl = {};  // the same in Dutch, where the producer writes one (plan warnings)

  // The Dutch message when asked for and present, else the English one.
  [[nodiscard]] const std::string& Message(bool dutch) const {
    return dutch && !message_nl.empty() ? message_nl : message;
  }
};

struct Diagnostics {
  std::vector<Diagnostic> errors;
  std::vector<Diagnostic> warnings;

  [[nodiscard]] bool ok() const { return errors.empty(); }
  void Error(std::string pointer, std::string message) {
    errors.push_back({std::move(pointer), std::move(message)});
  }
  void Warning(std::string pointer, std::string message, std::string message_nl = {}) {
    warnings.push_back({std::move(pointer), std::move(message), std::move(message_nl)});
  }
};

// Escapes one reference token for use in a JSON Pointer ("~" -> "~0", "/" -> "~1").
std::string EscapePointerToken(std::string_view token);

}  // namespace ailit

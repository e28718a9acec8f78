// ailit/plugin.hpp — header-only C++ helpers over the C plugin ABI (ailit/plugin.h).
//
// They let a plugin author write ordinary C++ — exceptions, std::string_view — while the
// boundary stays C: every function handed to the host catches everything and turns it into a
// status and a message.
//
//   enum Read : std::uint32_t { kSystemKind };        // order of "reads" in facts.json
//   enum Derive : std::uint32_t { kClinicalDevice };  // order of "derives"
//
//   std::uint64_t SectorRisk(const ailit::sdk::Request& r) { return 0; }
//   void DeriveFacts(ailit::sdk::Request& r) {
//     for (std::uint32_t s = 0; s < r.systems(); ++s)
//       r.Set(kClinicalDevice, s, r.String(kSystemKind, s) == "clinical");
//   }
//   constexpr const char* kSectors[] = {"hospital"};
//   AILIT_PLUGIN_EXPORT const ailit_plugin* ailit_plugin_entry(void) noexcept {
//     static const ailit_plugin plugin = ailit::sdk::MakePlugin<&SectorRisk, &DeriveFacts>(
//         "org.example.hospital", "Hospitals", "1.0.0", kSectors);
//     return &plugin;
//   }
//
// The documents come from AilitPluginDocuments(), which ailit_add_plugin(... KNOWLEDGE_DIR ...)
// generates from the plugin's four JSON files (without KNOWLEDGE_DIR, the author defines it).
#pragma once

#include <atomic>
#include <cstdint>
#include <cstring>
#include <exception>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>

#include "ailit/plugin.h"

namespace ailit::sdk {

// The four documents a plugin serves (docs/plugins.md).
struct Documents {
  std::string_view rules;
  std::string_view measures;
  std::string_view sector_risk;
  std::string_view facts;
};

// A call into the host that did not succeed (a wrong index, a value the declaration refuses).
class HostError : public std::runtime_error {
 public:
  HostError(ailit_status status, const std::string& what)
      : std::runtime_error(what), status_(status) {}
  [[nodiscard]] ailit_status status() const { return status_; }

 private:
  ailit_status status_;
};

inline void WriteMessage(ailit_message* message, std::string_view text) noexcept {
  if (message == nullptr || message->data == nullptr) return;
  std::size_t n = text.size() < message->capacity ? text.size() : message->capacity;
  std::memcpy(message->data, text.data(), n);
  message->size = n;
}

// Runs `body`, turning any exception into AILIT_ERROR with its message.
template <typename Body>
ailit_status Guard(ailit_message* error, Body&& body) noexcept {
  try {
    body();
    return AILIT_OK;
  } catch (const HostError& e) {
    WriteMessage(error, e.what());
    return e.status();
  } catch (const std::exception& e) {
    WriteMessage(error, e.what());
    return AILIT_ERROR;
  } catch (...) {
    WriteMessage(error, "unknown exception");
    return AILIT_ERROR;
  }
}

// Logging through the host. The host hands every load of one library file the same callbacks,
// so the library keeps them until its last load shuts down.
class Log {
 public:
  static void Debug(std::string_view m) noexcept { Write(AILIT_LOG_DEBUG, m); }
  static void Info(std::string_view m) noexcept { Write(AILIT_LOG_INFO, m); }
  static void Warning(std::string_view m) noexcept { Write(AILIT_LOG_WARNING, m); }
  static void Error(std::string_view m) noexcept { Write(AILIT_LOG_ERROR, m); }

  static void Attach(const ailit_host* host) noexcept {
    ++State().loads;
    State().host.store(host);
  }
  static void Detach() noexcept {
    if (--State().loads == 0) State().host.store(nullptr);
  }

 private:
  struct Shared {
    std::atomic<const ailit_host*> host{nullptr};
    std::atomic<int> loads{0};
  };
  static Shared& State() noexcept {
    static Shared state;
    return state;
  }
  static void Write(std::int32_t level, std::string_view m) noexcept {
    const ailit_host* host = State().host.load();
    if (host != nullptr && host->log != nullptr)
      host->log(host->context, level, m.data(), m.size());
  }
};

// One request: read the core facts declared in "reads", set the facts declared in "derives".
// Every accessor throws HostError when the host refuses (a wrong index, item or value).
class Request {
 public:
  explicit Request(const ailit_request* request) : r_(request) {}

  [[nodiscard]] std::uint32_t systems() const { return r_->systems; }
  [[nodiscard]] std::uint32_t groups() const { return r_->groups; }
  [[nodiscard]] std::string_view sector() const { return {r_->sector.data, r_->sector.size}; }

  [[nodiscard]] ailit_value Read(std::uint32_t fact, std::uint32_t item = 0) const {
    ailit_value v{};
    Check(r_->read(r_, fact, item, &v), "read", fact);
    return v;
  }
  // False when the fact is not a true boolean (undefined included).
  [[nodiscard]] bool Bool(std::uint32_t fact, std::uint32_t item = 0) const {
    ailit_value v = Read(fact, item);
    return v.kind == AILIT_VALUE_BOOL && v.number != 0;
  }
  // `fallback` when the fact is not a number.
  [[nodiscard]] double Number(std::uint32_t fact, std::uint32_t item = 0,
                              double fallback = 0) const {
    ailit_value v = Read(fact, item);
    return v.kind == AILIT_VALUE_NUMBER ? v.number : fallback;
  }
  // Empty when the fact is not a string. Valid while the current call (SectorRisk or
  // DeriveFacts) runs: copy what must outlive it.
  [[nodiscard]] std::string_view String(std::uint32_t fact, std::uint32_t item = 0) const {
    ailit_value v = Read(fact, item);
    return v.kind == AILIT_VALUE_STRING ? std::string_view(v.text, v.size) : std::string_view();
  }
  // True when the fact is a list holding the string `value`.
  [[nodiscard]] bool Contains(std::uint32_t fact, std::uint32_t item,
                              std::string_view value) const {
    ailit_value list = Read(fact, item);
    if (list.kind != AILIT_VALUE_LIST) return false;
    for (std::uint32_t i = 0; i < list.count; ++i) {
      ailit_value v{};
      Check(r_->read_item(r_, fact, item, i, &v), "read_item", fact);
      if (v.kind == AILIT_VALUE_STRING && std::string_view(v.text, v.size) == value) return true;
    }
    return false;
  }

  void Set(std::uint32_t fact, std::uint32_t item, bool value) const {
    Check(r_->set_bool(r_, fact, item, value ? 1 : 0), "set_bool", fact);
  }
  void Set(std::uint32_t fact, std::uint32_t item, double value) const {
    Check(r_->set_number(r_, fact, item, value), "set_number", fact);
  }
  void Set(std::uint32_t fact, std::uint32_t item, int value) const {
    Set(fact, item, static_cast<double>(value));
  }
  void Set(std::uint32_t fact, std::uint32_t item, std::string_view value) const {
    Check(r_->set_string(r_, fact, item, value.data(), value.size()), "set_string", fact);
  }
  void Set(std::uint32_t fact, std::uint32_t item, const char* value) const {
    Set(fact, item, std::string_view(value));
  }

 private:
  static void Check(ailit_status status, const char* call, std::uint32_t fact) {
    if (status != AILIT_OK) {
      throw HostError(status, std::string("host refused ") + call + " of fact " +
                                  std::to_string(fact) + " (status " + std::to_string(status) +
                                  ")");
    }
  }
  const ailit_request* r_;
};

}  // namespace ailit::sdk

// Defined by the code ailit_add_plugin(... KNOWLEDGE_DIR ...) generates, or by the author.
const ailit::sdk::Documents& AilitPluginDocuments() noexcept;

namespace ailit::sdk {

namespace detail {

inline ailit_status Init(const ailit_host* host, ailit_message*) noexcept {
  Log::Attach(host);
  return AILIT_OK;
}
inline void Shutdown() noexcept {
  Log::Detach();
}

inline ailit_status Document(std::int32_t kind, ailit_text* out, ailit_message* error) noexcept {
  const Documents& d = AilitPluginDocuments();
  std::string_view text;
  switch (kind) {
    case AILIT_DOCUMENT_RULES:
      text = d.rules;
      break;
    case AILIT_DOCUMENT_MEASURES:
      text = d.measures;
      break;
    case AILIT_DOCUMENT_SECTOR_RISK:
      text = d.sector_risk;
      break;
    case AILIT_DOCUMENT_FACTS:
      text = d.facts;
      break;
    default:
      WriteMessage(error, "unknown document kind");
      return AILIT_INVALID_ARGUMENT;
  }
  out->data = text.data();
  out->size = text.size();
  return AILIT_OK;
}

template <auto SectorRiskFn>
ailit_status SectorRisk(const ailit_request* request, ailit_sector_risk* out,
                        ailit_message* error) noexcept {
  return Guard(error, [&] {
    const Request r(request);
    out->adjustments = SectorRiskFn(r);
  });
}

template <auto DeriveFn>
ailit_status Derive(const ailit_request* request, ailit_message* error) noexcept {
  return Guard(error, [&] {
    Request r(request);
    DeriveFn(r);
  });
}

}  // namespace detail

// A complete descriptor. SectorRiskFn: std::uint64_t(const Request&), returning the adjustment
// bits; DeriveFn: void(Request&). Pass nullptr for either to leave it out. `sectors` must have
// static storage.
template <auto SectorRiskFn, auto DeriveFn, std::size_t N>
constexpr ailit_plugin MakePlugin(const char* id, const char* name, const char* version,
                                  const char* const (&sectors)[N]) {
  ailit_plugin p{};
  p.abi_major = AILIT_PLUGIN_ABI_MAJOR;
  p.abi_minor = AILIT_PLUGIN_ABI_MINOR;
  p.struct_size = sizeof(ailit_plugin);
  p.id = id;
  p.name = name;
  p.version = version;
  p.sectors = sectors;
  p.sector_count = static_cast<std::uint32_t>(N);
  p.init = &detail::Init;
  p.document = &detail::Document;
  if constexpr (!std::is_null_pointer_v<decltype(SectorRiskFn)>) {
    p.sector_risk = &detail::SectorRisk<SectorRiskFn>;
  }
  if constexpr (!std::is_null_pointer_v<decltype(DeriveFn)>) {
    p.derive_facts = &detail::Derive<DeriveFn>;
  }
  p.shutdown = &detail::Shutdown;
  return p;
}

}  // namespace ailit::sdk

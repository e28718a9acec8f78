// One plugin source, compiled once per AILIT_TEST_CASE into the test suite's plugins: a good
// one, and one for each way a plugin can be wrong that the host must survive (tests/unit/
// plugins/). Its documents are written here rather than embedded from files, which the SDK
// allows: ailit_add_plugin's KNOWLEDGE_DIR is a convenience, AilitPluginDocuments the contract.
#include <chrono>
#include <csignal>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <thread>

#include <ailit/plugin.hpp>

#define CASE_GOOD 0
#define CASE_WRONG_ABI 1
#define CASE_SMALL_STRUCT 2
#define CASE_DUPLICATE_ID 3
#define CASE_SECTOR_TAKEN 4
#define CASE_MALFORMED_PACK 5
#define CASE_COLLIDING_MEASURE 6
#define CASE_DERIVE_FAILS 7
#define CASE_DERIVE_THROWS 8
#define CASE_RISK_THROWS 9
#define CASE_BAD_VALUE 10
#define CASE_INIT_FAILS 11
#define CASE_CRASH_AT_INIT 12
#define CASE_HANG_AT_INIT 13
#define CASE_GARBAGE_DOCUMENT 14
#define CASE_SLOW_DERIVE 15

#ifndef AILIT_TEST_CASE
#error "AILIT_TEST_CASE must be set"
#endif

namespace {

struct Identity {
  const char* id;
  const char* sector;
  const char* measure_prefix;
};

constexpr Identity kIdentity =
#if AILIT_TEST_CASE == CASE_DUPLICATE_ID
    {"org.ailit.testplugin", "other_sector", "dup"};
#elif AILIT_TEST_CASE == CASE_SECTOR_TAKEN
    {"org.ailit.testplugin.taken", "test_sector", "taken"};
#elif AILIT_TEST_CASE == CASE_DERIVE_FAILS
    {"org.ailit.testplugin.fails", "failing_sector", "fails"};
#elif AILIT_TEST_CASE == CASE_DERIVE_THROWS
    {"org.ailit.testplugin.throws", "throwing_sector", "throws"};
#elif AILIT_TEST_CASE == CASE_RISK_THROWS
    {"org.ailit.testplugin.riskthrows", "risk_sector", "riskthrows"};
#elif AILIT_TEST_CASE == CASE_BAD_VALUE
    {"org.ailit.testplugin.badvalue", "bad_value_sector", "badvalue"};
#elif AILIT_TEST_CASE == CASE_GARBAGE_DOCUMENT
    {"org.ailit.testplugin.garbage", "garbage_sector", "garbage"};
#elif AILIT_TEST_CASE == CASE_SLOW_DERIVE
    {"org.ailit.testplugin.slow", "slow_sector", "slow"};
#else
    {"org.ailit.testplugin", "test_sector", "testplugin"};
#endif

std::string Replace(std::string text, const std::string& from, const std::string& to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at)) {
    text.replace(at, from.size(), to);
    at += to.size();
  }
  return text;
}

std::string Fill(const char* text) {
  return Replace(Replace(Replace(text, "{ID}", kIdentity.id), "{SECTOR}", kIdentity.sector), "{M}",
                 kIdentity.measure_prefix);
}

constexpr const char* kRules = R"({"id": "{ID}", "version": "1.0.0", "rules": [
  {"id": "uses-generative", "priority": 60,
   "description": {"en": "The organisation uses generative AI.", "nl": "De organisatie gebruikt generatieve AI."},
   "conditions": {"all": [{"fact": "{ID}.uses_generative", "operator": "equal", "value": true}]},
   "activates": [{"measure": "{M}.measure-one"}]},
  {"id": "generative-system", "priority": 55, "for_each": "system",
   "description": {"en": "A generative system.", "nl": "Een generatief systeem."},
   "conditions": {"all": [{"fact": "{ID}.generative_system", "operator": "equal", "value": true}]},
   "activates": [{"measure": "{M}.measure-two"}]}
]})";

#if AILIT_TEST_CASE == CASE_MALFORMED_PACK
// A condition on a fact nobody declares: the pack must be refused with its pointer.
constexpr const char* kBrokenRules = R"({"id": "{ID}", "version": "1.0.0", "rules": [
  {"id": "reads-nothing-known", "priority": 60,
   "description": {"en": "Broken.", "nl": "Kapot."},
   "conditions": {"all": [{"fact": "{ID}.no_such_fact", "operator": "equal", "value": true}]},
   "activates": [{"measure": "{M}.measure-one"}]}
]})";
#endif

constexpr const char* kMeasures = R"({"id": "{ID}", "version": "1.0.0",
  "sources": [{"id": "{M}-source", "en": "A test source.", "nl": "Een testbron."}],
  "measures": [
    {"id": "{M}.measure-one", "version": 1, "topic": "execute.sector.{ID}", "step": "execute",
     "year": 1, "priority": 60, "targets": ["all_staff"],
     "effort": {"micro": "low", "small": "low", "medium": "low", "large": "medium"},
     "title": {"en": "Test measure one", "nl": "Testmaatregel een"},
     "description": {"en": "A measure of the test plugin.", "nl": "Een maatregel van de testplug-in."},
     "sources": ["{M}-source"]},
    {"id": "{COLLIDE}", "version": 1, "topic": "execute.sector.{ID}", "step": "execute",
     "year": 2, "priority": 50, "targets": ["system_users"],
     "effort": {"micro": "low", "small": "low", "medium": "low", "large": "low"},
     "title": {"en": "Test measure two", "nl": "Testmaatregel twee"},
     "description": {"en": "For the users of a generative system.", "nl": "Voor de gebruikers van een generatief systeem."},
     "sources": ["{M}-source"]}
  ]})";

constexpr const char* kSectorRisk = R"({"sectors": [{"sector": "{SECTOR}", "score": 50,
  "reason": {"en": "The test sector.", "nl": "De testsector."},
  "adjustments": [{"id": "generative", "points": 7,
                   "reason": {"en": "Generative AI is in use.", "nl": "Er wordt generatieve AI gebruikt."}}]}]})";

constexpr const char* kFacts = R"({"reads": ["system.kind", "group.role"],
  "derives": [
    {"name": "uses_generative", "scope": "global", "type": "boolean",
     "description": {"en": "Any generative system.", "nl": "Een generatief systeem."}},
    {"name": "generative_system", "scope": "system", "type": "boolean",
     "description": {"en": "This system is generative.", "nl": "Dit systeem is generatief."}},
    {"name": "tier", "scope": "global", "type": "string", "values": ["a", "b"],
     "description": {"en": "A tier.", "nl": "Een niveau."}}
  ]})";

enum Read : std::uint32_t { kSystemKind, kGroupRole };
enum Derive : std::uint32_t { kUsesGenerative, kGenerativeSystem, kTier };

[[maybe_unused]] bool AnyGenerative(const ailit::sdk::Request& r) {
  for (std::uint32_t s = 0; s < r.systems(); ++s) {
    if (r.String(kSystemKind, s) == "generative") return true;
  }
  return false;
}

std::uint64_t SectorRisk(const ailit::sdk::Request& r) {
#if AILIT_TEST_CASE == CASE_RISK_THROWS
  (void)r;
  throw std::runtime_error("sector risk failed on purpose");
#else
  return AnyGenerative(r) ? 1u : 0u;
#endif
}

void DeriveFacts(ailit::sdk::Request& r) {
#if AILIT_TEST_CASE == CASE_SLOW_DERIVE
  // Correct but slow, like a plugin that calls out to a slow service.
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
#endif
#if AILIT_TEST_CASE == CASE_DERIVE_THROWS
  r.Set(kUsesGenerative, 0, true);  // set first, so the host must undo it
  throw std::runtime_error("derive threw on purpose");
#endif
  bool any = false;
  for (std::uint32_t s = 0; s < r.systems(); ++s) {
    bool generative = r.String(kSystemKind, s) == "generative";
    r.Set(kGenerativeSystem, s, generative);
    any = any || generative;
  }
  r.Set(kUsesGenerative, 0, any);
  ailit::sdk::Log::Debug(any ? "derived: generative AI in use" : "derived: no generative AI");
#if AILIT_TEST_CASE == CASE_BAD_VALUE
  r.Set(kTier, 0, "c");  // not a declared value: the host refuses, the SDK throws
#else
  r.Set(kTier, 0, any ? "a" : "b");
#endif
}

#if AILIT_TEST_CASE == CASE_DERIVE_FAILS
// Written against the C ABI directly, as a C author would.
ailit_status FailingDerive(const ailit_request*, ailit_message* error) noexcept {
  ailit::sdk::WriteMessage(error, "derive failed on purpose");
  return AILIT_ERROR;
}
#endif

#if AILIT_TEST_CASE == CASE_INIT_FAILS
ailit_status FailingInit(const ailit_host*, ailit_message* error) noexcept {
  ailit::sdk::WriteMessage(error, "init failed on purpose");
  return AILIT_ERROR;
}
#endif

#if AILIT_TEST_CASE == CASE_CRASH_AT_INIT
// Dies the way a plugin with a wild pointer does; a host that loads it in process dies with it.
ailit_status CrashingInit(const ailit_host*, ailit_message*) noexcept {
  std::raise(SIGSEGV);
  return AILIT_ERROR;
}
#endif

#if AILIT_TEST_CASE == CASE_HANG_AT_INIT
ailit_status HangingInit(const ailit_host*, ailit_message*) noexcept {
  std::this_thread::sleep_for(std::chrono::hours(1));
  return AILIT_OK;
}
#endif

constexpr const char* kSectors[] = {kIdentity.sector};

}  // namespace

const ailit::sdk::Documents& AilitPluginDocuments() noexcept {
  static const std::string rules =
#if AILIT_TEST_CASE == CASE_MALFORMED_PACK
      Fill(kBrokenRules);
#else
      Fill(kRules);
#endif
  static const std::string measures = Replace(Fill(kMeasures), "{COLLIDE}",
#if AILIT_TEST_CASE == CASE_COLLIDING_MEASURE
                                              "identify.ai-inventory");  // a core measure
#else
                                              std::string(kIdentity.measure_prefix) +
                                                  ".measure-two");
#endif
  static const std::string sector_risk = Fill(kSectorRisk);
#if AILIT_TEST_CASE == CASE_GARBAGE_DOCUMENT
  // Not JSON, and not even UTF-8.
  static const std::string facts = "\xff\xfe{\"facts\": [ garbage \x01\x02";
#else
  static const std::string facts = Fill(kFacts);
#endif
  static const ailit::sdk::Documents documents{rules, measures, sector_risk, facts};
  return documents;
}

AILIT_PLUGIN_EXPORT const ailit_plugin* ailit_plugin_entry(void) noexcept {
  static ailit_plugin plugin = [] {
    ailit_plugin p = ailit::sdk::MakePlugin<&SectorRisk, &DeriveFacts>(kIdentity.id, "Test plugin",
                                                                       "1.0.0", kSectors);
#if AILIT_TEST_CASE == CASE_WRONG_ABI
    p.abi_major = AILIT_PLUGIN_ABI_MAJOR + 1;
#elif AILIT_TEST_CASE == CASE_SMALL_STRUCT
    p.struct_size = 16;
#elif AILIT_TEST_CASE == CASE_DERIVE_FAILS
    p.derive_facts = &FailingDerive;
#elif AILIT_TEST_CASE == CASE_INIT_FAILS
    p.init = &FailingInit;
#elif AILIT_TEST_CASE == CASE_CRASH_AT_INIT
    p.init = &CrashingInit;
#elif AILIT_TEST_CASE == CASE_HANG_AT_INIT
    p.init = &HangingInit;
#endif
    return p;
  }();
  return &plugin;
}

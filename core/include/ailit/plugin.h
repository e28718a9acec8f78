/* ailit/plugin.h — the C boundary between the ailit host and a sector plugin (ABI 1).
 *
 * A plugin is a shared library that exports one function, ailit_plugin_entry, returning a
 * descriptor. Everything that crosses the boundary is plain C: the descriptor, UTF-8 JSON
 * documents (rule pack, measures, sector risk, fact declarations) and, per request, calls that
 * read the profile's facts and write the plugin's derived facts. No C++ type, exception or
 * allocation crosses: a plugin built by another compiler, or in C, works as well as ours.
 *
 *   AILIT_PLUGIN_EXPORT const ailit_plugin* ailit_plugin_entry(void) AILIT_NOEXCEPT {
 *     static const ailit_plugin plugin = {AILIT_PLUGIN_ABI_MAJOR, AILIT_PLUGIN_ABI_MINOR,
 *                                         sizeof(ailit_plugin), 0, "org.example.ports", ...};
 *     return &plugin;
 *   }
 *
 * Most authors write C++ against ailit/plugin.hpp, which fills this in for them. The rules of
 * the ABI (what may change in a minor version, what needs a major one) and every document's
 * format are in docs/plugins.md.
 *
 * The host, before calling anything: checks abi_major equals its own and struct_size is at
 * least the size of the ABI 1.0 descriptor; then calls init (if set), fetches the documents and
 * validates them like its own packs. Per request, for a profile in one of the plugin's sectors,
 * it calls sector_risk, then derive_facts. Any call returning a status other than AILIT_OK costs
 * the plugin its part of that plan, and the plan says so in its warnings.
 *
 * Threads: sector_risk and derive_facts are called from many threads at once, each with its own
 * request; they must not modify shared state. init and shutdown run once per load, alone. */
#ifndef AILIT_PLUGIN_H
#define AILIT_PLUGIN_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
#define AILIT_NOEXCEPT noexcept
#define AILIT_EXTERN_C extern "C"
#else
#define AILIT_NOEXCEPT
#define AILIT_EXTERN_C
#endif

/* Plugins are built with hidden visibility; only the entry point is exported. */
#if defined(_WIN32)
#define AILIT_PLUGIN_EXPORT AILIT_EXTERN_C __declspec(dllexport)
#else
#define AILIT_PLUGIN_EXPORT AILIT_EXTERN_C __attribute__((visibility("default")))
#endif

#define AILIT_PLUGIN_ABI_MAJOR 1
#define AILIT_PLUGIN_ABI_MINOR 0
/* The one symbol the host looks up. Its signature never changes, whatever the ABI version. */
#define AILIT_PLUGIN_ENTRY_NAME "ailit_plugin_entry"

#ifdef __cplusplus
extern "C" {
#endif

/* What every call returns. */
typedef int32_t ailit_status;
#define AILIT_OK 0
#define AILIT_ERROR 1            /* the plugin failed; the message says why */
#define AILIT_INVALID_ARGUMENT 2 /* a fact index, item or value the call cannot take */
#define AILIT_WRONG_STATE 3      /* e.g. setting a fact outside derive_facts */

/* Bytes the callee does not own; not NUL-terminated unless said so. */
typedef struct ailit_text {
  const char* data;
  size_t size;
} ailit_text;

/* A buffer the host owns, for the plugin to say what went wrong: write at most `capacity`
 * bytes of UTF-8 into `data` and set `size`. */
typedef struct ailit_message {
  char* data;
  size_t capacity;
  size_t size;
} ailit_message;

#define AILIT_LOG_DEBUG 0
#define AILIT_LOG_INFO 1
#define AILIT_LOG_WARNING 2
#define AILIT_LOG_ERROR 3

/* Given to init; valid until shutdown returns. The plugin logs through the host rather than
 * owning a logger, so its messages land where the host's do, named after the plugin. */
typedef struct ailit_host {
  uint32_t struct_size;
  uint32_t abi_major;
  uint32_t abi_minor;
  uint32_t reserved0;
  void* context;
  void (*log)(void* context, int32_t level, const char* message, size_t size) AILIT_NOEXCEPT;
  void* reserved[4];
} ailit_host;

/* The documents a plugin hands over (formats in docs/plugins.md). */
#define AILIT_DOCUMENT_RULES 0       /* a rule pack, as core/data/rules.json */
#define AILIT_DOCUMENT_MEASURES 1    /* a measure catalogue, as core/data/measures.json */
#define AILIT_DOCUMENT_SECTOR_RISK 2 /* the risk of each sector served, with its adjustments */
#define AILIT_DOCUMENT_FACTS 3       /* the core facts it reads and the facts it derives */

/* One fact value as the host hands it out. */
#define AILIT_VALUE_UNDEFINED 0 /* not set: the profile does not say, or not known yet */
#define AILIT_VALUE_NULL 1
#define AILIT_VALUE_BOOL 2   /* number is 0 or 1 */
#define AILIT_VALUE_NUMBER 3 /* number */
#define AILIT_VALUE_STRING 4 /* text/size: UTF-8, valid while the plugin's current call runs */
#define AILIT_VALUE_LIST 5   /* count items, read one by one with read_item */
#define AILIT_VALUE_OBJECT 6
typedef struct ailit_value {
  int32_t kind;
  uint32_t count;
  double number;
  const char* text;
  size_t size;
} ailit_value;

/* One request, as the plugin sees it. `fact` arguments are indexes into the plugin's own lists
 * in its facts document: "reads" for read/read_item, "derives" for the setters. `item` is 0 for
 * global facts, else the index of the AI system (0..systems-1) or staff group (0..groups-1). */
typedef struct ailit_request ailit_request;
struct ailit_request {
  uint32_t struct_size;
  uint32_t systems;
  uint32_t groups;
  uint32_t reserved0;
  ailit_text sector; /* the profile's sector, one of the plugin's */
  void* host;        /* the host's own state; plugins leave it alone */
  ailit_status (*read)(const ailit_request* request, uint32_t fact, uint32_t item,
                       ailit_value* out) AILIT_NOEXCEPT;
  ailit_status (*read_item)(const ailit_request* request, uint32_t fact, uint32_t item,
                            uint32_t index, ailit_value* out) AILIT_NOEXCEPT;
  /* Only during derive_facts; the value must fit the declaration (type, and for strings one of
   * the declared values). */
  ailit_status (*set_bool)(const ailit_request* request, uint32_t fact, uint32_t item,
                           int32_t value) AILIT_NOEXCEPT;
  ailit_status (*set_number)(const ailit_request* request, uint32_t fact, uint32_t item,
                             double value) AILIT_NOEXCEPT;
  ailit_status (*set_string)(const ailit_request* request, uint32_t fact, uint32_t item,
                             const char* text, size_t size) AILIT_NOEXCEPT;
  void* reserved[4];
};

/* The sector risk for one request: bit i set applies adjustment i of the sector's entry in the
 * sector risk document (at most 64 adjustments per sector). */
typedef struct ailit_sector_risk {
  uint32_t struct_size;
  uint32_t reserved0;
  uint64_t adjustments;
} ailit_sector_risk;

typedef struct ailit_plugin {
  uint32_t abi_major;   /* AILIT_PLUGIN_ABI_MAJOR the plugin was built against */
  uint32_t abi_minor;   /* AILIT_PLUGIN_ABI_MINOR */
  uint32_t struct_size; /* sizeof(ailit_plugin) as the plugin was built */
  uint32_t reserved0;
  const char* id;      /* reverse-DNS, e.g. "org.ailit.hospital"; prefixes its derived facts */
  const char* name;    /* for people, e.g. "Hospitals" */
  const char* version; /* semantic version of the plugin's knowledge, e.g. "1.2.0" */
  const char* const* sectors; /* sector ids served, as in a profile's organisation.sector */
  uint32_t sector_count;
  uint32_t reserved1;
  /* Optional (may be NULL). Called once after the checks above. */
  ailit_status (*init)(const ailit_host* host, ailit_message* error) AILIT_NOEXCEPT;
  /* Sets `out` to document `kind`, which must stay valid until shutdown. Required. */
  ailit_status (*document)(int32_t kind, ailit_text* out, ailit_message* error) AILIT_NOEXCEPT;
  /* Optional. May read facts that do not depend on scores; score facts read as undefined. */
  ailit_status (*sector_risk)(const ailit_request* request, ailit_sector_risk* out,
                              ailit_message* error) AILIT_NOEXCEPT;
  /* Optional. Reads any core fact it declared, sets its derived facts. */
  ailit_status (*derive_facts)(const ailit_request* request, ailit_message* error) AILIT_NOEXCEPT;
  /* Optional. Called once before the library is unloaded. */
  void (*shutdown)(void) AILIT_NOEXCEPT;
  void* reserved[8]; /* NULL; later minor versions may give them a meaning */
} ailit_plugin;

/* The size of the ABI 1.0 descriptor: the smallest struct_size the host accepts. */
#define AILIT_PLUGIN_STRUCT_SIZE_1_0 sizeof(ailit_plugin)

typedef const ailit_plugin* (*ailit_plugin_entry_fn)(void);

#ifdef __cplusplus
}
#endif

#endif /* AILIT_PLUGIN_H */

// Loads one plugin file with Boost.DLL: checks the descriptor before calling anything, calls
// init with the host callbacks, then copies and checks the documents that need no engine.
#include <algorithm>
#include <iostream>

#include <boost/dll/runtime_symbol_info.hpp>

#include "plugins/host_log.h"
#include "plugins/plugin.h"
#include "plugins/plugin_text.h"

namespace ailit {
namespace {

constexpr std::size_t kMaxSectors = 64;
constexpr std::size_t kMessageBytes = 1024;

// "a.b" with two or more labels of a-z, 0-9 and -, none empty: a name its author controls.
bool IsReverseDns(std::string_view id) {
  if (id.size() > 128 || id.find('.') == std::string_view::npos) return false;
  std::size_t label = 0;
  for (char c : id) {
    if (c == '.') {
      if (label == 0) return false;
      label = 0;
      continue;
    }
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    if (!ok) return false;
    ++label;
  }
  return label > 0;
}

bool IsSectorId(std::string_view s) {
  if (s.empty() || s.size() > 64) return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '.' || c == '-';
  });
}

class Loading {
 public:
  Loading(PluginLoad& load, Plugin& plugin) : load_(load), plugin_(plugin) {}

  void Problem(std::string text) { load_.report.problems.push_back(std::move(text)); }
  [[nodiscard]] bool ok() const { return load_.report.problems.empty(); }

  // The descriptor's fixed fields, checked before any of its functions is called.
  void ReadDescriptor(const ailit_plugin& d) {
    PluginReport& report = load_.report;
    report.abi_major = d.abi_major;
    report.abi_minor = d.abi_minor;
    if (d.abi_major != AILIT_PLUGIN_ABI_MAJOR) {
      Problem("built for plugin ABI " + std::to_string(d.abi_major) + "." +
              std::to_string(d.abi_minor) + ", but this ailit speaks ABI " +
              std::to_string(AILIT_PLUGIN_ABI_MAJOR) + ".x: rebuild it against this SDK");
      return;
    }
    if (d.struct_size < AILIT_PLUGIN_STRUCT_SIZE_1_0) {
      Problem("its descriptor is " + std::to_string(d.struct_size) + " bytes, smaller than the " +
              std::to_string(AILIT_PLUGIN_STRUCT_SIZE_1_0) +
              " bytes of ABI 1.0: it was not built with ailit/plugin.h");
      return;
    }
    PluginInfo& info = plugin_.info;
    auto text = [&](const char* value, const char* field) -> std::string {
      std::optional<std::string_view> s = internal::DescriptorString(value);
      if (!s || s->empty()) {
        Problem(std::string("its descriptor has no ") + field +
                " (a non-empty text of at most 256 bytes)");
        return {};
      }
      return internal::CleanPluginText(*s, 256);
    };
    info.id = text(d.id, "id");
    info.name = text(d.name, "name");
    info.version = text(d.version, "version");
    if (!info.id.empty() && !IsReverseDns(info.id)) {
      Problem("its id \"" + info.id +
              "\" is not a reverse-DNS name such as \"org.example.ports\" (lower-case labels of "
              "a-z, 0-9 and -, separated by dots)");
    }
    if (d.sector_count == 0 || d.sector_count > kMaxSectors || d.sectors == nullptr) {
      Problem("it must serve 1 to " + std::to_string(kMaxSectors) + " sectors (sector_count is " +
              std::to_string(d.sector_count) + ")");
    } else {
      for (std::uint32_t i = 0; i < d.sector_count; ++i) {
        std::string sector = text(d.sectors[i], "sector name");
        if (sector.empty()) continue;
        if (!IsSectorId(sector)) {
          Problem("sector \"" + sector + "\" is not a valid sector id (letters, digits, . _ -)");
        } else if (std::find(info.sectors.begin(), info.sectors.end(), sector) !=
                   info.sectors.end()) {
          Problem("sector \"" + sector + "\" is listed twice");
        } else {
          info.sectors.push_back(std::move(sector));
        }
      }
    }
    if (d.document == nullptr) Problem("its descriptor has no document function");
    load_.report.info = info;
  }

  void Init(const ailit_plugin& d) {
    const ailit_host* host = internal::HostFor(plugin_.info.file, plugin_.info.id, plugin_.logger);
    plugin_.initialised = true;  // shutdown is owed from here on, even if init fails
    if (d.init == nullptr) return;
    char buffer[kMessageBytes];
    ailit_message message{buffer, sizeof buffer, 0};
    ailit_status status = d.init(host, &message);
    if (status != AILIT_OK) Problem("its init failed" + Said(status, message));
  }

  std::string Document(const ailit_plugin& d, std::int32_t kind, const char* name) {
    char buffer[kMessageBytes];
    ailit_message message{buffer, sizeof buffer, 0};
    ailit_text out{nullptr, 0};
    ailit_status status = d.document(kind, &out, &message);
    if (status != AILIT_OK) {
      Problem(std::string("it did not hand over ") + name + Said(status, message));
      return {};
    }
    if (out.data == nullptr || out.size == 0) {
      Problem(std::string("its ") + name + " is empty");
      return {};
    }
    return std::string(out.data, out.size);
  }

  void AddDiagnostics(const Diagnostics& d) {
    for (const Diagnostic& e : d.errors) Problem(e.message);
    for (const Diagnostic& w : d.warnings) load_.report.warnings.push_back(w.message);
  }

  static std::string Said(ailit_status status, const ailit_message& message) {
    std::string out = " (status " + std::to_string(status);
    if (message.size > 0) {
      std::size_t n = std::min(message.size, message.capacity);
      out += ": " + internal::CleanPluginText(std::string_view(message.data, n));
    }
    return out + ")";
  }

 private:
  PluginLoad& load_;
  Plugin& plugin_;
};

}  // namespace

Plugin::~Plugin() {
  if (initialised && descriptor != nullptr && descriptor->shutdown != nullptr) {
    descriptor->shutdown();
  }
}

std::string Plugin::DocumentLabel(std::string_view document) const {
  return std::filesystem::path(info.file).filename().string() + ":" + std::string(document);
}

std::string_view Name(PluginLogLevel level) {
  constexpr std::string_view kNames[] = {"debug", "info", "warning", "error"};
  return kNames[static_cast<std::size_t>(level)];
}

PluginLogger StderrPluginLogger(PluginLogLevel least) {
  return [least](std::string_view id, PluginLogLevel level, std::string_view text) {
    if (level < least) return;
    std::string line = "ailit: plugin " + std::string(id) + ": " + std::string(Name(level)) + ": " +
                       std::string(text) + "\n";
    std::cerr << line << std::flush;
  };
}

PluginLoad LoadPlugin(const std::filesystem::path& file, const PluginLogger& logger) {
  PluginLoad load;
  load.report.file = file.string();
  auto plugin = std::make_shared<Plugin>();
  plugin->info.file = file.string();
  plugin->logger = logger;
  Loading loading(load, *plugin);

  try {
    plugin->library.load(file, boost::dll::load_mode::rtld_now | boost::dll::load_mode::rtld_local);
  } catch (const std::exception& e) {
    loading.Problem(std::string("cannot be loaded as a shared library: ") + e.what());
    return load;
  }
  if (!plugin->library.has(AILIT_PLUGIN_ENTRY_NAME)) {
    loading.Problem("it does not export " AILIT_PLUGIN_ENTRY_NAME ": not an ailit plugin");
    return load;
  }
  auto& entry = plugin->library.get<const ailit_plugin*()>(AILIT_PLUGIN_ENTRY_NAME);
  const ailit_plugin* descriptor = entry();
  if (descriptor == nullptr) {
    loading.Problem(AILIT_PLUGIN_ENTRY_NAME " returned no descriptor");
    return load;
  }
  loading.ReadDescriptor(*descriptor);
  if (!loading.ok()) return load;
  plugin->descriptor = descriptor;
  loading.Init(*descriptor);
  if (!loading.ok()) return load;

  plugin->rules_json = loading.Document(*descriptor, AILIT_DOCUMENT_RULES, "rules.json");
  plugin->measures_json = loading.Document(*descriptor, AILIT_DOCUMENT_MEASURES, "measures.json");
  std::string facts = loading.Document(*descriptor, AILIT_DOCUMENT_FACTS, "facts.json");
  std::string risk = loading.Document(*descriptor, AILIT_DOCUMENT_SECTOR_RISK, "sector_risk.json");
  if (!loading.ok()) return load;
  Diagnostics documents;
  plugin->facts =
      ParsePluginFacts(facts, plugin->DocumentLabel("facts.json"), plugin->info.id, documents);
  plugin->sectors = ParseSectorRisk(risk, plugin->DocumentLabel("sector_risk.json"),
                                    plugin->info.id, plugin->info.sectors, documents);
  loading.AddDiagnostics(documents);
  if (!loading.ok()) return load;
  load.report.refused = false;
  load.plugin = std::move(plugin);
  return load;
}

PluginScan ScanPluginFolder(const std::filesystem::path& folder, const PluginLogger& logger) {
  PluginScan scan;
  std::error_code ec;
  std::vector<std::filesystem::path> files;
  std::filesystem::directory_iterator it(folder, ec);
  if (ec) {
    scan.error = "cannot read the plugin folder " + folder.string() + ": " + ec.message();
    return scan;
  }
  for (const auto& entry : it) {
    std::error_code type_ec;
    if (entry.is_regular_file(type_ec) && entry.path().extension() == ".so") {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  for (const auto& file : files) scan.plugins.push_back(LoadPlugin(file, logger));
  return scan;
}

std::optional<std::filesystem::path> DefaultPluginFolder() {
  boost::dll::fs::error_code ec;
  std::filesystem::path exe = boost::dll::program_location(ec);
  if (ec) return std::nullopt;
  std::filesystem::path base = exe.parent_path().parent_path();
  for (const auto& candidate : {base / "lib" / "ailit" / "plugins", base / "plugins"}) {
    std::error_code exists_ec;
    if (std::filesystem::is_directory(candidate, exists_ec)) return candidate;
  }
  return std::nullopt;
}

}  // namespace ailit

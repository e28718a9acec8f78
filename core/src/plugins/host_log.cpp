#include "plugins/host_log.h"

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>

#include "plugins/plugin_text.h"

namespace ailit::internal {
namespace {

struct HostSlot {
  ailit_host host{};
  std::mutex mutex;  // guards id and logger, which a new load of the file replaces
  std::string id;
  PluginLogger logger;
};

void HostLog(void* context, std::int32_t level, const char* text, std::size_t size) noexcept {
  auto* slot = static_cast<HostSlot*>(context);
  if (slot == nullptr || text == nullptr) return;
  try {
    std::string id;
    PluginLogger logger;
    {
      std::lock_guard lock(slot->mutex);
      id = slot->id;
      logger = slot->logger;
    }
    if (!logger) return;
    logger(id, static_cast<PluginLogLevel>(std::clamp(level, 0, 3)),
           CleanPluginText(std::string_view(text, size), 4096));
  } catch (...) {
    // A logger that fails must not take the plugin's call down with it.
  }
}

}  // namespace

const ailit_host* HostFor(const std::filesystem::path& file, std::string plugin_id,
                          PluginLogger logger) {
  static std::mutex registry_mutex;
  // Deliberately never freed (see the header): a few hundred bytes per plugin file.
  static auto* registry = new std::map<std::string, std::unique_ptr<HostSlot>>();
  std::error_code ec;
  std::filesystem::path key = std::filesystem::weakly_canonical(file, ec);
  std::lock_guard registry_lock(registry_mutex);
  std::unique_ptr<HostSlot>& slot = (*registry)[(ec ? file : key).string()];
  if (!slot) {
    slot = std::make_unique<HostSlot>();
    slot->host.struct_size = sizeof(ailit_host);
    slot->host.abi_major = AILIT_PLUGIN_ABI_MAJOR;
    slot->host.abi_minor = AILIT_PLUGIN_ABI_MINOR;
    slot->host.context = slot.get();
    slot->host.log = &HostLog;
  }
  std::lock_guard lock(slot->mutex);
  slot->id = std::move(plugin_id);
  slot->logger = std::move(logger);
  return &slot->host;
}

}  // namespace ailit::internal

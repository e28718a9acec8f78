// The host's side of one loaded plugin: its library, its descriptor, and copies of what it
// declared. Defined here, opaque in the public headers.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <boost/dll/shared_library.hpp>

#include "ailit/engine.h"
#include "ailit/plugin.h"
#include "ailit/plugins.h"
#include "plugins/plugin_documents.h"

namespace ailit {

class Plugin {
 public:
  Plugin() = default;
  Plugin(const Plugin&) = delete;
  Plugin& operator=(const Plugin&) = delete;
  // Calls the plugin's shutdown (when init ran), then unloads the library.
  ~Plugin();

  // Declared first so it is destroyed last: nothing below may outlive the code it points to.
  boost::dll::shared_library library;
  const ailit_plugin* descriptor = nullptr;
  bool initialised = false;

  PluginInfo info;
  std::string rules_json;
  std::string measures_json;
  PluginFacts facts;
  std::vector<SectorRiskEntry> sectors;

  PluginLogger logger;  // receives what it logs (through internal::HostFor)

  // The label of one of its documents in messages, e.g. "libailit_hospital.so:rules.json".
  [[nodiscard]] std::string DocumentLabel(std::string_view document) const;
};

}  // namespace ailit

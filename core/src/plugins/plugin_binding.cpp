#include "plugins/plugin_binding.h"

#include "plugins/plugin.h"

namespace ailit::internal {

void BindReads(PluginBinding& binding, const FactCatalogue& catalogue, Diagnostics& diagnostics) {
  const Plugin& plugin = *binding.plugin;
  std::string file = plugin.DocumentLabel("facts.json");
  for (std::size_t i = 0; i < plugin.facts.reads.size(); ++i) {
    const std::string& name = plugin.facts.reads[i];
    std::optional<FactInfo> info = catalogue.Find(name);
    if (!info) {
      std::string message = file + ": /reads/" + std::to_string(i) + ": \"" + name +
                            "\" is not a core fact (docs/rules.md lists them)";
      std::vector<std::string> close = catalogue.CloseNames(name);
      if (!close.empty()) message += "; did you mean \"" + close.front() + "\"?";
      diagnostics.Error("/reads/" + std::to_string(i), message);
      info = FactInfo{FactScope::kGlobal, 0};
    }
    binding.reads.push_back(*info);
  }
}

void DeclareDerived(PluginBinding& binding, FactCatalogue& catalogue, Diagnostics& diagnostics) {
  const Plugin& plugin = *binding.plugin;
  for (std::size_t i = 0; i < plugin.facts.derives.size(); ++i) {
    const DerivedFact& fact = plugin.facts.derives[i];
    DerivedSlot slot;
    slot.type = fact.type;
    if (std::optional<FactInfo> existing = catalogue.Find(fact.name)) {
      diagnostics.Error("/derives/" + std::to_string(i),
                        plugin.DocumentLabel("facts.json") + ": /derives/" + std::to_string(i) +
                            ": the fact \"" + fact.name + "\" is already declared");
      slot.info = *existing;
    } else {
      slot.info = {fact.scope, catalogue.Declare(fact.name, fact.scope)};
    }
    for (const std::string& value : fact.values) {
      slot.values.push_back(value);
      slot.symbols.push_back(catalogue.Intern(value));
    }
    binding.derives.push_back(std::move(slot));
  }
}

}  // namespace ailit::internal

// The test suite's own plugins (tests/plugins/): where they are, and profiles for their sectors.
#pragma once

#include <filesystem>
#include <string>

namespace ailit::testing {

// <build>/test_plugins/libtest_<name>.so, e.g. TestPlugin("good").
inline std::filesystem::path TestPlugin(const std::string& name) {
  return std::filesystem::path(AILIT_TEST_PLUGIN_DIR) / ("libtest_" + name + ".so");
}

// A small valid profile in `sector`, with one generative system (used by group "staff") when
// `generative`, else one classification system.
inline std::string ProfileInSector(const std::string& sector, bool generative = true) {
  return std::string(R"({"organisation": {"name": "T", "sector": ")") + sector +
         R"(", "employees": 120, "kind": "private"},
    "ai_systems": [{"id": "tool", "kind": ")" +
         (generative ? "generative" : "classification") +
         R"(", "risk_class": "limited", "used_by": ["staff"]}],
    "staff_groups": [{"id": "staff", "role": "end_user", "headcount": 100},
                     {"id": "board", "role": "board", "headcount": 5}]})";
}

}  // namespace ailit::testing

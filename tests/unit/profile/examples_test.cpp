// The example profiles in profiles/ are valid, and every invalid fixture is refused with an error
// at the pointer its expected.json names (tests/schema/check_profiles.py checks the schema side).
#include <gtest/gtest.h>

#include <rapidjson/document.h>

#include "ailit/profile.h"
#include "support/files.h"

namespace ailit {
namespace {

using testing::FilesIn;
using testing::ReadFile;
using testing::SourcePath;

TEST(ExampleProfiles, AllSevenAreValidWithoutWarnings) {
  int count = 0;
  for (const auto& path : FilesIn("profiles", ".json")) {
    if (path.filename() == "profile.schema.json") continue;
    ++count;
    ProfileResult result = ParseProfile(ReadFile(path));
    EXPECT_TRUE(result.ok()) << path << ": "
                             << (result.diagnostics.errors.empty()
                                     ? ""
                                     : result.diagnostics.errors[0].pointer + " " +
                                           result.diagnostics.errors[0].message);
    EXPECT_TRUE(result.diagnostics.warnings.empty()) << path;
  }
  EXPECT_GE(count, 7);
}

void ExpectFixturesRefused(const std::string& dir) {
  rapidjson::Document expected;
  expected.Parse(ReadFile(SourcePath(dir + "/expected.json")).c_str());
  ASSERT_TRUE(expected.IsObject()) << dir;
  int count = 0;
  for (const auto& path : FilesIn(dir, ".json")) {
    if (path.filename() == "expected.json") continue;
    ++count;
    std::string name = path.filename().string();
    ASSERT_TRUE(expected.HasMember(name.c_str())) << name << " has no entry in expected.json";
    ProfileResult result = ParseProfile(ReadFile(path));
    EXPECT_FALSE(result.ok()) << name;
    for (const auto& pointer : expected[name.c_str()].GetArray()) {
      bool found = false;
      for (const Diagnostic& d : result.diagnostics.errors)
        found |= d.pointer == pointer.GetString();
      std::string seen;
      for (const Diagnostic& d : result.diagnostics.errors)
        seen += " [" + d.pointer + "] " + d.message;
      EXPECT_TRUE(found) << name << ": expected an error at \"" << pointer.GetString()
                         << "\"; got:" << seen;
    }
  }
  EXPECT_EQ(count, static_cast<int>(expected.MemberCount())) << dir;
}

TEST(InvalidProfiles, SchemaExpressibleViolationsAreRefusedAtTheirPointer) {
  ExpectFixturesRefused("tests/fixtures/profiles/invalid");
}

TEST(InvalidProfiles, EngineOnlyViolationsAreRefusedAtTheirPointer) {
  ExpectFixturesRefused("tests/fixtures/profiles/engine_only");
}

}  // namespace
}  // namespace ailit

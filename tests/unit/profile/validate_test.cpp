// Every kind of validation error, each with the pointer and message a policy officer would need.
#include <gtest/gtest.h>

#include <algorithm>

#include "ailit/profile.h"
#include "support/profile_builder.h"

namespace ailit {
namespace {

using testing::ProfileBuilder;
using testing::Quote;

const Diagnostic* FindError(const ProfileResult& result, const std::string& pointer) {
  for (const Diagnostic& d : result.diagnostics.errors) {
    if (d.pointer == pointer) return &d;
  }
  return nullptr;
}

// Asserts exactly one error, at `pointer`, whose message contains `words`.
void ExpectOneError(const std::string& json, const std::string& pointer, const std::string& words) {
  ProfileResult result = ParseProfile(json);
  EXPECT_FALSE(result.ok());
  ASSERT_EQ(result.diagnostics.errors.size(), 1u) << json;
  EXPECT_EQ(result.diagnostics.errors[0].pointer, pointer);
  EXPECT_NE(result.diagnostics.errors[0].message.find(words), std::string::npos)
      << result.diagnostics.errors[0].message;
}

TEST(ValidateProfile, AcceptsTheDesignExample) {
  ProfileResult result = ParseProfile(ProfileBuilder().Json());
  ASSERT_TRUE(result.ok());
  EXPECT_TRUE(result.diagnostics.warnings.empty());
  const Profile& p = *result.profile;
  EXPECT_EQ(p.organisation.name, "Gemeente Voorbeeld");
  EXPECT_EQ(p.organisation.kind, OrgKind::kPublic);
  EXPECT_EQ(p.governance.genai_guidelines, DocState::kDraft);
  ASSERT_EQ(p.ai_systems.size(), 1u);
  EXPECT_EQ(p.ai_systems[0].people_affected, 50000u);
  EXPECT_TRUE(Has(p.ai_systems[0].affected, Affected::kCitizens));
  EXPECT_EQ(p.ai_systems[0].used_by, std::vector<std::uint32_t>{0});
  EXPECT_EQ(p.staff_groups[0].systems, std::vector<std::uint32_t>{0});
}

TEST(ValidateProfile, FillsDocumentedDefaults) {
  ProfileResult result = ParseProfile(R"({
    "organisation": {"name": "Klein", "sector": "retail", "employees": 5},
    "ai_systems": [{"id": "x"}], "staff_groups": [{"id": "all"}]})");
  ASSERT_TRUE(result.ok());
  const Profile& p = *result.profile;
  EXPECT_EQ(p.organisation.kind, OrgKind::kPrivate);
  EXPECT_EQ(p.governance.board_anchored, TriState::kNo);
  EXPECT_EQ(p.governance.ai_inventory, Inventory::kNone);
  EXPECT_FALSE(p.governance.responsible_assigned);
  const AiSystem& s = p.ai_systems[0];
  EXPECT_EQ(s.name, "x");
  EXPECT_EQ(s.kind, SystemKind::kOther);
  EXPECT_EQ(s.risk_class, RiskClass::kUnknown);
  EXPECT_EQ(s.high_risk_basis, HighRiskBasis::kUnknown);
  EXPECT_EQ(s.role, ProviderRole::kDeployer);
  EXPECT_EQ(s.decision_role, DecisionRole::kInforms);
  EXPECT_EQ(s.status, SystemStatus::kProduction);
  EXPECT_EQ(s.personal_data, PersonalData::kNone);
  const StaffGroup& g = p.staff_groups[0];
  EXPECT_EQ(g.name, "all");
  EXPECT_EQ(g.role, StaffRole::kEndUser);
  EXPECT_EQ(g.headcount, 1u);
  EXPECT_EQ(g.training, Training::kNone);
  EXPECT_FALSE(p.external_parties.customers_interact_with_ai);
}

TEST(ValidateProfile, MissingRequiredFieldsPointAtTheirObject) {
  ExpectOneError(ProfileBuilder().Erase("/organisation/name").Json(), "/organisation",
                 "required field \"name\" is missing");
  ExpectOneError(ProfileBuilder().Erase("/organisation/sector").Json(), "/organisation",
                 "\"sector\"");
  ExpectOneError(ProfileBuilder().Erase("/organisation/employees").Json(), "/organisation",
                 "\"employees\"");
  ExpectOneError(ProfileBuilder().Erase("/organisation").Json(), "", "\"organisation\"");
  ExpectOneError(ProfileBuilder().Erase("/ai_systems/0/id").Json(), "/ai_systems/0", "\"id\"");
}

TEST(ValidateProfile, StaffGroupsAreRequiredAndNotEmpty) {
  // Without groups the chatbot's used_by cannot resolve; that is not reported twice.
  ProfileResult missing = ParseProfile(ProfileBuilder().Erase("/staff_groups").Json());
  ASSERT_EQ(missing.diagnostics.errors.size(), 1u);
  EXPECT_EQ(missing.diagnostics.errors[0].pointer, "");
  ProfileResult empty = ParseProfile(ProfileBuilder().Set("/staff_groups", "[]").Json());
  ASSERT_EQ(empty.diagnostics.errors.size(), 1u);
  EXPECT_EQ(empty.diagnostics.errors[0].pointer, "/staff_groups");
  EXPECT_NE(empty.diagnostics.errors[0].message.find("at least one"), std::string::npos);
}

TEST(ValidateProfile, WrongEnumValueListsTheAllowedOnes) {
  ExpectOneError(ProfileBuilder().Set("/governance/budget", Quote("maybe")).Json(),
                 "/governance/budget",
                 "\"maybe\" is not one of the allowed values: yes, partly, no");
  ExpectOneError(ProfileBuilder().Set("/ai_systems/0/risk_class", Quote("severe")).Json(),
                 "/ai_systems/0/risk_class", "prohibited, high, limited, minimal, unknown");
  ExpectOneError(ProfileBuilder().Set("/ai_systems/0/high_risk_basis", Quote("annex_ii")).Json(),
                 "/ai_systems/0/high_risk_basis", "annex_i, annex_iii, unknown");
  ExpectOneError(ProfileBuilder().Set("/staff_groups/0/role", Quote("boss")).Json(),
                 "/staff_groups/0/role", "board, management, ai_lead");
  ExpectOneError(ProfileBuilder().Set("/organisation/kind", Quote("govt")).Json(),
                 "/organisation/kind", "public, semi_public, private");
  ExpectOneError(ProfileBuilder().Set("/ai_systems/0/affected", R"(["citizens", "aliens"])").Json(),
                 "/ai_systems/0/affected/1", "employees, customers, citizens");
}

TEST(ValidateProfile, WrongTypesSayWhatWasExpectedAndFound) {
  ExpectOneError(ProfileBuilder().Set("/organisation/employees", Quote("1200")).Json(),
                 "/organisation/employees",
                 "must be a whole number from 1 to 10,000,000, not text");
  ExpectOneError(ProfileBuilder().Set("/governance/responsible_assigned", Quote("yes")).Json(),
                 "/governance/responsible_assigned", "must be true or false, not text");
  ExpectOneError(ProfileBuilder().Set("/ai_systems", "{}").Json(), "/ai_systems",
                 "must be a list, not an object");
  ExpectOneError(ProfileBuilder().Set("/governance", "[]").Json(), "/governance",
                 "must be an object");
  ExpectOneError(ProfileBuilder().Set("/ai_systems/0", "7").Json(), "/ai_systems/0",
                 "must be an object");
  ExpectOneError(ProfileBuilder().Set("/organisation/name", "12").Json(), "/organisation/name",
                 "must be text");
  ExpectOneError("[1, 2]", "", "must be a JSON object");
}

TEST(ValidateProfile, NumbersOutOfRange) {
  ExpectOneError(ProfileBuilder().Set("/organisation/employees", "0").Json(),
                 "/organisation/employees", "(found 0)");
  ExpectOneError(ProfileBuilder().Set("/organisation/employees", "10000001").Json(),
                 "/organisation/employees", "(found 10,000,001)");
  ExpectOneError(ProfileBuilder().Set("/organisation/employees", "12.5").Json(),
                 "/organisation/employees", "fraction");
  ExpectOneError(ProfileBuilder().Set("/ai_systems/0/people_affected", "-1").Json(),
                 "/ai_systems/0/people_affected", "(found -1)");
  ExpectOneError(ProfileBuilder().Set("/staff_groups/0/headcount", "0").Json(),
                 "/staff_groups/0/headcount", "from 1 to");
  ExpectOneError(ProfileBuilder().Set("/organisation/employees", "1e300").Json(),
                 "/organisation/employees", "whole number");
  // JSON Schema counts 1200.0 as an integer; so does the engine.
  EXPECT_TRUE(ParseProfile(ProfileBuilder().Set("/organisation/employees", "1200.0").Json()).ok());
}

TEST(ValidateProfile, TextLengthIsCountedInCharactersNotBytes) {
  std::string two_hundred_e_acute;
  for (int i = 0; i < 200; ++i) two_hundred_e_acute += "\xC3\xA9";
  EXPECT_TRUE(
      ParseProfile(ProfileBuilder().Set("/organisation/name", Quote(two_hundred_e_acute)).Json())
          .ok());
  ExpectOneError(
      ProfileBuilder().Set("/organisation/name", Quote(two_hundred_e_acute + "e")).Json(),
      "/organisation/name", "is 201 characters long; at most 200");
  ExpectOneError(ProfileBuilder().Set("/staff_groups/0/name", Quote("")).Json(),
                 "/staff_groups/0/name", "may not be empty");
}

TEST(ValidateProfile, IdsFollowTheIdRule) {
  ExpectOneError(ProfileBuilder()
                     .Set("/staff_groups/0/id", Quote("k c c"))
                     .Set("/ai_systems/0/used_by", "[]")
                     .Json(),
                 "/staff_groups/0/id", "found a space");
  ExpectOneError(ProfileBuilder().Set("/ai_systems/0/id", Quote(std::string(65, 'a'))).Json(),
                 "/ai_systems/0/id", "at most 64");
  ExpectOneError(ProfileBuilder().Set("/organisation/sector", Quote("zorg/welzijn")).Json(),
                 "/organisation/sector", "found \"/\"");
  ExpectOneError(ProfileBuilder().Set("/implemented_measures", R"(["ok.id", "bad id"])").Json(),
                 "/implemented_measures/1", "found a space");
  ExpectOneError(ProfileBuilder().Set("/implemented_measures", R"(["a", "a"])").Json(),
                 "/implemented_measures/1", "listed twice");
}

TEST(ValidateProfile, UsedByMustNameAnExistingGroup) {
  ExpectOneError(ProfileBuilder().Set("/ai_systems/0/used_by", R"(["kcc", "wijkteam"])").Json(),
                 "/ai_systems/0/used_by/1",
                 "staff group \"wijkteam\" does not exist; the staff groups are: kcc");
  ExpectOneError(ProfileBuilder().Set("/ai_systems/0/used_by", R"(["kcc", "kcc"])").Json(),
                 "/ai_systems/0/used_by/1", "listed twice");
}

TEST(ValidateProfile, DuplicateIdsAreErrorsNamingTheFirstUse) {
  ExpectOneError(ProfileBuilder().Set("/staff_groups/1", R"({"id": "kcc"})").Json(),
                 "/staff_groups/1/id", "already used by /staff_groups/0");
  ExpectOneError(ProfileBuilder().Set("/ai_systems/1", R"({"id": "chatbot"})").Json(),
                 "/ai_systems/1/id", "already used by /ai_systems/0");
  ExpectOneError(ProfileBuilder().Set("/ai_systems/0/affected", R"(["minors", "minors"])").Json(),
                 "/ai_systems/0/affected/1", "listed twice");
}

TEST(ValidateProfile, UnknownFieldsAreWarningsNotErrors) {
  ProfileResult result = ParseProfile(ProfileBuilder()
                                          .Set("/organisation/website", Quote("https://x.nl"))
                                          .Set("/ai_systems/0/vendor", Quote("Acme"))
                                          .Set("/notes", Quote("concept"))
                                          .Json());
  ASSERT_TRUE(result.ok());
  ASSERT_EQ(result.diagnostics.warnings.size(), 3u);
  std::vector<std::string> pointers;
  for (const auto& w : result.diagnostics.warnings) pointers.push_back(w.pointer);
  std::sort(pointers.begin(), pointers.end());
  EXPECT_EQ(pointers,
            (std::vector<std::string>{"/ai_systems/0/vendor", "/notes", "/organisation/website"}));
  EXPECT_NE(result.diagnostics.warnings[0].message.find("unknown field"), std::string::npos);
}

TEST(ValidateProfile, ReportsEveryErrorAtOnce) {
  ProfileResult result = ParseProfile(ProfileBuilder()
                                          .Set("/organisation/employees", "0")
                                          .Set("/governance/budget", Quote("soms"))
                                          .Set("/ai_systems/0/used_by", R"(["nobody"])")
                                          .Set("/staff_groups/0/training", Quote("lots"))
                                          .Json());
  EXPECT_FALSE(result.ok());
  EXPECT_EQ(result.diagnostics.errors.size(), 4u);
  EXPECT_NE(FindError(result, "/organisation/employees"), nullptr);
  EXPECT_NE(FindError(result, "/governance/budget"), nullptr);
  EXPECT_NE(FindError(result, "/ai_systems/0/used_by/0"), nullptr);
  EXPECT_NE(FindError(result, "/staff_groups/0/training"), nullptr);
}

std::string ManyItems(const std::string& prefix, int count, const std::string& extra) {
  std::string list = "[";
  for (int i = 0; i < count; ++i) {
    list += (i ? "," : "") + std::string(R"({"id": ")") + prefix + std::to_string(i) + "\"" +
            extra + "}";
  }
  return list + "]";
}

TEST(ValidateProfile, CountLimitsAreEnforced) {
  std::string thousand = ManyItems("s", 1000, "");
  EXPECT_TRUE(ParseProfile(ProfileBuilder().Set("/ai_systems", thousand).Json()).ok());
  ProfileResult too_many =
      ParseProfile(ProfileBuilder().Set("/ai_systems", ManyItems("s", 1001, "")).Json());
  ASSERT_EQ(too_many.diagnostics.errors.size(), 1u);
  EXPECT_EQ(too_many.diagnostics.errors[0].pointer, "/ai_systems");
  EXPECT_NE(too_many.diagnostics.errors[0].message.find("1,000"), std::string::npos);
  ProfileResult groups =
      ParseProfile(ProfileBuilder().Set("/staff_groups", ManyItems("g", 1001, "")).Json());
  ASSERT_EQ(groups.diagnostics.errors.size(), 1u);
  EXPECT_EQ(groups.diagnostics.errors[0].pointer, "/staff_groups");
}

TEST(ValidateProfile, NestingLimitIsEnforcedEvenInUnknownFields) {
  std::string deep = "1";
  for (int i = 0; i < 40; ++i) deep = "[" + deep + "]";
  ProfileResult result = ParseProfile(ProfileBuilder().Set("/extra", deep).Json());
  ASSERT_EQ(result.diagnostics.errors.size(), 1u);
  EXPECT_NE(result.diagnostics.errors[0].message.find("32 levels"), std::string::npos);
}

TEST(ValidateProfile, RefusesInputOverTheByteLimit) {
  ProfileLimits limits;
  limits.max_bytes = 100;
  ProfileResult result = ParseProfile(ProfileBuilder().Json(), limits);
  ASSERT_EQ(result.diagnostics.errors.size(), 1u);
  EXPECT_NE(result.diagnostics.errors[0].message.find("at most 100"), std::string::npos);
}

}  // namespace
}  // namespace ailit

namespace ailit {
namespace {

// Duplicate keys do not hide the other problems of the profile.
TEST(ValidateProfile, DuplicateKeysAreReportedWithEveryOtherError) {
  ProfileResult result = ParseProfile(R"({
    "organisation": {"name": "X", "name": "Y", "sector": "x y", "employees": 0},
    "staff_groups": []})");
  EXPECT_FALSE(result.ok());
  ASSERT_EQ(result.diagnostics.errors.size(), 4u);
  EXPECT_EQ(result.diagnostics.errors[0].pointer, "/organisation/name");
  EXPECT_NE(result.diagnostics.errors[0].message.find("appears twice"), std::string::npos);
  EXPECT_NE(FindError(result, "/organisation/sector"), nullptr);
  EXPECT_NE(FindError(result, "/organisation/employees"), nullptr);
  EXPECT_NE(FindError(result, "/staff_groups"), nullptr);
}

}  // namespace
}  // namespace ailit

namespace ailit {
namespace {

TEST(ValidateProfile, AWrongTypeOnAnEnumFieldStillListsTheAllowedValues) {
  ExpectOneError(ProfileBuilder().Set("/ai_systems/0/kind", "3").Json(), "/ai_systems/0/kind",
                 "must be one of generative, predictive, classification");
  ExpectOneError(ProfileBuilder().Set("/ai_systems/0/affected", "[true]").Json(),
                 "/ai_systems/0/affected/0", "must be one of employees, customers");
}

TEST(ValidateProfile, HugeWholeNumbersAreNotCalledFractions) {
  ExpectOneError(
      ProfileBuilder().Set("/ai_systems/0/people_affected", "99999999999999999999").Json(),
      "/ai_systems/0/people_affected", "(found a number too large to count)");
}

TEST(ValidateProfile, ReservedTargetNamesCannotBeStaffGroupIds) {
  ExpectOneError(ProfileBuilder().Set("/staff_groups/1", R"({"id": "service_providers"})").Json(),
                 "/staff_groups/1/id", "is reserved");
}

}  // namespace
}  // namespace ailit

// The JSON of a recommendation holds every field of the v1 contract (DESIGN.md §4).
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <set>
#include <string>

#include "ailit/render.h"
#include "support/knowledge.h"
#include "support/profile_builder.h"

namespace ailit {
namespace {

using testing::ProfileBuilder;

rapidjson::Document Parse(const std::string& json) {
  rapidjson::Document doc;
  doc.Parse(json.c_str());
  EXPECT_FALSE(doc.HasParseError());
  return doc;
}

std::string Str(const rapidjson::Value& v) {
  return {v.GetString(), v.GetStringLength()};
}

class RecommendationJsonTest : public ::testing::Test {
 protected:
  std::shared_ptr<const Engine> engine_ = testing::FixtureEngine();
  Recommendation rec_ = testing::RecommendFor(
      engine_, ProfileBuilder()
                   .Set("/ai_systems/1", R"({"id": "benefits", "risk_class": "high",
                        "used_by": ["kcc"]})")
                   .Set("/implemented_measures", R"(["t.portal"])")
                   .Json());
};

TEST_F(RecommendationJsonTest, HasEveryContractField) {
  rapidjson::Document doc = Parse(RecommendationToJson(rec_, Lang::kEn));
  ASSERT_TRUE(doc.IsObject());
  for (const char* key : {"decision_id", "scores", "preconditions", "measures", "plan", "warnings",
                          "engine", "legal_basis"}) {
    EXPECT_TRUE(doc.HasMember(key)) << key;
  }
  EXPECT_EQ(Str(doc["decision_id"]), rec_.decision_id);
  const auto& scores = doc["scores"];
  for (const char* key :
       {"nature", "severity", "sector_risk", "overall", "level", "factors", "systems", "groups"}) {
    EXPECT_TRUE(scores.HasMember(key)) << key;
  }
  ASSERT_EQ(doc["preconditions"].Size(), 4u);
  EXPECT_EQ(Str(doc["preconditions"][0]["id"]), "board");
  EXPECT_EQ(Str(doc["preconditions"][0]["status"]), "partial");

  ASSERT_EQ(doc["measures"].Size(), rec_.measures.size());
  for (const auto& m : doc["measures"].GetArray()) {
    for (const char* key :
         {"id", "topic", "title", "description", "priority", "year", "step", "targets", "systems",
          "effort", "origin", "because", "sources", "status"}) {
      EXPECT_TRUE(m.HasMember(key)) << Str(m["id"]) << " lacks " << key;
    }
    EXPECT_EQ(Str(m["origin"]), "core");
    EXPECT_GE(m["priority"].GetInt(), 0);
    EXPECT_LE(m["priority"].GetInt(), 100);
  }
  EXPECT_EQ(Str(doc["engine"]["rule_packs"][0]["id"]), "test.core");
  EXPECT_EQ(Str(doc["engine"]["rule_packs"][0]["version"]), "0.1.0");
  EXPECT_TRUE(doc["engine"]["plugins"].IsArray());
  EXPECT_EQ(Str(doc["legal_basis"]["text_of"]), "2024-07-12");
  EXPECT_EQ(Str(doc["legal_basis"]["note"]), "Test basis.");
}

TEST_F(RecommendationJsonTest, MeasuresCarryTargetsSystemsAndWhy) {
  rapidjson::Document doc = Parse(RecommendationToJson(rec_, Lang::kEn));
  const rapidjson::Value* oversight = nullptr;
  const rapidjson::Value* portal = nullptr;
  for (const auto& m : doc["measures"].GetArray()) {
    if (Str(m["id"]) == "t.oversight") oversight = &m;
    if (Str(m["id"]) == "t.portal") portal = &m;
  }
  ASSERT_NE(oversight, nullptr);
  EXPECT_EQ(Str((*oversight)["targets"][0]), "kcc");
  EXPECT_EQ(Str((*oversight)["systems"][0]), "benefits");
  EXPECT_EQ(Str((*oversight)["status"]), "planned");
  const auto& because = (*oversight)["because"][0];
  EXPECT_EQ(Str(because["rule"]), "oversight");
  EXPECT_EQ(Str(because["system"]), "benefits");
  EXPECT_EQ(Str(because["facts"]["system.risk_class"]), "high");
  EXPECT_EQ(Str((*oversight)["sources"][0]), "Test source: says what it says.");
  EXPECT_EQ(Str((*oversight)["how"]), "Large how.") << "the how text for a large organisation";

  ASSERT_NE(portal, nullptr);
  EXPECT_EQ(Str((*portal)["status"]), "in_place");
}

TEST_F(RecommendationJsonTest, PlanGroupsPlannedMeasuresByYearAndStep) {
  rapidjson::Document doc = Parse(RecommendationToJson(rec_, Lang::kNl));
  ASSERT_EQ(doc["plan"].Size(), 3u);
  std::set<std::string> in_plan;
  for (const auto& year : doc["plan"].GetArray()) {
    ASSERT_EQ(year["steps"].Size(), 4u);
    EXPECT_EQ(Str(year["steps"][0]["step"]), "identify");
    EXPECT_EQ(Str(year["steps"][3]["step"]), "evaluate");
    for (const auto& step : year["steps"].GetArray()) {
      for (const auto& m : step["measures"].GetArray()) {
        in_plan.insert(Str(m["id"]));
        EXPECT_EQ(Str(m["title"]).rfind("NL ", 0), 0u) << "titles in the chosen language";
        for (const auto& full : doc["measures"].GetArray()) {
          if (Str(full["id"]) != Str(m["id"])) continue;
          // A recurring entry repeats a measure of an earlier year.
          if (m.HasMember("recurring")) {
            EXPECT_LT(full["year"].GetInt(), year["year"].GetInt());
          } else {
            EXPECT_EQ(full["year"].GetInt(), year["year"].GetInt());
          }
          EXPECT_EQ(Str(full["step"]), Str(step["step"]));
        }
      }
    }
  }
  EXPECT_FALSE(in_plan.count("t.portal")) << "in place, so not planned";
  // t.basic (year 1) recurs: it comes back in years 2 and 3, marked as such.
  for (int year : {2, 3}) {
    bool found = false;
    for (const auto& m : doc["plan"][year - 1]["steps"][2]["measures"].GetArray()) {
      if (Str(m["id"]) != "t.basic") continue;
      found = true;
      EXPECT_TRUE(m.HasMember("recurring") && m["recurring"].GetBool());
    }
    EXPECT_TRUE(found) << "year " << year;
  }
  EXPECT_TRUE(in_plan.count("t.oversight"));
}

TEST_F(RecommendationJsonTest, ExplainListsConditionsWithExpectedAndActual) {
  Recommendation rec = testing::RecommendFor(engine_, ProfileBuilder().Json(), {.explain = true});
  rapidjson::Document doc = Parse(RecommendationToJson(rec, Lang::kEn));
  ASSERT_TRUE(doc.HasMember("explain"));
  bool saw_unfired = false;
  for (const auto& r : doc["explain"].GetArray()) {
    if (Str(r["rule"]) != "oversight") continue;
    saw_unfired = true;
    EXPECT_FALSE(r["fired"].GetBool());
    EXPECT_EQ(Str(r["system"]), "chatbot");
    const auto& c = r["conditions"][0];
    EXPECT_EQ(Str(c["fact"]), "system.risk_class");
    EXPECT_EQ(Str(c["operator"]), "equal");
    EXPECT_EQ(Str(c["expected"]), "high");
    EXPECT_EQ(Str(c["actual"]), "limited");
    EXPECT_FALSE(c["result"].GetBool());
  }
  EXPECT_TRUE(saw_unfired) << "explain shows the rules that did not fire too";
  EXPECT_FALSE(Parse(RecommendationToJson(rec_, Lang::kEn)).HasMember("explain"));
}

}  // namespace
}  // namespace ailit

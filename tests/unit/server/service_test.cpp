// The HTTP API as a function: every route's answer, and every error status of DESIGN.md §7 with
// its JSON body, without a socket (tests/integration/ does the same over loopback).
#include "service.h"

#include <gtest/gtest.h>

#include <rapidjson/document.h>

#include "support/files.h"
#include "support/plugins.h"

namespace ailit::server {
namespace {

class ServiceTest : public ::testing::Test {
 protected:
  ServiceTest()
      : engines_(std::filesystem::path(AILIT_PLUGIN_BUILD_DIR), {}),
        service_({.body_limit = 1u << 20, .admin_token = "secret"}, engines_, metrics_, [] {
          return ConnectionGauges{3, 2, 2, 1, 40, 5};
        }) {
    EXPECT_TRUE(engines_.Reload().ok);
  }

  HttpResponse Post(const std::string& path, std::string body,
                    std::map<std::string, std::string> query = {},
                    std::optional<std::string> type = "application/json") {
    HttpRequest r{"POST",          path, std::move(query), std::move(type), std::nullopt,
                  std::move(body), true};
    return service_.Handle(r);
  }
  HttpResponse Get(const std::string& path, std::map<std::string, std::string> query = {}) {
    HttpRequest r{"GET", path, std::move(query), std::nullopt, std::nullopt, "", true};
    return service_.Handle(r);
  }
  static rapidjson::Document Parse(const std::string& body) {
    rapidjson::Document doc;
    doc.Parse(body.c_str(), body.size());
    EXPECT_FALSE(doc.HasParseError()) << body.substr(0, 200);
    return doc;
  }

  Metrics metrics_;
  EngineHolder engines_;
  Service service_;
};

std::string Example(const std::string& name) {
  return testing::ReadFile(testing::SourcePath("profiles/" + name));
}

TEST_F(ServiceTest, RecommendsWithDecisionIdAndTheVersionsUsed) {
  HttpResponse r = Post("/v1/recommendations", Example("municipality.json"), {{"lang", "nl"}});
  ASSERT_EQ(r.status, 200) << r.body.substr(0, 300);
  EXPECT_EQ(r.content_type, "application/json");
  rapidjson::Document doc = Parse(r.body);
  EXPECT_EQ(std::string(doc["lang"].GetString()), "nl");
  EXPECT_EQ(std::string(doc["decision_id"].GetString()), r.decision_id);
  ASSERT_EQ(r.headers.size(), 1u);
  EXPECT_EQ(r.headers[0], (std::pair<std::string, std::string>{"X-Decision-Id", r.decision_id}));
  bool municipality_pack = false;
  for (const auto& p : doc["engine"]["rule_packs"].GetArray()) {
    municipality_pack |= std::string(p["id"].GetString()) == "org.ailit.municipality";
  }
  EXPECT_TRUE(municipality_pack);
  EXPECT_EQ(r.route, "/v1/recommendations");
}

TEST_F(ServiceTest, RendersMarkdownAndHtmlAndExplains) {
  HttpResponse md = Post("/v1/recommendations", Example("hospital.json"), {{"format", "markdown"}});
  EXPECT_EQ(md.status, 200);
  EXPECT_EQ(md.content_type, "text/markdown; charset=utf-8");
  EXPECT_EQ(md.body.rfind("# ", 0), 0u);
  HttpResponse html = Post("/v1/recommendations", Example("hospital.json"), {{"format", "html"}});
  EXPECT_EQ(html.content_type, "text/html; charset=utf-8");
  HttpResponse explained =
      Post("/v1/recommendations", Example("hospital.json"), {{"explain", "true"}});
  rapidjson::Document doc = Parse(explained.body);
  ASSERT_TRUE(doc.HasMember("explain"));
  ASSERT_TRUE(doc["explain"].IsArray());
  ASSERT_GT(doc["explain"].Size(), 0u);
  const auto& rule = doc["explain"][0];
  EXPECT_TRUE(rule.HasMember("fired"));
  ASSERT_TRUE(rule.HasMember("conditions"));
  EXPECT_TRUE(rule["conditions"][0].HasMember("expected"));
  EXPECT_TRUE(rule["conditions"][0].HasMember("actual"));
}

TEST_F(ServiceTest, MalformedJsonIs400) {
  HttpResponse r = Post("/v1/recommendations", "{\"organisation\": ");
  EXPECT_EQ(r.status, 400);
  rapidjson::Document doc = Parse(r.body);
  EXPECT_EQ(std::string(doc["error"].GetString()), "malformed JSON");
  EXPECT_GE(doc["details"].Size(), 1u);
}

TEST_F(ServiceTest, AContractViolationIs422WithPointers) {
  std::string profile = Example("municipality.json");
  std::size_t at = profile.find("\"employees\": 1200");
  ASSERT_NE(at, std::string::npos);
  profile.replace(at, 17, "\"employees\": -5");
  HttpResponse r = Post("/v1/recommendations", profile);
  ASSERT_EQ(r.status, 422) << r.body;
  rapidjson::Document doc = Parse(r.body);
  EXPECT_EQ(std::string(doc["details"][0]["pointer"].GetString()), "/organisation/employees");
}

TEST_F(ServiceTest, AContentTypeOtherThanJsonIs415AndAMissingOneIsJson) {
  EXPECT_EQ(Post("/v1/recommendations", Example("hospital.json"), {}, "text/plain").status, 415);
  EXPECT_EQ(Post("/v1/scores", "{}", {}, "application/x-www-form-urlencoded").status, 415);
  EXPECT_EQ(Post("/v1/recommendations", Example("hospital.json"), {}, std::nullopt).status, 200);
  EXPECT_EQ(
      Post("/v1/recommendations", Example("hospital.json"), {}, "Application/JSON; charset=utf-8")
          .status,
      200);
  EXPECT_EQ(Post("/v1/validate", "{}", {}, "application/problem+json").status, 200);
}

TEST_F(ServiceTest, UnknownPathsAre404AndWrongMethods405WithAllow) {
  EXPECT_EQ(Get("/v2/nothing").status, 404);
  EXPECT_EQ(Get("/v2/nothing").route, "unmatched");
  HttpResponse r = Get("/v1/recommendations");
  EXPECT_EQ(r.status, 405);
  ASSERT_EQ(r.headers.size(), 1u);
  EXPECT_EQ(r.headers[0], (std::pair<std::string, std::string>{"Allow", "POST"}));
  EXPECT_EQ(Post("/healthz", "").status, 405);
}

TEST_F(ServiceTest, BadQueryParametersAre400) {
  EXPECT_EQ(Post("/v1/recommendations", Example("hospital.json"), {{"lang", "fr"}}).status, 400);
  EXPECT_EQ(Post("/v1/recommendations", Example("hospital.json"), {{"format", "pdf"}}).status, 400);
  EXPECT_EQ(Post("/v1/recommendations", Example("hospital.json"), {{"langg", "nl"}}).status, 400);
  EXPECT_EQ(Post("/v1/recommendations", Example("hospital.json"),
                 {{"format", "markdown"}, {"explain", "true"}})
                .status,
            400);
}

TEST_F(ServiceTest, ScoresAndValidates) {
  HttpResponse scores = Post("/v1/scores", Example("education.json"), {{"lang", "nl"}});
  ASSERT_EQ(scores.status, 200);
  EXPECT_TRUE(Parse(scores.body)["scores"].HasMember("sector_risk"));
  HttpResponse valid = Post("/v1/validate", Example("education.json"));
  EXPECT_TRUE(Parse(valid.body)["valid"].GetBool());
  HttpResponse invalid = Post("/v1/validate", "{\"a\": ");
  EXPECT_EQ(invalid.status, 200);
  EXPECT_FALSE(Parse(invalid.body)["valid"].GetBool());
}

TEST_F(ServiceTest, ListsPluginsMeasuresAndTheSchema) {
  rapidjson::Document plugins = Parse(Get("/v1/plugins").body);
  EXPECT_EQ(plugins["plugins"].Size(), 4u);
  rapidjson::Document measures = Parse(Get("/v1/measures", {{"lang", "nl"}}).body);
  EXPECT_EQ(std::string(measures["lang"].GetString()), "nl");
  EXPECT_GT(measures["measures"].Size(), 60u);  // the core's and the four plugins'
  HttpResponse schema = Get("/v1/schema/profile");
  EXPECT_EQ(schema.content_type, "application/schema+json");
  EXPECT_EQ(schema.body, testing::ReadFile(testing::SourcePath("profiles/profile.schema.json")));
}

TEST_F(ServiceTest, ServesHealthMetricsAndThePage) {
  rapidjson::Document health = Parse(Get("/healthz").body);
  ASSERT_TRUE(health.HasMember("status"));
  EXPECT_EQ(std::string(health["status"].GetString()), "ok");
  metrics_.CountRequest("/healthz", 200, 0.0002);
  HttpResponse m = Get("/metrics");
  EXPECT_EQ(m.content_type, "text/plain; version=0.0.4; charset=utf-8");
  EXPECT_NE(m.body.find("ailit_http_requests_total{route=\"/healthz\",status=\"200\"} 1"),
            std::string::npos);
  EXPECT_NE(m.body.find("ailit_http_request_duration_seconds_bucket{route=\"/healthz\","
                        "status=\"200\",le=\"0.0005\"} 1"),
            std::string::npos);
  EXPECT_NE(m.body.find("ailit_http_queued_connections 3"), std::string::npos);
  EXPECT_NE(m.body.find("ailit_http_refused_connections_total 1"), std::string::npos);
  EXPECT_NE(m.body.find("ailit_http_timed_out_connections_total 5"), std::string::npos);
  Post("/v1/recommendations", Example("municipality.json"));
  Post("/v1/recommendations", Example("small_business_genai.json"));
  std::string after = Get("/metrics").body;
  EXPECT_NE(after.find("ailit_recommendations_total{sector=\"municipality\"} 1"),
            std::string::npos);
  EXPECT_EQ(Get("/").content_type, "text/html; charset=utf-8");
  EXPECT_EQ(Get("/app.js").content_type, "text/javascript; charset=utf-8");
  EXPECT_EQ(Get("/style.css").content_type, "text/css; charset=utf-8");
}

TEST_F(ServiceTest, ReloadIsForLoopbackOrTheToken) {
  HttpRequest remote{"POST", "/v1/admin/reload", {}, std::nullopt, std::nullopt, "", false};
  EXPECT_EQ(service_.Handle(remote).status, 403);
  remote.authorization = "Bearer wrong";
  EXPECT_EQ(service_.Handle(remote).status, 403);
  remote.authorization = "Bearer secret";
  auto before = engines_.Current();
  HttpResponse r = service_.Handle(remote);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_TRUE(Parse(r.body)["reloaded"].GetBool());
  EXPECT_NE(engines_.Current(), before);
  EXPECT_EQ(Post("/v1/admin/reload", "").status, 200);  // from loopback
}

TEST(EngineHolderTest, AFailedReloadKeepsTheEngine) {
  std::filesystem::path dir = std::filesystem::temp_directory_path() / "ailit_holder_test";
  std::filesystem::create_directories(dir);
  EngineHolder holder(dir, {});
  ASSERT_TRUE(holder.Reload().ok);
  auto before = holder.Current();
  std::filesystem::remove_all(dir);
  ReloadResult again = holder.Reload();
  EXPECT_FALSE(again.ok);
  ASSERT_FALSE(again.problems.empty());
  EXPECT_NE(again.problems[0].find("ailit_holder_test"), std::string::npos);
  EXPECT_EQ(holder.Current(), before);
}

}  // namespace
}  // namespace ailit::server

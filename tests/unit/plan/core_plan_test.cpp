// What the core knowledge base tells the example organisations (profiles/): the behaviours a
// policy officer relies on, checked on the real rules and measures.
#include <gtest/gtest.h>

#include <algorithm>
#include <iterator>
#include <set>
#include <string>

#include "ailit/recommendation.h"
#include "ailit/render.h"
#include "support/files.h"
#include "support/knowledge.h"

namespace ailit {
namespace {

using testing::FindMeasure;
using testing::MeasureId;

class CorePlanTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    EngineResult built = Engine::Create(CoreKnowledge());
    engine_ = built.engine;
  }
  void SetUp() override { ASSERT_TRUE(engine_) << "core knowledge base failed to load"; }

  static std::string Example(const std::string& name) {
    return testing::ReadFile(testing::SourcePath("profiles/" + name + ".json"));
  }
  static Recommendation Run(const std::string& json) {
    return testing::RecommendFor(engine_, json);
  }
  static std::size_t Planned(const Recommendation& rec) {
    return static_cast<std::size_t>(
        std::count_if(rec.measures.begin(), rec.measures.end(),
                      [](const PlannedMeasure& m) { return m.status == MeasureStatus::kPlanned; }));
  }
  static std::string GroupIds(const Recommendation& rec, const PlannedMeasure& m) {
    std::string out;
    for (std::uint32_t g : m.groups) out += rec.profile.staff_groups[g].id + " ";
    return out;
  }
  static std::shared_ptr<const Engine> engine_;
};
std::shared_ptr<const Engine> CorePlanTest::engine_;

// Replaces the first occurrence of `from` in the example text.
std::string Edit(std::string json, const std::string& from, const std::string& to) {
  std::size_t at = json.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) json.replace(at, from.size(), to);
  return json;
}

TEST_F(CorePlanTest, EachMissingOrPartialPreconditionGetsItsMeasure) {
  for (const char* name : {"municipality", "hospital", "small_business_genai", "education"}) {
    Recommendation rec = Run(Example(name));
    ASSERT_EQ(rec.preconditions.size(), 4u);
    for (const Precondition& p : rec.preconditions) {
      const PlannedMeasure* m = FindMeasure(rec, p.measure);
      if (p.status == PreconditionStatus::kInPlace) {
        EXPECT_EQ(m, nullptr) << name << ": " << p.measure << " is planned though in place";
      } else {
        ASSERT_NE(m, nullptr) << name << ": " << p.measure << " missing for status "
                              << Name(p.status);
        EXPECT_EQ(m->year, 1) << p.measure;
      }
    }
  }
}

TEST_F(CorePlanTest, EveryHighRiskSystemGetsHumanOversightForItsUsers) {
  Recommendation rec = Run(Example("municipality"));
  const PlannedMeasure* oversight = FindMeasure(rec, "execute.human-oversight");
  ASSERT_NE(oversight, nullptr);
  for (std::uint32_t s = 0; s < rec.profile.ai_systems.size(); ++s) {
    const AiSystem& system = rec.profile.ai_systems[s];
    if (system.risk_class != RiskClass::kHigh) continue;
    EXPECT_TRUE(std::count(oversight->systems.begin(), oversight->systems.end(), s)) << system.id;
    for (std::uint32_t g : system.used_by) {
      EXPECT_TRUE(std::count(oversight->groups.begin(), oversight->groups.end(), g))
          << rec.profile.staff_groups[g].id << " uses " << system.id;
    }
  }
  EXPECT_EQ(oversight->year, 1);
  EXPECT_GE(oversight->priority, 80);

  Recommendation none = Run(Example("small_business_genai"));
  EXPECT_EQ(FindMeasure(none, "execute.human-oversight"), nullptr) << "no high-risk system";
}

TEST_F(CorePlanTest, AProhibitedPracticeIsStoppedFirst) {
  std::string json =
      Edit(Example("education"), R"("risk_class": "high")", R"("risk_class": "prohibited")");
  Recommendation rec = Run(json);
  ASSERT_FALSE(rec.measures.empty());
  EXPECT_EQ(MeasureId(rec, rec.measures.front()), "identify.stop-prohibited-practice");
  EXPECT_EQ(rec.measures.front().priority, 100);
  EXPECT_EQ(rec.measures.front().year, 1);
  EXPECT_EQ(rec.measures.front().step, PlanStep::kIdentify);
  EXPECT_FALSE(rec.measures.front().systems.empty());
  Recommendation unchanged = Run(Example("education"));
  EXPECT_EQ(FindMeasure(unchanged, "identify.stop-prohibited-practice"), nullptr);
}

TEST_F(CorePlanTest, CustomersAndServiceProvidersAreReachedSeparately) {
  std::string base = Example("small_business_genai");
  auto with = [&](bool customers, bool providers) {
    std::string json =
        Edit(base, R"("staff_groups")",
             std::string(R"("external_parties": {"customers_interact_with_ai": )") +
                 (customers ? "true" : "false") + R"(, "service_providers_operate_ai": )" +
                 (providers ? "true" : "false") + R"(}, "staff_groups")");
    return Run(json);
  };
  Recommendation neither = with(false, false);
  EXPECT_EQ(FindMeasure(neither, "execute.customer-education"), nullptr);
  EXPECT_EQ(FindMeasure(neither, "execute.provider-education"), nullptr);

  Recommendation customers = with(true, false);
  const PlannedMeasure* c = FindMeasure(customers, "execute.customer-education");
  ASSERT_NE(c, nullptr);
  EXPECT_TRUE(c->customers);
  EXPECT_FALSE(c->service_providers);
  EXPECT_EQ(FindMeasure(customers, "execute.provider-education"), nullptr);

  Recommendation providers = with(false, true);
  const PlannedMeasure* p = FindMeasure(providers, "execute.provider-education");
  ASSERT_NE(p, nullptr);
  EXPECT_TRUE(p->service_providers);
  EXPECT_FALSE(p->customers);
  EXPECT_EQ(FindMeasure(providers, "execute.customer-education"), nullptr);
}

TEST_F(CorePlanTest, GenerativeAiWithoutGuidelinesGetsGuidelines) {
  std::string base = Example("small_business_genai");
  EXPECT_NE(FindMeasure(Run(base), "execute.genai-guidelines"), nullptr);
  std::string with_guidelines =
      Edit(base, R"("ai_systems")", R"("governance": {"genai_guidelines": "yes"}, "ai_systems")");
  EXPECT_EQ(FindMeasure(Run(with_guidelines), "execute.genai-guidelines"), nullptr);
  std::string no_genai = Edit(base, R"("kind": "generative")", R"("kind": "recommender")");
  EXPECT_EQ(FindMeasure(Run(no_genai), "execute.genai-guidelines"), nullptr);
}

TEST_F(CorePlanTest, ThePlanIsProportionalToSize) {
  Recommendation small = Run(Example("small_business_genai"));  // 8 employees
  Recommendation large = Run(Example("hospital"));              // 3,500 employees
  EXPECT_GT(Planned(small), 3u) << "even a small firm has something to do";
  EXPECT_LE(Planned(small) * 2, Planned(large)) << "a large hospital gets a full plan";
  for (const PlannedMeasure& m : small.measures) {
    EXPECT_EQ(m.effort, Effort::kLow) << MeasureId(small, m);
  }
  bool substantial = std::any_of(large.measures.begin(), large.measures.end(),
                                 [](const PlannedMeasure& m) { return m.effort != Effort::kLow; });
  EXPECT_TRUE(substantial);
  for (std::string topic : {"execute.portal", "execute.community"}) {
    bool in_small = std::any_of(small.measures.begin(), small.measures.end(), [&](const auto& m) {
      return small.engine->measures().measures()[m.measure].topic == topic;
    });
    EXPECT_FALSE(in_small) << "an 8-person firm gets no " << topic;
  }
}

TEST_F(CorePlanTest, ImplementedMeasuresComeBackInPlace) {
  std::string json = Edit(Example("hospital"), R"("implemented_measures": [])",
                          R"("implemented_measures": ["execute.basic-training"])");
  Recommendation rec = Run(json);
  const PlannedMeasure* basic = FindMeasure(rec, "execute.basic-training");
  ASSERT_NE(basic, nullptr);
  EXPECT_EQ(basic->status, MeasureStatus::kInPlace);
  Recommendation before = Run(Example("hospital"));
  const PlannedMeasure* planned = FindMeasure(before, "execute.basic-training");
  ASSERT_NE(planned, nullptr);
  EXPECT_EQ(planned->status, MeasureStatus::kPlanned);
  EXPECT_EQ(Planned(rec) + 1, Planned(before));
}

TEST_F(CorePlanTest, EveryPlannedMeasureSaysWhy) {
  for (const char* name : {"municipality", "hospital", "consultancy", "case1_machine_builder",
                           "case2_government_agency", "small_business_genai", "education"}) {
    Recommendation rec = Run(Example(name));
    for (const PlannedMeasure& m : rec.measures) {
      if (m.status != MeasureStatus::kPlanned) continue;
      ASSERT_FALSE(m.because.empty()) << name << ": " << MeasureId(rec, m);
      for (const Cause& c : m.because) {
        EXPECT_FALSE(c.facts.empty()) << name << ": " << MeasureId(rec, m);
      }
      EXPECT_GE(m.year, 1);
      EXPECT_LE(m.year, 3);
    }
  }
}

TEST_F(CorePlanTest, PublicBodiesGetThePublicSectorPackageAndPrivateOnesDoNot) {
  Recommendation municipality = Run(Example("municipality"));
  std::string as_private =
      Edit(Example("municipality"), R"("kind": "public")", R"("kind": "private")");
  Recommendation company = Run(as_private);
  auto topics = [](const Recommendation& rec) {
    std::set<std::string> ids;
    for (const PlannedMeasure& m : rec.measures) ids.insert(MeasureId(rec, m));
    return ids;
  };
  std::set<std::string> public_only;
  std::set<std::string> a = topics(municipality), b = topics(company);
  std::set_difference(a.begin(), a.end(), b.begin(), b.end(),
                      std::inserter(public_only, public_only.end()));
  EXPECT_FALSE(public_only.empty()) << "a public body deploying high-risk AI gets more";
}

TEST_F(CorePlanTest, BothLanguagesAndDeterministicOutput) {
  Recommendation a = Run(Example("municipality"));
  Recommendation b = Run(Example("municipality"));
  std::string en_a = RecommendationToJson(a, Lang::kEn);
  std::string en_b = RecommendationToJson(b, Lang::kEn);
  EXPECT_NE(a.decision_id, b.decision_id);
  en_b.replace(en_b.find(b.decision_id), b.decision_id.size(), a.decision_id);
  EXPECT_EQ(en_a, en_b) << "the same input gives the same plan apart from decision_id";
  std::string nl = RecommendationToJson(a, Lang::kNl);
  const Measure& first = a.engine->measures().measures()[a.measures.front().measure];
  EXPECT_NE(nl.find(first.title.nl), std::string::npos);
  EXPECT_EQ(nl.find(first.title.en), std::string::npos);
  EXPECT_NE(en_a.find(first.title.en), std::string::npos);
  EXPECT_EQ(RecommendationToMarkdown(a, Lang::kNl), RecommendationToMarkdown(b, Lang::kNl));
  EXPECT_EQ(RecommendationToHtml(a, Lang::kEn), RecommendationToHtml(b, Lang::kEn));
}

}  // namespace
}  // namespace ailit

namespace ailit {
namespace {

TEST_F(CorePlanTest, Annex3DutiesSkipAnnex1Products) {
  // The hospital's two high-risk systems are medical devices (Annex I): no FRIA (Art. 27).
  Recommendation devices = Run(Example("hospital"));
  EXPECT_EQ(FindMeasure(devices, "identify.public-fria-dpia"), nullptr);
  EXPECT_NE(FindMeasure(devices, "execute.human-oversight"), nullptr) << "oversight stays";
  std::string json = Example("hospital");
  for (std::size_t at; (at = json.find(R"("high_risk_basis": "annex_i")")) != std::string::npos;) {
    json.replace(at, 28, R"("high_risk_basis": "annex_iii")");
  }
  Recommendation annex3 = Run(json);
  EXPECT_NE(FindMeasure(annex3, "identify.public-fria-dpia"), nullptr);
}

}  // namespace
}  // namespace ailit

namespace ailit {
namespace {

TEST_F(CorePlanTest, RecurringWorkComesBackInLaterYears) {
  Recommendation rec = Run(Example("small_business_genai"));
  const PlannedMeasure* review = FindMeasure(rec, "evaluate.annual-review");
  ASSERT_NE(review, nullptr);
  ASSERT_EQ(review->year, 1);
  const std::string& title = rec.engine->measures().Find("evaluate.annual-review")->title.en;
  std::string md = RecommendationToMarkdown(rec, Lang::kEn);
  std::size_t year2 = md.find("Year 2");
  std::size_t year3 = md.find("Year 3");
  ASSERT_NE(year2, std::string::npos);
  ASSERT_NE(year3, std::string::npos);
  std::string between = md.substr(year2, year3 - year2);
  EXPECT_NE(between.find("Again every year"), std::string::npos) << between;
  EXPECT_NE(between.find(title), std::string::npos) << "the yearly review comes back in year 2";
}

}  // namespace
}  // namespace ailit

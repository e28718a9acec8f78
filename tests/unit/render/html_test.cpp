// The HTML recommendation over the fixture knowledge base (tests/fixtures/knowledge/): one
// self-contained page that loads nothing, whose structure no free text can break, with the plan
// where the plan puts it and both pictures in place.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "ailit/recommendation.h"
#include "ailit/render.h"
#include "support/knowledge.h"
#include "support/profile_builder.h"

namespace ailit {
namespace {

using testing::ProfileBuilder;

class HtmlTest : public ::testing::Test {
 protected:
  Recommendation Run(const ProfileBuilder& profile) {
    return testing::RecommendFor(engine_, profile.Json());
  }
  // A high-risk and a prohibited system besides the chatbot, three groups, a measure in place.
  static ProfileBuilder Busy() {
    return ProfileBuilder()
        .Set("/ai_systems/1", R"({"id": "benefits", "name": "Benefits signals",
            "kind": "predictive", "risk_class": "high", "decision_role": "supports",
            "affected": ["citizens"], "used_by": ["case"]})")
        .Set("/ai_systems/2", R"({"id": "emotion", "kind": "recognition",
            "risk_class": "prohibited", "used_by": ["kcc"]})")
        .Set("/staff_groups/1", R"({"id": "case", "name": "Case workers", "role": "operator",
            "headcount": 25})")
        .Set("/staff_groups/2", R"({"id": "board", "name": "Board", "role": "board",
            "headcount": 7})")
        .Set("/implemented_measures", R"(["t.portal"])");
  }
  std::shared_ptr<const Engine> engine_ = testing::FixtureEngine();
};

std::string Between(const std::string& s, const std::string& open, const std::string& close) {
  const std::size_t start = s.find(open);
  if (start == std::string::npos) return {};
  const std::size_t end = s.find(close, start + open.size());
  return s.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

std::size_t Count(const std::string& s, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) ++n;
  return n;
}

// Checks that every element is closed in order, that text holds no '<' and that attribute
// values hold no '<' or stray quote, so no input could have opened an element of its own.
// Returns the first problem, or an empty string.
std::string CheckStructure(const std::string& html) {
  static const std::set<std::string> kVoid = {"meta", "br", "hr", "img", "input", "link"};
  std::vector<std::string> open;
  std::size_t i = 0;
  while (i < html.size()) {
    const std::size_t lt = html.find('<', i);
    if (lt == std::string::npos) break;
    const std::size_t gt = html.find('>', lt);
    if (gt == std::string::npos) return "unclosed tag at " + std::to_string(lt);
    const std::string tag = html.substr(lt + 1, gt - lt - 1);
    i = gt + 1;
    if (tag.empty()) return "empty tag at " + std::to_string(lt);
    if (tag[0] == '!') continue;  // doctype
    if (tag.find('<') != std::string::npos) return "'<' inside tag: " + tag;
    if (Count(tag, "\"") % 2 != 0) return "unbalanced quotes in: " + tag;
    if (tag[0] == '/') {
      const std::string name = tag.substr(1);
      if (open.empty() || open.back() != name) {
        return "</" + name + "> closes <" + (open.empty() ? "" : open.back()) + ">";
      }
      open.pop_back();
      continue;
    }
    const std::string name = tag.substr(0, tag.find_first_of(" /"));
    if (tag.back() == '/' || kVoid.count(name) != 0) continue;
    open.push_back(name);
    if (name == "style") {
      // CSS is ours and may hold '>'; skip to its end.
      i = html.find("</style>", i);
      if (i == std::string::npos) return "unclosed style";
    }
  }
  if (!open.empty()) return "unclosed <" + open.back() + ">";
  return {};
}

struct Card {
  int year;
  std::string step;
  std::string number;
  std::string title;
  bool operator==(const Card&) const = default;
};

void PrintTo(const Card& c, std::ostream* os) {
  *os << "{" << c.year << ", " << c.step << ", " << c.number << ", " << c.title << "}";
}

// Every measure card, with the year section and step heading it stands under.
std::vector<Card> Cards(const std::string& html) {
  std::vector<Card> cards;
  int year = 0;
  std::string step;
  std::size_t i = 0;
  const std::string year_open = "<section class=\"year\" id=\"year-";
  const std::string step_open = "<h4 class=\"step\">";
  const std::string card_open = "<h5><span class=\"number\">";
  while (true) {
    const std::size_t y = html.find(year_open, i);
    const std::size_t s = html.find(step_open, i);
    const std::size_t c = html.find(card_open, i);
    const std::size_t next = std::min({y, s, c});
    if (next == std::string::npos) break;
    if (next == y) {
      year = html[y + year_open.size()] - '0';
      step.clear();
      i = y + 1;
    } else if (next == s) {
      step = html.substr(s + step_open.size(),
                         html.find('<', s + step_open.size()) - (s + step_open.size()));
      i = s + 1;
    } else {
      const std::size_t number = c + card_open.size();
      const std::size_t close = html.find("</span>", number);
      const std::size_t end = html.find("</h5>", close);
      cards.push_back({year, step, html.substr(number, close - number),
                       html.substr(close + 7, end - close - 7)});
      i = c + 1;
    }
  }
  return cards;
}

std::vector<Card> ExpectedCards(const Recommendation& rec, Lang lang) {
  static constexpr const char* kSteps[2][4] = {
      {"Identify", "Set goals", "Execute", "Evaluate"},
      {"Identificeren", "Doelen bepalen", "Uitvoeren", "Evalueren"}};
  std::vector<const PlannedMeasure*> planned;
  for (const PlannedMeasure& m : rec.measures) {
    if (m.status == MeasureStatus::kPlanned) planned.push_back(&m);
  }
  std::stable_sort(planned.begin(), planned.end(), [](const auto* a, const auto* b) {
    return std::pair(a->year, a->step) < std::pair(b->year, b->step);
  });
  std::vector<Card> cards;
  for (std::size_t i = 0; i < planned.size(); ++i) {
    const PlannedMeasure& m = *planned[i];
    cards.push_back({m.year, kSteps[lang == Lang::kNl][static_cast<int>(m.step)],
                     std::to_string(i + 1),
                     rec.engine->measures().measures()[m.measure].title.In(lang)});
  }
  return cards;
}

TEST_F(HtmlTest, PageIsSelfContainedAndPrintable) {
  const std::string html = RecommendationToHtml(Run(Busy()), Lang::kNl);
  EXPECT_TRUE(
      html.starts_with("<!doctype html>\n<html lang=\"nl\">\n<head>\n"
                       "<meta charset=\"utf-8\">\n"));
  EXPECT_TRUE(html.ends_with("</html>\n"));
  EXPECT_NE(html.find("<style>"), std::string::npos);
  EXPECT_NE(html.find("@media print"), std::string::npos);
  EXPECT_NE(html.find("section.year{break-before:page}"), std::string::npos);
  for (const char* outside : {"<script", " src=", "url(", "@import", "<link", "http://", "https://",
                              "<iframe", "<object", "<img"}) {
    EXPECT_EQ(html.find(outside), std::string::npos) << outside;
  }
  // Every link points into the page, at an element that exists.
  std::size_t links = 0;
  for (std::size_t at = html.find("href=\""); at != std::string::npos;
       at = html.find("href=\"", at + 1)) {
    const std::size_t start = at + 6;
    const std::string target = html.substr(start, html.find('"', start) - start);
    ASSERT_FALSE(target.empty());
    EXPECT_EQ(target[0], '#') << target;
    EXPECT_NE(html.find("id=\"" + target.substr(1) + "\""), std::string::npos) << target;
    ++links;
  }
  EXPECT_GT(links, 5u);
  EXPECT_EQ(CheckStructure(html), "");
}

TEST_F(HtmlTest, FreeTextCannotBreakThePage) {
  ProfileBuilder hostile = Busy();
  hostile.Set("/organisation/name", R"("</title><script>alert('x')</script>")")
      .Set("/staff_groups/1/name", R"("</section><script>&amp;\"'")")
      .Set("/staff_groups/0/name", R"("a|b <!-- c")")
      .Set("/ai_systems/1/name", R"("<svg onload=alert(1)>\u0001")");
  const Recommendation rec = Run(hostile);
  ASSERT_FALSE(rec.measures.empty());
  for (Lang lang : {Lang::kNl, Lang::kEn}) {
    const std::string html = RecommendationToHtml(rec, lang);
    EXPECT_EQ(html.find("<script"), std::string::npos);
    EXPECT_EQ(html.find("<svg onload"), std::string::npos);
    EXPECT_EQ(html.find("<!--"), std::string::npos);
    EXPECT_EQ(html.find('\x01'), std::string::npos) << "XML forbids control characters";
    EXPECT_NE(
        html.find("<title>" +
                  std::string(lang == Lang::kNl ? "AI-geletterdheid bij " : "AI literacy at ") +
                  "&lt;/title&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"),
        std::string::npos);
    EXPECT_NE(html.find("&lt;/section&gt;&lt;script&gt;&amp;amp;&quot;&#39;"), std::string::npos);
    EXPECT_NE(html.find("a|b &lt;!-- c"), std::string::npos);
    EXPECT_EQ(CheckStructure(html), "") << static_cast<int>(lang);
  }
}

TEST_F(HtmlTest, MeasuresStandUnderTheirYearAndStepInOrder) {
  const Recommendation rec = Run(Busy());
  for (Lang lang : {Lang::kNl, Lang::kEn}) {
    const std::string html = RecommendationToHtml(rec, lang);
    const std::vector<Card> expected = ExpectedCards(rec, lang);
    ASSERT_GE(expected.size(), 4u);
    EXPECT_EQ(Cards(html), expected);
    // Three year sections, every card linked from its number.
    for (int year = 1; year <= 3; ++year) {
      EXPECT_EQ(Count(html, "<section class=\"year\" id=\"year-" + std::to_string(year) + "\">"),
                1u);
    }
    for (const Card& card : expected) {
      EXPECT_EQ(Count(html, "<article class=\"measure band-"), expected.size());
      EXPECT_NE(html.find("\" id=\"m-" + card.number + "\">"), std::string::npos);
    }
  }
}

TEST_F(HtmlTest, CardsCarryPriorityTargetsAndWhy) {
  const Recommendation rec = Run(Busy());
  const std::string html = RecommendationToHtml(rec, Lang::kEn);
  const PlannedMeasure* oversight = testing::FindMeasure(rec, "t.oversight");
  ASSERT_NE(oversight, nullptr);
  const std::string card = Between(html, "EN t.oversight</h5>", "</article>");
  ASSERT_FALSE(card.empty());
  const int band = oversight->priority >= 80   ? 3
                   : oversight->priority >= 60 ? 2
                   : oversight->priority >= 40 ? 1
                                               : 0;
  const std::size_t article = html.rfind("<article class=\"measure band-", html.find(card));
  EXPECT_EQ(html.substr(article + 29, 1), std::to_string(band));
  EXPECT_NE(card.find("<dt>Priority</dt><dd>" + std::to_string(oversight->priority) + " ("),
            std::string::npos);
  EXPECT_NE(card.find("<dt>For</dt><dd>Case workers</dd>"), std::string::npos) << card;
  EXPECT_NE(card.find("<dt>AI systems</dt><dd>Benefits signals</dd>"), std::string::npos);
  EXPECT_NE(card.find("<strong>Approach for a large organisation:</strong> Large how."),
            std::string::npos);
  EXPECT_NE(card.find("<code>oversight</code>: High-risk system (concerns Benefits signals); "
                      "based on <code>system.risk_class = &quot;high&quot;</code>"),
            std::string::npos)
      << card;
  EXPECT_NE(card.find("<a href=\"#source-1\">[1]</a>"), std::string::npos);
  EXPECT_NE(html.find("<li id=\"source-1\">Test source: says what it says.</li>"),
            std::string::npos);

  const std::string customers = Between(html, "EN t.customers</h5>", "</article>");
  EXPECT_NE(customers.find("<dt>For</dt><dd>customers</dd>"), std::string::npos) << customers;
}

TEST_F(HtmlTest, BothPicturesStandWithTheirSections) {
  const Recommendation rec = Run(Busy());
  const std::string html = RecommendationToHtml(rec, Lang::kNl);
  const std::string scores = Between(html, "<section id=\"scores\">", "<section id=");
  EXPECT_EQ(Count(scores, "<svg class=\"chart systems-chart\""), 1u);
  EXPECT_EQ(Count(scores, "<g class=\"system\""), rec.profile.ai_systems.size());
  const std::string plan = Between(html, "<section id=\"plan\">", "<section class=\"year\"");
  EXPECT_EQ(Count(plan, "<svg class=\"chart plan-timeline\""), 1u) << "before the first year";
  EXPECT_EQ(Count(html, "<svg "), 2u);
  EXPECT_EQ(Count(html, "<title id=\""), 2u);
  EXPECT_EQ(Count(html, "<desc id=\""), 2u);
}

TEST_F(HtmlTest, MeasuresInPlaceAreListedApart) {
  const Recommendation rec = Run(Busy());
  const PlannedMeasure* portal = testing::FindMeasure(rec, "t.portal");
  ASSERT_NE(portal, nullptr);
  ASSERT_EQ(portal->status, MeasureStatus::kInPlace);
  const std::string html = RecommendationToHtml(rec, Lang::kNl);
  const std::string in_place = Between(html, "<section id=\"in-place\">", "</section>");
  EXPECT_NE(in_place.find("<td class=\"t\">NL t.portal</td><td>Uitvoeren</td>"), std::string::npos)
      << in_place;
  EXPECT_EQ(Between(html, "<section id=\"plan\">", "<section id=\"in-place\">").find("t.portal"),
            std::string::npos);
}

TEST_F(HtmlTest, GroupsTableNamesLevelsAndLinksMeasures) {
  const Recommendation rec = Run(Busy());
  const std::string html = RecommendationToHtml(rec, Lang::kNl);
  const std::string groups = Between(html, "<section id=\"groups\">", "</table>");
  for (std::size_t g = 0; g < rec.profile.staff_groups.size(); ++g) {
    const std::string row =
        Between(groups, "<td class=\"t\">" + rec.profile.staff_groups[g].name + "</td>", "</tr>");
    ASSERT_FALSE(row.empty()) << g;
    EXPECT_NE(
        row.find(std::string(LiteracyLevelName(rec.scores.groups[g].required_level, Lang::kNl))),
        std::string::npos);
    for (const Card& card : ExpectedCards(rec, Lang::kNl)) {
      for (const PlannedMeasure& m : rec.measures) {
        if (rec.engine->measures().measures()[m.measure].title.nl != card.title) continue;
        const bool targets = std::find(m.groups.begin(), m.groups.end(), g) != m.groups.end();
        EXPECT_EQ(row.find("<a href=\"#m-" + card.number + "\">") != std::string::npos, targets)
            << row << " / " << card.title;
      }
    }
  }
}

TEST_F(HtmlTest, BothLanguagesHaveTheirOwnWords) {
  const Recommendation rec = Run(Busy());
  const std::string nl = RecommendationToHtml(rec, Lang::kNl);
  const std::string en = RecommendationToHtml(rec, Lang::kEn);
  EXPECT_NE(en.find("<html lang=\"en\">"), std::string::npos);
  for (const char* h : {"<h2>Samenvatting</h2>", "<h2>Randvoorwaarden</h2>",
                        "<h2>Meerjarig actieplan</h2>", "<h3>Jaar 1</h3>", "<h2>Bronnen</h2>"}) {
    EXPECT_NE(nl.find(h), std::string::npos) << h;
    EXPECT_EQ(en.find(h), std::string::npos) << h;
  }
  for (const char* h : {"<h2>Summary</h2>", "<h2>Preconditions</h2>",
                        "<h2>Multi-year action plan</h2>", "<h3>Year 1</h3>", "<h2>Sources</h2>"}) {
    EXPECT_NE(en.find(h), std::string::npos) << h;
  }
  EXPECT_NE(nl.find("NL t.oversight"), std::string::npos);
  EXPECT_EQ(nl.find("EN t.oversight"), std::string::npos);
}

TEST_F(HtmlTest, WarningsAreVisible) {
  const Recommendation rec = Run(Busy());
  ASSERT_FALSE(rec.diagnostics.warnings.empty());
  const std::string html = RecommendationToHtml(rec, Lang::kEn);
  const std::string note = Between(html, "<aside class=\"note\" role=\"note\">", "</aside>");
  EXPECT_NE(note.find("<h2>Please note</h2>"), std::string::npos);
  EXPECT_NE(note.find("<code>" + rec.diagnostics.warnings[0].pointer + "</code>"),
            std::string::npos);
}

TEST_F(HtmlTest, SameInputGivesTheSameBytes) {
  const Recommendation a = Run(Busy());
  const Recommendation b = Run(Busy());
  for (Lang lang : {Lang::kNl, Lang::kEn}) {
    const std::string html = RecommendationToHtml(a, lang);
    EXPECT_EQ(html, RecommendationToHtml(b, lang));
    EXPECT_EQ(html.find(a.decision_id), std::string::npos);
  }
}

}  // namespace
}  // namespace ailit

// The knowledge base as content — the core's (core/data/) and the bundled plugins' — complete,
// sourced, translated, reachable, and honest about what the law does not require.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "ailit/engine.h"
#include "support/plugins.h"

namespace ailit {
namespace {

using testing::CoreEngine;

// The core and every bundled sector plugin: their texts are held to the same standard.
std::shared_ptr<const Engine> AllKnowledge() {
  auto engine =
      testing::EngineWithPlugins({"hospital", "municipality", "education", "consultancy"});
  if (engine) {
    EXPECT_EQ(engine->plugins().size(), 4u);
  }
  return engine;
}

// Lower-case words of a sentence: letters, digits and hyphens (bytes of UTF-8 characters count
// as letters), so "AI-officer" and "geletterdheid" stay whole.
std::vector<std::string> Words(const std::string& sentence) {
  std::vector<std::string> words(1);
  for (char c : sentence) {
    auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || c == '-' || u >= 0x80) {
      words.back().push_back(static_cast<char>(std::tolower(u)));
    } else if (!words.back().empty()) {
      words.emplace_back();
    }
  }
  if (words.back().empty()) words.pop_back();
  return words;
}

bool AnyWord(const std::vector<std::string>& words, std::initializer_list<std::string_view> set,
             bool prefix = false) {
  return std::any_of(words.begin(), words.end(), [&](const std::string& w) {
    return std::any_of(set.begin(), set.end(), [&](std::string_view s) {
      return prefix ? std::string_view(w).starts_with(s) : w == s;
    });
  });
}

bool Contains(const std::string& lower, std::initializer_list<std::string_view> parts) {
  return std::any_of(parts.begin(), parts.end(),
                     [&](std::string_view p) { return lower.find(p) != std::string::npos; });
}

// The source (the Commission's Q&A as the AP summarises it) denies three duties: certification,
// a dedicated governance structure such as a mandatory AI officer, and measuring literacy. A
// sentence that names one of them together with an obligation, without a negation, claims one.
bool ClaimsDeniedDuty(const std::string& sentence) {
  std::vector<std::string> words = Words(sentence);
  std::string lower;
  for (const std::string& w : words) lower += w + " ";
  bool subject =
      Contains(lower, {"certif", "ai-officer", "ai officer", "ai-functionaris",
                       "governance structure", "governancestructu", "governance-structu"}) ||
      (Contains(lower, {"measur", "meten", "toetsen", "test"}) &&
       Contains(lower, {"literacy", "geletterdheid", "knowledge level", "kennisniveau"}));
  bool duty =
      AnyWord(words, {"must", "shall", "required", "requires", "obliged", "obligation", "mandatory",
                      "compulsory", "duty", "legally", "moet", "moeten", "vereist", "plicht"}) ||
      AnyWord(words, {"verplicht", "wettelijk"}, /*prefix=*/true);
  bool negated = AnyWord(words, {"no", "not", "never", "neither", "nor", "without", "geen", "niet",
                                 "nooit", "noch", "zonder"});
  return subject && duty && !negated;
}

std::vector<std::string> Sentences(const std::string& text) {
  std::vector<std::string> out;
  std::string current;
  for (char c : text) {
    current.push_back(c);
    if (c == '.' || c == '!' || c == '?' || c == ';' || c == '\n') {
      out.push_back(current);
      current.clear();
    }
  }
  if (!current.empty()) out.push_back(current);
  return out;
}

TEST(DeniedDutyScannerTest, FlagsClaimsAndLetsDenialsThrough) {
  EXPECT_TRUE(ClaimsDeniedDuty("Staff must obtain an AI certificate."));
  EXPECT_TRUE(ClaimsDeniedDuty("The AI Act requires you to appoint an AI officer."));
  EXPECT_TRUE(ClaimsDeniedDuty("Medewerkers moeten gecertificeerd zijn."));
  EXPECT_TRUE(ClaimsDeniedDuty("Het meten van AI-geletterdheid is wettelijk verplicht."));
  EXPECT_TRUE(ClaimsDeniedDuty("You are obliged to measure the literacy of every employee."));
  EXPECT_FALSE(ClaimsDeniedDuty("No certificate is required."));
  EXPECT_FALSE(ClaimsDeniedDuty("Een AI-officer is niet verplicht, maar kan helpen."));
  EXPECT_FALSE(ClaimsDeniedDuty("Measuring literacy is good practice, not a legal duty."));
  EXPECT_FALSE(ClaimsDeniedDuty("Deployers must assign human oversight to competent people."));
}

TEST(KnowledgeBaseTest, NoTextClaimsADutyTheSourceDenies) {
  auto engine = AllKnowledge();
  ASSERT_TRUE(engine);
  auto scan = [](const std::string& where, const LocalText& text) {
    for (const std::string* t : {&text.en, &text.nl}) {
      for (const std::string& sentence : Sentences(*t)) {
        EXPECT_FALSE(ClaimsDeniedDuty(sentence)) << where << ": \"" << sentence << "\"";
      }
    }
  };
  for (const Measure& m : engine->measures().measures()) {
    scan(m.id + " title", m.title);
    scan(m.id + " description", m.description);
    for (const LocalText& how : m.how) scan(m.id + " how", how);
  }
  for (const Source& s : engine->measures().sources()) scan("source " + s.id, s.text);
  scan("legal basis note", engine->legal_basis().note);
}

TEST(KnowledgeBaseTest, EveryMeasureIsTranslatedSourcedAndOnTopic) {
  auto engine = AllKnowledge();
  ASSERT_TRUE(engine);
  std::set<std::string> ids;
  for (const Measure& m : engine->measures().measures()) {
    EXPECT_TRUE(ids.insert(m.id).second) << "duplicate " << m.id;
    std::string_view plugin = m.origin.starts_with("plugin:")
                                  ? std::string_view(m.origin).substr(7)
                                  : std::string_view();
    EXPECT_TRUE(IsKnownTopic(m.topic, plugin)) << m.id << ": " << m.topic;
    for (const LocalText* t : {&m.title, &m.description}) {
      EXPECT_FALSE(t->en.empty()) << m.id;
      EXPECT_FALSE(t->nl.empty()) << m.id;
      EXPECT_NE(t->en, t->nl) << m.id << ": the Dutch text is a copy of the English";
    }
    for (const std::string* title : {&m.title.en, &m.title.nl}) {
      EXPECT_FALSE(title->ends_with('.')) << m.id << ": a title has no full stop";
    }
    for (const LocalText& how : m.how) {
      EXPECT_EQ(how.en.empty(), how.nl.empty()) << m.id << ": a \"how\" text in one language only";
    }
    EXPECT_FALSE(m.sources.empty()) << m.id;
    for (std::size_t size = 0; size < 4; ++size) {
      if (m.sizes[size] && size == static_cast<std::size_t>(SizeClass::kMicro)) {
        EXPECT_EQ(m.effort[size], Effort::kLow)
            << m.id << ": a micro firm gets low-effort measures";
      }
    }
  }
  EXPECT_GE(ids.size(), 25u) << "the core plan covers the four steps, roles and Q&A points";
}

TEST(KnowledgeBaseTest, EveryMeasureCanBeActivatedAndEverySourceIsUsed) {
  auto engine = AllKnowledge();
  ASSERT_TRUE(engine);
  std::set<std::string> activated;
  for (const LoadedPack& pack : engine->packs()) {
    for (const RuleInfo& rule : pack.pack.rules()) {
      EXPECT_FALSE(rule.description.empty()) << rule.id << " says why it exists";
      EXPECT_FALSE(rule.description_nl.empty()) << rule.id << " says why in Dutch too";
      EXPECT_NE(rule.description, rule.description_nl) << rule.id;
      for (const Activation& a : rule.activates) activated.insert(a.measure);
    }
  }
  std::set<std::uint32_t> cited;
  for (const Measure& m : engine->measures().measures()) {
    EXPECT_TRUE(activated.count(m.id)) << m.id << " is activated by no rule";
    cited.insert(m.sources.begin(), m.sources.end());
  }
  for (std::uint32_t s = 0; s < engine->measures().sources().size(); ++s) {
    EXPECT_TRUE(cited.count(s)) << engine->measures().sources()[s].id << " is cited by no measure";
  }
}

TEST(KnowledgeBaseTest, TheTopicsOfTheContractAreCovered) {
  auto engine = CoreEngine();
  ASSERT_TRUE(engine);
  std::set<std::string> topics;
  for (const Measure& m : engine->measures().measures()) topics.insert(m.topic);
  for (std::string_view topic : CoreTopics()) {
    if (topic == "execute.sector") continue;  // sector content comes from plugins
    EXPECT_TRUE(topics.count(std::string(topic))) << "no core measure on " << topic;
  }
}

TEST(KnowledgeBaseTest, TheLegalBasisIsDatedAndExplained) {
  auto engine = CoreEngine();
  ASSERT_TRUE(engine);
  const LegalBasis& basis = engine->legal_basis();
  EXPECT_NE(basis.act.en.find("2024/1689"), std::string::npos);
  EXPECT_NE(basis.act.nl.find("2024/1689"), std::string::npos);
  EXPECT_NE(basis.act.en, basis.act.nl) << "the act is named in each language";
  EXPECT_EQ(basis.applies_from, "2025-02-02");
  EXPECT_FALSE(basis.note.en.empty());
  EXPECT_FALSE(basis.note.nl.empty());
}

}  // namespace
}  // namespace ailit

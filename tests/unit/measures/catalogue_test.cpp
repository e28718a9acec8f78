#include <gtest/gtest.h>

#include <string>

#include "ailit/measures.h"

namespace ailit {
namespace {

// A valid one-measure catalogue with `measure_fields` spliced into the measure.
std::string Catalogue(const std::string& measure_fields, const std::string& id = "m.one") {
  return R"({"id": "t", "version": "1", "sources": [{"id": "s1", "en": "Source.", "nl": "Bron."}],
    "measures": [{"id": ")" +
         id + R"(", "version": 1, "topic": "execute.ethics", "step": "execute",
      "year": 2, "priority": 40,
      "effort": {"micro": "low", "small": "low", "medium": "medium", "large": "high"},
      "title": {"en": "Title", "nl": "Titel"},
      "description": {"en": "Text.", "nl": "Tekst."}, "sources": ["s1"])" +
         measure_fields + "}]}";
}

std::string AllMessages(const Diagnostics& d) {
  std::string out;
  for (const Diagnostic& e : d.errors) out += e.message + "\n";
  return out;
}

TEST(MeasureCatalogueTest, ReadsAValidMeasure) {
  MeasureCatalogue catalogue;
  Diagnostics d = catalogue.Add(Catalogue(R"(, "sizes": ["large"], "targets": ["all_staff"],
      "how": {"large": {"en": "E-learning.", "nl": "E-learning."}})"),
                                "m.json", "core");
  ASSERT_TRUE(d.ok()) << AllMessages(d);
  const Measure* m = catalogue.Find("m.one");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->topic, "execute.ethics");
  EXPECT_EQ(m->year, 2);
  EXPECT_EQ(m->effort[static_cast<int>(SizeClass::kLarge)], Effort::kHigh);
  EXPECT_FALSE(m->sizes[static_cast<int>(SizeClass::kMicro)]);
  EXPECT_TRUE(m->sizes[static_cast<int>(SizeClass::kLarge)]);
  EXPECT_EQ(m->how[static_cast<int>(SizeClass::kLarge)].nl, "E-learning.");
  EXPECT_TRUE(m->how[static_cast<int>(SizeClass::kSmall)].empty());
  EXPECT_EQ(catalogue.sources()[m->sources[0]].text.en, "Source.");
  EXPECT_FALSE(m->recurs);

  MeasureCatalogue recurring;
  ASSERT_TRUE(recurring.Add(Catalogue(R"(, "recurs": true)"), "m.json", "core").ok());
  EXPECT_TRUE(recurring.Find("m.one")->recurs);
  MeasureCatalogue wrong;
  Diagnostics d2 = wrong.Add(Catalogue(R"(, "recurs": "yes")"), "m.json", "core");
  ASSERT_FALSE(d2.ok());
  EXPECT_EQ(d2.errors[0].pointer, "/measures/0/recurs");
}

TEST(MeasureCatalogueTest, AMissingTranslationIsAnError) {
  MeasureCatalogue catalogue;
  std::string json = Catalogue("");
  json.replace(json.find(R"("nl": "Tekst.")"), 14, R"("nl": "")");
  Diagnostics d = catalogue.Add(json, "m.json", "core");
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.errors[0].pointer, "/measures/0/description/nl");
  EXPECT_NE(d.errors[0].message.find("m.json: /measures/0/description/nl"), std::string::npos);
  EXPECT_EQ(catalogue.measures().size(), 0u) << "nothing is added from a file with errors";
}

TEST(MeasureCatalogueTest, UnknownTopicSourceAndDuplicateIdsAreErrors) {
  MeasureCatalogue catalogue;
  std::string json = Catalogue("");
  json.replace(json.find("execute.ethics"), 14, "execute.ethic");
  Diagnostics d = catalogue.Add(json, "m.json", "core");
  std::string all = AllMessages(d);
  EXPECT_NE(all.find("unknown topic \"execute.ethic\""), std::string::npos) << all;

  MeasureCatalogue second;
  std::string bad_source = Catalogue("");
  bad_source.replace(bad_source.find(R"("sources": ["s1"])"), 17, R"("sources": ["s9"])");
  d = second.Add(bad_source, "m.json", "core");
  EXPECT_NE(AllMessages(d).find("unknown source \"s9\""), std::string::npos) << AllMessages(d);

  MeasureCatalogue third;
  ASSERT_TRUE(third.Add(Catalogue(""), "a.json", "core").ok());
  std::string other = Catalogue("");
  other.replace(other.find(R"("id": "s1")"), 10, R"("id": "s2")");
  other.replace(other.find(R"(["s1"])"), 6, R"(["s2"])");
  d = third.Add(other, "b.json", "plugin:x");
  ASSERT_FALSE(d.ok());
  EXPECT_NE(
      AllMessages(d).find("duplicate measure id \"m.one\" (already defined by core in a.json"),
      std::string::npos)
      << AllMessages(d);
}

TEST(MeasureCatalogueTest, EffortForEverySizeAndTitleLengthAreChecked) {
  MeasureCatalogue catalogue;
  std::string json = Catalogue("");
  json.replace(json.find(R"("large": "high")"), 15, R"("large": "huge")");
  Diagnostics d = catalogue.Add(json, "m.json", "core");
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.errors[0].pointer, "/measures/0/effort/large");

  std::string long_title = Catalogue("");
  long_title.replace(long_title.find(R"("en": "Title")"), 13,
                     R"("en": ")" + std::string(121, 'x') + "\"");
  d = catalogue.Add(long_title, "m.json", "core");
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.errors[0].pointer, "/measures/0/title/en");
}

TEST(MeasureCatalogueTest, APluginMayAddOnlyItsOwnSectorTopic) {
  std::string json = Catalogue("");
  json.replace(json.find("execute.ethics"), 14, "execute.sector.nl.vng.municipality");
  MeasureCatalogue core;
  EXPECT_FALSE(core.Add(json, "m.json", "core").ok());
  MeasureCatalogue plugin;
  EXPECT_TRUE(plugin.Add(json, "m.json", "plugin:nl.vng.municipality").ok());
  MeasureCatalogue other;
  EXPECT_FALSE(other.Add(json, "m.json", "plugin:nl.other").ok());
}

TEST(MeasureCatalogueTest, TopicVocabularyIsTheDesignList) {
  EXPECT_EQ(CoreTopics().size(), 22u);
  EXPECT_TRUE(IsKnownTopic("evaluate.review"));
  EXPECT_FALSE(IsKnownTopic("execute.sector.x"));
}

}  // namespace
}  // namespace ailit

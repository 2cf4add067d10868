// Golden test of the extract stage on the seed article (../shared/samples, not in the repo):
// all nine quotes with their speakers, the three counts with their months, every person with
// the right country, every place with coordinates and country, dates, and the pronoun and
// role-phrase references. Expectations: tests/golden/harris-mexico-2021-06-08.extract.json.
// Runs the standard pipeline (text, syntax, extract; event coding off so that the test does
// not depend on the dictionaries). Skips when ../shared is absent.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "herald/herald.h"
#include "support/test_paths.h"

namespace herald {
namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

TEST(SeedExtractGolden, HarrisMexico) {
  HERALD_REQUIRE_SHARED();
  const auto golden = nlohmann::json::parse(
      read_file(testing::source_path("tests/golden/harris-mexico-2021-06-08.extract.json")));
  const std::string sample = testing::shared_path(golden["sample"].get<std::string>());
  if (!std::filesystem::exists(sample)) GTEST_SKIP() << "seed sample absent";

  PipelineConfig config;
  config.code_events = false;
  auto pipeline = build_pipeline(config);
  ASSERT_TRUE(pipeline.is_ok()) << pipeline.status().message();
  Document document;
  document.text = read_file(sample);
  document.published = *CivilDate::parse(golden["date"].get<std::string>());
  ASSERT_TRUE(pipeline->run(document).is_ok());

  // Quotes: exactly the nine direct and partial quotes, each with its speaker.
  std::vector<const Quote*> quotes;
  for (const Quote& quote : document.quotes)
    if (quote.kind != QuoteKind::kIndirect) quotes.push_back(&quote);
  EXPECT_EQ(quotes.size(), golden["quotes"].size());
  for (const auto& expected : golden["quotes"]) {
    const std::string starts = expected["starts"];
    const Quote* found = nullptr;
    for (const Quote* quote : quotes)
      if (document.text_of(quote->span).starts_with(starts)) found = quote;
    ASSERT_NE(found, nullptr) << "quote starting '" << starts << "' not found";
    EXPECT_EQ(found->speaker, expected["speaker"].get<std::string>()) << starts;
  }

  // Counts of things with their object, qualifier and month.
  for (const auto& expected : golden["counts"]) {
    const Count* found = nullptr;
    for (const Count& count : document.counts)
      if (count.unit.empty() && count.number == expected["number"].get<double>()) found = &count;
    ASSERT_NE(found, nullptr) << expected.dump();
    EXPECT_EQ(found->object, expected["object"].get<std::string>());
    EXPECT_EQ(found->qualifier, expected["qualifier"].get<std::string>());
    EXPECT_EQ(found->date.to_string(), expected["date"].get<std::string>());
  }

  // Every person with the right country; no other names taken for persons.
  std::set<std::string> persons;
  for (const Mention& mention : document.mentions) {
    if (mention.kind != MentionKind::kPerson) continue;
    persons.insert(mention.canonical);
    ASSERT_TRUE(golden["persons"].contains(mention.canonical))
        << "unexpected person " << mention.canonical;
    EXPECT_EQ(mention.country, golden["persons"][mention.canonical].get<std::string>())
        << mention.canonical;
  }
  EXPECT_EQ(persons.size(), golden["persons"].size());

  // Every place with coordinates and its country.
  std::set<std::string> places;
  for (const Mention& mention : document.mentions) {
    if (mention.kind != MentionKind::kLocation) continue;
    const std::string text(document.text_of(mention.span));
    places.insert(text);
    ASSERT_TRUE(golden["places"].contains(text)) << "unexpected place " << text;
    EXPECT_TRUE(mention.has_coordinates) << text;
    EXPECT_EQ(mention.country, golden["places"][text].get<std::string>()) << text;
  }
  EXPECT_EQ(places.size(), golden["places"].size());

  // Dates.
  for (const auto& [text, resolved] : golden["dates"].items()) {
    bool found = false;
    for (const DateRef& date : document.dates)
      if (document.text_of(date.span) == text) {
        found = true;
        EXPECT_EQ(date.resolved.to_string(), resolved.get<std::string>()) << text;
      }
    EXPECT_TRUE(found) << "date " << text;
  }

  // Pronouns and role phrases resolve to the person meant.
  for (const auto& [text, allowed] : golden["references"].items()) {
    bool found = false;
    for (const Mention& mention : document.mentions)
      if (document.text_of(mention.span) == text && mention.antecedent >= 0) {
        found = true;
        EXPECT_NE(allowed.get<std::string>().find(mention.canonical), std::string::npos)
            << text << " -> " << mention.canonical;
      }
    EXPECT_TRUE(found) << "reference " << text;
  }
  EXPECT_GT(document.tone.word_count, 500u);
  EXPECT_EQ(document.sentence_tones.size(), document.sentences.size());
}

}  // namespace
}  // namespace herald

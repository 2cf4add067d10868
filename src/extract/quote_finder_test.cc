#include "extract/quote_finder.h"

#include <gtest/gtest.h>

#include "extract/extract_test_helpers.h"

namespace herald::extract {
namespace {

struct Found {
  std::string text;
  std::string speaker;
  std::string verb;
  QuoteKind kind;
};

std::vector<Found> quotes_of(const std::string& text) {
  const Document document = testing::extract(text);
  std::vector<Found> found;
  for (const Quote& quote : document.quotes)
    found.push_back({std::string(document.text_of(quote.span)), quote.speaker,
                     std::string(document.text_of(quote.verb)), quote.kind});
  return found;
}

TEST(QuoteFinder, CurlyQuoteWithSpeakerAfter) {
  const auto found = quotes_of(
      "Vice President Kamala Harris arrived. “We have an agreement, a lasting agreement, ” "
      "Harris told reporters.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].text, "We have an agreement, a lasting agreement");
  EXPECT_EQ(found[0].speaker, "Kamala Harris");
  EXPECT_EQ(found[0].verb, "told");
}

TEST(QuoteFinder, PronounSpeakerAndPartialQuotes) {
  const auto found = quotes_of(
      "The deal, according to special envoy Ricardo Zúñiga, matters because both have "
      "\"some of the same problems\". \"It is very important to show cooperation,\" he told "
      "reporters.");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].text, "some of the same problems");
  EXPECT_EQ(found[0].kind, QuoteKind::kPartial);
  EXPECT_EQ(found[0].speaker, "Ricardo Zúñiga");
  EXPECT_EQ(found[1].text, "It is very important to show cooperation");
  EXPECT_EQ(found[1].speaker, "Ricardo Zúñiga");
}

TEST(QuoteFinder, ContinuedSpeechAndUnclosedQuote) {
  const auto found = quotes_of(
      "Foreign Secretary Jack Straw said: \"We have worked hard on this for a long time.\"\n"
      "\"They will be home within weeks and that is what matters most\n"
      "Other news followed.");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].speaker, "Jack Straw");
  EXPECT_EQ(found[1].text, "They will be home within weeks and that is what matters most");
  EXPECT_EQ(found[1].speaker, "Jack Straw");
}

TEST(QuoteFinder, ScareQuotesAreDropped) {
  const auto found = quotes_of("The detainees were held in the \"war on terror\".");
  EXPECT_TRUE(found.empty());
}

TEST(QuoteFinder, IndirectSpeech) {
  const auto found = quotes_of("President Joe Biden said that the border is closed.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].kind, QuoteKind::kIndirect);
  EXPECT_EQ(found[0].text, "the border is closed");
  EXPECT_EQ(found[0].speaker, "Joe Biden");
}

}  // namespace
}  // namespace herald::extract

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

TEST(QuoteFinder, UnnamedOfficialKeepsItsModifiers) {
  const auto found = quotes_of(
      "The talks ended late. But a Swedish Finance Ministry official responded: \"Nothing has "
      "been agreed on the budget and nothing will be agreed tonight.\"");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker, "unnamed Swedish Finance Ministry official");
  EXPECT_EQ(found[0].verb, "responded");
}

TEST(QuoteFinder, PossessiveCountryBecomesItsAdjective) {
  const auto found = quotes_of(
      "Syria's army spokesman said the rebels had lost ground and made \"wild claims of "
      "success.\"");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker, "Syrian army spokesman");
}

TEST(QuoteFinder, UnaffiliatedSpokesmanTakesTheDatelineCountryAndHeIsHim) {
  const auto found = quotes_of(
      "CAIRO, April 9 - Troops cleared the square today, the military spokesman said.\n\n"
      "\"All our units returned safely to base and the square is quiet,\" he said.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker, "Egyptian military spokesman");
}

TEST(QuoteFinder, SpokesmanSpeaksForTheLastNamedSpeaker) {
  const auto found = quotes_of(
      "Mr Hendry said: \"I will do whatever it takes to keep the factory open.\" A spokesman "
      "later said Mr Hendry had met the owners and that he was \"ready to travel anywhere to "
      "save the jobs\".");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].speaker, "Hendry");
  EXPECT_EQ(found[1].speaker, "Hendry's spokesman");
}

TEST(QuoteFinder, DefinitePartySpokesmanAfterANamedSpeakerIsThatPerson) {
  const auto found = quotes_of(
      "Mr Hendry condemned the leaflet. \"Is this what taxes are for?\" he asked. The Labour "
      "spokesman also criticised the cost. \"Who are they trying to fool with this?\" he said.");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].speaker, "Hendry");
  EXPECT_EQ(found[1].speaker, "Hendry");
}

TEST(QuoteFinder, DefiniteSpokesmanOfAnOfficeNamedBefore) {
  const auto found = quotes_of(
      "Downing Street said more help would follow. The spokesman said: \"Two more aircraft will "
      "leave for the region tomorrow morning.\"");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker, "Downing Street spokesman");
}

TEST(QuoteFinder, StatementByABodyAndTheStatementAgain) {
  const auto found = quotes_of(
      "\"The convoy will be allowed through once the checkpoints are reopened,\" said a brief "
      "statement by the Popular Liberation Front issued in the capital. \"Our fighters will "
      "respect the truce for three days,\" said the statement.");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].speaker, "Popular Liberation Front (statement)");
  EXPECT_EQ(found[1].speaker, "Popular Liberation Front (statement)");
}

TEST(QuoteFinder, MinistryStatementTakesTheDatelineCountryAndItIsTheMinistry) {
  const auto found = quotes_of(
      "AMMAN, June 2 - Jordan denied the report today.\n\n"
      "\"The report about the border crossing is false. No troops have moved,\" the Foreign "
      "Ministry said in a statement.\n\n"
      "\"However, Jordan is ready to discuss the matter with its neighbours,\" it said.");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].speaker, "Jordanian Foreign Ministry (statement)");
  EXPECT_EQ(found[1].speaker, "Jordanian Foreign Ministry (statement)");
}

TEST(QuoteFinder, CountrySubjectPastARelativeClauseIsItsGovernment) {
  const auto found = quotes_of(
      "The treaty is in force, but Norway, which holds the chair this year, had previously "
      "insisted it would not sign, calling the clause a \"dead letter\".");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker, "Norway (government)");
}

TEST(QuoteFinder, CoordinatedBodiesSpeakTogether) {
  const auto found = quotes_of(
      "Both Amnesty International and the campaign group Human Rights Watch called the verdict "
      "\"a step forward\".");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker, "Amnesty International and Human Rights Watch");
}

TEST(QuoteFinder, QuotedHimAsSayingGivesThePersonSpokenOfBefore) {
  const auto found = quotes_of(
      "Foreign Minister Karim Haddad said today the two states had agreed to work together.\n\n"
      "\"We agreed to hold a regional conference next year,\" the state news agency quoted him "
      "as saying.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker, "Karim Haddad");
  EXPECT_EQ(found[0].verb, "quoted");
}

TEST(QuoteFinder, ShortQuoteBetweenOneSpeakersQuotesIsTheirs) {
  const auto found = quotes_of(
      "\"Our farmers have done well out of the single market,\" Anna Lindqvist said. Sweden's "
      "strong harvest meant there was less \"panic\" about imports. \"Prices have held up "
      "better than anybody expected,\" she said.");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[1].text, "panic");
  EXPECT_EQ(found[1].speaker, "Anna Lindqvist");
}

TEST(QuoteFinder, SpeechVerbInsideAReportedClauseYieldsToTheReporter) {
  const auto found = quotes_of(
      "Trade Secretary Ruth Kelly said the company had agreed to keep the plant open after "
      "\"long and difficult talks\" with the unions.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].speaker, "Ruth Kelly");
}

TEST(QuoteFinder, ParticipleSpeaksForTheSentenceSubject) {
  const auto found = quotes_of(
      "Mr Hendry said the decision was his own. The prime minister's official spokesman also "
      "rejected the reports, saying: \"The minister made it clear the decision was his.\" "
      "Labour leader Neil Kinnock renewed his calls, warning: \"We will keep asking until we "
      "get an answer.\"");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].speaker, "prime minister's official spokesman");
  EXPECT_EQ(found[1].speaker, "Neil Kinnock");
}

}  // namespace
}  // namespace herald::extract

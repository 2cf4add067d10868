#include "text/sentence_splitter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace herald::text {
namespace {

std::vector<std::string> sentences_of(const std::string& text, SegmentLimits limits = {}) {
  Segmentation segmentation;
  segment(text, {0, static_cast<uint32_t>(text.size())}, segmentation, limits);
  std::vector<std::string> out;
  for (const TokenRange& range : segmentation.sentences) {
    Span span{segmentation.tokens[range.begin].begin, segmentation.tokens[range.end - 1].end};
    out.emplace_back(span.of(text));
  }
  return out;
}

std::vector<std::string> tokens_of(const std::string& text) {
  std::vector<Span> spans;
  tokenize(text, {0, static_cast<uint32_t>(text.size())}, spans);
  std::vector<std::string> out;
  for (const Span& span : spans) out.emplace_back(span.of(text));
  return out;
}

using Strings = std::vector<std::string>;

TEST(Tokenizer, SplitsPunctuationAndClitics) {
  EXPECT_EQ(tokens_of("Brazil's leader didn't say \"no.\""),
            (Strings{"Brazil", "'s", "leader", "did", "n't", "say", "\"", "no", ".", "\""}));
  EXPECT_EQ(tokens_of("Lula’s $1.13bn (76%) high-speed 1,000 Paris,France"),
            (Strings{"Lula", "’s", "$", "1.13bn", "(", "76", "%", ")", "high-speed", "1,000",
                     "Paris", ",", "France"}));
}

TEST(Tokenizer, KeepsPeriodsOfAbbreviationsAndInitials) {
  EXPECT_EQ(tokens_of("Mr. Andrés M. López of the U.S. left."),
            (Strings{"Mr.", "Andrés", "M.", "López", "of", "the", "U.S.", "left", "."}));
}

TEST(Tokenizer, UnicodeSpacesQuotesAndDashes) {
  EXPECT_EQ(tokens_of("“Brazil\u00A0is back” – Lula…"),
            (Strings{"“", "Brazil", "is", "back", "”", "–", "Lula", "…"}));
}

TEST(Tokenizer, NameBrokenAtALineEndKeepsItsHyphen) {
  // Wire text joined at its line ends: "Iraq-" then "Iran", the two sides of a pair.
  EXPECT_EQ(tokens_of("end the Iraq- Iran war"), (Strings{"end", "the", "Iraq-", "Iran", "war"}));
  // A dotted abbreviation joined by a hyphen stays one word.
  EXPECT_EQ(tokens_of("U.S.-backed rebels, U.S.-Japan talks"),
            (Strings{"U.S.-backed", "rebels", ",", "U.S.-Japan", "talks"}));
  // A dash between a name and a lowercase word stays a dash.
  EXPECT_EQ(tokens_of("Iraq- the war"), (Strings{"Iraq", "-", "the", "war"}));
}

TEST(Tokenizer, CutsOverLongTokens) {
  std::string blob(1000, 'x');
  std::vector<Span> spans;
  size_t cut = tokenize(blob, {0, 1000}, spans, {.max_token_bytes = 256});
  EXPECT_EQ(cut, 1u);
  ASSERT_EQ(spans.size(), 4u);
  EXPECT_EQ(spans.back().end, 1000u);
}

TEST(SentenceSplitter, TitlesInitialsAndAbbreviations) {
  EXPECT_EQ(sentences_of("Gen. Smith met Andrés M. López in the U.S. on Monday. They talked."),
            (Strings{"Gen. Smith met Andrés M. López in the U.S. on Monday.", "They talked."}));
  EXPECT_EQ(sentences_of("Troops left the U.S. The war ended."),
            (Strings{"Troops left the U.S.", "The war ended."}));
  // Wire copy capitalizes the word after "U.S." inside a sentence.
  EXPECT_EQ(sentences_of("Officials in the U.S. And Japan met."),
            (Strings{"Officials in the U.S. And Japan met."}));
  EXPECT_EQ(sentences_of("Senior U.S. Officials have accused Tokyo. Exports to the U.S. Last "
                         "year rose. They sold it in the U.S. In May."),
            (Strings{"Senior U.S. Officials have accused Tokyo.",
                     "Exports to the U.S. Last year rose.", "They sold it in the U.S. In May."}));
  // Other abbreviations still end a sentence before a common opener.
  EXPECT_EQ(sentences_of("He joined Acme Inc. Officials agreed."),
            (Strings{"He joined Acme Inc.", "Officials agreed."}));
}

TEST(SentenceSplitter, ClosingQuotesStayWithTheirSentence) {
  EXPECT_EQ(sentences_of("He said it was “a new era.” Officials agreed. \"Yes!\" he said."),
            (Strings{"He said it was “a new era.”", "Officials agreed.", "\"Yes!\" he said."}));
}

TEST(SentenceSplitter, DatelinesAreTheirOwnSentence) {
  EXPECT_EQ(sentences_of("BUENOS AIRES, Jan 23 – Lula met Fernández."),
            (Strings{"BUENOS AIRES, Jan 23 –", "Lula met Fernández."}));
  EXPECT_EQ(sentences_of("Mexico City – The minister spoke."),
            (Strings{"Mexico City –", "The minister spoke."}));
}

TEST(SentenceSplitter, HeadlinesAndParagraphs) {
  EXPECT_EQ(sentences_of("Lula pledges closer ties\n\nThe two leaders met\nTags: Politics"),
            (Strings{"Lula pledges closer ties", "The two leaders met", "Tags: Politics"}));
}

TEST(SentenceSplitter, HardWrappedWireText) {
  const std::string text =
      "SALVADOR, Feb 26 - Showers continued throughout the week in\n"
      "the Bahia cocoa zone, alleviating the drought since early\n"
      "January and improving prospects for the coming temporao,\n"
      "Comissaria Smith said in its weekly review.\n"
      "    The dry period means the temporao will be late this year.\n"
      "    Arrivals for the week ended February 22 were 155,221 bags\n"
      "of 60 kilos.\n";
  Strings sentences = sentences_of(text);
  ASSERT_EQ(sentences.size(), 4u);
  EXPECT_EQ(sentences[0], "SALVADOR, Feb 26 -");
  EXPECT_EQ(sentences[1].substr(0, 16), "Showers continue");
  EXPECT_EQ(sentences[2], "The dry period means the temporao will be late this year.");
  EXPECT_EQ(sentences[3],
            "Arrivals for the week ended February 22 were 155,221 bags\nof 60 kilos.");
}

TEST(SentenceSplitter, ShortWireLineEndingInANameGoesOn) {
  // The first line is short, and the next word would have fitted on it: with paragraphs
  // opened by an indent, the line still goes on.
  const std::string text =
      "WASHINGTON, March 11 - Canadian Foreign Secretary Joe\n"
      "Clark, winding up a two-day visit to Washington, said he\n"
      "expected the Reagan administration to take some action on\n"
      "reducing acid rain.\n"
      "    \"My impression is there will be some movement by the United\n"
      "States administration on acid rain,\" he told reporters.\n"
      "    The meetings with American officials are part of a routine\n"
      "consultation.\n";
  Strings sentences = sentences_of(text);
  ASSERT_EQ(sentences.size(), 4u) << testing::PrintToString(sentences);
  EXPECT_EQ(sentences[1].substr(0, 32), "Canadian Foreign Secretary Joe\nC");
}

TEST(SentenceSplitter, EmptyAndBlankText) {
  EXPECT_TRUE(sentences_of("").empty());
  EXPECT_TRUE(sentences_of("  \n\n \t ").empty());
}

TEST(SentenceSplitter, LongSentencesAreSplitAndReported) {
  std::string text;
  for (int i = 0; i < 1000; ++i) text += "word ";
  Segmentation segmentation;
  segment(text, {0, static_cast<uint32_t>(text.size())}, segmentation,
          {.max_sentence_tokens = 100, .tokenizer = {}});
  EXPECT_EQ(segmentation.sentences.size(), 10u);
  ASSERT_EQ(segmentation.long_sentences.size(), 1u);
  EXPECT_EQ(segmentation.long_sentences[0].tokens, 1000u);
  for (const TokenRange& range : segmentation.sentences) EXPECT_LE(range.end - range.begin, 100u);
}

}  // namespace
}  // namespace herald::text

namespace herald::text {
namespace {

TEST(SentenceSplitter, StateAbbreviationsInDatelines) {
  EXPECT_EQ(sentences_of("PORTLAND, Ore., Feb 26 - Red Lion Inns said it filed."),
            (Strings{"PORTLAND, Ore., Feb 26 -", "Red Lion Inns said it filed."}));
}

}  // namespace
}  // namespace herald::text

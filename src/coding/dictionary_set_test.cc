#include "coding/dictionary_set.h"

#include <gtest/gtest.h>

namespace herald::coding {
namespace {

TEST(DictionaryLines, StripsCommentsOfEveryKind) {
  auto lines = dictionary_lines("A # x\n<!-- one\ntwo -->B\nC ; legacy\n\tD");
  ASSERT_EQ(lines.size(), 5u);
  EXPECT_EQ(lines[0].text, "A");
  EXPECT_EQ(lines[1].text, "");
  EXPECT_EQ(lines[2].text, "B");
  EXPECT_EQ(lines[2].number, 3u);
  EXPECT_EQ(lines[3].text, "C");
  EXPECT_EQ(lines[4].text, "\tD");  // leading tabs are meaningful (date restrictions)
}

TEST(ActorDictionary, DatedCodesPickTheCoveringRange) {
  auto set = DictionarySet::from_texts("",
                                       "GOLLUM\n+SMEAGOL\n\t[HOB <950601]\n"
                                       "\t[HOBGOV 19950601 - 19990815]\n\t[HOBREB >990816]\n",
                                       "");
  ASSERT_TRUE(set->problems().empty());
  const actors::Actor& actor = set->actors().actor(0);
  EXPECT_EQ(actor.code_on(CivilDate{1995, 6, 1}), "HOB");  // limits are inclusive
  EXPECT_EQ(actor.code_on(CivilDate{1995, 6, 2}), "HOBGOV");
  EXPECT_EQ(actor.code_on(CivilDate{2001, 1, 1}), "HOBREB");
  EXPECT_EQ(set->actors().actor_phrases().size(), 2u);
}

TEST(DictionarySet, MalformedLinesAreReportedWithFileAndLine) {
  auto set = DictionarySet::from_texts("- * ORPHAN [010]\n--- X [010] ---\nX\n- NO STAR [020]\n",
                                       "ARNOR [ARN\n\t[BAD 1999x-]\n", "AGENT [GOV]\n");
  std::vector<std::string> messages;
  for (const auto& problem : set->problems()) messages.push_back(problem.to_string());
  ASSERT_EQ(messages.size(), 5u);
  EXPECT_EQ(messages[0], "verbs:1: pattern outside a verb family");
  EXPECT_EQ(messages[1], "verbs:4: pattern without '*'");
  EXPECT_EQ(messages[2], "actors:1: missing ']'");
  EXPECT_EQ(messages[4], "agents:1: agent code 'GOV' has no '~'");
}

TEST(DictionarySet, ExchangesMapTickerSuffixesToCountries) {
  DictionarySet set;
  set.add_exchange_text("exchanges",
                        "# markets\n*  USA  # no suffix\nT JPN\nt jpn\nL GBR extra\nT DEU\n");
  std::vector<std::string> messages;
  for (const auto& problem : set.problems()) messages.push_back(problem.to_string());
  ASSERT_EQ(messages.size(), 3u);
  EXPECT_NE(messages[0].find("exchanges:4: exchange line needs"), std::string::npos);
  EXPECT_NE(messages[1].find("exchanges:5: exchange line needs"), std::string::npos);
  EXPECT_EQ(messages[2], "exchanges:6: exchange suffix listed twice");
  ASSERT_NE(set.exchange("T"), nullptr);
  EXPECT_EQ(set.exchange("T")->country, "JPN");
  EXPECT_EQ(set.exchange("T")->line, 3u);
  ASSERT_NE(set.exchange(""), nullptr);
  EXPECT_EQ(set.exchange("")->country, "USA");
  EXPECT_EQ(set.exchange("L"), nullptr);
}

TEST(VerbDictionary, GeneratesRegularFormsOnly) {
  auto forms = regular_verb_forms("depart");
  EXPECT_NE(std::find(forms.begin(), forms.end(), "departs"), forms.end());
  EXPECT_NE(std::find(forms.begin(), forms.end(), "departed"), forms.end());
  EXPECT_EQ(std::find(forms.begin(), forms.end(), "departes"), forms.end());
  auto stop = regular_verb_forms("stop");
  EXPECT_NE(std::find(stop.begin(), stop.end(), "stopped"), stop.end());
}

TEST(CodingOptions, ParsesPetrarchOptionValues) {
  CodingOptions options;
  EXPECT_TRUE(options.set("require_dyad", "FALSE"));
  EXPECT_FALSE(options.require_dyad);
  EXPECT_TRUE(options.set("comma_emax", "6"));
  EXPECT_EQ(options.comma_emax, 6);
  EXPECT_FALSE(options.set("comma_emax", "six"));
  EXPECT_FALSE(options.set("no_such_option", "1"));
}

TEST(DictionarySet, ManifestErrorsNameTheFile) {
  auto missing = DictionarySet::load_manifest("/nonexistent/folder");
  ASSERT_FALSE(missing.is_ok());
  EXPECT_NE(missing.status().message().find("/nonexistent/folder"), std::string::npos);
}

}  // namespace
}  // namespace herald::coding

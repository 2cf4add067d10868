#include "ingest/text_repair.h"

#include <gtest/gtest.h>

namespace herald {
namespace {

const std::string kEnglish =
    " The talks were held in the capital and the ministers said that it was a step for the "
    "region.";

std::string repaired(const std::string& text, std::vector<Repair>* repairs_out = nullptr) {
  std::vector<Repair> repairs;
  auto result = repair_article_text(text, repairs);
  if (repairs_out) *repairs_out = repairs;
  return result ? *result : text;
}

}  // namespace

TEST(TextRepair, JoinsAWordSplitByAStraySpace) {
  std::vector<Repair> repairs;
  EXPECT_EQ(repaired("Money went to n on-governmental groups." + kEnglish, &repairs),
            "Money went to non-governmental groups." + kEnglish);
  ASSERT_EQ(repairs.size(), 1u);
  EXPECT_EQ(repairs[0].kind, "split word");
  EXPECT_EQ(repairs[0].before, "n on-governmental");
  EXPECT_EQ(repairs[0].offset, 14u);
}

TEST(TextRepair, DecodesCharacterReferencesLeftInPlainText) {
  std::vector<Repair> repairs;
  EXPECT_EQ(repaired("The communiqu&#233; cost &#163;5m at AT&amp;T &#x41;.", &repairs),
            "The communiqu\u00e9 cost \u00a35m at AT&T A.");
  ASSERT_EQ(repairs.size(), 4u);
  EXPECT_EQ(repairs[0].kind, "character reference");
  EXPECT_EQ(repairs[0].before, "&#233;");
  EXPECT_EQ(repairs[0].offset, 13u);
  // Not references: no semicolon, unknown names, controls, surrogates, too long.
  const std::string kept = "R&D; AT&T, &copy; &#0; &#xD800; &#12345678901; & so on";
  EXPECT_EQ(repaired(kept), kept);
}

TEST(TextRepair, MovesTheSpaceAfterAClosingQuote) {
  EXPECT_EQ(repaired("our closest neighbors, \xE2\x80\x9DHarris told reporters."),
            "our closest neighbors,\xE2\x80\x9D Harris told reporters.");
}

TEST(TextRepair, DropsADoubledFullStop) {
  EXPECT_EQ(repaired("weighed on their conversations. .\nNext"),
            "weighed on their conversations.\nNext");
}

TEST(TextRepair, UndoesMojibake) {
  std::vector<Repair> repairs;
  EXPECT_EQ(repaired("Caf\xC3\x83\xC2\xA9 and it\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2s", &repairs),
            "Caf\xC3\xA9 and it\xE2\x80\x99s");
  ASSERT_EQ(repairs.size(), 2u);
  EXPECT_EQ(repairs[0].kind, "mojibake");
}

TEST(TextRepair, LeavesCorrectTextAlone) {
  for (const std::string& text :
       {"Wait... what? And then . . . nothing." + kEnglish,
        std::string("Net free reserves.............644 vs.....1,337"),
        "Plan B was ready, and a new plan too. It is 3 x 4 metres." + kEnglish,
        "Harris' s view; I m not; don t go; it s fine." + kEnglish,
        std::string("Guatemala y Honduras, Roma e la Francia, o no."),
        std::string("S\xC3\x83O PAULO and \xC3\x83"
                    "rea are fine"),
        std::string("He said \xE2\x80\x9Cyes\xE2\x80\x9D and left.")}) {
    std::vector<Repair> repairs;
    EXPECT_FALSE(repair_article_text(text, repairs).has_value()) << text;
  }
}

TEST(TextRepair, RecognisesEnglish) {
  EXPECT_TRUE(reads_as_english(kEnglish));
  EXPECT_FALSE(
      reads_as_english("El presidente dijo que la reunión con los ministros fue un paso "
                       "importante para la región y el país."));
}

}  // namespace herald

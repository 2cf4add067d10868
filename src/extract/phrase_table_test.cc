#include "extract/phrase_table.h"

#include <gtest/gtest.h>

#include <string>

#include "extract/extract_test_helpers.h"
#include "extract/name_matching.h"

namespace herald::extract {
namespace {

TEST(PhraseHash, ComposesLikeTheJoinedText) {
  const PhraseHash joined = PhraseHash::of("new york city");
  const PhraseHash composed =
      PhraseHash::of("new").then(PhraseHash::of("york")).then(PhraseHash::of("city"));
  EXPECT_EQ(composed.value, joined.value);
  EXPECT_EQ(composed.power, joined.power);
  // A word holding a space composes the same as its pieces.
  EXPECT_EQ(PhraseHash::of("a b").then(PhraseHash::of("c")).value, PhraseHash::of("a b c").value);
}

TEST(PhraseTable, FindsInsertedKeysOnly) {
  PhraseTable<int> table;
  EXPECT_EQ(table.find("anything"), nullptr);
  table.emplace("mexico", 1);
  table.emplace("mexico city", 2);
  EXPECT_EQ(table.emplace("mexico", 9), 1);  // the first value stays
  for (int index = 0; index < 1000; ++index) table.emplace("word" + std::to_string(index), index);
  ASSERT_NE(table.find("mexico"), nullptr);
  EXPECT_EQ(*table.find("mexico"), 1);
  EXPECT_EQ(*table.find("mexico city"), 2);
  EXPECT_EQ(*table.find("word777"), 777);
  EXPECT_EQ(table.find("mexic"), nullptr);
  EXPECT_EQ(table.find("word1000"), nullptr);
  EXPECT_EQ(table.size(), 1002u);
  // A key whose hash matches but whose text does not is not found.
  EXPECT_EQ(table.find(PhraseKey("other", PhraseHash::of("mexico").value)), nullptr);
}

TEST(PhraseTable, AnswersExactlyAcrossGrowth) {
  // Filter and slots are rebuilt as the table grows; every key stays found, no other is.
  PhraseTable<uint32_t> table;
  for (uint32_t index = 0; index < 20000; ++index)
    table.emplace("name " + std::to_string(index), index);
  for (uint32_t index = 0; index < 20000; ++index) {
    const uint32_t* found = table.find("name " + std::to_string(index));
    ASSERT_NE(found, nullptr) << index;
    EXPECT_EQ(*found, index);
    EXPECT_EQ(table.find("other " + std::to_string(index)), nullptr);
  }
}

TEST(PhraseTable, FindsDocumentWordsAsJoined) {
  PhraseTable<int> table;
  table.emplace("mr straw", 1);
  table.emplace("mr . straw", 2);
  table.emplace("new york", 3);
  table.emplace("", 4);
  Document document = testing::make_document("Then Mr. Straw went to New York.");
  const ScannedDocument scanned = scan_document(document);
  ASSERT_GE(scanned.words.size(), 8u);
  ASSERT_EQ(scanned.norms[1], "mr");
  ASSERT_EQ(scanned.norms[2], ".");
  // Words 1..3 are "mr", ".", "straw": the join skips the abbreviation period or keeps it.
  EXPECT_EQ(join_words(scanned, 1, 4), "mr straw");
  EXPECT_EQ(*table.find_words(scanned, 1, 4, JoinPeriods::kSkip), 1);
  EXPECT_EQ(*table.find_words(scanned, 1, 4, JoinPeriods::kKeep), 2);
  EXPECT_EQ(*table.find_words(scanned, 6, 8, JoinPeriods::kSkip), 3);
  EXPECT_EQ(table.find_words(scanned, 5, 7, JoinPeriods::kSkip), nullptr);
  EXPECT_EQ(table.find_words(scanned, 6, 7, JoinPeriods::kSkip), nullptr);
  EXPECT_EQ(*table.find_words(scanned, 2, 3, JoinPeriods::kSkip), 4);  // only a period: ""
  EXPECT_EQ(table.find(scanned.key(6)), nullptr);                      // "new" alone is no key
  table.emplace("new", 5);
  EXPECT_EQ(*table.find(scanned.key(6)), 5);
}

}  // namespace
}  // namespace herald::extract

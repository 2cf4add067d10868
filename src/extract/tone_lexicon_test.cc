#include "extract/tone_lexicon.h"

#include <gtest/gtest.h>

#include "extract/extract_test_helpers.h"

namespace herald::extract {
namespace {

TEST(ToneLexicon, ScoresDocumentAndSentences) {
  ToneLexicon lexicon;
  ASSERT_TRUE(lexicon.add_rows("good\t3\nbad\t-3\nterrible\t-3\ncool stuff\t3\n", "t").is_ok());
  Document document = testing::make_document("A good day. A bad and terrible day.");
  lexicon.score(document, scan_document(document));
  ASSERT_EQ(document.sentence_tones.size(), 2u);
  EXPECT_EQ(document.sentence_tones[0].word_count, 3u);
  EXPECT_NEAR(document.sentence_tones[0].positive, 100.0 / 3, 1e-9);
  EXPECT_NEAR(document.sentence_tones[1].negative, 40.0, 1e-9);
  EXPECT_EQ(document.tone.word_count, 8u);
  EXPECT_NEAR(document.tone.score, 100.0 / 8 - 200.0 / 8, 1e-9);
  EXPECT_NEAR(document.tone.polarity, 300.0 / 8, 1e-9);
}

TEST(ToneLexicon, RejectsBadValence) {
  ToneLexicon lexicon;
  EXPECT_FALSE(lexicon.add_rows("good\tgreat\n", "t").is_ok());
  EXPECT_FALSE(lexicon.add_rows("good\t9\n", "t").is_ok());
}

}  // namespace
}  // namespace herald::extract

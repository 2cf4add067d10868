#include "extract/speaker_phrase.h"

#include <gtest/gtest.h>

namespace herald::extract {
namespace {

TEST(SpeakerPhrase, SourceNouns) {
  EXPECT_EQ(source_noun("spokeswoman"), SourceNoun::kSpokesperson);
  EXPECT_EQ(source_noun("official"), SourceNoun::kOfficial);
  EXPECT_EQ(source_noun("officials"), SourceNoun::kOfficials);
  EXPECT_EQ(source_noun("executive"), SourceNoun::kOfficial);
  EXPECT_EQ(source_noun("statement"), SourceNoun::kStatement);
  EXPECT_EQ(source_noun("minister"), SourceNoun::kNone);
}

TEST(SpeakerPhrase, LabelsFollowTheGuide) {
  EXPECT_EQ(unnamed_label(SourceNoun::kOfficial, "", "UK Government", "official"),
            "unnamed UK Government official");
  EXPECT_EQ(unnamed_label(SourceNoun::kSpokesperson, "Israeli", "military", "Spokesman"),
            "Israeli military spokesman");
  EXPECT_EQ(unnamed_label(SourceNoun::kOfficials, "", "", "officials"), "unnamed officials");
  EXPECT_EQ(statement_label("Kuwaiti Foreign Ministry"), "Kuwaiti Foreign Ministry (statement)");
  EXPECT_EQ(government_label("Norway"), "Norway (government)");
}

TEST(SpeakerPhrase, WordClasses) {
  EXPECT_TRUE(is_subject_filler("previously"));
  EXPECT_TRUE(is_subject_filler("had"));
  EXPECT_FALSE(is_subject_filler("only"));
  EXPECT_FALSE(is_subject_filler("spokesman"));
  EXPECT_TRUE(is_phrase_boundary("however"));
  EXPECT_TRUE(serves_a_principal("spokesman"));
  EXPECT_TRUE(serves_a_principal("officials"));
  EXPECT_FALSE(serves_a_principal("witnesses"));
  EXPECT_TRUE(is_countryless_ministry("Foreign Ministry"));
  EXPECT_FALSE(is_countryless_ministry("Ministry"));
  EXPECT_FALSE(is_countryless_ministry("Foreign Office"));
}

}  // namespace
}  // namespace herald::extract

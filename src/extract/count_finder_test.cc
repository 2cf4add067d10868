#include "extract/count_finder.h"

#include <gtest/gtest.h>

#include "extract/date_finder.h"
#include "extract/extract_test_helpers.h"

namespace herald::extract {
namespace {

std::vector<Count> counts_of(Document& document) {
  const ScannedDocument scanned = scan_document(document);
  find_dates(document, scanned);
  find_counts(document, scanned);
  return document.counts;
}

TEST(CountFinder, DigitsWordsQualifiersAndDates) {
  Document document = testing::make_document(
      "Authorities found nearly 19,000 unaccompanied children in March. Some thirty candidates "
      "were killed. They found 170,000 people at the border during April.");
  const auto counts = counts_of(document);
  ASSERT_EQ(counts.size(), 3u);
  EXPECT_EQ(counts[0].number, 19000);
  EXPECT_EQ(document.text_of(counts[0].span), "19,000 unaccompanied children");
  EXPECT_EQ(counts[0].qualifier, "nearly");
  EXPECT_EQ(counts[0].date.to_string(), "2021-03");
  EXPECT_EQ(counts[1].number, 30);
  EXPECT_EQ(counts[1].object, "candidates");
  EXPECT_EQ(counts[1].qualifier, "some");
  EXPECT_EQ(counts[2].number, 170000);
  EXPECT_EQ(counts[2].date.to_string(), "2021-04");
}

TEST(CountFinder, AmountsAndDurationsCarryAUnit) {
  Document document =
      testing::make_document("The plan costs $4 billion. They met for more than an hour.");
  const auto counts = counts_of(document);
  ASSERT_EQ(counts.size(), 2u);
  EXPECT_EQ(counts[0].number, 4e9);
  EXPECT_EQ(counts[0].unit, "USD");
  EXPECT_EQ(counts[1].number, 1);
  EXPECT_EQ(counts[1].unit, "duration");
  EXPECT_EQ(counts[1].qualifier, "more than");
}

TEST(CountFinder, PartOfAWholeAndRanges) {
  Document document = testing::make_document(
      "Britain withdrew four of its six remaining diplomats. Some 100-120 UK troops are ready. "
      "A hundred detainees were freed.");
  const auto counts = counts_of(document);
  std::vector<std::string> spans;
  for (const Count& count : counts) spans.emplace_back(document.text_of(count.span));
  EXPECT_EQ(spans, (std::vector<std::string>{"four of its six remaining diplomats",
                                             "six remaining diplomats", "100-120 UK troops",
                                             "A hundred detainees"}));
  EXPECT_EQ(counts[2].number, 100);
}

TEST(CountFinder, NotCounts) {
  Document document = testing::make_document(
      "Prices rose 5 percent in 2020. The road is 30 km long. The two leaders met. "
      "He is aged 45. It was one of the main challenges.");
  EXPECT_TRUE(counts_of(document).empty());
}

}  // namespace
}  // namespace herald::extract

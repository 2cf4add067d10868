#include "progress/progress_text.h"

#include <gtest/gtest.h>

namespace herald::progress {
namespace {

TEST(ProgressText, FormatsDurationsAsAPersonReadsThem) {
  EXPECT_EQ(format_duration(0), "0 s");
  EXPECT_EQ(format_duration(42.4), "42 s");
  EXPECT_EQ(format_duration(59.6), "1:00");
  EXPECT_EQ(format_duration(187), "3:07");
  EXPECT_EQ(format_duration(3723), "1:02:03");
  EXPECT_EQ(format_duration(-5), "0 s");
  EXPECT_EQ(format_duration(1.0 / 0.0), "0 s");
}

TEST(ProgressText, GroupsThousands) {
  EXPECT_EQ(format_count(0), "0");
  EXPECT_EQ(format_count(999), "999");
  EXPECT_EQ(format_count(19763), "19,763");
  EXPECT_EQ(format_count(1234567), "1,234,567");
}

TEST(ProgressText, EstimatesFromBytesWhenTheInputSizeIsKnown) {
  ProgressCounts counts;
  counts.documents = 500;
  counts.documents_total = 4000;  // bytes win over documents
  counts.bytes_done = 25'000'000;
  counts.bytes_total = 100'000'000;
  EXPECT_DOUBLE_EQ(*fraction_done(counts), 0.25);
  EXPECT_DOUBLE_EQ(work_done(counts), 25'000'000);
  // 75 MB left at 2.5 MB/s.
  EXPECT_DOUBLE_EQ(*remaining_seconds(counts, 2'500'000.0), 30.0);
}

TEST(ProgressText, EstimatesFromDocumentsWhenOnlyTheirNumberIsKnown) {
  ProgressCounts counts;
  counts.documents = 300;
  counts.documents_total = 1200;
  EXPECT_DOUBLE_EQ(*fraction_done(counts), 0.25);
  EXPECT_DOUBLE_EQ(*remaining_seconds(counts, 100.0), 9.0);
}

TEST(ProgressText, MakesNoEstimateWithoutATotalOrARate) {
  ProgressCounts counts;
  counts.documents = 300;
  EXPECT_FALSE(fraction_done(counts));
  EXPECT_FALSE(remaining_seconds(counts, 100.0));
  counts.documents_total = 1000;
  EXPECT_FALSE(remaining_seconds(counts, std::nullopt));
  EXPECT_FALSE(remaining_seconds(counts, 0.0));
  // Past the announced total (input grew): nothing left rather than a negative time.
  counts.documents = 1100;
  EXPECT_DOUBLE_EQ(*fraction_done(counts), 1.0);
  EXPECT_DOUBLE_EQ(*remaining_seconds(counts, 50.0), 0.0);
}

TEST(ProgressText, RateFollowsTheRecentWindowNotTheWholeRun) {
  RateWindow window(10);
  window.add(0, 0);
  EXPECT_FALSE(window.rate());
  window.add(0.5, 5000);
  EXPECT_FALSE(window.rate()) << "less than a second of samples";
  // A resumed run: 5,000 stored documents skipped in the first half second, then 100/s.
  for (int second = 1; second <= 40; ++second) window.add(second, 5000 + 100.0 * second);
  ASSERT_TRUE(window.rate());
  EXPECT_NEAR(*window.rate(), 100.0, 1e-9);
}

TEST(ProgressText, LineShowsCountsRatePercentageAndEta) {
  ProgressCounts counts;
  counts.documents = 12345;
  counts.skipped = 300;
  counts.sentences = 95120;
  counts.events = 3402;
  counts.bytes_done = 62;
  counts.bytes_total = 100;
  EXPECT_EQ(progress_line("ingest", counts, 15.2, 14.0),
            "ingest: 12,345 documents (300 already stored), 95,120 sentences, 3,402 events, "
            "812 docs/s, 62%, ETA 14 s");
  counts.skipped = 0;
  counts.bytes_total = 0;
  EXPECT_EQ(progress_line("code", counts, 0, std::nullopt),
            "code: 12,345 documents, 95,120 sentences, 3,402 events");
}

}  // namespace
}  // namespace herald::progress

#include "ingest/dateline.h"

#include <gtest/gtest.h>

namespace herald {

TEST(Dateline, FindsWireDatelines) {
  auto reuters = find_dateline("SALVADOR, Feb 26 - Showers continued");
  ASSERT_TRUE(reuters);
  EXPECT_EQ(reuters->place, "SALVADOR");
  EXPECT_EQ(reuters->month, 2);
  EXPECT_EQ(reuters->day, 26);
  EXPECT_EQ(reuters->year, 0);
  auto with_year = find_dateline("WASHINGTON, June 8, 2021 (Reuters) - The");
  ASSERT_TRUE(with_year);
  EXPECT_EQ(dateline_date(*with_year, 0).to_string(), "2021-06-08");
  auto en_dash = find_dateline("Mexico City, June 8 \xE2\x80\x93 Harris said");
  ASSERT_TRUE(en_dash);
  EXPECT_EQ(en_dash->place, "Mexico City");
}

TEST(Dateline, NeverInventsAYear) {
  auto dateline = find_dateline("Mexico City, June 8 - Harris said");
  ASSERT_TRUE(dateline);
  EXPECT_FALSE(dateline_date(*dateline, 0).known());
  EXPECT_EQ(dateline_date(*dateline, 2021).to_string(), "2021-06-08");
  EXPECT_FALSE(find_dateline("Mexico City \xE2\x80\x93 US Vice President Kamala Harris"));
  EXPECT_FALSE(find_dateline("However, May said - nothing"));
}

TEST(Dateline, DatesInUrls) {
  EXPECT_EQ(date_from_url("https://x.com/news/2021/06/08/story").to_string(), "2021-06-08");
  EXPECT_EQ(date_from_url("https://x.com/2019/11/florida-man.html").to_string(), "2019-11");
  EXPECT_FALSE(date_from_url("https://x.com/news/471031-story").known());
}

}  // namespace herald

#include "herald/date.h"

#include <gtest/gtest.h>

namespace herald {

TEST(CivilDate, ParsesFullPartialAndDateTimes) {
  EXPECT_EQ(CivilDate::parse("2021-06-08")->to_string(), "2021-06-08");
  EXPECT_EQ(CivilDate::parse("2021-03")->to_string(), "2021-03");
  EXPECT_EQ(CivilDate::parse("2020")->to_string(), "2020");
  EXPECT_EQ(CivilDate::parse("20210608")->to_string(), "2021-06-08");
  EXPECT_EQ(CivilDate::parse("1987-02-26T15:01:01")->to_string(), "1987-02-26");
}

TEST(CivilDate, RejectsImpossibleDates) {
  EXPECT_FALSE(CivilDate::parse("2021-02-29"));
  EXPECT_TRUE(CivilDate::parse("2020-02-29"));
  EXPECT_FALSE(CivilDate::parse("2021-13-01"));
  EXPECT_FALSE(CivilDate::parse("June 8"));
  EXPECT_FALSE(CivilDate::parse(""));
  EXPECT_FALSE(CivilDate::parse("2021-06-08x"));
}

TEST(CivilDate, DayArithmeticRoundTrips) {
  const CivilDate date{2021, 6, 8};
  EXPECT_EQ(date.weekday(), 1);  // a Tuesday
  EXPECT_EQ(CivilDate::from_days_since_epoch(date.days_since_epoch() - 1).to_string(),
            "2021-06-07");
  EXPECT_EQ(CivilDate::from_days_since_epoch(0).to_string(), "1970-01-01");
  for (long day = -1000; day < 30000; day += 37)
    EXPECT_EQ(CivilDate::from_days_since_epoch(day).days_since_epoch(), day);
}

TEST(CivilDate, WeekdayNamesAreLowerCaseDayNames) {
  EXPECT_TRUE(is_weekday_name("monday"));
  EXPECT_TRUE(is_weekday_name("sunday"));
  EXPECT_FALSE(is_weekday_name("Monday"));
  EXPECT_FALSE(is_weekday_name("week"));
}

TEST(CivilDate, MonthNamesInFullOrAbbreviated) {
  EXPECT_EQ(month_from_name("march"), 3);
  EXPECT_EQ(month_from_name("sept"), 9);
  EXPECT_EQ(month_from_name("Dec."), 12);
  EXPECT_EQ(month_from_name("marching"), 0);
}

}  // namespace herald

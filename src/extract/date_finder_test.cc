#include "extract/date_finder.h"

#include <gtest/gtest.h>

#include <map>

#include "extract/extract_test_helpers.h"

namespace herald::extract {
namespace {

// Expression text -> resolution, for a text published on `date`.
std::map<std::string, std::string> dates_of(const std::string& text, const std::string& date) {
  Document document = testing::make_document(text, date);
  find_dates(document, scan_document(document));
  std::map<std::string, std::string> found;
  for (const DateRef& ref : document.dates)
    found[std::string(document.text_of(ref.span))] = date_ref_text(ref);
  return found;
}

TEST(DateFinder, ResolvesWeekdaysIntoThePast) {
  // 2021-06-08 is a Tuesday.
  const auto found =
      dates_of("She went to Guatemala on Monday. He left on Tuesday night.", "2021-06-08");
  EXPECT_EQ(found.at("Monday"), "2021-06-07");
  EXPECT_EQ(found.at("Tuesday night"), "2021-06-08");
}

TEST(DateFinder, FutureWeekdayWhenTheSentenceSpeaksOfTheFuture) {
  const auto found = dates_of("The minister will travel to Paris on Friday.", "2021-06-08");
  EXPECT_EQ(found.at("Friday"), "2021-06-11");
}

TEST(DateFinder, MonthsYearsAndRelativeExpressions) {
  const auto found = dates_of(
      "Officials found 19,000 children in March. Crossings grew since April 2020. "
      "He said so last month. Talks begin next week. It was built in 1984. Last year was hard.",
      "2021-06-08");
  EXPECT_EQ(found.at("in March"), "2021-03");
  EXPECT_EQ(found.at("since April 2020"), "2020-04");
  EXPECT_EQ(found.at("last month"), "2021-05");
  EXPECT_EQ(found.at("next week"), "2021-W24");
  EXPECT_EQ(found.at("in 1984"), "1984");
  EXPECT_EQ(found.at("Last year"), "2020");
}

TEST(DateFinder, AComingMonthIsInTheFuture) {
  const auto found = dates_of("A conference will be held in London in March.", "2004-12-23");
  EXPECT_EQ(found.at("in March"), "2005-03");
}

TEST(DateFinder, DayMonthAndDateline) {
  const auto found =
      dates_of("LONDON, June 18 - Talks resumed yesterday and end on 9 July.", "1987-06-18");
  EXPECT_EQ(found.at("June 18"), "1987-06-18");
  EXPECT_EQ(found.at("yesterday"), "1987-06-17");
  EXPECT_EQ(found.at("9 July"), "1987-07-09");
}

TEST(DateFinder, MayAsAVerbIsNoDate) {
  const auto found = dates_of("Prices may rise. Troops march on.", "2021-06-08");
  EXPECT_TRUE(found.empty());
}

TEST(DateFinder, IsoWeek) {
  EXPECT_EQ(iso_week(CivilDate{2004, 11, 5}), "2004-W45");
  EXPECT_EQ(iso_week(CivilDate{2021, 1, 3}), "2020-W53");
}

TEST(DateFinder, NoPublicationDateNoResolution) {
  Document document = testing::make_document("He left on Monday.", "");
  find_dates(document, scan_document(document));
  EXPECT_TRUE(document.dates.empty());
}

}  // namespace
}  // namespace herald::extract

// Publication dates from the text itself: the dateline that opens a wire story
// ("WASHINGTON, June 8, 2021 (Reuters) -", "Mexico City, June 8 –", "SALVADOR, Feb 26 -").
//
// A dateline gives a month and day and sometimes a year. A date is only returned when the
// year is known, from the dateline or from `context_year` (e.g. the year in the page's URL);
// a month and day alone are reported in `partial` and never completed by guessing.
//
// Thread-safety: pure functions.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "herald/date.h"

namespace herald {

struct Dateline {
  std::string place;  // "Mexico City"
  std::string text;   // "Mexico City, June 8"
  int month = 0;
  int day = 0;
  int year = 0;  // 0 when the dateline has none
};

// The dateline at the start of `text`, if there is one.
std::optional<Dateline> find_dateline(std::string_view text);

// A full date from the dateline, using `context_year` when the dateline has no year;
// unknown (year 0) when neither has one.
CivilDate dateline_date(const Dateline& dateline, int context_year);

// A date spelled in a URL path: /2021/06/08/ or /2021-06-08/ (month precision for /2021/06/).
CivilDate date_from_url(std::string_view url);

// Month names are read by month_from_name (herald/date.h).

}  // namespace herald

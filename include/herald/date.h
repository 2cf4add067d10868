// CivilDate: a calendar date that may be known only to the year or the month.
//
// News dates are often partial ("in March", "in 2020"); a CivilDate keeps what is known
// and no more. month == 0 means "year only"; day == 0 means "year and month only".
// A default-constructed CivilDate (year 0) is "unknown" and is never invented.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace herald {

struct CivilDate {
  int year = 0;   // 0 = unknown
  int month = 0;  // 1-12, 0 = not known
  int day = 0;    // 1-31, 0 = not known

  bool known() const { return year != 0; }
  bool has_day() const { return known() && month != 0 && day != 0; }
  // "2021", "2021-03" or "2021-03-07"; "" when unknown.
  std::string to_string() const;
  // Days since 1970-01-01 of a full date. REQUIRES: has_day().
  long days_since_epoch() const;
  static CivilDate from_days_since_epoch(long days);
  // 0 = Monday ... 6 = Sunday. REQUIRES: has_day().
  int weekday() const;
  // Parses "YYYY", "YYYY-MM", "YYYY-MM-DD", "YYYYMMDD" and ISO date-times
  // ("2021-06-08T10:00:00Z", only the date is kept). nullopt when malformed or out of range.
  static std::optional<CivilDate> parse(std::string_view text);

  auto operator<=>(const CivilDate&) const = default;
};

// Whether a lower-case word names a day of the week ("monday" ... "sunday").
bool is_weekday_name(std::string_view lowercase_word);

// The month (1-12) a word names, in any case, in full or abbreviated with or without a
// period ("March", "sept", "Dec."); 0 for any other word.
int month_from_name(std::string_view word);

}  // namespace herald

#include "herald/date.h"

#include <cctype>
#include <cstdio>

namespace herald {
namespace {

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap(year) ? 29 : kDays[month - 1];
}

bool all_digits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text)
    if (c < '0' || c > '9') return false;
  return true;
}

int to_int(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

}  // namespace

std::string CivilDate::to_string() const {
  if (!known()) return "";
  char buffer[16];
  if (month == 0) {
    std::snprintf(buffer, sizeof buffer, "%04d", year);
  } else if (day == 0) {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
  } else {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  }
  return buffer;
}

// Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
long CivilDate::days_since_epoch() const {
  const int y = month <= 2 ? year - 1 : year;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned year_of_era = static_cast<unsigned>(y - era * 400);
  const unsigned day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const unsigned day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + static_cast<long>(day_of_era) - 719468;
}

CivilDate CivilDate::from_days_since_epoch(long days) {
  days += 719468;
  const long era = (days >= 0 ? days : days - 146096) / 146097;
  const unsigned day_of_era = static_cast<unsigned>(days - era * 146097);
  const unsigned year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const unsigned day_of_year =
      day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const unsigned mp = (5 * day_of_year + 2) / 153;
  const int d = static_cast<int>(day_of_year - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int y = static_cast<int>(year_of_era + era * 400) + (m <= 2 ? 1 : 0);
  return CivilDate{y, m, d};
}

int CivilDate::weekday() const {
  const long days = days_since_epoch();  // 1970-01-01 was a Thursday (3)
  return static_cast<int>(((days % 7) + 7 + 3) % 7);
}

std::optional<CivilDate> CivilDate::parse(std::string_view text) {
  CivilDate date;
  if (text.size() == 8 && all_digits(text)) {
    date = {to_int(text.substr(0, 4)), to_int(text.substr(4, 2)), to_int(text.substr(6, 2))};
  } else {
    if (text.size() < 4 || !all_digits(text.substr(0, 4))) return std::nullopt;
    date.year = to_int(text.substr(0, 4));
    if (text.size() > 4) {
      if (text.size() < 7 || text[4] != '-' || !all_digits(text.substr(5, 2))) return std::nullopt;
      date.month = to_int(text.substr(5, 2));
      if (text.size() > 7) {
        if (text.size() < 10 || text[7] != '-' || !all_digits(text.substr(8, 2)))
          return std::nullopt;
        date.day = to_int(text.substr(8, 2));
        if (text.size() > 10 && text[10] != 'T' && text[10] != ' ') return std::nullopt;
      }
    }
  }
  if (date.year < 1 || date.month < 0 || date.month > 12) return std::nullopt;
  if (date.day != 0 &&
      (date.month == 0 || date.day < 1 || date.day > days_in_month(date.year, date.month)))
    return std::nullopt;
  return date;
}

int month_from_name(std::string_view word) {
  static constexpr std::string_view kMonths[] = {"january",   "february", "march",    "april",
                                                 "may",       "june",     "july",     "august",
                                                 "september", "october",  "november", "december"};
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  if (word.size() < 3 || word.size() > 9) return 0;
  char lower[9];
  for (size_t i = 0; i < word.size(); ++i)
    lower[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(word[i])));
  const std::string_view folded(lower, word.size());
  for (int month = 1; month <= 12; ++month) {
    const std::string_view name = kMonths[month - 1];
    if (folded == name || (folded.size() == 3 && name.substr(0, 3) == folded)) return month;
  }
  return folded == "sept" ? 9 : 0;
}

bool is_weekday_name(std::string_view lowercase_word) {
  return lowercase_word == "monday" || lowercase_word == "tuesday" ||
         lowercase_word == "wednesday" || lowercase_word == "thursday" ||
         lowercase_word == "friday" || lowercase_word == "saturday" || lowercase_word == "sunday";
}

}  // namespace herald

#include "ingest/dateline.h"

#include <cctype>

namespace herald {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

size_t skip_spaces(std::string_view text, size_t position) {
  while (position < text.size() && (text[position] == ' ' || text[position] == '\t')) ++position;
  return position;
}

// A dash of any kind at `position`: "-", "–", "—", or "(" as in "(Reuters) -".
bool dash_at(std::string_view text, size_t position) {
  if (position >= text.size()) return false;
  if (text[position] == '-' || text[position] == '(') return true;
  return text.substr(position, 3) == "\xE2\x80\x93" || text.substr(position, 3) == "\xE2\x80\x94";
}

}  // namespace

std::optional<Dateline> find_dateline(std::string_view text) {
  size_t start = 0;
  while (start < text.size() && std::isspace(static_cast<unsigned char>(text[start]))) ++start;
  const std::string_view head = text.substr(start, 120);
  const size_t comma = head.find(',');
  if (comma == std::string_view::npos || comma == 0 || comma > 50) return std::nullopt;
  const std::string_view place = head.substr(0, comma);
  if (!std::isupper(static_cast<unsigned char>(place.front()))) return std::nullopt;
  for (char c : place)
    if (c == '.' && place.size() < 3) return std::nullopt;
  if (place.find('\n') != std::string_view::npos) return std::nullopt;
  size_t position = skip_spaces(head, comma + 1);
  const size_t month_start = position;
  while (position < head.size() &&
         (std::isalpha(static_cast<unsigned char>(head[position])) || head[position] == '.'))
    ++position;
  Dateline dateline;
  dateline.month = month_from_name(head.substr(month_start, position - month_start));
  if (dateline.month == 0) return std::nullopt;
  position = skip_spaces(head, position);
  const size_t day_start = position;
  while (position < head.size() && is_digit(head[position])) ++position;
  if (position == day_start || position - day_start > 2) return std::nullopt;
  dateline.day = std::stoi(std::string(head.substr(day_start, position - day_start)));
  if (dateline.day < 1 || dateline.day > 31) return std::nullopt;
  size_t end_of_date = position;
  if (position < head.size() && head[position] == ',') {
    const size_t year_start = skip_spaces(head, position + 1);
    size_t year_end = year_start;
    while (year_end < head.size() && is_digit(head[year_end])) ++year_end;
    if (year_end - year_start == 4) {
      dateline.year = std::stoi(std::string(head.substr(year_start, 4)));
      position = year_end;
      end_of_date = year_end;
    }
  }
  position = skip_spaces(head, position);
  if (!dash_at(head, position)) return std::nullopt;
  dateline.place = std::string(place);
  dateline.text = std::string(head.substr(0, end_of_date));
  return dateline;
}

CivilDate dateline_date(const Dateline& dateline, int context_year) {
  const int year = dateline.year != 0 ? dateline.year : context_year;
  if (year == 0) return {};
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, dateline.month, dateline.day);
  return CivilDate::parse(buffer).value_or(CivilDate{});
}

CivilDate date_from_url(std::string_view url) {
  // Look at path segments: four digits, then two, then optionally two.
  for (size_t i = 0; i + 8 <= url.size(); ++i) {
    if (url[i] != '/') continue;
    const std::string_view rest = url.substr(i + 1);
    if (rest.size() < 7 || !is_digit(rest[0]) || !is_digit(rest[1]) || !is_digit(rest[2]) ||
        !is_digit(rest[3]))
      continue;
    const char separator = rest[4];
    if (separator != '/' && separator != '-') continue;
    if (!is_digit(rest[5]) || !is_digit(rest[6])) continue;
    const int year = std::stoi(std::string(rest.substr(0, 4)));
    if (year < 1990 || year > 2100) continue;
    std::string date(rest.substr(0, 4));
    date += '-';
    date += rest.substr(5, 2);
    if (rest.size() >= 10 && rest[7] == separator && is_digit(rest[8]) && is_digit(rest[9]) &&
        (rest.size() == 10 || !is_digit(rest[10]))) {
      date += '-';
      date += rest.substr(8, 2);
    } else if (rest.size() > 7 && is_digit(rest[7])) {
      continue;
    }
    if (auto parsed = CivilDate::parse(date)) return *parsed;
  }
  return {};
}

}  // namespace herald

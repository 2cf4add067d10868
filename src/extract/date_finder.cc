#include "extract/date_finder.h"

#include <fmt/format.h>

#include <array>
#include <charconv>
#include <unordered_map>
#include <vector>

#include "extract/phrase_table.h"

namespace herald::extract {
namespace {

int weekday_number(std::string_view norm) {  // 0 = Monday
  if (norm.size() < 6 || !norm.ends_with("day")) return -1;
  static constexpr std::array<std::string_view, 7> kDays = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  for (size_t index = 0; index < 7; ++index)
    if (norm == kDays[index]) return static_cast<int>(index);
  return -1;
}

int small_number(std::string_view text) {
  // "9", "19th", "2nd"
  int value = 0;
  size_t index = 0;
  while (index < text.size() && text[index] >= '0' && text[index] <= '9' && index < 4)
    value = value * 10 + (text[index++] - '0');
  if (index == 0) return -1;
  const std::string_view rest = text.substr(index);
  if (!rest.empty() && rest != "st" && rest != "nd" && rest != "rd" && rest != "th") return -1;
  return value;
}

int year_number(const Word& word, std::string_view text) {
  if (!word.number || text.size() != 4) return -1;
  int value = 0;
  std::from_chars(text.data(), text.data() + 4, value);
  return value >= 1800 && value <= 2100 ? value : -1;
}

bool is_future_marker(std::string_view norm) {
  if (norm.size() < 3 || norm.size() > 9) return false;
  return norm == "will" || norm == "next" || norm == "due" || norm == "scheduled" ||
         norm == "upcoming" || norm == "expected" || norm == "planned" || norm == "plans" ||
         norm == "tomorrow" || norm == "coming" || norm == "shall" || norm == "'ll";
}

CivilDate add_days(const CivilDate& day, long days) {
  return CivilDate::from_days_since_epoch(day.days_since_epoch() + days);
}

CivilDate add_months(const CivilDate& day, int months) {
  int month_index = day.year * 12 + (day.month - 1) + months;
  return CivilDate{month_index / 12, month_index % 12 + 1, 0};
}

bool valid_day(int year, int month, int day) {
  return CivilDate::parse(fmt::format("{:04d}-{:02d}-{:02d}", year, month, day)).has_value();
}

class SentenceDates {
 public:
  SentenceDates(Document& document, const ScannedDocument& scanned, CivilDate reference,
                size_t sentence)
      : document_(document), scanned_(scanned), reference_(reference) {
    begin_ = scanned.sentence_begin(sentence);
    end_ = scanned.sentence_end(sentence);
  }

  // The future is spoken of near the expression: a marker within eight words before it.
  bool future_near(uint32_t index) {
    if (index == begin_) return false;
    if (last_future_.empty()) {
      // Word index of the last future marker at or before each word; made on the sentence's
      // first date word, as most sentences have none.
      last_future_.assign(end_ - begin_, -1);
      int64_t last = -1;
      for (uint32_t word = begin_; word < end_; ++word) {
        if (is_future_marker(scanned_.norms[word])) last = word;
        last_future_[word - begin_] = last;
      }
    }
    const int64_t marker = last_future_[index - 1 - begin_];
    return marker >= 0 && static_cast<int64_t>(index) - marker <= 8;
  }

  void run() {
    for (uint32_t index = begin_; index < end_;) index = match_at(index);
  }

 private:
  std::string_view text(uint32_t index) const {
    return scanned_.words[index].span.of(document_.text);
  }
  std::string_view norm(uint32_t index) const { return scanned_.norms[index]; }
  bool word_is(uint32_t index, std::string_view value) const {
    return index < end_ && norm(index) == value;
  }

  void add(uint32_t first, uint32_t last, CivilDate resolved, std::string note) {
    DateRef date;
    date.span = {scanned_.words[first].span.begin, scanned_.words[last - 1].span.end};
    date.resolved = resolved;
    date.note = std::move(note);
    document_.dates.push_back(std::move(date));
  }

  // Include a preceding "in" / "since" / "during" in the span.
  uint32_t with_preposition(uint32_t first) const {
    if (first > begin_ &&
        (norm(first - 1) == "in" || norm(first - 1) == "since" || norm(first - 1) == "during"))
      return first - 1;
    return first;
  }

  // Returns the index after what was matched at `index` (index + 1 if nothing).
  // Words that can start a date expression; everything else is skipped at once.
  static bool may_start_date(const Word& word, const PhraseKey& key) {
    if (word.number) return key.text.size() <= 4;
    if (word.punctuation || key.text.size() < 3 || key.text.size() > 9) return false;
    static const PhraseTable<uint8_t> kStarts = [] {
      PhraseTable<uint8_t> starts;
      for (std::string_view start :
           {"today",   "tonight",   "yesterday", "tomorrow", "this",     "last",     "next",
            "monday",  "tuesday",   "wednesday", "thursday", "friday",   "saturday", "sunday",
            "january", "february",  "march",     "april",    "may",      "june",     "july",
            "august",  "september", "october",   "november", "december", "jan",      "feb",
            "mar",     "apr",       "jun",       "jul",      "aug",      "sep",      "sept",
            "oct",     "nov",       "dec"})
        starts.emplace(start, 1);
      return starts;
    }();
    return kStarts.contains(key);
  }

  uint32_t match_at(uint32_t index) {
    const Word& word = scanned_.words[index];
    const std::string_view key = norm(index);
    if (!may_start_date(word, scanned_.key(index))) {
      // "9 January": a day number before a month starts nothing itself.
      return index + 1;
    }
    future_ = future_near(index);

    // Relative days.
    // "BBC Radio 4's Today programme": a capitalized Today inside a sentence is a name.
    if ((key == "today" || key == "tonight") && word.capitalized && index > begin_ &&
        !scanned_.words[index - 1].punctuation)
      return index + 1;
    if (key == "today" || key == "tonight") {
      add(index, index + 1, reference_, "relative day");
      return index + 1;
    }
    if (key == "yesterday") {
      add(index, index + 1, add_days(reference_, -1), "relative day");
      return index + 1;
    }
    if (key == "tomorrow") {
      add(index, index + 1, add_days(reference_, 1), "relative day");
      return index + 1;
    }
    if ((key == "this" || key == "last" || key == "next") && index + 1 < end_) {
      const std::string_view unit = norm(index + 1);
      const int direction = key == "last" ? -1 : key == "next" ? 1 : 0;
      if (key == "this" && (unit == "morning" || unit == "afternoon" || unit == "evening")) {
        add(index, index + 2, reference_, "relative day");
        return index + 2;
      }
      if (key == "last" && unit == "night") {
        add(index, index + 2, add_days(reference_, -1), "relative day");
        return index + 2;
      }
      if (unit == "week") {
        const CivilDate day = add_days(reference_, 7L * direction);
        const CivilDate monday = add_days(day, -day.weekday());
        add(index, index + 2, monday, "iso-week " + iso_week(day));
        return index + 2;
      }
      if (unit == "month") {
        add(index, index + 2, add_months(reference_, direction), "relative month");
        return index + 2;
      }
      if (unit == "year") {
        add(index, index + 2, CivilDate{reference_.year + direction, 0, 0}, "relative year");
        return index + 2;
      }
      if (const int month = month_from_name(unit);
          month > 0 && scanned_.words[index + 1].capitalized) {
        // "last November": the most recent one before this month; "next March" the coming one.
        int year = reference_.year;
        if (direction < 0 && month >= reference_.month) year -= 1;
        if (direction > 0 && month <= reference_.month) year += 1;
        add(index, index + 2, CivilDate{year, month, 0}, "relative month name");
        return index + 2;
      }
    }

    // Weekdays: "Monday", "Friday evening"; the span leaves out "on".
    if (const int weekday = weekday_number(key); weekday >= 0 && word.capitalized) {
      uint32_t last = index + 1;
      if (last < end_ && (norm(last) == "morning" || norm(last) == "afternoon" ||
                          norm(last) == "evening" || norm(last) == "night"))
        ++last;
      const bool after_last = index > begin_ && norm(index - 1) == "last";
      const bool after_next = index > begin_ && norm(index - 1) == "next";
      const int today = reference_.weekday();
      long offset;
      if (after_next || (future_ && !after_last)) {
        offset = (weekday - today + 7) % 7;
        if (after_next && offset == 0) offset = 7;
      } else {
        offset = -((today - weekday + 7) % 7);
        if (after_last && offset == 0) offset = -7;
      }
      add(after_last || after_next ? index - 1 : index, last, add_days(reference_, offset),
          "weekday");
      return last;
    }

    // Month names, with day and year when given.
    if (const int month = month_from_name(key); month > 0 && word.capitalized) {
      // "May" and "March" are also words; a month needs a date-like neighbour or preposition.
      const bool ambiguous = key == "may" || key == "march" || key == "mar";
      uint32_t last = index + 1;
      int day = -1;
      int year = -1;
      uint32_t first = index;
      if (last < end_) {
        const int number = small_number(text(last));
        if (number >= 1 && number <= 31 && scanned_.words[last].span.length() <= 4) {
          day = number;
          ++last;
          if (last + 1 < end_ && text(last) == "," &&
              year_number(scanned_.words[last + 1], text(last + 1)) > 0) {
            year = year_number(scanned_.words[last + 1], text(last + 1));
            last += 2;
          } else if (last < end_ && year_number(scanned_.words[last], text(last)) > 0) {
            year = year_number(scanned_.words[last], text(last));
            ++last;
          }
        } else if (year_number(scanned_.words[last], text(last)) > 0) {
          year = year_number(scanned_.words[last], text(last));
          ++last;
        }
      }
      if (day < 0 && index > begin_) {
        const int number = small_number(text(index - 1));
        if (number >= 1 && number <= 31 && scanned_.words[index - 1].number) {
          day = number;
          first = index - 1;
          if (last < end_ && year < 0 && year_number(scanned_.words[last], text(last)) > 0) {
            year = year_number(scanned_.words[last], text(last));
            ++last;
          }
        }
      }
      const bool preposition =
          index > begin_ &&
          (norm(index - 1) == "in" || norm(index - 1) == "since" || norm(index - 1) == "during" ||
           norm(index - 1) == "until" || norm(index - 1) == "by" || norm(index - 1) == "of" ||
           norm(index - 1) == "early" || norm(index - 1) == "late" || norm(index - 1) == "mid");
      if (ambiguous && day < 0 && year < 0 && !preposition) return index + 1;
      // "in March last year"
      int year_shift = 0;
      if (year < 0 && last + 1 < end_ &&
          (norm(last) == "last" || norm(last) == "next" || norm(last) == "this") &&
          norm(last + 1) == "year") {
        year_shift = norm(last) == "last" ? -1 : norm(last) == "next" ? 1 : 0;
        year = reference_.year + year_shift;
        last += 2;
      }
      if (day < 0) first = with_preposition(first);
      if (year < 0) {
        year = reference_.year;
        if (day > 0) {
          // A day-precise date without a year: the nearest such date in the right direction.
          // The nearest such day, a little ahead allowed for the past, more for the future.
          if (valid_day(year, month, day)) {
            const long distance =
                CivilDate{year, month, day}.days_since_epoch() - reference_.days_since_epoch();
            if (distance > (future_ ? 300 : 60)) year -= 1;
            if (distance < (future_ ? -31 : -300)) year += 1;
          }
        } else {
          // The nearest such month: the past one unless the coming one is closer, or the
          // sentence speaks of the future.
          const int back = (reference_.month - month + 12) % 12;   // months ago
          const int ahead = (month - reference_.month + 12) % 12;  // months ahead
          const bool forward = ahead != 0 && (future_ ? ahead <= 9 : ahead < back);
          if (forward && month < reference_.month) year += 1;
          if (!forward && month > reference_.month) year -= 1;
        }
      }
      if (day > 0 && valid_day(year, month, day)) {
        add(first, last, CivilDate{year, month, day}, "calendar date");
      } else {
        add(first, last, CivilDate{year, month, 0}, "month");
      }
      return last;
    }

    // Years: "in 1984", "since 2003", "1976".
    if (const int year = year_number(word, text(index)); year > 0) {
      // Part of a name ("Terrorism Act 2000"), not a date.
      if (index > begin_ && scanned_.words[index - 1].capitalized &&
          month_from_name(norm(index - 1)) == 0)
        return index + 1;
      // Not a count ("2000 troops"): a year is not followed by a lower-case plural noun.
      if (index + 1 < end_ && !scanned_.words[index + 1].punctuation &&
          !scanned_.words[index + 1].capitalized && norm(index + 1).size() > 3 &&
          norm(index + 1).back() == 's')
        return index + 1;
      add(with_preposition(index), index + 1, CivilDate{year, 0, 0}, "year");
      return index + 1;
    }
    return index + 1;
  }

  Document& document_;
  const ScannedDocument& scanned_;
  CivilDate reference_;
  uint32_t begin_ = 0;
  uint32_t end_ = 0;
  bool future_ = false;
  std::vector<int64_t> last_future_;
};

// "LONDON, June 18 - ": a dateline at the start of the first sentence.
std::optional<CivilDate> dateline(const Document& document, const ScannedDocument& scanned) {
  if (document.sentences.empty()) return std::nullopt;
  const uint32_t end = std::min<uint32_t>(scanned.sentence_end(0), 12);
  uint32_t index = 0;
  while (index < end && scanned.words[index].all_caps) ++index;
  if (index == 0 || index + 2 >= end || scanned.norms[index] != ",") return std::nullopt;
  const int month = month_from_name(scanned.norms[index + 1]);
  const int day = small_number(scanned.words[index + 2].span.of(document.text));
  if (month <= 0 || day < 1 || day > 31 || !document.published.has_day()) return std::nullopt;
  CivilDate date{document.published.year, month, day};
  if (!valid_day(date.year, month, day)) return std::nullopt;
  return date;
}

}  // namespace

std::string iso_week(const CivilDate& day) {
  const CivilDate thursday = add_days(day, 3 - day.weekday());
  const long day_of_year =
      thursday.days_since_epoch() - CivilDate{thursday.year, 1, 1}.days_since_epoch();
  return fmt::format("{:04d}-W{:02d}", thursday.year, day_of_year / 7 + 1);
}

std::string date_ref_text(const DateRef& date) {
  if (date.note.rfind("iso-week ", 0) == 0) return date.note.substr(9);
  return date.resolved.to_string();
}

void find_dates(Document& document, const ScannedDocument& scanned) {
  if (!document.published.has_day()) return;  // nothing to resolve against
  CivilDate reference = document.published;
  if (const auto written = dateline(document, scanned)) {
    const long difference = written->days_since_epoch() - reference.days_since_epoch();
    if (difference >= 0 && difference <= 2) reference = *written;
  }
  const size_t first_new = document.dates.size();
  for (size_t sentence = 0; sentence < document.sentences.size(); ++sentence) {
    const size_t before = document.dates.size();
    SentenceDates(document, scanned, reference, sentence).run();
    // A sentence whose one day-precise date differs from publication happens on that day.
    int precise = 0;
    CivilDate day;
    for (size_t index = before; index < document.dates.size(); ++index) {
      if (document.dates[index].resolved.has_day() &&
          document.dates[index].note != "calendar date") {
        ++precise;
        day = document.dates[index].resolved;
      }
    }
    if (precise == 1 && day != document.published) document.sentences[sentence].date = day;
  }
  (void)first_new;
}

}  // namespace herald::extract

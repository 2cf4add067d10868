#include "extract/count_finder.h"

#include <array>
#include <cmath>
#include <cstdlib>
#include <string>
#include <unordered_map>

#include "extract/phrase_table.h"

namespace herald::extract {
namespace {

struct NumberWord {
  std::string_view word;
  double value;
};

constexpr std::array<NumberWord, 29> kNumberWords = {{
    {"one", 1},      {"two", 2},        {"three", 3},     {"four", 4},      {"five", 5},
    {"six", 6},      {"seven", 7},      {"eight", 8},     {"nine", 9},      {"ten", 10},
    {"eleven", 11},  {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15},
    {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19}, {"twenty", 20},
    {"thirty", 30},  {"forty", 40},     {"fifty", 50},    {"sixty", 60},    {"seventy", 70},
    {"eighty", 80},  {"ninety", 90},    {"dozen", 12},    {"hundred", 100},
}};

double word_value(const PhraseKey& key) {
  const std::string_view norm = key.text;
  if (norm.size() < 3 || norm.size() > 17) return 0;
  static const PhraseTable<double> kValues = [] {
    PhraseTable<double> values;
    for (const NumberWord& entry : kNumberWords) values.emplace(entry.word, entry.value);
    return values;
  }();
  if (const double* found = kValues.find(key)) return *found;
  // "twenty-five"
  const size_t hyphen = norm.find('-');
  if (hyphen != std::string_view::npos) {
    const double tens = word_value(norm.substr(0, hyphen));
    const double units = word_value(norm.substr(hyphen + 1));
    if (tens >= 20 && tens <= 90 && units >= 1 && units <= 9) return tens + units;
  }
  return 0;
}

double multiplier(std::string_view norm) {
  if (norm == "hundred") return 1e2;
  if (norm == "thousand") return 1e3;
  if (norm == "million" || norm == "mln" || norm == "m") return 1e6;
  if (norm == "billion" || norm == "bln" || norm == "bn") return 1e9;
  if (norm == "trillion") return 1e12;
  return 0;
}

double digits_value(std::string_view text) {
  std::string clean;
  for (char c : text)
    if (c != ',') clean += c;
  return std::strtod(clean.c_str(), nullptr);
}

bool is_currency_word(std::string_view norm, std::string* unit) {
  if (norm == "dollars" || norm == "dollar" || norm == "dlrs" || norm == "dlr" || norm == "usd") {
    *unit = "USD";
    return true;
  }
  if (norm == "pounds" || norm == "sterling" || norm == "stg") {
    *unit = "GBP";
    return true;
  }
  if (norm == "euros" || norm == "euro") {
    *unit = "EUR";
    return true;
  }
  if (norm == "yen") {
    *unit = "JPY";
    return true;
  }
  if (norm == "marks" || norm == "francs" || norm == "pesos" || norm == "rupees" ||
      norm == "yuan" || norm == "roubles" || norm == "rubles" || norm == "riyals" ||
      norm == "dinars" || norm == "lire") {
    *unit = "currency";
    return true;
  }
  return false;
}

bool is_measure_word(std::string_view norm) {
  static constexpr std::array<std::string_view, 34> kMeasures = {
      "percent", "pct",     "per",    "km",      "kilometres", "kilometers", "miles",
      "mile",    "tonnes",  "tons",   "tonne",   "ton",        "kg",         "kilograms",
      "metres",  "meters",  "metre",  "meter",   "feet",       "foot",       "hectares",
      "acres",   "barrels", "bpd",    "degrees", "gmt",        "pm",         "am",
      "cm",      "mm",      "litres", "liters",  "square",     "inches"};
  for (std::string_view measure : kMeasures)
    if (norm == measure) return true;
  return false;
}

bool is_duration_word(std::string_view norm) {
  return norm == "hour" || norm == "hours" || norm == "minute" || norm == "minutes" ||
         norm == "day" || norm == "days" || norm == "week" || norm == "weeks" || norm == "month" ||
         norm == "months" || norm == "year" || norm == "years" || norm == "decade" ||
         norm == "decades" || norm == "century" || norm == "centuries" || norm == "seconds";
}

// Words that end the counted noun phrase.
bool ends_phrase(std::string_view norm) {
  static constexpr std::array<std::string_view, 58> kStops = {
      "were",   "was",   "are",    "is",    "be",    "been", "had",   "have", "has",   "will",
      "would",  "could", "should", "may",   "might", "can",  "to",    "in",   "on",    "at",
      "by",     "for",   "from",   "with",  "and",   "or",   "but",   "that", "which", "who",
      "whom",   "as",    "than",   "of",    "the",   "a",    "an",    "said", "says",  "into",
      "during", "after", "before", "since", "while", "when", "where", "if",   "under", "over",
      "about",  "this",  "these",  "their", "its",   "his",  "her",   "our"};
  for (std::string_view stop : kStops)
    if (norm == stop) return true;
  return false;
}

bool is_qualifier_pair(std::string_view first, std::string_view second) {
  return (first == "more" || first == "less" || first == "fewer") && second == "than";
}

class SentenceCounts {
 public:
  SentenceCounts(Document& document, const ScannedDocument& scanned, size_t sentence)
      : document_(document), scanned_(scanned), sentence_(sentence) {
    begin_ = scanned.sentence_begin(sentence);
    end_ = scanned.sentence_end(sentence);
  }

  void run() {
    for (uint32_t index = begin_; index < end_; ++index) try_number(index);
  }

 private:
  std::string_view norm(uint32_t index) const { return scanned_.norms[index]; }
  std::string_view text(uint32_t index) const {
    return scanned_.words[index].span.of(document_.text);
  }

  bool inside_date(uint32_t index) const {
    const Span span = scanned_.words[index].span;
    for (const DateRef& date : document_.dates)
      if (date.span.contains(span)) return true;
    return false;
  }

  // Parses a number starting at `index`; returns words consumed (0 if none).
  uint32_t parse_number(uint32_t index, double& value, bool& from_word, bool& range,
                        std::string& hyphen_tail) const {
    const Word& word = scanned_.words[index];
    from_word = false;
    range = false;
    hyphen_tail.clear();
    uint32_t used = 0;
    if (word.number) {
      value = digits_value(text(index));
      used = 1;
    } else if (!word.punctuation && std::isdigit(static_cast<unsigned char>(text(index)[0]))) {
      // "100-120", "17-million", "25-member"
      const std::string_view whole = text(index);
      const size_t hyphen = whole.find('-');
      if (hyphen == std::string_view::npos) return 0;
      const std::string_view head = whole.substr(0, hyphen);
      for (char c : head)
        if (!(std::isdigit(static_cast<unsigned char>(c)) || c == ',' || c == '.')) return 0;
      value = digits_value(head);
      std::string tail(norm(index).substr(hyphen + 1));
      if (!tail.empty() && std::isdigit(static_cast<unsigned char>(tail[0]))) {
        range = true;
      } else if (const double scale = multiplier(tail); scale > 0) {
        value *= scale;
      } else {
        hyphen_tail = tail;  // "member", "strong", "year-old"
      }
      used = 1;
    } else if (const double number = word_value(norm(index)); number > 0) {
      value = number;
      from_word = true;
      used = 1;
      if (norm(index) == "hundred" || norm(index) == "dozen") {
        // only as "a hundred" / "a dozen" (handled by the caller) or after another number
        if (!(index > begin_ && (norm(index - 1) == "a" || norm(index - 1) == "one"))) return 0;
      }
    } else {
      return 0;
    }
    // Multipliers: "4 billion", "two hundred", "50 mln"
    while (index + used < end_) {
      const double scale = multiplier(norm(index + used));
      if (scale <= 0 || (norm(index + used) == "m" && !word.number)) break;
      value *= scale;
      ++used;
    }
    return used;
  }

  void try_number(uint32_t index) {
    if (index < consumed_until_) return;
    const Word& word = scanned_.words[index];
    if (word.punctuation) return;
    // Cheap test first: a digit, a number word, or "a"/"an".
    const std::string_view key = norm(index);
    const bool digit_start = !key.empty() && key[0] >= '0' && key[0] <= '9';
    if (!digit_start && key != "a" && key != "an" && word_value(scanned_.key(index)) == 0) return;
    if (inside_date(index)) return;
    double value = 0;
    bool from_word = false;
    bool range = false;
    std::string hyphen_tail;
    uint32_t first = index;
    // "a hundred detainees", "an hour"
    bool article_number = false;
    if ((norm(index) == "a" || norm(index) == "an") && index + 1 < end_) {
      if (norm(index + 1) == "hundred" || norm(index + 1) == "dozen" ||
          norm(index + 1) == "thousand") {
        value = norm(index + 1) == "hundred" ? 100 : norm(index + 1) == "dozen" ? 12 : 1000;
        article_number = true;
      } else if (is_duration_word(norm(index + 1))) {
        value = 1;
        article_number = true;
      }
    }
    uint32_t used = 0;
    if (article_number) {
      used = is_duration_word(norm(index + 1)) ? 1 : 2;
      from_word = true;
    } else {
      used = parse_number(index, value, from_word, range, hyphen_tail);
      if (used == 0) return;
    }
    uint32_t cursor = index + used;
    const std::string_view whole = text(index);
    if (!article_number && word.number && whole.size() == 4 &&
        whole.find(',') == std::string::npos && value >= 1800 && value <= 2100)
      return;  // a year
    // Context before: money, "the two", "aged", ordinals; and the qualifier.
    std::string unit;
    if (index > begin_) {
      const std::string_view previous = text(index - 1);
      if (previous == "$" || previous == "US$") unit = "USD";
      if (previous == "\u00a3") unit = "GBP";
      if (previous == "\u20ac") unit = "EUR";
      if (norm(index - 1) == "aged" || norm(index - 1) == "age") return;
      if (from_word && !article_number && norm(index - 1) == "the" && value <= 20) return;
    }
    if (from_word && norm(index) == "one") {
      if (cursor >= end_ || norm(cursor) == "of" || norm(cursor) == "another" ||
          scanned_.words[cursor].punctuation || (index > begin_ && norm(index - 1) == "no"))
        return;
    }
    if (!hyphen_tail.empty()) {
      if (hyphen_tail.find("year") != std::string::npos ||
          hyphen_tail.find("old") != std::string::npos || is_duration_word(hyphen_tail) ||
          hyphen_tail.find("thirds") != std::string::npos ||
          hyphen_tail.find("half") != std::string::npos)
        return;
    }
    if (cursor < end_) {
      const std::string_view next = norm(cursor);
      if (next == "%" || is_measure_word(next)) return;
      if (std::string currency; is_currency_word(next, &currency)) unit = currency;
      if (next == "times" || next == "and" /* "two and a half" */) return;
    }
    // The counted noun phrase.
    uint32_t phrase_first = cursor;
    uint32_t phrase_last = cursor;
    if (!unit.empty() && cursor < end_ && is_currency_word(norm(cursor), &unit)) ++cursor;
    bool duration = false;
    if (cursor < end_ && is_duration_word(norm(cursor))) {
      duration = true;
      phrase_last = cursor + 1;
    } else {
      phrase_last = noun_phrase_end(cursor);
      if (!hyphen_tail.empty()) {
        // "25-member EU", "17-million population": the hyphen word names the kind.
        phrase_first = cursor;
      }
      // "four of its six remaining diplomats": the span runs to the inner count's noun.
      if (phrase_last == cursor && cursor + 1 < end_ && norm(cursor) == "of") {
        uint32_t inner = cursor + 1;
        while (inner < end_ &&
               (norm(inner) == "the" || norm(inner) == "its" || norm(inner) == "their" ||
                norm(inner) == "his" || norm(inner) == "her" || norm(inner) == "our" ||
                scanned_.words[inner].possessive ||
                (scanned_.words[inner].capitalized && inner + 1 < end_ &&
                 scanned_.words[inner + 1].possessive)))
          ++inner;
        double inner_value = 0;
        bool inner_word = false;
        bool inner_range = false;
        std::string inner_tail;
        if (inner < end_) {
          if (const uint32_t inner_used =
                  parse_number(inner, inner_value, inner_word, inner_range, inner_tail)) {
            const uint32_t inner_end = noun_phrase_end(inner + inner_used);
            if (inner_end > inner + inner_used) {
              phrase_last = inner_end;
              phrase_first = inner + inner_used;
            }
          }
        }
      }
    }
    if (phrase_last <= phrase_first && hyphen_tail.empty() && unit.empty()) return;
    if (duration) unit = "duration";
    Count count;
    count.number = value;
    const uint32_t span_last = std::max(phrase_last, cursor);
    count.span = {scanned_.words[first].span.begin, scanned_.words[span_last - 1].span.end};
    std::string object;
    if (!hyphen_tail.empty()) object = hyphen_tail;
    for (uint32_t word_index = phrase_first; word_index < phrase_last; ++word_index) {
      if (!object.empty()) object += ' ';
      object += text(word_index);
    }
    if (range) object += object.empty() ? "(lower bound of a range)" : " (lower bound of a range)";
    count.object = std::move(object);
    count.unit = unit;
    count.qualifier = qualifier_before(first);
    count.date = nearest_date(count.span);
    document_.counts.push_back(std::move(count));
    // A nested count ("the 140,000 confirmed deaths" inside "94,000 of ...") is still found.
    consumed_until_ = index + used;
  }

  static bool plural_noun(std::string_view key) {
    if (key == "people" || key == "personnel" || key == "police" || key == "children" ||
        key == "men" || key == "women" || key == "staff" || key == "cattle" || key == "crew" ||
        key == "troops" || key == "population" || key == "aircraft" || key == "militia")
      return true;
    return key.size() > 3 && key.back() == 's' && !key.ends_with("ss") && !key.ends_with("us") &&
           !key.ends_with("is") && !key.ends_with("ous");
  }

  // The counted noun phrase: up to its first plural noun ("nine French peacekeepers were"),
  // across "and" between modifiers ("two technical and financial cooperation treaties"); a
  // phrase with no plural noun keeps at most two words ("three American").
  uint32_t noun_phrase_end(uint32_t cursor) const {
    uint32_t last = cursor;
    uint32_t before_and = cursor;
    uint32_t probe = cursor;
    size_t taken = 0;
    while (probe < end_ && taken < 6) {
      const Word& word = scanned_.words[probe];
      if (word.punctuation || word.possessive || word.number) break;
      const std::string_view key = norm(probe);
      if (key == "and" && taken > 0 && probe + 1 < end_ && !scanned_.words[probe + 1].capitalized &&
          word_value(norm(probe + 1)) == 0 && !ends_phrase(norm(probe + 1))) {
        before_and = before_and == cursor ? probe : before_and;
        ++probe;
        continue;
      }
      if (ends_phrase(key) || multiplier(key) > 0 || word_value(key) > 0) break;
      ++probe;
      ++taken;
      if (plural_noun(key)) return probe;
      last = probe;
    }
    if (before_and != cursor) last = before_and;
    return last - cursor <= 2 ? last : cursor;
  }

  std::string qualifier_before(uint32_t first) const {
    if (first >= begin_ + 2 && is_qualifier_pair(norm(first - 2), norm(first - 1)))
      return std::string(norm(first - 2)) + " " + std::string(norm(first - 1));
    if (first >= begin_ + 2 && norm(first - 2) == "at" &&
        (norm(first - 1) == "least" || norm(first - 1) == "most"))
      return "at " + std::string(norm(first - 1));
    if (first >= begin_ + 2 && norm(first - 2) == "up" && norm(first - 1) == "to") return "up to";
    if (first > begin_) {
      const std::string_view previous = norm(first - 1);
      if (previous == "nearly" || previous == "almost" || previous == "about" ||
          previous == "around" || previous == "some" || previous == "roughly" ||
          previous == "approximately" || previous == "over" || previous == "under" ||
          previous == "estimated" || previous == "only" || previous == "just")
        return std::string(previous);
    }
    return "";
  }

  CivilDate nearest_date(Span span) const {
    const Span sentence = document_.sentences[sentence_].span;
    const DateRef* best = nullptr;
    long best_distance = 0;
    for (const DateRef& date : document_.dates) {
      if (!sentence.contains(date.span)) continue;
      // Dates after the figure ("... in March") are preferred to those before.
      const long distance =
          date.span.begin >= span.end
              ? static_cast<long>(date.span.begin - span.end)
              : 2L * static_cast<long>(span.begin - std::min(span.begin, date.span.end));
      if (!best || distance < best_distance) {
        best = &date;
        best_distance = distance;
      }
    }
    return best ? best->resolved : CivilDate{};
  }

  Document& document_;
  const ScannedDocument& scanned_;
  size_t sentence_;
  uint32_t begin_ = 0;
  uint32_t end_ = 0;
  uint32_t consumed_until_ = 0;
};

}  // namespace

void find_counts(Document& document, const ScannedDocument& scanned) {
  for (size_t sentence = 0; sentence < document.sentences.size(); ++sentence)
    SentenceCounts(document, scanned, sentence).run();
}

}  // namespace herald::extract

#include "text/tokenizer.h"

#include <algorithm>
#include <array>

#include "text/char_class.h"
#include "text/utf8.h"

namespace herald::text {
namespace {

// Titles before names: a period after them never closes a sentence.
constexpr std::array<std::string_view, 44> kTitles = {
    "Mr",     "Mrs",  "Ms",   "Dr",  "Gen",  "Lt",   "Col",  "Sgt",  "Capt", "Maj",  "Adm",
    "Cmdr",   "Brig", "Gov",  "Sen", "Rep",  "Reps", "Sens", "Pres", "Prof", "Rev",  "Hon",
    "Messrs", "Mme",  "Mlle", "Sr",  "Jr",   "St",   "Ste",  "Mt",   "Ft",   "Gens", "Cpl",
    "Pvt",    "Supt", "Insp", "Det", "Atty", "Amb",  "Msgr", "Fr",   "Sra",  "Sgts", "No"};

// Other abbreviations that carry their period (months, company forms, Latin).
constexpr std::array<std::string_view, 68> kAbbreviations = {
    "Ala",  "Ark",  "Del",  "Ga",   "Ind",  "Kan",  "Ky",   "La",   "Md",    "Mo",
    "Mont", "Neb",  "Nev",  "Okla", "Ore",  "Tenn", "Tex",  "Va",   "Vt",    "Wis",
    "Wyo",  "Miss", "Jan",  "Feb",  "Mar",  "Apr",  "Jun",  "Jul",  "Aug",   "Sep",
    "Sept", "Oct",  "Nov",  "Dec",  "Inc",  "Corp", "Co",   "Ltd",  "Bros",  "Plc",
    "Cos",  "Assn", "Dept", "Univ", "Ave",  "Blvd", "Rd",   "vs",   "etc",   "approx",
    "est",  "fig",  "Nos",  "Vol",  "pp",   "cf",   "al",   "Ariz", "Calif", "Colo",
    "Conn", "Fla",  "Ill",  "Mass", "Mich", "Minn", "Penn", "Wash"};

bool contains(const auto& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

char32_t peek(std::string_view text, size_t position, size_t end) {
  if (position >= end) return 0;
  return decode_utf8(text, position);
}

size_t next_position(std::string_view text, size_t position) {
  decode_utf8(text, position);
  return position;
}

bool ascii_equal_ignore_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if ((a[i] | 0x20) != (b[i] | 0x20)) return false;
  return true;
}

// Length in bytes of the clitic at the end of word [begin, end): "n't", "'s", "'re", ...
// (0 if none). The apostrophe may be ' or ’.
size_t clitic_length(std::string_view text, size_t begin, size_t end) {
  std::string_view word = text.substr(begin, end - begin);
  // Find the last apostrophe.
  size_t apostrophe = std::string_view::npos;
  size_t apostrophe_bytes = 0;
  for (size_t i = 0; i < word.size(); ++i) {
    if (word[i] == '\'') {
      apostrophe = i;
      apostrophe_bytes = 1;
    } else if (word.compare(i, 3, "\xE2\x80\x99") == 0) {
      apostrophe = i;
      apostrophe_bytes = 3;
    }
  }
  if (apostrophe == std::string_view::npos || apostrophe == 0) return 0;
  std::string_view after = word.substr(apostrophe + apostrophe_bytes);
  if (ascii_equal_ignore_case(after, "t") && apostrophe >= 2 &&
      (word[apostrophe - 1] | 0x20) == 'n')
    return word.size() - (apostrophe - 1);  // "n't"
  for (std::string_view clitic : {"s", "re", "ve", "ll", "d", "m"})
    if (ascii_equal_ignore_case(after, clitic)) return word.size() - apostrophe;
  return 0;
}

void emit(std::vector<Span>& out, std::string_view text, size_t begin, size_t end,
          const TokenizerLimits& limits, size_t& cut) {
  const size_t cap = std::max<uint32_t>(limits.max_token_bytes, 8);
  if (end - begin <= cap) {
    out.push_back({static_cast<uint32_t>(begin), static_cast<uint32_t>(end)});
    return;
  }
  ++cut;
  while (begin < end) {
    size_t piece_end = std::min(end, begin + cap);
    // Back up to a code point boundary (never below begin + 1).
    while (piece_end < end && piece_end > begin + 1 &&
           (static_cast<unsigned char>(text[piece_end]) & 0xC0) == 0x80)
      --piece_end;
    out.push_back({static_cast<uint32_t>(begin), static_cast<uint32_t>(piece_end)});
    begin = piece_end;
  }
}

}  // namespace

bool is_title_abbreviation(std::string_view word) { return contains(kTitles, word); }

bool is_known_abbreviation(std::string_view word) {
  return contains(kTitles, word) || contains(kAbbreviations, word);
}

size_t tokenize(std::string_view text, Span range, std::vector<Span>& out,
                const TokenizerLimits& limits) {
  size_t cut = 0;
  const size_t end = std::min<size_t>(range.end, text.size());
  size_t position = range.begin;
  while (position < end) {
    size_t start = position;
    char32_t c = decode_utf8(text, position);  // position now after c
    if (is_space(c)) continue;

    if (is_word_char(c)) {
      bool has_inner_period = false;
      bool all_digits = is_digit(c);
      size_t word_end = position;
      while (word_end < end) {
        size_t probe = word_end;
        char32_t next = decode_utf8(text, probe);
        if (is_word_char(next)) {
          all_digits = all_digits && (is_digit(next) || next == ',' || next == '.');
          word_end = probe;
          continue;
        }
        // Connectors stay inside a word when a word character follows them.
        char32_t after = peek(text, probe, end);
        if (!is_word_char(after)) break;
        if (next == '.') {
          has_inner_period = true;
        } else if (next == ',') {
          if (!all_digits || !is_digit(after)) break;  // "1,000" but not "Paris,France"
        } else if (next == '-' || next == 0x2010 || next == '/' || next == '&' ||
                   is_apostrophe(next)) {
          // "high-speed", "and/or", "AT&T", "O'Brien" (clitics are split below)
        } else {
          break;
        }
        word_end = probe;
      }
      // A final period belongs to abbreviations, initials and dotted forms.
      if (word_end < end && text[word_end] == '.' &&
          !(word_end + 1 < end && text[word_end + 1] == '.')) {
        std::string_view word = text.substr(start, word_end - start);
        bool single_letter = next_position(text, start) == word_end && is_letter(c);
        bool dotted = has_inner_period && !all_digits;
        if (single_letter || dotted || is_known_abbreviation(word)) ++word_end;
      }
      // A dotted abbreviation joined by a hyphen to a word is one word: "U.S.-backed",
      // "U.S.-Japan".
      if (word_end > start && text[word_end - 1] == '.' && word_end + 1 < end &&
          text[word_end] == '-' && is_letter(peek(text, word_end + 1, end))) {
        size_t probe = word_end + 1;
        while (probe < end) {
          const size_t next_probe = next_position(text, probe);
          const char32_t next = peek(text, probe, end);
          if (!(is_word_char(next) || (next == '-' && is_letter(peek(text, next_probe, end)))))
            break;
          probe = next_probe;
        }
        word_end = probe;
      }
      // A prefix cut off before a space keeps its hyphen: "anti- Gondor", "pro- and anti-".
      if (word_end + 1 < end && text[word_end] == '-' && text[word_end + 1] == ' ' &&
          word_end > start && is_lower(c) && !all_digits) {
        size_t after = word_end + 1;
        while (after < end && text[after] == ' ') ++after;
        if (after < end && (is_letter(peek(text, after, end)))) ++word_end;
      }
      // A name broken at a line end and joined with a space keeps its hyphen: "Iraq- Iran war"
      // (the two sides of a pair, as in "Iraq-Iran").
      if (word_end + 2 < end && text[word_end] == '-' && text[word_end + 1] == ' ' && is_upper(c) &&
          is_upper(peek(text, word_end + 2, end)))
        ++word_end;
      size_t clitic = clitic_length(text, start, word_end);
      if (clitic > 0 && clitic < word_end - start) {
        emit(out, text, start, word_end - clitic, limits, cut);
        emit(out, text, word_end - clitic, word_end, limits, cut);
      } else {
        emit(out, text, start, word_end, limits, cut);
      }
      position = word_end;
      continue;
    }

    // Punctuation and symbols. Multi-character marks stay together.
    if (c == '.' && start + 3 <= end && text.substr(start, 3) == "...") {
      position = start + 3;
    } else if ((c == '-' && position < end && text[position] == '-') ||
               (c == '`' && position < end && text[position] == '`') ||
               (c == '\'' && position < end && text[position] == '\'')) {
      ++position;
    }
    emit(out, text, start, position, limits, cut);
  }
  return cut;
}

}  // namespace herald::text

#include "extract/word_scanner.h"

#include <utf8proc.h>

#include "text/utf8.h"

namespace herald::extract {
namespace {

// decode_utf8 with the ASCII bytes of news text decoded inline (same result, no call).
inline char32_t decode(std::string_view text, size_t& position) {
  const auto byte = static_cast<unsigned char>(text[position]);
  if (byte < 0x80) {
    ++position;
    return byte;
  }
  return decode_utf8(text, position);
}

bool is_upper(char32_t code_point) {
  if (code_point < 0x80) return code_point >= 'A' && code_point <= 'Z';
  const auto category = utf8proc_category(static_cast<utf8proc_int32_t>(code_point));
  return category == UTF8PROC_CATEGORY_LU || category == UTF8PROC_CATEGORY_LT;
}

bool is_letter(char32_t code_point) {
  if (code_point < 0x80)
    return (code_point >= 'a' && code_point <= 'z') || (code_point >= 'A' && code_point <= 'Z');
  const auto category = utf8proc_category(static_cast<utf8proc_int32_t>(code_point));
  return category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_LO;
}

bool is_digit(char32_t code_point) { return code_point >= '0' && code_point <= '9'; }

char32_t peek(std::string_view text, size_t position, size_t limit) {
  if (position >= limit) return 0;
  return decode(text, position);
}

bool is_apostrophe(char32_t code_point) { return code_point == '\'' || code_point == U'\u2019'; }

}  // namespace

bool is_word_code_point(char32_t code_point) {
  if (code_point < 0x80)
    return (code_point >= 'a' && code_point <= 'z') || (code_point >= 'A' && code_point <= 'Z') ||
           is_digit(code_point);
  const auto category = utf8proc_category(static_cast<utf8proc_int32_t>(code_point));
  return (category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_ND) ||
         category == UTF8PROC_CATEGORY_NL || category == UTF8PROC_CATEGORY_NO;
}

void scan_words(std::string_view text, Span range, std::vector<Word>& out) {
  const size_t limit = std::min<size_t>(range.end, text.size());
  size_t position = range.begin;
  while (position < limit) {
    const size_t start = position;
    size_t next = position;
    const char32_t first = decode(text, next);
    if (first == ' ' || first == '\n' || first == '\t' || first == '\r' || first == U'\u00a0') {
      position = next;
      continue;
    }
    Word word;
    if (!is_word_code_point(first)) {
      // A possessive split off its noun: "'s" followed by a non-word character.
      if (is_apostrophe(first) && !out.empty() && out.back().span.end == start) {
        size_t after = next;
        const char32_t s = peek(text, after, limit);
        if (s == 's' || s == 'S') {
          size_t after_s = after;
          decode(text, after_s);
          if (!is_word_code_point(peek(text, after_s, limit))) {
            word.span = {static_cast<uint32_t>(start), static_cast<uint32_t>(after_s)};
            word.possessive = true;
            out.push_back(word);
            position = after_s;
            continue;
          }
        }
      }
      word.span = {static_cast<uint32_t>(start), static_cast<uint32_t>(next)};
      word.punctuation = true;
      out.push_back(word);
      position = next;
      continue;
    }
    // "U.S." / "U.N." / "a.m.": two or more single letters each followed by a period.
    size_t end = next;
    if (is_letter(first)) {
      size_t probe = next;
      size_t pairs = 0;
      for (;;) {
        if (peek(text, probe, limit) != '.') break;
        size_t after_period = probe + 1;
        ++pairs;
        probe = after_period;
        size_t after_letter = probe;
        if (after_letter >= limit) break;
        const char32_t letter = decode(text, after_letter);
        if (!is_letter(letter) || is_word_code_point(peek(text, after_letter, limit))) break;
        if (peek(text, after_letter, limit) != '.') break;
        probe = after_letter;
      }
      if (pairs >= 2) end = probe;
    }
    // Otherwise letters/digits joined by inner hyphens, apostrophes (not a possessive 's)
    // and digit separators.
    char32_t previous = first;
    while (end == next || !(end > next && text[end - 1] == '.')) {
      size_t probe = end;
      if (probe >= limit) break;
      const char32_t c = decode(text, probe);
      if (is_word_code_point(c)) {
        previous = c;
        end = probe;
        continue;
      }
      const char32_t following = peek(text, probe, limit);
      if ((c == '-' || c == U'\u2010') && is_word_code_point(following)) {
        end = probe;
        previous = c;
        continue;
      }
      if (is_apostrophe(c) && is_letter(previous) && is_letter(following)) {
        size_t after_following = probe;
        decode(text, after_following);
        const bool possessive_s = (following == 's' || following == 'S') &&
                                  !is_word_code_point(peek(text, after_following, limit));
        if (possessive_s) break;
        end = probe;
        previous = c;
        continue;
      }
      if ((c == ',' || c == '.') && is_digit(previous) && is_digit(following)) {
        end = probe;
        previous = c;
        continue;
      }
      break;
    }
    word.span = {static_cast<uint32_t>(start), static_cast<uint32_t>(end)};
    word.letters = is_letter(first);
    word.capitalized = is_upper(first);
    bool any_lower = false;
    size_t letter_count = 0;
    bool digits_only = true;
    for (size_t cursor = start; cursor < end;) {
      const char32_t c = decode(text, cursor);
      if (is_letter(c)) {
        ++letter_count;
        if (!is_upper(c)) any_lower = true;
      }
      if (!(is_digit(c) || c == ',' || c == '.')) digits_only = false;
    }
    word.all_caps = letter_count >= 2 && !any_lower;
    word.number = digits_only && is_digit(first);
    out.push_back(word);
    position = end;
  }
}

}  // namespace herald::extract

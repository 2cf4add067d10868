// Word scanning for the extract stage: a sentence's text as words and punctuation marks with
// the shape facts the extraction rules need (capitalized, all capitals, number).
//
// The extract rules look at the surface shape of words (capitalization, digits, abbreviation
// periods), which Token does not record; scanning is a single pass over the sentence bytes
// with no allocation beyond the output vector (callers reuse it). Words never cross the given
// range. "U.S." and "19,000" are one word; a possessive "'s" / "’s" is split off; hyphenated
// words ("al-Sabah", "long-standing") stay whole.
//
// Thread-safety: pure functions.
#pragma once

#include <string_view>
#include <vector>

#include "herald/span.h"

namespace herald::extract {

struct Word {
  Span span;
  bool letters = false;      // starts with a letter
  bool capitalized = false;  // first letter upper case
  bool all_caps = false;     // two or more letters, all upper case
  bool number = false;       // digits, with optional , and . separators
  bool punctuation = false;  // a single mark (comma, quote, dash, ...)
  bool possessive = false;   // the split-off "'s" or "’s"
};

// Appends the words of text[range] to `out`.
void scan_words(std::string_view text, Span range, std::vector<Word>& out);

// True for code points that are letters or digits (Unicode categories L*, M*, N*).
bool is_word_code_point(char32_t code_point);

}  // namespace herald::extract

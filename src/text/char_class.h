// Character classes the tokenizer and sentence splitter share.
//
// Classification is by Unicode general category (utf8proc), so "López", "Zúñiga", Cyrillic
// and CJK letters are word characters, NBSP and other Unicode spaces are spaces, and C0/C1
// control characters count as spaces (they never start a token). Quotes and dashes are
// recognised in their typographic forms as well as ASCII.
//
// Thread-safety: pure functions.
#pragma once

#include <cstdint>

namespace herald::text {

bool is_space(char32_t code_point);      // Unicode Z*, controls, tab/newline, BOM, ZWSP
bool is_word_char(char32_t code_point);  // letters, digits, combining marks
bool is_letter(char32_t code_point);
bool is_upper(char32_t code_point);  // an upper- or titlecase letter
bool is_lower(char32_t code_point);
bool is_digit(char32_t code_point);          // any Unicode decimal digit
bool is_apostrophe(char32_t code_point);     // ' and ’
bool is_dash(char32_t code_point);           // - – — ‒ ―
bool is_opening_quote(char32_t code_point);  // “ ‘ « „ ‚ (unambiguous forms only)
bool is_closing_quote(char32_t code_point);  // ” ’ » (unambiguous forms only)

}  // namespace herald::text

#include "text/char_class.h"

#include <utf8proc.h>

namespace herald::text {
namespace {

utf8proc_category_t category(char32_t code_point) {
  return static_cast<utf8proc_category_t>(
      utf8proc_category(static_cast<utf8proc_int32_t>(code_point)));
}

}  // namespace

bool is_space(char32_t c) {
  if (c == ' ' || c == '\n' || c == '\t' || c == '\r') return true;
  if (c < 0x80) return c < 0x20 || c == 0x7F;
  if (c == 0xFEFF || c == 0x200B || c == 0x2060) return true;  // BOM, zero-width spaces
  switch (category(c)) {
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_CC:
      return true;
    default:
      return false;
  }
}

bool is_letter(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  switch (category(c)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
      return true;
    default:
      return false;
  }
}

bool is_digit(char32_t c) {
  if (c < 0x80) return c >= '0' && c <= '9';
  return category(c) == UTF8PROC_CATEGORY_ND;
}

bool is_word_char(char32_t c) {
  if (c < 0x80) return is_letter(c) || is_digit(c) || c == '_';
  if (c == 0xFFFD) return true;  // a repaired byte stays inside its word
  switch (category(c)) {
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
      return true;
    default:
      return is_letter(c) || is_digit(c);
  }
}

bool is_upper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  utf8proc_category_t kind = category(c);
  return kind == UTF8PROC_CATEGORY_LU || kind == UTF8PROC_CATEGORY_LT;
}

bool is_lower(char32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  return category(c) == UTF8PROC_CATEGORY_LL;
}

bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019; }

bool is_dash(char32_t c) { return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212; }

bool is_opening_quote(char32_t c) {
  return c == 0x201C || c == 0x2018 || c == 0x00AB || c == 0x201E || c == 0x201A || c == 0x2039;
}

bool is_closing_quote(char32_t c) {
  return c == 0x201D || c == 0x2019 || c == 0x00BB || c == 0x203A;
}

}  // namespace herald::text

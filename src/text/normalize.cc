#include "text/normalize.h"

#include <utf8proc.h>

#include <cstdlib>

#include "text/utf8.h"

namespace herald {
namespace {

bool is_ascii(std::string_view text) {
  for (char c : text)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

}  // namespace

void append_normalized(std::string_view text, std::string& out) {
  if (is_ascii(text)) {
    for (char c : text) out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    return;
  }
  // Typographic punctuation first, so that it folds the same way as its ASCII twin.
  std::string plain;
  plain.reserve(text.size());
  size_t position = 0;
  while (position < text.size()) {
    const char32_t code_point = decode_utf8(text, position);
    switch (code_point) {
      case U'\u2018':
      case U'\u2019':
      case U'\u02BC':
      case U'\u00B4':
        plain += '\'';
        break;
      case U'\u201C':
      case U'\u201D':
        plain += '"';
        break;
      case U'\u2010':
      case U'\u2011':
      case U'\u2012':
      case U'\u2013':
      case U'\u2014':
        plain += '-';
        break;
      case U'\u00A0':
        plain += ' ';
        break;
      default:
        append_utf8(plain, code_point);
    }
  }
  utf8proc_uint8_t* folded = nullptr;
  const auto options =
      static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT |
                                     UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK);
  const utf8proc_ssize_t length =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(plain.data()),
                   static_cast<utf8proc_ssize_t>(plain.size()), &folded, options);
  if (length < 0) {  // cannot happen for repaired UTF-8; keep the input rather than lose it
    out += plain;
    return;
  }
  out.append(reinterpret_cast<const char*>(folded), static_cast<size_t>(length));
  std::free(folded);
}

std::string normalize_for_matching(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  append_normalized(text, out);
  return out;
}

}  // namespace herald

#include "ingest/text_repair.h"

#include <array>
#include <cstring>

#include "text/utf8.h"

namespace herald {
namespace {

// Windows-1252 byte for a code point, or -1. Bytes 0x80-0x9F map to the punctuation that
// Windows puts there; the five it leaves undefined are passed through as C1 controls.
int windows_1252_byte(char32_t code_point) {
  if (code_point < 0x80) return static_cast<int>(code_point);
  if (code_point >= 0xA0 && code_point <= 0xFF) return static_cast<int>(code_point);
  static constexpr std::array<char32_t, 32> kHigh = {
      0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
      0x2039, 0x0152, 0x8D,   0x017D, 0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
      0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};
  for (size_t i = 0; i < kHigh.size(); ++i)
    if (kHigh[i] == code_point) return static_cast<int>(0x80 + i);
  return -1;
}

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

// At a "Ã" or "â" (the Windows-1252 view of a UTF-8 lead byte): the original character if
// the following characters are the rest of its UTF-8 encoding, with the input length used.
bool undo_mojibake(std::string_view text, size_t position, std::string& original,
                   size_t& consumed) {
  size_t cursor = position;
  const int lead = windows_1252_byte(decode_utf8(text, cursor));
  int length = 0;
  if (lead >= 0xC2 && lead <= 0xDF) length = 2;
  else if (lead >= 0xE0 && lead <= 0xEF) length = 3;
  else if (lead >= 0xF0 && lead <= 0xF4) length = 4;
  else return false;
  std::string bytes(1, static_cast<char>(lead));
  for (int i = 1; i < length; ++i) {
    if (cursor >= text.size()) return false;
    const int byte = windows_1252_byte(decode_utf8(text, cursor));
    if (byte < 0x80 || byte > 0xBF) return false;
    bytes += static_cast<char>(byte);
  }
  if (first_invalid_utf8(bytes)) return false;
  size_t decoded_position = 0;
  const char32_t code_point = decode_utf8(bytes, decoded_position);
  if (code_point < 0xA0 || (code_point >= 0xD800 && code_point <= 0xDFFF)) return false;
  original = std::move(bytes);
  consumed = cursor - position;
  return true;
}

constexpr std::string_view kRightDoubleQuote = "\xE2\x80\x9D";  // ”

}  // namespace

bool reads_as_english(std::string_view text) {
  const std::string_view sample = text.substr(0, 4000);
  size_t words = 0, function_words = 0;
  static constexpr std::array<std::string_view, 10> kCommon = {
      "the", "of", "and", "to", "in", "is", "that", "for", "was", "said"};
  size_t position = 0;
  while (position < sample.size()) {
    while (position < sample.size() && !is_ascii_letter(sample[position])) ++position;
    const size_t start = position;
    while (position < sample.size() && is_ascii_letter(sample[position])) ++position;
    if (position == start) break;
    ++words;
    std::string_view word = sample.substr(start, position - start);
    for (std::string_view common : kCommon) {
      if (word.size() == common.size()) {
        bool same = true;
        for (size_t i = 0; i < word.size() && same; ++i)
          same = (word[i] | 0x20) == common[i];
        if (same) {
          ++function_words;
          break;
        }
      }
    }
  }
  return words >= 8 && function_words * 100 >= words * 12;
}

std::string repair_article_text(std::string_view text, std::vector<Repair>& repairs) {
  // Fast exit: every pattern needs one of these bytes.
  const bool maybe_mojibake = text.find('\xC3') != std::string_view::npos;
  const bool maybe_quote = text.find(kRightDoubleQuote) != std::string_view::npos;
  const bool maybe_stops = text.find(". .") != std::string_view::npos;
  const bool english = reads_as_english(text);
  if (!maybe_mojibake && !maybe_quote && !maybe_stops && !english) return std::string(text);

  std::string out;
  out.reserve(text.size());
  size_t position = 0;
  while (position < text.size()) {
    const char c = text[position];
    if (c == '\xC3' && maybe_mojibake) {
      std::string original;
      size_t consumed = 0;
      if (undo_mojibake(text, position, original, consumed)) {
        repairs.push_back({"mojibake", std::string(text.substr(position, consumed)), original,
                           static_cast<uint32_t>(out.size())});
        out += original;
        position += consumed;
        continue;
      }
    }
    // "neighbors, ”Harris" -> "neighbors,” Harris"
    if (maybe_quote && (c == ',' || c == '.' || c == '!' || c == '?') &&
        text.substr(position + 1, 1 + kRightDoubleQuote.size()) ==
            std::string(" ").append(kRightDoubleQuote)) {
      const size_t after = position + 2 + kRightDoubleQuote.size();
      if (after < text.size() && (is_ascii_letter(text[after]) ||
                                  static_cast<unsigned char>(text[after]) >= 0xC0)) {
        std::string fixed = std::string(1, c).append(kRightDoubleQuote).append(" ");
        repairs.push_back({"quote spacing", std::string(text.substr(position, after - position)),
                           fixed, static_cast<uint32_t>(out.size())});
        out += fixed;
        position = after;
        continue;
      }
    }
    // "word. ." -> "word." ; not a spaced ellipsis ". . ." and not leader dots.
    if (maybe_stops && c == '.' && position > 0 && text.substr(position, 3) == ". ." &&
        text[position - 1] != ' ' && text[position - 1] != '.' &&
        (position + 3 == text.size() || text[position + 3] == '\n' ||
         (text[position + 3] == ' ' && text.substr(position + 3, 2) != " ."))) {
      repairs.push_back({"doubled full stop", ". .", ".", static_cast<uint32_t>(out.size())});
      out += '.';
      position += 3;
      continue;
    }
    // " n on-governmental" -> " non-governmental": a lone lower-case consonant that is not an
    // English word, between two words of a sentence.
    if (english && c == ' ' && position >= 2 && position + 4 < text.size() &&
        is_ascii_letter(text[position - 1]) && text[position + 2] == ' ' &&
        is_lower(text[position + 1]) && std::strchr("bcfghjlnpqr", text[position + 1]) &&
        is_lower(text[position + 3])) {
      size_t end = position + 3;
      while (end < text.size() && (is_ascii_letter(text[end]) || text[end] == '-')) ++end;
      if (end - (position + 3) >= 3) {
        const std::string before(text.substr(position + 1, end - position - 1));
        std::string after = before;
        after.erase(1, 1);
        out += ' ';
        repairs.push_back({"split word", before, after, static_cast<uint32_t>(out.size())});
        out += after;
        position = end;
        continue;
      }
    }
    out += c;
    ++position;
  }
  return out;
}

}  // namespace herald

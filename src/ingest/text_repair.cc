#include "ingest/text_repair.h"

#include <array>
#include <charconv>
#include <cstdint>
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
  if (lead >= 0xC2 && lead <= 0xDF)
    length = 2;
  else if (lead >= 0xE0 && lead <= 0xEF)
    length = 3;
  else if (lead >= 0xF0 && lead <= 0xF4)
    length = 4;
  else
    return false;
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

// "communiqu&#233;", "&#163;15m", "AT&amp;T": an HTML character reference left in plain
// text by a scraper that escaped it. Decodes one at `position` (where text has '&') into
// `decoded` and returns the bytes it spans, or 0 when there is none. Only numeric references
// to printable characters and the five XML entities plus &nbsp; are read.
size_t character_reference(std::string_view text, size_t position, std::string& decoded) {
  // (The semicolon is sought only as far as the longest reference reaches, so text full of
  // ampersands costs no more than a scan.)
  const size_t end = text.substr(position, 11).find(';');
  if (end == std::string_view::npos || end < 3) return 0;
  const std::string_view body = text.substr(position + 1, end - 1);
  char32_t code_point = 0;
  if (body[0] == '#') {
    const bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
    const std::string_view digits = body.substr(hex ? 2 : 1);
    uint32_t value = 0;
    const auto [digits_end, error] =
        std::from_chars(digits.data(), digits.data() + digits.size(), value, hex ? 16 : 10);
    if (digits.empty() || error != std::errc() || digits_end != digits.data() + digits.size() ||
        value > 0x10FFFF)
      return 0;
    code_point = value;
    // Printable characters only: no controls, surrogates or non-characters.
    if (code_point < 0x20 || (code_point >= 0x7F && code_point < 0xA0) ||
        (code_point >= 0xD800 && code_point <= 0xDFFF) || code_point == 0xFFFE ||
        code_point == 0xFFFF)
      return 0;
  } else if (body == "amp") {
    code_point = '&';
  } else if (body == "lt") {
    code_point = '<';
  } else if (body == "gt") {
    code_point = '>';
  } else if (body == "quot") {
    code_point = '"';
  } else if (body == "apos") {
    code_point = '\'';
  } else if (body == "nbsp") {
    code_point = 0xA0;
  } else {
    return 0;
  }
  decoded.clear();
  append_utf8(decoded, code_point);
  return end + 1;
}

}  // namespace

bool reads_as_english(std::string_view text) {
  // One pass over a sample: each word of two to four letters is packed lower-case into an
  // integer and compared with the commonest English function words.
  constexpr auto pack = [](std::string_view word) {
    uint32_t value = 0;
    for (char c : word) value = (value << 8) | static_cast<unsigned char>(c);
    return value;
  };
  constexpr std::array<uint32_t, 10> kCommon = {pack("the"), pack("of"),  pack("and"),  pack("to"),
                                                pack("in"),  pack("is"),  pack("that"), pack("for"),
                                                pack("was"), pack("said")};
  const std::string_view sample = text.substr(0, 800);
  size_t words = 0, function_words = 0, length = 0;
  uint32_t packed = 0;
  const auto end_word = [&] {
    if (length == 0) return;
    ++words;
    if (length >= 2 && length <= 4)
      for (uint32_t common : kCommon) function_words += packed == common;
    length = 0;
    packed = 0;
  };
  for (char c : sample) {
    if (is_ascii_letter(c)) {
      packed = (packed << 8) | static_cast<unsigned char>(c | 0x20);
      ++length;
    } else {
      end_word();
    }
  }
  end_word();
  return words >= 8 && function_words * 100 >= words * 12;
}

std::optional<std::string> repair_article_text(std::string_view text,
                                               std::vector<Repair>& repairs) {
  // Every pattern starts at a 0xC3 byte (mojibake), an ampersand (character references), a
  // punctuation mark followed by a space (quote spacing, doubled stops) or a space two bytes before
  // another (split words). Stretches of 64 bytes without such a start are skipped with a loop the
  // compiler vectorises, so clean text costs little more than a read.
  const char* data = text.data();
  const size_t size = text.size();
  const auto next_candidate = [&](size_t from) {
    // 16 bytes at a time with the compiler's portable vector extension (SSE2/NEON).
    typedef char Bytes16 __attribute__((vector_size(16)));
    while (from + 18 <= size) {
      Bytes16 b0, b1, b2;
      std::memcpy(&b0, data + from, 16);
      std::memcpy(&b1, data + from + 1, 16);
      std::memcpy(&b2, data + from + 2, 16);
      // A split word's lone letter is one of "bcfghjlnpqr", all within 'b'..'r': testing the
      // range keeps indentation ("    ") from stopping the scan.
      const Bytes16 hit = (b0 == static_cast<char>(0xC3)) | (b0 == '&') |
                          ((b0 == ' ') & (b2 == ' ') & (b1 >= 'b') & (b1 <= 'r')) |
                          (((b0 == '.') | (b0 == ',') | (b0 == '!') | (b0 == '?')) & (b1 == ' ') &
                           ((b2 == '.') | (b2 == static_cast<char>(0xE2))));
      uint64_t halves[2];
      std::memcpy(halves, &hit, 16);
      if (halves[0] | halves[1]) return from;
      from += 16;
    }
    return from;
  };
  // Whether the text reads as English gates the split-word repair; it is decided on the first
  // candidate, as most texts have none.
  int english = -1;  // unknown
  const auto is_english = [&] {
    if (english < 0) english = reads_as_english(text) ? 1 : 0;
    return english == 1;
  };

  // `out` receives the text up to `copied`; unchanged stretches are copied in bulk when a
  // repair fires, so text with nothing to repair costs one scan.
  std::string out;
  size_t copied = 0;
  const auto copy_to = [&](size_t position) {
    if (out.empty()) out.reserve(text.size());
    out.append(text.substr(copied, position - copied));
    copied = position;
  };
  const size_t repairs_before = repairs.size();
  size_t position = 0;
  size_t block_end = 0;
  while (position < text.size()) {
    if (position >= block_end) {
      position = next_candidate(position);
      block_end = position + 16;
      if (position >= text.size()) break;
    }
    const char c = text[position];
    if (c == '\xC3') {
      std::string original;
      size_t consumed = 0;
      if (undo_mojibake(text, position, original, consumed)) {
        copy_to(position);
        repairs.push_back({"mojibake", std::string(text.substr(position, consumed)), original,
                           static_cast<uint32_t>(out.size())});
        out += original;
        position += consumed;
        copied = position;
        continue;
      }
    }
    if (c == '&') {
      std::string decoded;
      if (const size_t consumed = character_reference(text, position, decoded); consumed > 0) {
        copy_to(position);
        repairs.push_back({"character reference", std::string(text.substr(position, consumed)),
                           decoded, static_cast<uint32_t>(out.size())});
        out += decoded;
        position += consumed;
        copied = position;
        continue;
      }
    }
    // "neighbors, ”Harris" -> "neighbors,” Harris"
    if ((c == ',' || c == '.' || c == '!' || c == '?') &&
        text.substr(position + 1, 1 + kRightDoubleQuote.size()) ==
            std::string(" ").append(kRightDoubleQuote)) {
      const size_t after = position + 2 + kRightDoubleQuote.size();
      if (after < text.size() &&
          (is_ascii_letter(text[after]) || static_cast<unsigned char>(text[after]) >= 0xC0)) {
        std::string fixed = std::string(1, c).append(kRightDoubleQuote).append(" ");
        copy_to(position);
        repairs.push_back({"quote spacing", std::string(text.substr(position, after - position)),
                           fixed, static_cast<uint32_t>(out.size())});
        out += fixed;
        position = after;
        copied = position;
        continue;
      }
    }
    // "word. ." -> "word." ; not a spaced ellipsis ". . ." and not leader dots.
    if (c == '.' && position > 0 && text.substr(position, 3) == ". ." &&
        text[position - 1] != ' ' && text[position - 1] != '.' &&
        (position + 3 == text.size() || text[position + 3] == '\n' ||
         (text[position + 3] == ' ' && text.substr(position + 3, 2) != " ."))) {
      copy_to(position);
      repairs.push_back({"doubled full stop", ". .", ".", static_cast<uint32_t>(out.size())});
      out += '.';
      position += 3;
      copied = position;
      continue;
    }
    // " n on-governmental" -> " non-governmental": a lone lower-case consonant that is not an
    // English word, between two words of a sentence.
    if (c == ' ' && position + 4 < text.size() && text[position + 2] == ' ' && position >= 2 &&
        is_ascii_letter(text[position - 1]) && is_lower(text[position + 1]) &&
        std::strchr("bcfghjlnpqr", text[position + 1]) && is_lower(text[position + 3]) &&
        is_english()) {
      size_t end = position + 3;
      while (end < text.size() && (is_ascii_letter(text[end]) || text[end] == '-')) ++end;
      if (end - (position + 3) >= 3) {
        const std::string before(text.substr(position + 1, end - position - 1));
        std::string after = before;
        after.erase(1, 1);
        copy_to(position + 1);  // keep the space before the word
        repairs.push_back({"split word", before, after, static_cast<uint32_t>(out.size())});
        out += after;
        position = end;
        copied = position;
        continue;
      }
    }
    ++position;
  }
  if (repairs.size() == repairs_before) return std::nullopt;
  copy_to(text.size());
  return out;
}

}  // namespace herald

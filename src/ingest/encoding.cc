#include "ingest/encoding.h"

#include <array>
#include <cstdint>
#include <cstring>

#include "text/utf8.h"

namespace herald {

std::string windows_1252_to_utf8(std::string_view bytes) {
  static constexpr std::array<char32_t, 32> kHigh = {
      0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
      0x2039, 0x0152, 0x8D,   0x017D, 0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
      0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (char c : bytes) {
    const unsigned char byte = static_cast<unsigned char>(c);
    if (byte < 0x80) {
      out += c;
    } else if (byte < 0xA0) {
      append_utf8(out, kHigh[byte - 0x80]);
    } else {
      append_utf8(out, byte);
    }
  }
  return out;
}

std::optional<size_t> find_invalid_utf8(std::string_view text) {
  // ASCII is skipped eight bytes at a time; each run of non-ASCII bytes is checked on its own.
  // A run ends at an ASCII byte, which is always a character boundary in valid UTF-8, so the
  // run is valid exactly when that stretch of the whole text is.
  size_t position = 0;
  while (position < text.size()) {
    while (position + 8 <= text.size()) {
      uint64_t word;
      std::memcpy(&word, text.data() + position, 8);
      if (word & 0x8080808080808080ull) break;
      position += 8;
    }
    while (position < text.size() && static_cast<unsigned char>(text[position]) < 0x80) ++position;
    if (position == text.size()) break;
    size_t run_end = position;
    while (run_end < text.size() && static_cast<unsigned char>(text[run_end]) >= 0x80) ++run_end;
    if (const auto bad = first_invalid_utf8(text.substr(position, run_end - position)))
      return position + *bad;
    position = run_end;
  }
  return std::nullopt;
}

DecodedText decode_to_utf8(std::string bytes) {
  DecodedText result;
  const auto bad = find_invalid_utf8(bytes);
  if (!bad) {
    result.text = std::move(bytes);
    return result;
  }
  result.first_bad_byte = *bad;
  // Count valid multi-byte sequences against invalid high bytes: Windows-1252 text has
  // high bytes that almost never line up into UTF-8 sequences.
  size_t valid_multibyte = 0, invalid = 0, position = 0;
  while (position < bytes.size()) {
    const unsigned char byte = static_cast<unsigned char>(bytes[position]);
    if (byte < 0x80) {
      ++position;
      continue;
    }
    const size_t before = position;
    const char32_t code_point = decode_utf8(bytes, position);
    if (code_point == 0xFFFD && position == before + 1)
      ++invalid;
    else
      ++valid_multibyte;
  }
  if (invalid > 0 && valid_multibyte * 4 <= invalid) {
    result.encoding = TextEncoding::kWindows1252;
    result.text = windows_1252_to_utf8(bytes);
    return result;
  }
  result.encoding = TextEncoding::kDamagedUtf8;
  result.text = repair_utf8(bytes, &result.replaced);
  return result;
}

}  // namespace herald

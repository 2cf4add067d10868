#include "text/utf8.h"

namespace herald {
namespace {

// Length of the valid sequence at `position`, or 0 if invalid (RFC 3629: no overlongs,
// no surrogates, nothing above U+10FFFF).
size_t valid_sequence_length(std::string_view text, size_t position) {
  const auto byte = [&](size_t i) { return static_cast<unsigned char>(text[position + i]); };
  const size_t left = text.size() - position;
  const unsigned char lead = byte(0);
  if (lead < 0x80) return 1;
  const auto continuation = [&](size_t i) { return i < left && (byte(i) & 0xC0) == 0x80; };
  if (lead >= 0xC2 && lead <= 0xDF) return continuation(1) ? 2 : 0;
  if (lead >= 0xE0 && lead <= 0xEF) {
    if (!continuation(1) || !continuation(2)) return 0;
    if (lead == 0xE0 && byte(1) < 0xA0) return 0;   // overlong
    if (lead == 0xED && byte(1) >= 0xA0) return 0;  // surrogate
    return 3;
  }
  if (lead >= 0xF0 && lead <= 0xF4) {
    if (!continuation(1) || !continuation(2) || !continuation(3)) return 0;
    if (lead == 0xF0 && byte(1) < 0x90) return 0;   // overlong
    if (lead == 0xF4 && byte(1) >= 0x90) return 0;  // above U+10FFFF
    return 4;
  }
  return 0;
}

}  // namespace

std::optional<size_t> first_invalid_utf8(std::string_view text) {
  size_t position = 0;
  while (position < text.size()) {
    const size_t length = valid_sequence_length(text, position);
    if (length == 0) return position;
    position += length;
  }
  return std::nullopt;
}

std::string repair_utf8(std::string_view text, size_t* replaced) {
  std::string out;
  out.reserve(text.size());
  size_t count = 0;
  size_t position = 0;
  while (position < text.size()) {
    const size_t length = valid_sequence_length(text, position);
    if (length == 0) {
      out += "\xEF\xBF\xBD";
      ++count;
      ++position;
    } else {
      out.append(text.substr(position, length));
      position += length;
    }
  }
  if (replaced) *replaced = count;
  return out;
}

char32_t decode_utf8(std::string_view text, size_t& position) {
  const size_t length = valid_sequence_length(text, position);
  const auto byte = [&](size_t i) {
    return static_cast<char32_t>(static_cast<unsigned char>(text[position + i]));
  };
  char32_t code_point = 0xFFFD;
  switch (length) {
    case 1:
      code_point = byte(0);
      break;
    case 2:
      code_point = ((byte(0) & 0x1F) << 6) | (byte(1) & 0x3F);
      break;
    case 3:
      code_point = ((byte(0) & 0x0F) << 12) | ((byte(1) & 0x3F) << 6) | (byte(2) & 0x3F);
      break;
    case 4:
      code_point = ((byte(0) & 0x07) << 18) | ((byte(1) & 0x3F) << 12) | ((byte(2) & 0x3F) << 6) |
                   (byte(3) & 0x3F);
      break;
    default:
      break;
  }
  position += length == 0 ? 1 : length;
  return code_point;
}

void append_utf8(std::string& out, char32_t code_point) {
  if (code_point < 0x80) {
    out += static_cast<char>(code_point);
  } else if (code_point < 0x800) {
    out += static_cast<char>(0xC0 | (code_point >> 6));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else if (code_point < 0x10000) {
    out += static_cast<char>(0xE0 | (code_point >> 12));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code_point >> 18));
    out += static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  }
}

}  // namespace herald

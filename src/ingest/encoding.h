// Character encodings of text inputs: everything becomes UTF-8.
//
// decode_to_utf8 keeps valid UTF-8 as it is; text that is not valid UTF-8 and looks like a
// single-byte Western encoding (high bytes that do not form UTF-8 sequences) is converted from
// Windows-1252 (a superset of Latin-1's printable range); anything else has its invalid
// sequences replaced by U+FFFD. The result says which happened, so the reader can log it.
//
// Thread-safety: pure functions.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace herald {

enum class TextEncoding { kUtf8, kWindows1252, kDamagedUtf8 };

struct DecodedText {
  std::string text;
  TextEncoding encoding = TextEncoding::kUtf8;
  size_t first_bad_byte = 0;  // offset in the input of the first invalid sequence
  size_t replaced = 0;        // sequences replaced by U+FFFD (kDamagedUtf8)
};

DecodedText decode_to_utf8(std::string bytes);
// first_invalid_utf8 with an ASCII fast path (8 bytes at a time): nullopt when valid.
std::optional<size_t> find_invalid_utf8(std::string_view text);
std::string windows_1252_to_utf8(std::string_view bytes);

}  // namespace herald

// UTF-8 validation and repair.
//
// herald's Document::text is always valid UTF-8. Input that is not is repaired here: each
// invalid byte sequence becomes U+FFFD, and the caller learns where the first one was so it
// can report "file: byte N: invalid UTF-8".
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace herald {

// Byte offset of the first invalid sequence, or nullopt if `text` is valid UTF-8.
std::optional<size_t> first_invalid_utf8(std::string_view text);

// `text` with every invalid sequence replaced by U+FFFD; `replaced` counts them.
std::string repair_utf8(std::string_view text, size_t* replaced = nullptr);

// Decodes one code point at `position` and advances it; invalid bytes decode as U+FFFD
// and advance by one. REQUIRES: position < text.size().
char32_t decode_utf8(std::string_view text, size_t& position);
void append_utf8(std::string& out, char32_t code_point);

}  // namespace herald

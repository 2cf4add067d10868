// Tokenization: byte spans of words and punctuation in Penn Treebank style.
//
// Words keep inner hyphens, periods, apostrophes of names, and number punctuation
// ("high-speed", "U.S.", "O'Brien", "1,000", "5.93"); clitics split as the treebank does
// ("don't" -> "do" "n't", "Brazil's" -> "Brazil" "'s"); a final period stays on
// abbreviations, initials and dotted forms ("Mr.", "M.", "U.S.") and is its own token
// elsewhere. Punctuation is one token per mark except "...", "--", "``" and "''".
// Spans are offsets into the text given; nothing is copied. Invalid UTF-8 bytes are
// treated as word characters (never split inside a code point, never skipped).
//
// A token longer than max_token_bytes (a 5 MB "word", a base64 blob) is cut into pieces
// of at most that size at code point boundaries; the caller learns how many were cut.
//
// Thread-safety: pure functions.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "herald/span.h"

namespace herald::text {

struct TokenizerLimits {
  uint32_t max_token_bytes = 256;
};

// Appends the tokens of text[range] to `out`; returns how many over-long tokens were cut.
size_t tokenize(std::string_view text, Span range, std::vector<Span>& out,
                const TokenizerLimits& limits = {});

// True for abbreviations whose period never ends a sentence by itself ("Mr.", "Gen.",
// "Sen."), given without the period.
bool is_title_abbreviation(std::string_view word);
// True for words that take a period as part of the token ("Inc", "Jan", "etc", titles).
bool is_known_abbreviation(std::string_view word);

}  // namespace herald::text

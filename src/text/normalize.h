// Normalization for matching: the form in which dictionary entries and tokens meet.
//
// "López" and "Lopez", "U.S." and "u.s.", "Zúñiga" and "ZUNIGA" must match; the text itself
// is never changed, only the Token::norm used for lookups. Normalization is case folding
// plus removal of combining marks (NFKD, strip marks), and maps typographic apostrophes and
// dashes to their ASCII forms. ASCII input takes a fast path with no allocation beyond the
// result.
//
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <string_view>

namespace herald {

std::string normalize_for_matching(std::string_view text);
// Appends the normalized form of `text` to `out` (for building keys without temporaries).
void append_normalized(std::string_view text, std::string& out);

}  // namespace herald

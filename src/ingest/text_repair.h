// Repair of common scrape and machine-translation damage in article text.
//
// Each repair is conservative (it fires only on patterns that correct text does not
// contain) and is logged as a Repair with its byte offset in the repaired text:
//   - mojibake: UTF-8 read as Windows-1252 and re-encoded ("CafÃ©" -> "Café", "â€™" -> "’");
//   - quote spacing: a space before a closing quote instead of after it
//     ("neighbors, ”Harris" -> "neighbors,” Harris");
//   - doubled full stop: "conversations. ." -> "conversations." (not "...", not ". . .");
//   - character reference: an HTML reference a scraper left escaped in plain text
//     ("communiqu&#233;" -> "communiqué", "&amp;" -> "&"; numeric references to printable
//     characters and the XML entities only);
//   - split word: a lone consonant split off the start of a word ("n on-governmental" ->
//     "non-governmental"), only in text that reads as English, only for letters that are not
//     words or lost contractions in English.
//
// Thread-safety: pure function.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "herald/document.h"

namespace herald {

// Returns the repaired text and appends one Repair per change; nullopt when there was
// nothing to repair. REQUIRES: text is valid UTF-8.
std::optional<std::string> repair_article_text(std::string_view text, std::vector<Repair>& repairs);

// A cheap test for English running text (share of the commonest function words), used to
// gate repairs and guesses that only hold for English.
bool reads_as_english(std::string_view text);

}  // namespace herald

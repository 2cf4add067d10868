// Reading PETRARCH-format dictionary files line by line, with comments removed.
//
// The PETRARCH dictionaries share one comment syntax: `<!-- ... -->` (possibly spanning
// lines), `#` to the end of the line, and the legacy `;` to the end of the line. This
// module turns a file's bytes into numbered content lines with those comments removed and
// trailing whitespace trimmed; leading whitespace is kept because it is meaningful (a tab
// introduces an actor's date restriction). Blank lines are kept (empty text) because a blank
// line ends a verb pattern block.
//
// Also here: the shared error type for dictionary problems ("file:line: reason") and the
// word splitting and normalization every dictionary uses.
//
// Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "herald/status.h"

namespace herald::coding {

struct DictionaryLine {
  uint32_t number = 0;  // 1-based line number in the file
  std::string text;     // comment-free content, trailing whitespace removed
};

// A malformed entry: reported, skipped, and loading goes on.
struct DictionaryProblem {
  std::string file;
  uint32_t line = 0;
  std::string reason;
  std::string to_string() const;  // "file:line: reason"
};

// Splits a file's bytes into lines with comments removed.
std::vector<DictionaryLine> dictionary_lines(std::string_view bytes);

// Reads a whole file; the error names the file.
Result<std::string> read_dictionary_file(const std::string& path);

// Splits a phrase written with blanks and/or underscores ("CARAS GALADHON",
// "NORTH_KOREA_") into normalized words ("caras", "galadhon"). Empty pieces are dropped.
std::vector<std::string> phrase_words(std::string_view phrase);

// Trims blanks and tabs at both ends.
std::string_view trim(std::string_view text);

}  // namespace herald::coding

// Lemmas: the dictionary form of a tagged word ("met"/VBD -> "meet", "talks"/NNS -> "talk").
//
// WordNet's method (morphy): irregular forms from the exception lists first, then the
// regular suffix rules, keeping the first candidate that WordNet knows as a base form; when
// none is known the most likely regular candidate is used. Proper nouns keep their
// spelling; other words are lower-cased. Thread-safety: pure over an immutable Lexicon.
#pragma once

#include <string>
#include <string_view>

#include "syntax/lexicon.h"
#include "syntax/tag_set.h"

namespace herald::syntax {

// `lowered` is the word in lower case (Token::norm will do). Writes the lemma to `out`.
void lemmatize(const Lexicon& lexicon, std::string_view word, std::string_view lowered, Tag tag,
               std::string& out);

}  // namespace herald::syntax

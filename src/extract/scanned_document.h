// ScannedDocument: a Document's sentences as words (word_scanner.h) with their normalized
// forms and their hashes, made once per document and shared by the entity, date, count, quote
// and tone rules.
//
// Sentence spans come from the text stage (Annotation::kSentences); the extract rules scan
// their own words because they need surface shape (capitals, abbreviation periods) rather
// than Token::norm alone. Each norm is hashed once here (PhraseHash); resource lookups
// (PhraseTable) compose multi-word keys from these hashes. Owned by the one thread running the
// stage on the document.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "extract/phrase_hash.h"
#include "extract/word_scanner.h"
#include "herald/document.h"

namespace herald::extract {

struct ScannedDocument {
  std::vector<Word> words;
  std::vector<std::string> norms;             // normalize_for_matching of each word
  std::vector<PhraseHash> hashes;             // PhraseHash::of each norm
  std::vector<uint64_t> mixed_hashes;         // mix_phrase_hash of each hash value
  std::vector<uint32_t> sentence_of_word;     // index into Document::sentences
  std::vector<uint32_t> sentence_first_word;  // size sentences + 1
  std::vector<bool> quoted;                   // the word is inside double quotation marks

  // The norm of word `index` as a lookup key (its hash made once, in scan_document).
  PhraseKey key(size_t index) const {
    return PhraseKey::premixed(norms[index], mixed_hashes[index]);
  }
  uint32_t sentence_begin(size_t sentence) const { return sentence_first_word[sentence]; }
  uint32_t sentence_end(size_t sentence) const { return sentence_first_word[sentence + 1]; }
  // Index of the first word starting at or after `offset` (words.size() if none).
  uint32_t word_at_or_after(uint32_t offset) const;
  // Index of the word containing or ending just before `offset`, or -1.
  int64_t word_before(uint32_t offset) const;
};

ScannedDocument scan_document(const Document& document);

// Is this punctuation word an opening/closing/any quotation mark?
bool is_quote_mark(std::string_view text);

}  // namespace herald::extract

#include "extract/scanned_document.h"

#include <algorithm>

#include "text/normalize.h"

namespace herald::extract {
namespace {

// normalize_for_matching's own ASCII path (A-Z lower-cased) into `norm`, in one pass and
// without a temporary; false (norm unspecified) when `text` is not ASCII.
bool lower_ascii(std::string_view text, std::string& norm) {
  norm.resize(text.size());
  for (size_t at = 0; at < text.size(); ++at) {
    const auto byte = static_cast<unsigned char>(text[at]);
    if (byte >= 0x80) return false;
    norm[at] = static_cast<char>(byte >= 'A' && byte <= 'Z' ? byte + 32 : byte);
  }
  return true;
}

}  // namespace

ScannedDocument scan_document(const Document& document) {
  ScannedDocument scanned;
  scanned.words.reserve(document.text.size() / 5);
  scanned.sentence_first_word.reserve(document.sentences.size() + 1);
  for (size_t index = 0; index < document.sentences.size(); ++index) {
    scanned.sentence_first_word.push_back(static_cast<uint32_t>(scanned.words.size()));
    scan_words(document.text, document.sentences[index].span, scanned.words);
    scanned.sentence_of_word.resize(scanned.words.size(), static_cast<uint32_t>(index));
  }
  scanned.sentence_first_word.push_back(static_cast<uint32_t>(scanned.words.size()));
  // Inside-quotation flags: curly marks open and close, straight marks alternate; a new
  // paragraph closes an unclosed quote.
  scanned.quoted.assign(scanned.words.size(), false);
  bool inside = false;
  uint32_t previous_end = 0;
  // The first newline at or after previous_end, found again only once passed: searching from
  // every word would rescan a long paragraph once per word.
  size_t newline = document.text.find('\n');
  for (size_t index = 0; index < scanned.words.size(); ++index) {
    const Word& word = scanned.words[index];
    if (newline < previous_end) newline = document.text.find('\n', previous_end);
    if (newline < word.span.begin) inside = false;
    previous_end = word.span.end;
    if (word.punctuation) {
      const std::string_view mark = word.span.of(document.text);
      if (mark == "\u201c" || mark == "\u201e" || mark == "\u00ab") {
        inside = true;
      } else if (mark == "\u201d" || mark == "\u00bb") {
        inside = false;
      } else if (mark == "\"") {
        inside = !inside;
      }
      continue;
    }
    scanned.quoted[index] = inside;
  }
  scanned.norms.resize(scanned.words.size());
  scanned.hashes.reserve(scanned.words.size());
  scanned.mixed_hashes.reserve(scanned.words.size());
  for (size_t index = 0; index < scanned.words.size(); ++index) {
    const Word& word = scanned.words[index];
    const std::string_view text = word.span.of(document.text);
    std::string& norm = scanned.norms[index];
    if (word.punctuation) {
      norm.assign(text);
    } else if (!lower_ascii(text, norm)) {
      norm = normalize_for_matching(text);
    }
    scanned.hashes.push_back(PhraseHash::of(norm));
    scanned.mixed_hashes.push_back(mix_phrase_hash(scanned.hashes.back().value));
  }
  return scanned;
}

uint32_t ScannedDocument::word_at_or_after(uint32_t offset) const {
  const auto found =
      std::lower_bound(words.begin(), words.end(), offset,
                       [](const Word& word, uint32_t value) { return word.span.begin < value; });
  return static_cast<uint32_t>(found - words.begin());
}

int64_t ScannedDocument::word_before(uint32_t offset) const {
  const auto found =
      std::lower_bound(words.begin(), words.end(), offset,
                       [](const Word& word, uint32_t value) { return word.span.begin < value; });
  return static_cast<int64_t>(found - words.begin()) - 1;
}

bool is_quote_mark(std::string_view text) {
  return text == "\"" || text == "\u201c" || text == "\u201d" || text == "\u201e" ||
         text == "\u00ab" || text == "\u00bb";
}

}  // namespace herald::extract

// NameMatcher: the word-level matching the entity and reference rules share — capitalized
// name words, gazetteer and title matches over runs of words, and country adjectives.
//
// Holds references to one document's scanned words and the immutable resources; made per
// document by the thread that runs the stage. Lookups are longest-match-first and bounded by
// the longest entry that starts with the first word.
#pragma once

#include <string>
#include <vector>

#include "extract/entity_lexicon.h"
#include "extract/gazetteer.h"
#include "extract/scanned_document.h"
#include "herald/document.h"

namespace herald::extract {

// Normalized words [first, last) joined by spaces; an abbreviation period is skipped
// ("Mr." is "mr").
std::string join_words(const ScannedDocument& scanned, uint32_t first, uint32_t last);

bool is_pronoun(std::string_view norm);  // he, she, him, her

class NameMatcher {
 public:
  NameMatcher(const ScannedDocument& scanned, const Gazetteer& gazetteer,
              const EntityLexicon& lexicon)
      : scanned_(scanned), gazetteer_(gazetteer), lexicon_(lexicon) {}

  bool is_name_word(uint32_t index) const {
    const Word& word = scanned_.words[index];
    return word.letters && word.capitalized && !word.possessive;
  }
  // Longest gazetteer name over words [first, limit) starting at `first`: its length in
  // words (0 if none), with every place of that name in `places`.
  size_t gazetteer_match(uint32_t first, uint32_t limit, std::vector<const Place*>& places) const;
  // Longest title over words [first, limit) starting at `first`, in words.
  size_t title_match(uint32_t first, uint32_t limit) const;
  // A name every gazetteer entry of which is a country adjective ("Mexican").
  bool is_demonym(const PhraseKey& key) const;

  static bool has_place_kind(const std::vector<const Place*>& places);
  static bool only_demonyms(const std::vector<const Place*>& places);
  static std::string demonym_country(const std::vector<const Place*>& places);

 private:
  const ScannedDocument& scanned_;
  const Gazetteer& gazetteer_;
  const EntityLexicon& lexicon_;
};

}  // namespace herald::extract

// EntityLexicon: the hand-written word lists behind the entity, quote and role rules
// (data/lexicons/entity-words.tsv): person titles, organisation suffixes and head words, place
// suffixes and prefixes, well-known organisations, stop words and speech verbs.
//
// Keys are normalized for matching (case and accents folded). Every word list lives in one
// PhraseTable of category bits, so a word is looked up once whatever lists it is checked
// against, and a document's words by their once-made hashes. Loaded once, immutable,
// thread-safe. load() fails with data_error naming file and line for a malformed row.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "extract/phrase_table.h"
#include "herald/status.h"

namespace herald::extract {

struct KnownOrganization {
  std::string country;  // ISO3 or "" for international bodies
  std::string canonical;
  bool acronym = false;  // written in capitals ("WHO"): matches capitals only
};

class EntityLexicon {
 public:
  static Result<EntityLexicon> load(const std::string& path);
  Status add_rows(std::string_view tsv, std::string_view origin);

  // All lookups take normalized keys (normalize_for_matching), or a document's words.
  bool is_title(const PhraseKey& key) const { return has(key, kTitle); }
  // Words [first, last) of `scanned`, joined as join_words does, are a title.
  bool is_title_words(const ScannedDocument& scanned, uint32_t first, uint32_t last) const {
    const uint16_t* found = categories_.find_words(scanned, first, last, JoinPeriods::kSkip);
    return found && (*found & kTitle);
  }
  size_t max_title_words() const { return max_title_words_; }
  bool is_org_suffix(const PhraseKey& key) const { return has(key, kOrgSuffix); }
  bool is_org_head(const PhraseKey& key) const { return has(key, kOrgHead); }
  bool is_place_suffix(const PhraseKey& key) const { return has(key, kPlaceSuffix); }
  bool is_place_prefix(const PhraseKey& key) const { return has(key, kPlacePrefix); }
  bool is_stop(const PhraseKey& key) const { return has(key, kStop); }
  bool is_speech_verb(const PhraseKey& key) const { return has(key, kSpeechVerb); }
  // Last words of names that are not entities ("Terrorism Act", "Berne Agreement").
  bool is_non_entity_suffix(const PhraseKey& key) const { return has(key, kNonEntitySuffix); }
  // Common nouns that describe the name after them ("U.K. firm Cable and Wireless").
  bool is_descriptor(const PhraseKey& key) const { return has(key, kDescriptor); }
  const KnownOrganization* organization(const PhraseKey& key) const {
    return organizations_.find(key);
  }
  // Words [first, last) of `scanned`, joined as join_words does, name a known organisation.
  const KnownOrganization* organization_words(const ScannedDocument& scanned, uint32_t first,
                                              uint32_t last) const {
    return organizations_.find_words(scanned, first, last, JoinPeriods::kSkip);
  }
  size_t max_organization_words() const { return max_organization_words_; }

 private:
  enum Category : uint16_t {
    kTitle = 1 << 0,
    kOrgSuffix = 1 << 1,
    kOrgHead = 1 << 2,
    kPlaceSuffix = 1 << 3,
    kPlacePrefix = 1 << 4,
    kStop = 1 << 5,
    kSpeechVerb = 1 << 6,
    kNonEntitySuffix = 1 << 7,
    kDescriptor = 1 << 8,
  };
  bool has(const PhraseKey& key, Category category) const {
    const uint16_t* found = categories_.find(key);
    return found && (*found & category);
  }

  PhraseTable<uint16_t> categories_;  // Category bits of every listed word or phrase
  PhraseTable<KnownOrganization> organizations_;
  size_t max_title_words_ = 1;
  size_t max_organization_words_ = 1;
};

}  // namespace herald::extract

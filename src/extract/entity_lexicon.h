// EntityLexicon: the hand-written word lists behind the entity, quote and role rules
// (data/lexicons/entity-words.tsv): person titles, organisation suffixes and head words, place
// suffixes and prefixes, well-known organisations, stop words and speech verbs.
//
// Keys are normalized for matching (case and accents folded). Each word list is a PhraseTable,
// so a document's words are looked up by their once-made hashes. Loaded once, immutable,
// thread-safe. load() fails with data_error naming file and line for a malformed row.
#pragma once

#include <array>
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
    return lists_[kTitle].find_words(scanned, first, last, JoinPeriods::kSkip) != nullptr;
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
  enum Category {
    kTitle,
    kOrgSuffix,
    kOrgHead,
    kPlaceSuffix,
    kPlacePrefix,
    kStop,
    kSpeechVerb,
    kNonEntitySuffix,
    kDescriptor,
    kCategories
  };
  bool has(const PhraseKey& key, Category category) const { return lists_[category].contains(key); }

  // One table per list: most words are in no list, and a list's own small filter turns them
  // away without touching the slots that the words of other lists fill.
  std::array<PhraseTable<uint8_t>, kCategories> lists_;
  PhraseTable<KnownOrganization> organizations_;
  size_t max_title_words_ = 1;
  size_t max_organization_words_ = 1;
};

}  // namespace herald::extract

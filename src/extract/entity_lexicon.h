// EntityLexicon: the hand-written word lists behind the entity, quote and role rules
// (data/lexicons/entity-words.tsv): person titles, organisation suffixes and head words, place
// suffixes and prefixes, well-known organisations, stop words and speech verbs.
//
// Keys are normalized for matching (case and accents folded). Loaded once, immutable,
// thread-safe. load() fails with data_error naming file and line for a malformed row.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

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

  // All lookups take normalized keys (normalize_for_matching).
  bool is_title(const std::string& key) const { return titles_.contains(key); }
  size_t max_title_words() const { return max_title_words_; }
  bool is_org_suffix(const std::string& key) const { return org_suffixes_.contains(key); }
  bool is_org_head(const std::string& key) const { return org_heads_.contains(key); }
  bool is_place_suffix(const std::string& key) const { return place_suffixes_.contains(key); }
  bool is_place_prefix(const std::string& key) const { return place_prefixes_.contains(key); }
  bool is_stop(const std::string& key) const { return stops_.contains(key); }
  bool is_speech_verb(const std::string& key) const { return speech_verbs_.contains(key); }
  // Last words of names that are not entities ("Terrorism Act", "Berne Agreement").
  bool is_non_entity_suffix(const std::string& key) const {
    return non_entity_suffixes_.contains(key);
  }
  // Common nouns that describe the name after them ("U.K. firm Cable and Wireless").
  bool is_descriptor(const std::string& key) const { return descriptors_.contains(key); }
  const KnownOrganization* organization(const std::string& key) const {
    const auto found = organizations_.find(key);
    return found == organizations_.end() ? nullptr : &found->second;
  }
  size_t max_organization_words() const { return max_organization_words_; }

 private:
  std::unordered_set<std::string> titles_, org_suffixes_, org_heads_, place_suffixes_,
      place_prefixes_, stops_, speech_verbs_, non_entity_suffixes_, descriptors_;
  std::unordered_map<std::string, KnownOrganization> organizations_;
  size_t max_title_words_ = 1;
  size_t max_organization_words_ = 1;
};

}  // namespace herald::extract

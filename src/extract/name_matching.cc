#include "extract/name_matching.h"

#include <algorithm>

namespace herald::extract {

std::string join_words(const ScannedDocument& scanned, uint32_t first, uint32_t last) {
  std::string key;
  for (uint32_t index = first; index < last; ++index) {
    if (scanned.norms[index] == ".") continue;  // "Mr." is "mr"
    if (!key.empty()) key += ' ';
    key += scanned.norms[index];
  }
  return key;
}

bool is_pronoun(std::string_view norm) {
  return norm == "he" || norm == "she" || norm == "him" || norm == "her";
}

size_t NameMatcher::gazetteer_match(uint32_t first, uint32_t limit,
                                    std::vector<const Place*>& places) const {
  places.clear();
  if (first >= limit) return 0;
  size_t from_first = 0;
  const std::span<const uint32_t> first_word =
      gazetteer_.find_first_word(scanned_.key(first), from_first);
  const size_t longest = std::min<size_t>(from_first, limit - first);
  // The one-word name is the first word's own entry, unless that word is an abbreviation
  // period, which join_words leaves out.
  const bool period = scanned_.norms[first] == ".";
  for (size_t length = longest; length >= (period ? 1 : 2); --length) {
    const auto found =
        gazetteer_.find_words(scanned_, first, first + static_cast<uint32_t>(length));
    if (found.empty()) continue;
    for (uint32_t index : found) places.push_back(&gazetteer_.place(index));
    return length;
  }
  if (period || longest == 0 || first_word.empty()) return 0;
  for (uint32_t index : first_word) places.push_back(&gazetteer_.place(index));
  return 1;
}

size_t NameMatcher::title_match(uint32_t first, uint32_t limit) const {
  if (first >= limit) return 0;
  const size_t longest = std::min<size_t>(lexicon_.max_title_words(), limit - first);
  for (size_t length = longest; length >= 1; --length) {
    if (lexicon_.is_title_words(scanned_, first, first + static_cast<uint32_t>(length)))
      return length;
  }
  return 0;
}

bool NameMatcher::is_demonym(const PhraseKey& key) const { return gazetteer_.is_demonym(key); }

bool NameMatcher::has_place_kind(const std::vector<const Place*>& places) {
  for (const Place* place : places)
    if (place->kind != PlaceKind::kDemonym) return true;
  return false;
}

bool NameMatcher::only_demonyms(const std::vector<const Place*>& places) {
  if (places.empty()) return false;
  for (const Place* place : places)
    if (place->kind != PlaceKind::kDemonym) return false;
  return true;
}

std::string NameMatcher::demonym_country(const std::vector<const Place*>& places) {
  for (const Place* place : places)
    if (place->kind == PlaceKind::kDemonym) return place->country;
  return "";
}

}  // namespace herald::extract

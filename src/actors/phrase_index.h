// PhraseIndex: multi-word phrases keyed by their words' vocabulary ids, for longest-match
// lookup over a sentence's tokens.
//
// Phrases are bucketed by their first word; each bucket is sorted longest first, so the
// first bucket entry that matches at a position is the longest match. Built once while a
// dictionary loads, then immutable and safe to share between threads.
#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "actors/vocabulary.h"

namespace herald::actors {

class PhraseIndex {
 public:
  // Adds a phrase (word ids) that stands for `value`. Duplicates are kept; the earlier one
  // wins among equally long matches.
  void add(std::vector<uint32_t> words, uint32_t value);
  // Builds the buckets; call once after the last add() (and again after more adds).
  void finish();

  struct Match {
    uint32_t length = 0;  // words matched; 0 = no match
    uint32_t value = 0;
  };
  // Longest phrase starting at ids[position], not running past `end`.
  Match longest_at(const uint32_t* ids, size_t position, size_t end) const {
    const uint32_t first = ids[position];
    if (first == Vocabulary::kUnknown || first + 1 >= bucket_start_.size()) return {};
    for (uint32_t slot = bucket_start_[first]; slot < bucket_start_[first + 1]; ++slot) {
      const Phrase& phrase = phrases_[bucket_items_[slot]];
      if (position + phrase.words.size() > end) continue;
      bool matched = true;
      for (size_t offset = 1; offset < phrase.words.size(); ++offset)
        if (ids[position + offset] != phrase.words[offset]) {
          matched = false;
          break;
        }
      if (matched) return {static_cast<uint32_t>(phrase.words.size()), phrase.value};
    }
    return {};
  }
  size_t size() const { return phrases_.size(); }

 private:
  struct Phrase {
    std::vector<uint32_t> words;
    uint32_t value = 0;
  };
  std::vector<Phrase> phrases_;
  // Buckets by first word id, laid out flat: phrases starting with word w are
  // bucket_items_[bucket_start_[w] .. bucket_start_[w + 1]), longest first.
  std::vector<uint32_t> bucket_start_;
  std::vector<uint32_t> bucket_items_;
};

}  // namespace herald::actors

// PhraseIndex: multi-word phrases keyed by their words' vocabulary ids, for longest-match
// lookup over a sentence's tokens.
//
// One-word phrases sit in a flat array indexed by word id. Longer phrases are bucketed by
// their first two words (a hash of the pair), each bucket longest first, so a lookup costs
// one array read, at most one hash probe, and integer compares over the few phrases that
// share both first words. Built once while a dictionary loads, then immutable and safe to
// share between threads.
#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "actors/flat_map.h"
#include "actors/vocabulary.h"

namespace herald::actors {

class PhraseIndex {
 public:
  // Adds a phrase (word ids) that stands for `value`. Among equally long phrases with the
  // same words the earlier one wins.
  void add(std::vector<uint32_t> words, uint32_t value);
  // Builds the lookup structures; call once after the last add() (and again after more).
  void finish();

  struct Match {
    uint32_t length = 0;  // words matched; 0 = no match
    uint32_t value = 0;
  };
  // Longest phrase starting at ids[position], not running past `end`.
  Match longest_at(const uint32_t* ids, size_t position, size_t end) const {
    const uint32_t first = ids[position];
    if (first == Vocabulary::kUnknown || first >= starts_.size() || starts_[first] == 0) return {};
    if ((starts_[first] & kStartsLonger) && position + 1 < end) {
      const uint64_t range = pairs_.find(pair_key(first, ids[position + 1]));
      if (range != FlatIdMap::kEmpty) {
        const uint32_t range_begin = static_cast<uint32_t>(range >> 32);
        const uint32_t range_end = static_cast<uint32_t>(range);
        for (uint32_t slot = range_begin; slot < range_end; ++slot) {
          const Phrase& phrase = phrases_[pair_items_[slot]];
          if (position + phrase.words.size() > end) continue;
          bool matched = true;
          for (size_t offset = 2; offset < phrase.words.size(); ++offset)
            if (ids[position + offset] != phrase.words[offset]) {
              matched = false;
              break;
            }
          if (matched) return {static_cast<uint32_t>(phrase.words.size()), phrase.value};
        }
      }
    }
    if (starts_[first] & kIsPhrase) return {1, single_[first]};
    return {};
  }
  size_t size() const { return phrases_.size(); }

 private:
  static constexpr uint8_t kIsPhrase = 1;      // the word alone is a phrase
  static constexpr uint8_t kStartsLonger = 2;  // some longer phrase starts with it
  static uint64_t pair_key(uint32_t first, uint32_t second) {
    return (static_cast<uint64_t>(first) << 32) | second;
  }
  struct Phrase {
    std::vector<uint32_t> words;
    uint32_t value = 0;
  };
  std::vector<Phrase> phrases_;
  std::vector<uint8_t> starts_;       // per word id: kIsPhrase | kStartsLonger
  std::vector<uint32_t> single_;      // per word id: value of the one-word phrase
  FlatIdMap pairs_;                   // first two words -> (begin << 32 | end) range in pair_items_
  std::vector<uint32_t> pair_items_;  // phrase indices grouped by first two words
};

}  // namespace herald::actors

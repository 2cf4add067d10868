// PhraseIndex: multi-word phrases keyed by their normalized words, for longest-match lookup
// over a sentence's tokens.
//
// Phrases are bucketed by their first word in a hash table; each bucket is sorted longest
// first, so the first bucket entry that matches at a position is the longest match. Built
// once while a dictionary loads, then immutable and safe to share between threads.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace herald::actors {

class PhraseIndex {
 public:
  // Adds a phrase (normalized words) that stands for `value`. Duplicates are kept; the
  // earlier one wins among equally long matches.
  void add(std::vector<std::string> words, uint32_t value);
  // Sorts the buckets; call once after the last add().
  void finish();

  struct Match {
    uint32_t length = 0;  // words matched; 0 = no match
    uint32_t value = 0;
  };
  // Longest phrase starting at words[position]. `word_at(i)` gives the i-th word.
  template <typename WordAt>
  Match longest_at(size_t position, size_t end, WordAt word_at) const {
    const std::string_view first = word_at(position);
    auto bucket = buckets_.find(std::string(first));
    if (bucket == buckets_.end()) return {};
    for (uint32_t phrase_index : bucket->second) {
      const Phrase& phrase = phrases_[phrase_index];
      if (position + phrase.words.size() > end) continue;
      bool matched = true;
      for (size_t offset = 1; offset < phrase.words.size(); ++offset) {
        if (word_at(position + offset) != phrase.words[offset]) {
          matched = false;
          break;
        }
      }
      if (matched) return {static_cast<uint32_t>(phrase.words.size()), phrase.value};
    }
    return {};
  }
  size_t size() const { return phrases_.size(); }

 private:
  struct Phrase {
    std::vector<std::string> words;
    uint32_t value = 0;
  };
  std::vector<Phrase> phrases_;
  std::unordered_map<std::string, std::vector<uint32_t>> buckets_;
};

}  // namespace herald::actors

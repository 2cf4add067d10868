// Vocabulary: every normalized word the dictionaries use, as a small integer.
//
// Dictionaries intern their words while loading; the coder looks each token up once per
// sentence and from then on compares integers, never strings. Id 0 means "not a dictionary
// word" and matches nothing. Filled while loading, then read-only and thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "actors/flat_map.h"

namespace herald::actors {

// Hash for std::string keys that also accepts std::string_view (no temporary strings on
// lookup).
struct WordHash {
  using is_transparent = void;
  size_t operator()(std::string_view word) const { return std::hash<std::string_view>{}(word); }
};

class Vocabulary {
 public:
  static constexpr uint32_t kUnknown = 0;
  uint32_t intern(std::string_view word);
  // One FNV-1a hash and a probe of a flat table; the string is compared only on a hash hit.
  uint32_t find(std::string_view word) const {
    const uint64_t hash = hash_word(word);
    const uint64_t found = by_hash_.find(hash);
    if (found == FlatIdMap::kEmpty) return kUnknown;
    if (found != kCollision)
      return words_[found - 1] == word ? static_cast<uint32_t>(found) : kUnknown;
    auto slow = ids_.find(word);
    return slow == ids_.end() ? kUnknown : slow->second;
  }
  std::vector<uint32_t> intern_all(const std::vector<std::string>& words);
  size_t size() const { return ids_.size() + 1; }

 private:
  static constexpr uint64_t kCollision = FlatIdMap::kEmpty - 1;  // two words, one hash
  static uint64_t hash_word(std::string_view word) {
    uint64_t hash = 14695981039346656037ULL;
    for (unsigned char c : word) hash = (hash ^ c) * 1099511628211ULL;
    return hash >= kCollision ? hash - 2 : hash;
  }
  std::unordered_map<std::string, uint32_t, WordHash, std::equal_to<>> ids_;
  std::vector<std::string> words_;  // words_[id - 1]
  FlatIdMap by_hash_;               // hash -> id, or kCollision
};

}  // namespace herald::actors

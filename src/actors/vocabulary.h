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
  uint32_t find(std::string_view word) const {
    auto found = ids_.find(word);
    return found == ids_.end() ? kUnknown : found->second;
  }
  std::vector<uint32_t> intern_all(const std::vector<std::string>& words);
  size_t size() const { return ids_.size() + 1; }

 private:
  std::unordered_map<std::string, uint32_t, WordHash, std::equal_to<>> ids_;
};

}  // namespace herald::actors

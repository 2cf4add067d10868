#include "actors/phrase_index.h"

#include <algorithm>

namespace herald::actors {

void PhraseIndex::add(std::vector<std::string> words, uint32_t value) {
  if (words.empty()) return;
  const uint32_t index = static_cast<uint32_t>(phrases_.size());
  buckets_[words.front()].push_back(index);
  phrases_.push_back({std::move(words), value});
}

void PhraseIndex::finish() {
  for (auto& [first, bucket] : buckets_) {
    std::stable_sort(bucket.begin(), bucket.end(), [&](uint32_t left, uint32_t right) {
      return phrases_[left].words.size() > phrases_[right].words.size();
    });
  }
}

}  // namespace herald::actors

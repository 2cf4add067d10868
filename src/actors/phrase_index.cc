#include "actors/phrase_index.h"

#include <algorithm>

namespace herald::actors {

void PhraseIndex::add(std::vector<uint32_t> words, uint32_t value) {
  if (words.empty()) return;
  phrases_.push_back({std::move(words), value});
}

void PhraseIndex::finish() {
  uint32_t largest = 0;
  for (const Phrase& phrase : phrases_) largest = std::max(largest, phrase.words.front());
  bucket_start_.assign(phrases_.empty() ? 0 : largest + 2, 0);
  if (phrases_.empty()) return;
  for (const Phrase& phrase : phrases_) ++bucket_start_[phrase.words.front() + 1];
  for (size_t index = 1; index < bucket_start_.size(); ++index)
    bucket_start_[index] += bucket_start_[index - 1];
  bucket_items_.assign(phrases_.size(), 0);
  std::vector<uint32_t> next(bucket_start_.begin(), bucket_start_.end() - 1);
  for (uint32_t index = 0; index < phrases_.size(); ++index)
    bucket_items_[next[phrases_[index].words.front()]++] = index;
  for (size_t word = 0; word + 1 < bucket_start_.size(); ++word)
    std::stable_sort(bucket_items_.begin() + bucket_start_[word],
                     bucket_items_.begin() + bucket_start_[word + 1],
                     [&](uint32_t left, uint32_t right) {
                       return phrases_[left].words.size() > phrases_[right].words.size();
                     });
}

}  // namespace herald::actors

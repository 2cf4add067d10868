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
  starts_.assign(phrases_.empty() ? 0 : largest + 1, 0);
  single_.assign(starts_.size(), 0);
  pairs_ = FlatIdMap{};
  pair_items_.clear();
  std::vector<uint32_t> longer;
  for (uint32_t index = 0; index < phrases_.size(); ++index) {
    const Phrase& phrase = phrases_[index];
    const uint32_t first = phrase.words.front();
    if (phrase.words.size() == 1) {
      if (!(starts_[first] & kIsPhrase)) single_[first] = phrase.value;  // earliest wins
      starts_[first] |= kIsPhrase;
    } else {
      starts_[first] |= kStartsLonger;
      longer.push_back(index);
    }
  }
  // Group by the first two words; inside a group, longest first, then file order.
  std::stable_sort(longer.begin(), longer.end(), [&](uint32_t left, uint32_t right) {
    const auto& a = phrases_[left].words;
    const auto& b = phrases_[right].words;
    const uint64_t key_a = pair_key(a[0], a[1]), key_b = pair_key(b[0], b[1]);
    if (key_a != key_b) return key_a < key_b;
    return a.size() > b.size();
  });
  pair_items_ = longer;
  for (size_t begin = 0; begin < pair_items_.size();) {
    const auto& words = phrases_[pair_items_[begin]].words;
    const uint64_t key = pair_key(words[0], words[1]);
    size_t end = begin + 1;
    while (end < pair_items_.size()) {
      const auto& next = phrases_[pair_items_[end]].words;
      if (pair_key(next[0], next[1]) != key) break;
      ++end;
    }
    pairs_.insert(key, (static_cast<uint64_t>(begin) << 32) | end);
    begin = end;
  }
}

}  // namespace herald::actors

// PhraseTable: a hash table from normalized words and phrases to values, for the extract
// resources (gazetteer names, entity word lists, tone lexicon) that every document word is
// looked up in.
//
// Lookups take a PhraseKey (text + mixed hash) or a run of a ScannedDocument's words, whose
// key hash is composed from the words' hashes computed once per document: no joined string is
// built, no byte is hashed twice. Most lookups miss (most words are no title, place or tone
// word), so a miss is made cheap: a filter of 8 or more bits per entry (two bits per key in one
// 64-bit word), small enough to stay in cache, turns away about 95% of misses before the slots
// are touched. The slots (open addressing, linear probing, load at most 1/2) hold a 32-bit tag
// of the hash, so a probe rarely reads an entry, and a hit reads only its key and value. A tag
// match is confirmed by comparing the key text, so answers are those of an exact string map.
//
// Filled once while its resource loads (emplace), then immutable: concurrent lookups are safe.
// Values live in a vector: a reference returned by emplace is valid until the next emplace.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/phrase_hash.h"
#include "extract/scanned_document.h"

namespace herald::extract {

// How a run of document words is joined into a key.
enum class JoinPeriods : bool {
  kSkip,  // join_words (name_matching.h): an abbreviation period word is left out ("Mr ." → "mr")
  kKeep,  // every word, as written
};

namespace phrase_table_detail {

inline bool is_period(const std::string& norm) { return norm.size() == 1 && norm[0] == '.'; }

// Does `key` equal words [first, last) of `scanned` joined by single spaces?
bool equals_joined(std::string_view key, const ScannedDocument& scanned, uint32_t first,
                   uint32_t last, JoinPeriods periods);

}  // namespace phrase_table_detail

template <typename Value>
class PhraseTable {
 public:
  // The value stored under `key`, inserting `value` first if the key is new.
  Value& emplace(std::string_view key, Value value = Value()) {
    const uint64_t hash = PhraseHash::of(key).value;
    if (!slots_.empty()) {
      if (const Slot& slot = slots_[find_slot(mix_phrase_hash(hash), key)]; slot.entry != 0)
        return values_[slot.entry - 1];
    }
    keys_.emplace_back(key);
    hashes_.push_back(hash);
    values_.push_back(std::move(value));
    if (keys_.size() * 2 > slots_.size()) {
      rehash(slots_.empty() ? 64 : slots_.size() * 2);
    } else {
      place(keys_.size() - 1);
    }
    return values_.back();
  }

  const Value* find(const PhraseKey& key) const {
    if (slots_.empty() || !may_contain(key.mixed)) return nullptr;
    const uint32_t entry = slots_[find_slot(key.mixed, key.text)].entry;
    return entry ? &values_[entry - 1] : nullptr;
  }
  Value* find(const PhraseKey& key) {
    return const_cast<Value*>(static_cast<const PhraseTable&>(*this).find(key));
  }
  bool contains(const PhraseKey& key) const { return find(key) != nullptr; }

  // Words [first, last) of `scanned` joined as `periods` says.
  const Value* find_words(const ScannedDocument& scanned, uint32_t first, uint32_t last,
                          JoinPeriods periods) const {
    if (slots_.empty()) return nullptr;
    PhraseHash hash;
    uint32_t words = 0;
    uint32_t only = first;  // the word, when there is one
    for (uint32_t index = first; index < last; ++index) {
      if (periods == JoinPeriods::kSkip && phrase_table_detail::is_period(scanned.norms[index]))
        continue;
      hash = words > 0 ? hash.then(scanned.hashes[index]) : scanned.hashes[index];
      only = index;
      ++words;
    }
    const uint64_t mixed = words == 1 ? scanned.mixed_hashes[only] : mix_phrase_hash(hash.value);
    if (!may_contain(mixed)) return nullptr;
    const auto tag = static_cast<uint32_t>(mixed >> 32);
    const uint64_t mask = slots_.size() - 1;
    for (uint64_t index = mixed & mask;; index = (index + 1) & mask) {
      const Slot& slot = slots_[index];
      if (slot.entry == 0) return nullptr;
      if (slot.tag == tag &&
          phrase_table_detail::equals_joined(keys_[slot.entry - 1], scanned, first, last, periods))
        return &values_[slot.entry - 1];
    }
  }

  size_t size() const { return keys_.size(); }

 private:
  struct Slot {
    uint32_t tag = 0;    // high half of the mixed hash: most misses stop here
    uint32_t entry = 0;  // entry index + 1; 0 marks an empty slot
  };

  // The filter word of a mixed hash and the two bits a key sets in it (a blocked Bloom filter:
  // one cache line per test). Bits 32 and up; slots use the low ones.
  uint64_t filter_word(uint64_t mixed) const { return (mixed >> 32) & filter_mask_; }
  static uint64_t filter_bits(uint64_t mixed) {
    return (uint64_t{1} << ((mixed >> 52) & 63)) | (uint64_t{1} << (mixed >> 58));
  }
  // False when no key has this mixed hash's filter bits.
  bool may_contain(uint64_t mixed) const {
    const uint64_t bits = filter_bits(mixed);
    return (filter_[filter_word(mixed)] & bits) == bits;
  }

  // The slot holding `key` (whose mixed hash is `mixed`), or the empty slot where it would go.
  // Requires slots.
  size_t find_slot(uint64_t mixed, std::string_view key) const {
    const auto tag = static_cast<uint32_t>(mixed >> 32);
    const uint64_t mask = slots_.size() - 1;
    for (uint64_t index = mixed & mask;; index = (index + 1) & mask) {
      const Slot& slot = slots_[index];
      if (slot.entry == 0 || (slot.tag == tag && keys_[slot.entry - 1] == key)) return index;
    }
  }

  void place(size_t entry) {
    const uint64_t mixed = mix_phrase_hash(hashes_[entry]);
    const size_t index = find_slot(mixed, keys_[entry]);
    slots_[index] = {static_cast<uint32_t>(mixed >> 32), static_cast<uint32_t>(entry + 1)};
    filter_[filter_word(mixed)] |= filter_bits(mixed);
  }

  // Slots for up to slot_count / 2 entries, and a filter of 4 bits per slot (8 or more per
  // entry: about 5% of misses pass it).
  void rehash(size_t slot_count) {
    slots_.assign(slot_count, Slot{});
    filter_.assign(slot_count / 16, 0);
    filter_mask_ = slot_count / 16 - 1;
    for (size_t entry = 0; entry < keys_.size(); ++entry) place(entry);
  }

  std::vector<std::string> keys_;
  std::vector<uint64_t> hashes_;
  std::vector<Value> values_;
  std::vector<Slot> slots_;       // a power of two, at least twice the entries
  std::vector<uint64_t> filter_;  // a power of two of 64-bit words
  uint64_t filter_mask_ = 0;      // filter_.size() - 1
};

}  // namespace herald::extract

// FlatIdMap: an open-addressing hash table from 64-bit keys to 64-bit values, built once and
// then read by many threads. Lookups are one hash and a short linear probe over a contiguous
// array (no per-node pointers), which is what the per-token lookups of the coder need.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace herald::actors {

class FlatIdMap {
 public:
  static constexpr uint64_t kEmpty = ~uint64_t{0};  // reserved: never a key

  void insert(uint64_t key, uint64_t value) {
    if ((size_ + 1) * 2 > slots_.size()) grow();
    place(key, value);
  }
  // Returns kEmpty when absent.
  uint64_t find(uint64_t key) const {
    if (slots_.empty()) return kEmpty;
    const size_t mask = slots_.size() - 1;
    for (size_t slot = mix(key) & mask;; slot = (slot + 1) & mask) {
      if (slots_[slot].key == key) return slots_[slot].value;
      if (slots_[slot].key == kEmpty) return kEmpty;
    }
  }
  size_t size() const { return size_; }

 private:
  struct Slot {
    uint64_t key = kEmpty;
    uint64_t value = 0;
  };
  static uint64_t mix(uint64_t key) {
    key ^= key >> 33;
    key *= 0xff51afd7ed558ccdULL;
    key ^= key >> 33;
    return key;
  }
  void place(uint64_t key, uint64_t value) {
    const size_t mask = slots_.size() - 1;
    for (size_t slot = mix(key) & mask;; slot = (slot + 1) & mask) {
      if (slots_[slot].key == key) {
        slots_[slot].value = value;
        return;
      }
      if (slots_[slot].key == kEmpty) {
        slots_[slot] = {key, value};
        ++size_;
        return;
      }
    }
  }
  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
    size_ = 0;
    for (const Slot& slot : old)
      if (slot.key != kEmpty) place(slot.key, slot.value);
  }
  std::vector<Slot> slots_;
  size_t size_ = 0;
};

}  // namespace herald::actors

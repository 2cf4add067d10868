// PhraseHash and PhraseKey: the hash under which normalized words and phrases ("new york") are
// stored in and looked up from PhraseTable (phrase_table.h).
//
// The hash is polynomial over the bytes, H(s) = sum s[i] * B^(n-1-i) mod 2^64, because it
// composes: the hash of "a b" follows from the hashes of "a" and "b" in O(1). A document's words
// are hashed once (ScannedDocument::hashes) and every multi-word lookup composes its key's hash
// from them instead of joining strings and hashing the joined bytes again. PhraseTable mixes the
// value before using it as a slot index and compares the key bytes on a hash match, so weak low
// bits or collisions cost time, never a wrong answer.
//
// Thread-safety: values; pure functions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace herald::extract {

struct PhraseHash {
  static constexpr uint64_t kBase = 0x100000001b3ULL;  // odd, so multiplication is invertible

  uint64_t value = 0;  // H(text)
  uint64_t power = 1;  // B^|text|

  static PhraseHash of(std::string_view text) {
    PhraseHash hash;
    for (const char c : text) hash.value = hash.value * kBase + static_cast<unsigned char>(c);
    hash.power = power_of(text.size());
    return hash;
  }
  // B^length, by squaring (the value chain above is the one that must stay serial).
  static uint64_t power_of(size_t length) {
    uint64_t result = 1;
    uint64_t square = kBase;
    for (; length > 0; length >>= 1, square *= square)
      if (length & 1) result *= square;
    return result;
  }
  // The hash of this text, a space, then `next`'s text.
  PhraseHash then(const PhraseHash& next) const {
    return {(value * kBase + static_cast<unsigned char>(' ')) * next.power + next.value,
            power * kBase * next.power};
  }
};

// Spreads the polynomial hash's weak low bits before a table uses them (MurmurHash3 fmix64).
inline uint64_t mix_phrase_hash(uint64_t hash) {
  hash ^= hash >> 33;
  hash *= 0xff51afd7ed558ccdULL;
  hash ^= hash >> 33;
  hash *= 0xc4ceb9fe1a85ec53ULL;
  hash ^= hash >> 33;
  return hash;
}

// A normalized word or phrase with its mixed PhraseHash value, the form tables look keys up
// by. Made from a string (hashing it) or from a word of a ScannedDocument (ScannedDocument::key,
// hashed and mixed once per document). The text is a view: a key must not outlive the string
// it was made from. Implicit from strings so that lookups read `list.contains("said")`.
struct PhraseKey {
  std::string_view text;
  uint64_t mixed = 0;  // mix_phrase_hash(PhraseHash::of(text).value)

  PhraseKey(std::string_view key_text)
      : text(key_text), mixed(mix_phrase_hash(PhraseHash::of(key_text).value)) {}
  PhraseKey(const std::string& key_text) : PhraseKey(std::string_view(key_text)) {}
  PhraseKey(const char* key_text) : PhraseKey(std::string_view(key_text)) {}
  // From PhraseHash::of(key_text).value (not checked: a wrong hash only fails to find).
  PhraseKey(std::string_view key_text, uint64_t hash)
      : text(key_text), mixed(mix_phrase_hash(hash)) {}
  // From a value already mixed.
  static PhraseKey premixed(std::string_view key_text, uint64_t mixed_hash) {
    PhraseKey key(key_text, 0);
    key.mixed = mixed_hash;
    return key;
  }
};

}  // namespace herald::extract

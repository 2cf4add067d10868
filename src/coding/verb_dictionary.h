// The verb dictionary in PETRARCH2 format, compiled for lookup by verb word.
//
// Format (docs/dictionary-formats.md): synonym sets `&NAME` followed by `+phrase` lines;
// verb families opened by `--- NAME [code] ---`; verb lines `WORD {IRREGULAR FORMS} [code]`
// (multi-word verbs join words with `_` and mark the verb word with `+`); patterns
// `- words * words [code]` where `*` is the verb, words joined by `_` must be adjacent,
// `&NAME` is a synonym set, `+` the target, `$` the source, `%` a compound actor (before the
// verb: the members of a compound subject act on each other; after it: a compound target), `^` any
// phrase, and `{...}` / `(...)` group words. A code `[a:b]` codes a from source to target and
// b back from target to source; `---` is the null code (no event).
//
// Every verb form (regular English forms are generated; irregular ones come from {...})
// maps to the family's entries. Malformed lines are reported and skipped. Immutable after
// load; thread-safe.
#pragma once

#include <algorithm>
#include <cstdint>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "actors/vocabulary.h"
#include "coding/dictionary_lines.h"

namespace herald::coding {

enum class ElementKind : uint8_t { kWord, kSynset, kTarget, kSource, kCompound, kAny };

// A 256-bit set of word ids (bit id % 256): a cheap test that a sentence may contain words.
struct WordSignature {
  uint64_t bits[4] = {0, 0, 0, 0};
  void add(uint32_t id) { bits[(id >> 6) & 3] |= uint64_t{1} << (id & 63); }
  bool has(uint32_t id) const { return bits[(id >> 6) & 3] & (uint64_t{1} << (id & 63)); }
  // Every word of `this` may be in `other`.
  bool within(const WordSignature& other) const {
    return !((bits[0] & ~other.bits[0]) | (bits[1] & ~other.bits[1]) | (bits[2] & ~other.bits[2]) |
             (bits[3] & ~other.bits[3]));
  }
  // Some word of `this` may be in `other`.
  bool meets(const WordSignature& other) const {
    return (bits[0] & other.bits[0]) | (bits[1] & other.bits[1]) | (bits[2] & other.bits[2]) |
           (bits[3] & other.bits[3]);
  }
};

struct PatternElement {
  ElementKind kind = ElementKind::kWord;
  uint32_t word = 0;      // kWord: vocabulary id of the normalized word
  uint32_t synset = 0;    // kSynset: index into VerbDictionary::synsets()
  bool adjacent = false;  // must immediately follow the previous element (or the verb)
};

struct EventCode {
  std::string code;        // "064"; "---" = null
  std::string reciprocal;  // from `[a:b]`: b, coded from target back to source; "" = none
  bool is_null() const { return code.empty() || code == "---"; }
  // "+++" marks a pattern that must not code (TABARI's "ignore this match").
  bool is_ignored() const { return code == "+++"; }
  // `[:b]` codes only the reversed event (target back to source).
  bool codes_something() const { return !is_null() || !reciprocal.empty(); }
};

struct VerbPattern {
  std::vector<PatternElement> before;  // in text order, ending next to the verb
  std::vector<PatternElement> after;   // in text order, starting next to the verb
  EventCode code;
  std::string written;  // the line as written
  uint32_t line = 0;
  uint32_t weight = 0;                   // words and synsets required; more specific patterns win
  std::vector<uint32_t> required_words;  // plain words (ids) the sentence must contain
  WordSignature required_signature;      // the required words
  std::vector<uint32_t> synsets;         // synonym sets the pattern needs
  bool has_compound = false;             // `%` before the verb: the compound subject acts on itself
};

struct VerbFamily {
  std::string name;
  EventCode code;
  uint32_t line = 0;
  std::vector<uint32_t> patterns;  // indices into VerbDictionary::patterns()
  // The patterns' required-word signatures, side by side, so that rejecting patterns for a
  // sentence reads one contiguous array.
  std::vector<WordSignature> signatures;
};

// One way of writing a verb: its head word form plus words that must surround it.
struct VerbForm {
  std::vector<uint32_t> before;  // words (ids) right before the head ("wire" in "wire tap")
  std::vector<uint32_t> after;   // words (ids) right after the head ("down" in "break down")
  uint32_t family = 0;
  EventCode code;  // the form's own code, else the family's
  std::string written;
  uint32_t line = 0;
};

struct Synset {
  std::string name;
  std::vector<std::vector<uint32_t>> phrases;  // word ids
  bool plurals = true;                         // false when the label ends with '_'
  WordSignature first_signature;               // each phrase's first word
  WordSignature last_signature;                // each phrase's last word
  // Built by VerbDictionary: phrase indices ordered by their first (last) word, and those
  // words in the same order.
  std::vector<uint32_t> by_first_word, first_words, by_last_word, last_words;

  // Indices into `phrases` of the phrases whose first (last) word is `word`, in file order,
  // so that a match tries only those.
  std::span<const uint32_t> phrases_starting_with(uint32_t word) const {
    return with_word(first_words, by_first_word, word);
  }
  std::span<const uint32_t> phrases_ending_with(uint32_t word) const {
    return with_word(last_words, by_last_word, word);
  }

 private:
  static std::span<const uint32_t> with_word(const std::vector<uint32_t>& words,
                                             const std::vector<uint32_t>& order, uint32_t word) {
    const auto range = std::equal_range(words.begin(), words.end(), word);
    return {order.data() + (range.first - words.begin()),
            static_cast<size_t>(range.second - range.first)};
  }
};

class VerbDictionary {
 public:
  // Words are interned into `vocabulary`, which must outlive the dictionary.
  explicit VerbDictionary(actors::Vocabulary& vocabulary) : vocabulary_(&vocabulary) {}

  void add_text(const std::string& name, std::string_view bytes,
                std::vector<DictionaryProblem>& problems);
  Status load_file(const std::string& path, std::vector<DictionaryProblem>& problems);

  // Forms whose head word has vocabulary id `word`; empty if none.
  const std::vector<uint32_t>& forms_for(uint32_t word) const;
  const VerbForm& form(uint32_t index) const { return forms_[index]; }
  const VerbFamily& family(uint32_t index) const { return families_[index]; }
  size_t family_count() const { return families_.size(); }
  const VerbPattern& pattern(uint32_t index) const { return patterns_[index]; }
  const Synset& synset(uint32_t index) const { return synsets_[index]; }
  const std::string& file() const { return file_; }
  size_t form_count() const { return forms_.size(); }
  size_t pattern_count() const { return patterns_.size(); }

 private:
  void finish_synsets();
  bool parse_pattern(std::string_view text, VerbPattern& pattern, std::string& reason);
  void add_form(std::vector<std::string> words, size_t head, uint32_t family, EventCode code,
                const std::string& written, uint32_t line);

  actors::Vocabulary* vocabulary_;
  std::string file_;
  std::vector<VerbForm> forms_;
  std::vector<VerbFamily> families_;
  std::vector<VerbPattern> patterns_;
  std::vector<Synset> synsets_;
  std::unordered_map<std::string, uint32_t> synset_by_name_;
  std::unordered_map<uint32_t, std::vector<uint32_t>> forms_by_word_;
};

// Regular English forms of a verb (base, -s, -ed, -ing, with the usual spelling rules).
std::vector<std::string> regular_verb_forms(const std::string& base);

// Parses "[064]", "[032:033]", "[---]" contents into an EventCode.
EventCode parse_event_code(std::string_view inside);

}  // namespace herald::coding

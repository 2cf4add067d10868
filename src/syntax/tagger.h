// Part-of-speech tagging: a bigram hidden Markov model decoded with Viterbi.
//
// Emissions and transitions come from the Lexicon (Penn-Treebank-derived counts shipped by
// Debian's liblingua-en-tagger-perl). Unknown words get a distribution from their suffix
// and capitalization; numbers, symbols and brackets are decided by their shape. Typographic
// quotes, dashes and apostrophes are looked up in their ASCII treebank spelling.
//
// Cost is linear in sentence length: each position has only the candidate tags its word
// allows. Thread-safety: tag() is const; each thread passes its own Scratch so nothing is
// allocated per sentence once the buffers have grown.
#pragma once

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "syntax/lexicon.h"
#include "syntax/tag_set.h"

namespace herald::syntax {

class Tagger {
 public:
  struct Scratch {
    std::vector<TagScore> candidates;
    std::vector<uint32_t> offsets;
    std::vector<float> scores;
    std::vector<int32_t> back;
    std::string lowered;
    std::string spelled;
    // Whether the lexicon allows word `i` the tag `tag` (one of its candidates).
    bool allows(size_t i, Tag tag) const {
      for (uint32_t k = offsets[i]; k < offsets[i + 1]; ++k)
        if (candidates[k].tag == tag) return true;
      return false;
    }
  };

  explicit Tagger(std::shared_ptr<const Lexicon> lexicon) : lexicon_(std::move(lexicon)) {}

  // Tags one sentence's words; `tags` is resized to words.size().
  void tag(std::span<const std::string_view> words, std::vector<Tag>& tags, Scratch& scratch) const;

  const Lexicon& lexicon() const { return *lexicon_; }

 private:
  void candidates_for(std::string_view word, size_t position, bool all_capitals, bool after_opening,
                      int& quote_parity, Scratch& scratch) const;
  void repair_verbs(std::span<const std::string_view> words, std::vector<Tag>& tags,
                    const Scratch& scratch) const;
  void ensure_finite_verb(std::span<const std::string_view> words, std::vector<Tag>& tags,
                          const Scratch& scratch) const;
  void repair_nouns_before_times(std::span<const std::string_view> words, std::vector<Tag>& tags,
                                 const Scratch& scratch) const;
  void repair_participles_after_stances(std::span<const std::string_view> words,
                                        std::vector<Tag>& tags, const Scratch& scratch) const;
  std::shared_ptr<const Lexicon> lexicon_;
};

}  // namespace herald::syntax

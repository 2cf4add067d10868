// The English lexicon behind tagging and lemmatization, loaded once from Debian packages.
//
// Sources, read at run time from the installed packages and never copied into herald:
//   - liblingua-en-tagger-perl: /usr/share/perl5/Lingua/EN/Tagger/words.yml (Penn-Treebank-
//     derived word/tag counts), tags.yml (tag bigram probabilities), GPL-3;
//   - wordnet-base: /usr/share/wordnet/{noun,verb,adj}.exc (irregular forms) and
//     index.{noun,verb,adj} (base forms that exist).
// From these the loader derives emission scores per word, a suffix model for unknown words
// (tag distributions of rare words by their last 1-4 letters, as TnT does) and the lemma
// tables.
//
// Ownership and thread-safety: load_lexicon returns a shared immutable object, cached per
// set of paths for the life of the process; every stage and thread shares it read-only.
// Failure: a missing or unreadable file is an error naming the file and the Debian package
// that provides it.
#pragma once

#include <array>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "herald/status.h"
#include "syntax/tag_set.h"

namespace herald::syntax {

struct LexiconPaths {
  std::string lingua_dir = "/usr/share/perl5/Lingua/EN/Tagger";
  std::string wordnet_dir = "/usr/share/wordnet";
};

// One candidate tag for a word with its emission score: log P(tag | word) - log P(tag),
// which ranks tags exactly as log P(word | tag) does in a Viterbi search.
struct TagScore {
  Tag tag;
  float score;
};

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};

class Lexicon {
 public:
  // The candidate tags of a known word form (exact spelling), or nullptr.
  const std::vector<TagScore>* word(std::string_view form) const;
  // Candidates for an unseen word from its suffix (lower-cased) and shape.
  const std::vector<TagScore>& suffix_guess(std::string_view lowered) const;
  float transition(Tag from, Tag to) const { return transitions_[from][to]; }
  Tag start_tag() const { return kPeriod; }  // the tag before a sentence (Lingua's convention)

  // Lemma tables from WordNet.
  const std::string* irregular(char part_of_speech, std::string_view form) const;  // 'n' 'v' 'a'
  bool is_base_form(char part_of_speech, std::string_view form) const;

  size_t word_count() const { return words_.size(); }

 private:
  friend Result<std::shared_ptr<const Lexicon>> load_lexicon_uncached(const LexiconPaths&);
  using WordMap =
      std::unordered_map<std::string, std::vector<TagScore>, StringHash, std::equal_to<>>;
  using FormMap = std::unordered_map<std::string, std::string, StringHash, std::equal_to<>>;
  using FormSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;
  WordMap words_;
  WordMap suffixes_;
  std::vector<TagScore> default_guess_;
  std::array<std::array<float, kTagCount>, kTagCount> transitions_{};
  std::array<FormMap, 3> irregular_;  // noun, verb, adjective
  std::array<FormSet, 3> base_forms_;
};

// Loads (once per paths; later calls return the same object) or explains what is missing.
Result<std::shared_ptr<const Lexicon>> load_lexicon(const LexiconPaths& paths = {});

}  // namespace herald::syntax

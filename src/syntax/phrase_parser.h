// A deterministic phrase-structure parser for tagged sentences.
//
// herald's own parser, built for speed and for what the event coder reads: trees in the
// shape of Stanford CoreNLP / Penn Treebank parses (ROOT, S, NP, VP, PP, SBAR, ADJP, ADVP,
// PRT, WHNP, WHADVP, WHPP, FRAG), with the subject NP, the VP with its verb and object NP/PP,
// SBAR clauses (complement, relative, subordinate) and coordinated NPs where the coder
// looks for them. It works as a two-pass cascade, linear in the sentence length:
//   1. chunking, left to right: base NPs (with possessives), verb groups (auxiliaries,
//      modals, "to", negation), adjective and adverb phrases, particles, and single words;
//   2. attachment, right to left over the chunks: prepositions take the phrase after them;
//      verb groups take their complements (objects, PPs, clauses) and nest auxiliaries as
//      treebank VPs do; NPs take "of"-PPs, relative clauses, appositives, infinitives and
//      coordinated NPs, then become subjects of a finite VP that follows; complementizers,
//      subordinators and wh-words take the clause after them. The chunks left over form
//      the sentence: a single clause is flattened so that fronted modifiers and final
//      punctuation sit in the top S, as in the treebank.
// See docs/syntax.md for the measured bracket F1 against the PETRARCH2 suite's trees.
//
// Thread-safety: parse() is const; each thread passes its own Scratch. No recursion: every
// walk uses explicit stacks, so depth is bounded only by the sentence-length cap.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "herald/document.h"
#include "syntax/tag_set.h"

namespace herald::syntax {

class PhraseParser {
 public:
  enum class Phrase : uint8_t {
    kRoot,
    kS,
    kSBAR,
    kNP,
    kVP,
    kPP,
    kADJP,
    kADVP,
    kPRT,
    kWHNP,
    kWHADVP,
    kFRAG,
    kPRN,
    kQP,
    kCONJP,
    kWHPP,
    kPreterminal
  };
  enum class Kind : uint8_t {
    kNP,
    kVerbGroup,
    kVP,
    kInfinitive,
    kS,
    kSBAR,
    kRelative,
    kPP,
    kADJP,
    kADVP,
    kPRT,
    kIN,
    kTO,
    kWH,
    kCC,
    kPunct,
    kOther
  };
  struct Node {
    Phrase phrase = Phrase::kPreterminal;
    Tag tag = kNN;                // for preterminals
    uint32_t begin = 0, end = 0;  // sentence-relative tokens
    int32_t first_child = -1, last_child = -1, next_sibling = -1;
  };
  struct Item {
    Kind kind = Kind::kOther;
    int32_t node = -1;  // -1 for a verb group not yet built
    uint32_t begin = 0, end = 0;
    bool finite = false;  // VP/S: has a finite verb
    bool has_subject = false;
    bool barrier = false;   // a comma before a closing reporting clause ("..., officials said.")
    bool parallel = false;  // NP: a list of phrases with the same preposition ("X in A and Y in B")
    Tag first_tag = kNN;    // first token's tag (verb group: first verb)
    Tag head_tag = kNN;     // NP: last token's tag
  };
  struct Scratch {
    std::vector<Node> nodes;
    std::vector<Item> items;
    std::vector<Item> stack;
    std::vector<Item> complements;
    std::vector<Item> closing;
    std::vector<Item> spare_items;
    std::vector<int32_t> walk;
    std::vector<int32_t> children;
  };

  // Parses one sentence. `lowered` are the words in lower case (Token::norm), `tags` their
  // tags; `token_offset` is the index of the sentence's first token in the Document, which
  // the tree's token ranges use. Writes a preorder tree rooted at ROOT into `tree`.
  void parse(std::span<const std::string_view> lowered, std::span<const Tag> tags,
             uint32_t token_offset, std::vector<TreeNode>& tree, Scratch& scratch) const;
};

}  // namespace herald::syntax

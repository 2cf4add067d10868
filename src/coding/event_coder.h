// EventCoder: who did what to whom in one parsed sentence, coded in CAMEO.
//
// Given a sentence's tokens and phrase-structure tree and a DictionarySet, the coder:
//   1. checks the discard phrases (a match marks the sentence discarded, no events);
//   2. finds actor and agent phrases by longest dictionary match over the tokens;
//   3. codes every noun phrase bottom-up (no recursion): actors in the phrase's own words,
//      agents composed onto them (`~GOV` appended, `NGO~` prepended), an agent-only phrase
//      taking the actor of its prepositional complement ("officials in Fornost"), compound
//      phrases ("Fornost and Gondor", "media and government") expanded into several actors;
//   4. for every verb the dictionary knows, picks the most specific pattern that matches the
//      words around it, else the verb's own code; finds the source (the clause subject,
//      climbing through verb-phrase chains) and target (first coded noun phrase after the
//      verb), with passive "by" phrases swapped, pattern `$`/`+` positions taking priority;
//   5. emits one event per (source, target) pair, plus the reciprocal code of `[a:b]`, with
//      evidence naming the dictionary lines that fired.
//
// The coder is immutable after construction and safe to use from many threads at once.
// Working memory is per call (small vectors sized to the sentence).
#pragma once

#include <memory>

#include "coding/dictionary_set.h"
#include "herald/document.h"

namespace herald::coding {

class EventCoder {
 public:
  explicit EventCoder(std::shared_ptr<const DictionarySet> dictionaries);

  // Codes sentence `sentence_index` of `document` with `options`; appends to
  // document.mentions and document.events. The sentence must have tokens and a tree;
  // a sentence without a tree is left alone.
  void code_sentence(Document& document, int32_t sentence_index,
                     const CodingOptions& options) const;
  // Checks discard phrases over the whole document first (a story discard stops every
  // sentence), then codes each sentence.
  void code_document(Document& document, const CodingOptions& options) const;

  const DictionarySet& dictionaries() const { return *dictionaries_; }

 private:
  std::shared_ptr<const DictionarySet> dictionaries_;
};

}  // namespace herald::coding

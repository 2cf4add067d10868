// SyntaxStage: part-of-speech tags, lemmas and a phrase-structure tree for every sentence.
//
// Requires sentences and tokens (the TextStage); assigns Token::tag, Token::lemma and
// Sentence::tree. Sentences that already carry a tree (pre-parsed input) are left alone.
// The lexicon is loaded once by make_syntax_stage and shared read-only.
//
// Thread-safety: run() is const; per-thread scratch buffers are thread_local, so threads
// never share mutable state. Failure: make_syntax_stage fails when a lexicon file is
// missing, naming the file and the Debian package to install.
#pragma once

#include <memory>

#include "herald/pipeline.h"
#include "syntax/lexicon.h"
#include "syntax/phrase_parser.h"
#include "syntax/tagger.h"

namespace herald {

class SyntaxStage : public Stage {
 public:
  explicit SyntaxStage(std::shared_ptr<const syntax::Lexicon> lexicon)
      : tagger_(std::move(lexicon)) {}
  std::string_view name() const override { return "syntax"; }
  AnnotationSet requires_annotations() const override {
    return {Annotation::kSentences, Annotation::kTokens};
  }
  AnnotationSet assigns_annotations() const override {
    return {Annotation::kTags, Annotation::kTrees};
  }
  Status run(Document& document) const override;

  // Tags and lemmatizes one sentence's tokens (no tree).
  void tag_sentence(Document& document, Sentence& sentence) const;
  // Builds the tree of a tagged sentence.
  void parse_sentence(const Document& document, Sentence& sentence) const;

 private:
  syntax::Tagger tagger_;
  syntax::PhraseParser parser_;
};

Result<std::unique_ptr<SyntaxStage>> make_syntax_stage(const syntax::LexiconPaths& paths = {});

}  // namespace herald

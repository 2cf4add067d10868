#include "syntax/syntax_stage.h"

#include "syntax/lemmatizer.h"

namespace herald {
namespace {

struct ThreadScratch {
  syntax::Tagger::Scratch tagger;
  syntax::PhraseParser::Scratch parser;
  std::vector<std::string_view> words;
  std::vector<std::string_view> lowered;
  std::vector<syntax::Tag> tags;
};

ThreadScratch& thread_scratch() {
  thread_local ThreadScratch scratch;
  return scratch;
}

}  // namespace

void SyntaxStage::tag_sentence(Document& document, Sentence& sentence) const {
  ThreadScratch& scratch = thread_scratch();
  scratch.words.clear();
  for (uint32_t i = sentence.token_begin; i < sentence.token_end; ++i)
    scratch.words.push_back(document.text_of(document.tokens[i].span));
  tagger_.tag(scratch.words, scratch.tags, scratch.tagger);
  for (uint32_t i = sentence.token_begin; i < sentence.token_end; ++i) {
    Token& token = document.tokens[i];
    const syntax::Tag tag = scratch.tags[i - sentence.token_begin];
    token.tag.assign(syntax::tag_name(tag));
    syntax::lemmatize(tagger_.lexicon(), scratch.words[i - sentence.token_begin], token.norm, tag,
                      token.lemma);
  }
}

void SyntaxStage::parse_sentence(const Document& document, Sentence& sentence) const {
  ThreadScratch& scratch = thread_scratch();
  scratch.lowered.clear();
  scratch.tags.clear();
  for (uint32_t i = sentence.token_begin; i < sentence.token_end; ++i) {
    const Token& token = document.tokens[i];
    scratch.lowered.push_back(token.norm);
    scratch.tags.push_back(syntax::tag_from_name(token.tag).value_or(syntax::kNN));
  }
  parser_.parse(scratch.lowered, scratch.tags, sentence.token_begin, sentence.tree, scratch.parser);
}

Status SyntaxStage::run(Document& document) const {
  for (Sentence& sentence : document.sentences) {
    if (!sentence.tree.empty() || sentence.token_begin >= sentence.token_end) continue;
    tag_sentence(document, sentence);
    parse_sentence(document, sentence);
  }
  return Status::ok();
}

Result<std::unique_ptr<SyntaxStage>> make_syntax_stage(const syntax::LexiconPaths& paths) {
  Result<std::shared_ptr<const syntax::Lexicon>> lexicon = syntax::load_lexicon(paths);
  if (!lexicon.is_ok()) return lexicon.status();
  return std::make_unique<SyntaxStage>(*lexicon);
}

}  // namespace herald

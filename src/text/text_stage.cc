#include "text/text_stage.h"

#include <fmt/format.h>

#include "text/normalize.h"

namespace herald {

Status TextStage::run(Document& document) const {
  if (document.text.size() > UINT32_MAX)
    return Status::resource_limit(
        fmt::format("text of {} bytes exceeds 4 GB", document.text.size()));
  text::Segmentation segmentation;
  std::vector<Sentence> given;
  if (!document.sentences.empty() && document.tokens.empty()) {
    given = std::move(document.sentences);
    for (const Sentence& sentence : given)
      text::segment_as_one_sentence(document.text, sentence.span, segmentation, limits_);
  } else {
    text::segment(document.text, {0, static_cast<uint32_t>(document.text.size())}, segmentation,
                  limits_);
  }

  document.tokens.clear();
  document.tokens.reserve(segmentation.tokens.size());
  for (const Span& span : segmentation.tokens) {
    Token token;
    token.span = span;
    token.norm = normalize_for_matching(document.text_of(span));
    document.tokens.push_back(std::move(token));
  }

  document.sentences.clear();
  document.sentences.reserve(segmentation.sentences.size());
  size_t given_index = 0;
  for (const text::TokenRange& range : segmentation.sentences) {
    Sentence sentence;
    sentence.token_begin = range.begin;
    sentence.token_end = range.end;
    sentence.span = {segmentation.tokens[range.begin].begin,
                     segmentation.tokens[range.end - 1].end};
    // Reader-given sentences keep their id and date (a split one passes them to each piece).
    while (given_index < given.size() && given[given_index].span.end <= sentence.span.begin)
      ++given_index;
    if (given_index < given.size() && given[given_index].span.contains(sentence.span)) {
      sentence.id = given[given_index].id;
      sentence.date = given[given_index].date;
      sentence.discarded = given[given_index].discarded;
      sentence.discard_reason = given[given_index].discard_reason;
    }
    document.sentences.push_back(std::move(sentence));
  }

  for (const text::LongSentence& long_sentence : segmentation.long_sentences)
    document.diagnostics.push_back(
        {"text",
         fmt::format("bytes {}-{}: a sentence of {} tokens was split into {} pieces of at most {} "
                     "tokens",
                     long_sentence.span.begin, long_sentence.span.end, long_sentence.tokens,
                     long_sentence.pieces, limits_.max_sentence_tokens),
         long_sentence.span});
  if (segmentation.tokens_cut > 0)
    document.diagnostics.push_back(
        {"text",
         fmt::format("{} tokens longer than {} bytes were cut into pieces", segmentation.tokens_cut,
                     limits_.tokenizer.max_token_bytes),
         {}});
  return Status::ok();
}

}  // namespace herald

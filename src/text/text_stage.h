// TextStage: sentences and tokens for a document's raw text.
//
// Assigns Document::sentences and Document::tokens (with Token::norm =
// normalize_for_matching). When a reader already gave sentence spans (pre-segmented input
// such as PETRARCH records) and no tokens, those boundaries are kept and only tokenized, so
// sentence ids and dates survive. Over-long sentences and tokens are split, never rejected,
// and each split is recorded as a Diagnostic naming the byte offsets.
//
// Thread-safety: run() is const and holds no mutable state.
#pragma once

#include "herald/pipeline.h"
#include "text/sentence_splitter.h"

namespace herald {

class TextStage : public Stage {
 public:
  explicit TextStage(text::SegmentLimits limits = {}) : limits_(limits) {}
  std::string_view name() const override { return "text"; }
  AnnotationSet requires_annotations() const override { return {Annotation::kText}; }
  AnnotationSet assigns_annotations() const override {
    return {Annotation::kSentences, Annotation::kTokens};
  }
  Status run(Document& document) const override;

 private:
  text::SegmentLimits limits_;
};

}  // namespace herald

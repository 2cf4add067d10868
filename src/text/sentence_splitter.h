// Sentence segmentation over raw article text.
//
// Two layers. First the text is cut into blocks that no sentence crosses: paragraphs
// (blank lines, indented lines), headlines and other lines that end early. Hard-wrapped wire
// text (Reuters-style lines of ~65 columns) is recognised per document: a newline where the
// next word would not have fitted on the line is a soft wrap, not a break. Then each block is
// tokenized and split after . ! ? (with any closing quotes and brackets: `era.”`) when the
// next token can start a sentence, never after titles and initials ("Gen.", "Andrés M.
// López"), and after dotted abbreviations ("U.S.") only when a typical sentence opener
// follows. A dateline opening a paragraph ("BUENOS AIRES, Jan 23 –", "Mexico City –") is a
// sentence of its own, so that the story's first sentence starts at its subject.
//
// Bounds: a sentence longer than max_sentence_tokens is split into pieces (at a comma or
// semicolon near the cap when there is one) and reported; tokens are capped by the
// tokenizer. Time and memory are linear in the text.
//
// Thread-safety: pure functions.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "herald/span.h"
#include "text/tokenizer.h"

namespace herald::text {

struct SegmentLimits {
  uint32_t max_sentence_tokens = 160;
  TokenizerLimits tokenizer;
};

struct TokenRange {
  uint32_t begin = 0;  // indexes into Segmentation::tokens
  uint32_t end = 0;
};

struct LongSentence {
  Span span;  // the whole over-long stretch
  uint32_t tokens = 0;
  uint32_t pieces = 0;
};

struct Segmentation {
  std::vector<Span> tokens;
  std::vector<TokenRange> sentences;  // in text order, non-empty, covering every token
  size_t tokens_cut = 0;              // over-long tokens cut by the tokenizer
  std::vector<LongSentence> long_sentences;
};

// Blocks of `text` that sentences never cross, in order; blank stretches are left out.
std::vector<Span> text_blocks(std::string_view text);

// Tokenizes and segments text[range] (the whole text by default), appending to `out`.
void segment(std::string_view text, Span range, Segmentation& out,
             const SegmentLimits& limits = {});
// Tokenizes text[range] as exactly one sentence (reader-given sentence boundaries), still
// applying the sentence-length cap.
void segment_as_one_sentence(std::string_view text, Span range, Segmentation& out,
                             const SegmentLimits& limits = {});

}  // namespace herald::text

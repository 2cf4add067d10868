// Fuzzes segmentation and tokenization: any bytes give ordered, non-overlapping, bounded
// tokens and sentences, never a crash or a hang.
#include <cstdint>
#include <string>

#include "text/sentence_splitter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  herald::text::Segmentation segmentation;
  herald::text::SegmentLimits limits;
  limits.max_sentence_tokens = 40;
  limits.tokenizer.max_token_bytes = 32;
  herald::text::segment(text, {0, static_cast<uint32_t>(text.size())}, segmentation, limits);
  uint32_t previous_end = 0;
  for (const herald::Span& token : segmentation.tokens) {
    if (token.begin < previous_end || token.end <= token.begin || token.end > text.size())
      __builtin_trap();
    if (token.end - token.begin > 32) __builtin_trap();
    previous_end = token.end;
  }
  uint32_t next = 0;
  for (const herald::text::TokenRange& range : segmentation.sentences) {
    if (range.begin != next || range.end <= range.begin || range.end - range.begin > 40)
      __builtin_trap();
    next = range.end;
  }
  if (next != segmentation.tokens.size()) __builtin_trap();
  return 0;
}

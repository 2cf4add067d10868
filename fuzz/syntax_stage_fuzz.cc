// Fuzzes the text and syntax stages end to end: any bytes (repaired to UTF-8 as readers do)
// give a valid Document with a tree per sentence, never a crash or a hang.
#include <cstdint>
#include <string>

#include "syntax/syntax_stage.h"
#include "text/text_stage.h"
#include "text/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static auto stage = herald::make_syntax_stage();
  if (!stage.is_ok()) return 0;  // lexicon not installed: nothing to fuzz
  herald::Document document;
  document.text = herald::repair_utf8(std::string_view(reinterpret_cast<const char*>(data), size));
  herald::text::SegmentLimits limits;
  limits.max_sentence_tokens = 60;
  if (!herald::TextStage(limits).run(document).is_ok()) __builtin_trap();
  if (!(*stage)->run(document).is_ok()) __builtin_trap();
  if (!document.validate().is_ok()) __builtin_trap();
  for (const herald::Sentence& sentence : document.sentences) {
    if (sentence.tree.empty() || sentence.tree[0].label != "ROOT") __builtin_trap();
    for (const herald::TreeNode& node : sentence.tree)
      if (node.token_begin < sentence.token_begin || node.token_end > sentence.token_end ||
          node.token_end <= node.token_begin)
        __builtin_trap();
  }
  return 0;
}

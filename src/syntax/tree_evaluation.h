// Evaluation of herald's tags and trees against gold treebank parses (evalb-like).
//
// Gold data: XML files with <Sentence> records holding <Text> and a bracketed <Parse> (the
// PETRARCH2 validation suite, the GigaWord sample). This file reads only those two elements
// (a minimal scan, not the full PETRARCH reader in src/ingest/). Each record's text goes
// through herald's own tokenizer, tagger and parser as one sentence, and is compared with
// the gold tree:
//   - labelled bracket precision, recall and F1: every phrase node except ROOT/TOP and
//     preterminals, labels without function tags (NP-TMP -> NP), spans measured in letters
//     and digits only, so punctuation and tokenization differences do not count (evalb's
//     practice of deleting punctuation); brackets matched as multisets;
//   - tagging accuracy over word tokens whose letters and digits align exactly with a gold
//     leaf (PETRARCH's AUXD/AUXZ/... count as VBD/VBZ/...).
//
// Thread-safety: functions over their arguments. Failure: unreadable file or a record
// without text are errors naming the file and byte offset; gold trees that do not parse
// are counted and skipped.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "herald/status.h"
#include "syntax/syntax_stage.h"
#include "text/text_stage.h"

namespace herald::syntax {

struct GoldRecord {
  std::string id;
  std::string text;
  std::string parse;
  size_t offset = 0;  // byte offset of the record in its file
};

// The <Sentence> records of a PETRARCH-style XML file (Text and Parse only).
Result<std::vector<GoldRecord>> read_gold_records(const std::string& path);

struct EvaluationScore {
  size_t records = 0;
  size_t gold_unreadable = 0;  // gold parses that did not read as trees
  size_t gold_brackets = 0;
  size_t test_brackets = 0;
  size_t matched_brackets = 0;
  size_t aligned_tokens = 0;
  size_t correct_tags = 0;
  size_t gold_tokens = 0;

  double precision() const { return test_brackets ? double(matched_brackets) / test_brackets : 0; }
  double recall() const { return gold_brackets ? double(matched_brackets) / gold_brackets : 0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
  double tag_accuracy() const { return aligned_tokens ? double(correct_tags) / aligned_tokens : 0; }
  void add(const EvaluationScore& other);
};

// Runs `text_stage` and `syntax_stage` on each record's text and scores the result.
EvaluationScore evaluate_records(const std::vector<GoldRecord>& records,
                                 const TextStage& text_stage, const SyntaxStage& syntax_stage);

}  // namespace herald::syntax

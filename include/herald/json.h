// JSON views of herald's data model.
//
// document_to_json is what `herald code --json` prints and what golden tests compare: the
// document's metadata and every annotation, each span given as [begin, end] byte offsets
// with the text it covers, so a reader needs nothing else to check a result.
#pragma once

#include <nlohmann/json.hpp>

#include "herald/document.h"
#include "herald/event.h"

namespace herald {

struct JsonOptions {
  bool include_text = true;     // the full article text
  bool include_tokens = false;  // one object per token (large)
  bool include_trees = false;   // bracketed trees per sentence
};

nlohmann::json span_to_json(const Document& document, const Span& span);
nlohmann::json event_to_json(const Document& document, const Event& event);
nlohmann::json document_to_json(const Document& document, const JsonOptions& options = {});

// Serializes on one line. Invalid UTF-8 in any string is replaced (U+FFFD), never thrown:
// herald must print what it found even for damaged input.
std::string json_line(const nlohmann::json& value);

// "(S (NP (NNP Harris)) (VP (VBD met) ...))" for a sentence with a tree; "" otherwise.
std::string bracketed_tree(const Document& document, const Sentence& sentence);

}  // namespace herald

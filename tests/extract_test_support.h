// Shared by the extract system tests: the extract resources from the repository's data/, and
// a Document annotated by the text stage (sentences, tokens) and the extract stage.
#pragma once

#include <memory>
#include <string>

#include "extract/extract_stage.h"
#include "herald/document.h"
#include "support/test_paths.h"
#include "text/text_stage.h"

namespace herald::testing {

inline std::shared_ptr<const extract::ExtractResources> extract_resources() {
  static const auto resources = [] {
    auto loaded = extract::ExtractResources::load(source_path("data"));
    return loaded.is_ok() ? loaded.value() : nullptr;
  }();
  return resources;
}

// Runs sentence splitting and the extract stage over `text` published on `date`.
inline Document extract_document(const std::string& text, const std::string& date) {
  Document document;
  document.text = text;
  if (auto parsed = CivilDate::parse(date)) document.published = *parsed;
  (void)TextStage().run(document);
  extract::ExtractStage stage(extract_resources());
  (void)stage.run(document);
  return document;
}

}  // namespace herald::testing

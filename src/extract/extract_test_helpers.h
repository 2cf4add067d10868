// Test helpers for the extract unit tests: a Document from text and a publication date, split
// by the simple test segmenter, and the extract resources from the repository's data/.
#pragma once

#include <memory>
#include <string>

#include "extract/extract_stage.h"
#include "extract/scanned_document.h"
#include "support/simple_segmenter.h"
#include "support/test_paths.h"

namespace herald::extract::testing {

inline Document make_document(const std::string& text, const std::string& date = "2021-06-08") {
  Document document;
  document.text = text;
  if (auto parsed = CivilDate::parse(date)) document.published = *parsed;
  herald::testing::simple_segment(document);
  return document;
}

inline std::shared_ptr<const ExtractResources> resources() {
  static const auto loaded = [] {
    auto result = ExtractResources::load(herald::testing::source_path("data"));
    return result.is_ok() ? result.value() : nullptr;
  }();
  return loaded;
}

inline Document extract(const std::string& text, const std::string& date = "2021-06-08") {
  Document document = make_document(text, date);
  ExtractStage stage(resources());
  (void)stage.run(document);
  return document;
}

}  // namespace herald::extract::testing

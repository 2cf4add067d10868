#include "coding/coding_stage.h"

namespace herald::coding {

CodingStage::CodingStage(std::shared_ptr<const DictionarySet> dictionaries, CodingOptions options)
    : coder_(std::move(dictionaries)), options_(options) {}

Result<std::unique_ptr<CodingStage>> CodingStage::from_manifest(const std::string& path) {
  auto dictionaries = DictionarySet::load_manifest(path);
  if (!dictionaries.is_ok()) return dictionaries.status();
  const CodingOptions options = dictionaries.value()->options();
  return std::make_unique<CodingStage>(std::move(dictionaries.value()), options);
}

Status CodingStage::run(Document& document) const {
  const size_t first_event = document.events.size();
  coder_.code_document(document, options_);
  for (size_t index = first_event; index < document.events.size(); ++index)
    fill_cameo_fields(document.events[index]);
  return Status::ok();
}

void fill_cameo_fields(Event& event) {
  // The CAMEO table (Goldstein, QuadClass, PLOVER) is wired in by the lead once
  // src/cameo/ is merged; root_code is already set by the coder.
  if (event.root_code.empty() && event.code.size() >= 2) event.root_code = event.code.substr(0, 2);
}

}  // namespace herald::coding

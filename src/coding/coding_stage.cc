#include "coding/coding_stage.h"

namespace herald::coding {

CodingStage::CodingStage(std::shared_ptr<const DictionarySet> dictionaries, CodingOptions options)
    : coder_(std::move(dictionaries)), options_(options), cameo_(cameo::CameoTable::standard()) {}

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
    fill_cameo_fields(document.events[index], cameo_);
  return Status::ok();
}

void fill_cameo_fields(Event& event, const cameo::CameoTable* table) {
  if (event.root_code.empty()) event.root_code = std::string(cameo::CameoTable::root(event.code));
  if (table == nullptr) return;
  const cameo::CameoCode* entry = table->lookup(event.code);
  if (entry == nullptr) return;
  event.goldstein = entry->goldstein;
  event.has_goldstein = true;
  event.quad_class = entry->quad_class;
  event.plover_type = entry->plover_type;
  event.plover_mode = entry->plover_mode;
}

}  // namespace herald::coding

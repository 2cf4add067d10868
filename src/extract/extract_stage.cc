#include "extract/extract_stage.h"

#include "extract/count_finder.h"
#include "extract/date_finder.h"
#include "extract/entity_finder.h"
#include "extract/quote_finder.h"
#include "extract/scanned_document.h"

namespace herald::extract {

Result<std::shared_ptr<const ExtractResources>> ExtractResources::load(
    const std::string& data_dir) {
  auto resources = std::make_shared<ExtractResources>();
  auto gazetteer =
      Gazetteer::load({data_dir + "/gazetteer.tsv", data_dir + "/gazetteer-aliases.tsv"});
  if (!gazetteer.is_ok()) return gazetteer.status();
  resources->gazetteer = std::move(gazetteer).value();
  auto words = EntityLexicon::load(data_dir + "/lexicons/entity-words.tsv");
  if (!words.is_ok()) return words.status();
  resources->entity_words = std::move(words).value();
  auto tone = ToneLexicon::load(data_dir + "/lexicons/afinn-165.tsv");
  if (!tone.is_ok()) return tone.status();
  resources->tone = std::move(tone).value();
  return std::shared_ptr<const ExtractResources>(std::move(resources));
}

Status ExtractStage::run(Document& document) const {
  const ScannedDocument scanned = scan_document(document);
  if (!document.published.has_day())
    document.diagnostics.push_back(
        {"extract", "no publication date: date expressions are not resolved", {}});
  find_dates(document, scanned);
  EntityFinder(resources_->gazetteer, resources_->entity_words).find(document, scanned);
  find_quotes(document, scanned, resources_->entity_words, resources_->gazetteer);
  find_counts(document, scanned);
  resources_->tone.score(document, scanned);
  return Status::ok();
}

}  // namespace herald::extract

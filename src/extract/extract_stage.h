// ExtractStage: entities, places, dates, counts, quotes and tone for a Document
// (GDELT GKG-style), after the coding stage. docs/extract.md describes the rules.
//
// ExtractResources are loaded once from the data folder (gazetteer, entity word lists, tone
// lexicon) and shared read-only by every thread; ExtractStage::run is const. Requires sentence
// spans (Annotation::kSentences, kTokens); reads kActor mentions for actor codes when the
// coder ran. A document without a publication date gets no resolved dates (and a diagnostic).
#pragma once

#include <memory>
#include <string>

#include "extract/entity_lexicon.h"
#include "extract/gazetteer.h"
#include "extract/tone_lexicon.h"
#include "herald/pipeline.h"

namespace herald::extract {

struct ExtractResources {
  Gazetteer gazetteer;
  EntityLexicon entity_words;
  ToneLexicon tone;

  // data/gazetteer.tsv, data/gazetteer-aliases.tsv, data/lexicons/entity-words.tsv,
  // data/lexicons/afinn-165.tsv under `data_dir`. The error names the missing or bad file.
  static Result<std::shared_ptr<const ExtractResources>> load(const std::string& data_dir);
};

class ExtractStage final : public Stage {
 public:
  explicit ExtractStage(std::shared_ptr<const ExtractResources> resources)
      : resources_(std::move(resources)) {}
  std::string_view name() const override { return "extract"; }
  AnnotationSet requires_annotations() const override {
    return {Annotation::kSentences, Annotation::kTokens};
  }
  AnnotationSet assigns_annotations() const override {
    return {Annotation::kMentions, Annotation::kPlaces, Annotation::kQuotes,
            Annotation::kCounts,   Annotation::kDates,  Annotation::kTone};
  }
  Status run(Document& document) const override;

 private:
  std::shared_ptr<const ExtractResources> resources_;
};

}  // namespace herald::extract

// CodingStage: the pipeline stage that codes CAMEO events (see event_coder.h).
//
// Requires sentences, tokens and trees; assigns mentions (actor phrases) and events.
// Holds an immutable DictionarySet shared with anyone else who needs it; run() is const and
// thread-safe.
#pragma once

#include <memory>
#include <string>

#include "cameo/cameo_table.h"
#include "coding/dictionary_set.h"
#include "coding/event_coder.h"
#include "herald/pipeline.h"

namespace herald::coding {

class CodingStage final : public Stage {
 public:
  CodingStage(std::shared_ptr<const DictionarySet> dictionaries, CodingOptions options);
  // Loads the dictionaries named by a manifest (ini file or folder; see dictionary_set.h).
  static Result<std::unique_ptr<CodingStage>> from_manifest(const std::string& path);

  std::string_view name() const override { return "coding"; }
  AnnotationSet requires_annotations() const override {
    return {Annotation::kSentences, Annotation::kTokens, Annotation::kTrees};
  }
  AnnotationSet assigns_annotations() const override {
    return {Annotation::kMentions, Annotation::kEvents};
  }
  Status run(Document& document) const override;

  const EventCoder& coder() const { return coder_; }

 private:
  EventCoder coder_;
  CodingOptions options_;
  const cameo::CameoTable* cameo_ = nullptr;  // herald's standard table; null if not installed
};

// Fills Goldstein, QuadClass and PLOVER fields from the CAMEO table when the code is a
// standard one. Codes outside the table (dictionary test codes) are left without them.
void fill_cameo_fields(Event& event, const cameo::CameoTable* table);

}  // namespace herald::coding

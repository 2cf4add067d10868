// LanguageStage: the pipeline's first stage, identifying each document's language.
//
// Documents whose reader already set a language keep it. Non-English documents are still
// processed (and flagged by the identifier); herald's dictionaries are English, so their
// events, if any, deserve suspicion, which the flag lets a user filter on.
//
// Thread-safety: run() is const; the identifier lends one textcat handle per call.
#pragma once

#include <memory>

#include "herald/pipeline.h"
#include "ingest/language_identifier.h"

namespace herald {

class LanguageStage final : public Stage {
 public:
  explicit LanguageStage(std::unique_ptr<LanguageIdentifier> identifier)
      : identifier_(std::move(identifier)) {}
  std::string_view name() const override { return "language"; }
  AnnotationSet requires_annotations() const override { return {Annotation::kText}; }
  AnnotationSet assigns_annotations() const override { return {}; }
  Status run(Document& document) const override {
    if (document.language.empty()) identifier_->identify(document);
    return Status::ok();
  }

 private:
  std::unique_ptr<LanguageIdentifier> identifier_;
};

}  // namespace herald

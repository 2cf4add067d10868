// Stage and Pipeline: one Document through independent components.
//
// A Stage reads what earlier stages wrote into a Document and adds its own annotations. It
// declares both (requires / assigns) so that a Pipeline can check, when it is built, that
// every stage's inputs are produced by an earlier stage or by the reader; a pipeline missing
// a stage fails at build time with a message that names it.
//
// Thread-safety: Stage::run is const and may be called from many threads at once on
// different Documents; a stage holds only immutable resources (dictionaries, models) that
// were loaded before the pipeline was built. Pipeline is immutable after build().
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "herald/document.h"
#include "herald/status.h"

namespace herald {

// What a Document carries; stages declare sets of these.
enum class Annotation : uint32_t {
  kText = 1u << 0,       // Document::text and metadata (every reader assigns it)
  kSentences = 1u << 1,  // Document::sentences with spans
  kTokens = 1u << 2,     // Document::tokens with spans and norms
  kTags = 1u << 3,       // Token::tag and Token::lemma
  kTrees = 1u << 4,      // Sentence::tree
  kMentions = 1u << 5,   // Document::mentions of actors and entities
  kEvents = 1u << 6,     // Document::events
  kQuotes = 1u << 7,
  kCounts = 1u << 8,
  kDates = 1u << 9,
  kTone = 1u << 10,
  kPlaces = 1u << 11,    // coordinates on location mentions
};

class AnnotationSet {
 public:
  constexpr AnnotationSet() = default;
  constexpr AnnotationSet(std::initializer_list<Annotation> items) {
    for (Annotation item : items) bits_ |= static_cast<uint32_t>(item);
  }
  constexpr bool has(Annotation item) const { return bits_ & static_cast<uint32_t>(item); }
  constexpr bool contains(AnnotationSet other) const { return (bits_ & other.bits_) == other.bits_; }
  constexpr AnnotationSet operator|(AnnotationSet other) const {
    AnnotationSet result;
    result.bits_ = bits_ | other.bits_;
    return result;
  }
  constexpr AnnotationSet without(AnnotationSet other) const {
    AnnotationSet result;
    result.bits_ = bits_ & ~other.bits_;
    return result;
  }
  constexpr bool empty() const { return bits_ == 0; }
  // "sentences, tokens"
  std::string to_string() const;

 private:
  uint32_t bits_ = 0;
};

std::string_view annotation_name(Annotation item);

class Stage {
 public:
  virtual ~Stage() = default;
  virtual std::string_view name() const = 0;
  virtual AnnotationSet requires_annotations() const = 0;
  virtual AnnotationSet assigns_annotations() const = 0;
  // Annotates one document. A problem with this document's content is recorded in
  // Document::diagnostics and the stage returns ok; a non-ok Status means the document could
  // not be processed at all (it is reported and skipped, the run goes on).
  virtual Status run(Document& document) const = 0;
};

class Pipeline {
 public:
  // Checks that each stage's requirements are met by `provided` (what the reader gives)
  // and the stages before it. The error names the first stage whose input is missing.
  static Result<Pipeline> build(std::vector<std::unique_ptr<Stage>> stages,
                                AnnotationSet provided = {Annotation::kText});

  Pipeline(Pipeline&&) = default;
  Pipeline& operator=(Pipeline&&) = default;

  // Runs every stage in order; stops at the first stage that fails and returns its Status
  // prefixed with the stage's name.
  Status run(Document& document) const;
  const std::vector<std::unique_ptr<Stage>>& stages() const { return stages_; }
  AnnotationSet produces() const { return produces_; }

 private:
  Pipeline() = default;
  std::vector<std::unique_ptr<Stage>> stages_;
  AnnotationSet produces_;
};

}  // namespace herald

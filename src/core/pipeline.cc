#include "herald/pipeline.h"

#include <fmt/format.h>

namespace herald {

std::string_view annotation_name(Annotation item) {
  switch (item) {
    case Annotation::kText: return "text";
    case Annotation::kSentences: return "sentences";
    case Annotation::kTokens: return "tokens";
    case Annotation::kTags: return "tags";
    case Annotation::kTrees: return "trees";
    case Annotation::kMentions: return "mentions";
    case Annotation::kEvents: return "events";
    case Annotation::kQuotes: return "quotes";
    case Annotation::kCounts: return "counts";
    case Annotation::kDates: return "dates";
    case Annotation::kTone: return "tone";
    case Annotation::kPlaces: return "places";
  }
  return "?";
}

std::string AnnotationSet::to_string() const {
  std::string text;
  for (uint32_t bit = 1; bit != 0 && bit <= bits_; bit <<= 1) {
    if (!(bits_ & bit)) continue;
    if (!text.empty()) text += ", ";
    text += annotation_name(static_cast<Annotation>(bit));
  }
  return text;
}

Result<Pipeline> Pipeline::build(std::vector<std::unique_ptr<Stage>> stages,
                                 AnnotationSet provided) {
  AnnotationSet available = provided;
  for (const auto& stage : stages) {
    if (!stage) return Status::invalid_argument("pipeline: a stage is missing (null)");
    const AnnotationSet missing = stage->requires_annotations().without(available);
    if (!missing.empty())
      return Status::invalid_argument(
          fmt::format("pipeline: stage '{}' needs {} but no earlier stage assigns it",
                      stage->name(), missing.to_string()));
    available = available | stage->assigns_annotations();
  }
  Pipeline pipeline;
  pipeline.stages_ = std::move(stages);
  pipeline.produces_ = available;
  return pipeline;
}

Status Pipeline::run(Document& document) const {
  for (const auto& stage : stages_) {
    Status status = stage->run(document);
    if (!status.is_ok())
      return Status(status.code(), fmt::format("{}: {}", stage->name(), status.message()));
  }
  return Status::ok();
}

}  // namespace herald

// The standard stage order (docs/ARCHITECTURE.md): text, syntax, actors, coding, extract.
#include <fmt/format.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <vector>

#include "coding/coding_stage.h"
#include "extract/extract_stage.h"
#include "herald/herald.h"
#include "ingest/language_stage.h"
#include "syntax/syntax_stage.h"
#include "text/text_stage.h"

namespace herald {

std::string default_data_dir() {
  if (const char* from_environment = std::getenv("HERALD_DATA");
      from_environment && *from_environment)
    return from_environment;
  return HERALD_DATA_DIR;
}

Result<Pipeline> build_pipeline(const PipelineConfig& config) {
  std::vector<std::unique_ptr<Stage>> stages;
  if (config.identify_language) {
    auto identifier = LanguageIdentifier::load();
    if (!identifier.is_ok()) return identifier.status();
    stages.push_back(std::make_unique<LanguageStage>(std::move(*identifier)));
  }
  if (config.annotate_syntax) {
    stages.push_back(std::make_unique<TextStage>());
    Result<std::unique_ptr<SyntaxStage>> syntax = make_syntax_stage();
    if (!syntax.is_ok()) return syntax.status();
    stages.push_back(std::move(*syntax));
  }
  AnnotationSet provided{Annotation::kText};
  if (!config.annotate_syntax) {
    // Pre-parsed input (PETRARCH XML) carries sentences, tokens, tags and trees.
    provided = provided | AnnotationSet{Annotation::kSentences, Annotation::kTokens,
                                        Annotation::kTags, Annotation::kTrees};
  }
  // Coding needs parse trees: from pre-parsed input, or from the syntax stages above.
  AnnotationSet available = provided;
  for (const auto& stage : stages) available = available | stage->assigns_annotations();
  if (config.code_events && available.has(Annotation::kTrees)) {
    std::string manifest = config.dictionaries;
    if (manifest.empty()) {
      const std::string data_dir = config.data_dir.empty() ? default_data_dir() : config.data_dir;
      manifest = (std::filesystem::path(data_dir) / "dictionaries.ini").string();
      std::error_code error;
      if (!std::filesystem::exists(manifest, error))
        return Status::not_found(fmt::format(
            "coding: herald's own dictionaries are missing ({} not found); pass --dicts with "
            "a PETRARCH2 dictionary folder or ini file",
            manifest));
    }
    auto stage = coding::CodingStage::from_manifest(manifest);
    if (!stage.is_ok())
      return Status(stage.status().code(), "coding: " + stage.status().message());
    stages.push_back(std::move(stage.value()));
  }
  // Extraction (entities, places, quotes, counts, dates, tone) after coding, so that it can
  // take the coder's actor codes; it needs sentences and tokens.
  available = provided;
  for (const auto& stage : stages) available = available | stage->assigns_annotations();
  if (config.extract) {
    if (!available.has(Annotation::kSentences) || !available.has(Annotation::kTokens))
      return Status::invalid_argument(
          "extract: needs sentences and tokens; enable the text stage or give pre-parsed input");
    const std::string data_dir = config.data_dir.empty() ? default_data_dir() : config.data_dir;
    auto resources = extract::ExtractResources::load(data_dir);
    if (!resources.is_ok())
      return Status(resources.status().code(), "extract: " + resources.status().message());
    stages.push_back(std::make_unique<extract::ExtractStage>(std::move(resources.value())));
  }
  return Pipeline::build(std::move(stages), provided);
}

}  // namespace herald

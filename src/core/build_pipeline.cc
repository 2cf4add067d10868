// The standard stage order (docs/ARCHITECTURE.md): text, syntax, actors, coding, extract.
#include <cstdlib>
#include <memory>
#include <vector>

#include "herald/herald.h"
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
  if (config.annotate_syntax) {
    stages.push_back(std::make_unique<TextStage>());
    Result<std::unique_ptr<SyntaxStage>> syntax = make_syntax_stage();
    if (!syntax.is_ok()) return syntax.status();
    stages.push_back(std::move(*syntax));
  }
  return Pipeline::build(std::move(stages));
}

}  // namespace herald

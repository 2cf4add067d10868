// The assembled engine: build the standard pipeline from a configuration.
//
// build_pipeline loads every resource once (dictionaries, lexicons, gazetteer) and returns
// an immutable Pipeline that any number of threads may run on different Documents.
#pragma once

#include <string>

#include "herald/pipeline.h"
#include "herald/status.h"

namespace herald {

struct PipelineConfig {
  std::string data_dir;      // herald's own data; "" = default_data_dir()
  std::string dictionaries;  // a folder of PETRARCH2-format dictionaries to use instead; "" = herald's own
  bool identify_language = true;  // exttextcat; documents that already carry a language keep it
  bool annotate_syntax = true;  // run text + syntax stages (off for pre-parsed input)
  bool code_events = true;
  bool extract = true;          // entities, quotes, counts, dates, tone
};

// $HERALD_DATA if set, else the data/ folder of the source tree herald was built from.
std::string default_data_dir();

Result<Pipeline> build_pipeline(const PipelineConfig& config);

}  // namespace herald

// What the store commands share: --db, the event filter options, output formats, and
// opening the store with a message a user can act on.
#pragma once

#include <CLI/CLI.hpp>

#include <memory>
#include <optional>
#include <string>

#include "herald/pipeline.h"
#include "herald/store.h"

namespace herald::cli {

// Adds --db (required) to a subcommand.
void add_db_option(CLI::App& app, std::string& location);

// The event filter as typed on the command line; validated by make_event_filter.
struct EventFilterOptions {
  std::string actor, dyad, root, code, since, until, text, source;
  int quad = 0;
  int64_t event_id = 0;
  size_t limit = 0;
};
// Adds --actor --dyad --root --code --quad --since --until --text --source --limit.
void add_event_filter_options(CLI::App& app, EventFilterOptions& options);
// Usage errors name the option: "--dyad: expected SOURCE,TARGET such as USA,MEX".
Result<EventFilter> make_event_filter(const EventFilterOptions& options);
// "2021-06-01", "2021-06", "2021"; "" is unknown. The option name is used in errors.
Result<CivilDate> parse_date_option(const std::string& option, const std::string& value);

// Opens the store or prints why not (prefixed with the command name) and returns nullptr.
std::unique_ptr<Store> open_store_or_report(const char* command, const std::string& location,
                                            bool read_only);
std::unique_ptr<Store> open_store_or_report(const char* command, const std::string& location,
                                            const StoreOptions& options);

// The annotation pipeline of the commands that write the store (ingest, recode).
struct StorePipelineOptions {
  std::string data_dir;
  std::string dictionaries;
  bool no_extract = false;
};
// Adds --data, --dicts and --no-extract.
void add_store_pipeline_options(CLI::App& app, StorePipelineOptions& options);
// Builds the pipeline or prints why not (prefixed with the command name) and returns nothing.
std::optional<Pipeline> build_pipeline_or_report(const char* command,
                                                 const StorePipelineOptions& options);

// Prints a StoreTable in one of: table (readable), jsonl, csv. False (after printing the
// error) for an unknown format.
bool print_table(const char* command, const StoreTable& table, const std::string& format,
                 std::ostream& out);

}  // namespace herald::cli

#include "cli/store_command_support.h"

#include <fmt/format.h>

#include <iostream>

#include "herald/herald.h"
#include "store/export.h"

namespace herald::cli {

void add_db_option(CLI::App& app, std::string& location) {
  app.add_option("--db", location,
                 "The event database: a SQLite file or postgresql://user@host:port/database")
      ->required();
}

void add_event_filter_options(CLI::App& app, EventFilterOptions& options) {
  app.add_option("--actor", options.actor,
                 "Events whose source or target code starts with it (USA)");
  app.add_option("--dyad", options.dyad,
                 "Events from SOURCE to TARGET, codes or prefixes (USA,MEX)");
  app.add_option("--root", options.root, "CAMEO root code (04)");
  app.add_option("--code", options.code, "CAMEO event code (057)");
  app.add_option("--quad", options.quad, "QuadClass 1-4")->check(CLI::Range(1, 4));
  app.add_option("--since", options.since, "First event date (YYYY-MM-DD, YYYY-MM or YYYY)");
  app.add_option("--until", options.until, "Last event date (YYYY-MM-DD, YYYY-MM or YYYY)");
  app.add_option("--text", options.text, "Words in the text of a reporting article");
  app.add_option("--source", options.source, "News source of a reporting article");
  app.add_option("--limit", options.limit, "At most this many rows (0 = all)");
}

Result<CivilDate> parse_date_option(const std::string& option, const std::string& value) {
  if (value.empty()) return CivilDate{};
  const auto date = CivilDate::parse(value);
  if (!date)
    return Status::invalid_argument(
        fmt::format("{}: '{}' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)", option, value));
  return *date;
}

Result<EventFilter> make_event_filter(const EventFilterOptions& options) {
  EventFilter filter;
  filter.actor = options.actor;
  if (!options.dyad.empty()) {
    const size_t comma = options.dyad.find(',');
    if (comma == std::string::npos || comma == 0 || comma + 1 == options.dyad.size())
      return Status::invalid_argument(
          fmt::format("--dyad: '{}' is not SOURCE,TARGET (such as USA,MEX)", options.dyad));
    filter.dyad_source = options.dyad.substr(0, comma);
    filter.dyad_target = options.dyad.substr(comma + 1);
  }
  if (!options.root.empty()) {
    if (options.root.size() != 2 || !std::isdigit(static_cast<unsigned char>(options.root[0])) ||
        !std::isdigit(static_cast<unsigned char>(options.root[1])))
      return Status::invalid_argument(fmt::format(
          "--root: '{}' is not a two-digit CAMEO root code (such as 04)", options.root));
    filter.root = options.root;
  }
  filter.code = options.code;
  filter.quad_class = options.quad;
  auto since = parse_date_option("--since", options.since);
  if (!since.is_ok()) return since.status();
  auto until = parse_date_option("--until", options.until);
  if (!until.is_ok()) return until.status();
  filter.since = *since;
  filter.until = *until;
  filter.text = options.text;
  filter.source_name = options.source;
  filter.event_id = options.event_id;
  filter.limit = options.limit;
  return filter;
}

std::unique_ptr<Store> open_store_or_report(const char* command, const std::string& location,
                                            bool read_only) {
  StoreOptions options;
  options.read_only = read_only;
  return open_store_or_report(command, location, options);
}

std::unique_ptr<Store> open_store_or_report(const char* command, const std::string& location,
                                            const StoreOptions& options) {
  auto store = Store::open(location, options);
  if (!store.is_ok()) {
    std::cerr << "herald " << command << ": " << store.status().message() << "\n";
    return nullptr;
  }
  return std::move(store).value();
}

void add_store_pipeline_options(CLI::App& app, StorePipelineOptions& options) {
  app.add_option("--data", options.data_dir, "herald's data folder (default: the built-in one)");
  app.add_option("--dicts", options.dictionaries,
                 "Folder of PETRARCH2-format dictionaries to use instead of herald's own");
  app.add_flag("--no-extract", options.no_extract,
               "Code events only; skip entities, quotes, counts, dates and tone");
}

std::optional<Pipeline> build_pipeline_or_report(const char* command,
                                                 const StorePipelineOptions& options) {
  PipelineConfig config;
  config.data_dir = options.data_dir;
  config.dictionaries = options.dictionaries;
  config.extract = !options.no_extract;
  Result<Pipeline> pipeline = build_pipeline(config);
  if (!pipeline.is_ok()) {
    std::cerr << "herald " << command << ": " << pipeline.status().message() << "\n";
    return std::nullopt;
  }
  return std::move(pipeline).value();
}

bool print_table(const char* command, const StoreTable& table, const std::string& format,
                 std::ostream& out) {
  if (format == "table") {
    store::write_table_text(table, out);
  } else if (format == "jsonl") {
    store::write_table_jsonl(table, out);
  } else if (format == "csv") {
    store::write_table_csv(table, out);
  } else {
    std::cerr << "herald " << command << ": --format: '" << format
              << "' is not one of table, jsonl, csv\n";
    return false;
  }
  return true;
}

}  // namespace herald::cli

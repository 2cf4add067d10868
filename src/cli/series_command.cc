// herald series: the time series researchers chart: per day (or month), event counts by
// QuadClass and summed Goldstein, typically for one dyad.
#include <iostream>

#include "cli/cli_support.h"
#include "cli/command.h"
#include "cli/store_command_support.h"

namespace herald::cli {
namespace {

struct SeriesOptions {
  std::string db, by = "day", format = "table", output_path;
  EventFilterOptions filter;
};

int run_series(const SeriesOptions& options) {
  auto filter = make_event_filter(options.filter);
  if (!filter.is_ok()) {
    std::cerr << "herald series: " << filter.status().message() << "\n";
    return kExitUsage;
  }
  std::unique_ptr<Store> store = open_store_or_report("series", options.db, true);
  if (!store) return kExitBadInput;
  auto table = store->series(options.by, *filter);
  if (!table.is_ok()) {
    std::cerr << "herald series: " << table.status().message() << "\n";
    return table.status().code() == StatusCode::kInvalidArgument ? kExitUsage : kExitBadInput;
  }
  auto output = Output::open(options.output_path);
  if (!output.is_ok()) {
    std::cerr << "herald series: " << output.status().message() << "\n";
    return kExitBadInput;
  }
  if (!print_table("series", *table, options.format, (*output)->stream())) return kExitUsage;
  if (Status status = (*output)->commit(); !status.is_ok()) {
    std::cerr << "herald series: " << status.message() << "\n";
    return kExitBadInput;
  }
  return kExitOk;
}

RunFunction configure_series(CLI::App& app) {
  auto options = std::make_shared<SeriesOptions>();
  add_db_option(app, options->db);
  app.add_option("--by", options->by, "day or month")->capture_default_str();
  add_event_filter_options(app, options->filter);
  app.add_option("--format", options->format, "table, jsonl or csv")->capture_default_str();
  app.add_option("-o,--output", options->output_path, "Write to FILE instead of stdout");
  return [options] { return run_series(*options); };
}

}  // namespace

HERALD_REGISTER_COMMAND({"series",
                         "Daily (or monthly) event counts by QuadClass and summed Goldstein",
                         configure_series, 35});

}  // namespace herald::cli

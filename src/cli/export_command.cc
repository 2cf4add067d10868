// herald export: whole tables of the event database as JSON Lines or CSV, and the GDELT 2.0
// event and mentions files.
#include <fmt/format.h>

#include <iostream>

#include "cli/cli_support.h"
#include "cli/command.h"
#include "cli/store_command_support.h"
#include "store/export.h"
#include "store/fips_country_codes.h"

namespace herald::cli {
namespace {

struct ExportOptions {
  std::string db;
  std::string table;
  std::string format = "jsonl";
  EventFilterOptions filter;
  std::string output_path;
};

int run_export(const ExportOptions& options) {
  const std::string& format = options.format;
  const bool gdelt = format == "gdelt-events" || format == "gdelt-mentions" || format == "plover";
  if (!gdelt && format != "jsonl" && format != "csv") {
    std::cerr << "herald export: --format: '" << format
              << "' is not one of jsonl, csv, gdelt-events, gdelt-mentions, plover\n";
    return kExitUsage;
  }
  if (!gdelt && options.table.empty()) {
    std::cerr << fmt::format("herald export: --table is required for {} (tables: {})\n", format,
                             fmt::join(Store::table_names(), ", "));
    return kExitUsage;
  }
  auto filter = make_event_filter(options.filter);
  if (!filter.is_ok()) {
    std::cerr << "herald export: " << filter.status().message() << "\n";
    return kExitUsage;
  }
  std::unique_ptr<Store> store = open_store_or_report("export", options.db, true);
  if (!store) return kExitBadInput;
  auto output = Output::open(options.output_path);
  if (!output.is_ok()) {
    std::cerr << "herald export: " << output.status().message() << "\n";
    return kExitBadInput;
  }
  std::ostream& out = (*output)->stream();
  Status status;
  if (format == "gdelt-events" || format == "plover") {
    auto events = store->events(*filter);
    if (!events.is_ok())
      status = events.status();
    else if (format == "plover")
      store::write_plover(*events, out);
    else if (store::FipsCountryCodes::standard(&status))  // for the geography columns
      store::write_gdelt_events(*events, out);
  } else if (format == "gdelt-mentions") {
    auto mentions = store->mentions(*filter);
    if (!mentions.is_ok())
      status = mentions.status();
    else
      store::write_gdelt_mentions(*mentions, out);
  } else {
    auto table = store->table(options.table, filter->limit);
    if (!table.is_ok())
      status = table.status();
    else if (format == "csv")
      store::write_table_csv(*table, out);
    else
      store::write_table_jsonl(*table, out);
  }
  if (status.is_ok()) status = (*output)->commit();
  if (!status.is_ok()) {
    std::cerr << "herald export: " << status.message() << "\n";
    return status.code() == StatusCode::kInvalidArgument ? kExitUsage : kExitBadInput;
  }
  return kExitOk;
}

RunFunction configure_export(CLI::App& app) {
  auto options = std::make_shared<ExportOptions>();
  add_db_option(app, options->db);
  app.add_option("--table", options->table,
                 "Table to export as jsonl or csv: " +
                     fmt::format("{}", fmt::join(Store::table_names(), ", ")));
  app.add_option("--format", options->format,
                 "jsonl, csv, gdelt-events (61 columns), gdelt-mentions (16 columns), plover")
      ->capture_default_str();
  add_event_filter_options(app, options->filter);
  app.add_option("-o,--output", options->output_path, "Write to FILE instead of stdout");
  return [options] { return run_export(*options); };
}

}  // namespace

HERALD_REGISTER_COMMAND({"export", "Export tables (JSONL, CSV) or GDELT 2.0 events and mentions",
                         configure_export, 38});

}  // namespace herald::cli

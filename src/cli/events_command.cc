// herald events: stored events by actor, dyad, code, QuadClass, date or article text, as a
// readable table or in the formats the field uses (JSON Lines, CSV, GDELT 2.0, PLOVER).
#include <fmt/format.h>

#include <iostream>

#include "cli/cli_support.h"
#include "cli/command.h"
#include "cli/store_command_support.h"
#include "store/export.h"
#include "store/fips_country_codes.h"
#include "store/sql_connection.h"

namespace herald::cli {
namespace {

struct EventsOptions {
  std::string db;
  EventFilterOptions filter;
  std::string format = "table";
  std::string output_path;
};

StoreTable events_table(const std::vector<EventRecord>& events) {
  StoreTable table;
  table.columns = {"id",       "date",        "source",     "target",   "code",
                   "quad",     "goldstein",   "plover",     "mentions", "articles",
                   "location", "source name", "target name"};
  for (const EventRecord& event : events)
    table.rows.push_back({event.event_id, event.date, event.source, event.target, event.code,
                          int64_t{event.quad_class},
                          event.has_goldstein ? StoreValue(event.goldstein) : StoreValue(),
                          event.plover_type, event.num_mentions, event.num_articles,
                          event.location_name, event.source_name, event.target_name});
  return table;
}

int run_events(const EventsOptions& options) {
  auto filter = make_event_filter(options.filter);
  if (!filter.is_ok()) {
    std::cerr << "herald events: " << filter.status().message() << "\n";
    return kExitUsage;
  }
  const std::string& format = options.format;
  if (format != "table" && format != "jsonl" && format != "csv" && format != "gdelt" &&
      format != "plover") {
    std::cerr << "herald events: --format: '" << format
              << "' is not one of table, jsonl, csv, gdelt, plover\n";
    return kExitUsage;
  }
  std::unique_ptr<Store> store = open_store_or_report("events", options.db, true);
  if (!store) return kExitBadInput;
  auto events = store->events(*filter);
  if (!events.is_ok()) {
    std::cerr << "herald events: " << events.status().message() << "\n";
    return kExitBadInput;
  }
  auto output = Output::open(options.output_path);
  if (!output.is_ok()) {
    std::cerr << "herald events: " << output.status().message() << "\n";
    return kExitBadInput;
  }
  std::ostream& out = (*output)->stream();
  if (format == "gdelt") {
    // The geography columns need the FIPS country codes.
    Status loaded;
    if (!store::FipsCountryCodes::standard(&loaded)) {
      std::cerr << "herald events: " << loaded.message() << "\n";
      return kExitBadInput;
    }
    store::write_gdelt_events(*events, out);
  } else if (format == "plover") {
    store::write_plover(*events, out);
  } else if (format == "jsonl") {
    for (const EventRecord& event : *events) out << store::event_json_line(event) << "\n";
  } else if (format == "csv") {
    auto table = store->table("events");  // every column, for the selected ids
    if (!table.is_ok()) {
      std::cerr << "herald events: " << table.status().message() << "\n";
      return kExitBadInput;
    }
    std::vector<int64_t> ids;
    for (const EventRecord& event : *events) ids.push_back(event.event_id);
    std::sort(ids.begin(), ids.end());
    StoreTable selected;
    selected.columns = table->columns;
    for (auto& row : table->rows)
      if (std::binary_search(ids.begin(), ids.end(), store::as_integer(row[0])))
        selected.rows.push_back(std::move(row));
    store::write_table_csv(selected, out);
  } else {
    store::write_table_text(events_table(*events), out, 30);
    if (options.output_path.empty())
      out << fmt::format("{} event(s); `herald explain --db {} ID` shows why\n", events->size(),
                         options.db);
  }
  if (Status status = (*output)->commit(); !status.is_ok()) {
    std::cerr << "herald events: " << status.message() << "\n";
    return kExitBadInput;
  }
  return kExitOk;
}

RunFunction configure_events(CLI::App& app) {
  auto options = std::make_shared<EventsOptions>();
  add_db_option(app, options->db);
  add_event_filter_options(app, options->filter);
  app.add_option("--format", options->format,
                 "table (readable), jsonl, csv (every column), gdelt (GDELT 2.0 event export, "
                 "61 columns), plover (PLOVER JSON Lines)")
      ->capture_default_str();
  app.add_option("-o,--output", options->output_path, "Write to FILE instead of stdout");
  return [options] { return run_events(*options); };
}

}  // namespace

HERALD_REGISTER_COMMAND({"events", "List stored events (filters; table, JSONL, CSV, GDELT, PLOVER)",
                         configure_events, 30});

}  // namespace herald::cli

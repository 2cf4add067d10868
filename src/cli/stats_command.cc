// herald stats: how many events, by day, month, dyad, root code, QuadClass, PLOVER type or
// news source, and the totals of every table.
#include <fmt/format.h>

#include <iostream>

#include "cli/cli_support.h"
#include "cli/command.h"
#include "cli/store_command_support.h"

namespace herald::cli {
namespace {

struct StatsOptions {
  std::string db, by, format = "table", output_path;
  EventFilterOptions filter;
};

int run_stats(const StatsOptions& options) {
  auto filter = make_event_filter(options.filter);
  if (!filter.is_ok()) {
    std::cerr << "herald stats: " << filter.status().message() << "\n";
    return kExitUsage;
  }
  std::unique_ptr<Store> store = open_store_or_report("stats", options.db, true);
  if (!store) return kExitBadInput;
  StoreTable table;
  if (options.by.empty()) {
    auto totals = store->totals();
    if (!totals.is_ok()) {
      std::cerr << "herald stats: " << totals.status().message() << "\n";
      return kExitBadInput;
    }
    table.columns = {"table", "rows"};
    for (const auto& [name, rows] : *totals) table.rows.push_back({name, rows});
  } else {
    auto grouped = store->stats(options.by, *filter);
    if (!grouped.is_ok()) {
      std::cerr << "herald stats: " << grouped.status().message() << "\n";
      return grouped.status().code() == StatusCode::kInvalidArgument ? kExitUsage : kExitBadInput;
    }
    table = std::move(grouped).value();
  }
  auto output = Output::open(options.output_path);
  if (!output.is_ok()) {
    std::cerr << "herald stats: " << output.status().message() << "\n";
    return kExitBadInput;
  }
  if (!print_table("stats", table, options.format, (*output)->stream())) return kExitUsage;
  if (Status status = (*output)->commit(); !status.is_ok()) {
    std::cerr << "herald stats: " << status.message() << "\n";
    return kExitBadInput;
  }
  return kExitOk;
}

RunFunction configure_stats(CLI::App& app) {
  auto options = std::make_shared<StatsOptions>();
  add_db_option(app, options->db);
  app.add_option("--by", options->by,
                 "Group events by day, month, dyad, root, quad, plover or source (default: "
                 "row counts of every table)");
  add_event_filter_options(app, options->filter);
  app.add_option("--format", options->format, "table, jsonl or csv")->capture_default_str();
  app.add_option("-o,--output", options->output_path, "Write to FILE instead of stdout");
  return [options] { return run_stats(*options); };
}

}  // namespace

HERALD_REGISTER_COMMAND({"stats", "Count stored events by day, dyad, root code, source ...",
                         configure_stats, 34});

}  // namespace herald::cli

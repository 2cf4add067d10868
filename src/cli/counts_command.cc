// herald counts: the figures stored articles report ("nearly 19,000 unaccompanied children").
#include <iostream>

#include "cli/cli_support.h"
#include "cli/command.h"
#include "cli/store_command_support.h"

namespace herald::cli {
namespace {

struct CountsOptions {
  std::string db, object, unit, since, until, format = "table", output_path;
  size_t limit = 0;
};

int run_counts(const CountsOptions& options) {
  Store::CountFilter filter;
  filter.object = options.object;
  filter.unit = options.unit;
  filter.limit = options.limit;
  auto since = parse_date_option("--since", options.since);
  auto until = parse_date_option("--until", options.until);
  if (!since.is_ok() || !until.is_ok()) {
    std::cerr << "herald counts: " << (since.is_ok() ? until : since).status().message() << "\n";
    return kExitUsage;
  }
  filter.since = *since;
  filter.until = *until;
  std::unique_ptr<Store> store = open_store_or_report("counts", options.db, true);
  if (!store) return kExitBadInput;
  auto table = store->counts(filter);
  if (!table.is_ok()) {
    std::cerr << "herald counts: " << table.status().message() << "\n";
    return kExitBadInput;
  }
  auto output = Output::open(options.output_path);
  if (!output.is_ok()) {
    std::cerr << "herald counts: " << output.status().message() << "\n";
    return kExitBadInput;
  }
  if (!print_table("counts", *table, options.format, (*output)->stream())) return kExitUsage;
  if (Status status = (*output)->commit(); !status.is_ok()) {
    std::cerr << "herald counts: " << status.message() << "\n";
    return kExitBadInput;
  }
  return kExitOk;
}

RunFunction configure_counts(CLI::App& app) {
  auto options = std::make_shared<CountsOptions>();
  add_db_option(app, options->db);
  app.add_option("--object", options->object, "What is counted contains (\"children\")");
  app.add_option("--unit", options->unit, "Unit, such as USD for amounts");
  app.add_option("--since", options->since, "Articles published on or after (YYYY-MM-DD)");
  app.add_option("--until", options->until, "Articles published on or before (YYYY-MM-DD)");
  app.add_option("--limit", options->limit, "At most this many rows (0 = all)");
  app.add_option("--format", options->format, "table, jsonl or csv")->capture_default_str();
  app.add_option("-o,--output", options->output_path, "Write to FILE instead of stdout");
  return [options] { return run_counts(*options); };
}

}  // namespace

HERALD_REGISTER_COMMAND({"counts", "List figures reported in stored articles", configure_counts,
                         33});

}  // namespace herald::cli

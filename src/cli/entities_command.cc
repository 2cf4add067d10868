// herald entities: the people, organisations, places and actors found in stored articles,
// with how often and in how many articles.
#include <iostream>

#include "cli/cli_support.h"
#include "cli/command.h"
#include "cli/store_command_support.h"

namespace herald::cli {
namespace {

struct EntitiesOptions {
  std::string db, kind, name, format = "table", output_path;
  size_t limit = 0;
};

int run_entities(const EntitiesOptions& options) {
  static const std::vector<std::string> kinds{"",         "person", "organization",
                                              "location", "actor",  "other"};
  if (std::find(kinds.begin(), kinds.end(), options.kind) == kinds.end()) {
    std::cerr << "herald entities: --kind: '" << options.kind
              << "' is not one of person, organization, location, actor, other\n";
    return kExitUsage;
  }
  std::unique_ptr<Store> store = open_store_or_report("entities", options.db, true);
  if (!store) return kExitBadInput;
  Store::EntityFilter filter;
  filter.kind = options.kind;
  filter.name = options.name;
  filter.limit = options.limit;
  auto table = store->entities(filter);
  if (!table.is_ok()) {
    std::cerr << "herald entities: " << table.status().message() << "\n";
    return kExitBadInput;
  }
  auto output = Output::open(options.output_path);
  if (!output.is_ok()) {
    std::cerr << "herald entities: " << output.status().message() << "\n";
    return kExitBadInput;
  }
  if (!print_table("entities", *table, options.format, (*output)->stream())) return kExitUsage;
  if (Status status = (*output)->commit(); !status.is_ok()) {
    std::cerr << "herald entities: " << status.message() << "\n";
    return kExitBadInput;
  }
  return kExitOk;
}

RunFunction configure_entities(CLI::App& app) {
  auto options = std::make_shared<EntitiesOptions>();
  add_db_option(app, options->db);
  app.add_option("--kind", options->kind, "person, organization, location, actor or other");
  app.add_option("--name", options->name, "Name contains (case-insensitive)");
  app.add_option("--limit", options->limit, "At most this many rows (0 = all)");
  app.add_option("--format", options->format, "table, jsonl or csv")->capture_default_str();
  app.add_option("-o,--output", options->output_path, "Write to FILE instead of stdout");
  return [options] { return run_entities(*options); };
}

}  // namespace

HERALD_REGISTER_COMMAND({"entities", "List people, organisations, places and actors found",
                         configure_entities, 32});

}  // namespace herald::cli

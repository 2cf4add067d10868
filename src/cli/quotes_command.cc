// herald quotes: stored quotations by speaker, words or date.
#include <iostream>

#include "cli/cli_support.h"
#include "cli/command.h"
#include "cli/store_command_support.h"

namespace herald::cli {
namespace {

struct QuotesOptions {
  std::string db, speaker, text, document, since, until, format = "table", output_path;
  size_t limit = 0;
};

int run_quotes(const QuotesOptions& options) {
  Store::QuoteFilter filter;
  filter.speaker = options.speaker;
  filter.text = options.text;
  filter.document_id = options.document;
  filter.limit = options.limit;
  auto since = parse_date_option("--since", options.since);
  auto until = parse_date_option("--until", options.until);
  if (!since.is_ok() || !until.is_ok()) {
    std::cerr << "herald quotes: " << (since.is_ok() ? until : since).status().message() << "\n";
    return kExitUsage;
  }
  filter.since = *since;
  filter.until = *until;
  std::unique_ptr<Store> store = open_store_or_report("quotes", options.db, true);
  if (!store) return kExitBadInput;
  auto table = store->quotes(filter);
  if (!table.is_ok()) {
    std::cerr << "herald quotes: " << table.status().message() << "\n";
    return kExitBadInput;
  }
  auto output = Output::open(options.output_path);
  if (!output.is_ok()) {
    std::cerr << "herald quotes: " << output.status().message() << "\n";
    return kExitBadInput;
  }
  if (!print_table("quotes", *table, options.format, (*output)->stream())) return kExitUsage;
  if (Status status = (*output)->commit(); !status.is_ok()) {
    std::cerr << "herald quotes: " << status.message() << "\n";
    return kExitBadInput;
  }
  return kExitOk;
}

RunFunction configure_quotes(CLI::App& app) {
  auto options = std::make_shared<QuotesOptions>();
  add_db_option(app, options->db);
  app.add_option("--speaker", options->speaker, "Speaker name contains (case-insensitive)");
  app.add_option("--text", options->text, "Words in the quotation (full-text search)");
  app.add_option("--document", options->document, "Quotes of one document id");
  app.add_option("--since", options->since, "Articles published on or after (YYYY-MM-DD)");
  app.add_option("--until", options->until, "Articles published on or before (YYYY-MM-DD)");
  app.add_option("--limit", options->limit, "At most this many rows (0 = all)");
  app.add_option("--format", options->format, "table, jsonl or csv")->capture_default_str();
  app.add_option("-o,--output", options->output_path, "Write to FILE instead of stdout");
  return [options] { return run_quotes(*options); };
}

}  // namespace

HERALD_REGISTER_COMMAND({"quotes", "List stored quotations and their speakers", configure_quotes,
                         31});

}  // namespace herald::cli

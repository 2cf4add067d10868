// herald recode: re-annotates every stored document with the current dictionaries and herald
// version, replacing its annotations and fixing the event aggregates it touched.
#include <fmt/format.h>

#include <iostream>

#include "cli/cli_support.h"
#include "cli/command.h"
#include "cli/store_command_support.h"
#include "herald/herald.h"
#include "herald/store.h"
#include "herald/thread_pool.h"

namespace herald::cli {
namespace {

struct RecodeOptions {
  std::string db;
  StorePipelineOptions pipeline;
  unsigned threads = 0;
};

int run_recode(const RecodeOptions& options) {
  std::unique_ptr<Store> store = open_store_or_report("recode", options.db, false);
  if (!store) return kExitBadInput;
  std::optional<Pipeline> pipeline = build_pipeline_or_report("recode", options.pipeline);
  if (!pipeline) return kExitBadInput;
  auto ids = store->document_ids();
  if (!ids.is_ok()) {
    std::cerr << "herald recode: " << ids.status().message() << "\n";
    return kExitBadInput;
  }
  Progress progress("recode");
  progress.set_total_documents(ids->size());
  size_t next = 0, documents = 0, sentences = 0, events = 0;
  Status fatal;
  run_ordered(
      options.threads,
      [&]() -> std::optional<Document> {
        if (!fatal.is_ok() || next >= ids->size()) return std::nullopt;
        auto document = store->load_document((*ids)[next++]);
        if (!document.is_ok()) {
          fatal = document.status();
          return std::nullopt;
        }
        return std::move(document).value();
      },
      [&](Document& document) {
        Status status = pipeline->run(document);
        if (!status.is_ok()) document.diagnostics.push_back({"pipeline", status.to_string(), {}});
      },
      [&](Document& document) {
        if (!fatal.is_ok()) return;
        if (Status status = store->replace(document); !status.is_ok()) {
          fatal = status;
          return;
        }
        ++documents;
        sentences += document.sentences.size();
        events += document.events.size();
        progress.update({.documents = documents, .sentences = sentences, .events = events});
      });
  progress.finish();
  if (!fatal.is_ok()) {
    std::cerr << "herald recode: " << fatal.message() << "\n";
    return kExitBadInput;
  }
  std::cerr << fmt::format("herald recode: {} documents, {} sentences, {} event mentions\n",
                           documents, sentences, events);
  return kExitOk;
}

RunFunction configure_recode(CLI::App& app) {
  auto options = std::make_shared<RecodeOptions>();
  add_db_option(app, options->db);
  add_store_pipeline_options(app, options->pipeline);
  app.add_option("--threads", options->threads, "Worker threads (0 = one per core)");
  return [options] { return run_recode(*options); };
}

}  // namespace

HERALD_REGISTER_COMMAND({"recode", "Recode stored documents with the current dictionaries",
                         configure_recode, 21});

}  // namespace herald::cli

// herald ingest: articles in, event database out. Parallel annotation, whole documents
// committed in batches in input order, idempotent by document id, so a killed run is resumed by
// running the same command again.
#include <fmt/format.h>

#include <chrono>
#include <iostream>

#include "cli/cli_support.h"
#include "cli/command.h"
#include "cli/store_command_support.h"
#include "herald/herald.h"
#include "herald/store.h"
#include "herald/thread_pool.h"
#include "ingest/story_index.h"

namespace herald::cli {
namespace {

struct IngestOptions {
  InputOptions input;
  std::string db;
  StorePipelineOptions pipeline;
  bool no_stories = false;
  double progress_seconds = 10;
  size_t batch_documents = 500;
  double batch_seconds = 0.2;
};

int run_ingest(const IngestOptions& options) {
  Result<ReadOptions> read_options = make_read_options(options.input);
  if (!read_options.is_ok()) {
    std::cerr << "herald ingest: " << read_options.status().message() << "\n";
    return kExitUsage;
  }
  // Whole documents are committed in batches: far fewer commits (and full-text index
  // merges), while a kill loses at most the open batch, which the next run writes again.
  StoreOptions store_options;
  store_options.batch_documents = options.batch_documents;
  store_options.batch_seconds = options.batch_seconds;
  std::unique_ptr<Store> store = open_store_or_report("ingest", options.db, store_options);
  if (!store) return kExitBadInput;
  std::optional<Pipeline> pipeline = build_pipeline_or_report("ingest", options.pipeline);
  if (!pipeline) return kExitBadInput;

  const auto start = std::chrono::steady_clock::now();
  // Near-duplicate documents share a story, and events aggregate per story. Stories are
  // assigned in input order; a resumed run first replays the stored documents into the
  // index in write order, so it assigns exactly what an uninterrupted run would have.
  StoryIndex stories;
  if (!options.no_stories) {
    Status replayed = store->for_each_text([&](const std::string& id, const std::string& text) {
      Document stored;
      stored.id = id;
      stored.text = text;
      stories.assign(stored);
    });
    if (!replayed.is_ok()) {
      std::cerr << "herald ingest: " << replayed.message() << "\n";
      return kExitBadInput;
    }
  }
  InputReader reader(options.input.inputs, *read_options);
  Progress progress("ingest", options.progress_seconds);
  progress.set_total_bytes(total_input_bytes(options.input.inputs));
  size_t documents = 0, written = 0, skipped = 0, sentences = 0, events = 0, failed = 0;
  const auto show_progress = [&] {
    progress.update({.documents = documents,
                     .skipped = skipped,
                     .sentences = sentences,
                     .events = events,
                     .bytes_done = reader.bytes_consumed()});
  };
  Status fatal;
  // Documents already stored are skipped before annotation, so resuming costs little.
  const auto next_new_document = [&]() -> std::optional<Document> {
    while (fatal.is_ok()) {
      std::optional<Document> document = reader.next();
      if (!document) return std::nullopt;
      auto present = store->contains(document->id);
      if (!present.is_ok()) {
        fatal = present.status();
        return std::nullopt;
      }
      if (!*present) {
        if (!options.no_stories) stories.assign(*document);
        return document;
      }
      ++documents;
      ++skipped;
      show_progress();
    }
    return std::nullopt;
  };
  run_ordered(
      options.input.threads, next_new_document,
      [&](Document& document) {
        Status status = pipeline->run(document);
        if (!status.is_ok()) document.diagnostics.push_back({"pipeline", status.to_string(), {}});
      },
      [&](Document& document) {
        if (!fatal.is_ok()) return;
        ++documents;
        for (const Diagnostic& diagnostic : document.diagnostics)
          if (diagnostic.stage == "pipeline") {
            ++failed;
            std::cerr << "herald ingest: " << document.id << ": " << diagnostic.message << "\n";
          }
        auto outcome = store->write(document);
        if (!outcome.is_ok()) {
          fatal = outcome.status();
          return;
        }
        if (*outcome == WriteOutcome::kWritten) {
          ++written;
          sentences += document.sentences.size();
          events += document.events.size();
        } else {
          ++skipped;
        }
        show_progress();
      });
  Status flushed = store->flush();
  if (fatal.is_ok()) fatal = flushed;
  progress.finish();
  if (!fatal.is_ok()) {
    std::cerr << "herald ingest: " << fatal.message()
              << "\nherald ingest: stopped; documents stored so far are kept, and running the "
                 "same command again resumes\n";
    return kExitBadInput;
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::cerr << fmt::format(
      "herald ingest: {} documents ({} new, {} already stored), {} sentences, {} event "
      "mentions in {:.1f} s into {}\n",
      documents, written, skipped, sentences, events, seconds, store->location());
  const int code = report_read_summary("ingest", reader.summary());
  return failed > 0 ? kExitBadInput : code;
}

RunFunction configure_ingest(CLI::App& app) {
  auto options = std::make_shared<IngestOptions>();
  add_input_options(app, options->input);
  add_db_option(app, options->db);
  add_store_pipeline_options(app, options->pipeline);
  app.add_flag("--no-stories", options->no_stories,
               "Make every document its own story (no near-duplicate grouping)");
  app.add_option("--progress-every", options->progress_seconds,
                 "Seconds between progress lines when stderr is not a terminal (0 = none)")
      ->capture_default_str();
  app.add_option("--commit-every", options->batch_documents,
                 "Commit after this many documents at most (1 = each on its own)")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  app.add_option("--commit-seconds", options->batch_seconds,
                 "Commit once the oldest uncommitted document waited this long")
      ->capture_default_str()
      ->check(CLI::NonNegativeNumber);
  return [options] { return run_ingest(*options); };
}

}  // namespace

HERALD_REGISTER_COMMAND({"ingest",
                         "Store articles and their events in a database (SQLite or PostgreSQL)",
                         configure_ingest, 20});

}  // namespace herald::cli

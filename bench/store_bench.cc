// Store benchmarks on Reuters-21578 (../shared/corpus/reuters21578.jsonl, 19,763 articles):
//
//   BM_ReadCorpus           the baseline: reading and parsing the JSON Lines into Documents
//   BM_StoreWrite           the same, plus writing every document into a fresh SQLite store
//                           (one transaction each, full-text index): the store's own cost
//   BM_StoreWriteAnnotated  3,000 annotated articles written, one transaction each (/1) or in
//                           batches of 500 (/500, what `herald ingest` does)
//   BM_PipelineReuters      the baseline for ingest: read and the standard pipeline on all
//                           cores (run_ordered), stories assigned, nothing stored
//   BM_IngestReuters        what `herald ingest` does: the same plus writing, batched;
//                           target under 30 s on 2 cores
//
// Counters: articles/s, sentences/s, db_MB; compare rows of one run, not runs of machines.
// The pipeline uses herald's own dictionaries, or $HERALD_BENCH_DICTS (a PETRARCH2 ini,
// e.g. ../shared/peers/petrarch2/PETR_config.ini) when given or when herald's are missing.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "herald/herald.h"
#include "herald/reader.h"
#include "herald/store.h"
#include "herald/thread_pool.h"
#include "ingest/story_index.h"

namespace {

std::string corpus_path() {
  const char* shared = std::getenv("HERALD_SHARED");
  return std::string(shared ? shared : HERALD_SHARED_DIR) + "/corpus/reuters21578.jsonl";
}

std::string scratch_db() {
  const auto path = std::filesystem::temp_directory_path() /
                    ("herald-store-bench-" + std::to_string(getpid()) + ".db");
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
  return path.string();
}

double file_megabytes(const std::string& path) {
  double bytes = 0;
  for (const char* suffix : {"", "-wal"}) {
    std::error_code error;
    const auto size = std::filesystem::file_size(path + suffix, error);
    if (!error) bytes += static_cast<double>(size);
  }
  return bytes / (1024.0 * 1024.0);
}

bool corpus_present(benchmark::State& state) {
  if (std::filesystem::exists(corpus_path())) return true;
  state.SkipWithError(("corpus not found: " + corpus_path()).c_str());
  return false;
}

void BM_ReadCorpus(benchmark::State& state) {
  if (!corpus_present(state)) return;
  size_t documents = 0;
  for (auto _ : state) {
    herald::InputReader reader({corpus_path()}, {});
    documents = 0;
    while (auto document = reader.next()) {
      benchmark::DoNotOptimize(document->text.data());
      ++documents;
    }
  }
  state.counters["articles"] = static_cast<double>(documents);
  state.counters["articles/s"] = benchmark::Counter(
      static_cast<double>(documents) * state.iterations(), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ReadCorpus)->Unit(benchmark::kSecond)->Iterations(1)->UseRealTime();

void BM_StoreWrite(benchmark::State& state) {
  if (!corpus_present(state)) return;
  size_t documents = 0;
  double megabytes = 0;
  for (auto _ : state) {
    const std::string db = scratch_db();
    auto store = herald::Store::open(db);
    if (!store.is_ok()) {
      state.SkipWithError(store.status().to_string().c_str());
      return;
    }
    herald::InputReader reader({corpus_path()}, {});
    documents = 0;
    while (auto document = reader.next()) {
      auto outcome = (*store)->write(*document);
      if (!outcome.is_ok()) {
        state.SkipWithError(outcome.status().to_string().c_str());
        return;
      }
      ++documents;
    }
    store->reset();
    megabytes = file_megabytes(db);
    std::filesystem::remove(db);
  }
  state.counters["articles"] = static_cast<double>(documents);
  state.counters["articles/s"] = benchmark::Counter(
      static_cast<double>(documents) * state.iterations(), benchmark::Counter::kIsRate);
  state.counters["db_MB"] = megabytes;
}
BENCHMARK(BM_StoreWrite)->Unit(benchmark::kSecond)->Iterations(1)->UseRealTime();

herald::Result<herald::Pipeline> standard_pipeline() {
  herald::PipelineConfig config;
  if (const char* dictionaries = std::getenv("HERALD_BENCH_DICTS"))
    config.dictionaries = dictionaries;
  auto pipeline = herald::build_pipeline(config);
  if (!pipeline.is_ok() && config.dictionaries.empty()) {
    const std::string fallback =
        std::filesystem::path(corpus_path()).parent_path().parent_path().string() +
        "/peers/petrarch2/PETR_config.ini";
    std::cerr << "store_bench: " << pipeline.status().message() << "; using " << fallback << "\n";
    config.dictionaries = fallback;
    pipeline = herald::build_pipeline(config);
  }
  return pipeline;
}

// The store's cost with real annotations: the first 3,000 articles are annotated before the
// clock starts, then written.
void BM_StoreWriteAnnotated(benchmark::State& state) {
  if (!corpus_present(state)) return;
  auto pipeline = standard_pipeline();
  if (!pipeline.is_ok()) {
    state.SkipWithError(pipeline.status().to_string().c_str());
    return;
  }
  std::vector<herald::Document> annotated;
  herald::InputReader reader({corpus_path()}, {});
  size_t sentences = 0, rows = 0;
  herald::run_ordered(
      0,
      [&]() -> std::optional<herald::Document> {
        if (annotated.size() >= 3000) return std::nullopt;
        return reader.next();
      },
      [&](herald::Document& document) { (void)pipeline->run(document); },
      [&](herald::Document& document) {
        sentences += document.sentences.size();
        rows += 1 + document.sentences.size() + document.mentions.size() + document.quotes.size() +
                document.counts.size() + document.dates.size() + document.sentence_tones.size() +
                2 * document.events.size();
        annotated.push_back(std::move(document));
      });
  herald::StoreOptions options;
  options.batch_documents = static_cast<size_t>(state.range(0));
  options.batch_seconds = 1e9;  // batches closed by their size alone
  for (auto _ : state) {
    const std::string db = scratch_db();
    auto store = herald::Store::open(db, options);
    if (!store.is_ok()) {
      state.SkipWithError(store.status().to_string().c_str());
      return;
    }
    for (const herald::Document& document : annotated)
      if (!(*store)->write(document).is_ok()) {
        state.SkipWithError("write failed");
        return;
      }
    if (!(*store)->flush().is_ok()) {
      state.SkipWithError("commit failed");
      return;
    }
    store->reset();
    std::filesystem::remove(db);
  }
  const double runs = static_cast<double>(state.iterations());
  state.counters["articles/s"] =
      benchmark::Counter(static_cast<double>(annotated.size()) * runs, benchmark::Counter::kIsRate);
  state.counters["sentences/s"] =
      benchmark::Counter(static_cast<double>(sentences) * runs, benchmark::Counter::kIsRate);
  state.counters["rows/s"] =
      benchmark::Counter(static_cast<double>(rows) * runs, benchmark::Counter::kIsRate);
}
BENCHMARK(BM_StoreWriteAnnotated)
    ->Arg(1)
    ->Arg(500)
    ->Unit(benchmark::kSecond)
    ->Iterations(1)
    ->UseRealTime();

void BM_PipelineReuters(benchmark::State& state) {
  if (!corpus_present(state)) return;
  auto pipeline = standard_pipeline();
  if (!pipeline.is_ok()) {
    state.SkipWithError(pipeline.status().to_string().c_str());
    return;
  }
  size_t documents = 0, sentences = 0;
  for (auto _ : state) {
    herald::InputReader reader({corpus_path()}, {});
    herald::StoryIndex stories;
    documents = sentences = 0;
    herald::run_ordered(
        0,
        [&]() -> std::optional<herald::Document> {
          auto document = reader.next();
          if (document) stories.assign(*document);
          return document;
        },
        [&](herald::Document& document) { (void)pipeline->run(document); },
        [&](herald::Document& document) {
          ++documents;
          sentences += document.sentences.size();
        });
  }
  const double runs = static_cast<double>(state.iterations());
  state.counters["articles/s"] =
      benchmark::Counter(static_cast<double>(documents) * runs, benchmark::Counter::kIsRate);
  state.counters["sentences/s"] =
      benchmark::Counter(static_cast<double>(sentences) * runs, benchmark::Counter::kIsRate);
}
BENCHMARK(BM_PipelineReuters)->Unit(benchmark::kSecond)->Iterations(1)->UseRealTime();

void BM_IngestReuters(benchmark::State& state) {
  if (!corpus_present(state)) return;
  auto pipeline = standard_pipeline();
  if (!pipeline.is_ok()) {
    state.SkipWithError(pipeline.status().to_string().c_str());
    return;
  }
  size_t documents = 0, sentences = 0, events = 0;
  double megabytes = 0;
  herald::StoreOptions options;  // as `herald ingest` writes
  options.batch_documents = 500;
  options.batch_seconds = 0.2;
  for (auto _ : state) {
    const std::string db = scratch_db();
    auto store = herald::Store::open(db, options);
    if (!store.is_ok()) {
      state.SkipWithError(store.status().to_string().c_str());
      return;
    }
    herald::InputReader reader({corpus_path()}, {});
    herald::StoryIndex stories;
    documents = sentences = events = 0;
    herald::run_ordered(
        0,
        [&]() -> std::optional<herald::Document> {
          auto document = reader.next();
          if (document) stories.assign(*document);
          return document;
        },
        [&](herald::Document& document) { (void)pipeline->run(document); },
        [&](herald::Document& document) {
          if ((*store)->write(document).is_ok()) {
            ++documents;
            sentences += document.sentences.size();
            events += document.events.size();
          }
        });
    if (!(*store)->flush().is_ok()) {
      state.SkipWithError("commit failed");
      return;
    }
    store->reset();
    megabytes = file_megabytes(db);
    std::filesystem::remove(db);
  }
  const double runs = static_cast<double>(state.iterations());
  state.counters["articles"] = static_cast<double>(documents);
  state.counters["events"] = static_cast<double>(events);
  state.counters["articles/s"] =
      benchmark::Counter(static_cast<double>(documents) * runs, benchmark::Counter::kIsRate);
  state.counters["sentences/s"] =
      benchmark::Counter(static_cast<double>(sentences) * runs, benchmark::Counter::kIsRate);
  state.counters["db_MB"] = megabytes;
}
BENCHMARK(BM_IngestReuters)->Unit(benchmark::kSecond)->Iterations(1)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();

// Throughput of raw text -> sentences/tokens -> tags -> trees on real news (one thread).
//
// Reads the first HERALD_BENCH_MB megabytes (default 4) of article text from each corpus in
// ../shared/corpus (Reuters-21578, BBC News; JSON Lines), then measures each stage alone
// and end to end. Counters: sentences/s and tokens/s (rates), and the process's peak
// resident memory. The baseline is a plain whitespace split of the same text, measured in
// the same run, so results can be read as ratios on any machine.
//
//   cmake -S . -B build -DHERALD_BENCH=ON && ninja -C build syntax_bench
//   build/bench/syntax_bench --benchmark_counters_tabular=true
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "herald/herald.h"
#include "syntax/syntax_stage.h"
#include "text/text_stage.h"

namespace {

std::string shared_dir() {
  if (const char* from_environment = std::getenv("HERALD_SHARED")) return from_environment;
  return HERALD_SHARED_DIR;
}

std::vector<std::string> load_texts(const std::string& name) {
  size_t budget = 4u << 20;
  if (const char* megabytes = std::getenv("HERALD_BENCH_MB"))
    budget = std::strtoul(megabytes, nullptr, 10) << 20;
  std::vector<std::string> texts;
  std::ifstream in(shared_dir() + "/corpus/" + name);
  std::string line;
  size_t total = 0;
  while (total < budget && std::getline(in, line)) {
    try {
      nlohmann::json record = nlohmann::json::parse(line);
      if (!record.contains("text") || !record["text"].is_string()) continue;
      texts.push_back(record["text"].get<std::string>());
      total += texts.back().size();
    } catch (const nlohmann::json::exception&) {
      continue;  // a damaged line is skipped, not fatal for a benchmark
    }
  }
  return texts;
}

const std::vector<std::string>& corpus(int index) {
  static const std::vector<std::string> reuters = load_texts("reuters21578.jsonl");
  static const std::vector<std::string> bbc = load_texts("bbc_news.jsonl");
  return index == 0 ? reuters : bbc;
}

const herald::SyntaxStage& syntax_stage() {
  static auto stage = herald::make_syntax_stage();
  if (!stage.is_ok()) {
    std::fprintf(stderr, "%s\n", stage.status().message().c_str());
    std::exit(1);
  }
  return **stage;
}

std::vector<herald::Document> segmented(int index) {
  std::vector<herald::Document> documents;
  herald::TextStage text_stage;
  for (const std::string& text : corpus(index)) {
    herald::Document document;
    document.text = text;
    (void)text_stage.run(document);
    documents.push_back(std::move(document));
  }
  return documents;
}

void report(benchmark::State& state, size_t sentences, size_t tokens, size_t bytes) {
  state.counters["sentences/s"] =
      benchmark::Counter(double(sentences), benchmark::Counter::kIsRate);
  state.counters["tokens/s"] = benchmark::Counter(double(tokens), benchmark::Counter::kIsRate);
  state.SetBytesProcessed(int64_t(bytes));
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  state.counters["peak_rss_MB"] = double(usage.ru_maxrss) / 1024.0;
  state.SetLabel(state.range(0) == 0 ? "reuters21578" : "bbc_news");
}

void BM_BaselineWhitespaceSplit(benchmark::State& state) {
  const auto& texts = corpus(int(state.range(0)));
  size_t tokens = 0, bytes = 0;
  for (auto _ : state) {
    for (const std::string& text : texts) {
      size_t count = 0;
      bool in_word = false;
      for (char c : text) {
        bool space = c == ' ' || c == '\n' || c == '\t';
        count += !space && !in_word;
        in_word = !space;
      }
      benchmark::DoNotOptimize(count);
      tokens += count;
      bytes += text.size();
    }
  }
  report(state, 0, tokens, bytes);
}

void BM_Segment(benchmark::State& state) {
  const auto& texts = corpus(int(state.range(0)));
  herald::TextStage text_stage;
  size_t sentences = 0, tokens = 0, bytes = 0;
  for (auto _ : state) {
    for (const std::string& text : texts) {
      herald::Document document;
      document.text = text;
      (void)text_stage.run(document);
      sentences += document.sentences.size();
      tokens += document.tokens.size();
      bytes += text.size();
    }
  }
  report(state, sentences, tokens, bytes);
}

void BM_Tag(benchmark::State& state) {
  std::vector<herald::Document> documents = segmented(int(state.range(0)));
  const herald::SyntaxStage& stage = syntax_stage();
  size_t sentences = 0, tokens = 0, bytes = 0;
  for (auto _ : state) {
    for (herald::Document& document : documents) {
      for (herald::Sentence& sentence : document.sentences) stage.tag_sentence(document, sentence);
      sentences += document.sentences.size();
      tokens += document.tokens.size();
      bytes += document.text.size();
    }
  }
  report(state, sentences, tokens, bytes);
}

void BM_Parse(benchmark::State& state) {
  std::vector<herald::Document> documents = segmented(int(state.range(0)));
  const herald::SyntaxStage& stage = syntax_stage();
  for (herald::Document& document : documents)
    for (herald::Sentence& sentence : document.sentences) stage.tag_sentence(document, sentence);
  size_t sentences = 0, tokens = 0, bytes = 0;
  for (auto _ : state) {
    for (herald::Document& document : documents) {
      for (herald::Sentence& sentence : document.sentences)
        stage.parse_sentence(document, sentence);
      sentences += document.sentences.size();
      tokens += document.tokens.size();
      bytes += document.text.size();
    }
  }
  report(state, sentences, tokens, bytes);
}

void BM_TextToTrees(benchmark::State& state) {
  const auto& texts = corpus(int(state.range(0)));
  herald::TextStage text_stage;
  const herald::SyntaxStage& stage = syntax_stage();
  size_t sentences = 0, tokens = 0, bytes = 0;
  for (auto _ : state) {
    for (const std::string& text : texts) {
      herald::Document document;
      document.text = text;
      (void)text_stage.run(document);
      (void)stage.run(document);
      sentences += document.sentences.size();
      tokens += document.tokens.size();
      bytes += text.size();
    }
  }
  report(state, sentences, tokens, bytes);
}

// Raw text to events: the standard pipeline (text, syntax, coding; no extraction) with the
// PETRARCH2 Phoenix dictionaries from ../shared, or HERALD_BENCH_DICTS if set.
void BM_TextToEvents(benchmark::State& state) {
  herald::PipelineConfig config;
  config.extract = false;
  const char* dictionaries = std::getenv("HERALD_BENCH_DICTS");
  config.dictionaries =
      dictionaries ? dictionaries : shared_dir() + "/peers/petrarch2/PETR_config.ini";
  auto pipeline = herald::build_pipeline(config);
  if (!pipeline.is_ok()) {
    state.SkipWithError(pipeline.status().message().c_str());
    return;
  }
  const auto& texts = corpus(int(state.range(0)));
  size_t sentences = 0, tokens = 0, bytes = 0, events = 0;
  for (auto _ : state) {
    for (const std::string& text : texts) {
      herald::Document document;
      document.text = text;
      (void)pipeline->run(document);
      sentences += document.sentences.size();
      tokens += document.tokens.size();
      events += document.events.size();
      bytes += text.size();
    }
  }
  report(state, sentences, tokens, bytes);
  state.counters["events/s"] = benchmark::Counter(double(events), benchmark::Counter::kIsRate);
}

}  // namespace

BENCHMARK(BM_BaselineWhitespaceSplit)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Segment)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Tag)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Parse)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TextToTrees)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TextToEvents)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();

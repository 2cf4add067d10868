// Ingest throughput on the shared corpus: HTML pages -> Documents and Reuters JSON Lines ->
// Documents, each next to baselines measured in the same run (memcpy of the same bytes;
// splitting the JSON Lines into lines; libxml2's HTML parser alone), so results can be quoted
// as ratios.
//
//   build/bench/ingest_bench --benchmark_min_time=2s
// HERALD_SHARED overrides the location of ../shared.
#include <benchmark/benchmark.h>
#include <libxml/HTMLparser.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/html_reader.h"
#include "ingest/jsonl_reader.h"
#include "ingest/language_identifier.h"
#include "ingest/story_index.h"

namespace {

std::string shared_dir() {
  if (const char* from_environment = std::getenv("HERALD_SHARED")) return from_environment;
  return HERALD_SHARED_DIR;
}

std::string read_all(const std::filesystem::path& path) {
  std::ifstream stream(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(stream), {});
}

const std::vector<std::string>& html_pages() {
  static const std::vector<std::string> pages = [] {
    std::vector<std::string> list;
    const std::filesystem::path folder = std::filesystem::path(shared_dir()) / "corpus/html";
    std::error_code error;
    std::vector<std::filesystem::path> paths;
    for (const auto& entry : std::filesystem::directory_iterator(folder, error))
      if (entry.path().extension() == ".html") paths.push_back(entry.path());
    std::sort(paths.begin(), paths.end());
    for (const auto& path : paths) list.push_back(read_all(path));
    return list;
  }();
  return pages;
}

const std::string& reuters_jsonl() {
  static const std::string bytes =
      read_all(std::filesystem::path(shared_dir()) / "corpus/reuters21578.jsonl");
  return bytes;
}

size_t total_size(const std::vector<std::string>& pages) {
  size_t total = 0;
  for (const auto& page : pages) total += page.size();
  return total;
}

void BM_HtmlMemcpyBaseline(benchmark::State& state) {
  const auto& pages = html_pages();
  if (pages.empty()) return state.SkipWithError("corpus/html not found");
  std::string target(total_size(pages), '\0');
  for (auto _ : state) {
    size_t offset = 0;
    for (const auto& page : pages) {
      std::memcpy(target.data() + offset, page.data(), page.size());
      offset += page.size();
    }
    benchmark::DoNotOptimize(target.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * total_size(pages)));
}
BENCHMARK(BM_HtmlMemcpyBaseline);

void BM_HtmlLibxml2ParseOnly(benchmark::State& state) {
  const auto& pages = html_pages();
  if (pages.empty()) return state.SkipWithError("corpus/html not found");
  const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                      HTML_PARSE_NONET | HTML_PARSE_COMPACT | HTML_PARSE_NOIMPLIED;
  for (auto _ : state) {
    for (const auto& page : pages) {
      htmlDocPtr document =
          htmlReadMemory(page.data(), static_cast<int>(page.size()), nullptr, "UTF-8", options);
      benchmark::DoNotOptimize(document);
      xmlFreeDoc(document);
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * total_size(pages)));
}
BENCHMARK(BM_HtmlLibxml2ParseOnly)->Unit(benchmark::kMillisecond);

void BM_HtmlPagesToDocuments(benchmark::State& state) {
  const auto& pages = html_pages();
  if (pages.empty()) return state.SkipWithError("corpus/html not found");
  herald::ReadOptions options;
  size_t documents = 0;
  for (auto _ : state) {
    for (const auto& page : pages) {
      herald::Document document;
      std::vector<herald::ReadError> errors;
      if (herald::read_html_page("page.html", "", page, options, document, errors).is_ok())
        ++documents;
      benchmark::DoNotOptimize(document.text.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * total_size(pages)));
  state.counters["documents"] = static_cast<double>(documents) / state.iterations();
}
BENCHMARK(BM_HtmlPagesToDocuments)->Unit(benchmark::kMillisecond);

void BM_ReutersMemcpyBaseline(benchmark::State& state) {
  const std::string& bytes = reuters_jsonl();
  if (bytes.empty()) return state.SkipWithError("corpus/reuters21578.jsonl not found");
  std::string copy(bytes.size(), '\0');
  for (auto _ : state) {
    std::memcpy(copy.data(), bytes.data(), bytes.size());
    benchmark::DoNotOptimize(copy.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes.size()));
}
BENCHMARK(BM_ReutersMemcpyBaseline);

// The least any JSON Lines reader does: find each line (memchr) and look at its first byte.
void BM_ReutersLineSplitBaseline(benchmark::State& state) {
  const std::string& bytes = reuters_jsonl();
  if (bytes.empty()) return state.SkipWithError("corpus/reuters21578.jsonl not found");
  size_t lines = 0;
  for (auto _ : state) {
    lines = 0;
    size_t start = 0;
    while (start < bytes.size()) {
      const void* newline = std::memchr(bytes.data() + start, '\n', bytes.size() - start);
      const size_t end = newline
                             ? static_cast<size_t>(static_cast<const char*>(newline) - bytes.data())
                             : bytes.size();
      std::string_view line(bytes.data() + start, end - start);
      benchmark::DoNotOptimize(line.data());
      lines += !line.empty() && line.front() == '{';
      start = end + 1;
    }
    benchmark::DoNotOptimize(lines);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes.size()));
  state.counters["lines"] = static_cast<double>(lines);
}
BENCHMARK(BM_ReutersLineSplitBaseline);

// Documents as `herald extract` reads them (clean:1: site chrome, repairs, dateline dates) and
// raw (clean:0). Each iteration also destroys the documents it made, as a reader's caller
// eventually does.
void BM_ReutersJsonlToDocuments(benchmark::State& state) {
  const std::string& bytes = reuters_jsonl();
  if (bytes.empty()) return state.SkipWithError("corpus/reuters21578.jsonl not found");
  herald::JsonLinesReader reader;
  herald::ReadOptions options;
  options.clean_text = state.range(0) != 0;
  size_t documents = 0;
  for (auto _ : state) {
    std::vector<herald::Document> out;
    std::vector<herald::ReadError> errors;
    (void)reader.read("reuters21578.jsonl", bytes, options, out, errors);
    documents = out.size();
    benchmark::DoNotOptimize(out.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes.size()));
  state.counters["documents"] = static_cast<double>(documents);
}
BENCHMARK(BM_ReutersJsonlToDocuments)
    ->Arg(1)
    ->Arg(0)
    ->ArgName("clean")
    ->Unit(benchmark::kMillisecond);

void BM_ReutersLanguageAndStories(benchmark::State& state) {
  const std::string& bytes = reuters_jsonl();
  if (bytes.empty()) return state.SkipWithError("corpus/reuters21578.jsonl not found");
  auto languages = herald::LanguageIdentifier::load();
  if (!languages.is_ok()) return state.SkipWithError("exttextcat fingerprints not found");
  herald::JsonLinesReader reader;
  std::vector<herald::Document> documents;
  std::vector<herald::ReadError> errors;
  (void)reader.read("reuters21578.jsonl", bytes, {}, documents, errors);
  for (auto _ : state) {
    herald::StoryIndex stories;
    for (auto& document : documents) {
      (*languages)->identify(document);
      stories.assign(document);
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes.size()));
}
BENCHMARK(BM_ReutersLanguageAndStories)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();

// Coding speed and dictionary load cost with the Phoenix dictionaries (../shared).
//
//   BM_LoadPhoenixDictionaries  load + compile every Phoenix dictionary named by
//                               PETR_config.ini; counters: resident MB added by the set.
//   BM_ReadPetrarchSentences    baseline: build the Documents (tokens aligned, trees
//                               converted) for the same sentences, without coding.
//   BM_CodePetrarchSentences    code GigaWord.sample.PETR.xml repeated to >= 5,000 sentences
//                               on one thread; items/s = sentences per second.
// Quote coding speed as a ratio to the baseline measured in the same run.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <string>
#include <unistd.h>

#include "coding/dictionary_set.h"
#include "coding/event_coder.h"
#include "ingest/petrarch_xml_reader.h"

namespace {

std::string shared_dir() {
  if (const char* from_environment = std::getenv("HERALD_SHARED")) return from_environment;
  return HERALD_SHARED_DIR;
}

double resident_megabytes() {
  std::ifstream statm("/proc/self/statm");
  long size = 0, resident = 0;
  statm >> size >> resident;
  return static_cast<double>(resident) * static_cast<double>(sysconf(_SC_PAGESIZE)) / 1048576.0;
}

constexpr size_t kMinimumSentences = 5000;

std::vector<herald::PetrarchRecord> sample_records() {
  auto bytes = herald::coding::read_dictionary_file(shared_dir() + "/peers/petrarch2/GigaWord.sample.PETR.xml");
  if (!bytes.is_ok()) return {};
  auto file = herald::parse_petrarch_xml("GigaWord.sample.PETR.xml", bytes.value());
  if (!file.is_ok()) return {};
  std::vector<herald::PetrarchRecord> records;
  for (const auto& item : file.value().items)
    if (!item.is_config) records.push_back(item.record);
  return records;
}

std::vector<herald::Document> sample_documents() {
  const auto records = sample_records();
  std::vector<herald::Document> documents;
  while (!records.empty() && documents.size() < kMinimumSentences)
    for (const auto& record : records) {
      auto document = herald::petrarch_record_to_document(record, "GigaWord");
      if (document.is_ok()) documents.push_back(std::move(document.value()));
    }
  return documents;
}

const std::string& manifest() {
  static const std::string path = shared_dir() + "/peers/petrarch2/PETR_config.ini";
  return path;
}

void BM_LoadPhoenixDictionaries(benchmark::State& state) {
  double added = 0;
  for (auto _ : state) {
    const double before = resident_megabytes();
    auto set = herald::coding::DictionarySet::load_manifest(manifest());
    if (!set.is_ok()) {
      state.SkipWithError(set.status().message().c_str());
      return;
    }
    added = resident_megabytes() - before;
    benchmark::DoNotOptimize(set.value());
  }
  state.counters["resident_MB_added"] = added;
  state.counters["resident_MB_total"] = resident_megabytes();
}
BENCHMARK(BM_LoadPhoenixDictionaries)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_ReadPetrarchSentences(benchmark::State& state) {
  const auto records = sample_records();
  if (records.empty()) {
    state.SkipWithError("GigaWord.sample.PETR.xml not found (set HERALD_SHARED)");
    return;
  }
  size_t sentences = 0;
  for (auto _ : state) {
    sentences = 0;
    while (sentences < kMinimumSentences)
      for (const auto& record : records) {
        auto document = herald::petrarch_record_to_document(record, "GigaWord");
        benchmark::DoNotOptimize(document);
        ++sentences;
      }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * sentences));
}
BENCHMARK(BM_ReadPetrarchSentences)->Unit(benchmark::kMillisecond);

void BM_CodePetrarchSentences(benchmark::State& state) {
  auto set = herald::coding::DictionarySet::load_manifest(manifest());
  if (!set.is_ok()) {
    state.SkipWithError(set.status().message().c_str());
    return;
  }
  const herald::coding::EventCoder coder(set.value());
  auto documents = sample_documents();
  if (documents.empty()) {
    state.SkipWithError("GigaWord.sample.PETR.xml not found (set HERALD_SHARED)");
    return;
  }
  size_t events = 0;
  for (auto _ : state) {
    events = 0;
    for (auto& document : documents) {
      document.events.clear();
      document.mentions.clear();
      for (auto& sentence : document.sentences) sentence.discarded = false;
      coder.code_document(document, set.value()->options());
      events += document.events.size();
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * documents.size()));
  state.counters["sentences"] = static_cast<double>(documents.size());
  state.counters["events_per_pass"] = static_cast<double>(events);
}
BENCHMARK(BM_CodePetrarchSentences)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();

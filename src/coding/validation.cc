#include "coding/validation.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>

#include "coding/event_coder.h"

namespace herald::coding {

std::string Triple::to_string() const { return fmt::format("{} {} {}", source, target, code); }

Result<ValidationReport> run_validation(const std::string& path,
                                        const ValidationSettings& settings) {
  Result<std::string> bytes = read_dictionary_file(path);
  if (!bytes.is_ok()) return bytes.status();
  Result<PetrarchFile> file = parse_petrarch_xml(path, bytes.value());
  if (!file.is_ok()) return file.status();
  const std::filesystem::path folder = std::filesystem::path(path).parent_path();
  auto resolve = [&](const std::string& name) {
    if (name.empty()) return name;
    return std::filesystem::path(name).is_absolute() ? name : (folder / name).string();
  };
  DictionaryFiles files;
  files.verbs = resolve(file.value().verb_file);
  for (const std::string& actor : file.value().actor_files) files.actors.push_back(resolve(actor));
  files.agents = resolve(file.value().agent_file);
  files.discards = resolve(file.value().discard_file);
  if (files.verbs.empty())
    return Status::data_error(fmt::format("{}: <Environment> names no <Verbfile>", path));
  auto dictionaries = DictionarySet::load(files);
  if (!dictionaries.is_ok()) return dictionaries.status();
  const EventCoder coder(dictionaries.value());

  ValidationReport report;
  report.problems = dictionaries.value()->problems();
  CodingOptions options;
  // PETRARCH2 codes a negated verb as the positive event unless a pattern names the
  // negation; its suite expects that.
  options.skip_negated = false;
  // It also keeps the subject of an agentless passive as the source ("The Philippines was
  // criticized ..." is PHL criticizing).
  options.passive_subject_is_target = false;
  for (const PetrarchItem& item : file.value().items) {
    if (item.is_config) {
      options.set(item.config.option, item.config.value);
      continue;
    }
    const PetrarchRecord& record = item.record;
    RecordResult result;
    result.id = record.id;
    result.category = record.category.empty() ? "(none)" : record.category;
    result.text = record.text;
    result.expected_error = record.expected_error;
    if (record.expected_error.empty() && !record.expects_no_events)
      for (const ExpectedEvent& expected : record.expected)
        result.expected.push_back({expected.source, expected.target, expected.code});
    std::sort(result.expected.begin(), result.expected.end());
    result.expected.erase(std::unique(result.expected.begin(), result.expected.end()),
                          result.expected.end());

    PetrarchRecord to_read = record;
    if (settings.reparse != nullptr) to_read.parse.clear();
    Result<Document> document = petrarch_record_to_document(to_read, path);
    if (!document.is_ok()) {
      result.reader_error = document.status().message();
    } else {
      Document& doc = document.value();
      Status annotated = Status::ok();
      if (settings.reparse != nullptr) {
        doc.sentences.clear();
        doc.tokens.clear();
        annotated = settings.reparse->run(doc);
        for (Sentence& sentence : doc.sentences) {
          sentence.id = record.id;
          sentence.date = doc.published;
        }
      }
      if (!annotated.is_ok()) {
        result.reader_error = annotated.message();
      } else {
        coder.code_document(doc, options);
        for (const Sentence& sentence : doc.sentences)
          if (sentence.discarded) result.discard_reason = sentence.discard_reason;
        for (const Event& event : doc.events) {
          result.produced.push_back({event.source, event.target, event.code});
          result.evidence.push_back(
              fmt::format("{} <- {}{}", result.produced.back().to_string(), event.evidence.pattern,
                          event.evidence.note.empty() ? "" : " (" + event.evidence.note + ")"));
        }
      }
    }
    std::sort(result.produced.begin(), result.produced.end());
    result.produced.erase(std::unique(result.produced.begin(), result.produced.end()),
                          result.produced.end());
    for (const Triple& triple : result.produced)
      if (std::binary_search(result.expected.begin(), result.expected.end(), triple))
        ++result.matched;
    result.exact = result.produced == result.expected;

    if (!report.categories.count(result.category)) report.category_order.push_back(result.category);
    CategoryTotals& totals = report.categories[result.category];
    for (CategoryTotals* sum : {&totals, &report.totals}) {
      ++sum->records;
      sum->exact += result.exact ? 1 : 0;
      sum->expected += result.expected.size();
      sum->produced += result.produced.size();
      sum->matched += result.matched;
    }
    report.records.push_back(std::move(result));
  }
  return report;
}

}  // namespace herald::coding

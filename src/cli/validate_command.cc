// herald validate: code a PETRARCH validation file and compare with its expected events.
#include <fmt/format.h>

#include <iostream>

#include "cli/command.h"
#include "coding/validation.h"
#include "herald/herald.h"

namespace herald::cli {
namespace {

struct ValidateOptions {
  std::string path;
  bool misses = false;
  bool reparse = false;
  bool problems = false;
};

std::string percent(size_t part, size_t whole) {
  return whole == 0 ? "-" : fmt::format("{:.1f}%", 100.0 * static_cast<double>(part) / static_cast<double>(whole));
}

void print_misses(const coding::ValidationReport& report) {
  for (const coding::RecordResult& record : report.records) {
    if (record.exact) continue;
    std::cout << fmt::format("\n{} [{}] {}\n", record.id, record.category, record.text);
    if (!record.reader_error.empty()) std::cout << "  not coded: " << record.reader_error << "\n";
    if (!record.discard_reason.empty()) std::cout << "  discarded: " << record.discard_reason << "\n";
    if (!record.expected_error.empty())
      std::cout << "  expected: no events (error=" << record.expected_error << ")\n";
    for (const coding::Triple& triple : record.expected)
      if (!std::binary_search(record.produced.begin(), record.produced.end(), triple))
        std::cout << "  missing:  " << triple.to_string() << "\n";
    for (const coding::Triple& triple : record.produced)
      if (!std::binary_search(record.expected.begin(), record.expected.end(), triple))
        std::cout << "  extra:    " << triple.to_string() << "\n";
    for (const std::string& line : record.evidence) std::cout << "  produced: " << line << "\n";
  }
}

int run_validate(const ValidateOptions& options) {
  coding::ValidationSettings settings;
  std::optional<Pipeline> reparse;
  if (options.reparse) {
    PipelineConfig config;
    config.identify_language = false;  // suite sentences are English and too short to identify
    config.code_events = false;
    config.extract = false;
    Result<Pipeline> pipeline = build_pipeline(config);
    if (!pipeline.is_ok()) {
      std::cerr << "herald validate: --reparse: " << pipeline.status().message() << "\n";
      return kExitBadInput;
    }
    if (!pipeline.value().produces().has(Annotation::kTrees)) {
      std::cerr << "herald validate: --reparse: no parser is available in this build (the "
                   "text and syntax stages are not present), so raw text cannot be parsed\n";
      return kExitBadInput;
    }
    reparse.emplace(std::move(pipeline.value()));
    settings.reparse = &*reparse;
  }
  Result<coding::ValidationReport> report = coding::run_validation(options.path, settings);
  if (!report.is_ok()) {
    std::cerr << "herald validate: " << report.status().message() << "\n";
    return kExitBadInput;
  }
  const coding::ValidationReport& result = report.value();
  if (options.problems)
    for (const coding::DictionaryProblem& problem : result.problems)
      std::cerr << problem.to_string() << "\n";
  else if (!result.problems.empty())
    std::cerr << fmt::format("herald validate: {} dictionary line(s) skipped (--problems lists them)\n",
                             result.problems.size());
  if (options.misses) print_misses(result);
  std::cout << fmt::format("\n{:<12} {:>8} {:>8} {:>8} {:>9} {:>9} {:>8}\n", "category", "records",
                           "exact", "exact%", "expected", "produced", "matched");
  auto row = [](const std::string& name, const coding::CategoryTotals& totals) {
    std::cout << fmt::format("{:<12} {:>8} {:>8} {:>8} {:>9} {:>9} {:>8}\n", name, totals.records,
                             totals.exact, percent(totals.exact, totals.records), totals.expected,
                             totals.produced, totals.matched);
  };
  for (const std::string& category : result.category_order) row(category, result.categories.at(category));
  row("TOTAL", result.totals);
  std::cout << fmt::format("precision {}  recall {}\n",
                           percent(result.totals.matched, result.totals.produced),
                           percent(result.totals.matched, result.totals.expected));
  return kExitOk;
}

RunFunction configure_validate(CLI::App& app) {
  auto options = std::make_shared<ValidateOptions>();
  app.add_option("file", options->path, "PETRARCH validation file (XML)")->required();
  app.add_flag("--misses", options->misses, "List every record that is not exact, and why");
  app.add_flag("--reparse", options->reparse,
               "Ignore the given parses: annotate the text with herald's own parser");
  app.add_flag("--problems", options->problems, "List skipped dictionary lines");
  return [options] { return run_validate(*options); };
}

}  // namespace

HERALD_REGISTER_COMMAND({"validate", "Code a PETRARCH validation file and score it",
                         configure_validate, 40});

}  // namespace herald::cli

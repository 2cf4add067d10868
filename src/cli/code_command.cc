// herald code: articles in, coded events (and everything else herald finds) out.
#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/cli_support.h"
#include "cli/command.h"
#include "cli/summary_printer.h"
#include "herald/herald.h"
#include "herald/json.h"
#include "herald/thread_pool.h"
#include "ingest/petrarch_xml_reader.h"

namespace herald::cli {
namespace {

struct CodeOptions {
  InputOptions input;
  std::string output_path;
  std::string output_format = "events";
  bool json = false;
  bool no_extract = false;
  std::string data_dir;
  std::string dictionaries;
  bool parsed = false;
};

// True when the input is pre-parsed PETRARCH XML: forced with --parsed or
// --input-format petrarch, or detected because every input file looks like it.
bool input_is_preparsed(const CodeOptions& options) {
  if (options.parsed || options.input.format == "petrarch") return true;
  if (options.input.format != "auto" || options.input.inputs.empty()) return false;
  const PetrarchXmlReader reader;
  for (const std::string& input : options.input.inputs) {
    std::error_code error;
    if (input == "-" || !std::filesystem::is_regular_file(input, error)) return false;
    std::ifstream in(input, std::ios::binary);
    std::string head(4096, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<size_t>(in.gcount()));
    if (reader.sniff(input, head) < 80) return false;
  }
  return true;
}

std::string tsv_field(std::string_view text) {
  std::string field;
  for (char c : text) field.push_back(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
  return field;
}

// PETRARCH2's event columns: date, source, target, code, issues, sentence id, url,
// source name, source text, target text, event text.
void print_petrarch_line(const Document& document, const Event& event, std::ostream& out) {
  std::string date;
  if (event.date.has_day())
    date = fmt::format("{:04}{:02}{:02}", event.date.year, event.date.month, event.date.day);
  std::string issues;
  for (const std::string& issue : event.issues) issues += (issues.empty() ? "" : ";") + issue;
  out << date << '\t' << event.source << '\t' << event.target << '\t' << event.code << '\t'
      << issues << '\t' << tsv_field(event.evidence.sentence_id) << '\t' << tsv_field(document.url)
      << '\t' << tsv_field(document.source_name) << '\t'
      << tsv_field(document.text_of(event.evidence.source)) << '\t'
      << tsv_field(document.text_of(event.evidence.target)) << '\t'
      << tsv_field(document.text_of(event.evidence.verb)) << '\n';
}

int run_code(const CodeOptions& options) {
  Result<ReadOptions> read_options = make_read_options(options.input);
  if (!read_options.is_ok()) {
    std::cerr << "herald code: " << read_options.status().message() << "\n";
    return kExitUsage;
  }
  const std::string format = options.json ? "json" : options.output_format;
  if (format != "events" && format != "json" && format != "summary" && format != "petrarch") {
    std::cerr << "herald code: --format: '" << format
              << "' is not one of events, json, summary, petrarch\n";
    return kExitUsage;
  }

  PipelineConfig config;
  config.data_dir = options.data_dir;
  config.dictionaries = options.dictionaries;
  config.extract = !options.no_extract;
  if (input_is_preparsed(options)) {
    config.annotate_syntax = false;
    config.identify_language = false;  // PETRARCH XML sentences are English by convention
  }
  ReadOptions chosen_read_options = *read_options;
  if (options.parsed) chosen_read_options.format = "petrarch";
  Result<Pipeline> pipeline = build_pipeline(config);
  if (!pipeline.is_ok()) {
    std::cerr << "herald code: " << pipeline.status().message() << "\n";
    return kExitBadInput;
  }
  auto output = Output::open(options.output_path);
  if (!output.is_ok()) {
    std::cerr << "herald code: " << output.status().message() << "\n";
    return kExitBadInput;
  }
  std::ostream& out = (*output)->stream();

  InputReader reader(options.input.inputs, chosen_read_options);
  Progress progress("code");
  progress.set_total_bytes(total_input_bytes(options.input.inputs));
  size_t documents = 0, sentences = 0, events = 0, failed = 0;
  run_ordered(
      options.input.threads == 0 ? 0 : options.input.threads,
      [&] { return reader.next(); },
      [&](Document& document) {
        Status status = pipeline->run(document);
        if (!status.is_ok())
          document.diagnostics.push_back({"pipeline", status.to_string(), {}});
      },
      [&](Document& document) {
        ++documents;
        sentences += document.sentences.size();
        events += document.events.size();
        for (const Diagnostic& diagnostic : document.diagnostics)
          if (diagnostic.stage == "pipeline") {
            ++failed;
            std::cerr << "herald code: " << document.source_name << ": " << diagnostic.message
                      << "\n";
          }
        if (format == "json") {
          out << json_line(document_to_json(document)) << "\n";
        } else if (format == "summary") {
          print_summary(document, out);
        } else if (format == "petrarch") {
          for (const Event& event : document.events) print_petrarch_line(document, event, out);
        } else {
          for (const Event& event : document.events) {
            nlohmann::json line = event_to_json(document, event);
            line["document"] = document.id;
            out << json_line(line) << "\n";
          }
        }
        progress.update({.documents = documents,
                         .sentences = sentences,
                         .events = events,
                         .bytes_done = reader.bytes_consumed()});
      });
  progress.finish();
  Status committed = (*output)->commit();
  if (!committed.is_ok()) {
    std::cerr << "herald code: " << committed.message() << "\n";
    return kExitBadInput;
  }
  const int code = report_read_summary("code", reader.summary());
  return failed > 0 ? kExitBadInput : code;
}

RunFunction configure_code(CLI::App& app) {
  auto options = std::make_shared<CodeOptions>();
  add_input_options(app, options->input);
  app.add_option("-o,--output", options->output_path, "Write to FILE instead of stdout");
  app.add_option("--format", options->output_format,
                 "Output: events (JSON Lines), json (whole documents), summary (readable), "
                 "petrarch (PETRARCH2 event TSV)")
      ->capture_default_str();
  app.add_flag("--json", options->json, "Print whole documents as JSON (same as --format json)");
  app.add_flag("--no-extract", options->no_extract,
               "Code events only; skip entities, quotes, counts, dates and tone");
  app.add_option("--data", options->data_dir, "herald's data folder (default: the built-in one)");
  app.add_option("--dicts", options->dictionaries,
                 "PETRARCH2-format dictionaries to use instead of herald's own: an ini file "
                 "with a [Dictionaries] section, or a folder holding PETR_config.ini or "
                 "dictionaries.ini");
  app.add_flag("--parsed", options->parsed,
               "Input is pre-parsed PETRARCH XML (sentences with <Parse> trees)");
  return [options] { return run_code(*options); };
}

}  // namespace

HERALD_REGISTER_COMMAND({"code", "Code events from articles (text, HTML, JSON Lines, ...)",
                         configure_code, 10});

}  // namespace herald::cli

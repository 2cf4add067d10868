// herald extract: shows what herald read from its input, one JSON object per document
// (id, url, source, title, date, language, categories, tags, authors, text, repairs,
// story_id, metadata), so a user can check the readers before coding events.
#include <fmt/format.h>

#include <iostream>

#include "cli/cli_support.h"
#include "cli/command.h"
#include "herald/json.h"
#include "ingest/language_identifier.h"
#include "ingest/story_index.h"

namespace herald::cli {
namespace {

struct ExtractOptions {
  InputOptions input;
  std::string output_path;
  std::vector<std::string> json_fields;
  bool raw = false;
  bool no_language = false;
  bool no_stories = false;
  bool summary_only = false;
};

Status apply_json_fields(const std::vector<std::string>& assignments, JsonFieldNames& fields) {
  for (const std::string& assignment : assignments) {
    const size_t equals = assignment.find('=');
    if (equals == std::string::npos || equals == 0 || equals + 1 == assignment.size())
      return Status::invalid_argument(
          fmt::format("--json-field: '{}' is not of the form ROLE=NAME", assignment));
    const std::string role = assignment.substr(0, equals);
    const std::string name = assignment.substr(equals + 1);
    std::vector<std::string>* names = role == "text"    ? &fields.text
                                      : role == "title" ? &fields.title
                                      : role == "date"  ? &fields.date
                                      : role == "url"   ? &fields.url
                                      : role == "id"    ? &fields.id
                                                        : nullptr;
    if (!names)
      return Status::invalid_argument(
          fmt::format("--json-field: '{}' is not one of text, title, date, url, id", role));
    names->insert(names->begin(), name);
  }
  return Status::ok();
}

nlohmann::json extract_json(const Document& document) {
  nlohmann::json repairs = nlohmann::json::array();
  for (const Repair& repair : document.repairs)
    repairs.push_back({{"kind", repair.kind},
                       {"before", repair.before},
                       {"after", repair.after},
                       {"offset", repair.offset}});
  return nlohmann::json{
      {"id", document.id},
      {"url", document.url},
      {"source", document.source_name},
      {"title", document.title},
      {"date", document.published.known() ? nlohmann::json(document.published.to_string())
                                          : nlohmann::json(nullptr)},
      {"language", document.language},
      {"categories", document.categories},
      {"tags", document.tags},
      {"authors", document.authors},
      {"story_id", document.story_id},
      {"text", document.text},
      {"repairs", std::move(repairs)},
      {"metadata", document.metadata}};
}

int run_extract(const ExtractOptions& options) {
  Result<ReadOptions> read_options = make_read_options(options.input);
  if (!read_options.is_ok()) {
    std::cerr << "herald extract: " << read_options.status().message() << "\n";
    return kExitUsage;
  }
  read_options->clean_text = !options.raw;
  if (Status status = apply_json_fields(options.json_fields, read_options->json_fields);
      !status.is_ok()) {
    std::cerr << "herald extract: " << status.message() << "\n";
    return kExitUsage;
  }
  std::unique_ptr<LanguageIdentifier> languages;
  if (!options.no_language) {
    Result<std::unique_ptr<LanguageIdentifier>> loaded = LanguageIdentifier::load();
    if (loaded.is_ok()) {
      languages = std::move(*loaded);
    } else {
      std::cerr << "herald extract: warning: " << loaded.status().message()
                << "; languages not identified\n";
    }
  }
  auto output = Output::open(options.output_path);
  if (!output.is_ok()) {
    std::cerr << "herald extract: " << output.status().message() << "\n";
    return kExitBadInput;
  }
  std::ostream& out = (*output)->stream();
  StoryIndex stories;
  InputReader reader(options.input.inputs, *read_options);
  size_t documents = 0, non_english = 0;
  while (std::optional<Document> document = reader.next()) {
    if (languages) {
      languages->identify(*document);
      if (!document->language.empty() && document->language != "en") ++non_english;
    }
    if (!options.no_stories) stories.assign(*document);
    ++documents;
    if (!options.summary_only) out << json_line(extract_json(*document)) << "\n";
  }
  Status committed = (*output)->commit();
  if (!committed.is_ok()) {
    std::cerr << "herald extract: " << committed.message() << "\n";
    return kExitBadInput;
  }
  const StoryIndex::Counts counts = stories.counts();
  std::cerr << fmt::format(
      "herald extract: {} document(s); {} not in English; {} stories ({} exact and {} near "
      "duplicate(s) joined an earlier story)\n",
      documents, non_english, counts.stories, counts.exact_duplicates, counts.near_duplicates);
  return report_read_summary("extract", reader.summary());
}

RunFunction configure_extract(CLI::App& app) {
  auto options = std::make_shared<ExtractOptions>();
  add_input_options(app, options->input);
  app.add_option("-o,--output", options->output_path, "Write to FILE instead of stdout");
  app.add_option("--json-field", options->json_fields,
                 "JSON Lines member to read for a role, e.g. text=body or title=headline "
                 "(roles: text, title, date, url, id); may repeat");
  app.add_flag("--raw", options->raw,
               "Keep the text as read: no site-chrome removal, repairs or dateline dates");
  app.add_flag("--no-language", options->no_language, "Do not identify languages");
  app.add_flag("--no-stories", options->no_stories, "Do not group near-duplicate stories");
  app.add_flag("--summary", options->summary_only, "Print only the counts, not the documents");
  return [options] { return run_extract(*options); };
}

}  // namespace

HERALD_REGISTER_COMMAND({"extract",
                         "Show the documents herald reads from files, folders or stdin "
                         "(JSON Lines)",
                         configure_extract, 20});

}  // namespace herald::cli

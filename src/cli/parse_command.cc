// herald parse: sentences, tokens, tags and trees for inspection, and --evaluate against
// gold treebank parses (bracket F1 and tagging accuracy).
#include <fmt/format.h>

#include <chrono>
#include <iostream>

#include "cli/cli_support.h"
#include "cli/command.h"
#include "herald/json.h"
#include "herald/thread_pool.h"
#include "syntax/syntax_stage.h"
#include "syntax/tree_evaluation.h"
#include "text/text_stage.h"

namespace herald::cli {
namespace {

struct ParseOptions {
  InputOptions input;
  std::string output_path;
  bool json = false;
  std::vector<std::string> evaluate;
};

void print_document(const Document& document, std::ostream& out) {
  out << "# document " << document.id;
  if (!document.source_name.empty()) out << " (" << document.source_name << ")";
  out << "\n";
  for (size_t s = 0; s < document.sentences.size(); ++s) {
    const Sentence& sentence = document.sentences[s];
    out << fmt::format("## sentence {} [{}-{}]\n", s + 1, sentence.span.begin, sentence.span.end);
    out << "text: " << document.text_of(sentence.span) << "\n";
    out << "tokens:";
    for (uint32_t i = sentence.token_begin; i < sentence.token_end; ++i) {
      const Token& token = document.tokens[i];
      out << ' ' << document.text_of(token.span) << '/' << token.tag;
      if (!token.lemma.empty() && token.lemma != token.norm) out << '/' << token.lemma;
    }
    out << "\ntree: " << bracketed_tree(document, sentence) << "\n";
  }
  for (const Diagnostic& diagnostic : document.diagnostics)
    out << "warning: " << diagnostic.stage << ": " << diagnostic.message << "\n";
}

int run_evaluate(const ParseOptions& options, const TextStage& text_stage,
                 const SyntaxStage& syntax_stage, std::ostream& out) {
  syntax::EvaluationScore total;
  int exit_code = kExitOk;
  out << fmt::format("{:<40} {:>7} {:>9} {:>9} {:>9} {:>9} {:>10}\n", "file", "records",
                     "precision", "recall", "F1", "tag acc.", "sentences/s");
  for (const std::string& path : options.evaluate) {
    auto records = syntax::read_gold_records(path);
    if (!records.is_ok()) {
      std::cerr << "herald parse: " << records.status().message() << "\n";
      exit_code = kExitBadInput;
      continue;
    }
    auto start = std::chrono::steady_clock::now();
    syntax::EvaluationScore score = syntax::evaluate_records(*records, text_stage, syntax_stage);
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::string name = path.substr(path.find_last_of('/') + 1);
    out << fmt::format("{:<40} {:>7} {:>9.4f} {:>9.4f} {:>9.4f} {:>9.4f} {:>10.0f}\n", name,
                       score.records, score.precision(), score.recall(), score.f1(),
                       score.tag_accuracy(), seconds > 0 ? score.records / seconds : 0.0);
    if (score.gold_unreadable > 0)
      std::cerr << fmt::format("herald parse: {}: {} gold parses could not be read\n", path,
                               score.gold_unreadable);
    total.add(score);
  }
  if (options.evaluate.size() > 1)
    out << fmt::format("{:<40} {:>7} {:>9.4f} {:>9.4f} {:>9.4f} {:>9.4f}\n", "total", total.records,
                       total.precision(), total.recall(), total.f1(), total.tag_accuracy());
  out << fmt::format(
      "brackets: gold {}, herald {}, matched {}; tags: {} aligned of {} gold words\n",
      total.gold_brackets, total.test_brackets, total.matched_brackets, total.aligned_tokens,
      total.gold_tokens);
  return exit_code;
}

int run_parse(const ParseOptions& options) {
  auto syntax_stage = make_syntax_stage();
  if (!syntax_stage.is_ok()) {
    std::cerr << "herald parse: " << syntax_stage.status().message() << "\n";
    return kExitBadInput;
  }
  auto output = Output::open(options.output_path);
  if (!output.is_ok()) {
    std::cerr << "herald parse: " << output.status().message() << "\n";
    return kExitBadInput;
  }
  std::ostream& out = (*output)->stream();
  TextStage text_stage;
  int exit_code = kExitOk;
  if (!options.evaluate.empty()) {
    exit_code = run_evaluate(options, text_stage, **syntax_stage, out);
  } else {
    if (options.input.inputs.empty()) {
      std::cerr << "herald parse: give INPUT files or --evaluate FILE.xml\n";
      return kExitUsage;
    }
    Result<ReadOptions> read_options = make_read_options(options.input);
    if (!read_options.is_ok()) {
      std::cerr << "herald parse: " << read_options.status().message() << "\n";
      return kExitUsage;
    }
    std::vector<std::unique_ptr<Stage>> stages;
    stages.push_back(std::make_unique<TextStage>());
    stages.push_back(std::move(*syntax_stage));
    Result<Pipeline> pipeline = Pipeline::build(std::move(stages));
    if (!pipeline.is_ok()) {
      std::cerr << "herald parse: " << pipeline.status().message() << "\n";
      return kExitBadInput;
    }
    InputReader reader(options.input.inputs, *read_options);
    run_ordered(
        options.input.threads, [&] { return reader.next(); },
        [&](Document& document) {
          Status status = pipeline->run(document);
          if (!status.is_ok()) document.diagnostics.push_back({"pipeline", status.to_string(), {}});
        },
        [&](Document& document) {
          if (options.json) {
            JsonOptions json_options;
            json_options.include_tokens = true;
            json_options.include_trees = true;
            out << json_line(document_to_json(document, json_options)) << "\n";
          } else {
            print_document(document, out);
          }
        });
    exit_code = report_read_summary("parse", reader.summary());
  }
  Status committed = (*output)->commit();
  if (!committed.is_ok()) {
    std::cerr << "herald parse: " << committed.message() << "\n";
    return kExitBadInput;
  }
  return exit_code;
}

RunFunction configure_parse(CLI::App& app) {
  auto options = std::make_shared<ParseOptions>();
  add_input_options(app, options->input);
  app.get_option("inputs")->required(false);
  app.add_option("-o,--output", options->output_path, "Write to FILE instead of stdout");
  app.add_flag("--json", options->json, "Print whole documents as JSON with tokens and trees");
  app.add_option("--evaluate", options->evaluate,
                 "Score tags and trees against the gold parses of PETRARCH-style XML files")
      ->check(CLI::ExistingFile);
  return [options] { return run_parse(*options); };
}

}  // namespace

HERALD_REGISTER_COMMAND({"parse",
                         "Print sentences, tokens, tags and trees; --evaluate against gold trees",
                         configure_parse, 30});

}  // namespace herald::cli

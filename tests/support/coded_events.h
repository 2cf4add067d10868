// Runs the `herald` binary on one article and returns its events as (source, target, code)
// triples, for the event golden test and the development-set scoring test.
//
// Header-only (the test CMake compiles only test_paths.cc from this folder). Writes the
// article to a temporary file that it removes; never keeps article text. Not thread-safe
// (tests run serially). Failure to run herald or to parse its output is reported in
// CodedEvents::error, never thrown.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <tuple>
#include <vector>

#include "support/test_paths.h"

namespace herald::testing {

struct EventTriple {
  std::string source;
  std::string target;
  std::string code;
  bool operator<(const EventTriple& other) const {
    return std::tie(source, target, code) < std::tie(other.source, other.target, other.code);
  }
  bool operator==(const EventTriple& other) const = default;
};

struct CodedEvents {
  std::vector<EventTriple> events;
  std::string error;  // empty when herald ran and its output parsed
};

inline std::string shell_quote(const std::string& text) {
  std::string quoted = "'";
  for (char ch : text) quoted += ch == '\'' ? std::string("'\\''") : std::string(1, ch);
  return quoted + "'";
}

// Codes `path` with herald's own data (the repository's data/ folder) and `date` (YYYY-MM-DD).
inline CodedEvents code_file(const std::string& path, const std::string& date) {
  CodedEvents coded;
  const CommandResult result =
      run_command(herald_binary() + " code --json --data " + shell_quote(source_path("data")) +
                  " --date " + date + " " + shell_quote(path));
  if (result.exit_code != 0) {
    coded.error = "herald exited " + std::to_string(result.exit_code) + ": " + result.err;
    return coded;
  }
  try {
    size_t begin = 0;
    while (begin < result.out.size()) {
      size_t end = result.out.find('\n', begin);
      if (end == std::string::npos) end = result.out.size();
      if (end > begin) {
        const nlohmann::json document =
            nlohmann::json::parse(result.out.substr(begin, end - begin));
        for (const nlohmann::json& event : document.value("events", nlohmann::json::array()))
          coded.events.push_back(
              {event.value("source", ""), event.value("target", ""), event.value("code", "")});
      }
      begin = end + 1;
    }
  } catch (const nlohmann::json::exception& problem) {
    coded.error = std::string("cannot parse herald's JSON: ") + problem.what();
  }
  return coded;
}

struct Article {
  std::string id;
  std::string text;
  std::string date;  // YYYY-MM-DD, the article's reference date
};

// Codes many articles in one run of herald (one JSON Lines input, each record with its own
// date), so the resources load once. Returns one CodedEvents per article, in order; an
// article missing from herald's output gets an error.
inline std::vector<CodedEvents> code_articles(const std::vector<Article>& articles) {
  std::vector<CodedEvents> results(articles.size());
  static int counter = 0;
  const std::filesystem::path path =
      std::filesystem::temp_directory_path() / ("herald-articles-" + std::to_string(::getpid()) +
                                                "-" + std::to_string(counter++) + ".jsonl");
  {
    std::ofstream stream(path, std::ios::binary);
    for (const Article& article : articles)
      stream << nlohmann::json{{"id", article.id}, {"text", article.text}, {"date", article.date}}
                    .dump()
             << "\n";
  }
  const CommandResult result =
      run_command(herald_binary() + " code --json --input-format jsonl --data " +
                  shell_quote(source_path("data")) + " " + shell_quote(path.string()));
  std::filesystem::remove(path);
  if (result.exit_code != 0) {
    for (CodedEvents& coded : results)
      coded.error = "herald exited " + std::to_string(result.exit_code) + ": " + result.err;
    return results;
  }
  std::vector<bool> seen(articles.size(), false);
  try {
    size_t begin = 0;
    while (begin < result.out.size()) {
      size_t end = result.out.find('\n', begin);
      if (end == std::string::npos) end = result.out.size();
      if (end > begin) {
        const nlohmann::json document =
            nlohmann::json::parse(result.out.substr(begin, end - begin));
        const std::string id = document.value("id", "");
        for (size_t index = 0; index < articles.size(); ++index) {
          if (articles[index].id != id) continue;
          seen[index] = true;
          for (const nlohmann::json& event : document.value("events", nlohmann::json::array()))
            results[index].events.push_back(
                {event.value("source", ""), event.value("target", ""), event.value("code", "")});
        }
      }
      begin = end + 1;
    }
  } catch (const nlohmann::json::exception& problem) {
    for (CodedEvents& coded : results)
      coded.error = std::string("cannot parse herald's JSON: ") + problem.what();
    return results;
  }
  for (size_t index = 0; index < articles.size(); ++index)
    if (!seen[index]) results[index].error = "no output for article " + articles[index].id;
  return results;
}

// Codes `text` by way of a temporary file.
inline CodedEvents code_text(const std::string& text, const std::string& date) {
  static int counter = 0;
  const std::filesystem::path path =
      std::filesystem::temp_directory_path() /
      ("herald-article-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + ".txt");
  {
    std::ofstream stream(path, std::ios::binary);
    stream << text;
  }
  CodedEvents coded = code_file(path.string(), date);
  std::filesystem::remove(path);
  return coded;
}

}  // namespace herald::testing

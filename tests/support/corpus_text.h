// The text of a shared-corpus article as the development sets annotate it, so annotations
// can store character offsets instead of the (copyrighted) text. Preparation, as in
// ../shared/devset/README.md: Reuters-21578 bodies have their hard line-wraps joined (a line
// that starts with a space opens a new paragraph; paragraphs are separated by one blank
// line; inside a line, runs of spaces become one space), the title is not part of the body
// and the dateline stays; BBC bodies are used as they are.
//
// Header-only (the test CMake compiles only test_paths.cc from this folder). Reads the
// corpus files once per call and keeps only the requested records; never writes text.
// Failures (missing file, bad line, missing record) come back in CorpusRecords::error.
#pragma once

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <string_view>

namespace herald::testing {

// Joins the hard-wrapped lines of a Reuters-21578 body into paragraphs.
inline std::string prepare_reuters_body(std::string_view raw) {
  std::string text, paragraph;
  auto close_paragraph = [&] {
    if (paragraph.empty()) return;
    if (!text.empty()) text += "\n\n";
    text += paragraph;
    paragraph.clear();
  };
  size_t begin = 0;
  while (begin <= raw.size()) {
    size_t end = raw.find('\n', begin);
    if (end == std::string_view::npos) end = raw.size();
    const std::string_view line = raw.substr(begin, end - begin);
    if (!line.empty() && (line.front() == ' ' || line.front() == '\t')) close_paragraph();
    bool in_space = true;  // drops leading blanks
    for (char ch : line) {
      if (ch == ' ' || ch == '\t' || ch == '\r') {
        in_space = true;
        continue;
      }
      if (in_space && !paragraph.empty()) paragraph += ' ';
      in_space = false;
      paragraph += ch;
    }
    begin = end + 1;
  }
  close_paragraph();
  return text;
}

// The annotated text of a corpus record: prepared for Reuters, as is for the other corpora.
inline std::string prepared_text(const std::string& corpus_file, const std::string& raw) {
  return corpus_file.find("reuters21578") != std::string::npos ? prepare_reuters_body(raw) : raw;
}

struct CorpusRecords {
  std::map<std::string, std::string> text_by_id;  // the records' raw "text" fields
  std::string error;                              // empty when every requested id was found
};

// Reads the records with the given ids from a JSON Lines corpus file (one object per line
// with "id" and "text"). Only lines whose id is wanted are parsed.
inline CorpusRecords read_corpus_records(const std::string& path,
                                         const std::set<std::string>& ids) {
  CorpusRecords records;
  std::ifstream stream(path, std::ios::binary);
  if (!stream) {
    records.error = "cannot open " + path;
    return records;
  }
  constexpr std::string_view kIdKey = "{\"id\": \"";
  std::string line;
  size_t line_number = 0;
  while (std::getline(stream, line) && records.text_by_id.size() < ids.size()) {
    ++line_number;
    if (line.compare(0, kIdKey.size(), kIdKey) == 0) {
      const size_t id_end = line.find('"', kIdKey.size());
      if (id_end != std::string::npos &&
          !ids.count(line.substr(kIdKey.size(), id_end - kIdKey.size())))
        continue;  // not wanted: skip without parsing
    }
    try {
      const nlohmann::json record = nlohmann::json::parse(line);
      const std::string id = record.value("id", "");
      if (ids.count(id)) records.text_by_id[id] = record.at("text").get<std::string>();
    } catch (const nlohmann::json::exception& problem) {
      records.error = path + ":" + std::to_string(line_number) + ": " + problem.what();
      return records;
    }
  }
  for (const std::string& id : ids)
    if (!records.text_by_id.count(id)) {
      records.error = path + ": no record " + id;
      break;
    }
  return records;
}

}  // namespace herald::testing

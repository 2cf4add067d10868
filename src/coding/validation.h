// Validation: code a PETRARCH validation file and compare with its expected events.
//
// The file's <Environment> names its dictionaries (relative to the file's folder);
// <Config option value> records change coding options from that point on. Each record's
// expectation is a set of (source, target, code) triples; `noevents` and `error` records
// expect none. A record is exact when the produced set equals the expected set.
//
// Thread-safety: run_validation is a pure function of its inputs.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "coding/dictionary_set.h"
#include "herald/pipeline.h"
#include "ingest/petrarch_xml_reader.h"

namespace herald::coding {

struct Triple {
  std::string source, target, code;
  auto operator<=>(const Triple&) const = default;
  std::string to_string() const;  // "ARN GON 064"
};

struct RecordResult {
  std::string id;
  std::string category;
  std::string text;
  std::vector<Triple> expected;       // sorted, unique
  std::vector<Triple> produced;       // sorted, unique
  std::vector<std::string> evidence;  // one line per produced event: pattern and note
  std::string expected_error;         // the record's error="..." if any
  std::string reader_error;           // why the record could not be coded, if it could not
  std::string discard_reason;
  bool exact = false;
  size_t matched = 0;
};

struct CategoryTotals {
  size_t records = 0, exact = 0, expected = 0, produced = 0, matched = 0;
};

struct ValidationReport {
  std::vector<RecordResult> records;
  std::vector<std::string> category_order;  // first appearance
  std::map<std::string, CategoryTotals> categories;
  CategoryTotals totals;
  std::vector<DictionaryProblem> problems;  // dictionary lines that were skipped
};

struct ValidationSettings {
  // When set, each record's <Parse> is dropped and this pipeline (text + syntax stages)
  // annotates the <Text> before coding.
  const Pipeline* reparse = nullptr;
};

Result<ValidationReport> run_validation(const std::string& path,
                                        const ValidationSettings& settings = {});

}  // namespace herald::coding

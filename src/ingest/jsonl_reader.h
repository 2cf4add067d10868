// JSON Lines articles: one JSON object per line, one Document per object.
//
// Member names come from ReadOptions::json_fields (text/body/content, title, date, url, id;
// first present name wins). "categories", "tags", "authors"/"author", "source" are read when
// present; other top-level string members and the string members of a "meta" object go to
// Document::metadata ("topics" and "category" in meta become categories). A line that is not
// a JSON object, or has no text, is reported as "file: line N: ..." and skipped; the other
// lines are still read. Blank lines are ignored.
//
// Thread-safety: stateless.
#pragma once

#include "herald/reader.h"

namespace herald {

class JsonLinesReader final : public FormatReader {
 public:
  std::string_view format() const override { return "jsonl"; }
  int sniff(std::string_view path, std::string_view head) const override;
  Status read(std::string_view path, std::string bytes, const ReadOptions& options,
              std::vector<Document>& out, std::vector<ReadError>& errors) const override;
};

// Parses one line into `document` (not finished: finish_document is the caller's).
Status parse_json_article(std::string_view line, const JsonFieldNames& fields, Document& document);

}  // namespace herald

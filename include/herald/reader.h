// InputReader: turns command-line inputs (files, folders, "-" for stdin) into Documents.
//
// Inputs are expanded in order; folders are walked recursively in sorted order so that runs
// are reproducible. Each file is read according to its format (detected from its extension
// and content, or forced by ReadOptions::format). A file that cannot be read or parsed is
// reported as a ReadError naming the file (and record, line or byte offset) and skipped; the
// rest of the input is still read. The pull interface (next()) keeps memory flat: one file
// is held at a time, whatever the size of the input set.
//
// Thread-safety: one InputReader belongs to one thread.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "herald/date.h"
#include "herald/document.h"
#include "herald/status.h"

namespace herald {

// Member names a JSON Lines reader looks for, first match wins (--json-field text=body).
struct JsonFieldNames {
  std::vector<std::string> text{"text", "body", "content", "articleBody", "article"};
  std::vector<std::string> title{"title", "headline"};
  std::vector<std::string> date{"date", "published", "datePublished", "pubDate", "timestamp"};
  std::vector<std::string> url{"url", "link", "uri"};
  std::vector<std::string> id{"id", "_id", "guid", "doc_id"};
};

struct ReadOptions {
  std::string format = "auto";  // "auto", "text", "html", "jsonl", "warc", "feed", ...
  CivilDate date;               // publication date for input that carries none (--date)
  std::string source_name;      // --source
  std::string url;              // --url
  uint64_t max_file_bytes = 1ull << 30;  // larger files are skipped with a clear error
  JsonFieldNames json_fields;
  // Clean article text as it is read: site chrome lines out (categories, tags, cookie
  // notices), scrape damage repaired and logged, dateline dates. Off gives the raw text.
  bool clean_text = true;
};

struct ReadError {
  std::string file;
  std::string where;  // "line 12", "record 3", "byte 4096"; "" when about the whole file
  std::string message;
  bool skipped = true;  // false: the record was repaired and still read (a warning)
  std::string to_string() const;  // "file.txt: line 12: invalid UTF-8"
};

struct ReadSummary {
  size_t files_read = 0;
  size_t files_skipped = 0;
  size_t documents = 0;
  size_t documents_skipped = 0;
  std::vector<ReadError> errors;
};

// Reads one file's bytes and yields its documents. Implementations are stateless: the
// reader state lives in the returned vector of documents.
class FormatReader {
 public:
  virtual ~FormatReader() = default;
  virtual std::string_view format() const = 0;
  // How sure this reader is that it can read the file (0: no; 100: certain), from the
  // extension and the first bytes.
  virtual int sniff(std::string_view path, std::string_view head) const = 0;
  // Appends the file's documents to `out`; problems with single records go to `errors`
  // and do not stop the rest of the file.
  virtual Status read(std::string_view path, std::string bytes, const ReadOptions& options,
                      std::vector<Document>& out, std::vector<ReadError>& errors) const = 0;
};

// The readers herald knows, in order of preference.
const std::vector<std::unique_ptr<FormatReader>>& format_readers();

class InputReader {
 public:
  InputReader(std::vector<std::string> inputs, ReadOptions options);

  // The next document, or nullopt when every input has been read.
  std::optional<Document> next();
  const ReadSummary& summary() const { return summary_; }
  // Input consumed so far, in bytes as stored (a compressed file counts its compressed size):
  // the files finished, and the current file in proportion to the documents handed out. For
  // progress displays, against the total size of the inputs.
  uint64_t bytes_consumed() const;

 private:
  bool load_next_file();
  void expand(const std::string& input);

  ReadOptions options_;
  std::deque<std::string> pending_inputs_;
  std::deque<std::string> pending_files_;
  std::deque<Document> buffered_;
  ReadSummary summary_;
  uint64_t bytes_finished_ = 0;       // files read to their end
  uint64_t current_file_bytes_ = 0;   // the file buffered_ came from
  size_t current_file_documents_ = 0;
  size_t current_file_handed_out_ = 0;
};

// Reads a whole file (or stdin for "-") with a size limit. Errors name the file.
Result<std::string> read_file_bytes(const std::string& path, uint64_t max_bytes);

// A stable document id from content: "sha1:" style hex of a 64-bit FNV-1a hash.
std::string content_id(std::string_view text);

}  // namespace herald

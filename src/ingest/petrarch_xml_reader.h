// PETRARCH XML input: sentences with their Penn Treebank parses.
//
//   <Sentences>
//     <Sentence date="20080804" id="AFP0808020625_4" source="AFP">
//       <Text>...</Text> <Parse>(ROOT (S ...))</Parse>
//     </Sentence>
//   </Sentences>
// Validation files (PETRARCH's unit-test suite) wrap this in <Validation> with an
// <Environment> naming dictionaries, <Config option value> records that change coding
// options from that point on, and <EventCoding sourcecode targetcode eventcode> /
// noevents / error expectations inside each <Sentence>.
//
// One Document per <Sentence> (sentences are not grouped into stories: ids follow no single
// convention across files). Document::text is the <Text> content with surrounding blanks
// removed; tokens are the parse leaves (treebank escapes undone) aligned to the text by
// searching forward; a leaf that cannot be found gets an empty span at the current position.
// Sentence::tree is the parse as TreeNodes over token indices. The date attribute
// (YYYYMMDD) gives Sentence::date and Document::published; the category attribute is kept
// in Document::categories.
//
// Errors: malformed XML is reported with the line libxml2 gives; a sentence whose parse is
// malformed is skipped with a ReadError naming its id and the byte offset in the parse.
//
// Thread-safety: stateless; libxml2 is thread-safe for separate documents.
#pragma once

#include <string>
#include <vector>

#include "herald/reader.h"

namespace herald {

struct ExpectedEvent {
  std::string source;
  std::string target;
  std::string code;
};

struct PetrarchRecord {
  std::string id;
  std::string category;
  std::string date;   // as written, YYYYMMDD
  std::string text;
  std::string parse;
  uint32_t line = 0;  // line of the <Sentence> element in the file
  std::vector<ExpectedEvent> expected;
  bool expects_no_events = false;
  std::string expected_error;  // error="..." (a record that must not be coded)
};

struct PetrarchConfig {
  std::string option;
  std::string value;
};

// In file order: either a record or a configuration change.
struct PetrarchItem {
  bool is_config = false;
  PetrarchConfig config;
  PetrarchRecord record;
};

struct PetrarchFile {
  // <Environment> entries (paths as written; relative to the file's folder).
  std::string verb_file;
  std::vector<std::string> actor_files;
  std::string agent_file;
  std::string discard_file;
  std::vector<PetrarchItem> items;
};

// Parses a PETRARCH XML or validation file. `name` is used in messages.
Result<PetrarchFile> parse_petrarch_xml(std::string_view name, std::string_view bytes);

// Builds the Document for one record: text, aligned tokens, tree, date. A malformed parse
// is an error naming the record and byte offset.
Result<Document> petrarch_record_to_document(const PetrarchRecord& record,
                                             std::string_view source_name);

class PetrarchXmlReader final : public FormatReader {
 public:
  std::string_view format() const override { return "petrarch"; }
  int sniff(std::string_view path, std::string_view head) const override;
  Status read(std::string_view path, std::string bytes, const ReadOptions& options,
              std::vector<Document>& out, std::vector<ReadError>& errors) const override;
};

}  // namespace herald

// HTML pages: one file, one Document (the article found by extract_html_article).
//
// Metadata from the page fills the Document (title, authors, date, canonical URL, section,
// keywords, language as given, captions and description in metadata). A file that is not
// HTML (binary bytes under a .html name) or holds no text is reported and skipped; nesting
// beyond libxml2's depth cap is reported as a warning and the page read up to that point.
//
// Thread-safety: stateless.
#pragma once

#include "herald/reader.h"
#include "ingest/html_article.h"

namespace herald {

class HtmlReader final : public FormatReader {
 public:
  std::string_view format() const override { return "html"; }
  int sniff(std::string_view path, std::string_view head) const override;
  Status read(std::string_view path, std::string bytes, const ReadOptions& options,
              std::vector<Document>& out, std::vector<ReadError>& errors) const override;
};

// True when `head` (the first bytes of a file) looks like HTML markup.
bool looks_like_html(std::string_view head);
// True when the bytes hold NUL or many control bytes: not a text format whatever the name.
bool looks_binary(std::string_view head);

// Moves an extracted article into a Document (not finished: finish_document is the caller's).
Document document_from_html_article(HtmlArticle article);

// Reads one page's bytes into a finished Document; problems go to `errors` with `where`.
Status read_html_page(std::string_view path, std::string_view where, std::string_view html,
                      const ReadOptions& options, Document& document,
                      std::vector<ReadError>& errors);

}  // namespace herald

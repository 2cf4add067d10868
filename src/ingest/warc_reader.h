// WARC web archives (ISO 28500, as Common Crawl's CC-NEWS publishes them; .warc.gz is
// decompressed by the input reader): every "response" record whose HTTP payload is HTML, and
// every "resource" record of type text/html, becomes one Document through the HTML reader,
// with WARC-Target-URI as its URL. The crawl date (WARC-Date) is kept in metadata, never used
// as the publication date. HTTP chunked transfer coding and gzip/zstd content coding are
// undone.
//
// A record with a missing or impossible Content-Length, or not followed by the blank line the
// format requires, is reported as "file: record N (byte OFFSET): ..." and the reader resumes at
// the next "WARC/1." header; the other records are still read.
//
// Thread-safety: stateless.
#pragma once

#include "herald/reader.h"

namespace herald {

class WarcReader final : public FormatReader {
 public:
  std::string_view format() const override { return "warc"; }
  int sniff(std::string_view path, std::string_view head) const override;
  Status read(std::string_view path, std::string bytes, const ReadOptions& options,
              std::vector<Document>& out, std::vector<ReadError>& errors) const override;
};

}  // namespace herald

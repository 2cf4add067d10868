// Plain-text articles: one file, one Document.
#pragma once

#include "herald/reader.h"

namespace herald {

class TextReader final : public FormatReader {
 public:
  std::string_view format() const override { return "text"; }
  int sniff(std::string_view path, std::string_view head) const override;
  Status read(std::string_view path, std::string bytes, const ReadOptions& options,
              std::vector<Document>& out, std::vector<ReadError>& errors) const override;
};

}  // namespace herald

#include "ingest/text_reader.h"

#include <fmt/format.h>

#include <filesystem>

#include "text/utf8.h"

namespace herald {

int TextReader::sniff(std::string_view path, std::string_view head) const {
  // Text is the fallback for anything that is not binary.
  if (head.find('\0') != std::string_view::npos) return 0;
  const std::string extension = std::filesystem::path(path).extension().string();
  if (extension == ".txt" || extension == ".text") return 60;
  return 10;
}

Status TextReader::read(std::string_view path, std::string bytes, const ReadOptions& options,
                        std::vector<Document>& out, std::vector<ReadError>& errors) const {
  if (bytes.find('\0') != std::string::npos)
    return Status::data_error("binary content (NUL bytes) in a text file");
  Document document;
  if (const auto bad = first_invalid_utf8(bytes)) {
    size_t replaced = 0;
    bytes = repair_utf8(bytes, &replaced);
    errors.push_back({std::string(path), fmt::format("byte {}", *bad),
                      fmt::format("invalid UTF-8 ({} sequence(s) replaced by U+FFFD)", replaced),
                      /*skipped=*/false});
  }
  document.text = std::move(bytes);
  document.id = content_id(document.text);
  document.published = options.date;
  document.url = options.url;
  document.source_name = options.source_name.empty()
                             ? std::filesystem::path(path).filename().string()
                             : options.source_name;
  out.push_back(std::move(document));
  return Status::ok();
}

}  // namespace herald

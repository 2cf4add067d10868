#include "ingest/text_reader.h"

#include <fmt/format.h>

#include <filesystem>

#include "ingest/document_builder.h"

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
  document.text = decode_input_text(std::move(bytes), path, "", errors, &document);
  finish_document(document, path, options);
  out.push_back(std::move(document));
  return Status::ok();
}

}  // namespace herald

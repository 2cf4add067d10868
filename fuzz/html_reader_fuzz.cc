// Fuzzes HTML parsing, main-content extraction and metadata (JSON-LD included): no crash,
// no hang, valid UTF-8 text out.
#include <cstdint>
#include <string>
#include <vector>

#include "ingest/html_reader.h"
#include "text/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  herald::HtmlReader reader;
  std::vector<herald::Document> documents;
  std::vector<herald::ReadError> errors;
  std::string bytes(reinterpret_cast<const char*>(data), size);
  (void)reader.read("fuzz.html", bytes, {}, documents, errors);
  for (const auto& document : documents) {
    if (herald::first_invalid_utf8(document.text)) __builtin_trap();
    if (herald::first_invalid_utf8(document.title)) __builtin_trap();
  }
  (void)herald::html_fragment_text(bytes);
  return 0;
}

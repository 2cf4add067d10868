// Fuzzes the WARC reader (record framing, HTTP headers, chunked coding): no crash or hang.
#include <cstdint>
#include <string>
#include <vector>

#include "ingest/warc_reader.h"
#include "text/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  herald::WarcReader reader;
  std::vector<herald::Document> documents;
  std::vector<herald::ReadError> errors;
  std::string bytes(reinterpret_cast<const char*>(data), size);
  (void)reader.read("fuzz.warc", bytes, {}, documents, errors);
  for (const auto& document : documents)
    if (herald::first_invalid_utf8(document.text)) __builtin_trap();
  return 0;
}

// Fuzzes the plain-text reader and UTF-8 repair: the resulting text is always valid UTF-8.
#include <cstdint>
#include <string>
#include <vector>

#include "ingest/text_reader.h"
#include "text/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  herald::TextReader reader;
  std::vector<herald::Document> documents;
  std::vector<herald::ReadError> errors;
  std::string bytes(reinterpret_cast<const char*>(data), size);
  (void)reader.read("fuzz.txt", bytes, {}, documents, errors);
  for (const auto& document : documents)
    if (herald::first_invalid_utf8(document.text)) __builtin_trap();
  return 0;
}

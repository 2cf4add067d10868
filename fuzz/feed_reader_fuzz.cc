// Fuzzes the RSS/Atom reader: no crash, no hang, valid UTF-8 text out.
#include <cstdint>
#include <string>
#include <vector>

#include "ingest/feed_reader.h"
#include "text/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  herald::FeedReader reader;
  std::vector<herald::Document> documents;
  std::vector<herald::ReadError> errors;
  std::string bytes(reinterpret_cast<const char*>(data), size);
  (void)reader.read("fuzz.rss", bytes, {}, documents, errors);
  for (const auto& document : documents)
    if (herald::first_invalid_utf8(document.text)) __builtin_trap();
  (void)herald::parse_feed_date(bytes);
  return 0;
}

// Fuzzes text cleaning: site chrome, repairs, datelines, encodings. Repaired text stays valid
// UTF-8 and every repair's offset lies inside it.
#include <cstdint>
#include <string>
#include <vector>

#include "ingest/dateline.h"
#include "ingest/encoding.h"
#include "ingest/site_chrome.h"
#include "ingest/text_repair.h"
#include "text/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  herald::Document document;
  document.text = herald::decode_to_utf8(bytes).text;
  if (herald::first_invalid_utf8(document.text)) __builtin_trap();
  herald::strip_site_chrome(document);
  if (herald::first_invalid_utf8(document.text)) __builtin_trap();
  std::vector<herald::Repair> repairs;
  if (auto repaired = herald::repair_article_text(document.text, repairs)) {
    if (herald::first_invalid_utf8(*repaired)) __builtin_trap();
    for (const auto& repair : repairs)
      if (repair.offset > repaired->size()) __builtin_trap();
  }
  (void)herald::find_dateline(document.text);
  (void)herald::date_from_url(bytes);
  return 0;
}

// Fuzzes the PETRARCH XML reader and the coder behind it: any bytes give documents (or an
// error), every document passes Document::validate, and coding them never crashes.
#include <cstdint>
#include <memory>
#include <string_view>

#include "coding/dictionary_set.h"
#include "coding/event_coder.h"
#include "ingest/petrarch_xml_reader.h"

namespace {

const herald::coding::EventCoder& coder() {
  static const herald::coding::EventCoder instance(herald::coding::DictionarySet::from_texts(
      "--- MEET [031:032] ---\nMEET {MET}\n- * WITH + [036]\n", "ARNOR [ARN]\nGONDOR [GON]\n",
      "GOVERNMENT [~GOV]\n", "BASEBALL\n"));
  return instance;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto file = herald::parse_petrarch_xml("fuzz.xml", bytes);
  if (!file.is_ok()) return 0;
  for (const auto& item : file->items) {
    if (item.is_config) continue;
    auto document = herald::petrarch_record_to_document(item.record, "fuzz");
    if (!document.is_ok()) continue;
    if (!document->validate().is_ok()) __builtin_trap();
    coder().code_document(document.value(), herald::coding::CodingOptions{});
    if (!document->validate().is_ok()) __builtin_trap();
  }
  return 0;
}

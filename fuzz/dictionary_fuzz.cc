// Fuzzes the PETRARCH dictionary readers: the same bytes are read as a verb, actor, agent,
// discard, issue and exchange file. Bad lines become problems; nothing crashes or hangs.
#include <cstdint>
#include <string_view>

#include "coding/dictionary_set.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto set = herald::coding::DictionarySet::from_texts(bytes, bytes, bytes, bytes, bytes);
  for (const auto& problem : set->problems())
    if (problem.line == 0) __builtin_trap();
  herald::coding::DictionarySet exchanges;
  exchanges.add_exchange_text("exchanges", bytes);
  for (const auto& problem : exchanges.problems())
    if (problem.line == 0) __builtin_trap();
  return 0;
}

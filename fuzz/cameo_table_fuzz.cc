// Fuzzes the CAMEO table parser: any input is parsed or refused with a message, never a crash.
#include <cstdint>
#include <string_view>

#include "cameo/cameo_table.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto table = herald::cameo::CameoTable::parse(text, "fuzz.tsv");
  if (table.is_ok())
    for (const auto& code : table->codes())
      if (table->lookup(code.code) != &code) __builtin_trap();
  return 0;
}

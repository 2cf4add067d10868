// Fuzzes gzip and zstd decoding of damaged streams: no crash, output within the limit.
#include <cstdint>
#include <string>

#include "ingest/decompress.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  for (auto compression : {herald::Compression::kGzip, herald::Compression::kZstd}) {
    std::string input = compression == herald::Compression::kGzip ? std::string("\x1f\x8b", 2)
                                                                  : std::string("\x28\xb5\x2f\xfd", 4);
    input.append(bytes);
    herald::Decompressed result = herald::decompress(input, compression, 1 << 20);
    if (result.bytes.size() > (1u << 20)) __builtin_trap();
  }
  return 0;
}

// Compressed inputs: gzip (including multi-member files such as WARC.gz, via zlib) and
// Zstandard (via libzstd), detected by their magic bytes.
//
// decompress returns what could be decoded. A truncated or corrupt stream keeps the bytes
// decoded before the damage and sets `error` with the compressed byte offset, so a caller
// can report it and still read the good part. Output beyond `max_bytes` stops decoding with
// an error (a guard against decompression bombs).
//
// Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace herald {

enum class Compression { kNone, kGzip, kZstd };

Compression detect_compression(std::string_view head);
std::string_view compression_name(Compression compression);  // "gzip", "zstd"
// "a.warc.gz" -> "a.warc"; other names unchanged.
std::string strip_compression_extension(std::string_view path);

struct Decompressed {
  std::string bytes;
  std::string error;  // "" when the whole stream decoded
};

Decompressed decompress(std::string_view input, Compression compression, uint64_t max_bytes);

}  // namespace herald

#include "ingest/decompress.h"

#include <fmt/format.h>
#include <zlib.h>
#include <zstd.h>

#include <memory>

namespace herald {
namespace {

Decompressed gunzip(std::string_view input, uint64_t max_bytes) {
  Decompressed result;
  z_stream stream{};
  if (inflateInit2(&stream, 15 + 32) != Z_OK) {
    result.error = "zlib could not start";
    return result;
  }
  std::unique_ptr<z_stream, int (*)(z_stream*)> guard(&stream, inflateEnd);
  const auto* base = reinterpret_cast<const Bytef*>(input.data());
  stream.next_in = const_cast<Bytef*>(base);
  stream.avail_in = 0;
  const auto offset = [&] { return static_cast<size_t>(stream.next_in - base); };
  char buffer[1 << 16];
  while (true) {
    if (stream.avail_in == 0 && offset() < input.size())
      stream.avail_in = static_cast<uInt>(std::min<size_t>(input.size() - offset(), 1u << 30));
    stream.next_out = reinterpret_cast<Bytef*>(buffer);
    stream.avail_out = sizeof buffer;
    const int code = inflate(&stream, Z_NO_FLUSH);
    result.bytes.append(buffer, sizeof buffer - stream.avail_out);
    if (result.bytes.size() > max_bytes) {
      result.error = fmt::format("decompressed size exceeds the limit of {} bytes", max_bytes);
      result.bytes.resize(max_bytes);
      return result;
    }
    if (code == Z_STREAM_END) {
      // Another gzip member may follow (WARC.gz is one member per record).
      const size_t next = offset();
      if (next + 2 <= input.size() && base[next] == 0x1f && base[next + 1] == 0x8b) {
        inflateReset(&stream);
        continue;
      }
      return result;  // the end, or trailing bytes that are not gzip: ignored
    }
    if (code == Z_OK) continue;
    if (code == Z_BUF_ERROR && stream.avail_in == 0 && offset() >= input.size()) {
      result.error = fmt::format("truncated gzip stream: input ends at byte {} ({} bytes decoded)",
                                 input.size(), result.bytes.size());
      return result;
    }
    result.error = fmt::format("corrupt gzip data near byte {}: {}", offset(),
                               stream.msg ? stream.msg : "inflate failed");
    return result;
  }
}

Decompressed unzstd(std::string_view input, uint64_t max_bytes) {
  Decompressed result;
  std::unique_ptr<ZSTD_DStream, size_t (*)(ZSTD_DStream*)> stream(ZSTD_createDStream(),
                                                                  ZSTD_freeDStream);
  if (!stream) {
    result.error = "zstd could not start";
    return result;
  }
  ZSTD_inBuffer in{input.data(), input.size(), 0};
  char buffer[1 << 16];
  size_t last = 0;
  while (in.pos < in.size) {
    ZSTD_outBuffer out{buffer, sizeof buffer, 0};
    last = ZSTD_decompressStream(stream.get(), &out, &in);
    if (ZSTD_isError(last)) {
      result.error =
          fmt::format("corrupt zstd data near byte {}: {}", in.pos, ZSTD_getErrorName(last));
      return result;
    }
    result.bytes.append(buffer, out.pos);
    if (result.bytes.size() > max_bytes) {
      result.error = fmt::format("decompressed size exceeds the limit of {} bytes", max_bytes);
      result.bytes.resize(max_bytes);
      return result;
    }
  }
  // Drain what the decoder still holds.
  while (last != 0) {
    ZSTD_outBuffer out{buffer, sizeof buffer, 0};
    last = ZSTD_decompressStream(stream.get(), &out, &in);
    if (ZSTD_isError(last)) break;
    result.bytes.append(buffer, out.pos);
    if (out.pos == 0) break;
  }
  if (last != 0)
    result.error = fmt::format("truncated zstd stream at byte {} ({} bytes decoded)", input.size(),
                               result.bytes.size());
  return result;
}

}  // namespace

Compression detect_compression(std::string_view head) {
  if (head.size() >= 2 && static_cast<unsigned char>(head[0]) == 0x1f &&
      static_cast<unsigned char>(head[1]) == 0x8b)
    return Compression::kGzip;
  if (head.size() >= 4 && head.substr(0, 4) == std::string_view("\x28\xb5\x2f\xfd", 4))
    return Compression::kZstd;
  return Compression::kNone;
}

std::string_view compression_name(Compression compression) {
  switch (compression) {
    case Compression::kGzip:
      return "gzip";
    case Compression::kZstd:
      return "zstd";
    default:
      return "none";
  }
}

std::string strip_compression_extension(std::string_view path) {
  for (std::string_view suffix : {".gz", ".zst", ".zstd", ".gzip"})
    if (path.size() > suffix.size() && path.substr(path.size() - suffix.size()) == suffix)
      return std::string(path.substr(0, path.size() - suffix.size()));
  return std::string(path);
}

Decompressed decompress(std::string_view input, Compression compression, uint64_t max_bytes) {
  if (compression == Compression::kGzip) return gunzip(input, max_bytes);
  if (compression == Compression::kZstd) return unzstd(input, max_bytes);
  return {std::string(input), ""};
}

}  // namespace herald

#include "ingest/decompress.h"

#include <gtest/gtest.h>
#include <zlib.h>
#include <zstd.h>

namespace herald {
namespace {

std::string gzip(const std::string& text) {
  z_stream stream{};
  deflateInit2(&stream, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&stream, text.size()) + 32, '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
  stream.avail_in = static_cast<uInt>(text.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  deflate(&stream, Z_FINISH);
  out.resize(stream.total_out);
  deflateEnd(&stream);
  return out;
}

}  // namespace

TEST(Decompress, GzipIncludingSeveralMembers) {
  const std::string packed = gzip("first record\n") + gzip("second record\n");
  ASSERT_EQ(detect_compression(packed), Compression::kGzip);
  Decompressed result = decompress(packed, Compression::kGzip, 1 << 20);
  EXPECT_EQ(result.error, "");
  EXPECT_EQ(result.bytes, "first record\nsecond record\n");
}

TEST(Decompress, TruncatedGzipKeepsWhatDecodedAndSaysSo) {
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "line " + std::to_string(i) + " of the article\n";
  std::string packed = gzip(text);
  packed.resize(packed.size() / 2);
  Decompressed result = decompress(packed, Compression::kGzip, 1 << 20);
  EXPECT_NE(result.error.find("truncated gzip"), std::string::npos) << result.error;
  EXPECT_FALSE(result.bytes.empty());
  EXPECT_EQ(text.compare(0, result.bytes.size(), result.bytes), 0);
}

TEST(Decompress, ZstdAndItsTruncation) {
  const std::string text(10000, 'z');
  std::string packed(ZSTD_compressBound(text.size()), '\0');
  packed.resize(ZSTD_compress(packed.data(), packed.size(), text.data(), text.size(), 3));
  ASSERT_EQ(detect_compression(packed), Compression::kZstd);
  EXPECT_EQ(decompress(packed, Compression::kZstd, 1 << 20).bytes, text);
  Decompressed cut = decompress(packed.substr(0, packed.size() - 3), Compression::kZstd, 1 << 20);
  EXPECT_NE(cut.error.find("truncated zstd"), std::string::npos) << cut.error;
}

TEST(Decompress, OutputLimitStopsBombs) {
  const std::string packed = gzip(std::string(1 << 20, 'a'));
  Decompressed result = decompress(packed, Compression::kGzip, 1000);
  EXPECT_NE(result.error.find("exceeds the limit"), std::string::npos);
  EXPECT_EQ(result.bytes.size(), 1000u);
}

TEST(Decompress, CompressionExtensions) {
  EXPECT_EQ(strip_compression_extension("a/b.warc.gz"), "a/b.warc");
  EXPECT_EQ(strip_compression_extension("a.jsonl.zst"), "a.jsonl");
  EXPECT_EQ(strip_compression_extension("a.html"), "a.html");
}

}  // namespace herald

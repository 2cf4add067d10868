// Bad input through `herald extract`, as a user meets it: every broken file is named with
// its record or offset, the good files are still read, the exit code is 1 and a summary
// counts what was read and skipped.
#include <gtest/gtest.h>
#include <unistd.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>

#include "support/test_paths.h"

namespace herald::testing {
namespace {

namespace fs = std::filesystem;

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

class IngestBadInput : public ::testing::Test {
 protected:
  void SetUp() override {
    folder_ = fs::temp_directory_path() / ("herald-bad-input-" + std::to_string(::getpid()));
    fs::create_directories(folder_ / "in");
    fs::create_directories(folder_ / "empty");
  }
  void TearDown() override { fs::remove_all(folder_); }
  void write(const std::string& name, const std::string& bytes) {
    std::ofstream(folder_ / "in" / name, std::ios::binary) << bytes;
  }
  fs::path folder_;
};

}  // namespace

TEST_F(IngestBadInput, EveryProblemIsNamedAndTheRestIsRead) {
  write("good.txt", "The minister said on Tuesday that the talks would go on next week.");
  std::string lines;
  for (int i = 0; i < 400; ++i)
    lines += R"({"id": "r)" + std::to_string(i) + R"(", "text": "Story number )" +
             std::to_string(i) + R"( about the harvest and the weather in the region."})" + "\n";
  std::string truncated = gzip(lines);
  truncated.resize(truncated.size() * 2 / 3);
  write("stories.jsonl.gz", truncated);
  write("photo.html", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  write("latin.txt", "Caf\xE9 owners in the capital said that the season was good.");
  std::string deep = "<html><body><p>Text before the deep part of the page.</p>";
  for (int i = 0; i < 100000; ++i) deep += "<div>";
  write("deep.html", deep + "</body></html>");
  const std::string http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>x</p>";
  write("crawl.warc", "WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http\r\n"
                      "Content-Length: 99999\r\n\r\n" + http + "\r\n\r\n");
  {  // a file over the 1 GB limit; sparse, so the test writes almost nothing
    std::ofstream(folder_ / "in" / "huge.txt");
    fs::resize_file(folder_ / "in" / "huge.txt", (1ull << 30) + 1);
  }
  CommandResult result = run_command(herald_binary() + " extract --summary --no-language " +
                                     (folder_ / "in").string() + " " +
                                     (folder_ / "empty").string());
  EXPECT_EQ(result.exit_code, 1) << result.err;
  const std::string& err = result.err;
  EXPECT_NE(err.find("stories.jsonl.gz: truncated gzip stream"), std::string::npos) << err;
  EXPECT_NE(err.find("photo.html: binary content"), std::string::npos) << err;
  EXPECT_NE(err.find("latin.txt: byte 3: not UTF-8; decoded as Windows-1252"), std::string::npos)
      << err;
  EXPECT_NE(err.find("deep.html: HTML nested deeper than 256 levels"), std::string::npos) << err;
  EXPECT_NE(err.find("crawl.warc: record 1 (byte 0): bad Content-Length"), std::string::npos)
      << err;
  EXPECT_NE(err.find("huge.txt: file of 1073741825 bytes exceeds the limit"), std::string::npos)
      << err;
  EXPECT_NE(err.find("empty: folder holds no files"), std::string::npos) << err;
  EXPECT_NE(err.find("skipped"), std::string::npos) << err;
  // good.txt, latin.txt, deep.html and the decodable part of the gzip were read.
  EXPECT_NE(err.find("herald extract: read "), std::string::npos) << err;
}

TEST_F(IngestBadInput, ExtractPrintsDocumentsAsJsonLines) {
  write("article.txt",
        "Categories: US News\n\nLeaders Meet In The Capital To Discuss Trade\n\nMexico City, "
        "June 8 - The leaders met at the palace, and they said the talks went well for both "
        "countries.\n\nTags: Politics\n\nThis website uses cookies.");
  CommandResult result = run_command(herald_binary() + " extract " +
                                     (folder_ / "in" / "article.txt").string());
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find(R"("categories":["US News"])"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find(R"("tags":["Politics"])"), std::string::npos);
  EXPECT_NE(result.out.find(R"("title":"Leaders Meet In The Capital To Discuss Trade")"),
            std::string::npos);
  EXPECT_NE(result.out.find(R"("language":"en")"), std::string::npos);
  EXPECT_NE(result.out.find(R"("date":null)"), std::string::npos);  // no year: none invented
  EXPECT_NE(result.out.find(R"("dateline":"Mexico City, June 8")"), std::string::npos);
  EXPECT_EQ(result.out.find("cookies"), std::string::npos);
}

}  // namespace herald::testing

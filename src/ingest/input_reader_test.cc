#include "herald/reader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace herald {
namespace {

class InputReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    folder_ = std::filesystem::temp_directory_path() /
              ("herald-input-" + std::to_string(::getpid()) + "-" +
               ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(folder_ / "nested");
  }
  void TearDown() override { std::filesystem::remove_all(folder_); }
  void write(const std::string& name, const std::string& bytes) {
    std::ofstream(folder_ / name, std::ios::binary) << bytes;
  }
  std::filesystem::path folder_;
};

}  // namespace

TEST_F(InputReaderTest, ReadsFoldersRecursivelyInSortedOrder) {
  write("b.txt", "Second article.");
  write("a.txt", "First article.");
  write("nested/c.txt", "Third article.");
  ReadOptions options;
  options.date = {2021, 6, 8};
  InputReader reader({folder_.string()}, options);
  std::vector<std::string> texts;
  while (auto document = reader.next()) {
    EXPECT_EQ(document->published.to_string(), "2021-06-08");
    EXPECT_FALSE(document->id.empty());
    texts.push_back(document->text);
  }
  EXPECT_EQ(texts, (std::vector<std::string>{"First article.", "Second article.", "Third article."}));
  EXPECT_TRUE(reader.summary().errors.empty());
}

TEST_F(InputReaderTest, CountsTheBytesConsumedForProgress) {
  std::string four_lines;
  for (const char* id : {"a", "b", "c", "d"})
    four_lines +=
        std::string("{\"id\": \"") + id + "\", \"text\": \"Kuwait rejected the charges.\"}\n";
  write("a.jsonl", four_lines);
  write("b.txt", "A second file of one article.");
  const uint64_t first = four_lines.size(), second = 29;
  InputReader reader({(folder_ / "a.jsonl").string(), (folder_ / "b.txt").string()}, {});
  EXPECT_EQ(reader.bytes_consumed(), 0u);
  ASSERT_TRUE(reader.next());
  EXPECT_EQ(reader.bytes_consumed(), first / 4);
  ASSERT_TRUE(reader.next());
  ASSERT_TRUE(reader.next());
  EXPECT_EQ(reader.bytes_consumed(), first * 3 / 4);
  ASSERT_TRUE(reader.next());
  EXPECT_EQ(reader.bytes_consumed(), first);
  ASSERT_TRUE(reader.next());
  EXPECT_EQ(reader.bytes_consumed(), first + second);
  EXPECT_FALSE(reader.next());
  EXPECT_EQ(reader.bytes_consumed(), first + second);
}

TEST_F(InputReaderTest, ReportsMissingAndBinaryFilesAndGoesOn) {
  write("good.txt", "Good.");
  write("binary.txt", std::string("\x7f" "ELF\0\0\0", 7));
  InputReader reader({(folder_ / "missing.txt").string(), (folder_ / "binary.txt").string(),
                      (folder_ / "good.txt").string()},
                     {});
  size_t documents = 0;
  while (reader.next()) ++documents;
  EXPECT_EQ(documents, 1u);
  const ReadSummary& summary = reader.summary();
  ASSERT_EQ(summary.errors.size(), 2u);
  EXPECT_NE(summary.errors[0].to_string().find("missing.txt: no such file"), std::string::npos);
  EXPECT_NE(summary.errors[1].to_string().find("binary.txt"), std::string::npos);
  EXPECT_EQ(summary.files_skipped, 2u);
}

TEST_F(InputReaderTest, InvalidUtf8IsRepairedAndReportedWithItsOffset) {
  write("latin.txt", "Caf\xE9 society.");
  InputReader reader({(folder_ / "latin.txt").string()}, {});
  auto document = reader.next();
  ASSERT_TRUE(document);
  EXPECT_EQ(reader.summary().errors.size(), 1u);
  EXPECT_NE(reader.summary().errors[0].to_string().find("byte 3"), std::string::npos);
  EXPECT_FALSE(reader.summary().errors[0].skipped);
}

TEST_F(InputReaderTest, FilesOverTheSizeLimitAreSkippedWithAReason) {
  write("big.txt", std::string(1000, 'x'));
  ReadOptions options;
  options.max_file_bytes = 100;
  InputReader reader({(folder_ / "big.txt").string()}, options);
  EXPECT_FALSE(reader.next());
  ASSERT_EQ(reader.summary().errors.size(), 1u);
  EXPECT_NE(reader.summary().errors[0].message.find("exceeds the limit"), std::string::npos);
}

}  // namespace herald

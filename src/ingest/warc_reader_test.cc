#include "ingest/warc_reader.h"

#include <gtest/gtest.h>

namespace herald {
namespace {

std::string record(const std::string& uri, const std::string& html, long length_change = 0) {
  const std::string http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html;
  return "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri +
         "\r\nWARC-Date: 2021-06-09T00:00:00Z\r\nContent-Type: application/http; "
         "msgtype=response\r\nContent-Length: " +
         std::to_string(static_cast<long>(http.size()) + length_change) + "\r\n\r\n" + http +
         "\r\n\r\n";
}

std::string page(const std::string& sentence) {
  return "<html><body><article><p>" + sentence + " " + sentence + "</p></article></body></html>";
}

}  // namespace

TEST(WarcReader, ReadsHtmlResponsesAndSkipsBadRecords) {
  const std::string warc =
      "WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 4\r\n\r\ninfo\r\n\r\n" +
      record("https://a.example/2021/06/08/one", page("The first story was about a meeting of ministers.")) +
      record("https://b.example/two", page("The second story has a broken length field."), 7) +
      record("https://c.example/three", page("The third story comes after the damage and is read."));
  WarcReader reader;
  std::vector<Document> documents;
  std::vector<ReadError> errors;
  ASSERT_TRUE(reader.read("crawl.warc", warc, {}, documents, errors).is_ok());
  ASSERT_EQ(documents.size(), 2u);
  EXPECT_EQ(documents[0].url, "https://a.example/2021/06/08/one");
  EXPECT_EQ(documents[0].published.to_string(), "2021-06-08");  // from the URL, not the crawl
  EXPECT_EQ(documents[0].metadata.at("crawl_date"), "2021-06-09T00:00:00Z");
  EXPECT_EQ(documents[1].url, "https://c.example/three");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].where.find("record 3 (byte "), std::string::npos) << errors[0].to_string();
}

TEST(WarcReader, ALengthPastTheEndIsReported) {
  std::string warc = record("https://a.example/x", page("Only story here, with enough words to count."), 100000);
  WarcReader reader;
  std::vector<Document> documents;
  std::vector<ReadError> errors;
  ASSERT_TRUE(reader.read("crawl.warc", warc, {}, documents, errors).is_ok());
  EXPECT_TRUE(documents.empty());
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].message.find("bad Content-Length"), std::string::npos);
}

}  // namespace herald

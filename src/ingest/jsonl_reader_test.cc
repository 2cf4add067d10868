#include "ingest/jsonl_reader.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include "support/test_paths.h"

namespace herald {

TEST(JsonLinesReader, ReadsFieldsAndReportsBadLinesByNumber) {
  JsonLinesReader reader;
  const std::string input =
      R"({"id": "a1", "title": "First", "date": "2021-06-08T10:00:00", "text": "Body one.", "url": "https://x/1", "meta": {"topics": ["trade"], "dateline": "X"}})"
      "\n\n"
      "{not json}\n"
      R"({"id": 7, "headline": "Second", "body": "Body two.", "tags": ["a", "b"]})"
      "\n"
      R"({"id": "no text"})"
      "\n";
  std::vector<Document> documents;
  std::vector<ReadError> errors;
  ASSERT_TRUE(reader.read("in.jsonl", input, {}, documents, errors).is_ok());
  ASSERT_EQ(documents.size(), 2u);
  EXPECT_EQ(documents[0].id, "a1");
  EXPECT_EQ(documents[0].title, "First");
  EXPECT_EQ(documents[0].published.to_string(), "2021-06-08");
  EXPECT_EQ(documents[0].url, "https://x/1");
  EXPECT_EQ(documents[0].categories, (std::vector<std::string>{"trade"}));
  EXPECT_EQ(documents[0].metadata.at("dateline"), "X");
  EXPECT_EQ(documents[1].id, "7");
  EXPECT_EQ(documents[1].title, "Second");
  EXPECT_EQ(documents[1].text, "Body two.");
  EXPECT_EQ(documents[1].tags, (std::vector<std::string>{"a", "b"}));
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].to_string().substr(0, 17), "in.jsonl: line 3:");
  EXPECT_EQ(errors[1].where, "line 5");
  EXPECT_NE(errors[1].message.find("no text member"), std::string::npos);
}

TEST(JsonLinesReader, FieldNamesAreConfigurable) {
  JsonLinesReader reader;
  ReadOptions options;
  options.json_fields.text.insert(options.json_fields.text.begin(), "story");
  std::vector<Document> documents;
  std::vector<ReadError> errors;
  ASSERT_TRUE(reader.read("in.jsonl", R"({"story": "Chosen.", "text": "Not chosen."})", options,
                          documents, errors)
                  .is_ok());
  ASSERT_EQ(documents.size(), 1u);
  EXPECT_EQ(documents[0].text, "Chosen.");
}

TEST(JsonLinesReader, ReadsTheSharedCorporaWithIdsDatesAndTitles) {
  HERALD_REQUIRE_SHARED();
  for (const auto& [name, expected] :
       std::vector<std::pair<std::string, size_t>>{{"reuters21578.jsonl", 19763},
                                                   {"bbc_news.jsonl", 2221}}) {
    std::ifstream stream(testing::shared_path("corpus/" + name), std::ios::binary);
    std::string bytes(std::istreambuf_iterator<char>(stream), {});
    JsonLinesReader reader;
    std::vector<Document> documents;
    std::vector<ReadError> errors;
    ASSERT_TRUE(reader.read(name, bytes, {}, documents, errors).is_ok());
    EXPECT_EQ(documents.size(), expected) << name;
    for (const ReadError& error : errors) EXPECT_FALSE(error.skipped) << error.to_string();
    size_t titled = 0, dated = 0;
    for (const Document& document : documents) {
      EXPECT_FALSE(document.id.empty());
      titled += !document.title.empty();
      dated += document.published.known();
    }
    if (name == "reuters21578.jsonl") {
      EXPECT_EQ(documents[0].id, "reuters21578-1");
      EXPECT_EQ(documents[0].published.to_string(), "1987-02-26");
      EXPECT_EQ(documents[0].title, "BAHIA COCOA REVIEW");
      EXPECT_EQ(dated, expected);
      EXPECT_GT(titled, expected * 9 / 10);
    } else {
      EXPECT_EQ(titled, expected);
      EXPECT_EQ(dated, 0u);  // the BBC set has no dates, and none is invented
    }
  }
}

}  // namespace herald

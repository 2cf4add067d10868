#include "ingest/story_index.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include "ingest/jsonl_reader.h"
#include "support/test_paths.h"

namespace herald {
namespace {

Document make(const std::string& id, const std::string& text) {
  Document document;
  document.id = id;
  document.text = text;
  return document;
}

const std::string kStory =
    "The central bank raised its benchmark interest rate by a quarter point on Tuesday, citing "
    "persistent inflation in services and a labour market that remains tight, and signalled "
    "that further increases were possible if price pressures did not ease in coming months, "
    "according to a statement released after the two-day meeting of its policy committee. "
    "Economists polled last week had expected the move, although several had argued that the "
    "bank should pause to assess the effect of earlier increases on household borrowing and on "
    "business investment, which slowed in the last quarter. The currency rose against the "
    "dollar after the announcement, while government bond yields edged higher and shares of "
    "banks and insurers gained in afternoon trading in the capital.";

}  // namespace

TEST(StoryIndex, GroupsExactAndNearDuplicates) {
  StoryIndex index;
  Document original = make("a", kStory);
  Document rewrapped = make("b", "  " + kStory.substr(0, 100) + "\n" + kStory.substr(100));
  std::string edited_text = kStory;
  edited_text.replace(edited_text.find("Tuesday"), 7, "Wednesday");
  Document edited = make("c", edited_text);
  Document other = make("d", "Heavy rain flooded the valley overnight, forcing hundreds of "
                             "families from their homes as rivers rose past their banks and "
                             "rescue teams worked through the night with boats and helicopters.");
  EXPECT_EQ(index.assign(original), "a");
  EXPECT_EQ(index.assign(rewrapped), "a");
  EXPECT_EQ(index.assign(edited), "a");
  EXPECT_EQ(index.assign(other), "d");
  const StoryIndex::Counts counts = index.counts();
  EXPECT_EQ(counts.stories, 2u);
  EXPECT_EQ(counts.exact_duplicates, 1u);
  EXPECT_EQ(counts.near_duplicates, 1u);
}

TEST(StoryIndex, FindsTheReutersDuplicates) {
  HERALD_REQUIRE_SHARED();
  std::ifstream stream(testing::shared_path("corpus/reuters21578.jsonl"), std::ios::binary);
  const std::string bytes(std::istreambuf_iterator<char>(stream), {});
  std::vector<Document> documents;
  std::vector<ReadError> errors;
  ASSERT_TRUE(JsonLinesReader().read("reuters", bytes, {}, documents, errors).is_ok());
  StoryIndex index;
  for (Document& document : documents) index.assign(document);
  const StoryIndex::Counts counts = index.counts();
  // 293 bodies repeat another exactly (corpus README); spacing-insensitive matching finds them
  // and a few that differ only in spacing, plus near duplicates.
  EXPECT_GE(counts.exact_duplicates, 293u);
  EXPECT_GT(counts.near_duplicates, 0u);
  std::printf("reuters: %zu documents, %zu stories, %zu exact and %zu near duplicates\n",
              counts.documents, counts.stories, counts.exact_duplicates, counts.near_duplicates);
}

}  // namespace herald

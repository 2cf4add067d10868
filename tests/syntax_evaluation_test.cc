// Floors on herald's parser and tagger against the PETRARCH2 suite's gold trees
// (../shared/peers/petrarch2). Floors only rise: docs/syntax.md records the measured values.
#include <gtest/gtest.h>

#include "support/test_paths.h"
#include "syntax/tree_evaluation.h"

namespace herald::syntax {
namespace {

EvaluationScore evaluate_file(const std::string& relative) {
  auto records = read_gold_records(testing::shared_path(relative));
  EXPECT_TRUE(records.is_ok()) << records.status().message();
  if (!records.is_ok()) return {};
  auto stage = make_syntax_stage();
  EXPECT_TRUE(stage.is_ok()) << stage.status().message();
  if (!stage.is_ok()) return {};
  return evaluate_records(*records, TextStage(), **stage);
}

TEST(SyntaxEvaluation, UnitTestRecordsMeetFloors) {
  HERALD_REQUIRE_SHARED();
  EvaluationScore score = evaluate_file("peers/petrarch2/PETR.UnitTest.records.xml");
  EXPECT_GE(score.records, 280u);
  EXPECT_GE(score.f1(), 0.893);
  EXPECT_GE(score.tag_accuracy(), 0.966);
}

TEST(SyntaxEvaluation, GigaWordSampleMeetsFloors) {
  HERALD_REQUIRE_SHARED();
  EvaluationScore score = evaluate_file("peers/petrarch2/GigaWord.sample.PETR.xml");
  EXPECT_EQ(score.records, 76u);
  EXPECT_GE(score.f1(), 0.760);
  EXPECT_GE(score.tag_accuracy(), 0.967);
}

TEST(SyntaxEvaluation, ReadsTextAndParseOfRecords) {
  HERALD_REQUIRE_SHARED();
  auto records =
      read_gold_records(testing::shared_path("peers/petrarch2/GigaWord.sample.PETR.xml"));
  ASSERT_TRUE(records.is_ok());
  ASSERT_FALSE(records->empty());
  EXPECT_EQ((*records)[0].id, "AFP0808020625_4");
  EXPECT_NE((*records)[0].text.find("The stopover came"), std::string::npos);
  EXPECT_NE((*records)[0].parse.find("( (S"), std::string::npos);
}

TEST(SyntaxEvaluation, MissingFileIsAnError) {
  auto records = read_gold_records("/nonexistent/gold.xml");
  EXPECT_FALSE(records.is_ok());
}

}  // namespace
}  // namespace herald::syntax

// Raw-text mode of PETRARCH2's unit-test suite: each record's <Text> goes through herald's
// own text and syntax stages (the given <Parse> is ignored) before coding. The target
// (issue 4) is at least 90% of the exact records that given-parse mode reaches; the floor
// only ever goes up (docs/syntax.md records the measured value).
#include <gtest/gtest.h>

#include <iostream>
#include <memory>

#include "coding/validation.h"
#include "support/test_paths.h"
#include "syntax/syntax_stage.h"
#include "text/text_stage.h"

namespace herald::testing {

constexpr size_t kRawTextExactFloor = 257;

TEST(RawTextSuite, ExactRecordsStayAtOrAboveTheFloor) {
  HERALD_REQUIRE_SHARED();
  std::vector<std::unique_ptr<Stage>> stages;
  stages.push_back(std::make_unique<TextStage>());
  auto syntax = make_syntax_stage();
  ASSERT_TRUE(syntax.is_ok()) << syntax.status().message();
  stages.push_back(std::move(*syntax));
  auto pipeline = Pipeline::build(std::move(stages));
  ASSERT_TRUE(pipeline.is_ok()) << pipeline.status().message();
  coding::ValidationSettings settings;
  settings.reparse = &*pipeline;
  auto report =
      coding::run_validation(shared_path("peers/petrarch2/PETR.UnitTest.records.xml"), settings);
  ASSERT_TRUE(report.is_ok()) << report.status().to_string();
  std::cout << "PETRARCH2 suite from raw text: " << report->totals.exact << " of "
            << report->totals.records << " records exact\n";
  EXPECT_GE(report->totals.exact, kRawTextExactFloor);
}

}  // namespace herald::testing

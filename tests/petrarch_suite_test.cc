// Conformance: PETRARCH2's own unit-test suite (284 records) coded by herald.
//
// Prints the table and fails when the number of exact records drops below the best reached
// so far. The floor only ever goes up.
#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>

#include "coding/validation.h"
#include "support/test_paths.h"

namespace herald::testing {

constexpr size_t kExactFloor = 276;

TEST(PetrarchSuite, ExactRecordsStayAtOrAboveTheFloor) {
  HERALD_REQUIRE_SHARED();
  auto report = coding::run_validation(shared_path("peers/petrarch2/PETR.UnitTest.records.xml"));
  ASSERT_TRUE(report.is_ok()) << report.status().to_string();
  const coding::CategoryTotals& totals = report->totals;
  std::cout << "PETRARCH2 unit-test suite: " << totals.exact << " of " << totals.records
            << " records exact; " << totals.matched << " of " << totals.expected
            << " expected triples matched, " << totals.produced << " produced\n";
  EXPECT_EQ(totals.records, 284u);
  EXPECT_GE(totals.exact, kExactFloor);
}

TEST(PetrarchSuite, ValidateCommandPrintsTheTable) {
  HERALD_REQUIRE_SHARED();
  CommandResult result = run_command(herald_binary() + " validate " +
                                     shared_path("peers/petrarch2/PETR.UnitTest.records.xml"));
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("TOTAL"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("SYNSET"), std::string::npos) << result.out;
}

TEST(PetrarchSuite, CodeParsedWritesPetrarchColumns) {
  HERALD_REQUIRE_SHARED();
  CommandResult result =
      run_command(herald_binary() + " code --parsed --no-extract --format petrarch --dicts " +
                  shared_path("peers/petrarch2") + " " +
                  shared_path("peers/petrarch2/GigaWord.sample.PETR.xml"));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  ASSERT_FALSE(result.out.empty());
  const std::string first_line = result.out.substr(0, result.out.find('\n'));
  EXPECT_EQ(std::count(first_line.begin(), first_line.end(), '\t'), 10) << first_line;
  EXPECT_EQ(first_line.substr(0, 8), "20080804") << first_line;
}

TEST(PetrarchSuite, MissingDictionaryManifestIsAClearError) {
  HERALD_REQUIRE_SHARED();
  CommandResult result = run_command(herald_binary() + " code --parsed --dicts /nonexistent " +
                                     shared_path("peers/petrarch2/GigaWord.sample.PETR.xml"));
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("/nonexistent"), std::string::npos) << result.err;
}

}  // namespace herald::testing

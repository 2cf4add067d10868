// `herald parse`: sentences, tokens, tags and trees for inspection, and --evaluate.
#include <gtest/gtest.h>

#include "support/test_paths.h"

namespace herald::testing {
namespace {

TEST(ParseCommand, PrintsSentencesTokensAndTrees) {
  CommandResult result = run_command("printf 'Gen. Smith met Lula on Monday. They talked.' | " +
                                     herald_binary() + " parse -");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("## sentence 2"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("met/VBD/meet"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("tree: (ROOT (S (NP (NNP Gen.) (NNP Smith)) (VP (VBD met)"),
            std::string::npos)
      << result.out;
}

TEST(ParseCommand, JsonCarriesTokensAndTrees) {
  CommandResult result =
      run_command("printf 'Lula met Fernandez.' | " + herald_binary() + " parse --json -");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("\"tree\":\"(ROOT (S"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("\"tag\":\"VBD\""), std::string::npos) << result.out;
}

TEST(ParseCommand, EvaluatePrintsScores) {
  HERALD_REQUIRE_SHARED();
  CommandResult result = run_command(herald_binary() + " parse --evaluate " +
                                     shared_path("peers/petrarch2/GigaWord.sample.PETR.xml"));
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("GigaWord.sample.PETR.xml"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("brackets: gold"), std::string::npos) << result.out;
}

TEST(ParseCommand, NoInputIsAUsageError) {
  CommandResult result = run_command(herald_binary() + " parse");
  EXPECT_EQ(result.exit_code, 2) << result.err;
}

}  // namespace
}  // namespace herald::testing

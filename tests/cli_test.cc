// The `herald` command as a user meets it: help, version, usage errors and exit codes.
#include <gtest/gtest.h>

#include "support/test_paths.h"

namespace herald::testing {

TEST(Cli, HelpListsSubcommands) {
  CommandResult result = run_command(herald_binary() + " --help");
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_NE(result.out.find("code"), std::string::npos) << result.out;
}

TEST(Cli, VersionPrintsTheVersion) {
  CommandResult result = run_command(herald_binary() + " --version");
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_NE(result.out.find("herald "), std::string::npos);
}

TEST(Cli, BadUsageExitsTwoWithAOneLineReason) {
  CommandResult unknown = run_command(herald_binary() + " frobnicate");
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.err.find("herald: "), std::string::npos);
  CommandResult bad_date =
      run_command(herald_binary() + " code --date 2021-13-45 " + source_path("README.md"));
  EXPECT_EQ(bad_date.exit_code, 2);
  EXPECT_NE(bad_date.err.find("--date"), std::string::npos) << bad_date.err;
}

TEST(Cli, MissingInputExitsOneAndNamesTheFile) {
  CommandResult result = run_command(herald_binary() + " code /nonexistent/article.txt");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("/nonexistent/article.txt"), std::string::npos) << result.err;
}

TEST(Cli, ReadsStdin) {
  CommandResult result =
      run_command("echo 'Kuwait rejected the charges.' | " + herald_binary() + " code --json -");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("\"text\":\"Kuwait rejected the charges.\\n\""), std::string::npos)
      << result.out;
}

}  // namespace herald::testing

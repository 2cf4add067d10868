// The `herald` command as a user meets it: help, version, usage errors and exit codes.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <future>
#include <string>

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

// -o onto a device or pipe writes into it; the usual write-then-rename would replace it with
// a regular file (once turned /dev/null into one). Tested on a FIFO of the test's own.
TEST(Cli, OutputToAPipeWritesIntoItAndKeepsIt) {
  const std::filesystem::path folder =
      std::filesystem::temp_directory_path() / ("herald-cli-fifo-" + std::to_string(getpid()));
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);
  const std::string fifo = (folder / "events.fifo").string();
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  // Held open by the test, so that neither side's open blocks and the reader sees the end
  // of the data once herald has exited, whatever herald did with the path.
  const int held = open(fifo.c_str(), O_RDWR);
  ASSERT_GE(held, 0);
  const int read_end = open(fifo.c_str(), O_RDONLY);
  ASSERT_GE(read_end, 0);
  auto reader = std::async(std::launch::async, [read_end] {
    std::string data;
    char buffer[4096];
    for (ssize_t got; (got = read(read_end, buffer, sizeof buffer)) > 0;)
      data.append(buffer, static_cast<size_t>(got));
    close(read_end);
    return data;
  });
  CommandResult result = run_command("echo 'Kuwait rejected the charges.' | " + herald_binary() +
                                     " code --json -o " + fifo + " -");
  close(held);
  const std::string received = reader.get();
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(received.find("Kuwait rejected the charges."), std::string::npos) << received;
  EXPECT_TRUE(std::filesystem::is_fifo(fifo)) << "the pipe was replaced";
  EXPECT_FALSE(std::filesystem::exists(fifo + ".tmp"));
  std::filesystem::remove_all(folder);
}

}  // namespace herald::testing

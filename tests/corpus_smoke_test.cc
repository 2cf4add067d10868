// Every article of the shared corpus through `herald code` with herald's own dictionaries:
// 21,578 Reuters stories and 2,225 BBC stories of every kind, on two threads. Unit tests and
// fuzz targets exercise each stage on chosen inputs; this runs the whole pipeline over real
// text nobody chose, where a rare sentence shape can still reach a path no test thought of
// (a noun event with no governing verb once made the coder read outside the parse tree).
// Under the sanitizer build, any such read fails the test.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <string>

#include "support/test_paths.h"

namespace herald::testing {
namespace {

void code_whole_corpus(const std::string& file, size_t minimum_events) {
  HERALD_REQUIRE_SHARED();
  const std::string corpus = shared_path("corpus/" + file);
  const CommandResult result =
      run_command(herald_binary() + " code --format petrarch --no-extract --threads 2 --data " +
                  source_path("data") + " " + corpus);
  ASSERT_EQ(result.exit_code, 0) << file << ": " << result.err;
  const auto events = static_cast<size_t>(std::count(result.out.begin(), result.out.end(), '\n'));
  std::printf("%s: %zu events\n", file.c_str(), events);
  // A run that stops early, or codes nothing, is as wrong as a crash.
  EXPECT_GE(events, minimum_events) << file;
}

TEST(CorpusSmoke, EveryReutersStoryCodes) { code_whole_corpus("reuters21578.jsonl", 4000); }

TEST(CorpusSmoke, EveryBbcStoryCodes) { code_whole_corpus("bbc_news.jsonl", 700); }

}  // namespace
}  // namespace herald::testing

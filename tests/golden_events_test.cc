// Golden event test: herald, with only its own dictionaries, must find the events listed in
// tests/golden/<article>.events in a current news article (issue 5's seed article). The
// article itself is read-only reference data in ../shared and is never copied here.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "support/coded_events.h"
#include "support/test_paths.h"

namespace herald::testing {
namespace {

// How many of the expected events herald must find: all of them (the file lists 10).
constexpr int kFoundFloor = 10;

struct ExpectedEvent {
  EventTriple triple;
  std::string why;
  int line = 0;
};

std::vector<ExpectedEvent> read_expected(const std::string& path) {
  std::vector<ExpectedEvent> expected;
  std::ifstream stream(path);
  std::string line;
  int number = 0;
  while (std::getline(stream, line)) {
    ++number;
    std::string why;
    if (size_t hash = line.find('#'); hash != std::string::npos) {
      why = line.substr(hash + 1);
      line = line.substr(0, hash);
    }
    std::istringstream fields(line);
    ExpectedEvent event;
    if (!(fields >> event.triple.source >> event.triple.target >> event.triple.code)) continue;
    event.why = why;
    event.line = number;
    expected.push_back(event);
  }
  return expected;
}

bool matches(const EventTriple& expected, const EventTriple& found) {
  if (expected.source != found.source || expected.target != found.target) return false;
  // A code matches itself and its sub-codes: 04 accepts 040-046, 112 accepts 1123.
  return found.code.rfind(expected.code, 0) == 0;
}

TEST(GoldenEvents, ExpectationFileIsWellFormed) {
  const std::vector<ExpectedEvent> expected =
      read_expected(source_path("tests/golden/harris-mexico-2021-06-08.events"));
  ASSERT_EQ(expected.size(), 10u);
  for (const ExpectedEvent& event : expected) {
    EXPECT_TRUE(event.triple.code.size() >= 2 && event.triple.code.size() <= 4) << event.line;
    EXPECT_GE(event.triple.source.size(), 3u) << event.line;
    EXPECT_GE(event.triple.target.size(), 3u) << event.line;
  }
}

TEST(GoldenEvents, HarrisMexico20210608) {
  HERALD_REQUIRE_SHARED();
  const std::string article = shared_path("samples/harris-mexico-2021-06-08.txt");
  if (!std::ifstream(article)) GTEST_SKIP() << article << " not present";
  const CodedEvents coded = code_file(article, "2021-06-08");
  ASSERT_TRUE(coded.error.empty()) << coded.error;
  int found_count = 0;
  for (const ExpectedEvent& expected :
       read_expected(source_path("tests/golden/harris-mexico-2021-06-08.events"))) {
    bool found = false;
    for (const EventTriple& event : coded.events) found = found || matches(expected.triple, event);
    found_count += found ? 1 : 0;
    std::printf("%s %s -> %s %s  (line %d:%s)\n", found ? "found  " : "MISSING",
                expected.triple.source.c_str(), expected.triple.target.c_str(),
                expected.triple.code.c_str(), expected.line, expected.why.c_str());
  }
  std::printf("golden events found: %d of 10 (floor %d)\n", found_count, kFoundFloor);
  EXPECT_GE(found_count, kFoundFloor);
}

}  // namespace
}  // namespace herald::testing

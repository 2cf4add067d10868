// The store commands end to end: events, export, explain, series, stats, quotes, entities,
// counts on a store of synthetic documents; ingest into SQLite and PostgreSQL on real
// articles (../shared) giving the same exports.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "herald/store.h"
#include "support/scratch_store.h"
#include "support/synthetic_documents.h"
#include "support/test_paths.h"

namespace herald::testing {
namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) lines.push_back(line);
  return lines;
}

size_t tab_fields(const std::string& line) {
  return static_cast<size_t>(std::count(line.begin(), line.end(), '\t')) + 1;
}

class StoreCommands : public ::testing::Test {
 protected:
  void SetUp() override {
    auto store = Store::open(scratch_.location());
    ASSERT_TRUE(store.is_ok()) << store.status().to_string();
    for (int i = 0; i < 30; ++i) ASSERT_TRUE((*store)->write(synthetic_document(i)).is_ok());
  }
  CommandResult herald(const std::string& arguments) {
    return run_command(herald_binary() + " " + arguments + " --db " + scratch_.location());
  }
  ScratchStore scratch_{"sqlite"};
};

TEST_F(StoreCommands, EventsInEveryFormat) {
  CommandResult table = herald("events");
  ASSERT_EQ(table.exit_code, 0) << table.err;
  EXPECT_NE(table.out.find("event(s)"), std::string::npos);
  EXPECT_NE(table.out.find("goldstein"), std::string::npos);

  CommandResult gdelt = herald("events --format gdelt");
  ASSERT_EQ(gdelt.exit_code, 0) << gdelt.err;
  const auto rows = lines_of(gdelt.out);
  ASSERT_FALSE(rows.empty());
  for (const std::string& row : rows) EXPECT_EQ(tab_fields(row), 61u) << row;

  CommandResult dyad = herald("events --dyad USA,MEX --format jsonl");
  ASSERT_EQ(dyad.exit_code, 0) << dyad.err;
  ASSERT_FALSE(lines_of(dyad.out).empty());
  for (const std::string& line : lines_of(dyad.out)) {
    const auto event = nlohmann::json::parse(line);
    EXPECT_EQ(event["source"], "USA");
    EXPECT_EQ(event["target"], "MEX");
  }

  CommandResult csv = herald("events --root 05 --format csv");
  ASSERT_EQ(csv.exit_code, 0) << csv.err;
  EXPECT_EQ(csv.out.rfind("event_id,story_id,", 0), 0u) << csv.out;

  CommandResult plover = herald("events --format plover --quad 4");
  ASSERT_EQ(plover.exit_code, 0) << plover.err;
  ASSERT_FALSE(lines_of(plover.out).empty());
  for (const std::string& line : lines_of(plover.out))
    EXPECT_EQ(nlohmann::json::parse(line)["event"], "ASSAULT");
}

TEST_F(StoreCommands, ExportsMentionsAndTables) {
  CommandResult mentions = herald("export --format gdelt-mentions");
  ASSERT_EQ(mentions.exit_code, 0) << mentions.err;
  const auto rows = lines_of(mentions.out);
  EXPECT_EQ(rows.size(), 60u);
  for (const std::string& row : rows) EXPECT_EQ(tab_fields(row), 16u) << row;
  for (const std::string& table : Store::table_names()) {
    CommandResult jsonl = herald("export --table " + table + " --format jsonl --limit 3");
    ASSERT_EQ(jsonl.exit_code, 0) << table << ": " << jsonl.err;
    for (const std::string& line : lines_of(jsonl.out))
      EXPECT_TRUE(nlohmann::json::parse(line).is_object());
  }
  const std::string path = (scratch_.folder() / "quotes.csv").string();
  CommandResult csv = herald("export --table quotes --format csv -o " + path);
  ASSERT_EQ(csv.exit_code, 0) << csv.err;
  std::ifstream file(path);
  std::string header;
  std::getline(file, header);
  EXPECT_EQ(header.rfind("quote_key,document_id,quote_index,", 0), 0u) << header;
}

TEST_F(StoreCommands, ExplainMarksTheSentenceAndNamesTheDictionaryLines) {
  CommandResult explain = run_command(herald_binary() + " explain 1 --db " + scratch_.location());
  ASSERT_EQ(explain.exit_code, 0) << explain.err;
  EXPECT_NE(explain.out.find("Sign formal agreement"), std::string::npos) << explain.out;
  EXPECT_NE(explain.out.find("[source: United States]"), std::string::npos) << explain.out;
  EXPECT_NE(explain.out.find("[verb: signed an agreement with]"), std::string::npos);
  EXPECT_NE(explain.out.find("[target: Mexico]"), std::string::npos);
  EXPECT_NE(explain.out.find("data/verbs.txt:10"), std::string::npos);
  EXPECT_NE(explain.out.find("pattern: * signed an agreement with +"), std::string::npos);
  CommandResult missing =
      run_command(herald_binary() + " explain 99999 --db " + scratch_.location());
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.err.find("no event 99999"), std::string::npos);
}

TEST_F(StoreCommands, SeriesStatsAndListings) {
  CommandResult series = herald("series --dyad USA,MEX --by day --format csv");
  ASSERT_EQ(series.exit_code, 0) << series.err;
  EXPECT_EQ(series.out.rfind("day,events,quad1_verbal_cooperation,", 0), 0u) << series.out;
  for (const char* by : {"day", "month", "dyad", "root", "quad", "plover", "source"}) {
    CommandResult stats = herald(std::string("stats --by ") + by);
    EXPECT_EQ(stats.exit_code, 0) << by << ": " << stats.err;
  }
  CommandResult totals = herald("stats");
  EXPECT_NE(totals.out.find("event_mentions"), std::string::npos);
  CommandResult quotes = herald("quotes --speaker minister --text together");
  ASSERT_EQ(quotes.exit_code, 0) << quotes.err;
  EXPECT_NE(quotes.out.find("We will work together"), std::string::npos);
  CommandResult places = herald("entities --kind location --format jsonl");
  ASSERT_EQ(places.exit_code, 0) << places.err;
  EXPECT_NE(places.out.find("Mexico City"), std::string::npos);
  CommandResult counts = herald("counts --object migrants");
  ASSERT_EQ(counts.exit_code, 0) << counts.err;
  EXPECT_NE(counts.out.find("1200"), std::string::npos);
}

TEST_F(StoreCommands, UsageErrorsNameTheOption) {
  const struct {
    const char* arguments;
    const char* message;
  } cases[] = {{"events --dyad USA", "--dyad"},          {"events --format xml", "--format"},
               {"events --since 2021-13-01", "--since"}, {"events --root 4", "--root"},
               {"stats --by weekday", "--by"},           {"series --by year", "--by"},
               {"entities --kind planet", "--kind"},     {"export --format csv", "--table"}};
  for (const auto& usage : cases) {
    CommandResult result = herald(usage.arguments);
    EXPECT_EQ(result.exit_code, 2) << usage.arguments << ": " << result.err;
    EXPECT_NE(result.err.find(usage.message), std::string::npos)
        << usage.arguments << ": " << result.err;
  }
  CommandResult missing = run_command(herald_binary() + " events --db /nonexistent/events.db");
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.err.find("/nonexistent/events.db"), std::string::npos) << missing.err;
}

// Near-duplicate articles (a wire story and a paper's copy with one word changed) become one
// story, and their events one row each with two articles and two sources, whether the copy
// comes in the same run or in a later one (which replays the stored documents into the
// near-duplicate index first).
TEST(StoreIngest, NearDuplicatesShareAStoryAcrossRuns) {
  ScratchStore one_run("sqlite"), two_runs("sqlite"), separate("sqlite");
  const std::string wire =
      "MEXICO CITY, June 8 - Mexico signed an agreement with the United States on Tuesday to "
      "improve security along their shared border, the foreign ministry said. The two countries "
      "agreed to exchange information on smuggling and to meet again next month in Washington "
      "to review progress on the plan.";
  std::string copy = wire;
  copy.replace(copy.rfind("the plan"), 8, "that plan");
  const auto article = [](const std::string& id, const std::string& source,
                          const std::string& text) {
    return nlohmann::json{{"id", id}, {"date", "2021-06-08"}, {"source", source}, {"text", text}}
               .dump() +
           "\n";
  };
  const std::string first = (one_run.folder() / "first.jsonl").string();
  const std::string second = (one_run.folder() / "second.jsonl").string();
  std::ofstream(first) << article("wire-1", "Wire", wire)
                       << article("other-1", "Wire",
                                  "OTTAWA, June 8 - Canada criticized France on Tuesday over a "
                                  "fishing dispute, officials said.");
  std::ofstream(second) << article("paper-7", "Daily Paper", copy);

  const std::string ingest = herald_binary() + " ingest ";
  ASSERT_EQ(run_command(ingest + first + " " + second + " --db " + one_run.location()).exit_code,
            0);
  ASSERT_EQ(run_command(ingest + first + " --db " + two_runs.location()).exit_code, 0);
  CommandResult later = run_command(ingest + second + " --db " + two_runs.location());
  ASSERT_EQ(later.exit_code, 0) << later.err;
  ASSERT_EQ(run_command(ingest + first + " " + second + " --no-stories --db " + separate.location())
                .exit_code,
            0);

  for (const ScratchStore* scratch : {&one_run, &two_runs}) {
    auto store = Store::open(scratch->location());
    ASSERT_TRUE(store.is_ok());
    auto documents = (*store)->table("documents");
    ASSERT_TRUE(documents.is_ok());
    ASSERT_EQ(documents->rows.size(), 3u);
    auto copy_document = (*store)->load_document("paper-7");
    ASSERT_TRUE(copy_document.is_ok());
    EXPECT_EQ(copy_document->story_id, "wire-1");
    auto events = (*store)->events({});
    ASSERT_TRUE(events.is_ok());
    size_t joined = 0;
    for (const EventRecord& event : *events) {
      EXPECT_NE(event.story_id, "paper-7");
      if (event.story_id == "wire-1") {
        EXPECT_EQ(event.num_articles, 2);
        EXPECT_EQ(event.num_sources, 2);
        ++joined;
      }
    }
    EXPECT_GT(joined, 0u) << "no event coded from the wire story";
  }
  const std::string gdelt = " events --format gdelt --db ";
  EXPECT_EQ(run_command(herald_binary() + gdelt + one_run.location()).out,
            run_command(herald_binary() + gdelt + two_runs.location()).out);
  auto separate_store = Store::open(separate.location());
  ASSERT_TRUE(separate_store.is_ok());
  auto alone = (*separate_store)->load_document("paper-7");
  ASSERT_TRUE(alone.is_ok());
  EXPECT_EQ(alone->story_id, "");  // its own story (load_document gives "" for that)
}

// Real articles through `herald ingest` into both engines: the same GDELT export.
TEST(StoreIngest, SqliteAndPostgresqlIngestGiveTheSameExports) {
  HERALD_REQUIRE_SHARED();
  ScratchStore sqlite("sqlite"), postgres("postgresql");
  HERALD_REQUIRE_STORE(postgres);
  const std::string input = (sqlite.folder() / "articles.jsonl").string();
  {
    std::ifstream corpus(shared_path("corpus/reuters21578.jsonl"));
    std::ofstream out(input);
    std::string line;
    for (int i = 0; i < 120 && std::getline(corpus, line); ++i) out << line << "\n";
  }
  const std::string ingest = herald_binary() + " ingest " + input + " --dicts " +
                             shared_path("peers/petrarch2/PETR_config.ini") + " --db ";
  for (const ScratchStore* store : {&sqlite, &postgres}) {
    CommandResult result = run_command(ingest + store->location());
    ASSERT_EQ(result.exit_code, 0) << result.err;
    CommandResult again = run_command(ingest + store->location());
    EXPECT_NE(again.err.find("(0 new, 120 already stored)"), std::string::npos) << again.err;
  }
  for (const char* query : {"events --format gdelt", "export --format gdelt-mentions",
                            "export --format plover", "stats --by root", "series --by month",
                            "events --text government --format jsonl", "entities --format csv"}) {
    CommandResult a = run_command(herald_binary() + " " + query + " --db " + sqlite.location());
    CommandResult b = run_command(herald_binary() + " " + query + " --db " + postgres.location());
    ASSERT_EQ(a.exit_code, 0) << query << ": " << a.err;
    ASSERT_EQ(b.exit_code, 0) << query << ": " << b.err;
    EXPECT_FALSE(a.out.empty()) << query;
    EXPECT_TRUE(a.out == b.out) << query << " differs between SQLite and PostgreSQL";
  }
}

}  // namespace
}  // namespace herald::testing

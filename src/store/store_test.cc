#include "herald/store.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "store/export.h"
#include "support/scratch_store.h"
#include "support/synthetic_documents.h"

namespace herald {
namespace {

using testing::ScratchStore;
using testing::synthetic_document;

class StoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  std::unique_ptr<Store> open(const ScratchStore& scratch, StoreOptions options = {}) {
    auto opened = Store::open(scratch.location(), options);
    EXPECT_TRUE(opened.is_ok()) << opened.status().to_string();
    return opened.is_ok() ? std::move(opened).value() : nullptr;
  }
};

TEST_P(StoreTest, WritesEveryAnnotationAndIsIdempotentById) {
  ScratchStore scratch(GetParam());
  HERALD_REQUIRE_STORE(scratch);
  auto store = open(scratch);
  ASSERT_TRUE(store);
  for (int i = 0; i < 9; ++i) {
    auto outcome = store->write(synthetic_document(i));
    ASSERT_TRUE(outcome.is_ok()) << outcome.status().to_string();
    EXPECT_EQ(*outcome, WriteOutcome::kWritten);
  }
  auto totals = store->totals();
  ASSERT_TRUE(totals.is_ok()) << totals.status().to_string();
  EXPECT_EQ((*totals)["documents"], 9);
  EXPECT_EQ((*totals)["sentences"], 27);
  EXPECT_EQ((*totals)["entities"], 45);
  EXPECT_EQ((*totals)["quotes"], 9);
  EXPECT_EQ((*totals)["counts"], 9);
  EXPECT_EQ((*totals)["dates"], 9);
  EXPECT_EQ((*totals)["event_mentions"], 18);

  // Running it again adds nothing.
  for (int i = 0; i < 9; ++i) {
    auto outcome = store->write(synthetic_document(i));
    ASSERT_TRUE(outcome.is_ok());
    EXPECT_EQ(*outcome, WriteOutcome::kAlreadyStored);
  }
  auto again = store->totals();
  ASSERT_TRUE(again.is_ok());
  EXPECT_EQ(*again, *totals);

  auto loaded = store->load_document("doc-0004");
  ASSERT_TRUE(loaded.is_ok()) << loaded.status().to_string();
  const Document original = synthetic_document(4);
  EXPECT_EQ(loaded->text, original.text);
  EXPECT_EQ(loaded->title, original.title);
  EXPECT_EQ(loaded->published, original.published);
  EXPECT_EQ(loaded->metadata, original.metadata);
  EXPECT_EQ(loaded->story_id, original.story_id);
  EXPECT_EQ(store->load_document("missing").status().code(), StatusCode::kNotFound);
}

TEST_P(StoreTest, BatchedWritesCommitWholeBatchesAndStoreWhatSingleWritesStore) {
  ScratchStore single_scratch(GetParam()), batched_scratch(GetParam());
  HERALD_REQUIRE_STORE(batched_scratch);
  StoreOptions batching;
  batching.batch_documents = 4;
  batching.batch_seconds = 3600;  // only the count closes a batch here
  auto single = open(single_scratch);
  auto batched = open(batched_scratch, batching);
  ASSERT_TRUE(single && batched);
  // What another connection (a reader, or the next run after a crash) sees.
  const auto committed_documents = [&]() -> int64_t {
    auto reader = Store::open(batched_scratch.location());
    EXPECT_TRUE(reader.is_ok()) << reader.status().to_string();
    if (!reader.is_ok()) return -1;
    auto totals = (*reader)->totals();
    EXPECT_TRUE(totals.is_ok());
    return totals.is_ok() ? (*totals)["documents"] : -1;
  };
  for (int i = 0; i < 10; ++i) {
    ASSERT_TRUE(single->write(synthetic_document(i)).is_ok());
    auto outcome = batched->write(synthetic_document(i));
    ASSERT_TRUE(outcome.is_ok()) << outcome.status().to_string();
    EXPECT_EQ(*outcome, WriteOutcome::kWritten);
    EXPECT_EQ(batched->pending_documents(), static_cast<size_t>((i + 1) % 4));
    // A repeated id inside the open batch is seen as stored.
    auto repeated = batched->write(synthetic_document(i));
    ASSERT_TRUE(repeated.is_ok());
    EXPECT_EQ(*repeated, WriteOutcome::kAlreadyStored);
    auto contained = batched->contains(synthetic_document(i).id);
    ASSERT_TRUE(contained.is_ok());
    EXPECT_TRUE(*contained);
  }
  EXPECT_EQ(committed_documents(), 8);  // two full batches; two documents still open
  ASSERT_TRUE(batched->flush().is_ok());
  EXPECT_EQ(batched->pending_documents(), 0u);
  EXPECT_EQ(committed_documents(), 10);
  for (const std::string& name : Store::table_names()) {
    if (name == "herald_meta") continue;
    auto expected = single->table(name);
    auto actual = batched->table(name);
    ASSERT_TRUE(expected.is_ok() && actual.is_ok()) << name;
    EXPECT_EQ(expected->rows, actual->rows) << name;
  }
  // The Store commits what is open when it closes.
  ASSERT_TRUE(batched->write(synthetic_document(10)).is_ok());
  EXPECT_EQ(batched->pending_documents(), 1u);
  batched.reset();
  EXPECT_EQ(committed_documents(), 11);
}

TEST_P(StoreTest, BatchesCloseAfterTheirTimeLimit) {
  ScratchStore scratch(GetParam());
  HERALD_REQUIRE_STORE(scratch);
  StoreOptions batching;
  batching.batch_documents = 1000;
  batching.batch_seconds = 0;  // every write finds its batch old enough
  auto store = open(scratch, batching);
  ASSERT_TRUE(store);
  ASSERT_TRUE(store->write(synthetic_document(0)).is_ok());
  EXPECT_EQ(store->pending_documents(), 0u);
}

TEST_P(StoreTest, AggregatesEventsPerStorySourceTargetCodeAndDate) {
  ScratchStore scratch(GetParam());
  HERALD_REQUIRE_STORE(scratch);
  auto store = open(scratch);
  ASSERT_TRUE(store);
  // Documents 0, 1, 2 are one story: their first events share (source, target, code, date).
  for (int i = 0; i < 3; ++i) ASSERT_TRUE(store->write(synthetic_document(i)).is_ok());
  EventFilter filter;
  filter.code = "057";
  auto events = store->events(filter);
  ASSERT_TRUE(events.is_ok()) << events.status().to_string();
  ASSERT_EQ(events->size(), 1u);
  const EventRecord& event = events->front();
  EXPECT_EQ(event.story_id, "story-0");
  EXPECT_EQ(event.source, "USA");
  EXPECT_EQ(event.target, "MEX");
  EXPECT_EQ(event.date, "2021-06-01");
  EXPECT_EQ(event.num_mentions, 3);
  EXPECT_EQ(event.num_articles, 3);
  EXPECT_EQ(event.num_sources, 2);
  EXPECT_TRUE(event.is_root_event);
  EXPECT_NEAR(event.avg_tone, (1.5 + 2.5 + 3.5) / 3, 1e-9);
  // Filled from the CAMEO table where the coder left blanks.
  EXPECT_TRUE(event.has_goldstein);
  EXPECT_DOUBLE_EQ(event.goldstein, 8.0);
  EXPECT_EQ(event.quad_class, 1);
  EXPECT_EQ(event.plover_context, "diplomatic");
  EXPECT_EQ(event.location_name, "Mexico City");
  EXPECT_TRUE(event.has_coordinates);
  EXPECT_EQ(event.first_document_id, "doc-0000");

  auto mentions = store->mentions(filter);
  ASSERT_TRUE(mentions.is_ok());
  ASSERT_EQ(mentions->size(), 3u);
  EXPECT_EQ((*mentions)[1].document_id, "doc-0001");
  EXPECT_EQ((*mentions)[1].sentence_index, 0);

  // The reply of document 1 has its own date, so it is its own event.
  EventFilter replies;
  replies.code = "111";
  auto reply_events = store->events(replies);
  ASSERT_TRUE(reply_events.is_ok());
  EXPECT_EQ(reply_events->size(), 2u);
  // A code outside the CAMEO table is stored without Goldstein or PLOVER.
  ASSERT_TRUE(store->write(synthetic_document(12)).is_ok());
  EventFilter test_code;
  test_code.code = "901";
  auto odd = store->events(test_code);
  ASSERT_TRUE(odd.is_ok());
  ASSERT_FALSE(odd->empty());
  EXPECT_FALSE(odd->front().has_goldstein);
  EXPECT_EQ(odd->front().plover_type, "");
}

TEST_P(StoreTest, FiltersByActorDyadRootQuadDateAndText) {
  ScratchStore scratch(GetParam());
  HERALD_REQUIRE_STORE(scratch);
  auto store = open(scratch);
  ASSERT_TRUE(store);
  for (int i = 0; i < 24; ++i) ASSERT_TRUE(store->write(synthetic_document(i)).is_ok());
  auto all = store->events({});
  ASSERT_TRUE(all.is_ok());
  const auto count = [&](const EventFilter& filter) {
    auto events = store->events(filter);
    EXPECT_TRUE(events.is_ok()) << events.status().to_string();
    return events.is_ok() ? events->size() : size_t{0};
  };
  const auto expected = [&](auto predicate) {
    return static_cast<size_t>(std::count_if(all->begin(), all->end(), predicate));
  };
  EventFilter actor;
  actor.actor = "usa";
  EXPECT_EQ(count(actor),
            expected([](const EventRecord& e) { return e.source == "USA" || e.target == "USA"; }));
  EventFilter dyad;
  dyad.dyad_source = "USA";
  dyad.dyad_target = "MEX";
  EXPECT_EQ(count(dyad),
            expected([](const EventRecord& e) { return e.source == "USA" && e.target == "MEX"; }));
  EXPECT_GT(count(dyad), 0u);
  EventFilter root;
  root.root = "04";
  EXPECT_EQ(count(root), expected([](const EventRecord& e) { return e.root_code == "04"; }));
  EventFilter quad;
  quad.quad_class = 4;
  EXPECT_EQ(count(quad), expected([](const EventRecord& e) { return e.quad_class == 4; }));
  EXPECT_GT(count(quad), 0u);
  EventFilter dates;
  dates.since = CivilDate{2021, 6, 2};
  dates.until = CivilDate{2021, 6, 3};
  EXPECT_EQ(count(dates), expected([](const EventRecord& e) {
              return e.date >= "2021-06-02" && e.date <= "2021-06-03";
            }));
  EventFilter month;
  month.until = CivilDate{2021, 6, 0};
  EXPECT_EQ(count(month), all->size());
  EventFilter text;
  text.text = "border security";
  EXPECT_EQ(count(text), all->size());
  text.text = "Canada";
  EXPECT_EQ(count(text),
            expected([](const EventRecord& e) { return e.source == "CAN" || e.target == "CAN"; }));
  text.text = "\"unbalanced quote AND OR";
  EXPECT_EQ(count(text), 0u);  // user text never becomes query syntax
  EventFilter limited;
  limited.limit = 3;
  EXPECT_EQ(count(limited), 3u);
}

TEST_P(StoreTest, ListingsStatsAndSeries) {
  ScratchStore scratch(GetParam());
  HERALD_REQUIRE_STORE(scratch);
  auto store = open(scratch);
  ASSERT_TRUE(store);
  for (int i = 0; i < 15; ++i) ASSERT_TRUE(store->write(synthetic_document(i)).is_ok());
  Store::QuoteFilter quote_filter;
  quote_filter.text = "work together";
  auto quotes = store->quotes(quote_filter);
  ASSERT_TRUE(quotes.is_ok()) << quotes.status().to_string();
  EXPECT_EQ(quotes->rows.size(), 15u);
  quote_filter.speaker = "MINISTER";
  EXPECT_EQ(store->quotes(quote_filter)->rows.size(), 15u);
  Store::EntityFilter entity_filter;
  entity_filter.kind = "location";
  auto places = store->entities(entity_filter);
  ASSERT_TRUE(places.is_ok()) << places.status().to_string();
  EXPECT_FALSE(places->rows.empty());
  auto counts = store->counts({});
  ASSERT_TRUE(counts.is_ok()) << counts.status().to_string();
  EXPECT_EQ(counts->rows.size(), 15u);
  for (const char* by : {"day", "month", "dyad", "root", "quad", "plover", "source"}) {
    auto stats = store->stats(by, {});
    ASSERT_TRUE(stats.is_ok()) << by << ": " << stats.status().to_string();
    EXPECT_FALSE(stats->rows.empty()) << by;
  }
  EXPECT_EQ(store->stats("weekday", {}).status().code(), StatusCode::kInvalidArgument);

  EventFilter dyad;
  dyad.dyad_source = "USA";
  dyad.dyad_target = "MEX";
  auto series = store->series("day", dyad);
  ASSERT_TRUE(series.is_ok()) << series.status().to_string();
  ASSERT_EQ(series->columns.size(), 8u);
  auto events = store->events(dyad);
  int64_t total = 0;
  double goldstein = 0;
  for (const auto& row : series->rows) {
    total += std::get<int64_t>(row[1]);
    // Codes outside CAMEO (901) have no QuadClass: the four columns may sum to less.
    EXPECT_GE(std::get<int64_t>(row[1]), std::get<int64_t>(row[2]) + std::get<int64_t>(row[3]) +
                                             std::get<int64_t>(row[4]) + std::get<int64_t>(row[5]));
    goldstein += store::as_real(row[6]);
  }
  EXPECT_EQ(total, static_cast<int64_t>(events->size()));
  double expected_goldstein = 0;
  for (const EventRecord& event : *events) expected_goldstein += event.goldstein;
  EXPECT_NEAR(goldstein, expected_goldstein, 1e-9);
  // Days without events are present with zeros.
  for (size_t i = 1; i < series->rows.size(); ++i) {
    const auto previous = CivilDate::parse(store::as_text(series->rows[i - 1][0]));
    const auto current = CivilDate::parse(store::as_text(series->rows[i][0]));
    ASSERT_TRUE(previous && current);
    EXPECT_EQ(current->days_since_epoch() - previous->days_since_epoch(), 1);
  }
  for (const std::string& name : Store::table_names()) {
    auto table = store->table(name);
    ASSERT_TRUE(table.is_ok()) << name << ": " << table.status().to_string();
    EXPECT_FALSE(table->columns.empty()) << name;
  }
  EXPECT_FALSE(store->table("sqlite_master").is_ok());
}

TEST_P(StoreTest, ReplaceRecomputesAggregatesAndRemovesEmptyEvents) {
  ScratchStore scratch(GetParam());
  HERALD_REQUIRE_STORE(scratch);
  auto store = open(scratch);
  ASSERT_TRUE(store);
  for (int i = 0; i < 3; ++i) ASSERT_TRUE(store->write(synthetic_document(i)).is_ok());
  Document changed = synthetic_document(1);
  changed.events.resize(1);
  changed.events[0].code = "036";
  ASSERT_TRUE(store->replace(changed).is_ok());
  EventFilter signed_filter;
  signed_filter.code = "057";
  auto signed_events = store->events(signed_filter);
  ASSERT_TRUE(signed_events.is_ok());
  ASSERT_EQ(signed_events->size(), 1u);
  EXPECT_EQ(signed_events->front().num_mentions, 2);
  EXPECT_EQ(signed_events->front().num_sources, 1);
  EventFilter reply_filter;
  reply_filter.code = "111";
  reply_filter.since = CivilDate{2021, 6, 20};
  EXPECT_TRUE(store->events(reply_filter)->empty());  // only document 1 reported it
  EventFilter intent;
  intent.code = "036";
  EXPECT_EQ(store->events(intent)->size(), 1u);
  auto totals = store->totals();
  EXPECT_EQ((*totals)["documents"], 3);
  EXPECT_EQ((*totals)["event_mentions"], 5);
  EXPECT_EQ((*totals)["sentences"], 9);
}

TEST_P(StoreTest, ExportsFollowTheirSpecs) {
  ScratchStore scratch(GetParam());
  HERALD_REQUIRE_STORE(scratch);
  auto store = open(scratch);
  ASSERT_TRUE(store);
  for (int i = 0; i < 6; ++i) ASSERT_TRUE(store->write(synthetic_document(i)).is_ok());
  auto events = store->events({});
  ASSERT_TRUE(events.is_ok());
  std::ostringstream gdelt;
  store::write_gdelt_events(*events, gdelt);
  std::istringstream lines(gdelt.str());
  std::string line;
  size_t rows = 0;
  while (std::getline(lines, line)) {
    ++rows;
    std::vector<std::string> fields;
    std::stringstream split(line);
    for (std::string field; std::getline(split, field, '\t');) fields.push_back(field);
    if (line.back() == '\t') fields.push_back("");
    ASSERT_EQ(fields.size(), store::kGdeltEventColumns) << line;
    EXPECT_EQ(fields[1].size(), 8u);                     // Day YYYYMMDD
    EXPECT_EQ(fields[2], fields[1].substr(0, 6));        // MonthYear
    EXPECT_EQ(fields[3], fields[1].substr(0, 4));        // Year
    EXPECT_EQ(fields[4].substr(0, 5), fields[3] + ".");  // FractionDate
    EXPECT_EQ(fields[27], fields[26].substr(0, 3));      // EventBaseCode
    EXPECT_EQ(fields[28], fields[26].substr(0, 2));      // EventRootCode
    EXPECT_GE(std::stoi(fields[29]), 1);                 // QuadClass
    EXPECT_LE(std::stoi(fields[29]), 4);
    EXPECT_EQ(fields[59].size(), 14u);               // DATEADDED YYYYMMDDHHMMSS
    EXPECT_EQ(fields[60].rfind("https://", 0), 0u);  // SOURCEURL
    EXPECT_EQ(fields[7], fields[5].substr(0, 3));    // Actor1CountryCode
    EXPECT_EQ(fields[51], "4");                      // ActionGeo_Type: a place
    EXPECT_EQ(fields[53].size(), 2u) << line;        // ActionGeo_CountryCode: FIPS 10-4
  }
  EXPECT_EQ(rows, events->size());

  auto mentions = store->mentions({});
  ASSERT_TRUE(mentions.is_ok());
  for (const MentionRecord& mention : *mentions) {
    const auto fields = store::gdelt_mention_fields(mention);
    ASSERT_EQ(fields.size(), store::kGdeltMentionColumns);
    EXPECT_EQ(fields[1].size(), 14u);
    EXPECT_EQ(fields[2].size(), 14u);
    EXPECT_GE(std::stoi(fields[6]), 1);  // SentenceID is 1-based
    EXPECT_GE(std::stoll(fields[12]), std::stoll(fields[9]));
  }

  std::ostringstream plover;
  store::write_plover(*events, plover);
  std::istringstream plover_lines(plover.str());
  size_t plover_rows = 0;
  while (std::getline(plover_lines, line)) {
    ++plover_rows;
    const auto object = nlohmann::json::parse(line);
    for (const char* key :
         {"id", "date", "event", "mode", "context", "actor", "recipient", "location", "cameo_code"})
      EXPECT_TRUE(object.contains(key)) << key;
    EXPECT_FALSE(object["event"].get<std::string>().empty());
  }
  EXPECT_GT(plover_rows, 0u);
  EXPECT_LE(plover_rows, events->size());  // unmapped codes (901) are left out

  auto table = store->table("quotes");
  ASSERT_TRUE(table.is_ok());
  std::ostringstream csv;
  store::write_table_csv(*table, csv);
  EXPECT_EQ(csv.str().rfind("quote_key,document_id,", 0), 0u);
  EXPECT_NE(csv.str().find("\"\"We will") == std::string::npos ? csv.str().find("We will") : 0,
            std::string::npos);
}

TEST(ActorCodeParts, SplitsCameoActorCodes) {
  auto parts = store::split_actor_code("USAGOV");
  EXPECT_EQ(parts.country, "USA");
  EXPECT_EQ(parts.type1, "GOV");
  parts = store::split_actor_code("IGOUNO");
  EXPECT_EQ(parts.country, "");
  EXPECT_EQ(parts.type1, "IGO");
  EXPECT_EQ(parts.known_group, "UNO");
  parts = store::split_actor_code("MEXMILREB");
  EXPECT_EQ(parts.country, "MEX");
  EXPECT_EQ(parts.type1, "MIL");
  EXPECT_EQ(parts.type2, "REB");
  parts = store::split_actor_code("");
  EXPECT_EQ(parts.country, "");
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& backend) { return backend.param; });

}  // namespace
}  // namespace herald

// Exports of stored events and tables in the formats the field already uses.
//
//   GDELT 2.0 event export   61 tab-separated columns per event, GDELT's order and encodings
//   GDELT 2.0 mentions       16 tab-separated columns per mention
//   PLOVER JSON Lines        one PLOVER event object per line
//   JSON Lines / CSV         any table: one object (or RFC 4180 row) per row
// docs/export-formats.md gives every column and what herald puts in it.
//
// Thread-safety: pure functions over their arguments. Failure: none (streams report their
// own errors; callers check them).
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "herald/store.h"

namespace herald::store {

inline constexpr size_t kGdeltEventColumns = 61;
inline constexpr size_t kGdeltMentionColumns = 16;

// A CAMEO actor code split as GDELT does: "USAGOV" -> country USA, type1 GOV;
// "IGOUNO" -> known group UNO, type1 IGO; "CHR" -> religion1 CHR.
struct ActorCodeParts {
  std::string country, known_group, ethnic, religion1, religion2, type1, type2, type3;
};
ActorCodeParts split_actor_code(std::string_view code);

// The FIPS 10-4 code GDELT's geography columns use for an ISO 3166 alpha-3 code (DEU -> GM),
// from data/gdelt/fips-countries.tsv; "" when unknown or when the table cannot be loaded
// (callers that export check FipsCountryCodes::standard() first to report why).
std::string_view fips_country_code(std::string_view iso3);

std::vector<std::string> gdelt_event_fields(const EventRecord& event);
std::vector<std::string> gdelt_mention_fields(const MentionRecord& mention);
void write_gdelt_events(const std::vector<EventRecord>& events, std::ostream& out);
void write_gdelt_mentions(const std::vector<MentionRecord>& mentions, std::ostream& out);

// One PLOVER JSON object per event (see docs/export-formats.md for the fields).
std::string plover_json_line(const EventRecord& event);
void write_plover(const std::vector<EventRecord>& events, std::ostream& out);

// herald's own JSON for an event row (every column, typed).
std::string event_json_line(const EventRecord& event);

std::string value_text(const StoreValue& value);
void write_table_jsonl(const StoreTable& table, std::ostream& out);
void write_table_csv(const StoreTable& table, std::ostream& out);
// A readable, column-aligned table; long cells are cut to `max_width` display characters.
void write_table_text(const StoreTable& table, std::ostream& out, size_t max_width = 40);

}  // namespace herald::store

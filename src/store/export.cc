#include "store/export.h"

#include <fmt/format.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

#include "herald/date.h"
#include "store/fips_country_codes.h"
#include "text/utf8.h"

namespace herald::store {
namespace {

using nlohmann::json;

std::string dump(const json& value) {
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

// GDELT fields are tab-separated with no quoting: tabs and newlines inside a field would
// break every loader, so they become spaces.
std::string field(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return out;
}

bool is_three_letters(std::string_view chunk) {
  return chunk.size() == 3 && std::all_of(chunk.begin(), chunk.end(), [](char c) {
           return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
         });
}

const std::set<std::string_view>& role_codes() {
  static const std::set<std::string_view> codes{
      "COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF", "AGR", "BUS",
      "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF",
      "MOD", "RAD", "IGO", "NGO", "NGM", "MNC", "IMG", "UIS", "PTY", "PRO", "SET", "AMN"};
  return codes;
}

const std::set<std::string_view>& religion_codes() {
  static const std::set<std::string_view> codes{"ADR", "ATH", "BAH", "BUD", "CHR", "CON", "CTH",
                                                "DOX", "HIN", "HSD", "ITR", "JAN", "JEW", "MOS",
                                                "PAG", "SHI", "SHN", "SIK", "SUN", "TAO", "ZRO"};
  return codes;
}

// "2021-06-08" -> 20210608, "2021-06" -> 20210600, "" -> "".
std::string gdelt_day(const std::string& date_text) {
  const auto date = CivilDate::parse(date_text);
  if (!date) return {};
  return fmt::format("{:04d}{:02d}{:02d}", date->year, date->month, date->day);
}

std::string fraction_date(const std::string& date_text) {
  const auto date = CivilDate::parse(date_text);
  if (!date) return {};
  int day_of_year = 0;
  if (date->has_day()) {
    day_of_year = static_cast<int>(date->days_since_epoch() -
                                   CivilDate{date->year, 1, 1}.days_since_epoch()) +
                  1;
  } else if (date->month > 0) {
    day_of_year = static_cast<int>(CivilDate{date->year, date->month, 1}.days_since_epoch() -
                                   CivilDate{date->year, 1, 1}.days_since_epoch()) +
                  1;
  }
  return fmt::format("{:.4f}", date->year + day_of_year / 365.0);
}

std::string number(double value) { return fmt::format("{}", value); }

// Geo block: Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID.
// Type 1 is a country, 4 a place within one (GDELT's "world city"); 0 nothing known.
// GDELT's geographic country codes are FIPS 10-4, not the ISO alpha-3 herald stores; for a
// country-level match GDELT repeats the country code as ADM1Code and FeatureID.
void append_geo(std::vector<std::string>& fields, const EventRecord& event, bool known) {
  if (!known || (event.location_name.empty() && event.location_country.empty())) {
    fields.insert(fields.end(), {"0", "", "", "", "", "", "", ""});
    return;
  }
  const bool place = event.has_coordinates;
  const std::string country(fips_country_code(event.location_country));
  fields.push_back(place ? "4" : "1");
  fields.push_back(field(event.location_name));
  fields.push_back(country);
  fields.push_back(place ? "" : country);
  fields.push_back("");
  fields.push_back(place ? number(event.latitude) : "");
  fields.push_back(place ? number(event.longitude) : "");
  fields.push_back(place ? "" : country);
}

void append_actor(std::vector<std::string>& fields, const std::string& code,
                  const std::string& name) {
  const ActorCodeParts parts = split_actor_code(code);
  fields.push_back(field(code));
  fields.push_back(field(name));
  for (const std::string* part :
       {&parts.country, &parts.known_group, &parts.ethnic, &parts.religion1, &parts.religion2,
        &parts.type1, &parts.type2, &parts.type3})
    fields.push_back(*part);
}

void write_tabbed(const std::vector<std::string>& fields, std::ostream& out) {
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i) out << '\t';
    out << fields[i];
  }
  out << '\n';
}

}  // namespace

std::string_view fips_country_code(std::string_view iso3) {
  const FipsCountryCodes* table = FipsCountryCodes::standard();
  return table ? table->fips_of(iso3) : std::string_view();
}

ActorCodeParts split_actor_code(std::string_view code) {
  ActorCodeParts parts;
  std::vector<std::string_view> chunks;
  for (size_t at = 0; at + 3 <= code.size(); at += 3) chunks.push_back(code.substr(at, 3));
  std::string* types[] = {&parts.type1, &parts.type2, &parts.type3};
  size_t next_type = 0;
  bool group_expected = false;
  for (size_t i = 0; i < chunks.size(); ++i) {
    const std::string_view chunk = chunks[i];
    if (!is_three_letters(chunk)) break;
    if (role_codes().count(chunk)) {
      if (next_type < 3) *types[next_type++] = chunk;
      group_expected =
          chunk == "IGO" || chunk == "NGO" || chunk == "MNC" || chunk == "IMG" || chunk == "NGM";
    } else if (religion_codes().count(chunk)) {
      (parts.religion1.empty() ? parts.religion1 : parts.religion2) = chunk;
    } else if (i == 0) {
      parts.country = chunk;
    } else if (group_expected && parts.known_group.empty()) {
      parts.known_group = chunk;
    } else if (parts.ethnic.empty() && i > 0) {
      parts.ethnic = chunk;
    }
  }
  return parts;
}

std::vector<std::string> gdelt_event_fields(const EventRecord& event) {
  std::vector<std::string> fields;
  fields.reserve(kGdeltEventColumns);
  const std::string day = gdelt_day(event.date);
  fields.push_back(std::to_string(event.event_id));
  fields.push_back(day);
  fields.push_back(day.size() == 8 ? day.substr(0, 6) : "");
  fields.push_back(day.size() == 8 ? day.substr(0, 4) : "");
  fields.push_back(fraction_date(event.date));
  append_actor(fields, event.source, event.source_name);
  append_actor(fields, event.target, event.target_name);
  fields.push_back(event.is_root_event ? "1" : "0");
  fields.push_back(field(event.code));
  fields.push_back(field(event.base_code));
  fields.push_back(field(event.root_code));
  fields.push_back(std::to_string(event.quad_class));
  fields.push_back(event.has_goldstein ? number(event.goldstein) : "");
  fields.push_back(std::to_string(event.num_mentions));
  fields.push_back(std::to_string(event.num_sources));
  fields.push_back(std::to_string(event.num_articles));
  fields.push_back(number(event.avg_tone));
  // herald places an event, not each actor: the actor geo blocks stay empty.
  append_geo(fields, event, false);
  append_geo(fields, event, false);
  append_geo(fields, event, true);
  fields.push_back(day.empty() ? "" : day + "000000");
  fields.push_back(field(event.first_url.empty() ? event.first_document_id : event.first_url));
  return fields;
}

std::vector<std::string> gdelt_mention_fields(const MentionRecord& mention) {
  std::vector<std::string> fields;
  fields.reserve(kGdeltMentionColumns);
  const std::string event_day = gdelt_day(mention.event_date);
  const std::string mention_day = gdelt_day(mention.published);
  fields.push_back(std::to_string(mention.event_id));
  fields.push_back(event_day.empty() ? "" : event_day + "000000");
  fields.push_back(mention_day.empty() ? "" : mention_day + "000000");
  // MentionType 1 = WEB (identified by URL); 6 = NONTEXTUALSOURCE is not ours; other
  // documents (files without a URL) use 1 too with their document id as identifier.
  fields.push_back("1");
  fields.push_back(field(mention.source_name));
  fields.push_back(field(mention.url.empty() ? mention.document_id : mention.url));
  fields.push_back(std::to_string(mention.sentence_index + 1));
  const auto offset = [](int64_t begin) { return std::to_string(begin < 0 ? -1 : begin); };
  fields.push_back(offset(mention.source_begin));
  fields.push_back(offset(mention.target_begin));
  fields.push_back(offset(mention.verb_begin));
  fields.push_back("1");  // InRawText: herald codes the article text itself
  // Confidence: herald codes each mention from a dictionary pattern; both actors found
  // scores 100, one missing 50.
  fields.push_back(mention.source_begin >= 0 && mention.target_begin >= 0 ? "100" : "50");
  fields.push_back(std::to_string(mention.document_length));
  fields.push_back(number(mention.document_tone));
  fields.push_back("");
  fields.push_back("");
  return fields;
}

void write_gdelt_events(const std::vector<EventRecord>& events, std::ostream& out) {
  for (const EventRecord& event : events) write_tabbed(gdelt_event_fields(event), out);
}

void write_gdelt_mentions(const std::vector<MentionRecord>& mentions, std::ostream& out) {
  for (const MentionRecord& mention : mentions) write_tabbed(gdelt_mention_fields(mention), out);
}

std::string plover_json_line(const EventRecord& event) {
  json object{{"id", std::to_string(event.event_id)},
              {"date", event.date},
              {"event", event.plover_type},
              {"mode", event.plover_mode},
              {"context", json::array()},
              {"actor", event.source_name.empty() ? event.source : event.source_name},
              {"actor_code", event.source},
              {"recipient", event.target_name.empty() ? event.target : event.target_name},
              {"recipient_code", event.target},
              {"cameo_code", event.code},
              {"quad_class", event.quad_class},
              {"goldstein", event.has_goldstein ? json(event.goldstein) : json(nullptr)},
              {"num_mentions", event.num_mentions},
              {"num_articles", event.num_articles},
              {"source_url", event.first_url},
              {"document_id", event.first_document_id}};
  size_t start = 0;
  while (start < event.plover_context.size()) {
    size_t end = event.plover_context.find(';', start);
    if (end == std::string::npos) end = event.plover_context.size();
    if (end > start) object["context"].push_back(event.plover_context.substr(start, end - start));
    start = end + 1;
  }
  json location = json::object();
  if (!event.location_name.empty()) location["name"] = event.location_name;
  if (!event.location_country.empty()) location["country"] = event.location_country;
  if (event.has_coordinates) {
    location["lat"] = event.latitude;
    location["lon"] = event.longitude;
  }
  object["location"] = location.empty() ? json(nullptr) : location;
  return dump(object);
}

void write_plover(const std::vector<EventRecord>& events, std::ostream& out) {
  for (const EventRecord& event : events)
    if (!event.plover_type.empty()) out << plover_json_line(event) << '\n';
}

std::string event_json_line(const EventRecord& event) {
  json object{{"event_id", event.event_id},
              {"date", event.date},
              {"story_id", event.story_id},
              {"source", event.source},
              {"source_name", event.source_name},
              {"target", event.target},
              {"target_name", event.target_name},
              {"code", event.code},
              {"root_code", event.root_code},
              {"quad_class", event.quad_class},
              {"goldstein", event.has_goldstein ? json(event.goldstein) : json(nullptr)},
              {"plover_type", event.plover_type},
              {"plover_mode", event.plover_mode},
              {"location", event.location_name},
              {"location_country", event.location_country},
              {"is_root_event", event.is_root_event},
              {"num_mentions", event.num_mentions},
              {"num_sources", event.num_sources},
              {"num_articles", event.num_articles},
              {"avg_tone", event.avg_tone},
              {"first_document_id", event.first_document_id},
              {"url", event.first_url}};
  if (event.has_coordinates) {
    object["latitude"] = event.latitude;
    object["longitude"] = event.longitude;
  }
  return dump(object);
}

std::string value_text(const StoreValue& value) {
  if (const auto* text = std::get_if<std::string>(&value)) return *text;
  if (const auto* integer = std::get_if<int64_t>(&value)) return std::to_string(*integer);
  if (const auto* real = std::get_if<double>(&value)) return number(*real);
  return {};
}

void write_table_jsonl(const StoreTable& table, std::ostream& out) {
  for (const auto& row : table.rows) {
    json object = json::object();
    for (size_t i = 0; i < table.columns.size() && i < row.size(); ++i) {
      const StoreValue& value = row[i];
      if (const auto* text = std::get_if<std::string>(&value))
        object[table.columns[i]] = *text;
      else if (const auto* integer = std::get_if<int64_t>(&value))
        object[table.columns[i]] = *integer;
      else if (const auto* real = std::get_if<double>(&value))
        object[table.columns[i]] = *real;
      else
        object[table.columns[i]] = nullptr;
    }
    out << dump(object) << '\n';
  }
}

void write_table_csv(const StoreTable& table, std::ostream& out) {
  // RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled.
  const auto cell = [](const std::string& text) {
    if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
    std::string quoted = "\"";
    for (char c : text) {
      if (c == '"') quoted += '"';
      quoted += c;
    }
    return quoted + "\"";
  };
  for (size_t i = 0; i < table.columns.size(); ++i) out << (i ? "," : "") << cell(table.columns[i]);
  out << "\r\n";
  for (const auto& row : table.rows) {
    for (size_t i = 0; i < row.size(); ++i) out << (i ? "," : "") << cell(value_text(row[i]));
    out << "\r\n";
  }
}

void write_table_text(const StoreTable& table, std::ostream& out, size_t max_width) {
  // Display width counted in code points (good enough for news text; no East Asian widths).
  const auto width = [](const std::string& text) {
    size_t count = 0;
    for (unsigned char c : text)
      if ((c & 0xC0) != 0x80) ++count;
    return count;
  };
  const auto cut = [&](std::string text) {
    for (char& c : text)
      if (c == '\n' || c == '\t' || c == '\r') c = ' ';
    if (width(text) <= max_width) return text;
    size_t kept = 0, at = 0;
    while (at < text.size() && kept < max_width - 1) {
      ++at;
      while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) ++at;
      ++kept;
    }
    return text.substr(0, at) + "…";
  };
  // Reals shown with at most four decimals; exports keep every digit.
  const auto shown = [](const StoreValue& value) {
    const auto* real = std::get_if<double>(&value);
    if (!real) return value_text(value);
    std::string text = fmt::format("{:.4f}", *real);
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
    return text == "-0" ? std::string("0") : text;
  };
  std::vector<std::vector<std::string>> cells;
  std::vector<size_t> widths(table.columns.size(), 0);
  for (size_t i = 0; i < table.columns.size(); ++i) widths[i] = width(table.columns[i]);
  for (const auto& row : table.rows) {
    std::vector<std::string> line;
    for (size_t i = 0; i < row.size() && i < widths.size(); ++i) {
      line.push_back(cut(shown(row[i])));
      widths[i] = std::max(widths[i], width(line.back()));
    }
    cells.push_back(std::move(line));
  }
  const auto print = [&](const std::vector<std::string>& line) {
    std::string text;
    for (size_t i = 0; i < line.size(); ++i) {
      text += line[i];
      if (i + 1 < line.size()) text += std::string(widths[i] - width(line[i]) + 2, ' ');
    }
    out << text << '\n';
  };
  print(table.columns);
  std::vector<std::string> rule;
  for (size_t w : widths) rule.push_back(std::string(w, '-'));
  print(rule);
  for (const auto& line : cells) print(line);
}

}  // namespace herald::store

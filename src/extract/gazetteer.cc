#include "extract/gazetteer.h"

#include <fmt/format.h>

#include <charconv>
#include <cmath>
#include <fstream>
#include <sstream>

#include "extract/data_lines.h"
#include "text/normalize.h"

namespace herald::extract {
namespace {

bool parse_double(std::string_view text, double& value) {
  const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
  return result.ec == std::errc() && result.ptr == text.data() + text.size();
}

bool parse_unsigned(std::string_view text, uint64_t& value) {
  const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
  return result.ec == std::errc() && result.ptr == text.data() + text.size();
}

bool valid_kind(char kind) {
  return kind == 'C' || kind == 'N' || kind == 'D' || kind == 'P' || kind == 'R' || kind == 'F';
}

}  // namespace

Status Gazetteer::add_rows(std::string_view tsv, std::string_view origin) {
  DataLines lines(tsv);
  std::string_view line;
  while (lines.next(line)) {
    const size_t line_number = lines.line_number();
    const auto fields = split_tabs(line);
    auto bad = [&](std::string_view why) {
      return Status::data_error(fmt::format("{}:{}: {}", origin, line_number, why));
    };
    if (fields.size() < 6) return bad("expected at least 6 tab-separated fields");
    if (fields[0].size() != 1 || !valid_kind(fields[0][0])) return bad("unknown kind");
    Place place;
    place.kind = static_cast<PlaceKind>(fields[0][0]);
    place.name = std::string(fields[1]);
    if (place.name.empty()) return bad("empty name");
    if (fields[2] != "-") {
      if (fields[2].size() != 3) return bad("country must be ISO 3166 alpha-3 or -");
      place.country = std::string(fields[2]);
    }
    if (!parse_double(fields[3], place.latitude) || !parse_double(fields[4], place.longitude) ||
        place.latitude < -90 || place.latitude > 90 || place.longitude < -180 ||
        place.longitude > 180)
      return bad("bad coordinates");
    if (!parse_unsigned(fields[5], place.population)) return bad("bad population");
    place.population_log10 = std::log10(static_cast<double>(place.population) + 10.0);
    // Column 7 is free text ("extra"); "=Name" there gives the canonical name of an alias.
    if (fields.size() > 6 && fields[6].size() > 1 && fields[6].front() == '=')
      place.canonical = std::string(fields[6].substr(1));
    const std::string key = normalize_for_matching(place.name);
    size_t words = 1;
    for (char c : key) words += c == ' ';
    max_words_ = std::max(max_words_, words);
    {  // before the name's own entry: an emplace may move the entries
      size_t& from_first = names_.emplace(key.substr(0, key.find(' '))).max_words_from;
      from_first = std::max(from_first, words);
    }
    const auto index = static_cast<uint32_t>(places_.size());
    if (place.kind == PlaceKind::kCountry && !country_by_code_.contains(place.country))
      country_by_code_.emplace(place.country, index);
    if (place.kind == PlaceKind::kDemonym && !place.country.empty() &&
        !demonym_by_code_.contains(place.country))
      demonym_by_code_.emplace(place.country, index);
    NameEntry& same_name = names_.emplace(key);
    if (place.kind == PlaceKind::kDemonym) {
      bool only_demonyms = true;
      for (uint32_t other : same_name.places())
        only_demonyms = only_demonyms && places_[other].kind == PlaceKind::kDemonym;
      demonym_names_.emplace(key, 1) &= static_cast<uint8_t>(only_demonyms);
    } else if (uint8_t* only_demonyms = demonym_names_.find(key)) {
      *only_demonyms = 0;
    }
    places_.push_back(std::move(place));
    same_name.add(index);
  }
  return Status::ok();
}

Result<Gazetteer> Gazetteer::load(const std::vector<std::string>& paths) {
  Gazetteer gazetteer;
  for (const std::string& path : paths) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Status::not_found(fmt::format("gazetteer: cannot open {}", path));
    std::stringstream buffer;
    buffer << in.rdbuf();
    Status status = gazetteer.add_rows(buffer.str(), path);
    if (!status.is_ok()) return status;
  }
  return gazetteer;
}

std::vector<const Place*> Gazetteer::find(std::string_view name) const {
  std::vector<const Place*> places;
  for (uint32_t index : find_normalized(normalize_for_matching(name)))
    places.push_back(&places_[index]);
  return places;
}

bool Gazetteer::has_kind(std::string_view name, PlaceKind kind) const {
  for (uint32_t index : find_normalized(normalize_for_matching(name)))
    if (places_[index].kind == kind) return true;
  return false;
}

const Place* Gazetteer::country(std::string_view iso3) const {
  const uint32_t* found = country_by_code_.find(iso3);
  return found ? &places_[*found] : nullptr;
}

std::string_view Gazetteer::demonym(std::string_view iso3) const {
  const uint32_t* found = demonym_by_code_.find(iso3);
  return found ? std::string_view(places_[*found].name) : std::string_view();
}

}  // namespace herald::extract

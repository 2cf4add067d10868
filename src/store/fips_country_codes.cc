#include "store/fips_country_codes.h"

#include <fmt/format.h>

#include "extract/data_lines.h"
#include "herald/herald.h"
#include "herald/reader.h"

namespace herald::store {
namespace {

bool upper_letters(std::string_view text, size_t length) {
  if (text.size() != length) return false;
  for (char c : text)
    if (c < 'A' || c > 'Z') return false;
  return true;
}

}  // namespace

Result<FipsCountryCodes> FipsCountryCodes::parse(std::string_view text,
                                                 const std::string& file_name) {
  FipsCountryCodes table;
  extract::DataLines lines(text);
  std::string_view line;
  bool header_seen = false;
  while (lines.next(line)) {
    const auto where = [&] { return fmt::format("{}: line {}", file_name, lines.line_number()); };
    const std::vector<std::string_view> fields = extract::split_tabs(line);
    if (!header_seen) {
      if (fields.size() < 2 || fields[0] != "iso3" || fields[1] != "fips")
        return Status::data_error(
            fmt::format("{}: expected the header 'iso3<TAB>fips<TAB>...'", where()));
      header_seen = true;
      continue;
    }
    if (fields.size() < 2)
      return Status::data_error(fmt::format("{}: expected iso3<TAB>fips", where()));
    if (!upper_letters(fields[0], 3))
      return Status::data_error(
          fmt::format("{}: '{}' is not a three-letter country code", where(), fields[0]));
    if (fields[1] != "-" && !upper_letters(fields[1], 2))
      return Status::data_error(fmt::format(
          "{}: '{}' is not a two-letter FIPS code (or '-' for none)", where(), fields[1]));
    const auto [it, inserted] = table.codes_.emplace(
        std::string(fields[0]), fields[1] == "-" ? std::string() : std::string(fields[1]));
    if (!inserted)
      return Status::data_error(fmt::format("{}: {} listed twice", where(), fields[0]));
  }
  if (!header_seen)
    return Status::data_error(fmt::format("{}: no header line (iso3, fips, ...)", file_name));
  return table;
}

Result<FipsCountryCodes> FipsCountryCodes::load(const std::string& path) {
  Result<std::string> bytes = read_file_bytes(path, 1u << 20);
  if (!bytes.is_ok()) return bytes.status();
  return parse(*bytes, path);
}

const FipsCountryCodes* FipsCountryCodes::standard(Status* error) {
  static const Result<FipsCountryCodes> table =
      load(default_data_dir() + "/gdelt/fips-countries.tsv");
  if (!table.is_ok()) {
    if (error) *error = table.status();
    return nullptr;
  }
  return &table.value();
}

std::string_view FipsCountryCodes::fips_of(std::string_view iso3) const {
  const auto it = codes_.find(std::string(iso3));
  return it == codes_.end() ? std::string_view() : std::string_view(it->second);
}

}  // namespace herald::store

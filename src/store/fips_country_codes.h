// FipsCountryCodes: ISO 3166-1 alpha-3 country codes (what herald stores) to the FIPS 10-4
// two-letter codes GDELT 2.0 uses in its geography columns (ActionGeo_CountryCode and the
// like): DEU -> GM, GBR -> UK, CHN -> CH, MEX -> MX.
//
// The table is data herald ships (data/gdelt/fips-countries.tsv, documented there and in
// docs/export-formats.md): loaded once, immutable, safe to share between threads.
// Failure: a missing or malformed file is a Status naming the file and line; a code the
// table does not know (or knows to have no single FIPS code) maps to "".
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

#include "herald/status.h"

namespace herald::store {

class FipsCountryCodes {
 public:
  static Result<FipsCountryCodes> parse(std::string_view text, const std::string& file_name);
  static Result<FipsCountryCodes> load(const std::string& path);
  // data/gdelt/fips-countries.tsv of herald's data folder, loaded on first use.
  static const FipsCountryCodes* standard(Status* error = nullptr);

  // "" when unknown or without a single FIPS code.
  std::string_view fips_of(std::string_view iso3) const;
  // Whether the table lists the ISO code at all (with or without a FIPS code).
  bool lists(std::string_view iso3) const { return codes_.count(std::string(iso3)) > 0; }
  size_t size() const { return codes_.size(); }

 private:
  std::unordered_map<std::string, std::string> codes_;  // iso3 -> fips ("" for '-')
};

}  // namespace herald::store

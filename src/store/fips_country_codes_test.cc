#include "store/fips_country_codes.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "store/export.h"

namespace herald::store {
namespace {

const FipsCountryCodes& standard_table() {
  Status error;
  const FipsCountryCodes* table = FipsCountryCodes::standard(&error);
  EXPECT_TRUE(table) << error.to_string();
  static const FipsCountryCodes empty;
  return table ? *table : empty;
}

TEST(FipsCountryCodes, MapsIsoCodesToGdeltsFipsCodes) {
  const FipsCountryCodes& table = standard_table();
  EXPECT_EQ(table.fips_of("MEX"), "MX");
  EXPECT_EQ(table.fips_of("DEU"), "GM");
  EXPECT_EQ(table.fips_of("GBR"), "UK");
  EXPECT_EQ(table.fips_of("CHN"), "CH");
  EXPECT_EQ(table.fips_of("ESP"), "SP");
  EXPECT_EQ(table.fips_of("CHE"), "SZ");
  EXPECT_EQ(table.fips_of("RUS"), "RS");
  EXPECT_EQ(table.fips_of("IRQ"), "IZ");
  EXPECT_EQ(table.fips_of("USA"), "US");
  EXPECT_EQ(table.fips_of("SUN"), "UR");  // herald's code for pre-1992 Soviet places
  EXPECT_EQ(table.fips_of("UNK"), "KV");  // CAMEO's Kosovo
  EXPECT_EQ(table.fips_of("ZZZ"), "");
  EXPECT_EQ(table.fips_of(""), "");
  EXPECT_TRUE(table.lists("UMI"));  // listed, but no single FIPS code
  EXPECT_EQ(table.fips_of("UMI"), "");
  EXPECT_EQ(fips_country_code("DEU"), "GM");
}

// Every country of ISO 3166-1 (Debian's iso-codes, installed by scripts/setup) is listed, so
// no stored country silently loses its GDELT code.
TEST(FipsCountryCodes, ListsEveryIsoCountry) {
  const std::string path = "/usr/share/iso-codes/json/iso_3166-1.json";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " not installed";
  std::ifstream file(path);
  const nlohmann::json iso = nlohmann::json::parse(file);
  const FipsCountryCodes& table = standard_table();
  size_t countries = 0;
  for (const auto& country : iso.at("3166-1")) {
    const std::string code = country.at("alpha_3").get<std::string>();
    EXPECT_TRUE(table.lists(code)) << code << " (" << country.at("name") << ") is not listed";
    ++countries;
  }
  EXPECT_GT(countries, 240u);
}

TEST(FipsCountryCodes, MalformedRowsAreRefusedWithFileAndLine) {
  EXPECT_TRUE(FipsCountryCodes::parse("# comment\niso3\tfips\nDEU\tGM\n", "t.tsv").is_ok());
  const auto bad_fips = FipsCountryCodes::parse("iso3\tfips\nDEU\tGMX\n", "t.tsv");
  ASSERT_FALSE(bad_fips.is_ok());
  EXPECT_NE(bad_fips.status().message().find("t.tsv: line 2"), std::string::npos)
      << bad_fips.status().message();
  const auto twice = FipsCountryCodes::parse("iso3\tfips\nDEU\tGM\nDEU\tGM\n", "t.tsv");
  ASSERT_FALSE(twice.is_ok());
  EXPECT_NE(twice.status().message().find("line 3: DEU listed twice"), std::string::npos);
  EXPECT_FALSE(FipsCountryCodes::parse("DEU\tGM\n", "t.tsv").is_ok());  // no header
  EXPECT_FALSE(FipsCountryCodes::parse("iso3\tfips\nde\tGM\n", "t.tsv").is_ok());
}

TEST(FipsCountryCodes, GdeltActionGeoColumnsCarryFipsCodes) {
  EventRecord event;
  event.event_id = 7;
  event.date = "2021-06-08";
  event.code = "042";
  event.location_name = "Germany";
  event.location_country = "DEU";
  // Columns 52-59 (1-based): Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long,
  // FeatureID. A country-level match repeats the country code as ADM1Code and FeatureID.
  auto fields = gdelt_event_fields(event);
  ASSERT_EQ(fields.size(), kGdeltEventColumns);
  EXPECT_EQ(fields[51], "1");
  EXPECT_EQ(fields[52], "Germany");
  EXPECT_EQ(fields[53], "GM");
  EXPECT_EQ(fields[54], "GM");
  EXPECT_EQ(fields[55], "");
  EXPECT_EQ(fields[58], "GM");
  event.location_name = "London";
  event.location_country = "GBR";
  event.has_coordinates = true;
  event.latitude = 51.5;
  event.longitude = -0.125;
  fields = gdelt_event_fields(event);
  EXPECT_EQ(fields[51], "4");
  EXPECT_EQ(fields[53], "UK");
  EXPECT_EQ(fields[54], "");  // the ADM1 division is not known
  EXPECT_EQ(fields[56], "51.5");
  EXPECT_EQ(fields[57], "-0.125");
  EXPECT_EQ(fields[58], "");
  // The actor geography blocks stay empty: herald places the event, not each actor.
  EXPECT_EQ(fields[35], "0");
  EXPECT_EQ(fields[43], "0");
}

}  // namespace
}  // namespace herald::store

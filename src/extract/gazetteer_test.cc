#include "extract/gazetteer.h"

#include <gtest/gtest.h>

#include "extract/extract_test_helpers.h"

namespace herald::extract {
namespace {

TEST(Gazetteer, LooksUpFoldedNames) {
  Gazetteer gazetteer;
  ASSERT_TRUE(gazetteer
                  .add_rows("C\tMexico\tMEX\t23\t-102\t0\tMX\n"
                            "P\tZürich\tCHE\t47.37\t8.55\t341730\tPPLA\n"
                            "C\tBritain\tGBR\t54\t-2\t0\t=United Kingdom\n",
                            "test")
                  .is_ok());
  ASSERT_EQ(gazetteer.find("ZURICH").size(), 1u);
  EXPECT_EQ(gazetteer.find("zurich")[0]->population, 341730u);
  EXPECT_EQ(gazetteer.find("Britain")[0]->canonical, "United Kingdom");
  EXPECT_EQ(gazetteer.country("MEX")->name, "Mexico");
  EXPECT_TRUE(gazetteer.find("Atlantis").empty());
}

TEST(Gazetteer, FirstDemonymIsTheCountryAdjective) {
  Gazetteer gazetteer;
  ASSERT_TRUE(gazetteer
                  .add_rows("N\tIraqi\tIRQ\t33\t44\t0\t\n"
                            "N\tKurdish\tIRQ\t36\t44\t0\t\n"
                            "N\tKurdish\t-\t36\t44\t0\t\n",
                            "test")
                  .is_ok());
  EXPECT_EQ(gazetteer.demonym("IRQ"), "Iraqi");
  EXPECT_EQ(gazetteer.demonym("ISR"), "");
}

TEST(Gazetteer, FirstWordsOfNamesAreNoNamesThemselves) {
  Gazetteer gazetteer;
  ASSERT_TRUE(gazetteer
                  .add_rows("P\tNew York\tUSA\t40.7\t-74\t8000000\t\n"
                            "P\tNew Delhi\tIND\t28.6\t77.2\t300000\t\n"
                            "P\tSan Jose del Monte\tPHL\t14.8\t121\t500000\t\n"
                            "P\tSan\tMLI\t13.3\t-4.9\t30000\t\n",
                            "test")
                  .is_ok());
  EXPECT_TRUE(gazetteer.find("New").empty());
  EXPECT_EQ(gazetteer.max_words_from("new"), 2u);
  EXPECT_EQ(gazetteer.max_words_from("york"), 0u);
  size_t longest = 0;
  EXPECT_TRUE(gazetteer.find_first_word("new", longest).empty());
  EXPECT_EQ(longest, 2u);
  ASSERT_EQ(gazetteer.find_first_word("san", longest).size(), 1u);
  EXPECT_EQ(longest, 4u);
  EXPECT_EQ(gazetteer.find("New York").size(), 1u);
}

TEST(Gazetteer, KeepsEveryPlaceOfAName) {
  Gazetteer gazetteer;
  std::string rows;
  for (int index = 0; index < 5; ++index)
    rows += "P\tSpringfield\tUSA\t" + std::to_string(30 + index) + "\t-90\t1000\t\n";
  ASSERT_TRUE(gazetteer.add_rows(rows, "test").is_ok());
  const auto places = gazetteer.find("Springfield");
  ASSERT_EQ(places.size(), 5u);
  for (int index = 0; index < 5; ++index) EXPECT_EQ(places[index]->latitude, 30 + index);
  EXPECT_TRUE(gazetteer.has_kind("springfield", PlaceKind::kPopulated));
  EXPECT_FALSE(gazetteer.has_kind("springfield", PlaceKind::kCountry));
}

TEST(Gazetteer, ADemonymNameIsOneWithOnlyDemonymRows) {
  Gazetteer gazetteer;
  ASSERT_TRUE(gazetteer
                  .add_rows("N\tMexican\tMEX\t23\t-102\t0\t\n"
                            "N\tJordan\tJOR\t31\t36\t0\t\n"
                            "C\tJordan\tJOR\t31\t36\t0\t\n"
                            "P\tGeorgian\tUSA\t31\t-84\t100\t\n"
                            "N\tGeorgian\tGEO\t42\t43\t0\t\n",
                            "test")
                  .is_ok());
  EXPECT_TRUE(gazetteer.is_demonym("mexican"));
  EXPECT_FALSE(gazetteer.is_demonym("jordan"));    // a country row came after
  EXPECT_FALSE(gazetteer.is_demonym("georgian"));  // a place row came before
  EXPECT_FALSE(gazetteer.is_demonym("atlantean"));
}

TEST(Gazetteer, RejectsBadRowsNamingTheLine) {
  Gazetteer gazetteer;
  const Status status = gazetteer.add_rows("# comment\nC\tMexico\tMEX\t123\t-102\t0\n", "g.tsv");
  EXPECT_FALSE(status.is_ok());
  EXPECT_NE(status.message().find("g.tsv:2"), std::string::npos) << status.message();
  EXPECT_FALSE(gazetteer.add_rows("X\tMexico\tMEX\t23\t-102\t0\n", "g.tsv").is_ok());
  EXPECT_FALSE(gazetteer.add_rows("C\tMexico\tMEXICO\t23\t-102\t0\n", "g.tsv").is_ok());
  EXPECT_FALSE(gazetteer.add_rows("C\tMexico\tMEX\n", "g.tsv").is_ok());
}

TEST(Gazetteer, GeneratedDataLoads) {
  const auto resources = testing::resources();
  ASSERT_NE(resources, nullptr);
  EXPECT_GT(resources->gazetteer.size(), 20000u);
  EXPECT_FALSE(resources->gazetteer.find("Guadalajara").empty());
  EXPECT_GT(resources->tone.size(), 3000u);
}

TEST(Gazetteer, MissingFileIsAnError) {
  auto loaded = Gazetteer::load({"/nonexistent/gazetteer.tsv"});
  EXPECT_FALSE(loaded.is_ok());
}

}  // namespace
}  // namespace herald::extract

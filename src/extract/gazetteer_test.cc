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

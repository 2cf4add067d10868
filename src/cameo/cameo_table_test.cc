#include "cameo/cameo_table.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <set>

namespace herald::cameo {
namespace {

const CameoTable& table() {
  Status error;
  const CameoTable* standard = CameoTable::standard(&error);
  EXPECT_NE(standard, nullptr) << error.to_string();
  return *standard;
}

TEST(CameoTable, StandardTableHasEveryRootAndKnownValues) {
  ASSERT_NE(CameoTable::standard(), nullptr);
  for (int root = 1; root <= 20; ++root) {
    const std::string code = fmt::format("{:02d}", root);
    EXPECT_NE(table().lookup(code), nullptr) << code;
  }
  const CameoCode* sign = table().lookup("057");
  ASSERT_NE(sign, nullptr);
  EXPECT_EQ(sign->name, "Sign formal agreement");
  EXPECT_DOUBLE_EQ(sign->goldstein, 8.0);
  EXPECT_EQ(sign->quad_class, 1);
  EXPECT_EQ(sign->plover_type, "SUPPORT");
  const CameoCode* fight = table().lookup("193");
  ASSERT_NE(fight, nullptr);
  EXPECT_DOUBLE_EQ(fight->goldstein, -10.0);
  EXPECT_EQ(fight->quad_class, 4);
  EXPECT_EQ(fight->plover_type, "ASSAULT");
  EXPECT_EQ(fight->plover_mode, "firearms");
  const CameoCode* phone = table().lookup("041");
  ASSERT_NE(phone, nullptr);
  EXPECT_EQ(phone->plover_type, "CONSULT");
  EXPECT_EQ(phone->plover_mode, "phone");
  EXPECT_EQ(table().lookup(" 0874 ")->goldstein, 10.0);
  EXPECT_GE(table().size(), 300u);
}

TEST(CameoTable, CodesOutsideTheTableAreAbsentNotErrors) {
  EXPECT_EQ(table().lookup("901"), nullptr);
  EXPECT_EQ(table().lookup("915"), nullptr);
  EXPECT_EQ(table().lookup(""), nullptr);
  EXPECT_EQ(table().lookup("0577"), nullptr);
}

TEST(CameoTable, EveryCodeIsConsistentWithItsRoot) {
  std::set<std::string> types;
  for (const CameoCode& code : table().codes()) {
    EXPECT_EQ(code.quad_class, CameoTable::quad_class_of_root(CameoTable::root(code.code)))
        << code.code;
    EXPECT_NE(table().lookup(CameoTable::root(code.code)), nullptr) << code.code;
    if (!code.plover_type.empty()) types.insert(code.plover_type);
    // Roots 01 and 02 have no PLOVER mapping; every other code has one.
    const bool statement_or_appeal = code.code.starts_with("01") || code.code.starts_with("02");
    EXPECT_EQ(code.plover_type.empty(), statement_or_appeal) << code.code;
  }
  EXPECT_TRUE(types.count("ASSAULT"));
  EXPECT_TRUE(types.count("AGREE"));
}

TEST(CameoTable, RootAndQuadClass) {
  EXPECT_EQ(CameoTable::root("057"), "05");
  EXPECT_EQ(CameoTable::root("2042"), "20");
  EXPECT_EQ(CameoTable::root("9"), "");
  EXPECT_EQ(CameoTable::root("x57"), "");
  EXPECT_EQ(CameoTable::quad_class_of_root("05"), 1);
  EXPECT_EQ(CameoTable::quad_class_of_root("06"), 2);
  EXPECT_EQ(CameoTable::quad_class_of_root("14"), 3);
  EXPECT_EQ(CameoTable::quad_class_of_root("20"), 4);
  EXPECT_EQ(CameoTable::quad_class_of_root("90"), 0);
}

TEST(CameoTable, MalformedRowsAreReportedWithFileAndLine) {
  const std::string header =
      "code\tname\tgoldstein\tquad_class\tplover_type\tplover_mode\tplover_context\n";
  auto bad = CameoTable::parse(header + "057\tSign\tlots\t1\t\t\t\n", "t.tsv");
  ASSERT_FALSE(bad.is_ok());
  EXPECT_NE(bad.status().message().find("t.tsv:2"), std::string::npos) << bad.status().message();
  EXPECT_FALSE(CameoTable::parse(header + "057\tSign\t8.0\t3\t\t\t\n", "t").is_ok());
  EXPECT_FALSE(CameoTable::parse(header + "057\tSign\t8.0\n", "t").is_ok());
  EXPECT_FALSE(CameoTable::parse("# only a comment\n", "t").is_ok());
  EXPECT_FALSE(CameoTable::parse(header + "057\tA\t8\t1\t\t\t\n057\tB\t8\t1\t\t\t\n", "t").is_ok());
  auto good =
      CameoTable::parse(header + "# comment\n\n057\tSign\t8.0\t1\tSUPPORT\t\tdiplomatic\n", "t");
  ASSERT_TRUE(good.is_ok()) << good.status().to_string();
  EXPECT_EQ(good->size(), 1u);
}

}  // namespace
}  // namespace herald::cameo

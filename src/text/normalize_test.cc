#include "text/normalize.h"

#include <gtest/gtest.h>

namespace herald {

TEST(Normalize, FoldsCaseAndAccents) {
  EXPECT_EQ(normalize_for_matching("López Obrador"), "lopez obrador");
  EXPECT_EQ(normalize_for_matching("ZÚÑIGA"), "zuniga");
  EXPECT_EQ(normalize_for_matching("U.S."), "u.s.");
  EXPECT_EQ(normalize_for_matching("Charge d’Affaires"), "charge d'affaires");
  EXPECT_EQ(normalize_for_matching("Mexico City – June"), "mexico city - june");
}

}  // namespace herald

// herald's own actor dictionaries code the names the news uses, on the dates they mean
// someone: surnames of office holders only while the surname alone means them ("Ongpin" is a
// Philippine minister in 1987, nobody in 1995), abbreviations of organisations ("EC"), old names of
// capitals ("Peking"), agencies named without their country ("the Fed"), the BBC's "Ms"
// forms, and newspapers whose names hold a place ("the Washington Post" is the press, not
// the US government). The sentences are written for this test; one herald run codes them all.
#include <gtest/gtest.h>

#include <vector>

#include "support/expected_events.h"

namespace herald::testing {
namespace {

TEST(DictionaryActors, CodesDatedSurnamesAbbreviationsAndBodies) {
  const std::vector<ExpectedEvents> cases = {
      {{"ongpin-1987", "Ongpin met Shamir in Jerusalem on Monday.", "1987-03-02"},
       {{"PHLGOV", "ISRGOV", "040"}, {"ISRGOV", "PHLGOV", "040"}}},
      // Neither surname means an office holder in 1995: nothing is coded.
      {{"ongpin-1995", "Ongpin met Shamir in Jerusalem on Monday.", "1995-03-02"}, {}},
      {{"volcker-1987", "Volcker met Miyazawa in Tokyo.", "1987-03-02"},
       {{"USAGOV", "JPNGOV", "040"}, {"JPNGOV", "USAGOV", "040"}}},
      {{"volcker-1990", "Volcker met Miyazawa in Tokyo.", "1990-03-02"}, {}},
      {{"ec-1987", "The EC criticised Japan over its trade surplus.", "1987-04-01"},
       {{"IGOEUREEC", "JPN", "111"}}},
      {{"peking-1987", "Peking accused Moscow of interfering in its affairs.", "1987-04-01"},
       {{"CHNGOV", "SUNGOV", "1123"}}},
      {{"fed-1987", "The Fed criticised the Bundesbank.", "1987-03-24"},
       {{"USAGOVBUS", "DEUGOVBUS", "111"}}},
      {{"hewitt-2005", "Ms Hewitt criticised the Tories.", "2005-02-01"},
       {{"GBRGOV", "GBROPP", "111"}}},
      {{"post-2005", "The Washington Post criticised Iran.", "2005-02-01"},
       {{"USAMED", "IRN", "111"}}},
      // A name after a title and its "for" phrase is the titled person, found again by
      // surname.
      {{"minister-for",
        "Australian Minister for Trade Negotiations Michael Duffy arrived. Duffy criticised "
        "Japan.",
        "1987-10-19"},
       {{"AUSGOV", "JPN", "111"}}},
      // A person known by full name is found again by a surname the dictionaries leave out.
      {{"howard-surname",
        "Corporate Affairs Minister Michael Howard arrived in Tokyo. At a news conference "
        "Howard criticised Japan.",
        "1987-04-22"},
       {{"GBRGOV", "JPN", "042"}, {"JPN", "GBRGOV", "043"}, {"GBRGOV", "JPN", "111"}}},
      // A religion's word closing a name is a surname; a relative is not the one named.
      {{"louise-christian", "British lawyer Louise Christian criticised the US.", "2005-01-12"},
       {{"GBRJUD", "USA", "111"}}},
      {{"wife", "The prime minister's wife praised Iran.", "2004-10-30"}, {}},
      // A group's officials outside government are the group: no GOV is added.
      {{"tory-spokesman", "A Tory spokesman criticised Iran.", "2005-02-01"},
       {{"GBROPP", "IRN", "111"}}},
  };
  expect_exact_events(cases);
}

}  // namespace
}  // namespace herald::testing

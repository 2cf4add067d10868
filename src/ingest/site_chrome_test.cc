#include "ingest/site_chrome.h"

#include <gtest/gtest.h>

namespace herald {

TEST(SiteChrome, MovesCategoriesTagsAndHeadlineOutOfTheText) {
  Document document;
  document.text =
      "Categories: US News, World\n\n"
      "Leaders Meet In The Capital To Discuss Trade\n\n"
      "By Jane Doe and John Roe\n\n"
      "The leaders met on Tuesday. They talked about trade.\n\n"
      "Tags: Politics | Trade\n\n"
      "This website uses cookies.";
  strip_site_chrome(document);
  EXPECT_EQ(document.categories, (std::vector<std::string>{"US News", "World"}));
  EXPECT_EQ(document.tags, (std::vector<std::string>{"Politics", "Trade"}));
  EXPECT_EQ(document.title, "Leaders Meet In The Capital To Discuss Trade");
  EXPECT_EQ(document.authors, (std::vector<std::string>{"Jane Doe", "John Roe"}));
  EXPECT_EQ(document.text, "The leaders met on Tuesday. They talked about trade.");
}

TEST(SiteChrome, KeepsOrdinaryOpeningsAndExistingTitles) {
  Document document;
  document.text = "The minister said on Monday that talks would go on.\n\nMore text here.";
  strip_site_chrome(document);
  EXPECT_TRUE(document.title.empty());
  EXPECT_EQ(document.text,
            "The minister said on Monday that talks would go on.\n\nMore text here.");

  Document titled;
  titled.title = "Given";
  titled.text = "Big Headline Style Line Here\n\nBody.";
  strip_site_chrome(titled);
  EXPECT_EQ(titled.title, "Given");
  EXPECT_EQ(titled.text, "Big Headline Style Line Here\n\nBody.");
}

TEST(SiteChrome, RecognisesCookieNotices) {
  EXPECT_TRUE(is_cookie_notice("This website uses cookies."));
  EXPECT_TRUE(is_cookie_notice("We use cookies to improve your experience. Accept"));
  EXPECT_FALSE(is_cookie_notice("The cookie maker reported higher sales."));
}

// A titled document is only scanned when a ':' or "ookie"/"OOKIE" lies near its edges; the
// notice must be found wherever it falls in the scanner's 16-byte blocks, in short texts
// (one scan) and long ones (head and tail apart).
TEST(SiteChrome, FindsNoticesInTitledDocumentsAtEveryOffset) {
  for (const std::string notice : {"This website uses cookies.", "THIS WEBSITE USES COOKIES."}) {
    for (size_t body_length : {10u, 37u, 1990u, 3990u, 3999u, 9000u}) {
      for (size_t shift = 0; shift < 16; ++shift) {
        Document document;
        document.title = "Given";
        const std::string body = std::string(shift, 'x') + " " + std::string(body_length, 'y');
        document.text = body + "\n\n" + notice;
        strip_site_chrome(document);
        EXPECT_EQ(document.text, body) << notice << " " << body_length << " " << shift;
      }
    }
  }
  Document tagged;
  tagged.title = "Given";
  tagged.text = std::string(5000, 'y') + "\n\nTags: Politics";
  strip_site_chrome(tagged);
  EXPECT_EQ(tagged.tags, (std::vector<std::string>{"Politics"}));
  EXPECT_EQ(tagged.text, std::string(5000, 'y'));
}

}  // namespace herald

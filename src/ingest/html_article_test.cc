#include "ingest/html_article.h"

#include <gtest/gtest.h>

#include "ingest/html_reader.h"
#include "text/utf8.h"

namespace herald {
namespace {

const char* kPage = R"(<!doctype html>
<html lang="en"><head>
<title>Leaders meet in Mexico City | The Daily</title>
<meta property="og:title" content="Leaders meet in Mexico City">
<meta property="article:published_time" content="2021-06-08T10:00:00Z">
<meta property="article:section" content="World">
<meta name="keywords" content="Mexico, Migration">
<link rel="canonical" href="https://daily.example/2021/06/08/leaders-meet">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
 "headline":"Leaders meet","author":[{"@type":"Person","name":"Ana Ruiz"}]}</script>
</head><body>
<nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/politics">Politics and a long menu entry that goes on</a></li></ul></nav>
<div class="cookie-banner">This website uses cookies to improve your experience.</div>
<article><header><h1>Leaders meet in Mexico City</h1><p class="byline">By Ana Ruiz</p></header>
<div class="article-body">
<p>The two leaders met for more than an hour at the National Palace on Tuesday, officials said.</p>
<figure><img src="a.jpg"><figcaption>The leaders at the palace. Photo: Agency</figcaption></figure>
<p>They signed a memorandum on development programmes in Central America, a step both called important.</p>
<div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div>
<p>Talks will continue in Washington next month, according to a statement from the ministry.</p>
</div></article>
<aside class="related-stories"><h2>Related</h2><ul><li><a href="/a">Another story about something else entirely</a></li>
<li><a href="/b">Yet another story with a long headline to tempt the extractor</a></li></ul></aside>
<footer><p>Copyright 2021 The Daily. All rights reserved. Contact us at the address below.</p></footer>
</body></html>)";

}  // namespace

TEST(HtmlArticle, ExtractsTheBodyWithoutChrome) {
  Result<HtmlArticle> article = extract_html_article(kPage);
  ASSERT_TRUE(article.is_ok()) << article.status().to_string();
  EXPECT_EQ(article->body,
            "The two leaders met for more than an hour at the National Palace on Tuesday, "
            "officials said.\n\nThey signed a memorandum on development programmes in Central "
            "America, a step both called important.\n\nTalks will continue in Washington next "
            "month, according to a statement from the ministry.");
  EXPECT_EQ(article->captions, (std::vector<std::string>{"The leaders at the palace. Photo: Agency"}));
}

TEST(HtmlArticle, ReadsMetadata) {
  Result<HtmlArticle> article = extract_html_article(kPage);
  ASSERT_TRUE(article.is_ok());
  EXPECT_EQ(article->title, "Leaders meet in Mexico City");
  EXPECT_EQ(article->published.to_string(), "2021-06-08");
  EXPECT_EQ(article->url, "https://daily.example/2021/06/08/leaders-meet");
  EXPECT_EQ(article->authors, (std::vector<std::string>{"Ana Ruiz"}));
  EXPECT_EQ(article->categories, (std::vector<std::string>{"World"}));
  EXPECT_EQ(article->tags, (std::vector<std::string>{"Mexico", "Migration"}));
  EXPECT_EQ(article->language, "en");
}

TEST(HtmlArticle, DeepNestingIsCutOffAndReported) {
  std::string html = "<html><body><p>Before the deep part of the page, a sentence of text.</p>";
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "deep";
  for (int i = 0; i < 100000; ++i) html += "</div>";
  html += "</body></html>";
  Result<HtmlArticle> article = extract_html_article(html);
  ASSERT_TRUE(article.is_ok());
  EXPECT_TRUE(article->depth_limited);
  EXPECT_NE(article->body.find("Before the deep part"), std::string::npos);
}

TEST(HtmlArticle, FragmentsKeepAllTheirText) {
  Result<std::string> text = html_fragment_text("<p>One <b>bold</b> line.</p><p>Two &amp; more.</p>");
  ASSERT_TRUE(text.is_ok());
  EXPECT_EQ(*text, "One bold line.\n\nTwo & more.");
}

TEST(HtmlArticle, Latin1PagesBecomeUtf8) {
  Result<HtmlArticle> article = extract_html_article(
      "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\xE9 au lait for everyone "
      "in the caf\xE9 on the corner of the street, said the owner.</p></body></html>");
  ASSERT_TRUE(article.is_ok());
  EXPECT_FALSE(first_invalid_utf8(article->body));
  EXPECT_NE(article->body.find("Caf\xC3\xA9"), std::string::npos) << article->body;
}

TEST(HtmlReader, BinaryBytesUnderAnHtmlNameAreRefused) {
  HtmlReader reader;
  std::vector<Document> documents;
  std::vector<ReadError> errors;
  Status status = reader.read("image.html", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), {},
                              documents, errors);
  EXPECT_FALSE(status.is_ok());
  EXPECT_NE(status.message().find("binary"), std::string::npos);
}

}  // namespace herald

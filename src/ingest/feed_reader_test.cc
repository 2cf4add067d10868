#include "ingest/feed_reader.h"

#include <gtest/gtest.h>

namespace herald {

TEST(FeedReader, ReadsRssItems) {
  const std::string rss = R"(<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>News</title>
<item><title>Harris visits Mexico</title><link>https://n.example/1</link><guid>n-1</guid>
<pubDate>Tue, 08 Jun 2021 10:00:00 GMT</pubDate><dc:creator>Ana Ruiz</dc:creator><category>World</category>
<description>Short summary.</description>
<content:encoded><![CDATA[<p>Harris met the president on Tuesday.</p><p>They talked.</p>]]></content:encoded></item>
<item><title>Headline only</title><link>https://n.example/2</link></item>
<item><title>Summary only</title><description>&lt;p&gt;A summary &amp;amp; more.&lt;/p&gt;</description></item>
</channel></rss>)";
  FeedReader reader;
  EXPECT_GT(reader.sniff("feed.xml", rss), 90);
  std::vector<Document> documents;
  std::vector<ReadError> errors;
  ASSERT_TRUE(reader.read("feed.xml", rss, {}, documents, errors).is_ok());
  ASSERT_EQ(documents.size(), 2u);
  EXPECT_EQ(documents[0].id, "n-1");
  EXPECT_EQ(documents[0].title, "Harris visits Mexico");
  EXPECT_EQ(documents[0].url, "https://n.example/1");
  EXPECT_EQ(documents[0].published.to_string(), "2021-06-08");
  EXPECT_EQ(documents[0].authors, (std::vector<std::string>{"Ana Ruiz"}));
  EXPECT_EQ(documents[0].categories, (std::vector<std::string>{"World"}));
  EXPECT_EQ(documents[0].text, "Harris met the president on Tuesday.\n\nThey talked.");
  EXPECT_EQ(documents[1].text, "A summary & more.");
  EXPECT_TRUE(errors.empty());
}

TEST(FeedReader, ReadsAtomEntries) {
  const std::string atom = R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
<entry><title>Entry one</title><link rel="alternate" href="https://a.example/e1"/><id>urn:e1</id>
<published>2021-06-08T09:00:00Z</published><author><name>Li Wei</name></author>
<content type="html">&lt;p&gt;Body of the entry.&lt;/p&gt;</content></entry></feed>)";
  FeedReader reader;
  std::vector<Document> documents;
  std::vector<ReadError> errors;
  ASSERT_TRUE(reader.read("feed.atom", atom, {}, documents, errors).is_ok());
  ASSERT_EQ(documents.size(), 1u);
  EXPECT_EQ(documents[0].url, "https://a.example/e1");
  EXPECT_EQ(documents[0].published.to_string(), "2021-06-08");
  EXPECT_EQ(documents[0].authors, (std::vector<std::string>{"Li Wei"}));
  EXPECT_EQ(documents[0].text, "Body of the entry.");
}

TEST(FeedReader, Rfc822Dates) {
  EXPECT_EQ(parse_feed_date("Tue, 08 Jun 2021 10:00:00 GMT").to_string(), "2021-06-08");
  EXPECT_EQ(parse_feed_date("8 Jun 21 10:00 +0000").to_string(), "2021-06-08");
  EXPECT_FALSE(parse_feed_date("yesterday").known());
}

}  // namespace herald

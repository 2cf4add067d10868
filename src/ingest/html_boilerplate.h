// What marks an HTML element as page chrome rather than article: its tag (nav, aside, footer,
// form, figure), its ARIA role, hidden state, and the words of its class and id
// ("share-tools", "related-stories", "cookie-banner", "ad-slot", "byline"). Class and id
// values are split into words at '-', '_', spaces and case changes, and matched whole, so
// "header" marks "article-header" but "ad" does not mark "lead" or "download".
//
// Thread-safety: pure functions.
#pragma once

#include <libxml/tree.h>

#include <string_view>

namespace herald {

enum class ChromeKind : uint8_t {
  kNone,
  kBoilerplate,  // navigation, share, comments, related, ads, cookie notices, ...
  kCaption,      // figure captions and photo credits: kept apart from the body
  kByline,       // author and date lines
  kTitle,        // the article's header block (headline, standfirst)
};

ChromeKind chrome_kind(xmlNode* element);

// True for the article body's own container: itemprop="articleBody", or class/id words such
// as "article-body", "story-body", "entry-content", "post-content", "article-text".
bool is_article_body_container(xmlNode* element);

// Short lines that are chrome whatever their markup: "Advertisement", "Share this article",
// "Read more", "Sign up for our newsletter", ...
bool is_chrome_phrase(std::string_view text);

}  // namespace herald

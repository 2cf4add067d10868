// Main-content extraction from an HTML page: the article body without the page around it.
//
// extract_html_article parses the page with libxml2's HTML parser (recovering from broken
// markup, no network access, nesting capped by libxml2 at 256 levels: deeper content is cut
// off and reported), splits the page into text blocks at block-level elements, and scores
// every element by how much article-like text it holds (long, punctuated, few links) against
// how much boilerplate (link lists, short fragments, blocks inside navigation, share, comment,
// cookie, related-story and advertising containers, recognised by tag and class/id words).
// The element with the best balance is the article; its blocks, minus boilerplate, are the
// body. Headlines, bylines and captions are kept apart from the body, and page metadata comes
// from <title>, OpenGraph/article meta tags, JSON-LD NewsArticle, <time> and the canonical
// link (html_metadata.h).
//
// Thread-safety: pure function (libxml2 is thread-safe once initialised; the reader calls
// xmlInitParser once).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "herald/date.h"
#include "herald/status.h"

namespace herald {

struct HtmlArticle {
  std::string title;
  std::string body;                  // paragraphs separated by blank lines
  std::vector<std::string> authors;
  std::vector<std::string> captions; // figure captions found in the article, kept apart
  std::vector<std::string> categories;
  std::vector<std::string> tags;
  std::string url;          // canonical URL
  std::string language;     // <html lang>, JSON-LD inLanguage, og:locale (as given)
  std::string description;  // meta description
  std::string site_name;
  std::string published_text;  // the date as the page gives it
  CivilDate published;
  bool depth_limited = false;  // nesting beyond the cap: the page was read up to that point
};

Result<HtmlArticle> extract_html_article(std::string_view html);

// All the text of an HTML fragment (a feed item's description, say), blocks separated by
// blank lines, without choosing a main part; scripts, styles and hidden elements are left out.
Result<std::string> html_fragment_text(std::string_view html);

}  // namespace herald

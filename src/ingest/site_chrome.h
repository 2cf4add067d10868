// Site chrome in text form: the lines a scraper copies from around an article.
//
// strip_site_chrome moves "Categories: US News" / "Tags: Politics, Migration" lines into
// Document::categories and ::tags, a "By Jane Doe" line into ::authors, drops cookie notices
// ("This website uses cookies."), and, when the document has no title yet, takes a first line
// that is clearly a headline (short, title-cased or upper-case, no closing full stop, set
// apart by a blank line) as the title. Lines are only removed when they match whole.
//
// Thread-safety: pure function of the document.
#pragma once

#include "herald/document.h"

namespace herald {

void strip_site_chrome(Document& document);

// True when `line` reads as a cookie or consent notice.
bool is_cookie_notice(std::string_view line);

}  // namespace herald

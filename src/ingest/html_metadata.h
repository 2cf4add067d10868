// Page metadata from an HTML document: what the page says about its article.
//
// A MetadataCollector is fed the elements of a parsed page (in document order) and keeps, by
// priority: title (og:title, JSON-LD headline, twitter:title, <title> without the site-name
// suffix), authors (JSON-LD author, meta author, article:author names), publication date
// (article:published_time, JSON-LD datePublished, other date metas, first <time datetime>),
// canonical URL (<link rel=canonical>, og:url, JSON-LD url), language (<html lang>,
// JSON-LD inLanguage), section and keywords. JSON-LD is parsed with nlohmann::json (size
// capped; parse errors ignored: metadata is best effort).
//
// Thread-safety: one collector per page.
#pragma once

#include <libxml/tree.h>

#include <string>
#include <vector>

#include "ingest/html_article.h"

namespace herald {

class MetadataCollector {
 public:
  // REQUIRES: `element` is an element node of the page being collected.
  void on_element(xmlNode* element);
  void finish(HtmlArticle& article);

 private:
  void on_json_ld(std::string_view json);
  void offer(std::string& slot, int& slot_rank, int rank, std::string value);

  std::string title_;
  int title_rank_ = 1 << 30;
  std::string document_title_;
  std::string date_;
  int date_rank_ = 1 << 30;
  std::string url_;
  int url_rank_ = 1 << 30;
  std::string language_;
  std::string description_;
  std::string site_name_;
  std::vector<std::string> authors_;
  int authors_rank_ = 1 << 30;
  std::vector<std::string> sections_;
  std::vector<std::string> keywords_;
};

// The attribute's value ("" when absent).
std::string html_attribute(xmlNode* element, const char* name);
// All text below `node`, whitespace collapsed.
std::string html_text_content(xmlNode* node);

}  // namespace herald

#include "ingest/html_article.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <mutex>

#include "ingest/html_boilerplate.h"
#include "ingest/html_metadata.h"
#include "text/utf8.h"

namespace herald {
namespace {

// How an element takes part in text extraction.
enum class TagRole : uint8_t {
  kInline,   // text flows through (a, span, em, ...)
  kBlock,    // starts and ends a text block (p, div, li, h2, ...)
  kBreak,    // a line break inside a block (br)
  kSkip,     // no text from it or below (script, style, svg, form controls, ...)
  kHead,     // <head>: metadata only, no text
};

TagRole role_of(const char* name) {
  // The HTML parser gives lower-case names.
  static constexpr std::array<std::string_view, 11> kSkip = {
      "script", "style",  "noscript", "template", "svg",     "math",
      "iframe", "select", "textarea", "button",   "object"};
  static constexpr std::array<std::string_view, 42> kBlock = {
      "p",       "div",     "section", "article",  "main",   "header",     "footer",
      "nav",     "aside",   "h1",      "h2",       "h3",     "h4",         "h5",
      "h6",      "ul",      "ol",      "li",       "dl",     "dt",         "dd",
      "blockquote", "pre",  "table",   "thead",    "tbody",  "tfoot",      "tr",
      "td",      "th",      "figure",  "figcaption", "form", "hr",         "address",
      "center",  "details", "summary", "fieldset", "caption", "body",     "html"};
  const std::string_view tag(name);
  for (std::string_view skip : kSkip)
    if (tag == skip) return TagRole::kSkip;
  if (tag == "br") return TagRole::kBreak;
  for (std::string_view block : kBlock)
    if (tag == block) return TagRole::kBlock;
  if (tag == "head") return TagRole::kHead;
  if (tag == "title" || tag == "input" || tag == "option") return TagRole::kSkip;
  return TagRole::kInline;
}

int heading_level(const char* name) {
  if (name[0] == 'h' && name[1] >= '1' && name[1] <= '6' && name[2] == '\0') return name[1] - '0';
  return 0;
}

struct Element {
  int32_t parent = -1;
  int32_t flagged_ancestor = -1;  // nearest element (itself included) with a boilerplate kind
  ChromeKind kind = ChromeKind::kNone;
  bool article_body = false;  // marked as the article body by microdata or class words
  double raw_good = 0;  // article-like text below, ignoring boilerplate containers
  double balance = 0;   // good minus weighted bad, with boilerplate containers counted as bad
};

struct Block {
  int32_t owner = -1;  // innermost block element
  uint32_t begin = 0, end = 0;  // range in the text buffer
  uint32_t link_bytes = 0;
  uint8_t heading = 0;  // 1-6 inside <hN>
  bool in_link_list = false;
};

bool has_sentence_end(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '.' || c == '!' || c == '?' || c == ';') return true;
    if (c == '\xE3' && text.substr(i, 3) == "\xE3\x80\x82") return true;  // 。
  }
  return false;
}

bool is_space(unsigned char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }

class Extractor {
 public:
  explicit Extractor(bool whole_page = false) : whole_page_(whole_page) {}
  Status run(std::string_view html, HtmlArticle& article);

 private:
  bool enter(xmlNode* node);
  void exit(xmlNode* node);
  void append_text(std::string_view text);
  void flush_block();
  void score_and_select(HtmlArticle& article);

  std::vector<Element> elements_;
  std::vector<int32_t> stack_;        // open elements (indices into elements_)
  std::vector<int32_t> block_stack_;  // open block elements
  std::vector<Block> blocks_;
  std::string buffer_;                // text of all blocks
  uint32_t block_begin_ = 0;
  uint32_t link_bytes_ = 0;
  bool pending_space_ = false;
  int link_depth_ = 0;
  int in_head_ = 0;
  int heading_depth_ = 0;
  uint8_t heading_level_ = 0;
  MetadataCollector metadata_;
  bool whole_page_ = false;  // keep every block (fragments), no main-content choice
};

void Extractor::append_text(std::string_view text) {
  if (in_head_ > 0) return;
  for (unsigned char c : text) {
    if (is_space(c)) {
      pending_space_ = true;
      continue;
    }
    if (pending_space_ && buffer_.size() > block_begin_) {
      buffer_ += ' ';
      if (link_depth_ > 0) ++link_bytes_;
    }
    pending_space_ = false;
    buffer_ += static_cast<char>(c);
    if (link_depth_ > 0) ++link_bytes_;
  }
}

void Extractor::flush_block() {
  pending_space_ = false;
  if (buffer_.size() > block_begin_) {
    Block block;
    block.owner = block_stack_.empty() ? 0 : block_stack_.back();
    block.begin = block_begin_;
    block.end = static_cast<uint32_t>(buffer_.size());
    block.link_bytes = link_bytes_;
    block.heading = heading_depth_ > 0 ? heading_level_ : 0;
    blocks_.push_back(block);
  }
  block_begin_ = static_cast<uint32_t>(buffer_.size());
  link_bytes_ = 0;
}

// Returns whether to descend into the node's children.
bool Extractor::enter(xmlNode* node) {
  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
    if (node->content) append_text(reinterpret_cast<const char*>(node->content));
    return false;
  }
  if (node->type != XML_ELEMENT_NODE || !node->name) return false;
  const char* name = reinterpret_cast<const char*>(node->name);
  metadata_.on_element(node);
  const TagRole role = role_of(name);
  if (role == TagRole::kSkip) return false;
  if (role == TagRole::kBreak) {
    pending_space_ = true;
    return false;
  }
  Element element;
  element.parent = stack_.empty() ? -1 : stack_.back();
  element.kind = chrome_kind(node);
  element.article_body = element.kind == ChromeKind::kNone && is_article_body_container(node);
  const int32_t parent_flag = element.parent >= 0 ? elements_[element.parent].flagged_ancestor : -1;
  const int32_t index = static_cast<int32_t>(elements_.size());
  element.flagged_ancestor = element.kind != ChromeKind::kNone ? index : parent_flag;
  elements_.push_back(element);
  stack_.push_back(index);
  if (role == TagRole::kHead) {
    ++in_head_;
  } else if (role == TagRole::kBlock) {
    flush_block();
    block_stack_.push_back(index);
    if (const int level = heading_level(name)) {
      if (heading_depth_++ == 0) heading_level_ = static_cast<uint8_t>(level);
    }
  } else if (name[0] == 'a' && name[1] == '\0') {
    ++link_depth_;
  }
  return true;
}

void Extractor::exit(xmlNode* node) {
  if (node->type != XML_ELEMENT_NODE || stack_.size() <= 1) return;
  const char* name = reinterpret_cast<const char*>(node->name);
  const TagRole role = role_of(name);
  if (role == TagRole::kHead) {
    --in_head_;
  } else if (role == TagRole::kBlock) {
    flush_block();
    if (block_stack_.size() > 1) block_stack_.pop_back();
    if (heading_level(name) && heading_depth_ > 0) --heading_depth_;
  } else if (name[0] == 'a' && name[1] == '\0' && link_depth_ > 0) {
    --link_depth_;
  }
  stack_.pop_back();
}

// Article-likeness of a block: positive for prose, negative for link lists and fragments.
double block_weight(const Block& block, std::string_view text, bool boilerplate, double& good) {
  const double length = static_cast<double>(block.end - block.begin);
  const double link_density = length > 0 ? block.link_bytes / length : 0;
  good = 0;
  if (boilerplate) return -length;
  if (block.heading == 1) return -0.25 * length;
  if (link_density > 0.4) return -length;
  if (length >= 50 && link_density < 0.25 && (length >= 150 || has_sentence_end(text))) {
    good = length * (1.0 - 2.0 * link_density);
    return good;
  }
  return -0.25 * length;
}

void Extractor::score_and_select(HtmlArticle& article) {
  const size_t element_count = elements_.size();
  if (element_count == 0) return;
  if (whole_page_) {
    std::string body;
    for (const Block& block : blocks_) {
      if (!body.empty()) body += "\n\n";
      body.append(buffer_, block.begin, block.end - block.begin);
    }
    article.body = std::move(body);
    return;
  }
  // Pass 1: article-like text per element, ignoring containers' classes.
  for (const Block& block : blocks_) {
    double good = 0;
    block_weight(block, std::string_view(buffer_).substr(block.begin, block.end - block.begin),
                 false, good);
    elements_[block.owner].raw_good += good;
  }
  for (size_t i = element_count; i-- > 1;)
    if (elements_[i].parent >= 0) elements_[elements_[i].parent].raw_good += elements_[i].raw_good;
  const double total_good = elements_[0].raw_good;
  // A boilerplate class on a container that holds most of the page's prose is a false alarm
  // ("has-sidebar" on the article's wrapper): such containers are not boilerplate.
  const auto is_chrome = [&](int32_t element) {
    const int32_t flagged = elements_[element].flagged_ancestor;
    if (flagged < 0) return false;
    const double good = elements_[flagged].raw_good;
    return good < 0.5 * total_good + 1;
  };
  // Pass 2: balance with boilerplate counted against.
  std::vector<uint8_t> block_chrome(blocks_.size(), 0);
  for (size_t b = 0; b < blocks_.size(); ++b) {
    const Block& block = blocks_[b];
    block_chrome[b] = is_chrome(block.owner);
    double good = 0;
    const double weight = block_weight(
        block, std::string_view(buffer_).substr(block.begin, block.end - block.begin),
        block_chrome[b], good);
    elements_[block.owner].balance += weight;
  }
  for (size_t i = element_count; i-- > 1;)
    if (elements_[i].parent >= 0) elements_[elements_[i].parent].balance += elements_[i].balance;
  // The page's own marking of its article body counts for it (not passed on to parents).
  const auto score = [&](size_t i) {
    const Element& element = elements_[i];
    return element.balance +
           (element.article_body && element.raw_good > 0 ? 0.3 * element.raw_good + 200 : 0.0);
  };
  int32_t best = 0;
  for (size_t i = 0; i < element_count; ++i)
    if (score(i) > score(best) && !is_chrome(static_cast<int32_t>(i)))
      best = static_cast<int32_t>(i);
  // The page's own article-body container around the choice wins: the choice is then one part
  // of an article whose other parts (lists of linked items, short paragraphs) scored poorly.
  for (int32_t up = elements_[best].parent; up >= 0; up = elements_[up].parent) {
    if (elements_[up].article_body && !is_chrome(up)) {
      best = up;
      break;
    }
  }
  const bool marked_body = elements_[best].article_body;
  // Which elements lie inside the chosen one: parents come before children in `elements_`.
  std::vector<uint8_t> inside(element_count, 0);
  inside[best] = 1;
  for (size_t i = best + 1; i < element_count; ++i)
    if (elements_[i].parent >= 0 && inside[elements_[i].parent]) inside[i] = 1;

  std::string body;
  for (size_t b = 0; b < blocks_.size(); ++b) {
    const Block& block = blocks_[b];
    if (!inside[block.owner]) continue;
    const std::string_view text =
        std::string_view(buffer_).substr(block.begin, block.end - block.begin);
    if (block_chrome[b]) {
      const int32_t flagged = elements_[block.owner].flagged_ancestor;
      if (elements_[flagged].kind == ChromeKind::kCaption) article.captions.emplace_back(text);
      continue;
    }
    if (block.heading == 1) continue;
    const double length = static_cast<double>(text.size());
    if (block.link_bytes > (marked_body ? 0.7 : 0.5) * length) continue;
    if (is_chrome_phrase(text)) continue;
    if (!body.empty()) body += "\n\n";
    body += text;
  }
  article.body = std::move(body);
}

Status Extractor::run(std::string_view html, HtmlArticle& article) {
  static std::once_flag init;
  std::call_once(init, [] { xmlInitParser(); });
  std::unique_ptr<htmlParserCtxt, void (*)(htmlParserCtxtPtr)> context(htmlNewParserCtxt(),
                                                                        htmlFreeParserCtxt);
  if (!context) return Status::internal("libxml2 could not create an HTML parser");
  const bool utf8 = !first_invalid_utf8(html.substr(0, std::min<size_t>(html.size(), 1 << 20)));
  const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                      HTML_PARSE_NONET | HTML_PARSE_COMPACT | HTML_PARSE_NOIMPLIED;
  std::unique_ptr<xmlDoc, void (*)(xmlDocPtr)> document(
      htmlCtxtReadMemory(context.get(), html.data(), static_cast<int>(html.size()), nullptr,
                         utf8 ? "UTF-8" : nullptr, options),
      xmlFreeDoc);
  if (!document) return Status::data_error("not an HTML document (the parser found no markup)");
  const xmlError& last = context->lastError;
  if (last.code == XML_ERR_INTERNAL_ERROR && last.message &&
      std::strstr(last.message, "Excessive depth"))
    article.depth_limited = true;

  if (!xmlDocGetRootElement(document.get())) return Status::data_error("no HTML elements in the page");
  // Element 0 stands for the document: every top-level element and stray text hangs below it.
  elements_.push_back(Element{});
  stack_.push_back(0);
  block_stack_.push_back(0);
  // Walk the tree without recursion: down to children, across to siblings, up to parents.
  xmlNode* node = document->children;
  while (node) {
    const bool entered = enter(node);
    if (entered && node->children) {
      node = node->children;
      continue;
    }
    if (entered) exit(node);
    while (node) {
      if (node->next) {
        node = node->next;
        break;
      }
      node = node->parent;
      if (!node || node->type == XML_DOCUMENT_NODE || node->type == XML_HTML_DOCUMENT_NODE) {
        node = nullptr;
        break;
      }
      exit(node);
    }
  }
  flush_block();
  metadata_.finish(article);
  score_and_select(article);
  return Status::ok();
}

}  // namespace

Result<std::string> html_fragment_text(std::string_view html) {
  if (html.find('<') == std::string_view::npos) return std::string(html);
  if (html.size() > static_cast<size_t>(INT32_MAX))
    return Status::resource_limit("HTML fragment larger than 2 GB");
  HtmlArticle article;
  Extractor extractor(/*whole_page=*/true);
  if (Status status = extractor.run(html, article); !status.is_ok()) return status;
  return std::move(article.body);
}

Result<HtmlArticle> extract_html_article(std::string_view html) {
  if (html.size() > static_cast<size_t>(INT32_MAX))
    return Status::resource_limit("HTML page larger than 2 GB");
  HtmlArticle article;
  Extractor extractor;
  if (Status status = extractor.run(html, article); !status.is_ok()) return status;
  return article;
}

}  // namespace herald

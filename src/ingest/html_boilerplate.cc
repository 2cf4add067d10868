#include "ingest/html_boilerplate.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <string>
#include <vector>

namespace herald {
namespace {

constexpr std::array<std::string_view, 76> kBoilerplateWords = {"nav",
                                                                "navbar",
                                                                "navigation",
                                                                "menu",
                                                                "breadcrumb",
                                                                "breadcrumbs",
                                                                "footer",
                                                                "sidebar",
                                                                "share",
                                                                "sharing",
                                                                "sharebar",
                                                                "shares",
                                                                "social",
                                                                "comment",
                                                                "comments",
                                                                "disqus",
                                                                "related",
                                                                "recommended",
                                                                "recommendations",
                                                                "trending",
                                                                "popular",
                                                                "newsletter",
                                                                "subscribe",
                                                                "subscription",
                                                                "signup",
                                                                "promo",
                                                                "promos",
                                                                "promotion",
                                                                "advert",
                                                                "advertisement",
                                                                "advertising",
                                                                "ad",
                                                                "ads",
                                                                "adslot",
                                                                "adunit",
                                                                "dfp",
                                                                "sponsor",
                                                                "sponsored",
                                                                "cookie",
                                                                "cookies",
                                                                "consent",
                                                                "gdpr",
                                                                "banner",
                                                                "popup",
                                                                "modal",
                                                                "outbrain",
                                                                "taboola",
                                                                "toolbar",
                                                                "tags",
                                                                "pagination",
                                                                "pager",
                                                                "masthead",
                                                                "topbar",
                                                                "subnav",
                                                                "skip",
                                                                "hidden",
                                                                "hide",
                                                                "sr",
                                                                "offscreen",
                                                                "visually",
                                                                "login",
                                                                "paywall",
                                                                "recirc",
                                                                "recirculation",
                                                                "rail",
                                                                "overlay",
                                                                "widget",
                                                                "partners",
                                                                "follow",
                                                                "more",
                                                                "latest",
                                                                "mostread",
                                                                "readmore",
                                                                "newsletters",
                                                                "carousel",
                                                                "ticker"};
constexpr std::array<std::string_view, 5> kCaptionWords = {"caption", "figcaption", "credit",
                                                           "credits", "photocredit"};
constexpr std::array<std::string_view, 6> kBylineWords = {"byline",    "author",   "authors",
                                                          "timestamp", "dateline", "date"};
constexpr std::array<std::string_view, 3> kTitleWords = {"header", "headline", "kicker"};

template <size_t N>
bool contains(const std::array<std::string_view, N>& words, std::string_view word) {
  for (std::string_view candidate : words)
    if (candidate == word) return true;
  return false;
}

// Classifies the words of a class or id value; the strongest kind wins. Embedded posts
// ("social-media-embed", "twitter-tweet") are quoted content, not share buttons.
ChromeKind classify_words(std::string_view value) {
  ChromeKind kind = ChromeKind::kNone;
  std::string word;
  bool embedded = false;
  const auto finish_word = [&] {
    if (word.empty()) return;
    if (word == "embed" || word == "tweet" || word == "embedded") embedded = true;
    if (contains(kBoilerplateWords, word))
      kind = ChromeKind::kBoilerplate;
    else if (kind == ChromeKind::kNone && contains(kCaptionWords, word))
      kind = ChromeKind::kCaption;
    else if (kind == ChromeKind::kNone && contains(kBylineWords, word))
      kind = ChromeKind::kByline;
    else if (kind == ChromeKind::kNone && contains(kTitleWords, word))
      kind = ChromeKind::kTitle;
    word.clear();
  };
  for (size_t i = 0; i < value.size(); ++i) {
    const char c = value[i];
    const bool upper = c >= 'A' && c <= 'Z';
    const bool lower = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (upper || lower) {
      // camelCase: "shareTools" -> "share", "tools"
      if (upper && i > 0 && value[i - 1] >= 'a' && value[i - 1] <= 'z') finish_word();
      word += upper ? static_cast<char>(c + 32) : c;
    } else {
      finish_word();
    }
  }
  finish_word();
  return embedded ? ChromeKind::kNone : kind;
}

bool attribute_is(const xmlAttr* attribute, const char* name) {
  return std::strcmp(reinterpret_cast<const char*>(attribute->name), name) == 0;
}

std::string_view attribute_value(const xmlAttr* attribute) {
  const xmlNode* child = attribute->children;
  if (!child || !child->content) return {};
  return reinterpret_cast<const char*>(child->content);
}

// Splits a class or id value into lower-case words (at non-alphanumerics and camelCase).
std::vector<std::string> words_of(std::string_view value) {
  std::vector<std::string> words;
  std::string word;
  for (size_t i = 0; i < value.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(value[i]);
    if (std::isalnum(c)) {
      if (std::isupper(c) && i > 0 && std::islower(static_cast<unsigned char>(value[i - 1])) &&
          !word.empty())
        words.push_back(std::move(word)), word.clear();
      word += static_cast<char>(std::tolower(c));
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

}  // namespace

bool is_article_body_container(xmlNode* element) {
  for (const xmlAttr* attribute = element->properties; attribute; attribute = attribute->next) {
    if (!attribute->name) continue;
    if (attribute_is(attribute, "itemprop")) {
      if (attribute_value(attribute) == "articleBody") return true;
      continue;
    }
    if (!attribute_is(attribute, "class") && !attribute_is(attribute, "id")) continue;
    const std::vector<std::string> words = words_of(attribute_value(attribute));
    for (size_t i = 0; i < words.size(); ++i) {
      const std::string& word = words[i];
      if (word == "articlebody" || word == "storybody" || word == "entrycontent" ||
          word == "postcontent" || word == "articletext" || word == "storytext")
        return true;
      if (i + 1 < words.size()) {
        const std::string& next = words[i + 1];
        const bool container = word == "article" || word == "story" || word == "entry" ||
                               word == "post" || word == "news";
        if (container && (next == "body" || next == "content" || next == "text")) return true;
      }
    }
  }
  return false;
}

ChromeKind chrome_kind(xmlNode* element) {
  const char* name = reinterpret_cast<const char*>(element->name);
  if (std::strcmp(name, "nav") == 0 || std::strcmp(name, "aside") == 0 ||
      std::strcmp(name, "footer") == 0 || std::strcmp(name, "form") == 0 ||
      std::strcmp(name, "menu") == 0)
    return ChromeKind::kBoilerplate;
  if (std::strcmp(name, "figure") == 0 || std::strcmp(name, "figcaption") == 0)
    return ChromeKind::kCaption;
  if (std::strcmp(name, "header") == 0) return ChromeKind::kTitle;
  if (std::strcmp(name, "body") == 0 || std::strcmp(name, "html") == 0) return ChromeKind::kNone;
  ChromeKind kind = ChromeKind::kNone;
  for (const xmlAttr* attribute = element->properties; attribute; attribute = attribute->next) {
    if (!attribute->name) continue;
    if (attribute_is(attribute, "class") || attribute_is(attribute, "id")) {
      const ChromeKind found = classify_words(attribute_value(attribute));
      if (found == ChromeKind::kBoilerplate) return found;
      if (kind == ChromeKind::kNone) kind = found;
    } else if (attribute_is(attribute, "role")) {
      const std::string_view role = attribute_value(attribute);
      if (role == "navigation" || role == "banner" || role == "contentinfo" ||
          role == "complementary" || role == "dialog" || role == "alertdialog" ||
          role == "search" || role == "menu" || role == "menubar")
        return ChromeKind::kBoilerplate;
    } else if (attribute_is(attribute, "hidden")) {
      return ChromeKind::kBoilerplate;
    } else if (attribute_is(attribute, "aria-hidden")) {
      if (attribute_value(attribute) == "true") return ChromeKind::kBoilerplate;
    } else if (attribute_is(attribute, "style")) {
      std::string style(attribute_value(attribute));
      style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
      if (style.find("display:none") != std::string::npos ||
          style.find("visibility:hidden") != std::string::npos)
        return ChromeKind::kBoilerplate;
    }
  }
  return kind;
}

bool is_chrome_phrase(std::string_view text) {
  std::string head;
  for (char c : text.substr(0, 40))
    head += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  // Time stamps ("Updated 11:21 pm, Tuesday", "First published on Nov 20, 2019") and rights
  // lines ("Copyright 2019 ...", "This document is subject to copyright").
  if (text.size() <= 100) {
    for (std::string_view stamp : {"updated", "last updated", "published", "first published",
                                   "posted", "posted on", "published on"}) {
      if (head.compare(0, stamp.size(), stamp) == 0 &&
          text.find_first_of("0123456789") != std::string_view::npos)
        return true;
    }
  }
  if (text.size() <= 300 &&
      (head.compare(0, 9, "copyright") == 0 || head.compare(0, 2, "\xC2\xA9") == 0 ||
       head.compare(0, 37, "this document is subject to copyright") == 0 ||
       text.find("All rights reserved") != std::string_view::npos))
    return true;
  if (text.size() > 60) return false;
  static constexpr std::array<std::string_view, 37> kPhrases = {"advert",
                                                                "don't miss",
                                                                "don\xE2\x80\x99t miss",
                                                                "this slideshow requires",
                                                                "must read",
                                                                "explore further",
                                                                "related news",
                                                                "advertisement",
                                                                "advertising",
                                                                "share this",
                                                                "share on",
                                                                "share:",
                                                                "tweet",
                                                                "read more",
                                                                "related:",
                                                                "related articles",
                                                                "related stories",
                                                                "related coverage",
                                                                "recommended",
                                                                "sign up",
                                                                "subscribe",
                                                                "click here",
                                                                "follow us",
                                                                "leave a comment",
                                                                "skip to",
                                                                "continue reading",
                                                                "story continues",
                                                                "scroll to continue",
                                                                "loading",
                                                                "more:",
                                                                "see also",
                                                                "also read",
                                                                "read also",
                                                                "watch:",
                                                                "listen:",
                                                                "image:",
                                                                "photo:"};
  std::string lower;
  for (char c : text) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  while (!lower.empty() && (lower.front() == ' ' || lower.front() == '-')) lower.erase(0, 1);
  for (std::string_view phrase : kPhrases)
    if (lower.compare(0, phrase.size(), phrase) == 0) return true;
  return lower == "share" || lower == "email" || lower == "print" || lower == "comments" ||
         lower == "related" || lower == "ad";
}

}  // namespace herald

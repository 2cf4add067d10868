#include "ingest/html_metadata.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cstring>

namespace herald {
namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string collapse_spaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

bool looks_like_url(std::string_view text) {
  return text.substr(0, 4) == "http" || text.substr(0, 1) == "/";
}

void split_list(std::string_view text, std::vector<std::string>& into) {
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find_first_of(",;", start);
    if (end == std::string_view::npos) end = text.size();
    std::string item = collapse_spaces(text.substr(start, end - start));
    if (!item.empty() && std::find(into.begin(), into.end(), item) == into.end())
      into.push_back(std::move(item));
    start = end + 1;
  }
}

bool is_article_type(const nlohmann::json& type) {
  const auto matches = [](const std::string& name) {
    return name.find("Article") != std::string::npos || name == "BlogPosting" || name == "Report" ||
           name == "LiveBlogPosting";
  };
  if (type.is_string()) return matches(type.get<std::string>());
  if (type.is_array())
    for (const auto& item : type)
      if (item.is_string() && matches(item.get<std::string>())) return true;
  return false;
}

std::vector<std::string> json_ld_names(const nlohmann::json& value) {
  std::vector<std::string> names;
  const auto add = [&](const nlohmann::json& item) {
    if (item.is_string()) {
      std::string name = collapse_spaces(item.get<std::string>());
      if (!name.empty() && !looks_like_url(name)) names.push_back(std::move(name));
    } else if (item.is_object() && item.contains("name") && item["name"].is_string()) {
      std::string name = collapse_spaces(item["name"].get<std::string>());
      if (!name.empty()) names.push_back(std::move(name));
    }
  };
  if (value.is_array()) {
    for (const auto& item : value) add(item);
  } else {
    add(value);
  }
  return names;
}

std::string json_string(const nlohmann::json& object, const char* key) {
  if (!object.contains(key)) return "";
  const auto& value = object[key];
  if (value.is_string()) return value.get<std::string>();
  if (value.is_object() && value.contains("@id") && value["@id"].is_string())
    return value["@id"].get<std::string>();
  return "";
}

}  // namespace

std::string html_attribute(xmlNode* element, const char* name) {
  xmlChar* value = xmlGetProp(element, reinterpret_cast<const xmlChar*>(name));
  if (!value) return "";
  std::string result(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return result;
}

std::string html_text_content(xmlNode* node) {
  xmlChar* content = xmlNodeGetContent(node);
  if (!content) return "";
  std::string text = collapse_spaces(reinterpret_cast<const char*>(content));
  xmlFree(content);
  return text;
}

void MetadataCollector::offer(std::string& slot, int& slot_rank, int rank, std::string value) {
  value = collapse_spaces(value);
  if (value.empty() || rank >= slot_rank) return;
  slot = std::move(value);
  slot_rank = rank;
}

void MetadataCollector::on_element(xmlNode* element) {
  const char* name = reinterpret_cast<const char*>(element->name);
  if (std::strcmp(name, "meta") == 0) {
    std::string key = lower(html_attribute(element, "property"));
    if (key.empty()) key = lower(html_attribute(element, "name"));
    if (key.empty()) key = lower(html_attribute(element, "itemprop"));
    if (key.empty()) return;
    std::string content = html_attribute(element, "content");
    if (content.empty()) return;
    if (key == "og:title")
      offer(title_, title_rank_, 0, content);
    else if (key == "twitter:title")
      offer(title_, title_rank_, 2, content);
    else if (key == "headline")
      offer(title_, title_rank_, 1, content);
    else if (key == "article:published_time")
      offer(date_, date_rank_, 0, content);
    else if (key == "datepublished")
      offer(date_, date_rank_, 2, content);
    else if (key == "pubdate" || key == "publishdate" || key == "date" || key == "dc.date.issued" ||
             key == "dc.date" || key == "parsely-pub-date" || key == "sailthru.date" ||
             key == "og:published_time" || key == "article.published" || key == "publish-date")
      offer(date_, date_rank_, 3, content);
    else if (key == "og:url")
      offer(url_, url_rank_, 1, content);
    else if (key == "description" || key == "og:description") {
      if (description_.empty()) description_ = collapse_spaces(content);
    } else if (key == "og:site_name")
      site_name_ = collapse_spaces(content);
    else if (key == "author" || key == "article:author" || key == "byl" ||
             key == "parsely-author" || key == "sailthru.author" || key == "dc.creator") {
      if (looks_like_url(content) || authors_rank_ < 2) return;
      std::string author = collapse_spaces(content);
      if (author.substr(0, 3) == "By " || author.substr(0, 3) == "by ") author.erase(0, 3);
      if (authors_rank_ != 2) authors_.clear();
      authors_rank_ = 2;
      if (std::find(authors_.begin(), authors_.end(), author) == authors_.end())
        authors_.push_back(author);
    } else if (key == "article:section" || key == "parsely-section") {
      split_list(content, sections_);
    } else if (key == "article:tag" || key == "news_keywords" || key == "keywords" ||
               key == "parsely-tags") {
      split_list(content, keywords_);
    } else if (key == "og:locale" && language_.empty()) {
      language_ = content;
    }
    return;
  }
  if (std::strcmp(name, "link") == 0) {
    if (lower(html_attribute(element, "rel")) == "canonical")
      offer(url_, url_rank_, 0, html_attribute(element, "href"));
    return;
  }
  if (std::strcmp(name, "title") == 0) {
    if (document_title_.empty()) document_title_ = html_text_content(element);
    return;
  }
  if (std::strcmp(name, "html") == 0) {
    std::string lang = html_attribute(element, "lang");
    if (!lang.empty()) language_ = lang;
    return;
  }
  if (std::strcmp(name, "time") == 0) {
    std::string datetime = html_attribute(element, "datetime");
    if (!datetime.empty()) offer(date_, date_rank_, 4, datetime);
    return;
  }
  if (std::strcmp(name, "script") == 0) {
    if (lower(html_attribute(element, "type")) != "application/ld+json") return;
    xmlChar* content = xmlNodeGetContent(element);
    if (!content) return;
    std::string_view json(reinterpret_cast<const char*>(content));
    if (json.size() <= (1u << 20)) on_json_ld(json);
    xmlFree(content);
  }
}

void MetadataCollector::on_json_ld(std::string_view text) {
  nlohmann::json root;
  try {
    root =
        nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/true, /*ignore_comments=*/true);
  } catch (const std::exception&) {
    return;  // malformed JSON-LD is common; metadata is best effort
  }
  // Candidates: the root, the items of a root array, and the items of "@graph".
  std::vector<const nlohmann::json*> items;
  const auto add_items = [&](const nlohmann::json& value) {
    if (value.is_array()) {
      for (const auto& item : value)
        if (item.is_object()) items.push_back(&item);
    } else if (value.is_object()) {
      items.push_back(&value);
    }
  };
  add_items(root);
  for (size_t i = 0; i < items.size() && i < 64; ++i)
    if (items[i]->contains("@graph")) add_items((*items[i])["@graph"]);
  try {
    for (const nlohmann::json* item : items) {
      if (!item->contains("@type") || !is_article_type((*item)["@type"])) continue;
      offer(title_, title_rank_, 1, json_string(*item, "headline"));
      offer(date_, date_rank_, 1, json_string(*item, "datePublished"));
      std::string url = json_string(*item, "url");
      if (url.empty()) url = json_string(*item, "mainEntityOfPage");
      offer(url_, url_rank_, 2, url);
      if (item->contains("author") && authors_rank_ > 1) {
        auto names = json_ld_names((*item)["author"]);
        if (!names.empty()) {
          authors_ = std::move(names);
          authors_rank_ = 1;
        }
      }
      std::string language = json_string(*item, "inLanguage");
      if (!language.empty() && language_.empty()) language_ = language;
      if (item->contains("articleSection")) {
        const auto& section = (*item)["articleSection"];
        if (section.is_string())
          split_list(section.get<std::string>(), sections_);
        else if (section.is_array())
          for (const auto& entry : section)
            if (entry.is_string()) split_list(entry.get<std::string>(), sections_);
      }
      if (item->contains("keywords")) {
        const auto& keywords = (*item)["keywords"];
        if (keywords.is_string())
          split_list(keywords.get<std::string>(), keywords_);
        else if (keywords.is_array())
          for (const auto& entry : keywords)
            if (entry.is_string()) split_list(entry.get<std::string>(), keywords_);
      }
    }
  } catch (const std::exception&) {
    // a value of an unexpected type: keep what was collected
  }
}

void MetadataCollector::finish(HtmlArticle& article) {
  article.title = title_;
  if (article.title.empty()) {
    // "<headline> | Site" or "<headline> - Site": drop the site-name suffix.
    std::string title = document_title_;
    for (std::string_view separator : {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: "}) {
      const size_t at = title.rfind(separator);
      if (at != std::string::npos && at > title.size() / 3) {
        title.resize(at);
        break;
      }
    }
    article.title = title;
  }
  article.authors = authors_;
  article.url = url_;
  article.language = language_;
  article.description = description_;
  article.site_name = site_name_;
  article.categories = sections_;
  article.tags = keywords_;
  article.published_text = date_;
  if (!date_.empty()) {
    if (auto parsed = CivilDate::parse(date_)) article.published = *parsed;
  }
}

}  // namespace herald

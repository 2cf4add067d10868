#include "ingest/feed_reader.h"

#include <fmt/format.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <cctype>
#include <cstring>
#include <filesystem>
#include <memory>
#include <mutex>

#include "ingest/dateline.h"
#include "ingest/document_builder.h"
#include "ingest/html_article.h"

namespace herald {
namespace {

std::string node_text(xmlNode* node) {
  xmlChar* content = xmlNodeGetContent(node);
  if (!content) return "";
  std::string text(reinterpret_cast<const char*>(content));
  xmlFree(content);
  return text;
}

std::string attribute(xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (!value) return "";
  std::string text(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return text;
}

std::string trimmed(std::string text) {
  const size_t begin = text.find_first_not_of(" \t\r\n");
  if (begin == std::string::npos) return "";
  const size_t end = text.find_last_not_of(" \t\r\n");
  return text.substr(begin, end - begin + 1);
}

bool is_item(xmlNode* node) {
  if (node->type != XML_ELEMENT_NODE) return false;
  const char* name = reinterpret_cast<const char*>(node->name);
  return std::strcmp(name, "item") == 0 || std::strcmp(name, "entry") == 0;
}

}  // namespace

CivilDate parse_feed_date(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  if (auto iso = CivilDate::parse(text.substr(0, std::min<size_t>(text.size(), 25)))) return *iso;
  // RFC 822: [Day,] DD Mon YYYY ...
  if (const size_t comma = text.find(','); comma != std::string_view::npos && comma < 5)
    text.remove_prefix(comma + 1);
  int day = 0, month = 0, year = 0;
  size_t position = 0;
  const auto next_word = [&]() -> std::string_view {
    while (position < text.size() && text[position] == ' ') ++position;
    const size_t start = position;
    while (position < text.size() && text[position] != ' ') ++position;
    return text.substr(start, position - start);
  };
  const std::string_view day_text = next_word(), month_text = next_word(), year_text = next_word();
  for (char c : day_text) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return {};
    day = day * 10 + (c - '0');
  }
  month = month_from_name(month_text);
  for (char c : year_text) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return {};
    year = year * 10 + (c - '0');
  }
  if (year_text.size() == 2) year += year < 70 ? 2000 : 1900;
  if (month == 0 || day == 0 || year == 0) return {};
  return CivilDate::parse(fmt::format("{:04d}-{:02d}-{:02d}", year, month, day)).value_or(CivilDate{});
}

int FeedReader::sniff(std::string_view path, std::string_view head) const {
  const std::string extension = std::filesystem::path(path).extension().string();
  const bool feed_markup = head.find("<rss") != std::string_view::npos ||
                           (head.find("<feed") != std::string_view::npos &&
                            head.find("http://www.w3.org/2005/Atom") != std::string_view::npos);
  if (feed_markup) return 92;
  if (extension == ".rss" || extension == ".atom") return 85;
  return 0;
}

Status FeedReader::read(std::string_view path, std::string bytes, const ReadOptions& options,
                        std::vector<Document>& out, std::vector<ReadError>& errors) const {
  if (bytes.size() > static_cast<size_t>(INT32_MAX)) return Status::resource_limit("feed over 2 GB");
  static std::once_flag init;
  std::call_once(init, [] { xmlInitParser(); });
  std::unique_ptr<xmlParserCtxt, void (*)(xmlParserCtxtPtr)> context(xmlNewParserCtxt(),
                                                                     xmlFreeParserCtxt);
  if (!context) return Status::internal("libxml2 could not create an XML parser");
  std::unique_ptr<xmlDoc, void (*)(xmlDocPtr)> document(
      xmlCtxtReadMemory(context.get(), bytes.data(), static_cast<int>(bytes.size()), nullptr,
                        nullptr,
                        XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_NOERROR |
                            XML_PARSE_NOWARNING | XML_PARSE_NOCDATA),
      xmlFreeDoc);
  if (!document || !xmlDocGetRootElement(document.get())) {
    const xmlError& last = context->lastError;
    return Status::data_error(fmt::format("not a readable feed: line {}: {}", last.line,
                                          last.message ? trimmed(last.message) : "no XML"));
  }
  if (context->lastError.code != 0 && context->lastError.message)
    errors.push_back({std::string(path), fmt::format("line {}", context->lastError.line),
                      "XML error, read what could be recovered: " +
                          trimmed(context->lastError.message),
                      /*skipped=*/false});
  // Items are found by an iterative walk (feeds nest items one or two levels down).
  size_t item_number = 0;
  xmlNode* node = xmlDocGetRootElement(document.get());
  xmlNode* const root = node;
  while (node) {
    if (is_item(node)) {
      ++item_number;
      Document article;
      std::string full_content, summary;
      for (xmlNode* child = node->children; child; child = child->next) {
        if (child->type != XML_ELEMENT_NODE) continue;
        const char* name = reinterpret_cast<const char*>(child->name);
        const char* prefix =
            child->ns && child->ns->prefix ? reinterpret_cast<const char*>(child->ns->prefix) : "";
        if (std::strcmp(name, "title") == 0) {
          article.title = trimmed(node_text(child));
        } else if (std::strcmp(name, "link") == 0) {
          const std::string href = attribute(child, "href");
          const std::string rel = attribute(child, "rel");
          if (!href.empty() && (rel.empty() || rel == "alternate")) article.url = href;
          else if (href.empty()) article.url = trimmed(node_text(child));
        } else if (std::strcmp(name, "guid") == 0 || std::strcmp(name, "id") == 0) {
          article.id = trimmed(node_text(child));
        } else if (std::strcmp(name, "pubDate") == 0 || std::strcmp(name, "published") == 0 ||
                   (std::strcmp(name, "date") == 0 && std::strcmp(prefix, "dc") == 0) ||
                   (std::strcmp(name, "updated") == 0 && !article.published.known())) {
          const CivilDate date = parse_feed_date(node_text(child));
          if (date.known()) article.published = date;
        } else if (std::strcmp(name, "encoded") == 0 || std::strcmp(name, "content") == 0) {
          full_content = node_text(child);
        } else if (std::strcmp(name, "description") == 0 || std::strcmp(name, "summary") == 0) {
          summary = node_text(child);
        } else if (std::strcmp(name, "creator") == 0) {
          article.authors.push_back(trimmed(node_text(child)));
        } else if (std::strcmp(name, "author") == 0) {
          std::string author;
          for (xmlNode* part = child->children; part; part = part->next)
            if (part->type == XML_ELEMENT_NODE &&
                std::strcmp(reinterpret_cast<const char*>(part->name), "name") == 0)
              author = trimmed(node_text(part));
          if (author.empty()) author = trimmed(node_text(child));
          if (!author.empty()) article.authors.push_back(author);
        } else if (std::strcmp(name, "category") == 0) {
          std::string category = attribute(child, "term");
          if (category.empty()) category = trimmed(node_text(child));
          if (!category.empty()) article.categories.push_back(category);
        }
      }
      const std::string& html = full_content.empty() ? summary : full_content;
      if (!trimmed(html).empty()) {
        Result<std::string> text = html_fragment_text(html);
        if (!text.is_ok()) {
          errors.push_back({std::string(path), fmt::format("item {}", item_number),
                            text.status().message()});
        } else if (!text->empty()) {
          article.text = std::move(*text);
          if (full_content.empty()) article.metadata["text_from"] = "summary";
          finish_document(article, path, options);
          out.push_back(std::move(article));
        }
      }
    }
    // Next node: into children unless this is an item, else across, else up.
    if (!is_item(node) && node->children) {
      node = node->children;
      continue;
    }
    while (node && node != root && !node->next) node = node->parent;
    node = node && node != root ? node->next : nullptr;
  }
  if (item_number == 0) return Status::data_error("no <item> or <entry> elements in the feed");
  return Status::ok();
}

}  // namespace herald

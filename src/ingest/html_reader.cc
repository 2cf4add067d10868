#include "ingest/html_reader.h"

#include <fmt/format.h>

#include <cctype>
#include <filesystem>

#include "ingest/document_builder.h"
#include "ingest/encoding.h"

namespace herald {

bool looks_binary(std::string_view head) {
  size_t control = 0;
  for (unsigned char c : head) {
    if (c == 0) return true;
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++control;
  }
  return control * 20 > head.size() + 20;
}

bool looks_like_html(std::string_view head) {
  std::string lower;
  lower.reserve(std::min<size_t>(head.size(), 2048));
  for (char c : head.substr(0, 2048))
    lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower.find("<!doctype html") != std::string::npos ||
         lower.find("<html") != std::string::npos || lower.find("<head") != std::string::npos ||
         lower.find("<body") != std::string::npos;
}

int HtmlReader::sniff(std::string_view path, std::string_view head) const {
  const std::string extension = std::filesystem::path(path).extension().string();
  const bool named_html =
      extension == ".html" || extension == ".htm" || extension == ".xhtml" || extension == ".shtml";
  if (named_html) return 80;  // read() explains when the content is not HTML after all
  if (looks_like_html(head) && !looks_binary(head)) return 75;
  return 0;
}

Document document_from_html_article(HtmlArticle article) {
  Document document;
  document.text = std::move(article.body);
  document.title = std::move(article.title);
  document.url = std::move(article.url);
  document.authors = std::move(article.authors);
  document.categories = std::move(article.categories);
  document.tags = std::move(article.tags);
  document.published = article.published;
  if (!article.language.empty()) document.metadata["html_lang"] = article.language;
  if (!article.description.empty()) document.metadata["description"] = article.description;
  if (!article.site_name.empty()) document.source_name = article.site_name;
  if (!article.published_text.empty()) document.metadata["published_text"] = article.published_text;
  for (size_t i = 0; i < article.captions.size(); ++i)
    document.metadata[fmt::format("caption.{}", i + 1)] = std::move(article.captions[i]);
  return document;
}

Status read_html_page(std::string_view path, std::string_view where, std::string_view html,
                      const ReadOptions& options, Document& document,
                      std::vector<ReadError>& errors) {
  if (looks_binary(html.substr(0, 4096)))
    return Status::data_error("binary content, not HTML (NUL or control bytes)");
  Result<HtmlArticle> article = extract_html_article(html);
  if (!article.is_ok()) return article.status();
  if (article->depth_limited)
    errors.push_back({std::string(path), std::string(where),
                      "HTML nested deeper than 256 levels; the page was read up to that point",
                      /*skipped=*/false});
  document = document_from_html_article(std::move(*article));
  if (document.text.empty()) return Status::data_error("no article text found in the page");
  finish_document(document, path, options);
  return Status::ok();
}

Status HtmlReader::read(std::string_view path, std::string bytes, const ReadOptions& options,
                        std::vector<Document>& out, std::vector<ReadError>& errors) const {
  Document document;
  if (Status status = read_html_page(path, "", bytes, options, document, errors); !status.is_ok())
    return status;
  out.push_back(std::move(document));
  return Status::ok();
}

}  // namespace herald

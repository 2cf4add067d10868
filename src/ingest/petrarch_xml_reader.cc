#include "ingest/petrarch_xml_reader.h"

#include <fmt/format.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <filesystem>
#include <memory>

#include "syntax/bracketed_tree.h"
#include "text/normalize.h"

namespace herald {
namespace {

struct XmlDocumentDeleter {
  void operator()(xmlDoc* document) const { xmlFreeDoc(document); }
};

std::string node_name(const xmlNode* node) {
  return node->name ? reinterpret_cast<const char*>(node->name) : "";
}

std::string attribute(const xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (value == nullptr) return "";
  std::string text(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return text;
}

std::string content_of(const xmlNode* node) {
  xmlChar* value = xmlNodeGetContent(node);
  if (value == nullptr) return "";
  std::string text(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return text;
}

std::string trimmed(std::string_view text) {
  size_t begin = 0, end = text.size();
  while (begin < end && std::isspace(static_cast<unsigned char>(text[begin]))) ++begin;
  while (end > begin && std::isspace(static_cast<unsigned char>(text[end - 1]))) --end;
  return std::string(text.substr(begin, end - begin));
}

std::vector<std::string> split_names(std::string_view text) {
  std::vector<std::string> names;
  std::string current;
  for (char c : text) {
    if (c == ',' || std::isspace(static_cast<unsigned char>(c))) {
      if (!current.empty()) names.push_back(std::move(current));
      current.clear();
    } else {
      current.push_back(c);
    }
  }
  if (!current.empty()) names.push_back(std::move(current));
  return names;
}

PetrarchRecord read_record(const xmlNode* sentence) {
  PetrarchRecord record;
  record.id = attribute(sentence, "id");
  record.category = attribute(sentence, "category");
  record.date = trimmed(attribute(sentence, "date"));
  record.line = static_cast<uint32_t>(xmlGetLineNo(sentence));
  for (const xmlNode* child = sentence->children; child; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    const std::string name = node_name(child);
    if (name == "Text") {
      record.text = trimmed(content_of(child));
    } else if (name == "Parse") {
      record.parse = trimmed(content_of(child));
    } else if (name == "EventCoding") {
      const std::string error = attribute(child, "error");
      const std::string none = attribute(child, "noevents");
      if (!error.empty()) {
        record.expected_error = error;
      } else if (!none.empty()) {
        record.expects_no_events = true;
      } else {
        record.expected.push_back({attribute(child, "sourcecode"), attribute(child, "targetcode"),
                                   attribute(child, "eventcode")});
      }
    }
  }
  return record;
}

}  // namespace

Result<PetrarchFile> parse_petrarch_xml(std::string_view name, std::string_view bytes) {
  if (bytes.size() > static_cast<size_t>(INT32_MAX))
    return Status::resource_limit(fmt::format("{}: file too large for the XML reader", name));
  std::unique_ptr<xmlDoc, XmlDocumentDeleter> document(
      xmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), nullptr, nullptr,
                    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
  if (!document) {
    const xmlError* error = xmlGetLastError();
    if (error != nullptr)
      return Status::data_error(fmt::format("{}: line {}: malformed XML: {}", name, error->line,
                                            trimmed(error->message ? error->message : "")));
    return Status::data_error(fmt::format("{}: malformed XML", name));
  }
  PetrarchFile file;
  // Iterative walk over elements in document order.
  std::vector<const xmlNode*> stack;
  if (const xmlNode* root = xmlDocGetRootElement(document.get())) stack.push_back(root);
  while (!stack.empty()) {
    const xmlNode* node = stack.back();
    stack.pop_back();
    if (node->type != XML_ELEMENT_NODE) continue;
    const std::string element = node_name(node);
    if (element == "Sentence") {
      PetrarchItem item;
      item.record = read_record(node);
      file.items.push_back(std::move(item));
      continue;
    }
    if (element == "Config") {
      PetrarchItem item;
      item.is_config = true;
      item.config = {attribute(node, "option"), attribute(node, "value")};
      file.items.push_back(std::move(item));
      continue;
    }
    if (element == "Verbfile") file.verb_file = trimmed(content_of(node));
    else if (element == "Actorfile")
      for (std::string& actor : split_names(content_of(node))) file.actor_files.push_back(actor);
    else if (element == "Agentfile") file.agent_file = trimmed(content_of(node));
    else if (element == "Discardfile") file.discard_file = trimmed(content_of(node));
    // Children in reverse so that they pop in document order.
    std::vector<const xmlNode*> children;
    for (const xmlNode* child = node->children; child; child = child->next)
      if (child->type == XML_ELEMENT_NODE) children.push_back(child);
    for (auto it = children.rbegin(); it != children.rend(); ++it) stack.push_back(*it);
  }
  return file;
}

Result<Document> petrarch_record_to_document(const PetrarchRecord& record,
                                             std::string_view source_name) {
  Document document;
  document.id = record.id.empty() ? content_id(record.text) : record.id;
  document.source_name = std::string(source_name);
  document.text = record.text;
  if (!record.category.empty()) document.categories.push_back(record.category);
  if (auto date = CivilDate::parse(record.date)) document.published = *date;

  Sentence sentence;
  sentence.id = record.id;
  sentence.span = Span{0, static_cast<uint32_t>(document.text.size())};
  sentence.date = document.published;
  sentence.token_begin = 0;
  if (!record.parse.empty()) {
    Result<BracketTree> tree = parse_bracketed_tree(record.parse);
    if (!tree.is_ok())
      return Status::data_error(
          fmt::format("sentence {}: parse: {}", record.id, tree.status().message()));
    const BracketTree& parsed = tree.value();
    // Align leaves with the text.
    uint32_t position = 0;
    const std::string& text = document.text;
    for (const BracketLeaf& leaf : parsed.leaves) {
      Token token;
      const std::string word = unescape_treebank_word(leaf.word);
      token.tag = leaf.tag;
      token.norm = normalize_for_matching(word);
      size_t found = std::string::npos;
      if (!word.empty()) {
        found = text.find(word, position);
        if (found != std::string::npos && found - position > 64 + word.size()) found = std::string::npos;
        if (found == std::string::npos && (word == "\"" )) {
          // `` and '' may stand for other quote characters in the text.
          for (size_t at = position; at < text.size() && at < position + 8u; ++at)
            if (text[at] == '`' || text[at] == '\'') {
              found = at;
              break;
            }
        }
      }
      if (found == std::string::npos) {
        token.span = Span{position, position};
      } else {
        const size_t length = word == "\"" && found < text.size() && text[found] != '"'
                                  ? (found + 1 < text.size() && text[found + 1] == text[found] ? 2 : 1)
                                  : word.size();
        token.span = Span{static_cast<uint32_t>(found), static_cast<uint32_t>(found + length)};
        position = token.span.end;
      }
      document.tokens.push_back(std::move(token));
    }
    sentence.tree.reserve(parsed.nodes.size());
    for (const BracketNode& node : parsed.nodes) {
      TreeNode tree_node;
      tree_node.label = node.label;
      tree_node.token_begin = node.leaf_begin;
      tree_node.token_end = node.leaf_end;
      tree_node.parent = node.parent;
      tree_node.first_child = node.first_child;
      tree_node.next_sibling = node.next_sibling;
      sentence.tree.push_back(std::move(tree_node));
    }
  }
  sentence.token_end = static_cast<uint32_t>(document.tokens.size());
  document.sentences.push_back(std::move(sentence));
  return document;
}

int PetrarchXmlReader::sniff(std::string_view path, std::string_view head) const {
  const bool xml = std::filesystem::path(path).extension() == ".xml";
  if (head.find("<Sentences") != std::string_view::npos ||
      head.find("<Validation") != std::string_view::npos ||
      head.find("<Sentence ") != std::string_view::npos)
    return xml ? 95 : 80;
  return 0;
}

Status PetrarchXmlReader::read(std::string_view path, std::string bytes, const ReadOptions& options,
                               std::vector<Document>& out, std::vector<ReadError>& errors) const {
  const std::string name(path);
  Result<PetrarchFile> file = parse_petrarch_xml(name, bytes);
  if (!file.is_ok()) return file.status();
  const std::string source = options.source_name.empty()
                                 ? std::filesystem::path(path).filename().string()
                                 : options.source_name;
  for (const PetrarchItem& item : file.value().items) {
    if (item.is_config) continue;
    Result<Document> document = petrarch_record_to_document(item.record, source);
    if (!document.is_ok()) {
      errors.push_back({name, fmt::format("line {}", item.record.line),
                        document.status().message(), true});
      continue;
    }
    if (!document.value().published.known() && options.date.known()) {
      document.value().published = options.date;
      document.value().sentences.front().date = options.date;
    }
    document.value().url = options.url;
    out.push_back(std::move(document.value()));
  }
  return Status::ok();
}

}  // namespace herald

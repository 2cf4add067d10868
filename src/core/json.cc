#include "herald/json.h"

#include <cmath>

namespace herald {

using nlohmann::json;

json span_to_json(const Document& document, const Span& span) {
  if (span.empty() && span.begin == 0) return nullptr;
  return json{{"begin", span.begin}, {"end", span.end}, {"text", document.text_of(span)}};
}

namespace {

json date_to_json(const CivilDate& date) {
  if (!date.known()) return nullptr;
  return date.to_string();
}

json entries_to_json(const std::vector<DictionaryRef>& entries) {
  json list = json::array();
  for (const DictionaryRef& entry : entries)
    list.push_back({{"file", entry.file}, {"line", entry.line}, {"entry", entry.entry},
                    {"role", entry.role}});
  return list;
}

json mention_to_json(const Document& document, const Mention& mention) {
  json object{{"span", span_to_json(document, mention.span)},
              {"kind", mention_kind_name(mention.kind)},
              {"canonical", mention.canonical},
              {"actor_code", mention.actor_code},
              {"country", mention.country},
              {"sentence", mention.sentence}};
  if (mention.antecedent >= 0) object["antecedent"] = mention.antecedent;
  if (mention.has_coordinates) {
    object["latitude"] = mention.latitude;
    object["longitude"] = mention.longitude;
  }
  if (!mention.entries.empty()) object["entries"] = entries_to_json(mention.entries);
  return object;
}

json tone_to_json(const Tone& tone) {
  return json{{"positive", tone.positive}, {"negative", tone.negative},
              {"polarity", tone.polarity}, {"score", tone.score},
              {"word_count", tone.word_count}};
}

}  // namespace

json event_to_json(const Document& document, const Event& event) {
  json object{{"source", event.source},
              {"target", event.target},
              {"code", event.code},
              {"root_code", event.root_code},
              {"quad_class", event.quad_class},
              {"goldstein", event.has_goldstein ? json(event.goldstein) : json(nullptr)},
              {"plover_type", event.plover_type},
              {"plover_mode", event.plover_mode},
              {"issues", event.issues},
              {"sentence", event.sentence},
              {"date", date_to_json(event.date)}};
  if (event.source_mention >= 0) object["source_mention"] = event.source_mention;
  if (event.target_mention >= 0) object["target_mention"] = event.target_mention;
  if (event.location_mention >= 0) object["location_mention"] = event.location_mention;
  const Evidence& evidence = event.evidence;
  object["evidence"] = json{{"sentence_id", evidence.sentence_id},
                            {"source", span_to_json(document, evidence.source)},
                            {"verb", span_to_json(document, evidence.verb)},
                            {"target", span_to_json(document, evidence.target)},
                            {"pattern", evidence.pattern},
                            {"entries", entries_to_json(evidence.entries)},
                            {"note", evidence.note}};
  return object;
}

std::string json_line(const json& value) {
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string bracketed_tree(const Document& document, const Sentence& sentence) {
  std::string out;
  if (sentence.tree.empty()) return out;
  // Iterative preorder walk: (node, closing) pairs on an explicit stack.
  std::vector<std::pair<int32_t, bool>> stack{{0, false}};
  while (!stack.empty()) {
    auto [index, closing] = stack.back();
    stack.pop_back();
    if (closing) {
      out += ')';
      continue;
    }
    const TreeNode& node = sentence.tree[index];
    if (!out.empty() && out.back() != '(') out += ' ';
    out += '(';
    out += node.label;
    if (node.is_preterminal()) {
      if (node.token_begin < node.token_end && node.token_begin < document.tokens.size()) {
        out += ' ';
        out += document.text_of(document.tokens[node.token_begin].span);
      }
      out += ')';
      continue;
    }
    stack.push_back({index, true});
    std::vector<int32_t> children;
    for (int32_t child = node.first_child; child >= 0; child = sentence.tree[child].next_sibling)
      children.push_back(child);
    for (auto it = children.rbegin(); it != children.rend(); ++it) stack.push_back({*it, false});
  }
  return out;
}

json document_to_json(const Document& document, const JsonOptions& options) {
  json object{{"id", document.id},
              {"url", document.url},
              {"source", document.source_name},
              {"title", document.title},
              {"published", date_to_json(document.published)},
              {"language", document.language},
              {"story_id", document.story_id},
              {"categories", document.categories},
              {"tags", document.tags},
              {"authors", document.authors},
              {"metadata", document.metadata}};
  if (options.include_text) object["text"] = document.text;

  json sentences = json::array();
  for (const Sentence& sentence : document.sentences) {
    json item{{"span", span_to_json(document, sentence.span)},
              {"tokens", {sentence.token_begin, sentence.token_end}}};
    if (!sentence.id.empty()) item["id"] = sentence.id;
    if (sentence.date.known()) item["date"] = sentence.date.to_string();
    if (sentence.discarded) item["discarded"] = sentence.discard_reason;
    if (options.include_trees && !sentence.tree.empty())
      item["tree"] = bracketed_tree(document, sentence);
    sentences.push_back(std::move(item));
  }
  object["sentences"] = std::move(sentences);

  if (options.include_tokens) {
    json tokens = json::array();
    for (const Token& token : document.tokens)
      tokens.push_back({{"begin", token.span.begin}, {"end", token.span.end},
                        {"text", document.text_of(token.span)}, {"norm", token.norm},
                        {"lemma", token.lemma}, {"tag", token.tag}});
    object["tokens"] = std::move(tokens);
  }

  json mentions = json::array();
  for (const Mention& mention : document.mentions)
    mentions.push_back(mention_to_json(document, mention));
  object["mentions"] = std::move(mentions);

  json events = json::array();
  for (const Event& event : document.events) events.push_back(event_to_json(document, event));
  object["events"] = std::move(events);

  json quotes = json::array();
  for (const Quote& quote : document.quotes) {
    json item{{"span", span_to_json(document, quote.span)},
              {"kind", quote_kind_name(quote.kind)},
              {"speaker", quote.speaker},
              {"verb", span_to_json(document, quote.verb)}};
    if (quote.speaker_mention >= 0) item["speaker_mention"] = quote.speaker_mention;
    quotes.push_back(std::move(item));
  }
  object["quotes"] = std::move(quotes);

  json counts = json::array();
  for (const Count& count : document.counts)
    counts.push_back({{"span", span_to_json(document, count.span)},
                      {"number", count.number},
                      {"object", count.object},
                      {"unit", count.unit},
                      {"qualifier", count.qualifier},
                      {"date", date_to_json(count.date)}});
  object["counts"] = std::move(counts);

  json dates = json::array();
  for (const DateRef& date : document.dates)
    dates.push_back({{"span", span_to_json(document, date.span)},
                     {"resolved", date_to_json(date.resolved)},
                     {"note", date.note}});
  object["dates"] = std::move(dates);

  object["tone"] = tone_to_json(document.tone);

  json repairs = json::array();
  for (const Repair& repair : document.repairs)
    repairs.push_back({{"kind", repair.kind}, {"before", repair.before},
                       {"after", repair.after}, {"offset", repair.offset}});
  object["repairs"] = std::move(repairs);

  json diagnostics = json::array();
  for (const Diagnostic& diagnostic : document.diagnostics)
    diagnostics.push_back({{"stage", diagnostic.stage}, {"message", diagnostic.message}});
  object["diagnostics"] = std::move(diagnostics);
  return object;
}

}  // namespace herald

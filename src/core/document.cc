#include "herald/document.h"

#include <fmt/format.h>

namespace herald {

std::string_view mention_kind_name(MentionKind kind) {
  switch (kind) {
    case MentionKind::kPerson: return "person";
    case MentionKind::kOrganization: return "organization";
    case MentionKind::kLocation: return "location";
    case MentionKind::kActor: return "actor";
    case MentionKind::kOther: return "other";
  }
  return "other";
}

std::string_view quote_kind_name(QuoteKind kind) {
  switch (kind) {
    case QuoteKind::kDirect: return "direct";
    case QuoteKind::kPartial: return "partial";
    case QuoteKind::kIndirect: return "indirect";
  }
  return "direct";
}

CivilDate Document::date_of_sentence(int32_t sentence) const {
  if (sentence >= 0 && static_cast<size_t>(sentence) < sentences.size() &&
      sentences[sentence].date.known())
    return sentences[sentence].date;
  return published;
}

namespace {

bool in_text(const Span& span, size_t size) { return span.begin <= span.end && span.end <= size; }

}  // namespace

Status Document::validate() const {
  const size_t size = text.size();
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (!in_text(tokens[i].span, size))
      return Status::internal(fmt::format("document {}: token {} lies outside the text", id, i));
    if (i > 0 && tokens[i].span.begin < tokens[i - 1].span.end)
      return Status::internal(fmt::format("document {}: token {} overlaps token {}", id, i, i - 1));
  }
  for (size_t i = 0; i < sentences.size(); ++i) {
    const Sentence& sentence = sentences[i];
    if (!in_text(sentence.span, size))
      return Status::internal(fmt::format("document {}: sentence {} lies outside the text", id, i));
    if (i > 0 && sentence.span.begin < sentences[i - 1].span.end)
      return Status::internal(fmt::format("document {}: sentence {} overlaps the one before", id, i));
    if (sentence.token_begin > sentence.token_end || sentence.token_end > tokens.size())
      return Status::internal(fmt::format("document {}: sentence {} has a bad token range", id, i));
    for (size_t n = 0; n < sentence.tree.size(); ++n) {
      const TreeNode& node = sentence.tree[n];
      if (node.token_begin < sentence.token_begin || node.token_end > sentence.token_end ||
          node.token_begin > node.token_end)
        return Status::internal(
            fmt::format("document {}: sentence {} tree node {} covers tokens outside it", id, i, n));
      const int32_t count = static_cast<int32_t>(sentence.tree.size());
      if (node.parent >= count || node.first_child >= count || node.next_sibling >= count)
        return Status::internal(
            fmt::format("document {}: sentence {} tree node {} has a bad link", id, i, n));
    }
  }
  for (size_t i = 0; i < mentions.size(); ++i)
    if (!in_text(mentions[i].span, size))
      return Status::internal(fmt::format("document {}: mention {} lies outside the text", id, i));
  for (size_t i = 0; i < quotes.size(); ++i)
    if (!in_text(quotes[i].span, size))
      return Status::internal(fmt::format("document {}: quote {} lies outside the text", id, i));
  for (size_t i = 0; i < counts.size(); ++i)
    if (!in_text(counts[i].span, size))
      return Status::internal(fmt::format("document {}: count {} lies outside the text", id, i));
  for (size_t i = 0; i < dates.size(); ++i)
    if (!in_text(dates[i].span, size))
      return Status::internal(fmt::format("document {}: date {} lies outside the text", id, i));
  for (size_t i = 0; i < events.size(); ++i) {
    const Evidence& evidence = events[i].evidence;
    if (!in_text(evidence.source, size) || !in_text(evidence.verb, size) ||
        !in_text(evidence.target, size))
      return Status::internal(fmt::format("document {}: event {} evidence lies outside the text", id, i));
  }
  return Status::ok();
}

}  // namespace herald

#include "cli/summary_printer.h"

#include <fmt/format.h>

namespace herald::cli {
namespace {

std::string clip(std::string_view text, size_t width) {
  std::string out;
  for (char c : text) out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  if (out.size() <= width) return out;
  size_t cut = width;
  while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;  // UTF-8 boundary
  return out.substr(0, cut) + "...";
}

}  // namespace

void print_summary(const Document& document, std::ostream& out) {
  out << fmt::format("Document {}{}{}\n", document.id,
                     document.title.empty() ? "" : "  \"" + clip(document.title, 70) + "\"",
                     document.published.known() ? "  " + document.published.to_string() : "");
  out << fmt::format("  {} sentences, {} tokens\n", document.sentences.size(),
                     document.tokens.size());

  out << fmt::format("\nEvents ({})\n", document.events.size());
  for (const Event& event : document.events) {
    out << fmt::format("  {:<9} -> {:<9} {:<5} {}\n", event.source.empty() ? "-" : event.source,
                       event.target.empty() ? "-" : event.target, event.code,
                       event.plover_type.empty() ? "" : "(" + event.plover_type + ")");
    if (event.sentence >= 0 && static_cast<size_t>(event.sentence) < document.sentences.size())
      out << "      \"" << clip(document.text_of(document.sentences[event.sentence].span), 110)
          << "\"\n";
    if (!event.evidence.pattern.empty())
      out << "      pattern: " << event.evidence.pattern << "\n";
  }

  if (!document.mentions.empty()) {
    out << fmt::format("\nPeople, organisations and places ({})\n", document.mentions.size());
    for (const Mention& mention : document.mentions) {
      if (mention.antecedent >= 0) continue;
      out << fmt::format("  {:<13} {:<35} {:<9} {}\n", mention_kind_name(mention.kind),
                         clip(mention.canonical.empty() ? document.text_of(mention.span)
                                                        : std::string_view(mention.canonical),
                              35),
                         mention.actor_code, mention.country);
    }
  }
  if (!document.quotes.empty()) {
    out << fmt::format("\nQuotes ({})\n", document.quotes.size());
    for (const Quote& quote : document.quotes)
      out << fmt::format("  {}: \"{}\"\n", quote.speaker.empty() ? "?" : quote.speaker,
                         clip(document.text_of(quote.span), 90));
  }
  if (!document.counts.empty()) {
    out << fmt::format("\nFigures ({})\n", document.counts.size());
    for (const Count& count : document.counts)
      out << fmt::format("  {:>14} {:<30} {}\n", fmt::format("{:g}", count.number),
                         clip(count.object, 30), count.date.to_string());
  }
  if (!document.dates.empty()) {
    out << fmt::format("\nDates ({})\n", document.dates.size());
    for (const DateRef& date : document.dates)
      out << fmt::format("  {:<30} {}\n", clip(document.text_of(date.span), 30),
                         date.resolved.to_string());
  }
  out << "\n";
}

}  // namespace herald::cli

// herald explain EVENT_ID: why herald coded an event: each sentence that reported it, with
// source, verb and target marked, and the dictionary lines and verb pattern that fired.
#include <fmt/format.h>

#include <algorithm>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cameo/cameo_table.h"
#include "cli/cli_support.h"
#include "cli/command.h"
#include "cli/store_command_support.h"

namespace herald::cli {
namespace {

struct ExplainOptions {
  std::string db;
  int64_t event_id = 0;
};

constexpr const char* kQuadNames[] = {"unknown", "verbal cooperation", "material cooperation",
                                      "verbal conflict", "material conflict"};

// The sentence with [source: ...], [verb: ...] and [target: ...] around the marked spans.
// Spans outside the sentence or overlapping an earlier mark are left unmarked.
std::string marked_sentence(const std::string& text, const MentionRecord& mention) {
  if (mention.sentence_begin < 0 || mention.sentence_end > static_cast<int64_t>(text.size()) ||
      mention.sentence_begin > mention.sentence_end)
    return "(sentence not recorded)";
  struct Mark {
    int64_t begin, end;
    const char* role;
  };
  std::vector<Mark> marks;
  for (const Mark& mark : {Mark{mention.source_begin, mention.source_end, "source"},
                           Mark{mention.verb_begin, mention.verb_end, "verb"},
                           Mark{mention.target_begin, mention.target_end, "target"}})
    if (mark.begin >= mention.sentence_begin && mark.end <= mention.sentence_end &&
        mark.begin < mark.end)
      marks.push_back(mark);
  std::sort(marks.begin(), marks.end(),
            [](const Mark& a, const Mark& b) { return a.begin < b.begin; });
  std::string out;
  int64_t at = mention.sentence_begin;
  for (const Mark& mark : marks) {
    if (mark.begin < at) continue;
    out.append(text, at, mark.begin - at);
    out += fmt::format("[{}: {}]", mark.role, text.substr(mark.begin, mark.end - mark.begin));
    at = mark.end;
  }
  out.append(text, at, mention.sentence_end - at);
  for (char& c : out)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return out;
}

int run_explain(const ExplainOptions& options) {
  std::unique_ptr<Store> store = open_store_or_report("explain", options.db, true);
  if (!store) return kExitBadInput;
  EventFilter filter;
  filter.event_id = options.event_id;
  auto events = store->events(filter);
  if (!events.is_ok()) {
    std::cerr << "herald explain: " << events.status().message() << "\n";
    return kExitBadInput;
  }
  if (events->empty()) {
    std::cerr << "herald explain: no event " << options.event_id << " in " << options.db << "\n";
    return kExitBadInput;
  }
  const EventRecord& event = events->front();
  auto mentions = store->mentions(filter);
  if (!mentions.is_ok()) {
    std::cerr << "herald explain: " << mentions.status().message() << "\n";
    return kExitBadInput;
  }
  const cameo::CameoTable* table = cameo::CameoTable::standard();
  const cameo::CameoCode* code = table ? table->lookup(event.code) : nullptr;
  std::ostream& out = std::cout;
  const auto actor = [](const std::string& code_text, const std::string& name) {
    if (code_text.empty()) return std::string("(none)");
    return name.empty() ? code_text : fmt::format("{} ({})", code_text, name);
  };
  out << fmt::format("Event {}: {} -> {}\n", event.event_id, actor(event.source, event.source_name),
                     actor(event.target, event.target_name));
  out << fmt::format("  CAMEO {} {}; root {}, QuadClass {} ({}), Goldstein {}\n", event.code,
                     code ? code->name : "(not a standard CAMEO code)", event.root_code,
                     event.quad_class, kQuadNames[std::clamp(event.quad_class, 0, 4)],
                     event.has_goldstein ? fmt::format("{:.1f}", event.goldstein) : "none");
  if (!event.plover_type.empty())
    out << fmt::format("  PLOVER {}{}{}\n", event.plover_type,
                       event.plover_mode.empty() ? "" : ", mode " + event.plover_mode,
                       event.plover_context.empty() ? "" : ", context " + event.plover_context);
  out << fmt::format(
      "  date {}, story {}; {} mention(s) in {} article(s) from {} source(s); "
      "AvgTone {:.2f}\n",
      event.date, event.story_id, event.num_mentions, event.num_articles, event.num_sources,
      event.avg_tone);
  if (!event.location_name.empty())
    out << fmt::format("  location {}{}\n", event.location_name,
                       event.has_coordinates
                           ? fmt::format(" ({:.4f}, {:.4f})", event.latitude, event.longitude)
                           : "");

  std::string loaded_id;
  std::string text;
  size_t number = 0;
  for (const MentionRecord& mention : *mentions) {
    if (mention.document_id != loaded_id) {
      auto document = store->load_document(mention.document_id);
      text = document.is_ok() ? document->text : "";
      loaded_id = mention.document_id;
    }
    out << fmt::format("\nMention {}: document {} ({}{}{}), sentence {}\n", ++number,
                       mention.document_id,
                       mention.source_name.empty() ? "no source" : mention.source_name,
                       mention.published.empty() ? "" : ", " + mention.published,
                       mention.url.empty() ? "" : ", " + mention.url, mention.sentence_index + 1);
    out << "  " << marked_sentence(text, mention) << "\n";
    if (!mention.pattern.empty()) out << "  pattern: " << mention.pattern << "\n";
    try {
      const auto evidence = nlohmann::json::parse(mention.evidence);
      for (const auto& entry : evidence.value("entries", nlohmann::json::array()))
        out << fmt::format("  {}: {}:{}: {}\n", entry.value("role", "entry"),
                           entry.value("file", "?"), entry.value("line", 0),
                           entry.value("entry", ""));
      const std::string note = evidence.value("note", "");
      if (!note.empty()) out << "  note: " << note << "\n";
    } catch (const std::exception&) {
      out << "  (evidence not readable)\n";
    }
  }
  return kExitOk;
}

RunFunction configure_explain(CLI::App& app) {
  auto options = std::make_shared<ExplainOptions>();
  app.add_option("event_id", options->event_id, "Event id (first column of herald events)")
      ->required();
  add_db_option(app, options->db);
  return [options] { return run_explain(*options); };
}

}  // namespace

HERALD_REGISTER_COMMAND({"explain",
                         "Show the sentences, dictionary lines and pattern behind an event",
                         configure_explain, 36});

}  // namespace herald::cli

// Store writes: whole documents per transaction (one, or a batch), events aggregated per (story,
// source, target, code, date), aggregates recomputed from the mentions so that they are always
// exactly what the stored mentions say (whatever order, resumption or recoding led there).
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <nlohmann/json.hpp>

#include "cameo/cameo_table.h"
#include "herald/store.h"
#include "store/sql_connection.h"

namespace herald {

using store::as_integer;
using store::Dialect;
using store::SqlParam;

namespace {

using nlohmann::json;

std::string json_text(const json& value) {
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

json entries_json(const std::vector<DictionaryRef>& entries) {
  json list = json::array();
  for (const DictionaryRef& entry : entries)
    list.push_back(
        {{"file", entry.file}, {"line", entry.line}, {"entry", entry.entry}, {"role", entry.role}});
  return list;
}

int64_t span_begin(const Span& span) { return span.empty() ? -1 : span.begin; }
int64_t span_end(const Span& span) { return span.empty() ? -1 : span.end; }

SqlParam text(const std::string& value) { return std::string_view(value); }
SqlParam integer(int64_t value) { return value; }

// Text of a span, or "" when it does not lie within the text (never trusts input offsets).
std::string_view safe_text(const Document& document, const Span& span) {
  if (span.end > document.text.size() || span.begin > span.end) return {};
  return document.text_of(span);
}

// The event fields a coder left empty, from the CAMEO table when the code is standard.
struct EventCoding {
  std::string code, base_code, root_code;
  int quad_class = 0;
  bool has_goldstein = false;
  double goldstein = 0;
  std::string plover_type, plover_mode, plover_context;
};

EventCoding complete_coding(const Event& event) {
  EventCoding coding;
  coding.code = event.code;
  coding.root_code =
      event.root_code.empty() ? std::string(cameo::CameoTable::root(event.code)) : event.root_code;
  coding.base_code = event.code.size() > 3 ? event.code.substr(0, 3) : event.code;
  coding.quad_class = event.quad_class;
  coding.has_goldstein = event.has_goldstein;
  coding.goldstein = event.goldstein;
  coding.plover_type = event.plover_type;
  coding.plover_mode = event.plover_mode;
  const cameo::CameoTable* table = cameo::CameoTable::standard();
  const cameo::CameoCode* known = table ? table->lookup(event.code) : nullptr;
  if (known) {
    if (coding.quad_class == 0) coding.quad_class = known->quad_class;
    if (!coding.has_goldstein) {
      coding.has_goldstein = true;
      coding.goldstein = known->goldstein;
    }
    if (coding.plover_type.empty()) {
      coding.plover_type = known->plover_type;
      coding.plover_mode = known->plover_mode;
    }
    if (coding.plover_type == known->plover_type) coding.plover_context = known->plover_context;
  }
  if (coding.quad_class == 0)
    coding.quad_class = cameo::CameoTable::quad_class_of_root(coding.root_code);
  return coding;
}

}  // namespace

Result<WriteOutcome> Store::write(const Document& document) {
  if (document.id.empty()) return Status::invalid_argument("cannot store a document without an id");
  store::SqlConnection& db = *connection_;
  if (pending_documents_ == 0) {
    if (Status status = db.begin(); !status.is_ok()) return status;
    batch_started_ = std::chrono::steady_clock::now();
  }
  auto present = contains(document.id);
  if (!present.is_ok()) return abandon_batch(present.status(), document.id);
  if (*present) {
    // Nothing written: end a transaction opened for this document alone.
    if (pending_documents_ == 0) (void)db.rollback();
    return WriteOutcome::kAlreadyStored;
  }
  if (Status status = write_in_transaction(document); !status.is_ok())
    return abandon_batch(status, document.id);
  ++pending_documents_;
  const double waited =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - batch_started_).count();
  if (pending_documents_ >= batch_documents_ || waited >= batch_seconds_) {
    if (Status status = db.commit(); !status.is_ok()) {
      --pending_documents_;  // the document itself is counted apart in the message
      return abandon_batch(status, document.id);
    }
    pending_documents_ = 0;
  }
  return WriteOutcome::kWritten;
}

Status Store::flush() {
  if (pending_documents_ == 0) return Status::ok();
  Status status = connection_->commit();
  if (!status.is_ok()) {
    (void)connection_->rollback();
    status = Status(status.code(), fmt::format("{} (committing the last {} document(s) written; "
                                               "they are not stored, running again stores them)",
                                               status.message(), pending_documents_));
  }
  pending_documents_ = 0;
  return status;
}

Status Store::abandon_batch(const Status& failure, const std::string& document_id) {
  (void)connection_->rollback();
  std::string message = fmt::format("document '{}': {}", document_id, failure.message());
  if (pending_documents_ > 0)
    message += fmt::format(
        " (the {} document(s) written before it since the last commit were rolled back with it; "
        "running again stores them)",
        pending_documents_);
  pending_documents_ = 0;
  return Status(failure.code(), std::move(message));
}

Status Store::replace(const Document& document) {
  if (Status status = flush(); !status.is_ok()) return status;
  store::SqlConnection& db = *connection_;
  if (Status status = db.begin(); !status.is_ok()) return status;
  std::vector<int64_t> touched;
  Status status = remove_in_transaction(document.id, touched);
  if (status.is_ok()) status = write_in_transaction(document);
  if (status.is_ok()) status = refresh_events(touched);
  if (status.is_ok()) status = db.execute("DELETE FROM events WHERE num_mentions = 0");
  if (status.is_ok())
    status = db.execute(
        "DELETE FROM stories WHERE NOT EXISTS "
        "(SELECT 1 FROM documents d WHERE d.story_id = stories.story_id)");
  if (status.is_ok()) status = db.commit();
  if (!status.is_ok()) {
    (void)db.rollback();
    return Status(status.code(), fmt::format("document '{}': {}", document.id, status.message()));
  }
  return Status::ok();
}

Status Store::remove_in_transaction(const std::string& document_id, std::vector<int64_t>& touched) {
  store::SqlConnection& db = *connection_;
  const SqlParam id = std::string_view(document_id);
  Status status =
      db.query("SELECT DISTINCT event_id FROM event_mentions WHERE document_id = ?", {id},
               [&](const store::SqlRow& row) { touched.push_back(as_integer(row[0])); });
  if (!status.is_ok()) return status;
  auto story = db.scalar("SELECT story_id FROM documents WHERE id = ?", {id});
  if (!story.is_ok()) return story.status();
  if (db.dialect() == Dialect::kSqlite) {
    // External-content full-text indexes are told what to forget, with the old values.
    status = db.execute(
        "INSERT INTO documents_fts (documents_fts, rowid, title, text) "
        "SELECT 'delete', doc_key, title, text FROM documents WHERE id = ?",
        {id});
    if (!status.is_ok()) return status;
    status = db.execute(
        "INSERT INTO quotes_fts (quotes_fts, rowid, text) "
        "SELECT 'delete', quote_key, text FROM quotes WHERE document_id = ?",
        {id});
    if (!status.is_ok()) return status;
  }
  for (const char* table :
       {"event_mentions", "sentences", "entities", "quotes", "counts", "dates", "tone"}) {
    status = db.execute(fmt::format("DELETE FROM {} WHERE document_id = ?", table), {id});
    if (!status.is_ok()) return status;
  }
  status = db.execute("DELETE FROM documents WHERE id = ?", {id});
  if (!status.is_ok()) return status;
  if (!store::is_null(*story)) return refresh_story(store::as_text(*story));
  return Status::ok();
}

Status Store::write_in_transaction(const Document& document) {
  store::SqlConnection& db = *connection_;
  const bool sqlite = db.dialect() == Dialect::kSqlite;
  const std::string story_id = document.story_id.empty() ? document.id : document.story_id;
  const SqlParam id = std::string_view(document.id);

  auto next_key = db.scalar("SELECT COALESCE(MAX(doc_key), 0) + 1 FROM documents");
  if (!next_key.is_ok()) return next_key.status();
  const int64_t doc_key = as_integer(*next_key);
  const std::string published = document.published.to_string();
  const std::string categories = json_text(document.categories);
  const std::string tags = json_text(document.tags);
  const std::string authors = json_text(document.authors);
  const std::string metadata = json_text(document.metadata);
  json diagnostics_list = json::array();
  for (const Diagnostic& diagnostic : document.diagnostics)
    diagnostics_list.push_back({{"stage", diagnostic.stage}, {"message", diagnostic.message}});
  const std::string diagnostics = json_text(diagnostics_list);
  const std::string herald_version = HERALD_VERSION;
  Status status = db.execute(
      "INSERT INTO documents (doc_key, id, url, source_name, title, published, language, "
      "story_id, categories, tags, authors, metadata, text, text_length, sentence_count, "
      "event_count, diagnostics, herald_version) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      {integer(doc_key), id, text(document.url), text(document.source_name), text(document.title),
       text(published), text(document.language), text(story_id), text(categories), text(tags),
       text(authors), text(metadata), text(document.text),
       integer(static_cast<int64_t>(document.text.size())),
       integer(static_cast<int64_t>(document.sentences.size())),
       integer(static_cast<int64_t>(document.events.size())), text(diagnostics),
       text(herald_version)});
  if (!status.is_ok()) return status;
  if (sqlite) {
    status = db.execute("INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)",
                        {integer(doc_key), text(document.title), text(document.text)});
    if (!status.is_ok()) return status;
  }

  for (size_t i = 0; i < document.sentences.size(); ++i) {
    const Sentence& sentence = document.sentences[i];
    const std::string date = sentence.date.to_string();
    status = db.execute(
        "INSERT INTO sentences (document_id, sentence_index, begin_offset, end_offset, input_id, "
        "date, discarded, discard_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        {id, integer(i), integer(sentence.span.begin), integer(sentence.span.end),
         text(sentence.id), text(date), integer(sentence.discarded ? 1 : 0),
         text(sentence.discard_reason)});
    if (!status.is_ok()) return status;
  }

  for (size_t i = 0; i < document.mentions.size(); ++i) {
    const Mention& mention = document.mentions[i];
    const std::string entries = json_text(entries_json(mention.entries));
    const std::string kind(mention_kind_name(mention.kind));
    status = db.execute(
        "INSERT INTO entities (document_id, mention_index, kind, begin_offset, end_offset, text, "
        "canonical, actor_code, country, sentence_index, antecedent, latitude, longitude, "
        "entries) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        {id, integer(i), text(kind), integer(mention.span.begin), integer(mention.span.end),
         safe_text(document, mention.span), text(mention.canonical), text(mention.actor_code),
         text(mention.country), integer(mention.sentence), integer(mention.antecedent),
         mention.has_coordinates ? SqlParam(mention.latitude) : SqlParam(),
         mention.has_coordinates ? SqlParam(mention.longitude) : SqlParam(), text(entries)});
    if (!status.is_ok()) return status;
  }

  if (!document.quotes.empty()) {
    auto next_quote = db.scalar("SELECT COALESCE(MAX(quote_key), 0) + 1 FROM quotes");
    if (!next_quote.is_ok()) return next_quote.status();
    int64_t quote_key = as_integer(*next_quote);
    for (size_t i = 0; i < document.quotes.size(); ++i, ++quote_key) {
      const Quote& quote = document.quotes[i];
      const std::string kind(quote_kind_name(quote.kind));
      const std::string_view quoted = safe_text(document, quote.span);
      status = db.execute(
          "INSERT INTO quotes (quote_key, document_id, quote_index, kind, begin_offset, "
          "end_offset, text, speaker, speaker_mention, verb) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          {integer(quote_key), id, integer(i), text(kind), integer(quote.span.begin),
           integer(quote.span.end), quoted, text(quote.speaker), integer(quote.speaker_mention),
           safe_text(document, quote.verb)});
      if (!status.is_ok()) return status;
      if (sqlite) {
        status = db.execute("INSERT INTO quotes_fts (rowid, text) VALUES (?, ?)",
                            {integer(quote_key), quoted});
        if (!status.is_ok()) return status;
      }
    }
  }

  for (size_t i = 0; i < document.counts.size(); ++i) {
    const Count& count = document.counts[i];
    const std::string date = count.date.to_string();
    status = db.execute(
        "INSERT INTO counts (document_id, count_index, begin_offset, end_offset, text, number, "
        "object, unit, qualifier, date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        {id, integer(i), integer(count.span.begin), integer(count.span.end),
         safe_text(document, count.span), count.number, text(count.object), text(count.unit),
         text(count.qualifier), text(date)});
    if (!status.is_ok()) return status;
  }

  for (size_t i = 0; i < document.dates.size(); ++i) {
    const DateRef& date = document.dates[i];
    const std::string resolved = date.resolved.to_string();
    status = db.execute(
        "INSERT INTO dates (document_id, date_index, begin_offset, end_offset, text, resolved, "
        "note) VALUES (?, ?, ?, ?, ?, ?, ?)",
        {id, integer(i), integer(date.span.begin), integer(date.span.end),
         safe_text(document, date.span), text(resolved), text(date.note)});
    if (!status.is_ok()) return status;
  }

  // Tone: the document's (sentence_index -1) when the tone stage ran, and each sentence's.
  const auto write_tone = [&](int64_t sentence_index, const Tone& tone) {
    return db.execute(
        "INSERT INTO tone (document_id, sentence_index, positive, negative, polarity, score, "
        "word_count) VALUES (?, ?, ?, ?, ?, ?, ?)",
        {id, integer(sentence_index), tone.positive, tone.negative, tone.polarity, tone.score,
         integer(tone.word_count)});
  };
  if (document.tone.word_count > 0) {
    status = write_tone(-1, document.tone);
    if (!status.is_ok()) return status;
  }
  for (size_t i = 0; i < document.sentence_tones.size(); ++i) {
    status = write_tone(static_cast<int64_t>(i), document.sentence_tones[i]);
    if (!status.is_ok()) return status;
  }

  status = db.execute(
      "INSERT INTO stories (story_id, first_document_id, title, first_published, "
      "document_count, source_count) VALUES (?, ?, ?, ?, 0, 0) ON CONFLICT (story_id) DO NOTHING",
      {text(story_id), id, text(document.title), text(published)});
  if (!status.is_ok()) return status;
  status = refresh_story(story_id);
  if (!status.is_ok()) return status;

  // Events: find or create the aggregate row of each, then record the mention.
  std::vector<int64_t> touched;
  if (!document.events.empty()) {
    auto max_event = db.scalar("SELECT COALESCE(MAX(event_id), 0) FROM events");
    if (!max_event.is_ok()) return max_event.status();
    int64_t last_event_id = as_integer(*max_event);
    for (size_t i = 0; i < document.events.size(); ++i) {
      const Event& event = document.events[i];
      const EventCoding coding = complete_coding(event);
      const CivilDate date =
          event.date.known() ? event.date : document.date_of_sentence(event.sentence);
      const std::string event_date = date.to_string();
      const SqlParam key[] = {text(story_id), text(event.source), text(event.target),
                              text(coding.code), text(event_date)};
      auto existing = db.scalar(
          "SELECT event_id FROM events WHERE story_id = ? AND source = ? AND target = ? AND "
          "code = ? AND event_date = ?",
          {key[0], key[1], key[2], key[3], key[4]});
      if (!existing.is_ok()) return existing.status();
      int64_t event_id = 0;
      if (!store::is_null(*existing)) {
        event_id = as_integer(*existing);
      } else {
        event_id = ++last_event_id;
        const auto mention_at = [&](int32_t index) -> const Mention* {
          return index >= 0 && static_cast<size_t>(index) < document.mentions.size()
                     ? &document.mentions[index]
                     : nullptr;
        };
        const Mention* source = mention_at(event.source_mention);
        const Mention* target = mention_at(event.target_mention);
        const Mention* location = mention_at(event.location_mention);
        const auto name_of = [&](const Mention* mention) -> std::string {
          if (!mention) return {};
          if (!mention->canonical.empty()) return mention->canonical;
          return std::string(safe_text(document, mention->span));
        };
        const std::string source_name = name_of(source);
        const std::string target_name = name_of(target);
        const std::string location_name = name_of(location);
        const std::string location_country = location ? location->country : "";
        const bool has_coordinates = location && location->has_coordinates;
        const std::string issues = json_text(event.issues);
        status = db.execute(
            "INSERT INTO events (event_id, story_id, event_date, source, target, code, base_code, "
            "root_code, quad_class, goldstein, plover_type, plover_mode, plover_context, "
            "source_name, target_name, location_name, location_country, latitude, longitude, "
            "issues, is_root_event, num_mentions, num_sources, num_articles, avg_tone, "
            "first_document_id, first_sentence_index) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, 0, ?, ?)",
            {integer(event_id),
             key[0],
             key[4],
             key[1],
             key[2],
             key[3],
             text(coding.base_code),
             text(coding.root_code),
             integer(coding.quad_class),
             coding.has_goldstein ? SqlParam(coding.goldstein) : SqlParam(),
             text(coding.plover_type),
             text(coding.plover_mode),
             text(coding.plover_context),
             text(source_name),
             text(target_name),
             text(location_name),
             text(location_country),
             has_coordinates ? SqlParam(location->latitude) : SqlParam(),
             has_coordinates ? SqlParam(location->longitude) : SqlParam(),
             text(issues),
             id,
             integer(event.sentence)});
        if (!status.is_ok()) return status;
      }
      const Evidence& evidence = event.evidence;
      const std::string evidence_json = json_text({{"sentence_id", evidence.sentence_id},
                                                   {"pattern", evidence.pattern},
                                                   {"entries", entries_json(evidence.entries)},
                                                   {"note", evidence.note}});
      Span sentence_span;
      if (event.sentence >= 0 && static_cast<size_t>(event.sentence) < document.sentences.size())
        sentence_span = document.sentences[event.sentence].span;
      status = db.execute(
          "INSERT INTO event_mentions (document_id, event_index, event_id, sentence_index, "
          "sentence_begin, sentence_end, source_begin, source_end, verb_begin, verb_end, "
          "target_begin, target_end, source_mention, target_mention, pattern, evidence) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          {id, integer(i), integer(event_id), integer(event.sentence),
           integer(span_begin(sentence_span)), integer(span_end(sentence_span)),
           integer(span_begin(evidence.source)), integer(span_end(evidence.source)),
           integer(span_begin(evidence.verb)), integer(span_end(evidence.verb)),
           integer(span_begin(evidence.target)), integer(span_end(evidence.target)),
           integer(event.source_mention), integer(event.target_mention), text(evidence.pattern),
           text(evidence_json)});
      if (!status.is_ok()) return status;
      touched.push_back(event_id);
    }
  }
  return refresh_events(touched);
}

Status Store::refresh_story(const std::string& story_id) {
  const SqlParam story = std::string_view(story_id);
  return connection_->execute(
      "UPDATE stories SET "
      "document_count = (SELECT COUNT(*) FROM documents d WHERE d.story_id = ?), "
      "source_count = (SELECT COUNT(DISTINCT d.source_name) FROM documents d "
      "WHERE d.story_id = ?) WHERE story_id = ?",
      {story, story, story});
}

Status Store::refresh_events(const std::vector<int64_t>& event_ids) {
  std::vector<int64_t> unique = event_ids;
  std::sort(unique.begin(), unique.end());
  unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
  for (int64_t event_id : unique) {
    const SqlParam id = event_id;
    // GDELT's definitions: NumMentions counts every mention (several in one article count
    // several times), NumArticles the distinct documents, NumSources the distinct news
    // sources, AvgTone the mean tone of the documents that mention the event. IsRootEvent
    // is set when any mention is in a lead sentence.
    Status status = connection_->execute(
        "UPDATE events SET "
        "num_mentions = (SELECT COUNT(*) FROM event_mentions m WHERE m.event_id = ?), "
        "num_articles = (SELECT COUNT(DISTINCT m.document_id) FROM event_mentions m "
        "WHERE m.event_id = ?), "
        "num_sources = (SELECT COUNT(DISTINCT d.source_name) FROM event_mentions m "
        "JOIN documents d ON d.id = m.document_id WHERE m.event_id = ?), "
        "avg_tone = COALESCE((SELECT AVG(t.score) FROM tone t WHERE t.sentence_index = -1 AND "
        "t.document_id IN (SELECT m.document_id FROM event_mentions m WHERE m.event_id = ?)), 0), "
        "is_root_event = COALESCE((SELECT MAX(CASE WHEN m.sentence_index = 0 THEN 1 ELSE 0 END) "
        "FROM event_mentions m WHERE m.event_id = ?), 0) "
        "WHERE event_id = ?",
        {id, id, id, id, id, id});
    if (!status.is_ok()) return status;
  }
  return Status::ok();
}

}  // namespace herald

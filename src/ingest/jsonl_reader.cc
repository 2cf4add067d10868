#include "ingest/jsonl_reader.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <filesystem>

#include "ingest/document_builder.h"
#include "ingest/encoding.h"
#include "ingest/json_scanner.h"
#include "text/utf8.h"

namespace herald {
namespace {

// Rank of `key` among `names` (lower is preferred), or -1.
int rank_of(std::string_view key, const std::vector<std::string>& names) {
  // Size and first byte first: most names differ there, and a memcmp call costs more.
  for (size_t i = 0; i < names.size(); ++i) {
    const std::string& name = names[i];
    if (name.size() == key.size() && (key.empty() || name[0] == key[0]) && name == key)
      return static_cast<int>(i);
  }
  return -1;
}

// The best-ranked value seen so far for one role. A value that needed no JSON decoding is kept
// as a view of the line (no copy); a decoded one is copied, as its buffer is reused.
struct Picked {
  int rank = 1 << 30;
  std::string_view value;
  std::string owned;
  void offer(int candidate_rank, const JsonMember& member) {
    offer(candidate_rank, member.text_buffer == nullptr, member.text);
  }
  void offer(int candidate_rank, bool stable, std::string_view text) {
    if (candidate_rank < 0 || candidate_rank >= rank) return;
    rank = candidate_rank;
    if (stable) {
      value = text;
    } else {
      owned.assign(text);
      value = owned;
    }
  }
};

void add_strings(const JsonMember& member, std::vector<std::string>& into) {
  if (member.kind == JsonKind::kString) {
    if (!member.text.empty()) into.emplace_back(member.text);
  } else if (member.kind == JsonKind::kArray) {
    (void)scan_json_string_array(member.raw, [&](std::string_view item) {
      if (!item.empty()) into.emplace_back(item);
    });
  }
}

struct LineCount {
  size_t newlines = 0;
  bool has_nul = false;
};

// Newlines and NUL bytes in one pass, 16 bytes at a time (the compiler's portable vector
// extension): a file is refused for a NUL before any line is read.
LineCount count_lines(std::string_view bytes) {
  typedef unsigned char Bytes16 __attribute__((vector_size(16)));
  LineCount count;
  size_t position = 0;
  Bytes16 nul_seen{};
  while (position + 16 <= bytes.size()) {
    // Per-lane newline counts in bytes, added up before any lane can pass 255.
    Bytes16 lanes{};
    for (int block = 0; block < 255 && position + 16 <= bytes.size(); ++block, position += 16) {
      Bytes16 bytes16;
      std::memcpy(&bytes16, bytes.data() + position, 16);
      lanes += static_cast<Bytes16>(bytes16 == static_cast<unsigned char>('\n')) & 1;
      nul_seen |= static_cast<Bytes16>(bytes16 == static_cast<unsigned char>(0));
    }
    for (int lane = 0; lane < 16; ++lane) count.newlines += lanes[lane];
  }
  for (int lane = 0; lane < 16; ++lane) count.has_nul |= nul_seen[lane] != 0;
  for (; position < bytes.size(); ++position) {
    count.newlines += bytes[position] == '\n';
    count.has_nul |= bytes[position] == '\0';
  }
  return count;
}

}  // namespace

int JsonLinesReader::sniff(std::string_view path, std::string_view head) const {
  const std::string extension = std::filesystem::path(path).extension().string();
  size_t start = 0;
  while (start < head.size() && std::strchr(" \t\r\n", head[start])) ++start;
  const bool object = start < head.size() && head[start] == '{';
  if (extension == ".jsonl" || extension == ".ndjson") return object || head.empty() ? 90 : 50;
  if (extension == ".json" && object) return 70;
  if (object && head.find("\":") != std::string_view::npos) return 40;
  return 0;
}

Status parse_json_article(std::string_view line, const JsonFieldNames& fields, Document& document) {
  Picked title, date, url, id;
  int text_rank = 1 << 30;
  bool has_text_member = false;
  Status status = scan_json_object(line, [&](const JsonMember& member) {
    if (member.kind == JsonKind::kString) {
      const int member_text_rank = rank_of(member.key, fields.text);
      if (member_text_rank >= 0) {
        has_text_member = true;
        if (member_text_rank < text_rank) {
          text_rank = member_text_rank;
          // The body is the longest value: take the decoded buffer instead of copying it.
          if (member.text_buffer != nullptr) {
            document.text = std::move(*member.text_buffer);
            member.text_buffer->clear();
          } else {
            document.text.assign(member.text);
          }
        }
        return;
      }
      const int title_rank = rank_of(member.key, fields.title);
      const int date_rank = rank_of(member.key, fields.date);
      const int url_rank = rank_of(member.key, fields.url);
      const int id_rank = rank_of(member.key, fields.id);
      title.offer(title_rank, member);
      date.offer(date_rank, member);
      url.offer(url_rank, member);
      id.offer(id_rank, member);
      if (member.key == "source")
        document.source_name.assign(member.text);
      else if (member.key == "author")
        document.authors.emplace_back(member.text);
      else if (member.key == "categories" || member.key == "category")
        add_strings(member, document.categories);
      else if (member.key == "tags")
        add_strings(member, document.tags);
      else if (title_rank < 0 && date_rank < 0 && url_rank < 0 && id_rank < 0)
        document.metadata.insert_or_assign(std::string(member.key), std::string(member.text));
      return;
    }
    if (member.kind == JsonKind::kNumber) {
      id.offer(rank_of(member.key, fields.id), /*stable=*/true, member.raw);
      return;
    }
    if (member.kind == JsonKind::kArray) {
      if (member.key == "categories")
        add_strings(member, document.categories);
      else if (member.key == "tags")
        add_strings(member, document.tags);
      else if (member.key == "authors" || member.key == "author")
        add_strings(member, document.authors);
      return;
    }
    if (member.kind == JsonKind::kObject && member.key == "meta") {
      (void)scan_json_object(member.raw, [&](const JsonMember& meta) {
        if (meta.key == "topics" || meta.key == "category" || meta.key == "categories") {
          add_strings(meta, document.categories);
        } else if (meta.kind == JsonKind::kString) {
          document.metadata.insert_or_assign(std::string(meta.key), std::string(meta.text));
        } else if (meta.kind == JsonKind::kArray) {
          std::string joined;
          (void)scan_json_string_array(meta.raw, [&](std::string_view item) {
            if (!joined.empty()) joined += ", ";
            joined += item;
          });
          if (!joined.empty())
            document.metadata.insert_or_assign(std::string(meta.key), std::move(joined));
        }
      });
    }
  });
  if (!status.is_ok()) return status;
  if (!has_text_member)
    return Status::data_error(
        fmt::format("no text member (looked for {})", fmt::join(fields.text, ", ")));
  document.title.assign(title.value);
  document.url.assign(url.value);
  document.id.assign(id.value);
  if (!date.value.empty()) {
    if (auto parsed = CivilDate::parse(date.value))
      document.published = *parsed;
    else
      document.metadata["date_unparsed"] = std::string(date.value);
  }
  return Status::ok();
}

Status JsonLinesReader::read(std::string_view path, std::string bytes, const ReadOptions& options,
                             std::vector<Document>& out, std::vector<ReadError>& errors) const {
  const LineCount lines = count_lines(bytes);
  if (lines.has_nul) return Status::data_error("binary content (NUL bytes) in a JSON Lines file");
  out.reserve(out.size() + lines.newlines + 1);
  size_t start = 0;
  size_t line_number = 0;
  size_t read_count = 0;
  size_t bad_lines = 0;
  const size_t errors_before = errors.size();
  const std::string file_name = options.source_name.empty()
                                    ? std::filesystem::path(path).filename().string()
                                    : options.source_name;
  while (start < bytes.size()) {
    ++line_number;
    const char* newline =
        static_cast<const char*>(std::memchr(bytes.data() + start, '\n', bytes.size() - start));
    const size_t end = newline ? static_cast<size_t>(newline - bytes.data()) : bytes.size();
    std::string_view line(bytes.data() + start, end - start);
    start = end + 1;
    size_t first = 0;
    while (first < line.size() && std::strchr(" \t\r", line[first])) ++first;
    if (first == line.size()) continue;
    // Built in place: a Document is large, and moving one costs more than its line's parse.
    Document& document = out.emplace_back();
    if (Status status = parse_json_article(line, options.json_fields, document); !status.is_ok()) {
      out.pop_back();
      // A pretty-printed JSON document is not JSON Lines: one message, not one per line.
      if (read_count == 0 && bad_lines == 0 &&
          (line.substr(first) == "{" || line.substr(first) == "[" || line.substr(first, 1) == "["))
        return Status::data_error(fmt::format(
            "line {}: not JSON Lines (one JSON object per line); this looks like a single JSON "
            "document spread over several lines",
            line_number));
      ++bad_lines;
      errors.push_back({std::string(path), fmt::format("line {}", line_number), status.message()});
      continue;
    }
    if (find_invalid_utf8(document.text)) {
      document.text = decode_input_text(std::move(document.text), path,
                                        fmt::format("line {}", line_number), errors, &document);
    }
    if (document.source_name.empty()) document.source_name = file_name;
    finish_document(document, path, options);
    document.metadata["line"] = std::to_string(line_number);
    ++read_count;
  }
  if (read_count == 0 && errors.size() == errors_before)
    return Status::data_error("no JSON objects in the file");
  return Status::ok();
}

}  // namespace herald

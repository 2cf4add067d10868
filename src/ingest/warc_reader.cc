#include "ingest/warc_reader.h"

#include <fmt/format.h>

#include <cctype>
#include <charconv>
#include <filesystem>
#include <map>

#include "ingest/decompress.h"
#include "ingest/html_reader.h"

namespace herald {
namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r'))
    text.remove_suffix(1);
  return text;
}

// Parses "Name: value" lines up to the blank line; returns the offset after it, or npos.
size_t parse_headers(std::string_view text, size_t start, std::map<std::string, std::string>& out,
                     std::string* first_line) {
  size_t position = start;
  bool first = true;
  while (position < text.size()) {
    size_t end = text.find('\n', position);
    if (end == std::string_view::npos) return std::string_view::npos;
    std::string_view line = trim(text.substr(position, end - position));
    position = end + 1;
    if (line.empty()) return position;
    if (first && first_line) {
      *first_line = std::string(line);
      first = false;
      continue;
    }
    first = false;
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    out[lower(trim(line.substr(0, colon)))] = std::string(trim(line.substr(colon + 1)));
  }
  return std::string_view::npos;
}

// Undoes HTTP chunked transfer coding; false when the chunks are malformed.
bool dechunk(std::string_view body, std::string& out) {
  size_t position = 0;
  while (position < body.size()) {
    const size_t line_end = body.find('\n', position);
    if (line_end == std::string_view::npos) return false;
    std::string_view size_text = trim(body.substr(position, line_end - position));
    if (const size_t semicolon = size_text.find(';'); semicolon != std::string_view::npos)
      size_text = size_text.substr(0, semicolon);
    size_t size = 0;
    auto [end, error] = std::from_chars(size_text.data(), size_text.data() + size_text.size(),
                                        size, 16);
    if (error != std::errc() || end != size_text.data() + size_text.size()) return false;
    position = line_end + 1;
    if (size == 0) return true;
    if (size > body.size() - position) return false;
    out.append(body.substr(position, size));
    position += size;
    while (position < body.size() && (body[position] == '\r' || body[position] == '\n')) ++position;
  }
  return true;
}

size_t next_record(std::string_view bytes, size_t from) {
  size_t at = from;
  while (true) {
    at = bytes.find("WARC/1.", at);
    if (at == std::string_view::npos) return at;
    if (at == 0 || bytes[at - 1] == '\n') return at;
    ++at;
  }
}

}  // namespace

int WarcReader::sniff(std::string_view path, std::string_view head) const {
  if (head.substr(0, 7) == "WARC/1.") return 95;
  const std::string extension = std::filesystem::path(path).extension().string();
  return extension == ".warc" ? 90 : 0;
}

Status WarcReader::read(std::string_view path, std::string bytes_in, const ReadOptions& options,
                        std::vector<Document>& out, std::vector<ReadError>& errors) const {
  const std::string_view bytes = bytes_in;
  size_t position = next_record(bytes, 0);
  if (position == std::string_view::npos) return Status::data_error("no WARC records found");
  size_t record = 0;
  const auto report = [&](size_t at, std::string message) {
    errors.push_back({std::string(path), fmt::format("record {} (byte {})", record, at),
                      std::move(message)});
  };
  while (position != std::string_view::npos && position < bytes.size()) {
    ++record;
    const size_t record_start = position;
    std::map<std::string, std::string> headers;
    const size_t block_start = parse_headers(bytes, position, headers, nullptr);
    if (block_start == std::string_view::npos) {
      report(record_start, "WARC header not terminated by a blank line");
      break;
    }
    size_t length = 0;
    const std::string& length_text = headers["content-length"];
    auto [end, error] =
        std::from_chars(length_text.data(), length_text.data() + length_text.size(), length);
    if (length_text.empty() || error != std::errc() ||
        end != length_text.data() + length_text.size() || length > bytes.size() - block_start) {
      report(record_start, fmt::format("bad Content-Length '{}' ({} bytes remain); skipped to "
                                       "the next record",
                                       length_text, bytes.size() - block_start));
      position = next_record(bytes, block_start);
      continue;
    }
    const std::string_view block = bytes.substr(block_start, length);
    size_t after = block_start + length;
    // The record must end with a blank line (CRLF CRLF); otherwise the length was wrong.
    size_t skipped_newlines = 0;
    while (after < bytes.size() && (bytes[after] == '\r' || bytes[after] == '\n') &&
           skipped_newlines < 4) {
      ++after;
      ++skipped_newlines;
    }
    const bool well_ended = after >= bytes.size() || bytes.substr(after, 7) == "WARC/1.";
    if (!well_ended) {
      report(record_start, fmt::format("Content-Length {} does not end at a record boundary; "
                                       "skipped to the next record",
                                       length));
      position = next_record(bytes, block_start);
      continue;
    }
    position = after >= bytes.size() ? std::string_view::npos : after;

    const std::string type = lower(headers["warc-type"]);
    const std::string content_type = lower(headers["content-type"]);
    std::string_view payload = block;
    std::string decoded;
    if (type == "response" && content_type.find("application/http") != std::string::npos) {
      std::map<std::string, std::string> http;
      std::string status_line;
      const size_t body_start = parse_headers(block, 0, http, &status_line);
      if (body_start == std::string_view::npos) {
        report(record_start, "HTTP headers not terminated");
        continue;
      }
      if (status_line.find(" 200") == std::string::npos) continue;  // redirects, errors
      if (lower(http["content-type"]).find("html") == std::string::npos) continue;
      payload = block.substr(body_start);
      if (lower(http["transfer-encoding"]).find("chunked") != std::string::npos) {
        if (!dechunk(payload, decoded)) {
          report(record_start, "malformed chunked transfer coding");
          continue;
        }
        payload = decoded;
      }
      const Compression compression = detect_compression(payload);
      if (compression != Compression::kNone) {
        Decompressed plain = decompress(payload, compression, options.max_file_bytes);
        if (!plain.error.empty()) report(record_start, "HTTP body: " + plain.error);
        decoded = std::move(plain.bytes);
        payload = decoded;
      }
    } else if (type == "resource" && content_type.find("html") != std::string::npos) {
      // the block is the page itself
    } else {
      continue;  // request, metadata, warcinfo, non-HTML responses
    }
    Document document;
    std::string target = headers["warc-target-uri"];
    if (target.size() >= 2 && target.front() == '<' && target.back() == '>')
      target = target.substr(1, target.size() - 2);
    ReadOptions record_options = options;  // the page's own canonical URL wins over the target
    if (!target.empty()) record_options.url = target;
    const std::string where = fmt::format("record {} (byte {})", record, record_start);
    Status status = read_html_page(path, where, payload, record_options, document, errors);
    if (!status.is_ok()) {
      report(record_start, status.message());
      continue;
    }
    if (!headers["warc-date"].empty()) document.metadata["crawl_date"] = headers["warc-date"];
    if (!headers["warc-record-id"].empty())
      document.metadata["warc_record_id"] = headers["warc-record-id"];
    out.push_back(std::move(document));
  }
  return Status::ok();
}

}  // namespace herald

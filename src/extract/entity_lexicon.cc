#include "extract/entity_lexicon.h"

#include <fmt/format.h>

#include <fstream>
#include <sstream>
#include <vector>

#include "extract/data_lines.h"
#include "text/normalize.h"

namespace herald::extract {
namespace {

size_t word_count(const std::string& key) {
  size_t words = 1;
  for (char c : key) words += c == ' ';
  return words;
}

}  // namespace

Status EntityLexicon::add_rows(std::string_view tsv, std::string_view origin) {
  DataLines lines(tsv);
  std::string_view line;
  while (lines.next(line)) {
    const size_t line_number = lines.line_number();
    const std::vector<std::string_view> fields = split_tabs(line);
    auto bad = [&](std::string_view why) {
      return Status::data_error(fmt::format("{}:{}: {}", origin, line_number, why));
    };
    if (fields.size() < 2 || fields[1].empty()) return bad("expected category and phrase");
    const std::string key = normalize_for_matching(fields[1]);
    const std::string_view category = fields[0];
    if (category == "title") {
      lists_[kTitle].emplace(key, 1);
      max_title_words_ = std::max(max_title_words_, word_count(key));
    } else if (category == "org_suffix") {
      lists_[kOrgSuffix].emplace(key, 1);
    } else if (category == "org_head") {
      lists_[kOrgHead].emplace(key, 1);
    } else if (category == "place_suffix") {
      lists_[kPlaceSuffix].emplace(key, 1);
    } else if (category == "place_prefix") {
      lists_[kPlacePrefix].emplace(key, 1);
    } else if (category == "stop") {
      lists_[kStop].emplace(key, 1);
    } else if (category == "non_entity_suffix") {
      lists_[kNonEntitySuffix].emplace(key, 1);
    } else if (category == "descriptor") {
      lists_[kDescriptor].emplace(key, 1);
    } else if (category == "speech") {
      lists_[kSpeechVerb].emplace(key, 1);
    } else if (category == "organization") {
      if (fields.size() < 4) return bad("organization needs country and canonical name");
      KnownOrganization organization;
      if (fields[2] != "-") {
        if (fields[2].size() != 3) return bad("country must be ISO3 or -");
        organization.country = std::string(fields[2]);
      }
      organization.canonical = std::string(fields[3]);
      organization.acronym =
          fields[1].find_first_of("abcdefghijklmnopqrstuvwxyz ") == std::string_view::npos;
      // The exact spelling wins over a folded duplicate ("WHO" the body vs "who"): the first
      // row of a key stays.
      if (!organizations_.contains(key)) organizations_.emplace(key, std::move(organization));
      max_organization_words_ = std::max(max_organization_words_, word_count(key));
    } else {
      return bad(fmt::format("unknown category '{}'", category));
    }
  }
  return Status::ok();
}

Result<EntityLexicon> EntityLexicon::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::not_found(fmt::format("entity lexicon: cannot open {}", path));
  std::stringstream buffer;
  buffer << in.rdbuf();
  EntityLexicon lexicon;
  Status status = lexicon.add_rows(buffer.str(), path);
  if (!status.is_ok()) return status;
  return lexicon;
}

}  // namespace herald::extract

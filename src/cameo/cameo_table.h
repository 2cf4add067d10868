// CameoTable: the CAMEO event-code ontology as data.
//
// Every standard CAMEO 1.1b3 event code (roots 01..20 and their three- and four-digit
// children) with its name, Goldstein value, QuadClass and PLOVER event type, mode and context,
// read from herald's data/cameo/cameo-codes.tsv (see the file's header for columns and
// provenance). The coding stage uses it to fill Event::goldstein, quad_class and plover_*;
// the store and exports use it for names.
//
// Codes outside the table (a dictionary's own test codes such as "901") are not an error:
// lookup() returns nullptr and callers leave the fields empty.
//
// Ownership: a CameoTable owns its entries; pointers from lookup() live as long as the table.
// Thread-safety: immutable after load; any number of threads may call lookup() at once.
// Failure: load()/parse() return a data error naming the file and line of the first bad row.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "herald/status.h"

namespace herald::cameo {

struct CameoCode {
  std::string code;            // "057"
  std::string name;            // "Sign formal agreement"
  double goldstein = 0.0;      // -10.0 .. +10.0
  int quad_class = 0;          // 1..4
  std::string plover_type;     // "SUPPORT"; "" when PLOVER does not code it
  std::string plover_mode;     // "" when none
  std::string plover_context;  // "diplomatic"; several separated by ';'; "" when none
};

class CameoTable {
 public:
  // Parses the TSV text of a table; `file_name` is used in error messages.
  static Result<CameoTable> parse(std::string_view text, std::string_view file_name);
  static Result<CameoTable> load(const std::string& path);
  // data_dir/cameo/cameo-codes.tsv; data_dir "" means default_data_dir().
  static Result<CameoTable> load_standard(const std::string& data_dir = "");
  // The standard table of default_data_dir(), loaded once on first use. nullptr (and the
  // reason in *error, when given) if the data file is missing or malformed.
  static const CameoTable* standard(Status* error = nullptr);

  // The entry for an event code ("057", "0211", "19"), or nullptr when the code is not in
  // the table. Surrounding whitespace is ignored.
  const CameoCode* lookup(std::string_view code) const;
  // The root code: the first two digits of a CAMEO code ("057" -> "05"); "" for a code that
  // does not start with two digits.
  static std::string_view root(std::string_view code);
  // QuadClass of a root code by CAMEO's definition (01-05:1, 06-09:2, 10-14:3, 15-20:4);
  // 0 for anything else.
  static int quad_class_of_root(std::string_view root_code);

  size_t size() const { return codes_.size(); }
  const std::vector<CameoCode>& codes() const { return codes_; }

 private:
  std::vector<CameoCode> codes_;
  std::unordered_map<std::string, size_t> index_;
};

}  // namespace herald::cameo

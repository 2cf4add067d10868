// The store's schema and its migrations, per engine.
//
// Schema changes are appended as numbered migrations, never edited in place: a store written
// by an older herald is brought up to date step by step when opened; a store written by a
// newer herald is refused with a message saying so. docs/schema.md describes the result.
#pragma once

#include <string>
#include <vector>

#include "store/sql_connection.h"

namespace herald::store {

struct Migration {
  int version;  // the schema version after this step
  std::string description;
  std::string sql;  // statements separated by ';'
};

// The migrations of one engine, in order. The last one's version is the current schema.
const std::vector<Migration>& migrations(Dialect dialect);
int current_schema_version();

}  // namespace herald::store

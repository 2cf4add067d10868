// A readable account of one Document for a person at a terminal: the events with their
// evidence, then people, places, quotes, figures and dates.
#pragma once

#include <ostream>

#include "herald/document.h"

namespace herald::cli {

void print_summary(const Document& document, std::ostream& out);

}  // namespace herald::cli

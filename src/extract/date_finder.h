// DateFinder: calendar expressions resolved against the publication date.
//
// Finds datelines ("June 2"), full and partial dates ("9 January", "March 26, 1987",
// "April 2020"), month names ("in March", "June"), weekdays ("Monday", "Friday evening"),
// today/yesterday/tomorrow/tonight/this morning/last night, month, week and year expressions
// ("last month", "this week" -> ISO week, "last year", "in 1984", "since 2003"). A month or
// weekday is placed in the past for reported events and in the future when the sentence
// speaks of the future ("will", "next", "due to"). "in" and "since" belong to the span, "on"
// does not (docs/extract.md, devset GUIDE §6). A Reuters-style dateline that is a day after
// the publication stamp becomes the reference for relative expressions (GUIDE §8).
//
// Also sets Sentence::date when a sentence's only day-precise date differs from publication.
// Thread-safety: pure functions of their arguments.
#pragma once

#include <vector>

#include "extract/scanned_document.h"
#include "herald/document.h"

namespace herald::extract {

// Appends DateRefs to document.dates. DateRef.note is "iso-week YYYY-Www" for week
// expressions (CivilDate cannot hold a week; resolved is then the week's Monday).
void find_dates(Document& document, const ScannedDocument& scanned);

// "2021-W23" for the ISO week containing `day`. REQUIRES: day.has_day().
std::string iso_week(const CivilDate& day);

// The DateRef's resolution as the devset writes it: "YYYY", "YYYY-MM", "YYYY-MM-DD" or an
// ISO week "YYYY-Www".
std::string date_ref_text(const DateRef& date);

}  // namespace herald::extract

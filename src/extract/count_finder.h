// CountFinder: counts of discrete things and amounts, in digits or words.
//
// "nearly 19,000 unaccompanied children" -> number 19000, object "unaccompanied children",
// qualifier "nearly"; "some thirty candidates"; "a hundred detainees"; "100-120 UK troops"
// (the lower bound); "four of its six remaining diplomats" (and the inner "six remaining
// diplomats"); "$4 billion" -> unit "USD"; "more than an hour" -> unit "duration". Counts of
// things have an empty unit; amounts (money) and durations carry one, so consumers that want
// only counts (devset GUIDE §5) filter on it. Percentages, measurements, ages, years, clock
// times, ordinals and fractions are not counts. The span holds the number and the counted
// noun, without the qualifier. Count.date is the date expression of the same sentence
// nearest to the figure ("in March" -> 2021-03), when there is one.
//
// Thread-safety: pure function; REQUIRES dates already found (for Count.date and to skip
// the day numbers of dates).
#pragma once

#include "extract/scanned_document.h"
#include "herald/document.h"

namespace herald::extract {

void find_counts(Document& document, const ScannedDocument& scanned);

}  // namespace herald::extract

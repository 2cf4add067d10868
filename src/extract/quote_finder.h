// QuoteFinder: direct, partial and indirect quotations with their speaker and verb.
//
// Direct quotes are delimited by straight or curly double quotation marks, per paragraph: an
// unclosed quote runs to the end of its paragraph, a closing mark without an opening mark runs
// back to the start of its sentence (devset GUIDE §4, §8). Quote.span is the inner text
// without surrounding spaces and without a trailing comma. The speaker is found in the
// quote's own sentence(s) around a speech verb ("Harris told reporters", "according to
// special envoy Ricardo Zúñiga", "said Mr Straw"); a pronoun or role phrase speaker resolves
// through its mention's antecedent; a quote with no attribution of its own takes the speaker
// of the quote just before it, else the nearest attribution in the next sentence. Short quotes
// with no attribution at all are scare quotes and are dropped. Indirect speech is a speech
// verb followed (within three words) by "that": the clause to the end of the sentence.
//
// Thread-safety: const over immutable lexicon; REQUIRES entity mentions already found.
#pragma once

#include "extract/entity_lexicon.h"
#include "extract/gazetteer.h"
#include "extract/scanned_document.h"
#include "herald/document.h"

namespace herald::extract {

void find_quotes(Document& document, const ScannedDocument& scanned, const EntityLexicon& lexicon,
                 const Gazetteer& gazetteer);

}  // namespace herald::extract

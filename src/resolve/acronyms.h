// Acronyms that a text spells out as the name of a body, a place or a
// thing ("USI" beside "the University of Southern Indiana", "F-E" beside
// "Formal Equivalence"): the tagger's PERSON readings of them name no
// person. Internal to src/resolve.
//
// THREAD SAFETY: stateless functions.
#pragma once

#include <string_view>
#include <vector>

#include "tearline/finding.h"

namespace tearline::link_internal {

// An acronym that the text spells out (SpelledOutAcronyms).
struct SpelledOutAcronym {
  std::string_view text;  // a view into the text: "USI"
  // What the spellings out were read as: for each kind and subkind of a
  // finding (not PERSON) that overlaps one of them, a copy of the surest such
  // finding, its span unchanged ("University of Southern Indiana" ORG 0.6,
  // "Southern Indiana" LOC 0.88). Empty when nothing was found in them.
  std::vector<Finding> readings;
};

// The tagger's PERSON readings among findings that are acronyms (2 to 8
// capitals A-Z, single hyphens between them allowed: "USI", "F-E") which
// the text spells out somewhere: a run of words on one line, one space
// apart, whose capitalised words (and capitalised parts of hyphenated words:
// "Passive-Active") give the acronym's letters in order, with "of", "for",
// "the", "and", "on", "in", "de", "du", "des", "del", "la", "le" or "&"
// allowed between them, no all-capitals word among them ("Salam CFS" spells
// out no "SC"), and no capitalised word after the last ("University
// of Southern Indiana" for "USI"; not the "USI" of "University of Southern
// Indiana Press").
//
// Fail closed: a spelling out counts only when at least two words give
// letters, one of them is a word no name lexicon holds (IsNameWord), none is
// a title or a rank (IsTitleWord: "General Ahmed Khan" for "GAK"), and no
// PERSON finding of any detector or confidence overlaps it. Each acronym's
// text is returned once, with the readings of all its spellings out (so that
// the acronym can be hidden wherever a part of the name it stands for is).
std::vector<SpelledOutAcronym> SpelledOutAcronyms(std::string_view text, const std::vector<Finding>& findings);

}  // namespace tearline::link_internal

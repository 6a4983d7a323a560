// Readers of persons' names written as a list: the name-shaped words of a
// name, what may follow one in a list (an age, a '?' of doubt, an aside in
// parentheses), the separators between names, and the adding of the names
// a rule has read as PERSON findings. Shared by the rules that find names by
// what is written around them (labelled_names.cc, persons_by_deed.cc).
// Internal to src/resolve.
//
// THREAD SAFETY: stateless functions.
#pragma once

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

#include "finding_index.h"
#include "tearline/finding.h"

namespace tearline::link_internal {

inline constexpr size_t kMaxNameWords = 4;  // words of one listed name

inline bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// The end of the word of name bytes (word bytes, inner hyphens and
// apostrophes) at text[b], within [b, limit).
size_t NameWordEnd(std::string_view text, size_t b, size_t limit);

// The start of the word of name bytes that ends at text[.., e) (word bytes,
// inner hyphens and apostrophes); e when there is none.
size_t NameWordStart(std::string_view text, size_t e);

// Whether a capitalised word can be a word of a listed person's name: a
// capital letter first (not a dash, a guillemet or "à"), no digit, no generic word, title or unit's word, pronoun or short function
// word ("I'm", "So"), no ordinary English word or known place that is no
// given or family name.
bool ListedNameWord(std::string_view word);

// The end of a person's name at text[b] within [b, limit): after a title
// ("Dr. "), one to kMaxNameWords words joined by single spaces, each a
// ListedNameWord or (after the first) a particle; some letter in small
// letters (not "UNHCR"); two bytes or more. Sets *name_begin past the
// title. b when there is none.
size_t ListedNameEnd(std::string_view text, size_t b, size_t limit, size_t* name_begin);

// The start of the name (one to three ListedNameWords joined by single
// spaces, some small letter, no name word right before it: a list's
// names are not part of a longer name) that ends at text[.., e); e when
// there is none.
size_t NameEndingAt(std::string_view text, size_t e);

// The length of what may follow a name in a list: an age after ", " or a
// space (", 14"), a '?' of doubt, " (?)", an aside in parentheses ("
// (driver)", " (as heard)"), in that order; 0 when none.
size_t NameTailLength(std::string_view text, size_t e, size_t limit);

// The length of a separator between two names of a list at text[p] (English,
// French, Spanish and Portuguese "and" and "or" among them, '/', '+'), or 0.
size_t NameSeparatorLength(std::string_view text, size_t p, size_t limit);

// Whether text[p, limit) ends a list of names: nothing, spaces, a final
// '.', or a comment after a dash (" – at the gate").
bool EndsNameList(std::string_view text, size_t p, size_t limit);

// The end of a list marker at text[b, e) ("- ", "* ", "• ", "3. ", "3) "),
// or b when there is none.
size_t AfterListMarker(std::string_view text, size_t b, size_t e);

// The length of Markdown emphasis that opens a name at text[p]: 2 for "**"
// or "__", 1 for '*' or '_' right before a capital, 0 otherwise.
size_t EmphasisAt(std::string_view text, size_t p, size_t limit);

// Reads text[b, limit) as a list of names (NameSeparatorLength between them,
// each with its NameTailLength, EndsNameList after the last) and appends
// their [begin, end) to *names; false (and *names as it was) when the range
// is not such a list. With `open_tail`, two names or more followed by a
// separator and an item that opens with a small letter ("Lokwang, Lotukei
// and a boy called Lolem", "Chepkoech, Lokwawi and others") are a list too.
bool ReadNameList(std::string_view text, size_t b, size_t limit, bool open_tail,
                  std::vector<std::pair<size_t, size_t>>* names);

// Adds a PERSON finding (`subkind`: a literal, as Finding requires;
// detector "link", min_confidence) for each of `names` that no other
// reading holds (HeldByOtherReading in finding_index.h) and that is no
// known place, and drops the tagger's weaker place readings inside them.
void AddListedPersonFindings(std::string_view text, const std::vector<std::pair<size_t, size_t>>& names,
                             std::string_view subkind, float min_confidence, std::vector<Finding>* findings);

// The same with an index of *findings built already (the findings not
// changed since): a rule that read the findings through one builds no
// second.
void AddListedPersonFindings(std::string_view text, const std::vector<std::pair<size_t, size_t>>& names,
                             std::string_view subkind, float min_confidence, const FindingIndex& index,
                             std::vector<Finding>* findings);

// Whether text[p] opens a clause: after the text's or a line's start (past
// spaces, a list marker or a time of day: "0745  ", "09:05 "), after '.',
// '!', '?', ';', ':', an opening quote, or " and ", " but ", " then " after
// a word in small letters or a comma ("was beaten and Emuria was taken"),
// or after a clause opener that opens one ("Then Emuria came").
bool OpensClause(std::string_view text, size_t p, bool allow_opener = true);

}  // namespace tearline::link_internal

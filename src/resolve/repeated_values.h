// Codes and numbers named again: a phone number or an identity, case or
// file number found in one place (where a label or a format marked it) and
// written again elsewhere without one. Internal to src/resolve
// (LinkMentions calls it; contract in tearline/resolve.h, REPEATED NUMBERS).
//
// THREAD SAFETY: a stateless function.
#pragma once

#include <string_view>
#include <vector>

#include "tearline/finding.h"

namespace tearline::link_internal {

// The value a PHONE or ID finding's bytes stand for, or "" when they stand
// for none worth looking for again: for PHONE, the last eight digits of a
// number of eight digits or more and no letter ("+93 799 123 456", "0799-123-456" and
// "0799123456" are one number; so are "+227 96 44 18 20" and "96441820"); for ID, the ASCII letters (upper-cased) and
// digits of a code of six or more such bytes, four or more of them digits
// ("KBL-4471-99", "kbl 4471 99"), or of five or more with a letter and three
// digits ("H-2307", "D4-017": a register's household or tent).
std::string ValueKey(Kind kind, std::string_view bytes);

// For every PHONE and ID finding with a ValueKey, adds a finding of the same
// kind, subkind and (best) confidence, detector "link", at every other place
// in text where a run of ASCII letters and digits joined by single '-',
// '.', '/' or spaces (a space only before a digit) holds a stretch of whole
// pieces with the same key, not where a finding of that kind already has
// those bytes as surely (a '+' right before a phone's first piece is part of
// it; for an ID, the pieces glued to the stretch by '-', '/' or '.' are:
// "MHM-12-0057" where "12-0057" was found).
void AddRepeatedValues(std::string_view text, std::vector<Finding>* findings);

// For every PERSON finding at or above min_confidence, a number right after
// it that is hers: in parentheses of its own ("Rosa Macuácua (847209913)";
// the '(' may open the next line)
// or after a comma inside the parentheses that open before the name (on its
// line or the one before)
// ("(Anelise Pierre-Louis, 3609 1174)"), the ')' right after; or after a
// colon ("Celui de Pélagie : 72 41 86 03."), the clause's end right after
// (',', ';', ')', a sentence's period, the line's end, a note in
// parentheses: "Amal: 734 662 018 (WhatsApp only)"): eight to thirteen
// digits in groups joined by single spaces, '-' or '.', not two years
// ("(2019-2021)"), two times ("(0600-1400)") nor a date. Adds a PHONE finding
// (subkind BESIDE_NAME, detector "link", 0.7) where no PHONE or ID finding
// holds the number as surely. See NUMBERS BESIDE NAMES in tearline/resolve.h.
void AddNumbersBesideNames(std::string_view text, float min_confidence, std::vector<Finding>* findings);

// For every line holding a PERSON finding at or above min_confidence that is
// a row of a table (three or more cells split by ';', '|', tabs, ',' or runs
// of two or more spaces; see RowDelimiters), each cell that is wholly a
// number of eight to thirteen digits in groups (the shape above, '+' allowed
// first; not years, times nor a date), one to three capitals and six to ten
// digits ("PA0412893"; a country's capitals before it: "SSD R00458271"), or a
// file code of capitals, digits, '-' and '/' with a run of five digits
// ("24-TCD-778341", "TAG-B-12010"), or a register's short code for the
// household, plot or tent, a hyphen before its last three to five digits
// ("LWP-014", "D4-017", "KLB-0421") is that person's, a note in parentheses
// after it allowed ("77 645 12 09 (SN)"), a spreadsheet's leading
// apostrophe skipped ("'47120985533"): ID, subkind IN_NAMED_ROW. In a row aligned by
// spaces, so is a run of nine to thirteen digits between single spaces ("62
// M 14010332691   "). On any line with such a name, a number of eight to
// thirteen digits in three groups or more or in two groups of four, not a
// count in groups of thousands, two years, two times, a date or a year ("his
// brother is in Zugdidi, 599 08 52 11", "M eseye 4102 5533"):
// PHONE, subkind ON_NAMED_LINE. All detector "link", 0.7, where no PHONE or
// ID finding holds the number as surely. A register's columns need no
// heading for this ("fields: no;name;passport;..." in prose).
void AddNumbersInNamedRows(std::string_view text, float min_confidence, std::vector<Finding>* findings);

}  // namespace tearline::link_internal

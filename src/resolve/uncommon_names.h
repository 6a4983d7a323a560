// src/resolve/uncommon_names.h — name words that are no English word, next
// to a found name. Internal to the resolve module.
//
// THREAD SAFETY
//   Pure functions.
#pragma once

#include <string_view>
#include <vector>

#include "tearline/detect.h"

namespace tearline::link_internal {

// Widens each PERSON finding at min_confidence or more (not of the script
// detector) over the capitalised word right before it, one space between on
// the same line ("Mthokozisi" of "brothers. Mthokozisi Dube" when the tagger
// read only "Dube"), when that word is no common English word
// (IsCommonWord), no title, office, generic word or place prefix, and
// written like the finding (a capital then a small letter before a
// capitalised finding; all capitals before one in capitals); not when
// another finding touches the word, nor when it follows a place prefix or
// a word of place ("in", "at", "from", "to", "near"). ASCII words only: a
// word of another script or with accents may be a place or a name alike.
// True for the words that name no one on their own (the office words, other
// institution words, greetings, ...; defined in link.cc).
bool IsGenericNameWord(std::string_view word);

void ExtendOverUncommonNameWords(std::string_view text, float min_confidence, std::vector<Finding>* findings);

// Raises each weak PERSON finding (0.3 <= confidence < min_confidence, not
// of the script detector) that starts with a capital and stands next to a
// PERSON finding at min_confidence or more, only " " or ", " between
// them, or a note in parentheses of up to 24 bytes after the left one and
// then one of those, " and " or " & " ("Kila (approx 10) and Mark Tumbu"), to min_confidence:
// "KOLLIE" of "KOLLIE, Faith" beside "Faith". A name beside a name is part
// of it or another of a list of names. Chains are followed ("A, B, C" with
// only A strong). First, a word of four ASCII capitals or more (one of
// them a vowel: "KONG"; no organisation's abbreviation, common word or town of the
// gazetteer) that opens a line or a list item right before ", " and a PERSON
// finding at min_confidence or more with a lower-case letter becomes a
// PERSON finding (detector "link", min_confidence) when no finding but a
// tagger's weak one (below kWeakPerson) of exactly that word covers it, which
// it replaces: "ABAKAR" of "1. ABAKAR, Ibrahim Haroun".
// Also, one or two capitalised words after such a finding and ", " that end
// a table's cell (two spaces or more and '|', or a tab, after them) become
// a PERSON finding (detector "link", min_confidence): "| Huamán Quispe,
// Rosmery   |", when nothing but a weak reading of the tagger covers them
// and no word is a common English word, generic word, title or town.
void RaiseWeakNamesBesideNames(std::string_view text, float min_confidence, std::vector<Finding>* findings);

// After mentions are propagated: a one-word tagger PERSON reading of 0.1 or
// more but below min_confidence, capitalised, one space before or after a
// PERSON finding resolve added (detector "link", min_confidence or more),
// is raised to min_confidence and joins that finding's entity ("Ruach" of
// "9  Gatwech Ruach ....", where "Gatwech" was found elsewhere and
// propagated), when nothing but a weak tagger reading (below kWeakPerson)
// covers it and it is no common English word, generic word, title or town.
void RaiseWeakWordsBesideMentions(std::string_view text, float min_confidence, std::vector<Finding>* findings);

// Adds a PERSON finding (detector "link", confidence min_confidence) for the
// first word of a line when a PERSON finding at min_confidence or more (not
// of the script detector) ends the line before, a name of running prose cut
// by a hard line break ("brought home by his uncle Tahir\nAmpaso from a
// cousin's house"): the line before holds a lower-case word before the
// name; the word starts the line (after the line's indentation when the
// line before is indented or opens with a list marker: "b) ... Peter
// Lual\n    Gatkuoth (killed"), is a capital and small letters, ASCII or
// Latin ("Ampaso", "Dékoa"), with a second such part after a hyphen
// ("Kongbo-Dékoa"; such a word only before punctuation or " (", not a
// small word: "Psicóloga clínica" under a signature is a role), or a
// lower-case Arabic article, a hyphen and such a word ("al-Sabawi"), of
// three bytes or more, and is followed by ", ", ". ",
// " (", "." at the end of the text or line, or a space and a lower-case word; it
// is no common English word (IsCommonWord), title, generic word or place
// prefix, and no finding of any kind covers it but a weak place reading of
// the tagger (below kWeakPerson).
void AddNamesWrappedAfterNames(std::string_view text, float min_confidence, std::vector<Finding>* findings);

// Adds a PERSON finding (detector "link", confidence min_confidence) for the
// last word of a line when a PERSON finding at min_confidence or more (not
// of the script detector), or a word of four bytes or more of one found
// elsewhere, opens the next line and goes on as prose (", ",
// " (", ". " or a space and a lower-case word after it): the first part of a
// name cut by a hard line break ("4 enfants dont Esther (9 ans) et Moïse\n
// Paluku (6 ans)"). The word is a capital and small letters (ASCII or not),
// of three bytes or more, after a space and a lower-case word, a label's
// colon, a legend's '=' ("Kestrel = Mairo\nBulama") or a lower-case word
// and ", " (an apposition: "The landlord, Ousseynou\nDiagne,"), and ends a
// line of 50 bytes or more (wrapped prose, no heading); no common
// English word, generic word, title, place prefix or town of the gazetteer,
// not after a place prefix ("Fort"), an article or a preposition ("the
// Netherlands\nLotte Wilms"), and no finding covers it but weak
// readings of the tagger (below kWeakPerson) or, when the word is no place
// of the gazetteer (IsKnownPlace), the tagger's reading of exactly it as a
// place or an organisation at any confidence.
void AddNamesWrappedBeforeNames(std::string_view text, float min_confidence, std::vector<Finding>* findings);

// Adds a PERSON finding (detector "link", min_confidence) for another form of
// a name in parentheses right after a PERSON finding at min_confidence or
// more (not of the script detector): two or three capitalised words whose
// last is the name's last word in any case ("D. SLEMAN (Dilshad Sleman)"),
// or one capitalised word between the name and another such finding or a
// capitalised word that ends the name ("Xatûn (Khatoon) Shamo, calls": both
// are added), or one word that opens with the first four letters of a word
// of the name and is not that word ("Vitalii Kovalenko (Vitalik)"), or one
// word of four letters or more a name lexicon holds that is no group, place
// or title word ("Mykola Hrytsenko (Nikolai)"); no common English word, generic word or town; or the name's initials in
// capitals, one for each of its two to four capitalised words, before ','
// or a space ("Amra Hodžić (AH, team lead)"); or one capitalised word and a
// note of age or of where it is so written, no common, generic or title
// word, group or place ("Hamda Qasim (Sou'ad, 71)", "Nour Haddad (Newal on
// PMM paper)", "(Qudaih en la tarjeta UNRWA)"); or another spelling of the
// whole name, two to five words whose first capitalised one has the
// transliteration skeleton of the name's first word ("Hadi Mohammed BAKHDAR
// (Hādī Muḥammad Bā Khaḍar)"); or the short name the parenthesis defines
// ("María Isabel Castro Rugama (en adelante MICR)", '(hereinafter "Rahim")');
// or other spellings of one of the name's words, one capitalised word or
// up to four joined by " / ", each of four letters or more whose
// transliteration skeleton is one edit at most from that word's ("Xidir
// (Khidher / Khdhir)": "xdr", "kdr").
void AddParenthesisedNameForms(std::string_view text, float min_confidence, std::vector<Finding>* findings);

// Adds a PERSON finding (detector "link", min_confidence) for one capitalised
// word in double quotes (ASCII or curly) that spells a name found nearby
// another way: within 400 bytes of a PERSON finding at min_confidence or
// more (not of the script detector) one of whose words opens with the same
// three letters, in any case, and is at most two letters longer or shorter
// ("written \"Lesia\" in the list" beside "Lesya"; "also \"Yuriy\" in his
// passport, \"Yura\" to everyone" beside "Yurii Tkachuk"), or anywhere in
// the text when the first six letters agree ("Tharmalingham" of
// "Tharmalingam" a page before); not the word
// itself, no common English word, generic word, title or town, no word a
// LOC finding reads elsewhere, and no
// finding covers it but a weak reading of the tagger (below kWeakPerson).
void AddQuotedSpellingsOfNames(std::string_view text, float min_confidence, std::vector<Finding>* findings);

}  // namespace tearline::link_internal

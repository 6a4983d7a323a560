// Names in messages typed without capitals ("chf lochoro lokwang says abt
// 900 cattle taken"), where no capital marks a name and the tagger reads
// none. Internal to src/resolve (LinkMentions calls it; contract in
// tearline/resolve.h, LOWER-CASE MESSAGES).
//
// THREAD SAFETY: a stateless function.
#pragma once

#include <string_view>
#include <vector>

#include "tearline/finding.h"

namespace tearline::link_internal {

// Whether `word` (ASCII small letters, or any bytes of non-ASCII letters) may
// be a name in a line typed without capitals: three letters or more, a
// vowel or a letter beyond ASCII, no
// common English word, town of the gazetteer, group word ("toposa"), title
// or shorthand of text messages ("abt", "tmrw").
bool IsLowerCaseNameWord(std::string_view word);

// In a text that holds three lines or more of 30 bytes or more typed
// without a capital before a small letter (acronyms in capitals allowed),
// two in five of its lines of 30 bytes or more,
// adds PERSON findings (detector "link",
// min_confidence) on such lines for the words that their context makes
// names: one to three name words (IsLowerCaseNameWord; the first may be a
// common word when a name word follows: "fr. john lodiong") after a title
// or a word of kin ("chf", "sr", "fr.", "his son", "w/o", "real name",
// "called"; also after " = " or ": ": "wife = kolompar erika"), the sender of a message ("[12/02 11:02] loumo" alone on its
// line, "+211 921 440 187 (loumo, kasingor)", "achiro here", a sign-off
// "-loumo" ending a line), the name before "(w/o" or another word of kin
// or of a role ("doris (esposa del apu)"), before a note of sex
// and age, of an age or of a phone in parentheses ("lhingneilam kipgen (f,
// 17)", "ibemhal (+91 70050 48816)"), the name after "w/" ("call w/
// nengneihat"), a label of an incident's people ("dead: lokol apua"), a name word in parentheses after a found
// name of one word ("boy lotiang (kauto)"), and the words after " = " of a
// legend whose
// left side is such a name ("loumo = paul loumo lokure"); then every other
// whole-word occurrence of a found word on such lines.
void AddLowerCaseNames(std::string_view text, float min_confidence, std::vector<Finding>* findings);

// Anywhere in text, adds a PERSON finding (detector "link", the larger of
// min_confidence and 0.6) for a word in small letters that a name lexicon
// holds and that is no ordinary word (IsLowerCaseNameWord) before a word of
// respect written in small letters after a name ("sher agha", "gul jan",
// "zahir sahib", "bhat sahab", "lone bhai"): the word, without the
// honorific.
void AddNamesBeforeLowerCaseHonorifics(std::string_view text, float min_confidence, std::vector<Finding>* findings);

// Anywhere in text, adds a PERSON finding (detector "link", the larger of
// min_confidence and 0.6) for one or two words in small letters that a name
// lexicon holds and that are no ordinary words (IsLowerCaseNameWord) right
// after a word that names ("named", "alias", "llamado", "chamado"; "called"
// and "appelé" only after a word for a person, as they tell of calls too:
// "one man called emeka", not "called hotline"; an opening quote allowed).
void AddLowerCaseNamesAfterNamingWords(std::string_view text, float min_confidence, std::vector<Finding>* findings);

// After each PERSON finding of min_confidence or more, adds a PERSON finding
// (detector "link", min_confidence) for each family name with an Arabic
// article in small letters that follows it, one space before each ("mohammed
// saif al-qadhi", "Hashem al-yafei al-tamimi"): al-, el-, ad-, ar-, as-,
// ash-, at-, az- and three letters or more.
void AddArticleSurnamesAfterNames(std::string_view text, float min_confidence, std::vector<Finding>* findings);

}  // namespace tearline::link_internal

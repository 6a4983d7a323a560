// The words that start names of places ("Fort Lee", "Mount Hood"), shared by
// the relabelling of PERSON readings (PlaceOrOrganisationNamed) and mention
// linking's propagation; and the weak PERSON readings of one word that name
// no person (ReadWeakWords, part of ReadPlacesAndPersons). Internal to
// src/resolve.
//
// THREAD SAFETY: stateless functions.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "tearline/finding.h"

namespace tearline::link_internal {

// A PERSON reading below this is a candidate the release does not act on
// (the example policies act on PERSON from 0.5; a leak check with a lower
// threshold blocks on it): the readings the relabelling rules may change.
inline constexpr float kWeakPerson = 0.5f;

// True for a lower-case word for a village or a neighbourhood that opens its
// name: goth, mohalla, kampung, bairro, barrio, vereda, aldea.
bool IsVillageWord(std::string_view word);

// True for the words of kPlacePrefixes (Fort, Mount, Mt, Camp, Cape, Lake,
// Port, Barangay, Brgy, Kampong, Estrada, Ponte, Rio, Cabo, Ds, Kec, ...)
// and the village words (IsVillageWord) in any case.
bool IsPlacePrefix(std::string_view word);

// True when the word starting at text[b] follows a capitalised place prefix,
// its period if abbreviated, and one space ("Lee" in "Fort Lee", "Kayangan"
// in "Kec. Kayangan"): it names the place there, not a person.
bool FollowsPlacePrefix(std::string_view text, size_t b);

// The lower-case word (ASCII letters and the bytes of non-ASCII letters:
// "río", "à") that ends one space before text[b] ("in" of "in Khan
// Younis"), with no word byte before it; empty when there is none.
std::string_view LowerWordBefore(std::string_view text, size_t b);

// The word of ASCII letters that ends one space before text[b] ("in" of "in
// Khan Younis", "Stopped" of "Stopped at"); empty when the byte before it is
// a word byte, or there is none.
std::string_view WordBefore(std::string_view text, size_t b);

// Whether a possessive ("'" or U+2019) follows text[.., end).
bool PossessiveAt(std::string_view text, size_t end);

// The words of the languages the findings name (DEM/LANGUAGE readings with
// a noun for a language or its speakers around them: " language", "
// speakers", "speakers of ", ...), each once, lower-cased by LowerNameInto
// ("eegimaa" of "the Eegimaa language"); words of three bytes or more, and
// none that a PERSON reading of two words or more holds ("Baloch" beside
// "Abdul Rahman Baloch").
std::vector<std::string> LanguageWords(std::string_view text, const std::vector<Finding>& findings);

// Whether the LOC reading f is confirmed by its context as PERSON readings
// are read as places (an administrative word after it, a locative and a
// place word before it, a word for a kind of place and "de" before it:
// "back in Hodeidah city", "la commune de Mwumba").
bool PlaceConfirmedByContext(std::string_view text, const Finding& f);

// Relabels PERSON readings of findings that name no person: one ending in
// "-speaking" is DEM/LANGUAGE ("Rakhine-speaking"); a weak one (below 0.5)
// of one word is DEM with the subkind of a DEM reading at 0.5 or more of the
// same span ("Acholi"), DATE/MONTH when it is a month that is no common given name
// ("January", "Junho"), DATE/HOLIDAY when it is a feast ("Eid"), DEM/OCCUPATION when it is the noun of a post
// ("Coordinator"), and LOC after "from", "to" or "at" that follows a word of
// movement or of people ("moved to Leda", "a man from Mehar"), with no
// possessive after it, right after a place prefix ("Barangay Kapantaran")
// or the Portuguese or Spanish "em" or "en" ("em Paquitequete", "en Argel")
// or a lower-case word for a village or a neighbourhood ("bairro Brilhante",
// "goth Wahur", "quartier Solino"),
// or after " of " that follows a PERSON reading at 0.5 or more ("Imam Alpha
// KOUNTA of Fatoma"). Spans are not changed.
void ReadWeakWords(std::string_view text, std::vector<Finding>* findings);

// Relabels a DATE finding (not a DURATION or a RANGE) that a label of a
// date of birth ends the 24 bytes before, ": " and spaces between, as
// DEM/AGE: "DOB: 12/03/1988", "born 4 May 1990", "Date of birth:
// 1975-06-01", "Né le 5 juin 1984", "fecha de nacimiento: 03/11/2001" (a
// date of birth is a person's age, not an event's date: a policy that keeps
// dates and redacts DEM hides it). Spans are not changed.
void ReadBirthDates(std::string_view text, std::vector<Finding>* findings);

// Whether word (any case) is a month that is no common given name, an
// English month's abbreviation, a day of the week or its abbreviation, or a
// feast, as ReadWeakWords reads them ("Wednesday", "Dec", "Eid"; not "May").
bool IsCalendarWord(std::string_view word);

}  // namespace tearline::link_internal

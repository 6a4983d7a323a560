// Records of persons written as fields joined by one separator, without a
// header row, as a registration export pasted into a report or quoted in a
// sentence:
//
//   Oduya;Nafiseh;52;F
//   Gate log: Tembo|Chanda|M|28 was seen at the gate.
//
// Internal to src/quasi (the field name detector reads each name field as
// the value of a name label). THREAD SAFETY: stateless functions.
#pragma once

#include <cstddef>
#include <functional>
#include <string_view>

namespace tearline::quasi {

// Whether `field` is a person's age in a record: one to three digits, at
// most 120, a '~' allowed before them (an estimate) and "y", "yo", "yr" or
// "yrs" after them.
bool IsRecordAge(std::string_view field);

// Whether `field` is a person's sex in a record: M, F, m, f, Male, Female,
// male or female.
bool IsRecordSex(std::string_view field);

// Calls `fn(begin, end)` once for each name field of every record of
// `text`, in increasing offset. A record is one or two name fields, then
// an age and a sex in either order (IsRecordAge, IsRecordSex), joined by one
// separator: ';', '|' or a tab, spaces allowed around it, or ',' with no
// space around it (a ", " record is read by the sex-and-age rule and by
// resolve). The age and the sex are whole fields: the sex field ends the
// record at the line's end, the separator again, or a byte that is no letter,
// digit, '-', '/', ':', '@' or quote ("Oduya;Nafiseh;52;F and ...",
// "(Lungu;Mwila;19;F, Phiri;Bwalya;60;M)"). A name field is one to four
// words joined by single spaces, each capitalised (ASCII capital or a byte
// outside ASCII first) or a particle ("de", "al-Hamoud"), no digit, the
// first no sentence opener ("The") or particle alone; two bytes or more,
// not one word of two to four capitals alone ("UAM", "WASH": abbreviations)
// no sex ("F" of a relation column, fils) and no word for a relative or a
// role ("Fille", "Épouse"). The field next
// to the age or sex is read back from the separator; it must fill its field
// (a separator right before it) or open the record (no separator between it
// and the line's start or the end of a record before it on the line:
// "received: Oduya;...", "19;F, Phiri;..."; not "superviseur WASH|M|38").
// The field before it is read the same way, only when the first is one word
// that reached a separator (a name split in two; before a whole name stands
// a place or a site: "A01;Munhava;Joaquim Chirindza;M;47").
void ForEachDelimitedRecordName(std::string_view text, const std::function<void(size_t, size_t)>& fn);

}  // namespace tearline::quasi

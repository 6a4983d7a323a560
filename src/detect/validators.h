// Validators of the built-in pattern table (internal to src/detect).
//
// Each has the patterns::Validator signature: it returns the confidence of
// text[begin, end) as a match of its pattern, or patterns::kReject. They check
// checksums, calendar and coordinate ranges, separator consistency and the
// bytes just outside the span (a code glued to a longer number is rejected).
//
// THREAD SAFETY: pure functions.
#pragma once

#include <cstddef>
#include <string_view>

namespace tearline::patterns::validators {

float Email(std::string_view text, size_t begin, size_t end, float base);
float Ipv4(std::string_view text, size_t begin, size_t end, float base);
float Ipv6(std::string_view text, size_t begin, size_t end, float base);
float PhoneE164(std::string_view text, size_t begin, size_t end, float base);
float PhoneNational(std::string_view text, size_t begin, size_t end, float base);
float PhoneUs(std::string_view text, size_t begin, size_t end, float base);
// India's and Nepal's mobiles ("98765 43210"): ten digits in one run at
// 0.75 x base, unless they open with 98 or 97 (Nepal's mobiles).
float PhoneIndia(std::string_view text, size_t begin, size_t end, float base);
// Eight digits in pairs ("66 98 76 54"): not after '+' or a digit group, no
// digit group right after.
float PhonePairs(std::string_view text, size_t begin, size_t end, float base);
// Nine to eleven digits after a trunk 0 ending in two pairs ("06 61 23 45 67",
// "079 123 45 67"): one separator, not after '+' or a digit group, no digit
// group right after.
float PhoneTrunkPairs(std::string_view text, size_t begin, size_t end, float base);
// A trunk 0 and a digit, then groups of three to five digits, ten or eleven
// digits in all, one separator ("09 402 617 338"); not after '+' or a digit
// group, no digit group right after.
float PhoneTrunkGroups(std::string_view text, size_t begin, size_t end, float base);
// Eight to thirteen digits in groups ("77 123 45 67", "8 912 345-67-89"):
// spaces and hyphens may mix, periods only alone; not after '+' or a digit
// group, no digit group right after; not two years ("2019-2020 2021"), a
// date with a year ("2024-03-11 06"), nor before a time's colon.
float PhoneGrouped(std::string_view text, size_t begin, size_t end, float base);
// Eight digits in one run ("96441820"): alone as a national number is, not
// a date written year first (19 or 20, a month, a day: "20240311").
float PhoneRun8(std::string_view text, size_t begin, size_t end, float base);
// A country code after "00" ("00223 65 88 12 07"): eight to fifteen digits
// after the 00, no letter or digit or '+' before it, right edge clear, not
// after a digit group.
float PhoneIntl00(std::string_view text, size_t begin, size_t end, float base);
// A street address (the ADDRESS rows): not glued to a digit group before it
// nor opening inside a word;
// a leading number that reads as a year (1900-2099: "In 2019 Ring Road")
// or a width ("100 Meter Road") is none, nor a last number after "de",
// "of", "in" or "since" (a year: "la avenida torrencial de 2017"), nor one
// before a share or a span of time ("flat 2 percent", "flat 3 years").
float Address(std::string_view text, size_t begin, size_t end, float base);
// A shelter's, a room's or a house's number (address_shelter): an Address
// that no date or time continues ("house 23-08" of 23 August) and, after
// "house", whose number alone is no clock time of four digits ("safe house
// 1512," of a radio log; "Shelter 0127" is a shelter).
float Shelter(std::string_view text, size_t begin, size_t end, float base);
// A house's number before a numbered street (address_house_street): an
// Address whose number follows no capitalised word ("District 8 Street 14"
// numbers a district).
float HouseStreet(std::string_view text, size_t begin, size_t end, float base);

// A Turkish plate ("46 ADR 512") whose letters are no time of day, era,
// unit, zone, month or day ("12 AM 2024", "10 MW 300", "21 AUG 0600");
// edges as for Code.
float PlateTurkey(std::string_view text, size_t begin, size_t end, float base);

// A code mixing digits and capitals: six characters or more, three digits
// or more, edges clear as for Code.
float MixedCode(std::string_view text, size_t begin, size_t end, float base);

// A home placed by a landmark or known by its door: not inside a word nor
// ending inside one, and not ending on a pronoun ("the house behind us",
// "tent near her", "house next to where").
float Landmark(std::string_view text, size_t begin, size_t end, float base);

// Landmark, where the words before the relation describe the home: none is
// a verb ("la casa fue quemada cerca de ...", "la maison est prÃ¨s de ...")
// and the home is no public one ("casa comunal", "casa cural").
float LandmarkDescribed(std::string_view text, size_t begin, size_t end, float base);

// One half of a position in degrees, minutes and seconds with its
// hemisphere's letter last ("6°57'12\"N"): minutes and seconds below 60, at
// most 90 degrees north or south, 180 east or west; edges as for CoordDms;
// not beside another half on the same line (a pair is CoordDms's to judge).
float CoordDmsHalf(std::string_view text, size_t begin, size_t end, float base);

// Landmark, and in English: the words after the relation ("near", "behind",
// ...) open with "the", "a" or "an", or hold a landmark's noun ("Aqsa
// hospital", "Kone Thar market"); "tent near Atmeh" names a town.
float LandmarkEnglish(std::string_view text, size_t begin, size_t end, float base);
float Card(std::string_view text, size_t begin, size_t end, float base);
// An IBAN: spaces after every fourth character if any; a valid check digit,
// or 0.8 x base within 8 bytes after the word "IBAN" (a number copied by hand).
float Iban(std::string_view text, size_t begin, size_t end, float base);
// A code that must not be glued to a longer number ("12/34" inside "1/12/34");
// a comma after it before one, two or four digits or more and then a comma,
// a semicolon or the line's end separates a CSV row's cells ("PPT
// 5837261,23,+57"), not decimals.
float Code(std::string_view text, size_t begin, size_t end, float base);
// Groups of digits split by spaces that are not a part of a longer such run
// (not after "7 " nor before " 7": "3052 9900 0002 6203" inside an IBAN);
// then as Code.
float SpacedGroups(std::string_view text, size_t begin, size_t end, float base);
// Seven letters and digits, at least one digit and two letters, as Code
// ("6ZR4KLP"; not "2024ABC"-like runs of one kind).
float FinCode(std::string_view text, size_t begin, size_t end, float base);
// Twelve to eighteen digits, as Code; not a run that opens with a date,
// year first (yyyymmdd: a time stamp "202403111530").
float LongDigitRun(std::string_view text, size_t begin, size_t end, float base);
// A camp's slashed block and shelter code ("C-11/C-04/0119"), as Address;
// not one that ends in a year ("S-1/R-2/2024").
float SlashShelterCode(std::string_view text, size_t begin, size_t end, float base);
// Digit groups of a code ("1 4821 0093", "841-23C01234", "22/441"): five
// to twenty digits, edges clear; not a date ("12/03/2024", "2024-03-11";
// a date inside a code of five groups or more is part of it: "01-05-99-1972-04-00213"),
// not thousands in groups of three after spaces ("12 500"), not years
// ("2019-2020", "2019/20") nor a number of the year ("no. 14/2024"), not
// before a time's colon ("09/09 06:30").
float CodeGroups(std::string_view text, size_t begin, size_t end, float base);
float CoordDecimal(std::string_view text, size_t begin, size_t end, float base);
float CoordDms(std::string_view text, size_t begin, size_t end, float base);
float Mgrs(std::string_view text, size_t begin, size_t end, float base);
float DateNumeric(std::string_view text, size_t begin, size_t end, float base);
float DateYmd(std::string_view text, size_t begin, size_t end, float base);
float DateIso(std::string_view text, size_t begin, size_t end, float base);
// A day and a month in French, Spanish or Portuguese, perhaps a year
// ("5 juin 1984", "12 de mayo de 1990"): a valid day of that month, a year
// between 1000 and 2999.
float DateDayMonthRomance(std::string_view text, size_t begin, size_t end, float base);
float DateDayMonth(std::string_view text, size_t begin, size_t end, float base);
float DateMonthDay(std::string_view text, size_t begin, size_t end, float base);

}  // namespace tearline::patterns::validators

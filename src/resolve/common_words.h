// src/resolve/common_words.h — whether a word is an ordinary English word.
// Internal to the resolve module.
//
// WHAT THIS REPRESENTS
//   The words of data/lexicons/common_words.txt (lower-case English words:
//   Debian's wamerican list and frequent GUM word forms; see NOTICE) and of
//   the nationality, ethnicity and religion lexicons (dem_*.txt: "Chinese",
//   "Acholi"), compiled into the binary as a hash table at build time (one
//   probe, about one cache miss, a word). Rules that act
//   on a word only when it cannot be read as ordinary English ("nkosi" written
//   in lower case, "Mthokozisi" before a found surname) ask it.
//
// THREAD SAFETY
//   A pure function over constant data.
#pragma once

#include <string_view>

namespace tearline::link_internal {

// True if the ASCII-lower-cased bytes of word are a word of the list. Words
// that are not ASCII letters are never in it.
bool IsCommonWord(std::string_view word);

// True if the ASCII-lower-cased bytes of word are a nationality, ethnicity or
// religion word of dem_*.txt that is no given or family name of
// given_names.txt and family_names.txt ("Fulani", "Kenyan"; not "German",
// also a family name), or such a word and a plural 's' ("Peuls",
// "Kenyans"): a word that names a group, not a person.
bool IsGroupWord(std::string_view word);

// True if word, its ASCII letters lower-cased and its other bytes as they
// are, is a given or family name of given_names.txt or family_names.txt
// ("Baloch", "Abdul", "Jóhann"). The lists are broad (they hold "Sweden" and
// "Catholic" too): a rule asks it only to keep a reading of a person, never
// to make one.
bool IsNameWord(std::string_view word);

}  // namespace tearline::link_internal

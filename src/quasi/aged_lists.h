// Lists of names with their ages ("With her: Falmata 8, Kaltouma 5, Bakaka
// 2", "Nephtalie (6) and Jameson (3) are at the child-friendly space"), a
// rule of the relation-name detector (contract in tearline/quasi.h,
// NewRelationNameDetector). Not part of the public API.
//
// THREAD SAFETY: stateless functions.
#pragma once

#include <cstddef>
#include <string_view>

#include "tearline/finding.h"

namespace tearline::quasi {

// If text[i] (a capital) starts a list of two names or more each followed by
// an age, in a line that speaks of children or kin, reports each name (PERSON,
// subkind RELATIVE, `confidence`, detector `id`) and sets *from past the
// last; otherwise reports nothing.
// No list starts at i unless an ASCII digit (its first age) lies in
// text[i, i + kAgedListDigitReach]: callers may skip the call otherwise.
inline constexpr size_t kAgedListDigitReach = 52;

void AgedNameList(std::string_view text, size_t i, float confidence, std::string_view id, FindingSink& sink,
                  size_t* from);

}  // namespace tearline::quasi

// Initials that stand for a person in a text: an abbreviation defined in
// parentheses right after a name ("Daw Khin Sandar Win (KSW)"), and initials
// with periods that a detector read as a person ("Author: M.K."). Internal to
// src/resolve (LinkMentions calls it after the coordinated names; contract in
// tearline/resolve.h, ABBREVIATED NAMES).
//
// THREAD SAFETY: a stateless function.
#pragma once

#include <string_view>
#include <vector>

#include "tearline/finding.h"

namespace tearline::link_internal {

// Adds PERSON findings (subkind INITIALS, detector "link") for the
// abbreviations and initials of PERSON findings of confidence >=
// min_confidence, and for every other occurrence of them in `text`. See
// ABBREVIATED NAMES in tearline/resolve.h.
void AddAbbreviatedNames(std::string_view text, float min_confidence, std::vector<Finding>* findings);

}  // namespace tearline::link_internal

// Names coordinated with a person's name ("Blessing and Precious", "Mercy,
// Gift and Faith"): given names that are also words, which no detector read. Internal to
// src/resolve (LinkMentions calls it after joining patronyms; contract in
// tearline/resolve.h, COORDINATED NAMES).
//
// THREAD SAFETY: a stateless function.
#pragma once

#include <string_view>
#include <vector>

#include "tearline/finding.h"

namespace tearline::link_internal {

// Adds PERSON findings (subkind COORDINATED, detector "link") for one-word
// names coordinated with a PERSON finding of confidence >= min_confidence.
// See COORDINATED NAMES in tearline/resolve.h.
void AddCoordinatedNames(std::string_view text, float min_confidence, std::vector<Finding>* findings);

}  // namespace tearline::link_internal

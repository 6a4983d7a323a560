// The other occurrences of a login handle held as a person ("r.mwenze" read
// in an "agent" column, then "exported by r.mwenze" in the file's header).
// Internal to src/resolve (LinkMentions calls it; contract in
// tearline/resolve.h, LOGIN HANDLES).
//
// THREAD SAFETY: a stateless function.
#pragma once

#include <string_view>
#include <vector>

#include "tearline/finding.h"

namespace tearline::link_internal {

// Adds a PERSON finding (detector "link", the handle's confidence) over every
// other whole-token occurrence of a PERSON finding of at least
// min_confidence whose text is a login handle (IsLoginHandle in
// tearline/quasi.h). See LOGIN HANDLES in tearline/resolve.h.
void AddHandleMentions(std::string_view text, float min_confidence, std::vector<Finding>* findings);

// Adds a PERSON finding (detector "link", the person's confidence) over every
// whole-token login made of the words of a PERSON finding of at least
// min_confidence ("k.abtidoon", "a.kanoute" beside "Khadar Yusuf Abtidoon",
// "Awa Kanouté"). See LOGIN HANDLES in tearline/resolve.h.
void AddNamedLogins(std::string_view text, float min_confidence, std::vector<Finding>* findings);

}  // namespace tearline::link_internal

// The names written before their own phone numbers in a contact list or a
// line of contacts ("Kamau 0722 123 456", "- Uzo: +254 733 987 654",
// "Ibe (0722 123 457) / Wanjiru 0733 987 654"). Internal to src/resolve
// (LinkMentions calls it with the signatures; contract in tearline/resolve.h,
// PHONE OWNERS).
//
// THREAD SAFETY: a stateless function.
#pragma once

#include <string_view>
#include <vector>

#include "tearline/finding.h"

namespace tearline::link_internal {

// Adds PERSON findings (subkind PHONE_OWNER, detector "link",
// min_confidence) for the names right before PHONE findings that open their
// line or follow another phone number on it. See PHONE OWNERS in
// tearline/resolve.h.
void AddPhoneOwnerNames(std::string_view text, float min_confidence, std::vector<Finding>* findings);

}  // namespace tearline::link_internal

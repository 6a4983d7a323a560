// Names that what is said of them marks as persons', which the tagger read
// as places or not at all: the subject of a verb only persons are the
// subject of ("Lotee and Ewoton saw two armed men", "Namoe was beaten"), a
// name asked for "by name", a name addressed ("Copy, Esekon."), and a name
// followed by a source's grade or a person's role in parentheses ("Lomuria
// (reliable)", "Ekai (driver)"). Internal to src/resolve (LinkMentions calls
// it after the names of relatives; contract in tearline/resolve.h, PERSONS
// BY WHAT IS SAID OF THEM).
//
// THREAD SAFETY: stateless functions.
#pragma once

#include <string_view>
#include <vector>

#include "tearline/finding.h"

namespace tearline::link_internal {

// Adds PERSON findings (subkind DEED, detector "link", min_confidence) for
// the names that what is said of them marks as persons'. See PERSONS BY WHAT
// IS SAID OF THEM in tearline/resolve.h.
void AddNamesByWhatIsSaidOfThem(std::string_view text, float min_confidence, std::vector<Finding>* findings);

}  // namespace tearline::link_internal

// Names in apposition to a word for what the person does ("Ng'ang'a
// Wairimu, the driver, was released", "The shopkeeper, Hamisi Bakari,
// refused"): the role says the name is a person's. Internal to src/resolve
// (LinkMentions calls it with the names beside names; contract in
// tearline/resolve.h, NAMES IN APPOSITION TO A ROLE).
//
// THREAD SAFETY: a stateless function.
#pragma once

#include <string_view>
#include <vector>

#include "tearline/finding.h"

namespace tearline::link_internal {

// Raises each weak PERSON reading of the tagger (0.3 <= confidence <
// min_confidence) in apposition to an occupation (a DEM finding of subkind
// OCCUPATION) to min_confidence. See NAMES IN APPOSITION TO A ROLE in
// tearline/resolve.h.
void RaiseNamesBesideRoles(std::string_view text, float min_confidence, std::vector<Finding>* findings);

}  // namespace tearline::link_internal

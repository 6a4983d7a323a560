// Names in a list whose other items are names ("1. Amer al-Hamoud – health
// partner", "4. Berivan Sex Musa – women's centre", or lines of inverted
// names: "Haidari, Fatima. Nurse"): the items of a list share their shape,
// so when most items open with a person's name the others do too. Internal to src/resolve (LinkMentions calls it after the
// coordinated names; contract in tearline/resolve.h, LISTED NAMES).
//
// THREAD SAFETY: a stateless function.
#pragma once

#include <string_view>
#include <vector>

#include "tearline/finding.h"

namespace tearline::link_internal {

// Adds PERSON findings (subkind LISTED, detector "link", min_confidence) for
// the names that open the items of a list whose other items open with a
// PERSON finding of confidence >= min_confidence. See LISTED NAMES in
// tearline/resolve.h.
void AddNamesListedWithNames(std::string_view text, float min_confidence, std::vector<Finding>* findings);

// Adds PERSON findings (subkind LISTED, detector "link", min_confidence) for
// the surnames and given names of lines that open with an inverted name
// ("Treksa, Himtae. Notes") among lines of that shape most of which a
// detector read as persons. See INVERTED NAMES in tearline/resolve.h.
void AddInvertedNamesListedWithNames(std::string_view text, float min_confidence, std::vector<Finding>* findings);

// Adds PERSON findings (subkind LISTED, detector "link", min_confidence) for
// the given name after a surname read as a person that opens a line or a
// label's value ("Witness: Okwuosa, Chidubem, aged 45"). See INVERTED NAMES
// in tearline/resolve.h.
void AddGivenNamesAfterInvertedSurnames(std::string_view text, float min_confidence, std::vector<Finding>* findings);

}  // namespace tearline::link_internal

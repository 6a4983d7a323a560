// Names that a label, an e-mail's header or a word for relatives says are
// persons', which the tagger read as places or not at all: the lines under
// "Names given at the barrier (as heard):" ("Chepkoech / Chepkwony?",
// "Lokwawi"), the names of "From:", "To:" and "Cc:" ("To: Lokiru; Nadunga"),
// and the names before a plural word for relatives in parentheses ("Jeruto,
// Kiprop (brothers)"). Internal to src/resolve (LinkMentions calls them after
// the phone owners; contract in tearline/resolve.h, NAMES UNDER A LABEL,
// E-MAIL HEADER NAMES and NAMES OF RELATIVES IN A LIST).
//
// THREAD SAFETY: stateless functions.
#pragma once

#include <string_view>
#include <vector>

#include "tearline/finding.h"

namespace tearline::link_internal {

// Adds PERSON findings (subkind LABELLED, detector "link", min_confidence)
// for the names listed after a label that says they are names of persons.
// See NAMES UNDER A LABEL in tearline/resolve.h.
void AddNamesUnderNamesLabel(std::string_view text, float min_confidence, std::vector<Finding>* findings);

// Adds PERSON findings (subkind ADDRESSEE, detector "link", min_confidence)
// for the names in the address fields of an e-mail's header ("From:
// Nadunga", "To: Lokiru; Nadunga", "Cc: Amina Yusuf <a.yusuf@...>"). See
// E-MAIL HEADER NAMES in tearline/resolve.h.
void AddEmailHeaderNames(std::string_view text, float min_confidence, std::vector<Finding>* findings);

// Adds PERSON findings (subkind RELATIVE, detector "link", min_confidence)
// for the names of a list right before a plural word for relatives in
// parentheses. See NAMES OF RELATIVES IN A LIST in tearline/resolve.h.
void AddNamesBeforePluralKin(std::string_view text, float min_confidence, std::vector<Finding>* findings);

// Adds PERSON findings (subkind RELATIVE, detector "link", min_confidence)
// for two names or more listed in parentheses right after a plural word for
// relatives or for a body of people ("field team (Sarbast + Dilveen)",
// "her sons (Omid and Navid)"). See NAMES OF RELATIVES IN A LIST in
// tearline/resolve.h.
void AddNamesAfterPluralGroups(std::string_view text, float min_confidence, std::vector<Finding>* findings);

}  // namespace tearline::link_internal

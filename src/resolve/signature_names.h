// The names that sign a message: the line after a closing ("Regards,",
// "Saludos,", "Cordialement,") or a signature delimiter ("--"), the line
// right before a delimiter, and the sender that heads a message of a
// Telegram export ("Hasmik, [28.09.2023 13:58]"). Internal to src/resolve (LinkMentions calls it
// with the listed names; contract in tearline/resolve.h, SIGNATURES).
//
// THREAD SAFETY: a stateless function.
#pragma once

#include <string_view>
#include <vector>

#include "tearline/finding.h"

namespace tearline::link_internal {

// Adds PERSON findings (subkind SIGNATURE, detector "link", min_confidence)
// for the names that sign a message. See SIGNATURES in tearline/resolve.h.
void AddSignatureNames(std::string_view text, float min_confidence, std::vector<Finding>* findings);

}  // namespace tearline::link_internal

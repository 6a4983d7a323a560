// Internal to tearline_policy: pieces shared by the parser, the canonical form
// and the tests.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "tearline/policy.h"

namespace tearline {

// The canonical serialization of a parsed policy (doc/policy.md, "Fingerprint"):
// one "name=value" line per setting, in a fixed order, with every kind's
// resolved action and threshold spelled out. Policy::fingerprint is the
// SHA-256 hex of this text.
std::string CanonicalPolicy(const Policy& policy);

// Parses a generalize level for `kind` ("month", "year", "<N>km", "country",
// "network"). On failure returns false and sets *error to a message that names
// the accepted levels.
bool ParseGeneralizeLevel(Kind kind, std::string_view level, Action* action, std::string* error);

// Reads a name list: UTF-8, one name a line, '#' starts a comment, blank
// lines ignored, every name must have a letter. On failure returns false and
// sets *error ("path:line: message" or the I/O error); never quotes a name.
bool ReadNameList(const std::string& path, std::vector<std::string>* names, std::string* error);

}  // namespace tearline

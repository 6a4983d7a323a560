// Internal to tearline_policy: pieces shared by the parser, the canonical form
// and the tests.
#pragma once

#include <string>
#include <string_view>
#include <toml++/toml.h>
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

namespace tearline::policy_text {

// A user-written token for a message: at most 40 bytes, printable ASCII only
// (others become '?'), in single quotes. For keys and enum-like words, never
// for free text such as allow terms or names.
std::string Quote(std::string_view s);
// A JSON-style string literal: quotes, backslash and bytes < 0x20 or 0x7f escaped.
std::string Escape(std::string_view s);
// Shortest text that round-trips the value ("%.9g" for float, "%.17g" for double).
std::string Num(float v);
std::string Num(double v);
// "a table", "a string", ... for messages.
std::string_view TypeName(const toml::node& n);

}  // namespace tearline::policy_text

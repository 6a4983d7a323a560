// Internal to tearline_transform: value normalization and the generalizers.
// Every function is pure and thread-safe. None returns or logs the input value
// except as its documented result.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "tearline/finding.h"
#include "tearline/policy.h"

namespace tearline {

// Unicode NFKC with case folding (ICU's NFKC_Casefold), then every run of
// white space collapsed to one U+0020 and leading/trailing white space removed.
// "  Ahmad\u00a0 KARIMI " -> "ahmad karimi". Used to key labels and pseudonyms.
// REQUIRES: value is valid UTF-8 (invalid sequences are replaced by U+FFFD).
std::string NormalizeValue(std::string_view value);

// The pseudonym prefix of a kind: "Person-", "Org-", "Place-", "Address-", or
// the kind name capitalized ("Phone-", "Coordinate-", ...).
std::string PseudonymPrefix(Kind kind);

// Applies a generalize action to the text of a finding of `kind`. nullopt when
// the level does not belong to the kind or the value cannot be parsed; the
// caller then redacts. Results (see doc/policy.md, "Generalization"):
std::optional<std::string> Generalize(Kind kind, const Action& action, std::string_view value);

// DATE. Accepts ISO 8601 (2021-03-03, 2021-03, 2021-03-03T10:00Z), numeric
// day/month/year with '/', '-' or '.' (read as D/M/Y; as M/D/Y only when the
// middle number cannot be a month and the first can; a 4-digit first number
// means Y/M/D; 2-digit years: 00-69 -> 20xx, 70-99 -> 19xx), month names
// (English, full or 3-letter, any case) in "3 March 2021", "3rd of March, 2021",
// "March 3, 2021", "Monday, 3 March 2021", "March 2021", "3 March", "March",
// and a bare 4-digit year. Day and month are validated.
// kMonth -> "March 2021" ("March" when no year is written; "2021" for a bare year);
// kYear  -> "2021" (nullopt when no year is written).
std::optional<std::string> GeneralizeDate(std::string_view value, GeneralizeLevel level);

// COORDINATE. Decimal degree pairs ("34.52, 69.17", "-33.9 18.4",
// "34.52N 69.17E", "N34.52 E69.17", "34.52° N, 69.17° E"), DMS / degree-minute
// pairs with ° ' " or ′ ″, hemisphere letters before or after, and MGRS
// ("42S WD 12345 67890", "42SWD1234567890").
// Lat/lon -> the centre of the grid cell that contains the point, "lat, lon" in
// signed decimal degrees. The grid has rows of grid_km/111.32 degrees of
// latitude; in each row, cells are grid_km/(111.32 cos(row centre latitude))
// degrees of longitude wide (one cell when that exceeds 360). Decimals:
// ceil(log10(111.32/grid_km)) clamped to [0, 6] (10 km -> 2).
// MGRS -> the same reference truncated to the precision of grid_km (digits per
// axis d = 5 - ceil(log10(grid_km * 1000)), clamped to [0, 5]; 10 km -> 1
// digit: "42S WD 1 6"; 100 km -> "42S WD"; more than 100 km -> "42S").
std::optional<std::string> GeneralizeCoordinate(std::string_view value, double grid_km);

// PHONE. A number written in E.164 form ('+', country code, then digits with
// optional spaces, '-', '.', '(' or ')'; 7 to 15 digits) -> "+<country code>"
// ("+93"). Anything else (national format, letters, extensions) -> nullopt.
std::optional<std::string> GeneralizePhone(std::string_view value);

// IP. IPv4 dotted quad -> "a.b.c.0/24"; IPv6 (optionally in brackets) -> its
// /48 network ("2001:db8:12::/48"). An address written with a shorter prefix
// keeps that prefix ("10.1.0.0/16"). Ports, zones and anything else -> nullopt.
std::optional<std::string> GeneralizeIp(std::string_view value);

}  // namespace tearline

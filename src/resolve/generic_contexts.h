// Contexts that make the tagger's weak reading of a word as a person no one's
// name: a key of a quoted record, a vehicle's model after its maker, a
// people named in the French plural. Internal to src/resolve (IsGenericFinding
// in link.cc asks them; contract of the generic readings in tearline/resolve.h).
//
// THREAD SAFETY: stateless functions.
#pragma once

#include <cstddef>
#include <string_view>

namespace tearline::link_internal {

// Whether text[b, e) lies inside a quoted key of a record: within 48 bytes
// on each side, a '"' before b and one after e with only ASCII letters,
// digits, '_', '-', '.' and spaces between them and the span, then optional
// spaces and a ':' ("\"tazkira_no\": ...", "\"Full name\" :"); or unquoted
// as YAML writes keys, when the key holds a '_': its line opens with it
// (after indentation and "- "), then ':' and a space or the line's end
// ("    tazkira_no: ..."; not a speaker's "Karimi: ..."). A key names a
// field; the value after it may be a name, never the key.
bool InQuotedKey(std::string_view text, size_t b, size_t e);

// Whether text[b, e) names a vehicle: one word after a maker (one space or
// a hyphen between: "Toyota Hilux", "Land Cruiser", "Isuzu D-Max"), or a
// maker and one more word ("Toyota Hilux" read whole).
bool VehicleModel(std::string_view text, size_t b, size_t e);

// Whether text[b, e) is one capitalised word ending in 's' after the French
// plural article "les" or "des" ("« les Blancs »", "des Peuls"): a people or
// a group, not one person.
bool FrenchPluralAfterArticle(std::string_view text, size_t b, size_t e);

}  // namespace tearline::link_internal

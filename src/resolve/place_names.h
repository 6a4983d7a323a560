// The words that start names of places ("Fort Lee", "Mount Hood"), shared by
// the relabelling of PERSON readings (PlaceOrOrganisationNamed) and mention
// linking's propagation. Internal to src/resolve.
//
// THREAD SAFETY: stateless functions.
#pragma once

#include <cstddef>
#include <string_view>

namespace tearline::link_internal {

// True for Fort, Mount, Mt, Camp, Cape, Lake, Port in any case.
bool IsPlacePrefix(std::string_view word);

// True when the word starting at text[b] follows a capitalised place prefix
// and one space ("Lee" in "Fort Lee"): it names the place there, not a person.
bool FollowsPlacePrefix(std::string_view text, size_t b);

}  // namespace tearline::link_internal

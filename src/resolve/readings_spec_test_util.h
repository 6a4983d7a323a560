// Test helper of src/resolve: findings written as a compact spec, so that a
// table row can give a text and what the detectors read in it.
//
// THREAD SAFETY: a stateless function.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <string_view>
#include <vector>

#include "tearline/finding.h"

namespace tearline::resolve_testing {

// The findings of `spec`: readings written "KIND:words" separated by '|',
// each over the first occurrence of the words in `text`, at 0.6. KIND is
// LOC, ORG or PERSON, read by the tagger; PERSONX is a PERSON reading of
// another detector ("name_rule").
inline std::vector<Finding> ReadingsFromSpec(std::string_view text, std::string_view spec) {
  std::vector<Finding> out;
  while (!spec.empty()) {
    const size_t bar = std::min(spec.find('|'), spec.size());
    const std::string_view one = spec.substr(0, bar);
    spec.remove_prefix(bar == spec.size() ? bar : bar + 1);
    const size_t colon = one.find(':');
    const std::string_view name = one.substr(0, colon);
    const std::string_view words = one.substr(colon + 1);
    const size_t at = text.find(words);
    EXPECT_NE(at, std::string_view::npos) << words;
    const Kind kind = name == "LOC" ? Kind::kLoc : name == "ORG" ? Kind::kOrg : Kind::kPerson;
    out.push_back(Finding{at, at + words.size(), kind, "", 0.6f, name == "PERSONX" ? "name_rule" : "tagger"});
  }
  return out;
}

}  // namespace tearline::resolve_testing

// Helpers of the table tests of the rules that read names by what stands
// around them (labelled_names_test.cc, persons_by_deed_test.cc).
//
// THREAD SAFETY: pure functions.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "tearline/finding.h"

namespace tearline::resolve_testing {

// A row of a table test: a text, and the persons a rule finds in it.
struct Row {
  const char* text;
  const char* want;  // the persons found, '|' between them (Persons below)
};

// The texts of the PERSON findings at 0.5 or more, in order, joined by '|'.
inline std::string Persons(std::string_view text, const std::vector<Finding>& findings) {
  std::vector<Finding> persons;
  for (const Finding& f : findings) {
    if (f.kind == Kind::kPerson && f.confidence >= 0.5f) persons.push_back(f);
  }
  std::sort(persons.begin(), persons.end(), FindingLess);
  std::string out;
  for (const Finding& f : persons) {
    if (!out.empty()) out += '|';
    out += text.substr(f.begin, f.size());
  }
  return out;
}

// A reading of `words` (first occurrence) as `kind` at `confidence`, by
// `detector` (the tagger's unless said), with `subkind` (a literal).
inline Finding Reading(std::string_view text, std::string_view words, Kind kind, float confidence,
                       std::string_view detector = "tagger", std::string_view subkind = "") {
  const size_t at = text.find(words);
  EXPECT_NE(at, std::string_view::npos) << words;
  return Finding{at, at + words.size(), kind, subkind, confidence, detector};
}

}  // namespace tearline::resolve_testing

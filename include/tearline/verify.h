// tearline/verify.h — the leak check.
//
// WHAT THESE FUNCTIONS DO
//   CheckForLeaks re-scans a text that is about to leave (the output of a
//   release, or any file given to `tearline verify`) with every detector of
//   the engine at the policy's lower verify threshold. A finding is a leak
//   when its kind is in the policy's verify.block list (PROTECTED always is)
//   and it does not lie inside
//     - a range that tearline itself inserted (a mask, label, pseudonym or
//       generalized value: TransformResult::inserted), or
//     - an allowed term of the policy, or
//     - valid marking syntax (a portion mark or banner that parses; see
//       MarkingSyntaxSpans in tearline/release.h) when the caller passes it.
//   PERSON and ORG findings made only of generic words ("the Council",
//   "This"; IsGenericFinding in tearline/resolve.h) are not leaks either: the
//   detect stage drops them the same way.
//   A finding is read as linking reads it: a PERSON reading that names a
//   place or an organisation ("Hakim Mosque") is that, and a LOC reading that
//   is a person's name ("Pedro de la Cruz", PersonReadAsPlace in
//   tearline/resolve.h) is a PERSON finding.
//   Any leak blocks the release. Leaks are reported by kind and offsets into
//   the checked text, never by value.
//
// THREAD SAFETY
//   Safe to call concurrently with distinct scratches.
#pragma once

#include <string_view>
#include <vector>

#include "tearline/engine.h"
#include "tearline/finding.h"
#include "tearline/policy.h"
#include "tearline/transform.h"

namespace tearline {

struct LeakReport {
  std::vector<Finding> leaks;  // offsets into the checked text
  size_t findings_scanned = 0;  // findings of blocking kinds at or above the verify threshold
  bool blocked() const { return !leaks.empty(); }
  // "leak check blocked the release: PHONE at [120,134), PERSON at [200,211)"
  // (at most `max_listed` spans, then "and N more"). No values.
  std::string Summary(size_t max_listed = 10) const;
};

// For `tearline verify` on a file whose transform is unknown: the ranges that
// have the shape of tearline's own placeholders — the policy's mask,
// "[portion withheld]", labels "[KIND-n]", pseudonyms "Person-XXXXXX"
// (6 Crockford base32 characters) and record pseudonyms "P-XXXXXXXX" (8) —
// sorted and disjoint (touching ones merged). A pseudonym needs on each side
// a byte that is no ASCII letter or digit, or another placeholder: "_" may
// touch it ("photo_Person-7QF3KA_0504.jpg"), "ab" may not.
std::vector<Span> FindPlaceholderSpans(std::string_view text, const Policy& policy);

// `inserted` must be sorted by begin and disjoint (TransformResult::inserted
// is). The detectors scan a NEUTRAL COPY of `text` in which every inserted
// range is replaced by spaces: neutral_lengths[i] of them for range i (the
// length of the input it replaced, so that context windows see the same
// distances as the detect stage did), or as many as the range is long when
// neutral_lengths is null. tearline's own words ("[ID-1]", "[REDACTED]")
// thus never act as context, and a shorter placeholder never pulls a far
// context word into reach. Every byte outside the inserted ranges is scanned
// as it is. Findings are mapped back to offsets into `text`; one that reaches
// into a placeholder's spaces is widened to cover the whole placeholder, so
// it is not mistaken for tearline's own text.
// `listed_groups` (optional): spans of `text` that hold a listed
// organisation's name (IsListedOrganisation in tearline/resolve.h, read in
// the release's input and copied verbatim); the check reads them as
// ReadListedGroups does, so that a kept "Hezbollah" or "Médecins Sans
// Frontières" is not a person's name to it. The check itself does not run
// the organisation lexicons (they would cost every leak scan): a caller
// without a release's input (`tearline verify`) scans the file for ORG
// findings first and passes the spans of the listed ones.
// REQUIRES: neutral_lengths == nullptr or neutral_lengths->size() == inserted.size().
Result<LeakReport> CheckForLeaks(const Engine& engine, EngineScratch& scratch, std::string_view text,
                                 const std::vector<Span>& inserted, const Policy& policy,
                                 const std::vector<size_t>* neutral_lengths = nullptr,
                                 const std::vector<Span>* marking_syntax = nullptr,
                                 const std::vector<Span>* listed_groups = nullptr);

}  // namespace tearline

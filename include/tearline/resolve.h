// tearline/resolve.h — from raw findings to non-overlapping decisions.
//
// WHAT THESE FUNCTIONS DO
//   Decide applies a policy to the findings of one document:
//     1. a finding below its kind's threshold (Policy::ThresholdFor) is ignored;
//     2. a finding that lies inside an allowed term (Policy::allow_terms,
//        matched case-insensitively on whole words) is kept as it is and
//        reported with `allowed = true`; PROTECTED findings are never allowed;
//     3. OVERLAP RULE: findings that overlap, directly or through a chain, form
//        one cluster, and the cluster becomes ONE decision over the union of
//        their spans. It takes the finding whose action is strictest
//        (keep < generalize < label < pseudonym < redact < drop_portion); ties
//        go to the higher confidence, then the longer span, then the earlier
//        begin. If the union is wider than that finding and its action is
//        generalize, the action becomes redact (a generalization of a value
//        that is not the whole span cannot be trusted). This rule never
//        releases a byte that any overlapping finding wanted hidden.
//     4. when findings carry entity ids (mention linking), every mention of an
//        entity gets the strictest action that any of its mentions got.
//   The result is sorted by begin and non-overlapping, as Transform requires.
//
// THREAD SAFETY
//   Pure functions.
#pragma once

#include <string_view>
#include <vector>

#include "tearline/finding.h"
#include "tearline/policy.h"
#include "tearline/transform.h"

namespace tearline {

struct Resolution {
  std::vector<Decision> decisions;  // what Transform acts on (including keeps)
  std::vector<Finding> allowed;     // findings passed by the allow list
  size_t below_threshold = 0;       // findings ignored for low confidence
};

Resolution Decide(std::string_view text, const std::vector<Finding>& findings, const Policy& policy);

// Spans of `text` covered by the allowed terms (case-insensitive, whole words),
// sorted and merged.
std::vector<Span> FindAllowedSpans(std::string_view text, const std::vector<std::string>& terms);

}  // namespace tearline

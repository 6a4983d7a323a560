// tearline/transform.h — building the released text from the input and the decisions.
//
// WHAT THESE TYPES REPRESENT
//   A Decision is one resolved finding and the action the policy assigned to
//   it. Decisions handed to Transform are sorted by begin and do not overlap
//   (tearline/resolve.h guarantees it). Transform builds the output: every byte
//   outside an acted-on span is copied unchanged; each acted-on span is
//   replaced according to its action:
//     keep          the span is copied;
//     redact        the policy's mask (default "[REDACTED]");
//     label         "[KIND-n]", n numbered from 1 per distinct value (or per
//                   linked entity) within one release, in order of first
//                   appearance, per kind;
//     pseudonym     "Person-XXXXXX" etc.: the first 30 bits of
//                   HMAC-SHA-256(recipient key, "KIND:" + normalized value) in
//                   Crockford base32; same value + same recipient key -> same
//                   pseudonym in every release; different keys -> unlinkable;
//     generalize    DATE -> "March 2021" / "2021"; COORDINATE -> the centre of
//                   an N km grid cell (MGRS: truncated precision); PHONE ->
//                   its country code; IP -> /24 or /48 network. A value that
//                   cannot be parsed for generalization is redacted instead;
//     drop_portion  every portion that the span touches becomes the single
//                   line "[portion withheld]".
//   The TransformResult lists, for the report, each applied action with its
//   input and output offsets, and the output ranges tearline inserted (so the
//   leak check does not flag tearline's own placeholders).
//
// THREAD SAFETY
//   Transform is a pure function of its arguments.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "tearline/finding.h"
#include "tearline/keys.h"
#include "tearline/policy.h"
#include "tearline/read.h"
#include "tearline/status.h"

namespace tearline {

struct Decision {
  Finding finding;
  Action action;
};

struct Span {
  size_t begin = 0;
  size_t end = 0;
};

struct AppliedAction {
  Finding finding;       // input offsets
  ActionType action;     // what was actually done (generalize may fall back to redact)
  Span output;           // where its replacement sits in the output
};

struct TransformResult {
  std::string text;
  std::vector<AppliedAction> applied;
  std::vector<Span> inserted;           // output ranges written by tearline, sorted
  std::vector<size_t> withheld_portions;  // indices into Document::portions
};

struct TransformContext {
  const Policy* policy = nullptr;     // required: mask
  const RecipientKey* key = nullptr;  // required iff any decision is kPseudonym
};

// REQUIRES: decisions sorted by begin, non-overlapping, inside doc.text.
// Fails (kInvalidArgument) if a pseudonym is needed and ctx.key is null.
Result<TransformResult> Transform(const Document& doc, const std::vector<Decision>& decisions,
                                  const TransformContext& ctx);

// The pseudonym text for `value` of `kind` under `key`, e.g. "Person-7QF3KA".
std::string Pseudonym(const RecipientKey& key, Kind kind, std::string_view value);

}  // namespace tearline

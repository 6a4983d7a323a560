// tearline/release.h — one release, from a read document to a verified output.
//
// WHAT THESE FUNCTIONS DO
//   RunRelease performs the pipeline stages after read for one document and
//   one recipient: detect (Engine::Scan down to the lowest threshold the
//   policy uses, the leak check's included) -> link mentions (LinkMentions)
//   -> portions by marking (DecidePortions: withheld portions become
//   drop_portion decisions, banner lines are replaced by the recomputed
//   banner, which is also put first when the input had none but the policy
//   has [markings]) -> decide (Decide) -> transform -> verify (CheckForLeaks
//   on the output). It writes nothing: the caller writes the output only if
//   `released()`, atomically, and records the attempt.
//   The leak check blocks the release when it finds a blocked kind that the
//   detect stage also saw, at or above the leak check's threshold, and did
//   not act on (a candidate below the action threshold: the case the lower
//   threshold exists for), a PROTECTED hit, or anything it cannot map back
//   to the input. A leak that the detect stage did not see even at that
//   threshold appeared because the text around it changed (the tagger reads
//   a redacted sentence differently): it is acted on with its kind's action
//   (detector "leakcheck") and the whole new output is checked again, at most
//   kLeakCheckRounds times; whatever is still found after that blocks.
//   ReleaseReportJson renders the findings report: kinds, offsets, actions,
//   confidences, counts and the leak check's verdict — never a hidden value.
//
// THREAD SAFETY
//   Safe to call concurrently with distinct scratches.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "tearline/engine.h"
#include "tearline/keys.h"
#include "tearline/policy.h"
#include "tearline/read.h"
#include "tearline/resolve.h"
#include "tearline/transform.h"
#include "tearline/verify.h"

namespace tearline {

// The releasability verdict of one portion (tearline/marking.h).
struct PortionVerdict {
  size_t portion = 0;    // index into Document::portions
  bool release = true;
  bool banner = false;   // a banner line, replaced by the output banner
  std::string marking;   // canonical mark, "unmarked" or "unparseable"
  std::string reason;    // marking terms only; never portion text
};

// The markings stage: one verdict per portion, the output banner lines, and
// whether the output carries a banner (the input had one, or the policy has a
// [markings] table).
struct MarkingsOutcome {
  std::vector<PortionVerdict> verdicts;
  std::vector<std::string> banner;
  bool emit_banner = false;
};

// Decides every portion of `doc` for the policy's recipient. Fail closed: an
// unparseable mark withholds its portion.
MarkingsOutcome DecidePortions(const Document& doc, const Policy& policy);

// The spans of doc.text that are valid marking syntax: banner lines and
// portion marks that parse (with the policy's custom labels), sorted and
// disjoint. A valid mark is made of marking terms only, so a detector's
// finding inside one ("REL" read as a name) is not about a person: the
// detect stage ignores such findings and the leak check does not count them.
std::vector<Span> MarkingSyntaxSpans(const Document& doc, const Policy& policy);

inline constexpr int kLeakCheckRounds = 3;

// Wall-clock time of a release's stages (nanoseconds). Measured, not part of
// the report: the same release takes different times.
struct ReleaseTimings {
  uint64_t detect_ns = 0;      // the engine's scan of the input
  uint64_t resolve_ns = 0;     // linking, generic words, portion verdicts, Decide (every round)
  uint64_t transform_ns = 0;   // Transform and reading its output back (every round)
  uint64_t leak_check_ns = 0;  // CheckForLeaks (every round)
};

struct ReleaseResult {
  MarkingsOutcome markings;
  std::vector<std::string> entity_names;  // from mention linking
  Resolution resolution;
  TransformResult transform;
  LeakReport leaks;
  // For each leak (same order): where its bytes came from in the input, so a
  // user can find them (`tearline scan --show-values`). {0,0} when the leak
  // lies in text tearline wrote.
  std::vector<Span> leak_input_spans;
  // Spans acted on because the leak check found them only in the released
  // text (detector "leakcheck"; see RunRelease).
  size_t acted_after_leak_check = 0;
  // Times the output was scanned by the leak check (1 .. kLeakCheckRounds + 1).
  int leak_check_scans = 0;
  ReleaseTimings timings;
  std::string input_sha256;
  std::string output_sha256;  // "" when blocked
  bool released() const { return !leaks.blocked(); }
  // counts[kind][action] over applied actions (allowed findings count as "allow").
  std::map<std::string, std::map<std::string, int>> Counts() const;
};

// True if the policy assigns `pseudonym` to any kind (a recipient key is needed).
bool PolicyNeedsKey(const Policy& policy);

// REQUIRES: key != nullptr if PolicyNeedsKey(policy).
Result<ReleaseResult> RunRelease(const Engine& engine, EngineScratch& scratch, const Document& doc,
                                 const Policy& policy, const RecipientKey* key);

struct ReportContext {
  std::string input;   // as named by the user
  std::string output;  // "" when blocked or not written
  std::string model_fingerprint;
  std::string tearline_version;
};

// The JSON report (pretty-printed, trailing newline). Documented in doc/report.md.
std::string ReleaseReportJson(const ReleaseResult& result, const Policy& policy, const ReportContext& ctx);

}  // namespace tearline

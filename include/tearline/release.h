// tearline/release.h — one release, from a read document to a verified output.
//
// WHAT THESE FUNCTIONS DO
//   RunRelease performs the pipeline stages after read for one document and
//   one recipient: detect (Engine::Scan at the lowest threshold the policy
//   uses) -> resolve and decide (Decide) -> transform -> verify
//   (CheckForLeaks on the output). It writes nothing: the caller writes the
//   output only if `released()`, atomically, and records the attempt.
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

struct ReleaseResult {
  Resolution resolution;
  TransformResult transform;
  LeakReport leaks;
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

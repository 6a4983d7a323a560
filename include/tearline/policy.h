// tearline/policy.h — the recipient's policy (decide).
//
// WHAT THESE TYPES REPRESENT
//   A Policy is the parsed, validated TOML file that says, for one recipient,
//   what happens to each kind of finding (an Action), the confidence from
//   which a finding is acted on, the terms that always pass (allow list), and
//   the kinds whose presence in the output blocks a release (verify.block).
//   The format is documented in doc/policy.md.
//
//   Fail closed: a kind with no action is redacted; unknown keys, unknown
//   kinds and malformed values are errors, never ignored, so that a typo
//   cannot weaken a policy.
//
// THREAD SAFETY
//   A Policy is immutable after parsing and may be shared between threads.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tearline/finding.h"
#include "tearline/marking.h"
#include "tearline/status.h"

namespace tearline {

struct RecordsPolicy;  // tearline/records.h

enum class ActionType { kKeep, kLabel, kGeneralize, kPseudonym, kRedact, kDropPortion };
// "keep", "label", "generalize", "pseudonym", "redact", "drop_portion".
std::string_view ActionName(ActionType type);
// Strictness for overlap resolution: keep < generalize < label < pseudonym < redact < drop_portion.
int ActionStrictness(ActionType type);

// How `generalize` coarsens a value. Which levels a kind accepts:
//   DATE: kMonth, kYear; COORDINATE: kGridKm (grid_km > 0);
//   PHONE: kCountryCode; IP: kNetwork (IPv4 /24, IPv6 /48).
enum class GeneralizeLevel { kNone, kMonth, kYear, kGridKm, kCountryCode, kNetwork };

struct Action {
  ActionType type = ActionType::kRedact;
  GeneralizeLevel level = GeneralizeLevel::kNone;  // only for kGeneralize
  double grid_km = 0;                              // only for kGridKm
  // Set by the release pipeline only (never by a policy file): when not empty,
  // kRedact writes this text instead of the mask (used for output banners).
  std::string replacement = {};
};

// One problem found while parsing or checking a policy.
struct PolicyDiagnostic {
  std::string file;  // the path as given, or "<string>"
  int line = 0;      // 1-based; 0 if unknown
  int column = 0;    // 1-based; 0 if unknown
  std::string message;
  // "file:line:col: message"
  std::string ToString() const;
};

struct Policy {
  std::string source;       // path the policy was read from
  std::string recipient;    // required, [A-Za-z0-9._-]+
  std::string description;  // optional

  // [actions]: index by static_cast<size_t>(Kind). Kinds the file does not name
  // get {kRedact}. PROTECTED is always kRedact and may not be set to keep.
  std::array<Action, kNumKinds> actions{};
  // [thresholds]: minimum confidence for a finding to be acted on.
  std::array<float, kNumKinds> thresholds{};  // default: default_threshold
  float default_threshold = 0.5f;             // [thresholds] default = ...

  // [redact] mask = "..." — the text that replaces a redacted span.
  std::string mask = "[REDACTED]";

  // [allow] terms = [...]: matched case-insensitively, whole-word, in the
  // input; a finding that lies inside an allowed term is kept.
  std::vector<std::string> allow_terms;

  // [verify] block = [...]: kinds that stop a release if the leak check still
  // finds them in the output. threshold: confidence for the leak check
  // (default 0.3, must be <= every action threshold it guards).
  std::vector<Kind> verify_block;
  float verify_threshold = 0.3f;

  // [protect] names = [...], file = "names.txt": people who must never appear
  // in any release, matched in every spelling (tearline/protect.h). The file
  // (UTF-8, one name a line, '#' comments) is read when the policy is parsed,
  // relative to the policy file's directory; its names are appended here, so
  // the fingerprint covers them.
  std::vector<std::string> protected_names;
  std::string protect_file;  // resolved path, "" when none

  // [markings]: releasability by portion marking (tearline/marking.h,
  // doc/markings.md). Without the table (markings_configured false), the
  // defaults are: unmarked portions and (U) pass, TLP:CLEAR passes, and every
  // portion marked anything else is withheld, since no recipient codes are set.
  bool markings_configured = false;
  RecipientMarkings markings;

  // [records]: how CSV/JSONL records are released (tearline/records.h,
  // doc/records.md); null when the policy has no [records] table.
  std::shared_ptr<const RecordsPolicy> records;

  // SHA-256 (hex) of the canonical form of the policy (see doc/policy.md);
  // recorded in reports and, later, the ledger.
  std::string fingerprint;

  const Action& ActionFor(Kind k) const { return actions[static_cast<size_t>(k)]; }
  float ThresholdFor(Kind k) const { return thresholds[static_cast<size_t>(k)]; }
  bool Blocks(Kind k) const;
};

// Parses policy TOML text. `source_name` is used in diagnostics. On failure the
// Status (kPolicyError) message holds every diagnostic, one per line, each as
// "file:line:col: message".
Result<Policy> ParsePolicy(std::string_view toml_text, std::string_view source_name);

// Reads and parses a policy file; a missing or unreadable file is kIOError
// with the path in the message.
Result<Policy> LoadPolicy(const std::string& path);

// Parses and returns all diagnostics (empty when the policy is valid).
std::vector<PolicyDiagnostic> CheckPolicy(std::string_view toml_text, std::string_view source_name);

}  // namespace tearline

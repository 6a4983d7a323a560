// Internal to the CLI: `tearline release` for records (CSV, JSONL).
#pragma once

#include <ostream>
#include <string_view>

#include "commands.h"

namespace tearline::cli {

// True if `path` names a records input (.csv, .jsonl, .ndjson), which
// `tearline release` hands to RunRecordsRelease.
bool IsRecordsPath(std::string_view path);

// Releases the records of o.input under the [records] table of o.policy
// (doc/records.md): reads and validates the CSV/JSONL, applies the field
// rules (pseudonyms keyed with the recipient key, `text` through the text
// pipeline), then either the k-anonymity gate or the count table, the check
// against earlier releases to the same recipient, and the leak check over the
// whole output; writes the output atomically, the --report JSON (never a
// value), one ledger entry per attempt, and the released quasi-identifier
// hashes after a successful release.
// Returns kBlocked (exit 1) when the gate, the cross-release check or the
// leak check stops the release (recorded in the ledger, nothing written);
// kPolicyError (2) for a policy without [records] or naming a field the input
// lacks; kBadInput (3) for malformed input; kIOError (4) for I/O failures.
Status RunRecordsRelease(const ReleaseOptions& o, std::ostream& out, std::ostream& err);

}  // namespace tearline::cli

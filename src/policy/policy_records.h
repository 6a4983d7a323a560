// Internal to tearline_policy: the [records] table of a policy
// (doc/policy.md "[records]", doc/records.md).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <toml++/toml.h>

#include "tearline/policy.h"
#include "tearline/records.h"

namespace tearline {

// Parses the [records] table `node` of the policy file `file` (hierarchy
// files are read relative to its directory) and stores the result in *out.
// Appends one diagnostic ("file:line:col: message") per problem to *diags
// and leaves *out unset if there was any; unknown keys are problems.
void ParseRecordsTable(const toml::node& node, const std::string& file, std::shared_ptr<const RecordsPolicy>* out,
                       std::vector<PolicyDiagnostic>* diags);

// The canonical lines of a records policy, appended to the canonical form of
// the policy (doc/policy.md "Fingerprint"): one "records.<name>=value" line
// per setting, fields and hierarchies in the order of the file.
std::string CanonicalRecordsPolicy(const RecordsPolicy& records);

}  // namespace tearline

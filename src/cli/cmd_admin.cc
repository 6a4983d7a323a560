#include "commands.h"
#include "tearline/file.h"
#include "tearline/keys.h"
#include "tearline/policy.h"

namespace tearline::cli {

Status RunPolicyCheck(const std::string& path, std::ostream& out, std::ostream& err) {
  TL_ASSIGN_OR_RETURN(std::string text, ReadFile(path, 1u << 20));
  std::vector<PolicyDiagnostic> diags = CheckPolicy(text, path);
  if (!diags.empty()) {
    for (const PolicyDiagnostic& d : diags) err << d.ToString() << "\n";
    return Status::PolicyError(path + ": " + std::to_string(diags.size()) + " error(s)");
  }
  TL_ASSIGN_OR_RETURN(Policy policy, ParsePolicy(text, path));
  out << path << ": OK (recipient " << policy.recipient << ", fingerprint " << policy.fingerprint << ")\n";
  return Status::OK();
}

Status RunKeysInit(const KeysInitOptions& o, std::ostream& out, std::ostream& err) {
  std::string home = ResolveHome(o.home);
  TL_RETURN_IF_ERROR(EnsureHome(home));
  TL_ASSIGN_OR_RETURN(std::string path, CreateRecipientKey(home, o.recipient));
  out << "created the pseudonym key of " << o.recipient << ": " << path << " (mode 0600)\n";
  return Status::OK();
}

}  // namespace tearline::cli

#include "commands.h"
#include "tearline/file.h"
#include "tearline/keys.h"
#include "tearline/ledger.h"
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
  auto existing = LoadSigningKey(home);
  if (existing.ok()) {
    if (o.recipient.empty()) return Status::InvalidArgument("the ledger signing key already exists: " + SigningKeyPath(home));
  } else if (existing.status().code() == Status::Code::kNotFound) {
    TL_ASSIGN_OR_RETURN(SigningKey key, CreateSigningKey(home));
    out << "created the ledger signing key: " << SigningKeyPath(home) << " (mode 0600); public key "
        << PublicKeyPath(home) << " (" << key.PublicHex() << ")\n";
  } else {
    return existing.status();
  }
  if (!o.recipient.empty()) {
    TL_ASSIGN_OR_RETURN(std::string path, CreateRecipientKey(home, o.recipient));
    out << "created the pseudonym key of " << o.recipient << ": " << path << " (mode 0600)\n";
  }
  return Status::OK();
}

}  // namespace tearline::cli

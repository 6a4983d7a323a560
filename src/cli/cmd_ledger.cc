#include <pwd.h>
#include <unistd.h>

#include <cstdlib>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "tearline/keys.h"
#include "tearline/ledger.h"

namespace tearline::cli {
namespace {

std::string LedgerPath(const LedgerCmdOptions& o) {
  return o.ledger.empty() ? DefaultLedgerPath(ResolveHome(o.home)) : o.ledger;
}

Result<std::unique_ptr<Ledger>> OpenExisting(const LedgerCmdOptions& o) {
  tearline::LedgerOptions options;
  options.path = LedgerPath(o);
  options.must_exist = true;
  return Ledger::Open(options);
}

}  // namespace

std::string CurrentUser() {
  if (const char* u = std::getenv("USER"); u && *u) return u;
  if (const passwd* pw = ::getpwuid(::getuid()); pw && pw->pw_name) return pw->pw_name;
  return "unknown";
}

Result<std::unique_ptr<Ledger>> OpenLedgerForAppend(const std::string& home, const std::string& path) {
  TL_RETURN_IF_ERROR(EnsureHome(home));
  TL_ASSIGN_OR_RETURN(SigningKey key, LoadOrCreateSigningKey(home));
  tearline::LedgerOptions options;
  options.path = path.empty() ? DefaultLedgerPath(home) : path;
  options.key = key;
  TL_ASSIGN_OR_RETURN(std::unique_ptr<Ledger> ledger, Ledger::Open(options));
  // Finish or undo publications that a killed tearline left half done, so that
  // every release has left its entry and its output, or neither.
  TL_RETURN_IF_ERROR(RecoverPublications(*ledger, PendingDirFor(options.path)).status());
  return ledger;
}

Status RunLedgerShow(const LedgerCmdOptions& o, std::ostream& out, std::ostream& err) {
  TL_ASSIGN_OR_RETURN(std::unique_ptr<Ledger> ledger, OpenExisting(o));
  ListFilter filter;
  filter.recipient = o.recipient;
  TL_ASSIGN_OR_RETURN(std::vector<LedgerEntry> entries, ledger->List(filter));
  size_t first = o.limit && entries.size() > o.limit ? entries.size() - o.limit : 0;
  for (size_t i = first; i < entries.size(); ++i) {
    const LedgerEntry& e = entries[i];
    out << e.seq << "  " << e.time_utc << "  " << DecisionName(e.draft.decision) << "  to " << e.draft.recipient
        << "  by " << e.draft.operator_name << "  input " << e.draft.input_sha256.substr(0, 12) << "  output "
        << (e.draft.output_sha256.empty() ? std::string("-") : e.draft.output_sha256.substr(0, 12)) << "  "
        << e.draft.counts_json << "\n";
    if (e.draft.decision == LedgerDecision::kBlocked) out << "    " << e.draft.reason << "\n";
  }
  err << entries.size() - first << " of " << entries.size() << " entries\n";
  return Status::OK();
}

Status RunLedgerVerify(const LedgerCmdOptions& o, std::ostream& out, std::ostream& err) {
  std::string pub = o.public_key.empty() ? PublicKeyPath(ResolveHome(o.home)) : o.public_key;
  TL_ASSIGN_OR_RETURN(auto public_key, LoadPublicKey(pub));
  tearline::VerifyOptions options;
  options.public_key = public_key;
  if (!o.anchor.empty()) {
    size_t colon = o.anchor.find(':');
    char* end = nullptr;
    unsigned long long seq = colon == std::string::npos ? 0 : std::strtoull(o.anchor.c_str(), &end, 10);
    if (colon == std::string::npos || end != o.anchor.c_str() + colon || o.anchor.size() != colon + 65) {
      return Status::InvalidArgument("--anchor must be SEQ:HASH as printed by `tearline ledger head`");
    }
    options.anchor = LedgerHead{seq, o.anchor.substr(colon + 1)};
  }
  TL_ASSIGN_OR_RETURN(std::unique_ptr<Ledger> ledger, OpenExisting(o));
  TL_ASSIGN_OR_RETURN(VerifyReport report, ledger->Verify(options));
  if (!report.ok) {
    err << "tearline: ledger " << LedgerPath(o) << " is NOT intact: " << report.problem << "\n";
    return Status::Corruption("ledger verification failed at entry " + std::to_string(report.first_bad_seq));
  }
  out << "ledger " << LedgerPath(o) << " is intact: " << report.entries << " entries, head " << report.head.seq << ":"
      << report.head.hash << "\n";
  return Status::OK();
}

Status RunLedgerExport(const LedgerCmdOptions& o, std::ostream& out, std::ostream& err) {
  TL_ASSIGN_OR_RETURN(std::unique_ptr<Ledger> ledger, OpenExisting(o));
  ListFilter filter;
  filter.recipient = o.recipient;
  TL_ASSIGN_OR_RETURN(std::string json, ledger->ExportJson(filter));
  out << json;
  if (json.empty() || json.back() != '\n') out << "\n";
  return Status::OK();
}

Status RunLedgerHead(const LedgerCmdOptions& o, std::ostream& out, std::ostream& err) {
  TL_ASSIGN_OR_RETURN(std::unique_ptr<Ledger> ledger, OpenExisting(o));
  TL_ASSIGN_OR_RETURN(LedgerHead head, ledger->Head());
  out << head.seq << ":" << head.hash << "\n";
  return Status::OK();
}

}  // namespace tearline::cli

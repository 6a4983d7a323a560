// RecordAndPublish: the order of operations that ties an output file to its
// ledger entry (see tearline/ledger.h and doc/ledger.md).
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <random>

#include "internal.h"
#include "tearline/ledger.h"

namespace tearline {

Result<LedgerEntry> RecordAndPublish(Ledger& ledger, const EntryDraft& draft, const std::string& output_path,
                                     std::string_view output, unsigned mode, const FaultPoint& fault) {
  if (draft.decision != LedgerDecision::kReleased) {
    return Status::InvalidArgument("RecordAndPublish records releases; append blocked entries directly");
  }
  if (draft.output_sha256 != LedgerSha256Hex(output)) {
    return Status::InvalidArgument("output_sha256 does not match the output being published");
  }
  namespace fs = std::filesystem;
  fs::path target(output_path);
  fs::path dir = target.parent_path();
  if (dir.empty()) dir = ".";
  std::random_device rd;
  std::string tmp;
  int err = EEXIST;
  for (int attempt = 0; attempt < 16 && err == EEXIST; ++attempt) {
    char suffix[32];
    std::snprintf(suffix, sizeof suffix, ".tmp.%08x", rd());
    tmp = (dir / ("." + target.filename().string() + suffix)).string();
    err = ledger_internal::WriteNewFile(tmp, output, mode);
  }
  if (err != 0) return Status::IOError("cannot write a temporary file beside " + output_path + ": " + std::strerror(err));
  if (fault) fault("temp_written");

  auto entry = ledger.Append(draft);
  if (!entry.ok()) {
    ::unlink(tmp.c_str());
    return entry.status();
  }
  if (fault) fault("entry_appended");

  if (::rename(tmp.c_str(), output_path.c_str()) != 0) {
    int rename_err = errno;
    ::unlink(tmp.c_str());
    EntryDraft undo = draft;
    undo.decision = LedgerDecision::kBlocked;
    undo.output_sha256.clear();
    undo.reason = "output could not be published after entry " + std::to_string(entry->seq);
    auto second = ledger.Append(undo);
    Status st = Status::IOError("cannot rename into " + output_path + ": " + std::strerror(rename_err));
    if (!second.ok()) return st.WithContext(second.status().ToString());
    return st;
  }
  ledger_internal::SyncParentDir(output_path);
  if (fault) fault("renamed");
  return entry;
}

}  // namespace tearline

// RecordAndPublish and RecoverPublications: the protocol that ties an output
// file to its ledger entry so that, once recovery has run, a release leaves
// either both (entry and output) or neither (see tearline/ledger.h and
// doc/ledger.md, "Crash consistency").
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <random>

#include "internal.h"
#include "tearline/file.h"
#include "tearline/ledger.h"

namespace tearline {
namespace {

namespace fs = std::filesystem;

std::string RandomSuffix() {
  std::random_device rd;
  char buf[24];
  std::snprintf(buf, sizeof buf, "%08x%08x", rd(), rd());
  return buf;
}

// An intent file, locked by its owner for as long as the publication runs.
struct Intent {
  int fd = -1;
  std::string path;
  ~Intent() {
    if (fd >= 0) ::close(fd);
  }
};

// Writes <dir>/<random>.intent atomically (temporary name, flock, write,
// fsync, rename) and keeps it locked. Another process's recovery removes a
// temporary intent it can lock (RecoverPublications: its writer died); one
// removed between its creation and our lock is made again under a new name.
Result<std::unique_ptr<Intent>> WriteIntent(const std::string& dir, const nlohmann::json& body) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  fs::permissions(dir, fs::perms::owner_all, fs::perm_options::replace, ec);
  auto intent = std::make_unique<Intent>();
  std::string tmp;
  for (int attempt = 0;; ++attempt) {
    const std::string name = RandomSuffix();
    tmp = dir + "/." + name + ".tmp";
    intent->path = dir + "/" + name + ".intent";
    intent->fd = ::open(tmp.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (intent->fd < 0) {
      const int err = errno;
      return Status::IOError("cannot write a publication intent in " + dir + ": " + std::strerror(err));
    }
    if (::flock(intent->fd, LOCK_EX) != 0) {
      const int err = errno;
      ::unlink(tmp.c_str());
      return Status::IOError("cannot lock a publication intent in " + dir + ": " + std::strerror(err));
    }
    struct stat st;
    if (::fstat(intent->fd, &st) == 0 && st.st_nlink > 0) break;  // still ours, and locked
    ::close(intent->fd);
    intent->fd = -1;
    if (attempt == 8) return Status::IOError("cannot write a publication intent in " + dir + ": removed while written");
  }
  std::string data = body.dump() + "\n";
  if (::write(intent->fd, data.data(), data.size()) != static_cast<ssize_t>(data.size()) ||
      ::fsync(intent->fd) != 0 || ::rename(tmp.c_str(), intent->path.c_str()) != 0) {
    int err = errno;
    ::unlink(tmp.c_str());
    return Status::IOError("cannot write a publication intent in " + dir + ": " + std::strerror(err));
  }
  ledger_internal::SyncParentDir(intent->path);
  return intent;
}

void DropIntent(Intent& intent) {
  ::unlink(intent.path.c_str());
  ledger_internal::SyncParentDir(intent.path);
}

bool FileHasHash(const std::string& path, const std::string& hash) {
  auto data = ReadFile(path);
  return data.ok() && LedgerSha256Hex(*data) == hash;
}

}  // namespace

std::string PendingDirFor(const std::string& ledger_path) { return ledger_path + ".pending"; }

Result<LedgerEntry> RecordAndPublish(Ledger& ledger, const EntryDraft& draft, const std::string& output_path,
                                     std::string_view output, unsigned mode, const FaultPoint& fault,
                                     const std::string& pending_dir) {
  if (draft.decision != LedgerDecision::kReleased) {
    return Status::InvalidArgument("RecordAndPublish records releases; append blocked entries directly");
  }
  if (draft.output_sha256 != LedgerSha256Hex(output)) {
    return Status::InvalidArgument("output_sha256 does not match the output being published");
  }
  fs::path target(output_path);
  fs::path dir = target.parent_path();
  if (dir.empty()) dir = ".";
  const std::string tmp = (dir / ("." + target.filename().string() + ".tmp." + RandomSuffix())).string();

  // 1. The intent: what is about to be published, and after which head.
  std::unique_ptr<Intent> intent;
  if (!pending_dir.empty()) {
    TL_ASSIGN_OR_RETURN(LedgerHead head, ledger.Head());
    nlohmann::json body = {{"format", "tearline-publish-intent-v1"},
                           {"after_seq", head.seq},
                           {"output_sha256", draft.output_sha256},
                           {"temp", fs::absolute(tmp).string()},
                           {"output", fs::absolute(output_path).string()}};
    TL_ASSIGN_OR_RETURN(intent, WriteIntent(pending_dir, body));
    if (fault) fault("intent_written");
  }
  // 2. The output, complete and durable, under a temporary name.
  if (int err = ledger_internal::WriteNewFile(tmp, output, mode); err != 0) {
    if (intent) DropIntent(*intent);
    return Status::IOError("cannot write a temporary file beside " + output_path + ": " + std::strerror(err));
  }
  if (fault) fault("temp_written");

  // 3. The entry.
  auto entry = ledger.Append(draft);
  if (!entry.ok()) {
    ::unlink(tmp.c_str());
    if (intent) DropIntent(*intent);
    return entry.status();
  }
  if (fault) fault("entry_appended");

  // 4. The output in place.
  if (::rename(tmp.c_str(), output_path.c_str()) != 0) {
    int rename_err = errno;
    ::unlink(tmp.c_str());
    EntryDraft undo = draft;
    undo.decision = LedgerDecision::kBlocked;
    undo.output_sha256.clear();
    undo.reason = "output could not be published after entry " + std::to_string(entry->seq);
    auto second = ledger.Append(undo);
    if (intent) DropIntent(*intent);
    Status st = Status::IOError("cannot rename into " + output_path + ": " + std::strerror(rename_err));
    if (!second.ok()) return st.WithContext(second.status().ToString());
    return st;
  }
  ledger_internal::SyncParentDir(output_path);
  if (fault) fault("renamed");
  // 5. Done: the intent goes.
  if (intent) DropIntent(*intent);
  return entry;
}

Result<PublishRecovery> RecoverPublications(Ledger& ledger, const std::string& pending_dir) {
  PublishRecovery report;
  std::error_code ec;
  if (!fs::is_directory(pending_dir, ec)) return report;
  for (const auto& e : fs::directory_iterator(pending_dir, ec)) {
    const std::string path = e.path().string();
    if (e.path().extension() != ".intent") {
      // A half-written intent (".<name>.tmp") whose writer died before it
      // committed anything: nothing to undo but the file itself.
      if (e.path().filename().string()[0] != '.' || e.path().extension() != ".tmp") continue;
      int tfd = ::open(path.c_str(), O_RDWR | O_CLOEXEC);
      if (tfd < 0) continue;
      if (::flock(tfd, LOCK_EX | LOCK_NB) == 0) ::unlink(path.c_str());
      ::close(tfd);
      continue;
    }
    int fd = ::open(path.c_str(), O_RDWR | O_CLOEXEC);
    if (fd < 0) continue;  // taken by another recovery
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {  // its publisher is still running
      ::close(fd);
      continue;
    }
    if (!fs::exists(path)) {  // finished and removed while we waited
      ::close(fd);
      continue;
    }
    auto data = ReadFile(path);
    nlohmann::json body;
    try {
      body = nlohmann::json::parse(data.ok() ? *data : std::string());
    } catch (const std::exception&) {
      ::close(fd);
      return Status::Corruption("unreadable publication intent " + path);
    }
    const uint64_t after = body.value("after_seq", uint64_t{0});
    const std::string hash = body.value("output_sha256", "");
    const std::string tmp = body.value("temp", "");
    const std::string output = body.value("output", "");
    ListFilter filter;
    filter.after_seq = after;
    TL_ASSIGN_OR_RETURN(std::vector<LedgerEntry> later, ledger.List(filter));
    const LedgerEntry* entry = nullptr;
    for (const LedgerEntry& le : later) {
      if (le.draft.decision == LedgerDecision::kReleased && le.draft.output_sha256 == hash) {
        entry = &le;
        break;
      }
    }
    if (entry == nullptr) {
      // Killed before the entry: roll back.
      ::unlink(tmp.c_str());
      ++report.rolled_back;
    } else if (FileHasHash(tmp, hash)) {
      // Killed after the entry, before the rename: roll forward.
      if (::rename(tmp.c_str(), output.c_str()) != 0) {
        ::close(fd);
        return Status::IOError("cannot complete the publication of entry " + std::to_string(entry->seq) + " to " +
                               output + ": " + std::strerror(errno));
      }
      ledger_internal::SyncParentDir(output);
      ++report.rolled_forward;
    } else if (!FileHasHash(output, hash)) {
      // The temporary is gone and the output is not in place: say so.
      EntryDraft lost = entry->draft;
      lost.decision = LedgerDecision::kBlocked;
      lost.output_sha256.clear();
      lost.reason = "output of entry " + std::to_string(entry->seq) + " was lost before it was published";
      TL_RETURN_IF_ERROR(ledger.Append(lost).status());
      ++report.lost;
    }
    ::unlink(path.c_str());
    ledger_internal::SyncParentDir(path);
    ::close(fd);
  }
  return report;
}

}  // namespace tearline

// The SQLite-backed ledger: open, append, list, verify, head, export.
#include "tearline/ledger.h"

#include <fcntl.h>
#include <sodium.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <nlohmann/json.hpp>
#include <thread>

#include "internal.h"

namespace tearline {
namespace {

using ledger_internal::FromHex;
using ledger_internal::IsSha256Hex;

constexpr char kFormat[] = "tearline-ledger-v1";
const std::string kZeroHash(64, '0');

constexpr char kSchema[] = R"sql(
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS entries(
  seq INTEGER PRIMARY KEY,
  time TEXT NOT NULL,
  operator TEXT NOT NULL,
  recipient TEXT NOT NULL,
  policy_fingerprint TEXT NOT NULL,
  model_fingerprint TEXT NOT NULL,
  input_sha256 TEXT NOT NULL,
  output_sha256 TEXT NOT NULL,
  counts TEXT NOT NULL,
  decision TEXT NOT NULL,
  reason TEXT NOT NULL,
  key_id TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL,
  signature TEXT NOT NULL);
INSERT OR IGNORE INTO meta(key, value) VALUES('format', 'tearline-ledger-v1');
CREATE TABLE IF NOT EXISTS released_qi(recipient TEXT NOT NULL, seq INTEGER NOT NULL, fields TEXT NOT NULL, key_hash TEXT NOT NULL, PRIMARY KEY(recipient, seq, key_hash));
)sql";

constexpr char kSelectColumns[] =
    "SELECT seq, time, operator, recipient, policy_fingerprint, model_fingerprint, input_sha256, "
    "output_sha256, counts, decision, reason, key_id, prev_hash, hash, signature FROM entries";

// A prepared statement that finalizes itself.
class Stmt {
 public:
  Stmt(sqlite3* db, const char* sql) { rc_ = sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr); }
  ~Stmt() { sqlite3_finalize(stmt_); }
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
  bool ok() const { return rc_ == SQLITE_OK; }
  sqlite3_stmt* get() { return stmt_; }
  void Bind(int i, std::string_view s) {
    sqlite3_bind_text(stmt_, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
  }
  void Bind(int i, int64_t v) { sqlite3_bind_int64(stmt_, i, v); }
  int Step() { return sqlite3_step(stmt_); }
  std::string Text(int col) {
    const unsigned char* p = sqlite3_column_text(stmt_, col);
    return p ? std::string(reinterpret_cast<const char*>(p), sqlite3_column_bytes(stmt_, col)) : "";
  }
  int64_t Int(int col) { return sqlite3_column_int64(stmt_, col); }

 private:
  sqlite3_stmt* stmt_ = nullptr;
  int rc_ = SQLITE_ERROR;
};

LedgerEntry ReadRow(Stmt& s) {
  LedgerEntry e;
  int64_t seq = s.Int(0);
  e.seq = seq < 0 ? 0 : static_cast<uint64_t>(seq);
  e.time_utc = s.Text(1);
  e.draft.operator_name = s.Text(2);
  e.draft.recipient = s.Text(3);
  e.draft.policy_fingerprint = s.Text(4);
  e.draft.model_fingerprint = s.Text(5);
  e.draft.input_sha256 = s.Text(6);
  e.draft.output_sha256 = s.Text(7);
  e.draft.counts_json = s.Text(8);
  // Anything but "released" reads as blocked; the hash then exposes an edit.
  e.draft.decision = s.Text(9) == "released" ? LedgerDecision::kReleased : LedgerDecision::kBlocked;
  e.draft.reason = s.Text(10);
  e.key_id = s.Text(11);
  e.prev_hash = s.Text(12);
  e.hash = s.Text(13);
  e.signature = s.Text(14);
  return e;
}

// Canonical JSON text of a counts object, or an error.
Result<std::string> CanonicalCounts(const std::string& text) {
  try {
    nlohmann::json j = nlohmann::json::parse(text.empty() ? std::string("{}") : text);
    if (!j.is_object()) return Status::InvalidArgument("counts must be a JSON object");
    return j.dump();
  } catch (const std::exception&) {
    return Status::InvalidArgument("counts are not valid JSON");
  }
}

Status ValidateDraft(const EntryDraft& d) {
  if (!IsSha256Hex(d.input_sha256)) {
    return Status::InvalidArgument("input_sha256 must be 64 lower-case hex characters");
  }
  if (d.decision == LedgerDecision::kReleased && !IsSha256Hex(d.output_sha256)) {
    return Status::InvalidArgument("a released entry needs output_sha256 (64 lower-case hex characters)");
  }
  if (d.decision == LedgerDecision::kBlocked && !d.output_sha256.empty()) {
    return Status::InvalidArgument("a blocked entry has no output_sha256");
  }
  return Status::OK();
}

// Streams the entries in seq order (memory stays constant however long the
// ledger is) and stops at the first bad one. Not-OK only on a read error.
Result<VerifyReport> WalkChain(sqlite3* db, const VerifyOptions& options) {
  // ReadRow maps an unknown decision text to "blocked"; such rows are found
  // here so that editing "blocked" into anything else is still detected.
  std::vector<uint64_t> bad_decision;
  {
    Stmt s(db, "SELECT seq FROM entries WHERE decision NOT IN ('released', 'blocked')");
    while (s.ok() && s.Step() == SQLITE_ROW) bad_decision.push_back(static_cast<uint64_t>(s.Int(0)));
  }
  const std::string trusted = ledger_internal::ToHex(options.public_key.data(), 32);
  const uint64_t anchor_seq = options.anchor ? options.anchor->seq : 0;
  std::string hash_at_anchor;
  VerifyReport report;
  auto fail = [&report](uint64_t seq, std::string problem) {
    report.ok = false;
    report.first_bad_seq = seq;
    report.problem = "entry " + std::to_string(seq) + ": " + problem;
    return report;
  };
  std::string prev = kZeroHash;
  uint64_t expected = 1;
  Stmt s(db, (std::string(kSelectColumns) + " ORDER BY seq").c_str());
  if (!s.ok()) return Status::IOError("prepare");
  int rc;
  while ((rc = s.Step()) == SQLITE_ROW) {
    LedgerEntry e = ReadRow(s);
    if (e.seq != expected) {
      return fail(expected, "missing (the next stored entry is " + std::to_string(e.seq) +
                                "); an entry was deleted");
    }
    if (e.prev_hash != prev) {
      return fail(e.seq, "link to the previous entry is broken (an entry was deleted, inserted or "
                         "reordered before it)");
    }
    bool odd_decision = std::find(bad_decision.begin(), bad_decision.end(), e.seq) != bad_decision.end();
    if (odd_decision || LedgerSha256Hex(CanonicalEntry(e)) != e.hash) {
      return fail(e.seq, "contents do not match its hash (the entry was edited)");
    }
    if (e.key_id != trusted) return fail(e.seq, "signed by a key other than the trusted one");
    uint8_t raw_hash[32], sig[crypto_sign_BYTES];
    if (!FromHex(e.hash, raw_hash, sizeof raw_hash) || !FromHex(e.signature, sig, sizeof sig) ||
        crypto_sign_verify_detached(sig, raw_hash, sizeof raw_hash, options.public_key.data()) != 0) {
      return fail(e.seq, "bad signature");
    }
    if (e.seq == anchor_seq) hash_at_anchor = e.hash;
    prev = std::move(e.hash);
    ++expected;
    ++report.entries;
  }
  if (rc != SQLITE_DONE) return Status::IOError("read");
  if (anchor_seq > 0) {
    if (anchor_seq > report.entries) {
      return fail(report.entries + 1, "missing: the ledger ends at entry " + std::to_string(report.entries) +
                                          " but the anchored head is entry " + std::to_string(anchor_seq) +
                                          " (truncated)");
    }
    if (hash_at_anchor != options.anchor->hash) {
      return fail(anchor_seq, "does not match the anchored head (history was rewritten)");
    }
  }
  report.ok = true;
  report.head = {report.entries, prev};
  return report;
}

}  // namespace

struct Ledger::Impl {
  LedgerOptions options;
  sqlite3* db = nullptr;

  ~Impl() {
    if (db) sqlite3_close_v2(db);
  }
  Status Error(std::string_view what) const {
    return Status::IOError("ledger " + options.path + ": " + std::string(what) + ": " + sqlite3_errmsg(db));
  }
  Status Exec(const char* sql) {
    if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK) return Error(sql);
    return Status::OK();
  }
  void Rollback() { sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr); }
  int64_t Now() const {
    if (options.clock) return options.clock();
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
  }
  Result<LedgerHead> ReadHead() {
    Stmt s(db, "SELECT seq, hash FROM entries ORDER BY seq DESC LIMIT 1");
    if (!s.ok()) return Error("read head");
    LedgerHead head{0, kZeroHash};
    int rc = s.Step();
    if (rc == SQLITE_ROW) {
      head.seq = static_cast<uint64_t>(s.Int(0));
      head.hash = s.Text(1);
    } else if (rc != SQLITE_DONE) {
      return Error("read head");
    }
    return head;
  }
  Result<std::vector<LedgerEntry>> Select(const ListFilter& f) {
    std::string sql = std::string(kSelectColumns) + " WHERE seq > ?1 AND (?2 = '' OR recipient = ?2)" +
                      " ORDER BY seq LIMIT ?3";
    Stmt s(db, sql.c_str());
    if (!s.ok()) return Error("list");
    s.Bind(1, static_cast<int64_t>(f.after_seq));
    s.Bind(2, f.recipient);
    s.Bind(3, f.limit == 0 ? int64_t{-1} : static_cast<int64_t>(f.limit));
    std::vector<LedgerEntry> out;
    int rc;
    while ((rc = s.Step()) == SQLITE_ROW) out.push_back(ReadRow(s));
    if (rc != SQLITE_DONE) return Error("list");
    return out;
  }
};

Ledger::Ledger(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Ledger::~Ledger() = default;

Result<std::unique_ptr<Ledger>> Ledger::Open(const LedgerOptions& options) {
  if (!ledger_internal::SodiumReady()) return Status::Internal("libsodium failed to initialize");
  const std::string& path = options.path;
  if (path.empty()) return Status::InvalidArgument("no ledger path given");
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) {
    if (errno != ENOENT) return Status::IOError("cannot stat " + path + ": " + std::strerror(errno));
    if (options.must_exist) return Status::NotFound("no ledger at " + path);
    // Create the file ourselves so that it is 0600 whatever the umask; SQLite
    // gives its -wal and -shm files the database file's mode.
    int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) return Status::IOError("cannot create " + path + ": " + std::strerror(errno));
    ::fchmod(fd, 0600);
    ::close(fd);
  }
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  if (sqlite3_open_v2(path.c_str(), &impl->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) !=
      SQLITE_OK) {
    return impl->Error("open");
  }
  sqlite3_busy_timeout(impl->db, options.busy_timeout_ms);
  // Turning a new database to WAL takes an exclusive lock, and SQLite reports
  // "locked" at once, without its busy handler, when another process is
  // opening the same new file: retry until the busy timeout.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(options.busy_timeout_ms);
  for (int attempt = 0;; ++attempt) {
    const int rc = sqlite3_exec(impl->db, "PRAGMA journal_mode=WAL", nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK) break;
    if ((rc != SQLITE_BUSY && rc != SQLITE_LOCKED) || std::chrono::steady_clock::now() >= deadline) {
      return impl->Error("PRAGMA journal_mode=WAL");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(1 + attempt % 20));
  }
  TL_RETURN_IF_ERROR(impl->Exec("PRAGMA synchronous=FULL"));
  // A file that is not a database fails here.
  TL_RETURN_IF_ERROR(impl->Exec("BEGIN IMMEDIATE"));
  if (sqlite3_exec(impl->db, kSchema, nullptr, nullptr, nullptr) != SQLITE_OK) {
    Status s = impl->Error("create schema");
    impl->Rollback();
    return s;
  }
  TL_RETURN_IF_ERROR(impl->Exec("COMMIT"));
  Stmt s(impl->db, "SELECT value FROM meta WHERE key = 'format'");
  if (!s.ok() || s.Step() != SQLITE_ROW || s.Text(0) != kFormat) {
    return Status::Corruption(path + " is not a " + std::string(kFormat) + " ledger");
  }
  return std::unique_ptr<Ledger>(new Ledger(std::move(impl)));
}

Result<LedgerEntry> Ledger::Append(const EntryDraft& draft) {
  Impl& d = *impl_;
  if (!d.options.key) return Status::InvalidArgument("appending to the ledger needs its signing key");
  TL_RETURN_IF_ERROR(ValidateDraft(draft));
  LedgerEntry e;
  e.draft = draft;
  TL_ASSIGN_OR_RETURN(e.draft.counts_json, CanonicalCounts(draft.counts_json));
  const SigningKey& key = *d.options.key;
  e.key_id = key.PublicHex();

  TL_RETURN_IF_ERROR(d.Exec("BEGIN IMMEDIATE"));
  auto head = d.ReadHead();
  if (!head.ok()) {
    d.Rollback();
    return head.status();
  }
  e.seq = head->seq + 1;
  e.prev_hash = head->hash;
  e.time_utc = ledger_internal::FormatUtc(d.Now());
  e.hash = LedgerSha256Hex(CanonicalEntry(e));
  uint8_t raw_hash[32];
  FromHex(e.hash, raw_hash, sizeof raw_hash);
  uint8_t sig[crypto_sign_BYTES];
  crypto_sign_detached(sig, nullptr, raw_hash, sizeof raw_hash, key.secret_key.data());
  e.signature = ledger_internal::ToHex(sig, sizeof sig);

  Stmt s(d.db,
         "INSERT INTO entries(seq, time, operator, recipient, policy_fingerprint, model_fingerprint, "
         "input_sha256, output_sha256, counts, decision, reason, key_id, prev_hash, hash, signature) "
         "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)");
  if (!s.ok()) {
    Status st = d.Error("prepare insert");
    d.Rollback();
    return st;
  }
  s.Bind(1, static_cast<int64_t>(e.seq));
  s.Bind(2, e.time_utc);
  s.Bind(3, e.draft.operator_name);
  s.Bind(4, e.draft.recipient);
  s.Bind(5, e.draft.policy_fingerprint);
  s.Bind(6, e.draft.model_fingerprint);
  s.Bind(7, e.draft.input_sha256);
  s.Bind(8, e.draft.output_sha256);
  s.Bind(9, e.draft.counts_json);
  s.Bind(10, DecisionName(e.draft.decision));
  s.Bind(11, e.draft.reason);
  s.Bind(12, e.key_id);
  s.Bind(13, e.prev_hash);
  s.Bind(14, e.hash);
  s.Bind(15, e.signature);
  if (s.Step() != SQLITE_DONE) {
    Status st = d.Error("insert entry");
    d.Rollback();
    return st;
  }
  if (sqlite3_exec(d.db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
    Status st = d.Error("commit entry");
    d.Rollback();
    return st;
  }
  return e;
}

Result<std::vector<LedgerEntry>> Ledger::List(const ListFilter& filter) { return impl_->Select(filter); }

Result<LedgerHead> Ledger::Head() { return impl_->ReadHead(); }

Result<VerifyReport> Ledger::Verify(const VerifyOptions& options) {
  Impl& d = *impl_;
  // One read transaction: a consistent snapshot even while others append.
  TL_RETURN_IF_ERROR(d.Exec("BEGIN"));
  auto report = WalkChain(d.db, options);
  d.Exec("COMMIT");
  if (!report.ok()) return d.Error("verify");
  return report;
}

Result<std::string> Ledger::ExportJson(const ListFilter& filter) {
  Impl& d = *impl_;
  TL_RETURN_IF_ERROR(d.Exec("BEGIN"));
  auto head = d.ReadHead();
  auto entries = d.Select(filter);
  d.Exec("COMMIT");
  if (!head.ok()) return head.status();
  if (!entries.ok()) return entries.status();
  try {
    nlohmann::ordered_json doc;
    doc["format"] = kFormat;
    doc["head"] = {{"seq", head->seq}, {"hash", head->hash}};
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const LedgerEntry& e : *entries) {
      nlohmann::ordered_json j;
      j["seq"] = e.seq;
      j["time"] = e.time_utc;
      j["operator"] = e.draft.operator_name;
      j["recipient"] = e.draft.recipient;
      j["policy_fingerprint"] = e.draft.policy_fingerprint;
      j["model_fingerprint"] = e.draft.model_fingerprint;
      j["input_sha256"] = e.draft.input_sha256;
      j["output_sha256"] = e.draft.output_sha256;
      j["counts"] = nlohmann::ordered_json::parse(e.draft.counts_json, nullptr, /*allow_exceptions=*/false);
      j["decision"] = DecisionName(e.draft.decision);
      j["reason"] = e.draft.reason;
      j["key_id"] = e.key_id;
      j["prev_hash"] = e.prev_hash;
      j["hash"] = e.hash;
      j["signature"] = e.signature;
      list.push_back(std::move(j));
    }
    doc["entries"] = std::move(list);
    return doc.dump(2) + "\n";
  } catch (const std::exception&) {
    return Status::Corruption("ledger " + d.options.path + " holds text that cannot be exported as JSON");
  }
}

}  // namespace tearline

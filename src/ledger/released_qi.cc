// The released_qi table of the ledger database (tearline/ledger.h).
#include <sqlite3.h>
#include <sys/stat.h>

#include <algorithm>

#include "internal.h"
#include "tearline/ledger.h"

namespace tearline {
namespace {

constexpr char kCreate[] =
    "CREATE TABLE IF NOT EXISTS released_qi(recipient TEXT NOT NULL, seq INTEGER NOT NULL, fields TEXT NOT NULL, "
    "key_hash TEXT NOT NULL, PRIMARY KEY(recipient, seq, key_hash))";

// An open connection that closes itself.
class Db {
 public:
  ~Db() { sqlite3_close(db_); }
  Status Open(const std::string& path, int flags) {
    if (sqlite3_open_v2(path.c_str(), &db_, flags | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) return Error("open");
    sqlite3_busy_timeout(db_, 30000);
    return Status::OK();
  }
  Status Exec(const char* sql) {
    return sqlite3_exec(db_, sql, nullptr, nullptr, nullptr) == SQLITE_OK ? Status::OK() : Error(sql);
  }
  Status Error(std::string_view what) const {
    return Status::IOError("ledger released_qi: " + std::string(what) + ": " + (db_ ? sqlite3_errmsg(db_) : "no database"));
  }
  sqlite3* get() { return db_; }

 private:
  sqlite3* db_ = nullptr;
};

}  // namespace

std::string ReleasedQiDigest(const ReleasedQiSet& set) {
  std::vector<std::string> hashes = set.key_hashes;
  std::sort(hashes.begin(), hashes.end());
  std::string out = "tearline-released-qi-v1\n" + set.fields + "\n";
  for (const std::string& h : hashes) out += h + "\n";
  return out;
}

Status StoreReleasedQi(const std::string& ledger_path, const std::string& recipient, const ReleasedQiSet& set) {
  if (set.seq == 0) return Status::InvalidArgument("released_qi needs the ledger entry's seq");
  for (const std::string& h : set.key_hashes)
    if (!ledger_internal::IsSha256Hex(h)) return Status::InvalidArgument("released_qi hashes must be 64 hex characters");
  Db db;
  TL_RETURN_IF_ERROR(db.Open(ledger_path, SQLITE_OPEN_READWRITE));
  TL_RETURN_IF_ERROR(db.Exec("BEGIN IMMEDIATE"));
  auto fail = [&](Status s) {
    sqlite3_exec(db.get(), "ROLLBACK", nullptr, nullptr, nullptr);
    return s;
  };
  if (Status s = db.Exec(kCreate); !s.ok()) return fail(s);
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db.get(), "INSERT OR IGNORE INTO released_qi(recipient, seq, fields, key_hash) VALUES(?,?,?,?)",
                         -1, &st, nullptr) != SQLITE_OK)
    return fail(db.Error("prepare"));
  for (const std::string& h : set.key_hashes) {
    sqlite3_bind_text(st, 1, recipient.data(), static_cast<int>(recipient.size()), SQLITE_TRANSIENT);
    sqlite3_bind_int64(st, 2, static_cast<sqlite3_int64>(set.seq));
    sqlite3_bind_text(st, 3, set.fields.data(), static_cast<int>(set.fields.size()), SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 4, h.data(), static_cast<int>(h.size()), SQLITE_TRANSIENT);
    if (sqlite3_step(st) != SQLITE_DONE) {
      sqlite3_finalize(st);
      return fail(db.Error("insert"));
    }
    sqlite3_reset(st);
  }
  sqlite3_finalize(st);
  if (Status s = db.Exec("COMMIT"); !s.ok()) return fail(s);
  return Status::OK();
}

Result<std::vector<ReleasedQiSet>> LoadReleasedQi(const std::string& ledger_path, const std::string& recipient) {
  std::vector<ReleasedQiSet> sets;
  struct stat sb;
  if (::stat(ledger_path.c_str(), &sb) != 0) return sets;
  Db db;
  TL_RETURN_IF_ERROR(db.Open(ledger_path, SQLITE_OPEN_READONLY));
  sqlite3_stmt* st = nullptr;
  int rc = sqlite3_prepare_v2(db.get(),
                              "SELECT seq, fields, key_hash FROM released_qi WHERE recipient = ? ORDER BY seq, key_hash",
                              -1, &st, nullptr);
  if (rc != SQLITE_OK) {
    // A ledger written before the table existed has no released sets.
    std::string msg = sqlite3_errmsg(db.get());
    if (msg.find("no such table") != std::string::npos) return sets;
    return db.Error("select");
  }
  sqlite3_bind_text(st, 1, recipient.data(), static_cast<int>(recipient.size()), SQLITE_TRANSIENT);
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    auto seq = static_cast<uint64_t>(sqlite3_column_int64(st, 0));
    auto text = [&](int col) {
      const unsigned char* t = sqlite3_column_text(st, col);
      return t ? std::string(reinterpret_cast<const char*>(t), sqlite3_column_bytes(st, col)) : std::string();
    };
    if (sets.empty() || sets.back().seq != seq) {
      sets.push_back({seq, text(1), {}});
    }
    sets.back().key_hashes.push_back(text(2));
  }
  sqlite3_finalize(st);
  if (rc != SQLITE_DONE) return db.Error("read");
  return sets;
}

}  // namespace tearline

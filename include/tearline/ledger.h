// tearline/ledger.h — the signed, hash-chained release ledger.
//
// WHAT THESE TYPES REPRESENT
//   The ledger is an SQLite database (default <home>/ledger.db, mode 0600)
//   holding one LedgerEntry per release attempt, released or blocked. Entries
//   are numbered 1..n (seq). Each entry's hash is SHA-256 over a canonical
//   serialization of its fields and the previous entry's hash (entry 1 links
//   to 64 zeros), and the hash is signed with Ed25519. The record format, the
//   canonical serialization and the threat model are in doc/ledger.md.
//
//   A SigningKey is the Ed25519 key pair that signs entries. It lives in
//   <home>/ledger.key (mode 0600; a file readable or writable by group or
//   others is refused) and its public half in <home>/ledger.pub (mode 0644),
//   which is all an auditor needs to verify.
//
//   Ledger is an open connection. Append runs in one IMMEDIATE transaction
//   (read head, hash, sign, insert), so concurrent appenders from several
//   processes are serialized by SQLite and the chain stays intact. The
//   database uses WAL, synchronous=FULL and a busy timeout.
//
//   Hidden values never enter the ledger: entries hold fingerprints, hashes,
//   counts and reasons written by the caller, who must keep them value-free.
//
// THREAD SAFETY
//   A Ledger object must be used by one thread at a time; open one per thread
//   or process. Distinct Ledger objects on the same file, in any processes,
//   may append concurrently. SigningKey and the entry structs are values.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tearline/status.h"

namespace tearline {

// ---------------------------------------------------------------- signing key

struct SigningKey {
  std::array<uint8_t, 32> seed{};        // secret; the key pair derives from it
  std::array<uint8_t, 64> secret_key{};  // libsodium form (seed || public)
  std::array<uint8_t, 32> public_key{};
  // Lower-case hex of public_key (64 characters).
  std::string PublicHex() const;
};

// <home>/ledger.key and <home>/ledger.pub.
std::string SigningKeyPath(const std::string& home);
std::string PublicKeyPath(const std::string& home);
std::string DefaultLedgerPath(const std::string& home);

// Creates a new key pair under `home` (for `tearline keys init`): writes
// ledger.key (0600) and ledger.pub (0644). Fails with kInvalidArgument if a
// key already exists — a ledger key is never silently replaced. REQUIRES:
// `home` exists (see EnsureHome in tearline/keys.h).
Result<SigningKey> CreateSigningKey(const std::string& home);

// Loads <home>/ledger.key. kNotFound if missing (the message names
// `tearline keys init`); kCorruption if malformed, if its public half does
// not match the seed, or if group/others have any access to it.
Result<SigningKey> LoadSigningKey(const std::string& home);

// Loads the key, creating it first if there is none. Safe against another
// process doing the same at the same moment: exactly one key results.
Result<SigningKey> LoadOrCreateSigningKey(const std::string& home);

// Reads a public key from a ledger.pub file (64 hex characters, optional
// trailing newline). kNotFound if missing, kCorruption if malformed.
Result<std::array<uint8_t, 32>> LoadPublicKey(const std::string& path);

// ---------------------------------------------------------------- entries

enum class LedgerDecision { kReleased, kBlocked };
// "released", "blocked".
std::string_view DecisionName(LedgerDecision d);

// What the caller supplies for one release attempt.
struct EntryDraft {
  std::string operator_name;       // who ran the release (user name)
  std::string recipient;           // policy recipient name
  std::string policy_fingerprint;  // Policy::fingerprint
  std::string model_fingerprint;   // tagger model fingerprint, "" if none
  std::string input_sha256;        // 64 hex chars
  std::string output_sha256;       // 64 hex chars when released; "" when blocked
  // Counts per kind and action, as a JSON object, e.g.
  // {"PERSON":{"pseudonym":3},"PHONE":{"redact":1}}. Stored canonically
  // (keys sorted, no spaces). "" is stored as "{}".
  std::string counts_json;
  LedgerDecision decision = LedgerDecision::kBlocked;
  std::string reason;  // why blocked, or a short note; never a hidden value
};

// A stored entry: the draft plus what the ledger adds.
struct LedgerEntry {
  uint64_t seq = 0;
  std::string time_utc;  // "YYYY-MM-DDTHH:MM:SSZ", set by Append
  EntryDraft draft;      // counts_json in canonical form
  std::string key_id;    // hex public key of the signer
  std::string prev_hash; // hex SHA-256 of the previous entry (64 zeros for seq 1)
  std::string hash;      // hex SHA-256 of CanonicalEntry(*this)
  std::string signature; // hex Ed25519 detached signature of the raw hash bytes
};

// The exact bytes hashed for an entry (see doc/ledger.md): a header line
// "tearline-ledger-v1\n" then, for each field in a fixed order,
// "<name> <byte length>:<value>\n". Covers seq, time, all draft fields,
// key_id and prev_hash; not hash or signature.
std::string CanonicalEntry(const LedgerEntry& e);

// The chain head: the newest entry's seq and hash (0 and 64 zeros when the
// ledger is empty). Publishing it elsewhere (an email, a ticket, another
// system) anchors the history up to that point; see doc/ledger.md.
struct LedgerHead {
  uint64_t seq = 0;
  std::string hash;
};

struct VerifyOptions {
  // The key every entry must be signed by. Required: without it a verifier
  // would trust whatever key the database claims.
  std::array<uint8_t, 32> public_key{};
  // An anchored head: verification also fails if the ledger no longer holds
  // this seq with this hash (detects a truncated or rewritten tail).
  std::optional<LedgerHead> anchor;
};

struct VerifyReport {
  bool ok = false;
  uint64_t entries = 0;  // entries checked (all of them when ok)
  LedgerHead head;       // head of the verified chain (when ok)
  // When !ok: the first entry found bad (the seq it should have) and what is
  // wrong, e.g. "entry 3: contents do not match its hash (edited)".
  uint64_t first_bad_seq = 0;
  std::string problem;
};

// ---------------------------------------------------------------- ledger

struct LedgerOptions {
  std::string path;  // the database file, e.g. DefaultLedgerPath(home)
  // Signs appended entries. Not needed to list, verify, export or read the head.
  std::optional<SigningKey> key;
  // Do not create a missing ledger (kNotFound instead); for show/verify/export.
  bool must_exist = false;
  // How long to wait for another process's write lock, in milliseconds.
  int busy_timeout_ms = 30000;
  // Seconds since the Unix epoch; injectable for tests. Default: the system clock.
  std::function<int64_t()> clock;
};

struct ListFilter {
  std::string recipient;  // "" = all recipients
  uint64_t after_seq = 0; // only entries with seq > after_seq
  size_t limit = 0;       // 0 = no limit
};

class Ledger {
 public:
  // Opens or creates the ledger. A new file is created with mode 0600 and the
  // schema; an existing file must carry the tearline-ledger-v1 format tag
  // (kCorruption otherwise). I/O and SQLite failures are kIOError.
  static Result<std::unique_ptr<Ledger>> Open(const LedgerOptions& options);
  ~Ledger();
  Ledger(const Ledger&) = delete;
  Ledger& operator=(const Ledger&) = delete;

  // Appends one entry atomically and durably: in one IMMEDIATE transaction it
  // reads the head, fills seq/time/key_id/prev_hash, hashes, signs and
  // inserts. REQUIRES: options.key set (kInvalidArgument otherwise).
  // kInvalidArgument if counts_json is not a JSON object, a SHA-256 field is
  // not 64 hex characters (output_sha256 may be "" only when blocked).
  // Does not verify the existing chain (Verify does).
  Result<LedgerEntry> Append(const EntryDraft& draft);

  // Entries in seq order, as stored (not verified).
  Result<std::vector<LedgerEntry>> List(const ListFilter& filter = {});

  // Walks the whole chain in seq order and reports the first bad entry:
  // a missing seq (deleted), a broken previous-hash link (deleted, inserted or
  // reordered), contents that do not match the stored hash (edited), a
  // signature that does not verify or a foreign key. A Status error only
  // for I/O problems; a damaged chain is a report with ok = false.
  Result<VerifyReport> Verify(const VerifyOptions& options);

  Result<LedgerHead> Head();

  // All entries (filtered) as a JSON document:
  // {"format":"tearline-ledger-v1","head":{"seq":n,"hash":"..."},
  //  "entries":[{"seq":1,"time":"...","operator":"...",...,"counts":{...}}]}
  Result<std::string> ExportJson(const ListFilter& filter = {});

 private:
  struct Impl;
  explicit Ledger(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// ---------------------------------------------------------------- release protocol

// Injection points for crash tests: called with "temp_written",
// "entry_appended" and "renamed" as the protocol passes them.
using FaultPoint = std::function<void(std::string_view point)>;

// Records a release and publishes its output. With a `pending_dir` (normally
// PendingDirFor(ledger path)) the protocol is:
//   1. write an intent file in pending_dir (locked with flock while this call
//      runs): the output hash, the temporary and final paths, the head seq;
//   2. write `output` to a temporary file beside `output_path`, fsync;
//   3. Append(draft) (decision must be kReleased, output_sha256 must match);
//   4. rename the temporary over `output_path`, fsync the directory;
//   5. remove the intent.
// A process killed at any point leaves an intent that RecoverPublications
// resolves: before step 3 it rolls back (the temporary is removed: no entry,
// no output); after step 3 it rolls forward (the temporary is renamed into
// place: entry and output). So after recovery a release has left either
// both or neither. Without a pending_dir steps 1 and 5 are skipped and a
// crash between 3 and 4 leaves an entry whose output is an orphaned
// temporary. If step 2 or 3 fails the temporary is removed and nothing is
// recorded. If step 4 fails (not a crash) a second entry (blocked, "output
// could not be published after entry N") is appended and the error returned.
Result<LedgerEntry> RecordAndPublish(Ledger& ledger, const EntryDraft& draft,
                                     const std::string& output_path, std::string_view output,
                                     unsigned mode = 0644, const FaultPoint& fault = nullptr,
                                     const std::string& pending_dir = "");

// "<ledger path>.pending": where publication intents of that ledger live.
std::string PendingDirFor(const std::string& ledger_path);

struct PublishRecovery {
  int rolled_back = 0;     // intents without an entry: temporary removed
  int rolled_forward = 0;  // intents with an entry: output renamed into place
  int lost = 0;            // entry recorded, output gone: a blocked entry says so
};

// Resolves the intents left in pending_dir by killed publishers (skipping any
// still locked by a running one). Call before appending (the CLI does, on
// every release). kCorruption for an unreadable intent; kIOError if an output
// cannot be put in place.
Result<PublishRecovery> RecoverPublications(Ledger& ledger, const std::string& pending_dir);

// ---------------------------------------------------------------- released quasi-identifiers

// What the ledger keeps of a records release for the cross-release check
// (tearline/kanon.h, doc/records.md): which quasi-identifier fields went out
// at which generalization level, and keyed hashes (HMAC-SHA-256 with the
// recipient's key) of the combinations released. Never a value in clear.
// Stored in the table released_qi(recipient, seq, fields, key_hash) of the
// ledger database, one row per hash; the table is outside the hash chain,
// so the entry of the release records the SHA-256 of ReleasedQiDigest().
struct ReleasedQiSet {
  uint64_t seq = 0;                     // the ledger entry of the release
  std::string fields;                   // JSON: {"fields":[...],"hierarchies":[...],"levels":[...]}
  std::vector<std::string> key_hashes;  // 64 lower-case hex characters each
};

// Text whose SHA-256 binds a set to its ledger entry: fields, then the sorted
// hashes, one a line.
std::string ReleasedQiDigest(const ReleasedQiSet& set);

// Stores `set` for `recipient` in the ledger database at `ledger_path` in one
// transaction (creating the table if needed). kInvalidArgument if a hash is
// not 64 hex characters or seq is 0; kIOError on SQLite errors.
Status StoreReleasedQi(const std::string& ledger_path, const std::string& recipient, const ReleasedQiSet& set);

// Every set stored for `recipient`, in seq order (empty if none). kIOError on
// SQLite errors; a missing database is an empty result.
Result<std::vector<ReleasedQiSet>> LoadReleasedQi(const std::string& ledger_path, const std::string& recipient);

// SHA-256 of data as 64 lower-case hex characters (libsodium).
std::string LedgerSha256Hex(std::string_view data);

}  // namespace tearline

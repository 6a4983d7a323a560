// Tampering with a stored ledger — through the sqlite3 shell, as an attacker
// with file access would — must make Verify fail and name the first bad entry.
#include <gtest/gtest.h>
#include <sodium.h>
#include <sqlite3.h>

#include <cstdlib>

#include "tearline/ledger.h"
#include "test_util.h"

namespace tearline {
namespace {

using testing::OpenTestLedger;
using testing::SampleDraft;
using testing::TempDir;
using testing::TrustKeyOf;

// Five entries; entry 3 is blocked.
void Populate(const TempDir& dir) {
  auto ledger = OpenTestLedger(dir);
  ASSERT_TRUE(ledger);
  for (int i = 1; i <= 5; ++i) {
    ASSERT_TRUE(ledger->Append(SampleDraft(i, i == 3 ? LedgerDecision::kBlocked : LedgerDecision::kReleased)).ok());
  }
}

void Shell(const TempDir& dir, const std::string& sql) {
  std::string cmd = "sqlite3 '" + DefaultLedgerPath(dir.path()) + "' \"" + sql + "\"";
  ASSERT_EQ(std::system(cmd.c_str()), 0) << cmd;
}

VerifyReport VerifyAt(const TempDir& dir, const VerifyOptions& v) {
  LedgerOptions o;
  o.path = DefaultLedgerPath(dir.path());
  o.must_exist = true;
  auto ledger = Ledger::Open(o);
  EXPECT_TRUE(ledger.ok()) << ledger.status().ToString();
  if (!ledger.ok()) return {};
  auto r = (*ledger)->Verify(v);
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return r.ok() ? *r : VerifyReport{};
}

struct TamperCase {
  const char* name;
  const char* sql;
  uint64_t first_bad;
  const char* problem;
};

TEST(LedgerTamper, ShellEditsAreDetected) {
  const TamperCase cases[] = {
      {"edit recipient", "UPDATE entries SET recipient='someone-else' WHERE seq=3", 3,
       "entry 3: contents do not match its hash (the entry was edited)"},
      {"edit counts", "UPDATE entries SET counts='{}' WHERE seq=5", 5, "entry 5: contents do not match"},
      {"flip decision", "UPDATE entries SET decision='released' WHERE seq=3", 3, "entry 3: contents"},
      {"unknown decision", "UPDATE entries SET decision='approved' WHERE seq=3", 3, "entry 3: contents"},
      {"edit time", "UPDATE entries SET time='2020-01-01T00:00:00Z' WHERE seq=1", 1, "entry 1: contents"},
      {"delete middle", "DELETE FROM entries WHERE seq=2", 2,
       "entry 2: missing (the next stored entry is 3); an entry was deleted"},
      {"delete first", "DELETE FROM entries WHERE seq=1", 1, "entry 1: missing"},
      {"delete and renumber",
       "DELETE FROM entries WHERE seq=2; UPDATE entries SET seq=seq-1 WHERE seq>2", 2,
       "entry 2: link to the previous entry is broken"},
      {"swap two rows",
       "UPDATE entries SET seq=-1 WHERE seq=2; UPDATE entries SET seq=2 WHERE seq=4; "
       "UPDATE entries SET seq=4 WHERE seq=-1",
       2, "entry 2: link to the previous entry is broken"},
      {"swap contents keeping seq",
       "UPDATE entries SET seq=-1 WHERE seq=4; UPDATE entries SET seq=4 WHERE seq=5; "
       "UPDATE entries SET seq=5 WHERE seq=-1; "
       "UPDATE entries SET prev_hash=(SELECT hash FROM entries WHERE seq=3) WHERE seq=4",
       4, "entry 4: contents do not match"},
      {"insert copy at the end",
       "INSERT INTO entries SELECT 6, time, operator, recipient, policy_fingerprint, model_fingerprint, "
       "input_sha256, output_sha256, counts, decision, reason, key_id, prev_hash, hash, signature "
       "FROM entries WHERE seq=2",
       6, "entry 6: link to the previous entry is broken"},
      {"insert in the middle",
       "UPDATE entries SET seq=seq+10 WHERE seq>=3; UPDATE entries SET seq=seq-9 WHERE seq>=13; "
       "INSERT INTO entries SELECT 3, time, operator, 'forged', policy_fingerprint, model_fingerprint, "
       "input_sha256, output_sha256, counts, decision, reason, key_id, hash, hash, signature "
       "FROM entries WHERE seq=2",
       3, "entry 3: contents do not match"},
      {"replace signature", "UPDATE entries SET signature=(SELECT signature FROM entries WHERE seq=1) WHERE seq=2",
       2, "entry 2: bad signature"},
  };
  for (const TamperCase& c : cases) {
    SCOPED_TRACE(c.name);
    TempDir dir;
    Populate(dir);
    VerifyOptions trust = TrustKeyOf(dir);
    ASSERT_TRUE(VerifyAt(dir, trust).ok);
    Shell(dir, c.sql);
    VerifyReport r = VerifyAt(dir, trust);
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.first_bad_seq, c.first_bad) << r.problem;
    EXPECT_EQ(r.problem.rfind(c.problem, 0), 0u) << "got: " << r.problem;
  }
}

// Recomputing the hash after an edit does not help without the key.
TEST(LedgerTamper, RehashedEditHasBadSignature) {
  TempDir dir;
  Populate(dir);
  LedgerOptions o;
  o.path = DefaultLedgerPath(dir.path());
  auto ledger = Ledger::Open(o);
  ASSERT_TRUE(ledger.ok());
  auto entries = (*ledger)->List();
  ASSERT_TRUE(entries.ok());
  LedgerEntry e = (*entries)[3];  // seq 4
  e.draft.recipient = "someone-else";
  std::string new_hash = LedgerSha256Hex(CanonicalEntry(e));
  Shell(dir, "UPDATE entries SET recipient='someone-else', hash='" + new_hash + "' WHERE seq=4");
  VerifyReport r = VerifyAt(dir, TrustKeyOf(dir));
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.first_bad_seq, 4u);
  EXPECT_EQ(r.problem, "entry 4: bad signature");
}

// A forged entry appended with another key (claiming the trusted key id) fails.
TEST(LedgerTamper, ForgedAppendWithOtherKey) {
  TempDir dir, attacker_home;
  Populate(dir);
  auto attacker_key = CreateSigningKey(attacker_home.path());
  ASSERT_TRUE(attacker_key.ok());
  LedgerOptions o;
  o.path = DefaultLedgerPath(dir.path());
  auto ledger = Ledger::Open(o);
  ASSERT_TRUE(ledger.ok());
  auto entries = (*ledger)->List();
  ASSERT_TRUE(entries.ok());
  LedgerEntry forged = entries->back();
  forged.seq = 6;
  forged.prev_hash = entries->back().hash;
  forged.draft.recipient = "forged";
  forged.hash = LedgerSha256Hex(CanonicalEntry(forged));
  uint8_t raw[32], sig[crypto_sign_BYTES];
  sodium_hex2bin(raw, sizeof raw, forged.hash.data(), forged.hash.size(), nullptr, nullptr, nullptr);
  crypto_sign_detached(sig, nullptr, raw, sizeof raw, attacker_key->secret_key.data());
  char sig_hex[2 * crypto_sign_BYTES + 1];
  sodium_bin2hex(sig_hex, sizeof sig_hex, sig, sizeof sig);
  Shell(dir,
        "INSERT INTO entries SELECT 6, time, operator, 'forged', policy_fingerprint, model_fingerprint, "
        "input_sha256, output_sha256, counts, decision, reason, key_id, hash, '" + forged.hash + "', '" +
            sig_hex + "' FROM entries WHERE seq=5");
  VerifyReport r = VerifyAt(dir, TrustKeyOf(dir));
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.first_bad_seq, 6u);
  EXPECT_EQ(r.problem, "entry 6: bad signature");
}

// Deleting the newest entries leaves a valid shorter chain: only an anchored
// head (published elsewhere) reveals the truncation.
TEST(LedgerTamper, TruncationNeedsAnAnchor) {
  TempDir dir;
  Populate(dir);
  VerifyOptions trust = TrustKeyOf(dir);
  VerifyReport before = VerifyAt(dir, trust);
  ASSERT_TRUE(before.ok);
  Shell(dir, "DELETE FROM entries WHERE seq>=4");
  EXPECT_TRUE(VerifyAt(dir, trust).ok);
  VerifyOptions anchored = trust;
  anchored.anchor = before.head;
  VerifyReport r = VerifyAt(dir, anchored);
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.first_bad_seq, 4u);
  EXPECT_NE(r.problem.find("truncated"), std::string::npos) << r.problem;
}

// Whoever holds the signing key can rewrite history consistently; an anchor
// taken before the rewrite still exposes it (see doc/ledger.md).
TEST(LedgerTamper, KeyHolderRewriteCaughtOnlyByAnchor) {
  TempDir dir;
  Populate(dir);
  VerifyOptions trust = TrustKeyOf(dir);
  VerifyReport before = VerifyAt(dir, trust);
  ASSERT_TRUE(before.ok);
  LedgerOptions o;
  o.path = DefaultLedgerPath(dir.path());
  std::vector<LedgerEntry> old;
  {
    auto ledger = Ledger::Open(o);
    ASSERT_TRUE(ledger.ok());
    old = *(*ledger)->List();
  }
  Shell(dir, "DELETE FROM entries");
  {
    auto ledger = OpenTestLedger(dir);  // same key, rewritten history
    for (size_t i = 0; i < old.size(); ++i) {
      EntryDraft d = old[i].draft;
      if (i == 1) d.recipient = "rewritten";
      ASSERT_TRUE(ledger->Append(d).ok());
    }
  }
  EXPECT_TRUE(VerifyAt(dir, trust).ok);
  VerifyOptions anchored = trust;
  anchored.anchor = before.head;
  VerifyReport r = VerifyAt(dir, anchored);
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.first_bad_seq, 5u);
  EXPECT_EQ(r.problem, "entry 5: does not match the anchored head (history was rewritten)");
}

}  // namespace
}  // namespace tearline

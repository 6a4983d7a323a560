// Test helpers for the ledger tests: a scratch directory and sample drafts.
#pragma once

#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <string>

#include "tearline/ledger.h"

namespace tearline::testing {

// A fresh directory (mode 0700) removed at destruction.
class TempDir {
 public:
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "tl_ledger_XXXXXX").string();
    char* p = ::mkdtemp(tmpl.data());
    EXPECT_NE(p, nullptr);
    path_ = tmpl;
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  const std::string& path() const { return path_; }
  std::string Join(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

// A valid draft; `i` varies the recipient and hashes.
inline EntryDraft SampleDraft(int i, LedgerDecision decision = LedgerDecision::kReleased) {
  EntryDraft d;
  d.operator_name = "officer" + std::to_string(i % 3);
  d.recipient = i % 2 ? "liaison-a" : "partner-b";
  d.policy_fingerprint = LedgerSha256Hex("policy" + std::to_string(i % 2));
  d.model_fingerprint = "model-v1";
  d.input_sha256 = LedgerSha256Hex("input" + std::to_string(i));
  d.decision = decision;
  if (decision == LedgerDecision::kReleased) d.output_sha256 = LedgerSha256Hex("output" + std::to_string(i));
  d.counts_json = R"({"PHONE":{"redact":2},"PERSON":{"pseudonym":)" + std::to_string(i) + "}}";
  d.reason = decision == LedgerDecision::kReleased ? "released" : "leak check: PHONE at [10,22)";
  return d;
}

// Opens (creating) a ledger at dir/ledger.db signed by a key created in dir.
inline std::unique_ptr<Ledger> OpenTestLedger(const TempDir& dir, int64_t fixed_time = 1700000000) {
  auto key = LoadOrCreateSigningKey(dir.path());
  EXPECT_TRUE(key.ok()) << key.status().ToString();
  LedgerOptions o;
  o.path = DefaultLedgerPath(dir.path());
  o.key = *key;
  if (fixed_time != 0) o.clock = [fixed_time] { return fixed_time; };
  auto ledger = Ledger::Open(o);
  EXPECT_TRUE(ledger.ok()) << ledger.status().ToString();
  return ledger.ok() ? std::move(ledger).value() : nullptr;
}

inline VerifyOptions TrustKeyOf(const TempDir& dir) {
  VerifyOptions v;
  auto pub = LoadPublicKey(PublicKeyPath(dir.path()));
  EXPECT_TRUE(pub.ok()) << pub.status().ToString();
  if (pub.ok()) v.public_key = *pub;
  return v;
}

}  // namespace tearline::testing

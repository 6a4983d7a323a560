#include <gtest/gtest.h>
#include <sys/stat.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "tearline/file.h"
#include "tearline/ledger.h"
#include "test_util.h"

namespace tearline {
namespace {

using testing::OpenTestLedger;
using testing::SampleDraft;
using testing::TempDir;
using testing::TrustKeyOf;

TEST(Ledger, AppendChainsAndVerifies) {
  TempDir dir;
  auto ledger = OpenTestLedger(dir);
  ASSERT_TRUE(ledger);
  auto empty_head = ledger->Head();
  ASSERT_TRUE(empty_head.ok());
  EXPECT_EQ(empty_head->seq, 0u);
  EXPECT_EQ(empty_head->hash, std::string(64, '0'));

  std::vector<LedgerEntry> appended;
  for (int i = 1; i <= 4; ++i) {
    auto e = ledger->Append(SampleDraft(i, i == 3 ? LedgerDecision::kBlocked : LedgerDecision::kReleased));
    ASSERT_TRUE(e.ok()) << e.status().ToString();
    appended.push_back(*e);
  }
  EXPECT_EQ(appended[0].prev_hash, std::string(64, '0'));
  for (size_t i = 0; i < appended.size(); ++i) {
    EXPECT_EQ(appended[i].seq, i + 1);
    EXPECT_EQ(appended[i].time_utc, "2023-11-14T22:13:20Z");
    EXPECT_EQ(appended[i].hash, LedgerSha256Hex(CanonicalEntry(appended[i])));
    if (i > 0) {
      EXPECT_EQ(appended[i].prev_hash, appended[i - 1].hash);
    }
  }
  auto listed = ledger->List();
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->size(), 4u);
  for (size_t i = 0; i < 4; ++i) {
    EXPECT_EQ(CanonicalEntry((*listed)[i]), CanonicalEntry(appended[i]));
    EXPECT_EQ((*listed)[i].signature, appended[i].signature);
  }
  EXPECT_EQ((*listed)[2].draft.decision, LedgerDecision::kBlocked);
  EXPECT_EQ((*listed)[2].draft.output_sha256, "");

  auto head = ledger->Head();
  ASSERT_TRUE(head.ok());
  EXPECT_EQ(head->seq, 4u);
  EXPECT_EQ(head->hash, appended[3].hash);

  auto report = ledger->Verify(TrustKeyOf(dir));
  ASSERT_TRUE(report.ok());
  EXPECT_TRUE(report->ok) << report->problem;
  EXPECT_EQ(report->entries, 4u);
  EXPECT_EQ(report->head.hash, head->hash);
}

TEST(Ledger, ListFilters) {
  TempDir dir;
  auto ledger = OpenTestLedger(dir);
  for (int i = 1; i <= 6; ++i) ASSERT_TRUE(ledger->Append(SampleDraft(i)).ok());
  auto a = ledger->List({.recipient = "liaison-a"});
  ASSERT_TRUE(a.ok());
  ASSERT_EQ(a->size(), 3u);
  for (const auto& e : *a) EXPECT_EQ(e.draft.recipient, "liaison-a");
  ListFilter after4;
  after4.after_seq = 4;
  auto tail = ledger->List(after4);
  ASSERT_TRUE(tail.ok());
  ASSERT_EQ(tail->size(), 2u);
  EXPECT_EQ((*tail)[0].seq, 5u);
  ListFilter one;
  one.limit = 1;
  auto first = ledger->List(one);
  ASSERT_TRUE(first.ok());
  ASSERT_EQ(first->size(), 1u);
  EXPECT_EQ((*first)[0].seq, 1u);
}

TEST(Ledger, CountsAreStoredCanonically) {
  TempDir dir;
  auto ledger = OpenTestLedger(dir);
  EntryDraft d = SampleDraft(1);
  d.counts_json = "{ \"b\" : 1,\n \"a\": {\"y\": 2, \"x\": 3} }";
  auto e = ledger->Append(d);
  ASSERT_TRUE(e.ok());
  EXPECT_EQ(e->draft.counts_json, R"({"a":{"x":3,"y":2},"b":1})");
  d.counts_json = "";
  e = ledger->Append(d);
  ASSERT_TRUE(e.ok());
  EXPECT_EQ(e->draft.counts_json, "{}");
}

TEST(Ledger, RejectsBadDrafts) {
  TempDir dir;
  auto ledger = OpenTestLedger(dir);
  struct Case {
    const char* name;
    void (*mutate)(EntryDraft&);
  };
  const Case cases[] = {
      {"short input hash", [](EntryDraft& d) { d.input_sha256 = "abc"; }},
      {"upper-case hash", [](EntryDraft& d) { d.input_sha256 = std::string(64, 'A'); }},
      {"released without output", [](EntryDraft& d) { d.output_sha256.clear(); }},
      {"blocked with output", [](EntryDraft& d) { d.decision = LedgerDecision::kBlocked; }},
      {"counts not JSON", [](EntryDraft& d) { d.counts_json = "{PERSON: 1"; }},
      {"counts not an object", [](EntryDraft& d) { d.counts_json = "[1,2]"; }},
  };
  for (const Case& c : cases) {
    EntryDraft d = SampleDraft(1);
    c.mutate(d);
    auto e = ledger->Append(d);
    ASSERT_FALSE(e.ok()) << c.name;
    EXPECT_EQ(e.status().code(), Status::Code::kInvalidArgument) << c.name;
  }
  auto head = ledger->Head();
  ASSERT_TRUE(head.ok());
  EXPECT_EQ(head->seq, 0u);  // nothing was recorded

  LedgerOptions read_only;
  read_only.path = DefaultLedgerPath(dir.path());
  auto reader = Ledger::Open(read_only);
  ASSERT_TRUE(reader.ok());
  EXPECT_EQ((*reader)->Append(SampleDraft(1)).status().code(), Status::Code::kInvalidArgument);
}

// The canonical form is a published format (doc/ledger.md): pin it.
TEST(Ledger, CanonicalEntryIsStable) {
  LedgerEntry e;
  e.seq = 7;
  e.time_utc = "2024-05-01T10:00:00Z";
  e.draft.operator_name = "op";
  e.draft.recipient = "r";
  e.draft.policy_fingerprint = "pf";
  e.draft.model_fingerprint = "";
  e.draft.input_sha256 = "in";
  e.draft.output_sha256 = "out";
  e.draft.counts_json = "{}";
  e.draft.decision = LedgerDecision::kReleased;
  e.draft.reason = "a\nb";
  e.key_id = "k";
  e.prev_hash = "p";
  EXPECT_EQ(CanonicalEntry(e),
            "tearline-ledger-v1\n"
            "seq 1:7\ntime 20:2024-05-01T10:00:00Z\noperator 2:op\nrecipient 1:r\n"
            "policy_fingerprint 2:pf\nmodel_fingerprint 0:\ninput_sha256 2:in\n"
            "output_sha256 3:out\ncounts 2:{}\ndecision 8:released\nreason 3:a\nb\n"
            "key_id 1:k\nprev_hash 1:p\n");
  // Length prefixes keep field boundaries unambiguous.
  LedgerEntry f = e;
  f.draft.operator_name = "op\nrecipient 1:r";
  f.draft.recipient = "";
  EXPECT_NE(CanonicalEntry(f), CanonicalEntry(e));
}

TEST(Ledger, FilesAreOwnerOnly) {
  TempDir dir;
  ::umask(022);
  auto ledger = OpenTestLedger(dir);
  ASSERT_TRUE(ledger->Append(SampleDraft(1)).ok());
  for (const char* suffix : {"", "-wal", "-shm"}) {
    std::string p = DefaultLedgerPath(dir.path()) + suffix;
    struct stat st;
    ASSERT_EQ(::stat(p.c_str(), &st), 0) << p;
    EXPECT_EQ(st.st_mode & 0777, 0600u) << p;
  }
}

TEST(Ledger, OpenErrors) {
  TempDir dir;
  LedgerOptions o;
  o.path = dir.Join("missing.db");
  o.must_exist = true;
  auto missing = Ledger::Open(o);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), Status::Code::kNotFound);
  EXPECT_FALSE(std::filesystem::exists(o.path));

  std::ofstream(dir.Join("text.db")) << "this is not a database, just some text\n";
  o.path = dir.Join("text.db");
  o.must_exist = false;
  EXPECT_FALSE(Ledger::Open(o).ok());

  o.path = dir.Join("no/such/dir/ledger.db");
  EXPECT_EQ(Ledger::Open(o).status().code(), Status::Code::kIOError);
}

TEST(Ledger, ExportJson) {
  TempDir dir;
  auto ledger = OpenTestLedger(dir);
  for (int i = 1; i <= 3; ++i) {
    ASSERT_TRUE(ledger->Append(SampleDraft(i, i == 2 ? LedgerDecision::kBlocked : LedgerDecision::kReleased)).ok());
  }
  auto text = ledger->ExportJson();
  ASSERT_TRUE(text.ok());
  nlohmann::json j = nlohmann::json::parse(*text);
  EXPECT_EQ(j["format"], "tearline-ledger-v1");
  EXPECT_EQ(j["head"]["seq"], 3);
  ASSERT_EQ(j["entries"].size(), 3u);
  EXPECT_EQ(j["entries"][1]["decision"], "blocked");
  EXPECT_EQ(j["entries"][1]["output_sha256"], "");
  EXPECT_EQ(j["entries"][2]["counts"]["PERSON"]["pseudonym"], 3);
  EXPECT_EQ(j["entries"][2]["prev_hash"], j["entries"][1]["hash"]);
  EXPECT_EQ(j["head"]["hash"], j["entries"][2]["hash"]);
  auto only_b = ledger->ExportJson({.recipient = "partner-b"});
  ASSERT_TRUE(only_b.ok());
  EXPECT_EQ(nlohmann::json::parse(*only_b)["entries"].size(), 1u);
}

TEST(Ledger, VerifyNeedsTheTrustedKey) {
  TempDir dir, other;
  auto ledger = OpenTestLedger(dir);
  ASSERT_TRUE(ledger->Append(SampleDraft(1)).ok());
  ASSERT_TRUE(CreateSigningKey(other.path()).ok());
  auto report = ledger->Verify(TrustKeyOf(other));
  ASSERT_TRUE(report.ok());
  EXPECT_FALSE(report->ok);
  EXPECT_EQ(report->first_bad_seq, 1u);
  EXPECT_EQ(report->problem, "entry 1: signed by a key other than the trusted one");
}

TEST(Ledger, ReopenKeepsChain) {
  TempDir dir;
  {
    auto ledger = OpenTestLedger(dir);
    ASSERT_TRUE(ledger->Append(SampleDraft(1)).ok());
  }
  auto ledger = OpenTestLedger(dir, 0);  // real clock
  auto e = ledger->Append(SampleDraft(2));
  ASSERT_TRUE(e.ok());
  EXPECT_EQ(e->seq, 2u);
  EXPECT_EQ(e->time_utc.size(), 20u);
  auto report = ledger->Verify(TrustKeyOf(dir));
  ASSERT_TRUE(report.ok());
  EXPECT_TRUE(report->ok) << report->problem;
}

}  // namespace
}  // namespace tearline

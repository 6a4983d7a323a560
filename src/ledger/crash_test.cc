// Several processes appending at once, and processes killed (SIGKILL) at
// random and at chosen points of RecordAndPublish: the chain must stay intact
// and no output may exist without its entry.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <map>
#include <random>
#include <thread>

#include "tearline/file.h"
#include "tearline/ledger.h"
#include "test_util.h"

namespace tearline {
namespace {

using testing::SampleDraft;
using testing::TempDir;
using testing::TrustKeyOf;

// Opens the ledger in a child process (never share a connection across fork).
std::unique_ptr<Ledger> ChildLedger(const TempDir& dir) {
  auto key = LoadSigningKey(dir.path());
  if (!key.ok()) ::_exit(10);
  LedgerOptions o;
  o.path = DefaultLedgerPath(dir.path());
  o.key = *key;
  auto ledger = Ledger::Open(o);
  if (!ledger.ok()) ::_exit(11);
  return std::move(ledger).value();
}

void WaitAll(const std::vector<pid_t>& pids, bool expect_clean_exit) {
  for (pid_t pid : pids) {
    int status = 0;
    ASSERT_EQ(::waitpid(pid, &status, 0), pid);
    if (expect_clean_exit) {
      EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "child status " << status;
    }
  }
}

VerifyReport VerifyDir(const TempDir& dir) {
  LedgerOptions o;
  o.path = DefaultLedgerPath(dir.path());
  o.must_exist = true;
  auto ledger = Ledger::Open(o);
  EXPECT_TRUE(ledger.ok()) << ledger.status().ToString();
  if (!ledger.ok()) return {};
  auto r = (*ledger)->Verify(TrustKeyOf(dir));
  EXPECT_TRUE(r.ok());
  return r.ok() ? *r : VerifyReport{};
}

std::vector<LedgerEntry> AllEntries(const TempDir& dir) {
  LedgerOptions o;
  o.path = DefaultLedgerPath(dir.path());
  auto ledger = Ledger::Open(o);
  EXPECT_TRUE(ledger.ok());
  auto all = (*ledger)->List();
  EXPECT_TRUE(all.ok());
  return all.ok() ? *all : std::vector<LedgerEntry>{};
}

TEST(LedgerConcurrency, ProcessesAppendingAtOnceAreAllRecorded) {
  TempDir dir;
  ASSERT_TRUE(CreateSigningKey(dir.path()).ok());
  const int kProcs = 3, kEach = 40;
  std::vector<pid_t> pids;
  for (int p = 0; p < kProcs; ++p) {
    pid_t pid = ::fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
      auto ledger = ChildLedger(dir);
      for (int i = 0; i < kEach; ++i) {
        EntryDraft d = SampleDraft(i);
        d.operator_name = "proc" + std::to_string(p);
        if (!ledger->Append(d).ok()) ::_exit(12);
      }
      ::_exit(0);
    }
    pids.push_back(pid);
  }
  WaitAll(pids, true);
  VerifyReport r = VerifyDir(dir);
  EXPECT_TRUE(r.ok) << r.problem;
  EXPECT_EQ(r.entries, static_cast<uint64_t>(kProcs * kEach));
  std::map<std::string, int> per_proc;
  for (const LedgerEntry& e : AllEntries(dir)) ++per_proc[e.draft.operator_name];
  for (int p = 0; p < kProcs; ++p) EXPECT_EQ(per_proc["proc" + std::to_string(p)], kEach);
}

// Releases publishing at once into one home, each first recovering what a
// killed release left (as every CLI release does): a recovery must not take
// another publisher's intent while it is being written, so every
// publication succeeds and is recorded.
TEST(LedgerConcurrency, ProcessesPublishingAndRecoveringAtOnceAllSucceed) {
  TempDir dir;
  ASSERT_TRUE(CreateSigningKey(dir.path()).ok());
  const std::string pending = PendingDirFor(DefaultLedgerPath(dir.path()));
  const int kProcs = 4, kEach = 60;
  std::vector<pid_t> pids;
  for (int p = 0; p < kProcs; ++p) {
    pid_t pid = ::fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
      auto ledger = ChildLedger(dir);
      for (int i = 0; i < kEach; ++i) {
        if (!RecoverPublications(*ledger, pending).ok()) ::_exit(13);
        const std::string output = "sanitized " + std::to_string(p) + " " + std::to_string(i) + "\n";
        EntryDraft d = SampleDraft(i);
        d.operator_name = "proc" + std::to_string(p);
        d.output_sha256 = LedgerSha256Hex(output);
        const std::string path = dir.Join("out-" + std::to_string(p) + "-" + std::to_string(i) + ".txt");
        if (!RecordAndPublish(*ledger, d, path, output, 0600, nullptr, pending).ok()) ::_exit(12);
      }
      ::_exit(0);
    }
    pids.push_back(pid);
  }
  WaitAll(pids, true);
  VerifyReport r = VerifyDir(dir);
  EXPECT_TRUE(r.ok) << r.problem;
  EXPECT_EQ(r.entries, static_cast<uint64_t>(kProcs * kEach));
}

// Processes that open a ledger that does not exist yet, all at once (two
// releases started together on a fresh home), all get it: turning the new
// file to WAL mode is retried instead of failing with "database is locked".
TEST(LedgerConcurrency, ProcessesCreatingTheLedgerAtOnceAllOpenIt) {
  for (int round = 0; round < 40; ++round) {
    TempDir dir;
    ASSERT_TRUE(CreateSigningKey(dir.path()).ok());
    const int kProcs = 6;
    std::vector<pid_t> pids;
    for (int p = 0; p < kProcs; ++p) {
      pid_t pid = ::fork();
      ASSERT_GE(pid, 0);
      if (pid == 0) {
        auto ledger = ChildLedger(dir);  // exits 11 if Open fails
        EntryDraft d = SampleDraft(p);
        d.operator_name = "proc" + std::to_string(p);
        ::_exit(ledger->Append(d).ok() ? 0 : 12);
      }
      pids.push_back(pid);
    }
    WaitAll(pids, true);
    VerifyReport r = VerifyDir(dir);
    ASSERT_TRUE(r.ok) << r.problem;
    ASSERT_EQ(r.entries, static_cast<uint64_t>(kProcs)) << "round " << round;
  }
}

// Child loop: publish out/<child>_<i> with a ledger entry each, forever.
[[noreturn]] void PublishForever(const TempDir& dir, int child) {
  auto ledger = ChildLedger(dir);
  for (int i = 0;; ++i) {
    std::string name = std::to_string(child) + "_" + std::to_string(i);
    std::string output = "sanitized output " + name + "\n";
    EntryDraft d = SampleDraft(i);
    d.operator_name = name;
    d.output_sha256 = LedgerSha256Hex(output);
    if (!RecordAndPublish(*ledger, d, dir.Join("out/" + name), output, 0644, nullptr,
                          PendingDirFor(DefaultLedgerPath(dir.path())))
             .ok())
      ::_exit(13);
  }
}

// Every output on disk has a released entry with its hash; returns the number
// of released entries whose output is missing (allowed: killed between the
// append and the rename).
int CheckNoOutputWithoutEntry(const TempDir& dir) {
  std::map<std::string, std::string> hash_by_operator;
  for (const LedgerEntry& e : AllEntries(dir)) {
    if (e.draft.decision == LedgerDecision::kReleased) hash_by_operator[e.draft.operator_name] = e.draft.output_sha256;
  }
  for (const auto& f : std::filesystem::directory_iterator(dir.Join("out"))) {
    std::string name = f.path().filename().string();
    if (name[0] == '.') continue;  // an orphaned temporary
    auto it = hash_by_operator.find(name);
    EXPECT_NE(it, hash_by_operator.end()) << "output without entry: " << name;
    if (it == hash_by_operator.end()) continue;
    auto data = ReadFile(f.path().string());
    EXPECT_TRUE(data.ok());
    if (data.ok()) {
      EXPECT_EQ(LedgerSha256Hex(*data), it->second) << name;
    }
  }
  int missing = 0;
  for (const auto& [name, hash] : hash_by_operator) {
    if (!std::filesystem::exists(dir.Join("out/" + name))) ++missing;
  }
  return missing;
}

TEST(LedgerCrash, RandomSigkillKeepsChainAndPairsOutputs) {
  TempDir dir;
  ASSERT_TRUE(CreateSigningKey(dir.path()).ok());
  std::filesystem::create_directory(dir.Join("out"));
  std::mt19937 rng(12345);
  const int kRounds = 12, kChildren = 2;
  int child_id = 0;
  for (int round = 0; round < kRounds; ++round) {
    std::vector<pid_t> pids;
    for (int c = 0; c < kChildren; ++c) {
      int id = child_id++;
      pid_t pid = ::fork();
      ASSERT_GE(pid, 0);
      if (pid == 0) PublishForever(dir, id);
      pids.push_back(pid);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5 + rng() % 60));
    for (pid_t pid : pids) ::kill(pid, SIGKILL);
    WaitAll(pids, false);
    // What the next tearline run does first: resolve the killed publications.
    auto key = LoadSigningKey(dir.path());
    ASSERT_TRUE(key.ok());
    LedgerOptions o;
    o.path = DefaultLedgerPath(dir.path());
    o.key = *key;
    auto ledger = Ledger::Open(o);
    ASSERT_TRUE(ledger.ok());
    auto rec = RecoverPublications(**ledger, PendingDirFor(o.path));
    ASSERT_TRUE(rec.ok()) << rec.status().ToString();
    EXPECT_EQ(rec->lost, 0);
  }
  VerifyReport r = VerifyDir(dir);
  EXPECT_TRUE(r.ok) << r.problem;
  EXPECT_GT(r.entries, 0u);
  // After recovery: every released entry has its output and every output its entry.
  EXPECT_EQ(CheckNoOutputWithoutEntry(dir), 0);
  for (const auto& f : std::filesystem::directory_iterator(dir.Join("out"))) {
    EXPECT_NE(f.path().filename().string()[0], '.') << "temporary left behind: " << f.path();
  }
  EXPECT_TRUE(std::filesystem::is_empty(PendingDirFor(DefaultLedgerPath(dir.path()))));
  RecordProperty("entries", static_cast<int>(r.entries));
}

// Kills the publisher at each named point, runs recovery, and checks that
// the release left both its entry and its output, or neither.
TEST(LedgerCrash, KillAtEachPointThenRecover) {
  struct Case {
    const char* point;
    uint64_t entries;  // after recovery
    bool output;
    int rolled_back, rolled_forward;
  };
  const Case cases[] = {
      {"intent_written", 0, false, 1, 0},
      {"temp_written", 0, false, 1, 0},
      {"entry_appended", 1, true, 0, 1},
      {"renamed", 1, true, 0, 0},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.point);
    TempDir dir;
    ASSERT_TRUE(CreateSigningKey(dir.path()).ok());
    const std::string output = "sanitized\n";
    const std::string pending = PendingDirFor(DefaultLedgerPath(dir.path()));
    pid_t pid = ::fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
      auto ledger = ChildLedger(dir);
      EntryDraft d = SampleDraft(1);
      d.output_sha256 = LedgerSha256Hex(output);
      std::string point = c.point;
      RecordAndPublish(*ledger, d, dir.Join("report.txt"), output, 0644, [&](std::string_view p) {
        if (p == point) ::raise(SIGKILL);
      }, pending);
      ::_exit(0);
    }
    int status = 0;
    ASSERT_EQ(::waitpid(pid, &status, 0), pid);
    ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);

    auto key = LoadSigningKey(dir.path());
    ASSERT_TRUE(key.ok());
    LedgerOptions o;
    o.path = DefaultLedgerPath(dir.path());
    o.key = *key;
    auto ledger = Ledger::Open(o);
    ASSERT_TRUE(ledger.ok());
    auto rec = RecoverPublications(**ledger, pending);
    ASSERT_TRUE(rec.ok()) << rec.status().ToString();
    EXPECT_EQ(rec->rolled_back, c.rolled_back);
    EXPECT_EQ(rec->rolled_forward, c.rolled_forward);
    EXPECT_EQ(rec->lost, 0);

    VerifyReport r = VerifyDir(dir);
    EXPECT_TRUE(r.ok) << r.problem;
    EXPECT_EQ(r.entries, c.entries);
    EXPECT_EQ(std::filesystem::exists(dir.Join("report.txt")), c.output);
    if (c.output) {
      EXPECT_EQ(*ReadFile(dir.Join("report.txt")), output);
    }
    for (const auto& f : std::filesystem::directory_iterator(dir.path())) {
      EXPECT_EQ(f.path().filename().string().rfind(".report.txt.tmp.", 0), std::string::npos) << "temporary left";
    }
    EXPECT_TRUE(std::filesystem::is_empty(pending));
  }
}

TEST(LedgerCrash, RecoverySkipsPublicationsStillRunning) {
  TempDir dir;
  auto ledger = testing::OpenTestLedger(dir);
  const std::string pending = PendingDirFor(DefaultLedgerPath(dir.path()));
  const std::string output = "text\n";
  EntryDraft d = SampleDraft(1);
  d.output_sha256 = LedgerSha256Hex(output);
  // While the publisher is inside RecordAndPublish, a concurrent recovery must not touch its intent.
  int recovered = -1;
  auto e = RecordAndPublish(*ledger, d, dir.Join("o.txt"), output, 0644, [&](std::string_view p) {
    if (p != "temp_written") return;
    auto other = testing::OpenTestLedger(dir);
    auto rec = RecoverPublications(*other, pending);
    recovered = rec.ok() ? rec->rolled_back + rec->rolled_forward + rec->lost : -2;
  }, pending);
  ASSERT_TRUE(e.ok()) << e.status().ToString();
  EXPECT_EQ(recovered, 0);
  EXPECT_EQ(*ReadFile(dir.Join("o.txt")), output);
}

TEST(LedgerPublish, WritesOutputAndEntry) {
  TempDir dir;
  auto ledger = testing::OpenTestLedger(dir);
  const std::string output = "released text\n";
  EntryDraft d = SampleDraft(1);
  d.output_sha256 = LedgerSha256Hex(output);
  auto e = RecordAndPublish(*ledger, d, dir.Join("out.txt"), output, 0640);
  ASSERT_TRUE(e.ok()) << e.status().ToString();
  auto data = ReadFile(dir.Join("out.txt"));
  ASSERT_TRUE(data.ok());
  EXPECT_EQ(*data, output);
  EXPECT_EQ(std::filesystem::status(dir.Join("out.txt")).permissions() & std::filesystem::perms::all,
            std::filesystem::perms(0640));

  // Wrong hash, blocked decision: refused, nothing written or recorded.
  d.output_sha256 = LedgerSha256Hex("something else");
  EXPECT_EQ(RecordAndPublish(*ledger, d, dir.Join("x.txt"), output).status().code(),
            Status::Code::kInvalidArgument);
  EXPECT_FALSE(std::filesystem::exists(dir.Join("x.txt")));
  auto head = ledger->Head();
  ASSERT_TRUE(head.ok());
  EXPECT_EQ(head->seq, 1u);

  // Rename fails (target is a non-empty directory): a blocked entry follows.
  std::filesystem::create_directories(dir.Join("busy/child"));
  d.output_sha256 = LedgerSha256Hex(output);
  auto failed = RecordAndPublish(*ledger, d, dir.Join("busy"), output);
  ASSERT_FALSE(failed.ok());
  EXPECT_EQ(failed.status().code(), Status::Code::kIOError);
  auto all = ledger->List();
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all->size(), 3u);
  EXPECT_EQ((*all)[2].draft.decision, LedgerDecision::kBlocked);
  EXPECT_EQ((*all)[2].draft.reason, "output could not be published after entry 2");
  for (const auto& f : std::filesystem::directory_iterator(dir.path())) {
    EXPECT_NE(f.path().filename().string().rfind(".busy.tmp.", 0), 0u) << "temporary left behind";
  }
}

}  // namespace
}  // namespace tearline

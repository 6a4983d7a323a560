#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <set>

#include "tearline/file.h"
#include "tearline/ledger.h"
#include "test_util.h"

namespace tearline {
namespace {

using testing::TempDir;

unsigned ModeOf(const std::string& path) {
  struct stat st;
  EXPECT_EQ(::stat(path.c_str(), &st), 0) << path;
  return st.st_mode & 0777;
}

TEST(SigningKey, CreateThenLoad) {
  TempDir dir;
  auto created = CreateSigningKey(dir.path());
  ASSERT_TRUE(created.ok()) << created.status().ToString();
  auto loaded = LoadSigningKey(dir.path());
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  EXPECT_EQ(loaded->public_key, created->public_key);
  EXPECT_EQ(loaded->secret_key, created->secret_key);
  EXPECT_EQ(ModeOf(SigningKeyPath(dir.path())), 0600u);
  EXPECT_EQ(ModeOf(PublicKeyPath(dir.path())), 0644u);
  auto pub = LoadPublicKey(PublicKeyPath(dir.path()));
  ASSERT_TRUE(pub.ok());
  EXPECT_EQ(*pub, created->public_key);
  EXPECT_EQ(created->PublicHex().size(), 64u);
}

TEST(SigningKey, NeverReplaced) {
  TempDir dir;
  ASSERT_TRUE(CreateSigningKey(dir.path()).ok());
  auto again = CreateSigningKey(dir.path());
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.status().code(), Status::Code::kInvalidArgument);
}

TEST(SigningKey, MissingNamesTheCommand) {
  TempDir dir;
  auto k = LoadSigningKey(dir.path());
  ASSERT_FALSE(k.ok());
  EXPECT_EQ(k.status().code(), Status::Code::kNotFound);
  EXPECT_NE(k.status().message().find("tearline keys init"), std::string::npos);
  EXPECT_EQ(LoadPublicKey(PublicKeyPath(dir.path())).status().code(), Status::Code::kNotFound);
}

TEST(SigningKey, RefusesLoosePermissions) {
  for (unsigned mode : {0640u, 0604u, 0660u, 0644u}) {
    TempDir dir;
    ASSERT_TRUE(CreateSigningKey(dir.path()).ok());
    ASSERT_EQ(::chmod(SigningKeyPath(dir.path()).c_str(), mode), 0);
    auto k = LoadSigningKey(dir.path());
    ASSERT_FALSE(k.ok()) << std::oct << mode;
    EXPECT_EQ(k.status().code(), Status::Code::kCorruption);
    EXPECT_NE(k.status().message().find("chmod 600"), std::string::npos);
  }
}

TEST(SigningKey, RefusesMalformedFiles) {
  TempDir dir;
  ASSERT_TRUE(CreateSigningKey(dir.path()).ok());
  auto text = ReadFile(SigningKeyPath(dir.path()));
  ASSERT_TRUE(text.ok());
  std::string good = *text;
  std::string flipped_public = good;
  flipped_public[flipped_public.size() - 2] = flipped_public[flipped_public.size() - 2] == '0' ? '1' : '0';
  const std::string variants[] = {
      "",                                   // empty
      good.substr(0, good.size() / 2),      // truncated
      "tearline-ledger-key-v2" + good.substr(22),  // unknown version
      flipped_public,                       // public half does not match the seed
      good + "extra\n",                     // trailing data
  };
  for (const std::string& v : variants) {
    ASSERT_EQ(::unlink(SigningKeyPath(dir.path()).c_str()), 0);
    ASSERT_TRUE(WriteFileAtomic(SigningKeyPath(dir.path()), v, 0600).ok());
    auto k = LoadSigningKey(dir.path());
    ASSERT_FALSE(k.ok()) << v.size();
    EXPECT_EQ(k.status().code(), Status::Code::kCorruption) << k.status().ToString();
  }
}

TEST(SigningKey, ConcurrentFirstUseMakesOneKey) {
  TempDir dir;
  const int kProcs = 4;
  std::vector<pid_t> pids;
  for (int i = 0; i < kProcs; ++i) {
    pid_t pid = ::fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
      auto k = LoadOrCreateSigningKey(dir.path());
      if (!k.ok()) ::_exit(1);
      std::ofstream(dir.Join("pub." + std::to_string(i))) << k->PublicHex();
      ::_exit(0);
    }
    pids.push_back(pid);
  }
  for (pid_t pid : pids) {
    int status = 0;
    ASSERT_EQ(::waitpid(pid, &status, 0), pid);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  }
  std::set<std::string> seen;
  for (int i = 0; i < kProcs; ++i) {
    auto t = ReadFile(dir.Join("pub." + std::to_string(i)));
    ASSERT_TRUE(t.ok());
    seen.insert(*t);
  }
  EXPECT_EQ(seen.size(), 1u);
  auto k = LoadSigningKey(dir.path());
  ASSERT_TRUE(k.ok());
  EXPECT_EQ(*seen.begin(), k->PublicHex());
}

}  // namespace
}  // namespace tearline

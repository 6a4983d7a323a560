#include "tearline/keys.h"

#include <gtest/gtest.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace tearline {
namespace {

namespace fs = std::filesystem;

class KeysTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/tearline-keys-XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    root_ = tmpl;
    home_ = root_ + "/state/home";
  }
  void TearDown() override { fs::remove_all(root_); }
  void WriteKeyFile(std::string_view recipient, const std::string& content, mode_t mode) {
    ASSERT_TRUE(EnsureHome(home_ + "/keys").ok());
    std::string path = RecipientKeyPath(home_, recipient);
    std::ofstream(path, std::ios::binary) << content;
    ASSERT_EQ(chmod(path.c_str(), mode), 0);
  }
  std::string root_, home_;
};

mode_t ModeOf(const std::string& path) {
  struct stat st;
  EXPECT_EQ(stat(path.c_str(), &st), 0);
  return st.st_mode & 07777;
}

TEST_F(KeysTest, CreateThenLoad) {
  auto path = CreateRecipientKey(home_, "liaison-kabul");
  ASSERT_TRUE(path.ok()) << path.status().ToString();
  EXPECT_EQ(*path, home_ + "/keys/liaison-kabul.key");
  EXPECT_EQ(ModeOf(*path), 0600u);
  EXPECT_EQ(ModeOf(home_), 0700u);
  EXPECT_EQ(ModeOf(home_ + "/keys"), 0700u);
  EXPECT_EQ(ModeOf(root_ + "/state"), 0700u);

  auto key = LoadRecipientKey(home_, "liaison-kabul");
  ASSERT_TRUE(key.ok()) << key.status().ToString();
  EXPECT_EQ(key->recipient, "liaison-kabul");
  std::array<uint8_t, 32> zero{};
  EXPECT_NE(key->secret, zero);
  auto again = LoadRecipientKey(home_, "liaison-kabul");
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(key->secret, again->secret);
}

TEST_F(KeysTest, TwoRecipientsGetDifferentKeys) {
  ASSERT_TRUE(CreateRecipientKey(home_, "a").ok());
  ASSERT_TRUE(CreateRecipientKey(home_, "b").ok());
  auto a = LoadRecipientKey(home_, "a");
  auto b = LoadRecipientKey(home_, "b");
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_NE(a->secret, b->secret);
}

TEST_F(KeysTest, RefusesToReplaceExistingKey) {
  ASSERT_TRUE(CreateRecipientKey(home_, "r1").ok());
  auto before = LoadRecipientKey(home_, "r1");
  auto second = CreateRecipientKey(home_, "r1");
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.status().code(), Status::Code::kInvalidArgument);
  auto after = LoadRecipientKey(home_, "r1");
  ASSERT_TRUE(before.ok() && after.ok());
  EXPECT_EQ(before->secret, after->secret);
}

TEST_F(KeysTest, MissingKeyNamesTheInitCommand) {
  auto key = LoadRecipientKey(home_, "nobody");
  ASSERT_FALSE(key.ok());
  EXPECT_EQ(key.status().code(), Status::Code::kNotFound);
  EXPECT_NE(key.status().message().find("tearline keys init --recipient nobody --home " + home_),
            std::string::npos)
      << key.status().message();
}

TEST_F(KeysTest, RefusesGroupOrOtherAccess) {
  const std::string good = "tearline-recipient-key 1\n" + std::string(64, 'a') + "\n";
  for (mode_t mode : {0640, 0604, 0660, 0606, 0620, 0602, 0644}) {
    SCOPED_TRACE(mode);
    WriteKeyFile("perm", good, mode);
    auto key = LoadRecipientKey(home_, "perm");
    ASSERT_FALSE(key.ok());
    EXPECT_EQ(key.status().code(), Status::Code::kCorruption);
    EXPECT_NE(key.status().message().find("chmod 600"), std::string::npos);
  }
  WriteKeyFile("perm", good, 0400);
  EXPECT_TRUE(LoadRecipientKey(home_, "perm").ok());
}

TEST_F(KeysTest, RefusesMalformedFiles) {
  const std::string hex(64, 'b');
  struct Case {
    const char* name;
    std::string content;
  } cases[] = {
      {"empty", ""},
      {"truncated hex", "tearline-recipient-key 1\n" + hex.substr(0, 40)},
      {"missing final newline", "tearline-recipient-key 1\n" + hex},
      {"bad hex digit", "tearline-recipient-key 1\n" + hex.substr(0, 63) + "g\n"},
      {"upper-case hex", "tearline-recipient-key 1\n" + std::string(64, 'B') + "\n"},
      {"wrong version", "tearline-recipient-key 2\n" + hex + "\n"},
      {"wrong magic", "tearline-key 1\n" + hex + "\n"},
      {"trailing data", "tearline-recipient-key 1\n" + hex + "\nextra\n"},
      {"too long hex", "tearline-recipient-key 1\n" + hex + "bb\n"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    WriteKeyFile("bad", c.content, 0600);
    auto key = LoadRecipientKey(home_, "bad");
    ASSERT_FALSE(key.ok());
    EXPECT_EQ(key.status().code(), Status::Code::kCorruption);
    EXPECT_EQ(key.status().message().find(hex.substr(0, 8)), std::string::npos) << "message leaks key bytes";
  }
  WriteKeyFile("bad", "tearline-recipient-key 1\n" + hex + "\n", 0600);
  auto key = LoadRecipientKey(home_, "bad");
  ASSERT_TRUE(key.ok()) << key.status().ToString();
  for (uint8_t b : key->secret) EXPECT_EQ(b, 0xbb);
}

TEST_F(KeysTest, RefusesSymlinkedKey) {
  WriteKeyFile("real", "tearline-recipient-key 1\n" + std::string(64, 'c') + "\n", 0600);
  fs::create_symlink(RecipientKeyPath(home_, "real"), RecipientKeyPath(home_, "link"));
  auto key = LoadRecipientKey(home_, "link");
  ASSERT_FALSE(key.ok());
  EXPECT_EQ(key.status().code(), Status::Code::kCorruption);
}

TEST_F(KeysTest, InvalidRecipientNamesAreRefused) {
  const std::vector<std::string> bad = {"", ".hidden", "a/b", "../x", "a b", "\xc3\xa9", "a\n", std::string(65, 'a')};
  for (const std::string& name : bad) {
    SCOPED_TRACE(name);
    EXPECT_FALSE(IsValidRecipientName(name));
    auto created = CreateRecipientKey(home_, name);
    ASSERT_FALSE(created.ok());
    EXPECT_EQ(created.status().code(), Status::Code::kInvalidArgument);
    EXPECT_FALSE(LoadRecipientKey(home_, name).ok());
  }
  for (const char* name : {"a", "liaison-kabul", "A.b_c-9", "x."}) EXPECT_TRUE(IsValidRecipientName(name)) << name;
  EXPECT_TRUE(IsValidRecipientName(std::string(64, 'z')));
}

TEST_F(KeysTest, EnsureHomeRefusesAFile) {
  ASSERT_TRUE(EnsureHome(root_).ok());
  std::ofstream(root_ + "/file") << "x";
  EXPECT_FALSE(EnsureHome(root_ + "/file").ok());
  EXPECT_FALSE(EnsureHome(root_ + "/file/sub").ok());
  EXPECT_FALSE(EnsureHome("").ok());
}

TEST(ResolveHomeTest, PrecedenceOrder) {
  auto save = [](const char* n) -> std::optional<std::string> {
    const char* v = getenv(n);
    return v ? std::optional<std::string>(v) : std::nullopt;
  };
  auto restore = [](const char* n, const std::optional<std::string>& v) {
    if (v) setenv(n, v->c_str(), 1); else unsetenv(n);
  };
  auto t = save("TEARLINE_HOME"), x = save("XDG_DATA_HOME"), h = save("HOME");
  setenv("TEARLINE_HOME", "/t", 1);
  setenv("XDG_DATA_HOME", "/x", 1);
  setenv("HOME", "/h", 1);
  EXPECT_EQ(ResolveHome("/explicit"), "/explicit");
  EXPECT_EQ(ResolveHome(""), "/t");
  unsetenv("TEARLINE_HOME");
  EXPECT_EQ(ResolveHome(""), "/x/tearline");
  setenv("XDG_DATA_HOME", "", 1);
  EXPECT_EQ(ResolveHome(""), "/h/.local/share/tearline");
  restore("TEARLINE_HOME", t);
  restore("XDG_DATA_HOME", x);
  restore("HOME", h);
}

}  // namespace
}  // namespace tearline

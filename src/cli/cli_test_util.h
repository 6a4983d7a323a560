// Test-only helpers shared by the end-to-end CLI tests: run `tearline`
// in-process, read files, compare with golden files in tests/golden/
// (TEARLINE_UPDATE_GOLDEN=1 rewrites them).
#pragma once

#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "tearline/cli.h"
#include "tearline/file.h"

namespace tearline::testing {

struct CliRun {
  int code;
  std::string out;
  std::string err;
};

inline CliRun Cli(std::vector<std::string> args) {
  args.insert(args.begin(), "tearline");
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  std::ostringstream out, err;
  int code = RunCli(static_cast<int>(argv.size()), argv.data(), out, err);
  return {code, out.str(), err.str()};
}

inline std::string Slurp(const std::filesystem::path& p) {
  auto r = ReadFile(p.string());
  return r.ok() ? *r : std::string("<missing: " + p.string() + ">");
}

inline void ExpectGolden(const std::string& actual, const std::string& golden_name) {
  std::filesystem::path golden = std::filesystem::path(TEARLINE_SOURCE_DIR) / "tests" / "golden" / golden_name;
  if (std::getenv("TEARLINE_UPDATE_GOLDEN")) {
    ASSERT_TRUE(WriteFileAtomic(golden.string(), actual).ok());
    return;
  }
  EXPECT_EQ(actual, Slurp(golden)) << "golden file " << golden << " differs (TEARLINE_UPDATE_GOLDEN=1 rewrites it)";
}

// A temporary directory per test, with TEARLINE_HOME pointing into it so that
// keys and the ledger of runs without --home stay inside.
class CliFixture : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("tearline_cli_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    home_ = (dir_ / "home").string();
    ::setenv("TEARLINE_HOME", home_.c_str(), 1);
  }
  void TearDown() override {
    std::filesystem::remove_all(dir_);
    ::unsetenv("TEARLINE_HOME");
  }
  std::string P(const std::string& name) const { return (dir_ / name).string(); }
  std::string Write(const std::string& name, const std::string& data) {
    EXPECT_TRUE(WriteFileAtomic(P(name), data).ok());
    return P(name);
  }
  // A fixed recipient key (32 bytes of `byte_hex`), so that pseudonyms in
  // golden files are stable.
  void FixedKey(const std::string& recipient, const std::string& byte_hex) {
    namespace fs = std::filesystem;
    fs::create_directories(fs::path(home_) / "keys");
    fs::permissions(home_, fs::perms::owner_all, fs::perm_options::replace);
    fs::permissions(fs::path(home_) / "keys", fs::perms::owner_all, fs::perm_options::replace);
    std::string hex;
    for (int i = 0; i < 32; ++i) hex += byte_hex;
    ASSERT_TRUE(
        WriteFileAtomic(home_ + "/keys/" + recipient + ".key", "tearline-recipient-key 1\n" + hex + "\n", 0600).ok());
  }
  std::filesystem::path dir_;
  std::string home_;
};

}  // namespace tearline::testing

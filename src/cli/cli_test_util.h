// Test-only helpers shared by the end-to-end CLI tests: run `tearline`
// in-process, read files, compare with golden files in tests/golden/
// (TEARLINE_UPDATE_GOLDEN=1 rewrites them).
#pragma once

#include <gtest/gtest.h>

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

}  // namespace tearline::testing

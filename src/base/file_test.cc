#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "tearline/file.h"

namespace tearline {
namespace {
namespace fs = std::filesystem;

class FileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("tearline_file_test_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(FileTest, AtomicWriteThenRead) {
  std::string path = (dir_ / "out.txt").string();
  ASSERT_TRUE(WriteFileAtomic(path, "hello\r\nworld", 0600).ok());
  auto r = ReadFile(path);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, "hello\r\nworld");
  struct stat st;
  ASSERT_EQ(::stat(path.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
  // Replace; no temporary files are left behind.
  ASSERT_TRUE(WriteFileAtomic(path, "second", 0600).ok());
  EXPECT_EQ(*ReadFile(path), "second");
  EXPECT_EQ(std::distance(fs::directory_iterator(dir_), fs::directory_iterator{}), 1);
}

TEST_F(FileTest, ErrorsLeaveNothing) {
  std::string missing_dir = (dir_ / "no" / "such" / "out.txt").string();
  Status s = WriteFileAtomic(missing_dir, "x");
  EXPECT_EQ(s.code(), Status::Code::kIOError);
  EXPECT_FALSE(fs::exists(missing_dir));
  auto r = ReadFile((dir_ / "absent").string());
  EXPECT_EQ(r.status().code(), Status::Code::kIOError);
  auto d = ReadFile(dir_.string());
  EXPECT_EQ(d.status().code(), Status::Code::kIOError);
}

TEST_F(FileTest, SizeLimitIsBadInput) {
  std::string path = (dir_ / "big.txt").string();
  ASSERT_TRUE(WriteFileAtomic(path, std::string(1000, 'a')).ok());
  EXPECT_TRUE(ReadFile(path, 1000).ok());
  EXPECT_EQ(ReadFile(path, 999).status().code(), Status::Code::kBadInput);
}

}  // namespace
}  // namespace tearline

namespace tearline {
namespace {

TEST(FindLiteralTest, Table) {
  const std::string_view text = "Ali (the driver) met  Omar de Souza (here) = x  (";
  struct Case {
    std::string_view needle;
    size_t from;
    size_t want;
  };
  const Case cases[] = {
      {" (", 0, 3},          {" (", 4, 35},         {" (", 36, 47},
      {" (", 48, std::string_view::npos},           {"  ", 0, 20},
      {"  ", 21, 46},        {" de ", 0, 26},       {"(here)", 0, 36},
      {"(", 48, 48},         {"(", 49, std::string_view::npos},
      {"", 5, 5},            {"", 49, 49},          {"", 50, std::string_view::npos},
      {"x  (", 0, 45},       {"x  ((", 0, std::string_view::npos},
      {"Ali", 1, std::string_view::npos},           {"Ali (the driver) met", 0, 0},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(FindLiteral(text, c.needle, c.from), c.want) << "'" << c.needle << "' from " << c.from;
    EXPECT_EQ(FindLiteral(text, c.needle, c.from), text.find(c.needle, c.from)) << "'" << c.needle << "'";
  }
}

// Random texts over a small alphabet (many partial matches, matches in the
// last bytes, needles longer than the text) agree with std::string_view::find.
TEST(FindLiteralTest, AgreesWithFindOnRandomTexts) {
  std::mt19937 rng(7);
  const std::string alphabet = " ab(";
  auto random_string = [&](size_t len) {
    std::string s;
    for (size_t i = 0; i < len; ++i) s += alphabet[rng() % alphabet.size()];
    return s;
  };
  for (int round = 0; round < 3000; ++round) {
    const std::string text = random_string(rng() % 80);
    const std::string needle = random_string(1 + rng() % 6);
    for (size_t from = 0; from <= text.size() + 1; ++from) {
      ASSERT_EQ(FindLiteral(text, needle, from), std::string_view(text).find(needle, from))
          << "text '" << text << "' needle '" << needle << "' from " << from;
    }
  }
}

TEST(FindLiteralTest, ForEachOccurrenceCountsOverlaps) {
  std::vector<size_t> at;
  ForEachOccurrence("aaaa  aa", "aa", [&](size_t k) { at.push_back(k); });
  EXPECT_EQ(at, (std::vector<size_t>{0, 1, 2, 6}));
}

}  // namespace
}  // namespace tearline

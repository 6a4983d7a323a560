#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>

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

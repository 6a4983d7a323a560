// Checks that an executable linked with the tearline_malloc target allocates
// through jemalloc with the settings of malloc_conf.cc.
#include <jemalloc/jemalloc.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>

#include <gtest/gtest.h>

namespace {

const char* StringOption(const char* name) {
  const char* value = nullptr;
  size_t size = sizeof value;
  if (mallctl(name, &value, &size, nullptr, 0) != 0) return nullptr;
  return value;
}

TEST(MallocConfTest, JemallocServesMallocWithHugePages) {
  ASSERT_NE(StringOption("opt.thp"), nullptr) << "jemalloc is not the allocator";
  EXPECT_STREQ(StringOption("opt.thp"), "always");
  EXPECT_STREQ(StringOption("opt.metadata_thp"), "auto");
  // malloc itself is jemalloc's: its statistics count a fresh large block.
  const auto allocated = [] {
    uint64_t epoch = 1;
    size_t epoch_size = sizeof epoch;
    mallctl("epoch", &epoch, &epoch_size, &epoch, sizeof epoch);  // refreshes the statistics
    size_t bytes = 0, size = sizeof bytes;
    return mallctl("stats.allocated", &bytes, &size, nullptr, 0) == 0 ? bytes : size_t{0};
  };
  constexpr size_t kBlock = size_t{8} << 20;
  const size_t before = allocated();
  auto* block = static_cast<char*>(std::malloc(kBlock));
  ASSERT_NE(block, nullptr);
  std::memset(block, 1, kBlock);
  EXPECT_GE(allocated(), before + kBlock);
  std::free(block);
}

}  // namespace

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>

#include "src/tag/model_format.h"
#include "tearline/file.h"
#include "tearline/tag.h"

namespace tearline {
namespace {

using tag_internal::kRowWidth;

std::string SmallModelFile() {
  TaggerModel::Impl m;
  m.hash_bits = 12;
  m.prob_scale = 0.01f;
  m.weights.assign((size_t{1} << 12) * kRowWidth, 0);
  for (size_t i = 0; i < m.weights.size(); i += 37) m.weights[i] = static_cast<int16_t>(i % 200 - 100);
  m.lexicons.sets[tag_internal::kLexTitle] = {3, 9, 27};
  m.lexicons.clusters = {{5, 0b1011}, {8, 0b11}, {400, 0b100000}};
  return tag_internal::SerializeModel(m);
}

// Cluster entries must be sorted by hash and carry a valid code.
TEST(ModelFormatTest, RejectsBadClusterEntries) {
  const std::vector<std::vector<std::pair<uint64_t, uint32_t>>> bad = {
      {{8, 0b11}, {5, 0b1011}},   // not sorted
      {{5, 0b11}, {5, 0b101}},    // repeated hash
      {{5, 0}},                   // no path
      {{5, 1u << 22}},            // path longer than 20 bits
  };
  for (const auto& clusters : bad) {
    TaggerModel::Impl m;
    m.hash_bits = 12;
    m.prob_scale = 0.01f;
    m.weights.assign((size_t{1} << 12) * kRowWidth, 0);
    m.lexicons.clusters = clusters;
    auto parsed = TaggerModel::Parse(tag_internal::SerializeModel(m));
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(parsed.status().code(), Status::Code::kCorruption);
  }
}

TEST(ModelFormatTest, RoundTrip) {
  std::string file = SmallModelFile();
  auto model = TaggerModel::Parse(file);
  ASSERT_TRUE(model.ok()) << model.status().ToString();
  EXPECT_EQ((*model)->fingerprint().size(), 64u);
  EXPECT_EQ((*model)->fingerprint(), tag_internal::PayloadFingerprint(file));
  EXPECT_EQ((*model)->impl().hash_bits, 12);
  EXPECT_EQ((*model)->impl().lexicons.sets[tag_internal::kLexTitle].size(), 3u);
  EXPECT_EQ((*model)->impl().lexicons.clusters.size(), 3u);
  EXPECT_EQ((*model)->impl().lexicons.Cluster(8), 0b11u);
  EXPECT_EQ((*model)->impl().lexicons.Cluster(100), 0u);
  auto again = tag_internal::ParseModel(file);
  ASSERT_TRUE(again.ok());
  std::string file2 = tag_internal::SerializeModel(**again);
  EXPECT_EQ(file, file2);
}

TEST(ModelFormatTest, DamagedFilesFailWithCorruption) {
  const std::string good = SmallModelFile();
  struct Case {
    const char* name;
    std::string bytes;
  };
  std::vector<Case> cases;
  cases.push_back({"empty", ""});
  cases.push_back({"header only", good.substr(0, 56)});
  cases.push_back({"truncated", good.substr(0, good.size() - 7)});
  cases.push_back({"one byte short", good.substr(0, good.size() - 1)});
  cases.push_back({"trailing byte", good + "x"});
  std::string magic = good;
  magic[0] = 'X';
  cases.push_back({"bad magic", magic});
  std::string version = good;
  version[8] = 1;  // an old format
  cases.push_back({"wrong version", version});
  std::string one_pass = good;
  one_pass[8] = 3;  // the previous format: one-pass document features
  cases.push_back({"version 3", one_pass});
  std::string flipped = good;
  flipped[good.size() / 2] ^= 0x01;
  cases.push_back({"flipped payload byte", flipped});
  std::string hash = good;
  hash[30] ^= 0x80;
  cases.push_back({"flipped fingerprint byte", hash});
  cases.push_back({"foreign file", std::string("{\"not\": \"a model\"}")});
  for (const Case& c : cases) {
    auto model = TaggerModel::Parse(c.bytes);
    ASSERT_FALSE(model.ok()) << c.name;
    EXPECT_EQ(model.status().code(), Status::Code::kCorruption) << c.name << ": " << model.status().ToString();
    if (c.name == std::string("version 3")) {
      EXPECT_NE(model.status().ToString().find("unsupported format version 3"), std::string::npos)
          << model.status().ToString();
    }
  }
}

// The table size comes from the payload header: a small file must not make
// the loader allocate more than training can produce.
TEST(ModelFormatTest, HashBitsOutsideTheTrainingRangeAreRefused) {
  const std::string payload = SmallModelFile().substr(tag_internal::kHeaderSize);
  ASSERT_TRUE(TaggerModel::Parse(tag_internal::ModelFileWithPayload(payload)).ok());  // the helper itself is sound
  for (uint32_t bits : {0u, 8u, 11u, 23u, 24u, 31u, 0xFFFFFFFFu}) {
    std::string p = payload;
    std::memcpy(p.data(), &bits, 4);
    auto model = TaggerModel::Parse(tag_internal::ModelFileWithPayload(p));
    ASSERT_FALSE(model.ok()) << bits;
    EXPECT_EQ(model.status().code(), Status::Code::kCorruption) << bits;
  }
}

TEST(ModelFormatTest, EveryTruncationFailsCleanly) {
  const std::string good = SmallModelFile();
  for (size_t n = 0; n < good.size(); n += 97) {
    EXPECT_FALSE(TaggerModel::Parse(good.substr(0, n)).ok()) << n;
  }
}

TEST(ModelFormatTest, MissingFileIsNotCorruption) {
  auto model = TaggerModel::Load("/nonexistent/dir/tagger.tlm");
  ASSERT_FALSE(model.ok());
  EXPECT_NE(model.status().code(), Status::Code::kCorruption);
  EXPECT_FALSE(LoadTagger("/nonexistent/dir/tagger.tlm").ok());
}

// The committed model loads quickly and is intact.
TEST(ShippedModelTest, LoadsWithinBudget) {
  std::string path = std::string(TEARLINE_SOURCE_DIR) + "/models/tagger.tlm";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "no shipped model";
  auto t0 = std::chrono::steady_clock::now();
  auto model = TaggerModel::Load(path);
  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  ASSERT_TRUE(model.ok()) << model.status().ToString();
  EXPECT_LT(ms, 1000.0);  // 200 ms budget in Release; slack for sanitizer/debug builds
  EXPECT_LE(std::filesystem::file_size(path), 30u << 20);
}

}  // namespace
}  // namespace tearline

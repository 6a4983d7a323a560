// Tests of the word cluster codes, file parsing and clustering.
#include "src/tag/cluster.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "src/tag/internal.h"

namespace tearline::tag_internal {
namespace {

TEST(ClusterCodeTest, Table) {
  struct Case {
    std::string_view path;
    uint32_t code;
    int length;
    uint32_t prefix2;
  } cases[] = {
      {"0", 0b10, 1, 0b10},          {"1", 0b11, 1, 0b11},       {"0110", 0b10110, 4, 0b101},
      {"11111111111111111111", (1u << 21) - 1, 20, 0b111},   {"", 0, 0, 0},
      {"012", 0, 0, 0},              {"000000000000000000000", 0, 0, 0},  // 21 bits: too long
  };
  for (const Case& c : cases) {
    uint32_t code = ClusterCodeOf(c.path);
    EXPECT_EQ(code, c.code) << c.path;
    EXPECT_EQ(ClusterLength(code), c.length) << c.path;
    EXPECT_EQ(ClusterPrefix(code, 2), c.prefix2) << c.path;
  }
}

TEST(ClusterFileTest, ParsesAndLowercases) {
  auto parsed = ParseClusterFile("# comment\n0110\tKarimi\n10\therat\r\n\n0110\tkarimi\n");
  ASSERT_TRUE(parsed.ok()) << parsed.status().ToString();
  ASSERT_EQ(parsed->size(), 2u);  // the repeated word keeps its first line
  std::map<uint64_t, uint32_t> got(parsed->begin(), parsed->end());
  EXPECT_EQ(got[HashBytes("karimi")], ClusterCodeOf("0110"));
  EXPECT_EQ(got[HashBytes("herat")], ClusterCodeOf("10"));
}

TEST(ClusterFileTest, RejectsMalformedLines) {
  for (std::string_view bad : {"0110 karimi\n", "01x\tword\n", "\tword\n", "0101\t\n"}) {
    auto parsed = ParseClusterFile(bad);
    ASSERT_FALSE(parsed.ok()) << bad;
    EXPECT_NE(parsed.status().ToString().find("line 1"), std::string::npos);
    // The message names the line, never the word.
    EXPECT_EQ(parsed.status().ToString().find("karimi"), std::string::npos);
  }
}

// Words used in the same contexts share longer path prefixes than words used
// in different contexts.
TEST(BuildClustersTest, GroupsWordsByContext) {
  std::vector<std::vector<std::string>> sentences;
  const char* names[] = {"karimi", "zadran", "omari", "nabi"};
  const char* places[] = {"herat", "kabul", "kandahar", "ghazni"};
  for (int r = 0; r < 30; ++r) {
    for (const char* n : names) sentences.push_back({"mr", n, "said", "that"});
    for (const char* p : places) sentences.push_back({"they", "went", "to", p, "today"});
  }
  ClusterOptions o;
  o.context_words = 50;
  auto clusters = BuildClusters(sentences, o);
  std::map<std::string, std::string> path(clusters.begin(), clusters.end());
  ASSERT_EQ(path.size(), 15u);
  auto common = [&](const std::string& a, const std::string& b) {
    size_t k = 0;
    while (k < path[a].size() && k < path[b].size() && path[a][k] == path[b][k]) ++k;
    return k;
  };
  for (const char* n : names) {
    for (const char* p : places) {
      EXPECT_GT(common(names[0], n == names[0] ? names[1] : n), common(n, p)) << n << " " << p;
      EXPECT_GT(common(places[0], p == places[0] ? places[1] : p), common(n, p)) << n << " " << p;
    }
  }
  for (const auto& [w, p] : clusters) EXPECT_NE(ClusterCodeOf(p), 0u) << w;
  EXPECT_EQ(BuildClusters(sentences, o), clusters);  // deterministic
}

// Dense vectors: words near one direction share longer path prefixes than
// words near different directions, with either start of the splits.
TEST(BuildClustersFromVectorsTest, GroupsNearbyVectors) {
  const std::vector<std::string> names = {"karimi", "zadran", "omari", "nabi"};
  const std::vector<std::string> places = {"herat", "kabul", "kandahar", "ghazni"};
  const std::vector<std::string> verbs = {"said", "told", "went", "came"};
  std::vector<std::string> words;
  std::vector<float> vectors;
  constexpr size_t kDims = 6;
  auto add = [&](const std::string& w, int axis, int k) {
    words.push_back(w);
    for (size_t d = 0; d < kDims; ++d) {
      // A strong component on the group's axis, small word-specific ones elsewhere.
      vectors.push_back(static_cast<int>(d) == axis ? 3.0f : 0.1f * static_cast<float>((k * 7 + static_cast<int>(d) * 3) % 5));
    }
  };
  for (int k = 0; k < 4; ++k) {
    add(names[k], 0, k);
    add(places[k], 2, k);
    add(verbs[k], 4, k);
  }
  for (bool principal : {false, true}) {
    ClusterOptions o;
    o.principal_start = principal;
    auto clusters = BuildClustersFromVectors(words, vectors, kDims, o);
    ASSERT_EQ(clusters.size(), words.size());
    std::map<std::string, std::string> path(clusters.begin(), clusters.end());
    auto common = [&](const std::string& a, const std::string& b) {
      size_t k = 0;
      while (k < path[a].size() && k < path[b].size() && path[a][k] == path[b][k]) ++k;
      return k;
    };
    for (const auto* group : {&names, &places, &verbs}) {
      for (const auto* other : {&names, &places, &verbs}) {
        if (group == other) continue;
        for (const std::string& a : *group) {
          for (const std::string& b : *other) {
            EXPECT_GT(common((*group)[0] == a ? (*group)[1] : (*group)[0], a), common(a, b))
                << a << " " << b << " principal " << principal;
          }
        }
      }
    }
    for (const auto& [w, p] : clusters) EXPECT_NE(ClusterCodeOf(p), 0u) << w;
    EXPECT_EQ(BuildClustersFromVectors(words, vectors, kDims, o), clusters);  // deterministic
  }
}

// A tight group of words and far outliers at right angles to it and to each
// other (as rare words are in real word vectors): the (most frequent, least
// similar) start peels one outlier off per level, so the group's paths run to
// the depth limit; the principal start cuts the outliers off together and then
// halves the group, so its paths stay short.
TEST(BuildClustersFromVectorsTest, PrincipalStartBalancesTheTree) {
  constexpr size_t kDims = 32;  // axis 0: the group; 1: its spread; 2..31: one outlier each
  std::vector<std::string> words;
  std::vector<float> vectors;
  for (int k = 0; k < 200; ++k) {
    words.push_back("g" + std::to_string(k));
    for (size_t d = 0; d < kDims; ++d) vectors.push_back(d == 0 ? 1.0f : d == 1 ? 0.05f * k / 200.0f : 0.0f);
  }
  for (size_t j = 2; j < kDims; ++j) {
    words.push_back("o" + std::to_string(j));
    for (size_t d = 0; d < kDims; ++d) vectors.push_back(d == j ? 1.0f : 0.0f);
  }
  auto longest_group_path = [&](bool principal) {
    ClusterOptions o;
    o.principal_start = principal;
    size_t longest = 0;
    for (const auto& [w, p] : BuildClustersFromVectors(words, vectors, kDims, o)) {
      if (w[0] == 'g') longest = std::max(longest, p.size());
    }
    return longest;
  };
  EXPECT_EQ(longest_group_path(false), static_cast<size_t>(kMaxClusterBits));
  EXPECT_LE(longest_group_path(true), 12u);
}

}  // namespace
}  // namespace tearline::tag_internal

// LiteralSet finds what one ForEachOccurrence pass per literal finds, in the
// same order.
#include "src/quasi/literal_set.h"

#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "tearline/file.h"

namespace tearline::quasi {
namespace {

using Hits = std::vector<std::pair<uint32_t, size_t>>;

Hits OnePassEach(std::string_view text, std::initializer_list<std::string_view> literals) {
  Hits out;
  uint32_t i = 0;
  for (std::string_view l : literals) {
    ForEachOccurrence(text, l, [&](size_t k) { out.emplace_back(i, k); });
    ++i;
  }
  return out;
}

TEST(LiteralSetTest, Table) {
  struct Row {
    const char* text;
    Hits want;
  };
  const LiteralSet set({", F", "aaa", "family", "famil", "seul"});
  const Row rows[] = {
      {"", {}},
      {"a", {}},
      {"aaaa", {{1, 0}, {1, 1}}},                          // overlapping
      {"Amina, F, 34; the family", {{0, 5}, {2, 18}, {3, 18}}},  // a literal inside another
      {"prenom seul", {{4, 7}}},                            // at the very end
      {"seu", {}},                                          // cut by the end
      {"0123456789abcdefamily", {{2, 15}, {3, 15}}},        // across a 16-byte block
  };
  for (const Row& r : rows) {
    Hits got;
    set.Find(r.text, &got);
    EXPECT_EQ(got, r.want) << r.text;
  }
}

TEST(LiteralSetTest, RandomTextsMatchOnePassEach) {
  std::mt19937 rng(7);
  const std::string alphabet = "ab ,F\nx\xC3\xA9";
  for (int round = 0; round < 300; ++round) {
    std::string text(rng() % 200, ' ');
    for (char& c : text) c = alphabet[rng() % alphabet.size()];
    const auto literals = {std::string_view(", F"), std::string_view("aba"), std::string_view("b a"),
                           std::string_view("bab"), std::string_view("\xC3\xA9x"), std::string_view("abab")};
    const LiteralSet set(literals);
    Hits got;
    set.Find(text, &got);
    EXPECT_EQ(got, OnePassEach(text, literals)) << text;
  }
}

}  // namespace
}  // namespace tearline::quasi

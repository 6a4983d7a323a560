#include "match_windows.h"

#include <gtest/gtest.h>

#include <cctype>
#include <random>
#include <string>
#include <vector>

namespace tearline::patterns {
namespace {

std::string Windows(std::string_view text, std::vector<MatchEnd> ends) {
  std::vector<TextWindow> out;
  FindEndWindows(text, ends, out);
  std::string s;
  for (const TextWindow& w : out) s += "[" + std::to_string(w.begin) + "," + std::to_string(w.end) + ")";
  return s;
}

TEST(MatchWindows, Table) {
  struct Case {
    const char* text;
    std::vector<MatchEnd> ends;
    const char* want;
  };
  const Case cases[] = {
      {"", {}, ""},
      {"abc", {}, ""},
      {"ab,, 7 ,,cd", {{6, 2}}, "[3,6)"},                // "7" and one ',': 2 non-space bytes
      {"ab,, 7 ,,cd", {{6, 3}}, "[0,6)"},                // then widened over the word "ab"
      {"word12word rest", {{6, 1}}, "[0,10)"},           // widened over the whole word
      {"1,          2", {{13, 3}}, "[0,13)"},            // long space run crossed
      {",,,1,,,,,,2,,", {{4, 1}, {11, 1}}, "[3,4)[10,11)"},  // two windows
      {",,,1,2,,", {{4, 1}, {6, 1}}, "[3,4)[5,6)"},      // "," between: not touching
      {",,,12,,", {{5, 1}, {4, 1}}, "[3,5)"},            // merged, any order
      {"x,,", {{3, 3}}, "[0,3)"},
  };
  for (const Case& c : cases) EXPECT_EQ(Windows(c.text, c.ends), c.want) << c.text;
}

bool IsWord(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// Checks the contract against brute force on random texts.
TEST(MatchWindows, RandomContract) {
  std::mt19937 rng(7);
  const std::string alphabet = "0123456789 a_.-\n\xc2\xb0";
  std::uniform_int_distribution<size_t> pick(0, alphabet.size() - 1), len(0, 60), reach_dist(1, 8);
  for (int iter = 0; iter < 3000; ++iter) {
    std::string text;
    for (size_t i = len(rng); i > 0; --i) {
      char c = alphabet[pick(rng)];
      text.append(c == ' ' || c == 'a' ? pick(rng) % 8 + 1 : 1, c);  // long space runs and words
    }
    const size_t n = text.size();
    std::vector<MatchEnd> ends;
    for (size_t k = pick(rng) % 5; k > 0; --k) {
      ends.push_back(MatchEnd{pick(rng) * (n + 1) / alphabet.size(), reach_dist(rng)});
    }
    const std::vector<MatchEnd> given = ends;
    std::vector<TextWindow> out;
    FindEndWindows(text, ends, out);
    if (given.empty()) {
      ASSERT_TRUE(out.empty());
    }
    for (size_t k = 0; k < out.size(); ++k) {
      ASSERT_LT(out[k].begin, out[k].end + 1);
      ASSERT_LE(out[k].end, n);
      if (k > 0) {
        ASSERT_GT(out[k].begin, out[k - 1].end);
      }
      ASSERT_TRUE(out[k].begin == 0 || !IsWord(text[out[k].begin - 1])) << text;
      ASSERT_TRUE(out[k].end == n || !IsWord(text[out[k].end])) << text;
    }
    for (const MatchEnd& m : given) {
      size_t nonspace = 0;
      for (size_t s = m.end; s-- > 0;) {
        nonspace += text[s] != ' ';
        if (nonspace > m.reach) break;
        bool inside = false;
        for (const TextWindow& w : out) inside = inside || (w.begin <= s && m.end <= w.end);
        ASSERT_TRUE(inside) << "text [" << text << "] end " << m.end << " reach " << m.reach << " start " << s;
      }
    }
  }
}

}  // namespace
}  // namespace tearline::patterns

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tearline/tag.h"

namespace tearline {
namespace {

std::string Join(std::string_view text) {
  std::string out;
  for (const Token& t : Tokenize(text)) {
    if (!out.empty()) out += '|';
    out += text.substr(t.begin, t.end - t.begin);
  }
  return out;
}

TEST(TokenizeTest, Table) {
  struct Case {
    std::string text, want;
  } cases[] = {
      {"", ""},
      {"  \n\t ", ""},
      {"Omari's car", "Omari|'s|car"},
      {"Omari\u2019s car", "Omari|\u2019s|car"},
      {"O'Brien left.", "O'Brien|left|."},
      {"Abdul-Rahman Khan", "Abdul-Rahman|Khan"},
      {"Col. Mohammad Nabi Omari", "Col.|Mohammad|Nabi|Omari"},
      {"M. Omari and Z.M. Necatigil", "M.|Omari|and|Z.M.|Necatigil"},
      {"Mr Smith, Dr. Jones.", "Mr|Smith|,|Dr.|Jones|."},
      {"EUR 12,355.61 on 2021-08-26 at 10:30", "EUR|12,355.61|on|2021-08-26|at|10:30"},
      {"application no. 18403/91)", "application|no.|18403/91|)"},
      {"\u0645\u062d\u0645\u062f \u06a9\u0627\u0628\u0644", "\u0645\u062d\u0645\u062f|\u06a9\u0627\u0628\u0644"},
      {"Jab\u0142o\u0144ski (\u00abthe\u00bb)", "Jab\u0142o\u0144ski|(|\u00ab|the|\u00bb|)"},
      {"L5\u2011S1 disc", "L5\u2011S1|disc"},
      {"A.", "A."},
      {"U.Sx", "U|.|Sx"},
      {"end.Next", "end|.|Next"},
  };
  for (const Case& c : cases) EXPECT_EQ(Join(c.text), c.want) << c.text;
}

TEST(TokenizeTest, InvalidUtf8BecomesSingleBytes) {
  std::string text = "ab\xff\xfe cd";
  auto tokens = Tokenize(text);
  ASSERT_EQ(tokens.size(), 4u);
  EXPECT_EQ(tokens[1].begin, 2u);
  EXPECT_EQ(tokens[1].end, 3u);
}

TEST(TokenizeTest, OffsetsAreHalfOpenBytesAndOrdered) {
  std::string text = "Gul Khan\u2019s phone, 0700 123 456.";
  size_t last = 0;
  for (const Token& t : Tokenize(text)) {
    EXPECT_LT(t.begin, t.end);
    EXPECT_GE(t.begin, last);
    EXPECT_LE(t.end, text.size());
    last = t.end;
  }
}

TEST(SplitSentencesTest, Table) {
  struct Case {
    std::string text;
    std::vector<size_t> want;
  } cases[] = {
      {"", {}},
      {"One two. Three four!", {0, 3}},
      {"Mr. Omari left. He returned", {0, 4}},
      {"line one\nline two", {0, 2}},
      {"a b ? c", {0, 3}},
  };
  for (const Case& c : cases) {
    auto tokens = Tokenize(c.text);
    EXPECT_EQ(SplitSentences(c.text, tokens), c.want) << c.text;
  }
}

TEST(SplitSentencesTest, LongSentencesAreCut) {
  std::string text;
  for (int i = 0; i < 450; ++i) text += "word ";
  auto tokens = Tokenize(text);
  auto starts = SplitSentences(text, tokens);
  ASSERT_EQ(starts.size(), 3u);
  EXPECT_EQ(starts[1], kMaxSentenceTokens);
}

}  // namespace
}  // namespace tearline

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "src/tag/internal.h"
#include "tearline/tag.h"

namespace tearline {
namespace {

// The tokens' texts joined by '|'.
std::string Join(std::string_view text, const std::vector<Token>& tokens) {
  std::string out;
  for (const Token& t : tokens) {
    if (!out.empty()) out += '|';
    out += text.substr(t.begin, t.end - t.begin);
  }
  return out;
}

std::string Join(std::string_view text) { return Join(text, Tokenize(text)); }

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
      // Columns of a fixed-width table: three spaces or a tab after a word,
      // a number or ")" end a sentence; two spaces do not.
      {"Gul Safi   Torkham    Chahar Dara", {0, 2, 3}},
      {"Rahimi  Torkham", {0}},
      {"Safi\tTorkham", {0, 1}},
      {"ZARMINA (widow)    w/o Agha", {0, 4}},
      {"12345   Torkham", {0, 1}},
      {"| Huaman Quispe, Rosmery     | hija", {0, 5}},
      // Not an indent after a quote mark, a bullet or a label's colon.
      {">>   Havyarimana, the neighbour", {0}},
      {"-    Bibi Hawa", {0}},
      {"Name:    Bibi Hawa", {0}},
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

// TokenizeFrom's contract: the tokens of a text are those of its runs of
// non-white-space bytes, each tokenized alone (what lets a re-scan tokenize
// only the runs that changed).
std::vector<Token> ByRuns(std::string_view text) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
  std::vector<Token> out;
  size_t i = 0;
  while (i < text.size()) {
    if (space(text[i])) {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < text.size() && !space(text[end])) ++end;
    tag_internal::TokenizeFrom(text.substr(0, end), i, &out);
    i = end;
  }
  return out;
}

std::string Describe(const std::vector<Token>& tokens) {
  std::string s;
  for (const Token& t : tokens) s += std::to_string(t.begin) + "-" + std::to_string(t.end) + " ";
  return s;
}

TEST(TokenizeFromTest, RunsTokenizeAlone) {
  const std::vector<std::string> table = {
      "Mr. Omari's U.S. visit, 1,200.50 USD on 12/03/2024 -- 'quoted' text.",
      "M. N. Omari met Gen. Zadran at 10:30; e-mail: a.b@c.d",
      "O'Neil's cousins' house \u2019s x's 's ' s",
      "Pul-e Khumri - -- ---x x- -x 3-4 3.-4 U.Sx A.B. A.B.C",
      "\xc3\xa9variste Galois\xe2\x80\x99 \xd9\x85\xd8\xad\xd9\x85\xd8\xaf \xff\xfe broken \xe2\x80",
      "No. 5 Nos. 6-7 para. 12 etc. Inc. St. vs. approx. 3",
      "tail possessive O'Brien's",
      "line\none\r\ntwo\tthree\fx\vy\xc2\xa0" "nbsp\xe2\x80\x83" "em",
      "",
      "   ",
  };
  for (const std::string& text : table) EXPECT_EQ(Describe(ByRuns(text)), Describe(Tokenize(text))) << text;
  // Random texts over an alphabet of the tokenizer's special characters.
  const std::string alphabet[] = {"a", "B", "s", "S", "1", "9", ".", ",", "/", ":", "-", "'", " ", "\n", "\t",
                                  "\xe2\x80\x99", "\xe2\x80\x90", "\xc3\xa9", "\xc2\xa0", "\xff", "Mr", "U.S"};
  uint64_t state = 12345;
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const int len = static_cast<int>(state % 24);
    for (int i = 0; i < len; ++i) {
      state = state * 6364136223846793005ull + 1442695040888963407ull;
      text += alphabet[(state >> 33) % std::size(alphabet)];
    }
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    ASSERT_EQ(Describe(ByRuns(text)), Describe(Tokenize(text))) << text;
  }
}

// The detector's reading splits an elided article from a given name glued to
// it; names the family-name lexicon also holds, capitalised articles, other
// apostrophes and words in lower case stay one token.
TEST(SplitElidedGivenNamesTest, Table) {
  tag_internal::Lexicons lex;
  auto add = [&](int which, std::string_view word) {
    lex.sets[which].push_back(tag_internal::HashBytes(tag_internal::Lower(word)));
  };
  for (auto w : {"aminata", "alphonse", "oumar", "élodie", "ettore", "andrea"}) add(tag_internal::kLexGiven, w);
  for (auto w : {"andrea", "brien"}) add(tag_internal::kLexFamily, w);
  for (auto w : {"brien", "ong", "imam", "ingall"}) add(tag_internal::kLexGiven, w);
  add(tag_internal::kLexTitle, "imam");
  add(tag_internal::kLexPlace, "ingall");
  for (auto& set : lex.sets) std::sort(set.begin(), set.end());
  lex.BuildIndex();
  struct Case {
    std::string text, want;
  } cases[] = {
      {"d'Aminata Traoré", "d'|Aminata|Traoré"},
      {"famille d\u2019Alphonse KPANGBA", "famille|d\u2019|Alphonse|KPANGBA"},
      {"l'Oumar, qu'Oumar, jusqu'Oumar", "l'|Oumar|,|qu'|Oumar|,|jusqu'|Oumar"},
      {"dell'Ettore nell'\u00c9lodie", "dell'|Ettore|nell'|\u00c9lodie"},
      {"d'Andrea", "d'Andrea"},      // also a family name
      {"O'Brien", "O'Brien"},        // no elided article
      {"D'Aminata", "D'Aminata"},    // a capital article: a family name's own
      {"d'aminata", "d'aminata"},    // the rest in lower case
      {"d'Alembert", "d'Alembert"},  // no given name
      {"d'A", "d'A"},                // one letter
      {"l'ONG", "l'ONG"},            // in capitals: an acronym
      {"l'OUMAR", "l'OUMAR"},
      {"l'Imam", "l'Imam"},          // also a title
      {"d'Ingall", "d'Ingall"},      // also a place
      {"xd'Aminata", "xd'Aminata"},  // no article
      {"Aminata's d'Oumar's", "Aminata|'s|d'|Oumar|'s"},
      // Both apostrophes, one between tokens, in either order.
      {"\u2018x\u2019 l\u2019Oumar d'Aminata \u2014 l'Oumar d\u2019Aminata",
       "\u2018|x|\u2019|l\u2019|Oumar|d'|Aminata|\u2014|l'|Oumar|d\u2019|Aminata"},
  };
  for (const Case& c : cases) {
    std::vector<Token> tokens = Tokenize(c.text);
    tag_internal::SplitElidedGivenNames(c.text, lex, 0, &tokens);
    EXPECT_EQ(Join(c.text, tokens), c.want) << c.text;
  }
  // Only tokens from `first` on are looked at.
  const std::string text = "d'Oumar d'Oumar";
  std::vector<Token> tokens = Tokenize(text);
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_TRUE(tag_internal::SplitElidedGivenNames(text, lex, 1, &tokens));
  EXPECT_EQ(Describe(tokens), "0-7 8-10 10-15 ");
  EXPECT_FALSE(tag_internal::SplitElidedGivenNames(text, lex, 3, &tokens));
}

}  // namespace
}  // namespace tearline

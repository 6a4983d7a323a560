#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "link_words.h"

namespace tearline::link_internal {
namespace {

using Spans = std::vector<std::pair<size_t, size_t>>;

// The reference: every word of ForEachWord that starts with a capital.
Spans Reference(std::string_view text, bool join_inner) {
  Spans out;
  ForEachWord(text, join_inner, [&](size_t b, size_t e) {
    if (IsCapitalByte(text[b])) out.emplace_back(b, e);
  });
  return out;
}

// The capitals collected once (as the linking passes share them), then the
// words that start there.
Spans Fast(std::string_view text, bool join_inner) {
  std::vector<size_t> starts;
  ForEachCapitalStart(text, [&](size_t b) { starts.push_back(b); });
  Spans out;
  ForEachCapitalisedWordFrom(text, starts, join_inner, [&](size_t b, size_t e) { out.emplace_back(b, e); });
  return out;
}

std::string Render(std::string_view text, const Spans& spans) {
  std::string out;
  for (const auto& [b, e] : spans) out += "[" + std::string(text.substr(b, e - b)) + "]";
  return out;
}

TEST(LinkWordsTest, CapitalisedWordsAsTheWordSplitterSeesThem) {
  struct Case {
    std::string text;
    bool join_inner;
    std::string want;
  };
  const Case cases[] = {
      {"", false, ""},
      {"Omari", false, "[Omari]"},
      {"Sara Karimi met mr Omari.", false, "[Sara][Karimi][Omari]"},
      {"Abdul-Rahman came", true, "[Abdul-Rahman]"},
      {"Abdul-Rahman came", false, "[Abdul][Rahman]"},
      {"x-Rahman", true, ""},       // a hyphen after a word byte joins: not a start
      {"x-Rahman", false, "[Rahman]"},
      {"--Rahman", true, "[Rahman]"},  // "-" after "-" does not join
      {"a--Rahman", true, "[Rahman]"},
      {"Rahman-", true, "[Rahman]"},
      {"Rahman-x-Y", true, "[Rahman-x-Y]"},
      // An honorific after a hyphen ends the name; other small words join.
      {"Aibek-ake, Gulnara-eje and Ahmad-jan", true, "[Aibek][Gulnara][Ahmad]"},
      {"Aibek-akes Ahmad-janu Bibi-ji9", true, "[Aibek-akes][Ahmad-janu][Bibi-ji9]"},
      {"Jean-baptiste", true, "[Jean-baptiste]"},
      {"aBc Def", false, "[Def]"},  // a capital inside a word starts nothing
      {"9Abc", false, ""},
      {"\xC3\x89mile \xC3\xA9mile", false, "[\xC3\x89mile][\xC3\xA9mile]"},  // lead bytes count as capitals
      {"\x80" "Abc", false, ""},    // after a continuation byte (a word byte)
      {"0123456789abcde Xyz", false, "[Xyz]"},  // a start at byte 16 after a space at 15
      {"0123456789abcdeXyz", false, ""},         // the carry between blocks
      {"0123456789abcde-Xyz", true, ""},         // a joining hyphen across a block boundary
      {"0123456789abcd-Xyz", true, ""},
      {"0123456789abcdefghijklmnopqrstu Abc", false, "[Abc]"},
      {"Q", false, "[Q]"},
      // Inner apostrophes join like hyphens, but not a possessive "'s".
      {"L'Enfant was", true, "[L'Enfant]"},
      {"L'Enfant was", false, "[L][Enfant]"},
      {"Omari's family", true, "[Omari]"},
      {"O'Brien's car", true, "[O'Brien]"},
      {"Omari'S X", true, "[Omari][S][X]"},
      {"'Kabul' Herat", true, "[Kabul][Herat]"},
      {"x'Enfant", true, ""},
      {"0123456789abcde'Xyz", true, ""},  // a joining apostrophe across a block boundary
      // A curly possessive ends the word and belongs to none.
      {"Karimi\xE2\x80\x99s car", true, "[Karimi]"},
      {"Karimi\xE2\x80\x99s car", false, "[Karimi]"},
      {"L\xE2\x80\x99" "Enfant", true, "[L\xE2\x80\x99" "Enfant]"},  // not a possessive: one word
      {"Karimi\xE2\x80\x99sa X", true, "[Karimi\xE2\x80\x99sa][X]"},
      {"0123456789abcdef0123456789 Q", false, "[Q]"},  // in the padded tail, at the very end
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Render(c.text, Fast(c.text, c.join_inner)), c.want) << c.text << " join_inner=" << c.join_inner;
    EXPECT_EQ(Fast(c.text, c.join_inner), Reference(c.text, c.join_inner)) << c.text;
  }
}

TEST(LinkWordsTest, SameWordsAsTheReferenceOnRandomTexts) {
  // Bytes chosen to hit every class: capitals, lower case, digits, white
  // space, hyphens, apostrophes, punctuation, lead, continuation and high
  // bytes, NUL; and the three bytes of "’" (a curly possessive with "s").
  const std::string alphabet =
      std::string("AZazsS09 -.,'\n") + "\xC3\xA9\x80\xBF\xC0\xFF" + std::string(1, '\0');
  std::mt19937 rng(12345);
  for (int round = 0; round < 4000; ++round) {
    std::string text;
    const size_t size = rng() % 70;
    while (text.size() < size) {
      if (rng() % 12 == 0) {
        text += "\xE2\x80\x99";
      } else {
        text += alphabet[rng() % alphabet.size()];
      }
    }
    for (bool join_inner : {false, true}) {
      ASSERT_EQ(Fast(text, join_inner), Reference(text, join_inner))
          << "round " << round << " join_inner=" << join_inner << " text=" << testing::PrintToString(text);
    }
  }
}

TEST(LinkWordsTest, WordFilterNeverRulesOutAWordOfTheSet) {
  const std::vector<std::string> words = {"Omari", "Karimi", "Ministry", "X", "Abdul-Rahman", "\xC3\x89mile", "ab"};
  for (bool lower : {false, true}) {
    WordFilter filter(lower);
    for (const std::string& w : words) filter.Add(lower ? std::string(w) : w);
    for (const std::string& w : words) EXPECT_TRUE(filter.MayHold(w)) << w;
    if (lower) {
      WordFilter lowered(true);
      lowered.Add("omari");
      EXPECT_TRUE(lowered.MayHold("OMARI"));
      EXPECT_TRUE(lowered.MayHold("Omari"));
    }
  }
  // Most other words are ruled out.
  WordFilter filter(false);
  for (const std::string& w : words) filter.Add(w);
  int held = 0;
  for (int i = 0; i < 1000; ++i) held += filter.MayHold("Word" + std::to_string(i));
  EXPECT_LT(held, 50);
}

// HoldsOneAsWords looks a span's word stretches up in sorted names; it must
// answer as asking HoldsAsWords of every name does, with double, leading and
// trailing spaces, names of several words and the empty name; and a table of
// cases a reader can check.
TEST(LinkWordsTest, HoldsOneAsWordsAgreesWithHoldsAsWords) {
  struct Case {
    std::string_view span;
    std::vector<std::string_view> names;  // sorted
    bool held;
  } cases[] = {
      {"Salou Djibo", {"Djibo"}, true},
      {"Djibouti", {"Djibo"}, false},
      {"UNHCR Goris office", {"Goris", "Kaya"}, true},
      {"de Koza", {"Koza"}, true},
      {"Wendou Secteur 5", {"Secteur 5"}, true},
      {"Wendou Secteur 50", {"Secteur 5"}, false},
      {"A  B", {"B"}, true},
      {"A B", {""}, false},
      {"A  B", {""}, true},
      {" A", {""}, true},
      {"", {"A"}, false},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(HoldsOneAsWords(c.span, c.names), c.held) << c.span;
  }
  std::mt19937 rng(7);
  const std::string alphabet = "ab ";
  for (int round = 0; round < 3000; ++round) {
    const auto random_text = [&](size_t max) {
      std::string t;
      const size_t size = rng() % max;
      while (t.size() < size) t += alphabet[rng() % alphabet.size()];
      return t;
    };
    const std::string span = random_text(12);
    std::vector<std::string> owned;
    for (size_t k = rng() % 4; k > 0; --k) owned.push_back(random_text(5));
    std::sort(owned.begin(), owned.end());
    const std::vector<std::string_view> names(owned.begin(), owned.end());
    const bool reference =
        std::any_of(names.begin(), names.end(), [&](std::string_view n) { return HoldsAsWords(span, n); });
    ASSERT_EQ(HoldsOneAsWords(span, names), reference) << "span '" << span << "' round " << round;
  }
}

}  // namespace
}  // namespace tearline::link_internal

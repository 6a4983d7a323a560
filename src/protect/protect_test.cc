#include "tearline/protect.h"

#include <gtest/gtest.h>

#include <thread>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include "src/protect/protect_internal.h"

namespace tearline {
namespace {

std::string Scan(const Detector& d, std::string_view text) {
  auto scratch = d.NewScratch();
  VectorSink sink;
  EXPECT_TRUE(d.Scan(text, *scratch, sink).ok());
  return FindingsToString(sink.findings);
}

TEST(SkeletonTest, TransliterationVariantsAgree) {
  const std::vector<std::vector<std::string>> groups = {
      {"Mohammad", "Muhammad", "Mohammed", "MUHAMMAD", "Muhamad", "محمد"},
      {"Omari", "Umari", "Omarí"},
      {"Ahmad", "Ahmed", "احمد"},
      {"Khan", "Kan", "Qan"},
      {"Nabi", "Nabee", "Naby", "نبی"},
  };
  for (const auto& g : groups) {
    for (const std::string& w : g) EXPECT_EQ(NameSkeleton(w), NameSkeleton(g[0])) << w << " vs " << g[0];
  }
  EXPECT_NE(NameSkeleton("Omari"), NameSkeleton("Osman"));
  EXPECT_NE(NameSkeleton("Nabi"), NameSkeleton("Nasir"));
  EXPECT_EQ(NameSkeleton("123"), "");
}

// ASCII words skip ICU; they must fold exactly as the transliterator would.
// Latin words fold to their ASCII small letters without a transliterator;
// words of another script fold to nothing.
TEST(SkeletonTest, LatinFoldWritesLatinWordsInAsciiLetters) {
  const std::pair<const char*, const char*> cases[] = {
      {"Kanout\xC3\xA9", "kanoute"}, {"\xC5\x81ukasz", "lukasz"}, {"ABAKAR", "abakar"},
      {"Stra\xC3\x9F" "e", "strasse"}, {"Ward7", "ward"}, {"\xD0\x9E\xD0\xBB\xD0\xB5\xD0\xBD\xD0\xB0", ""},
  };
  for (const auto& [word, want] : cases) EXPECT_EQ(LatinFold(word), want) << word;
}

TEST(SkeletonTest, AsciiWordsFoldAsTheTransliteratorDoes) {
  auto folder = protect_internal::NewFolder();
  ASSERT_NE(folder, nullptr);
  for (const char* w : {"Mohammad", "O'Neil", "Abdul-Rahman", "MCKAY", "x9y", "", "--", "Qureshi's", "Phillips"}) {
    EXPECT_EQ(NameSkeleton(w), protect_internal::Skeleton(protect_internal::Fold(w, folder.get()))) << w;
  }
}

// The transliterator's letters of `word`, the reference for the fast path.
std::string TransliteratedLetters(std::string_view word, icu::Transliterator& folder) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  folder.transliterate(u);
  std::string latin;
  u.toUTF8String(latin);
  return protect_internal::Fold(latin, nullptr);
}

std::string Utf8(char32_t cp) {
  icu::UnicodeString u(static_cast<UChar32>(cp));
  std::string out;
  u.toUTF8String(out);
  return out;
}

// Latin letters with marks fold without the transliterator; wherever the
// fast path takes a code point (every one of Latin-1, Latin Extended-A and
// B, IPA, combining marks and Latin Extended Additional is tried, alone,
// between letters and in capitals), it must give the transliterator's
// letters, and it must take the letters of the names it is for.
TEST(SkeletonTest, LatinLettersFoldAsTheTransliteratorDoes) {
  auto folder = protect_internal::NewFolder();
  ASSERT_NE(folder, nullptr);
  int taken = 0;
  const auto check = [&](char32_t first, char32_t last) {
    for (char32_t cp = first; cp <= last; ++cp) {
      for (const std::string& w : {Utf8(cp), "a" + Utf8(cp) + "b", "NG" + Utf8(cp) + "YEN"}) {
        std::string latin;
        if (!protect_internal::FoldLatin(w, &latin)) continue;
        ++taken;
        EXPECT_EQ(protect_internal::Fold(latin, nullptr), TransliteratedLetters(w, *folder)) << "U+" << std::hex << static_cast<uint32_t>(cp);
      }
    }
  };
  check(0x00A0, 0x036F);
  check(0x1E00, 0x1EFF);
  check(0x2010, 0x2019);
  EXPECT_GT(taken, 1000);
  for (const char* w : {"José", "Nguyễn", "Łukasz", "Øygard", "Đặng", "Straße", "Çağlar", "Hauwa\u2019u", "ʻOkina",
                        "Sǎo", "Ñuñoa", "Ibrahimović", "Þór", "Œuvre"}) {
    std::string latin;
    EXPECT_TRUE(protect_internal::FoldLatin(w, &latin)) << w;
    EXPECT_EQ(protect_internal::Fold(latin, nullptr), TransliteratedLetters(w, *folder)) << w;
    EXPECT_EQ(NameSkeleton(w), protect_internal::Skeleton(TransliteratedLetters(w, *folder))) << w;
  }
  for (const char* w : {"محمد", "Дмитрий", "Ⅻ", "ﬁne", "ſ"}) {
    std::string latin;
    EXPECT_FALSE(protect_internal::FoldLatin(w, &latin)) << w;
  }
}

// Threads may link mentions at once: mixed ASCII and Arabic-script words.
TEST(SkeletonTest, SafeToCallFromManyThreads) {
  const std::string expected_latin = NameSkeleton("Mohammad");
  const std::string expected_arabic = NameSkeleton("محمد");
  std::vector<std::thread> threads;
  std::vector<int> mismatches(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) {
        if (NameSkeleton(t % 2 ? "Muhammad" : "MOHAMMED") != expected_latin) ++mismatches[t];
        if (NameSkeleton("محمد") != expected_arabic) ++mismatches[t];
      }
    });
  }
  for (auto& th : threads) th.join();
  for (int t = 0; t < 4; ++t) EXPECT_EQ(mismatches[t], 0) << t;
  EXPECT_EQ(expected_latin, expected_arabic);
}

TEST(ProtectedTest, MatchesVariantsAndRejectsNearMisses) {
  auto d = CompileProtectedDetector({"Mohammad Nabi Omari", "Gul Ahmad Zazai"});
  ASSERT_TRUE(d.ok());
  struct Case {
    std::string text;
    std::string want;
  };
  const Case cases[] = {
      {"Mohammad Nabi Omari", "[PROTECTED 0,19)"},
      {"met MUHAMMAD NABI OMARI today", "[PROTECTED 4,23)"},
      {"Muhammad Nabee Umari", "[PROTECTED 0,20)"},
      {"Omari, Mohammad Nabi", "[PROTECTED 0,20)"},
      {"Nabi Omari Mohammed", "[PROTECTED 0,19)"},
      {"M. N. Omari", "[PROTECTED 0,11)"},
      {"M.N. Omari", "[PROTECTED 0,10)"},
      {"Mr. Omari said", "[PROTECTED/SURNAME 4,9)"},
      {"Omari's car", "[PROTECTED/SURNAME 0,5)"},
      {"Omarí", "[PROTECTED/SURNAME 0,6)"},
      {"محمد نبی عمری", "[PROTECTED 0,24)"},
      {"Gul Ahmad Zazai", "[PROTECTED 0,15)"},
      {"Zazai", "[PROTECTED/SURNAME 0,5)"},
      // near misses
      {"Omarion sang", ""},
      {"Mohammad Nasir Amiri", ""},
      {"Mohammad. Nabi went home. Omari", "[PROTECTED/SURNAME 26,31)"},
      {"Zazo", ""},
      {"Ahmad", ""},
      {"Gul", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(Scan(**d, c.text), c.want) << c.text;
}

TEST(ProtectedTest, EmptyListFindsNothingAndBadNamesFail) {
  auto d = CompileProtectedDetector({});
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(Scan(**d, "Mohammad Nabi Omari"), "");
  EXPECT_EQ(CompileProtectedDetector({"1234"}).status().code(), Status::Code::kPolicyError);
}

TEST(ScriptRunTest, FindsRunsInLatinText) {
  auto d = NewScriptRunDetector();
  struct Case {
    const char* text;
    const char* want;
  };
  const Case cases[] = {
      // "محمد نبی" (8 letters, 2 bytes each, one space) inside English.
      {"The driver (محمد نبی) left.", "[PERSON/ARABIC_SCRIPT 12,27)"},
      {"No other script here, 123.", ""},
      {"عمری", "[PERSON/ARABIC_SCRIPT 0,8)"},
      {"digits ١٢٣ only", ""},
      {"(Olga Sokolova; Вольга Сакалова)", "[PERSON/CYRILLIC_SCRIPT 16,45)"},
      {"Saw Eh Kaw (စောအဲကော်) said", "[PERSON/MYANMAR_SCRIPT 12,39)"},
      {"in Chinese 阿不都热依木·吐尔逊, then", "[PERSON/HAN_SCRIPT 11,40)"},
      {"Tamar (თამარ) and Anahit (Անահիտ)", "[PERSON/GEORGIAN_SCRIPT 7,22) [PERSON/ARMENIAN_SCRIPT 36,48)"},
      {"ሰላም ገብረ, 2024", "[PERSON/ETHIOPIC_SCRIPT 0,19)"},
      // Two scripts side by side are two runs; digits and punctuation end one.
      {"Иван محمد", "[PERSON/CYRILLIC_SCRIPT 0,8) [PERSON/ARABIC_SCRIPT 9,17)"},
      {"किरण १२३", "[PERSON/INDIC_SCRIPT 0,12)"},
      {"a 5 μm filter, 3 °C", ""},
      {"caf\xC3\xA9 Bogot\xC3\xA1 Nguy\xE1\xBB\x85n", ""},  // Latin letters with marks
  };
  for (const Case& c : cases) EXPECT_EQ(Scan(*d, c.text), c.want) << c.text;
}

}  // namespace
}  // namespace tearline

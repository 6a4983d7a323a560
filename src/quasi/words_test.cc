// The word splitter against a slow, obviously correct reference that decodes
// every code point and asks ICU about each, and the word class table.
#include <unicode/uchar.h>

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include "quasi_internal.h"

namespace tearline::quasi {
namespace {

int32_t RefDecode(std::string_view text, size_t i, size_t* len) {
  auto b = static_cast<unsigned char>(text[i]);
  *len = 1;
  if (b < 0x80) return b;
  int n = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 ? 2 : 0;
  if (n == 0 || b >= 0xF5 || i + n > text.size()) return -1;
  int32_t cp = b & (0x3F >> (n - 1));
  for (int k = 1; k < n; ++k) {
    auto c = static_cast<unsigned char>(text[i + k]);
    if ((c & 0xC0) != 0x80) return -1;
    cp = (cp << 6) | (c & 0x3F);
  }
  if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF)) {
    return -1;
  }
  *len = n;
  return cp;
}

bool RefIsWord(int32_t cp) { return cp >= 0 && (u_isalnum(cp) || (U_GET_GC_MASK(cp) & U_GC_M_MASK) != 0); }
bool RefIsDigit(char c) { return c >= '0' && c <= '9'; }

Gap RefGap(std::string_view gap) {
  size_t len = 0;
  int32_t cp = RefDecode(gap, 0, &len);
  if (len == gap.size() && (cp == '-' || cp == 0x2010 || cp == 0x2011 || cp == '\'' || cp == 0x2019)) {
    return Gap::kJoiner;
  }
  bool newline = false;
  for (size_t i = 0; i < gap.size(); i += len) {
    cp = RefDecode(gap, i, &len);
    if (cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029) {
      newline = true;
    } else if (!(cp == ' ' || cp == '\t' || cp == 0xA0 || (cp > 0x7F && u_isUWhiteSpace(cp)))) {
      return Gap::kOther;
    }
  }
  return newline ? Gap::kNewline : Gap::kSpace;
}

// The reference: one code point at a time, ICU properties for every one.
std::vector<Word> RefSplit(std::string_view text) {
  std::vector<Word> out;
  size_t i = 0, prev_end = 0, len = 1;
  while (i < text.size()) {
    if (!RefIsWord(RefDecode(text, i, &len))) {
      i += len;
      continue;
    }
    Word w;
    w.begin = i;
    int letters = 0, upper = 0;
    bool first = true;
    while (i < text.size()) {
      int32_t cp = RefDecode(text, i, &len);
      if (!RefIsWord(cp)) {
        if ((cp == ',' || cp == '.') && i + 1 < text.size() && RefIsDigit(text[i - 1]) && RefIsDigit(text[i + 1])) {
          i += 1;
          continue;
        }
        break;
      }
      bool is_letter = u_isalpha(cp), is_upper = u_isupper(cp);
      letters += is_letter;
      upper += is_letter && is_upper;
      if (first) {
        w.flags = cp >= '0' && cp <= '9' ? kNumber : is_upper ? kCap : is_letter ? kLower : 0;
        first = false;
      }
      i += len;
    }
    w.end = i;
    if (letters >= 2 && upper == letters) w.flags |= kAllCaps;
    w.gap = out.empty() ? Gap::kStart : RefGap(text.substr(prev_end, w.begin - prev_end));
    prev_end = w.end;
    out.push_back(w);
  }
  return out;
}

// "[begin,end) f<flags> g<gap>; " for each word.
std::string Describe(const std::vector<Word>& words) {
  std::string s;
  for (const Word& w : words) {
    s += "[" + std::to_string(w.begin) + "," + std::to_string(w.end) + ") f" + std::to_string(w.flags) + " g" +
         std::to_string(static_cast<int>(w.gap)) + "; ";
  }
  return s;
}

void ExpectSameAsReference(std::string_view text) {
  std::vector<Word> got;
  SplitWords(text, &got);
  EXPECT_EQ(Describe(got), Describe(RefSplit(text))) << "text: " << text;
  // Each word's hash is HashLower of its bytes, whatever bytes follow it.
  for (const Word& w : got) {
    EXPECT_EQ(w.hash, HashLower(text.substr(w.begin, w.end - w.begin))) << text;
  }
}

TEST(SplitWordsTest, Table) {
  const char* cases[] = {
      "", " ", "a", "The applicant, a Kurd, paid EUR 5,000.", "12,355.61 and 1.2.3 and 1,a and ,5",
      "Jehovah\xE2\x80\x99s Witnesses - non-commissioned officer's", "THE LAW\r\nCourt\n\nof  Appeal",
      "Zak\xC5\x82" "ad Karny (K\xC3\xB6ln) \xC3\x89TAT \xC3\xA9tat na\xC3\xAFve e\xCC\x81t\xC3\xA9",
      "\xC2\xA0x\xE2\x80\x83y\xE2\x80\xA8z\xE2\x80\x90w\xE2\x80\x91v", "\xFF\xC3 a\xE2\x80 b\xED\xA0\x80 c\xC0\xAF d",
      "3RD floor, 4th ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopq0123456789", "x\xF0\x9D\x90\x80y \xF4\x90\x80\x80z",
      "\xD9\xA3\xD9\xA4 \xE2\x85\xAB \xC7\x85" "emal \xE6\x97\xA5\xE6\x9C\xAC", "a--b a - b a\t-\tb a/b",
      "aaaaaaaaaaaaaaaAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1111111111111111,222222222222222.3",
  };
  for (const char* c : cases) ExpectSameAsReference(c);
}

TEST(SplitWordsTest, RandomTextsMatchTheReference) {
  const char* pieces[] = {"a", "Z", "Court", "COURT", "the", "5", "5,000", ",", ".", " ", "  ", "\n", "\r", "\t",
                          "-", "'", "/", "(", ")", "%", "\xE2\x80\x99", "\xC3\xA9", "\xC3\x89", "\xCC\x81",
                          "\xC2\xA0", "\xE2\x80\x83", "\xE2\x80\xA8", "\xFF", "\xC3", "\xE2\x80", "\xE6\x97\xA5",
                          "\xF0\x9D\x90\x80", "\xD9\xA3", "abcdefghijklmnop", "ABCDEFGHIJKLMNOPQ", "0123456789"};
  std::mt19937 rng(7);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    int n = static_cast<int>(rng() % 40);
    for (int k = 0; k < n; ++k) text += pieces[rng() % std::size(pieces)];
    ExpectSameAsReference(text);
    if (HasFailure()) return;
  }
}

TEST(HashLowerTest, CaseInsensitiveForAsciiOnly) {
  const char* words[] = {"a", "ab", "court", "abcdefg", "abcdefgh", "abcdefghi", "abcdefghijklmnop",
                         "abcdefghijklmnopq", "k\xC3\xB6ln"};
  for (const char* w : words) {
    std::string up = w;
    for (char& c : up) c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c;
    EXPECT_EQ(HashLower(w), HashLower(up)) << w;
  }
  // Different words (also differing only in length or in a non-ASCII byte) differ.
  EXPECT_NE(HashLower("abcdefgh"), HashLower("abcdefghi"));
  EXPECT_NE(HashLower("abcdefghabcdefgh"), HashLower("abcdefgh"));
  EXPECT_NE(HashLower("k\xC3\xB6ln"), HashLower("k\xC3\x96ln"));
  EXPECT_NE(HashLower("a"), HashLower("b"));
}

TEST(WordClassTableTest, ReturnsTheBitsOfAddedWordsOnly) {
  WordClassTable t;
  // Enough words to grow the table and to make some share a home slot.
  for (int k = 0; k < 5000; ++k) t.Add("w" + std::to_string(k), 1u << (k % 20));
  t.Add("w7", kClsHead);
  for (int k = 0; k < 5000; ++k) {
    uint32_t want = (1u << (k % 20)) | (k == 7 ? kClsHead : 0u);
    ASSERT_EQ(t.Get(HashLower("W" + std::to_string(k))), want) << k;
    ASSERT_EQ(t.Get(HashLower("x" + std::to_string(k))), 0u) << k;
  }
}


// The table against a plain map, over many random tables: some small enough
// that buckets fill and spill into the next, with duplicate adds (bits
// accumulate), the hash 0, and both present and absent hashes looked up.
TEST(WordClassTableTest, RandomTablesMatchAPlainMap) {
  std::mt19937_64 rng(11);
  for (int round = 0; round < 300; ++round) {
    WordClassTable t;
    std::unordered_map<uint64_t, uint32_t> want;
    size_t n = 1 + rng() % (round < 200 ? 120 : 3000);
    std::vector<uint64_t> keys;
    for (size_t k = 0; k < n; ++k) {
      // Short-word hashes are small byte strings; mix those with full 64-bit ones.
      uint64_t h = rng() % 3 == 0 ? rng() % 5000 : rng();
      if (rng() % 50 == 0 && !keys.empty()) h = keys[rng() % keys.size()];  // add again
      uint32_t bits = static_cast<uint32_t>(rng()) & static_cast<uint32_t>(rng());
      t.Add(h, bits);
      if (bits != 0) want[h] |= bits;
      keys.push_back(h);
    }
    for (uint64_t h : keys) {
      auto it = want.find(h);
      ASSERT_EQ(t.Get(h), it == want.end() ? 0u : it->second) << "round " << round << " hash " << h;
    }
    for (int k = 0; k < 2000; ++k) {
      uint64_t h = k % 2 ? rng() : rng() % 5000;
      auto it = want.find(h);
      ASSERT_EQ(t.Get(h), it == want.end() ? 0u : it->second) << "round " << round << " hash " << h;
    }
  }
}


// RuleStarts against plain filters, with one object reused over word lists
// of growing and shrinking sizes (its buffer is reused, never cleared).
TEST(RuleStartsTest, ListsMatchPlainFilters) {
  std::mt19937 rng(5);
  RuleStarts starts;
  const uint8_t flag_choices[] = {0, kCap, kCap | kAllCaps, kAllCaps, kNumber, kNumber | kAllCaps, kLower};
  const uint32_t cls_choices[] = {0, kClsPhraseStart, kClsPhraseWord, kClsNumberWord, kClsCurrencyCode, kClsAged,
                                  kClsAge, kClsMonth, kClsRangeStart, kClsConnector | kClsStopStart,
                                  kClsPhraseStart | kClsMonth, kClsHead};
  for (int round = 0; round < 400; ++round) {
    std::vector<Word> words(rng() % (round % 3 == 0 ? 2000 : 50));
    for (Word& w : words) {
      w.flags = flag_choices[rng() % std::size(flag_choices)];
      w.cls = cls_choices[rng() % std::size(cls_choices)];
    }
    starts.Find(words);
    std::vector<size_t> phrase, capital, numeric;
    for (size_t i = 0; i < words.size(); ++i) {
      if (words[i].cls & kClsPhraseStart) phrase.push_back(i);
      if (words[i].flags & (kCap | kAllCaps)) capital.push_back(i);
      if ((words[i].flags & kNumber) || (words[i].cls & kClsNumericStart)) numeric.push_back(i);
    }
    ASSERT_EQ(std::vector<size_t>(starts.phrase().begin(), starts.phrase().end()), phrase) << round;
    ASSERT_EQ(std::vector<size_t>(starts.capital().begin(), starts.capital().end()), capital) << round;
    ASSERT_EQ(std::vector<size_t>(starts.numeric().begin(), starts.numeric().end()), numeric) << round;
  }
}

}  // namespace
}  // namespace tearline::quasi

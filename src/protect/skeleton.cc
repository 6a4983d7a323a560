#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <iterator>
#include <memory>
#include <mutex>

#include "protect_internal.h"
#include "tearline/protect.h"

namespace tearline {
namespace protect_internal {

std::unique_ptr<icu::Transliterator> NewFolder() {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
      "Any-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
  if (U_FAILURE(status)) return nullptr;
  return t;
}

bool FoldLatin(std::string_view word, std::string* latin) {
  // Letters that have no canonical decomposition, as Latin-ASCII writes them.
  struct Letter {
    char32_t cp;
    const char* ascii;
  };
  static constexpr Letter kLetters[] = {
      {0x00C6, "AE"}, {0x00D0, "D"},  {0x00D8, "O"},  {0x00DE, "TH"}, {0x00DF, "ss"}, {0x00E6, "ae"},
      {0x00F0, "d"},  {0x00F8, "o"},  {0x00FE, "th"}, {0x0110, "D"},  {0x0111, "d"},  {0x0126, "H"},
      {0x0127, "h"},  {0x0131, "i"},  {0x0141, "L"},  {0x0142, "l"},  {0x014A, "N"},  {0x014B, "n"},
      {0x0152, "OE"}, {0x0153, "oe"}, {0x0166, "T"},  {0x0167, "t"},
  };
  // Apostrophes, hyphens and dots inside names: Fold drops what they become.
  static constexpr char32_t kMarks[] = {0x00B7, 0x02BB, 0x02BC, 0x02BE, 0x02BF, 0x2010, 0x2011,
                                        0x2013, 0x2014, 0x2018, 0x2019};
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status) || nfd == nullptr) return false;
  const icu::UnicodeString decomposed =
      nfd->normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size()))), status);
  if (U_FAILURE(status)) return false;
  latin->clear();
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 cp = decomposed.char32At(i);
    i += U16_LENGTH(cp);
    if (cp < 0x80) {
      latin->push_back(static_cast<char>(cp));
    } else if (cp >= 0x0300 && cp <= 0x036F) {
      continue;  // a combining mark of a Latin letter
    } else if (const auto* m = std::find(std::begin(kMarks), std::end(kMarks), static_cast<char32_t>(cp));
               m != std::end(kMarks)) {
      continue;
    } else {
      const auto* l = std::find_if(std::begin(kLetters), std::end(kLetters),
                                   [&](const Letter& x) { return x.cp == static_cast<char32_t>(cp); });
      if (l == std::end(kLetters)) return false;
      latin->append(l->ascii);
    }
  }
  return true;
}

std::string Fold(std::string_view word, icu::Transliterator* folder) {
  bool ascii = true;
  for (char c : word) ascii &= static_cast<unsigned char>(c) < 0x80;
  std::string latin;
  if (ascii || folder == nullptr) {
    latin.assign(word);
  } else if (FoldLatin(word, &latin)) {
  } else {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
    folder->transliterate(u);
    u.toUTF8String(latin);
  }
  std::string out;
  for (char c : latin) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c >= 'a' && c <= 'z') out.push_back(c);
  }
  return out;
}

std::string Skeleton(std::string_view fold) {
  // Fold digraphs and letters that transliterations swap.
  std::string s;
  for (size_t i = 0; i < fold.size(); ++i) {
    char c = fold[i];
    char n = i + 1 < fold.size() ? fold[i + 1] : '\0';
    if (n == 'h' && (c == 'k' || c == 'g' || c == 's' || c == 't' || c == 'd' || c == 'z')) {
      s.push_back(c);
      ++i;
    } else if (c == 'p' && n == 'h') {
      s.push_back('f');
      ++i;
    } else if (c == 'q') {
      s.push_back('k');
    } else if (c == 'c' && n == 'k') {
      s.push_back('k');
      ++i;
    } else {
      s.push_back(c);
    }
  }
  // Collapse doubled letters, then drop vowels and the semivowels y, w.
  std::string out;
  char prev = '\0';
  for (char c : s) {
    if (c == prev) continue;
    prev = c;
    if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || c == 'w') continue;
    out.push_back(c);
  }
  return out;
}

}  // namespace protect_internal

std::string NameSkeleton(std::string_view word) {
  // An ASCII word folds without ICU: no lock, and no transliterator is built
  // (the first one built in a process takes 20-40 ms) unless some word needs it.
  bool ascii = true;
  for (char c : word) ascii &= static_cast<unsigned char>(c) < 0x80;
  if (ascii) return protect_internal::Skeleton(protect_internal::Fold(word, nullptr));
  // So does a word of Latin letters with marks ("José", "Nguyễn", "Łukasz").
  if (std::string latin; protect_internal::FoldLatin(word, &latin)) {
    return protect_internal::Skeleton(protect_internal::Fold(latin, nullptr));
  }
  static std::mutex mu;
  std::lock_guard<std::mutex> lock(mu);
  static std::unique_ptr<icu::Transliterator> folder = protect_internal::NewFolder();
  return protect_internal::Skeleton(protect_internal::Fold(word, folder.get()));
}

std::string LatinFold(std::string_view word) {
  bool ascii = true;
  for (char c : word) ascii &= static_cast<unsigned char>(c) < 0x80;
  if (ascii) return protect_internal::Fold(word, nullptr);
  std::string latin;
  return protect_internal::FoldLatin(word, &latin) ? protect_internal::Fold(latin, nullptr) : std::string();
}

}  // namespace tearline

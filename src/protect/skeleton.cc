#include <unicode/translit.h>
#include <unicode/unistr.h>

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

std::string Fold(std::string_view word, icu::Transliterator* folder) {
  bool ascii = true;
  for (char c : word) ascii &= static_cast<unsigned char>(c) < 0x80;
  std::string latin;
  if (ascii || folder == nullptr) {
    latin.assign(word);
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
  // (building one takes milliseconds) unless some word needs it.
  bool ascii = true;
  for (char c : word) ascii &= static_cast<unsigned char>(c) < 0x80;
  if (ascii) return protect_internal::Skeleton(protect_internal::Fold(word, nullptr));
  static std::mutex mu;
  std::lock_guard<std::mutex> lock(mu);
  static std::unique_ptr<icu::Transliterator> folder = protect_internal::NewFolder();
  return protect_internal::Skeleton(protect_internal::Fold(word, folder.get()));
}

}  // namespace tearline

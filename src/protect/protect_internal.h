// Internal to the protect module: word folding shared by the detectors.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include <unicode/translit.h>

namespace tearline::protect_internal {

// "Any-Latin; Latin-ASCII; Lower"; null if ICU lacks the transliterator.
std::unique_ptr<icu::Transliterator> NewFolder();
// `word` written in ASCII as the folder would write it, when every code point
// is ASCII, a Latin letter with marks (after NFD), one of the Latin letters
// without a decomposition ("ß", "ø", "ł", "đ", "ı", ...) or an apostrophe,
// hyphen, dash or middle dot (dropped); false otherwise (no transliterator
// is needed for this: building the first one costs a process 20-40 ms).
bool FoldLatin(std::string_view word, std::string* latin);
// ASCII lower-case letters of `word` after transliteration (digits, marks and
// punctuation dropped). `folder` may be null (non-ASCII letters then vanish).
std::string Fold(std::string_view word, icu::Transliterator* folder);
// The consonant skeleton of a folded word.
std::string Skeleton(std::string_view fold);

}  // namespace tearline::protect_internal

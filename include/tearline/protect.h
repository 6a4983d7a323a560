// tearline/protect.h — the protected list and Arabic-script runs.
//
// WHAT THESE TYPES REPRESENT
//   The protected list names people who must never appear in any release.
//   CompileProtectedDetector builds an immutable Detector (id "protect") that
//   reports kind PROTECTED for every place a listed name appears:
//     - regardless of case and diacritics ("OMARI", "Omarí");
//     - across transliteration variants: each word is reduced to a consonant
//       skeleton (ICU "Any-Latin; Latin-ASCII", lower case, vowels and y/w
//       dropped, doubled letters collapsed, kh/gh/sh/ph/th/q folded), so
//       Mohammad / Muhammad / Mohammed and Omari / Umari agree;
//     - in Arabic script (transliterated by ICU before the skeleton);
//     - in any token order, with commas between ("Omari, Mohammad Nabi");
//     - with initials for the other names ("M. N. Omari");
//     - the last word of a multi-word name alone ("Mr. Omari", "Omari's")
//       when its skeleton has at least 3 letters or it matches exactly
//       (subkind SURNAME, confidence 0.8).
//   A full match has confidence 1.0 (exact spelling) or 0.95 (variant).
//   Matching is over whole words: "Omarion" does not match "Omari".
//
//   NewScriptRunDetector returns a Detector (id "script") that reports each
//   run of words in a script the tagger cannot read as one PERSON candidate,
//   confidence 0.7, subkind the script: ARABIC_SCRIPT (Arabic, Persian,
//   Pashto, Urdu), CYRILLIC_SCRIPT, ARMENIAN_SCRIPT, GEORGIAN_SCRIPT,
//   HEBREW_SCRIPT, ETHIOPIC_SCRIPT, INDIC_SCRIPT (Devanagari to Sinhala),
//   THAI_LAO_SCRIPT, TIBETAN_SCRIPT, MYANMAR_SCRIPT, KHMER_SCRIPT,
//   HANGUL_SCRIPT, HAN_SCRIPT (Han and kana). A run is letters and marks of
//   one script, its words joined by spaces, no-break spaces, middle dots
//   ("阿不都热依木·吐尔逊") or zero-width (non-)joiners; digits and
//   punctuation end it. A name quoted in Dari, Russian or Burmese inside an
//   English report must not pass because the tagger cannot read it; a long
//   passage in such a script becomes one candidate per run (fail closed).
//   Greek is not read (its letters are symbols of units: "5 μm").
//
// THREAD SAFETY
//   The detectors are immutable and shareable; each thread uses its own
//   scratch (which holds the ICU transliterator clone).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "tearline/detect.h"
#include "tearline/status.h"

namespace tearline {

// Fails (kPolicyError) on a name with no letters. An empty list is valid.
Result<std::unique_ptr<const Detector>> CompileProtectedDetector(const std::vector<std::string>& names);

std::unique_ptr<const Detector> NewScriptRunDetector();

// The transliteration skeleton of one word, as described above ("" if the
// word has no letters). Exposed for tests and for mention linking.
std::string NameSkeleton(std::string_view word);

// The ASCII small letters of a word of Latin letters, marks dropped and the
// letters without a decomposition written as Latin-ASCII writes them
// ("Kanouté" gives "kanoute", "Łukasz" "lukasz"; digits and punctuation
// dropped), as the protected list folds it; "" for a word with letters of
// another script. Builds no transliterator. Exposed for mention linking.
std::string LatinFold(std::string_view word);

}  // namespace tearline

// PERSON readings that name a language ("spoke Nuer", "the Eegimaa
// language", "Bayot speakers", a list after one) and the words a document
// names as languages (LanguageWords). Contracts in place_internal.h and
// place_names.h.
#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "common_words.h"
#include "link_words.h"
#include "place_internal.h"
#include "place_names.h"
#include "tearline/file.h"

namespace tearline {
namespace {

using link_internal::OneOf;
using link_internal::PossessiveAt;
using link_internal::LowerWordBefore;

// Whether words that make text[b, e) a language's name stand around it:
// " language", " languages", " dialect", " dialects", " speakers",
// " speaking area" or "-speaking" after it ("the Eegimaa language", "Bayot
// speakers", "the Bayot speaking area"), or "speakers of " before it
// ("speakers of Kujireray"); all in small letters. Not " speaking" alone
// ("Karim speaking at the meeting") nor " speaker".
bool LanguageCueAround(std::string_view text, size_t b, size_t e) {
  const auto word_ends = [&](size_t p) { return p >= text.size() || !IsWordByte(text[p]); };
  for (std::string_view cue : {std::string_view(" language"), std::string_view(" languages"),
                               std::string_view(" dialect"), std::string_view(" dialects"),
                               std::string_view(" speakers"), std::string_view("-speaking"),
                               std::string_view(" speaking area")}) {
    if (text.compare(e, cue.size(), cue) == 0 && word_ends(e + cue.size())) return true;
  }
  constexpr std::string_view kBefore = "speakers of ";
  return b >= kBefore.size() && text.compare(b - kBefore.size(), kBefore.size(), kBefore) == 0 &&
         (b == kBefore.size() || !IsWordByte(text[b - kBefore.size() - 1]));
}

}  // namespace

namespace place_internal {

bool SpokenLanguage(std::string_view text, const Finding& f, const std::vector<size_t>& language_ends) {
  if (f.end > text.size() || f.begin >= f.end || PossessiveAt(text, f.end)) return false;
  const std::string_view span = text.substr(f.begin, f.size());
  const size_t space = span.find(' ');
  if (space != std::string_view::npos && span.find(' ', space + 1) != std::string_view::npos) return false;
  if (f.begin < 2 || text[f.begin - 1] != ' ') return LanguageCueAround(text, f.begin, f.end);
  const auto speak = [](std::string_view w) { return w == "spoke" || w == "speak" || w == "speaks" || w == "speaking"; };
  const std::string_view before = LowerWordBefore(text, f.begin);
  if (speak(before)) return true;
  // "speaks mostly Lingala", "spoke only Nuer": one adverb between.
  static constexpr std::string_view kAdverbs[] = {"also", "basic", "broken", "fluent", "little",
                                                   "mainly", "mostly", "only", "some"};
  if (OneOf(kAdverbs, before) && f.begin > before.size() + 1 && speak(LowerWordBefore(text, f.begin - before.size() - 1))) {
    return true;
  }
  // "Language: Kanuri", "Languages: Hausa, Kanuri": a language field.
  for (std::string_view label : {std::string_view("Language: "), std::string_view("Languages: ")}) {
    if (f.begin < label.size()) continue;
    const size_t at = f.begin - label.size();
    if (text.compare(at, label.size(), label) == 0 && (at == 0 || text[at - 1] == '\n')) return true;
  }
  if (LanguageCueAround(text, f.begin, f.end)) return true;
  // An item of a list after a language. A sure reading only where the list
  // goes on or ends after it (a mark, " and ", " or "): before another word
  // it may be a person who joins the clause ("spoke Dari and Ahmad
  // translated").
  if (f.confidence >= link_internal::kWeakPerson && f.end < text.size() &&
      std::string_view(".,;:)\n\r").find(text[f.end]) == std::string_view::npos &&
      text.compare(f.end, 5, " and ") != 0 && text.compare(f.end, 4, " or ") != 0) {
    return false;
  }
  size_t item_end = ConjunctPlaceEnd(text, f.begin);
  if (item_end == std::string_view::npos && f.begin >= 3 && text.compare(f.begin - 2, 2, ", ") == 0) {
    item_end = f.begin - 2;
  }
  return item_end != std::string_view::npos &&
         std::find(language_ends.begin(), language_ends.end(), item_end) != language_ends.end();
}

void ReadLanguagesNamedElsewhere(std::string_view text, std::vector<Finding>* findings) {
  const std::vector<std::string> languages = link_internal::LanguageWords(text, *findings);
  if (languages.empty()) return;
  std::string low;
  const auto is_language = [&](std::string_view word) {
    link_internal::LowerNameInto(word, &low);
    return std::find(languages.begin(), languages.end(), low) != languages.end();
  };
  for (Finding& f : *findings) {
    if (f.kind != Kind::kPerson || f.detector != "tagger" || f.end > text.size() || f.begin >= f.end) continue;
    const std::string_view span = text.substr(f.begin, f.size());
    if (span.find(' ') != std::string_view::npos) continue;  // LanguageWords holds no word of such a reading
    if (is_language(span)) {
      f.kind = Kind::kDem;
      f.subkind = "LANGUAGE";
    }
  }
}

}  // namespace place_internal

namespace link_internal {

std::vector<std::string> LanguageWords(std::string_view text, const std::vector<Finding>& findings) {
  std::vector<std::string> words;
  std::string low;
  // Calls add(low) with each word of text[f.begin, f.end) (split at
  // spaces), lower-cased into `low`.
  const auto for_each_word = [&](const Finding& f, auto add) {
    const std::string_view span = text.substr(f.begin, f.size());
    for (size_t i = 0; i < span.size();) {
      const size_t e = std::min(span.find(' ', i), span.size());
      LowerNameInto(span.substr(i, e - i), &low);
      add();
      i = e + 1;
    }
  };
  for (const Finding& f : findings) {
    // Only a reading that a noun for a language or its speakers names so
    // ("the Eegimaa language"): not one of a list after it ("spoke Dari and
    // Ahmad translated"), whose words may be a person's.
    if (f.kind != Kind::kDem || f.subkind != "LANGUAGE" || f.end > text.size() ||
        !LanguageCueAround(text, f.begin, f.end)) {
      continue;
    }
    for_each_word(f, [&] {
      if (low.size() >= 3 && std::find(words.begin(), words.end(), low) == words.end()) words.push_back(low);
    });
  }
  if (words.empty()) return words;
  // Not a given or family name of the name lexicons that a PERSON reading
  // of two words or more holds: the document also uses it in a name ("Abdul
  // Rahman Baloch" beside "Baloch speakers"), and a name is never let go on
  // a language's account. A word no name lexicon holds stays the language
  // ("Eegimaa" of "the Gújjolaay Eegimaa", read as a person).
  for (const Finding& f : findings) {
    if (f.kind != Kind::kPerson || f.end > text.size() || f.begin >= f.end) continue;
    if (text.substr(f.begin, f.size()).find(' ') == std::string_view::npos) continue;
    for_each_word(f, [&] {
      // The few language words first: the name table only for one of them.
      if (std::find(words.begin(), words.end(), low) != words.end() && IsNameWord(low)) std::erase(words, low);
    });
  }
  return words;
}

}  // namespace link_internal

}  // namespace tearline

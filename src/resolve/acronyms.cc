// SPELLED-OUT ACRONYMS (contract in tearline/resolve.h,
// ReadSpelledOutAcronyms): the tagger's PERSON readings of an acronym that
// the text spells out take the readings of the spelling out.
#include <algorithm>
#include <array>
#include <optional>
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "common_words.h"
#include "finding_index.h"
#include "link_words.h"
#include "patronyms.h"
#include "tearline/finding.h"
#include "tearline/resolve.h"

namespace tearline {
namespace {

using link_internal::ForEachCapitalStart;
using link_internal::IsAsciiUpper;
using link_internal::IsNameWord;
using link_internal::IsTitleWord;

constexpr size_t kMinLetters = 2;
constexpr size_t kMaxLetters = 8;

// The letters of an acronym ("USI", "F-E" -> "FE"), or empty when span is
// not one: capitals A-Z, single hyphens only between two of them.
std::string AcronymLetters(std::string_view span) {
  std::string letters;
  for (size_t i = 0; i < span.size(); ++i) {
    const char c = span[i];
    if (c >= 'A' && c <= 'Z') {
      letters.push_back(c);
    } else if (c != '-' || i == 0 || i + 1 == span.size() || span[i + 1] == '-') {
      return {};
    }
  }
  if (letters.size() < kMinLetters || letters.size() > kMaxLetters) return {};
  return letters;
}

constexpr std::array<std::string_view, 13> kJoiningWords = {"of", "for", "the", "and", "on", "in", "de",
                                                             "du", "des", "del", "la",  "le",  "&"};

// The end of a word of a spelling out at text[b]: word bytes and '&', and
// hyphens or apostrophes inside.
size_t SpellingWordEnd(std::string_view text, size_t b) {
  size_t e = b;
  while (e < text.size() && (IsWordByte(text[e]) || text[e] == '&' ||
                             ((text[e] == '-' || text[e] == '\'') && e > b && e + 1 < text.size() &&
                              IsWordByte(text[e + 1])))) {
    ++e;
  }
  return e;
}

// The capitals that open the parts of a word (split at '-'): the letters it
// gives a spelling out. Sets *n to their count, kMaxLetters + 1 when there
// are more than any acronym has (the first kMaxLetters are written).
void PartCapitals(std::string_view word, std::array<char, kMaxLetters>* caps, size_t* n) {
  *n = 0;
  for (size_t part = 0; part < word.size();) {
    const size_t dash = std::min(word.find('-', part), word.size());
    if (IsAsciiUpper(word[part])) {
      if (*n == kMaxLetters) {
        *n = kMaxLetters + 1;
        return;
      }
      (*caps)[(*n)++] = word[part];
    }
    part = dash + 1;
  }
}

// What a spelling out from a capital reads first, the same for every
// acronym: the first word, the letters it gives and what follows it.
struct FirstWord {
  bool possible = false;     // no acronym is spelled out from here when false
  size_t b = 0, e = 0;       // the word
  std::array<char, kMaxLetters> caps;
  size_t n = 0;              // the letters it gives are caps[0, n)
  char next = 0;             // the first byte of the next word (after one space)
  bool next_joins = false;   // the next word is one of kJoiningWords

  std::string_view letters() const { return std::string_view(caps.data(), n); }
};

FirstWord ReadFirstWord(std::string_view text, size_t b) {
  FirstWord w;
  w.b = b;
  w.e = SpellingWordEnd(text, b);
  const std::string_view word = text.substr(b, w.e - b);
  // An acronym of its own ("Salam CFS") gives no single letter; a word with
  // no space and a word after it ends the spelling out with one word given.
  if (word.empty() || (word.size() >= 2 && IsAsciiUpper(word[1]))) return w;
  if (w.e + 1 >= text.size() || text[w.e] != ' ' || !IsWordByte(text[w.e + 1])) return w;
  PartCapitals(word, &w.caps, &w.n);
  if (w.n == 0 || w.n > kMaxLetters) return w;
  w.next = text[w.e + 1];
  if (static_cast<unsigned char>(w.next) < 0x80 && !IsAsciiUpper(w.next)) {
    const std::string_view next = text.substr(w.e + 1, SpellingWordEnd(text, w.e + 1) - (w.e + 1));
    w.next_joins = std::find(kJoiningWords.begin(), kJoiningWords.end(), next) != kJoiningWords.end();
  }
  w.possible = true;
  return w;
}

// Whether the first word leaves `letters` possible: it gives their first
// letters, not all of them, and the word after it gives the next letter
// (an ASCII capital), may give it (a non-ASCII capital) or joins.
bool MaySpellOut(const FirstWord& w, std::string_view letters) {
  if (!w.possible || !letters.starts_with(w.letters()) || w.n >= letters.size()) return false;
  if (IsAsciiUpper(w.next)) return w.next == letters[w.n];
  if (static_cast<unsigned char>(w.next) >= 0x80) return true;  // read on
  return w.next_joins;  // a word in small letters (or a digit) must join
}

// Whether the words from first.b spell out `letters` (the contract of
// ReadSpelledOutAcronyms, but for the findings); *end is set to the end of
// the last word that gives a letter. REQUIRES MaySpellOut(first, letters):
// the reading goes on from the word after the first. The word tables are
// read last, once the letters match: every test fails alike, so the order
// only saves time.
bool SpellsOut(std::string_view text, const FirstWord& first, std::string_view letters, size_t* end) {
  size_t k = first.n;
  // The words that gave a letter, text[giving_begin[i], giving_end[i]); left
  // uninitialised, as this runs at every capital that opens an acronym.
  size_t giving_begin[kMaxLetters];
  size_t giving_end[kMaxLetters];
  giving_begin[0] = first.b;
  giving_end[0] = first.e;
  size_t giving_words = 1;
  *end = first.e;
  const auto named_so = [&] {
    if (giving_words < 2) return false;
    bool unnamed_word = false;
    for (size_t i = 0; i < giving_words; ++i) {
      const std::string_view word = text.substr(giving_begin[i], giving_end[i] - giving_begin[i]);
      if (IsTitleWord(word)) return false;
      unnamed_word = unnamed_word || !IsNameWord(word);
    }
    return unnamed_word;
  };
  std::array<char, kMaxLetters> caps;
  size_t p = first.e + 1;
  while (true) {
    const size_t e = SpellingWordEnd(text, p);
    if (e == p) return false;
    const std::string_view word = text.substr(p, e - p);
    if (IsAsciiUpper(word[0]) || static_cast<unsigned char>(word[0]) >= 0x80) {
      if (k == letters.size()) return false;  // a capitalised word after the last
      // An acronym of its own ("Salam CFS") gives no single letter.
      if (word.size() >= 2 && IsAsciiUpper(word[1])) return false;
      // Its capitalised parts give the next letters, in order.
      size_t n;
      PartCapitals(word, &caps, &n);
      if (n == 0 || n > letters.size() - k || letters.substr(k, n) != std::string_view(caps.data(), n)) return false;
      k += n;
      // Each giving word gives at least one of at most kMaxLetters letters.
      giving_begin[giving_words] = p;
      giving_end[giving_words++] = e;
      *end = e;
    } else if (k == letters.size()) {
      return named_so();
    } else if (std::find(kJoiningWords.begin(), kJoiningWords.end(), word) == kJoiningWords.end()) {
      return false;
    }
    if (e + 1 >= text.size() || text[e] != ' ' || !IsWordByte(text[e + 1])) {
      return k == letters.size() && named_so();
    }
    p = e + 1;
  }
}

// A tagger's PERSON reading that is an acronym, and what its spellings out
// were read as.
struct Acronym {
  std::string_view text;  // a view into the text: "USI"
  std::string letters;    // "USI"; "FE" of "F-E"
  bool spelled = false;   // whether the text spells it out
  // For each kind and subkind of a finding (not PERSON) that overlaps a
  // spelling out, a copy of the surest such finding, its span unchanged.
  std::vector<Finding> readings;
};

// The acronyms among the tagger's PERSON readings that the text spells out,
// each text once, with the readings of all its spellings out.
std::vector<Acronym> SpelledOutAcronyms(std::string_view text, const std::vector<Finding>& findings) {
  std::vector<Acronym> acronyms;
  std::unordered_set<std::string_view> seen;  // a table's column of names in capitals gives thousands
  for (const Finding& f : findings) {
    if (f.kind != Kind::kPerson || f.detector != "tagger" || f.end > text.size() || f.begin >= f.end) continue;
    const std::string_view span = text.substr(f.begin, f.size());
    if (!seen.insert(span).second) continue;
    std::string letters = AcronymLetters(span);
    if (!letters.empty()) acronyms.push_back({span, std::move(letters), false, {}});
  }
  if (acronyms.empty()) return {};
  // The acronyms by their first letter and by their first two letters (each
  // has two or more). Every acronym a spelling out from a capital may give is
  // in the list of the first word's first letter; when the first word gives
  // two letters or an ASCII capital opens the next word, in the list of those
  // two (MaySpellOut). An acronym's readings depend on no other's, so the
  // shorter list gives the same result.
  static_assert(kMinLetters >= 2);
  std::array<std::vector<Acronym*>, 26> by_first;
  std::vector<std::vector<Acronym*>> by_two(26 * 26);
  for (Acronym& a : acronyms) {
    by_first[a.letters[0] - 'A'].push_back(&a);
    by_two[(a.letters[0] - 'A') * 26 + (a.letters[1] - 'A')].push_back(&a);
  }
  std::optional<link_internal::FindingIndex> index;  // built at the first spelling out (most texts have none)
  std::vector<const Finding*> inside;
  ForEachCapitalStart(text, [&](size_t b) {
    if (!IsAsciiUpper(text[b])) return;
    if (by_first[text[b] - 'A'].empty()) return;
    const FirstWord first = ReadFirstWord(text, b);
    if (!first.possible) return;
    const char second = first.n >= 2 ? first.caps[1] : IsAsciiUpper(first.next) ? first.next : 0;
    const std::vector<Acronym*>& candidates =
        second != 0 ? by_two[(first.caps[0] - 'A') * 26 + (second - 'A')] : by_first[first.caps[0] - 'A'];
    for (Acronym* ap : candidates) {
      Acronym& a = *ap;
      size_t end = b;
      if (!MaySpellOut(first, a.letters) || !SpellsOut(text, first, a.letters, &end)) continue;
      if (!index) index.emplace(findings);
      inside.clear();
      index->ForEachOver(b, end, [&](const Finding& f) {
        inside.push_back(&f);
        return true;
      });
      std::sort(inside.begin(), inside.end());  // their order in the vector: the surest reading's ties keep the first
      bool person_inside = false;
      for (const Finding* f : inside) person_inside = person_inside || f->kind == Kind::kPerson;
      if (person_inside) continue;
      a.spelled = true;
      for (const Finding* f : inside) {
        const auto same = std::find_if(a.readings.begin(), a.readings.end(), [&](const Finding& r) {
          return r.kind == f->kind && r.subkind == f->subkind;
        });
        if (same == a.readings.end()) {
          a.readings.push_back(*f);
        } else if (f->confidence > same->confidence) {
          *same = *f;
        }
      }
    }
  });
  std::erase_if(acronyms, [](const Acronym& a) { return !a.spelled; });
  return acronyms;
}

}  // namespace

void ReadSpelledOutAcronyms(std::string_view text, std::vector<Finding>* findings) {
  const std::vector<Acronym> acronyms = SpelledOutAcronyms(text, *findings);
  if (acronyms.empty()) return;
  std::unordered_map<std::string_view, const Acronym*> by_text;  // the texts are distinct
  for (const Acronym& a : acronyms) by_text.emplace(a.text, &a);
  std::vector<Finding> readings;
  std::erase_if(*findings, [&](const Finding& f) {
    if (f.kind != Kind::kPerson || f.detector != "tagger" || f.end > text.size()) return false;
    const auto found = by_text.find(text.substr(f.begin, f.size()));
    if (found == by_text.end()) return false;
    const Acronym* acronym = found->second;
    for (Finding reading : acronym->readings) {
      reading.begin = f.begin;
      reading.end = f.end;
      reading.detector = "acronym";
      reading.entity = -1;
      readings.push_back(reading);
    }
    return true;
  });
  findings->insert(findings->end(), readings.begin(), readings.end());
}

}  // namespace tearline

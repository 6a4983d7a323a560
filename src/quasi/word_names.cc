// Given names that are also English words ("Blessing", "Grace", "Peace"),
// read by the regional name detector and by linking. Contracts in
// name_words.h (IsWordNameAlone, WordNameReadsAsName, WordNamesAlone) and
// tearline/quasi.h (IsWordGivenName).
#include <algorithm>
#include <iterator>
#include <vector>

#include "name_words.h"
#include "tearline/file.h"
#include "tearline/quasi.h"

namespace tearline {
namespace quasi {
namespace {

// Given names that are also English words, common in East and West Africa
// and elsewhere, which the tagger rarely reads as names ("drove Grace to the
// hospital", "left with Faith and Hope"). `alone`: a name also alone in a
// sentence (WordNameReadsAsName); the others ("Peace", "Justice", "Unity",
// "Victory") head offices, parties and prizes as often, and count only next
// to a person's name (IsWordGivenName; COORDINATED NAMES in
// tearline/resolve.h). Sorted.
struct WordName {
  std::string_view word;
  bool alone;
};
constexpr WordName kWordNames[] = {
    {"Beauty", false},    {"Blessed", true},    {"Blessing", true},   {"Charity", true},   {"Clever", false},
    {"Comfort", true},    {"Destiny", true},    {"Divine", true},     {"Endurance", true}, {"Faith", true},
    {"Favor", false},     {"Favour", true},     {"Fortune", false},   {"Gift", true},      {"Givemore", false},
    {"Gladness", false},  {"Godknows", true},   {"Godspower", true},  {"Godswill", true},  {"Goodluck", true},
    {"Goodness", true},   {"Grace", true},      {"Happiness", false}, {"Honest", false},   {"Honour", false},
    {"Hope", true},       {"Innocent", true},   {"Joy", false},       {"Justice", false},  {"Kindness", false},
    {"Knowledge", false}, {"Learnmore", false}, {"Lovely", false},    {"Loveness", true},  {"Lucky", false},
    {"Marvellous", true}, {"Memory", true},     {"Mercy", true},      {"Miracle", true},   {"Nomore", false},
    {"Patience", true},   {"Peace", false},     {"Praise", false},    {"Precious", true},  {"Princess", false},
    {"Promise", false},   {"Prosper", true},    {"Prudence", true},   {"Rejoice", true},   {"Silence", false},
    {"Talent", false},    {"Testimony", true},  {"Treasure", false},  {"Trust", false},    {"Unity", false},
    {"Victory", false},   {"Virtue", false},    {"Welcome", false},   {"Wisdom", false},   {"Wonder", false},
};
static_assert(SortedByWord(kWordNames));

}  // namespace

bool IsWordNameAlone(std::string_view word) {
  const WordName* name = FindWord(kWordNames, word);
  return name != nullptr && name->alone;
}

const std::vector<std::string_view>& WordNamesAlone() {
  static const std::vector<std::string_view> kAlone = [] {
    std::vector<std::string_view> out;
    for (const WordName& w : kWordNames) {
      if (w.alone) out.push_back(w.word);
    }
    return out;
  }();
  return kAlone;
}

bool WordNameReadsAsName(std::string_view text, size_t b, size_t e) {
  if (e < text.size() && (text[e] == '-' || (text[e] == ' ' && e + 1 < text.size() && IsUpperAscii(text[e + 1])))) {
    return false;
  }
  // At a sentence's start, before a verb of speech: "Mercy told us".
  if (e + 1 < text.size() && text[e] == ' ') {
    constexpr std::string_view kSpeech[] = {"added", "asked", "confirmed", "denied", "explained",
                                            "reported", "said", "says", "told"};
    size_t v = e + 1;
    while (v < text.size() && IsLowerAscii(text[v])) ++v;
    if (std::find(std::begin(kSpeech), std::end(kSpeech), text.substr(e + 1, v - e - 1)) != std::end(kSpeech)) {
      return true;
    }
  }
  if (b < 3 || text[b - 1] != ' ') return false;
  if (text[b - 2] == ',') return true;
  size_t w = b - 1;
  while (w > 0 && IsLowerAscii(text[w - 1])) --w;
  if (w == b - 1 || (w > 0 && (IsWordByte(text[w - 1]) || text[w - 1] == '@'))) return false;  // not "@josiery Hope"
  constexpr std::string_view kBefore[] = {"a", "an", "by", "her", "his", "in", "its", "my", "of",
                                          "our", "the", "their", "this", "your"};
  return std::find(std::begin(kBefore), std::end(kBefore), text.substr(w, b - 1 - w)) == std::end(kBefore);
}

}  // namespace quasi

bool IsWordGivenName(std::string_view word) { return quasi::FindWord(quasi::kWordNames, word) != nullptr; }

}  // namespace tearline

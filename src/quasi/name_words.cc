// Name words for the quasi module's context rules (contract in name_words.h).
#include "name_words.h"

#include <algorithm>
#include <array>
#include <iterator>

#include "tearline/file.h"
#include "tearline/quasi.h"

namespace tearline::quasi {
namespace {

// Capitalised words that never start a name: sentence openers, pronouns,
// function words, sentence adverbs, months and weekdays. Sorted.
constexpr std::string_view kSentenceOpeners[] = {
    "A", "According", "Accordingly", "Additionally", "After", "Afterwards", "Again", "All", "Also", "An",
    "And", "Apparently", "April", "As", "At", "August", "But", "By", "Consequently", "Currently", "December",
    "Earlier", "Elsewhere", "Eventually", "February", "Finally", "For", "Fortunately", "Friday", "From",
    "Furthermore", "He", "Hence", "Her", "Here", "His", "However", "I", "If", "In", "Indeed", "Initially",
    "Instead", "It", "Its", "January", "July", "June", "Last", "Later", "Likewise", "March", "Meanwhile",
    "Monday", "Moreover", "My", "Nearby", "Nevertheless", "Next", "No", "Not", "Notably", "November", "Now",
    "October", "Of", "On", "Once", "One", "Or", "Otherwise", "Our", "Overall", "Previously", "Recently",
    "Reportedly", "Saturday", "Separately", "September", "She", "Similarly", "Since", "So", "Sometimes",
    "Soon", "Still", "Subsequently", "Suddenly", "Sunday", "That", "The", "Their", "Then", "There",
    "Therefore", "These", "They", "This", "Those", "Thursday", "Thus", "To", "Today", "Tomorrow", "Tuesday",
    "Ultimately", "Unfortunately", "We", "Wednesday", "Well", "What", "When", "Who", "With", "Yes",
    "Yesterday", "You", "Your",
};
static_assert(std::is_sorted(std::begin(kSentenceOpeners), std::end(kSentenceOpeners)));

constexpr std::string_view kWeekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                                          "Sunday"};

// Honorifics that may open a name ("my colleague, Mr. Eizenga"); the name
// must hold a word besides them.
constexpr std::array<std::string_view, 8> kHonorifics = {"Dr", "Mlle", "Mme", "Mr", "Mrs", "Ms", "Mx", "Prof"};

}  // namespace

bool CapitalAt(std::string_view text, size_t i) {
  if (i >= text.size()) return false;
  if (IsUpperAscii(text[i])) return true;
  if (i + 1 >= text.size() || text[i] != '\xC3') return false;
  const auto c = static_cast<unsigned char>(text[i + 1]);
  return c >= 0x80 && c <= 0x9E && c != 0x97;
}

size_t NameWordStart(std::string_view text, size_t end) {
  while (end > 0 && (IsWordByte(text[end - 1]) || text[end - 1] == '-' || text[end - 1] == '\'')) --end;
  return end;
}

size_t NameWordEnd(std::string_view text, size_t i) {
  const size_t n = text.size();
  size_t e = i;
  while (true) {
    while (e < n && IsWordByte(text[e]) && !(text[e] == '\xE2' && text.compare(e, 3, "\xE2\x80\x99") == 0)) ++e;
    size_t joiner = 0;
    if (e < n && (text[e] == '-' || text[e] == '\'')) joiner = 1;
    if (e + 3 <= n && text.compare(e, 3, "\xE2\x80\x99") == 0) joiner = 3;
    if (joiner == 0 || e + joiner >= n || !IsWordByte(text[e + joiner])) return e;
    // "Karim's" / "Karim’s": the possessive ends the name.
    if (joiner != 1 || text[e] == '\'') {
      const size_t s = e + joiner;
      if ((text[s] == 's' || text[s] == 'S') && (s + 1 >= n || !IsWordByte(text[s + 1]))) return e;
    }
    e += joiner;
  }
}

bool IsSentenceOpener(std::string_view word) {
  return std::binary_search(std::begin(kSentenceOpeners), std::end(kSentenceOpeners), word);
}

size_t AsideEnd(std::string_view text, size_t p) {
  if (p + 2 >= text.size() || text[p] != ' ' || text[p + 1] != '(') return 0;
  const size_t close = text.find(')', p + 2);
  if (close == std::string_view::npos || close - p > 24 ||
      text.substr(p, close - p).find('\n') != std::string_view::npos) {
    return 0;
  }
  return close + 1;
}

// Points of the compass that follow the name of a place to name a district
// of it ("Kapoeta East", "Mayo-Sava Nord"); not "West", as often a family
// name. Sorted.
constexpr std::string_view kCompassWords[] = {"Central", "East", "Est", "Nord", "Norte", "North", "Oeste", "Ouest",
                                              "South", "Sud"};
static_assert(std::is_sorted(std::begin(kCompassWords), std::end(kCompassWords)));

size_t NameEnd(std::string_view text, size_t i, bool mixed_case) {
  const size_t n = text.size();
  size_t end = 0, p = i;
  bool full_word = false;
  for (size_t words = 0; words < kMaxNameWords && CapitalAt(text, p); ++words) {
    const size_t e = NameWordEnd(text, p);
    if (e == p) break;
    const std::string_view word = text.substr(p, e - p);
    const bool initial = e - p == 1 && e < n && text[e] == '.';  // "A. B. Karimi": no article
    if (words == 0 && !initial && IsSentenceOpener(word)) return 0;
    // "founder Hugh McGuire Sunday, May 28": a dateline after a headline.
    if (words > 0 && std::find(std::begin(kWeekdays), std::end(kWeekdays), word) != std::end(kWeekdays)) break;
    // "Kapoeta East", "Mayo-Sava Nord": a district, not a person.
    if (words > 0 && Listed(kCompassWords, word)) return 0;
    const bool honorific = std::find(kHonorifics.begin(), kHonorifics.end(), word) != kHonorifics.end();
    if (e - p >= 2 && !honorific) full_word = true;
    end = e;
    const size_t dot = e < n && text[e] == '.' && (initial || honorific) ? 1 : 0;
    if (e + dot + 1 < n && text[e + dot] == ' ' && CapitalAt(text, e + dot + 1) && (dot == 1 || text[e] == ' ')) {
      p = e + dot + 1;  // the next word, after an initial's or an honorific's period
    } else {
      break;
    }
  }
  if (!full_word) return 0;
  // "friends IRL", "cousin USA": a short word in capitals alone is an acronym.
  if (end - i <= 3 && std::all_of(text.begin() + i, text.begin() + end, IsUpperAscii)) return 0;
  // "the leader ISIS-K", "the victim NGO": after a role word, capitals name an organisation.
  if (mixed_case && std::none_of(text.begin() + i, text.begin() + end, IsLowerAscii)) return 0;
  return end;
}

constexpr std::string_view kFrenchSpaces[] = {" ", "\xC2\xA0", "\xE2\x80\xAF"};

size_t FrenchSpaceAt(std::string_view text, size_t i) {
  for (std::string_view sp : kFrenchSpaces) {
    if (i <= text.size() && text.compare(i, sp.size(), sp) == 0) return sp.size();
  }
  return 0;
}

size_t FrenchSpaceBefore(std::string_view text, size_t end) {
  for (std::string_view sp : kFrenchSpaces) {
    if (end >= sp.size() && text.compare(end - sp.size(), sp.size(), sp) == 0) return sp.size();
  }
  return 0;
}

}  // namespace tearline::quasi

namespace tearline {

size_t ArabicArticleLength(std::string_view word) {
  for (std::string_view article : {"al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-"}) {
    if (word.size() > article.size() && word.starts_with(article)) return article.size();
  }
  return 0;
}

}  // namespace tearline

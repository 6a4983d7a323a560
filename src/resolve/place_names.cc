// PERSON readings that name a place or an organisation by their last word
// ("Sheikh Lotfollah Mosque", "Andy Warhol Foundation"). Contract in
// tearline/resolve.h (PlaceOrOrganisationNamed).
#include <algorithm>
#include <array>
#include <iterator>
#include <string_view>

#include "link_words.h"
#include "place_names.h"
#include "tearline/file.h"
#include "tearline/resolve.h"

namespace tearline {
namespace {

// Head words, lower case, sorted, with the kind of what they head. Heads
// that are also surnames (Hall, Park, Lane, Church, Bridge, Street, ...) need
// a span of three words ("George Washington Bridge", not "Stuart Hall");
// Temple, Lake, House, Tower, Castle, Market and Camp are no last heads.
struct Head {
  std::string_view word;
  Kind kind;
  size_t min_words = 2;  // words the span needs: 3 for heads that are also surnames
};
constexpr Head kHeads[] = {
    {"academy", Kind::kOrg}, {"agency", Kind::kOrg}, {"airport", Kind::kLoc}, {"association", Kind::kOrg},
    {"avenue", Kind::kLoc}, {"bank", Kind::kOrg}, {"battalion", Kind::kOrg}, {"bazaar", Kind::kLoc},
    {"blvd", Kind::kLoc}, {"boulevard", Kind::kLoc}, {"bridge", Kind::kLoc, 3}, {"brigade", Kind::kOrg},
    {"cathedral", Kind::kLoc}, {"cemetery", Kind::kLoc}, {"center", Kind::kLoc}, {"centre", Kind::kLoc},
    {"checkpoint", Kind::kLoc}, {"church", Kind::kLoc, 3}, {"clinic", Kind::kLoc}, {"club", Kind::kOrg},
    {"college", Kind::kOrg}, {"commission", Kind::kOrg}, {"committee", Kind::kOrg}, {"company", Kind::kOrg},
    {"corporation", Kind::kOrg}, {"council", Kind::kOrg}, {"court", Kind::kOrg, 3}, {"department", Kind::kOrg},
    {"district", Kind::kLoc}, {"embassy", Kind::kLoc}, {"expressway", Kind::kLoc}, {"factory", Kind::kOrg},
    {"federation", Kind::kOrg}, {"foundation", Kind::kOrg}, {"freeway", Kind::kLoc}, {"fund", Kind::kOrg},
    {"gallery", Kind::kLoc}, {"gmbh", Kind::kOrg}, {"hall", Kind::kLoc, 3}, {"highway", Kind::kLoc},
    {"hospital", Kind::kLoc}, {"hotel", Kind::kLoc}, {"inc", Kind::kOrg}, {"institute", Kind::kOrg},
    {"lane", Kind::kLoc, 3}, {"library", Kind::kLoc}, {"llc", Kind::kOrg}, {"ltd", Kind::kOrg},
    {"madrasa", Kind::kLoc}, {"madrassa", Kind::kLoc}, {"masjid", Kind::kLoc}, {"mausoleum", Kind::kLoc},
    {"memorial", Kind::kLoc}, {"ministry", Kind::kOrg}, {"minster", Kind::kLoc}, {"monument", Kind::kLoc},
    {"mosque", Kind::kLoc}, {"museum", Kind::kLoc}, {"office", Kind::kOrg}, {"palace", Kind::kLoc}, {"park", Kind::kLoc, 3},
    {"parkway", Kind::kLoc}, {"plc", Kind::kOrg}, {"prison", Kind::kLoc}, {"province", Kind::kLoc},
    {"road", Kind::kLoc, 3}, {"school", Kind::kOrg}, {"shrine", Kind::kLoc}, {"society", Kind::kOrg},
    {"square", Kind::kLoc}, {"stadium", Kind::kLoc}, {"station", Kind::kLoc}, {"street", Kind::kLoc, 3},
    {"theater", Kind::kLoc}, {"theatre", Kind::kLoc}, {"tomb", Kind::kLoc}, {"turnpike", Kind::kLoc},
    {"university", Kind::kOrg}, {"village", Kind::kLoc},
};
static_assert(std::is_sorted(std::begin(kHeads), std::end(kHeads),
                             [](const Head& a, const Head& b) { return a.word < b.word; }));

// Words that make the name they start a place ("Fort Lee", "Mount Hood",
// "Camp Wycliffe", "Lake Chad"), lower case.
constexpr std::string_view kPlacePrefixes[] = {"camp", "cape", "fort", "lake", "mount", "mt", "port"};

}  // namespace

namespace link_internal {

bool IsPlacePrefix(std::string_view word) {
  std::array<char, 8> buf;
  const std::string_view low = LowerAsciiInto(word, buf);
  return !low.empty() && std::find(std::begin(kPlacePrefixes), std::end(kPlacePrefixes), low) != std::end(kPlacePrefixes);
}

bool FollowsPlacePrefix(std::string_view text, size_t b) {
  if (b < 2 || b > text.size() || text[b - 1] != ' ') return false;
  const size_t end = b - 1;
  size_t begin = end;
  while (begin > 0 && IsWordByte(text[begin - 1])) --begin;
  return begin < end && text[begin] >= 'A' && text[begin] <= 'Z' && IsPlacePrefix(text.substr(begin, end - begin));
}

}  // namespace link_internal

std::optional<Kind> PlaceOrOrganisationNamed(std::string_view text, const Finding& f) {
  if (f.kind != Kind::kPerson || f.end > text.size() || f.begin >= f.end) return std::nullopt;
  const std::string_view span = text.substr(f.begin, f.size());
  // The words of the span (runs of word bytes); a head counts as the last
  // word, or before "of" / "for" ("Palace of Forty Columns", "Andy Warhol
  // Foundation for the Visual Arts"), and only in a span of two words or more.
  struct Word {
    size_t b, e;
  };
  std::array<Word, 12> words;
  size_t count = 0;
  for (size_t i = 0; i < span.size() && count < words.size();) {
    if (!IsWordByte(span[i])) {
      ++i;
      continue;
    }
    const size_t b = i;
    while (i < span.size() && IsWordByte(span[i])) ++i;
    words[count++] = {b, i};
  }
  if (count < 2) return std::nullopt;
  // A word lower-cased; empty when longer than 12 bytes (no title or head is).
  std::array<char, 12> buf;
  auto lower = [&](const Word& w) { return link_internal::LowerAsciiInto(span.substr(w.b, w.e - w.b), buf); };
  if (span[0] >= 'A' && span[0] <= 'Z' &&
      link_internal::IsPlacePrefix(span.substr(words[0].b, words[0].e - words[0].b))) {
    return Kind::kLoc;
  }
  // "Mr Stuart Hall": after a personal title, a head that is also a surname
  // names the person.
  constexpr std::string_view kTitles[] = {"dame", "dr", "lady", "lord", "miss", "mr", "mrs", "ms", "mx", "prof", "sir"};
  const std::string_view first = lower(words[0]);
  const bool titled = !first.empty() && std::find(std::begin(kTitles), std::end(kTitles), first) != std::end(kTitles);
  for (size_t k = 0; k < count; ++k) {
    const Word& w = words[k];
    const bool last = k + 1 == count;
    if (!last) {
      const std::string_view next = span.substr(words[k + 1].b, words[k + 1].e - words[k + 1].b);
      if (next != "of" && next != "for") continue;
    }
    if (!(span[w.b] >= 'A' && span[w.b] <= 'Z')) continue;
    const std::string_view word = lower(w);
    if (word.empty()) continue;
    const Head* it = std::lower_bound(std::begin(kHeads), std::end(kHeads), word,
                                      [](const Head& h, std::string_view x) { return h.word < x; });
    if (it != std::end(kHeads) && it->word == word && count >= it->min_words && !(titled && it->min_words > 2)) {
      return it->kind;
    }
  }
  return std::nullopt;
}

}  // namespace tearline

// PERSON readings that name a place or an organisation by their last word
// ("Sheikh Lotfollah Mosque", "Andy Warhol Foundation"). Contract in
// tearline/resolve.h (PlaceOrOrganisationNamed).
#include <algorithm>
#include <array>
#include <iterator>
#include <string_view>

#include "tearline/file.h"
#include "tearline/resolve.h"

namespace tearline {
namespace {

// Head words, lower case, sorted, with the kind of what they head. Words
// that are also common surnames are left out: Hall, Park, Lane, Church,
// Temple, Lake, House, Street, Court, Bridge, Tower, Castle, Market, Camp.
struct Head {
  std::string_view word;
  Kind kind;
};
constexpr Head kHeads[] = {
    {"academy", Kind::kOrg},      {"agency", Kind::kOrg},       {"airport", Kind::kLoc},
    {"association", Kind::kOrg},  {"avenue", Kind::kLoc},       {"bank", Kind::kOrg},
    {"battalion", Kind::kOrg},    {"bazaar", Kind::kLoc},       {"boulevard", Kind::kLoc},
    {"brigade", Kind::kOrg},      {"cathedral", Kind::kLoc},    {"cemetery", Kind::kLoc},
    {"center", Kind::kLoc},       {"centre", Kind::kLoc},       {"checkpoint", Kind::kLoc},
    {"clinic", Kind::kLoc},       {"club", Kind::kOrg},         {"college", Kind::kOrg},
    {"commission", Kind::kOrg},   {"committee", Kind::kOrg},    {"company", Kind::kOrg},
    {"corporation", Kind::kOrg},  {"council", Kind::kOrg},      {"department", Kind::kOrg},
    {"district", Kind::kLoc},     {"embassy", Kind::kLoc},      {"factory", Kind::kOrg},
    {"federation", Kind::kOrg},   {"foundation", Kind::kOrg},   {"fund", Kind::kOrg},
    {"gallery", Kind::kLoc},      {"gmbh", Kind::kOrg},         {"highway", Kind::kLoc},
    {"hospital", Kind::kLoc},     {"hotel", Kind::kLoc},        {"inc", Kind::kOrg},
    {"institute", Kind::kOrg},    {"library", Kind::kLoc},      {"llc", Kind::kOrg},
    {"ltd", Kind::kOrg},          {"madrasa", Kind::kLoc},      {"madrassa", Kind::kLoc},
    {"masjid", Kind::kLoc},       {"mausoleum", Kind::kLoc},    {"memorial", Kind::kLoc},
    {"ministry", Kind::kOrg},     {"minster", Kind::kLoc},      {"monument", Kind::kLoc},
    {"mosque", Kind::kLoc},       {"museum", Kind::kLoc},       {"palace", Kind::kLoc},
    {"plc", Kind::kOrg},          {"prison", Kind::kLoc},       {"province", Kind::kLoc},
    {"school", Kind::kOrg},       {"shrine", Kind::kLoc},       {"society", Kind::kOrg},
    {"square", Kind::kLoc},       {"stadium", Kind::kLoc},      {"station", Kind::kLoc},
    {"theater", Kind::kLoc},      {"theatre", Kind::kLoc},      {"tomb", Kind::kLoc},
    {"university", Kind::kOrg},   {"village", Kind::kLoc},
};
static_assert(std::is_sorted(std::begin(kHeads), std::end(kHeads),
                             [](const Head& a, const Head& b) { return a.word < b.word; }));

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : c; }

}  // namespace

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
  for (size_t k = 0; k < count; ++k) {
    const Word& w = words[k];
    const bool last = k + 1 == count;
    if (!last) {
      const std::string_view next = span.substr(words[k + 1].b, words[k + 1].e - words[k + 1].b);
      if (next != "of" && next != "for") continue;
    }
    if (w.e - w.b > 12 || !(span[w.b] >= 'A' && span[w.b] <= 'Z')) continue;
    char low[12];
    for (size_t j = w.b; j < w.e; ++j) low[j - w.b] = Lower(span[j]);
    const std::string_view word(low, w.e - w.b);
    const Head* it = std::lower_bound(std::begin(kHeads), std::end(kHeads), word,
                                      [](const Head& h, std::string_view x) { return h.word < x; });
    if (it != std::end(kHeads) && it->word == word) return it->kind;
  }
  return std::nullopt;
}

}  // namespace tearline

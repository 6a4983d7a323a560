// PERSON readings that name a place or an organisation by their last word
// ("Sheikh Lotfollah Mosque", "Andy Warhol Foundation"), and LOC readings
// that name a person ("Pedro de la Cruz"). Contracts in tearline/resolve.h
// (PlaceOrOrganisationNamed, PersonReadAsPlace).
#include <algorithm>
#include <array>
#include <iterator>
#include <span>
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

// Common Spanish, Portuguese and Italian given names, as text writes them
// (UTF-8, with and without accents), sorted by bytes. Names that also start
// names of places are left out ("Santiago de Chile", "Salvador de Bahia",
// "Carmen de Viboral", "Dolores Hidalgo", "Mercedes", "Victoria de Durango").
constexpr std::string_view kIberianGivenNames[] = {
    "Adriana", "Alberto", "Alejandra", "Alejandro", "Alfredo", "Ana", "Andrea", "Andres", "Andr\u00e9",
    "Andr\u00e9s", "Antonio", "Ant\u00f4nio", "Arturo", "Aurelio", "Beatriz", "Bruno", "Carla", "Carlos",
    "Carolina", "Claudia", "Cristina", "Daniel", "Daniela", "David", "Diana", "Diego", "Eduardo", "Elena",
    "Emilio", "Enrique", "Ernesto", "Esteban", "Fabio", "Felipe", "Fernanda", "Fernando", "Francisca",
    "Francisco", "Gabriel", "Gabriela", "Gerardo", "Gloria", "Gonzalo", "Guillermo", "Gustavo", "Hector",
    "Hugo", "H\u00e9ctor", "Ignacio", "Ines", "In\u00e9s", "Isabel", "Javier", "Joao", "Joaquin",
    "Joaqu\u00edn", "Jorge", "Jose", "Jos\u00e9", "Jo\u00e3o", "Juan", "Juana", "Julio", "Laura", "Leonardo",
    "Lorenzo", "Lucas", "Lucia", "Luc\u00eda", "Luis", "Luisa", "Luiz", "Manuel", "Marco", "Marcos", "Maria",
    "Mario", "Marta", "Martin", "Mart\u00edn", "Mar\u00eda", "Mateo", "Miguel", "Monica", "M\u00f3nica",
    "Natalia", "Nicolas", "Nicol\u00e1s", "Oscar", "Pablo", "Patricia", "Paula", "Paulo", "Pedro", "Rafael",
    "Ramon", "Ram\u00f3n", "Raul", "Ra\u00fal", "Ricardo", "Roberto", "Rodrigo", "Rosa", "Ruben",
    "Rub\u00e9n", "Samuel", "Sandra", "Sebastian", "Sebasti\u00e1n", "Sergio", "Silvia", "Sofia",
    "Sof\u00eda", "Teresa", "Thiago", "Tiago", "Tomas", "Tom\u00e1s", "Valentina", "Vicente", "Victor",
    "V\u00edctor",
};
static_assert(std::is_sorted(std::begin(kIberianGivenNames), std::end(kIberianGivenNames)));
// Particles of family names after a given name ("Pedro de la Cruz", "Joao
// da Costa", "Carlos del Valle"); the second one only after the first.
constexpr std::string_view kFirstParticles[] = {"da", "das", "de", "del", "della", "di", "do", "dos", "du"};
constexpr std::string_view kSecondParticles[] = {"la", "las", "los"};

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

bool PersonReadAsPlace(std::string_view text, const Finding& f) {
  if (f.kind != Kind::kLoc || f.end > text.size() || f.begin >= f.end) return false;
  const std::string_view span = text.substr(f.begin, f.size());
  // The span's words, split at single spaces.
  std::array<std::string_view, 8> words;
  size_t count = 0;
  for (size_t i = 0; i <= span.size() && count < words.size();) {
    const size_t e = std::min(span.find(' ', i), span.size());
    words[count++] = span.substr(i, e - i);
    i = e + 1;
  }
  const auto given = [](std::string_view w) {
    return std::binary_search(std::begin(kIberianGivenNames), std::end(kIberianGivenNames), w);
  };
  const auto in = [](std::span<const std::string_view> list, std::string_view w) {
    return std::find(list.begin(), list.end(), w) != list.end();
  };
  // One or two given names, one or two particles, then a capitalised word.
  size_t k = 0;
  if (count < 3 || !given(words[k])) return false;
  ++k;
  if (given(words[k])) ++k;
  if (k >= count || !in(kFirstParticles, words[k])) return false;
  ++k;
  if (k < count && in(kSecondParticles, words[k])) ++k;
  return k < count && !words[k].empty() && link_internal::IsCapitalByte(words[k][0]);
}

}  // namespace tearline

// Weak PERSON readings (below kWeakPerson) made places by the words around
// them: a locative, "à" or "de" after a word of living, going or coming, "a"
// after a verb of arriving, an item of a list or a leg of a route beside a
// place. Contract in place_internal.h (ReadWeakPlaces).
#include <algorithm>
#include <cstddef>
#include <iterator>
#include <string_view>
#include <vector>

#include "known_places.h"
#include "link_words.h"
#include "place_internal.h"
#include "place_names.h"
#include "tearline/file.h"
#include "tearline/resolve.h"

namespace tearline {
namespace {

using link_internal::OneOf;
using link_internal::PossessiveAt;
using link_internal::LowerWordBefore;
using link_internal::IsKnownTown;
using link_internal::kWeakPerson;
using place_internal::kLocatives;
using place_internal::ConjunctPlaceEnd;

// Spanish and Portuguese verbs of arriving, going back or fleeing after
// which "a" and a name say where ("llegaron a La Parada", "regresó a
// Pamplona", "chegaram a Pemba"; the personal "a" follows verbs of seeing
// and telling: "vi a Juan", "le digo a Anita"). Looked up with OneOf.
constexpr std::string_view kArrivingBeforeA[] = {
    "llegamos", "llegan", "llegaron", "llegó", "llega", "llegar", "llegué", "regresaron", "regresó", "regresar",
    "volvieron", "volvió", "volver", "huyeron", "huyó", "fueron", "trasladaron", "trasladó", "trasladados",
    "trasladada", "trasladado", "chegaram", "chegou", "chegar", "voltaram", "voltou", "fugiram", "fugiu",
};

// French and Spanish words after which "de" and a name say where from
// ("originaire de Tin-Adjar", "oriunda de Tarapacá"). Looked up with OneOf.
constexpr std::string_view kComingFrom[] = {
    "originaire", "originaires", "natif", "native", "natifs", "venant", "provenant", "revenant", "oriundo",
    "oriunda", "oriundos", "oriundas", "procedente", "procedentes", "proveniente", "provenientes",
};

// Separators that pair places as well as list them: "Lubero/Beni", "KABUL /
// MAZAR", "Yinmabin & Salingyi"; the Spanish and French "and": "Cali y
// Pasto", "Tshikapa et Kananga"; the legs of a route: "Karare > Kargi",
// "Gedaref town>Doka".
constexpr std::string_view kPairSeparators[] = {" / ", " & ", "/", " y ", " et ", " > ", " -> ", ">"};

// The start of the list item that ends at text[.., b) before a separator of
// a list (", ", " and ", ", and ", " or ", " / ", " & ", "/"), or npos: the
// separator's start.
size_t ListSeparatorBefore(std::string_view text, size_t b) {
  if (size_t e = ConjunctPlaceEnd(text, b); e != std::string_view::npos) return e;
  if (b >= 3 && text.compare(b - 2, 2, ", ") == 0) return b - 2;
  for (std::string_view sep : kPairSeparators) {
    if (b > sep.size() && text.compare(b - sep.size(), sep.size(), sep) == 0 && IsWordByte(text[b - sep.size() - 1])) {
      return b - sep.size();
    }
  }
  return std::string_view::npos;
}

// The start of the list item after text[e, ..) and a separator, or npos.
size_t ListSeparatorAfter(std::string_view text, size_t e) {
  for (std::string_view sep : {std::string_view(", and "), std::string_view(" and "), std::string_view(" or "),
                               std::string_view(", ")}) {
    if (text.compare(e, sep.size(), sep) == 0) return e + sep.size();
  }
  for (std::string_view sep : kPairSeparators) {
    if (text.compare(e, sep.size(), sep) == 0) return e + sep.size();
  }
  return std::string_view::npos;
}

// Whether the weak PERSON reading f is a leg of a route of places joined by
// spaced dashes (below), or of one word and a leg of a route whose other end
// is a LOC reading: "from <place> to <f>" (`loc_spans`: the LOC
// readings before f, in order), or "from <f> to <place>" with "to", "hacia",
// "a", "vers", "-" or "–" between and "from", "de", "desde" or "depuis"
// before f (`loc_begins`: sorted). "Two families asked to move from Nayapara
// to Leda", "que baja de Xolbeyá hacia Nahualá".
bool RouteLeg(std::string_view text, const Finding& f, const std::vector<size_t>& loc_begins,
              const std::vector<Span>& loc_spans) {
  const std::string_view span = text.substr(f.begin, f.size());
  // A leg of a route of three places or more joined by spaced dashes
  // ("Dnipro - Pavlohrad - Mezhova - Andriivka"): a place before or after
  // the reading, and another dash inside it or on its other side.
  {
    const auto dash_at = [&](size_t p) -> size_t {  // the length of " - " or " – " at text[p], or 0
      if (text.compare(p, 3, " - ") == 0) return 3;
      if (text.compare(p, 5, " \xE2\x80\x93 ") == 0) return 5;
      return 0;
    };
    const auto dash_before = [&](size_t b) -> size_t {  // the length of a dash ending at text[b], or 0
      if (b >= 3 && dash_at(b - 3) == 3) return 3;
      if (b >= 5 && dash_at(b - 5) == 5) return 5;
      return 0;
    };
    const bool dash_inside = span.find(" - ") != std::string_view::npos ||
                             span.find(" \xE2\x80\x93 ") != std::string_view::npos;
    const size_t before = dash_before(f.begin);
    const size_t after = dash_at(f.end);
    // The place before: a LOC reading, or a town of the gazetteer that no
    // reading holds ("Dnipro - Synelnykove - Vasylkivka").
    const auto town_ends_at = [&](size_t e) {
      size_t w = e;
      while (w > 0 && e - w < 40 && (IsWordByte(text[w - 1]) || text[w - 1] == '-')) --w;
      return w < e && IsKnownTown(text.substr(w, e - w));
    };
    const bool place_before = before > 0 && ((!loc_spans.empty() && loc_spans.back().end == f.begin - before) ||
                                             town_ends_at(f.begin - before));
    const bool place_after =
        after > 0 && std::binary_search(loc_begins.begin(), loc_begins.end(), f.end + after);
    if ((place_before && (dash_inside || after > 0)) || (place_after && (dash_inside || before > 0))) return true;
  }
  // "l'axe Ouallam–Banibangou", "the Goma–Sake road": an en dash with no
  // space around it joins the two ends of a route; a reading right after
  // one that follows a place (a LOC reading, or a word after a locative:
  // "axe", "via", "near", ...), or right before one that a place follows,
  // is the other end.
  {
    constexpr std::string_view kEnDash = "\xE2\x80\x93";
    if (f.begin >= 4 && text.compare(f.begin - 3, 3, kEnDash) == 0 && text[f.begin - 4] != ' ') {
      if (!loc_spans.empty() && loc_spans.back().end == f.begin - 3) return true;
      size_t w = f.begin - 3;
      while (w > 0 && (IsWordByte(text[w - 1]) || text[w - 1] == '-') && f.begin - 3 - w < 40) --w;
      if (w + 3 < f.begin && link_internal::IsCapitalByte(text[w]) && OneOf(kLocatives, LowerWordBefore(text, w))) {
        return true;
      }
    }
    if (text.compare(f.end, 3, kEnDash) == 0 && f.end + 3 < text.size() && text[f.end + 3] != ' ' &&
        std::binary_search(loc_begins.begin(), loc_begins.end(), f.end + 3)) {
      return true;
    }
  }
  if (span.find(' ') != std::string_view::npos || PossessiveAt(text, f.end)) return false;
  const auto from_word = [](std::string_view w) {
    return w == "from" || w == "de" || w == "desde" || w == "depuis";
  };
  if (LowerWordBefore(text, f.begin) == "to" && f.begin >= 4 && !loc_spans.empty() &&
      loc_spans.back().end == f.begin - 4 && LowerWordBefore(text, loc_spans.back().begin) == "from") {
    return true;
  }
  if (!from_word(LowerWordBefore(text, f.begin))) return false;
  for (std::string_view joint : {std::string_view(" to "), std::string_view(" hacia "), std::string_view(" a "),
                                 std::string_view(" vers "), std::string_view(" - "), std::string_view(" \xE2\x80\x93 ")}) {
    if (text.compare(f.end, joint.size(), joint) == 0) {
      return std::binary_search(loc_begins.begin(), loc_begins.end(), f.end + joint.size());
    }
  }
  return false;
}

}  // namespace

namespace place_internal {

void ReadWeakPlaces(std::string_view text, std::vector<Finding>* findings, const std::vector<size_t>& order) {
  bool any_weak = false;
  for (const Finding& f : *findings) any_weak |= f.kind == Kind::kPerson && f.confidence < kWeakPerson;
  if (!any_weak) return;
  std::vector<size_t> loc_begins, loc_ends;  // of LOC readings (ends: so far, in order)
  std::vector<Span> loc_spans;               // the LOC readings so far, in order
  for (const Finding& f : *findings) {
    if (f.kind == Kind::kLoc) loc_begins.push_back(f.begin);
  }
  std::sort(loc_begins.begin(), loc_begins.end());
  std::vector<size_t> person_ends;  // of PERSON readings of kWeakPerson or more
  for (const Finding& f : *findings) {
    if (f.kind == Kind::kPerson && f.confidence >= kWeakPerson) person_ends.push_back(f.end);
  }
  std::sort(person_ends.begin(), person_ends.end());
  std::vector<std::string_view> made_places;  // texts of weak PERSON readings read here as places
  for (size_t i : order) {
    Finding& f = (*findings)[i];
    const bool was_weak_person = f.kind == Kind::kPerson && f.confidence < kWeakPerson;
    if (was_weak_person && f.end <= text.size() && f.begin < f.end) {
      bool place = false;
      const std::string_view span = text.substr(f.begin, f.size());
      if (span.find(' ') == std::string_view::npos && !PossessiveAt(text, f.end)) {
        const std::string_view before = LowerWordBefore(text, f.begin);
        place = OneOf(kLocatives, before);
        // "jusqu'à Kavimvira": "as far as".
        if (!place && before == "\xC3\xA0") place = JusquABefore(text, f.begin);
        // "résidant à Tin-Adjar", "parti à Anderamboukane", "Issoufou à
        // Akokan": "à" after a word of living, staying or going, or after a
        // person's name, says where (not "dit à Moussa").
        if (!place && before == "\xC3\xA0" && f.begin >= 5) {
          place = OneOf(kWhereAfter, LowerWordBefore(text, f.begin - 3)) ||
                  std::binary_search(person_ends.begin(), person_ends.end(), f.begin - 4);
        }
        // "près de Foubé", "cerca de Tibú", "perto de Pemba": "near" in French,
        // Spanish and Portuguese; "originaire de Tin-Adjar", "oriunda de
        // Puerto Nariño": "from".
        if (!place && before == "de" && f.begin >= 4) {
          static constexpr std::string_view kNear[] = {"afueras", "alrededores", "cerca", "environs", "lejos",
                                                       "loin", "perto", "pr\xC3\xA8s"};
          const std::string_view word = LowerWordBefore(text, f.begin - 3);
          place = OneOf(kNear, word) || OneOf(kComingFrom, word);
        }
      }
      // "originaire de Tin-Adjar" read with its "de".
      if (!place && span.size() > 4 && span.starts_with("de ") && span.find(' ', 3) == std::string_view::npos &&
          link_internal::IsCapitalByte(span[3]) && !PossessiveAt(text, f.end)) {
        place = OneOf(kComingFrom, LowerWordBefore(text, f.begin));
      }
      // "llegaron a La Parada", "regresó a Pamplona": up to three words after
      // "a" and a Spanish or Portuguese verb of arriving (LowerNameInto
      // writes "ó" as it stands).
      if (!place && f.begin >= 4 && text.compare(f.begin - 3, 3, " a ") == 0 &&
          std::count(span.begin(), span.end(), ' ') <= 2 && !PossessiveAt(text, f.end)) {
        place = OneOf(kArrivingBeforeA, LowerWordBefore(text, f.begin - 2));
      }
      // "Pont-Sondé", "Port-Salut", "Morne-Rouge": one word that opens with a
      // French word for a kind of place and a hyphen.
      if (!place && span.find(' ') == std::string_view::npos) {
        static constexpr std::string_view kHyphenedPlaceHeads[] = {"Bourg-", "Cap-", "Fond-", "Fort-", "Morne-",
                                                                   "Mont-", "Pont-", "Port-", "Ville-"};
        place = std::any_of(std::begin(kHyphenedPlaceHeads), std::end(kHyphenedPlaceHeads),
                            [&](std::string_view h) { return span.size() > h.size() + 2 && span.starts_with(h); });
      }
      if (!place) {
        const size_t before = ListSeparatorBefore(text, f.begin);
        place = before != std::string_view::npos && std::find(loc_ends.begin(), loc_ends.end(), before) != loc_ends.end();
        // "between Taiz city and Aden": the item before is a capitalised
        // name and a word for a place.
        if (!place && before != std::string_view::npos && span.find(' ') == std::string_view::npos) {
          const std::string_view area = LowerWordBefore(text, before + 1);
          size_t area_begin = before - area.size();
          // "Jeddah 5 camp and Qayyarah": a number between.
          if (!area.empty() && area_begin >= 3 && text[area_begin - 1] == ' ' && IsDigitByte(text[area_begin - 2])) {
            size_t q = area_begin - 1;
            while (q > 0 && IsDigitByte(text[q - 1])) --q;
            area_begin = q;
          }
          const std::string_view name = link_internal::WordBefore(text, area_begin);
          place = OneOf(kAdministrativeWords, area) && !name.empty() && name[0] >= 'A' && name[0] <= 'Z';
        }
      }
      // "Mosul (Nineveh)": one word in parentheses right after a place.
      if (!place && f.begin >= 3 && text[f.begin - 1] == '(' && text[f.begin - 2] == ' ' && f.end < text.size() &&
          text[f.end] == ')' && span.find(' ') == std::string_view::npos) {
        place = std::find(loc_ends.begin(), loc_ends.end(), f.begin - 2) != loc_ends.end();
      }
      if (!place) {
        const size_t after = ListSeparatorAfter(text, f.end);
        place = after != std::string_view::npos && std::binary_search(loc_begins.begin(), loc_begins.end(), after);
      }
      if (!place) place = RouteLeg(text, f, loc_begins, loc_spans);
      if (place) {
        f.kind = Kind::kLoc;
        f.subkind = {};
      }
    }
    if (f.kind == Kind::kLoc) {
      loc_ends.push_back(f.end);
      loc_spans.push_back(Span{f.begin, f.end});
    }
    if (f.kind == Kind::kLoc && was_weak_person) made_places.push_back(text.substr(f.begin, f.size()));
  }
  // The other weak PERSON readings of a text read so as a place are that
  // place ("à Gao par le même axe" beside "axe Gao – Ansongo").
  if (made_places.empty()) return;
  std::sort(made_places.begin(), made_places.end());
  for (Finding& f : *findings) {
    if (f.kind == Kind::kPerson && f.confidence < kWeakPerson && f.end <= text.size() && f.begin < f.end &&
        std::binary_search(made_places.begin(), made_places.end(), text.substr(f.begin, f.size()))) {
      f.kind = Kind::kLoc;
      f.subkind = {};
    }
  }
}

}  // namespace place_internal

}  // namespace tearline

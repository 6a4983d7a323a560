// Readings cut before they are relabelled: tagger readings at a table's
// bars, at spaced dashes and at a French, Spanish or Portuguese preposition
// of place; and the values of place fields, read as context and removed.
// Contracts in place_internal.h.
#include <algorithm>
#include <cstddef>
#include <iterator>
#include <string_view>
#include <utility>
#include <vector>

#include "link_words.h"
#include "place_internal.h"
#include "place_names.h"
#include "tearline/resolve.h"

namespace tearline {
namespace {

using link_internal::OneOf;
using link_internal::HoldsOneAsWords;
using link_internal::LowerWordBefore;

// Where " y ", " et " or " e " (the Spanish, French and Portuguese "and")
// joins two capitalised words in span, or npos.
size_t ConjunctionInside(std::string_view span) {
  for (std::string_view joint : {std::string_view(" y "), std::string_view(" et "), std::string_view(" e ")}) {
    const size_t at = span.find(joint);
    if (at != std::string_view::npos && at > 0 && at + joint.size() < span.size() &&
        link_internal::IsCapitalByte(span[at + joint.size()]) && link_internal::IsCapitalByte(span[0])) {
      return at;
    }
  }
  return std::string_view::npos;
}

// Lower-case French, Spanish and Portuguese prepositions of place and
// movement, between spaces.
constexpr std::string_view kRomanceLocatives[] = {" \xC3\xA0 ", " en ",   " em ",   " hasta ",
                                                  " desde ",     " hacia ", " vers ", " depuis "};

// Replaces each tagger reading that `cut` cuts by its pieces, each a
// reading of its own with the reading's confidence. cut(f, span, &pieces)
// returns whether it cuts the reading's text `span`, and adds the pieces'
// offsets into span; empty pieces are dropped.
template <class Cut>
void ReplaceReadingsByPieces(std::string_view text, std::vector<Finding>* findings, Cut cut) {
  std::vector<Finding> pieces;
  std::vector<std::pair<size_t, size_t>> offsets;
  for (Finding& f : *findings) {
    if (f.detector != "tagger" || f.end > text.size() || f.begin >= f.end) continue;
    offsets.clear();
    if (!cut(f, text.substr(f.begin, f.size()), &offsets)) continue;
    for (const auto& [b, e] : offsets) {
      if (b == e) continue;
      Finding x = f;
      x.begin = f.begin + b;
      x.end = f.begin + e;
      pieces.push_back(x);
    }
    f.end = f.begin;  // replaced by its pieces
  }
  if (pieces.empty()) return;
  std::erase_if(*findings, [](const Finding& f) { return f.begin == f.end; });
  findings->insert(findings->end(), pieces.begin(), pieces.end());
}

}  // namespace

namespace place_internal {

void ReadPlaceFields(std::string_view text, std::vector<Finding>* findings) {
  const auto is_field = [](const Finding& f) {
    return f.kind == Kind::kLoc && f.subkind == "FIELD" && f.detector == "fields";
  };
  std::vector<Span> fields;
  for (const Finding& f : *findings) {
    if (is_field(f)) fields.push_back(Span{f.begin, f.end});
  }
  if (fields.empty()) return;
  // The values and their parts: the words before, between and inside
  // parentheses, commas and slashes ("Wendou" and "Secteur 5" of "Wendou
  // (Secteur 5)"), each opening with a capital.
  std::vector<std::string_view> parts;
  for (const Span& field : fields) {
    if (field.end > text.size()) continue;
    const std::string_view value = text.substr(field.begin, field.end - field.begin);
    for (size_t p = 0; p < value.size();) {
      size_t e = value.find_first_of("(),/;", p);
      if (e == std::string_view::npos) e = value.size();
      std::string_view part = value.substr(p, e - p);
      while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
      while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
      if (part.size() >= 3 && link_internal::IsCapitalByte(part[0])) parts.push_back(part);
      p = e + 1;
    }
  }
  std::sort(parts.begin(), parts.end());
  parts.erase(std::unique(parts.begin(), parts.end()), parts.end());
  std::erase_if(*findings, is_field);
  std::sort(fields.begin(), fields.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
  // A tagger's reading that runs across gaps of two spaces or more between
  // cells of a table, one of them a field's value ("Nyamlel      Hai Matar"
  // over two cells of a fixed-width table, "Abuk Ayii          Warawar"
  // after a caregiver's name), is cut at the gaps: the part in a place
  // field is read with it below, the others stay readings of their own.
  {
    std::vector<Span> cells = fields;
    for (const Finding& f : *findings) {
      if (f.kind == Kind::kPerson && f.detector == "fields") cells.push_back(Span{f.begin, f.end});
    }
    std::sort(cells.begin(), cells.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
    const auto in_cell = [&](size_t b, size_t e) {
      auto it = std::upper_bound(cells.begin(), cells.end(), b, [](size_t p, const Span& c) { return p < c.begin; });
      return it != cells.begin() && e <= std::prev(it)->end;
    };
    std::vector<Finding> parts_of_readings;
    for (Finding& f : *findings) {
      if (f.kind != Kind::kPerson || f.detector != "tagger" || f.end > text.size()) continue;
      if (text.substr(f.begin, f.size()).find("  ") == std::string_view::npos) continue;
      std::vector<Span> pieces;
      for (size_t p = f.begin; p < f.end;) {
        size_t e = p;
        while (e < f.end && !(text[e] == ' ' && e + 1 < f.end && text[e + 1] == ' ')) ++e;
        pieces.push_back(Span{p, e});
        while (e < f.end && text[e] == ' ') ++e;
        p = e;
      }
      if (std::none_of(pieces.begin(), pieces.end(), [&](const Span& s) { return in_cell(s.begin, s.end); })) continue;
      // A piece with a digit is a code's cell ("AWL-0310  ATAK, Garang"):
      // no one's name.
      const auto has_digit = [&](const Span& p) {
        return std::any_of(text.begin() + p.begin, text.begin() + p.end, [](char c) { return c >= '0' && c <= '9'; });
      };
      std::erase_if(pieces, has_digit);
      if (pieces.empty()) {
        f.end = f.begin;  // dropped below
        continue;
      }
      f.begin = pieces[0].begin;
      for (size_t k = 1; k < pieces.size(); ++k) {
        Finding piece = f;
        piece.begin = pieces[k].begin;
        piece.end = pieces[k].end;
        parts_of_readings.push_back(piece);
      }
      f.end = pieces[0].end;
    }
    std::erase_if(*findings, [](const Finding& f) { return f.begin == f.end; });
    findings->insert(findings->end(), parts_of_readings.begin(), parts_of_readings.end());
  }
  std::vector<std::string_view> places;  // texts of the readings relabelled inside fields
  for (Finding& f : *findings) {
    if (f.kind != Kind::kPerson || f.detector == "fields" || f.end > text.size()) continue;
    // The last field starting at or before f (fields are lines' or cells'
    // values: they do not overlap).
    auto it = std::upper_bound(fields.begin(), fields.end(), f.begin,
                               [](size_t b, const Span& s) { return b < s.begin; });
    if (it != fields.begin() && f.end <= std::prev(it)->end) {
      f.kind = Kind::kLoc;
      f.subkind = {};
      places.push_back(text.substr(f.begin, f.size()));
    }
  }
  std::sort(places.begin(), places.end());
  places.erase(std::unique(places.begin(), places.end()), places.end());
  // Whether the weak reading `span` holds one of `names` as whole words
  // ("UNHCR Goris" at 0.49, "de Koza" beside a cell "Koza" of a column of
  // places).
  const auto holds = [](std::string_view span, const std::vector<std::string_view>& names) {
    return HoldsOneAsWords(span, names);  // both lists are sorted
  };
  // The tagger's readings elsewhere of a text relabelled inside a field; its
  // weak readings that hold one or a part of a value, or that are one ("peuls
  // de Wendou", "à Mozogo" beside a cell "Mozogo" of a column of places).
  for (Finding& f : *findings) {
    if (f.kind != Kind::kPerson || f.detector != "tagger" || f.end > text.size()) continue;
    const std::string_view span = text.substr(f.begin, f.size());
    const bool weak = f.confidence < link_internal::kWeakPerson;
    if (std::binary_search(places.begin(), places.end(), span) ||
        (weak && (holds(span, places) || holds(span, parts)))) {
      f.kind = Kind::kLoc;
      f.subkind = {};
    }
  }
}

void SplitPersonsAtLocatives(std::string_view text, std::vector<Finding>* findings) {
  std::vector<Finding> places;
  for (Finding& f : *findings) {
    if (f.kind != Kind::kPerson || f.detector != "tagger" || f.end > text.size() || f.begin >= f.end) continue;
    const std::string_view span = text.substr(f.begin, f.size());
    // "hacia Acandí y Capurganá", "entre Ouro-Kéllé et Dangatène": after a
    // locative, a reading over the Spanish, French or Portuguese "and" is two
    // places.
    if (const size_t joint = ConjunctionInside(span); joint != std::string_view::npos) {
      const std::string_view before = LowerWordBefore(text, f.begin);
      if (OneOf(kLocatives, before) || before == "entre" || before == "between" || before == "hasta") {
        const size_t second = span.find(' ', joint + 1) + 1;
        places.push_back(Finding{f.begin + second, f.end, Kind::kLoc, "", f.confidence, f.detector});
        f.kind = Kind::kLoc;
        f.subkind = {};
        f.end = f.begin + joint;
        continue;
      }
    }
    // A reading that opens with one ("en Kennedy") is all place.
    bool opens_with_locative = false;
    for (std::string_view locative : kRomanceLocatives) {
      // Not "à": "parlé à Marie" may open a person's reading.
      if (locative == " \xC3\xA0 ") continue;
      const std::string_view word = locative.substr(1);  // without the leading space
      // Also capitalised, opening a sentence or a message ("En Filo Gringo dicen").
      const bool opens = span.size() > word.size() &&
                         (span.starts_with(word) ||
                          (span[0] == word[0] - 'a' + 'A' && span.substr(1).starts_with(word.substr(1))));
      if (opens && link_internal::IsCapitalByte(span[word.size()])) {
        f.kind = Kind::kLoc;
        f.subkind = {};
        f.begin += word.size();
        opens_with_locative = true;
        break;
      }
    }
    if (opens_with_locative) continue;
    // A word for a town's quarter or a village in small letters ("barrio
    // Kennedy", "colonia López Arellano", "quartier Sabon Gari"), or a unit
    // of a district ("Tehsil Pano Aqil"): a place.
    static constexpr std::string_view kQuarterWords[] = {"aldea ", "bairro ", "barrio ", "colonia ", "comuna ",
                                                         "quartier ", "vereda ", "Tehsil ", "Taluka "};
    if (std::any_of(std::begin(kQuarterWords), std::end(kQuarterWords), [&](std::string_view w) {
          return span.size() > w.size() && span.starts_with(w) && link_internal::IsCapitalByte(span[w.size()]);
        })) {
      f.kind = Kind::kLoc;
      f.subkind = {};
      f.begin += span.find(' ') + 1;
      continue;
    }
    // "la cancha del Kennedy": no name opens with the Spanish "del"; the
    // reading is what follows it.
    if (span.size() > 4 && span.starts_with("del ") && link_internal::IsCapitalByte(span[4])) {
      f.begin += 4;
      continue;
    }
    for (std::string_view locative : kRomanceLocatives) {
      const size_t at = span.find(locative);
      if (at == std::string_view::npos || at == 0) continue;
      const size_t place = f.begin + at + locative.size();
      if (place >= f.end || !link_internal::IsCapitalByte(text[place])) continue;
      places.push_back(Finding{place, f.end, Kind::kLoc, "", f.confidence, f.detector});
      f.end = f.begin + at;
      break;
    }
  }
  findings->insert(findings->end(), places.begin(), places.end());
}

void SplitReadingsAtSpacedDashes(std::string_view text, std::vector<Finding>* findings) {
  static constexpr std::string_view kDashes[] = {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "};
  ReplaceReadingsByPieces(text, findings, [](const Finding& f, std::string_view span, auto* pieces) {
    if (f.kind != Kind::kPerson) return false;
    size_t p = 0;
    for (;;) {
      size_t at = std::string_view::npos, len = 0;  // the nearest dash from p
      for (std::string_view dash : kDashes) {
        if (const size_t d = span.find(dash, p); d < at) {
          at = d;
          len = dash.size();
        }
      }
      if (at == std::string_view::npos) break;
      pieces->push_back({p, at});
      p = at + len;
    }
    if (pieces->empty()) return false;
    pieces->push_back({p, span.size()});
    return true;
  });
}

void SplitReadingsAtBars(std::string_view text, std::vector<Finding>* findings) {
  ReplaceReadingsByPieces(text, findings, [](const Finding&, std::string_view span, auto* pieces) {
    if (span.find('|') == std::string_view::npos) return false;
    for (size_t p = 0; p <= span.size();) {
      size_t bar = span.find('|', p);
      if (bar == std::string_view::npos) bar = span.size();
      size_t b = p, e = bar;
      while (b < e && (span[b] == ' ' || span[b] == '\t')) ++b;
      while (e > b && (span[e - 1] == ' ' || span[e - 1] == '\t')) --e;
      pieces->push_back({b, e});
      p = bar + 1;
    }
    return true;
  });
}

}  // namespace place_internal

}  // namespace tearline

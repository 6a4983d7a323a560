// PERSON readings that name a place or an organisation by their last word
// ("Sheikh Lotfollah Mosque", "Andy Warhol Foundation"), and LOC readings
// that name a person ("Pedro de la Cruz"). Contracts in tearline/resolve.h
// (PlaceOrOrganisationNamed, PersonReadAsPlace). ReadPlacesAndPersons runs
// the passes of the place_*.cc files (place_internal.h) in order, with those
// kept here: family names, speakers and listed groups read as organisations,
// names read by a name rule, countries.
#include <algorithm>
#include <array>
#include <cstddef>
#include <iterator>
#include <limits>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "common_words.h"
#include "known_places.h"
#include "link_words.h"
#include "patronyms.h"
#include "place_internal.h"
#include "place_names.h"
#include "tearline/file.h"
#include "tearline/resolve.h"

namespace tearline {
namespace {

using link_internal::OneOf;
using place_internal::kIberianGivenNames;
using place_internal::HasPlaceWord;
using place_internal::PlaceByContext;
using place_internal::PlaceFirstWordBefore;
using place_internal::ConjunctPlaceEnd;
using place_internal::ClosesLocativeList;
using place_internal::SpokenLanguage;
using place_internal::ReadLanguagesNamedElsewhere;
using place_internal::ReadPlacesDefinedSo;
using place_internal::ReadPlacesNamedElsewhere;
using place_internal::ReadPlacesInOtherScripts;
using place_internal::ReadTownsPlacedTwice;
using place_internal::ReadWeakPersonsPlacedElsewhere;
using place_internal::ReadWeakPlaces;
using place_internal::ReadPlaceFields;
using place_internal::SplitPersonsAtLocatives;
using place_internal::SplitReadingsAtSpacedDashes;
using place_internal::SplitReadingsAtBars;

// Head words, lower case, sorted, with the kind of what they head (an
// event, "World Cup", "Prince Series", is read as an organisation). Heads
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
    {"championship", Kind::kOrg}, {"championships", Kind::kOrg}, {"checkpoint", Kind::kLoc},
    {"church", Kind::kLoc, 3}, {"clinic", Kind::kLoc}, {"club", Kind::kOrg}, {"college", Kind::kOrg},
    {"commission", Kind::kOrg}, {"committee", Kind::kOrg}, {"company", Kind::kOrg}, {"corporation", Kind::kOrg},
    {"council", Kind::kOrg}, {"court", Kind::kOrg, 3}, {"cup", Kind::kOrg}, {"cups", Kind::kOrg},
    {"department", Kind::kOrg}, {"district", Kind::kLoc}, {"embassy", Kind::kLoc}, {"expressway", Kind::kLoc},
    {"factory", Kind::kOrg}, {"federation", Kind::kOrg}, {"foundation", Kind::kOrg}, {"freeway", Kind::kLoc},
    {"fund", Kind::kOrg}, {"gallery", Kind::kLoc}, {"games", Kind::kOrg}, {"gmbh", Kind::kOrg},
    {"hall", Kind::kLoc, 3}, {"highway", Kind::kLoc}, {"hospital", Kind::kLoc}, {"hotel", Kind::kLoc},
    {"inc", Kind::kOrg}, {"institute", Kind::kOrg}, {"lane", Kind::kLoc, 3}, {"library", Kind::kLoc},
    {"llc", Kind::kOrg}, {"ltd", Kind::kOrg}, {"madrasa", Kind::kLoc}, {"madrassa", Kind::kLoc},
    {"mahalla", Kind::kLoc}, {"masjid", Kind::kLoc}, {"mausoleum", Kind::kLoc}, {"memorial", Kind::kLoc},
    {"ministry", Kind::kOrg}, {"minster", Kind::kLoc}, {"monument", Kind::kLoc}, {"mosque", Kind::kLoc},
    {"museum", Kind::kLoc}, {"office", Kind::kOrg}, {"olympics", Kind::kOrg}, {"palace", Kind::kLoc},
    {"paralympics", Kind::kOrg}, {"park", Kind::kLoc, 3}, {"parkway", Kind::kLoc}, {"plc", Kind::kOrg},
    {"prison", Kind::kLoc}, {"province", Kind::kLoc}, {"road", Kind::kLoc, 3}, {"school", Kind::kOrg},
    {"series", Kind::kOrg}, {"shrine", Kind::kLoc}, {"society", Kind::kOrg}, {"square", Kind::kLoc},
    {"stadium", Kind::kLoc}, {"station", Kind::kLoc}, {"street", Kind::kLoc, 3}, {"theater", Kind::kLoc},
    {"theatre", Kind::kLoc}, {"tomb", Kind::kLoc}, {"tournament", Kind::kOrg}, {"trophy", Kind::kOrg},
    {"turnpike", Kind::kLoc}, {"university", Kind::kOrg}, {"village", Kind::kLoc},
};
static_assert(std::is_sorted(std::begin(kHeads), std::end(kHeads),
                             [](const Head& a, const Head& b) { return a.word < b.word; }));

// Particles of family names after a given name ("Pedro de la Cruz", "Joao
// da Costa", "Carlos del Valle"); the second one only after the first.
constexpr std::string_view kFirstParticles[] = {"da", "das", "de", "del", "della", "di", "do", "dos", "du"};
constexpr std::string_view kSecondParticles[] = {"la", "las", "los"};

// "the Karimi family" names persons nearly always, however weakly the
// tagger read "Karimi" as an organisation: as sure as a joined patronym.
constexpr float kFamilyNameConfidence = 0.6f;

// Whether the ORG or LOC reading f (not a listed organisation's) is one or
// two capitalised words before " family", " families" or " household": a
// family's name ("the Karimi family"), read by the tagger as an organisation; or a family's name in the
// plural after "the" shortly after a family noun ("a Roma family, the
// Horvaths").
bool FamilyNamed(std::string_view text, const Finding& f) {
  if ((f.kind != Kind::kOrg && f.kind != Kind::kLoc) || f.end > text.size() || f.begin >= f.end) return false;
  // A listed organisation's name is no family's ("ICRC family links").
  if (IsListedOrganisation(f)) return false;
  if (!link_internal::IsCapitalByte(text[f.begin])) return false;
  const std::string_view span = text.substr(f.begin, f.size());
  if (std::count(span.begin(), span.end(), ' ') > 1) return false;
  for (size_t i = 0; i < span.size(); ++i) {
    if (span[i] >= '0' && span[i] <= '9') return false;
    if (span[i] == ' ' && (i + 1 >= span.size() || !link_internal::IsCapitalByte(span[i + 1]))) return false;
  }
  bool before_family_noun = false;
  for (std::string_view after : {std::string_view(" family"), std::string_view(" families"),
                                 std::string_view(" household"), std::string_view(" couple")}) {
    if (text.compare(f.end, after.size(), after) == 0 &&
        (f.end + after.size() == text.size() || !IsWordByte(text[f.end + after.size()]))) {
      before_family_noun = true;
      break;
    }
  }
  // "a Roma family, the Horvaths,": a family's name in the plural after
  // "the", a family noun shortly before it on the line, the name without
  // its "s" a word of the name lexicons and no place of the gazetteers.
  if (!before_family_noun && span.size() >= 5 && span.back() == 's' && span.find(' ') == std::string_view::npos &&
      f.begin >= 4 && text.compare(f.begin - 4, 4, "the ") == 0) {
    const std::string_view name = span.substr(0, span.size() - 1);
    const size_t from = f.begin >= 34 ? f.begin - 34 : 0;
    const std::string_view before = text.substr(from, f.begin - from);
    const size_t family = before.rfind("famil");
    if (family != std::string_view::npos && before.find('\n', family) == std::string_view::npos &&
        link_internal::IsNameWord(name) && !link_internal::IsGazetteerPlace(name) &&
        !link_internal::IsGazetteerPlace(span)) {
      return true;
    }
  }
  if (!before_family_noun) return false;
  // "the Karimi Foundation family": the name of an organisation.
  Finding as_person = f;
  as_person.kind = Kind::kPerson;
  return !PlaceOrOrganisationNamed(text, as_person);
}

// A speaker of a quotation (PERSON, subkind SPEAKER) whose exact span
// another reading takes as an organisation at 0.7 or more is that
// organisation ('," Microsoft says').
constexpr float kSurelyOrganisation = 0.7f;
void ReadSpeakingOrganisations(std::vector<Finding>* findings) {
  bool any = false;
  for (const Finding& f : *findings) any |= f.kind == Kind::kPerson && f.subkind == "SPEAKER";
  if (!any) return;
  std::vector<std::pair<size_t, size_t>> organisations;
  for (const Finding& f : *findings) {
    if (f.kind == Kind::kOrg && f.confidence >= kSurelyOrganisation) organisations.emplace_back(f.begin, f.end);
  }
  std::sort(organisations.begin(), organisations.end());
  for (Finding& f : *findings) {
    if (f.kind == Kind::kPerson && f.subkind == "SPEAKER" &&
        std::binary_search(organisations.begin(), organisations.end(), std::make_pair(f.begin, f.end))) {
      f.kind = Kind::kOrg;
      f.subkind = {};
    }
  }
}

// A tagger's LOC or ORG reading of exactly the words that a name rule reads
// as a person is that person's: the author of a citation ("(Morgan-Short et
// al., 2018)", "(Kirriemuir & McFarlane, 2004)"), a titled name ("Sheikh
// Bahai"), a romanized East Asian name ("Yau Wai-ching"). The rule reads
// the structure around the words, the tagger the words alone; the reading
// keeps the tagger's confidence, so that a policy acting on persons from
// that confidence hides the name as it hid the place.
void ReadRuleNamesOverTaggerReadings(std::vector<Finding>* findings) {
  const auto by_name_rule = [](const Finding& f) {
    return f.kind == Kind::kPerson &&
           (f.detector == "citations" || f.detector == "titles" || f.detector == "eastasian");
  };
  std::vector<std::pair<size_t, size_t>> names;
  for (const Finding& f : *findings) {
    if (by_name_rule(f)) names.emplace_back(f.begin, f.end);
  }
  if (names.empty()) return;
  std::sort(names.begin(), names.end());
  for (Finding& f : *findings) {
    if ((f.kind == Kind::kLoc || f.kind == Kind::kOrg) && f.detector == "tagger" &&
        std::binary_search(names.begin(), names.end(), std::make_pair(f.begin, f.end))) {
      f.kind = Kind::kPerson;
      f.subkind = {};
    }
  }
}

// A PERSON or LOC reading inside a listed organisation's name
// (IsListedOrganisation: org_groups.txt, org_names.txt) is that organisation
// ("Hezbollah", "Ansar Dine", "Mohammed" of "Jaish-e-Mohammed", "Médecins Sans
// Frontières"): the threat's name, or the agency's, is what the recipient needs. Not where the document
// uses the group's text as part of a longer person's name ("Hamas Ali"):
// there the group's text is a name word, and no reading of it changes.
void ReadListedGroups(std::string_view text, std::vector<Finding>* findings) {
  std::vector<std::pair<size_t, size_t>> groups;
  for (const Finding& f : *findings) {
    if (IsListedOrganisation(f) && f.end <= text.size()) groups.emplace_back(f.begin, f.end);
  }
  if (groups.empty()) return;
  std::vector<std::string_view> name_words;  // group texts inside a longer person's name
  for (const Finding& p : *findings) {
    if (p.kind != Kind::kPerson) continue;
    for (const auto& [b, e] : groups) {
      if (p.begin <= b && e <= p.end && e - b < p.end - p.begin) name_words.push_back(text.substr(b, e - b));
    }
  }
  std::sort(groups.begin(), groups.end());
  for (Finding& f : *findings) {
    if (f.kind != Kind::kPerson && f.kind != Kind::kLoc) continue;
    // The last group starting at or before f is the only one that can hold it
    // unless groups nest; listed names do not overlap once matched.
    auto it = std::upper_bound(groups.begin(), groups.end(), std::make_pair(f.begin, std::numeric_limits<size_t>::max()));
    if (it == groups.begin()) continue;
    --it;
    if (f.end > it->second) continue;
    const std::string_view group = text.substr(it->first, it->second - it->first);
    if (std::find(name_words.begin(), name_words.end(), group) != name_words.end()) continue;
    f.kind = Kind::kOrg;
    f.subkind = {};
  }
}

// Whether [b, e) of text follows "according to " (any case, after no letter)
// and ends a clause (',', ';', '.', ':', a line's end or the text's), holding
// one or two words that start with a capital: a source, a person nearly
// always ("According to Nasir, the convoy ..."; not "according to Kabul
// police").
bool SourceAfterAccordingTo(std::string_view text, size_t b, size_t e) {
  constexpr std::string_view kCue = "according to ";
  if (b < kCue.size() || (b > kCue.size() && link_internal::IsWordByte(text[b - kCue.size() - 1]))) return false;
  for (size_t i = 0; i < kCue.size(); ++i) {
    if (link_internal::LowerAsciiByte(text[b - kCue.size() + i]) != kCue[i]) return false;
  }
  if (e < text.size() && std::string_view(",;.:\n\r").find(text[e]) == std::string_view::npos) return false;
  const std::string_view span = text.substr(b, e - b);
  const size_t space = span.find(' ');
  if (space != std::string_view::npos &&
      (span.find(' ', space + 1) != std::string_view::npos || space + 1 >= span.size() ||
       !link_internal::IsCapitalByte(span[space + 1]))) {
    return false;
  }
  return link_internal::IsCapitalByte(span[0]);
}

// The word of ASCII letters right before text[b], across one space and an
// optional period ("Mr" of "Mr. Sweden", "Dr" of "Dr Sweden"); empty when
// none is there.
std::string_view TitleCandidateBefore(std::string_view text, size_t b) {
  if (b < 2 || b > text.size() || text[b - 1] != ' ') return {};
  size_t e = b - 1;
  if (text[e - 1] == '.') --e;
  size_t w = e;
  while (w > 0 && ((text[w - 1] >= 'a' && text[w - 1] <= 'z') || (text[w - 1] >= 'A' && text[w - 1] <= 'Z'))) --w;
  if (w > 0 && IsWordByte(text[w - 1])) return {};
  return text.substr(w, e - w);
}

// A tagger's PERSON reading of exactly a country's name (IsCountryName:
// "Sweden", not "Jordan") is that country, however sure ("Sweden faced
// South Korea"), unless a personal title stands before it ("Mr Sweden") or
// another PERSON reading anywhere holds the word: a longer one ("Sweden
// Okello") or one of another detector.
void ReadCountries(std::string_view text, std::vector<Finding>* findings) {
  const auto exact = [&](const Finding& f) {
    return f.kind == Kind::kPerson && f.detector == "tagger" && f.end <= text.size() && f.begin < f.end &&
           link_internal::IsCountryName(text.substr(f.begin, f.size()));
  };
  if (std::none_of(findings->begin(), findings->end(), exact)) return;
  std::vector<std::string_view> held;  // countries' words that other PERSON readings hold
  for (const Finding& f : *findings) {
    if (f.kind != Kind::kPerson || f.end > text.size() || f.begin >= f.end || exact(f)) continue;
    const std::string_view span = text.substr(f.begin, f.size());
    link_internal::ForEachWord(span, /*join_inner=*/false, [&](size_t b, size_t e) {
      if (link_internal::IsCountryName(span.substr(b, e - b))) held.push_back(span.substr(b, e - b));
    });
  }
  for (Finding& f : *findings) {
    if (!exact(f)) continue;
    const std::string_view span = text.substr(f.begin, f.size());
    if (std::find(held.begin(), held.end(), span) != held.end()) continue;
    const std::string_view before = TitleCandidateBefore(text, f.begin);
    if (!before.empty() && link_internal::IsTitleWord(before)) continue;
    f.kind = Kind::kLoc;
    f.subkind = {};
  }
}

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
  // "Martuni School No" (of "Martuni School No. 2"): the number's word is
  // not the last word of the name.
  if (count >= 3) {
    const std::string_view tail = span.substr(words[count - 1].b, words[count - 1].e - words[count - 1].b);
    if (tail == "No" || tail == "Nr" || tail == "NO") --count;
  }
  if (count < 2) return std::nullopt;
  // A word lower-cased; empty when longer than 12 bytes (no title or head is).
  std::array<char, 12> buf;
  auto lower = [&](const Word& w) { return link_internal::LowerAsciiInto(span.substr(w.b, w.e - w.b), buf); };
  if (span[0] >= 'A' && span[0] <= 'Z' &&
      link_internal::IsPlacePrefix(span.substr(words[0].b, words[0].e - words[0].b))) {
    return Kind::kLoc;
  }
  // "la Col. Independencia", "Col. Las Cumbres": a Mexican colonia (a
  // neighbourhood) after the Spanish article or before one, not a colonel.
  if (span.starts_with("Col. ")) {
    const std::string_view second = span.substr(words[1].b, words[1].e - words[1].b);
    const bool article_after = OneOf(std::array<std::string_view, 5>{"Del", "El", "La", "Las", "Los"}, second);
    const bool article_before = f.begin >= 3 && text.compare(f.begin - 3, 3, "la ") == 0 &&
                                (f.begin == 3 || !IsWordByte(text[f.begin - 4]));
    if (article_after || article_before) return Kind::kLoc;
  }
  // "Mr Stuart Hall": after a personal title, a head that is also a surname
  // names the person.
  constexpr std::string_view kTitles[] = {"dame", "dr", "lady", "lord", "miss", "mr", "mrs", "ms", "mx", "prof", "sir"};
  const std::string_view first = lower(words[0]);
  const bool titled = !first.empty() && OneOf(kTitles, first);
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
  if (SourceAfterAccordingTo(text, f.begin, f.end)) return true;
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
  // One or two given names, one or two particles, then a capitalised word.
  size_t k = 0;
  if (count < 3 || !given(words[k])) return false;
  ++k;
  if (given(words[k])) ++k;
  if (k >= count || !OneOf(kFirstParticles, words[k])) return false;
  ++k;
  if (k < count && OneOf(kSecondParticles, words[k])) ++k;
  return k < count && !words[k].empty() && link_internal::IsCapitalByte(words[k][0]);
}

void ReadPlacesAndPersons(std::string_view text, std::vector<Finding>* findings) {
  SplitReadingsAtBars(text, findings);
  SplitReadingsAtSpacedDashes(text, findings);
  SplitPersonsAtLocatives(text, findings);
  ReadPlaceFields(text, findings);
  ReadRuleNamesOverTaggerReadings(findings);
  std::vector<Span> places;  // PERSON readings that context makes places
  for (Finding& f : *findings) {
    if (std::optional<Kind> named = PlaceOrOrganisationNamed(text, f)) {
      f.kind = *named;
      f.subkind = {};
      // "Naseem" of "Hai Al Naseem": a name inside a place's name is the place's.
      if (*named == Kind::kLoc) places.push_back(Span{f.begin, f.end});
    } else if (PersonReadAsPlace(text, f)) {
      f.kind = Kind::kPerson;
      f.subkind = {};
    } else if (PlaceByContext(text, f)) {
      f.kind = Kind::kLoc;
      f.subkind = {};
      places.push_back(Span{f.begin, f.end});
    } else if (const size_t first = PlaceFirstWordBefore(text, f); first != std::string_view::npos) {
      f.begin = first;
      f.kind = Kind::kLoc;
      f.subkind = {};
      places.push_back(Span{f.begin, f.end});
    } else if (FamilyNamed(text, f)) {
      f.kind = Kind::kPerson;
      f.subkind = "FAMILY";
      f.confidence = std::max(f.confidence, kFamilyNameConfidence);
    }
  }
  // "in Deir ez-Zor and Tal Afar", "in Khan Younis and Khan Sheikhoun": a
  // conjunct of a place, with a place word, is a place too (in text order,
  // so that a list of places is read from its first).
  std::vector<size_t> order(findings->size());
  {
    // Sorted as (begin, index) pairs compared by begin alone: the same
    // comparisons and moves as sorting the indices by their findings' begin,
    // so the same order (ties too), without a load through each index.
    std::vector<std::pair<size_t, size_t>> by_begin(findings->size());
    for (size_t i = 0; i < by_begin.size(); ++i) by_begin[i] = {(*findings)[i].begin, i};
    std::sort(by_begin.begin(), by_begin.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (size_t k = 0; k < order.size(); ++k) order[k] = by_begin[k].second;
  }
  std::vector<size_t> place_ends;     // ends of LOC readings so far
  std::vector<size_t> language_ends;  // ends of languages so far
  for (size_t i : order) {
    Finding& f = (*findings)[i];
    if (f.kind == Kind::kPerson && SpokenLanguage(text, f, language_ends)) {
      f.kind = Kind::kDem;
      f.subkind = "LANGUAGE";
      language_ends.push_back(f.end);
      continue;
    }
    if (f.kind == Kind::kPerson && f.end <= text.size()) {
      const size_t before = ConjunctPlaceEnd(text, f.begin);
      // The place would be one of the last LOC readings before f.
      const size_t recent = std::min<size_t>(place_ends.size(), 8);
      const bool after_place = before != std::string_view::npos &&
                               std::find(place_ends.end() - recent, place_ends.end(), before) != place_ends.end();
      if ((after_place || ClosesLocativeList(text, f.begin)) && HasPlaceWord(text, f, /*conjunct=*/true)) {
        f.kind = Kind::kLoc;
        f.subkind = {};
        places.push_back(Span{f.begin, f.end});
      }
    }
    if (f.kind == Kind::kLoc) place_ends.push_back(f.end);
  }
  if (!language_ends.empty()) ReadLanguagesNamedElsewhere(text, findings);
  ReadPlacesDefinedSo(text, findings);
  ReadPlacesInOtherScripts(text, findings);
  link_internal::ReadWeakWords(text, findings);
  link_internal::ReadBirthDates(text, findings);
  ReadTownsPlacedTwice(text, findings);
  ReadCountries(text, findings);
  ReadPlacesNamedElsewhere(text, findings);
  ReadWeakPersonsPlacedElsewhere(text, findings);
  ReadWeakPlaces(text, findings, order);  // relabelling moves no finding: `order` holds
  ReadSpeakingOrganisations(findings);
  ReadListedGroups(text, findings);
  if (places.empty()) return;
  // "Kamal" of "in Abu Kamal": a PERSON reading inside such a place is the place.
  std::sort(places.begin(), places.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
  for (Finding& f : *findings) {
    if (f.kind != Kind::kPerson) continue;
    for (const Span& p : places) {
      if (p.begin > f.begin) break;
      if (f.end <= p.end) {
        f.kind = Kind::kLoc;
        f.subkind = {};
        break;
      }
    }
  }
}

}  // namespace tearline

// PERSON readings made places by how the same document reads their text
// elsewhere: defined as a place ("York is a city"), read more surely as a
// place, a town placed twice, a run of another script beside a place, a
// word placed after "la commune de". Contracts in place_internal.h.
#include <algorithm>
#include <array>
#include <cstddef>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "known_places.h"
#include "link_words.h"
#include "place_internal.h"
#include "place_names.h"
#include "tearline/file.h"
#include "tearline/quasi.h"

namespace tearline {
namespace {

using link_internal::OneOf;
using link_internal::HoldsAsWords;
using link_internal::ForEachWordStretch;
using link_internal::PossessiveAt;
using link_internal::LowerWordBefore;
using link_internal::IsKnownTown;
using link_internal::kWeakPerson;
using place_internal::kLocatives;
using place_internal::kWhereAfter;
using place_internal::PlaceByContext;
using place_internal::JusquABefore;

// Nouns for a place that a sentence defining one ends on: "York is an
// ancient cathedral city with", "Socotra is a perfect destination for".
constexpr std::string_view kDefiningPlaceNouns[] = {
    "archipelago", "borough",  "capital",  "city",        "commune",      "country",    "county",
    "destination", "district", "emirate",  "governorate", "hamlet",       "island",     "kingdom",
    "metropolis",  "municipality", "nation", "neighborhood", "neighbourhood", "oasis", "peninsula",
    "port",        "province", "region",   "republic",    "seaport",      "settlement", "state",
    "suburb",      "town",     "village"};

// What may follow such a noun in small letters: a preposition or a relative
// word ("a city that", "a town on the river"), not another noun ("a city
// council member", "a town elder", "the district commissioner").
constexpr std::string_view kAfterDefiningPlaceNoun[] = {
    "along", "at",   "by",     "famous", "for",   "from",      "in",    "known", "located", "lying",
    "near",  "of",   "off",    "on",     "set",   "situated",  "that",  "where", "which",   "whose", "with"};

// Words that make what follows them no definition of the name: "the mayor
// of the city", "the youngest in the village", "a man from a town".
constexpr std::string_view kNotBeforeDefiningPlaceNoun[] = {
    "a",   "an",  "at",   "by",  "for",  "from", "her",  "his",  "in",   "into",  "its", "my",
    "of",  "on",  "our",  "the", "their", "this", "that", "to",  "with", "your"};

// The end of the word of small letters (ASCII, '-' and the bytes of
// non-ASCII letters: "eco-tourism", "río") that starts at text[p], or p when
// none does or a capital or digit runs on from it.
size_t SmallWordEnd(std::string_view text, size_t p) {
  size_t e = p;
  while (e < text.size() &&
         ((text[e] >= 'a' && text[e] <= 'z') || text[e] == '-' || static_cast<unsigned char>(text[e]) >= 0x80)) {
    ++e;
  }
  return e < text.size() && IsWordByte(text[e]) ? p : e;
}

// Whether what follows text[.., at) (" is " or " was ", then "a", "an" or
// "the", up to four words in small letters, "fairly small", "eco-tourism",
// and a noun of kDefiningPlaceNouns followed by a mark, the end of the text
// or a word of kAfterDefiningPlaceNoun) defines what precedes it as a place.
// A person cannot be "a city with"; the nouns that follow ("city council",
// "town elder") leave posts and offices alone.
bool DefinesAPlace(std::string_view text, size_t at) {
  const size_t verb = text.compare(at, 4, " is ") == 0 ? 4 : text.compare(at, 5, " was ") == 0 ? 5 : 0;
  if (verb == 0) return false;
  size_t p = at + verb;
  size_t e = SmallWordEnd(text, p);
  const std::string_view det = text.substr(p, e - p);
  if (det != "a" && det != "an" && det != "the") return false;
  for (int words = 0; words < 5 && e < text.size() && text[e] == ' '; ++words) {
    p = e + 1;
    e = SmallWordEnd(text, p);
    if (e == p || OneOf(kNotBeforeDefiningPlaceNoun, text.substr(p, e - p))) return false;
    if (!OneOf(kDefiningPlaceNouns, text.substr(p, e - p))) continue;
    // Not before a bracket or a dash: "Gul Agha is the district (Nad Ali)
    // governor" goes on to a post.
    if (e == text.size() || std::string_view(".,;:!?\n\r").find(text[e]) != std::string_view::npos) return true;
    if (text[e] != ' ') return false;
    const size_t after = SmallWordEnd(text, e + 1);
    if (after == e + 1) return false;
    if (OneOf(kAfterDefiningPlaceNoun, text.substr(e + 1, after - e - 1))) return true;
    // An adjective-like noun ("an island nation"): read on.
  }
  return false;
}

// The names (runs of one to three capitalised words) that a sentence
// defines as places (DefinesAPlace), looked for where a reading of a person,
// a place or an organisation ends.
std::vector<std::string_view> NamesDefinedAsPlaces(std::string_view text, const std::vector<Finding>& findings) {
  std::vector<std::string_view> names;
  for (const Finding& f : findings) {
    if (f.begin >= f.end || f.end >= text.size() || text[f.end] != ' ' ||
        (f.kind != Kind::kPerson && f.kind != Kind::kLoc && f.kind != Kind::kOrg) || !DefinesAPlace(text, f.end)) {
      continue;
    }
    // The whole run of capitalised words before the verb ("Fort Lee", not
    // "Lee", of "Fort Lee is a borough").
    const size_t at = f.end;
    size_t run_begin = at;
    for (int words = 0; words < 3; ++words) {
      size_t w = run_begin - (words == 0 ? 0 : 1);
      const size_t word_end = w;
      while (w > 0 && (IsWordByte(text[w - 1]) || text[w - 1] == '-')) --w;
      if (w == word_end || !link_internal::IsCapitalByte(text[w])) break;
      run_begin = w;
      if (run_begin < 2 || text[run_begin - 1] != ' ') break;
    }
    if (run_begin < at) names.push_back(text.substr(run_begin, at - run_begin));
  }
  return names;
}

// Whether a word for a relative or a person's role (IsPersonRelationWord,
// in small letters, hyphens inside allowed) ends one space before text[b]
// ("pony-wala Nandu", "(driver Amir").
bool RelationWordBefore(std::string_view text, size_t b) {
  if (b < 2 || text[b - 1] != ' ') return false;
  size_t w = b - 1;
  while (w > 0 && b - 1 - w < 24 &&
         ((text[w - 1] >= 'a' && text[w - 1] <= 'z') || text[w - 1] == '-' ||
          static_cast<unsigned char>(text[w - 1]) >= 0x80)) {
    --w;
  }
  if (w == b - 1 || (w > 0 && IsWordByte(text[w - 1]))) return false;
  return IsPersonRelationWord(text.substr(w, b - 1 - w));
}

// The words before a place's name that let a tagger's sure place reading
// overrule the regional names rule's person reading (ReadPlacesNamedElsewhere).
// Not "to", "a", "à", "de" or "al", which also stand before persons
// ("spoke to Mansour", "parlé à Mansour", "la famille de Mansour").
constexpr std::string_view kRegionalPlaceLocatives[] = {
    "across", "around", "at",  "from", "in",    "inside", "into", "near",   "through", "toward",
    "towards", "via",   "desde", "em",  "en",   "hacia",  "por",  "vers",   "depuis"};

// Whether the reading f stands where a place's name does: a context of
// PlaceByContext, a locative before it ("vers Djibo", "Tehsil Pano Aqil"),
// or, for a town of the gazetteer, "to", "from" or "at" ("travel to Mae
// Sot"), or "à" after a word of living, staying or going ("arrivé à Djibo",
// "jusqu'à Djibo").
bool TownPlacedHere(std::string_view text, const Finding& f, bool town) {
  if (PossessiveAt(text, f.end)) return false;
  if (PlaceByContext(text, f)) return true;
  const std::string_view before = LowerWordBefore(text, f.begin);
  if (OneOf(kLocatives, before) || (town && (before == "to" || before == "from" || before == "at"))) return true;
  // A unit's word capitalised as a title ("Tehsil Pano Aqil", "Taluka Dadu").
  if (const std::string_view word = link_internal::WordBefore(text, f.begin); word == "Tehsil" || word == "Taluka") return true;
  if (before != "\xC3\xA0" || f.begin < 5) return false;
  return OneOf(kWhereAfter, LowerWordBefore(text, f.begin - 3)) || JusquABefore(text, f.begin);
}

}  // namespace

namespace place_internal {

void ReadPlacesDefinedSo(std::string_view text, std::vector<Finding>* findings) {
  std::vector<std::string_view> names = NamesDefinedAsPlaces(text, *findings);
  if (names.empty()) return;
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  // The one-word names that a reading of two words or more holds, looked up
  // by the reading's words.
  std::unordered_set<std::string_view> held;
  for (const Finding& f : *findings) {
    if (f.kind != Kind::kPerson || f.end > text.size() || f.begin >= f.end) continue;
    const std::string_view span = text.substr(f.begin, f.size());
    if (span.find(' ') == std::string_view::npos) continue;
    const auto hold = [&](std::string_view word) {
      if (word.find(' ') == std::string_view::npos && std::binary_search(names.begin(), names.end(), word)) {
        held.insert(word);
      }
    };
    if (!ForEachWordStretch(span, hold)) {
      for (std::string_view name : names) {
        if (name.find(' ') == std::string_view::npos && HoldsAsWords(span, name)) held.insert(name);
      }
    } else if (names.front().empty() && HoldsAsWords(span, names.front())) {
      held.insert(names.front());  // no stretch is empty
    }
  }
  std::erase_if(names, [&](std::string_view name) { return held.count(name) > 0; });
  for (Finding& f : *findings) {
    if (f.kind != Kind::kPerson || f.detector != "tagger" || f.end > text.size() || f.begin >= f.end) continue;
    if (std::binary_search(names.begin(), names.end(), text.substr(f.begin, f.size()))) {
      f.kind = Kind::kLoc;
      f.subkind = {};
    }
  }
}

void ReadPlacesNamedElsewhere(std::string_view text, std::vector<Finding>* findings) {
  bool any_candidate = false;
  for (const Finding& f : *findings) {
    any_candidate |= f.kind == Kind::kPerson &&
                     (f.confidence < kWeakPerson || f.subkind == "FAMILY" || f.detector == "regional" ||
                      (f.detector == "tagger" && (f.confidence < kPlaceInContext ||
                                                  (f.end <= text.size() && HasPlaceWord(text, f, /*conjunct=*/true)))));
  }
  if (!any_candidate) return;
  // The surest LOC reading and the surest PERSON reading of each text.
  struct Readings {
    float loc = 0.0f, person = 0.0f;
    bool in_context = false;  // some LOC reading is confirmed by its context
    bool after_locative = false;  // some LOC reading follows "in", "at", "from", ...
  };
  std::unordered_map<std::string_view, Readings> readings;
  for (const Finding& f : *findings) {
    if (f.kind != Kind::kPerson || f.end > text.size() || f.begin >= f.end) continue;
    Readings& r = readings[text.substr(f.begin, f.size())];
    r.person = std::max(r.person, f.confidence);
  }
  // The LOC readings of texts some PERSON reading holds, and their context.
  for (const Finding& f : *findings) {
    if (f.kind != Kind::kLoc || f.end > text.size() || f.begin >= f.end) continue;
    const std::string_view span = text.substr(f.begin, f.size());
    // The place a sure LOC reading names inside it: its one word before a
    // word for a kind of place, in small letters or capitals ("Pont-Sondé"
    // of "Pont-Sondé market", "Jere" of "Jere LGA": that word is context
    // that confirms it), its one word after "de", "del", "du" or "of"
    // ("Kimbiri" of "I.E. de Kimbiri").
    if (f.confidence >= kWeakPerson) {
      std::string_view inner;
      bool kind_after = false;  // the word for a kind of place confirms the inner place
      std::array<char, 16> kind_buf;
      if (const size_t sp = span.find(' '); sp != std::string_view::npos && sp + 1 < span.size() &&
                                            span.find(' ', sp + 1) == std::string_view::npos &&
                                            OneOf(kAdministrativeWords, link_internal::LowerAsciiInto(span.substr(sp + 1), kind_buf))) {
        inner = span.substr(0, sp);
        kind_after = true;
      }
      for (std::string_view of : {std::string_view(" de "), std::string_view(" del "), std::string_view(" du "),
                                  std::string_view(" of ")}) {
        const size_t at = span.rfind(of);
        if (at == std::string_view::npos) continue;
        const std::string_view last = span.substr(at + of.size());
        if (!last.empty() && link_internal::IsCapitalByte(last[0]) && last.find(' ') == std::string_view::npos) {
          inner = last;
          kind_after = false;
        }
      }
      if (const auto in = readings.find(inner); !inner.empty() && in != readings.end()) {
        in->second.loc = std::max(in->second.loc, f.confidence);
        in->second.in_context |= kind_after;
      }
    }
    const auto it = readings.find(span);
    if (it == readings.end()) continue;
    Readings& r = it->second;
    Finding as_person = f;
    as_person.kind = Kind::kPerson;
    const bool in_context = PlaceByContext(text, as_person);
    r.in_context |= in_context;
    r.after_locative |= OneOf(kRegionalPlaceLocatives, LowerWordBefore(text, f.begin));
    r.loc = std::max(r.loc, in_context ? std::max(f.confidence, kPlaceInContext) : f.confidence);
  }
  for (Finding& f : *findings) {
    if (f.kind != Kind::kPerson || f.end > text.size() || f.begin >= f.end) continue;
    const std::string_view span = text.substr(f.begin, f.size());
    const auto it = readings.find(span);
    if (it == readings.end()) continue;
    const Readings& r = it->second;
    const bool weak_place =
        f.confidence < kWeakPerson && r.person < kWeakPerson &&
        (r.loc > f.confidence || (f.detector == "tagger" && IsKnownTown(span) && !RelationWordBefore(text, f.begin)));
    const bool surer_place = f.detector == "tagger" && f.confidence < kPlaceInContext && r.in_context && r.loc > r.person;
    // The regional names rule's reading, where the tagger reads the same
    // text as a place at kPlaceInContext or more, after a locative or in a
    // context that confirms it, and nothing reads it more surely as a
    // person ("relatives in Lakki Marwat": a Pashtun tribe's name read as a
    // family name, a place at 0.72). A place reading alone does not overrule
    // the name: "Radio operator at Qadub landing, Mansour, has VHF contact"
    // (Mansour read as a place at 0.86) stays a person.
    const bool regional_place = f.detector == "regional" && (r.in_context || r.after_locative) &&
                                r.loc >= kPlaceInContext && r.person <= f.confidence;
    // A tagger's reading below kPlaceInContext of exactly the name of a town
    // of the gazetteer, read nowhere as surely as that ("Bucaramanga" at
    // 0.59 in a column of destinations): the gazetteer holds no name that
    // the name lexicons hold.
    // Not after a word for a relative or a role ("pony-wala Nandu"): the
    // gazetteer's towns include names the name lexicons miss.
    const bool town = f.detector == "tagger" && f.confidence < kPlaceInContext && r.person < kPlaceInContext &&
                      IsKnownTown(span) && !RelationWordBefore(text, f.begin);
    // A reading with a word of places' names ("Tal Tamr", "Deir Hafer") that
    // the document reads as a place in a context that confirms it.
    const bool named_place = f.detector == "tagger" && r.in_context && HasPlaceWord(text, f, /*conjunct=*/true);
    // "the Al-Tuhayta families" beside "mission to Al-Tuhayta" read as a
    // place more surely: the families of a place.
    const bool families_of_place = f.subkind == "FAMILY" && text.compare(f.end, 9, " families") == 0 &&
                                   r.loc > f.confidence && r.person <= f.confidence;
    if (weak_place || surer_place || regional_place || town || named_place || families_of_place) {
      f.kind = Kind::kLoc;
      f.subkind = {};
    }
  }
}

void ReadPlacesInOtherScripts(std::string_view text, std::vector<Finding>* findings) {
  std::vector<size_t> loc_ends, loc_begins;
  bool any_script = false;
  for (const Finding& f : *findings) {
    if (f.kind == Kind::kLoc) {
      loc_ends.push_back(f.end);
      loc_begins.push_back(f.begin);
    }
    any_script |= f.kind == Kind::kPerson && f.detector == "script";
  }
  if (!any_script || loc_ends.empty()) return;
  std::sort(loc_ends.begin(), loc_ends.end());
  std::sort(loc_begins.begin(), loc_begins.end());
  const auto slashed = [&](const Finding& f) {
    return (f.end + 3 < text.size() && text.compare(f.end, 3, " / ") == 0 &&
            std::binary_search(loc_begins.begin(), loc_begins.end(), f.end + 3)) ||
           (f.begin >= 3 && text.compare(f.begin - 3, 3, " / ") == 0 &&
            std::binary_search(loc_ends.begin(), loc_ends.end(), f.begin - 3));
  };
  for (Finding& f : *findings) {
    if (f.kind != Kind::kPerson || f.detector != "script" || f.end >= text.size()) continue;
    if ((f.begin >= 3 && text.compare(f.begin - 2, 2, " (") == 0 && text[f.end] == ')' &&
         std::binary_search(loc_ends.begin(), loc_ends.end(), f.begin - 2)) ||
        slashed(f)) {
      f.kind = Kind::kLoc;
      f.subkind = {};
    }
  }
}

void ReadTownsPlacedTwice(std::string_view text, std::vector<Finding>* findings) {
  // Which findings are such readings (a gazetteer lookup each, done once),
  // and how often the texts they hold are read as persons or places: only
  // a text read twice or more may be placed twice.
  std::vector<char> reading(findings->size(), 0);
  std::unordered_map<std::string_view, int> mentions;
  for (size_t i = 0; i < findings->size(); ++i) {
    const Finding& f = (*findings)[i];
    if (f.kind != Kind::kPerson || f.detector != "tagger" || f.end > text.size() || f.begin >= f.end) continue;
    const std::string_view span = text.substr(f.begin, f.size());
    if (span.find(' ') != std::string_view::npos || IsKnownTown(span)) {
      reading[i] = 1;
      ++mentions[span];
    }
  }
  if (mentions.empty()) return;
  for (const Finding& f : *findings) {
    if (f.kind != Kind::kLoc || f.end > text.size() || f.begin >= f.end) continue;
    if (const auto it = mentions.find(text.substr(f.begin, f.size())); it != mentions.end()) ++it->second;
  }
  const auto town_reading = [&](const Finding& f) { return reading[static_cast<size_t>(&f - findings->data())] != 0; };
  // LOC readings count where their context places them (the readings made
  // places by their context above among them).
  std::unordered_map<std::string_view, int> placed;
  for (const Finding& f : *findings) {
    if ((f.kind != Kind::kLoc && !town_reading(f)) || f.end > text.size() || f.begin >= f.end) continue;
    const std::string_view span = text.substr(f.begin, f.size());
    if (const auto it = mentions.find(span); it == mentions.end() || it->second < 2) continue;
    Finding as_person = f;
    as_person.kind = Kind::kPerson;
    if (TownPlacedHere(text, as_person, IsKnownTown(span))) ++placed[span];
  }
  if (placed.empty()) return;
  const bool placed_empty_town = placed.count(std::string_view()) > 0;
  // Whether the reading opens with a word for a road or a kind of place
  // ("Axe Djibo"): no person's reading.
  const auto opens_with_place_word = [&](const Finding& f) {
    std::array<char, 16> buf;
    const std::string_view first = LowerWordAt(text, f.begin, buf);
    return OneOf(kLocatives, first) || OneOf(kRomancePlaceWords, first) || OneOf(kAdministrativeWords, first);
  };
  for (const Finding& f : *findings) {
    if (f.end > text.size() || f.begin >= f.end) continue;
    const std::string_view span = text.substr(f.begin, f.size());
    if (f.kind == Kind::kPerson) {
      // A person's reading that holds a town: another detector's reading of
      // it, or a longer one ("Salou Djibo", "Ahmad Pano Aqil"); a tagger's
      // reading of exactly the town is what is weighed.
      const size_t longer_by = town_reading(f) ? 1 : 0;  // at least, in bytes
      const auto weigh = [&](std::string_view town, int& n) {
        if (n < 0 || span.size() < town.size() + longer_by) return;
        if (!opens_with_place_word(f)) n = -1;
      };
      // The towns the reading holds, looked up by its word stretches (a
      // table of thousands of towns would otherwise cost them all per
      // reading); weighing a town twice changes nothing.
      const bool looked_up = !placed_empty_town && ForEachWordStretch(span, [&](std::string_view stretch) {
        if (const auto it = placed.find(stretch); it != placed.end()) weigh(it->first, it->second);
      });
      if (!looked_up) {
        for (auto& [town, n] : placed) {
          if (HoldsAsWords(span, town)) weigh(town, n);
        }
      }
    } else if (f.kind == Kind::kLoc && f.confidence >= kWeakPerson) {
      for (std::string_view of : {std::string_view(" de "), std::string_view(" du "), std::string_view(" of ")}) {
        const size_t at = span.rfind(of);
        if (at == std::string_view::npos) continue;
        if (const auto it = placed.find(span.substr(at + of.size())); it != placed.end() && it->second >= 0) ++it->second;
        break;
      }
    }
  }
  for (Finding& f : *findings) {
    if (!town_reading(f)) continue;
    if (const auto it = placed.find(text.substr(f.begin, f.size())); it != placed.end() && it->second >= 2) {
      f.kind = Kind::kLoc;
      f.subkind = {};
    }
  }
}

void ReadWeakPersonsPlacedElsewhere(std::string_view text, std::vector<Finding>* findings) {
  const auto candidate = [&](const Finding& f) {
    return f.kind == Kind::kPerson && f.detector == "tagger" && f.confidence < kWeakPerson && f.end <= text.size() &&
           f.begin < f.end && text.substr(f.begin, f.size()).find(' ') == std::string_view::npos;
  };
  if (std::none_of(findings->begin(), findings->end(), candidate)) return;
  std::vector<std::string_view> placed;  // sorted below: the order found does not matter
  // The joints " de ", " du ", " d'" and the same in capitals, found from
  // their first two bytes in one pass for each case.
  for (std::string_view opening : {std::string_view(" d"), std::string_view(" D")}) {
    const bool lower = opening[1] == 'd';
    ForEachOccurrence(text, opening, [&](size_t p) {
      size_t joint = 0;  // its length, or 0 for none
      for (std::string_view rest : {std::string_view(lower ? "e " : "E "), std::string_view(lower ? "u " : "U "),
                                    std::string_view("'")}) {
        if (text.compare(p + 2, rest.size(), rest) == 0) {
          joint = 2 + rest.size();
          break;
        }
      }
      if (joint == 0) return;
      const size_t b = p + joint;
      if (b >= text.size() || !link_internal::IsCapitalByte(text[b]) || !RomancePlaceWordEndsAt(text, p)) return;
      size_t e = b;
      while (e < text.size() && (IsWordByte(text[e]) || (text[e] == '-' && e + 1 < text.size() && IsWordByte(text[e + 1])))) {
        ++e;
      }
      placed.push_back(text.substr(b, e - b));
    });
  }
  if (placed.empty()) return;
  std::sort(placed.begin(), placed.end());
  for (Finding& f : *findings) {
    if (candidate(f) && std::binary_search(placed.begin(), placed.end(), text.substr(f.begin, f.size()))) {
      f.kind = Kind::kLoc;
      f.subkind = {};
    }
  }
}

}  // namespace place_internal

}  // namespace tearline

// Weak PERSON readings of one word that context or the word itself reads as
// something else: a month, a role, a language, a place one travels to, comes
// from or is in. Contract in place_names.h (ReadWeakWords).
#include <algorithm>
#include <string>
#include <array>
#include <iterator>
#include <string_view>
#include <vector>

#include "link_words.h"
#include "patronyms.h"
#include "place_names.h"
#include "tearline/quasi.h"

namespace tearline::link_internal {
namespace {

// Months in English, French, Spanish and Portuguese, lower case, that are
// not also common given names (April, May, June, August, Julio, Mayo are
// left out). Sorted by bytes.
constexpr std::string_view kMonths[] = {
    "abril", "agosto", "ao\u00fbt", "avril", "december", "decembre", "dezembro", "diciembre", "d\u00e9cembre",
    "enero", "febrero", "february", "fevereiro", "fevrier", "f\u00e9vrier", "janeiro", "january", "janvier",
    "juillet", "juin", "julho", "july", "junho", "junio", "march", "marzo", "mar\u00e7o", "november", "novembre",
    "novembro", "noviembre", "october", "octobre", "octubre", "outubro", "september", "septembre",
    "septiembre", "setembro",
};
static_assert(std::is_sorted(std::begin(kMonths), std::end(kMonths)));
// Their English abbreviations that are no one's name ("end Dec"; not Jan,
// Mar, May, Jun). Sorted.
constexpr std::string_view kMonthAbbreviations[] = {"apr", "aug", "dec", "feb", "jul", "nov", "oct", "sep", "sept"};
static_assert(std::is_sorted(std::begin(kMonthAbbreviations), std::end(kMonthAbbreviations)));

// Days of the week in English and their abbreviations ("On Tue, 14 May"),
// lower case. Sorted.
constexpr std::string_view kWeekdays[] = {"fri",    "friday", "mon",     "monday",    "sat",  "saturday", "sun",
                                          "sunday", "thu",    "thur",    "thurs",     "thursday", "tue", "tues",
                                          "tuesday", "wed",   "wednesday"};
static_assert(std::is_sorted(std::begin(kWeekdays), std::end(kWeekdays)));

// Feasts and holidays, lower case, that are no one's name ("come back after
// Eid" read weakly as a person). Sorted.
constexpr std::string_view kHolidays[] = {
    "christmas", "diwali", "easter", "eid", "hanukkah", "navruz", "newroz", "nowruz", "passover", "ramadan",
    "ramazan", "ramzan",
};
static_assert(std::is_sorted(std::begin(kHolidays), std::end(kHolidays)));

// Nouns of a post or a function, lower case, that are no one's name: a
// signature's "Protection Coordinator" read weakly as a person. Sorted.
constexpr std::string_view kPostNouns[] = {
    "administrator", "adviser",     "advisor",      "analyst",     "assistant",  "associate",
    "caseworker",    "consultant",  "coordinator",  "delegate",    "director",   "enumerator",
    "facilitator",   "headmaster",  "liaison",      "maire",       "manager",    "muhtar",     "officer",    "prefet",
    "representative", "sous-prefet", "specialist",  "supervisor",  "teacher",    "vaccinator",
};
static_assert(std::is_sorted(std::begin(kPostNouns), std::end(kPostNouns)));

// Words for a relative, lower case, that are no one's name: "Mother is
// Dilia V." read weakly as a person at the start of a message ("Son" is a
// given name); also in Portuguese and Spanish ("marido (Ernesto)", "neta
// Glória"). Sorted by bytes.
constexpr std::string_view kKinNouns[] = {
    "abuela", "abuelo", "aunt", "brother", "brothers", "children", "cousin", "cousins", "daughter",
    "daughters", "esposa", "esposo", "father", "filha", "filho", "grandchildren", "granddaughter",
    "grandfather", "grandmother", "grandparents", "grandson", "hermana", "hermano", "hija", "hijo", "husband",
    "irm\xC3\xA3", "irm\xC3\xA3o", "madre", "marido", "mother", "m\xC3\xA3" "e", "nephew", "neta", "netas",
    "neto", "netos", "niece", "nieta", "nieto", "pai", "parents", "relatives", "siblings", "sister",
    "sisters", "sobrina", "sobrinha", "sobrinho", "sobrino", "tia", "tio", "t\xC3\xAD" "a", "t\xC3\xADo",
    "uncle", "wife",
};
static_assert(std::is_sorted(std::begin(kKinNouns), std::end(kKinNouns)));
// French words for relatives, counted only as written in small letters
// ("son mari Lawali"; "Mari" is a given name too). Sorted by bytes.
constexpr std::string_view kFrenchKinNouns[] = {
    "cousine", "femme", "fille", "fils", "fr\xC3\xA8re", "mari", "m\xC3\xA8re", "neveu", "ni\xC3\xA8" "ce",
    "oncle",   "p\xC3\xA8re", "s\xC5\x93ur", "tante"};
static_assert(std::is_sorted(std::begin(kFrenchKinNouns), std::end(kFrenchKinNouns)));

// ISO 3166 three-letter codes of the countries people in these reports come
// from, read weakly as persons in a table's nationality column ("| 19 | ERI
// |"). Sorted.
constexpr std::string_view kCountryCodes[] = {
    "AFG", "AGO", "ALB", "ARM", "AZE", "BDI", "BFA", "BGD", "BLR", "CAF", "CIV", "CMR", "COD", "COG", "COL",
    "CUB", "DZA", "ECU", "EGY", "ERI", "ETH", "GEO", "GHA", "GIN", "GMB", "GTM", "HND", "HTI", "IDN", "IND",
    "IRN", "IRQ", "JOR", "KEN", "KGZ", "LBN", "LBR", "LBY", "LKA", "MAR", "MDA", "MEX", "MLI", "MMR", "MOZ",
    "MRT", "MWI", "NER", "NGA", "NIC", "NPL", "PAK", "PER", "PHL", "PSE", "RUS", "RWA", "SDN", "SEN", "SLE",
    "SLV", "SOM", "SSD", "SYR", "TCD", "TJK", "TUN", "TUR", "TZA", "UGA", "UKR", "UZB", "VEN", "YEM", "ZMB",
    "ZWE",
};
static_assert(std::is_sorted(std::begin(kCountryCodes), std::end(kCountryCodes)));

// Lower-case words before "from", "to" or "at" that make the one word after
// it a place: movement ("fled from Bosso", "moved to Leda", "stopped at
// Lopa") and people described by where they come from ("a man from Mehar",
// "arrivals from Maungdaw"). Sorted.
constexpr std::string_view kMovementWords[] = {
    "arrivals",  "arrived",   "arriving",   "based",     "boys",      "children",  "convoy",    "crossed",
    "displaced", "drove",     "evacuated",  "families",  "family",    "fled",      "fleeing",   "girls",
    "headed",    "heading",   "idps",       "journey",   "man",       "men",       "migrated",  "move",
    "moved",     "moving",    "originally", "people",    "refugees",  "relocated", "residents", "returned",
    "returnees", "returning", "road",       "route",     "stopped",   "trader",    "traders",   "travel",
    "traveled",  "travelled", "travelling", "trip",      "walked",    "woman",     "women",
};
static_assert(std::is_sorted(std::begin(kMovementWords), std::end(kMovementWords)));

// Whether the one word at text[b, e) comes from or goes to a place ("moved
// to Leda"), with no possessive after it ("went to Rahim's").
bool PlaceOfMovement(std::string_view text, size_t b, size_t e) {
  if (PossessiveAt(text, e)) return false;
  const std::string_view preposition = WordBefore(text, b);
  if (preposition != "from" && preposition != "to" && preposition != "at") return false;
  std::array<char, 16> buf;
  const std::string_view mover = LowerAsciiInto(WordBefore(text, b - 1 - preposition.size()), buf);
  return !mover.empty() && std::binary_search(std::begin(kMovementWords), std::end(kMovementWords), mover);
}

// Whether the word at text[b] follows the Portuguese or Spanish "in" ("em
// Paquitequete", "en Argel") or a lower-case word for a village or a
// neighbourhood ("bairro Brilhante", "goth Wahur", "vereda La Esperanza",
// "quartier Solino"): a place. Not "no" or "à", which may come before a
// person ("no Karimi", "à Marie").
bool AfterLocative(std::string_view text, size_t b) {
  static constexpr std::string_view kLocatives[] = {"en", "em", "quartier", "village"};
  const std::string_view before = WordBefore(text, b);
  return OneOf(kLocatives, before) || IsVillageWord(before);
}

// The capitals of an abbreviation written in capitals ("UNHCR") or with a
// period after each capital ("A.O.B.", "A.O.B"); empty for anything else.
std::string CapitalsOfAbbreviation(std::string_view span) {
  std::string capitals;
  const bool periods = span.find('.') != std::string_view::npos;
  for (size_t i = 0; i < span.size(); ++i) {
    const char c = span[i];
    if (c < 'A' || c > 'Z') return {};
    capitals.push_back(c);
    if (!periods) continue;
    // With periods: one after each capital, but perhaps the last.
    if (i + 1 < span.size()) {
      if (span[i + 1] != '.') return {};
      ++i;
    }
  }
  return capitals;
}

}  // namespace

bool IsCalendarWord(std::string_view word) {
  return InSortedLowerAscii(kMonths, word) || InSortedLowerAscii(kMonthAbbreviations, word) ||
         InSortedLowerAscii(kWeekdays, word) || InSortedLowerAscii(kHolidays, word);
}

void ReadWeakWords(std::string_view text, std::vector<Finding>* findings) {
  constexpr std::string_view kSpeaking = "-speaking";
  // Ends of the PERSON readings the release acts on: "Imam Alpha KOUNTA of
  // Fatoma" names the place a person is of.
  std::vector<size_t> person_ends;
  for (const Finding& f : *findings) {
    if (f.kind == Kind::kPerson && f.confidence >= kWeakPerson) person_ends.push_back(f.end);
  }
  std::sort(person_ends.begin(), person_ends.end());
  // Spans the DEM lexicons read ("Acholi", "Sahrawi", "Nurse"): a weak PERSON
  // reading of the same span, read as surely or less, is the group or the
  // occupation, not a person.
  struct DemSpan {
    size_t begin, end;
    std::string_view subkind;
    float confidence;
    bool operator<(const DemSpan& o) const { return begin != o.begin ? begin < o.begin : end < o.end; }
  };
  std::vector<DemSpan> dem_spans;
  for (const Finding& f : *findings) {
    if (f.kind == Kind::kDem) dem_spans.push_back({f.begin, f.end, f.subkind, f.confidence});
  }
  std::sort(dem_spans.begin(), dem_spans.end());
  // The DEM reading of f's span, or null.
  const auto dem_reading = [&](const Finding& f) -> const DemSpan* {
    const DemSpan key{f.begin, f.end, {}, 0.0f};
    const auto it = std::lower_bound(dem_spans.begin(), dem_spans.end(), key);
    return it != dem_spans.end() && it->begin == f.begin && it->end == f.end && it->confidence >= f.confidence
               ? &*it
               : nullptr;
  };
  const auto of_person = [&](size_t b) {
    return b >= 5 && text.compare(b - 4, 4, " of ") == 0 &&
           std::binary_search(person_ends.begin(), person_ends.end(), b - 4);
  };
  for (Finding& f : *findings) {
    if (f.kind != Kind::kPerson || f.end > text.size() || f.begin >= f.end) continue;
    const std::string_view span = text.substr(f.begin, f.size());
    // "Rakhine-speaking arrivals": a language, however surely read.
    if (span.size() > kSpeaking.size() && span.ends_with(kSpeaking)) {
      f.kind = Kind::kDem;
      f.subkind = "LANGUAGE";
      continue;
    }
    if (f.confidence >= kWeakPerson) continue;
    if (span.find(' ') != std::string_view::npos) {
      // "QURANIC TEACHER", "Field Coordinator": words before the noun of a post.
      std::array<char, 16> last_buf;
      const std::string_view last = LowerAsciiInto(span.substr(span.rfind(' ') + 1), last_buf);
      if (!last.empty() && std::binary_search(std::begin(kPostNouns), std::end(kPostNouns), last)) {
        f.kind = Kind::kDem;
        f.subkind = "OCCUPATION";
      }
      continue;
    }
    std::array<char, 16> buf;
    const std::string_view lower = LowerAsciiInto(span, buf);
    if (lower.empty()) continue;
    const auto after_the = [&] {
      const std::string_view before = WordBefore(text, f.begin);
      return before == "the" || before == "The";
    };
    if (const DemSpan* dem = dem_reading(f)) {
      f.kind = Kind::kDem;
      f.subkind = dem->subkind;
    } else if (span.size() == 3 && std::binary_search(std::begin(kCountryCodes), std::end(kCountryCodes), span)) {
      f.kind = Kind::kDem;
      f.subkind = "NATIONALITY";
    } else if (const std::string capitals = CapitalsOfAbbreviation(span);
               capitals.size() >= 2 && IsNoPersonAbbreviation(capitals)) {
      // "SHARE WITH UNHCR, IOM": an organisation's acronym; "7. A.O.B.": a
      // term of minutes.
      f.kind = Kind::kOrg;
      f.subkind = {};
    } else if (std::binary_search(std::begin(kMonths), std::end(kMonths), lower) ||
               std::binary_search(std::begin(kMonthAbbreviations), std::end(kMonthAbbreviations), lower)) {
      f.kind = Kind::kDate;
      f.subkind = "MONTH";
    } else if (std::binary_search(std::begin(kWeekdays), std::end(kWeekdays), lower)) {
      f.kind = Kind::kDate;
      f.subkind = "WEEKDAY";
    } else if (std::binary_search(std::begin(kHolidays), std::end(kHolidays), lower)) {
      f.kind = Kind::kDate;
      f.subkind = "HOLIDAY";
    } else if (std::binary_search(std::begin(kPostNouns), std::end(kPostNouns), lower) ||
               (IsTitleWord(span) && after_the())) {
      // "Protection Coordinator"; "the Bulama of Sector C", "The Haji is
      // diabetic": a title with no name after it names a post.
      f.kind = Kind::kDem;
      f.subkind = "OCCUPATION";
    } else if (std::binary_search(std::begin(kKinNouns), std::end(kKinNouns), lower) ||
               (span == lower && std::binary_search(std::begin(kFrenchKinNouns), std::end(kFrenchKinNouns), lower))) {
      f.kind = Kind::kDem;
      f.subkind = "KIN";
    } else if (PlaceOfMovement(text, f.begin, f.end) || FollowsPlacePrefix(text, f.begin) ||
               AfterLocative(text, f.begin) || (of_person(f.begin) && text[f.begin] >= 'A' && text[f.begin] <= 'Z')) {
      f.kind = Kind::kLoc;
      f.subkind = {};
    }
  }
}

// Labels of a date of birth, lower case in UTF-8, as they end the text
// before the date (": " and spaces trimmed). Each must follow a byte that
// is no ASCII letter.
constexpr std::string_view kBirthLabels[] = {
    "b.",            "birth date",    "birthdate",      "born",            "born in",        "born on",
    "d.o.b",         "d.o.b.",        "data de nascimento", "date de naissance", "date of birth", "dob",
    "f. nac.",       "fecha de nacimiento", "geb.",     "geburtsdatum",    "nacida el",      "nacida en",
    "nacido el",     "nacido en",     "nascida em",     "nascido em",      "n\xC3\xA9 en", "n\xC3\xA9 le",
    "n\xC3\xA9" "e en", "n\xC3\xA9" "e le", "year of birth", "yob"};

void ReadBirthDates(std::string_view text, std::vector<Finding>* findings) {
  for (Finding& f : *findings) {
    if (f.kind != Kind::kDate || f.subkind == "DURATION" || f.subkind == "RANGE" || f.begin == 0 ||
        f.end > text.size()) {
      continue;
    }
    size_t e = f.begin;
    while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == ':' || text[e - 1] == '\t')) --e;
    const size_t b = e > 24 ? e - 24 : 0;
    std::string before(text.substr(b, e - b));
    for (char& c : before) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    // "NÉ LE": the capital É's second byte.
    for (size_t i = 0; i + 1 < before.size(); ++i) {
      if (before[i] == '\xC3' && before[i + 1] == '\x89') before[i + 1] = '\xA9';
    }
    for (std::string_view label : kBirthLabels) {
      if (before.size() < label.size() || before.compare(before.size() - label.size(), label.size(), label) != 0) {
        continue;
      }
      const size_t at = before.size() - label.size();
      const char prev = at > 0 ? before[at - 1] : (b > 0 ? text[b - 1] : ' ');
      if ((prev >= 'a' && prev <= 'z') || (prev >= 'A' && prev <= 'Z')) continue;
      f.kind = Kind::kDem;
      f.subkind = "AGE";
      break;
    }
  }
}

}  // namespace tearline::link_internal

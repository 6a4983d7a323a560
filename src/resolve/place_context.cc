// Whether the words around a reading, or its own words, make it a place:
// PlaceByContext and its parts (a word for a unit of government after a
// name, a locative and a place word before it, a French, Spanish or
// Portuguese word for a kind of place and "de", a possessive and a place's
// head, a street), conjuncts and lists of places after a locative; and the
// word tests of place_names.h (LowerWordBefore, PossessiveAt,
// FollowsPlacePrefix, ...). Contracts in place_internal.h and place_names.h.
#include <algorithm>
#include <array>
#include <cstddef>
#include <iterator>
#include <string>
#include <string_view>

#include "link_words.h"
#include "place_internal.h"
#include "place_names.h"
#include "tearline/file.h"
#include "tearline/quasi.h"

namespace tearline {
namespace {

using link_internal::OneOf;
using link_internal::PossessiveAt;
using link_internal::LowerWordBefore;
using place_internal::RomancePlaceWordEndsAt;
using place_internal::PlaceByContext;

// Words that make the name they start a place ("Fort Lee", "Mount Hood",
// "Camp Wycliffe", "Lake Chad", "Kampong Cham", "Puerto Asís", "Isla
// Cascajal", "Ilha de Moçambique", "Ciudad Bolívar", "Colonia Obrera", and the
// Arabic word for a town's quarter: "Hai Jallaba", "Hay al-Salam", and for
// a market: "Souq Sabreen"; "Brgy. Batang", a Philippine barangay, and
// "Rivyè Masak", a river in Haitian Creole; the Portuguese road, bridge,
// street, avenue, river and cape: "Estrada Suai-Zumalai", "Ponte Beco",
// "Rua da Paz", "Rio Revué", "Cabo Delgado"; the Indonesian village, hamlet,
// district and regency, written out or not: "Ds Sesait", "Dsn Lokok Aur",
// "Kec. Kayangan"),
// lower case, besides the village words (kVillageWords). Sorted.
constexpr std::string_view kPlacePrefixes[] = {
    "avenida", "barangay", "brgy",    "cabo",  "camp", "cape",   "cidade", "ciudad", "colonia", "desa",
    "ds",      "dsn",      "dusun",   "estrada", "fort", "hai",  "hay",    "hayy",   "ilha",    "isla",
    "kab",     "kampong",  "kec",     "lake",  "mount", "mt",
    "ponte",   "port",     "porto",   "puerto", "rio", "rivy\xC3\xA8", "rua", "r\xC3\xADo", "souk", "souq", "suq"};
static_assert(std::is_sorted(std::begin(kPlacePrefixes), std::end(kPlacePrefixes)));

// Words for a village or a neighbourhood that open its name in Sindh and
// Punjab ("Goth Jaffar Kalhoro", "Mohalla Rehmat Pura"), Malaysia and
// Indonesia ("Kampung Baru"), Brazil, Colombia and Central America
// ("Bairro São José", "Barrio Santa Ana", "Vereda El Retiro", "Aldea Xix"),
// Portuguese-speaking Africa and Timor-Leste ("Aldeia Matai", "Suco
// Beco"), lower case. Sorted.
constexpr std::string_view kVillageWords[] = {"aldea",   "aldeia",  "bairro", "barrio",
                                              "goth",    "kampung", "mohalla", "suco", "vereda"};

// First words of Arabic place names ("Khan Younis", "Tal Afar", "Abu Kamal",
// "Deir Hafer", "Ras al-Ain"). Sorted.
constexpr std::string_view kPlaceFirstWords[] = {"Abu",  "Ain",  "Bani", "Bayt", "Beit", "Beni", "Bir",
                                                 "Ca\xC3\xB1o", "Cerro", "Dayr", "Deir", "Jabal",
                                                 "Jebel", "Jisr", "Kafr", "Khan", "Qasr", "Ras",  "Tal",  "Tall",
                                                 "Tel",  "Tell", "Wad", "Wadi"};

// Last words of Persian and Pashto place names ("Sayed Abad", "Musa Qala",
// "Ahmad Khel", "Ahmad Shah Baba Mina", "Shah Wali Kot"). Sorted.
constexpr std::string_view kPlaceLastWords[] = {"Abad", "Bagh", "Bandar", "Dara", "Kala",  "Kalay", "Kelay",
                                                "Khel", "Kili", "Kot",    "Kotal", "Mina", "Qala",  "Qalat", "Shahr"};

// Those of them that end no person's name ("Dara" and "Mina" are given
// names too, "Khel" ends a clan's name that a person may bear: "Karim and
// Ahmad Khel"), Turkish words for a street or a quarter after its name
// ("Kurtuluş Caddesi", "Cebrail Mahallesi"), Nigeria's local government
// areas ("Guma LGA") and the Burmese "stream" ("Yaw Chaung"): a tagger's reading of two words or more that ends
// with one is a place wherever it stands ("Landi Kotal", "Musa Qala").
// Sorted by bytes.
constexpr std::string_view kStrongPlaceLastWords[] = {
    "Abad", "Bandar", "Caddesi", "Chaung", "Kalay", "Kelay", "Kili",  "Kot",
    "Kotal", "LGA",   "Mahallesi", "Qala", "Qalat", "Shahr", "Sokak", "Soka\xC4\x9F\xC4\xB1"};
static_assert(std::is_sorted(std::begin(kStrongPlaceLastWords), std::end(kStrongPlaceLastWords)));

// First words of Arabic places' names that open no person's name ("Kafr
// Janna", "Deir Hafer", "Jisr al-Shughur", "Wadi Kaja", the Somali "Ceel
// Jaale" (a well); not "Abu", "Khan",
// "Tal", "Ras", "Bir", "Ain": names or words of names too): a tagger's
// reading of two words or more that opens with one is a place wherever it
// stands. Sorted.
constexpr std::string_view kStrongPlaceFirstWords[] = {"Ceel", "Dayr", "Deir", "Jabal", "Jebel", "Jisr",
                                                       "Kafr", "Qasr", "Tall", "Tell",  "Wadi"};
static_assert(std::is_sorted(std::begin(kStrongPlaceFirstWords), std::end(kStrongPlaceFirstWords)));

// Whether words for the head of a place end before text[w] (the word for
// the place), spaces or a line break between: "Chef de\nvillage Maurice
// Wanté", "chef du quartier Ali", "chief of village", "head of the village": the
// name after is the head's.
bool HeadOfPlaceBefore(std::string_view text, size_t w) {
  size_t p = w;
  while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == '\n' || text[p - 1] == '\r')) --p;
  if (p == w) return false;
  const std::string_view head = text.substr(p >= 12 ? p - 12 : 0, p >= 12 ? 12 : p);
  for (std::string_view h : {"chef de", "chef du", "Chef de", "Chef du", "chief of", "Chief of", "head of the",
                             "Head of the", "jefe de", "Jefe de"}) {
    if (head.ends_with(h) && (head.size() == h.size() || !IsWordByte(head[head.size() - h.size() - 1]))) return true;
  }
  return false;
}

// The lower-case word of ASCII letters and inner hyphens that ends one space
// before text[b] ("north-east" of "north-east of Lokori"); empty when there
// is none.
std::string_view LowerHyphenedWordBefore(std::string_view text, size_t b) {
  if (b < 2 || b > text.size() || text[b - 1] != ' ') return {};
  size_t w = b - 1;
  while (w > 0 && b - 1 - w < 16 && ((text[w - 1] >= 'a' && text[w - 1] <= 'z') || text[w - 1] == '-')) --w;
  if (w == b - 1 || text[w] == '-' || (w > 0 && IsWordByte(text[w - 1]))) return {};
  return text.substr(w, b - 1 - w);
}

// Place words that also start names of persons ("Abu Hamza", "Khan
// Mohammad"): enough after a locative, not in a conjunct ("in Kabul and Abu
// Hamza left").
constexpr std::string_view kPersonFirstWords[] = {"Abu", "Khan"};

// Capitalised words that make a possessive before them part of the name of
// a place ("Cox's Bazar", "Martha's Vineyard", "King's Cross", "Ferguson's
// Gulf"). Sorted.
constexpr std::string_view kPossessivePlaceHeads[] = {"Bay",     "Bazaar",  "Bazar", "Creek",   "Cross",
                                                      "Falls",   "Gulf",    "Harbor", "Harbour", "Island",
                                                      "Landing", "Point",   "Vineyard"};
static_assert(std::is_sorted(std::begin(kPossessivePlaceHeads), std::end(kPossessivePlaceHeads)));

// Whether "'s " or "’s " (or a line break for the space) and one of
// kPossessivePlaceHeads (a whole word) follow text[.., end); in a heading
// in capitals, "'S " and the head in
// capitals ("COX'S BAZAR").
bool PossessivePlaceAfter(std::string_view text, size_t end) {
  size_t p = end;
  // A space or a line break after the possessive ("from Cox's\nBazar").
  const auto spaced = [&](size_t at) { return at < text.size() && (text[at] == ' ' || text[at] == '\n'); };
  if ((text.compare(p, 2, "'s") == 0 || text.compare(p, 2, "'S") == 0) && spaced(p + 2)) {
    p += 3;
  } else if ((text.compare(p, 4, "\xE2\x80\x99s") == 0 || text.compare(p, 4, "\xE2\x80\x99S") == 0) && spaced(p + 4)) {
    p += 5;
  } else {
    return false;
  }
  const bool capitals = text[p - 2] == 'S';
  size_t e = p;
  while (e < text.size() && ((text[e] >= 'a' && text[e] <= 'z') || (text[e] >= 'A' && text[e] <= 'Z'))) ++e;
  if (e == p || (e < text.size() && IsWordByte(text[e]))) return false;
  std::string_view head = text.substr(p, e - p);
  std::array<char, 16> buf;
  if (capitals) {  // "BAZAR" read as "Bazar"
    head = link_internal::LowerAsciiInto(head, buf);
    if (head.empty() || !std::all_of(text.begin() + p, text.begin() + e, [](char c) { return c >= 'A' && c <= 'Z'; })) {
      return false;
    }
    buf[0] = static_cast<char>(buf[0] - 'a' + 'A');
  }
  return OneOf(kPossessivePlaceHeads, head);
}

// Whether "<place word> de ", "<place word> du ", "<place word> del " or "<place word> d'" (in
// small letters or capitals; a line break may stand for the first space)
// ends at text[b]: "le village de Dingazi Banda", "la commune d'Abala",
// "près\nde Kibondo", "le préfet du Mayo-Sava".
bool AfterRomancePlaceWord(std::string_view text, size_t b) {
  const auto space = [&](size_t p) { return text[p] == ' ' || text[p] == '\n'; };
  // The Spanish "del" (de + el): "la zona del Monte Hacho".
  if (b >= 6 && space(b - 5) && (text.compare(b - 4, 4, "del ") == 0 || text.compare(b - 4, 4, "DEL ") == 0)) {
    return RomancePlaceWordEndsAt(text, b - 5);
  }
  if (b >= 5 && space(b - 4) &&
      (text.compare(b - 3, 3, "de ") == 0 || text.compare(b - 3, 3, "DE ") == 0 || text.compare(b - 3, 3, "du ") == 0 ||
       text.compare(b - 3, 3, "DU ") == 0)) {
    return RomancePlaceWordEndsAt(text, b - 4);
  }
  if (b >= 4 && space(b - 3) && (text.compare(b - 2, 2, "d'") == 0 || text.compare(b - 2, 2, "D'") == 0)) {
    return RomancePlaceWordEndsAt(text, b - 3);
  }
  return false;
}

// Whether the span opens with "<place word> de " or "<place word> d'" and
// a capital ("poste de Simiri", "DÉPARTEMENT DE OUALLAM").
bool StartsWithRomancePlaceWord(std::string_view span) {
  for (std::string_view joint : {std::string_view(" de "), std::string_view(" DE "), std::string_view(" d'"),
                                 std::string_view(" D'")}) {
    const size_t at = span.find(joint);
    if (at == std::string_view::npos || at == 0 || at > 16 || span.find(' ') != at) continue;
    const size_t next = at + joint.size();
    return next < span.size() && link_internal::IsCapitalByte(span[next]) && RomancePlaceWordEndsAt(span, at);
  }
  return false;
}

// Whether "called", "named" or "nicknamed" and a space, then a quote or
// none, end at text[b]: what follows is introduced as a name ('a driver
// called "Tall Mabior"'), which no word in it makes a place's: a person may
// bear it, and hiding a place so named costs less than releasing a name.
bool IntroducedAsAName(std::string_view text, size_t b) {
  if (b >= 1 && (text[b - 1] == '"' || text[b - 1] == '\'')) {
    --b;
  } else if (b >= 3 && text.compare(b - 3, 3, "\xE2\x80\x9C") == 0) {  // U+201C
    b -= 3;
  }
  static constexpr std::string_view kNamingWords[] = {"called", "named", "nicknamed"};
  return OneOf(kNamingWords, LowerWordBefore(text, b));
}

// Whether a word for a lawyer, in any case, ends before text[b] with only
// spaces, a line break or one comma between ("Lawyer\nAv. Serhat", "his
// lawyer, Av. Burak"): "Av." is then the Turkish lawyer's title
// (Avukat), not an avenue.
bool LawyerBefore(std::string_view text, size_t b) {
  size_t e = b;
  while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '\n' || text[e - 1] == '\r')) --e;
  if (e > 0 && text[e - 1] == ',') --e;
  size_t w = e;
  while (w > 0 && ((text[w - 1] >= 'a' && text[w - 1] <= 'z') || (text[w - 1] >= 'A' && text[w - 1] <= 'Z'))) --w;
  if (w == e || e - w > 10 || (w > 0 && IsWordByte(text[w - 1]))) return false;
  std::array<char, 16> buf;
  static constexpr std::string_view kLawyerWords[] = {"advocate", "attorney", "avukat", "counsel", "lawyer"};
  return OneOf(kLawyerWords, link_internal::LowerAsciiInto(text.substr(w, e - w), buf));
}

}  // namespace

namespace place_internal {

std::string_view LowerWordAt(std::string_view text, size_t b, std::array<char, 16>& buf) {
  size_t e = b;
  while (e < text.size() && ((text[e] >= 'a' && text[e] <= 'z') || (text[e] >= 'A' && text[e] <= 'Z'))) ++e;
  return link_internal::LowerAsciiInto(text.substr(b, e - b), buf);
}

bool HasPlaceWord(std::string_view text, const Finding& f, bool conjunct) {
  if (PossessiveAt(text, f.end)) return false;
  const std::string_view span = text.substr(f.begin, f.size());
  const size_t first_end = std::min(span.find(' '), span.size());
  const size_t last_begin = span.rfind(' ');
  if (last_begin == std::string_view::npos) return false;  // one word
  const std::string_view first = span.substr(0, first_end);
  return (OneOf(kPlaceFirstWords, first) && !(conjunct && OneOf(kPersonFirstWords, first))) ||
         OneOf(kPlaceLastWords, span.substr(last_begin + 1));
}

bool RomancePlaceWordEndsAt(std::string_view text, size_t e) {
  size_t w = e;
  while (w > 0 && e - w < 16 && (IsWordByte(text[w - 1]) && text[w - 1] != '\'')) --w;
  if (w == e || (w > 0 && IsWordByte(text[w - 1]))) return false;
  std::string low;
  link_internal::LowerNameInto(text.substr(w, e - w), &low);
  return OneOf(kRomancePlaceWords, low);
}

bool PlaceByContext(std::string_view text, const Finding& f) {
  if (f.kind != Kind::kPerson || f.end > text.size() || f.begin >= f.end) return false;
  if (IntroducedAsAName(text, f.begin)) return false;
  if (PossessivePlaceAfter(text, f.end)) return true;
  const std::string_view span = text.substr(f.begin, f.size());
  const size_t space = span.find(' ');  // after the reading's first word, or npos
  const std::string_view first_word = span.substr(0, space);
  // Whether a capitalised word follows the first one.
  const bool capital_second = space != std::string_view::npos && space + 1 < span.size() &&
                              link_internal::IsCapitalByte(span[space + 1]);
  // "Calle Cañón Johnson", "Avenida Tecolote", "Zona Norte", "Colonia Camino
  // Verde": a Spanish or Portuguese word for a street or a quarter, then a
  // capitalised word, opens a place's name.
  {
    static constexpr std::string_view kStreetOrQuarterHeads[] = {
        "Aldea", "Avenida", "Bairro", "Barrio", "Bulevar", "Calle",   "Calzada", "Carrera",
        "Colonia", "Pasaje", "Paseo", "Rua",   "Travessa", "Vereda", "Zona"};
    if (capital_second && OneOf(kStreetOrQuarterHeads, first_word)) return true;
  }
  // "UNFPA Bukavu", "UNHCR Kassala": an agency's acronym of three letters or
  // more (IsNoPersonAbbreviation; not "MC Hammer") and one capitalised word
  // read as a name are the agency's office in a town.
  if (f.detector == "tagger" && capital_second && space >= 3 && span.find(' ', space + 1) == std::string_view::npos &&
      std::all_of(first_word.begin(), first_word.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) &&
      IsNoPersonAbbreviation(first_word)) {
    return true;
  }
  // "chef de bureau Gao", "sous-bureau Kaya", "(base Bunia)", "antenne
  // Dori": one word after a French word for an agency's office is its town.
  {
    static constexpr std::string_view kOfficesBefore[] = {"antenne", "base", "bureau"};
    if (space == std::string_view::npos && OneOf(kOfficesBefore, LowerWordBefore(text, f.begin))) return true;
  }
  // "Pul-e Khumri", "Qala-e Naw", "Dasht-i Archi": a Dari or Pashto word for a
  // kind of place and the izafe "-e"/"-i" open a place's name, in the
  // reading or right before it.
  {
    static constexpr std::string_view kIzafeHeads[] = {"Bagh", "Dasht", "Deh", "Kotal", "Pul", "Qala", "Sar", "Shahr"};
    const auto izafe_word = [&](std::string_view w) {
      return w.size() > 2 && w[w.size() - 2] == '-' && (w.back() == 'e' || w.back() == 'i') &&
             OneOf(kIzafeHeads, w.substr(0, w.size() - 2));
    };
    if (izafe_word(first_word)) return true;
    if (f.begin >= 2 && text[f.begin - 1] == ' ') {
      size_t w = f.begin - 1;
      while (w > 0 && f.begin - 1 - w < 8 && (IsWordByte(text[w - 1]) || text[w - 1] == '-')) --w;
      if (izafe_word(text.substr(w, f.begin - 1 - w))) return true;
    }
  }
  // "beyond Kilo 7", "Kilo 5 checkpoint": a milestone of a road names a place.
  if (span == "Kilo" && f.end + 1 < text.size() && text[f.end] == ' ' && text[f.end + 1] >= '0' &&
      text[f.end + 1] <= '9') {
    return true;
  }
  std::array<char, 16> buf;
  if (f.end + 1 < text.size() && text[f.end] == ' ') {
    const std::string_view after = LowerWordAt(text, f.end + 1, buf);
    const size_t after_end = f.end + 1 + after.size();
    if (!after.empty() && (after_end == text.size() || !IsWordByte(text[after_end])) &&
        OneOf(kAdministrativeWords, after)) {
      return true;
    }
  }
  // "Mingan ward", "Abu Shouk camp" read as one name: its last word is one
  // of those words, in small letters, or a unit of government that ends no
  // person's name, capitalised ("Pauk Township", "Kech District"; not
  // "David Ward").
  if (const size_t last = span.rfind(' ');
      last != std::string_view::npos && last + 1 < span.size() && span[last + 1] >= 'a' && span[last + 1] <= 'z' &&
      OneOf(kAdministrativeWords, span.substr(last + 1))) {
    return true;
  }
  if (const size_t last = span.rfind(' '); last != std::string_view::npos && last + 1 < span.size()) {
    static constexpr std::string_view kCapitalisedUnits[] = {"District",     "Governorate", "Municipality", "Province",
                                                             "Subdistrict",  "Township",    "Woreda"};
    if (OneOf(kCapitalisedUnits, span.substr(last + 1))) return true;
  }
  if (AfterRomancePlaceWord(text, f.begin) || StartsWithRomancePlaceWord(span)) return true;
  // "au nord de Tassara", "département du Mayo-Tsanaga" read with its "de"
  // or "du".
  if (span.size() > 3 && (span.starts_with("de ") || span.starts_with("du ") || span.starts_with("d'"))) {
    const size_t article = span[1] == '\'' ? 2 : 3;
    if (link_internal::IsCapitalByte(span[article]) && AfterRomancePlaceWord(text, f.begin + article)) return true;
  }
  // "CDFC de Mwumba", "CSPS de Tassara": a weak reading of an office's
  // acronym (two to six capitals) and "de" or "du" before a capitalised
  // word names the office of a place.
  if (f.detector == "tagger" && f.confidence < link_internal::kWeakPerson) {
    size_t caps = 0;
    while (caps < span.size() && caps <= 6 && span[caps] >= 'A' && span[caps] <= 'Z') ++caps;
    if (caps >= 2 && caps <= 6) {
      for (std::string_view de : {std::string_view(" de "), std::string_view(" du ")}) {
        if (span.compare(caps, de.size(), de) == 0 && caps + de.size() < span.size() &&
            link_internal::IsCapitalByte(span[caps + de.size()])) {
          return true;
        }
      }
    }
  }
  // "Landi Kotal", "Musa Qala": a last word that ends places, not names;
  // "Kafr Janna", "Wadi Kaja": a first word that opens places, not names.
  if (f.detector == "tagger") {
    const size_t last = span.rfind(' ');
    if (last != std::string_view::npos && OneOf(kStrongPlaceLastWords, span.substr(last + 1)) &&
        !PossessiveAt(text, f.end)) {
      return true;
    }
    if (last != std::string_view::npos && OneOf(kStrongPlaceFirstWords, span.substr(0, span.find(' ')))) return true;
    // "Nord-Kivu", "Sud-Ubangi", "North-Darfur": a point of the compass and a
    // hyphen open a province's name, no person's.
    for (std::string_view compass : {"Nord-", "Sud-", "Est-", "Ouest-", "North-", "South-", "East-", "West-"}) {
      if (span.size() > compass.size() && span.starts_with(compass) &&
          link_internal::IsCapitalByte(span[compass.size()])) {
        return true;
      }
    }
  }
  // A street before it, at any reading ("calle Eloy Alfaro", "avenida Simón
  // Bolívar", "rua Sete de Setembro", "rue Mohammed V").
  {
    static constexpr std::string_view kStreetsBefore[] = {"avenida", "calle", "carrera", "jir\xC3\xB3n", "pasaje",
                                                        "rua", "rue", "travessa"};
    if (OneOf(kStreetsBefore, LowerWordBefore(text, f.begin))) return true;
    // Abbreviated: "Av. San Martín", "Avda. Arce", "AV. BOLÍVAR" (not the
    // Turkish lawyer's title: "lawyer Av. Burak Tunç", "Lawyer\nAv. Burak
    // Tunç", "his lawyer, Av. Burak Tunç"); the Ukrainian and
    // Russian "street" ("vul. Admirala Makarova", "ul. Lenina").
    for (std::string_view av : {std::string_view("Av. "), std::string_view("AV. "), std::string_view("Avda. "),
                                std::string_view("vul. "), std::string_view("Vul. "), std::string_view("ul. "),
                                std::string_view("Ul. ")}) {
      if (f.begin >= av.size() + 1 && text.compare(f.begin - av.size(), av.size(), av) == 0 &&
          !IsWordByte(text[f.begin - av.size() - 1])) {
        return !(av == "Av. " && LawyerBefore(text, f.begin - av.size()));
      }
    }
  }
  // The Spanish and Portuguese "in", or the Spanish "toward" and "from",
  // before a tagger's reading that is not sure of a person and opens with no
  // given name ("vive en Lleras", "en La Delfina", "hacia Aguaray"; not
  // "confía en Julián"); a lower-case word for a village, a
  // town's quarter or a unit of local government before one is enough
  // ("quartier Sabon Gari", "barrio Kennedy", "colline Kivumu", "commune
  // Mwumba").
  const std::string_view before = LowerWordBefore(text, f.begin);
  if (f.detector == "tagger" && f.confidence < kPlaceInContext) {
    if ((link_internal::IsVillageWord(before) || before == "quartier" || before == "village" ||
         before == "corregimiento" || before == "hameau" || before == "colline" || before == "commune" ||
         before == "secteur") &&
        !HeadOfPlaceBefore(text, static_cast<size_t>(before.data() - text.data()))) {
      return true;
    }
    if (before == "en" || before == "em" || before == "hacia" || before == "desde") {
      const std::string_view first = span.substr(0, std::min(span.find(' '), span.size()));
      if (!IsWordGivenName(first) &&
          !std::binary_search(std::begin(kIberianGivenNames), std::end(kIberianGivenNames), first)) {
        return true;
      }
    }
  }
  // "2nd Cross Lane", "3rd Street": an ordinal in figures before it and a
  // word for a street ending it (not "17th Century Zurbarán").
  static constexpr std::string_view kStreetEnds[] = {"Avenue", "Cross", "Lane", "Road", "Street"};
  if (f.begin >= 4 && text[f.begin - 1] == ' ' &&
      OneOf(kStreetEnds, span.substr(std::min(span.rfind(' ') + 1, span.size())))) {
    const size_t suffix = f.begin - 3;  // the ordinal's two letters
    size_t d = suffix;
    while (d > 0 && suffix - d < 3 && IsDigitByte(text[d - 1])) --d;
    if (d < suffix && (d == 0 || !IsWordByte(text[d - 1]))) {
      const std::string_view ordinal = text.substr(suffix, 2);
      if (ordinal == "st" || ordinal == "nd" || ordinal == "rd" || ordinal == "th") return true;
    }
  }
  // "east of Lokori", "5 km north-west of Kalemngorok": a direction and
  // "of" before it.
  if (before == "of" && f.begin >= 4) {
    static constexpr std::string_view kDirections[] = {
        "east", "north", "north-east", "north-west", "northeast", "northwest", "outskirts", "south",
        "south-east", "south-west", "southeast", "southwest", "west"};
    if (OneOf(kDirections, LowerHyphenedWordBefore(text, f.begin - 3))) return true;
  }
  // A locative, one space, then the span, and no possessive after it; or
  // "from" or "to" ("an elder from Jabal Sabir", "visits to Nasir Bagh"),
  // where Abu and Khan start persons' names as often ("a call from Abu
  // Hamza").
  return (OneOf(kLocatives, before) && HasPlaceWord(text, f, /*conjunct=*/false)) ||
         ((before == "from" || before == "to") && HasPlaceWord(text, f, /*conjunct=*/true));
}

size_t PlaceFirstWordBefore(std::string_view text, const Finding& f) {
  if (f.kind != Kind::kPerson || f.begin < 4 || f.end > text.size() || text[f.begin - 1] != ' ') {
    return std::string_view::npos;
  }
  size_t w = f.begin - 1;
  while (w > 0 && f.begin - 1 - w < 8 && IsWordByte(text[w - 1])) --w;
  const std::string_view word = text.substr(w, f.begin - 1 - w);
  if (!OneOf(kPlaceFirstWords, word) || OneOf(kPersonFirstWords, word)) return std::string_view::npos;
  const std::string_view before = LowerWordBefore(text, w);
  return OneOf(kLocatives, before) || before == "from" || before == "to" || before == "at" ? w
                                                                                           : std::string_view::npos;
}

size_t ConjunctPlaceEnd(std::string_view text, size_t b) {
  for (std::string_view sep : {std::string_view(", and "), std::string_view(" and "), std::string_view(" or ")}) {
    if (b >= sep.size() + 1 && text.compare(b - sep.size(), sep.size(), sep) == 0) return b - sep.size();
  }
  return std::string_view::npos;
}

bool ClosesLocativeList(std::string_view text, size_t b) {
  size_t p = ConjunctPlaceEnd(text, b);
  if (p == std::string_view::npos) return false;
  for (int items = 0; items < 4; ++items) {
    // The item ending at p: words separated by single spaces.
    size_t start = p;
    for (int words = 0; words < 4; ++words) {
      size_t w = start;
      while (w > 0 && (IsWordByte(text[w - 1]) || text[w - 1] == '-')) --w;
      const std::string_view word = text.substr(w, start - w);
      const bool capital = !word.empty() && word[0] >= 'A' && word[0] <= 'Z';
      if (word.empty() || !(capital || word.find('-') != std::string_view::npos)) {
        if (words == 0) return false;
        break;
      }
      start = w;
      if (start < 2 || text[start - 1] != ' ' || !IsWordByte(text[start - 2])) break;
      // Stop before a lower-case word: it is the locative or no list.
      if (text[start - 2] >= 'a' && text[start - 2] <= 'z') {
        size_t v = start - 1;
        while (v > 0 && IsWordByte(text[v - 1])) --v;
        if (text[v] >= 'a' && text[v] <= 'z' && text.substr(v, start - 1 - v).find('-') == std::string_view::npos) break;
      }
      --start;  // over the space
    }
    // Before the item: a locative, or ", " and another item.
    if (OneOf(kLocatives, LowerWordBefore(text, start))) return true;
    if (start < 3 || text.compare(start - 2, 2, ", ") != 0) return false;
    p = start - 2;
  }
  return false;
}

bool JusquABefore(std::string_view text, size_t begin) {
  return (begin >= 9 && text.compare(begin - 9, 6, "jusqu'") == 0) ||
         (begin >= 11 && text.compare(begin - 11, 8, "jusqu\xE2\x80\x99") == 0);
}

}  // namespace place_internal

namespace link_internal {

std::string_view LowerWordBefore(std::string_view text, size_t b) {
  if (b < 2 || b > text.size() || text[b - 1] != ' ') return {};
  size_t w = b - 1;
  while (w > 0 && ((text[w - 1] >= 'a' && text[w - 1] <= 'z') || static_cast<unsigned char>(text[w - 1]) >= 0x80)) --w;
  if (w > 0 && IsWordByte(text[w - 1])) return {};
  return text.substr(w, b - 1 - w);
}

std::string_view WordBefore(std::string_view text, size_t b) {
  if (b < 2 || b > text.size() || text[b - 1] != ' ') return {};
  size_t w = b - 1;
  while (w > 0 && ((text[w - 1] >= 'a' && text[w - 1] <= 'z') || (text[w - 1] >= 'A' && text[w - 1] <= 'Z'))) --w;
  if (w > 0 && IsWordByte(text[w - 1])) return {};
  return text.substr(w, b - 1 - w);
}

bool PlaceConfirmedByContext(std::string_view text, const Finding& f) {
  Finding as_person = f;
  as_person.kind = Kind::kPerson;
  return PlaceByContext(text, as_person);
}

bool PossessiveAt(std::string_view text, size_t end) {
  return end < text.size() && (text[end] == '\'' || text.compare(end, 3, "\xE2\x80\x99") == 0);
}

bool IsVillageWord(std::string_view word) { return OneOf(kVillageWords, word); }

bool IsPlacePrefix(std::string_view word) {
  std::array<char, 8> buf;
  const std::string_view low = LowerAsciiInto(word, buf);
  return !low.empty() && (OneOf(kPlacePrefixes, low) || IsVillageWord(low));
}

bool FollowsPlacePrefix(std::string_view text, size_t b) {
  if (b < 2 || b > text.size() || text[b - 1] != ' ') return false;
  // An abbreviated prefix keeps its period ("Kec. Kayangan", "Brgy. Batang").
  const size_t end = text[b - 2] == '.' ? b - 2 : b - 1;
  size_t begin = end;
  while (begin > 0 && IsWordByte(text[begin - 1])) --begin;
  return begin < end && text[begin] >= 'A' && text[begin] <= 'Z' && IsPlacePrefix(text.substr(begin, end - begin));
}

}  // namespace link_internal

}  // namespace tearline

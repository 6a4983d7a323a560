// PERSON readings that name a place or an organisation by their last word
// ("Sheikh Lotfollah Mosque", "Andy Warhol Foundation"), and LOC readings
// that name a person ("Pedro de la Cruz"). Contracts in tearline/resolve.h
// (PlaceOrOrganisationNamed, PersonReadAsPlace).
#include <algorithm>
#include <cstring>
#include <array>
#include <iterator>
#include <limits>
#include <span>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "common_words.h"
#include "known_places.h"
#include "link_words.h"
#include "patronyms.h"
#include "place_names.h"
#include "tearline/file.h"
#include "tearline/quasi.h"
#include "tearline/resolve.h"

namespace tearline {
namespace {

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

// Words after a name that make it a place ("Mohammad Agha district",
// "Sayed Abad District", "Nad Ali valley", "Abu Shouk camp", "Gaziantep
// hub", an association's "Guma chapter"), lower case.
// Sorted.
constexpr std::string_view kAdministrativeWords[] = {
    "airport",  "base",       "beach",    "border",   "borehole", "branch", "bridge", "camp",          "camps",    "cemetery", "chapter", "checkpoint", "city",
    "clinic",  "counties", "county",
    "crossing", "district", "districts",  "division", "governorate", "graveyard",   "guesthouse", "hospital", "hub",
    "junction",
    "kebele", "lagoon", "lga", "mahalla", "market",
    "mosque",   "municipality", "neighborhood", "neighbourhood", "office", "payam", "payams", "point", "province", "provinces", "provincial", "region", "regions",
    "river",    "road",     "route",      "sector", "settlement", "side", "site",  "station", "subdistrict", "suburb", "tehsil",  "town", "township",
    "valley",  "village", "villages", "ward", "woreda", "woredas",
};
static_assert(std::is_sorted(std::begin(kAdministrativeWords), std::end(kAdministrativeWords)));
// Lower-case words after which a place word makes a name a place ("in Khan
// Younis", "through Abu Kamal"). Looked up with OneOf: in no order.
constexpr std::string_view kLocatives[] = {"across", "around", "inside", "into", "near", "via",
                                           // Spanish and French: "por Cali", "desde Pamplona", "vers Tshikapa",
                                           // "depuis Abeibara"
                                           "por", "desde", "hacia", "vers", "depuis",
                                           // A word for a place before its name: "the river Kasai", "village
                                           // Bena", "rio Chiveve", "río Bravo", "rivière Kasaï"; waters: "lac
                                           // Kivu", "les rivières Chishova et ...", "l'oued Ametettaï"
                                           "river", "rio", "r\xC3\xADo", "rivi\xC3\xA8re", "rivi\xC3\xA8res", "fleuve",
                                           // Haitian Creole: "Rivyè Masak"
                                           "rivy\xC3\xA8",
                                           "lac", "lake", "lago", "oued", "village", "quartier",
                                           // Units of Pakistan's districts: "Tehsil Rohri", "Taluka Dadu"
                                           "tehsil", "taluka",
                                           "ville", "town", "city",
                                           "outside", "through", "toward", "towards", "in",
                                           // A road between places: "l'axe Gao – Ansongo", "el eje Tumaco",
                                           // "National road Borongan-Guiuan"
                                           "axe", "eje", "road", "route", "highway"};
// French words of living, staying, going or being held after which "à"
// and a name say where ("résidant à Tin-Adjar", "parti à Anderamboukane",
// "gendarmes à Tchirozérine"); verbs of speaking or giving are left out
// ("dit à Moussa", "remis à Fatou"). Looked up with OneOf.
constexpr std::string_view kWhereAfter[] = {
    "r\xC3\xA9sidant", "r\xC3\xA9sidante", "r\xC3\xA9sidants", "r\xC3\xA9side", "r\xC3\xA9sident",
    "r\xC3\xA9sidait", "habite", "habitent", "habitait", "habitant", "habitante", "habitants", "vit", "vivent",
    "vivait", "vivant", "n\xC3\xA9", "n\xC3\xA9" "e", "parti", "partie", "partis", "all\xC3\xA9",
    "all\xC3\xA9" "e", "all\xC3\xA9s", "arriv\xC3\xA9", "arriv\xC3\xA9" "e", "arriv\xC3\xA9s",
    "retourn\xC3\xA9", "retourn\xC3\xA9" "e", "rentr\xC3\xA9", "rentr\xC3\xA9" "e", "install\xC3\xA9",
    "install\xC3\xA9" "e", "install\xC3\xA9s", "bas\xC3\xA9", "bas\xC3\xA9" "e", "situ\xC3\xA9",
    "situ\xC3\xA9" "e", "bloqu\xC3\xA9", "bloqu\xC3\xA9s", "hospitalis\xC3\xA9", "hospitalis\xC3\xA9" "e",
    "d\xC3\xA9tenu", "d\xC3\xA9tenue", "d\xC3\xA9tenus", "cach\xC3\xA9", "cach\xC3\xA9" "e",
    "r\xC3\xA9" "fugi\xC3\xA9", "r\xC3\xA9" "fugi\xC3\xA9s", "d\xC3\xA9plac\xC3\xA9s", "rest\xC3\xA9",
    "rest\xC3\xA9" "e", "rest\xC3\xA9s", "reste", "restent", "dort", "dors", "dorment", "travaille", "travaillent", "travaillait",
    "enterr\xC3\xA9", "enterr\xC3\xA9" "e", "gendarmes", "militaires", "soldats", "policiers", "march\xC3\xA9",
    "transf\xC3\xA9r\xC3\xA9", "transf\xC3\xA9r\xC3\xA9" "e", "transf\xC3\xA9r\xC3\xA9s", "transf\xC3\xA9r\xC3\xA9" "es",
    "\xC3\xA9vacu\xC3\xA9", "\xC3\xA9vacu\xC3\xA9" "e", "\xC3\xA9vacu\xC3\xA9s", "r\xC3\xA9" "f\xC3\xA9r\xC3\xA9",
    "r\xC3\xA9" "f\xC3\xA9r\xC3\xA9" "e", "r\xC3\xA9" "f\xC3\xA9r\xC3\xA9s",
    "domicile",
};
// French and Spanish words after which "de" and a name say where from
// ("originaire de Tin-Adjar", "oriunda de Tarapacá"). Looked up with OneOf.
// Spanish and Portuguese verbs of arriving, going back or fleeing after
// which "a" and a name say where ("llegaron a La Parada", "regresó a
// Pamplona", "chegaram a Pemba"; the personal "a" follows verbs of seeing
// and telling: "vi a Juan", "le digo a Anita"). Looked up with OneOf.
constexpr std::string_view kArrivingBeforeA[] = {
    "llegamos", "llegan", "llegaron", "llegó", "llega", "llegar", "llegué", "regresaron", "regresó", "regresar",
    "volvieron", "volvió", "volver", "huyeron", "huyó", "fueron", "trasladaron", "trasladó", "trasladados",
    "trasladada", "trasladado", "chegaram", "chegou", "chegar", "voltaram", "voltou", "fugiram", "fugiu",
};
constexpr std::string_view kComingFrom[] = {
    "originaire", "originaires", "natif", "native", "natifs", "venant", "provenant", "revenant", "oriundo",
    "oriunda", "oriundos", "oriundas", "procedente", "procedentes", "proveniente", "provenientes",
};
// French, Spanish and Portuguese words for a kind of place, lower case (as
// LowerNameInto writes them), that name the place after "de" or "d'" ("le
// village de Dingazi Banda", "la commune d'Abala", "DÉPARTEMENT DE OUALLAM",
// "el municipio de Tumaco", "o povoado de Lurio"). Looked up with OneOf.
constexpr std::string_view kRomancePlaceWords[] = {
    "administrativo", "aldeia", "arrondissement", "barrio", "bairro", "camp", "campo", "canton", "cercle", "cidade", "ciudad",
    "commune", "communes", "comuna", "corregimiento", "d\xC3\xA9partement", "departamento", "district", "distrito",
    "hameau", "hameaux", "localidad", "quartiers", "nord", "norte", "ouest", "oeste", "sud",
    "localit\xC3\xA9", "munic\xC3\xADpio", "municipio", "pr\xC3\xA9" "fecture", "povoado", "poste", "province",
    "provincia", "pueblo", "quartier", "r\xC3\xA9gion", "regi\xC3\xB3n", "secteur", "vereda", "village", "villages",
    "ville",
    // Places and offices of a town: "la grande mosquée de Dori", "le site
    // de Wendou", "le CMA de Dori", "le Préfet de Dori", "hospital de Danlí".
    "aldea", "cma", "colonia", "csps", "escola", "escuela", "gare", "hospital", "h\xC3\xB4pital", "iglesia", "igreja",
    "mairie", "maire", "march\xC3\xA9", "mercado", "mosqu\xC3\xA9" "e", "parroquia", "paroisse", "pr\xC3\xA9" "fet",
    "route", "site", "\xC3\xA9" "cole", "\xC3\xA9" "glise",
    // "la foire hebdomadaire de Konna", "le CSCom de Konna", "la gendarmerie de Sévaré".
    "commissariat", "cscom", "dispensaire", "foire", "gendarmerie", "hebdomadaire", "lyc\xC3\xA9" "e",
    // Nearness: "près de Kibondo", "cerca de Caraparí".
    "pr\xC3\xA8s", "cerca",
    // Health units: "le district de santé de Mora", "centro de salud de X".
    "sant\xC3\xA9", "salud", "sa\xC3\xBA" "de",
    // Spanish places by a border or a coast: "la zona del Monte Hacho", "el
    // espigón del Tarajal", "el paso de Pesquera", "la playa de Castillejos".
    "zona", "playa", "espig\xC3\xB3n", "paso", "frontera", "caser\xC3\xADo", "caser\xC3\xADos"};

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

using link_internal::OneOf;

bool IsDigitByte(char c) { return c >= '0' && c <= '9'; }

// The ASCII word of letters at text[b, ...) lower-cased into buf (empty when
// there is none or it is longer than buf).
std::string_view LowerWordAt(std::string_view text, size_t b, std::array<char, 16>& buf) {
  size_t e = b;
  while (e < text.size() && ((text[e] >= 'a' && text[e] <= 'z') || (text[e] >= 'A' && text[e] <= 'Z'))) ++e;
  return link_internal::LowerAsciiInto(text.substr(b, e - b), buf);
}

using link_internal::HoldsAsWords;
using link_internal::HoldsOneAsWords;
using link_internal::ForEachWordStretch;
using link_internal::PossessiveAt;

using link_internal::LowerWordBefore;

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

// Whether the reading f has two words or more (split at single spaces) and
// starts or ends with a word of kPlaceFirstWords / kPlaceLastWords (not of
// kPersonFirstWords when `conjunct`), and no possessive follows it.
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

// A place reading that its context confirms (an administrative word after
// it, a locative and a place word before it: "Mandera town", "anyone in Abu
// Shouk") counts as this sure when readings of the same text are compared;
// below it, the Spanish "en" before a reading makes it a place.
constexpr float kPlaceInContext = 0.7f;

// Whether one of kRomancePlaceWords, in any case, ends at text[.., e).
bool RomancePlaceWordEndsAt(std::string_view text, size_t e) {
  size_t w = e;
  while (w > 0 && e - w < 16 && (IsWordByte(text[w - 1]) && text[w - 1] != '\'')) --w;
  if (w == e || (w > 0 && IsWordByte(text[w - 1]))) return false;
  std::string low;
  link_internal::LowerNameInto(text.substr(w, e - w), &low);
  return OneOf(kRomancePlaceWords, low);
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

// Whether the PERSON reading f names a place by its context: an
// administrative word after it, a possessive and a place word after it, or a
// place word in it after a locative.
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
    // Turkish lawyer's title: "lawyer Av. Burak Tunç"); the Ukrainian and
    // Russian "street" ("vul. Admirala Makarova", "ul. Lenina").
    for (std::string_view av : {std::string_view("Av. "), std::string_view("AV. "), std::string_view("Avda. "),
                                std::string_view("vul. "), std::string_view("Vul. "), std::string_view("ul. "),
                                std::string_view("Ul. ")}) {
      if (f.begin >= av.size() + 1 && text.compare(f.begin - av.size(), av.size(), av) == 0 &&
          !IsWordByte(text[f.begin - av.size() - 1])) {
        const std::string_view role = LowerWordBefore(text, f.begin - av.size());
        return !(av == "Av. " && (role == "lawyer" || role == "avukat" || role == "attorney" || role == "counsel"));
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

// The start of a word of kPlaceFirstWords (not of kPersonFirstWords) and
// one space before the PERSON reading f, when a locative, "from", "to" or
// "at" stands before that word ("in Wad Madani" read as "Madani"), or npos.
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

// "the Karimi family" names persons nearly always, however weakly the
// tagger read "Karimi" as an organisation: as sure as a joined patronym.
constexpr float kFamilyNameConfidence = 0.6f;

// Whether the ORG or LOC reading f is one or two capitalised words before
// " family", " families" or " household": a family's name ("the Karimi
// family"), read by the tagger as an organisation; or a family's name in the
// plural after "the" shortly after a family noun ("a Roma family, the
// Horvaths").
bool FamilyNamed(std::string_view text, const Finding& f) {
  if ((f.kind != Kind::kOrg && f.kind != Kind::kLoc) || f.end > text.size() || f.begin >= f.end) return false;
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

// Where the item before a conjunct at text[b] ends: b less " and ", ", and "
// or " or " ("Deir ez-Zor and Tal Afar"), or npos when none of these comes
// before b. (Not a bare ", ": "In Kabul, Abu Hamza said" names a person.)
size_t ConjunctPlaceEnd(std::string_view text, size_t b) {
  for (std::string_view sep : {std::string_view(", and "), std::string_view(" and "), std::string_view(" or ")}) {
    if (b >= sep.size() + 1 && text.compare(b - sep.size(), sep.size(), sep) == 0) return b - sep.size();
  }
  return std::string_view::npos;
}

// Whether the conjunct at text[b] closes a list of places after a locative:
// "through Abu Kamal, Deir ez-Zor and Tal Afar". Walks back over up to four
// items of one to four capitalised (or hyphenated: "ez-Zor") words,
// separated by ", ", to a lower-case locative.
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

// Whether words that make text[b, e) a language's name stand around it:
// " language", " languages", " dialect", " dialects", " speakers",
// " speaking area" or "-speaking" after it ("the Eegimaa language", "Bayot
// speakers", "the Bayot speaking area"), or "speakers of " before it
// ("speakers of Kujireray"); all in small letters. Not " speaking" alone
// ("Karim speaking at the meeting") nor " speaker".
bool LanguageCueAround(std::string_view text, size_t b, size_t e) {
  const auto word_ends = [&](size_t p) { return p >= text.size() || !IsWordByte(text[p]); };
  for (std::string_view cue : {std::string_view(" language"), std::string_view(" languages"),
                               std::string_view(" dialect"), std::string_view(" dialects"),
                               std::string_view(" speakers"), std::string_view("-speaking"),
                               std::string_view(" speaking area")}) {
    if (text.compare(e, cue.size(), cue) == 0 && word_ends(e + cue.size())) return true;
  }
  constexpr std::string_view kBefore = "speakers of ";
  return b >= kBefore.size() && text.compare(b - kBefore.size(), kBefore.size(), kBefore) == 0 &&
         (b == kBefore.size() || !IsWordByte(text[b - kBefore.size() - 1]));
}

// Whether the PERSON reading f names a language: one or two words right
// after "spoke", "speak(s)" or "speaking" and one space ("the attackers
// spoke Nuer"), or with a language's cue around it (LanguageCueAround), or
// after ", ", " and " or " or " that follows the end of such a reading
// (`language_ends`: "spoke Nuer and Collo"; at kWeakPerson or above, only
// before a mark, " and " or " or "). Not before a possessive.
bool SpokenLanguage(std::string_view text, const Finding& f, const std::vector<size_t>& language_ends) {
  if (f.end > text.size() || f.begin >= f.end || PossessiveAt(text, f.end)) return false;
  const std::string_view span = text.substr(f.begin, f.size());
  const size_t space = span.find(' ');
  if (space != std::string_view::npos && span.find(' ', space + 1) != std::string_view::npos) return false;
  if (f.begin < 2 || text[f.begin - 1] != ' ') return LanguageCueAround(text, f.begin, f.end);
  const auto speak = [](std::string_view w) { return w == "spoke" || w == "speak" || w == "speaks" || w == "speaking"; };
  const std::string_view before = LowerWordBefore(text, f.begin);
  if (speak(before)) return true;
  // "speaks mostly Lingala", "spoke only Nuer": one adverb between.
  static constexpr std::string_view kAdverbs[] = {"also", "basic", "broken", "fluent", "little",
                                                   "mainly", "mostly", "only", "some"};
  if (OneOf(kAdverbs, before) && f.begin > before.size() + 1 && speak(LowerWordBefore(text, f.begin - before.size() - 1))) {
    return true;
  }
  // "Language: Kanuri", "Languages: Hausa, Kanuri": a language field.
  for (std::string_view label : {std::string_view("Language: "), std::string_view("Languages: ")}) {
    if (f.begin < label.size()) continue;
    const size_t at = f.begin - label.size();
    if (text.compare(at, label.size(), label) == 0 && (at == 0 || text[at - 1] == '\n')) return true;
  }
  if (LanguageCueAround(text, f.begin, f.end)) return true;
  // An item of a list after a language. A sure reading only where the list
  // goes on or ends after it (a mark, " and ", " or "): before another word
  // it may be a person who joins the clause ("spoke Dari and Ahmad
  // translated").
  if (f.confidence >= link_internal::kWeakPerson && f.end < text.size() &&
      std::string_view(".,;:)\n\r").find(text[f.end]) == std::string_view::npos &&
      text.compare(f.end, 5, " and ") != 0 && text.compare(f.end, 4, " or ") != 0) {
    return false;
  }
  size_t item_end = ConjunctPlaceEnd(text, f.begin);
  if (item_end == std::string_view::npos && f.begin >= 3 && text.compare(f.begin - 2, 2, ", ") == 0) {
    item_end = f.begin - 2;
  }
  return item_end != std::string_view::npos &&
         std::find(language_ends.begin(), language_ends.end(), item_end) != language_ends.end();
}

// A tagger's PERSON reading of one word that the document names as a
// language elsewhere (LanguageWords) is that language: "Eegimaa is mainly
// spoken" beside "the Eegimaa language".
void ReadLanguagesNamedElsewhere(std::string_view text, std::vector<Finding>* findings) {
  const std::vector<std::string> languages = link_internal::LanguageWords(text, *findings);
  if (languages.empty()) return;
  std::string low;
  const auto is_language = [&](std::string_view word) {
    link_internal::LowerNameInto(word, &low);
    return std::find(languages.begin(), languages.end(), low) != languages.end();
  };
  for (Finding& f : *findings) {
    if (f.kind != Kind::kPerson || f.detector != "tagger" || f.end > text.size() || f.begin >= f.end) continue;
    const std::string_view span = text.substr(f.begin, f.size());
    if (span.find(' ') != std::string_view::npos) continue;  // LanguageWords holds no word of such a reading
    if (is_language(span)) {
      f.kind = Kind::kDem;
      f.subkind = "LANGUAGE";
    }
  }
}

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

// A tagger's PERSON reading of exactly a name the text defines as a place
// (NamesDefinedAsPlaces) is that place: "York" read as a person beside "York
// is an ancient cathedral city". Not a name of one word that a PERSON
// reading of two words or more holds ("Mary" beside "Mary Okello" where
// "Mary is a town in Turkmenistan"): a person is never let go on a place's
// account.
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

// Weak PERSON readings (below kWeakPerson, which the leak check would
// block on) that read as places: one word right after a locative ("in
// Hpakant"), not before a possessive; one word in parentheses right after a
// LOC reading ("Mosul (Nineveh)"); or an item of a list beside a LOC
// reading ("Pulka and Banki", "Drodro, Largu and Rhoe"), in text order so
// that a list is read from its first place (`order`: the findings' indices
// sorted by begin).
void ReadWeakPlaces(std::string_view text, std::vector<Finding>* findings, const std::vector<size_t>& order);

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

// A PERSON or LOC reading inside a listed armed group's or movement's name
// (ORG, subkind GROUP: the quasi lexicon org_groups.txt) is that
// organisation ("Hezbollah", "Ansar Dine", "Mohammed" of "Jaish-e-Mohammed"):
// the threat's name is what the recipient needs. Not where the document
// uses the group's text as part of a longer person's name ("Hamas Ali"):
// there the group's text is a name word, and no reading of it changes.
void ReadListedGroups(std::string_view text, std::vector<Finding>* findings) {
  std::vector<std::pair<size_t, size_t>> groups;
  for (const Finding& f : *findings) {
    if (f.kind == Kind::kOrg && f.subkind == "GROUP" && f.end <= text.size()) groups.emplace_back(f.begin, f.end);
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

using link_internal::IsKnownTown;
using link_internal::kWeakPerson;

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

// A weak PERSON reading of a text that the same document reads, elsewhere
// and more surely, as a place, and nowhere as a person at kWeakPerson or
// above, is that place ("Our team was in Ntokota and Nangua" beside "the
// road to Nangua" read as LOC at 0.72). So is a tagger's weak PERSON reading
// of exactly the name of a town of the gazetteer (IsKnownTown: "Ouahigouya",
// "Mandalay"; names that are also given or family names are not in it; not
// after a word for a relative or a role: "pony-wala Nandu"). And
// so is a tagger's PERSON reading below kPlaceInContext of a text that the
// document reads elsewhere as a place in a context that confirms it, and
// nowhere as surely as a person ("Abu Shouk block 7" at 0.63 beside "anyone
// in Abu Shouk"; the tagger's own LOC readings are not enough: "- Falmata
// Bukar, WASH officer" read as a place at 0.62); and so is, however sure,
// a tagger's reading with a word of places' names (HasPlaceWord, not "Abu"
// nor "Khan": "Tal Tamr") of a text read so elsewhere; and so is a family
// name before "families" that the document reads more surely as a place
// elsewhere ("the Al-Tuhayta families").
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

// A run of another script alone in parentheses right after a LOC reading
// is the place's name in that script ("Yahidne (Ягідне)"), not a person's;
// so is one that a spaced slash joins to a LOC reading, either side
// ("Физули / Füzuli", "Khiam / الخيام": a bilingual column).
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

// Whether "jusqu'à " or "jusqu’à " ("as far as") ends at begin.
bool JusquABefore(std::string_view text, size_t begin) {
  return (begin >= 9 && text.compare(begin - 9, 6, "jusqu'") == 0) ||
         (begin >= 11 && text.compare(begin - 11, 8, "jusqu\xE2\x80\x99") == 0);
}

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

// A town of the gazetteer, or a name of two words or more, that the
// document places twice or more (see TownPlacedHere; a sure LOC reading
// that ends in "de", "du" or "of" and the town: "Commune de Djibo") is that
// place wherever the tagger reads exactly it as a person, however surely
// ("Djibo" at 0.85 in "le couloir Kaya–Djibo", "Mae Sot" at 0.84, "Pano
// Aqil" beside "Tehsil Pano Aqil" and "Pano Aqil point"), unless a longer
// PERSON reading holds it as whole words ("Salou Djibo") or another
// detector reads it as a person.
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

// A tagger's weak one-word PERSON reading (below kWeakPerson) of a word that
// the text, elsewhere and unread, names as a place after a French, Spanish
// or Portuguese word for a kind of place and "de", "du" or "d'" ("à
// Tondikiwindi" beside "la commune de Tondikiwindi" that no reading holds)
// is that place. The words after such a phrase are gathered in one pass
// for each joint.
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

}  // namespace

namespace link_internal {

std::vector<std::string> LanguageWords(std::string_view text, const std::vector<Finding>& findings) {
  std::vector<std::string> words;
  std::string low;
  // Calls add(low) with each word of text[f.begin, f.end) (split at
  // spaces), lower-cased into `low`.
  const auto for_each_word = [&](const Finding& f, auto add) {
    const std::string_view span = text.substr(f.begin, f.size());
    for (size_t i = 0; i < span.size();) {
      const size_t e = std::min(span.find(' ', i), span.size());
      LowerNameInto(span.substr(i, e - i), &low);
      add();
      i = e + 1;
    }
  };
  for (const Finding& f : findings) {
    // Only a reading that a noun for a language or its speakers names so
    // ("the Eegimaa language"): not one of a list after it ("spoke Dari and
    // Ahmad translated"), whose words may be a person's.
    if (f.kind != Kind::kDem || f.subkind != "LANGUAGE" || f.end > text.size() ||
        !LanguageCueAround(text, f.begin, f.end)) {
      continue;
    }
    for_each_word(f, [&] {
      if (low.size() >= 3 && std::find(words.begin(), words.end(), low) == words.end()) words.push_back(low);
    });
  }
  if (words.empty()) return words;
  // Not a given or family name of the name lexicons that a PERSON reading
  // of two words or more holds: the document also uses it in a name ("Abdul
  // Rahman Baloch" beside "Baloch speakers"), and a name is never let go on
  // a language's account. A word no name lexicon holds stays the language
  // ("Eegimaa" of "the Gújjolaay Eegimaa", read as a person).
  for (const Finding& f : findings) {
    if (f.kind != Kind::kPerson || f.end > text.size() || f.begin >= f.end) continue;
    if (text.substr(f.begin, f.size()).find(' ') == std::string_view::npos) continue;
    for_each_word(f, [&] {
      // The few language words first: the name table only for one of them.
      if (std::find(words.begin(), words.end(), low) != words.end() && IsNameWord(low)) std::erase(words, low);
    });
  }
  return words;
}

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

namespace {

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

}  // namespace

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

namespace {

// The values of place fields (LOC findings of the field rule, subkind
// FIELD: "Village of origin: Martuni", a cell under "origin_settlement")
// are context, not findings: a PERSON reading of another detector inside
// one is that place, and so is a tagger's PERSON reading elsewhere of the
// same text ("documents left in Stepanakert" beside a row whose origin is
// "Stepanakert"), and a weak one (below kWeakPerson) that holds it as whole
// words ("UNHCR Goris"). The field findings themselves are removed, so that a
// value never widens the redaction of a name inside it (the overlap rule).
// A tagger's reading that runs from a value across a gap of two spaces or
// more into the next column is cut there first.
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

// A tagger's PERSON reading that runs over a lower-case preposition of place
// or movement of French, Spanish or Portuguese ("Dicko à Ménaka", "Arley C.
// B. en Cali", "Wilmer Valencia hasta Vigía"; not "de": "Pedro de la Cruz"):
// no name holds one, so the person's name ends before it, and the
// capitalised words after it are a place; a reading that opens with one of
// them but "à" (in small letters or capitalised: "En Filo Gringo") and a
// capital is a place without it ("en Kennedy"), and so is one that opens
// with a word for a town's quarter or a village in small letters ("barrio
// Kennedy") or with "Tehsil" or "Taluka" ("Tehsil Pano Aqil"); one that
// opens with "del" is what follows it ("cancha del Kennedy").
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

// A tagger's PERSON reading that runs over a spaced dash ("Area Manager -
// Hodeidah", "reported Marawara - Dangam"): no name holds one, so each piece
// is a reading of its own, with the reading's confidence.
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

// A tagger's reading of any kind that runs across a table's bar ("HGR
// Shabunda | Espérance", an ORG over two cells): no name crosses cells, so
// each cell's piece (spaces trimmed) is a reading of its own; without this
// the overlap rule would widen a name's redaction over the cell before it.
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

}  // namespace

namespace {

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

// What the files of ReadPlacesAndPersons share (place_context.cc,
// place_languages.cc, place_elsewhere.cc, place_weak.cc, place_splits.cc,
// place_names.cc): the word tables more than one of them reads, whether a
// reading's context makes it a place, and the passes that
// ReadPlacesAndPersons (place_names.cc) runs. Private to those files: the
// rest of src/resolve uses place_names.h and tearline/resolve.h.
//
// THREAD SAFETY: constant tables and stateless functions.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <iterator>
#include <string_view>
#include <vector>

#include "tearline/finding.h"

namespace tearline::place_internal {

// Common Spanish, Portuguese and Italian given names, as text writes them
// (UTF-8, with and without accents), sorted by bytes. Names that also start
// names of places are left out ("Santiago de Chile", "Salvador de Bahia",
// "Carmen de Viboral", "Dolores Hidalgo", "Mercedes", "Victoria de Durango").
inline constexpr std::string_view kIberianGivenNames[] = {
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

// Words after a name that make it a place ("Mohammad Agha district",
// "Sayed Abad District", "Nad Ali valley", "Abu Shouk camp", "Gaziantep
// hub", an association's "Guma chapter"), lower case.
// Sorted.
inline constexpr std::string_view kAdministrativeWords[] = {
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
inline constexpr std::string_view kLocatives[] = {"across", "around", "inside", "into", "near", "via",
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
inline constexpr std::string_view kWhereAfter[] = {
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

// French, Spanish and Portuguese words for a kind of place, lower case (as
// LowerNameInto writes them), that name the place after "de" or "d'" ("le
// village de Dingazi Banda", "la commune d'Abala", "DÉPARTEMENT DE OUALLAM",
// "el municipio de Tumaco", "o povoado de Lurio"). Looked up with OneOf.
inline constexpr std::string_view kRomancePlaceWords[] = {
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

// A place reading that its context confirms (an administrative word after
// it, a locative and a place word before it: "Mandera town", "anyone in Abu
// Shouk") counts as this sure when readings of the same text are compared;
// below it, the Spanish "en" before a reading makes it a place.
inline constexpr float kPlaceInContext = 0.7f;

// Whether c is an ASCII digit.
inline bool IsDigitByte(char c) { return c >= '0' && c <= '9'; }

// place_context.cc: whether the words around a reading, or its own, make it
// a place.

// The ASCII word of letters at text[b, ...) lower-cased into buf (empty when
// there is none or it is longer than buf).
std::string_view LowerWordAt(std::string_view text, size_t b, std::array<char, 16>& buf);

// Whether the reading f has two words or more (split at single spaces) and
// starts or ends with a word of kPlaceFirstWords / kPlaceLastWords (not of
// kPersonFirstWords when `conjunct`), and no possessive follows it.
bool HasPlaceWord(std::string_view text, const Finding& f, bool conjunct);

// Whether one of kRomancePlaceWords, in any case, ends at text[.., e).
bool RomancePlaceWordEndsAt(std::string_view text, size_t e);

// Whether the PERSON reading f names a place by its context: an
// administrative word after it, a possessive and a place word after it, or a
// place word in it after a locative.
bool PlaceByContext(std::string_view text, const Finding& f);

// The start of a word of kPlaceFirstWords (not of kPersonFirstWords) and
// one space before the PERSON reading f, when a locative, "from", "to" or
// "at" stands before that word ("in Wad Madani" read as "Madani"), or npos.
size_t PlaceFirstWordBefore(std::string_view text, const Finding& f);

// Where the item before a conjunct at text[b] ends: b less " and ", ", and "
// or " or " ("Deir ez-Zor and Tal Afar"), or npos when none of these comes
// before b. (Not a bare ", ": "In Kabul, Abu Hamza said" names a person.)
size_t ConjunctPlaceEnd(std::string_view text, size_t b);

// Whether the conjunct at text[b] closes a list of places after a locative:
// "through Abu Kamal, Deir ez-Zor and Tal Afar". Walks back over up to four
// items of one to four capitalised (or hyphenated: "ez-Zor") words,
// separated by ", ", to a lower-case locative.
bool ClosesLocativeList(std::string_view text, size_t b);

// Whether "jusqu'à " or "jusqu’à " ("as far as") ends at begin.
bool JusquABefore(std::string_view text, size_t begin);

// place_languages.cc: readings that name languages.

// Whether the PERSON reading f names a language: one or two words right
// after "spoke", "speak(s)" or "speaking" and one space ("the attackers
// spoke Nuer"), or with a language's cue around it (LanguageCueAround), or
// after ", ", " and " or " or " that follows the end of such a reading
// (`language_ends`: "spoke Nuer and Collo"; at kWeakPerson or above, only
// before a mark, " and " or " or "). Not before a possessive.
bool SpokenLanguage(std::string_view text, const Finding& f, const std::vector<size_t>& language_ends);

// A tagger's PERSON reading of one word that the document names as a
// language elsewhere (LanguageWords) is that language: "Eegimaa is mainly
// spoken" beside "the Eegimaa language".
void ReadLanguagesNamedElsewhere(std::string_view text, std::vector<Finding>* findings);

// place_elsewhere.cc: readings weighed against the document's other
// readings of the same text.

// A tagger's PERSON reading of exactly a name the text defines as a place
// (NamesDefinedAsPlaces) is that place: "York" read as a person beside "York
// is an ancient cathedral city". Not a name of one word that a PERSON
// reading of two words or more holds ("Mary" beside "Mary Okello" where
// "Mary is a town in Turkmenistan"): a person is never let go on a place's
// account.
void ReadPlacesDefinedSo(std::string_view text, std::vector<Finding>* findings);

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
void ReadPlacesNamedElsewhere(std::string_view text, std::vector<Finding>* findings);

// A run of another script alone in parentheses right after a LOC reading
// is the place's name in that script ("Yahidne (Ягідне)"), not a person's;
// so is one that a spaced slash joins to a LOC reading, either side
// ("Физули / Füzuli", "Khiam / الخيام": a bilingual column).
void ReadPlacesInOtherScripts(std::string_view text, std::vector<Finding>* findings);

// A town of the gazetteer, or a name of two words or more, that the
// document places twice or more (see TownPlacedHere; a sure LOC reading
// that ends in "de", "du" or "of" and the town: "Commune de Djibo") is that
// place wherever the tagger reads exactly it as a person, however surely
// ("Djibo" at 0.85 in "le couloir Kaya–Djibo", "Mae Sot" at 0.84, "Pano
// Aqil" beside "Tehsil Pano Aqil" and "Pano Aqil point"), unless a longer
// PERSON reading holds it as whole words ("Salou Djibo") or another
// detector reads it as a person.
void ReadTownsPlacedTwice(std::string_view text, std::vector<Finding>* findings);

// A tagger's weak one-word PERSON reading (below kWeakPerson) of a word that
// the text, elsewhere and unread, names as a place after a French, Spanish
// or Portuguese word for a kind of place and "de", "du" or "d'" ("à
// Tondikiwindi" beside "la commune de Tondikiwindi" that no reading holds)
// is that place. The words after such a phrase are gathered in one pass
// for each joint.
void ReadWeakPersonsPlacedElsewhere(std::string_view text, std::vector<Finding>* findings);

// place_weak.cc: weak readings placed by the words around them.

// Weak PERSON readings (below kWeakPerson, which the leak check would
// block on) that read as places: one word right after a locative ("in
// Hpakant"), not before a possessive; one word in parentheses right after a
// LOC reading ("Mosul (Nineveh)"); or an item of a list beside a LOC
// reading ("Pulka and Banki", "Drodro, Largu and Rhoe"), in text order so
// that a list is read from its first place (`order`: the findings' indices
// sorted by begin).
void ReadWeakPlaces(std::string_view text, std::vector<Finding>* findings, const std::vector<size_t>& order);

// place_splits.cc: readings cut before they are relabelled.

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
void ReadPlaceFields(std::string_view text, std::vector<Finding>* findings);

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
void SplitPersonsAtLocatives(std::string_view text, std::vector<Finding>* findings);

// A tagger's PERSON reading that runs over a spaced dash ("Area Manager -
// Hodeidah", "reported Marawara - Dangam"): no name holds one, so each piece
// is a reading of its own, with the reading's confidence.
void SplitReadingsAtSpacedDashes(std::string_view text, std::vector<Finding>* findings);

// A tagger's reading of any kind that runs across a table's bar ("HGR
// Shabunda | Espérance", an ORG over two cells): no name crosses cells, so
// each cell's piece (spaces trimmed) is a reading of its own; without this
// the overlap rule would widen a name's redaction over the cell before it.
void SplitReadingsAtBars(std::string_view text, std::vector<Finding>* findings);

}  // namespace tearline::place_internal

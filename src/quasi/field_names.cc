// The field name detector: the value of a labelled line that holds a
// person's name ("NAME: AHMADZAI, NOORULLAH", "Father's name: Abdul Karim",
// "Alias: Qari Sahib", "Next of kin: Bibi Hawa"). Contract in tearline/quasi.h
// (NewFieldNameDetector).
#include <algorithm>
#include <array>
#include <cstring>
#include <iterator>
#include <string>
#include <unordered_map>
#include <vector>

#include "delimited_records.h"
#include "fixed_width.h"
#include "name_words.h"
#include "quasi_internal.h"
#include "tearline/file.h"
#include "tearline/quasi.h"

namespace tearline {
namespace {

using quasi::IsDigitAscii;
using quasi::IsLowerAscii;
using quasi::IsUpperAscii;

constexpr std::string_view kId = "fields";
// A value under a name label is a name nearly always: surer than a titled
// name, below what the tagger gives a name it reads in a sentence.
constexpr float kFieldNameConfidence = 0.7f;
// A number under a phone or an ID column's heading.
constexpr float kNumberCellConfidence = 0.85f;
constexpr size_t kMaxLabel = 40;       // bytes of a label
constexpr size_t kMaxLabelWords = 4;
constexpr size_t kMaxValueWords = 6;   // words of one name

// The last word of a label that names a person's name ("Name", "Full name",
// "Father's name", "Surname", "Alias", "AKA"; Ukrainian and Russian headings
// in Latin letters: "Prizvyshche", "Imia", "Po batkovi", "Familiya"; Haitian
// Creole "Non, siyati", "Tinon"). Sorted.
constexpr std::string_view kNameLabelEnds[] = {
    "a.k.a",    "a.k.a.",   "aka",       "alias",     "aliases", "batkovi",   "familiia",    "familiya",
    "forename", "forenames", "imia",     "imya",      "name",    "names",     "nickname",    "nicknames",
    "otchestvo", "patronymic", "prizvyshche", "siyati", "surname", "surnames", "tinon"};
static_assert(std::is_sorted(std::begin(kNameLabelEnds), std::end(kNameLabelEnds)));
// Words before "name" that make it the name of a thing ("File name", "Code
// name", "Village name", "EC NAME": an evacuation centre's). Sorted.
constexpr std::string_view kThingNames[] = {
    "account", "app", "bank", "barangay", "brand", "business", "camp", "center", "centre", "city", "clinic",
    "code", "column", "company", "course", "database", "device", "district", "document", "domain", "ec",
    "event", "facility", "field", "file", "group", "hospital", "host", "location", "mission", "network",
    "operation", "org", "organisation", "organization", "package", "place", "product", "program", "programme",
    "project", "province", "report", "road", "school", "server", "settlement", "shelter", "ship", "site",
    "software", "street", "table", "team", "town", "trade", "tribe", "unit", "user", "variable", "vessel",
    "village",
};
static_assert(std::is_sorted(std::begin(kThingNames), std::end(kThingNames)));
// Whole labels of a relative or a name by relation ("Father", "Next of kin",
// "S/O"). Sorted.
constexpr std::string_view kKinLabels[] = {
    "also known as", "brother", "d/o", "daughter", "daughter of", "father", "guardian", "husband",
    "known as", "mother", "next of kin", "nok", "s/o", "sister", "son", "son of", "spouse",
    "w/o", "wife", "wife of",
};
static_assert(std::is_sorted(std::begin(kKinLabels), std::end(kKinLabels)));
// Whole labels of a list of relatives ("Children: Mamatjan (12) and Arzugul
// (9)"), and of the initials of those who signed ("Initials: FAM / MSI /
// AHC"), read as a list of names. Sorted.
constexpr std::string_view kKinListLabels[] = {"brothers",      "children", "daughters", "dependants", "dependents",
                                               "grandchildren", "initials", "kids",      "siblings",   "sisters",
                                               "sons"};
static_assert(std::is_sorted(std::begin(kKinListLabels), std::end(kKinListLabels)));
// Whole labels of those present at or absent from a meeting ("Apologies:
// Sherko Ehmed (camp management)"), or of a team's members ("Enumerators:
// Nyakuoth Gatdet (EN-04), Kuach Biel (EN-11)", a radio room's "Operators:
// Gift Lado (06:00-14:00), Akech Mabior", contact tracers), read as a list
// of names. (Not "Cc:", which copies offices and posts as often: "Cc:
// protection cluster Gao".)
// Sorted.
constexpr std::string_view kAttendanceLabels[] = {"absent",        "apologies",    "apology",       "attendees",
                                                  "enumerators",   "excused",      "facilitators",  "in attendance",
                                                  "interpreters",  "interviewers", "monitors",      "operators",
                                                  "participants",  "present",      "regrets",       "team members",
                                                  "tracers",       "volunteers"};
static_assert(std::is_sorted(std::begin(kAttendanceLabels), std::end(kAttendanceLabels)));
// Whole labels of the person who plays a role in a case or signs a document
// ("Caller:", "Caseworker:", "Reported by:", "Secretary:", "Broker:", a truck's
// "Kamsari:" or "Turnboy:", its conductor; a threat register's "Líder /
// lideresa" column): read as kin
// labels are. Sorted.
constexpr std::string_view kRoleLabels[] = {
    "accompanied by", "agent", "applicant", "approved", "approved by", "author", "beneficiary", "broker", "caller",
    "caregiver", "case worker", "caseworker", "chairman", "chairperson", "chairwoman", "checked", "checked by",
    "claimant", "cleared by", "client", "co-driver", "compiled by", "complainant", "completed by", "conductor", "contact person",
    "detainee", "distributed by", "drafted by", "driver", "enquirer", "entered by", "enumerator", "escort",
    "escorted by", "exported by", "focal", "focal point", "guardian", "host", "informant", "inquirer",
    "intake worker", "interpreter", "interviewed by", "interviewee", "interviewer", "kamsari", "leader", "lider",
    "lideresa", "logged by", "l\xC3\xAD" "der", "minute taker", "minutes", "note taker", "notetaker", "operator",
    "operator signature", "patient", "perpetrator", "prepared by", "rapporteur", "received by", "recorded by",
    "recruiter", "registered by", "reported by", "respondent", "reviewed", "reviewed by", "secretary", "signed",
    "signed by", "smuggler", "sought", "sought person", "spokesman", "spokesperson", "spokeswoman", "submitted by",
    "supervisor", "survivor", "suspect", "team lead", "team leader", "trafficker", "translator", "treasurer",
    "turn boy", "turnboy", "updated by", "verified", "verified by", "victim", "witness", "written by",
};
static_assert(std::is_sorted(std::begin(kRoleLabels), std::end(kRoleLabels)));
// Whole labels of a household member's field, lower case ("HH member",
// "hh_member_3" read without its number), and of a radio call sign ("Call
// sign: LELEKA", a table's "Call sign" column): a name. Sorted.
constexpr std::string_view kPersonLabels[] = {"call sign",      "callsign",  "family member", "head of household",
                                              "hh head",        "hh member", "household head", "household member"};
static_assert(std::is_sorted(std::begin(kPersonLabels), std::end(kPersonLabels)));
// First words of a value that say no name is given ("Name: Unknown", "inconnu",
// "Alias: none", "Father: deceased"), or that join a name to another one or
// go on with the sentence, left first where the leak check blanked the name
// before them ("dit "Hama"", "s/o Gul", "Children: [blank] has been absent"),
// lower case. Sorted.
constexpr std::string_view kNoNameValues[] = {
    "aka", "alias", "and", "are", "called", "d/o", "deceased", "desconocida", "desconocido", "dit", "dite", "es", "est", "et", "fue",
    "ha", "had", "has", "have", "inconnu", "inconnue", "is", "n/a", "na", "nee", "nicknamed", "nil", "none", "not", "n\xC3\xA9",
    "n\xC3\xA9" "e", "redacted", "s/o", "same", "see", "sont", "tbc", "tbd", "the", "unknown", "veuve", "w/o",
    "was", "were", "will", "withheld", "\xC3\xA9pouse"};
static_assert(std::is_sorted(std::begin(kNoNameValues), std::end(kNoNameValues)));
// Lower-case particles inside names ("Juan de la Cruz", "Khalid bin Walid",
// "Ludwig van Beethoven", "María de los Ángeles"). Sorted.
constexpr std::string_view kParticles[] = {"ag",   "al",  "bin", "bint", "da",  "das", "de",  "del",
                                           "della", "der", "di",  "dos",  "du",  "el",  "ibn", "la",
                                           "las",  "le",  "los", "mint", "ould", "uld", "van", "von",
                                           "wad",  "wuld"};
// "ag", "ould", "uld", "wad", "wuld": son of; "mint", "bint": daughter of
static_assert(std::is_sorted(std::begin(kParticles), std::end(kParticles)));

// Abbreviations whose period ends no name ("Capt. J. Whitfield"), besides
// initials. Sorted.
constexpr std::string_view kAbbreviations[] = {"Capt", "Col", "Dr",  "Eng", "Gen",  "Jr",  "Lt", "Maj", "Md",
                                               "Mohd", "Mr",  "Mrs", "Ms",  "Mst",  "Prof", "Sgt", "Sr", "St"};
static_assert(std::is_sorted(std::begin(kAbbreviations), std::end(kAbbreviations)));

using quasi::Listed;

// Acronyms of agencies of five letters or more that do not start with "UN"
// (those all name agencies: "UNHCR", "UNICEF"), as written. Sorted.
constexpr std::string_view kAgencyAcronyms[] = {"ACNUR", "CARITAS", "MINUSCA", "MINUSMA", "MONUSCO",
                                                "NORCAP", "OHCHR", "OXFAM",   "USAID"};
static_assert(std::is_sorted(std::begin(kAgencyAcronyms), std::end(kAgencyAcronyms)));

// kAttendance: a list of those at a meeting, read as kNames is, but only the
// items that are names of two words or more and hold no acronym ("Dilijan
// PHC", "MoMD Nineveh", "Gaziantep hub" are bodies and places). kTeam: a
// team's members, read as kAttendance is when the value is a list (a ", "
// outside parentheses: "Equipa: Gestão de Casos Mueda (parceiro: ...)" names
// the team), and no column's heading.
// kMembers: the column of a household's members, read as kNames is when the
// cell opens with a capital.
enum class Label {
  kNone, kName, kNames, kKin, kRole, kPlace, kAttendance, kTeam, kMembers, kPhone, kId, kShelter, kPlate
};

constexpr size_t kMaxPlaceValue = 80;  // bytes of a place label's value
// Lower-case words of a place's name: particles and words for a kind of
// place ("Dar es Salaam", "Kutupalong camp", "Nor Nork district"). Sorted.
constexpr std::string_view kPlaceValueWords[] = {
    "al",    "an",       "area",    "as",      "ash",     "bin",     "block",    "camp",     "centre",
    "city",  "county",   "d",       "da",      "das",     "de",      "del",      "des",      "di",
    "district", "do",    "dos",     "du",      "el",      "en",      "es",       "et",       "i",
    "la",    "las",      "le",      "les",     "los",     "neighbourhood", "no", "of",     "province",
    "quarter", "region", "sector",  "settlement", "site",  "sur",     "the",      "town",     "ur",
    "valley", "village", "ward",    "y",       "zone",
};
static_assert(std::is_sorted(std::begin(kPlaceValueWords), std::end(kPlaceValueWords)));

// The word of a label that makes its value a place ("Village:", "Place of
// birth:", "origin_settlement", "Lieu de naissance:", "Name of camp",
// "abrigo", "bairro_origem"), lower case in UTF-8. Sorted by bytes.
constexpr std::string_view kPlaceLabelWords[] = {
    "abrigo", "aldea", "aldeia", "area", "bairro", "barangay", "barrio", "birthplace", "camp", "cidade", "city",
    "colonia", "commune", "comuna", "comunidad", "comunidade", "country", "county", "departamento", "desa",
    "destination", "district", "distrito", "dusun", "governorate", "hometown", "kabupaten", "kampung", "kebele",
    "kecamatan", "lga", "lieu", "localidad",
    "localidade", "locality", "localité", "location", "lugar", "municipality", "municipio", "origem", "origen",
    "origin", "orígen", "payam", "pickup", "place", "povoado", "procedencia", "procedência", "provenance",
    "province", "provincia", "província", "quartier", "region", "région", "settlement", "shelter", "site",
    "suco", "tehsil", "town", "upazila", "village", "ville", "wilaya", "woreda",
};
static_assert(std::is_sorted(std::begin(kPlaceLabelWords), std::end(kPlaceLabelWords)));

// Whether a label (lower case, single spaces) names a place: its head word,
// the word before " of ", " de ", " d'", " in ", " on ", " at " ("village of
// origin", "lieu de naissance", "village d'origine", "last place in PK"; not
// "POC on site", a person at the site) or after "name of "
// ("name of village"),
// without a trailing "name", "names" or "code" ("village name"), is a place
// word. "Camp manager", "Village chief" are persons' labels: the head is
// the last word.
bool IsPlaceLabel(std::string_view label) {
  if (label.starts_with("name of ")) label.remove_prefix(8);
  if (label.starts_with("the ")) label.remove_prefix(4);
  for (std::string_view joint : {std::string_view(" of "), std::string_view(" de "), std::string_view(" d'"),
                                  std::string_view(" in "), std::string_view(" on "), std::string_view(" at ")}) {
    const size_t at = label.find(joint);
    if (at != std::string_view::npos) label = label.substr(0, at);
  }
  for (std::string_view tail : {std::string_view(" name"), std::string_view(" names"), std::string_view(" code")}) {
    if (label.ends_with(tail)) label.remove_suffix(tail.size());
  }
  const size_t space = label.rfind(' ');
  const std::string_view head = label.substr(space == std::string_view::npos ? 0 : space + 1);
  // A plural names places too ("Sites: Antakya / Defne", "Villages: ...").
  return Listed(kPlaceLabelWords, head) ||
         (head.size() > 3 && head.back() == 's' && Listed(kPlaceLabelWords, head.substr(0, head.size() - 1)));
}

// Whole labels of forms in French, Spanish and Portuguese ("Nom:", "Prénom:",
// "Épouse:", "Enfants:", "Apellidos:", "Madre:", "Testigo:"), lower case in
// UTF-8 (ClassifyLabelText lower-cases Latin-1 capitals), with their class.
// Sorted by bytes.
struct ForeignLabel {
  std::string_view word;
  Label label;
};
constexpr ForeignLabel kForeignLabels[] = {
    {"accomp", Label::kRole},  // "Accomp.": the one who accompanies a referral
    {"accomp.", Label::kRole},
    {"accompagnant", Label::kRole},
    {"accompagnante", Label::kRole},
    {"accompagnateur", Label::kRole},
    {"accompagnatrice", Label::kRole},
    {"agente", Label::kRole},
    {"alcunha", Label::kName},
    {"apelido", Label::kName},
    {"apellido", Label::kName},
    {"apellidos", Label::kName},
    {"apodo", Label::kName},
    {"appelant", Label::kRole},
    {"appelante", Label::kRole},
    {"approuvé par", Label::kRole},
    {"aprobado por", Label::kRole},
    {"auteur", Label::kRole},
    {"auteure", Label::kRole},
    {"autor", Label::kRole},
    {"autora", Label::kRole},
    {"beneficiaria", Label::kRole},
    {"beneficiario", Label::kRole},
    {"blessés", Label::kNames},
    {"bénéficiaire", Label::kRole},
    {"chauffeur", Label::kRole},
    {"chef de famille", Label::kRole},
    {"chef de menage", Label::kRole},
    {"chef de ménage", Label::kRole},
    {"chef de site", Label::kRole},
    {"chef menage", Label::kRole},
    {"chofer", Label::kRole},
    {"conducteur", Label::kRole},
    {"conductor", Label::kRole},
    {"conjoint", Label::kKin},
    {"conjointe", Label::kKin},
    {"cónyuge", Label::kKin},
    {"denunciante", Label::kRole},
    {"dit", Label::kName},
    {"dite", Label::kName},
    {"déclarant", Label::kRole},
    {"déclarante", Label::kRole},
    {"elaborado por", Label::kRole},
    {"enfant", Label::kKin},
    {"enfants", Label::kNames},
    {"enquêteur", Label::kRole},
    {"enquêtrice", Label::kRole},
    {"enregistre par", Label::kRole},
    {"enregistré par", Label::kRole},
    {"entrevistador", Label::kRole},
    {"entrevistadora", Label::kRole},
    {"esposa", Label::kKin},
    {"esposo", Label::kKin},
    {"exportado por", Label::kRole},
    {"exporte par", Label::kRole},
    {"exporté par", Label::kRole},
    {"filha", Label::kKin},
    {"filho", Label::kKin},
    {"filhos", Label::kNames},
    {"fille", Label::kKin},
    {"fils", Label::kKin},
    {"frère", Label::kKin},
    {"frères", Label::kNames},
    {"gestionnaire", Label::kRole},
    {"gestionnaire de site", Label::kRole},
    {"gestionnaire du site", Label::kRole},
    {"gérant", Label::kRole},
    {"gérante", Label::kRole},
    {"hermana", Label::kKin},
    {"hermano", Label::kKin},
    {"hija", Label::kKin},
    {"hijo", Label::kKin},
    {"hijos", Label::kNames},
    {"identité réelle", Label::kName},
    {"injured", Label::kNames},
    {"interprète", Label::kRole},
    {"jefa de hogar", Label::kRole},
    {"jefe de hogar", Label::kRole},
    {"kepala keluarga", Label::kRole},
    {"killed", Label::kNames},
    {"madre", Label::kKin},
    {"mari", Label::kKin},
    {"marido", Label::kKin},
    {"moniteur", Label::kRole},
    {"monitrice", Label::kRole},
    {"motorista", Label::kRole},
    {"mãe", Label::kKin},
    {"mère", Label::kKin},
    {"nama", Label::kName},
    {"nama lengkap", Label::kName},
    {"nom", Label::kName},
    {"nom complet", Label::kName},
    {"nom de famille", Label::kName},
    {"nom et post-nom", Label::kName},
    {"nom et postnom", Label::kName},
    {"nom et prénom", Label::kName},
    {"nom et prénoms", Label::kName},
    {"nom réel", Label::kName},
    {"nom, post-nom et prénom", Label::kName},
    {"nombre", Label::kName},
    {"nombre completo", Label::kName},
    {"nombre real", Label::kName},
    {"nombre y apellido", Label::kName},
    {"nombres", Label::kNames},
    {"nombres y apellidos", Label::kName},
    {"nome", Label::kName},
    {"nome completo", Label::kName},
    {"oncle", Label::kKin},
    {"padre", Label::kKin},
    {"pai", Label::kKin},
    {"pareja", Label::kKin},
    {"point focal", Label::kRole},
    {"post-nom", Label::kName},
    {"postnom", Label::kName},
    {"prenom", Label::kName},
    {"prenoms", Label::kNames},
    {"preparado por", Label::kRole},
    {"prénom", Label::kName},
    {"prénoms", Label::kNames},
    {"préparé par", Label::kRole},
    {"père", Label::kKin},
    {"rapporte par", Label::kRole},
    {"rapporté par", Label::kRole},
    {"rapportée par", Label::kRole},
    {"recibido por", Label::kRole},
    {"recu par", Label::kRole},
    {"redactado por", Label::kRole},
    {"registrado por", Label::kRole},
    {"relu par", Label::kRole},
    {"relue par", Label::kRole},
    {"rempli par", Label::kRole},
    {"remplie par", Label::kRole},
    {"responsable du site", Label::kRole},
    {"revisado por", Label::kRole},
    {"revu par", Label::kRole},
    {"revue par", Label::kRole},
    {"reçu par", Label::kRole},
    {"rédaction", Label::kRole},
    {"rédigé par", Label::kRole},
    {"rédigée par", Label::kRole},
    {"réel", Label::kName},
    {"réelle", Label::kName},
    {"référé par", Label::kRole},
    {"référée par", Label::kRole},
    {"saisi par", Label::kRole},
    {"saisie", Label::kRole},
    {"saisie par", Label::kRole},
    {"signalé par", Label::kRole},
    {"signalée par", Label::kRole},
    {"signé", Label::kRole},
    {"sobrenome", Label::kName},
    {"soeur", Label::kKin},
    {"soeurs", Label::kNames},
    {"solicitante", Label::kRole},
    {"superviseur", Label::kRole},
    {"superviseure", Label::kRole},
    {"surnom", Label::kName},
    {"survivant", Label::kRole},
    {"survivante", Label::kRole},
    {"sœur", Label::kKin},
    {"sœurs", Label::kNames},
    {"tante", Label::kKin},
    {"testemunha", Label::kRole},
    {"testigo", Label::kRole},
    {"tuteur", Label::kKin},
    {"tutrice", Label::kKin},
    {"témoin", Label::kRole},
    {"validé par", Label::kRole},
    {"verdadero nombre", Label::kName},
    {"verificado por", Label::kRole},
    {"victime", Label::kRole},
    {"visa animateur", Label::kRole},
    {"visa animatrice", Label::kRole},
    {"visa superviseur", Label::kRole},
    {"vrai nom", Label::kName},
    {"vu", Label::kRole},
    {"vu par", Label::kRole},
    {"vérifié par", Label::kRole},
    {"víctima", Label::kRole},
    {"vítima", Label::kRole},
    {"wounded", Label::kNames},
    {"épouse", Label::kKin},
    {"époux", Label::kKin},
    {"établi par", Label::kRole},
};
static_assert(quasi::SortedByWord(kForeignLabels));

// The class of a label: its words lower-cased with runs of spaces as one
// and "'s" dropped ("Father's  Name" -> "father name").
Label ClassifyLabelText(std::string_view text) {
  // A qualifier in parentheses at the end ("Given name (as on NIC)"): the
  // label without it.
  if (text.size() > 2 && text.back() == ')') {
    const size_t open = text.rfind('(');
    if (open != std::string_view::npos && open > 0) {
      text = text.substr(0, open);
      while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
      if (text.empty()) return Label::kNone;
    }
  }
  // A bilingual label ("Nome warao / Warao name", "Lieu / Place",
  // "Kijiji/Location"): the class of its last part that has one; two name
  // labels ("Surname / Given name") ask for two names, written "SIVAKUMAR /
  // Tharshini".
  size_t slash = text.rfind(" / "), slash_size = 3;
  if (slash == std::string_view::npos) {
    // Without spaces, only between two words of three bytes or more
    // ("Kijiji/Location"; "S/O" is one label, "Father's/" a label cut over
    // two lines).
    slash = text.rfind('/');
    slash_size = 1;
    const auto word_bytes = [](std::string_view w) {
      return w.size() >= 3 && std::all_of(w.begin(), w.end(), [](char c) { return IsWordByte(c) || c == ' '; });
    };
    if (slash != std::string_view::npos && !(word_bytes(text.substr(0, slash)) && word_bytes(text.substr(slash + 1)))) {
      slash = std::string_view::npos;
    }
  }
  if (slash != std::string_view::npos) {
    const Label right = ClassifyLabelText(text.substr(slash + slash_size));
    const Label left = ClassifyLabelText(text.substr(0, slash));
    if (right == Label::kName && left == Label::kName) return Label::kNames;
    return right != Label::kNone ? right : left;
  }
  // Name labels joined by commas or '&' ("SURNAME, Name", "Nom, Prénom",
  // "Nom & post-nom"; Haitian Creole "Non, siyati", where "Non" is a name
  // label only so joined): a name label; any other part makes the whole none.
  if (text.find_first_of(",&") != std::string_view::npos) {
    for (std::string_view rest = text; !rest.empty();) {
      const size_t comma = std::min(rest.find_first_of(",&"), rest.size());
      std::string_view part = rest.substr(0, comma);
      while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
      while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
      std::array<char, 3> buf;
      const bool creole_name = quasi::LowerAsciiInto(part, buf) == "non";
      const Label label = creole_name ? Label::kName : part.empty() ? Label::kNone : ClassifyLabelText(part);
      if (label != Label::kName && label != Label::kNames) return Label::kNone;
      rest.remove_prefix(comma == rest.size() ? comma : comma + 1);
    }
    return Label::kName;
  }
  // A numbered field of an export ("hh_member_3", "Child 2"): its name.
  {
    size_t e = text.size();
    while (e > 0 && IsDigitAscii(text[e - 1])) --e;
    if (e < text.size() && e >= 2 && (text[e - 1] == '_' || text[e - 1] == ' ')) text = text.substr(0, e - 1);
  }
  std::string label;
  size_t words = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == ' ' || c == '\t' || c == '_') {  // "given_name" of an export's header
      if (!label.empty() && label.back() != ' ') label.push_back(' ');
      continue;
    }
    if (c == '\'' && i + 1 < text.size() && (text[i + 1] == 's' || text[i + 1] == 'S')) {
      ++i;  // "Father's name"
      continue;
    }
    if (IsUpperAscii(c)) c = static_cast<char>(c | 0x20);
    if (c == '\xC3' && quasi::CapitalAt(text, i)) {
      // A Latin-1 capital ("É" of "Épouse"): its lower case.
      if (label.empty() || label.back() == ' ') ++words;
      label.push_back(c);
      label.push_back(static_cast<char>(text[++i] | 0x20));
      continue;
    }
    if (!IsLowerAscii(c) && c != '/' && c != '.' && c != '-' && static_cast<unsigned char>(c) < 0x80) return Label::kNone;
    if (label.empty() || label.back() == ' ') ++words;
    label.push_back(c);
  }
  while (!label.empty() && label.back() == ' ') label.pop_back();
  // "Nom du chef de ménage" runs to six words.
  const bool name_of = label.starts_with("nom ") || label.starts_with("nombre ") || label.starts_with("nome ");
  if (label.empty() || words > kMaxLabelWords + (name_of ? 2 : 0)) return Label::kNone;
  if (const ForeignLabel* foreign = quasi::FindWord(kForeignLabels, label)) return foreign->label;
  if (words == 2) {
    // "Nome warao", "Nombre indígena", "Nom usuel": a kind of name, unless
    // the second word is a preposition ("nombre de ...", left to the list).
    static constexpr std::string_view kNameWords[] = {"nom", "nombre", "nome"};
    static constexpr std::string_view kJoins[] = {"d'", "da", "das", "de", "del", "des", "do", "dos", "du", "e", "et", "y"};
    const size_t space = label.find(' ');
    const std::string_view first = std::string_view(label).substr(0, space);
    const std::string_view second = std::string_view(label).substr(space + 1);
    if (Listed(kNameWords, first) && !Listed(kJoins, second) && second.rfind("d'", 0) != 0) return Label::kName;
  }
  // "Nom du chef de ménage", "nom_chef_menage", "Nombre del beneficiario",
  // the name of a person the rest of the label names by role or kinship.
  // "nome_chefe_deslocado": the name word, then no preposition.
  if (words >= 3 && name_of) {
    static constexpr std::string_view kJoins[] = {"da", "de", "del", "do", "du"};
    std::string_view rest = std::string_view(label).substr(label.find(' ') + 1);
    if (!Listed(kJoins, rest.substr(0, rest.find(' '))) && rest.rfind("d'", 0) != 0) return Label::kName;
    if (Listed(kJoins, rest.substr(0, rest.find(' ')))) rest.remove_prefix(rest.find(' ') + 1);
    if (rest.starts_with("la ")) rest.remove_prefix(3);
    const Label of = ClassifyLabelText(rest);
    if (of == Label::kRole || of == Label::kKin || of == Label::kName) return Label::kName;
  }
  // "Members_name_age", "Child name / age": names with their ages.
  for (std::string_view tail : {" name age", " names age", " name ages", " names ages", " name / age", " name/age"}) {
    if (label.size() > tail.size() && label.compare(label.size() - tail.size(), tail.size(), tail) == 0) {
      return Label::kNames;
    }
  }
  if (label == "name age" || label == "names age" || label == "name/age") return Label::kNames;
  // "Name used in village", "Name as given", "Name on ID card": a name, as
  // the form says it is written.
  for (std::string_view start : {std::string_view("name "), std::string_view("names ")}) {
    if (!std::string_view(label).starts_with(start)) continue;
    static constexpr std::string_view kHow[] = {"as", "at", "given", "in", "known", "on", "per", "used", "written"};
    const std::string_view rest = std::string_view(label).substr(start.size());
    if (Listed(kHow, rest.substr(0, rest.find(' ')))) return start == "name " ? Label::kName : Label::kNames;
  }
  if (Listed(kKinLabels, label)) return Label::kKin;
  if (Listed(kKinListLabels, label)) return Label::kNames;
  // "Children in tent", "Kids with her", "Dependants at home": such a label
  // and where or with whom they are.
  if (const size_t space = label.find(' '); space != std::string::npos &&
                                            Listed(kKinListLabels, std::string_view(label).substr(0, space))) {
    static constexpr std::string_view kWhere[] = {"at", "in", "on", "under", "with"};
    const std::string_view rest = std::string_view(label).substr(space + 1);
    if (Listed(kWhere, rest.substr(0, rest.find(' ')))) return Label::kNames;
  }
  if (Listed(kAttendanceLabels, label)) return Label::kAttendance;
  if (Listed(kRoleLabels, label)) return Label::kRole;
  if (Listed(kPersonLabels, label)) return Label::kName;
  // "Verification team", "Tim" (Indonesian), "Equipe GdC", "Equipe S34": a
  // team's members, read as those present are. The team word ends the
  // label, or opens it before a short code (two or three letters, or one
  // with a digit): not "Team phone", "Team base".
  {
    static constexpr std::string_view kTeamWords[] = {"equipa", "equipe", "equipo", "team", "tim", "\xC3\xA9quipe"};
    const size_t first_space = label.find(' '), last_space = label.rfind(' ');
    const std::string_view first = std::string_view(label).substr(0, first_space);
    const std::string_view last = std::string_view(label).substr(last_space == std::string::npos ? 0 : last_space + 1);
    const bool code_after = words == 2 && Listed(kTeamWords, first) &&
                            (last.size() <= 3 || std::any_of(last.begin(), last.end(), quasi::IsDigitAscii));
    if (words <= 3 && (Listed(kTeamWords, last) || code_after)) return Label::kTeam;
  }
  // "Day operator", "Night operator": a role label's word after one or two
  // words that qualify it.
  if (const size_t space = label.rfind(' '); space != std::string::npos && words <= 3 &&
                                             Listed(kRoleLabels, std::string_view(label).substr(space + 1))) {
    return Label::kRole;
  }
  if (IsPlaceLabel(label)) return Label::kPlace;
  const size_t space = label.rfind(' ');
  const std::string_view last = std::string_view(label).substr(space == std::string::npos ? 0 : space + 1);
  if (!Listed(kNameLabelEnds, last)) return Label::kNone;
  // "Note on names:", "Comment about the alias:": a remark about names, not
  // a name's field.
  for (std::string_view about : {" on ", " about ", " regarding ", " re "}) {
    if (label.find(about) != std::string::npos) return Label::kNone;
  }
  if (space != std::string::npos && (last == "name" || last == "names")) {
    const size_t before = label.rfind(' ', space - 1);
    const std::string_view owner =
        std::string_view(label).substr(before == std::string::npos ? 0 : before + 1, space - (before == std::string::npos ? 0 : before + 1));
    if (Listed(kThingNames, owner)) return Label::kNone;
  }
  const bool plural = last == "names" || last == "surnames" || last == "nicknames" || last == "aliases" || last == "forenames";
  return plural ? Label::kNames : Label::kName;
}

// The label before the colon at text[colon] (from the line's start, or the
// gap after another field, after indentation and a bullet or a list number;
// text[colon] may be the space before a colon); its class.
Label ClassifyLabel(std::string_view text, size_t colon) {
  size_t start = colon;
  while (start > 0 && text[start - 1] != '\n' && text[start - 1] != '\r' && colon - start <= kMaxLabel) --start;
  // A line of several fields ("Âge : 12 ans     Sexe : F", "Name:\tAli\tFather:",
  // "Date: Thu 22/02 | Operators: Gift Lado"): after another field's colon,
  // the label starts after the last tab, run of two spaces or more, or bar
  // and space.
  if (colon - start > kMaxLabel || std::find(text.begin() + start, text.begin() + colon, ':') != text.begin() + colon) {
    // The gap: the last tab or run of two spaces within kMaxLabel bytes.
    size_t gap = colon;
    while (gap > 1 && colon - gap <= kMaxLabel && text[gap - 1] != '\n' && text[gap - 1] != ':' &&
           text[gap - 1] != '\t' &&
           !(text[gap - 1] == ' ' && (text[gap - 2] == ' ' || text[gap - 2] == '.' || text[gap - 2] == '|'))) {
      --gap;
    }
    if (gap <= 1 || colon - gap > kMaxLabel || (text[gap - 1] != '\t' && text[gap - 1] != ' ')) {
      return Label::kNone;
    }
    // Another field's colon before the gap, on the line; or the end of a
    // sentence before it ("... l'axe Batangafo-Kabo. Chauffeur : Djimadoum").
    const bool after_sentence = gap >= 2 && text[gap - 1] == ' ' && text[gap - 2] == '.';
    size_t p = gap - 1;
    while (p > 0 && gap - p < 400 && text[p - 1] != '\n' && text[p - 1] != ':') --p;
    if (!after_sentence && (p == 0 || text[p - 1] != ':')) return Label::kNone;
    start = gap;
  }
  if (colon - start > kMaxLabel) return Label::kNone;
  // Indentation and a bullet or a list number ("- ", "* ", "3. ", "b) ").
  while (start < colon && (text[start] == ' ' || text[start] == '\t')) ++start;
  if (start < colon && (text[start] == '-' || text[start] == '*')) ++start;
  size_t d = start;
  while (d < colon && (IsDigitAscii(text[d]) || IsLowerAscii(text[d])) && d - start < 3) ++d;
  if (d > start && d < colon && (text[d] == '.' || text[d] == ')') && d + 1 < colon && text[d + 1] == ' ') {
    start = d + 1;
  }
  return ClassifyLabelText(text.substr(start, colon - start));
}

// The end of the value of a name or kin label in parentheses whose colon is
// text[colon] ("Carmelina Zapata (nome warao: Jobaji)", "(alias: Bouba)",
// "Famille (frère : Assalek)"): the ')' that closes it on the same line,
// when the label is a name's or a relative's (kName, kKin; *label says
// which), or 0.
size_t ParenthesisedLabelEnd(std::string_view text, size_t colon, Label* label) {
  size_t open = colon;
  while (open > 0 && colon - open <= kMaxLabel && text[open - 1] != '(' && text[open - 1] != ')' &&
         text[open - 1] != '\n') {
    --open;
  }
  if (open == 0 || text[open - 1] != '(' || open == colon) return 0;
  *label = ClassifyLabelText(text.substr(open, colon - open));
  if (*label != Label::kName && *label != Label::kKin) return 0;
  for (size_t e = colon + 1; e < text.size() && e - colon <= kMaxLabel + 40; ++e) {
    if (text[e] == '\n' || text[e] == '(') return 0;
    if (text[e] == ')') return e;
  }
  return 0;
}

// The cells of the line text[b, e) split at `sep` ('|', '\t', ';' or ','),
// each without the spaces around it; the empty cells outside the outer bars
// of "| a | b |" are kept, so that a row whose first or last value was
// blanked (the leak check reads the output with placeholders blanked) has as
// many cells as its header. With ',' a cell may be quoted as CSV quotes it
// ("\"Pedro \"\"El Flaco\"\" Ramos\""): a separator inside quotes splits
// nothing, and the quotes around the cell are not part of it. At most 32
// cells.
struct CellSpan {
  size_t begin, end;
};
struct Cells {
  std::array<CellSpan, 32> cells;
  size_t count = 0;
  size_t NonEmpty() const {
    size_t k = 0;
    for (size_t c = 0; c < count; ++c) k += cells[c].end > cells[c].begin;
    return k;
  }
};
Cells SplitCells(std::string_view text, size_t b, size_t e, char sep) {
  Cells out;
  size_t cell = b;
  bool quoted = false;
  for (size_t i = b; i <= e && out.count < out.cells.size(); ++i) {
    if (i < e && sep == ',' && text[i] == '"') quoted = !quoted;
    if (i < e && (text[i] != sep || quoted)) continue;
    size_t cb = cell, ce = i;
    while (cb < ce && (text[cb] == ' ' || text[cb] == '\t' || text[cb] == '\r')) ++cb;
    while (ce > cb && (text[ce - 1] == ' ' || text[ce - 1] == '\t' || text[ce - 1] == '\r')) --ce;
    if (sep == ',' && ce - cb >= 2 && text[cb] == '"' && text[ce - 1] == '"') {
      ++cb;
      --ce;
    }
    out.cells[out.count++] = CellSpan{cb, ce};
    cell = i + 1;
  }
  return out;
}

// The cells of the line text[b, e) split at sep that hold spaces and nothing
// else: a heading the leak check's copy of a release blanked ("N°;NOM;   ;Âge"
// where "Sexe" was redacted), which counts as a heading of its own.
size_t BlankedCells(std::string_view text, size_t b, size_t e, char sep) {
  size_t blanked = 0;
  for (size_t cell = b; cell <= e;) {
    size_t end = cell;
    while (end < e && text[end] != sep) ++end;
    blanked += end > cell && std::all_of(text.begin() + cell, text.begin() + end, [](char c) { return c == ' '; });
    cell = end + 1;
  }
  return blanked;
}

// Words of a table header that name the person of a row ("HH head",
// "Head of household", "Head of HH", "Person", "Individual"), lower case.
// Sorted. ("Focal person" columns hold titled names as often: "Teacher Aida
// Mantawil", "Elder Simon KPANJA"; the tagger reads them. "Who" heads the
// column of whoever acts on a minutes' point as often: "Nurse Ladi", "PRCS
// → shelter cluster".)
constexpr std::string_view kPersonColumns[] = {"beneficiary", "head of hh", "head of household", "hh head",
                                               "household head", "individual", "individuals", "person",
                                               "persons"};
static_assert(std::is_sorted(std::begin(kPersonColumns), std::end(kPersonColumns)));

// Words of a table header that name the members of a row's household
// ("Membres (âge, lien)": "Djaïlatou 14 (fille), Moussa 10 (fils)"), lower
// case; a column, not a line's label ("Membres : OCHA, UNHCR"). Sorted.
constexpr std::string_view kMemberColumns[] = {"accompagnants", "hh members", "household members",
                                               "members",       "membres",    "membros",           "miembros"};
static_assert(std::is_sorted(std::begin(kMemberColumns), std::end(kMemberColumns)));

// The label of a table's header cell: the cell without a part in
// parentheses, or, when that names no name, one of the comma-separated
// parts inside them ("HH HEAD (SURNAME, Other names)": "SURNAME").
// Headings of a column of phone numbers, lower case in UTF-8 ("| Téléphone
// |", "Mobile no.", "Contact"): its cells that are numbers are phones, in
// the formats no pattern reads without a word beside them ("77 123 45 67").
// Sorted by bytes.
constexpr std::string_view kPhoneColumns[] = {
    "alt phone", "alternative phone", "call back", "callback", "callback no", "callback no.", "cell",
    "celular", "contact", "contact no", "contact no.", "contact number", "contacto", "contato", "gsm", "mobile",
    "mobile no",
    "mobile no.", "mobile number", "msisdn", "numero", "num\xC3\xA9ro", "other phone", "phone", "phone no",
    "phone no.", "phone number", "phone/whatsapp", "tel", "tel no", "tel no.", "tel.", "telefon", "telefone",
    "telefono", "telephone", "tel\xC3\xA9" "fono", "t\xC3\xA9l", "t\xC3\xA9l.", "t\xC3\xA9l\xC3\xA9phone",
    "whatsapp"};
static_assert(std::is_sorted(std::begin(kPhoneColumns), std::end(kPhoneColumns)));
// Headings of a column of identity, card or case numbers, lower case in
// UTF-8 ("| e-Tazkira |", "CNIC", "Passport no.", "FCN", "Case no."): its
// cells' codes are IDs. Sorted by bytes.
constexpr std::string_view kIdColumns[] = {
    "amka", "as no", "as no.", "bi", "bracelet", "c.c.", "camp no", "camp no.", "card no", "card no.",
    "case id", "case no", "case no.", "case number", "case ref", "case_id", "case_no", "case_ref", "cc", "cedula", "cin", "citizenship",
    "citizenship no", "citizenship no.", "citizenship number", "civil id", "cnib", "cnic", "c\xC3\xA9" "dula",
    "dni", "doc", "doc no", "doc no.", "doc.", "document", "document no", "document number", "documento",
    "dossier", "dosya", "dosya no", "dpi", "e-tazkira", "emp. no", "emp. no.", "employee no", "employee no.",
    "employee number",
    "expediente", "fcn", "file no", "file no.", "hh id",
    "hh no", "hh no.", "hh ref", "household id", "household no", "household no.", "id", "id card",
    "id card no", "id caso", "id no", "id no.", "id number", "individual id", "inn", "kimlik", "kimlik no",
    "moha no", "moha no.", "m\xC3\xA9nage", "national id", "nic", "nid", "nik", "nin", "no m\xC3\xA9nage",
    "nuit", "num doc", "n\xC2\xB0 camp", "n\xC2\xB0 dossier", "n\xC2\xB0 m\xC3\xA9nage", "paaypa", "pasaporte",
    "passeport", "passport", "passport no", "passport no.", "passport number", "pin", "pi\xC3\xA8" "ce",
    "pi\xC3\xA8" "ce d'identit\xC3\xA9", "police report no", "police report no.", "progres id", "psn",
    "ration card", "ration card no", "ref", "ref no", "ref no.", "ref.", "refugee id", "reg no", "reg no.",
    "reg. no", "reg. no.", "registration no", "registration no.", "report no", "report no.", "site reg",
    "site reg.", "staff id", "staff no", "staff no.",
    "t.c. kimlik", "t.c. kimlik no", "tazkira", "tazkira no", "tazkira no.",
    "tc kimlik", "token", "token no", "token no.", "uasc no", "uasc no.", "unhcr case no", "unhcr case no.",
    "unhcr id", "unhcr no", "unhcr no.", "voucher", "voucher no", "voucher no.", "wristband", "ykn"};
static_assert(std::is_sorted(std::begin(kIdColumns), std::end(kIdColumns)));

// Headings of a column of shelters, tents, huts or rooms, lower case
// ("| Hut |", "Shelter no.", "caravan"): its cells that hold a digit are
// where a household lives. Sorted.
constexpr std::string_view kShelterColumns[] = {
    "caravan", "caravan no", "caravan no.", "house no", "house no.", "hut", "hut no", "hut no.", "new plot",
    "new_plot", "plot", "plot no", "plot no.", "room", "room no", "room no.", "shed", "shed no", "shed no.",
    "shelter", "shelter no", "shelter no.", "tent", "tent no", "tent no."};
static_assert(std::is_sorted(std::begin(kShelterColumns), std::end(kShelterColumns)));

// Headings of a column of vehicles' number plates, lower case ("| Plate |",
// "Reg. plate", "placa"). Sorted.
constexpr std::string_view kPlateColumns[] = {
    "immatriculation", "matr\xC3\xAD" "cula", "number plate", "placa", "placas", "plaque", "plate", "plate no",
    "plate no.", "plates", "reg. plate", "registration plate", "vehicle plate"};
static_assert(std::is_sorted(std::begin(kPlateColumns), std::end(kPlateColumns)));

// Calls f on each part of `heading` between '/' (spaces around it left
// out), in order, until f returns true; whether one did.
template <typename F>
bool AnySlashPart(std::string_view heading, F&& f) {
  while (!heading.empty()) {
    const size_t slash = std::min(heading.find('/'), heading.size());
    std::string_view part = heading.substr(0, slash);
    heading.remove_prefix(std::min(slash + 1, heading.size()));
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
    if (f(part)) return true;
  }
  return false;
}

Label HeaderLabel(std::string_view cell) {
  // A heading of two words or more whose last word is "ID" ("Escort
  // (relation) ID", "Mother ID", "RELAY_ID", "INC-ID"), or a field whose
  // first is "id_": the column's numbers are someone's ID.
  if (cell.size() > 3) {
    const char gap = cell[cell.size() - 3];
    if ((gap == ' ' || gap == '_' || gap == '-') && (cell[cell.size() - 2] | 0x20) == 'i' &&
        (cell.back() | 0x20) == 'd') {
      return Label::kId;
    }
    // A database's field that opens with "id_" ("id_suivi", "ID_benef").
    if ((cell[0] | 0x20) == 'i' && (cell[1] | 0x20) == 'd' && cell[2] == '_' && cell.size() <= 20) return Label::kId;
  }
  const size_t open = cell.find('(');
  // Text after the parentheses ("Driver (call sign ...) ordered to ..."): a
  // row's cell, not a header's.
  if (open != std::string_view::npos && cell.find(')', open) + 1 != cell.size()) return Label::kNone;
  const std::string_view head = cell.substr(0, std::min(open, cell.size()));
  if (head.size() <= kMaxLabel) {
    {
      // A shelter's column before a place's ("Shelter", "Hut no."): its
      // cells are where one household lives.
      // Alone or as a part of two headings joined by '/' ("Block/Shelter").
      std::array<char, 32> buf;
      if (AnySlashPart(quasi::LowerAsciiInto(head, buf),
                       [](std::string_view part) { return Listed(kShelterColumns, part); })) {
        return Label::kShelter;
      }
    }
    {
      std::array<char, 32> buf;
      std::string_view trimmed = head;
      while (!trimmed.empty() && trimmed.back() == ' ') trimmed.remove_suffix(1);
      while (!trimmed.empty() && trimmed.front() == ' ') trimmed.remove_prefix(1);
      // Or a heading whose last word is "plate" ("Tractor plate", "Trailer
      // plate").
      const std::string_view low = quasi::LowerAsciiInto(trimmed, buf);
      if (Listed(kPlateColumns, low) || (low.size() > 6 && low.ends_with(" plate"))) return Label::kPlate;
    }
    const Label label = ClassifyLabelText(head);
    // A team's label heads no column of names ("| Team |" holds "Alpha").
    if (label == Label::kTeam) return Label::kNone;
    if (label != Label::kNone) return label;
    std::string lower;
    for (char c : head) {
      if (c == ' ' && (lower.empty() || lower.back() == ' ')) continue;
      lower.push_back(IsUpperAscii(c) ? static_cast<char>(c | 0x20) : c);
    }
    while (!lower.empty() && lower.back() == ' ') lower.pop_back();
    if (Listed(kPersonColumns, lower)) return Label::kName;
    {
      // An export's heading: '_' between words, a number after them
      // ("phone_number", "alt_phone", "tel1", "id_no_2").
      std::string key = lower;
      std::replace(key.begin(), key.end(), '_', ' ');
      while (!key.empty() && (IsDigitAscii(key.back()) || key.back() == ' ')) key.pop_back();
      if (Listed(kPhoneColumns, key)) return Label::kPhone;
      if (Listed(kIdColumns, key)) return Label::kId;
      // Two headings joined by '/' ("FCN/ID", "Tel/WhatsApp"): either.
      Label part_label = Label::kNone;
      if (key.find('/') != std::string::npos) {
        AnySlashPart(key, [&](std::string_view part) {
          if (Listed(kPhoneColumns, part)) part_label = Label::kPhone;
          else if (Listed(kIdColumns, part)) part_label = Label::kId;
          return part_label != Label::kNone;
        });
      }
      if (part_label != Label::kNone) return part_label;
      // A heading whose last word is a phone's ("shawish_phone", "Relative's
      // mobile", "caller tel"), when no part named above is an ID's ("ID /
      // phone").
      for (std::string_view last : {" phone", " mobile", " tel"}) {
        if (key.size() > last.size() && std::string_view(key).ends_with(last)) return Label::kPhone;
      }
    }
    if (Listed(kMemberColumns, lower)) return Label::kMembers;
    // "NAME AS REPORTED", "Name of detainee": a name column, unless the
    // name is a thing's ("Name of village").
    for (std::string_view start : {std::string_view("name "), std::string_view("names ")}) {
      if (!std::string_view(lower).starts_with(start)) continue;
      std::string_view rest = std::string_view(lower).substr(start.size());
      if (rest.starts_with("of ")) rest.remove_prefix(3);
      if (rest.starts_with("the ")) rest.remove_prefix(4);
      const std::string_view owner = rest.substr(0, rest.find(' '));
      if (!Listed(kThingNames, owner) && !(owner.ends_with("s") && Listed(kThingNames, owner.substr(0, owner.size() - 1)))) {
        return Label::kName;
      }
    }
    // "Village (name, district)": the name of a thing.
    const size_t space = lower.rfind(' ');
    if (Listed(kThingNames, std::string_view(lower).substr(space == std::string::npos ? 0 : space + 1))) {
      return Label::kNone;
    }
  }
  if (open == std::string_view::npos) return Label::kNone;
  std::string_view inside = cell.substr(open + 1);
  inside = inside.substr(0, std::min(inside.find(')'), inside.size()));
  while (!inside.empty()) {
    const size_t comma = std::min(inside.find(','), inside.size());
    std::string_view part = inside.substr(0, comma);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    if (part.size() <= kMaxLabel) {
      const Label label = ClassifyLabelText(part);
      if (label != Label::kNone && label != Label::kPlace && label != Label::kTeam) return Label::kName;
    }
    inside.remove_prefix(comma == inside.size() ? comma : comma + 1);
  }
  return Label::kNone;
}

// Whether the line text[b, e) may be the header of comma-separated rows:
// no period at its end, and no stretch between commas longer than a label
// (checked from the start, so prose fails within its first clause).
bool MayBeCommaHeader(std::string_view text, size_t b, size_t e) {
  if (e > b && (text[e - 1] == '.' || (e - b >= 2 && text[e - 2] == '.'))) return false;
  size_t cell = b;
  for (size_t i = b; i < e; ++i) {
    if (text[i] == ',') {
      cell = i + 1;
    } else if (i - cell > kMaxLabel + 2) {
      return false;
    }
  }
  return true;
}

// Whether every cell of text's line reads as a column's label: at most
// kMaxLabel bytes and three words before a note in parentheses that ends it
// ("HH head (name as on register)").
bool ShortCells(std::string_view text, const Cells& cells) {
  for (size_t c = 0; c < cells.count; ++c) {
    const std::string_view cell = text.substr(cells.cells[c].begin, cells.cells[c].end - cells.cells[c].begin);
    const size_t open = cell.ends_with(')') ? cell.find(" (") : std::string_view::npos;
    const std::string_view head = cell.substr(0, open);
    if (cell.size() > kMaxLabel || std::count(head.begin(), head.end(), ' ') > 2) return false;
  }
  return true;
}

// Whether a cell of `cells` starts with a digit (a row's number, date or
// time, not a heading).
bool CellStartsWithDigit(std::string_view text, const Cells& cells) {
  for (size_t c = 0; c < cells.count; ++c) {
    if (cells.cells[c].end > cells.cells[c].begin && IsDigitAscii(text[cells.cells[c].begin])) return true;
  }
  return false;
}

// Whether the cell text[s) is a rule of a Markdown table ("---", ":--:").
bool IsRuleCell(std::string_view text, const CellSpan& s) {
  if (s.begin == s.end) return false;
  for (size_t i = s.begin; i < s.end; ++i) {
    if (text[i] != '-' && text[i] != ':' && text[i] != '=') return false;
  }
  return true;
}

// The end of the value word at text[i]: letters, digits and bytes of
// multi-byte characters, with inner '-', '\'', '.' and '/' ("Abdul-Rahman",
// "O'Brien", "J.", "S/O").
size_t ValueWordEnd(std::string_view text, size_t i) {
  size_t e = i;
  while (e < text.size()) {
    const char c = text[e];
    // General punctuation (quotes, dashes, bullets) ends a word; the right
    // single quote inside one is an apostrophe ("N’Kashama").
    if (c == '\xE2' && e + 2 < text.size() && text[e + 1] == '\x80' &&
        !(text[e + 2] == '\x99' && e > i && e + 3 < text.size() && IsWordByte(text[e + 3]))) {
      break;
    }
    if (IsWordByte(c)) {
      ++e;
    } else if ((c == '-' || c == '\'' || c == '/') && e > i && e + 1 < text.size() && IsWordByte(text[e + 1])) {
      ++e;
    } else if (c == '.' && e > i) {
      ++e;  // an initial or an abbreviation: "J.", "a.k.a."
    } else {
      break;
    }
  }
  return e;
}

// The end of the login handle made of a name and nothing else that starts
// at text[i] ("r.mwenze", "karla.mejia.hn": IsLoginHandle) when the value
// ends after it (a space, a line's end or a separator); otherwise i.
size_t LoginHandleEnd(std::string_view text, size_t i) {
  size_t e = i;
  while (e < text.size() && (IsLowerAscii(text[e]) || text[e] == '.' || text[e] == '_')) ++e;
  if (!IsLoginHandle(text.substr(i, e - i))) return i;
  return e == text.size() || std::strchr(" \n\r,;|)", text[e]) != nullptr ? e : i;
}

// Whether the period that ends `word` ends an initial ("J.") or an
// abbreviation of kAbbreviations ("Capt.").
bool EndsInitial(std::string_view word) {
  const std::string_view stem = word.substr(0, word.size() - 1);
  const bool hyphenated_initials =  // "J-P."
      stem.size() == 3 && stem[1] == '-' && IsUpperAscii(stem[0]) && IsUpperAscii(stem[2]);
  return stem.size() == 1 || hyphenated_initials || Listed(kAbbreviations, stem) || stem.find('.') != std::string_view::npos;
}

class FieldNameDetector final : public Detector {
 public:
  std::string_view id() const override { return kId; }
  KindMask kinds() const override {
    return KindBit(Kind::kPerson) | KindBit(Kind::kLoc) | KindBit(Kind::kPhone) | KindBit(Kind::kId) |
           KindBit(Kind::kAddress);
  }
  std::unique_ptr<DetectorScratch> NewScratch() const override { return std::make_unique<DetectorScratch>(); }

  // Candidates are the colons; each is checked for a label before it.
  Status Scan(std::string_view text, DetectorScratch&, FindingSink& sink) const override {
    for (size_t i = 0; i < text.size();) {
      const void* at = std::memchr(text.data() + i, ':', text.size() - i);
      if (at == nullptr) break;
      const size_t colon = static_cast<size_t>(static_cast<const char*>(at) - text.data());
      i = colon + 1;
      if (colon == 0 || text[colon - 1] == '\n') continue;
      // French typography sets a space (or a no-break space) before the
      // colon: "Superviseur : J-P. K.".
      size_t label_end = colon - quasi::FrenchSpaceBefore(text, colon);
      // Labels padded to align their colons ("Sought   : ", "Enquirer : ").
      if (label_end == colon - 1 && text[label_end] == ' ') {
        while (label_end > 0 && colon - label_end < 12 && text[label_end - 1] == ' ') --label_end;
      }
      if (label_end != colon && (label_end == 0 || !IsWordByte(text[label_end - 1]))) continue;
      const Label label = ClassifyLabel(text, label_end);
      if (label != Label::kNone) {
        Value(text, colon + 1, label, sink);
      } else if (Label inner = Label::kNone; const size_t close = ParenthesisedLabelEnd(text, colon, &inner)) {
        Value(text.substr(0, close), colon + 1, inner, sink);  // "(nome warao: Jobaji)", "(frère : Assalek)"
      }
    }
    Tables(text, '|', sink);
    Tables(text, '\t', sink);
    Tables(text, ';', sink);
    Tables(text, ',', sink);
    FixedWidthTables(text, sink);
    SexAgeRecords(text, sink);
    quasi::ForEachDelimitedRecordName(text, [&](size_t b, size_t e) { Value(text.substr(0, e), b, Label::kName, sink); });
    ChatSpeakers(text, sink);
    return Status::OK();
  }

 private:
  // Whether text[b, e) holds only bytes of a date and a time ("04/03/2024,
  // 08:12", "2024-03-04 08:12:33", "4.3.24, 8:12 PM"), with a digit and a
  // ':', or a '/' and a time with periods after a space ("03/07/23
  // 07.30.18").
  static bool DateTimeBytes(std::string_view text, size_t b, size_t e) {
    bool digit = false, colon = false, slash = false, dotted_time = false, spaced = false;
    for (size_t i = b; i < e; ++i) {
      const char c = text[i];
      digit |= IsDigitAscii(c);
      colon |= c == ':';
      slash |= c == '/';
      spaced |= c == ' ';
      // A time written with periods after the date ("03/07/23 07.30.18",
      // as exports in Indonesian and other locales write it).
      dotted_time |= c == '.' && spaced && i > b && IsDigitAscii(text[i - 1]) && i + 1 < e && IsDigitAscii(text[i + 1]);
      if (!IsDigitAscii(c) && std::strchr("/.,:- APMapm", c) == nullptr) return false;
    }
    return digit && (colon || (slash && dotted_time));
  }

  // The speakers of a chat export: a line that starts with a date and a
  // time, in brackets ("[04/03/2024, 08:12] Blessing Okafor: ...") or before
  // " - " ("04/03/2024, 08:12 - Blessing Okafor: ..."), then the speaker's
  // name (up to 40 bytes, no digit, starting with a letter, after a quote
  // if one opens it) and ':'. The whole name is reported ('Chinedu "Chi-Boy"
  // Eze'; '"Chi-Boy" Eze' from its C). A speaker that is a phone number
  // names its person in parentheses after it ("+57 300 555 8821 (Flaca):")
  // or after a space ("+249 99 614 2270 Nasreldin:"); a contact the phone
  // has not saved, after a tilde ("~ Thando:").
  static void ChatSpeakers(std::string_view text, FindingSink& sink) {
    const size_t n = text.size();
    std::vector<CellSpan> speakers;
    for (size_t p = 0; p < n;) {
      const void* nl = std::memchr(text.data() + p, '\n', n - p);
      const size_t line_end = nl == nullptr ? n : static_cast<size_t>(static_cast<const char*>(nl) - text.data());
      const size_t line = p;
      p = line_end + 1;
      size_t q = line;  // where the name starts
      if (text[line] == '[') {
        const size_t limit = std::min(line_end, line + 32);
        size_t close = line + 1;
        while (close < limit && text[close] != ']') ++close;
        if (close >= limit || !DateTimeBytes(text, line + 1, close) || close + 1 >= line_end || text[close + 1] != ' ') {
          continue;
        }
        q = close + 2;
      } else if (IsDigitAscii(text[line])) {
        const size_t limit = std::min(line_end, line + 32);
        size_t dash = line;
        while (dash + 2 < limit && text.compare(dash, 3, " - ") != 0) ++dash;
        if (dash + 2 >= limit || !DateTimeBytes(text, line, dash)) continue;
        q = dash + 3;
      } else {
        continue;
      }
      // A contact the phone has not saved: its own name after a tilde ("~
      // Thando: Hi all"; "~" and a narrow no-break space in newer exports).
      if (text.compare(q, 2, "~ ") == 0) {
        q += 2;
      } else if (text.compare(q, 4, "~\xE2\x80\xAF") == 0) {
        q += 4;
      }
      // A phone number for a speaker, the name the phone saved in
      // parentheses after it ("+57 300 555 8821 (Flaca): ...").
      if (q < line_end && (text[q] == '+' || IsDigitAscii(text[q]))) {
        size_t r = q + 1;
        while (r < line_end && r - q < 24 && (IsDigitAscii(text[r]) || text[r] == ' ' || text[r] == '-')) ++r;
        if (r < line_end && text[r] == '(' && r > q + 6 && text[r - 1] == ' ') {
          const size_t b = r + 1;
          size_t close = b;
          while (close < line_end && close - b < 40 && text[close] != ')' && !IsDigitAscii(text[close])) ++close;
          if (close + 1 < line_end && text[close] == ')' && text[close + 1] == ':' && close > b &&
              quasi::IsLetterByte(text[b])) {
            sink.Add(Finding{b, close, Kind::kPerson, "FIELD", kFieldNameConfidence, kId});
            speakers.push_back({b, close});
          }
          continue;
        }
        // Or the name itself after the number ("+249 99 614 2270 Nasreldin:
        // ..."), read as any speaker's name below.
        if (r >= line_end || r <= q + 6 || text[r - 1] != ' ' || !quasi::IsLetterByte(text[r])) continue;
        q = r;
      }
      const size_t limit = std::min(line_end, q + 40);
      size_t colon = q;
      while (colon < limit && text[colon] != ':' && !IsDigitAscii(text[colon])) ++colon;
      if (colon >= limit || text[colon] != ':' || colon == q) {
        LoggedSpeaker(text, q, line_end, sink, &speakers);
        continue;
      }
      if (text[q] == '"') ++q;  // a nickname first: '"Chi-Boy" Eze'
      if (q >= colon || !quasi::IsLetterByte(text[q])) continue;
      size_t e = FlagStart(text, q, colon);
      while (e > q && text[e - 1] == ' ') --e;
      e = AffiliationStart(text, q, e);
      if (e > q) {
        sink.Add(Finding{q, e, Kind::kPerson, "FIELD", kFieldNameConfidence, kId});
        speakers.push_back({q, e});
      }
    }
    if (speakers.size() >= 2) SpeakerMentions(text, speakers, sink);
  }

  // Where a flag (a pair of regional indicator symbols, U+1F1E6 to
  // U+1F1FF) first stands in a speaker's label text[q, e), e when none does:
  // what follows a flag says where the speaker is, not who ("Wilner 🇭🇹
  // Ouanaminthe").
  static size_t FlagStart(std::string_view text, size_t q, size_t e) {
    const size_t flag = text.substr(0, e).find("\xF0\x9F\x87", q);
    return flag == std::string_view::npos ? e : flag;
  }

  // Where a speaker's label text[q, e) ends its name: before " (" when it
  // ends with an affiliation in parentheses that holds an abbreviation of an
  // organisation or an office ("Okello Patrick (UNHCR Yumbe)", "Sara (MSF)":
  // IsNoPersonAbbreviation), or opens with a word of two to six capitals
  // with one vowel at most (an abbreviation, not "MAMA") and a capitalised
  // word after it (an office and its town: "Yoselin Peña (CDH Dajabón)"), at
  // e otherwise.
  static size_t AffiliationStart(std::string_view text, size_t q, size_t e) {
    if (e < q + 4 || text[e - 1] != ')') return e;
    const size_t open = text.rfind(" (", e - 1);
    if (open == std::string_view::npos || open <= q) return e;
    size_t caps = open + 2;
    size_t vowels = 0;
    for (; caps < e && IsUpperAscii(text[caps]); ++caps) vowels += std::strchr("AEIOU", text[caps]) != nullptr;
    if (caps - (open + 2) >= 2 && caps - (open + 2) <= 6 && vowels <= 1 && caps + 2 < e && text[caps] == ' ' &&
        IsUpperAscii(text[caps + 1]) && quasi::IsLetterByte(text[caps + 2]) && !IsUpperAscii(text[caps + 2])) {
      return open;
    }
    for (size_t i = open + 2; i < e - 1;) {
      size_t w = i;
      while (w < e - 1 && IsUpperAscii(text[w])) ++w;
      if (w - i >= 2 && (w == e - 1 || !IsWordByte(text[w])) && IsNoPersonAbbreviation(text.substr(i, w - i))) {
        return open;
      }
      while (w < e - 1 && text[w] != ' ') ++w;
      i = w + 1;
    }
    return e;
  }

  // The speaker of a line of a voice-note or message log, without a colon
  // after the name: after the time stamp text[q...] (the line ends at
  // line_end), one to four words of letters (a login too) up to " (" and a
  // phone number ("Deng Kuol Arop (+211 92 004 7781) - voice 0:48"), up to
  // " (" and a name in parentheses before " - " (the name the phone saved:
  // "achol.b (Achol Bol Madut) - text - EN"; both reported), or up to " - "
  // and a word for a kind of message ("Nyanut - voice 2:04").
  static void LoggedSpeaker(std::string_view text, size_t q, size_t line_end, FindingSink& sink,
                            std::vector<CellSpan>* speakers) {
    if (q >= line_end || !quasi::IsLetterByte(text[q])) return;
    size_t e = q;
    size_t words = 1;
    while (e < line_end && e - q <= 40 && text.compare(e, 2, " (") != 0 && text.compare(e, 3, " - ") != 0) {
      if (IsDigitAscii(text[e]) || std::strchr(":;,\"[]", text[e]) != nullptr) return;
      words += text[e] == ' ';
      ++e;
    }
    if (e >= line_end || e - q > 40 || words > 4 || e == q) return;
    static constexpr std::string_view kMessageKinds[] = {"audio", "call",  "document", "image", "message",
                                                         "photo", "sms",   "text",     "video", "voice"};
    const auto message_kind_at = [&](size_t p) {
      size_t w = p;
      while (w < line_end && IsLowerAscii(text[w])) ++w;
      return w > p && Listed(kMessageKinds, text.substr(p, w - p));
    };
    if (text.compare(e, 3, " - ") == 0) {
      if (!message_kind_at(e + 3)) return;
      sink.Add(Finding{q, e, Kind::kPerson, "FIELD", kFieldNameConfidence, kId});
      speakers->push_back({q, e});
      return;
    }
    const size_t open = e + 2;
    size_t close = open;
    while (close < line_end && close - open < 40 && text[close] != ')') ++close;
    if (close >= line_end || text[close] != ')' || close == open) return;
    if (text[open] == '+' || IsDigitAscii(text[open])) {  // a phone number: six digits or more
      size_t digits = 0;
      for (size_t k = open; k < close; ++k) {
        if (!IsDigitAscii(text[k]) && text[k] != ' ' && text[k] != '-' && !(k == open && text[k] == '+')) return;
        digits += IsDigitAscii(text[k]);
      }
      if (digits < 6) return;
      sink.Add(Finding{q, e, Kind::kPerson, "FIELD", kFieldNameConfidence, kId});
      speakers->push_back({q, e});
      return;
    }
    if (text.compare(close + 1, 3, " - ") != 0 || !quasi::IsLetterByte(text[open])) return;
    for (size_t k = open; k < close; ++k) {
      if (IsDigitAscii(text[k])) return;
    }
    sink.Add(Finding{q, e, Kind::kPerson, "FIELD", kFieldNameConfidence, kId});
    sink.Add(Finding{open, close, Kind::kPerson, "FIELD", kFieldNameConfidence, kId});
    speakers->push_back({q, e});  // in order of their starts
    speakers->push_back({open, close});
  }

  // Up to this many distinct speaker words, each is looked for in the text
  // on its own (fast searches); more are looked up at each word start.
  static constexpr size_t kSpeakerWordsSearchedOneByOne = 16;

  // In a chat export (two speaker lines or more), the words of the
  // speakers' names as the messages write them, in any case ("me and gift",
  // "chi-boy here" beside the speakers "Gift Osas" and 'Chinedu "Chi-Boy"
  // Eze'): each word of three letters or more, as a whole word.
  static void SpeakerMentions(std::string_view text, const std::vector<CellSpan>& speakers, FindingSink& sink) {
    const auto lower = [](char c) { return IsUpperAscii(c) ? static_cast<char>(c | 0x20) : c; };
    std::vector<std::string> words;
    for (const CellSpan& sp : speakers) {
      for (size_t i = sp.begin; i < sp.end;) {
        if (!IsWordByte(text[i])) {
          ++i;
          continue;
        }
        const size_t e = std::min(ValueWordEnd(text, i), sp.end);
        // An abbreviation in capitals names an organisation or an office
        // ("Drasiku OPM"), not the speaker.
        if (IsNoPersonAbbreviation(text.substr(i, e - i))) {
          i = e;
          continue;
        }
        std::string w;
        for (size_t k = i; k < e; ++k) w.push_back(lower(text[k]));
        while (!w.empty() && w.back() == '.') w.pop_back();
        if (w.size() >= 3) words.push_back(std::move(w));
        i = std::max(e, i + 1);
      }
    }
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    if (words.empty()) return;
    std::string folded(text.size(), '\0');
    std::transform(text.begin(), text.end(), folded.begin(), lower);
    // Each word found where it stands whole, not inside a speaker's label
    // (reported whole already).
    const auto add_if_whole = [&](size_t at, size_t end) {
      const auto label = std::upper_bound(speakers.begin(), speakers.end(), at,
                                          [](size_t x, const CellSpan& sp) { return x < sp.begin; });
      if (label != speakers.begin() && at < std::prev(label)->end) return;
      if ((at > 0 && (IsWordByte(text[at - 1]) || text[at - 1] == '-')) ||
          (end < text.size() && (IsWordByte(text[end]) || (text[end] == '-' && end + 1 < text.size() &&
                                                           IsWordByte(text[end + 1]))))) {
        return;
      }
      sink.Add(Finding{at, end, Kind::kPerson, "FIELD", kFieldNameConfidence, kId});
    };
    if (words.size() <= kSpeakerWordsSearchedOneByOne) {
      for (const std::string& w : words) {
        for (size_t at = folded.find(w); at != std::string::npos; at = folded.find(w, at + 1)) {
          add_if_whole(at, at + w.size());
        }
      }
      return;
    }
    // Many speakers (a long export): one pass over the places a word can
    // start, each looking up the words by their first three bytes (all have
    // three or more), instead of one pass over the text per word. The same
    // places are found; the engine orders findings by their offsets.
    std::unordered_map<std::string_view, std::vector<std::string_view>> by_opening;
    for (const std::string& w : words) by_opening[std::string_view(w).substr(0, 3)].push_back(w);
    const std::string_view f(folded);
    for (size_t at = 0; at + 3 <= f.size(); ++at) {
      if (at > 0 && (IsWordByte(text[at - 1]) || text[at - 1] == '-')) continue;
      const auto bucket = by_opening.find(f.substr(at, 3));
      if (bucket == by_opening.end()) continue;
      for (std::string_view w : bucket->second) {
        if (f.compare(at, w.size(), w) == 0) add_if_whole(at, at + w.size());
      }
    }
  }

  // The length of a sex-and-age mark at text[m] (", F, 16", ", M/34",
  // " (M, 34)", " (F/27)", " (F, 30s, ...)"), or 0: M or F, then ", " or "/",
  // one to three digits (or a decade: "30s"), then no word byte.
  static size_t SexAgeMark(std::string_view text, size_t m) {
    const size_t n = text.size();
    size_t i = m;
    bool paren = false;
    if (i + 1 < n && text[i] == ',' && text[i + 1] == ' ') {
      i += 2;
    } else if (i + 1 < n && text[i] == ' ' && text[i + 1] == '(') {
      i += 2;
      paren = true;
    } else {
      return 0;
    }
    if (i >= n || (text[i] != 'M' && text[i] != 'F' && text[i] != 'm' && text[i] != 'f')) return 0;
    ++i;
    if (i + 1 < n && text[i] == ',' && text[i + 1] == ' ') {
      i += 2;
    } else if (i < n && text[i] == '/') {
      ++i;
    } else {
      return 0;
    }
    if (i < n && text[i] == '~') ++i;  // an estimate: "m, ~19"
    const size_t digits = i;
    while (i < n && IsDigitAscii(text[i]) && i - digits < 4) ++i;
    // A decade: "(F, 30s, GSW leg)".
    if (i - digits == 2 && i + 1 < n && text[i] == 's' && text[i - 1] == '0' && !IsWordByte(text[i + 1])) ++i;
    if (i == digits || i - digits > 3 || (i < n && IsWordByte(text[i]))) return 0;
    // In parentheses the age ends them or a note follows it ("(f, 14, GSW arm)").
    if (paren && (i >= n || (text[i] != ')' && text[i] != ','))) return 0;
    return i - m;
  }

  // A record of a list of persons: a name, an optional nickname in quotes,
  // then the person's sex and age ("DIALLO Mariama, F, 16, Djibo; KABORE
  // Adjaratou \"Tantie\", F, 22, Kaya"). The name starts the record: at a
  // line's start, or after "; ", ": " or a spaced dash ("3 wounded - Aluel
  // Mayen (F, 30s, GSW leg)").
  static void SexAgeRecords(std::string_view text, FindingSink& sink) {
    // Marks are found by the ',' or '(' that opens them: the next of each at
    // or after i, found again only once i passes it. The sex may be in
    // capitals or small letters ("F, 16", "f, ~16").
    const char* const data = text.data();
    const size_t n = text.size();
    auto find = [&](const char* from, char c) {
      return static_cast<const char*>(std::memchr(from, c, static_cast<size_t>(data + n - from)));
    };
    const char* next_comma = find(data, ',');
    const char* next_paren = find(data, '(');
    for (size_t i = 0; i < n;) {
      if (next_comma != nullptr && next_comma < data + i) next_comma = find(data + i, ',');
      if (next_paren != nullptr && next_paren < data + i) next_paren = find(data + i, '(');
      const char* hit = next_comma == nullptr ? next_paren
                        : next_paren == nullptr ? next_comma
                                                : std::min(next_comma, next_paren);
      if (hit == nullptr) break;
      const size_t opener = static_cast<size_t>(hit - data);
      i = opener + 1;
      if (opener + 2 >= n) continue;
      const char letter = text[opener + (*hit == ',' ? 2 : 1)];
      if (letter != 'M' && letter != 'F' && letter != 'm' && letter != 'f') continue;
      if (*hit == '(' && opener == 0) continue;
      const size_t m = *hit == ',' ? opener : opener - 1;  // ", F" or " (F"
      if (m < 1 || SexAgeMark(text, m) == 0) continue;
      // Back over the name (at most 80 bytes) to where the record starts.
      size_t b = m;
      while (b > 0 && m - b < 80 && text[b - 1] != '\n' && text[b - 1] != ';' && text[b - 1] != ':' &&
             !(b >= 3 && text.compare(b - 3, 3, " - ") == 0)) {
        --b;
      }
      if (b > 0 && m - b >= 80) continue;
      while (b < m && (text[b] == ' ' || text[b] == '\t')) ++b;
      // A list marker: "- ", "* ", "a) ", "3. ".
      if (b + 1 < m && (text[b] == '-' || text[b] == '*') && text[b + 1] == ' ') {
        b += 2;
      } else {
        size_t d = b;
        while (d < m && d - b < 2 && (IsDigitAscii(text[d]) || IsLowerAscii(text[d]))) ++d;
        if (d > b && d + 1 < m && (text[d] == ')' || text[d] == '.') && text[d + 1] == ' ') b = d + 2;
      }
      if (b >= m || !(IsUpperAscii(text[b]) || static_cast<unsigned char>(text[b]) >= 0x80)) continue;
      // The name, and a nickname in quotes right after it.
      const std::string_view record = text.substr(0, m);
      VectorSink names;
      Value(record, b, Label::kName, names);
      // The record holds nothing else ("The victim, a woman (F, 34)" is prose).
      if (names.findings.size() != 1) continue;
      const Finding name = names.findings[0];
      size_t end = name.end;
      // "Abuk Makur d/o Makur Deng, f, 16": the parent named after the child.
      Finding parent{};
      for (std::string_view of : {" d/o ", " s/o ", " w/o ", " D/O ", " S/O ", " W/O "}) {
        if (text.compare(end, of.size(), of) != 0) continue;
        VectorSink after;
        Value(record, end + of.size(), Label::kName, after);
        if (after.findings.size() == 1 && after.findings[0].end == m) {
          parent = after.findings[0];
          end = m;
        }
        break;
      }
      while (end < m && text[end] == ' ') ++end;
      size_t nick_begin = end, nick_end = end;
      if (end < m && text[end] == '"') {
        const size_t close = record.find('"', end + 1);
        if (close != std::string_view::npos && close > end + 1 && quasi::IsLetterByte(text[end + 1])) {
          nick_begin = end + 1;
          nick_end = close;
          end = close + 1;
        }
      }
      if (end != m) continue;
      if (quasi::IsSentenceOpener(text.substr(name.begin, ValueWordEnd(text, name.begin) - name.begin))) continue;
      sink.Add(name);
      if (nick_end > nick_begin) sink.Add(Finding{nick_begin, nick_end, Kind::kPerson, "FIELD", kFieldNameConfidence, kId});
      if (parent.end > parent.begin) sink.Add(parent);
    }
  }

  // A nickname in quotes in a name cell ('USMAN, HAUWA "MAMA BIG"').
  static void QuotedNickname(std::string_view text, const CellSpan& cell, FindingSink& sink) {
    const std::string_view value = text.substr(cell.begin, cell.end - cell.begin);
    const size_t open = value.find('"');
    if (open == std::string_view::npos) return;
    const size_t close = value.find('"', open + 1);
    if (close == std::string_view::npos || close == open + 1 || !quasi::IsLetterByte(value[open + 1])) return;
    sink.Add(Finding{cell.begin + open + 1, cell.begin + close, Kind::kPerson, "FIELD", kFieldNameConfidence, kId});
  }

  // The numbers in a cell under a phone or an ID column. Phone: each run of
  // digits, spaces, '-', '.', '(', ')' and a leading '+' that holds seven to
  // fifteen digits, trimmed ("77 123 45 67", "+221 77 123 45 67 / 70 881 33
  // 12"), is a PHONE (FIELD). ID: each run of digits, capitals, '-', '/',
  // '.' and single spaces between digits that holds five to thirty digits,
  // three digits or more and two capitals, or four digits and a capital
  // ("1402-0903-18274", "KEN-DAD-0034412", "1 4821 0093", "KY-0412",
  // "T-0912") is an ID (FIELD).
  // A run glued to a small letter or a ':' ("08:15", "12kg") gives nothing.
  static void NumberCell(std::string_view text, size_t b, size_t e, Label label, FindingSink& sink) {
    const bool phone = label == Label::kPhone;
    // `start`: where the run began.
    auto in_run = [&](size_t i, size_t start) {
      const char c = text[i];
      if (IsDigitAscii(c) || c == '-' || c == '.') return true;
      // A parenthesis only around digits ("(0)", "(505)"): not the aside
      // after a number, "90 12 33 48 (frère : Abdoulaye)".
      if (phone) {
        return c == ' ' || (c == '(' && i + 1 < e && IsDigitAscii(text[i + 1])) ||
               (c == ')' && i > b && IsDigitAscii(text[i - 1]));
      }
      // A space between digits, or after two capitals that open the run and
      // before a digit ("MF 402318", a passport's series; not a document's
      // label: "ID 4471", "CC 1020", and no label of three: "DUI", "REG").
      if (c == ' ') {
        static constexpr std::string_view kLabels[] = {"BI", "CC", "CI", "ID", "NO", "PP", "RD", "TC"};
        const bool series = i == start + 2 && IsUpperAscii(text[start]) && IsUpperAscii(text[start + 1]) &&
                            std::find(std::begin(kLabels), std::end(kLabels), text.substr(start, 2)) == std::end(kLabels);
        return i > b && (IsDigitAscii(text[i - 1]) || series) && i + 1 < e && IsDigitAscii(text[i + 1]);
      }
      return IsUpperAscii(c) || c == '/';
    };
    auto opens = [&](size_t i) {
      const char c = text[i];
      return IsDigitAscii(c) || (phone ? (c == '+' || (c == '(' && i + 1 < e && IsDigitAscii(text[i + 1])))
                                       : IsUpperAscii(c));
    };
    size_t p = b;
    while (p < e) {
      while (p < e && !opens(p)) ++p;
      if (p >= e) break;
      const size_t start = p;
      if (text[p] == '+') ++p;
      while (p < e && in_run(p, start)) ++p;
      if (p == start) ++p;  // no run read: move on all the same
      size_t end = p;
      while (end > start && !IsDigitAscii(text[end - 1]) && !(!phone && IsUpperAscii(text[end - 1]))) --end;
      const bool glued = (start > b && IsWordByte(text[start - 1])) || (p < e && (IsWordByte(text[p]) || text[p] == ':'));
      int digits = 0, capitals = 0;
      for (size_t i = start; i < end; ++i) {
        digits += IsDigitAscii(text[i]);
        capitals += IsUpperAscii(text[i]);
      }
      const bool enough = phone ? (digits >= 7 && digits <= 15)
                                : (digits >= 5 || (digits >= 3 && capitals >= 2) || (digits >= 4 && capitals >= 1)) &&
                                      digits <= 30;
      if (!glued && enough) {
        sink.Add(Finding{start, end, phone ? Kind::kPhone : Kind::kId, "FIELD", kNumberCellConfidence, kId});
      }
      while (p < e && (IsWordByte(text[p]) || text[p] == ':')) ++p;
    }
  }

  // Narrows the cell text[*b, *e) to the part before an aside in
  // parentheses (" (w/ father)"), without spaces or quotes around it.
  static void TrimBeforeAside(std::string_view text, size_t* b, size_t* e) {
    const size_t aside = text.substr(*b, *e - *b).find(" (");
    if (aside != std::string_view::npos) *e = *b + aside;
    while (*b < *e && (text[*b] == ' ' || text[*b] == '"')) ++*b;
    while (*e > *b && (text[*e - 1] == ' ' || text[*e - 1] == '"')) --*e;
  }

  // A cell under a plate column ("BN 2217 A", "JL-0456", "SL 4-2290"): the
  // cell up to an aside in parentheses, trimmed, when it holds two digits or
  // more and only capitals, digits, spaces, '-' and '/', in 4 to 16 bytes,
  // is an ID (FIELD).
  static void PlateCell(std::string_view text, size_t b, size_t e, FindingSink& sink) {
    TrimBeforeAside(text, &b, &e);
    if (e - b < 4 || e - b > 16) return;
    const std::string_view plate = text.substr(b, e - b);
    if (std::count_if(plate.begin(), plate.end(), IsDigitAscii) < 2) return;
    if (!std::all_of(plate.begin(), plate.end(),
                     [](char c) { return IsDigitAscii(c) || IsUpperAscii(c) || c == ' ' || c == '-' || c == '/'; })) {
      return;
    }
    sink.Add(Finding{b, e, Kind::kId, "FIELD", kNumberCellConfidence, kId});
  }

  // A cell under a shelter column that holds a digit ("C-14", "B-1,
  // F-4/112", "J2-093 (w/ father)"): the cell up to an aside in parentheses,
  // trimmed, is an ADDRESS (FIELD); a cell glued to nothing else.
  static void ShelterCell(std::string_view text, size_t b, size_t e, FindingSink& sink) {
    TrimBeforeAside(text, &b, &e);
    while (e > b && (text[e - 1] == ' ' || text[e - 1] == '"' || text[e - 1] == ',' || text[e - 1] == ';')) --e;
    if (!std::any_of(text.begin() + b, text.begin() + e, IsDigitAscii)) return;
    sink.Add(Finding{b, e, Kind::kAddress, "FIELD", kNumberCellConfidence, kId});
  }

  // Reads the cell text[b, e) of a column of phones or IDs (NumberCell), of
  // shelters (ShelterCell) or of plates (PlateCell); false (nothing read)
  // for a column of any other label.
  static bool CodeCell(std::string_view text, size_t b, size_t e, Label label, FindingSink& sink) {
    switch (label) {
      case Label::kPhone:
      case Label::kId:
        NumberCell(text, b, e, label, sink);
        return true;
      case Label::kShelter:
        ShelterCell(text, b, e, sink);
        return true;
      case Label::kPlate:
        PlateCell(text, b, e, sink);
        return true;
      default:
        return false;
    }
  }

  // The cells under a name column of a table whose rows are lines with
  // cells separated by `sep` ("| NAME (SURNAME, Given) | Sex/Age |", then
  // "| OUEDRAOGO, Salif | M/34 |"): each read as a labelled value. The
  // header is a row with a cell that is a name or kin label (a part in
  // parentheses left out); the table runs over the next rows with as many
  // cells (or more, but for ',': see below), rules of Markdown tables
  // skipped.
  static void Tables(std::string_view text, char sep, FindingSink& sink) {
    const size_t n = text.size();
    for (size_t i = 0; i < n;) {
      const void* at = std::memchr(text.data() + i, sep, n - i);
      if (at == nullptr) break;
      const size_t hit = static_cast<size_t>(static_cast<const char*>(at) - text.data());
      size_t b = hit;
      while (b > 0 && text[b - 1] != '\n') --b;
      size_t e = hit;
      while (e < n && text[e] != '\n') ++e;
      i = e + 1;
      if (sep == ',' && !MayBeCommaHeader(text, b, e)) continue;
      const Cells header = SplitCells(text, b, e, sep);
      // "02 | 08:15 | Driver (...)": a row; "ID last 3" may head a column.
      if (header.NonEmpty() < 2 || CellStartsWithDigit(text, header)) continue;
      // A ';' or a ',' splits sentences too: a header of three cells or
      // more, none empty; with ',' each one a label's length.
      if ((sep == ';' || sep == ',') && (header.count < 3 || (header.NonEmpty() != header.count &&
                                                              header.NonEmpty() + BlankedCells(text, b, e, sep) != header.count))) {
        continue;
      }
      if (sep == ',' && !ShortCells(text, header)) continue;
      std::array<Label, 32> labels{};
      size_t labelled_columns = 0;
      for (size_t c = 0; c < header.count; ++c) {
        const std::string_view cell =
            text.substr(header.cells[c].begin, header.cells[c].end - header.cells[c].begin);
        labels[c] = HeaderLabel(cell);
        labelled_columns += labels[c] != Label::kNone;
      }
      // In a register of persons (a column of ages or sexes), "From", "To"
      // and "Route" say where they came from and went: "No|Name (as
      // declared)|Sex|Age|From|Arr|Route".
      {
        bool register_of_persons = false;
        std::array<bool, 32> movement{};
        for (size_t c = 0; c < header.count; ++c) {
          std::array<char, 8> buf;  // the longest word looked for ("sex/age") and one more byte
          const std::string_view low =
              quasi::LowerAsciiInto(text.substr(header.cells[c].begin, header.cells[c].end - header.cells[c].begin), buf);
          register_of_persons |= low == "age" || low == "sex" || low == "sex/age" || low == "age/sex";
          movement[c] = (low == "from" || low == "to" || low == "route") && labels[c] == Label::kNone;
        }
        for (size_t c = 0; c < header.count && register_of_persons; ++c) {
          if (!movement[c]) continue;
          labels[c] = Label::kPlace;
          ++labelled_columns;
        }
      }
      if (labelled_columns == 0) continue;
      // The rows; blank lines between the header and the first row are
      // skipped.
      bool first_row = true;
      while (i < n) {
        size_t re = i;
        while (re < n && text[re] != '\n') ++re;
        const size_t next = re + 1;
        if (first_row && (re == i || (re == i + 1 && text[i] == '\r'))) {
          i = next;
          continue;
        }
        first_row = false;
        // A rule of a grid ("-----+----+----"): the table goes on under it.
        if (IsGridRule(text.substr(i, re - i))) {
          i = next;
          continue;
        }
        const Cells row = SplitCells(text, i, re, sep);
        // A row with more cells than the header holds the separator in a
        // cell of free text, the last as a rule ("notes": "journalist; left
        // Baku"): the cells before the last column are still in place. (Not
        // with ',': a line of prose after the table has as many.)
        if (row.count < header.count || (row.count > header.count && sep == ',')) break;
        const size_t columns = row.count == header.count ? row.count : header.count - 1;
        for (size_t column = 0; column < columns; ++column) {
          const CellSpan& cell = row.cells[column];
          if (labels[column] == Label::kNone || cell.end == cell.begin || IsRuleCell(text, cell)) continue;
          if (CodeCell(text, cell.begin, cell.end, labels[column], sink)) continue;
          Value(text.substr(0, cell.end), cell.begin, labels[column], sink);
          if (labels[column] != Label::kPlace) QuotedNickname(text, cell, sink);
        }
        i = next;
      }
    }
  }

  // The cells under a name or place column of a table laid out in
  // fixed-width columns, under a rule of dash runs or under a header split by
  // two spaces or more (quasi::ForEachFixedWidthTable), each read as a
  // labelled value; header cells are labelled as Tables labels them.
  static void FixedWidthTables(std::string_view text, FindingSink& sink) {
    quasi::ForEachFixedWidthTable(text, [&](const quasi::FixedWidthTable& table) {
      std::vector<Label> labels(table.header.size(), Label::kNone);
      bool any = false;
      for (size_t c = 0; c < table.header.size(); ++c) {
        const quasi::FixedCell& h = table.header[c];
        if (h.end > h.begin) labels[c] = HeaderLabel(text.substr(h.begin, h.end - h.begin));
        any |= labels[c] != Label::kNone;
      }
      if (!any) return;
      for (const std::vector<quasi::FixedCell>& row : table.rows) {
        for (size_t c = 0; c < row.size(); ++c) {
          if (labels[c] == Label::kNone || row[c].end == row[c].begin) continue;
          if (CodeCell(text, row[c].begin, row[c].end, labels[c], sink)) continue;
          Value(text.substr(0, row[c].end), row[c].begin, labels[c], sink);
          if (labels[c] != Label::kPlace && text[row[c].begin] != '"') {
            QuotedNickname(text, CellSpan{row[c].begin, row[c].end}, sink);
          }
        }
      }
    });
  }

  // The value of a place label at text[p...] up to the end of its line, as
  // one LOC finding (FIELD), when it reads as a place's name: at most 80
  // bytes (up to an aside in parentheses), starting with a capital (or a byte of a non-ASCII letter), and
  // every word that starts in lower case a particle or a word for a kind of
  // place ("Martuni", "Goris – Kindergarten No. 3", "Nor Nork, Yerevan",
  // "Dar es Salaam", "Kutupalong camp"). A value with any other lower-case
  // word ("with her uncle in Goris") or an '@' is left alone: it may hold a
  // person. Resolve reads the PERSON readings inside it as the place
  // (ReadPlacesAndPersons).
  static void PlaceValue(std::string_view text, size_t p, FindingSink& sink, bool cut_aside = false) {
    const size_t n = text.size();
    size_t e = p;
    while (e < n && text[e] != '\n' && text[e] != '\r' && e - p <= kMaxPlaceValue) ++e;
    if (e - p > kMaxPlaceValue) return;
    // A gap of three spaces or more, a tab or a spaced bar ends it: another
    // field of the line follows ("Sites: Antakya / Defne       Owner: PSS
    // team", "Districts: Abs, Aslam | Updated: 14/06").
    if (const size_t gap = text.substr(p, e - p).find_first_of('\t'); gap != std::string_view::npos) e = p + gap;
    if (const size_t gap = text.substr(p, e - p).find("   "); gap != std::string_view::npos) e = p + gap;
    if (const size_t bar = text.substr(p, e - p).find(" | "); bar != std::string_view::npos) e = p + bar;
    // Where the whole value is no place's name, an aside in parentheses after
    // the place ends it ("Kanyaruchinya / Munigi (ménages revenus après
    // ...)"; "Karachi (Sohrab Goth)" is a place whole).
    if (cut_aside) {
      const size_t aside = text.substr(p, e - p).find(" (");
      if (aside == std::string_view::npos) return;
      e = p + aside;
    }
    while (e > p && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '.')) --e;
    if (e == p || !(IsUpperAscii(text[p]) || static_cast<unsigned char>(text[p]) >= 0x80)) return;
    for (size_t i = p; i < e;) {
      if (text[i] == '@') return;
      if (!IsWordByte(text[i])) {
        ++i;
        continue;
      }
      size_t w = i;
      while (w < e && (IsWordByte(text[w]) || text[w] == '\'')) ++w;
      if (IsLowerAscii(text[i]) && !Listed(kPlaceValueWords, text.substr(i, w - i))) {
        if (!cut_aside) PlaceValue(text, p, sink, /*cut_aside=*/true);
        return;
      }
      i = w;
    }
    sink.Add(Finding{p, e, Kind::kLoc, "FIELD", kFieldNameConfidence, kId});
  }

  // Whether the rest of the line from text[p] holds ", " outside
  // parentheses: a list.
  static bool ListOnLine(std::string_view text, size_t p) {
    int depth = 0;
    for (; p + 1 < text.size() && text[p] != '\n'; ++p) {
      if (text[p] == '(') ++depth;
      if (text[p] == ')' && depth > 0) --depth;
      if (depth == 0 && text[p] == ',' && text[p + 1] == ' ') return true;
    }
    return false;
  }

  // Whether `name` is one word of three letters or more, a capital then
  // small ASCII letters ("Senait", "Ibe").
  static bool OneTitleCaseWord(std::string_view name) {
    return name.size() >= 3 && IsUpperAscii(name[0]) &&
           std::all_of(name.begin() + 1, name.end(), [](char c) { return IsLowerAscii(c); });
  }

  // Whether an item of an attendance list is a person's initials: two
  // capitals that abbreviate nothing else ("Present: LM (chair)", "Absent:
  // JK, RT"; not "EU", "UN"). Three capitals or more name agencies as often
  // ("Present: KRCS, ACF").
  static bool AttendeeInitials(std::string_view name) {
    return name.size() == 2 && IsUpperAscii(name[0]) && IsUpperAscii(name[1]) && !IsNoPersonAbbreviation(name);
  }

  // Whether an item of a list ends at text[e]: the text's or its line's
  // end, ',', ';', " (" or " and " ("SP Aliyu ..." goes on: "SP" is a rank;
  // so is "SP [blank]" in a release's output).
  static bool ItemEndsAt(std::string_view text, size_t e) {
    return e >= text.size() || text[e] == ',' || text[e] == ';' || text[e] == '\n' || text[e] == '\r' ||
           text.compare(e, 2, " (") == 0 || text.compare(e, 5, " and ") == 0;
  }

  // Whether a name read under an attendance label is a person's: two words
  // or more, no part (between spaces or hyphens) with two capitals or more
  // ("PHC", "MoMD", "DoH"; "El-Tayeb" is two parts).
  // A family name in capitals of five letters or more counts beside a word
  // in title case ("NGAIKOSSET Rodrigue"; not "Dilijan PHC", "MoMD Nineveh",
  // nor an agency's acronym: "UNHCR Goris", kAgencyAcronyms).
  static bool AttendeeName(std::string_view name) {
    size_t words = 0, capital_words = 0, title_case = 0;
    // Parts split at spaces and hyphens ("El-Tayeb" is two title-case
    // parts); words split at spaces.
    for (size_t p = 0; p < name.size();) {
      const bool after_hyphen = name[p] == '-';
      while (p < name.size() && (name[p] == ' ' || name[p] == '-')) ++p;
      size_t e = p, capitals = 0, lower = 0, letters = 0;
      for (; e < name.size() && name[e] != ' ' && name[e] != '-'; ++e) {
        capitals += IsUpperAscii(name[e]);
        lower += IsLowerAscii(name[e]);
        letters += (static_cast<unsigned char>(name[e]) & 0xC0) != 0x80;
      }
      if (e > p && !after_hyphen) ++words;
      if (capitals >= 2) {
        if (lower > 0 || letters < 5) return false;
        // An agency's acronym ("Present: UNHCR Goris"): its office.
        const std::string_view word = name.substr(p, e - p);
        if (word.starts_with("UN") || Listed(kAgencyAcronyms, word)) return false;
        ++capital_words;
      } else if (capitals == 1 && IsUpperAscii(name[p]) && lower > 0) {
        ++title_case;
      }
      p = e;
    }
    return words >= 2 && (capital_words == 0 || (capital_words == 1 && title_case >= 1));
  }

  // Whether the word that ends at text[e) opens a label of two to four
  // words: one to three words in small letters follow it, single spaces
  // between, the last right before a colon ("Known as:", "First name(s):",
  // "Date of birth:"); or an aside in parentheses and a colon follow it.
  static bool OpensLabel(std::string_view text, size_t e) {
    const size_t n = text.size();
    // "Interpreter (RU/RO):": an aside of up to 16 bytes, then the colon.
    if (e + 2 < n && text[e] == ' ' && text[e + 1] == '(') {
      const size_t close = text.substr(e + 2, 17).find(')');
      if (close != std::string_view::npos && e + 3 + close < n && text[e + 3 + close] == ':') return true;
    }
    for (int words = 0; words < 3; ++words) {
      if (e + 1 >= n || text[e] != ' ' || !IsLowerAscii(text[e + 1])) return false;
      ++e;
      while (e < n && IsLowerAscii(text[e])) ++e;
      if (text.compare(e, 3, "(s)") == 0) e += 3;
      if (e < n && text[e] == ':') return true;
    }
    return false;
  }

  // Whether the label whose ':' comes before text[p] (spaces between) says
  // who attested the record: "Verified:", "Checked by:", "Approved:",
  // "Prepared by:", "Logged by:", ... (the label from its line's start, or
  // from a tab, a bar or two spaces).
  static bool AttestationLabelBefore(std::string_view text, size_t p) {
    static constexpr std::string_view kAttesters[] = {
        "approved",    "approved by", "checked",     "checked by",  "cleared by", "compiled by", "completed by",
        "drafted by",  "entered by",  "logged by",   "prepared by", "recorded by", "reviewed",   "reviewed by",
        "signed",      "signed by",   "updated by",  "verified",    "verified by", "written by"};
    size_t q = p;
    while (q > 0 && text[q - 1] == ' ') --q;
    if (q == 0 || text[q - 1] != ':') return false;
    const size_t colon = q - 1;
    size_t b = colon;
    while (b > 0 && colon - b < 16 && text[b - 1] != '\n' && text[b - 1] != '\t' && text[b - 1] != '|' &&
           !(text[b - 1] == ' ' && b >= 2 && text[b - 2] == ' ')) {
      --b;
    }
    std::string label(text.substr(b, colon - b));
    while (!label.empty() && label.back() == ' ') label.pop_back();
    for (char& c : label) c = IsUpperAscii(c) ? static_cast<char>(c | 0x20) : c;
    return std::find(std::begin(kAttesters), std::end(kAttesters), label) != std::end(kAttesters);
  }

  // Initials of whoever attested a record, as the value of such a label:
  // two to four capitals alone ("Verified: RM", "Checked by: KT") or in
  // parentheses at the value's end ("Prepared by: Security Adviser, Gao
  // hub (AAM)"), no organisation's acronym (IsNoPersonAbbreviation). Added
  // as PERSON/INITIALS; returns whether the value was such capitals alone.
  static bool AttesterInitials(std::string_view text, size_t p, FindingSink& sink) {
    const size_t n = text.size();
    if (!AttestationLabelBefore(text, p)) return false;
    // (Initials with periods are read as the value's name: "Checked: S.E.K.H.")
    size_t e = p;
    while (e < n && IsUpperAscii(text[e])) ++e;
    const std::string_view letters = text.substr(p, e - p);
    const bool alone = e > p && (e == n || std::strchr("\n\r\t|,;", text[e]) != nullptr ||
                                 text.compare(e, 2, "  ") == 0 || (text[e] == ' ' && e + 1 == n));
    if (alone && letters.size() >= 2 && letters.size() <= 4 && !IsNoPersonAbbreviation(letters)) {
      sink.Add(Finding{p, e, Kind::kPerson, "INITIALS", kFieldNameConfidence, kId});
      return true;
    }
    // "(AAM)" closing the value: at its line's end, or before a tab or two
    // spaces (another label may follow on the line).
    size_t line_end = p;
    while (line_end < n && text[line_end] != '\n' && text[line_end] != '\r' && text[line_end] != '\t' &&
           text.compare(line_end, 2, "  ") != 0) {
      ++line_end;
    }
    size_t close = line_end;
    while (close > p && text[close - 1] == ' ') --close;
    if (close < p + 4 || text[close - 1] != ')') return false;
    size_t open = close - 1;
    while (open > p && IsUpperAscii(text[open - 1])) --open;
    if (open == p || text[open - 1] != '(' || open - 1 == p || text[open - 2] != ' ') return false;
    const std::string_view inside = text.substr(open, close - 1 - open);
    if (inside.size() >= 2 && inside.size() <= 4 && !IsNoPersonAbbreviation(inside)) {
      sink.Add(Finding{open, close - 1, Kind::kPerson, "INITIALS", kFieldNameConfidence, kId});
    }
    return false;
  }

  // The names of the value at text[p...] up to the end of its line.
  static void Value(std::string_view text, size_t p, Label label, FindingSink& sink) {
    const size_t n = text.size();
    if (label == Label::kTeam) {
      if (!ListOnLine(text, p)) return;
      label = Label::kAttendance;
    }
    const bool attendance = label == Label::kAttendance;
    if (attendance) label = Label::kNames;
    while (p < n && (text[p] == ' ' || text[p] == '\t')) ++p;
    if (label == Label::kMembers) {
      // A household's members open with a capitalised name ("visiting from
      // Nanumaga, 3 pax" under "Members (age)" names none).
      if (p >= n || !quasi::CapitalAt(text, p)) return;
      label = Label::kNames;
    }
    if (label == Label::kPlace) {
      PlaceValue(text, p, sink);
      return;
    }
    // A quoted value ('Alias: "Fati"'): the name inside the quotes.
    if (p + 1 < n && text[p] == '"' && IsWordByte(text[p + 1])) ++p;
    if (p + 3 < n && text.compare(p, 3, "\xE2\x80\x9C") == 0 && IsWordByte(text[p + 3])) p += 3;
    if (p >= n || !IsWordByte(text[p])) return;
    // After a role label, a kin word in small letters before the name
    // ("Enquirer : mother Hêvî Osman").
    bool after_kin_word = false;
    if ((label == Label::kRole || label == Label::kKin) && IsLowerAscii(text[p])) {
      size_t e = p;
      while (e < n && IsLowerAscii(text[e])) ++e;
      if (e + 1 < n && text[e] == ' ' && quasi::CapitalAt(text, e + 1) && IsPersonRelationWord(text.substr(p, e - p))) {
        p = e + 1;
        after_kin_word = true;
      }
    }
    // In small letters, ASCII or Latin-1 ("équipe de veille").
    const bool lower_value = IsLowerAscii(text[p]) || (text[p] == '\xC3' && !quasi::CapitalAt(text, p));
    const bool person_label = label == Label::kKin || label == Label::kRole;
    // "Father: unknown", "Compiled by: the unit"; a login ("Agent: r.mwenze")
    // is a name.
    if (const size_t login_end = lower_value ? LoginHandleEnd(text, p) : p; login_end > p) {
      // The login alone: "karla.mejia.hn  el 2024-03-08".
      sink.Add(Finding{p, login_end, Kind::kPerson, "FIELD", kFieldNameConfidence, kId});
      return;
    }
    if (person_label && lower_value) return;
    if (label == Label::kRole && !after_kin_word && AttesterInitials(text, p, sink)) return;
    if (label == Label::kRole && !after_kin_word) {
      // An organisation's acronym alone ("Reported by: UNHCR") is no name;
      // after a kin word it is ("brother GARANG").
      size_t e = p;
      while (e < n && IsUpperAscii(text[e])) ++e;
      if (e - p >= 2 && e - p <= 6 && (e == n || std::strchr("\n\r.;,)", text[e]) != nullptr)) return;
    }
    {
      const size_t e = ValueWordEnd(text, p);
      std::string first(text.substr(p, e - p));
      for (char& c : first) c = IsUpperAscii(c) ? static_cast<char>(c | 0x20) : c;
      while (!first.empty() && first.back() == '.') first.pop_back();
      if (Listed(kNoNameValues, first)) return;
    }
    size_t begin = p, end = p, words = 0;
    // Under an attendance label, a name of one word in title case stands
    // before an aside ("Team: ..., Senait (trad. tigrino), ...").
    bool aside_follows = false;
    auto flush = [&]() {
      const std::string_view name = text.substr(begin, end - begin);
      if (end > begin && attendance && AttendeeInitials(name) && ItemEndsAt(text, end)) {
        sink.Add(Finding{begin, end, Kind::kPerson, "INITIALS", kFieldNameConfidence, kId});
      } else if (end > begin && (!attendance || AttendeeName(name) || (aside_follows && OneTitleCaseWord(name)))) {
        sink.Add(Finding{begin, end, Kind::kPerson, "FIELD", kFieldNameConfidence, kId});
      }
      begin = end;
      words = 0;
    };
    // Under a plural label, the start of the next name after an age or an
    // aside that ends at text[q]: ", " (or "; " when `semicolon`) or " and ",
    // then spaces; npos when no such separator follows.
    auto next_listed = [&](size_t q, bool semicolon) {
      if (text.compare(q, 2, ", ") == 0 || (semicolon && text.compare(q, 2, "; ") == 0)) {
        q += 2;
      } else if (text.compare(q, 5, " and ") == 0) {
        q += 5;
      } else {
        return std::string_view::npos;
      }
      while (q < n && text[q] == ' ') ++q;
      return q;
    };
    while (p < n) {
      // A table's bar ends the value: no name runs across cells.
      if (text[p] == '|') break;
      const size_t e = ValueWordEnd(text, p);
      if (e == p) break;
      const std::string_view word = text.substr(p, e - p);
      bool digits = false;
      for (char c : word) digits |= IsDigitAscii(c) || c == '/';
      if (digits) {
        // Under a plural label an age of one or two digits ends a name, and a
        // separator may follow it ("Members_name_age: Rukia Begum 31; Anwar 6").
        const bool age = label == Label::kNames && words > 0 && word.size() <= 2 &&
                         std::all_of(word.begin(), word.end(), IsDigitAscii);
        if (!age) break;  // "S/O", a number, a date: the name has ended
        flush();
        // An aside may follow the age ("Djaïlatou 14 (fille), Moussa 10").
        size_t after_age = e;
        if (text.compare(e, 2, " (") == 0) {
          if (const size_t aside_end = quasi::AsideEnd(text, e); aside_end != 0) after_age = aside_end;
        }
        const size_t next = next_listed(after_age, /*semicolon=*/true);
        if (next == std::string_view::npos) break;
        p = next;
        continue;
      }
      const bool particle = Listed(kParticles, word) || (word.size() > 3 && word.substr(0, 3) == "al-");
      if (IsLowerAscii(word[0]) && !lower_value && !particle) break;  // "Tendai on +243 ..."
      if (lower_value && (word == "and" || word == "or" || word == "on" || word == "at" || word == "in")) break;
      if (words == kMaxValueWords) break;
      if (e < n && text[e] == ':') break;  // the next label: "Rahim. Age: 30"
      if (OpensLabel(text, e)) break;      // "Known as:", "First name(s):"
      if (words == 0) begin = p;
      end = e;
      ++words;
      // A period ends the name unless it ends an initial or an abbreviation.
      if (word.back() == '.' && !EndsInitial(word)) {
        --end;
        break;
      }
      p = e;
      // Under a plural label an aside in parentheses ends a name ("Enfants:
      // Bienvenu (11 ans), Grâce (7 ans)"); a separator may follow it.
      if (label == Label::kNames && p + 2 < n && text[p] == ' ' && text[p + 1] == '(') {
        const size_t aside_end = quasi::AsideEnd(text, p);
        if (aside_end == 0) break;
        aside_follows = true;
        flush();
        aside_follows = false;
        const size_t next = next_listed(aside_end, /*semicolon=*/false);
        if (next == std::string_view::npos) break;
        p = next;
        if (p < n && !IsWordByte(text[p])) break;
        if (text.compare(p, 4, "and ") == 0) p += 4;
        continue;
      }
      // Separators: spaces, or a comma and spaces ("AHMADZAI, NOORULLAH";
      // under a plural label the comma separates names).
      size_t q = p;
      // After a role label a comma ends the name ("Reported by: Rebecca Adut
      // Mabior, Field Security Assistant"): no inverted names there.
      if (label == Label::kRole && q < n && text[q] == ',') break;
      // Under a plural label " / " separates names ("SIVAKUMAR / Tharshini").
      if (label == Label::kNames && text.compare(q, 3, " / ") == 0 && q + 3 < n && IsWordByte(text[q + 3])) {
        flush();
        p = q + 3;
        continue;
      }
      const bool comma = q < n && text[q] == ',';
      if (comma) ++q;
      const size_t spaces = q;
      while (q < n && text[q] == ' ') ++q;
      if (q == spaces && !comma) break;  // no space: the value has ended ("Ahmad;")
      if (q == spaces) break;            // "Ahmad,Karim": no name form
      // Three spaces or more are a form's layout: the next field follows
      // ("Surname: MBOLIKO          First name(s): ...").
      if (q - spaces >= 3) break;
      if (label == Label::kNames) {
        const size_t we = ValueWordEnd(text, q);
        if (comma || (we == q + 3 && text.compare(q, 3, "and") == 0)) {
          flush();
          if (!comma) q = we + (we < n && text[we] == ' ' ? 1 : 0);
        }
      }
      p = q;
    }
    // A lower-case value that runs on past a name's words is a sentence
    // ("Note: most people below use one name only").
    if (lower_value && words == kMaxValueWords && p < n && IsWordByte(text[p])) return;
    const size_t last_end = end;
    const bool named = end > begin;
    flush();
    // Another spelling in brackets right after the name ("ŞIYAR MIHEMED
    // XELÎL [Shiyar Mohammed Khalil]", "Hêvî Osman [Hevi]").
    if (named && last_end + 2 < n && text[last_end] == ' ' && text[last_end + 1] == '[') {
      const std::string_view within = text.substr(last_end, 61);  // the ']' at most 60 bytes on
      const size_t close = within.find(']');
      if (close != std::string_view::npos && quasi::CapitalAt(text, last_end + 2) &&
          within.substr(0, close).find('\n') == std::string_view::npos) {
        sink.Add(Finding{last_end + 2, last_end + close, Kind::kPerson, "FIELD", kFieldNameConfidence, kId});
      }
    }
  }
};

}  // namespace

std::unique_ptr<const Detector> NewFieldNameDetector() { return std::make_unique<FieldNameDetector>(); }

bool IsLoginHandle(std::string_view s) {
  size_t parts = 1, part = 0, letters = 0;
  bool long_part = false;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c >= 'a' && c <= 'z') {
      ++part;
      ++letters;
      long_part |= part >= 3;
    } else if ((c == '.' || c == '_') && part > 0 && i + 1 < s.size()) {
      ++parts;
      part = 0;
    } else {
      return false;
    }
  }
  return parts >= 2 && parts <= 3 && part > 0 && letters >= 5 && long_part;
}

}  // namespace tearline

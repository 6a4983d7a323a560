// Names that what is said of them marks as persons'. Contract in
// persons_by_deed.h and tearline/resolve.h (PERSONS BY WHAT IS SAID OF THEM).
#include "persons_by_deed.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <iterator>
#include <span>
#include <string>

#include "finding_index.h"
#include "known_places.h"
#include "common_words.h"
#include "link_words.h"
#include "name_lists.h"
#include "place_names.h"
#include "tearline/file.h"
#include "tearline/quasi.h"

namespace tearline::link_internal {
namespace {

// An organisation reading from which a name stays an organisation's.
constexpr float kOrganisationReading = 0.5f;

// Verbs whose subject is a person, as written after it (English, Spanish,
// Portuguese). Sorted by bytes.
constexpr std::string_view kPersonsVerbs[] = {
    "admitted", "afirmou", "afirm\xC3\xB3", "agreed", "answered", "asegur\xC3\xB3", "asked", "begged", "believed",
    "believes", "claimed", "complained", "confirmed", "contou", "cont\xC3\xB3", "cried", "declar\xC3\xB3",
    "denied", "denunci\xC3\xB3", "described", "died", "dijeron", "dijo", "disse", "disseram", "escaped",
    "explained", "explicou", "explic\xC3\xB3", "feared", "fears", "fled", "heard", "hoped", "hopes",
    "identified", "informed", "insisted", "knew", "knows", "married", "phoned", "pleaded", "prayed", "promised",
    "radioed", "recalled", "recalls", "recognised", "recognized", "refused", "relatou", "relat\xC3\xB3",
    "remembered", "remembers", "replied", "reported", "said", "saw", "says", "screamed", "sees", "shouted",
    "stated", "survived", "telephoned", "tells", "testified", "texted", "thinks", "thought", "told", "treated",
    "wanted", "wants", "warned", "wept", "whispered", "witnessed"};
static_assert(std::is_sorted(std::begin(kPersonsVerbs), std::end(kPersonsVerbs)));

// Participles of what befalls persons, after "was", "were", "had been",
// "has been", "have been". Not those of what befalls places too (taken,
// attacked, burned, evacuated). Sorted by bytes.
constexpr std::string_view kPersonsParticiples[] = {
    "abducted", "arrested", "assaulted", "beaten", "blindfolded", "born", "detained", "executed", "forced",
    "handcuffed", "hit", "hospitalised", "hospitalized", "injured", "interrogated", "kidnapped", "killed",
    "married", "murdered", "ordered", "questioned", "raped", "robbed", "shot", "slapped", "stabbed", "stripped",
    "struck", "threatened", "tortured", "treated", "whipped", "wounded"};
static_assert(std::is_sorted(std::begin(kPersonsParticiples), std::end(kPersonsParticiples)));

// Participles after which " by" names who did it, persons as a rule
// ("taken by Ekal and Lopeyok"): kPersonsParticiples and these; not those
// after which organisations come as often (interviewed, visited, received,
// sent, escorted, attacked). Sorted by bytes.
constexpr std::string_view kAgentParticiples[] = {
    "accompanied", "brought", "carried", "driven", "identified", "led", "looted", "recognised", "recognized",
    "seen", "spotted", "stolen", "stopped", "taken", "told", "written"};
static_assert(std::is_sorted(std::begin(kAgentParticiples), std::end(kAgentParticiples)));

// Verbs whose object is a person, as written before it ("Gunmen abducted
// Ayanae", "the team thanked Lomuria"); not those places take too
// (visited, attacked, reached, evacuated, searched, called: "a village
// called Lokiriama"). Sorted by bytes.
constexpr std::string_view kObjectVerbs[] = {
    "abducted", "accompanied", "arrested", "asked", "assaulted", "beat", "begged", "blindfolded", "contacted",
    "detained", "emailed", "employed", "escorted", "executed", "forced", "freed", "handcuffed", "hired",
    "informed", "injured", "interrogated", "interviewed", "kidnapped", "killed", "married", "met", "murdered",
    "ordered", "paid", "persuaded", "phoned", "questioned", "raped", "recruited", "released", "rescued",
    "robbed", "shot", "slapped", "stabbed", "stripped", "telephoned", "texted", "thanked", "threatened", "told",
    "tortured", "urged", "warned", "whipped", "wounded"};
static_assert(std::is_sorted(std::begin(kObjectVerbs), std::end(kObjectVerbs)));

// Words after which " with" names persons: a person's companions ("fled
// with Namoe", "stayed with Akuwam") or those one talks with ("Follow-up
// with Sahra and Dheeq", "spoke with Ekal"). Sorted by bytes.
constexpr std::string_view kCompanionVerbs[] = {
    "arrived", "came",     "consultation", "escaped", "fled",    "follow-up", "hid",      "interview",
    "left",    "lived",    "meeting",      "met",     "returned", "session",  "spoke",    "stayed",
    "talked",  "traveled", "travelled",    "walked",  "went"};
static_assert(std::is_sorted(std::begin(kCompanionVerbs), std::end(kCompanionVerbs)));

// Spanish verbs whose object is a person, before the personal "a"
// ("secuestraron a Brayan"; not verbs of motion: "llegaron a Tumaco").
// Sorted by bytes.
constexpr std::string_view kSpanishObjectVerbs[] = {
    "amenazaron", "amenaz\xC3\xB3", "asesinaron", "asesin\xC3\xB3", "capturaron", "captur\xC3\xB3",
    "desaparecieron", "detuvieron", "detuvo", "entrevistamos", "entrevistaron", "golpearon", "golpe\xC3\xB3",
    "hirieron", "hiri\xC3\xB3", "mataron", "mat\xC3\xB3", "reclutaron", "reclut\xC3\xB3", "secuestraron",
    "secuestr\xC3\xB3", "torturaron", "tortur\xC3\xB3", "violaron", "viol\xC3\xB3"};
static_assert(std::is_sorted(std::begin(kSpanishObjectVerbs), std::end(kSpanishObjectVerbs)));

// French participles whose object is a person, after "a", "ont", "avait"
// or "avaient" ("ils ont enlevé Ayanae"). Sorted by bytes.
constexpr std::string_view kFrenchObjectParticiples[] = {
    "arr\xC3\xAAt\xC3\xA9", "assassin\xC3\xA9", "battu", "bless\xC3\xA9", "enlev\xC3\xA9",
    "ex\xC3\xA9" "cut\xC3\xA9", "frapp\xC3\xA9", "interrog\xC3\xA9", "kidnapp\xC3\xA9",
    "menac\xC3\xA9", "recrut\xC3\xA9", "tortur\xC3\xA9", "tu\xC3\xA9", "viol\xC3\xA9"};
static_assert(std::is_sorted(std::begin(kFrenchObjectParticiples), std::end(kFrenchObjectParticiples)));

// Words that may follow the objects of such a verb: prepositions,
// conjunctions, adverbs of time ("shot Lotukoi in the leg", "asked Ekuwom
// for money"); not a noun ("robbed Lokori market"). Sorted by bytes.
constexpr std::string_view kAfterObjectWords[] = {
    "after", "again", "and", "as", "at", "au", "avec", "because", "before", "behind", "but", "by", "cerca",
    "con", "dans", "desde", "during", "en", "et", "for", "from", "in", "inside", "into", "last", "near", "on",
    "or", "outside", "para", "por", "pour", "pr\xC3\xA8s", "separately", "sur", "this", "to", "today",
    "tonight", "twice", "until", "when", "while", "who", "whom", "with", "y", "yesterday", "\xC3\xA0"};
static_assert(std::is_sorted(std::begin(kAfterObjectWords), std::end(kAfterObjectWords)));

// French participles of speech and witness after "a" or "ont" ("Boureima a
// déclaré"). Sorted by bytes.
constexpr std::string_view kFrenchSpeechParticiples[] = {
    "affirm\xC3\xA9", "confirm\xC3\xA9", "dit", "d\xC3\xA9" "clar\xC3\xA9", "entendu", "expliqu\xC3\xA9",
    "indiqu\xC3\xA9", "pr\xC3\xA9" "cis\xC3\xA9", "racont\xC3\xA9", "t\xC3\xA9moign\xC3\xA9", "vu"};
static_assert(std::is_sorted(std::begin(kFrenchSpeechParticiples), std::end(kFrenchSpeechParticiples)));

// Adverbs that may stand between a subject and its verb ("Ekai also told").
constexpr std::string_view kSubjectAdverbs[] = {"allegedly", "also", "later", "reportedly", "then"};

// Pronouns that open a clause as its subject, capitalised ("He asked for
// my husband by name"); some are names elsewhere ("He Jiankui").
constexpr std::string_view kPronouns[] = {"Ela",  "Elas", "Ele", "Eles", "Ella", "Ellas", "Ellos", "Elle",
                                          "Elles", "He",  "I",   "Il",   "Ils",  "It",    "La",    "Las",
                                          "Le",   "Les",  "Lo",  "Los",  "Me",   "Nos",   "Nous",  "On",
                                          "One",  "Se",   "She", "Te",   "They", "Vous",  "We",    "You",
                                          "\xC3\x89l"};

// Words of address or acknowledgement before a name addressed, with what
// follows them (", " or a space). Compared as written.
constexpr std::string_view kAddressOpeners[] = {
    "Bonjour ", "Bonsoir ", "Bye, ", "Cher ", "Ch\xC3\xA8re ", "Copy, ", "Copy that, ", "Dear ",
    "Estimada ", "Estimado ", "Good afternoon, ", "Good evening, ", "Good morning, ", "Goodbye, ",
    "Gracias, ", "Hello ", "Hello, ", "Hi ", "Hi, ", "Hola ", "Hola, ", "Merci, ", "OK, ", "Obrigada, ",
    "Obrigado, ", "Okay, ", "Querida ", "Querido ", "Roger, ", "Roger that, ", "Sorry, ", "Thank you, ",
    "Thanks, ", "Welcome, "};

// Phrases other than " by name" that ask for a person by name ("preguntó
// por Brayan por su nombre"), with the space before them.
constexpr std::string_view kByNamePhrases[] = {" par son nom", " por su nombre", " por nombre", " pelo nome",
                                               " pelo seu nome"};

// The grades of a source's reliability written in parentheses after its
// name ("Lomuria (reliable)"), as written.
constexpr std::string_view kSourceGrades[] = {
    "confiable",        "fairly reliable",  "fiable",     "no confiable",       "non fiable",
    "not reliable",     "not usually reliable", "peu fiable", "poco confiable",  "reliability unknown",
    "reliable",         "unknown reliability", "unreliable", "untested",        "usually reliable"};

// What an aside in parentheses after a name says when the rest of the
// person's name is not known ("Cachaco" (no se sabe el nombre), "Nsimire
// (female, no surname)"), found anywhere in the aside.
constexpr std::string_view kUnknownNameAsides[] = {
    "name not known",  "name unknown",        "no surname",         "nom inconnu",   "nombre desconocido",
    "nome desconhecido", "no se sabe el nombre", "apellido desconocido", "sin apellido", "surname unknown",
    "surname not known", "sobrenome desconhecido"};

// Whether an aside says that the name before it is all that is known of a
// person's name.
bool SaysNameUnknown(std::string_view inside) {
  return std::any_of(std::begin(kUnknownNameAsides), std::end(kUnknownNameAsides),
                     [&](std::string_view a) { return inside.find(a) != std::string_view::npos; });
}

// The name in quotes that closes at text[e) ('"Cachaco" (...)',
// '“Cachaco” (...)'): its bounds inside the quotes, or {e, e}.
std::pair<size_t, size_t> QuotedNameEndingAt(std::string_view text, size_t e) {
  size_t close = e;
  if (e >= 1 && text[e - 1] == '"') {
    close = e - 1;
  } else if (e >= 3 && text.compare(e - 3, 3, "\xE2\x80\x9D") == 0) {
    close = e - 3;
  } else {
    return {e, e};
  }
  const size_t b = NameEndingAt(text, close);
  if (b == close) return {e, e};
  if ((b >= 1 && text[b - 1] == '"') || (b >= 3 && text.compare(b - 3, 3, "\xE2\x80\x9C") == 0)) return {b, close};
  return {e, e};
}

// Roles of persons written alone in parentheses after a name ("Ekai
// (driver)"). Sorted by bytes.
constexpr std::string_view kPersonsRoles[] = {
    "chief",   "doctor",    "driver",     "elder",   "fixer",   "guard",  "guide",
    "handler", "headman",   "imam",       "informant", "interpreter", "midwife", "nurse",
    "pastor",  "sheikh",    "source",     "survivor", "teacher", "translator", "victim", "witness"};
static_assert(std::is_sorted(std::begin(kPersonsRoles), std::end(kPersonsRoles)));

// The end of the word of letters (ASCII small letters and bytes of
// multi-byte characters) at text[p]; p when text[p] opens none.
size_t SmallWordEnd(std::string_view text, size_t p) {
  size_t e = p;
  while (e < text.size() && (IsAsciiLower(text[e]) || static_cast<unsigned char>(text[e]) >= 0x80)) ++e;
  return e > p && IsAsciiLower(text[p]) && (e == text.size() || !IsWordByte(text[e])) ? e : p;
}

// Whether the text after a subject that ends at text[e) is a verb only
// persons are the subject of: " said", " was beaten", " had been struck",
// " a déclaré", after at most one adverb (" also told").
bool PersonsVerbAfter(std::string_view text, size_t e) {
  if (e >= text.size() || text[e] != ' ') return false;
  size_t b = e + 1, w = SmallWordEnd(text, b);
  if (w == b) return false;
  if (OneOf(kSubjectAdverbs, text.substr(b, w - b))) {
    if (w >= text.size() || text[w] != ' ') return false;
    b = w + 1;
    w = SmallWordEnd(text, b);
    if (w == b) return false;
  }
  const std::string_view verb = text.substr(b, w - b);
  if (InSortedLowerAscii(kPersonsVerbs, verb)) return true;
  const auto next = [&]() {
    if (w >= text.size() || text[w] != ' ') return std::string_view();
    b = w + 1;
    w = SmallWordEnd(text, b);
    return text.substr(b, w - b);
  };
  if (verb == "was" || verb == "were") return InSortedLowerAscii(kPersonsParticiples, next());
  if (verb == "had" || verb == "has" || verb == "have") {
    return next() == "been" && InSortedLowerAscii(kPersonsParticiples, next());
  }
  if (verb == "a" || verb == "ont") return InSortedLowerAscii(kFrenchSpeechParticiples, next());
  return false;
}

// Whether a clause ends at text[e] on the line that ends at line_end: the
// line's end, '.', ',', ';', ':', ')', '!', '?'.
bool ClauseEndsAt(std::string_view text, size_t e, size_t line_end) {
  return e == line_end || std::string_view(".,;:)!?\r").find(text[e]) != std::string_view::npos;
}

// Reads up to five names (ListedNameEnd within [p, limit)) joined by one
// of `joints` and appends them to *list as they are read; with
// `capital_after`, a joint counts only where a capital follows it; with
// `title`, a name may open with a title ("Dr. Lokol"). Returns the end of
// the last name when no joint follows it; npos when a name is missing where
// one is due (at p or after a joint) or a joint follows the fifth.
size_t ReadJoinedNames(std::string_view text, size_t p, size_t limit, std::span<const std::string_view> joints,
                       bool capital_after, bool title, std::vector<std::pair<size_t, size_t>>* list) {
  constexpr size_t kMaxNames = 5;
  for (size_t at = p, read = 0;;) {
    size_t name_begin = at;
    const size_t e = ListedNameEnd(text, at, limit, &name_begin);
    if (e == at || e == name_begin || (!title && name_begin != at)) return std::string_view::npos;
    list->emplace_back(name_begin, e);
    size_t joint = 0;
    for (std::string_view j : joints) {
      if (text.compare(e, j.size(), j) == 0 &&
          (!capital_after || (e + j.size() < limit && IsCapitalByte(text[e + j.size()])))) {
        joint = j.size();
        break;
      }
    }
    if (joint == 0) return e;
    if (++read == kMaxNames) return std::string_view::npos;
    at = e + joint;
  }
}

// The names of a list after "Me, " or "me and " at text[p]: "A: Me,
// Lokaale and Namoe.", "with me and Lokaale".
void NamesAfterMe(std::string_view text, size_t p, std::vector<std::pair<size_t, size_t>>* names) {
  constexpr std::string_view kJoints[] = {", and ", ", ", " and "};
  size_t line_end = text.find('\n', p);
  if (line_end == std::string_view::npos) line_end = text.size();
  ReadJoinedNames(text, p, line_end, kJoints, /*capital_after=*/false, /*title=*/false, names);
}

// Whether a word of address or acknowledgement (kAddressOpeners) opens a
// clause at text[at]: at a line's start or after '.', '!', '?', ':' or a
// quote (not a field of a row: ";Hola Prystan, school roof;"). Its length,
// or 0.
size_t AddressOpenerAt(std::string_view text, size_t at) {
  size_t q = at;
  while (q > 0 && (text[q - 1] == ' ' || text[q - 1] == '\t')) --q;
  if (q > 0 && std::string_view("\n.!?:\"").find(text[q - 1]) == std::string_view::npos) return 0;
  for (std::string_view opener : kAddressOpeners) {
    if (opener[0] == text[at] && text.compare(at, opener.size(), opener) == 0) return opener.size();
  }
  return 0;
}

// Names addressed after a word of address or acknowledgement at text[at]
// (length `opener`): a name, then '.', '!', '?', ',', ':' or the line's end
// ("Copy, Esekon.", "Thanks, Esekon. Out.", "Dear Nadunga,").
void NameAddressedAfter(std::string_view text, size_t at, size_t opener,
                        std::vector<std::pair<size_t, size_t>>* names) {
  const size_t p = at + opener;
  size_t line_end = text.find('\n', p);
  if (line_end == std::string_view::npos) line_end = text.size();
  size_t name_begin = p;
  const size_t e = ListedNameEnd(text, p, line_end, &name_begin);
  if (e == p || name_begin != p) return;
  size_t after = e;
  while (after < line_end && (text[after] == ' ' || text[after] == '\r')) ++after;
  if (after < line_end && std::string_view(".!?,:").find(text[after]) == std::string_view::npos) return;
  names->emplace_back(p, e);
}

// Whether a persons' verb (PersonsVerbAfter) follows a run of capitalised
// words, particles and joints that starts at text[p]: the cheap test before
// the names are read.
bool VerbAfterCapitalisedRun(std::string_view text, size_t p) {
  for (size_t words = 0; words < 12 && p < text.size();) {
    if (!IsCapitalByte(text[p])) return false;
    size_t e = p;
    while (e < text.size() && (IsWordByte(text[e]) || text[e] == '-' || text[e] == '\'')) ++e;
    ++words;
    if (PersonsVerbAfter(text, e)) return true;
    // On to the next capitalised word past spaces, a comma, a particle or a joint.
    size_t q = e;
    if (q < text.size() && text[q] == ',') ++q;
    if (q >= text.size() || text[q] != ' ') return false;
    ++q;
    for (int skips = 0; skips < 2 && q < text.size() && !IsCapitalByte(text[q]); ++skips) {
      size_t w = q;
      while (w < text.size() && (IsAsciiLower(text[w]) || text[w] == '&')) ++w;
      if (w == q || w - q > 3 || w >= text.size() || text[w] != ' ') return false;  // and, y, et, e, &, al, de
      q = w + 1;
    }
    p = q;
  }
  return false;
}

// The names joined by ", ", " and ", ", and ", " & ", " y ", " et ", " e "
// from text[p], which opens a clause, to a persons' verb.
void SubjectsFrom(std::string_view text, size_t p, std::vector<std::pair<size_t, size_t>>* names) {
  constexpr std::string_view kJoints[] = {", and ", ", ", " and ", " & ", " y ", " et ", " e "};
  std::vector<std::pair<size_t, size_t>> subjects;
  const size_t e = ReadJoinedNames(text, p, text.size(), kJoints, /*capital_after=*/false, /*title=*/true, &subjects);
  if (e != std::string_view::npos && PersonsVerbAfter(text, e)) names->insert(names->end(), subjects.begin(), subjects.end());
}

// The word of small letters and inner hyphens (the first may be a
// capital: "Secuestraron a Brayan", "Follow-up with Sahra") that ends
// right before text[e), a space between; empty when there is none.
std::string_view SmallWordBefore(std::string_view text, size_t e) {
  if (e < 2 || text[e - 1] != ' ') return {};
  size_t b = e - 1;
  while (b > 0 && (IsAsciiLower(text[b - 1]) || static_cast<unsigned char>(text[b - 1]) >= 0x80 ||
                   (text[b - 1] == '-' && b < e - 1 && b >= 2 && IsAsciiLower(text[b - 2])))) {
    --b;  // inner hyphens too: "follow-up"
  }
  if (b > 0 && IsAsciiUpper(text[b - 1])) --b;
  if (b == e - 1 || !(IsAsciiLower(text[b]) || IsAsciiUpper(text[b])) || (b > 0 && IsWordByte(text[b - 1]))) {
    return {};
  }
  return text.substr(b, e - 1 - b);
}

// Whether the word before the capital at text[p] is a verb whose object
// is a person: kObjectVerbs; kSpanishObjectVerbs and the personal "a";
// kCompanionVerbs and "with" or "w/" ("spoke w/ Onadja"); "a", "ont",
// "avait" or "avaient" and kFrenchObjectParticiples.
bool AfterObjectVerb(std::string_view text, size_t p) {
  if (p >= 4 && text.compare(p - 4, 4, " w/ ") == 0) {
    return InSortedLowerAscii(kCompanionVerbs, SmallWordBefore(text, p - 3));
  }
  const std::string_view before = SmallWordBefore(text, p);
  if (before.empty()) return false;
  if (InSortedLowerAscii(kObjectVerbs, before)) return true;
  const size_t vb = p - 1 - before.size();
  const std::string_view verb = SmallWordBefore(text, vb);
  if (before == "a") return InSortedLowerAscii(kSpanishObjectVerbs, verb);
  if (before == "with") return InSortedLowerAscii(kCompanionVerbs, verb);
  return InSortedLowerAscii(kFrenchObjectParticiples, before) &&
         (verb == "a" || verb == "ont" || verb == "avait" || verb == "avaient");
}

// The objects of a verb whose object is a person, from text[p]: names
// joined by ", ", " and ", ", and ", " & ", " y ", " et ", then the
// clause's end ('.', ',', ';', ':', ')', '!', '?', the line's end, a note
// in parentheses: "spoke w/ Onadja (DPAH)") or a word of kAfterObjectWords
// ("Police arrested Lokemer and\ndetained Ekal for questioning"; not
// "robbed Lokori market").
void ObjectsFrom(std::string_view text, size_t p, std::vector<std::pair<size_t, size_t>>* names) {
  constexpr std::string_view kJoints[] = {", and ", ", ", " and ", " & ", " y ", " et "};
  size_t line_end = text.find('\n', p);
  if (line_end == std::string_view::npos) line_end = text.size();
  std::vector<std::pair<size_t, size_t>> objects;
  const size_t e = ReadJoinedNames(text, p, line_end, kJoints, /*capital_after=*/true, /*title=*/false, &objects);
  if (e == std::string_view::npos) return;
  bool ends = ClauseEndsAt(text, e, line_end) || (e + 1 < line_end && text[e] == ' ' && text[e + 1] == '(');
  if (!ends && text[e] == ' ') {
    size_t w = e + 1;  // a word of small letters, "à" among them
    while (w < text.size() && (IsAsciiLower(text[w]) || static_cast<unsigned char>(text[w]) >= 0x80)) ++w;
    ends = w > e + 1 && InSortedLowerAscii(kAfterObjectWords, text.substr(e + 1, w - e - 1));
  }
  if (ends) names->insert(names->end(), objects.begin(), objects.end());
}

// At each capital after a verb whose object is a person: its objects; at
// each that opens a clause: a name addressed after a word of address, the
// subjects of a persons' verb, and the names after "Me, " or "Me and ".
void NamesAtClauseStarts(std::string_view text, std::vector<std::pair<size_t, size_t>>* names) {
  for (size_t p = 0; p < text.size(); ++p) {
    if (!IsCapitalByte(text[p]) || (p > 0 && IsWordByte(text[p - 1]))) continue;
    // An object stands after its verb, a space between (the cheap test first).
    if (p >= 2 && text[p - 1] == ' ' &&
        (IsAsciiLower(text[p - 2]) || text[p - 2] == '/' || static_cast<unsigned char>(text[p - 2]) >= 0x80) &&
        AfterObjectVerb(text, p)) {
      ObjectsFrom(text, p, names);
      continue;
    }
    if (const size_t opener = AddressOpenerAt(text, p); opener > 0) {
      NameAddressedAfter(text, p, opener, names);
      continue;
    }
    if (text.compare(p, 4, "Me, ") == 0 || text.compare(p, 7, "Me and ") == 0) {
      NamesAfterMe(text, p + (text[p + 2] == ',' ? 4 : 7), names);
      continue;
    }
    if (!VerbAfterCapitalisedRun(text, p) || !OpensClause(text, p)) continue;
    size_t first_end = p;
    while (first_end < text.size() && IsWordByte(text[first_end])) ++first_end;
    if (OneOf(kPronouns, text.substr(p, first_end - p))) continue;
    SubjectsFrom(text, p, names);
  }
}

// Names asked for by name: "asked for Apua by name", "her husband, Lokiru,
// by name", "preguntó por Brayan por su nombre", "a demandé Issa par son
// nom", "pelo nome".
void NamesAskedForByName(std::string_view text, std::vector<std::pair<size_t, size_t>>* names) {
  const auto add_before = [&](size_t at) {
    const size_t e = at > 0 && text[at - 1] == ',' ? at - 1 : at;
    const size_t b = NameEndingAt(text, e);
    if (b == e || b < 2 || text[b - 1] != ' ') return;
    if (IsAsciiLower(text[b - 2]) || text[b - 2] == ',') names->emplace_back(b, e);
  };
  for (size_t at = FindLiteral(text, " by name"); at != std::string_view::npos;
       at = FindLiteral(text, " by name", at + 1)) {
    if (at + 8 == text.size() || !IsWordByte(text[at + 8])) add_before(at);
  }
  // " nom", " nombre", " nome" after the words of the phrase.
  for (size_t at = FindLiteral(text, " nom"); at != std::string_view::npos; at = FindLiteral(text, " nom", at + 1)) {
    size_t end = at + 4;
    if (text.compare(end, 3, "bre") == 0) {
      end += 3;
    } else if (end < text.size() && text[end] == 'e') {
      ++end;
    }
    if (end < text.size() && IsWordByte(text[end])) continue;
    for (std::string_view lead : kByNamePhrases) {
      // The phrase without its last word, ending right before " nom...".
      const size_t cut = lead.rfind(' ');
      const std::string_view head = lead.substr(0, cut);
      if (lead.substr(cut) != text.substr(at, end - at) || at < head.size() ||
          text.compare(at - head.size(), head.size(), head) != 0) {
        continue;
      }
      add_before(at - head.size());
      break;
    }
  }
}

// Agents: the names after " by" and a participle of what persons do or
// what befalls persons ("were taken by Ekal and Lopeyok, both known"),
// joined by ", ", " and ", ", and ", " & ", when the clause ends after them
// ('.', ',', ';', ':', ')', '!', '?' or the line's end; not "taken by
// Kaaleng youths", "by Lokiru's men").
void AgentsAfterBy(std::string_view text, std::vector<std::pair<size_t, size_t>>* names) {
  constexpr std::string_view kJoints[] = {", and ", ", ", " and ", " & "};
  for (size_t at = FindLiteral(text, " by "); at != std::string_view::npos; at = FindLiteral(text, " by ", at + 1)) {
    size_t wb = at;
    while (wb > 0 && IsAsciiLower(text[wb - 1])) --wb;
    const std::string_view participle = text.substr(wb, at - wb);
    if (wb == at || (wb > 0 && IsWordByte(text[wb - 1])) ||
        !(InSortedLowerAscii(kPersonsParticiples, participle) || InSortedLowerAscii(kAgentParticiples, participle))) {
      continue;
    }
    size_t line_end = text.find('\n', at);
    if (line_end == std::string_view::npos) line_end = text.size();
    std::vector<std::pair<size_t, size_t>> agents;
    const size_t e =
        ReadJoinedNames(text, at + 4, line_end, kJoints, /*capital_after=*/true, /*title=*/false, &agents);
    if (e != std::string_view::npos && ClauseEndsAt(text, e, line_end)) {
      names->insert(names->end(), agents.begin(), agents.end());
    }
  }
}

// Names beside the speaker around " and ": "me and Lokaale", "Lokaale and I
// were", "with Lokaale and me" (a name before " and I ", " and me" or " and
// myself" when it opens a clause or follows "with"; not "from Mai Ja Yang
// and I came").
void NamesBesideTheSpeaker(std::string_view text, std::vector<std::pair<size_t, size_t>>* names) {
  for (size_t at = FindLiteral(text, " and "); at != std::string_view::npos; at = FindLiteral(text, " and ", at + 1)) {
    if (at >= 2 && text.compare(at - 2, 2, "me") == 0 && (at == 2 || !IsWordByte(text[at - 3]))) {
      NamesAfterMe(text, at + 5, names);
      continue;
    }
    const size_t after = at + 5;
    size_t w = after;
    while (w < text.size() && IsWordByte(text[w])) ++w;
    const std::string_view next = text.substr(after, w - after);
    if (!(next == "me" || next == "myself" || (next == "I" && w < text.size() && text[w] == ' '))) continue;
    const size_t b = NameEndingAt(text, at);
    if (b < at && (OpensClause(text, b) || (b >= 5 && text.compare(b - 5, 5, "with ") == 0))) {
      names->emplace_back(b, at);
    }
  }
}

// Whether the DEM findings hold an occupation that ends text[b, e) within
// it ("protection officer").
bool OccupationEndsAt(const FindingIndex& index, size_t b, size_t e) {
  return !index.ForEachOver(b, e, [&](const Finding& f) {
    return !(f.kind == Kind::kDem && f.subkind == "OCCUPATION" && f.begin >= b && f.end == e);
  });
}

// Names before a source's grade or a person's role in parentheses:
// "Lomuria (reliable)", "Ekai (driver)", "Akiru (protection officer)",
// "Nawoi (mother)"; and before an aside that says the rest of the name is
// not known, in quotes too ('"Cachaco" (no se sabe el nombre)').
void NamesBeforeGradeOrRole(std::string_view text, const FindingIndex& index,
                            std::vector<std::pair<size_t, size_t>>* names) {
  for (size_t open = FindLiteral(text, " ("); open != std::string_view::npos; open = FindLiteral(text, " (", open + 2)) {
    const size_t cb = open + 2;
    const size_t close = text.find(')', cb);
    if (close == std::string_view::npos || close - cb > 32 || close == cb) continue;
    const std::string_view inside = text.substr(cb, close - cb);
    if (!IsAsciiLower(inside[0]) || inside.find('\n') != std::string_view::npos) continue;
    bool marks = OneOf(kSourceGrades, inside);
    if (!marks && inside.find(' ') == std::string_view::npos) {
      // A singular word for a relative ("(mother)"; "Jeruto (brothers)" is a family's name).
      marks = InSortedLowerAscii(kPersonsRoles, inside) || (IsPersonRelationWord(inside) && inside.back() != 's');
    }
    if (!marks) marks = OccupationEndsAt(index, cb, close);
    if (!marks && SaysNameUnknown(inside)) {
      // A nickname in quotes before it too ('"Cachaco" (no se sabe el nombre)').
      if (const auto [qb, qe] = QuotedNameEndingAt(text, open); qb < qe) {
        names->emplace_back(qb, qe);
        continue;
      }
      marks = true;
    }
    if (!marks) continue;
    const size_t b = NameEndingAt(text, open);
    if (b == open) continue;
    // Not a table's heading cell: "| Mteja (survivor) |".
    size_t q = b;
    while (q > 0 && text[q - 1] == ' ') --q;
    if (q > 0 && text[q - 1] == '|') continue;
    names->emplace_back(b, open);
  }
}

// Whether a word reads as an ordinary English word, in the plural too
// ("Elders"), and in British spelling ("Neighbours": the list is
// American): the name lexicons hold many ("Contractor").
bool OrdinaryWord(std::string_view word) {
  if (IsCommonWord(word)) return true;
  if (word.size() > 3 && word.back() == 's') {
    word.remove_suffix(1);
    if (IsCommonWord(word)) return true;
  }
  if (word.size() > 4 && word.ends_with("our")) {
    std::string american(word.substr(0, word.size() - 3));
    american += "or";
    return IsCommonWord(american);
  }
  return false;
}

// Whether text[b, e), read as a name by what is said of it, holds up as
// one: no day, month or feast, no dash or quote inside ("paid
// June–August"), no ordinary English word (nor one of its parts joined by hyphens
// all such words: "Call-back"), no short word of two capitals or more
// ("CiC"), no known place alone ("Kenya reported"); not read as an
// organisation at kOrganisationReading or more ("Microsoft says"), nor as
// a group or an occupation (a DEM finding); and no sure PERSON finding
// inside it that leaves words of it out (the person is found; the rest is
// a title or a role: "Elder Orumu says").
bool LooksLikeAPersonsName(std::string_view text, size_t b, size_t e, const FindingIndex& index,
                           float min_confidence) {
  const std::string_view name = text.substr(b, e - b);
  if (name.find(' ') == std::string_view::npos && IsKnownPlace(name)) return false;
  if (name.find("\xE2\x80") != std::string_view::npos) return false;  // a dash or a quote inside: "June–August"
  for (size_t p = b; p < e;) {
    size_t w = p;
    while (w < e && text[w] != ' ') ++w;
    const std::string_view word = text.substr(p, w - p);
    if (OrdinaryWord(word) || IsCalendarWord(word)) return false;
    if (word.find('-') != std::string_view::npos) {
      bool all_ordinary = true;
      for (size_t q = 0; q <= word.size();) {
        size_t h = word.find('-', q);
        if (h == std::string_view::npos) h = word.size();
        all_ordinary &= OrdinaryWord(word.substr(q, h - q));
        q = h + 1;
      }
      if (all_ordinary) return false;
    }
    if (word.size() <= 4 && std::count_if(word.begin(), word.end(), IsAsciiUpper) >= 2) return false;
    p = w + 1;
  }
  return index.ForEachOver(b, e, [&](const Finding& f) {
    if (f.kind == Kind::kDem || (f.kind == Kind::kOrg && f.confidence >= kOrganisationReading)) return false;
    if (f.kind == Kind::kPerson && f.confidence >= min_confidence && f.begin >= b && f.end <= e &&
        (f.begin > b || f.end < e)) {
      return false;
    }
    return true;
  });
}

// Drops the names whose text a sure place or organisation reading (as in
// HeldByOtherReading: the tagger's from 0.9) reads at another place in the
// text: spread by linking, such a name would hide a place wherever it
// stands. The tagger's weaker readings do not count: it reads an unseen
// name as a place as often as a person ("Copy, Esekon." beside "Esekon
// driving" read as a place at 0.75).
void DropNamesReadElsewhereAsPlaces(std::string_view text, const std::vector<Finding>& findings,
                                    std::vector<std::pair<size_t, size_t>>* names) {
  std::vector<std::string_view> wanted;
  for (const auto& [b, e] : *names) wanted.push_back(text.substr(b, e - b));
  std::sort(wanted.begin(), wanted.end());
  wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
  // By text, the first and last begin of its sure readings: a name is read
  // elsewhere when one of them lies outside it.
  struct Place {
    std::string_view text;
    size_t first, last;
  };
  std::vector<Place> places;
  for (const Finding& f : findings) {
    if ((f.kind != Kind::kLoc && f.kind != Kind::kOrg) || f.end > text.size()) continue;
    if (f.confidence < kSureOtherReading || (f.detector == "tagger" && f.confidence < kSureTaggerReading)) continue;
    const std::string_view t = text.substr(f.begin, f.size());
    if (std::binary_search(wanted.begin(), wanted.end(), t)) places.push_back({t, f.begin, f.begin});
  }
  if (places.empty()) return;
  std::sort(places.begin(), places.end(), [](const Place& a, const Place& b) { return a.text < b.text; });
  std::vector<Place> merged;
  for (const Place& place : places) {
    if (!merged.empty() && merged.back().text == place.text) {
      merged.back().first = std::min(merged.back().first, place.first);
      merged.back().last = std::max(merged.back().last, place.last);
    } else {
      merged.push_back(place);
    }
  }
  std::erase_if(*names, [&](const std::pair<size_t, size_t>& n) {
    const std::string_view t = text.substr(n.first, n.second - n.first);
    const auto it = std::lower_bound(merged.begin(), merged.end(), t,
                                     [](const Place& a, std::string_view b) { return a.text < b; });
    return it != merged.end() && it->text == t && (it->first < n.first || it->last >= n.second);
  });
}

// Drops the names one of whose words the text also writes in small letters
// after a space ("boulama of Koulfoua island" beside "Boulama says"): a
// word of the language, not a name.
void DropNamesWrittenInSmallLetters(std::string_view text, std::vector<std::pair<size_t, size_t>>* names) {
  if (names->empty()) return;
  constexpr size_t kMaxWord = 32;
  std::vector<std::string> lowered;  // the names' words in small letters, sorted
  std::array<std::array<bool, kMaxWord + 1>, 26> shapes{};  // [first letter][length] of some word
  for (const auto& [b, e] : *names) {
    for (size_t p = b; p < e;) {
      size_t w = p;
      while (w < e && text[w] != ' ') ++w;
      std::string word(text.substr(p, w - p));
      word[0] = LowerAsciiByte(word[0]);
      if (IsAsciiLower(word[0]) && word.size() <= kMaxWord) {
        shapes[word[0] - 'a'][word.size()] = true;
        lowered.push_back(std::move(word));
      }
      p = w + 1;
    }
  }
  if (lowered.empty()) return;
  std::sort(lowered.begin(), lowered.end());
  lowered.erase(std::unique(lowered.begin(), lowered.end()), lowered.end());
  std::vector<bool> written_small(lowered.size());
  // The words after a space (memchr jumps between them; a word in small
  // letters right after a line break or a bracket is not looked at).
  for (const char* at = static_cast<const char*>(std::memchr(text.data(), ' ', text.size())); at != nullptr;) {
    const size_t p = static_cast<size_t>(at - text.data()) + 1;
    if (p >= text.size()) break;
    size_t w = p;
    if (IsAsciiLower(text[p])) {
      while (w < text.size() && IsWordByte(text[w])) ++w;
    }
    at = static_cast<const char*>(std::memchr(text.data() + w, ' ', text.size() - w));
    const std::string_view word = text.substr(p, w - p);
    if (word.empty() || word.size() > kMaxWord || !shapes[word[0] - 'a'][word.size()]) continue;
    const auto it = std::lower_bound(lowered.begin(), lowered.end(), word,
                                     [](const std::string& a, std::string_view b) { return a < b; });
    if (it != lowered.end() && *it == word) written_small[it - lowered.begin()] = true;
  }
  std::erase_if(*names, [&](const std::pair<size_t, size_t>& n) {
    for (size_t p = n.first; p < n.second;) {
      size_t w = p;
      while (w < n.second && text[w] != ' ') ++w;
      std::string word(text.substr(p, w - p));
      word[0] = LowerAsciiByte(word[0]);
      const auto it = std::lower_bound(lowered.begin(), lowered.end(), word);
      if (it != lowered.end() && *it == word && written_small[it - lowered.begin()]) return true;
      p = w + 1;
    }
    return false;
  });
}

}  // namespace

void AddNamesByWhatIsSaidOfThem(std::string_view text, float min_confidence, std::vector<Finding>* findings) {
  std::vector<std::pair<size_t, size_t>> names;
  NamesAtClauseStarts(text, &names);
  NamesAskedForByName(text, &names);
  AgentsAfterBy(text, &names);
  NamesBesideTheSpeaker(text, &names);
  const FindingIndex index(*findings);
  NamesBeforeGradeOrRole(text, index, &names);
  if (names.empty()) return;
  std::erase_if(names, [&](const std::pair<size_t, size_t>& n) {
    return !LooksLikeAPersonsName(text, n.first, n.second, index, min_confidence);
  });
  DropNamesReadElsewhereAsPlaces(text, *findings, &names);
  DropNamesWrittenInSmallLetters(text, &names);
  AddListedPersonFindings(text, names, "DEED", min_confidence, index, findings);
}

}  // namespace tearline::link_internal

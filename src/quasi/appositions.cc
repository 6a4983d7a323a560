// The apposition detector: a name described by the phrase after it ("Gul
// Ahmad, a 34-year-old driver for the field office", "Valeska Paris, an
// Australian woman"). Contract in tearline/quasi.h (NewAppositionDetector).
#include <algorithm>
#include <array>
#include <cstring>
#include <initializer_list>
#include <iterator>
#include <span>
#include <vector>

#include "literal_set.h"
#include "name_words.h"
#include "quasi_internal.h"
#include "tearline/file.h"
#include "tearline/quasi.h"

namespace tearline {
namespace {

using quasi::CapitalAt;
using quasi::IsLowerAscii;

constexpr std::string_view kId = "appositions";
// "X, a 34-year-old driver," describes a person nearly always; as sure as a
// titled name, below what the tagger gives a name it knows.
constexpr float kAppositionConfidence = 0.6f;
// Words between the article and the noun ("a 34-year-old local staff member").
constexpr int kMaxModifiers = 4;

// Nouns for people, lower case, sorted: the head of the describing phrase.
// Words that describe organisations as often ("leader", "member", "player",
// "partner", "owner", "producer") are not here; "member" counts after the
// words of kMemberOf.
constexpr std::string_view kPersonNouns[] = {
    "abogada", "abogado", "accountant", "activist", "activista", "activiste", "actor", "actress", "analyst",
    "architect", "artist", "aunt", "author", "avocat", "avocate", "bishop", "boutiquier", "boutiqui\xC3\xA8re",
    "boy", "brother", "businessman", "businesswoman", "b\xC3\xA9n\xC3\xA9vole", "campesina", "campesino",
    "campon\xC3\xAAs", "caregiver", "caseworker", "cashier", "cat\xC3\xA9" "chiste", "chauffeur", "chef",
    "chemist", "child", "chofer", "citizen", "cleaner", "cleric", "colleague", "comerciante", "commander",
    "commerciante", "commer\xC3\xA7" "ant", "commer\xC3\xA7" "ante", "consultant", "contractor", "cook",
    "courier", "cousin", "cousine", "couturi\xC3\xA8re", "cultivateur", "cultivatrice", "daughter", "defector",
    "dentist", "deputy", "designer", "detainee", "doctor", "driver", "d\xC3\xA9plac\xC3\xA9",
    "d\xC3\xA9plac\xC3\xA9" "e", "economist", "elder", "employee", "enfermeira", "enfermeiro", "enfermera",
    "enfermero", "engineer", "enseignant", "enseignante", "esposa", "esposo", "farmer", "father", "femme",
    "fighter", "filha", "filho", "fille", "fils", "fisherman", "friend", "fr\xC3\xA8re", "gardener", "gardien",
    "gardienne", "gar\xC3\xA7on", "girl", "granddaughter", "grandson", "guard", "herder", "hermana", "hermano",
    "hija", "hijo", "historian", "hombre", "homem", "homme", "host", "housekeeper", "housewife", "husband",
    "imam", "infirmier", "infirmi\xC3\xA8re", "informant", "instituteur", "institutrice", "insurgent",
    "interpreter", "irm\xC3\xA3", "irm\xC3\xA3o", "jornalista", "journalist", "journaliste", "laborer",
    "labourer", "lawyer", "linguist", "madre", "maestra", "maestro", "maid", "man", "mari", "mathematician",
    "ma\xC3\xA7on", "mechanic", "medic", "menuisier", "merchant", "midwife", "migrant", "militant", "monk",
    "mother", "motorista", "mujer", "mulher", "mullah", "musician", "m\xC3\xA3" "e", "m\xC3\xA8re",
    "m\xC3\xA9" "decin", "nanny", "national", "native", "neighbor", "neighbour", "nephew", "neveu", "niece",
    "ni\xC3\xA8" "ce", "novelist", "nun", "nurse", "officer", "official", "oncle", "padre", "pai", "painter",
    "paralegal", "passeur", "pasteur", "pensioner", "periodista", "pescador", "pharmacist", "philosopher",
    "photographer", "physician", "physicist", "pilot", "poet", "politician", "porter", "priest", "prima",
    "primo", "prisoner", "profesor", "profesora", "professor", "professora", "psic\xC3\xB3loga",
    "psic\xC3\xB3logo", "psychologist", "psychologue", "p\xC3\xA8re", "receptionist", "recruit", "refugee",
    "relative", "reporter", "researcher", "resident", "r\xC3\xA9" "fugi\xC3\xA9",
    "r\xC3\xA9" "fugi\xC3\xA9" "e", "scientist", "shepherd", "shopkeeper", "singer", "sister", "smuggler",
    "soldier", "son", "spokesman", "spokeswoman", "storekeeper", "student", "surgeon", "suspect",
    "s\xC5\x93ur", "tailleur", "tailor", "tante", "teacher", "teenager", "tendera", "tendero", "testigo",
    "trader", "translator", "t\xC3\xA9moin", "t\xC3\xAD" "a", "t\xC3\xADo", "uncle", "vecina", "vecino",
    "vendeur", "vendeuse", "veteran", "veuf", "veuve", "victim", "villager", "viuda", "viudo", "vizinha",
    "vizinho", "vi\xC3\xBAva", "vi\xC3\xBAvo", "voisin", "voisine", "voluntaria", "voluntario", "volunteer",
    "watchman", "widow", "wife", "witness", "woman", "worker", "writer", "youth",
};
static_assert(std::is_sorted(std::begin(kPersonNouns), std::end(kPersonNouns)));
// Roles of staff that a list of contacts gives after a name ("desk lead",
// "GBV focal point", "shift coordinator"), besides kPersonNouns. Sorted.
constexpr std::string_view kStaffRoles[] = {
    "adviser", "advisor", "assistant", "coordinator", "counsellor", "counselor", "enumerator", "facilitator",
    "focal", "lead", "manager", "mobiliser", "mobilizer", "monitor", "supervisor", "technician",
};
static_assert(std::is_sorted(std::begin(kStaffRoles), std::end(kStaffRoles)));
// Words before "member" that make it a person ("a local staff member").
constexpr std::string_view kMemberOf[] = {"band", "cast", "crew", "family", "staff", "team", "tribe"};
// Words after the noun that end the describing phrase ("a driver for the
// field office", "a native of Kandahar", "an Australian woman and former").
constexpr std::string_view kPhraseEnds[] = {"aged", "and", "based", "da",  "de",  "del", "des", "do",   "du",
                                            "et",   "for", "from",  "of",  "que", "qui", "who", "whose", "with"};
// Lower-case words before the name that make it a place, a thing or a
// quality ("in Kandahar, a driver from ...", "her mother was English, a
// native of ..."): prepositions, articles and forms of "be".
constexpr std::string_view kNotBeforeNames[] = {
    "a",      "across", "against", "an",   "are",     "around",  "at",     "be",      "became", "become",
    "been",   "between", "by",     "from", "in",      "inside",  "into",   "is",      "near",   "of",
    "on",     "outside", "over",   "remained", "the", "through", "to",     "toward",  "towards", "under",
    "via",    "was",    "were",    "within"};

bool Contains(std::span<const std::string_view> list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

// The end of the word of ASCII letters, digits, '-' and non-ASCII bytes at
// text[i...] ("34-year-old", "Afghan", "ex-soldier").
size_t PhraseWordEnd(std::string_view text, size_t i) {
  size_t e = i;
  while (e < text.size() && (IsWordByte(text[e]) || (text[e] == '-' && e + 1 < text.size() && IsWordByte(text[e + 1])))) {
    ++e;
  }
  return e;
}

// How the describing phrase after the article reads.
enum class Phrase {
  kNone,        // not headed by a person noun
  kPerson,      // headed by one, then punctuation or a word of kPhraseEnds
  kParticiple,  // headed by one, then a lower-case word in "-ed" ("a former
                // guard dismissed in June"): a person too, unless the name
                // before opens the sentence ("Overnight, a guard killed ...")
};

// Whether the describing phrase after the article at text[p...] is headed by
// a person noun: up to kMaxModifiers words, then a noun of kPersonNouns
// (lower case, or after a hyphen: "ex-soldier") followed by punctuation or a
// word of kPhraseEnds (kPerson), or by a lower-case word ending in "ed"
// (kParticiple). With staff_roles, a role of kStaffRoles after one word
// that is no preposition heads one too ("(field monitor, Rupa)"; not "(lead,
// VHF ch. 4)", a vehicle, nor "(summary by monitor)").
Phrase DescribesPerson(std::string_view text, size_t p, bool staff_roles = false) {
  const size_t n = text.size();
  std::string_view previous;
  for (int words = 0; words <= kMaxModifiers && p < n; ++words) {
    const size_t e = PhraseWordEnd(text, p);
    if (e == p) return Phrase::kNone;
    std::string_view word = text.substr(p, e - p);
    if (const size_t hyphen = word.rfind('-'); hyphen != std::string_view::npos) word.remove_prefix(hyphen + 1);
    const bool noun = IsLowerAscii(word.empty() ? ' ' : word[0]) &&
                      (std::binary_search(std::begin(kPersonNouns), std::end(kPersonNouns), word) ||
                       (word == "member" && Contains(kMemberOf, previous)) ||
                       (staff_roles && words == 1 && !Contains(kNotBeforeNames, previous) && previous != "for" &&
                        previous != "with" &&
                        std::binary_search(std::begin(kStaffRoles), std::end(kStaffRoles), word)));
    if (noun) {
      if (e >= n || text[e] == ',' || text[e] == '.' || text[e] == ';' || text[e] == ':' || text[e] == ')' ||
          text.compare(e, 3, " - ") == 0 ||  // "Rabia Selemane, viúva - husband killed"
          text.compare(e, 4, " \xE2\x86\x92") == 0 || text.compare(e, 3, " ->") == 0) {  // "(missing husband → ...)"
        return Phrase::kPerson;
      }
      if (text[e] == ' ') {
        const size_t ne = PhraseWordEnd(text, e + 1);
        const std::string_view next = text.substr(e + 1, ne - e - 1);
        if (Contains(kPhraseEnds, next)) return Phrase::kPerson;
        if (next.size() >= 4 && IsLowerAscii(next[0]) && next.substr(next.size() - 2) == "ed") return Phrase::kParticiple;
      }
    }
    if (e >= n || text[e] != ' ') return Phrase::kNone;
    previous = word;
    p = e + 1;
  }
  return Phrase::kNone;
}

// Whether text[start...] opens a sentence: only spaces between it and the
// start of the text, a line break or a sentence's end.
bool OpensSentence(std::string_view text, size_t start) {
  size_t b = start;
  while (b > 0 && text[b - 1] == ' ') --b;
  return b == 0 || text[b - 1] == '\n' || text[b - 1] == '.' || text[b - 1] == '!' || text[b - 1] == '?';
}

// Whether a word of kNotBeforeNames (a preposition, an article, a form of
// "be") ends one space before the name at text[start].
bool AfterNotBeforeName(std::string_view text, size_t start) {
  if (start < 2 || text[start - 1] != ' ') return false;
  size_t w = start - 1;
  while (w > 0 && IsLowerAscii(text[w - 1])) --w;
  return w < start - 1 && Contains(kNotBeforeNames, text.substr(w, start - 1 - w));
}

// The start of the name that ends at text[..., comma): one to
// quasi::kMaxNameWords name words joined by single spaces (NameEnd must read the same name forwards,
// or all of it but a trailing initial's period: "Lochoro P."),
// after the start of a line, a sentence, or a word that is no preposition or
// article (a form of "be" allowed when after_be: an age follows the name);
// comma itself when there is none.
size_t NameBefore(std::string_view text, size_t comma, bool after_be = false) {
  auto name_byte = [&](size_t i) { return IsWordByte(text[i]) || text[i] == '-' || text[i] == '\'' || text[i] == '.'; };
  size_t start = comma;
  for (size_t words = 0; words < quasi::kMaxNameWords; ++words) {
    size_t end = comma;  // the end of the word before `start`
    if (words > 0) {
      if (start < 2 || text[start - 1] != ' ') break;
      end = start - 1;
    }
    size_t w = end;
    while (w > 0 && name_byte(w - 1)) --w;
    if (w == end || !CapitalAt(text, w)) break;
    start = w;
  }
  // A trailing initial's period ends the name too ("Lochoro P. (field
  // monitor)"); NameEnd stops before it.
  const bool trailing_initial = comma >= 3 && text[comma - 1] == '.' && quasi::IsUpperAscii(text[comma - 2]) &&
                                text[comma - 3] == ' ';
  if (start == comma) return comma;
  if (const size_t e = quasi::NameEnd(text, start, false); e != comma && !(trailing_initial && e == comma - 1)) {
    return comma;
  }
  if (AfterNotBeforeName(text, start)) {
    size_t w = start - 1;
    while (w > 0 && IsLowerAscii(text[w - 1])) --w;
    const std::string_view word = text.substr(w, start - 1 - w);
    const bool be = word == "is" || word == "was";
    if (!(after_be && be)) return comma;
  }
  return start;
}

// Nouns for a family after its name ("the Tkachenko couple", "the Karimi
// family"), with the space before them.
constexpr std::string_view kFamilyNouns[] = {" couple", " families", " family", " household"};
// Capitalised words before those nouns that name no family ("the Royal
// family", "the First Family"). Sorted.
constexpr std::string_view kNotFamilyNames[] = {"Crime", "First", "Holy", "Imperial", "Royal"};
// A family named by its surname is its members nearly always; as sure as a
// described name.
constexpr float kFamilyNameConfidence = 0.6f;

// The family name before the noun at text[noun...] (which starts with the
// space): one or two capitalised name words right after "the " or "The ";
// its start, or noun when there is none.
size_t FamilyNameBefore(std::string_view text, size_t noun) {
  size_t start = noun;
  for (int words = 0; words < 2; ++words) {
    size_t end = start;
    if (words > 0) {
      if (start < 2 || text[start - 1] != ' ') break;
      end = start - 1;
    }
    const size_t w = quasi::NameWordStart(text, end);
    if (w == end || !CapitalAt(text, w) || quasi::NameWordEnd(text, w) != end) break;
    start = w;
    if (start >= 4 && (text.compare(start - 4, 4, "the ") == 0 || text.compare(start - 4, 4, "The ") == 0) &&
        (start == 4 || !IsWordByte(text[start - 5]))) {
      const size_t first_end = quasi::NameWordEnd(text, start);
      if (Contains(kNotFamilyNames, text.substr(start, first_end - start))) return noun;
      return start;
    }
  }
  return noun;
}

// The start of the name of two to quasi::kMaxNameWords capitalised words
// that ends at text[end) (before an age): the longest run of them, joined by
// single spaces, that NameEnd reads as one name ending there and that no
// preposition or article opens; end when there is none.
size_t AgedNameBefore(std::string_view text, size_t end) {
  std::array<size_t, quasi::kMaxNameWords> starts;
  size_t count = 0, at = end;
  while (count < starts.size()) {
    const size_t w = quasi::NameWordStart(text, at);
    if (w == at || !CapitalAt(text, w)) break;
    starts[count++] = w;
    if (w < 2 || text[w - 1] != ' ' || text[w - 2] == ' ') break;
    at = w - 1;
  }
  // "Annex B (12)", "Section C (4)": parts of a document or a site.
  static constexpr std::string_view kPartWords[] = {
      "Annex", "Appendix", "Article", "Block", "Box",   "Camp",    "Case",   "Chapter", "Figure", "Form",
      "Group", "Item",     "Line",    "Page",  "Para",  "Paragraph", "Part", "Phase",   "Room",   "Row",
      "Rule",  "Section",  "Sector",  "Shelter", "Table", "Team",  "Ward",   "Zone"};
  static_assert(std::is_sorted(std::begin(kPartWords), std::end(kPartWords)));
  if (count < 2 || end - starts[0] < 2) return end;
  for (size_t k = 0; k < count; ++k) {
    const std::string_view word = text.substr(starts[k], quasi::NameWordEnd(text, starts[k]) - starts[k]);
    if (std::binary_search(std::begin(kPartWords), std::end(kPartWords), word)) return end;
  }
  for (size_t k = count; k >= 2; --k) {
    const size_t start = starts[k - 1];
    if (quasi::NameEnd(text, start, false) != end) continue;
    return AfterNotBeforeName(text, start) ? end : start;
  }
  return end;
}

using quasi::Bytes16;

// The notes that a person's other name is withheld (ScanNamesWithWithheldSurname).
struct Note {
  std::string_view last;  // the note's last word or words, searched for
  std::initializer_list<std::string_view> heads;  // the words before it, with their space
};
const Note kNotes[] = {
    {"withheld", {"surname ", "family name ", "last name "}},
    {"unknown", {"surname ", "family name "}},
    {"inconnu", {"nom de famille "}},
    {"desconocido", {"apellido "}},
    {"desconhecido", {"sobrenome "}},
    // "staffer Saida (no surname given)", "(surname not known)",
    // "Franklin (no dio apellido)", "Anyeli (sin apellido, 16?)",
    // "Kasereka (prénom seul)", "Dilnoza (first name only)".
    {"not given", {"surname ", "family name ", "last name "}},
    {"name given", {"no family ", "no last "}},
    {"not known", {"surname ", "family name ", "last name "}},
    {"surname", {"no "}},
    {"name only", {"first ", "given "}},
    {"apellido", {"sin ", "no dio ", "no dijo ", "no da "}},
    {"apellidos", {"sin "}},
    {"sobrenome", {"sem "}},
    {"seul", {"pr\xC3\xA9nom "}},
};

// The sex marks after a name and a comma (ScanSexAndAgeAfterComma).
constexpr std::string_view kSexMarks[] = {", F", ", H", ", M"};

// All the literals the detector searches for, found in one pass: the sex
// marks, then the notes' last words, then the family nouns.
constexpr uint32_t kFirstSexMark = 0;
constexpr uint32_t kFirstNote = std::size(kSexMarks);
constexpr uint32_t kFirstFamilyNoun = kFirstNote + std::size(kNotes);
const quasi::LiteralSet& AppositionLiterals() {
  static const quasi::LiteralSet set([] {
    std::vector<std::string_view> all(std::begin(kSexMarks), std::end(kSexMarks));
    for (const Note& note : kNotes) all.push_back(note.last);
    all.insert(all.end(), std::begin(kFamilyNouns), std::end(kFamilyNouns));
    return all;
  }());
  return set;
}
using LiteralHits = std::vector<std::pair<uint32_t, size_t>>;

class AppositionDetector final : public Detector {
 public:
  std::string_view id() const override { return kId; }
  KindMask kinds() const override { return KindBit(Kind::kPerson); }
  std::unique_ptr<DetectorScratch> NewScratch() const override { return std::make_unique<DetectorScratch>(); }

  // Candidates, found 16 bytes at a time, are the commas followed by " a"
  // or by a space and a digit; each is checked for an article and a
  // describing phrase after it (or an age: AgeAfterComma) and a name before it.
  Status Scan(std::string_view text, DetectorScratch&, FindingSink& sink) const override {
    LiteralHits hits;
    AppositionLiterals().Find(text, &hits);
    ScanListedWithRole(text, sink);
    ScanFamilies(text, hits, sink);
    ScanDisplayNames(text, sink);
    ScanAges(text, sink);
    ScanSexAndAgeAfterComma(text, hits, sink);
    ScanNamesWithWithheldSurname(text, hits, sink);
    ScanNamesBeforeBareAges(text, sink);
    // The comma, space and 'a' bits of the block before `block`.
    uint32_t previous = 0, previous_space = 0, previous_a = 0, previous_digit = 0;
    quasi::ForEachBlock16(text, 1, [&](size_t block, Bytes16 v) {
      const uint32_t commas = quasi::HighBitMask((Bytes16)(v == uint8_t{','}));
      if ((commas | previous) == 0) return;  // most blocks: no comma here or just before
      const uint32_t spaces = quasi::HighBitMask((Bytes16)(v == uint8_t{' '}));
      // The first letter of an article (Candidate): a, e, l, o, u.
      const uint32_t as = quasi::HighBitMask((Bytes16)((v == uint8_t{'a'}) | (v == uint8_t{'e'}) | (v == uint8_t{'l'}) |
                                                      (v == uint8_t{'o'}) | (v == uint8_t{'u'})));
      // Digits, and '~' before an estimated age ("NIYONZIMA, ~30, 4 kids").
      const uint32_t digits = quasi::HighBitMask((Bytes16)((Bytes16)(v - uint8_t{'0'}) < uint8_t{10}) |
                                                 (Bytes16)(v == uint8_t{'~'}));
      if (previous != 0) {
        // ", a" or ", 7" starting in the previous block: the space and the
        // 'a' or digit may lie in this one.
        const uint32_t space = previous_space | (spaces << 16);
        const uint32_t a = previous_a | (as << 16);
        const uint32_t digit = previous_digit | (digits << 16);
        uint32_t hits = previous & (space >> 1) & (a >> 2) & 0xFFFFu;
        while (hits != 0) {
          const size_t comma = block - 16 + static_cast<size_t>(__builtin_ctz(hits));
          hits &= hits - 1;
          Candidate(text, comma, sink);
        }
        hits = previous & (space >> 1) & (digit >> 2) & 0xFFFFu;
        while (hits != 0) {
          const size_t comma = block - 16 + static_cast<size_t>(__builtin_ctz(hits));
          hits &= hits - 1;
          AgeAfterComma(text, comma, sink);
        }
      }
      previous = commas;
      previous_space = spaces;
      previous_a = as;
      previous_digit = digits;
    });
    return Status::OK();
  }

 private:
  // "Sumail Juma (41)", "Zainabo Selemane (F, 29)": two to four name words
  // right before an age in parentheses (one space between them at most).
  // One word alone is left out: "Metuge (14)" counts households as often.
  static void ScanAges(std::string_view text, FindingSink& sink) {
    for (size_t i = 0; i < text.size();) {
      const void* at = std::memchr(text.data() + i, '(', text.size() - i);
      if (at == nullptr) break;
      const size_t open = static_cast<size_t>(static_cast<const char*>(at) - text.data());
      i = open + 1;
      if (open < 4) continue;
      const size_t close = ReadAgeInParentheses(text, open).end;
      if (close == 0) {
        DescribedInParentheses(text, open, sink);
        continue;
      }
      const size_t end = text[open - 1] == ' ' ? open - 1 : open;
      if (end == 0 || !IsWordByte(text[end - 1])) continue;
      size_t start = AgedNameBefore(text, end);
      if (start == end && SexMarkInParentheses(text, open, close)) start = OneNameAtLineStart(text, end);
      if (start == end) continue;
      sink.Add(Finding{start, end, Kind::kPerson, "AGED", kAppositionConfidence, kId});
    }
  }

  // "Wae Dao (village volunteer, my cousin)", "Amina (the nurse)", "Lochoro
  // P. (field monitor, Rupa)", "K. Obi (Head of Office, Katsina)": one to
  // quasi::kMaxNameWords name words (NameBefore) and one space before a
  // parenthesis that opens with a describing phrase headed by a person noun or a staff role
  // (after an optional article or possessive) and ends it or a clause of it.
  static void DescribedInParentheses(std::string_view text, size_t open, FindingSink& sink) {
    // The phrase opens with a lower-case article, possessive or word, or a
    // capitalised one before the person noun ("(Turkmen interpreter)").
    if (open + 1 >= text.size() || !(IsLowerAscii(text[open + 1]) || quasi::IsUpperAscii(text[open + 1]))) return;
    if (text[open - 1] != ' ' || !(IsWordByte(text[open - 2]) || text[open - 2] == '.')) return;
    size_t p = open + 1;
    for (std::string_view det : {"a ", "an ", "the ", "my ", "our ", "his ", "her ", "their ", "un ", "une ", "el ",
                                 "la ", "le "}) {
      if (text.compare(p, det.size(), det) == 0) {
        p += det.size();
        break;
      }
    }
    // A post that heads something ("(Head of Office, Katsina)", "(head of
    // sub-office)", "(Chief of Party)").
    const bool head_of = text.compare(open + 1, 8, "Head of ") == 0 || text.compare(open + 1, 8, "head of ") == 0 ||
                         text.compare(open + 1, 9, "Chief of ") == 0;
    if (!head_of && DescribesPerson(text, p, /*staff_roles=*/true) != Phrase::kPerson) return;
    const size_t end = open - 1;
    const size_t start = NameBefore(text, end);
    if (start < end) sink.Add(Finding{start, end, Kind::kPerson, "APPOSITION", kAppositionConfidence, kId});
  }

  // Whether the age in parentheses from text[open] ('(') to text[close)
  // (ReadAgeInParentheses) holds a sex mark ("(F, ~40)", "(34, M)") or what
  // the person is ("(19, student)": a comma and a word in small letters).
  static bool SexMarkInParentheses(std::string_view text, size_t open, size_t close) {
    const size_t p = open + 1;
    const bool sex_first = p + 1 < text.size() && (text[p] == 'M' || text[p] == 'F') && !IsWordByte(text[p + 1]);
    const size_t in = text.substr(open, close - open).rfind(", ");
    const size_t comma = in == std::string_view::npos ? close : open + in;
    const bool status = comma + 2 < close &&
                        (IsLowerAscii(text[comma + 2]) || static_cast<unsigned char>(text[comma + 2]) >= 0xC3);
    return sex_first || status ||
           (close >= 3 && (text[close - 2] == 'M' || text[close - 2] == 'F') && !IsWordByte(text[close - 3]));
  }

  // "- Nkoitiko (F, ~40)", "  - Sambourou, H, 11 ans": one capitalised name
  // word ending at text[end) that opens its line or list item, for an age
  // with a sex mark after it (one word before a bare number counts
  // households as often: "Metuge (14)"); its start, or end.
  static size_t OneNameAtLineStart(std::string_view text, size_t end) {
    const size_t w = quasi::NameWordStart(text, end);
    if (w == end || !CapitalAt(text, w) || quasi::NameWordEnd(text, w) != end || end - w < 3) return end;
    return OpensListItem(text, w) ? w : end;
  }

  // Whether text[w] opens its line or a list item: only spaces, tabs,
  // bullets ('-', '*') and a number or letter of the list ("5. ", "12) ",
  // "c) ", "(b) ", "a. "; a capital only before ')': "A. Hamza" is an
  // initial) between it and the line's start.
  static bool OpensListItem(std::string_view text, size_t w) {
    size_t m = w;
    while (m > 0 && (text[m - 1] == ' ' || text[m - 1] == '\t' || text[m - 1] == '-' || text[m - 1] == '*')) --m;
    if (m < w && m > 1 && (text[m - 1] == ')' || (text[m - 1] == '.' && quasi::IsLowerAscii(text[m - 2]))) &&
        (quasi::IsLowerAscii(text[m - 2]) || quasi::IsUpperAscii(text[m - 2])) &&
        (m == 2 || !IsWordByte(text[m - 3]))) {
      m -= 2;  // a letter of the list
      if (m > 0 && text[m - 1] == '(' && text[m + 1] == ')') --m;
      while (m > 0 && (text[m - 1] == ' ' || text[m - 1] == '\t')) --m;
    } else if (m > 1 && (text[m - 1] == '.' || text[m - 1] == ')') && quasi::IsDigitAscii(text[m - 2])) {
      m -= 2;
      while (m > 0 && quasi::IsDigitAscii(text[m - 1]) && w - m < 8) --m;
      while (m > 0 && (text[m - 1] == ' ' || text[m - 1] == '\t')) --m;
    } else if (m < w && m > 2 && quasi::IsDigitAscii(text[m - 1]) && DecimalNumberStart(text, m) < m) {
      // A numbered subsection ("2.5 Chinedu Okafor").
      m = DecimalNumberStart(text, m);
      while (m > 0 && (text[m - 1] == ' ' || text[m - 1] == '\t')) --m;
    } else if (m < w && m > 0 && quasi::IsDigitAscii(text[m - 1])) {
      // A numbered case before a dash ("Cas 1 - Rose-Carline", "Case 12 - ").
      size_t d = m;
      while (d > 0 && quasi::IsDigitAscii(text[d - 1]) && m - d < 4) --d;
      for (std::string_view label : {std::string_view("Cas "), std::string_view("Case "), std::string_view("Caso ")}) {
        if (d >= label.size() && text.compare(d - label.size(), label.size(), label) == 0) {
          m = d - label.size();
          break;
        }
      }
    }
    return m == 0 || text[m - 1] == '\n';
  }

  // Where a number of a subsection that ends at text[m) starts ("2.5",
  // "10.2.1": digits and periods between digits, at most 8 bytes), or m when
  // there is none.
  static size_t DecimalNumberStart(std::string_view text, size_t m) {
    size_t d = m;
    bool period = false;
    while (d > 0 && m - d < 8 && (quasi::IsDigitAscii(text[d - 1]) || text[d - 1] == '.')) {
      period |= text[d - 1] == '.';
      --d;
    }
    return period && quasi::IsDigitAscii(text[d]) && quasi::IsDigitAscii(text[m - 1]) ? d : m;
  }

  // "Sambourou, H, 11 ans", "Amina Yusuf, F, ~34": a name, a comma, a sex
  // mark (M, F, or the French H), a comma, then an age (digits, after an
  // optional "~"): two to four name words (AgedNameBefore), or one that
  // opens its line or list item; M or F and a space before the age
  // ("Chinedu Okafor, M 29, Onitsha + Blessing Osagie, F 22"): two to four
  // name words only. The marks' places come from AppositionLiterals.
  static void ScanSexAndAgeAfterComma(std::string_view text, const LiteralHits& hits, FindingSink& sink) {
    // ", " or a space after the mark (", F, 16", ", F 22").
    for (uint32_t m = 0; m < std::size(kSexMarks); ++m) {
      const std::string_view mark = kSexMarks[m];
      quasi::LiteralSet::ForEachHit(hits, kFirstSexMark + m, [&](size_t end) {
        size_t p = end + mark.size();
        const bool comma = text.compare(p, 2, ", ") == 0;
        if (comma) {
          p += 2;
        } else if (mark[2] != 'H' && p < text.size() && text[p] == ' ') {
          ++p;
        } else {
          return;
        }
        if (p < text.size() && text[p] == '~') ++p;
        const size_t digits = p;
        while (p < text.size() && quasi::IsDigitAscii(text[p]) && p - digits < 3) ++p;
        if (p == digits || p - digits > 2 || (p < text.size() && IsWordByte(text[p]) && text[p] != 'y')) return;
        if (end == 0 || !IsWordByte(text[end - 1])) return;
        size_t start = AgedNameBefore(text, end);
        // "M 29" without its comma: a name of two words or more only.
        if (start == end && !comma) return;
        if (start == end) start = OneNameAtLineStart(text, end);
        if (start < end) sink.Add(Finding{start, end, Kind::kPerson, "AGED", kAppositionConfidence, kId});
      });
    }
  }

  // "R = Halyna (surname withheld in report)", "Lukong, surname withheld",
  // "Makenson (nom de famille inconnu, ...)": one or two capitalised words
  // right before " (" or ", " and a note that the person's other name is
  // withheld, unknown or not given, or that only the first name is. The
  // notes are found by their last word or words (kNotes, in one pass with the
  // other literals: AppositionLiterals), then their head is read before it.
  static void ScanNamesWithWithheldSurname(std::string_view text, const LiteralHits& hits, FindingSink& sink) {
    for (uint32_t n = 0; n < std::size(kNotes); ++n) {
      const Note& note = kNotes[n];
      quasi::LiteralSet::ForEachHit(hits, kFirstNote + n, [&](size_t last) {
        for (std::string_view head : note.heads) {
          if (last >= head.size() && text.compare(last - head.size(), head.size(), head) == 0) {
            NameBeforeNote(text, last - head.size(), sink);
            return;
          }
        }
      });
    }
  }

  // The one or two capitalised words before " (", ", " or "(" and the note
  // at text[at], reported as a person's.
  static void NameBeforeNote(std::string_view text, size_t at, FindingSink& sink) {
    size_t end = at;
    if (end >= 2 && (text.compare(end - 2, 2, " (") == 0 || text.compare(end - 2, 2, ", ") == 0)) {
      end -= 2;
    } else if (end >= 1 && text[end - 1] == '(') {
      end -= 1;
      if (end > 0 && text[end - 1] == ' ') --end;
    } else {
      return;
    }
    size_t start = end, word_end = end;
    for (int words = 0; words < 2; ++words) {
      const size_t w = quasi::NameWordStart(text, word_end);
      if (w == word_end || !CapitalAt(text, w) || quasi::NameWordEnd(text, w) != word_end) break;
      start = w;
      if (w < 2 || text[w - 1] != ' ') break;
      word_end = w - 1;
    }
    if (start < end) sink.Add(Finding{start, end, Kind::kPerson, "APPOSITION", kAppositionConfidence, kId});
  }

  // "1) Masika Kavira 63 ans veuve 2) Shukuru Hakizimana 11 ans MNA": two
  // to four name words (AgedNameBefore) right before a space and an age of
  // one or two digits (not "0N") with its unit. Candidates, found 16 bytes at
  // a time, are the digits right after a space.
  static void ScanNamesBeforeBareAges(std::string_view text, FindingSink& sink) {
    uint32_t space_before = 0;  // whether the previous block ends with a space
    quasi::ForEachBlock16(text, 0, [&](size_t block, Bytes16 v) {
      const uint32_t spaces = quasi::HighBitMask((Bytes16)(v == uint8_t{' '}));
      const uint32_t digits = quasi::HighBitMask((Bytes16)((Bytes16)(v - uint8_t{'0'}) < uint8_t{10}));
      uint32_t hits = digits & ((spaces << 1) | space_before) & 0xFFFFu;
      space_before = (spaces >> 15) & 1u;
      while (hits != 0) {
        const size_t d = block + static_cast<size_t>(__builtin_ctz(hits));
        hits &= hits - 1;
        NameBeforeBareAge(text, d, sink);
      }
    });
  }

  // The name before the age whose digits start at text[d], after a space.
  static void NameBeforeBareAge(std::string_view text, size_t d, FindingSink& sink) {
    size_t u = d;
    while (u < text.size() && quasi::IsDigitAscii(text[u]) && u - d < 3) ++u;
    if (u - d > 2 || (u - d == 2 && text[d] == '0')) return;
    bool unit = false;
    for (std::string_view name : {std::string_view(" ans"), std::string_view(" years"), std::string_view(" yrs"),
                                  std::string_view(" a\xC3\xB1os"), std::string_view(" anos")}) {
      if (text.compare(u, name.size(), name) == 0) {
        unit = u + name.size() == text.size() || !IsWordByte(text[u + name.size()]);
        break;
      }
    }
    const size_t end = d - 1;
    if (!unit || end == 0 || !IsWordByte(text[end - 1])) return;
    const size_t start = AgedNameBefore(text, end);
    if (start < end) sink.Add(Finding{start, end, Kind::kPerson, "AGED", kAppositionConfidence, kId});
  }

  // The length of the spaced dash at text[p...] (" - ", " – ", " — "), 0
  // when there is none.
  static size_t SpacedDashLength(std::string_view text, size_t p) {
    for (std::string_view dash : {std::string_view(" - "), std::string_view(" \xE2\x80\x93 "), std::string_view(" \xE2\x80\x94 ")}) {
      if (text.compare(p, dash.size(), dash) == 0) return dash.size();
    }
    return 0;
  }

  // The end of a name of two to four words at text[start...] before a
  // comma or a spaced dash on its line: capitalised words, initials with
  // their period ("K. Kumaravel"), lower-case particles (al, el, bin,
  // ben, ibn, de, da, van, von) and words an Arabic article joins ("el-
  // Mogherbi"); the first word opens no sentence, the last is no letter
  // alone ("Source C"); start when there is none.
  static size_t ListedNameEnd(std::string_view text, size_t start, size_t line_end) {
    static constexpr std::string_view kParticles[] = {"al", "ben", "bin", "da", "de", "del", "el", "ibn", "van", "von"};
    size_t p = start;
    int words = 0;
    while (p < line_end && words < 4) {
      size_t e = PhraseWordEnd(text, p);
      if (e == p) return start;
      // An initial and its period before the next word ("K. Kumaravel").
      if (e == p + 1 && quasi::IsUpperAscii(text[p]) && e + 1 < line_end && text[e] == '.' && text[e + 1] == ' ') ++e;
      const std::string_view word = text.substr(p, e - p);
      const bool capital = CapitalAt(text, p);
      const size_t hyphen = word.find('-');
      const bool particle = Contains(kParticles, word) ||
                            (hyphen != std::string_view::npos && hyphen <= 3 && CapitalAt(text, p + hyphen + 1) &&
                             Contains(kParticles, word.substr(0, hyphen)));
      if (!(capital || (particle && words > 0))) return start;
      if (words == 0 && quasi::IsSentenceOpener(word)) return start;
      if (std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; })) return start;
      ++words;
      // A letter alone after a word labels a source or a witness ("Source
      // C", "Witness B"), it ends no name.
      const bool lettered = e == p + 1 && words >= 2;
      if (e < line_end && text[e] == ',') return words >= 2 && !lettered ? e : start;
      if (e >= line_end || text[e] != ' ') return start;
      // Or a spaced dash ("- K. Kumaravel – field officer").
      if (SpacedDashLength(text, e) > 0) return words >= 2 && !lettered ? e : start;
      p = e + 1;
    }
    return start;
  }

  // "- Mabrouka el-Mogherbi, field volunteer Derna/Martuba, +218 ...": a
  // list item that opens with a name of two to four words (NameEnd), a
  // comma (or a spaced dash: "- K. Kumaravel – field officer"), and a role:
  // up to four words in lower case or acronyms in
  // capitals ("GBV focal point"), one of them a noun of kPersonNouns or
  // kStaffRoles. A line that opens with the name and no bullet needs a
  // comma right after the noun ("Abuk Thon, JWAN caseworker, has received").
  static void ScanListedWithRole(std::string_view text, FindingSink& sink) {
    for (size_t line = 0; line < text.size();) {
      const void* nl = std::memchr(text.data() + line, '\n', text.size() - line);
      const size_t line_end = nl == nullptr ? text.size() : static_cast<size_t>(static_cast<const char*>(nl) - text.data());
      size_t p = line;
      line = line_end + 1;
      while (p < line_end && (text[p] == ' ' || text[p] == '\t')) ++p;
      const std::string_view rest = text.substr(p, line_end - p);
      size_t bullet = 0;
      for (std::string_view b : {std::string_view("- "), std::string_view("* "), std::string_view("\xE2\x80\xA2 "),
                                 std::string_view("\xE2\x80\x93 ")}) {
        if (rest.starts_with(b)) bullet = b.size();
      }
      const size_t start = p + bullet;
      if (start >= line_end || !CapitalAt(text, start)) continue;
      const size_t end = ListedNameEnd(text, start, line_end);
      if (end == start || end + 2 >= line_end) continue;
      // After a bullet a spaced dash may stand for the comma ("- K.
      // Kumaravel – field officer, Vakarai").
      size_t q = 0;
      if (text[end] == ',' && text[end + 1] == ' ') {
        q = end + 2;
      } else if (const size_t dash = bullet > 0 ? SpacedDashLength(text, end) : 0; dash > 0) {
        q = end + dash;
      }
      if (q == 0) continue;
      bool role = false;
      const auto acronym_at = [&](size_t k) {
        size_t e = k;
        while (e < line_end && text[e] >= 'A' && text[e] <= 'Z') ++e;
        return e - k >= 2 && e - k <= 6 && (e == line_end || text[e] == ' ');
      };
      for (int words = 0; words < 4 && q < line_end && (IsLowerAscii(text[q]) || acronym_at(q)) && !role; ++words) {
        const size_t e = PhraseWordEnd(text, q);
        std::string_view word = text.substr(q, e - q);
        if (const size_t slash = word.find('/'); slash != std::string_view::npos) word = word.substr(0, slash);
        role = std::binary_search(std::begin(kPersonNouns), std::end(kPersonNouns), word) ||
               std::binary_search(std::begin(kStaffRoles), std::end(kStaffRoles), word);
        if (role && bullet == 0 && (e >= line_end || text[e] != ',')) role = false;
        if (role || e >= line_end || (text[e] != ' ' && text[e] != '/')) break;
        q = e + 1;
      }
      if (role) sink.Add(Finding{start, end, Kind::kPerson, "APPOSITION", kAppositionConfidence, kId});
    }
  }

  // "Tursunoy Ergasheva <t.ergasheva@relief.org>": one to four name words
  // (capitalised with small letters after, or an initial and its period)
  // and a space before an email address in angle brackets, one of them of
  // three letters or more spelt, in small ASCII letters, in the address's
  // local part, and none a word for a desk or a service (kMailboxWords:
  // "Relocation Desk <relocation@...>", "Evac Hub East <hub.east@...>").
  // Found with memchr ('<' is rare).
  static constexpr std::string_view kMailboxWords[] = {
      "admin", "cell", "contact", "desk", "east", "focal", "group", "help", "hotline", "hub", "info", "line",
      "north", "office", "protection", "registration", "relocation", "security", "south", "support", "team",
      "unit", "west"};
  static_assert(std::is_sorted(std::begin(kMailboxWords), std::end(kMailboxWords)));
  static void ScanDisplayNames(std::string_view text, FindingSink& sink) {
    for (size_t i = 0; i < text.size();) {
      const void* at = std::memchr(text.data() + i, '<', text.size() - i);
      if (at == nullptr) break;
      const size_t lt = static_cast<size_t>(static_cast<const char*>(at) - text.data());
      i = lt + 1;
      if (lt < 3 || text[lt - 1] != ' ') continue;
      const std::string_view rest = text.substr(lt + 1, 80);
      const size_t gt = rest.find('>'), sign = rest.find('@');
      if (gt == std::string_view::npos || sign == std::string_view::npos || sign > gt || sign == 0 ||
          rest.substr(0, gt).find_first_of(" \n\t") != std::string_view::npos) {
        continue;
      }
      const size_t end = lt - 1;
      const size_t start = DisplayNameStart(text, end, rest.substr(0, sign));
      if (start < end) sink.Add(Finding{start, end, Kind::kPerson, "APPOSITION", kAppositionConfidence, kId});
    }
  }

  // The start of the display name that ends at text[end) before an address
  // whose local part is `local` (ScanDisplayNames), or end when there is
  // none.
  static size_t DisplayNameStart(std::string_view text, size_t end, std::string_view local) {
    size_t start = end, word_end = end;
    bool spelt = false;
    for (int words = 0; words < 4; ++words) {
      size_t b = word_end;
      if (b > 0 && text[b - 1] == '.') --b;  // an initial's period ("Sakina H.")
      const size_t letters_end = b;
      while (b > 0 && (IsWordByte(text[b - 1]) || text[b - 1] == '-' || text[b - 1] == '\'')) --b;
      if (b == letters_end || !CapitalAt(text, b)) break;
      const std::string_view word = text.substr(b, letters_end - b);
      // A word in capitals or another capital inside ("CP Nduta Desk",
      // "CCCM Working Group") names a desk or a body.
      if (word.size() >= 2 && std::any_of(word.begin() + 1, word.end(), quasi::IsUpperAscii)) return end;
      std::array<char, 24> buf;
      if (word.size() >= 3 && word.size() <= buf.size() &&
          std::all_of(word.begin(), word.end(), [](char c) { return quasi::IsLetterByte(c) && static_cast<unsigned char>(c) < 0x80; })) {
        const std::string_view lower = quasi::LowerAsciiInto(word, buf);
        if (quasi::Listed(kMailboxWords, lower)) return end;
        spelt = spelt || local.find(lower) != std::string_view::npos;
      }
      start = b;
      if (b < 2 || text[b - 1] != ' ') break;
      word_end = b - 1;
    }
    return spelt ? start : end;
  }

  // "the Karimi family", "the Tkachenko couple": the name before a family
  // noun (found with the other literals: AppositionLiterals).
  static void ScanFamilies(std::string_view text, const LiteralHits& hits, FindingSink& sink) {
    for (uint32_t k = 0; k < std::size(kFamilyNouns); ++k) {
      const std::string_view noun = kFamilyNouns[k];
      quasi::LiteralSet::ForEachHit(hits, kFirstFamilyNoun + k, [&](size_t p) {
        const size_t after = p + noun.size();
        if (after < text.size() && IsWordByte(text[after])) return;  // "familyname"
        const size_t start = FamilyNameBefore(text, p);
        if (start < p) sink.Add(Finding{start, p, Kind::kPerson, "FAMILY", kFamilyNameConfidence, kId});
      });
    }
  }

  // "Ngalula, 16, niece of the respondent", "Mamie Ndoyo, 68, mother of
  // the late Fidele", "Espérance NIYONZIMA, ~30, 4 kids", "Msughter Orduen,
  // 19, a student", "  5. Grace-Divine, 9 months": a name (NameBefore), a
  // comma, an age of one or two digits ('~' before it allowed; a unit after
  // it or not), then a comma and a word for one relative or role
  // (IsSingularRelationWord), a count of children, or "a" and a phrase that
  // describes a person (DescribesPerson); or, for a name that opens its line
  // or list item (or a numbered case: "Cas 1 - "), an age with a unit of
  // months or years that ends the line or comes before " (", ", " or "; "
  // ("Cas 1 - Rose-Carline, 15 ans, arrivée", "- Hadidja OUMAROU, 13 ans,
  // CE2"), a
  // word for a relative allowed between the name and the age ("- Zainabo,
  // filha, 6 anos"); or, for a name of two to four words that opens a list
  // item (a numbered subsection too: "2.5 "), a bare age before ',' or ';'
  // ("- Benhar Taib, 34, GSW left arm").
  static void AgeAfterComma(std::string_view text, size_t comma, FindingSink& sink) {
    const size_t n = text.size();
    size_t p = comma + 2;
    if (p < n && text[p] == '~') ++p;
    const size_t digits = p;
    while (p < n && quasi::IsDigitAscii(text[p]) && p - digits < 3) ++p;
    if (p - digits > 2 || (p - digits == 2 && text[digits] == '0')) return;
    if (comma == 0 || !IsWordByte(text[comma - 1])) return;
    static constexpr std::string_view kUnits[] = {" months", " mois", " meses", " years", " yrs", " ans", " a\xC3\xB1os",
                                                  " anos", " y/o", " yo", " mo"};
    bool unit = false;
    for (std::string_view u : kUnits) {
      if (text.compare(p, u.size(), u) == 0 && (p + u.size() == n || !IsWordByte(text[p + u.size()]))) {
        p += u.size();
        unit = true;
        break;
      }
    }
    if (p < n && IsWordByte(text[p])) return;
    bool described = false;
    if (p + 2 < n && text[p] == ',' && text[p + 1] == ' ' && IsLowerAscii(text[p + 2])) {
      const size_t e = PhraseWordEnd(text, p + 2);
      const std::string_view word = text.substr(p + 2, e - (p + 2));
      described = (word.size() <= 16 && quasi::IsSingularRelationWord(word)) ||
                  (word == "head" && (text.compare(e, 13, " of household") == 0 || text.compare(e, 10, " of family") == 0));
      // "a student", "a\n  student at BSU": after the age, a noun for a
      // person is enough, whatever follows it.
      if (!described && word == "a" && e < n && (text[e] == ' ' || text[e] == '\n')) {
        size_t q = e;
        while (q < n && (text[q] == ' ' || text[q] == '\n') && q - e < 8) ++q;
        const std::string_view noun = text.substr(q, PhraseWordEnd(text, q) - q);
        described = DescribesPerson(text, q) != Phrase::kNone ||
                    std::binary_search(std::begin(kPersonNouns), std::end(kPersonNouns), noun);
      }
    } else if (p + 3 < n && text[p] == ',' && text[p + 1] == ' ' && quasi::IsDigitAscii(text[p + 2])) {
      // "~30, 4 kids": a count of children after the age.
      size_t q = p + 2;
      while (q < n && quasi::IsDigitAscii(text[q]) && q - (p + 2) < 2) ++q;
      for (std::string_view kids : {std::string_view(" kids"), std::string_view(" children"), std::string_view(" enfants")}) {
        described |= text.compare(q, kids.size(), kids) == 0;
      }
    }
    size_t start = comma;
    if (!described && !unit && p < n && (text[p] == ',' || text[p] == ';') && IsWordByte(text[comma - 1])) {
      // "- Benhar Taib, 34, GSW left arm": a bare age and a comma after a
      // name of two to four words that opens a list item.
      start = AgedNameBefore(text, comma);
      if (start < comma && OpensListItem(text, start)) {
        sink.Add(Finding{start, comma, Kind::kPerson, "AGED", kAppositionConfidence, kId});
      }
      return;
    }
    if (described) {
      start = NameBefore(text, comma, /*after_be=*/true);
    } else if (unit && (p == n || text[p] == '\n' || text[p] == '\r' || text.compare(p, 2, " (") == 0 ||
                        text.compare(p, 2, ", ") == 0 || text.compare(p, 2, "; ") == 0)) {
      size_t name_comma = comma;
      // A word for a relative between the name and the age ("Zainabo, filha,").
      size_t w = comma;
      while (w > 0 && quasi::IsLetterByte(text[w - 1]) && !quasi::IsUpperAscii(text[w - 1]) && comma - w <= 16) --w;
      if (w + 2 < comma && w >= 3 && text.compare(w - 2, 2, ", ") == 0 &&
          quasi::IsSingularRelationWord(text.substr(w, comma - w))) {
        name_comma = w - 2;
      }
      start = OneNameAtLineStart(text, name_comma);
      if (start == name_comma) start = AgedNameBefore(text, name_comma);
      if (!OpensListItem(text, start)) start = name_comma;
      if (start < name_comma) sink.Add(Finding{start, name_comma, Kind::kPerson, "AGED", kAppositionConfidence, kId});
      return;
    }
    if (start < comma) sink.Add(Finding{start, comma, Kind::kPerson, "AGED", kAppositionConfidence, kId});
  }

  // ", " and an article at text[comma...]: English "a", "an"; French "le",
  // "la", "l'", "un", "une"; Spanish "el", "la", "un", "una"; Portuguese
  // "o", "a", "um", "uma" ("Ndoumba, le boutiquier"; "Rosa, una vecina").
  static void Candidate(std::string_view text, size_t comma, FindingSink& sink) {
    static constexpr std::string_view kArticles[] = {"a ",  "an ", "el ", "l'",   "la ", "le ",
                                                     "o ",  "um ", "uma ", "un ", "una ", "une "};
    if (comma == 0 || !IsWordByte(text[comma - 1])) return;
    size_t p = std::string_view::npos;
    for (std::string_view article : kArticles) {
      if (text.compare(comma + 2, article.size(), article) == 0) {
        p = comma + 2 + article.size();
        break;
      }
    }
    if (p == std::string_view::npos || p >= text.size()) return;
    const Phrase phrase = DescribesPerson(text, p);
    if (phrase == Phrase::kNone) return;
    const size_t start = NameBefore(text, comma);
    if (start == comma) return;
    if (phrase == Phrase::kParticiple && OpensSentence(text, start)) return;
    sink.Add(Finding{start, comma, Kind::kPerson, "APPOSITION", kAppositionConfidence, kId});
  }
};

}  // namespace

std::unique_ptr<const Detector> NewAppositionDetector() { return std::make_unique<AppositionDetector>(); }

}  // namespace tearline

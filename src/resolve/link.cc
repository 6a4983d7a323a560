#include <algorithm>
#include <cstring>
#include <array>
#include <cctype>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "abbreviated_names.h"
#include "handle_names.h"
#include "known_places.h"
#include "link_words.h"
#include "coordinated_names.h"
#include "labelled_names.h"
#include "persons_by_deed.h"
#include "listed_names.h"
#include "lowercase_names.h"
#include "phone_owners.h"
#include "role_appositions.h"
#include "signature_names.h"
#include "finding_index.h"
#include "patronyms.h"
#include "uncommon_names.h"
#include "common_words.h"
#include "generic_contexts.h"
#include "repeated_values.h"
#include "place_names.h"
#include "tearline/protect.h"
#include "tearline/quasi.h"
#include "tearline/resolve.h"
#include "tearline/tag.h"

namespace tearline {
namespace link_internal {
namespace {

const std::set<std::string, std::less<>>& Titles() {
  static const std::set<std::string, std::less<>> kTitles = {
      "mr",      "mrs",   "ms",      "miss",   "dr",    "prof",    "professor", "sir",     "general", "gen",
      "col",     "colonel", "commander", "cmdr", "capt", "captain", "lt",       "lieutenant", "maj", "major",
      "sgt",     "sergeant", "mullah", "mulla",  "maulvi", "mawlawi", "qari",    "haji",    "hajji",   "sheikh",
      "shaikh",  "sayed", "sayyid",  "syed",   "eng",   "engineer", "ustad",    "ustaz",   "judge",   "justice",
      "president", "minister", "governor", "senator", "madam", "mme", "mlle", "hon", "rev", "father", "imam", "sor",
      // Burmese and Karen, Sahel and Somali honorifics (see NewTitledNameDetector).
      "u", "daw", "ko", "ma", "naw", "saw", "saya", "ashin", "sayadaw", "alhaji", "alhaja", "hajiya", "malam",
      "mallam", "hajj", "ustaza", "ustadha",
      "bulama", "ustadh", "suldaan", "ugaas", "garaad", "hadje", "hadja", "teungku", "tgk", "keuchik", "mzee", "bwana",
      // South Asian clergy and Indonesian honorifics ("Moulavi M.H. Ansar", "Pak Sukardi").
      "maulana", "mawlana", "moulavi", "moulvi", "molvi", "pak", "bapak", "ibu",
      // Kurdish, Indian, French police and Indonesian clergy titles ("Xanim
      // Gulê", "Smt. Budhni", "OPJ Banza", "Pdt. Yosua").
      "xanim", "mamoste", "smt", "shri", "shrimati", "opj", "pdt",
      // Abbreviated ranks (see kRankAbbreviations of NewTitledNameDetector).
      "ab", "adj", "adjt", "cbop", "cdr", "cdt", "cmdt", "cne", "cpl", "cpt", "insp", "ltcol", "pe", "sgto", "supt", "tte",
      // Ranks read without their period (kBareRanks): "Brig Okello", "Adjudant-chef Ngarta MBAÏLAO".
      "brig", "adjudant", "adjudant-chef",
      // Md, Mohd (Mohammad) and Mst (Mosammat) opening South Asian and Malay names.
      "md", "mohd", "mst",
      // Clergy, the Philippine barangay's and the Spanish degrees' titles.
      "pastor", "pasteur", "kapitan", "kagawad", "kgd", "kap", "hna", "lcda", "lcdo", "licda", "licdo",
      // Spanish and Portuguese courtesy titles and degrees ("Sra. MARÍA
      // FERNANDA RONDÓN PACHECO", "Lic. Rosa Chumacero", "Dra. Vaca").
      "sr", "sra", "srta", "dra", "lic", "se\xC3\xB1or", "se\xC3\xB1ora", "do\xC3\xB1" "a"};
  return kTitles;
}

}  // namespace

bool IsTitleWord(std::string_view word) {
  // Most words are ruled out by the filter, without a string compare.
  static const WordFilter kFilter = WordFilter::Of(Titles(), /*lower=*/true);
  if (!kFilter.MayHold(word)) return false;
  std::array<char, 16> buf;
  const std::string_view low = LowerAsciiInto(word, buf);
  return !low.empty() && Titles().count(low) != 0;
}

size_t AfterLeadingTitle(std::string_view text, size_t b, size_t e) {
  size_t w = b;
  while (w < e && text[w] != ' ') ++w;
  std::string_view title = text.substr(b, w - b);
  if (!title.empty() && title.back() == '.') title.remove_suffix(1);
  return w < e && IsTitleWord(title) ? w + 1 : b;
}

}  // namespace link_internal

namespace {

using link_internal::IsWordByte;
using link_internal::kWeakPerson;
using link_internal::LowerAsciiByte;
using link_internal::JoinPatronyms;

// Words for an office or an institution, lower case. In a mention, the words
// before the last of them that a name follows qualify the office, not the
// person: "Afghan Ambassador Hamdullah Mohib", "Environment Minister John
// Baird", "U.S. President Donald Trump". Personal titles (Haji, Sayed,
// Sheikh) are not among them: they also stand inside names ("Ahmed Omar Saeed
// Sheikh"); nor is Sultan, also a given name.
const std::set<std::string, std::less<>>& OfficeWords() {
  static const std::set<std::string, std::less<>> kOffices = {
      "administrator", "ambassador", "assembly",  "authority", "board",      "chairman",   "chairwoman",
      "chancellor",    "commission", "commissioner", "committee", "council", "court",      "department",
      "director",      "directorate", "emperor",  "empress",   "governor",   "government", "inspector",
      "king",          "mayor",      "minister",  "ministry",  "municipality", "office",   "parliament",
      "pope",          "president",  "procurator", "prosecutor", "queen",    "secretary",  "senator",
      "spokesman",     "spokeswoman", "tribunal", "tsar",      "czar"};
  return kOffices;
}

// Words that name no one on their own: the office words, other institution
// words and the capitalised sentence openers a tagger sometimes takes for a
// name.
const std::set<std::string, std::less<>>& GenericWords() {
  static const std::set<std::string, std::less<>> kWords = [] {
    std::set<std::string, std::less<>> words = OfficeWords();
    words.insert({"courts",    "appeal",    "appeals",   "federal",     "state",      "municipalities", "military",
                  "district",  "agriculture", "treaty",  "treasury",    "ordinance",  "justice",   "international",
                  "regional",  "general",   "european",  "chapter",     "public",     "defence",   "chamber",
                  "according", "accordingly", "neither", "moreover",    "thus",       "referring", "relying",
                  "applying",  "shortly",   "relevant",  "this",        "the",        "of",        "and",
                  "for",       "sultan",
                  // Greetings that open chat messages ("Xatu: Silav. Zagros was ...").
                  "hello", "hola", "bonjour", "bonsoir", "ciao", "silav", "merhaba", "marhaba", "habari", "jambo",
                  "namaste", "terima",
                  // Words of Portuguese, Spanish and French that open chat
                  // messages and notes ("Bom dia", "Falei com a ...",
                  // "Situación: Viuda"), and their English counterparts.
                  "bom", "boa", "bons", "boas", "obrigado", "obrigada", "olá", "falei", "estou", "está",
                  "estamos", "ontem", "hoje", "amanhã", "aqui", "também", "muito", "porque", "quando", "onde",
                  "tudo", "não", "nao", "vou", "vamos", "ficou", "chegou", "chegaram", "disse", "tenho", "temos",
                  "ainda", "agora", "depois", "então", "pessoal", "alguém", "atualização", "informação", "resumo",
                  "buen", "buenos", "buenas", "tiene", "para", "gracias", "ayer", "hoy", "mañana", "aquí", "también", "muy", "cuando",
                  "donde", "estoy", "tengo", "tenemos", "dijo", "viuda", "viudo", "soltera", "soltero", "casada",
                  "casado", "situación", "observaciones", "caso", "edad", "según", "entonces", "ahora",
                  "después", "nombre", "merci", "oui", "hier", "demain", "aussi", "très", "mais", "alors",
                  "donc", "ensuite", "veuve", "veuf", "selon", "voici", "voilà", "déjà", "maintenant", "ok",
                  "antes", "luego", "durante", "mientras", "aunque", "pero", "hasta", "avant", "après", "pendant",
                  "puis", "depuis",
                  // Spanish and Portuguese verbs and quantifiers that open
                  // sentences ("Voy a exportar", "Todos adentro"; not "Ella",
                  // "Nada", "Hay": given and family names too).
                  "voy", "vas", "va", "nadie", "todo", "todos", "todas", "fue", "fueron", "estaba", "estaban",
                  "las", "los",
                  "están", "era", "eran", "disculpen", "recuerden",
                  // "la Fuerza Pública".
                  "fuerza", "fuerzas", "pública", "público",
                  // Verbs that open a call log's summary without a subject
                  // ("Asks when the next round is"), and a log's or form's
                  // headings ("HOTLINE CALL LOG", "Alerte envoyée", "Groupe :").
                  "asks", "says", "wants", "requests", "reports", "hotline", "alerte", "alert", "groupe",
                  // "Soy Deisy la hija de ...", "Compas no pongan nombres".
                  "soy", "somos", "compas", "compa",
                  // "Lista rápida pa' que la pasen", "Listo, ya salió".
                  "lista", "listo",
                  // Interjections that open a quoted voice note ("Eh, hii ni ...").
                  "eh", "ehh", "ahh", "ohh",
                  "okay", "yes", "thanks", "noted", "sorry", "please", "dit", "dite",
                  // Sign-offs: "Atentamente,", "Cordialement".
                  "atentamente", "cordialement", "saludos", "sinceramente", "sincerely", "regards",
                  // French, Spanish and Portuguese pronouns, demonstratives and
                  // adverbs that open sentences ("Elle est restée", "Cette
                  // enfant", "Yo quiero irme", "Ya le escribí"; not "Ella" nor
                  // "Tu", given names and words of names too).
                  "elle", "elles", "il", "ils", "nous", "vous", "cette", "cet", "ces", "ellos", "ellas", "yo", "ya",
                  "nosotros", "esta", "estos", "estas", "eles", "elas", "essa", "esse", "isso", "isto",
                  // Spanish and French words for state bodies and offices
                  // ("POLICÍA NACIONAL", "coordinar con Fiscalía").
                  "nacional", "policía", "fiscalía", "defensoría", "migración", "alcaldía", "gobernación",
                  "procuraduría", "personería", "registraduría", "cancillería", "préfecture", "mairie",
                  "gendarmerie",
                  // Salutations to a group ("Dear All", "Hi Team").
                  "dear", "all", "team", "colleagues", "everyone", "sir", "madam",
                  // God named in a blessing ("Thank God", "Allah willing").
                  "god", "allah", "jesus", "christ", "inshallah", "mashallah", "alhamdulillah", "wallahi",
                  "dios", "deus", "dieu",  // "Gracias a Dios", "Graças a Deus"
                  // Column headings read alone ("| Status |", "Saúde / Health").
                  "status", "health", "block",
                  // Office units and posts in capitals ("HR officer", "the HQ", "the CEO").
                  "hr", "hq", "ceo", "cfo", "coo", "ops", "ict",
                  // Messengers, networks and devices ("Signal voice call", "a
                  // Thuraya handset", "on Viber").
                  "signal", "thuraya", "whatsapp", "telegram", "viber", "messenger", "skype", "zoom", "starlink",
                  "iridium", "inmarsat", "motorola", "kobo",
                  // Portuguese, Spanish and French words read alone as names
                  // ("Sim, ficha A.R.", "O mais pequeno (6)", "Van para allá",
                  // "PERSONNE RESSOURCE").
                  "sim", "mais", "pequeno", "pequena", "pequeño", "pequeña", "van", "personne", "ressource",
                  // Words that open a note or a heading ("Interview interrupted",
                  // "Early Recovery").
                  "interview", "early",
                  // French and Spanish clitics that open a sentence ("Ne PAS
                  // partager", "Se le pidió"), "Av." of a street ("Salam",
                  // a given name too, is a greeting only where one stands:
                  // GreetingSalam).
                  "ne", "se", "av",
                  // Words of a birth's date that open a line ("Né le 5 juin
                  // 1984", "Nacida el 3 de mayo"; not "née", a surely read
                  // name's word where it joins two names).
                  "n\xC3\xA9", "nacido", "nacida", "nascido", "nascida", "born",
                  // Numbers written out that answer a question ("A: Nine.") or
                  // open a sentence ("Seis familias duermen"), in English,
                  // Spanish and French.
                  "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                  "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "deux", "trois",
                  "quatre", "cinq", "huit", "neuf", "dix",
                  // Days of the week in Spanish and French, in logs' headings
                  // ("MARTES 16/04"); not "Domingo", a given name.
                  "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "lundi", "mardi", "mercredi",
                  "jeudi", "vendredi", "samedi", "dimanche",
                  // Labels and nouns of logs and forms read alone as names
                  // ("Semana: 15-21", "poste de police", "ORDEN DEL DÍA").
                  "semana", "bitácora", "poste", "signe", "orden",
                  // Headings of Spanish, Portuguese, French and Italian forms in
                  // capitals ("FORMATO DE ENTREVISTA", "FICHA", "REGISTRO ARRIVI").
                  "formato", "entrevista", "ficha", "informe", "planilha", "registro", "formulaire", "rapport",
                  "de",
                  // The Red Cross in French ("Croix-Rouge"), read alone.
                  "croix", "rouge",
                  // Haitian Creole words that open messages ("Bonjou tout
                  // moun", "Gen yon jèn gason", "Maten an", "Wi m ap pase"),
                  // the Spanish "que" of a blessing ("Que Dios la proteja").
                  "bonjou", "mèsi", "mwen", "kounye", "konnen", "maten", "tann", "moun", "epi", "gen", "wi",
                  "que",
                  // Portuguese services of a referral form and the years of an
                  // age ("[X] Documentação", "Nutrição (Rachide)", "6 anos").
                  "assistência", "jurídica", "documentação", "nutrição", "abrigo", "família", "apoio",
                  "proteção", "protecção", "saúde", "emergência", "anos", "años",
                  // A Syrian province's word and a sector of aid, in capitals
                  // or as a column's value ("DEIR EZ-ZOR GOVERNORATE", "Livelihood").
                  "governorate", "livelihood", "livelihoods",
                  // A Spanish form's priority box and heading ("[X] Urgente",
                  // "3. DATOS DE LA PERSONA REFERIDA").
                  "urgente", "datos",
                  // Heads of the names of buildings and institutions, read
                  // alone ("the Museum of Flight", "the Palace"), that are no
                  // one's name either (not Hall, Park, Church, Temple, Bridge:
                  // surnames too).
                  "museum", "palace", "mosque", "airport", "station", "cathedral", "stadium", "university",
                  "hospital", "academy", "institute", "foundation", "library", "gallery", "embassy", "cemetery",
                  "mausoleum", "monument", "memorial", "award", "prize"});
    return words;
  }();
  return kWords;
}

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = LowerAsciiByte(c);
  return out;
}

// words.count(LowerAscii(word)), without building a string for a word that
// fits a small buffer.
bool InWordSet(const std::set<std::string, std::less<>>& words, std::string_view word) {
  std::array<char, 32> buf;
  if (word.size() > buf.size()) return words.count(LowerAscii(word)) != 0;
  return words.count(link_internal::LowerAsciiInto(word, buf)) != 0;
}

// A French verb with its subject pronoun after it, as questions put it
// ("Avez-vous", "Peut-il", "Est-ce", "AVEZ-VOUS"): no one's name. The pronoun
// in small letters, or the word in capitals ("Marie-Elle" is a name).
bool FrenchInversion(std::string_view word) {
  const size_t hyphen = word.rfind('-');
  if (hyphen == std::string_view::npos || hyphen < 2 || hyphen + 1 >= word.size()) return false;
  const bool capitals = std::none_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  if (!capitals && !(word[hyphen + 1] >= 'a' && word[hyphen + 1] <= 'z')) return false;
  std::array<char, 8> buf;
  const std::string_view pronoun = link_internal::LowerAsciiInto(word.substr(hyphen + 1), buf);
  static constexpr std::string_view kPronouns[] = {"ce", "elle", "elles", "il", "ils", "je", "nous", "on", "tu", "vous"};
  return std::find(std::begin(kPronouns), std::end(kPronouns), pronoun) != std::end(kPronouns);
}

bool IsGenericWord(std::string_view word) {
  // Most words are ruled out by the filter, without a string compare.
  static const link_internal::WordFilter kFilter = link_internal::WordFilter::Of(GenericWords(), /*lower=*/true);
  return (kFilter.MayHold(word) && InWordSet(GenericWords(), word)) || FrenchInversion(word);
}

// Two capitals or more and a final "s" ("NFIs", "IDPs", "NGOs"): the plural
// of an acronym, a thing or a group.
bool AcronymPlural(std::string_view span) {
  return span.size() >= 3 && span.back() == 's' &&
         std::all_of(span.begin(), span.end() - 1, [](char c) { return c >= 'A' && c <= 'Z'; });
}



// Nouns for a person's role or relation, lower case: written in lower case
// they name no one ("his cook", "the guard"); capitalised they may be a name
// ("Tim Cook"); also Indonesian words for kin ("ayah", "kaka"), Spanish,
// French and Portuguese ones and "don", "doña" ("hermano Wilmer"). Sorted
// by bytes.
constexpr std::string_view kRoleNouns[] = {
    "abuela", "abuelo", "adik", "aunt", "ayah", "bapak", "beneficiary", "boy", "brother", "brothers", "caller",
    "child", "children", "cleaner", "colleague", "commander", "cook", "courier", "cousin", "daughter",
    "daughters", "detainee", "doctor", "don", "do\xC3\xB1" "a", "driver", "elder", "employee", "enumerator",
    "esposa", "esposo", "evacuee", "farmer", "father", "fighter", "fille", "fils", "friend", "fr\xC3\xA8re",
    "gardener", "girl", "guard", "hermana", "hermano", "hermanos", "hija", "hijo", "hijos", "husband",
    "husbands", "ibu", "informant", "interpreter", "interviewee", "irm\xC3\xA3", "irm\xC3\xA3o", "kaka",
    "kakak", "madre", "mam\xC3\xA1", "man", "manager", "mechanic", "medic", "merchant", "mother",
    "m\xC3\xA3" "e", "m\xC3\xA8re", "neighbor", "neighbour", "nephew", "niece", "nurse", "officer", "oncle",
    "padre", "pai", "pap\xC3\xA1", "prima", "primo", "p\xC3\xA8re", "refugee", "respondent", "shopkeeper",
    "sister", "sisters", "smuggler", "soldier", "son", "sons", "source", "supervisor", "survivor", "suspect",
    "s\xC5\x93ur", "tailor", "tante", "teacher", "trader", "translator", "t\xC3\xAD" "a", "t\xC3\xADo", "uncle",
    "vecina", "vecino", "victim", "villager", "voisin", "voisine", "watchman", "widow", "wife", "witness",
    "wives", "woman", "worker",
};
static_assert(std::is_sorted(std::begin(kRoleNouns), std::end(kRoleNouns)));

// True when the span has a word (a run of word bytes) and `is_word` holds
// for every one.
template <typename Pred>
bool EveryWord(std::string_view span, Pred is_word) {
  bool any = false;
  for (size_t i = 0; i < span.size();) {
    if (!IsWordByte(span[i])) {
      ++i;
      continue;
    }
    size_t b = i;
    while (i < span.size() && IsWordByte(span[i])) ++i;
    if (!is_word(span.substr(b, i - b))) return false;
    any = true;
  }
  return any;
}

// True when every word of the span is a role noun of kRoleNouns in lower
// case (and there is one).
bool OnlyLowerCaseRoleNouns(std::string_view span) {
  return EveryWord(span, [](std::string_view w) {
    return std::binary_search(std::begin(kRoleNouns), std::end(kRoleNouns), w);
  });
}

// Words of a desk, a unit or a post that speaks in a chat or a radio log as
// itself ("[09:12] Protection desk:", "[09:14] Logistics:", "Security focal
// point:", "Base:"), in any case. No one is named by them alone. Sorted.
constexpr std::string_view kOfficeUnitWords[] = {
    "admin",    "base",       "control",  "coordination", "desk",     "dispatch", "field",     "finance",
    "focal",    "helpdesk",   "hotline",  "hq",           "logistics", "office",  "operations", "ops",
    "point",    "procurement", "protection", "radio",     "reception", "registration", "room", "security",
    "shelter",  "site",       "team",     "unit",         "wash"};
static_assert(std::is_sorted(std::begin(kOfficeUnitWords), std::end(kOfficeUnitWords)));

// True when the fields detector's speaker of a chat line (PERSON, subkind
// FIELD) is made only of kOfficeUnitWords.
bool OfficeUnitSpeaker(const Finding& f, std::string_view span) {
  return f.detector == "fields" && f.subkind == "FIELD" &&
         EveryWord(span, [](std::string_view w) { return link_internal::InSortedLowerAscii(kOfficeUnitWords, w); });
}

// True when the span starts with an acronym of a ministry or a department
// written in mixed case: three to five ASCII letters, the first and the last
// capitals, another capital inside ("DoH", "MoH", "MoPH", "DoLSA"; no name
// ends in a capital).
bool MixedCaseAcronym(std::string_view w) {
  if (w.size() < 3 || w.size() > 5) return false;
  const auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  const auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
  return std::all_of(w.begin(), w.end(), [&](char c) { return upper(c) || lower(c); }) && upper(w.front()) &&
         upper(w.back()) && std::any_of(w.begin() + 1, w.end() - 1, lower);
}
bool StartsWithMixedCaseAcronym(std::string_view span) { return MixedCaseAcronym(span.substr(0, span.find(' '))); }

// True when the span is two words or more whose last is such an acronym:
// an office of a place ("Taloqan DoRR list").
bool EndsWithMixedCaseAcronym(std::string_view span) {
  const size_t space = span.rfind(' ');
  return space != std::string_view::npos && MixedCaseAcronym(span.substr(space + 1));
}

// True when the span is one role noun of kRoleNouns with a capital first
// letter ("Nurse" of "Nurse + protection officer on board").
bool OneCapitalizedRoleNoun(std::string_view span) {
  if (span.size() < 3 || span.size() > 16 || span[0] < 'A' || span[0] > 'Z') return false;
  std::array<char, 16> buf;
  std::copy(span.begin(), span.end(), buf.begin());
  buf[0] = static_cast<char>(buf[0] | 0x20);
  return std::binary_search(std::begin(kRoleNouns), std::end(kRoleNouns), std::string_view(buf.data(), span.size()));
}

bool IsCapitalized(std::string_view w) {
  auto c = static_cast<unsigned char>(w[0]);
  return (c >= 'A' && c <= 'Z') || c >= 0xC0;  // non-ASCII letters count as names' letters
}

struct MentionWord {
  std::string skeleton;  // "" for an initial
  char initial;          // lower-case first letter
  std::string_view text;
};

// The name words of a mention: no titles, no possessive, no punctuation, and
// nothing before the last office word that a word follows.
std::vector<MentionWord> NameWords(std::string_view mention) {
  std::vector<MentionWord> words;
  std::vector<Token> tokens = Tokenize(mention);
  size_t first = 0;
  for (size_t k = 0; k + 1 < tokens.size(); ++k) {
    if (InWordSet(OfficeWords(), mention.substr(tokens[k].begin, tokens[k].end - tokens[k].begin))) first = k + 1;
  }
  for (size_t k = first; k < tokens.size(); ++k) {
    const Token& tok = tokens[k];
    std::string_view t = mention.substr(tok.begin, tok.end - tok.begin);
    std::string low = LowerAscii(t);
    if (!low.empty() && low.back() == '.') low.pop_back();
    if (low == "'s" || low == "\u2019s" || link_internal::IsTitleWord(low)) continue;
    // General punctuation (U+2000-U+207F: dashes, quotes, bullets) is no
    // name word ("–" of "Karim–Saleh" would be looked for everywhere).
    if (t.size() >= 2 && t[0] == '\xE2' && (t[1] == '\x80' || t[1] == '\x81')) continue;
    if (t.size() >= 2 && t.back() == '.' && std::isalpha(static_cast<unsigned char>(t[0]))) {
      for (size_t i = 0; i + 1 < t.size(); i += 2) {
        words.push_back({"", static_cast<char>(std::tolower(static_cast<unsigned char>(t[i]))), t.substr(i, 1)});
      }
      continue;
    }
    // A word after an Arabic article is compared without it: "al-Dhib" is
    // not "al-Dubai" (both "ldb" with the article), and "al-Hamli" is "Hamli".
    const size_t article = ArabicArticleLength(low);
    std::string sk = NameSkeleton(t.substr(article));
    // A word of vowels alone has no skeleton ("Yeyo", "Aya"): its spelling,
    // marked so that it equals no skeleton, joins only the same spelling.
    if (sk.empty() && t.size() - article >= 2 && IsCapitalized(t.substr(article))) sk = "=" + LowerAscii(t.substr(article));
    if (sk.empty()) continue;
    const char initial = t[article];
    words.push_back({sk, static_cast<char>(std::tolower(static_cast<unsigned char>(initial))), t});
  }
  return words;
}

struct Entity {
  std::vector<MentionWord> words;
  std::string name;
  float confidence = 0;
};

// Whether two name words with equal skeletons are one word. A skeleton of
// one or two letters says little ("WILLOW" and "Le" both give "l"): then
// the words must also start with the same letter, or both with a vowel
// ("Omar" and "Umar", "Ali" and "Aly").
bool SameNameWord(const MentionWord& a, const MentionWord& b) {
  if (a.skeleton.empty() || b.skeleton.empty() || a.skeleton != b.skeleton) return false;
  if (a.skeleton.size() > 2) return true;
  const auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; };
  // And the last letters: the same, or both vowels ("Ali" and "Aly", "José"
  // and "Jose"; not "Dhib" and "Dubai").
  const auto last = [](const MentionWord& w) {
    std::string_view t = w.text;
    while (!t.empty() && !std::isalpha(static_cast<unsigned char>(t.back())) && static_cast<unsigned char>(t.back()) < 0x80) {
      t.remove_suffix(1);
    }
    if (t.empty()) return '\0';
    // A final non-ASCII letter is nearly always an accented vowel ("José").
    return static_cast<unsigned char>(t.back()) >= 0x80 ? 'a' : static_cast<char>(std::tolower(static_cast<unsigned char>(t.back())));
  };
  const char la = last(a), lb = last(b);
  if (!(la == lb || (vowel(la) && vowel(lb)))) return false;
  if (a.initial == b.initial) return true;
  return vowel(a.initial) && vowel(b.initial);
}

bool Joins(const std::vector<MentionWord>& mention, const Entity& e) {
  bool any_full = false;
  for (const MentionWord& m : mention) {
    bool ok = false;
    for (const MentionWord& w : e.words) {
      if (m.skeleton.empty() ? (w.initial == m.initial) : SameNameWord(m, w)) {
        ok = true;
        break;
      }
    }
    if (!ok) return false;
    any_full |= !m.skeleton.empty();
  }
  return any_full;
}

// The capitals that may start a word (ForEachCapitalStart), found once for
// both propagation passes.
struct PropagationScan {
  explicit PropagationScan(std::string_view t) : text(t) {}
  std::string_view text;
  std::vector<size_t> capitals;
  bool scanned = false;
  const std::vector<size_t>& Capitals() {
    if (!scanned) {
      link_internal::ForEachCapitalStart(text, [&](size_t b) { capitals.push_back(b); });
      scanned = true;
    }
    return capitals;
  }
};

// True when every word of the span is a generic word (and there is one).
bool OnlyGenericWords(std::string_view span) { return FrenchInversion(span) || EveryWord(span, IsGenericWord); }

// ORGANISATION PROPAGATION (see tearline/resolve.h): the other whole-word
// occurrences of the exact bytes of every ORG finding with confidence >=
// options.org_min_confidence, not inside a finding (persons propagated
// included), as ORG findings.
void PropagateOrganisations(std::string_view text, const LinkOptions& options, std::vector<Finding>* findings,
                            PropagationScan* scan) {
  struct Name {
    std::string_view bytes;
    float confidence;
  };
  std::vector<Name> names;
  std::unordered_map<std::string_view, size_t> by_bytes;  // name bytes -> index into names
  for (const Finding& f : *findings) {
    if (f.kind != Kind::kOrg || f.end > text.size() || f.confidence < options.org_min_confidence) continue;
    const std::string_view name = text.substr(f.begin, f.size());
    if (name.size() < 3 || !IsCapitalized(name) || !IsWordByte(name.back())) continue;
    auto [it, inserted] = by_bytes.emplace(name, names.size());
    if (inserted) {
      names.push_back({name, f.confidence});
    } else {
      names[it->second].confidence = std::max(names[it->second].confidence, f.confidence);
    }
  }
  if (names.empty()) return;
  std::unordered_map<std::string_view, std::vector<size_t>> by_first_word;
  for (size_t k = 0; k < names.size(); ++k) {
    size_t e = 0;
    while (e < names[k].bytes.size() && IsWordByte(names[k].bytes[e])) ++e;
    by_first_word[names[k].bytes.substr(0, e)].push_back(k);
  }
  link_internal::WordFilter filter(false);
  for (const auto& [word, ks] : by_first_word) filter.Add(word);
  const link_internal::FindingIndex coverage(*findings);
  std::vector<Finding> added;
  // Names start with a capital: only capitalised words can start one.
  link_internal::ForEachCapitalisedWordFrom(text, scan->Capitals(), false, [&](size_t b, size_t word_end) {
    const std::string_view word = text.substr(b, word_end - b);
    if (!filter.MayHold(word)) return;
    auto it = by_first_word.find(word);
    if (it == by_first_word.end()) return;
    for (size_t k : it->second) {
      const Name& name = names[k];
      const size_t e = b + name.bytes.size();
      if (e > text.size() || text.compare(b, name.bytes.size(), name.bytes) != 0 ||
          (e < text.size() && IsWordByte(text[e])) || coverage.Covers(b, e)) {
        continue;
      }
      added.push_back(Finding{b, e, Kind::kOrg, "", name.confidence, "link"});
      break;
    }
  });
  findings->insert(findings->end(), added.begin(), added.end());
}

}  // namespace

LinkOptions LinkOptionsFor(const Policy& policy) {
  LinkOptions link;
  link.min_confidence = policy.ThresholdFor(Kind::kPerson);
  link.org_min_confidence = std::max(policy.ThresholdFor(Kind::kOrg), 0.5f);
  return link;
}

namespace {

// The start of the line that holds text[p], when it lies within `reach`
// bytes before p; npos when it lies further back.
size_t LineStartWithin(std::string_view text, size_t p, size_t reach) {
  const size_t back = std::min(p, reach);
  const void* nl = memrchr(text.data() + p - back, '\n', back);
  if (nl == nullptr) return back < p ? std::string_view::npos : 0;
  return static_cast<size_t>(static_cast<const char*>(nl) - text.data()) + 1;
}

// The line break that ends the line holding text[p], when it lies within
// `reach` bytes from p; npos otherwise.
size_t LineEndWithin(std::string_view text, size_t p, size_t reach) {
  const void* nl = std::memchr(text.data() + p, '\n', std::min(text.size() - p, reach));
  return nl == nullptr ? std::string_view::npos : static_cast<size_t>(static_cast<const char*>(nl) - text.data());
}

// Whether the line text[row, row_end) (row_end a line break) is the first
// row of a table split by `sep`: two separators or more, the next line split
// alike, and the line before split otherwise (or none). The lines around are
// read within `reach` bytes of it.
bool FirstRowOfTable(std::string_view text, size_t row, size_t row_end, char sep, size_t reach) {
  const auto count = [&](size_t from, size_t to) { return std::count(text.begin() + from, text.begin() + to, sep); };
  const auto n = count(row, row_end);
  if (n < 2) return false;
  const size_t next_nl = LineEndWithin(text, row_end + 1, reach);
  const size_t next_end = next_nl != std::string_view::npos ? next_nl
                                                            : row_end + 1 + std::min(text.size() - row_end - 1, reach);
  if (count(row_end + 1, next_end) != n) {
    // A rule of a grid under the row ("-----+----+----"): its crossings
    // stand for the separators.
    const std::string_view next = text.substr(row_end + 1, next_end - row_end - 1);
    if (!IsGridRule(next) || std::count_if(next.begin(), next.end(), [](char c) { return c == '+' || c == '|'; }) != n) {
      return false;
    }
  }
  if (row == 0) return true;
  const size_t before = LineStartWithin(text, row - 1, reach);
  return count(before != std::string_view::npos ? before : row - 1 - std::min(row - 1, reach), row - 1) != n;
}

// A row of headings is short: its line break is looked for within
// kLongestRow bytes on either side (a megabyte on one line costs no more).
constexpr size_t kLongestRow = 1024;
constexpr size_t kShortRow = 200;

// Whether text[b, e) lies inside one cell of a row of headings drawn with
// '|' over a rule of dashes ("| Jina la Mkuu wa Kaya (HH head) |" over
// "|----|"): the row holds no digit, the rule as many bars.
bool InRuledHeaderCell(std::string_view text, size_t b, size_t e) {
  size_t cb = b, ce = e;
  while (cb > 0 && b - cb < kLongestRow && text[cb - 1] != '|' && text[cb - 1] != '\n') --cb;
  while (ce < text.size() && ce - e < kLongestRow && text[ce] != '|' && text[ce] != '\n') ++ce;
  if (cb == 0 || text[cb - 1] != '|' || ce >= text.size() || text[ce] != '|') return false;
  const size_t row = LineStartWithin(text, b, kLongestRow);
  const size_t row_end = LineEndWithin(text, e, kLongestRow);
  if (row == std::string_view::npos || row_end == std::string_view::npos || row_end + 1 >= text.size() ||
      std::any_of(text.begin() + row, text.begin() + row_end, [](char c) { return c >= '0' && c <= '9'; })) {
    return false;
  }
  const size_t next_nl = LineEndWithin(text, row_end + 1, kLongestRow);
  if (next_nl == std::string_view::npos) return false;
  const std::string_view rule = text.substr(row_end + 1, next_nl - row_end - 1);
  return IsGridRule(rule) && std::count(rule.begin(), rule.end(), '|') ==
                                 std::count(text.begin() + row, text.begin() + row_end, '|');
}

// Whether text[b, e) lies on a row of headings of a fixed-width table: the
// row holds no digit, and the next line holds only dashes and spaces, two
// runs of dashes or more ("CASE     REL NAME" over "-------- --- ----").
bool InDashRuledHeaderRow(std::string_view text, size_t b, size_t e) {
  // Most readings fail the next line's first byte.
  const size_t row_end = LineEndWithin(text, e, kLongestRow);
  if (row_end == std::string_view::npos || row_end + 1 >= text.size() || text[row_end + 1] != '-') return false;
  const size_t row = LineStartWithin(text, b, kLongestRow);
  if (row == std::string_view::npos ||
      std::any_of(text.begin() + row, text.begin() + row_end, [](char c) { return c >= '0' && c <= '9'; })) {
    return false;
  }
  const size_t next_end = LineEndWithin(text, row_end + 1, kLongestRow);
  if (next_end == std::string_view::npos) return false;
  std::string_view rule = text.substr(row_end + 1, next_end - row_end - 1);
  if (!rule.empty() && rule.back() == '\r') rule.remove_suffix(1);
  if (rule.empty() || rule.find_first_not_of("- ") != std::string_view::npos) return false;
  size_t runs = 0;
  for (size_t k = 0; k < rule.size(); ++k) runs += rule[k] == '-' && (k == 0 || rule[k - 1] == ' ');
  return runs >= 2;
}

// Whether text[b, e) is a whole cell of the first row of a table: cells
// split by tabs (or '|', ';', ','), two or more on the row, the next line has as
// many ("Blanket\tMats\tNotes" over the rows of a distribution list), and
// the row holds no digit (the first row of a table without headings holds
// an age, a phone or a date: "Amina Y.\t34\tF" is no heading).
bool IsHeaderCell(std::string_view text, size_t b, size_t e) {
  if (InRuledHeaderCell(text, b, e) || InDashRuledHeaderRow(text, b, e)) return true;
  // A cell of a table drawn with '|' ("| Ref  | Date/time |"): the same, the
  // cell's spaces aside, over a row of dashes or of as many bars.
  size_t cb = b, ce = e;
  while (cb > 0 && text[cb - 1] == ' ') --cb;
  while (ce < text.size() && text[ce] == ' ') ++ce;
  // Or split by ';' or ',' ("No;Name (Latin);DOB;Village;Date;Status").
  char sep = (cb > 0 && text[cb - 1] == '|') ? '|' : '\t';
  for (char c : {';', ','}) {
    if ((b > 0 && text[b - 1] == c) || (e < text.size() && text[e] == c)) sep = c;
  }
  if (sep == '|') {
    if (ce >= text.size() || text[ce] != '|') return false;
  } else if (sep == ';' || sep == ',') {
    const auto edge = [&](size_t p) { return text[p] == sep || text[p] == '\n' || text[p] == '\r'; };
    if ((b > 0 && !edge(b - 1)) || (e < text.size() && !edge(e))) return false;
  } else if ((b > 0 && text[b - 1] != '\t' && text[b - 1] != '\n') ||
             (e < text.size() && text[e] != '\t' && text[e] != '\n' && text[e] != '\r')) {
    return false;
  }
  // A row split by ';' or ',' is short (a line of prose with commas is
  // given up on soon).
  const size_t reach = sep == ';' || sep == ',' ? kShortRow : kLongestRow;
  const size_t row = LineStartWithin(text, b, reach);
  const size_t row_end = LineEndWithin(text, e, reach);
  if (row == std::string_view::npos || row_end == std::string_view::npos ||
      std::any_of(text.begin() + row, text.begin() + row_end, [](char c) { return c >= '0' && c <= '9'; })) {
    return false;
  }
  return FirstRowOfTable(text, row, row_end, sep, reach);
}

// Words for a column of a register or a field of a form, lower case.
constexpr std::string_view kColumnWords[] = {
    "age",      "apellido", "apellidos", "date",   "edad",   "fecha",  "gender",  "idade",  "n\xC2\xB0", "name",
    "names",    "no",       "nom",       "nombre", "nome",   "phone",  "pr\xC3\xA9nom", "ref", "sex",     "sexe",
    "sexo",     "status",   "statut",    "surname", "tel",
    // Where those present sign: "Firman:", "Signatures:"; a partner's or a
    // relative's field: "Pareja:", "Conjoint :".
    "firma", "firman", "firmas", "signature", "signatures", "pareja", "conjoint", "conjointe", "spouse",
    // Where a report's facts come from: "Fuentes:", "Sources :".
    "fuente", "fuentes", "fonte", "fontes", "source", "sources"};

// Whether text[b, e) is one word of kColumnWords, in any ASCII case, right
// before a field's colon ("Sexe" of "Âge / Sexe:   9 ans").
bool FieldLabelWord(std::string_view text, size_t b, size_t e) {
  size_t c = e;
  while (c < text.size() && c - e < 2 && text[c] == ' ') ++c;
  if (c >= text.size() || text[c] != ':' || e - b > 12) return false;
  std::array<char, 16> buf;
  const std::string_view low = link_internal::LowerAsciiInto(text.substr(b, e - b), buf);
  return std::find(std::begin(kColumnWords), std::end(kColumnWords), low) != std::end(kColumnWords);
}

// Verbs that a speaker's name stands before in a transcript ("Rose said:").
constexpr std::string_view kSpeechVerbs[] = {"added",   "adds",    "answered", "answers", "asked",   "asks",
                                             "explained", "replied", "replies", "reported", "said",   "says",
                                             "stated",  "told",    "writes",   "wrote"};
static_assert(std::is_sorted(std::begin(kSpeechVerbs), std::end(kSpeechVerbs)));

// Whether text[b] follows the end of a sentence: ". " after a word that is
// no title, or after a placeholder or a parenthesis ("at Joda. Foster
// carer:", "[REDACTED]. Plan today:"; not "Mr. Foster").
bool AfterSentenceEnd(std::string_view text, size_t b) {
  if (b < 4 || text.compare(b - 2, 2, ". ") != 0) return false;
  if (text[b - 3] == ']' || text[b - 3] == ')') return true;
  if (!IsWordByte(text[b - 3])) return false;
  size_t w = b - 2;
  while (w > 0 && IsWordByte(text[w - 1])) --w;
  return !link_internal::IsTitleWord(text.substr(w, b - 2 - w));
}

// Whether text[b, e) is one capitalised ordinary English word (no given
// name that is a word: "Grace") that opens its line, a sentence or a field
// after ';', and a label of one or two more words in small letters, "ID" or
// "No.", ending in ':' ("Foster carer:", "Focal point:", "; Individual
// ID:"; not "Rose said:", a speaker).
bool CommonWordOpeningLabel(std::string_view text, size_t b, size_t e) {
  if (e - b < 3 || e - b > 16 || text[b] < 'A' || text[b] > 'Z') return false;
  size_t line = b;
  while (line > 0 && (text[line - 1] == ' ' || text[line - 1] == '\t')) --line;
  if (line > 0 && text[line - 1] != '\n' && text[line - 1] != '\r' && text[line - 1] != ';' &&
      !AfterSentenceEnd(text, b)) {
    return false;
  }
  const std::string_view word = text.substr(b, e - b);
  if (!link_internal::IsCommonWord(word) || IsWordGivenName(word)) return false;
  size_t p = e;
  for (int words = 0; words < 2 && p < text.size() && text[p] == ' '; ++words) {
    size_t we = p + 1;
    while (we < text.size() && text[we] >= 'a' && text[we] <= 'z') ++we;
    // "ID" and "No." of a code's label ("Individual ID:", "Household No.:").
    for (std::string_view code : {std::string_view("ID"), std::string_view("No."), std::string_view("No")}) {
      if (we == p + 1 && text.compare(p + 1, code.size(), code) == 0) we = p + 1 + code.size();
    }
    const std::string_view next = text.substr(p + 1, we - p - 1);
    if (next.size() < 2 || std::binary_search(std::begin(kSpeechVerbs), std::end(kSpeechVerbs), next)) return false;
    p = we;
    if (p < text.size() && text[p] == ':') return true;
  }
  return false;
}

// Whether a capitalised ordinary English word read as a person (no given
// name that is a word) is followed by a word in small letters for a body
// of people ("Reported by: Community watch", "Camp management"): the body.
constexpr std::string_view kBodyNouns[] = {"association", "committee", "council", "group",     "leaders",
                                           "management",  "members",   "mobilisers", "network", "patrol",
                                           "police",      "volunteers", "watch",    "workers"};
static_assert(std::is_sorted(std::begin(kBodyNouns), std::end(kBodyNouns)));
bool CommonWordBeforeBodyNoun(std::string_view text, size_t b, size_t e) {
  const std::string_view word = text.substr(b, e - b);
  if (word.find(' ') != std::string_view::npos || !link_internal::IsCommonWord(word) || IsWordGivenName(word) ||
      e + 1 >= text.size() || text[e] != ' ') {
    return false;
  }
  size_t we = e + 1;
  while (we < text.size() && text[we] >= 'a' && text[we] <= 'z') ++we;
  return std::binary_search(std::begin(kBodyNouns), std::end(kBodyNouns), text.substr(e + 1, we - e - 1));
}

// Whether text[b, e) lies on the first row of a table (cells split by '|'
// or tabs, two separators or more, the next row split alike) that names its
// columns: two of its cells or more hold a word for a column of a register
// ("Name", "Nom", "Prénom", "Age", "Sexe", "Ref", "N°", "Status", ...), as
// "| N° | Nom / Prénom | Âge |" does; its other words are headings too.
bool InLabelledHeaderRow(std::string_view text, size_t b, size_t e) {
  const size_t row = LineStartWithin(text, b, kLongestRow);
  const size_t row_end = LineEndWithin(text, e, kLongestRow);
  if (row == std::string_view::npos || row_end == std::string_view::npos) return false;
  const std::string_view line = text.substr(row, row_end - row);
  const char sep = line.find('|') != std::string_view::npos ? '|' : '\t';
  if (!FirstRowOfTable(text, row, row_end, sep, kLongestRow)) return false;
  int labelled = 0;
  for (size_t c = 0; c <= line.size();) {
    size_t ce = line.find(sep, c);
    if (ce == std::string_view::npos) ce = line.size();
    const std::string_view cell = line.substr(c, ce - c);
    bool has_label = false;
    for (size_t w = 0; w < cell.size() && !has_label;) {
      while (w < cell.size() && !IsWordByte(cell[w]) && cell[w] != '\xC2') ++w;
      size_t we = w;
      while (we < cell.size() && (IsWordByte(cell[we]) || cell[we] == '\xC2')) ++we;
      if (we > w && we - w <= 12) {
        std::array<char, 16> buf;
        const std::string_view low = link_internal::LowerAsciiInto(cell.substr(w, we - w), buf);
        // "Âge": the capital of a non-ASCII letter, then ASCII letters.
        const bool age = low.size() == 4 && low.substr(2) == "ge" &&
                         (low.substr(0, 2) == "\xC3\x82" || low.substr(0, 2) == "\xC3\xA2");
        has_label = age || std::find(std::begin(kColumnWords), std::end(kColumnWords), low) != std::end(kColumnWords);
      }
      w = we;
    }
    labelled += has_label;
    c = ce + 1;
  }
  return labelled >= 2;
}

// Whether text[b, e) is a piece of a code joined by hyphens that holds a
// digit ("SWE" of "SWE-PRT-24-041").
bool IsPieceOfCode(std::string_view text, size_t b, size_t e) {
  // Joined by '-' or '/' to the rest of the code, or by '(' after it
  // ("11/MaBaNa(N)031245", a Myanmar identity card's number).
  const auto joins = [](char c) { return c == '-' || c == '/'; };
  if (!((e < text.size() && (joins(text[e]) || text[e] == '(')) || (b > 0 && joins(text[b - 1])))) return false;
  const auto code_byte = [&](char c) { return IsWordByte(c) || joins(c) || c == '(' || c == ')'; };
  size_t from = b, to = e;
  while (from > 0 && code_byte(text[from - 1])) --from;
  while (to < text.size() && code_byte(text[to])) ++to;
  return std::any_of(text.begin() + from, text.begin() + to, [](char c) { return c >= '0' && c <= '9'; });
}

// Common words that name people where tearline is used besides the word
// names of IsWordGivenName (tearline/quasi.h), which linking also reads
// beside a person: kept out of CommonWordNamingNoOne only. Sorted.
constexpr std::string_view kMoreWordNames[] = {"baby", "dawn", "happy", "junior", "king", "marvel",
                                               "prince", "queen", "rose", "sunday"};
static_assert(std::is_sorted(std::begin(kMoreWordNames), std::end(kMoreWordNames)));

// A lower-cased word with its accented Latin-1 small letters written without
// the accent ("zòrèy" -> "zorey", "fénelon" -> "fenelon"), when it has one
// and no other byte outside ASCII; empty otherwise. A name typed without its
// accents is the same name.
std::string WithoutAccents(std::string_view low) {
  // Base letters of U+00E0..U+00FF (0 where there is none: æ, ð, ÷, þ).
  static constexpr char kBase[] = "aaaaaa\0ceeeeiiii\0nooooo\0ouuuuy\0y";
  std::string out;
  bool accent = false;
  for (size_t i = 0; i < low.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(low[i]);
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
      continue;
    }
    const unsigned char next = i + 1 < low.size() ? static_cast<unsigned char>(low[i + 1]) : 0;
    if (c != 0xC3 || next < 0xA0 || next > 0xBF || kBase[next - 0xA0] == '\0') return {};
    out.push_back(kBase[next - 0xA0]);
    accent = true;
    ++i;
  }
  return accent ? out : std::string();
}

// A lower-cased word of six letters or more with its 'y' written 'i', when it
// has one: transliterations of one name write either ("Lyudmyla",
// "Liudmyla"; "Maryam", "Mariam"); empty otherwise.
std::string WithYAsI(std::string_view low) {
  if (low.size() < 6 || low.find('y') == std::string_view::npos) return {};
  std::string out(low);
  for (char& c : out) c = c == 'y' ? 'i' : c;
  return out;
}

// The length of a case or diminutive ending glued to a name, when `low`
// (lower case) ends with one and keeps four bytes or more before it: the
// Quechua case endings and topic marker ("Teodorapa" of Teodora,
// "Eulogiotaqa", "Unión Mantaroman" is a place's) and the Spanish
// diminutives that add to a name ("edwincito", "juancita"); 0 otherwise.
// The word is that name's only where the rest is a word of a found person.
size_t GluedEndingLength(std::string_view low) {
  // Longest first: "manta" before "ta", "taqa" before "qa".
  static constexpr std::string_view kEndings[] = {"manta", "cito", "cita", "kuna", "taqa", "man", "wan", "pas",
                                                  "pa",    "qa",   "ta",   "pi"};
  // Every ending ends in 'a', 'i', 'n', 'o' or 's' and leaves four bytes or
  // more before it (most words are let go here).
  static constexpr std::string_view kLastBytes = "ainos";
  static_assert(std::all_of(std::begin(kEndings), std::end(kEndings), [](std::string_view e) {
    return e.size() >= 2 && kLastBytes.find(e.back()) != std::string_view::npos;
  }));
  if (low.size() < 6 || kLastBytes.find(low.back()) == std::string_view::npos) return 0;
  for (const std::string_view ending : kEndings) {
    if (low.size() >= ending.size() + 4 && low.ends_with(ending)) return ending.size();
  }
  return 0;
}

// Whether a lower-cased word is small letters only, ASCII or not, the first
// ASCII ("wilnès"): the words lower-case mentions are looked for by.
bool SmallLetters(std::string_view word) {
  return !word.empty() && word[0] >= 'a' && word[0] <= 'z' &&
         std::all_of(word.begin(), word.end(), [](char c) { return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80; });
}

// Whether an ASCII word of letters, in any case, is a common English word
// that names no one where tearline is used: not one of kMoreWordNames, nor a
// given name that is a word (IsWordGivenName of it capitalised: "Hope").
bool CommonWordNamingNoOne(std::string_view word) {
  if (!link_internal::IsCommonWord(word)) return false;
  std::array<char, 16> buf;
  const std::string_view lower = link_internal::LowerAsciiInto(word, buf);
  if (lower.empty() || std::binary_search(std::begin(kMoreWordNames), std::end(kMoreWordNames), lower)) return false;
  buf[0] = static_cast<char>(buf[0] - 32);
  return !IsWordGivenName(std::string_view(buf.data(), lower.size()));
}

// Whether text[b, e) is one common English word in capitals on a line
// written all in capitals ("WALKED", "ONE" of a telex-style radio log), and
// no given name ("HOPE", "GIFT": CommonWordNamingNoOne); or two to four
// such words that open their line, a heading ("INTERVIEW EXCERPT (A-01;
// ...").
bool CommonWordOfCapitalLine(std::string_view text, size_t b, size_t e) {
  const std::string_view span = text.substr(b, e - b);
  if (span.find(' ') != std::string_view::npos) {
    size_t words = 0;
    for (size_t w = 0; w < span.size(); ++words) {
      const size_t we = std::min(span.find(' ', w), span.size());
      const std::string_view word = span.substr(w, we - w);
      if (word.size() < 3 || !std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) ||
          !CommonWordNamingNoOne(word)) {
        return false;
      }
      w = we + 1;
    }
    return words <= 4 && link_internal::LineStart(text, b) == b;
  }
  const std::string_view word = span;
  if (word.size() < 3 || !std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) ||
      !CommonWordNamingNoOne(word)) {
    return false;
  }
  const size_t line = link_internal::LineStart(text, b);
  const size_t line_end = std::min(text.size(), text.find('\n', e));
  return std::none_of(text.begin() + line, text.begin() + line_end, [](char c) { return c >= 'a' && c <= 'z'; });
}

// Whether text[b, e) is one ordinary English word in small ASCII letters
// ("walker; diabetic", "out of toner") that is no given name ("grace",
// "precious", written so in a chat: CommonWordNamingNoOne).
bool CommonLowerCaseWord(std::string_view text, size_t b, size_t e) {
  const std::string_view word = text.substr(b, e - b);
  return word.size() >= 3 && std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
         CommonWordNamingNoOne(word);
}

// Whether text[b, e) lies on the title line of a chat export ("WhatsApp
// Chat with Mat North Monitors", "Chat de WhatsApp con \"Monitoreo Frontera
// MAI 2024\"") whose chat's name has three words or more: a group's name;
// a chat with one person has the person's name, of two words or fewer.
bool InGroupChatTitle(std::string_view text, size_t b, size_t e) {
  // A title is short: its line's ends are looked for within kLongestTitle
  // bytes (most weak readings lie on no title: a long line costs no more).
  constexpr size_t kLongestTitle = 160;
  const size_t line = LineStartWithin(text, b, kLongestTitle);
  if (line == std::string_view::npos || (text[line] != 'W' && text[line] != 'C' && text[line] != 'D')) return false;
  size_t line_end = LineEndWithin(text, e, kLongestTitle);
  if (line_end == std::string_view::npos) {
    if (text.size() - e > kLongestTitle) return false;
    line_end = text.size();
  }
  const std::string_view title = text.substr(line, line_end - line);
  for (std::string_view opening : {"WhatsApp Chat with ", "Chat de WhatsApp con ", "Conversa do WhatsApp com ",
                                   "Discussion WhatsApp avec "}) {
    if (!title.starts_with(opening) || b < line + opening.size()) continue;
    size_t words = 0;
    for (size_t p = opening.size(); p < title.size();) {
      while (p < title.size() && title[p] == ' ') ++p;
      const size_t w = p;
      while (p < title.size() && title[p] != ' ') ++p;
      // A word opens with a word byte, or with a quote and something after it.
      words += p > w && (IsWordByte(title[w]) || (title[w] == '"' && p > w + 1));
    }
    return words >= 3;
  }
  return false;
}

// Whether span is a word in small letters that joins two names of one
// person ("DICKO née BARRY", "Ahmed alias Hama"; "dit", "dite" and "veuve"
// are generic words of any reading).
bool NameJoiningWord(std::string_view span) {
  static constexpr std::string_view kJoiners[] = {"aka", "alias", "n\xC3\xA9", "n\xC3\xA9" "e", "nee", "\xC3\xA9" "pouse"};
  return std::find(std::begin(kJoiners), std::end(kJoiners), span) != std::end(kJoiners);
}

// Whether text[b, e) is "Salam" or "Salaam" (any case) greeting: it opens
// its line (after indentation or a quote) or a chat message (after the
// "]... : " of the message's header), and neither " (" nor ':' follows it
// ("Salam all,", "Salam Rania,", "[14/03] Rosnani: Salam semua."; not
// "Children: Yazan (13); Salam (2)", "wetting. Salam not vaccinated", nor
// a speaker's label "Salam: ...").
bool GreetingSalam(std::string_view text, size_t b, size_t e) {
  std::array<char, 8> buf;
  const std::string_view word = link_internal::LowerAsciiInto(text.substr(b, e - b), buf);
  if (word != "salam" && word != "salaam") return false;
  if (e < text.size() && text[e] == ':') return false;
  if (text.compare(e, 2, " (") == 0) return false;
  const size_t line = link_internal::LineStart(text, b);
  const std::string_view before = text.substr(line, b - line);
  if (before.find_first_not_of(" \t\"'>") == std::string_view::npos) return true;
  return before.size() >= 2 && before.ends_with(": ") && before.find(']') != std::string_view::npos;
}

// Whether text[b, e) is one common English word that no name lexicon holds
// right after a form's tick box ("[x] Individual counselling", "[ ]
// Referral", "☐ Transport"): an option of the form.
bool OptionAfterTickBox(std::string_view text, size_t b, size_t e) {
  const std::string_view word = text.substr(b, e - b);
  if (!link_internal::IsCommonWord(word) || link_internal::IsNameWord(word)) return false;
  for (std::string_view box : {std::string_view("[x] "), std::string_view("[X] "), std::string_view("[ ] "),
                               std::string_view("\xE2\x98\x90 "), std::string_view("\xE2\x98\x92 "),
                               std::string_view("\xE2\x98\x91 ")}) {
    if (b >= box.size() && text.compare(b - box.size(), box.size(), box) == 0) return true;
  }
  return false;
}

// Whether text[b, e) is "Ella" used as the Spanish pronoun: a word of a
// clause follows it ("Ella NO quiere", "Ella dice que", "Ella se fue"; a
// given name too: "Ella Mwangi").
bool SpanishPronounElla(std::string_view text, size_t b, size_t e) {
  if (text.substr(b, e - b) != "Ella" || e + 2 >= text.size() || text[e] != ' ') return false;
  static constexpr std::string_view kClauseWords[] = {
      "NO", "dice", "dijo", "es", "est\xC3\xA1", "estaba", "fue", "la", "le", "lo", "me", "no", "quiere", "se",
      "sabe", "tambi\xC3\xA9n", "te", "tiene", "va", "vive", "ya"};
  size_t w = e + 1;
  while (w < text.size() && text[w] != ' ' && text[w] != ',' && text[w] != '.' && text[w] != '\n') ++w;
  const std::string_view next = text.substr(e + 1, w - e - 1);
  return std::find(std::begin(kClauseWords), std::end(kClauseWords), next) != std::end(kClauseWords);
}

// Whether text[b, e) is the title of a work: right after a lower-case noun
// for a film, a book, a programme or a piece of music and one space, and
// before a mark or a bracket that ends it ("the television series Gilmore
// Girls,", "the film Watchmen (2009)", "his graphic novel Angel Catbird,").
// Not before a word ("the film Karim made", "the song Amina wrote": the
// maker's name).
bool TitleOfWork(std::string_view text, size_t b, size_t e) {
  if (e >= text.size() || std::string_view(",.;:)(\"'\n").find(text[e]) == std::string_view::npos) {
    if (!(e + 1 < text.size() && text[e] == ' ' && text[e + 1] == '(')) return false;
  }
  static constexpr std::string_view kWorks[] = {
      "album",  "comedy",   "documentary", "drama",  "episode", "film",     "magazine", "movie",
      "musical", "newspaper", "novel",     "opera",  "series",  "sitcom",   "song",     "thriller"};
  return std::find(std::begin(kWorks), std::end(kWorks), link_internal::LowerWordBefore(text, b)) != std::end(kWorks);
}

// Whether text[b, e) is a tropical storm's name: one word right after
// "Cyclone", "Hurricane", "Typhoon" or "Storm" and one space ("Cyclone
// Idai", "Tropical Storm Mocha").
bool StormName(std::string_view text, size_t b, size_t e) {
  if (b < 2 || e > text.size() || text.substr(b, e - b).find(' ') != std::string_view::npos) return false;
  for (std::string_view storm : {std::string_view("Cyclone "), std::string_view("Hurricane "),
                                 std::string_view("Typhoon "), std::string_view("Storm ")}) {
    if (b >= storm.size() && text.compare(b - storm.size(), storm.size(), storm) == 0 &&
        (b == storm.size() || !IsWordByte(text[b - storm.size() - 1]))) {
      return true;
    }
  }
  return false;
}

// Whether text[b, e) names a work or a storm (TitleOfWork, StormName).
bool WorkOrStorm(std::string_view text, size_t b, size_t e) { return TitleOfWork(text, b, e) || StormName(text, b, e); }

// Whether text[b, e) is a title or a rank alone, abbreviated: its period
// or a possessive follows it ("Cpt." of "Cpt. [REDACTED]", "Adj" of
// "Adj.-chef", "Sgt" of "the Sgt's commander").
bool AbbreviatedTitle(std::string_view text, size_t b, size_t e) {
  return e < text.size() && (text[e] == '.' || text.compare(e, 2, "'s") == 0) && e - b <= 5 &&
         link_internal::IsTitleWord(text.substr(b, e - b));
}

}  // namespace

bool IsGenericFinding(std::string_view text, const Finding& f) {
  if ((f.kind != Kind::kPerson && f.kind != Kind::kOrg) || f.end > text.size()) return false;
  const std::string_view span = text.substr(f.begin, f.size());
  // The tagger's weak readings of one letter ("zone C."), of one role noun
  // ("Nurse"), of what a mixed-case acronym starts or ends ("DoH Nineveh",
  // "Taloqan DoRR"), of an
  // acronym's plural ("NFIs"), of a word for a people, a nationality or a
  // faith that is no one's name ("Fulani", "Kenyan"), of a
  // column's heading, of a piece of a reference code, of a
  // common word in capitals on a line of capitals (or of such words opening
  // a line), of one common word in
  // small letters ("out of toner"), of a word joining two names ("née"),
  // of a field's label ("Sexe:"), of a word of a group chat's name on the
  // export's title line, of an abbreviated title or rank alone ("Cpt."), of
  // a form's option after a tick box ("[x] Individual counselling"), of a
  // quoted record's key ("\"tazkira_no\":"), of a people in the French
  // plural ("les Blancs").
  if (f.kind == Kind::kPerson && f.detector == "tagger" && f.confidence < kWeakPerson &&
      ((span.size() == 1 || (span.size() == 2 && span[1] == '.')) || OneCapitalizedRoleNoun(span) ||
       StartsWithMixedCaseAcronym(span) || EndsWithMixedCaseAcronym(span) || AcronymPlural(span) ||
       link_internal::IsGroupWord(span) ||
       IsHeaderCell(text, f.begin, f.end) ||
       IsPieceOfCode(text, f.begin, f.end) || CommonWordOfCapitalLine(text, f.begin, f.end) ||
       CommonLowerCaseWord(text, f.begin, f.end) || NameJoiningWord(span) || FieldLabelWord(text, f.begin, f.end) ||
       InGroupChatTitle(text, f.begin, f.end) || AbbreviatedTitle(text, f.begin, f.end) ||
       SpanishPronounElla(text, f.begin, f.end) || OptionAfterTickBox(text, f.begin, f.end) ||
       CommonWordOpeningLabel(text, f.begin, f.end) || link_internal::InQuotedKey(text, f.begin, f.end) ||
       link_internal::FrenchPluralAfterArticle(text, f.begin, f.end))) {
    return true;
  }
  // A vehicle's model read as a person up to 0.7, after its maker or with
  // it ("Toyota Hilux", "Land Cruiser").
  if (f.kind == Kind::kPerson && f.detector == "tagger" && f.confidence < 0.7f &&
      link_internal::VehicleModel(text, f.begin, f.end)) {
    return true;
  }
  // An office's name read as a person up to 0.7: a mixed-case acronym, then
  // one in capitals ("MoSA SDC Nabatieh": a ministry's centre and its town).
  if (f.kind == Kind::kPerson && f.detector == "tagger" && f.confidence < 0.7f && StartsWithMixedCaseAcronym(span)) {
    const size_t space = span.find(' ');
    const std::string_view second = span.substr(space + 1, span.find(' ', space + 1) - space - 1);
    if (space != std::string_view::npos && second.size() >= 2 &&
        std::all_of(second.begin(), second.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
      return true;
    }
  }
  // A relation rule's reading of one word for a people or a nationality
  // ("the girl Afghan team", "his brother Kurdish"): no one's name.
  if (f.kind == Kind::kPerson && f.detector == "relations" && span.find(' ') == std::string_view::npos &&
      link_internal::IsGroupWord(span)) {
    return true;
  }
  // A heading of a table that names its columns as a register does ("Lien"
  // beside "NOM Prénom(s)", "Sexe", "Âge"), read as a person up to 0.7 (so
  // weak readings too).
  if (f.kind == Kind::kPerson && f.detector == "tagger" && f.confidence < 0.7f &&
      InLabelledHeaderRow(text, f.begin, f.end)) {
    return true;
  }
  // The tagger's reading of a work's title or of a storm's name, however
  // sure ("the film Watchmen (2009)", "Cyclone Idai").
  if (f.kind == Kind::kPerson && f.detector == "tagger" && WorkOrStorm(text, f.begin, f.end)) return true;
  // The tagger's reading of one letter before a colon ("R:" of a
  // transcript's respondent; not the regnal "I" of "Pope Damasus I").
  if (f.kind == Kind::kPerson && f.detector == "tagger" && span.size() == 1 && f.end < text.size() &&
      text[f.end] == ':') {
    return true;
  }
  if (f.kind == Kind::kPerson && GreetingSalam(text, f.begin, f.end)) return true;
  if (f.kind == Kind::kPerson && OfficeUnitSpeaker(f, span)) return true;
  // A field's value that is a body of people ("Reported by: Community
  // watch (Nyabuoy G.)"), as a label's value or a weak reading.
  if (f.kind == Kind::kPerson && ((f.detector == "fields" && f.subkind == "FIELD") ||
                                  (f.detector == "tagger" && f.confidence < kWeakPerson)) &&
      CommonWordBeforeBodyNoun(text, f.begin, f.end)) {
    return true;
  }
  return OnlyGenericWords(span) || (f.kind == Kind::kPerson && OnlyLowerCaseRoleNouns(span));
}

bool link_internal::IsGenericNameWord(std::string_view word) { return IsGenericWord(word); }

namespace {

// Whether c may be in a reference code: an ASCII letter or digit.
bool IsCodeByte(char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

// WHOLE CODES: an ID finding is widened over the pieces of the same code
// joined to it by '-' or '/' ("SWE-" of "SWE-PRT-24-041" when only
// "PRT-24-041" was found), so that no piece is left to be read as a name.
void WidenCodes(std::string_view text, std::vector<Finding>* findings) {
  for (Finding& f : *findings) {
    if (f.kind != Kind::kId || f.end > text.size() || f.begin >= f.end) continue;
    while (f.begin >= 2 && (text[f.begin - 1] == '-' || text[f.begin - 1] == '/') && IsCodeByte(text[f.begin - 2])) {
      size_t b = f.begin - 1;
      while (b > 0 && IsCodeByte(text[b - 1])) --b;
      f.begin = b;
    }
    while (f.end + 1 < text.size() && (text[f.end] == '-' || text[f.end] == '/') && IsCodeByte(text[f.end + 1])) {
      size_t e = f.end + 1;
      while (e < text.size() && IsCodeByte(text[e])) ++e;
      f.end = e;
    }
  }
}

}  // namespace

// OTHER SPELLINGS: a PERSON reading below the threshold, of one word of
// letters that names nothing else (`entity` < 0), is a mention of an entity
// when the word is the same by its skeleton of four letters or more
// ("Kandipan" beside "Selvarajah Kandeepan": SameNameWord), or is, in any
// case, the first five letters or more of a word of the entity at least two
// letters longer ("Kandee", what friends call "Kandeepan"), or its first
// three or four bytes when the word is five bytes longer or more ("Déo" of
// "Déogratias", "Emma" of "Emmanuel"). Decide then acts on it with the
// entity.
void LinkOtherSpellings(std::string_view text, float min_confidence, const std::vector<Entity>& entities,
                        const std::unordered_map<std::string, std::vector<int>>& by_skeleton,
                        std::vector<Finding>* findings) {
  constexpr size_t kPrefix = 5;
  constexpr size_t kShortPrefix = 3;  // a short form's bytes at least
  constexpr size_t kShortFormCut = 5;  // bytes a short form leaves off at least
  std::unordered_map<std::string, std::vector<std::pair<std::string, int>>> by_prefix;  // first letters -> words
  std::unordered_map<std::string, std::vector<std::pair<std::string, int>>> by_short;   // first 3 bytes -> words
  bool indexed = false;
  std::string low;
  for (Finding& f : *findings) {
    if (f.kind != Kind::kPerson || f.entity >= 0 || f.confidence >= min_confidence || f.detector == "script" ||
        f.end > text.size() || f.size() < kShortPrefix) {
      continue;
    }
    const std::string_view span = text.substr(f.begin, f.size());
    if (!IsCapitalized(span) || !std::all_of(span.begin(), span.end(), [](char c) {
          return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80;
        })) {
      continue;
    }
    const std::vector<MentionWord> words = NameWords(span);
    if (words.size() != 1 || words[0].skeleton.empty()) continue;
    if (words[0].skeleton.size() >= 4 && f.size() >= kPrefix) {
      if (const auto it = by_skeleton.find(words[0].skeleton); it != by_skeleton.end()) {
        for (int e : it->second) {
          if (Joins(words, entities[e])) {
            f.entity = e;
            break;
          }
        }
        if (f.entity >= 0) continue;
      }
    }
    if (!indexed) {
      for (size_t e = 0; e < entities.size(); ++e) {
        for (const MentionWord& w : entities[e].words) {
          if (w.text.size() < kPrefix + 2 || !IsCapitalized(w.text)) continue;
          link_internal::LowerNameInto(w.text, &low);
          by_prefix[low.substr(0, kPrefix)].emplace_back(low, static_cast<int>(e));
          if (low.size() >= kShortPrefix + kShortFormCut) {
            by_short[low.substr(0, kShortPrefix)].emplace_back(low, static_cast<int>(e));
          }
        }
      }
      indexed = true;
    }
    link_internal::LowerNameInto(span, &low);
    const bool short_form = low.size() < kPrefix;
    const auto& index = short_form ? by_short : by_prefix;
    const auto it = index.find(low.substr(0, short_form ? kShortPrefix : kPrefix));
    if (it == index.end()) continue;
    for (const auto& [word, e] : it->second) {
      if (word.size() >= low.size() + (short_form ? kShortFormCut : 2) && word.starts_with(low)) {
        f.entity = e;
        break;
      }
    }
  }
}

namespace {

// INITIALS BEFORE A MENTION: a linked PERSON finding that starts with a
// capital right after one or two initials ("S. " of "1. S. Tharmalingam",
// "P. K. " of "P. K. Nair"), each a capital and a period after a space or a
// line's start, is widened over them, and over one to three initials right
// after it (" I.S." of "Kozelets I.S."), so that no initial is left beside
// a hidden name.
void WidenOverInitials(std::string_view text, std::vector<Finding>* findings) {
  for (Finding& f : *findings) {
    if (f.kind != Kind::kPerson || f.entity < 0 || f.begin < 3 || f.end > text.size() ||
        !link_internal::IsCapitalByte(text[f.begin])) {
      continue;
    }
    size_t b = f.begin;
    for (int k = 0; k < 2; ++k) {
      if (b < 3 || text[b - 1] != ' ' || text[b - 2] != '.' || text[b - 3] < 'A' || text[b - 3] > 'Z') break;
      if (b > 3 && text[b - 4] != ' ' && text[b - 4] != '\n' && text[b - 4] != '\t') break;
      b -= 3;
    }
    f.begin = b;
    // "Kozelets I.S.", "Ivanenko O. P.": one to three initials after the
    // mention (a space, then capitals each with a period, glued or spaced),
    // then no letter; not "S.A." nor "U.S.".
    if (f.end + 2 < text.size() && text[f.end] == ' ') {
      size_t q = f.end + 1;
      int n = 0;
      while (n < 3 && q + 1 < text.size() && text[q] >= 'A' && text[q] <= 'Z' && text[q + 1] == '.') {
        q += 2;
        ++n;
        if (n < 3 && q + 2 < text.size() && text[q] == ' ' && text[q + 1] >= 'A' && text[q + 1] <= 'Z' &&
            text[q + 2] == '.') {
          ++q;
        }
      }
      const std::string_view initials = text.substr(f.end + 1, q - f.end - 1);
      if (n > 0 && (q == text.size() || !IsWordByte(text[q])) && initials != "S.A." && initials != "U.S." &&
          initials != "U.K." && initials != "U.N.") {
        f.end = q;
      }
    }
  }
}

}  // namespace

Linked LinkMentions(std::string_view text, std::vector<Finding> findings, const LinkOptions& options) {
  Linked out;
  WidenCodes(text, &findings);
  if (options.drop_generic) {
    // The texts of the works' titles and the storms' names read here
    // ("Gilmore Girls" of "the series Gilmore Girls,", "Phailin" of "Cyclone
    // Phailin"): the tagger's readings of the same text elsewhere are those
    // works and storms too ("Gilmore Girls as well as", "Phailin's winds").
    // Not one word that the name lexicons hold ("Cyclone Freddy"): a person
    // may be named by it alone.
    std::vector<std::string_view> works;
    for (const Finding& f : findings) {
      if (f.kind != Kind::kPerson || f.detector != "tagger" || f.end > text.size() || f.begin >= f.end) continue;
      const std::string_view span = text.substr(f.begin, f.size());
      if (WorkOrStorm(text, f.begin, f.end) &&
          (span.find(' ') != std::string_view::npos || !link_internal::IsNameWord(span))) {
        works.push_back(span);
      }
    }
    std::erase_if(findings, [&](const Finding& f) {
      return IsGenericFinding(text, f) ||
             (!works.empty() && f.kind == Kind::kPerson && f.detector == "tagger" && f.end <= text.size() &&
              std::find(works.begin(), works.end(), text.substr(f.begin, f.size())) != works.end());
    });
    ReadSpelledOutAcronyms(text, &findings);
  }
  ReadPlacesAndPersons(text, &findings);
  if (options.raise_beside_names) {
    link_internal::RaiseWeakNamesBesideNames(text, options.min_confidence, &findings);
    link_internal::RaiseNamesBesideRoles(text, options.min_confidence, &findings);
    link_internal::AddNamesWrappedAfterNames(text, options.min_confidence, &findings);
    link_internal::AddNamesWrappedBeforeNames(text, options.min_confidence, &findings);
    link_internal::AddParenthesisedNameForms(text, options.min_confidence, &findings);
    link_internal::AddQuotedSpellingsOfNames(text, options.min_confidence, &findings);
  }
  if (options.propagate && options.propagate_lower) {
    link_internal::AddLowerCaseNames(text, options.min_confidence, &findings);
    link_internal::AddNamesBeforeLowerCaseHonorifics(text, options.min_confidence, &findings);
    link_internal::AddLowerCaseNamesAfterNamingWords(text, options.min_confidence, &findings);
    link_internal::AddArticleSurnamesAfterNames(text, options.min_confidence, &findings);
  }
  if (options.join_patronyms) JoinPatronyms(text, &findings);
  if (options.coordinate) {
    link_internal::AddCoordinatedNames(text, options.min_confidence, &findings);
    link_internal::AddNamesListedWithNames(text, options.min_confidence, &findings);
    link_internal::AddInvertedNamesListedWithNames(text, options.min_confidence, &findings);
    link_internal::AddGivenNamesAfterInvertedSurnames(text, options.min_confidence, &findings);
    link_internal::AddSignatureNames(text, options.min_confidence, &findings);
    link_internal::AddPhoneOwnerNames(text, options.min_confidence, &findings);
    link_internal::AddNamesUnderNamesLabel(text, options.min_confidence, &findings);
    link_internal::AddEmailHeaderNames(text, options.min_confidence, &findings);
    link_internal::AddNamesBeforePluralKin(text, options.min_confidence, &findings);
    link_internal::AddNamesAfterPluralGroups(text, options.min_confidence, &findings);
    link_internal::AddNamesByWhatIsSaidOfThem(text, options.min_confidence, &findings);
  }
  if (options.abbreviate) link_internal::AddAbbreviatedNames(text, options.min_confidence, &findings);
  if (options.propagate) {
    link_internal::AddHandleMentions(text, options.min_confidence, &findings);
    link_internal::AddNamedLogins(text, options.min_confidence, &findings);
  }
  if (options.extend_uncommon) link_internal::ExtendOverUncommonNameWords(text, options.min_confidence, &findings);
  std::vector<size_t> persons;
  for (size_t i = 0; i < findings.size(); ++i) {
    // Arabic-script runs are found wherever they occur by their own detector;
    // they need no entity to be propagated.
    if (findings[i].kind == Kind::kPerson && findings[i].confidence >= options.min_confidence &&
        findings[i].detector != "script") {
      persons.push_back(i);
    }
  }
  // Longest mentions (most name words) define entities. A mention's words
  // depend only on its bytes: repeated mentions are analysed once.
  std::vector<std::vector<MentionWord>> words(findings.size());
  std::unordered_map<std::string_view, size_t> analysed;  // mention bytes -> index into words
  std::vector<bool> first_of_bytes(findings.size());     // the first mention of its bytes
  for (size_t i : persons) {
    const std::string_view mention = text.substr(findings[i].begin, findings[i].size());
    auto [it, inserted] = analysed.emplace(mention, i);
    words[i] = inserted ? NameWords(mention) : words[it->second];
    first_of_bytes[i] = inserted;
  }
  std::stable_sort(persons.begin(), persons.end(), [&](size_t a, size_t b) {
    if (words[a].size() != words[b].size()) return words[a].size() > words[b].size();
    return findings[a].begin < findings[b].begin;
  });
  std::vector<Entity> entities;
  // Entities by the skeletons of their words, in increasing id: a mention
  // can only join an entity holding the skeleton of every full word of it,
  // so the first joinable entity is the first in the shortest of those lists
  // that Joins (a roster of "Ahmad <surname>" lines makes the list of
  // "Ahmad" as long as the roster; the surname's is short).
  std::unordered_map<std::string, std::vector<int>> by_skeleton;
  for (size_t i : persons) {
    if (words[i].empty()) continue;
    int id = -1;
    const std::vector<int>* candidates = nullptr;
    bool joinable = true;
    for (const MentionWord& w : words[i]) {
      if (w.skeleton.empty()) continue;
      const auto it = by_skeleton.find(w.skeleton);
      if (it == by_skeleton.end()) {
        joinable = false;
        break;
      }
      if (candidates == nullptr || it->second.size() < candidates->size()) candidates = &it->second;
    }
    if (joinable && candidates != nullptr) {
      for (int e : *candidates) {
        if (Joins(words[i], entities[e])) {
          id = e;
          break;
        }
      }
    }
    if (id < 0) {
      bool all_initials = std::all_of(words[i].begin(), words[i].end(), [](const MentionWord& w) { return w.skeleton.empty(); });
      if (all_initials) continue;
      id = static_cast<int>(entities.size());
      std::string_view span = text.substr(findings[i].begin, findings[i].size());
      entities.push_back({words[i], std::string(span), 0});
      for (const MentionWord& w : words[i]) {
        if (w.skeleton.empty()) continue;
        std::vector<int>& list = by_skeleton[w.skeleton];
        if (list.empty() || list.back() != id) list.push_back(id);
      }
    }
    findings[i].entity = id;
    entities[id].confidence = std::max(entities[id].confidence, findings[i].confidence);
  }
  if (!entities.empty()) LinkOtherSpellings(text, options.min_confidence, entities, by_skeleton, &findings);
  // Renumber entities in order of first appearance.
  std::vector<size_t> first(entities.size(), SIZE_MAX);
  for (const Finding& f : findings) {
    if (f.entity >= 0) first[f.entity] = std::min(first[f.entity], f.begin);
  }
  std::vector<int> order(entities.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
  std::sort(order.begin(), order.end(), [&](int a, int b) { return first[a] < first[b]; });
  std::vector<int> renumber(entities.size());
  for (size_t i = 0; i < order.size(); ++i) renumber[order[i]] = static_cast<int>(i);
  for (Finding& f : findings) {
    if (f.entity >= 0) f.entity = renumber[f.entity];
  }
  out.entity_names.resize(entities.size());
  for (size_t e = 0; e < entities.size(); ++e) out.entity_names[renumber[e]] = entities[e].name;

  PropagationScan scan(text);
  if (options.propagate && !entities.empty()) {
    // Which words (>= 3 letters, not titles; same spelling in any case) point
    // to which entity. Spelling, not skeleton: "Mary" must not join "Omari".
    std::unordered_map<std::string, int> by_word;
    std::vector<float> conf(entities.size());  // by entity id: its surest mention
    for (size_t e = 0; e < entities.size(); ++e) conf[renumber[e]] = entities[e].confidence;
    // The first words of what the text reads as places ("Kapoeta" of
    // "Kapoeta South", "Kapoeta market"), lower case, with the surest
    // reading each opens, and the surest reading of each place of one word
    // that its context confirms or that is sure ("Tabke's group" at 0.56 is
    // not).
    constexpr float kPlaceSure = 0.7f;
    std::unordered_map<std::string, float> place_first_words, place_words;
    for (const Finding& f : findings) {
      if (f.kind != Kind::kLoc || f.end > text.size() || f.begin >= f.end) continue;
      const size_t e = link_internal::WordEnd(text, f.begin, true);
      std::string low;
      link_internal::LowerNameInto(text.substr(f.begin, e - f.begin), &low);
      if (e == f.end && (f.confidence >= kPlaceSure || link_internal::PlaceConfirmedByContext(text, f))) {
        float& c = place_words[low];
        c = std::max(c, f.confidence);
      }
      float& c = place_first_words[std::move(low)];
      c = std::max(c, f.confidence);
    }
    // The surest reading of `low` in `words`, 0 when there is none.
    const auto surest = [](const std::unordered_map<std::string, float>& words, const std::string& low) {
      const auto it = words.find(low);
      return it == words.end() ? 0.0f : it->second;
    };
    // Words a noun names as a language ("Eegimaa" of "the Eegimaa
    // language") name the language wherever they stand alone, unless a name
    // of two words or more holds them (LanguageWords).
    const std::vector<std::string> languages = link_internal::LanguageWords(text, findings);
    // `later`: the word follows another of its mention.
    // `word` (a word of a mention, or a part of one) as a spelling of
    // entity `id`; `later`: the word follows another of its mention.
    const auto add_spelling = [&](std::string_view word, int id, bool later) {
      if (word.size() < 3 || IsGenericWord(word) || link_internal::IsPlacePrefix(word)) return;
      // "Afghan" of "Afghan Ambassador ... Hamdullah Mohib": a word for a
      // people, a nationality or a faith names a group wherever it stands
      // alone ("the Afghan team").
      if (link_internal::IsGroupWord(word)) return;
      // "OPM" of "Drasiku OPM" (a chat contact saved with its office) names
      // an organisation; a name in capitals that opens its mention ("ONG Wei
      // Ming") is a family name.
      if (later && IsNoPersonAbbreviation(word)) return;
      std::string low;
      link_internal::LowerNameInto(word, &low);
      // "Abu" of "Abu Sabir" is not "Abu" of "near Abu Shouk": the words that
      // open a kunya ("Abu", "Umm") and the particles name no one alone.
      if (low == "abu" || low == "abou" || low == "umm" || link_internal::IsNameParticle(low)) return;
      if (std::find(languages.begin(), languages.end(), low) != languages.end()) return;
      // "Kapoeta" of 'trader Abdalla Ismail ("Abdalla Kapoeta")' where the
      // text goes to "Kapoeta market": the name of a town of the gazetteer
      // that the text also reads as a place names the place alone. So does
      // a word of an entity no mention of which is sure of a person, read
      // more surely as a place ("Hodeidah" of "Area Manager - Hodeidah" at
      // 0.45 beside "back in Hodeidah city" at 0.70).
      if (later && surest(place_first_words, low) >= link_internal::kWeakPerson && link_internal::IsKnownTown(word)) {
        return;
      }
      if (const float place = surest(place_words, low);
          conf[id] < link_internal::kWeakPerson && place >= link_internal::kWeakPerson && place > conf[id]) {
        return;
      }
      // "al-Dhib" is also "Dhib" ("ya Dhib"): the word after an Arabic article.
      if (const size_t article = ArabicArticleLength(low); article > 0 && low.size() >= article + 3) {
        by_word.try_emplace(low.substr(article), id);
      }
      // "d'Ousmane" is also "Ousmane": the word after an elided article in
      // lower case ("L'Enfant", "D'Souza" are names whole).
      if (const size_t elided = link_internal::ElidedArticleLength(word);
          elided > 0 && word[0] >= 'a' && low.size() >= elided + 3) {
        by_word.try_emplace(low.substr(elided), id);
      }
      // "Zorey" is also "Zòrèy" (by_word holds the unaccented spelling of
      // an accented word of four letters or more).
      if (std::string plain = WithoutAccents(low); plain.size() >= 4) by_word.try_emplace(std::move(plain), id);
      // "Lyudmyla" is also "Liudmyla" (by_word holds the spelling with 'i').
      if (std::string i_for_y = WithYAsI(low); !i_for_y.empty()) by_word.try_emplace(std::move(i_for_y), id);
      by_word.try_emplace(std::move(low), id);  // first (longest) entity wins
    };
    const auto add_word = [&](const MentionWord& w, int id, bool later) {
      if (w.skeleton.empty()) return;
      add_spelling(w.text, id, later);
      // "Kusova" of "Oyelami Brandt-Kusova": each capitalised part of four
      // bytes or more of a double-barrelled name after a given name names the
      // person alone too ("Lau Siu-lai" has no such part), unless it is an
      // English word or a word for a people ("Russian" of a "German-Russian"
      // read as a name) or the document reads it as a place somewhere
      // ("Thathri" of a "Drabshalla-Thathri" read as a name).
      if (!later || w.text.find('-') == std::string_view::npos || !link_internal::IsCapitalByte(w.text[0])) return;
      std::string low_part;
      for (size_t b = 0; b < w.text.size();) {
        size_t e = w.text.find('-', b);
        if (e == std::string_view::npos) e = w.text.size();
        const std::string_view part = w.text.substr(b, e - b);
        if (part.size() >= 4 && part.size() < w.text.size() && link_internal::IsCapitalByte(part[0]) &&
            !link_internal::IsCommonWord(part)) {
          link_internal::LowerNameInto(part, &low_part);
          if (surest(place_first_words, low_part) < link_internal::kWeakPerson) add_spelling(part, id, true);
        }
        b = e + 1;
      }
    };
    for (size_t e = 0; e < entities.size(); ++e) {
      for (size_t k = 0; k < entities[e].words.size(); ++k) add_word(entities[e].words[k], renumber[e], k > 0);
    }
    // The words of the other mentions as they spell them: an entity defined
    // by "DORCE ROSEMENE" is also "Rosemène Dorcé" where "Mme Rosemène Dorcé"
    // joined it.
    for (size_t i : persons) {
      if (findings[i].entity < 0 || !first_of_bytes[i]) continue;
      for (size_t k = 0; k < words[i].size(); ++k) add_word(words[i][k], findings[i].entity, k > 0);
    }
    // Only linked persons stop the propagation: a mention the tagger read as
    // a place or an organisation, or as a person below the threshold, would
    // otherwise keep the name in the clear when that finding is kept or
    // ignored. Decide's overlap rule then acts on the strictest of the two.
    std::vector<Finding> linked;
    for (const Finding& f : findings) {
      if (f.kind == Kind::kPerson && f.entity >= 0) linked.push_back(f);
    }
    const link_internal::FindingIndex coverage(linked);
    // A cheap filter before the hash lookup.
    link_internal::WordFilter filter(true);
    for (const auto& [word, id] : by_word) filter.Add(word);
    // One pass over the capitalised words (runs of letters/digits, any byte
    // of a multi-byte character counting as a letter, with inner hyphens).
    std::string low;
    std::vector<Finding> added;
    // A mention of entity `id` at text[b, e), found by propagation.
    const auto add_mention = [&](size_t b, size_t e, int id) {
      Finding f{b, e, Kind::kPerson, "", 0.9f * conf[id], "link"};
      f.entity = id;
      added.push_back(f);
    };
    // The capitalised words of the text that spell a word of an entity.
    struct PropagationSite {
      size_t begin, end;
      int entity;
      const std::string* word;  // by_word's key
    };
    std::vector<PropagationSite> sites;
    link_internal::ForEachCapitalisedWordFrom(text, scan.Capitals(), true, [&](size_t b, size_t i) {
      std::string_view t = text.substr(b, i - b);
      if (t.size() < 3) return;
      const bool accented = std::any_of(t.begin(), t.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
      if (!accented && !filter.MayHold(t) && GluedEndingLength(t) == 0 &&
          (t.size() < 6 || t.find_first_of("yY") == std::string_view::npos)) {
        return;
      }
      link_internal::LowerNameInto(t, &low);
      auto it = by_word.find(low);
      // "Zòrèy" where only "Zorey" was read.
      if (it == by_word.end() && accented) {
        if (std::string plain = WithoutAccents(low); plain.size() >= 4) it = by_word.find(plain);
      }
      // "Teodorapa" of Teodora: a name with a case ending glued to it.
      if (const size_t ending = it == by_word.end() ? GluedEndingLength(low) : 0; ending > 0) {
        it = by_word.find(low.substr(0, low.size() - ending));
      }
      // "Lyudmyla" where "Liudmyla" was read.
      if (it == by_word.end()) {
        if (std::string i_for_y = WithYAsI(low); !i_for_y.empty()) it = by_word.find(i_for_y);
      }
      if (it == by_word.end()) return;
      sites.push_back({b, i, it->second, &it->first});
    });
    // Where a word of an entity stands, what the findings read there: a site
    // with a PERSON reading of its own, or else one read only as a place or
    // an organisation. A town of the gazetteer (IsKnownTown), or a city,
    // state or country of places.txt (IsGazetteerPlace, given names
    // included: "Virginia" read three times as a person, four times as a
    // place), that the document reads as a place or an organisation at more
    // of its sites than as a person ("Isfahan" read once as a person, three
    // times as a place) is not propagated to the sites where nothing reads a
    // person; where something does, it is (a weak reading there must not
    // stay in the clear). Other words are propagated whatever the vote: a
    // person's name is read as a place too ("Isingoma", read twice as a
    // place, was left in the clear when the vote held for every word).
    std::vector<uint8_t> place(sites.size());  // the site spells a place of the gazetteers
    for (size_t k = 0; k < sites.size(); ++k) {
      const std::string_view word = text.substr(sites[k].begin, sites[k].end - sites[k].begin);
      place[k] = link_internal::IsKnownTown(word) || link_internal::IsGazetteerPlace(word);
    }
    // The votes, read only when some site is such a place (a finding index
    // over every reading of the document is not free).
    std::unordered_map<const std::string*, std::pair<int, int>> votes;  // word -> (person sites, other sites)
    std::vector<uint8_t> person_read(sites.size());
    if (std::any_of(place.begin(), place.end(), [](uint8_t t) { return t != 0; })) {
      const link_internal::FindingIndex all(findings);
      for (size_t k = 0; k < sites.size(); ++k) {
        const PropagationSite& site = sites[k];
        bool person = false, other = false;
        all.ForEachOver(site.begin, site.end, [&](const Finding& g) {
          person |= g.kind == Kind::kPerson;
          other |= g.kind == Kind::kLoc || g.kind == Kind::kOrg;
          return true;
        });
        person_read[k] = person;
        auto& [persons_here, others_here] = votes[site.word];
        persons_here += person;
        others_here += !person && other;
      }
    }
    for (size_t k = 0; k < sites.size(); ++k) {
      const PropagationSite& site = sites[k];
      if (coverage.Covers(site.begin, site.end) || link_internal::FollowsPlacePrefix(text, site.begin)) continue;
      if (place[k] && !person_read[k] && votes[site.word].second > votes[site.word].first) continue;
      add_mention(site.begin, site.end, site.entity);
    }
    if (options.propagate_lower) {
      // Lower-case mentions: entity words of >= 4 bytes of small letters (the
      // first ASCII) that are no English word, looked for at every lower-case
      // word start.
      std::unordered_map<std::string_view, int> lower_words;  // views of by_word's keys
      // A filter of 2^16 bits before the lookup (a document names thousands
      // of persons; most of its lower-case words must pass no lookup).
      link_internal::BasicWordFilter<16> lower_filter(false);
      for (const auto& [word, id] : by_word) {
        if (word.size() < 4 || word.size() > 32 || link_internal::IsCommonWord(word)) continue;
        if (!SmallLetters(word)) continue;  // "wilnès" of "Wilnès Dorvil"
        lower_words.emplace(word, id);
        lower_filter.Add(word);
      }
      // Whole names of two to four words, lower-cased, by their first word:
      // a name of short words ("Mu Paw") is typed in lower case as a whole
      // ("mu paw's brother") though no word of it is looked for alone. Not
      // when every word is an English word ("Will Smith": "will smith").
      // By first word: the names (each with its order of insertion and its
      // entity) and their distinct byte lengths, so that a lower-case word
      // costs one lookup per length, not one comparison per name (a roster
      // holds thousands of names with the same first word).
      struct NamesOfFirstWord {
        std::unordered_map<std::string, std::pair<size_t, int>> names;
        std::vector<size_t> lengths;
      };
      std::unordered_map<std::string, NamesOfFirstWord> lower_names;
      size_t lower_names_added = 0;
      link_internal::BasicWordFilter<16> lower_names_filter(false);  // their first words
      for (size_t i : persons) {
        if (findings[i].entity < 0 || !first_of_bytes[i]) continue;
        const std::string_view span = text.substr(findings[i].begin, findings[i].size());
        std::string name;
        link_internal::LowerNameInto(span, &name);
        size_t words = 1;
        bool uncommon = false, letters_only = true;
        for (size_t w = 0; w < name.size();) {
          size_t e = name.find(' ', w);
          if (e == std::string::npos) e = name.size();
          const std::string_view word = std::string_view(name).substr(w, e - w);
          uncommon |= !link_internal::IsCommonWord(word);
          letters_only &= SmallLetters(word);
          if (e < name.size()) ++words;
          w = e + 1;
        }
        if (words < 2 || words > 4 || !uncommon || !letters_only || name.size() < 5) continue;
        const std::string first(name.substr(0, name.find(' ')));
        lower_names_filter.Add(first);
        NamesOfFirstWord& of_first = lower_names[first];
        const size_t length = name.size();
        if (of_first.names.try_emplace(std::move(name), lower_names_added, findings[i].entity).second) {
          ++lower_names_added;
          if (std::find(of_first.lengths.begin(), of_first.lengths.end(), length) == of_first.lengths.end()) {
            of_first.lengths.push_back(length);
          }
        }
      }
      // Not a part of an address, a handle or a path ("farid.omari@",
      // "@omari_f", "/omari/"): those are found as what they are.
      const auto in_address = [&](size_t b, size_t e) {
        const auto opens = [](char c) { return c == '@' || c == '.' || c == '_' || c == '/' || c == '#' || c == ':'; };
        return (b > 0 && opens(text[b - 1])) ||
               (e < text.size() && (text[e] == '@' || text[e] == '_' || text[e] == '/' ||
                                    ((text[e] == '.' || text[e] == ':') && e + 1 < text.size() && IsWordByte(text[e + 1]))));
      };
      const size_t n = text.size();
      for (size_t b = 0; b < n;) {
        const char c = text[b];
        if (!IsWordByte(c)) {
          ++b;
          continue;
        }
        // b starts a run of word bytes; a run that is no lower-case word is skipped whole.
        if (!(c >= 'a' && c <= 'z') || !link_internal::StartsWord(text, b, true)) {
          while (b < n && IsWordByte(text[b])) ++b;
          continue;
        }
        // Most words are small ASCII letters up to a space or a mark.
        size_t e = b + 1;
        while (e < n && text[e] >= 'a' && text[e] <= 'z') ++e;
        if (e < n && (IsWordByte(text[e]) || link_internal::IsJoiner(text[e]))) e = link_internal::WordEnd(text, b, true);
        const std::string_view t = text.substr(b, e - b);
        if (in_address(b, e)) {
          b = e;
          continue;
        }
        // "d'Ousmane", "l'Amina": the capitalised name after an elided article.
        if (const size_t elided = link_internal::ElidedArticleLength(t);
            elided > 0 && t.size() >= elided + 3 && link_internal::IsCapitalByte(t[elided]) && filter.MayHold(t.substr(elided))) {
          link_internal::LowerNameInto(t.substr(elided), &low);
          auto it = by_word.find(low);
          if (it != by_word.end() && !coverage.Covers(b + elided, e)) add_mention(b + elided, e, it->second);
          b = e;
          continue;
        }
        // "al-Sabawi": a capitalised name word after a lower-case Arabic
        // article, the article included.
        // (Most lower-case words hold no hyphen where an article ends.)
        if (const size_t article = t.size() > 4 && (t[2] == '-' || t[3] == '-') ? ArabicArticleLength(t) : 0;
            article > 0 && t.size() >= article + 3 && link_internal::IsCapitalByte(t[article]) &&
            filter.MayHold(t.substr(article))) {
          link_internal::LowerNameInto(t.substr(article), &low);
          auto it = by_word.find(low);
          if (it != by_word.end() && !coverage.Covers(b, e)) add_mention(b, e, it->second);
          b = e;
          continue;
        }
        if (!lower_names.empty() && lower_names_filter.MayHold(t)) {
          if (auto it = lower_names.find(std::string(t)); it != lower_names.end()) {
            // The first name added of those the text spells here, ending
            // before no word byte and not yet covered.
            const std::pair<size_t, int>* best = nullptr;
            size_t best_end = 0;
            for (const size_t length : it->second.lengths) {
              const size_t end = b + length;
              if (end > n || (end < n && IsWordByte(text[end])) || coverage.Covers(b, end)) continue;
              const auto name = it->second.names.find(std::string(text.substr(b, length)));
              if (name == it->second.names.end() || (best != nullptr && best->first < name->second.first)) continue;
              best = &name->second;
              best_end = end;
            }
            if (best != nullptr) {
              add_mention(b, best_end, best->second);
              b = best_end;
              continue;
            }
          }
        }
        if (t.size() >= 4 && lower_filter.MayHold(t)) {
          auto it = lower_words.find(t);
          if (it != lower_words.end() && !coverage.Covers(b, e)) add_mention(b, e, it->second);
        } else if (const size_t ending = GluedEndingLength(t); ending > 0) {
          // "edwincito" of Edwin.
          const std::string_view stem = t.substr(0, t.size() - ending);
          if (lower_filter.MayHold(stem)) {
            auto it = lower_words.find(stem);
            if (it != lower_words.end() && !coverage.Covers(b, e)) add_mention(b, e, it->second);
          }
        }
        b = e;
      }
    }
    findings.insert(findings.end(), added.begin(), added.end());
    if (options.raise_beside_names) link_internal::RaiseWeakWordsBesideMentions(text, options.min_confidence, &findings);
    WidenOverInitials(text, &findings);
  }
  if (options.propagate_org) PropagateOrganisations(text, options, &findings, &scan);
  if (options.propagate) {
    link_internal::AddNumbersBesideNames(text, options.min_confidence, &findings);
    link_internal::AddNumbersInNamedRows(text, options.min_confidence, &findings);
    link_internal::AddRepeatedValues(text, &findings);
  }
  std::sort(findings.begin(), findings.end(), FindingLess);
  out.findings = std::move(findings);
  return out;
}

}  // namespace tearline

// The relation-name detector: a person's name right after a word for a
// relative or for a role ("his brother Gul Agha", "their sons, Ahmad and
// Mahmood", "the victim Farid Ahmadi"). Contract in tearline/quasi.h
// (NewRelationNameDetector).
#include <algorithm>
#include <array>
#include <cstring>
#include <iterator>
#include <string>

#include "aged_lists.h"
#include "literal_set.h"
#include "name_words.h"
#include "quasi_internal.h"
#include "tearline/file.h"
#include "tearline/quasi.h"

namespace tearline {
namespace {

using quasi::CapitalAt;
using quasi::IsLowerAscii;
using quasi::NameEnd;

constexpr std::string_view kId = "relations";
// A capitalised word right after "his brother" or "the victim" is a name
// nearly always; as sure as a titled name, below what the tagger gives a
// name it knows.
constexpr float kRelationNameConfidence = 0.6f;
constexpr size_t kMaxListNames = 8;
// How far after a name's first capital its "'s" or " and her" may start: four
// name words of up to 19 bytes and their spaces.
constexpr size_t kKinJointReach = 80;

// Words for relatives and close associates (kin words) and for the roles a
// person plays in an event or a case (role words: "the victim", "the
// appellant", "his driver"), lower case, sorted (binary search); `plural`
// ones may introduce a list of names.
struct RelationWord {
  std::string_view word;
  bool plural;
  bool role;  // a role word: the name must have a lower-case letter ("leader ISIS-K" is no name)
};
constexpr RelationWord kRelationWords[] = {
    {"abuela", false, false}, {"abuelo", false, false}, {"accused", false, true}, {"actor", false, true},
    {"actors", true, true}, {"actress", false, true}, {"adik", false, false}, {"adjudant", false, true},
    {"adjudant-chef", false, true}, {"agent", false, true}, {"agente", false, true}, {"agents", true, true},
    {"aide", false, true}, {"aides", true, true}, {"anak", false, false}, {"animateur", false, true},
    {"animatrice", false, true}, {"appellant", false, true}, {"appellants", true, true}, {"applicant", false, true},
    {"applicants", true, true}, {"artist", false, true}, {"attorney", false, true}, {"attorneys", true, true},
    {"aunt", false, false}, {"aunts", true, false}, {"author", false, true}, {"av\xC3\xB3", false, false},
    {"av\xC3\xB4", false, false}, {"ayah", false, false}, {"a\xC3\xAEn\xC3\xA9", false, false},
    {"a\xC3\xAEn\xC3\xA9" "e", false, false}, {"baba", false, false}, {"babai", false, false},
    {"babushka", false, false},
    {"babusya", false, false}, {"baby", false, false}, {"bayi", false, false}, {"beb\xC3\xA9", false, false},
    {"beb\xC3\xAA", false, false}, {"beneficiaries", true, true}, {"beneficiary", false, true},
    {"binti", false, false}, {"boatman", false, true}, {"boatmen", true, true}, {"bodyguard", false, true},
    {"bodyguards", true, true}, {"boy", false, true},
    {"boyfriend", false, false}, {"bro", false, false}, {"broker", false, true}, {"brokers", true, true},
    {"brother", false, false}, {"brother-in-law", false, false}, {"brothers", true, false},
    {"brothers-in-law", true, false}, {"burri", false, false}, {"b\xC3\xA9" "b\xC3\xA9", false, false},
    {"caller", false, true},
    {"callers", true, true}, {"camarada", false, true}, {"camarade", false, true}, {"capitaine", false, true},
    {"caporal", false, true}, {"caporal-chef", false, true}, {"caseworker", false, true}, {"caseworkers", true, true}, {"chauffeur", false, true}, {"child", false, false},
    {"children", true, false}, {"chofer", false, true}, {"claimant", false, true}, {"claimants", true, true},
    {"cleaner", false, true}, {"cleaners", true, true}, {"coach", false, true}, {"colleague", false, false},
    {"colleagues", true, false}, {"commandant", false, true},
    {"commander", false, true}, {"commanders", true, true}, {"compa\xC3\xB1" "era", false, true},
    {"compa\xC3\xB1" "ero", false, true}, {"complainant", false, true}, {"comrade", false, true},
    {"conductor", false, true}, {"conductors", true, true}, {"conjoint", false, false}, {"conjointe", false, false},
    {"contractor", false, true}, {"cook", false, true},
    {"counsellor", false, true}, {"counselor", false, true}, {"courier", false, true}, {"couriers", true, true},
    {"cousin", false, false}, {"cousine", false, false}, {"cousins", true, false}, {"cucu", false, false},
    {"cunhada", false, false}, {"cunhado", false, false}, {"cu\xC3\xB1" "ada", false, false},
    {"cu\xC3\xB1" "ado", false, false}, {"d/o", false, false}, {"dada", false, false}, {"daughter", false, false},
    {"daughter-in-law", false, false}, {"daughters", true, false}, {"dedushka", false, false},
    {"defendant", false, true}, {"defendants", true, true}, {"deputy", false, true}, {"detainee", false, true},
    {"detainees", true, true}, {"djali", false, false}, {"doctor", false, true}, {"doctors", true, true},
    {"do\xC3\xB1" "a", false, true},
    {"driver", false, true}, {"drivers", true, true}, {"dyadko", false, false}, {"dyadya", false, false},
    {"elder", false, true}, {"elders", true, true}, {"employee", false, true}, {"enfants", true, false},
    {"enfermeira", false, true}, {"enfermeiro", false, true}, {"enfermera", false, true},
    {"enfermero", false, true},
    {"enqu\xC3\xAAteur", false, true}, {"enqu\xC3\xAAtrice", false, true}, {"enseignant", false, true},
    {"enseignante", false, true}, {"enseignants", true, true}, {"enumerator", false, true},
    {"enumerators", true, true}, {"escort", false, true}, {"escorts", true, true}, {"esposa", false, false},
    {"esposo", false, false}, {"evacuee", false, true}, {"evacuees", true, true}, {"facilitator", false, true}, {"facilitators", true, true}, {"famille", false, false},
    {"farmer", false, true}, {"farmers", true, true}, {"father", false, false}, {"father-in-law", false, false}, {"fiance", false, false},
    {"fiancee", false, false}, {"fianc\xC3\xA9", false, false}, {"fianc\xC3\xA9" "e", false, false},
    {"fighter", false, true}, {"fighters", true, true}, {"fiica", false, false}, {"filha", false, false},
    {"filhas", true, false}, {"filho", false, false}, {"filhos", true, false}, {"fille", false, false},
    {"filles", true, false}, {"fils", false, false}, {"firefighter", false, true}, {"firefighters", true, true},
    {"fisherman", false, true}, {"fishermen", true, true}, {"fiul", false, false}, {"fixer", false, true},
    {"foreman", false, true}, {"founder", false, true}, {"fratele", false, false}, {"friend", false, false},
    {"friends", true, false}, {"fr\xC3\xA8", false, false}, {"fr\xC3\xA8re", false, false}, {"fr\xC3\xA8res", true, false},
    {"garde", false, true},
    {"gardes", true, true}, {"gardien", false, true}, {"girl", false, true}, {"girlfriend", false, false},
    {"girls", true, true}, {"gjyshi", false, false}, {"gjyshja", false, false}, {"grandchild", false, false},
    {"grandchildren", true, false},
    {"granddaughter", false, false}, {"granddaughters", true, false}, {"grandfather", false, false},
    {"grandmother", false, false}, {"grandson", false, false}, {"grandsons", true, false}, {"gruaja", false, false},
    {"guard", false, true},
    {"guards", true, true}, {"gunman", false, true}, {"gunmen", true, true}, {"head", false, true},
    {"herder", false, true}, {"herders", true, true}, {"hermana", false, false}, {"hermanas", true, false},
    {"hermano", false, false}, {"hermanos", true, false}, {"hija", false, false}, {"hijas", true, false},
    {"hijo", false, false}, {"hijos", true, false}, {"host", false, true}, {"hostage", false, true},
    {"hostages", true, true}, {"hosts", true, true}, {"housekeeper", false, true}, {"husband", false, false},
    {"infirmier", false, true}, {"infirmi\xC3\xA8re", false, true}, {"informant", false, true},
    {"informants", true, true}, {"instituteur", false, true}, {"institutrice", false, true},
    {"interpreter", false, true}, {"interpreters", true, true}, {"ipar", false, false},
    {"irm\xC3\xA3", false, false},
    {"irm\xC3\xA3o", false, false}, {"irm\xC3\xA3os", true, false}, {"irm\xC3\xA3s", true, false},
    {"istri", false, false}, {"journalist", false, true}, {"journalists", true, true}, {"joven", false, true}, {"kak", false, true},
    {"kaka", false, false}, {"kakak", false, false}, {"kakek", false, false}, {"keeper", false, true},
    {"keluarga", false, false}, {"kinsman", false, false}, {"kinsmen", true, false}, {"korban", false, true},
    {"lawyer", false, true}, {"lawyers", true, true}, {"leader", false, true}, {"lieutenant", false, true},
    {"loader", false, true}, {"loaders", true, true}, {"madame", false, true}, {"madanm", false, false}, {"mademoiselle", false, true},
    {"madre", false, false}, {"magasinier", false, true},
    {"magasini\xC3\xA8re", false, true}, {"maman", false, false}, {"mam\xC3\xA1", false, false},
    {"manager", false, true}, {"manman", false, false}, {"mari", false, false}, {"marido", false, false}, {"matrone", false, true},
    {"mechanic", false, true}, {"mechanics", true, true}, {"medic", false, true}, {"medics", true, true}, {"meninas", true, true}, {"meninos", true, true},
    {"mertua", false, false}, {"midwife", false, true}, {"midwives", true, true}, {"militant", false, true}, {"militants", true, true},
    {"mjomba", false, false}, {"mjukuu", false, false}, {"mke", false, false}, {"mobiliser", false, true},
    {"mobilisers", true, true}, {"mobilizer", false, true}, {"monsieur", false, true}, {"mother", false, false},
    {"mother-in-law", false, false},
    {"motra", false, false}, {"mtoto", false, false}, {"mume", false, false}, {"mwalimu", false, true},
    {"mwene", false, true},
    {"m\xC3\xA3" "e", false, false}, {"m\xC3\xA8re", false, false}, {"nanny", false, true}, {"ndugu", false, false},
    {"nee", false, false}, {"neighbor", false, false}, {"neighbors", true, false}, {"neighbour", false, false},
    {"neighbours", true, false}, {"nelayan", false, true}, {"nenek", false, false}, {"nephew", false, false},
    {"nephews", true, false}, {"neta", false, false}, {"neto", false, false}, {"neveu", false, false},
    {"niece", false, false}, {"nieces", true, false}, {"nieta", false, false}, {"nietas", true, false},
    {"nieto", false, false}, {"nietos", true, false}, {"ni\xC3\xA8" "ce", false, false},
    {"ni\xC3\xB1" "a", false, true}, {"ni\xC3\xB1" "as", true, true}, {"ni\xC3\xB1o", false, true},
    {"ni\xC3\xB1os", true, true}, {"novia", false, false}, {"novio", false, false}, {"nurse", false, true},
    {"nurses", true, true}, {"n\xC3\xA9" "e", false, false}, {"n\xC3\xABna", false, false}, {"officer", false, true},
    {"officers", true, true}, {"oncle", false, false},
    {"operator", false, true}, {"padre", false, false}, {"pai", false, false}, {"paman", false, false},
    {"pap\xC3\xA1", false, false}, {"paramedic", false, true}, {"paramedics", true, true}, {"pareja", false, false},
    {"parents", true, false}, {"passenger", false, true}, {"passengers", true, true}, {"passeur", false, true},
    {"passeurs", true, true}, {"pasteur", false, true}, {"pastor", false, true}, {"pastora", false, true},
    {"patient", false, true}, {"patients", true, true}, {"petitioner", false, true}, {"photographer", false, true},
    {"pilot", false, true}, {"pitit", false, false}, {"plaintiff", false, true}, {"plaintiffs", true, true}, {"porter", false, true},
    {"porters", true, true}, {"prima", false, false},
    {"primas", true, false}, {"primo", false, false}, {"primos", true, false}, {"prisoner", false, true},
    {"prisoners", true, true}, {"professeur", false, true}, {"professor", false, true}, {"professora", false, true},
    {"p\xC3\xA8re", false, false}, {"ranger", false, true}, {"rangers", true, true}, {"recruiter", false, true},
    {"recruiters", true, true}, {"refugee", false, true}, {"refugees", true, true}, {"relative", false, false},
    {"relatives", true, false}, {"reporter", false, true}, {"rescuer", false, true}, {"rescuers", true, true},
    {"r\xC3\xA9gulo", false, true}, {"s/o", false, false}, {"sage-femme", false, true}, {"saksi", false, true}, {"senhor", false, true},
    {"senhora", false, true}, {"sepupu", false, false}, {"sergent", false, true}, {"sergent-chef", false, true},
    {"se\xC3\xB1or", false, true}, {"se\xC3\xB1ora", false, true}, {"se\xC3\xB1orita", false, true},
    {"shangazi", false, false}, {"shepherd", false, true}, {"shepherds", true, true}, {"shopkeeper", false, true}, {"shopkeepers", true, true}, {"sibling", false, false},
    {"siblings", true, false}, {"singer", false, true}, {"sis", false, false}, {"sister", false, false},
    {"sister-in-law", false, false}, {"sisters", true, false}, {"smuggler", false, true}, {"smugglers", true, true},
    {"sobrinas", true, false}, {"sobrinha", false, false}, {"sobrinho", false, false}, {"sobrino", false, false},
    {"sobrinos", true, false}, {"soeur", false, false}, {"soldier", false, true}, {"soldiers", true, true},
    {"son", false, false}, {"son-in-law", false, false}, {"sons", true, false}, {"sons-in-law", true, false},
    {"sopir", false, true}, {"so\xC5\xA3ia", false, false}, {"so\xC5\xA3ul", false, false},
    {"so\xC8\x9Bia", false, false}, {"so\xC8\x9Bul", false, false}, {"spokesman", false, true},
    {"spokesperson", false, true}, {"spokeswoman", false, true}, {"spouse", false, false},
    {"stepbrother", false, false}, {"stepdaughter", false, false}, {"stepfather", false, false},
    {"stepmother", false, false}, {"stepsister", false, false}, {"stepson", false, false},
    {"storekeeper", false, true}, {"storekeepers", true, true}, {"student", false, true}, {"students", true, true},
    {"suami", false, false}, {"supervisor", false, true}, {"surgeon", false, true}, {"surgeons", true, true}, {"surveillant", false, true},
    {"surveillante", false, true}, {"survivor", false, true}, {"survivors", true, true}, {"suspect", false, true},
    {"suspects", true, true}, {"s\xC3\xA8", false, false}, {"s\xC5\x93ur", false, false}, {"s\xC5\x93urs", true, false}, {"tante", false, false},
    {"teacher", false, true}, {"teachers", true, true}, {"tetya", false, false}, {"tia", false, false}, {"tio", false, false},
    {"titka", false, false}, {"tonton", false, false}, {"trafficker", false, true}, {"traffickers", true, true},
    {"translator", false, true}, {"translators", true, true}, {"twins", true, false}, {"tyotya", false, false},
    {"t\xC3\xAD" "a", false, false}, {"t\xC3\xADo", false, false}, {"uncle", false, false}, {"uncles", true, false},
    {"vaccinator", false, true}, {"vaccinators", true, true}, {"vajza", false, false}, {"vecina", false, false},
    {"vecino", false, false},
    {"veuve", false, false}, {"victim", false, true}, {"victims", true, true}, {"vieille", false, true},
    {"vieux", false, true}, {"villager", false, true}, {"villagers", true, true}, {"viuda", false, false},
    {"vizinha", false, false}, {"vizinho", false, false}, {"vi\xC3\xBAva", false, false}, {"voisin", false, false},
    {"voisine", false, false}, {"volunteer", false, true}, {"volunteers", true, true},
    {"volunt\xC3\xA1ria", false, true}, {"volunt\xC3\xA1rio", false, true}, {"vov\xC3\xB3", false, false},
    {"vov\xC3\xB4", false, false}, {"v\xC3\xABllai", false, false}, {"wala", false, true}, {"walas", true, true},
    {"walla", false, true}, {"wallah", false, true}, {"wallahs", true, true}, {"wallas", true, true},
    {"wartawan", false, true},
    {"watchman", false, true}, {"watchmen", true, true}, {"widow", false, false},
    {"widower", false, false}, {"widows", true, false}, {"wife", false, false}, {"witness", false, true},
    {"witnesses", true, true}, {"wives", true, false}, {"women", true, true}, {"worker", false, true},
    {"workers", true, true}, {"writer", false, true}, {"\xC3\xA9pouse", false, false},
    {"\xC3\xA9pouses", true, false}, {"\xC3\xA9poux", false, false},
};
static_assert(quasi::SortedByWord(kRelationWords));

// The relation word that `word` is, or null. A prefix joined by hyphens
// ("half-brother", "great-grandson", "co-founder") is dropped until a
// relation word remains.
const RelationWord* FindRelationWord(std::string_view word) {
  while (true) {
    if (const RelationWord* it = quasi::FindWord(kRelationWords, word)) return it;
    const size_t hyphen = word.find('-');
    if (hyphen == std::string_view::npos) return nullptr;
    word.remove_prefix(hyphen + 1);
  }
}

// The last four bytes of a word ending at text[..., e) as a key, the first
// byte made ' ' when it is not a lower-case letter, '-' or a UTF-8 byte (so
// "son" after any separator is " son"); e >= 4.
uint32_t LastFourKey(const char* last4) {
  uint32_t key;
  std::memcpy(&key, last4, 4);
  const char first = last4[0];
  if (!(IsLowerAscii(first) || first == '-' || static_cast<unsigned char>(first) >= 0x80)) key = (key & ~0xFFu) | ' ';
  return key;
}

size_t FilterBit(uint32_t key) { return static_cast<size_t>((uint64_t{key} * 0x9E3779B97F4A7C15ull) >> 48); }

// Swahili possessives, which follow the kin word ("mke wake", "dada
// yake"). Sorted.
constexpr std::string_view kSwahiliPossessives[] = {"wake", "wako", "wangu", "wao",  "wetu",
                                                    "yake", "yako", "yangu", "yao", "yetu"};
static_assert(std::is_sorted(std::begin(kSwahiliPossessives), std::end(kSwahiliPossessives)));
// "mama yao Riziki": "mama" is a title alone ("Mama Ngozi"), kin before a
// Swahili possessive.
constexpr RelationWord kSwahiliMother = {"mama", false, false};

// Greetings and thanks that open a message, lower case (GreetingBefore
// compares the first letter in any case).
constexpr std::string_view kGreetings[] = {
    "bom dia", "boa tarde", "boa noite", "buenos d\xC3\xAD" "as", "buenas tardes", "buenas noches", "bonjour",
    "bonsoir", "salut",     "dear",      "hello",   "hi",       "hey",     "hola",    "ol\xC3\xA1",
    "salam",   "salaam",    "merci",     "gracias", "obrigado", "obrigada", "thanks", "thank you"};

// Units of a town or a village whose head "chef de" names ("le chef de
// village Mbusa", "chef de quartier Ngbanda"). Sorted.
constexpr std::string_view kChiefUnits[] = {"bloc",     "camp",    "canton", "cellule", "chefferie",
                                            "colline",  "groupement", "localit\xC3\xA9", "quartier",
                                            "secteur",  "site",    "village", "zone"};
static_assert(std::is_sorted(std::begin(kChiefUnits), std::end(kChiefUnits)));

// A one-hash Bloom filter of the LastFourKey of every relation word (" son"
// for the one of three letters), of "named" / "called" (and "appelé",
// "llamado", "chamado" and their feminines) and of the last words
// of greetings: most capitalised
// words follow no relation word, and this answers for them in a few instructions.
const std::array<uint64_t, 1024>& RelationFilter() {
  static const std::array<uint64_t, 1024> kFilter = [] {
    std::array<uint64_t, 1024> bits{};
    auto add = [&](std::string_view w) {
      const std::string padded = w.size() >= 4 ? std::string(w.substr(w.size() - 4)) : " " + std::string(w);
      const size_t bit = FilterBit(LastFourKey(padded.data() + padded.size() - 4));
      bits[bit / 64] |= uint64_t{1} << (bit % 64);
    };
    for (const RelationWord& k : kRelationWords) {
      add(k.word);
      if (!k.role && !k.plural) {  // "widow of", "hija de"
        add(std::string(k.word) + " of");
        add(std::string(k.word) + " de");
        add(std::string(k.word) + " is");  // "her brother is Wassim"
      }
    }
    for (std::string_view family : {"family of", "famille de", "familia de", "fam\xC3\xADlia de"}) add(family);
    for (std::string_view possessive : kSwahiliPossessives) add(possessive);
    for (std::string_view kin : {"binti", "dada", "kaka", "mama", "mjomba", "mjukuu", "mke", "mtoto", "mume", "ndugu",
                                 "shangazi"}) {
      add(std::string(kin) + " wa");
    }
    add("named");
    add("called");
    add("call");
    add("member");
    add("late");
    add("feu");
    add("feue");
    add("tal");
    add("know as");  // "we only know as"
    add("certain");  // "un certain"
    add("certaine");
    add("real");  // "nombre real"
    add("name");  // "real name", "full name"
    for (std::string_view called : {"appel\xC3\xA9", "appel\xC3\xA9" "e", "llamado", "llamada", "chamado", "chamada"}) {
      add(called);
    }
    add("name is");  // "his name is": its last four bytes
    add("chama");    // "se chama"
    add("llama");    // "se llama"
    add("appelle");  // "s'appelle"
    add("bernama");  // Indonesian "named"
    add("asli");     // "bernama asli"
    add("contact");  // "our contact"
    add("major");    // "infirmier major"
    add("chef");     // "infirmier chef"
    add("titulaire");  // "infirmier titulaire"
    add("lokal");      // "wartawan lokal"
    for (std::string_view death : {"death of", "mort de", "morte de", "muerte de", "d\xC3\xA9" "c\xC3\xA8s de"}) add(death);
    for (std::string_view unit : kChiefUnits) add(unit);  // "chef de village"
    add("named her");  // "named her Mercy", "called him Deng"
    add("named him");
    add("called her");
    add("called him");
    add("name her");
    add("name him");
    // The last word of each greeting (GreetingBefore); a greeting of one
    // word also capitalised, as it opens a line ("Dear").
    for (std::string_view g : kGreetings) {
      const size_t space = g.rfind(' ');
      add(g.substr(space == std::string_view::npos ? 0 : space + 1));
      if (space == std::string_view::npos) add(std::string(1, static_cast<char>(g[0] - 32)) + std::string(g.substr(1)));
    }
    return bits;
  }();
  return kFilter;
}

// False when no relation word (nor "named" / "called") can end at text[..., e).
bool MayEndRelationWord(std::string_view text, size_t e) {
  static_assert(std::size(kRelationWords) > 0 && kRelationWords[0].word.size() >= 3);
  if (e < 4) return e >= 3;  // too close to the start for the filter: check in full
  const size_t bit = FilterBit(LastFourKey(text.data() + e - 4));
  return (RelationFilter()[bit / 64] >> (bit % 64)) & 1;
}

// "his name is", "whose real name is": a possessive, an optional "real" or
// "full", and "name" before the "is" at text[is_begin]; the role it gives the
// name after it, or null.
const RelationWord* NameIsBefore(std::string_view text, size_t is_begin) {
  static constexpr RelationWord kNameIs = {"name is", false, true};
  static constexpr std::string_view kPossessives[] = {"her", "his", "my", "our", "their", "whose", "your"};
  // The words before, back to front, lower-cased ("Her real name is").
  std::array<std::array<char, 8>, 3> buf;
  std::array<std::string_view, 3> words;
  size_t count = 0, e = is_begin;
  while (count < words.size() && e >= 2 && text[e - 1] == ' ') {
    size_t b = e - 1;
    while (b > 0 && e - 1 - b < 8 && (IsLowerAscii(text[b - 1]) || quasi::IsUpperAscii(text[b - 1]))) --b;
    if (b == e - 1 || e - 1 - b >= 8 || (b > 0 && IsWordByte(text[b - 1]))) break;
    for (size_t k = b; k < e - 1; ++k) buf[count][k - b] = static_cast<char>(text[k] | 0x20);
    words[count] = std::string_view(buf[count].data(), e - 1 - b);
    ++count;
    e = b;
  }
  if (count < 2 || words[0] != "name") return nullptr;
  size_t k = 1;
  if (words[k] == "real" || words[k] == "full") ++k;
  return k < count && std::find(std::begin(kPossessives), std::end(kPossessives), words[k]) != std::end(kPossessives)
             ? &kNameIs
             : nullptr;
}

// Whether a greeting or thanks that opens a line or a chat message ends one
// space before text[end] ("Bom dia Zuhura", "- Amina: Hi Rahim", "Dear
// Amina"): the greeting's words in any case of their first letter, after
// the line's start (and spaces), "- " or ": ".
bool GreetingBefore(std::string_view text, size_t end) {
  if (end < 4 || text[end - 1] != ' ') return false;
  const size_t e = end - 1;
  for (std::string_view g : kGreetings) {
    if (e < g.size()) continue;
    const size_t b = e - g.size();
    bool same = (text[b] | 0x20) == g[0];
    for (size_t k = 1; k < g.size() && same; ++k) same = text[b + k] == g[k];
    if (!same) continue;
    size_t s = b;
    while (s > 0 && (text[s - 1] == ' ' || text[s - 1] == '\t')) --s;
    if (s == 0 || text[s - 1] == '\n' || (s >= 2 && (text[s - 1] == '-' || text[s - 1] == ':') && s < b)) return true;
  }
  return false;
}

// The most bytes of a capitalised relation word (CapitalisedWordStart).
constexpr size_t kMaxCapitalisedWord = 16;

// The start of the capitalised word that ends at text[e): a capital, then
// one to fifteen small letters, ASCII or not ("Régulo", "Vovó"), and inner
// hyphens; e when there is none.
size_t CapitalisedWordStart(std::string_view text, size_t e) {
  size_t b = e;
  while (b > 0 && e - b < kMaxCapitalisedWord &&
         (IsLowerAscii(text[b - 1]) || static_cast<unsigned char>(text[b - 1]) >= 0x80 || (text[b - 1] == '-' && b < e))) {
    --b;
  }
  if (b == e || b == 0 || e - b >= kMaxCapitalisedWord || !quasi::IsUpperAscii(text[b - 1])) return e;
  return b - 1;
}

// The relation word that ends at text[..., end) with `end` right before the name
// (after one space, an optional ',' before it, and optionally "named" or
// "called" between: "a son named Rahim"); null when there is none.
// Whether a name with a family name in capitals starts at text[p]: a word
// of three capitals or more, or a word in title case and such a word, then
// no ':' ("KABASELE propose", "Yadji SAMBO propose"; not "Tokoyo : SENZE").
bool CapitalsNameAt(std::string_view text, size_t p) {
  const auto capitals_end = [&](size_t q) {
    size_t r = q;
    while (r < text.size() && quasi::IsUpperAscii(text[r])) ++r;
    return r - q >= 3 && (r == text.size() || !IsWordByte(text[r])) ? r : q;
  };
  size_t end = capitals_end(p);
  if (end == p && p < text.size() && quasi::IsUpperAscii(text[p])) {
    size_t r = p + 1;
    while (r < text.size() && IsLowerAscii(text[r])) ++r;
    if (r > p + 1 && r + 1 < text.size() && text[r] == ' ') {
      const size_t family_end = capitals_end(r + 1);
      end = family_end == r + 1 ? p : family_end;
    }
  }
  if (end == p) return false;
  while (end < text.size() && text[end] == ' ') ++end;
  return end == text.size() || text[end] != ':';
}

const RelationWord* RelationWordBefore(std::string_view text, size_t end) {
  if (end < 2 || (text[end - 1] != ' ' && text[end - 1] != '\n')) return nullptr;
  size_t e = end - 1;
  if (text[e] == '\n' && e > 0 && text[e - 1] == '\r') --e;
  // A line break and the next line's indentation stand for the space ("a
  // guard called\n      Salem", "chez sa cousine\nRiziki Kasoki").
  bool over_line = false;  // the word ends the line before the name
  for (size_t k = e; k > 0 && e - k < 16 && (text[k - 1] == ' ' || text[k - 1] == '\n'); --k) {
    if (text[k - 1] == '\n') {
      over_line = true;
      e = k - 1;
      if (e > 0 && text[e - 1] == '\r') --e;
      break;
    }
  }
  if (e < 2) return nullptr;
  const size_t gap = e;  // where the word before the name ends, unless a ',' ends it
  if (text[e - 1] == ',') {
    --e;
  } else if (text[e - 1] == '.' && e >= 4 && (text.compare(e - 4, 3, "bro") == 0 || text.compare(e - 4, 3, "sis") == 0) &&
             (e == 4 || !IsWordByte(text[e - 5]))) {
    --e;  // "(bro. Hamoud)": an abbreviated kin word, read as one before a comma
  }
  if (!MayEndRelationWord(text, e)) return nullptr;
  // The lower-case word ending at e: letters, hyphens, and the bytes of
  // non-ASCII letters ("irmã", "frère", "sœur").
  auto word_begin = [&](size_t stop) {
    size_t b = stop;
    while (b > 0 && stop - b <= 16) {
      const char c = text[b - 1];
      if (IsLowerAscii(c) || c == '-' || c == '/' || static_cast<unsigned char>(c) >= 0x80) {
        --b;
      } else {
        break;
      }
    }
    if (b == stop || stop - b > 16 || (b > 0 && IsWordByte(text[b - 1]))) return stop;
    return b;
  };
  size_t b = word_begin(e);
  if (b == e) return nullptr;
  // "Village head, Yimirshika", "deputy head, Noyemberyan community": the
  // head of a place, which the comma names ("Quarter head Njoh" names him).
  if (e < gap && text.substr(b, e - b) == "head") return nullptr;
  // "(host, Krasiczyn)", "(driver, 34)": a word that opens a parenthesis,
  // then a comma, describes the person before it; what follows is a place
  // or an attribute.
  std::string_view word = text.substr(b, e - b);
  // A kin word there names the kin ("(son, Roman, calling from Poltava)").
  // So does a role word after other words that open it ("(CP officer, Bhasan
  // Char)": the officer's post).
  size_t open = b;
  while (open > 0 && b - open <= 20 && (IsWordByte(text[open - 1]) || text[open - 1] == ' ') && text[open - 1] != '\n') {
    --open;
  }
  if (e < gap && open > 0 && text[open - 1] == '(') {
    const RelationWord* kin = FindRelationWord(word);
    return kin != nullptr && !kin->role && !kin->plural && open == b ? kin : nullptr;
  }
  // Likewise a role word that opens a table's cell ("| animateur, Dogo |",
  // "Chaibou Hamani      animateur, Dogo"), or follows a dash after a name
  // ("Fathima R. – counsellor, Kattankudy."): the post of the person of the
  // row or of the name, then a place.
  const bool after_dash = b >= 3 && text[b - 1] == ' ' &&
                          (text[b - 2] == '-' || (b >= 5 && text.compare(b - 4, 3, "\xE2\x80\x93") == 0) ||
                           (b >= 5 && text.compare(b - 4, 3, "\xE2\x80\x94") == 0));
  if (e < gap && (b == 0 || text[b - 1] == '|' || text[b - 1] == '\t' || after_dash ||
                  (b >= 2 && text[b - 1] == ' ' && (text[b - 2] == ' ' || text[b - 2] == '|')))) {
    const RelationWord* kin = FindRelationWord(word);
    if (kin != nullptr && kin->role) return nullptr;
  }
  // The lower-case word that ends one space before text[w] (empty when none).
  auto word_before = [&](size_t w) {
    if (w < 2 || text[w - 1] != ' ') return std::string_view();
    const size_t begin = word_begin(w - 1);
    return text.substr(begin, w - 1 - begin);
  };
  // A kin word, singular, no role ("brother", not "brothers" nor "driver").
  auto singular_kin = [](std::string_view w) -> const RelationWord* {
    const RelationWord* kin = w.empty() ? nullptr : FindRelationWord(w);
    return kin != nullptr && !kin->role && !kin->plural ? kin : nullptr;
  };
  static constexpr RelationWord kIsCalled = {"se chama", false, true};
  // "le chef de village Mbusa", "chef de quartier Ngbanda": the head of a
  // unit of a town or a village.
  static constexpr RelationWord kChief = {"chef de", false, true};
  // Capitalised, only before a family name in capitals and no ':'
  // (CapitalsNameAt: "Chef de quartier KABASELE propose", "- Chef de
  // quartier Yadji SAMBO propose"; not "Chef de quartier Tokoyo : SENZE", a
  // signature's label before the quarter); the name is then read as after a
  // kin word, so a name in capitals alone counts.
  static constexpr RelationWord kChiefBeforeCapitals = {"chef de", false, false};
  if (e == gap && b >= 8 && quasi::Listed(kChiefUnits, word) && (b == 8 || !IsWordByte(text[b - 9]))) {
    if (text.compare(b - 8, 8, "chef de ") == 0 || text.compare(b - 8, 8, "chef du ") == 0) return &kChief;
    if ((text.compare(b - 8, 8, "Chef de ") == 0 || text.compare(b - 8, 8, "Chef du ") == 0) &&
        CapitalsNameAt(text, end)) {
      return &kChiefBeforeCapitals;
    }
  }
  // "infirmier major Tizi", "infirmier chef Ilunga", "sergent major Kasongo":
  // the rank of a role word after it; the Indonesian "lokal" (local) too,
  // with its comma ("Wartawan lokal, Obet Wanma").
  if ((word == "major" || word == "chef" || word == "titulaire" || word == "lokal") && (e == gap || word == "lokal")) {
    // The role word may be capitalised ("- Wartawan lokal, Obet").
    std::string_view before = word_before(b);
    std::array<char, kMaxCapitalisedWord> lowered;
    if (before.empty() && b >= 3 && text[b - 1] == ' ') {
      const size_t cap = CapitalisedWordStart(text, b - 1);
      if (cap < b - 1 && (cap == 0 || !IsWordByte(text[cap - 1]))) {
        before = quasi::LowerAsciiInto(text.substr(cap, b - 1 - cap), lowered);
      }
    }
    const RelationWord* role = FindRelationWord(before);
    if (role != nullptr && role->role && !role->plural) return role;
  }
  // Indonesian "named", "real name" ("bernama Yason", "bernama asli Yason").
  if ((word == "bernama" || (word == "asli" && word_before(b) == "bernama")) && e == gap) return &kIsCalled;
  // "our contact Nabil", "her local contact Wani": a contact after a
  // possessive, an article or "local" (alone, "contact Juba office" asks to
  // call a place).
  static constexpr RelationWord kContact = {"contact", false, true};
  if (word == "contact" && e == gap) {
    static constexpr std::string_view kBefore[] = {"a", "her", "his", "local", "my", "our", "the", "their", "your"};
    const std::string_view before = word_before(b);
    if (std::find(std::begin(kBefore), std::end(kBefore), before) != std::end(kBefore)) return &kContact;
  }
  // "on appelle Kiboko", "qu'on appelle Kiboko": a person called.
  if (word == "appelle" && e == gap && word_before(b) == "on") return &kIsCalled;
  if (word == "is" && e == gap) {
    // "Umm Khaled's brother is Wassim": a singular kin word before "is".
    if (const RelationWord* kin = singular_kin(word_before(b))) return kin;
    return NameIsBefore(text, b);
  }
  // "o pai se chama Abdala", "su hijo se llama Brahim", "il s'appelle Idriss".
  if ((word == "chama" || word == "llama") && e == gap && b >= 3 && text.compare(b - 3, 3, "se ") == 0) {
    return &kIsCalled;
  }
  // "je m'appelle Aïcha", "j'appelle Alhousseini" (I call him) too.
  if (word == "appelle" && e == gap && b >= 2 &&
      (text.compare(b - 2, 2, "s'") == 0 || text.compare(b - 2, 2, "m'") == 0 || text.compare(b - 2, 2, "j'") == 0 ||
       text.compare(b - 2, 2, "J'") == 0)) {
    return &kIsCalled;
  }
  // "the tall one they call Sipan", "a man we call Papi": a person called.
  if (word == "call" && e == gap) {
    const std::string_view who = word_before(b);
    if (who == "they" || who == "we" || who == "people" || who == "everyone" || who == "all") return &kIsCalled;
  }
  // "named her Mercy", "called him Deng": a child named, a person called.
  if ((word == "her" || word == "him") && e == gap) {
    const std::string_view verb = word_before(b);
    if (verb == "named" || verb == "called" || verb == "name") return &kIsCalled;
  }
  // "(nombre real Edinson Mora, 30)", "real name Amina Yusuf", "full name
  // Amina Yusuf": a name given as a name.
  if (word == "real" && e == gap && word_before(b) == "nombre") return &kIsCalled;
  if (word == "name" && e == gap) {
    const std::string_view kind = word_before(b);
    // "also gave name Osaretin Igbinedion".
    if (kind == "real" || kind == "full" || kind == "gave" || kind == "gives") return &kIsCalled;
    // "her name Nyakume Gatdet"; "asking for NFI. name Nyakume Gatdet" (a
    // chat's notes): a possessive before "name", or a sentence's end or
    // the line's start ("the name Kabul" names a place as often).
    if (kind == "her" || kind == "his" || kind == "my" || kind == "their" || kind == "whose") return &kIsCalled;
    if (kind.empty()) {
      size_t s = b;
      while (s > 0 && text[s - 1] == ' ') --s;
      if (s == 0 || text[s - 1] == '\n' || (s < b && (text[s - 1] == '.' || text[s - 1] == '!' || text[s - 1] == '?'))) {
        return &kIsCalled;
      }
    }
  }
  // Swahili, where the possessive follows the kin word: "mke wake NSIMIRE
  // Béatrice" (his wife), "dada yake Furaha", "mama yao Riziki".
  if (e == gap && quasi::Listed(kSwahiliPossessives, word)) {
    const std::string_view kin_word = word_before(b);
    if (kin_word == "mama") return &kSwahiliMother;
    return singular_kin(kin_word);
  }
  // "the widow of Samir", "la hija de Pedro", "la veuve de Samir", "mke wa
  // Baraka": a word of kin (no role, no plural) before "of", "de" or "wa".
  if ((word == "of" || word == "de" || word == "wa") && e == gap) {
    const std::string_view kin_word = word_before(b);
    // "the family of Yasir", "la familia de Wilmer": a family counts as kin
    // only before "of" or "de".
    static constexpr RelationWord kFamilyOf = {"family of", false, false};
    for (std::string_view family : {"family", "famille", "familia", "fam\xC3\xADlia"}) {
      if (kin_word == family) return &kFamilyOf;
    }
    // "depuis la mort de Mukalay", "the death of Okello", "la muerte de
    // Wilmer": a death, after an article or a possessive, is a person's.
    static constexpr RelationWord kDeathOf = {"death of", false, true};
    static constexpr std::string_view kDeaths[] = {"death", "d\xC3\xA9" "c\xC3\xA8s", "mort", "morte", "muerte"};
    static constexpr std::string_view kArticles[] = {"her", "his", "la", "le", "sa", "son", "su", "the", "their"};
    if (word != "wa" && std::find(std::begin(kDeaths), std::end(kDeaths), kin_word) != std::end(kDeaths)) {
      const std::string_view article = word_before(b - kin_word.size() - 1);
      if (std::find(std::begin(kArticles), std::end(kArticles), article) != std::end(kArticles)) return &kDeathOf;
    }
    return singular_kin(kin_word);
  }
  if ((word == "named" || word == "called" || word == "appel\xC3\xA9" || word == "appel\xC3\xA9" "e" ||
       word == "llamado" || word == "llamada" || word == "chamado" || word == "chamada") &&
      e == gap && b >= 2 && text[b - 1] == ' ') {
    e = b - 1;
    // "his son, named Rahim": rare, and "named" may start a clause; after a
    // word for a person (below) it does not ("Unknown male, called Ina-Cilmi
    // by locals").
    const bool comma = text[e - 1] == ',';
    if (comma) --e;
    b = word_begin(e);
    if (b == e) return nullptr;
    word = text.substr(b, e - b);
    // "a young man called Toussaint", "a girl named Kiden": a word for a
    // person of no kin or role before "called" or "named".
    static constexpr std::string_view kPeople[] = {"boy",    "female", "girl",  "guy",      "hombre", "kid",
                                                   "lady",   "male",   "man",   "mujer",    "person", "someone",
                                                   "teenager", "woman", "youth"};
    static_assert(std::is_sorted(std::begin(kPeople), std::end(kPeople)));
    static constexpr RelationWord kCalled = {"called", false, true};
    if (quasi::Listed(kPeople, word)) return &kCalled;
    if (comma) return nullptr;
  }
  // "his cousin we only know as Wad Eltom", "a man they know as Abu Bakr":
  // "know as" after "only", "we" or "they".
  static constexpr RelationWord kKnowAs = {"know as", false, true};
  if (word == "as" && e == gap && b >= 6 && text.compare(b - 6, 6, " know ") == 0) {
    const std::string_view who = word_before(b - 5);
    if (who == "only" || who == "we" || who == "they") return &kKnowAs;
  }
  // "un tal Ferney", "una tal Yuli": "a certain" (Spanish) names one person.
  static constexpr RelationWord kACertain = {"un tal", false, true};
  if (word == "tal" && e == gap) {
    const std::string_view article = word_before(b);
    return article == "un" || article == "una" ? &kACertain : nullptr;
  }
  // "un certain Hakizimana", "une certaine Aline": the French "a certain".
  if ((word == "certain" || word == "certaine") && e == gap) {
    const std::string_view article = word_before(b);
    return article == "un" || article == "une" ? &kACertain : nullptr;
  }
  // "our staff member Nyakume", "crew member Tito": "member" after a word
  // for a body of people (alone it names states, countries, parties).
  static constexpr RelationWord kMember = {"member", false, true};
  if (word == "member") {
    const std::string_view body = word_before(b);
    if (body == "staff" || body == "crew" || body == "team" || body == "committee") return &kMember;
    // "CJTF member Babagana", "JAC member Ruth": an acronym of two to six
    // capitals names a militia, a committee or a body of staff.
    if (b < 3 || text[b - 1] != ' ') return nullptr;
    size_t a = b - 1;
    while (a > 0 && b - 1 - a <= 6 && quasi::IsUpperAscii(text[a - 1])) --a;
    const bool acronym = b - 1 - a >= 2 && b - 1 - a <= 6 && (a == 0 || !IsWordByte(text[a - 1]));
    return acronym ? &kMember : nullptr;
  }
  // "the late Toto", "her late husband": "late" after an article or a
  // possessive names the dead (not "the late March rains", "the late Middle
  // Ages": a month, a day, a season or an era after it is no one).
  static constexpr RelationWord kLate = {"late", false, true};
  if (word == "late" && e == gap) {
    static constexpr std::string_view kBefore[] = {"her", "his", "my", "our", "the", "their", "your"};
    static constexpr std::string_view kTimes[] = {
        "April", "August", "Autumn", "December", "February", "Friday", "January", "July", "June", "March",
        "May", "Monday", "November", "October", "Saturday", "September", "Spring", "Summer", "Sunday",
        "Thursday", "Tuesday", "Wednesday", "Winter",
        // Eras and periods.
        "Abbasid", "Ancient", "Bronze", "Byzantine", "Classical", "Colonial", "Cretaceous", "Imperial", "Iron",
        "Jurassic", "Medieval", "Middle", "Ming", "Modern", "Mughal", "Neolithic", "Ottoman", "Qing", "Renaissance",
        "Roman", "Soviet", "Stone", "Umayyad", "Victorian"};
    const std::string_view before = word_before(b);
    size_t n = end;
    while (n < text.size() && IsWordByte(text[n])) ++n;
    const std::string_view next = text.substr(end, n - end);
    if (std::find(std::begin(kBefore), std::end(kBefore), before) == std::end(kBefore)) return nullptr;
    return std::find(std::begin(kTimes), std::end(kTimes), next) == std::end(kTimes) ? &kLate : nullptr;
  }
  // French "feu" / "feue" (the late) after "de", "du", an article or a
  // possessive: "la veuve de feu MUGARUKA Désiré", "son feu mari" is kin.
  if ((word == "feu" || word == "feue") && e == gap) {
    static constexpr std::string_view kBefore[] = {"de", "du", "la", "le", "sa", "son"};
    const std::string_view before = word_before(b);
    if (std::find(std::begin(kBefore), std::end(kBefore), before) != std::end(kBefore)) return &kLate;
    return nullptr;
  }
  // "women" ending a line ("no separate space for women\n  Guiuan Gym")
  // heads no list on the next.
  if (over_line && word == "women") return nullptr;
  return FindRelationWord(word);
}

// Capitalised words that, after a role word at the start of a cell, make a
// label or a heading, not a name ("Driver Phone:", "Victim Support Unit",
// "Worker Registration Form", "Deputy Director", "Guard Post"), lower case,
// sorted.
constexpr std::string_view kLabelNouns[] = {
    "access", "account", "address", "affairs", "age", "allowance", "assessment", "assistance", "association",
    "badge", "briefing", "card", "care", "category", "center", "centre", "chief", "clinic", "code", "college",
    "committee", "contact", "contacts", "coordinator", "council", "count", "data", "date", "day", "desk",
    "details", "director", "duty", "family", "feedback", "field", "file", "focal", "form", "fund", "gender",
    "general", "group", "guide", "guidelines", "handbook", "head", "home", "hospital", "house", "household",
    "identity", "info", "information", "interview", "licence", "license", "line", "list", "location", "log",
    "management", "manager", "manual", "meeting", "month", "movement", "movements", "name", "names",
    "nationality", "no", "notes", "number", "office", "officer", "origin", "overview", "pass", "payment",
    "permit", "phone", "plate", "point", "policy", "position", "post", "profile", "program", "programme",
    "project", "protection", "record", "records", "register", "registration", "relief", "remarks", "report",
    "representative", "review", "rights", "role", "room", "roster", "safety", "salary", "schedule", "school",
    "seat", "secretary", "service", "services", "sex", "shift", "signature", "statement", "station", "status",
    "summary", "support", "survey", "team", "tel", "telephone", "time", "total", "tracking", "training",
    "transport", "type", "union", "unit", "vehicle", "visa", "visit", "visits", "week", "welfare", "year",
};
static_assert(std::is_sorted(std::begin(kLabelNouns), std::end(kLabelNouns)));

// Whether text[b, e), lower-cased, is one of kLabelNouns.
bool IsLabelNoun(std::string_view text, size_t b, size_t e) {
  std::array<char, 16> buf;
  if (e - b > buf.size()) return false;
  return quasi::Listed(kLabelNouns, quasi::LowerAsciiInto(text.substr(b, e - b), buf));
}

// Capitalised words that, after a capitalised kin word, make a phrase, not
// a name ("Mother Tongue", "Sister City", "Father Christmas", "Mother
// Superior"). Sorted.
constexpr std::string_view kKinLabelNouns[] = {
    "Christmas", "Church", "City", "Company", "Country", "Earth", "Land", "Language", "Nature",
    "Organisation", "Organization", "Ship", "Superior", "Time", "Tongue",
};
static_assert(std::is_sorted(std::begin(kKinLabelNouns), std::end(kKinLabelNouns)));

// Whether the word at text[i...] is one of kKinLabelNouns.
bool InKinLabel(std::string_view text, size_t i) {
  size_t e = i;
  while (e < text.size() && IsWordByte(text[e])) ++e;
  return quasi::Listed(kKinLabelNouns, text.substr(i, e - i));
}

// The role word or singular kin word, capitalised, that opens a line, a
// table cell or a sentence and ends one space before text[end] ("|
// Passenger Mykola Sahaidak, 78", "Driver Dieuseul ST-VIL: gunfire", "...
// shed. Agent Wilfrid read", "... killed. Husband Ayman", "Mother-in-law
// Sellamma controls"); null when there is none. A sentence may end after a
// small letter, a digit, ')' or a quote ("M 12. Husband Ayman"). Plurals
// head lists; "Brother Ahmad", "Mother Teresa" name clergy, who are persons
// too (kKinLabelNouns keep "Mother Tongue", "Sister City" out).
const RelationWord* CellRoleWordBefore(std::string_view text, size_t end) {
  if (end < 3 || text[end - 1] != ' ') return nullptr;
  const size_t e = end - 1;
  size_t b = CapitalisedWordStart(text, e);
  if (b == e) return nullptr;
  // A cell starts after a line break, a tab or a '|' (and one space), or a
  // bullet ("- ", "* ") at a line's start.
  size_t s = b;
  if (s > 0 && text[s - 1] == ' ') --s;
  if (s >= 1 && (text[s - 1] == '-' || text[s - 1] == '*')) {
    // The bullet may be indented (" - Neighbour Kheda").
    size_t m = s - 1;
    while (m > 0 && (text[m - 1] == ' ' || text[m - 1] == '\t') && s - 1 - m < 8) --m;
    if (m == 0 || text[m - 1] == '\n') s = m;
  }
  // Or it opens a sentence ("... manifest. Agent Wilfrid read the names").
  const bool sentence = s >= 2 && s < b && (text[s - 1] == '.' || text[s - 1] == '!' || text[s - 1] == '?') &&
                        (IsLowerAscii(text[s - 2]) || quasi::IsDigitAscii(text[s - 2]) || text[s - 2] == ')' ||
                         text[s - 2] == '"');
  if (s != 0 && text[s - 1] != '\n' && text[s - 1] != '\t' && text[s - 1] != '|' && !sentence) return nullptr;
  std::array<char, kMaxCapitalisedWord> buf;
  for (size_t k = b; k < e; ++k) buf[k - b] = quasi::IsUpperAscii(text[k]) ? static_cast<char>(text[k] | 0x20) : text[k];
  const RelationWord* word = quasi::FindWord(kRelationWords, std::string_view(buf.data(), e - b));
  if (word == nullptr || word->plural) return nullptr;
  if (!word->role && InKinLabel(text, end)) return nullptr;
  return word;
}

using quasi::Bytes16;

// The literals the relation detector looks for in one pass: the joints
// between a name and a kin word after it ("’", " and h", " + h", " & h",
// " es "), then the Tagalog words around personal articles (from
// kFirstTagalogArticle on).
constexpr uint32_t kFirstTagalogArticle = 5;
const quasi::LiteralSet& RelationLiterals() {
  static const quasi::LiteralSet set({"\xE2\x80\x99", " and h", " + h", " & h", " es ", " ang ", " ng ", " mga "});
  return set;
}
using LiteralHits = std::vector<std::pair<uint32_t, size_t>>;

class RelationNameDetector final : public Detector {
 public:
  std::string_view id() const override { return kId; }
  KindMask kinds() const override { return KindBit(Kind::kPerson); }
  std::unique_ptr<DetectorScratch> NewScratch() const override { return std::make_unique<DetectorScratch>(); }

  // Candidates, found 16 bytes at a time, are the capitals (and 0xC3, the
  // first byte of a Latin-1 capital) right after a space; each is checked
  // for a relation word before it.
  Status Scan(std::string_view text, DetectorScratch&, FindingSink& sink) const override {
    size_t from = 0;  // no name starts inside the previous one
    uint32_t space_before = 0;  // bit 0: the last byte of the previous block is a space
    uint32_t break_before = 0;  // bit 0: the last byte of the previous block is a line break
    size_t next_digit = 0;      // the first ASCII digit at or after the last candidate
    // Where "'", "’", " and h", " + h", " & h" or " (" and a small letter starts, in order: a name before a kin word
    // (NameBeforeKin) has one of them within kKinJointReach bytes.
    std::vector<size_t> joints;
    for (const char* p = text.data(); (p = static_cast<const char*>(std::memchr(p, '\'', text.data() + text.size() - p)));
         ++p) {
      joints.push_back(static_cast<size_t>(p - text.data()));
    }
    // "’", " and h", " + h", " & h", " es " and the Tagalog articles in one pass.
    LiteralHits literal_hits;
    RelationLiterals().Find(text, &literal_hits);
    for (const auto& [literal, at] : literal_hits) {
      if (literal < kFirstTagalogArticle) joints.push_back(at);
    }
    // " (" only before a small letter: the kin word, or its adjective.
    ForEachOccurrence(text, " (", [&](size_t k) {
      if (k + 2 < text.size() && IsLowerAscii(text[k + 2])) joints.push_back(k);
    });
    std::sort(joints.begin(), joints.end());
    size_t next_joint = 0;  // index into joints of the first at or after the last candidate
    quasi::ForEachBlock16(text, 0, [&](size_t block, Bytes16 v) {
      const Bytes16 cap = ((Bytes16)(v >= uint8_t{'A'}) & (Bytes16)(v <= uint8_t{'Z'})) | (Bytes16)(v == uint8_t{0xC3});
      const uint32_t caps = quasi::HighBitMask(cap);
      const uint32_t spaces =
          quasi::HighBitMask((Bytes16)(v == uint8_t{' '}) | (Bytes16)(v == uint8_t{'('}) | (Bytes16)(v == uint8_t{'"'}));
      // A capital at byte k after a space (or a '(': "(Layan 9, Karam 6)", or
      // a quote: '"Minara's sister"') at byte k - 1.
      uint32_t bits = caps & ((spaces << 1) | space_before);
      space_before = spaces >> 15;
      // A capital that opens a line: only a name before a kin word ("she
      // fears\nToussaint's relatives").
      const uint32_t breaks = quasi::HighBitMask((Bytes16)(v == uint8_t{'\n'}));
      const uint32_t line_starts = caps & ((breaks << 1) | break_before);
      break_before = breaks >> 15;
      bits |= line_starts;
      while (bits != 0) {
        const size_t i = block + static_cast<size_t>(__builtin_ctz(bits));
        const bool line_start = (line_starts >> __builtin_ctz(bits)) & 1;
        bits &= bits - 1;
        if (i < from) continue;
        while (next_joint < joints.size() && joints[next_joint] < i) ++next_joint;
        const bool joint_near = next_joint < joints.size() && joints[next_joint] - i <= kKinJointReach;
        // After a quote: only one word and its possessive before a kin word
        // ('"Minara's sister"'; not '"Tell Waseem's father').
        if (!line_start && text[i - 1] == '"') {
          size_t e = i + 1;
          while (e < text.size() && (IsLowerAscii(text[e]) || static_cast<unsigned char>(text[e]) >= 0x80)) ++e;
          if (!joint_near || (text.compare(e, 3, "'s ") != 0 && text.compare(e, 5, "\xE2\x80\x99s ") != 0)) continue;
          if (const size_t end = NameBeforeKin(text, i); end == e) {
            sink.Add(Finding{i, end, Kind::kPerson, "RELATIVE", kRelationNameConfidence, kId});
            from = end;
          }
          continue;
        }
        if (line_start) {
          if (joint_near && !CaseRoleAt(text, i)) {
            if (const size_t end = NameBeforeKin(text, i); end != 0) {
              sink.Add(Finding{i, end, Kind::kPerson, "RELATIVE", kRelationNameConfidence, kId});
              from = end;
              continue;
            }
          }
          // Or the name after a singular kin word that ends the line before
          // with a letter ("chez sa cousine\nRiziki Kasoki"; not a role
          // word: "Aigerim Seitkali, lawyer\nAlmaty, Kazakhstan" signs a
          // letter), on a line that opens with no field label.
          if (i < 2 || text[i - 1] != '\n' || !(IsLowerAscii(text[i - 2]) || static_cast<unsigned char>(text[i - 2]) >= 0x80)) {
            continue;
          }
          if (const RelationWord* kin = RelationWordBefore(text, i); kin == nullptr || kin->role || kin->plural) continue;
          // Not a field's label ("...wife\nPresent address: c/o"), nor a
          // list of short lines ("The Mayor's wife\nClient's mother"): the
          // line before is wrapped prose of 40 bytes or more.
          const std::string_view head = text.substr(i, 40);
          if (head.substr(0, head.find('\n')).find(':') != std::string_view::npos) continue;
          if (i - 1 - quasi::LineStart(text, i - 1) < 40) continue;
        }
        if (next_digit < i) {
          next_digit = i;
          while (next_digit < text.size() && !quasi::IsDigitAscii(text[next_digit])) ++next_digit;
        }
        Candidate(text, i, next_digit - i <= quasi::kAgedListDigitReach, joint_near, sink, &from);
      }
    });
    TagalogPersonMarkers(text, literal_hits, sink);
    return Status::OK();
  }

  // In Tagalog text, the personal articles before a name ("ang kapatid
  // niyang si Norhaya", "Ayon kay Bai Normina", "sina Amir at Jalil"): the
  // name after si, ni, kay, sina, nina or kina (lower case, after a space,
  // a line's start or "("; or capitalised opening a line or a sentence),
  // with a lower-case letter (NameEnd); "at" joins a second name after the
  // plural ones. Tagalog text: within kTagalogReach bytes of " ang ", " ng "
  // or " mga ", which occur twice or more in the document (a Spanish "si
  // Juan" far from them is left alone).
  // hits: RelationLiterals' (the articles " ang ", " ng ", " mga " among them).
  static void TagalogPersonMarkers(std::string_view text, const LiteralHits& hits, FindingSink& sink) {
    constexpr size_t kTagalogReach = 300;
    std::vector<std::pair<size_t, size_t>> windows;  // around the Tagalog words, merged below
    for (const auto& [literal, k] : hits) {
      if (literal < kFirstTagalogArticle) continue;
      windows.emplace_back(k > kTagalogReach ? k - kTagalogReach : 0, std::min(text.size(), k + kTagalogReach));
    }
    if (windows.size() < 2) return;
    std::sort(windows.begin(), windows.end());
    size_t merged = 0;
    for (size_t w = 1; w < windows.size(); ++w) {
      if (windows[w].first <= windows[merged].second) {
        windows[merged].second = std::max(windows[merged].second, windows[w].second);
      } else {
        windows[++merged] = windows[w];
      }
    }
    windows.resize(merged + 1);
    const auto add_name = [&](size_t i) -> size_t {
      if (i >= text.size() || !CapitalAt(text, i)) return 0;
      const size_t end = NameEnd(text, i, true);
      if (end == 0) return 0;
      sink.Add(Finding{i, end, Kind::kPerson, "RELATIVE", kRelationNameConfidence, kId});
      return end;
    };
    static constexpr std::string_view kMarkers[] = {"kay ", "kina ", "ni ", "nina ", "si ", "sina ",
                                                    "Kay ", "Kina ", "Ni ", "Nina ", "Si ", "Sina "};
    for (const auto& [wb, we] : windows) {
      const std::string_view window = text.substr(0, we);
      for (std::string_view marker : kMarkers) {
        const bool capitalised = marker[0] < 'a';
        for (size_t k = window.find(marker, wb); k != std::string_view::npos; k = window.find(marker, k + 1)) {
          const char before = k == 0 ? '\n' : text[k - 1];
          // Lower case after a space, a line's start or '('; capitalised
          // opening a line or a sentence ("Si Norhaya ang nagbabantay").
          const bool opens = capitalised ? before == '\n' || (k >= 2 && before == ' ' && (text[k - 2] == '.' || text[k - 2] == '-'))
                                         : before == '\n' || before == ' ' || before == '(';
          if (!opens) continue;
          const size_t end = add_name(k + marker.size());
          // "sina Amir at Jalil": the second name of a plural marker.
          if (end != 0 && marker.size() > 4 && text.compare(end, 4, " at ") == 0) add_name(end + 4);
        }
      }
    }
  }

 private:
  // The name a message greets or thanks ("Bom dia Zuhura.", "Dear Amina,"):
  // a name with a lower-case letter whose first word addresses no group and
  // is no title ("Dear All", "Hi Team", "Dear Mr Omari": the title rule
  // reads that one).
  static void Addressed(std::string_view text, size_t i, FindingSink& sink, size_t* from) {
    static constexpr std::string_view kNotNames[] = {
        "All",     "Amigos", "Boss",     "Chef",      "Chefe",    "Colegas", "Colleague", "Colleagues", "Dr",
        "Equipe",  "Equipo", "Everybody", "Everyone", "Folks",    "Friends", "Guys",      "Madam",      "Madame",
        "Malta",   "Messieurs", "Miss",  "Monsieur",  "Mr",       "Mrs",     "Ms",        "Partners",   "Pessoal",
        "Sir",     "Sirs",   "Team",     "Todas",     "Todos",    "Tous",    "Toutes"};
    static_assert(std::is_sorted(std::begin(kNotNames), std::end(kNotNames)));
    const size_t end = NameEnd(text, i, true);
    if (end == 0) return;
    const std::string_view first = text.substr(i, quasi::NameWordEnd(text, i) - i);
    if (std::binary_search(std::begin(kNotNames), std::end(kNotNames), first)) return;
    sink.Add(Finding{i, end, Kind::kPerson, "ADDRESSED", kRelationNameConfidence, kId});
    *from = end;
  }

  // Whether the word at text[i] is a word for the person a case is about
  // or a relation word, capitalised ("Client's mother", "Survivor's
  // husband", "Mother's sister" opening a line of case notes).
  static bool CaseRoleAt(std::string_view text, size_t i) {
    static constexpr std::string_view kCaseRoles[] = {"applicant", "beneficiary", "child", "client", "interviewee",
                                                      "minor", "patient", "subject", "survivor", "victim"};
    const size_t e = quasi::NameWordEnd(text, i);
    std::array<char, 16> buf;
    if (e == i || e - i > buf.size()) return false;
    const std::string_view word = quasi::LowerAsciiInto(text.substr(i, e - i), buf);
    return quasi::Listed(kCaseRoles, word) || FindRelationWord(word) != nullptr;
  }

  // The end of the name at text[i] when "'s" / "’s" and a space, or " and
  // her " / " and his " (or with "+" or "&"), and a singular kin word follow
  // it ("register Ghalia's mother", "Umm Khaled's brother", "Chaltu and her
  // sister", "Zainabo Amisse + her mother"), or a parenthesis that opens with
  // one ("Auwalu Sa'idu (younger brother of deceased)"): a person with a
  // relative, or one; 0 otherwise. Not a role word ("UNHCR's
  // driver") nor a plural ("Gaza's children").
  static size_t NameBeforeKin(std::string_view text, size_t i) {
    // Most capitals have neither "'s" nor " and h" after one of their next
    // few words: looked for before the name is read.
    const auto kin_joint_at = [&](size_t p) {
      return text.compare(p, 2, "'s") == 0 || text.compare(p, 4, "\xE2\x80\x99s") == 0 ||
             text.compare(p, 6, " and h") == 0 || text.compare(p, 4, " + h") == 0 || text.compare(p, 4, " & h") == 0 ||
             text.compare(p, 4, " es ") == 0 ||
             (text.compare(p, 2, " (") == 0 && p + 2 < text.size() && IsLowerAscii(text[p + 2]));
    };
    bool joint = false;
    for (size_t p = i, words = 0; words < quasi::kMaxNameWords && p < text.size(); ++words) {
      p = quasi::NameWordEnd(text, p);
      if (kin_joint_at(p)) {
        joint = true;
        break;
      }
      if (p + 1 >= text.size() || text[p] != ' ' || !CapitalAt(text, p + 1)) break;
      ++p;
    }
    if (!joint) return 0;
    // After an article or a possessive the capital is a title or a noun
    // ("the Mayor and his wife").
    static constexpr std::string_view kDeterminers[] = {"A",   "An",  "Her", "His",   "My",    "Our",  "The",
                                                        "Their", "a", "an",  "her",   "his",   "my",   "our",
                                                        "the", "their"};
    size_t w = i - 1;
    while (w > 0 && quasi::IsLetterByte(text[w - 1]) && static_cast<unsigned char>(text[w - 1]) < 0x80) --w;
    if (quasi::Listed(kDeterminers, text.substr(w, i - 1 - w))) return 0;
    const size_t end = NameEnd(text, i, true);
    if (end == 0) return 0;
    size_t p = end;
    bool parenthesis = false;  // the kin word opens a parenthesis after the name
    if (text.compare(p, 3, "'s ") == 0) {
      p += 3;
    } else if (text.compare(p, 5, "\xE2\x80\x99s ") == 0) {
      p += 5;
    } else if (text.compare(p, 9, " and her ") == 0 || text.compare(p, 9, " and his ") == 0) {
      p += 9;
    } else if (text.compare(p, 7, " + her ") == 0 || text.compare(p, 7, " + his ") == 0 ||
               text.compare(p, 7, " & her ") == 0 || text.compare(p, 7, " & his ") == 0) {
      p += 7;  // "Zainabo Amisse + her mother"
    } else if (text.compare(p, 4, " es ") == 0) {
      // "Marleny es hermana de Edilia", "Wilmer es el primo": the Spanish "is".
      p += 4;
      for (std::string_view article : {"la ", "el ", "su "}) {
        if (text.compare(p, 3, article) == 0) p += 3;
      }
    } else if (text.compare(p, 2, " (") == 0) {
      // "Auwalu Sa'idu (younger brother of deceased)", "Amina (mother)": a
      // kin word opening a parenthesis, an age's adjective before it, then
      // " of ", ')' or ','; not a thing of the kin's ("Phone (neighbour)",
      // "Tent (uncle)").
      static constexpr std::string_view kKinThings[] = {"Address", "Contact", "Home", "House",   "Mobile", "Number",
                                                        "Phone",   "Room",    "Shelter", "Tel", "Telephone", "Tent"};
      static_assert(std::is_sorted(std::begin(kKinThings), std::end(kKinThings)));
      if (quasi::Listed(kKinThings, text.substr(i, quasi::NameWordEnd(text, i) - i))) return 0;
      p += 2;
      for (std::string_view adjective : {"younger ", "elder ", "older ", "eldest ", "youngest ", "late "}) {
        if (text.compare(p, adjective.size(), adjective) == 0) {
          p += adjective.size();
          break;
        }
      }
      parenthesis = true;
    } else {
      return 0;
    }
    size_t e = p;
    while (e < text.size() && (IsLowerAscii(text[e]) || text[e] == '-')) ++e;
    if (e == p || e - p > 16 || (e < text.size() && IsWordByte(text[e]))) return 0;
    if (parenthesis && (e >= text.size() || (text[e] != ')' && text[e] != ',' && text.compare(e, 4, " of ") != 0))) {
      return 0;
    }
    const std::string_view word = text.substr(p, e - p);
    // Words for a person's kin as a whole ("Jumaa's family", "Toussaint's
    // relatives"): places and bodies have none.
    // A singular kin word only in parentheses: "Nairobi (relatives)" is
    // where they are.
    static constexpr std::string_view kKinGroups[] = {"family", "household", "in-laws", "parents", "relatives"};
    if (!parenthesis && quasi::Listed(kKinGroups, word)) return end;
    const RelationWord* kin = FindRelationWord(word);
    return kin != nullptr && !kin->role && !kin->plural ? end : 0;
  }

  // "MANDUMBWE, Joaquina (14)", "ASSANE, Muemede (16) e irmão": a family
  // name in capitals (three letters or more, ASCII; no organisation's
  // acronym: IsNoPersonAbbreviation), ", ", one or two
  // capitalised words with small letters, then an age in parentheses (one
  // to three digits, then ')', ',' or a space): the end of the given
  // name(s), or 0.
  static size_t InvertedNameWithAge(std::string_view text, size_t i) {
    size_t e = i;
    while (e < text.size() && text[e] >= 'A' && text[e] <= 'Z') ++e;
    if (e - i < 3 || text.compare(e, 2, ", ") != 0 || IsNoPersonAbbreviation(text.substr(i, e - i))) return 0;
    // An age of one to three digits at text[d...], then ')', ',' or a space
    // (or the line's end when `closed` is false).
    const auto age_at = [&](size_t d, bool closed) {
      const size_t digits = d;
      while (d < text.size() && quasi::IsDigitAscii(text[d]) && d - digits < 3) ++d;
      if (d == digits) return false;
      if (d == text.size()) return !closed;
      return text[d] == ')' || text[d] == ',' || text[d] == ' ' || (!closed && text[d] == '\n');
    };
    size_t end = e + 2;
    for (int words = 0; words < 2; ++words) {
      if (!CapitalAt(text, end)) break;
      const size_t we = quasi::NameWordEnd(text, end);
      if (!std::any_of(text.begin() + end, text.begin() + we, [](char c) { return IsLowerAscii(c); })) break;
      end = we;
      if (text.compare(end, 2, " (") == 0) {
        if (age_at(end + 2, true)) return end;
        // A short aside in capitals, then ", " and the age: "ADEN, Mohamed
        // Sheikh (PA), 51".
        size_t close = end + 2;
        while (close < text.size() && close - end < 10 && text[close] >= 'A' && text[close] <= 'Z') ++close;
        if (close > end + 2 && text.compare(close, 3, "), ") == 0 && age_at(close + 3, false)) return end;
        return 0;
      }
      // ", " and the age: "HAMDAN, Dima, 23".
      if (text.compare(end, 2, ", ") == 0 && age_at(end + 2, false)) return end;
      if (end >= text.size() || text[end] != ' ') return 0;
      ++end;
    }
    return 0;
  }

  // `digit_near`: whether a list with ages may start at i (aged_lists.h).
  // `joint_near`: whether "'", "’" or " and h" starts within kKinJointReach
  // bytes after i.
  // Whether text[p...] is ", " and the rest of a parenthesis on its line
  // (at most 40 bytes to the ')') that holds an age: a number of one or two
  // digits standing alone (", veuve, 58 ans)", ", 60)"; not ", 2019)").
  static bool AgedAside(std::string_view text, size_t p) {
    if (text.compare(p, 2, ", ") != 0) return false;
    for (size_t q = p + 2; q < text.size() && q - p <= 40 && text[q] != '\n'; ++q) {
      if (text[q] == ')') return false;
      if (!quasi::IsDigitAscii(text[q]) || quasi::IsDigitAscii(text[q - 1])) continue;
      size_t e = q;
      while (e < text.size() && quasi::IsDigitAscii(text[e])) ++e;
      if (e - q > 2 || (e < text.size() && (IsWordByte(text[e]) && !IsLowerAscii(text[e])))) return false;
      const size_t close = text.find(')', e);
      return close != std::string_view::npos && close - p <= 40 &&
             text.substr(e, close - e).find('\n') == std::string_view::npos;
    }
    return false;
  }

  // Where the next name of a list starts after text[after]: past ", ",
  // " and ", ", and ", " & ", ", & " or the Spanish, French and Portuguese
  // "and"; a line break and its indentation may stand for a space ("Idriss
  // (7),\n  Souad (4)", "Britany (9)\ny Jostin (6)"). `after` when none.
  static size_t ListSeparatorEnd(std::string_view text, size_t after) {
    for (std::string_view sep : {", and ", " and ", ", & ", " & ", ", ", " y ", " et ", " e "}) {
      if (text.compare(after, sep.size(), sep) == 0) return after + sep.size();
    }
    size_t p = after;
    if (p < text.size() && text[p] == ',') ++p;
    if (p < text.size() && text[p] == ' ') ++p;
    if (p >= text.size() || text[p] != '\n') return after;
    ++p;
    while (p < text.size() && p - after < 16 && (text[p] == ' ' || text[p] == '\t')) ++p;
    if (text[after] == ',') return p;
    for (std::string_view conj : {"and ", "& ", "y ", "et ", "e "}) {
      if (text.compare(p, conj.size(), conj) == 0) return p + conj.size();
    }
    return after;
  }

  // Whether a capitalised word names a body that a plural role word may
  // stand before ("Union", "Association", "Council").
  static bool IsBodyWord(std::string_view word) {
    static constexpr std::string_view kBodyWords[] = {"Alliance", "Association", "Committee", "Cooperative",
                                                      "Council",  "Day",         "Federation", "Forum",
                                                      "Group",    "Guild",       "Network",    "Society",
                                                      "Union"};
    static_assert(std::is_sorted(std::begin(kBodyWords), std::end(kBodyWords)));
    return std::binary_search(std::begin(kBodyWords), std::end(kBodyWords), word);
  }

  // The name at text[begin] after a relation word, and after a plural one
  // the names of the list that goes on from it ("daughters Lola (9), Madina
  // (6) and Zuhra (2)").
  // `mixed_case`: each name has a lower-case letter (a role word's always).
  // After ", " a role word in apposition to a name before it ("Nino
  // Beridze, caseworker, Duisi") is followed by a place or a body, not a
  // name; a plural one by a list of two names or more ("their sons, Ahmad
  // and Mahmood"; not "detained teachers, Hpa-an").
  static void NamesAfterRelation(std::string_view text, size_t begin, const RelationWord& relation, bool mixed_case,
                                 FindingSink& sink, size_t* from) {
    if (begin >= 3 && text.compare(begin - 2, 2, ", ") == 0) {
      size_t w = begin - 2;
      while (w > 0 && (IsLowerAscii(text[w - 1]) || text[w - 1] == '-')) --w;
      if (relation.role && !relation.plural && w >= 2 && text.compare(w - 2, 2, ", ") == 0) return;
      if (relation.plural) {
        VectorSink list;
        size_t list_from = *from;
        NamesInList(text, begin, relation, mixed_case, list, &list_from);
        if (list.findings.size() < 2) return;
        for (const Finding& f : list.findings) sink.Add(f);
        *from = list_from;
        return;
      }
    }
    NamesInList(text, begin, relation, mixed_case, sink, from);
  }

  static void NamesInList(std::string_view text, size_t begin, const RelationWord& relation, bool mixed_case,
                          FindingSink& sink, size_t* from) {
    // "padre de Yorgelis y Jhonaiker", "the mother of Amal and Rami": after
    // a singular kin word and "of", "de" or "wa", a second name joined by a
    // conjunction.
    const bool kin_of = !relation.plural && !relation.role && begin >= 4 &&
                        (text.compare(begin - 4, 4, " of ") == 0 || text.compare(begin - 4, 4, " de ") == 0 ||
                         text.compare(begin - 4, 4, " wa ") == 0);
    for (size_t names = 0; names < (relation.plural ? kMaxListNames : kin_of ? 2 : 1); ++names) {
      const size_t end = NameEnd(text, begin, relation.role || mixed_case);
      if (end == 0) return;
      if (end < text.size() && text[end] == ':') return;  // a label: "driver, Tel: 0799 ..."
      // Words joined by a slash are places or alternatives ("volunteer
      // Derna/Martuba"), not a person's name.
      if (end + 1 < text.size() && text[end] == '/' && CapitalAt(text, end + 1)) return;
      // After a role word, an acronym (two to four capitals) before more
      // words names an office ("infirmière CSI Dogo": the health centre of
      // Dogo; not "feu MUGARUKA Désiré").
      // After a plural role word, one word for a body names the body
      // ("teachers Union", "farmers Cooperative"), not a person.
      if (relation.plural && names == 0 && IsBodyWord(text.substr(begin, end - begin))) return;
      if (relation.role) {
        size_t caps = begin;
        while (caps < end && text[caps] >= 'A' && text[caps] <= 'Z') ++caps;
        if (caps - begin >= 2 && caps - begin <= 4 && caps < end && text[caps] == ' ') return;
      }
      sink.Add(Finding{begin, end, Kind::kPerson, relation.role ? "ROLE" : "RELATIVE", kRelationNameConfidence, kId});
      *from = end;
      // A list after a plural: ", " / " and " / ", and " / " & " before the
      // next name, after an aside in parentheses.
      size_t after = end;
      // "hijos Aníbal Jr., Rosmery": the period of a suffix.
      if (after < text.size() && text[after] == '.' && after >= begin + 4 &&
          (text.compare(after - 3, 3, " Jr") == 0 || text.compare(after - 3, 3, " Sr") == 0)) {
        ++after;
      }
      if (after + 2 < text.size() && text[after] == ' ' && text[after + 1] == '(') {
        after = quasi::AsideEnd(text, after);
        if (after == 0) return;
      }
      size_t next = after;
      if (relation.plural) {
        next = ListSeparatorEnd(text, after);
      } else {
        for (std::string_view conjunction : {" and ", " y ", " et ", " e "}) {
          if (text.compare(after, conjunction.size(), conjunction) == 0) next = after + conjunction.size();
        }
        // "fils de Bahati et de Mave": after "of", the conjunction may
        // repeat it.
        for (std::string_view conjunction : {" and of ", " y de ", " et de ", " e de "}) {
          if (kin_of && text.compare(after, conjunction.size(), conjunction) == 0) next = after + conjunction.size();
        }
      }
      if (next == after || !CapitalAt(text, next)) return;
      begin = next;
    }
  }

  // "The Momba sisters", "the Nakamura brothers": the end of the one
  // capitalised word at text[i] between "the" and a plural word for
  // siblings, which names their family; 0 when there is none.
  static size_t FamilyBeforeSiblings(std::string_view text, size_t i) {
    if (i < 4 || (text.compare(i - 4, 4, "the ") != 0 && text.compare(i - 4, 4, "The ") != 0) ||
        (i > 4 && IsWordByte(text[i - 5]))) {
      return 0;
    }
    const size_t end = quasi::NameWordEnd(text, i);
    if (end <= i + 2) return 0;
    for (std::string_view siblings : {" sisters", " brothers", " twins", " siblings", " cousins"}) {
      if (text.compare(end, siblings.size(), siblings) == 0 &&
          (end + siblings.size() == text.size() || !IsWordByte(text[end + siblings.size()]))) {
        return end;
      }
    }
    return 0;
  }

  static void Candidate(std::string_view text, size_t i, bool digit_near, bool joint_near, FindingSink& sink,
                        size_t* from) {
    if (!CapitalAt(text, i)) return;
    if (digit_near) {
      if (const size_t end = InvertedNameWithAge(text, i); end != 0) {
        sink.Add(Finding{i, end, Kind::kPerson, "RELATIVE", kRelationNameConfidence, kId});
        *from = end;
        return;
      }
    }
    if (text[i - 1] == '(') {
      // "el cuñado (Hernando Guerrero)": a name alone in parentheses after
      // a singular kin word, or before an aside with an age ("la tante
      // (Nsimire M'CIRIMWAMI, veuve, 58 ans)") or in small letters.
      if (i >= 3 && text[i - 2] == ' ') {
        const RelationWord* kin = RelationWordBefore(text, i - 1);
        const size_t end = kin != nullptr && !kin->role && !kin->plural ? NameEnd(text, i, true) : 0;
        // An aside in small letters may follow the name ("husband (Lukong,
        // surname withheld - ...)").
        const bool aside = end != 0 && end + 2 < text.size() && text[end] == ',' && text[end + 1] == ' ' &&
                           IsLowerAscii(text[end + 2]);
        if (end != 0 && end < text.size() && (text[end] == ')' || AgedAside(text, end) || aside)) {
          sink.Add(Finding{i, end, Kind::kPerson, "RELATIVE", kRelationNameConfidence, kId});
          *from = end;
          return;
        }
        // A list with ages first ("children (Mercy, 9; Okeny, 6)"); else
        // "2 épouses (Hadjara, Khadidja)", "sons (Abdi and Yusuf)": the names
        // of a list in parentheses after a plural kin word, in mixed case
        // ("children (UASC)", "children (F14, M11)" hold none).
        if (kin != nullptr && !kin->role && kin->plural) {
          const size_t before = *from;
          if (digit_near) quasi::AgedNameList(text, i, kRelationNameConfidence, kId, sink, from);
          if (*from == before) NamesAfterRelation(text, i, *kin, /*mixed_case=*/true, sink, from);
          return;
        }
      }
      if (digit_near) quasi::AgedNameList(text, i, kRelationNameConfidence, kId, sink, from);
      return;
    }
    const RelationWord* relation = RelationWordBefore(text, i);
    // "Soy Deisy la hija de ...", "sou Neide": a speaker saying who she is
    // (Spanish and Portuguese "I am");
    // "ask for Vijitha or her son", "ask Sasha", "tell Deng Ajak": a person
    // asked for, asked or told by name.
    static constexpr RelationWord kIAm = {"soy", false, true};
    // Whether the whole word(s) w and one space end right before text[i].
    const auto just_after = [&](std::string_view w) {
      const size_t b = i - 1 - w.size();
      // (Its last letter first: most capitals follow none of these words.)
      return i > w.size() && text[i - 1] == ' ' && text[i - 2] == w.back() && text.compare(b, w.size(), w) == 0 &&
             (b == 0 || !IsWordByte(text[b - 1]));
    };
    if (relation == nullptr) {
      for (std::string_view w : {"Soy", "soy", "Sou", "sou", "ask", "ask for", "tell"}) {
        if (just_after(w)) {
          relation = &kIAm;
          break;
        }
      }
    }
    const bool cell_role = relation == nullptr && (relation = CellRoleWordBefore(text, i)) != nullptr;
    if (relation == nullptr) {
      if (const size_t end = FamilyBeforeSiblings(text, i); end != 0) {
        sink.Add(Finding{i, end, Kind::kPerson, "RELATIVE", kRelationNameConfidence, kId});
        *from = end;
        return;
      }
      if (const size_t end = joint_near ? NameBeforeKin(text, i) : 0; end != 0) {
        sink.Add(Finding{i, end, Kind::kPerson, "RELATIVE", kRelationNameConfidence, kId});
        *from = end;
      } else if (i >= 2 && MayEndRelationWord(text, i - 1) && GreetingBefore(text, i)) {
        Addressed(text, i, sink, from);
      } else if (digit_near) {
        quasi::AgedNameList(text, i, kRelationNameConfidence, kId, sink, from);
      }
      return;
    }
    if (cell_role) {
      // A capitalised role word says less than "the driver": every word of
      // the name has a lower-case letter or is a family name in capitals of
      // four letters or more ("ST-VIL"), none is a label noun, and a label's
      // colon with a value after it is no speaker's ("Driver Contact: 0799").
      const size_t end = NameEnd(text, i, true);
      if (end == 0) return;
      for (size_t p = i; p < end;) {
        const size_t we = quasi::NameWordEnd(text, p);
        if (we == p || IsLabelNoun(text, p, we)) return;
        const bool has_lower = std::any_of(text.begin() + p, text.begin() + we, IsLowerAscii);
        if (!has_lower && we - p < 4) return;
        p = we;
        while (p < end && (text[p] == ' ' || text[p] == '.')) ++p;
      }
      sink.Add(Finding{i, end, Kind::kPerson, "ROLE", kRelationNameConfidence, kId});
      *from = end;
      return;
    }
    // After a plural kin word, a list with ages ("hijos Yorbelis 12a,
    // Jhonaiker 7a") or of names alone, whichever runs further (only the
    // latter goes on over a line break: "children Mouna (9), Idriss (7),\n
    // Souad (4)").
    if (digit_near && relation->plural && !relation->role) {
      VectorSink aged, listed;
      size_t aged_from = *from, listed_from = *from;
      quasi::AgedNameList(text, i, kRelationNameConfidence, kId, aged, &aged_from);
      NamesAfterRelation(text, i, *relation, /*mixed_case=*/false, listed, &listed_from);
      for (const Finding& f : (aged_from > listed_from ? aged : listed).findings) sink.Add(f);
      *from = std::max(aged_from, listed_from);
      return;
    }
    NamesAfterRelation(text, i, *relation, /*mixed_case=*/false, sink, from);
  }
};

}  // namespace

std::unique_ptr<const Detector> NewRelationNameDetector() { return std::make_unique<RelationNameDetector>(); }

bool IsPersonRelationWord(std::string_view word) { return FindRelationWord(word) != nullptr; }

bool quasi::IsSingularRelationWord(std::string_view word) {
  const RelationWord* kin = FindRelationWord(word);
  return kin != nullptr && !kin->plural;
}

}  // namespace tearline

// The code-name detector: the name an informant, a source or an operative
// goes by, right after the words that introduce one ("informant KESTREL",
// "codenamed 'Falcon'", "call sign VIPER-2"). Contract in tearline/quasi.h
// (NewCodeNameDetector).
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <vector>

#include "name_words.h"
#include "quasi_internal.h"
#include "tearline/file.h"
#include "tearline/quasi.h"

namespace tearline {
namespace {

constexpr std::string_view kId = "codenames";
// A code name after its introducing words names someone nearly always; below
// what the tagger gives a name it knows, above every example policy's
// threshold.
constexpr float kCodeNameConfidence = 0.7f;
constexpr float kNicknameConfidence = 0.6f;

// Words that introduce a code name, lower case, matched in any ASCII case and
// ending right before the name (one or more spaces, an optional ':' or ','
// before them, an optional opening quote after). Strong ones also introduce a
// quoted name in mixed case ("codenamed "Falcon""); the others only a name in
// capitals ("source KESTREL"), because "source "Reuters"" or "known as "The
// Gap"" name things at least as often as people.
struct Trigger {
  std::string_view words;
  bool strong;
  bool colon = true;         // may end in ':' or ',' ("Informant: KESTREL")
  bool quoted_only = false;  // introduces a quoted name only ('1 boy, "Bong-bong"'; not "GIRL RETURNED")
};
constexpr std::array<Trigger, 231> kTriggers = {{
    {"codenamed", true},   {"code-named", true},  {"code named", true}, {"codename", true},
    {"code name", true},   {"cover name", true},  {"cryptonym", true},  {"call sign", true},
    {"callsign", true},    {"call-sign", true},   {"alias", true},      {"a.k.a.", true},
    {"aka", true},         {"nom de guerre", true}, {"pen name", true}, {"nom de plume", true},
    // Nicknames: 'Boubacar dit "Bouba"', 'everyone calls him "Dheere"',
    // 'Also called: "Tharshi"'.
    {"nicknamed", true},   {"nickname", true},    {"also called", true}, {"one called", true, false},
    {"sous le nom de", true, false}, {"dit", true, false}, {"dite", true, false}, {"calls him", true, false},
    {"calls her", true, false}, {"calls", true, false}, {"call him", true, false}, {"call her", true, false},
    {"called him", true, false}, {"called her", true, false}, {"goes by", true, false}, {"go by", true, false},
    {"went by", true, false}, {"call me", true, false},
    // A person known as a quoted name: 'a man known as "Soso"', 'the officer
    // was addressed as "Astamur"' (a thing "known as" stays weak).
    {"man known as", true}, {"woman known as", true}, {"boy known as", true}, {"girl known as", true},
    {"person known as", true}, {"someone known as", true}, {"known on site as", true}, {"addressed as", true},
    // 'a broker known only as "Uncle Bee"', 'a certain "Kumander Bagwis"',
    // 'the people called "Tiger"', 'she was called "Precious"', 'wrote my
    // name as "LETEBIRHAN"', 'un tal "Chucho"', "on l'appelait 'Kamwena'".
    {"known only as", true}, {"a certain", true, false}, {"people called", true, false},
    {"he was called", true, false}, {"she was called", true, false}, {"name as", true, false},
    {"un tal", true, false}, {"una tal", true, false}, {"l'appelait", true, false}, {"l'appelle", true, false},
    // A quoted name right after a word for the person ('Neighbor "Toto
    // Bisaya" saw', 'the broker "Papi"', 'his uncle "Bee"').
    {"neighbor", true, false}, {"neighbour", true, false}, {"broker", true, false}, {"smuggler", true, false},
    {"driver", true, false}, {"guard", true, false}, {"fixer", true, false}, {"recruiter", true, false},
    {"trafficker", true, false}, {"boss", true, false}, {"uncle", true, false}, {"cousin", true, false},
    // "known as" after a word for the person ('a volunteer driver known as
    // "Uncle Lwe"'); Spanish: 'conocido como «Chepito»', 'los vecinos
    // llaman «Zopilote»', 'le dicen "Flaco"'.
    {"driver known as", true}, {"shepherd known as", true}, {"broker known as", true},
    {"smuggler known as", true}, {"commander known as", true}, {"volunteer known as", true},
    {"fixer known as", true}, {"guard known as", true}, {"trafficker known as", true}, {"guy known as", true},
    {"employer known as", true}, {"landlord known as", true}, {"trader known as", true},
    {"conocido como", true}, {"conocida como", true}, {"llaman", true, false},
    {"le dicen", true, false}, {"calls himself", true, false}, {"calls herself", true, false},
    {"called himself", true, false}, {"called herself", true, false},
    // French and Spanish nicknames ('surnommé « Gros Ibo »', 'apodado
    // "Chino"'); a quoted name after more words for the person ('le
    // commandant « Bako »', 'Ranger "Dam"', 'name tag "Thanawat"') and after
    // one of them and "called" ('a commander called "Wut Bol"').
    {"surnom", true, false}, {"surnomm\xC3\xA9", true, false}, {"surnomm\xC3\xA9" "e", true, false}, {"apodado", true, false}, {"apodo", true, false},
    {"apodada", true, false}, {"name tag", true, false}, {"ranger", true, false}, {"commander", true, false},
    {"commandant", true, false}, {"soldier", true, false}, {"officer", true, false}, {"policeman", true, false},
    {"passeur", true, false}, {"coyote", true, false}, {"pollero", true, false}, {"jefe", true, false},
    {"gardien", true, false}, {"garde", true, false}, {"man called", true, false}, {"woman called", true, false},
    {"boy called", true, false}, {"girl called", true, false}, {"guy called", true, false},
    {"someone called", true, false}, {"person called", true, false}, {"commander called", true, false},
    {"guard called", true, false}, {"smuggler called", true, false}, {"driver called", true, false},
    {"soldier called", true, false}, {"officer called", true, false},
    // Portuguese and Spanish "known as", "has himself called" ('conhecido
    // por "Mano Tó"', 'se hacía llamar "Comandante Toño"'), "called" in
    // French, Spanish, Portuguese ('appelé « Bello » par les autres'); kin and a group's
    // admin before a quoted name ('his friend "Skander"', 'admin "Datu Madz"').
    {"conhecido por", true, false}, {"conhecida por", true, false}, {"conhecido como", true, false},
    {"conhecida como", true, false}, {"hac\xC3\xAD" "a llamar", true, false}, {"hace llamar", true, false},
    {"le dec\xC3\xAD" "an", true, false}, {"le dec\xC3\xAD" "a", true, false}, {"lo llamaban", true, false},
    {"la llamaban", true, false}, {"appel\xC3\xA9", true, false}, {"appel\xC3\xA9" "e", true, false},
    {"llamado", true, false}, {"llamada", true, false}, {"chamado", true, false}, {"chamada", true, false},
    // Portuguese "they call (her)", "nicknamed", "alias" ('chamam de
    // "Branquinha"', 'José Lima, vulgo "Zé Pequeno"'), French "has himself
    // called", "they call" ('se fait appeler « Ti Chèf »', 'que les voisins
    // appellent « Hama »'), more persons "known as" ('a Kachin youth known
    // as "Hpa Gyi"').
    {"chamam de", true, false}, {"chamavam de", true, false}, {"chamado de", true, false},
    {"chamada de", true, false}, {"apelidado de", true, false}, {"apelidada de", true, false},
    {"vulgo", true}, {"fait appeler", true, false}, {"faisait appeler", true, false}, {"appellent", true, false},
    {"appelaient", true, false}, {"on appelle", true, false},
    // Indonesian "name" and "aliased" before a quoted name ('nama "Yohanna
    // Banu"': the name on a forged card; 'beralias "Bosaka"').
    {"nama", true, false}, {"beralias", true, false},
    // The Arabic teknonym taken as a nom de guerre ('kunya "Abu Muslim"').
    {"kunya", true, false},
    // Somali "who is called" ('ninka la yiraahdo "Indhayare"').
    {"la yiraahdo", true, false},
    // French "named" ('un nommé « Bazou »').
    {"nomm\xC3\xA9", true, false}, {"nomm\xC3\xA9" "e", true, false},
    {"youth known as", true}, {"teenager known as", true}, {"child known as", true}, {"lady known as", true},
    {"friend", true, false}, {"brother", true, false}, {"sister", true, false}, {"son", true, false},
    {"daughter", true, false}, {"wife", true, false}, {"husband", true, false}, {"mother", true, false},
    {"father", true, false}, {"nephew", true, false}, {"niece", true, false}, {"admin", true, false},
    // "Source: UNAMA" credits an organisation; "source KESTREL" names one.
    {"source", false, false}, {"informant", false}, {"asset", false}, {"known as", false},
    {"known to us as", false}, {"referred to as", false},
    // 'a man they call "Chairman"', 'a guard they call "al-Sheikh"'.
    {"they call", true, false}, {"they called", true, false}, {"we call", true, false}, {"we called", true, false},
    // 'his cousin we only know as "Wad Eltom"', 'his lieutenants "Zòrèy"
    // and "Bòs Pyè"'.
    {"only know as", true, false}, {"we know as", true, false}, {"lieutenant", true, false},
    {"lieutenants", true, false}, {"knew only as", true, false}, {"knows only as", true, false},
    // A source's cover name in French and Spanish ('Informateur « Tigre »',
    // 'la informante "Paloma"').
    {"informateur", true, false}, {"informatrice", true, false}, {"informante", true, false},
    // 'One boy, "Papy" (...)', '1 girl, "Bebe"'; a commander's rank
    // ('General "Ebube" people'); the Portuguese "nickname" as a label
    // ('Alcunha: "Mamá Fatinha"').
    {"boy", true, true, true}, {"girl", true, true, true}, {"general", true, false, true},
    {"colonel", true, false, true}, {"alcunha", true, true, true},
    // Cameroonian Pidgin "they call" ('one gendarme wey dem di call "Capo"').
    {"di call", true, false, true},
    // 'a young Kurdish guy "Kurdo" steered' (a quoted name only, like "boy");
    // the French "a certain" ('dirigé par un certain « Kanyamanza »').
    {"guy", true, true, true}, {"un certain", true, false}, {"une certaine", true, false},
    // French kin before a quoted name ('Père de l'enfant "Kasereka"',
    // 'marâtre « Mamu Ciela »').
    {"enfant", true, false}, {"p\xC3\xA8re", true, false}, {"m\xC3\xA8re", true, false},
    {"mar\xC3\xA2tre", true, false, true}, {"tante", true, false, true}, {"oncle", true, false, true},
    {"grand-m\xC3\xA8re", true, false, true}, {"grand-p\xC3\xA8re", true, false, true},
    {"belle-m\xC3\xA8re", true, false, true}, {"beau-p\xC3\xA8re", true, false, true},
    {"voisin", true, false, true}, {"voisine", true, false, true}, {"cousine", true, false, true},
    // Another spelling of a name ('surname on ration card spelt "NAHIMANNA"').
    {"spelt", true, false}, {"spelled", true, false}, {"written as", true, false},
    // A quoted name at the head of a group ('youths led by "Lomilo"', 'armed
    // men led by one "Akaahan"', 'the armed men called "Gaabow"', 'a second
    // group under "Gudau"') or beside its head ('Deputy called "Wad Eisa"').
    {"led by", true, false, true}, {"led by one", true, false, true}, {"commanded by", true, false, true},
    {"men called", true, false, true}, {"deputy called", true, false, true}, {"group under", true, false, true},
    // 'introduced himself as "Amir"'; the Oromo "comrade" before a fighter's
    // name ('unit under jaal "Abbaa Tokkummaa"').
    {"introduced himself as", true, false, true}, {"introduced herself as", true, false, true},
    {"jaal", true, false, true},
    // 'identifie comme "Otuku"', 'identified as "Kaka"', the Indonesian
    // "called" ('yang dipanggil "Tante Erna"'), 'another called "Sarjan Latip"'.
    {"identifie comme", true, false, true}, {"identified as", true, false, true},
    {"dipanggil", true, false, true}, {"another called", true, false, true},
    // More ranks before a quoted name ('introduced himself as Capt. "Amir"').
    {"captain", true, false, true}, {"lieutenant", true, false, true}, {"sergeant", true, false, true},
    {"capt.", true, false, true}, {"lt.", true, false, true}, {"sgt.", true, false, true}, {"maj.", true, false, true},
}};

// Words in capitals that are never a code name: placeholders a policy may
// write (a release's own masks must not read as new names), classification
// words and intelligence disciplines.
constexpr std::array<std::string_view, 27> kNeverCodeNames = {
    "REDACTED", "WITHHELD", "REMOVED",  "UNKNOWN", "NONE",    "TBD",      "NA",      "PERSON",    "HUMINT",
    "SIGINT",   "OSINT",    "IMINT",    "GEOINT",  "MASINT",  "COMINT",   "ELINT",   "SOCMINT",   "SECRET",
    "CONFIDENTIAL", "UNCLASSIFIED", "RESTRICTED", "NOFORN", "ORCON", "REL", "FOUO",  "CUI",       "NATO"};

using quasi::IsDigitAscii;
using quasi::IsUpperAscii;

char Lower(char c) { return IsUpperAscii(c) ? static_cast<char>(c | 0x20) : c; }

using quasi::FrenchSpaceAt;
using quasi::FrenchSpaceBefore;

// The opening quote that ends at text[end) (", ', “, ‘, „, « or a doubled
// "" as a CSV cell writes a quote inside it), as its length; 0 when there is
// none.
size_t OpeningQuoteBefore(std::string_view text, size_t end) {
  if (end >= 2 && text[end - 1] == '"' && text[end - 2] == '"') return 2;
  if (end >= 1 && (text[end - 1] == '"' || text[end - 1] == '\'')) return 1;
  if (end >= 2 && text.compare(end - 2, 2, "\xC2\xAB") == 0) return 2;  // «
  // « and French spacing.
  if (const size_t sp = FrenchSpaceBefore(text, end); sp > 0 && end >= sp + 2 && text.compare(end - sp - 2, 2, "\xC2\xAB") == 0) return sp + 2;
  if (end >= 3 && text.compare(end - 3, 3, "\xE2\x80\x9C") == 0) return 3;  // “
  if (end >= 3 && text.compare(end - 3, 3, "\xE2\x80\x98") == 0) return 3;  // ‘
  if (end >= 3 && text.compare(end - 3, 3, "\xE2\x80\x9E") == 0) return 3;  // „
  return 0;
}

// The closing quote at text[i...] (", ', ”, ’, », “ closing a „, or a
// doubled ""), as its length; 0 when none.
size_t ClosingQuoteAt(std::string_view text, size_t i) {
  if (i + 1 < text.size() && text[i] == '"' && text[i + 1] == '"') return 2;
  if (i < text.size() && (text[i] == '"' || text[i] == '\'')) return 1;
  if (i + 2 <= text.size() && text.compare(i, 2, "\xC2\xBB") == 0) return 2;  // »
  // French spacing before ».
  if (const size_t sp = FrenchSpaceAt(text, i); sp > 0 && text.compare(i + sp, 2, "\xC2\xBB") == 0) return sp + 2;
  if (i + 3 <= text.size() && text.compare(i, 3, "\xE2\x80\x9D") == 0) return 3;  // ”
  if (i + 3 <= text.size() && text.compare(i, 3, "\xE2\x80\x99") == 0) return 3;  // ’
  if (i + 3 <= text.size() && text.compare(i, 3, "\xE2\x80\x9C") == 0) return 3;  // “ after „
  return 0;
}

// The indices into kTriggers of the triggers whose last two bytes are
// (a, b), lower case: a table of 1024 buckets by a hash of the pair, built
// once, so that a candidate compares only a few triggers.
const std::vector<uint8_t>& TriggersEndingIn(char a, char b) {
  static constexpr size_t kBuckets = 1024;
  static_assert(kTriggers.size() <= 256);
  const auto bucket = [](char x, char y) {
    return ((static_cast<size_t>(static_cast<unsigned char>(x)) * 31) ^ static_cast<unsigned char>(y)) % kBuckets;
  };
  static const std::array<std::vector<uint8_t>, kBuckets> kTable = [&] {
    std::array<std::vector<uint8_t>, kBuckets> table;
    for (size_t i = 0; i < kTriggers.size(); ++i) {
      const std::string_view w = kTriggers[i].words;
      table[bucket(w[w.size() - 2], w[w.size() - 1])].push_back(static_cast<uint8_t>(i));
    }
    return table;
  }();
  return kTable[bucket(a, b)];
}

// Whether the quoted word after text[end) (its opening quote first) shares
// its first five bytes, ASCII case aside, with the word right before " ("
// that ends at text[b - 2] ("Zaporizhzhia (spelled "Zaporizhia"").
bool RespellsWordBeforeParenthesis(std::string_view text, size_t b, size_t end) {
  if (b < 3 || text[b - 1] != '(' || text[b - 2] != ' ') return false;
  const size_t e = b - 2;
  size_t w = e;
  while (w > 0 && IsWordByte(text[w - 1])) --w;
  size_t q = end;
  while (q < text.size() && q - end < 3 && !IsWordByte(text[q])) ++q;
  if (e - w < 5 || q + 5 > text.size()) return false;
  for (size_t k = 0; k < 5; ++k) {
    if (Lower(text[w + k]) != Lower(text[q + k])) return false;
  }
  return true;
}

// Whether text[0, end) ends with an introducing word of kTriggers (strong
// ones only when strong_only; those of quoted names only when quoted),
// followed by spaces and, before the spaces, an optional ':' or ',' (where
// the trigger allows one).
bool TriggerBefore(std::string_view text, size_t end, bool strong_only, bool quoted = true) {
  size_t e = end;
  size_t spaces = 0;  // spaces, or a line break and the next line's indentation
  while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '\n') && spaces < 8) {
    --e;
    ++spaces;
  }
  if (spaces == 0) return false;
  const bool punct = e > 0 && (text[e - 1] == ':' || text[e - 1] == ',');
  if (punct) --e;
  if (e < 2) return false;
  // Only the triggers that end in the same two bytes (in lower case).
  for (const uint8_t index : TriggersEndingIn(Lower(text[e - 2]), Lower(text[e - 1]))) {
    const Trigger& t = kTriggers[index];
    if ((strong_only && !t.strong) || (punct && !t.colon) || (!quoted && t.quoted_only)) continue;
    const std::string_view w = t.words;
    if (e < w.size()) continue;
    const size_t b = e - w.size();
    if (b > 0 && IsWordByte(text[b - 1])) continue;  // "resource KESTREL" is no "source"
    bool same = true;
    for (size_t k = 0; k < w.size() && same; ++k) same = Lower(text[b + k]) == w[k];
    if (same && w == "source" && b >= 5) {
      // "Open Source GPL" names a licence.
      static constexpr std::string_view kOpen = "open ";
      for (size_t k = 0; k < kOpen.size() && same; ++k) same = Lower(text[b - 5 + k]) == kOpen[k];
      same = !same;
    }
    // 'Zaporizhzhia (spelled "Zaporizhia" ...)': another spelling of the
    // word before the parenthesis is what that word is, which this rule
    // does not know (linking reads a person's: QuotedSpellingsOfNames).
    if (same && (w == "spelt" || w == "spelled" || w == "written as") && RespellsWordBeforeParenthesis(text, b, end)) {
      return false;
    }
    if (same) return true;
  }
  return false;
}

// Whether the opening quote at text[q] follows a quoted name after a strong
// trigger, as its alternative: 'alias "el Paisa" o "Cuchillo"', 'a.k.a.
// "Bouba", "Bob"' (" o ", " or ", " ou ", " y ", " and " or ", " between;
// the earlier quote on one line of at most 40 bytes).
bool AlternativeToAlias(std::string_view text, size_t q) {
  size_t p = q;
  bool joined = false;
  for (std::string_view join : {" o ", " or ", " ou ", " y ", " and ", ", "}) {
    if (p >= join.size() && text.compare(p - join.size(), join.size(), join) == 0) {
      p -= join.size();
      joined = true;
      break;
    }
  }
  if (!joined) return false;
  size_t close = 0;
  if (p >= 1 && text[p - 1] == '"') {
    close = 1;
  } else if (p >= 3 && text.compare(p - 3, 3, "\xE2\x80\x9D") == 0) {
    close = 3;  // ”
  } else if (p >= 2 && text.compare(p - 2, 2, "\xC2\xBB") == 0) {
    close = 2;  // »
  }
  if (close == 0) return false;
  for (size_t b = p - close; b > 0 && p - close - b < 40 && text[b - 1] != '\n'; --b) {
    if (const size_t open = OpeningQuoteBefore(text, b); open > 0 && text[b - 1] != '\'') {
      return TriggerBefore(text, b - open, /*strong_only=*/true);
    }
  }
  return false;
}

// The code name in capitals starting at text[i] (i starts a word and three
// capitals follow): capitals and digits, parts joined by single hyphens
// ("VIPER-2"), ending at a non-word byte. Its end, or 0 when it is none.
size_t CapitalsNameEnd(std::string_view text, size_t i) {
  const size_t n = text.size();
  size_t e = i;
  while (true) {
    while (e < n && (IsUpperAscii(text[e]) || IsDigitAscii(text[e]))) ++e;
    if (e + 1 < n && text[e] == '-' && (IsUpperAscii(text[e + 1]) || IsDigitAscii(text[e + 1]))) {
      ++e;
      continue;
    }
    break;
  }
  // "KESTRELs", "NATOé": not all capitals; a curly closing quote is fine.
  if (e < n && IsWordByte(text[e]) && ClosingQuoteAt(text, e) == 0) return 0;
  if (e - i > 32) return 0;
  const std::string_view name = text.substr(i, e - i);
  if (std::find(kNeverCodeNames.begin(), kNeverCodeNames.end(), name) != kNeverCodeNames.end()) return 0;
  // One letter repeated ("XXXX") is a placeholder.
  if (name.find_first_not_of(name[0]) == std::string_view::npos) return 0;
  return e;
}

// A quoted name in mixed case starting at text[i] (a capital right after an
// opening quote): one to three capitalised words (letters, digits, inner
// hyphens) joined by single spaces or a line break and its indentation, then
// a closing quote.
// Its end, or 0 when it is none.
size_t QuotedNameEnd(std::string_view text, size_t i) {
  const size_t n = text.size();
  size_t e = i;
  for (int words = 1; words <= 3; ++words) {
    // A capital, ASCII or Latin-1 ("Ñeco").
    if (e >= n || !quasi::CapitalAt(text, e)) return 0;
    e += IsUpperAscii(text[e]) ? 1 : 2;
    // Letters up to a closing quote (whose curly forms are word bytes too).
    while (e < n && ClosingQuoteAt(text, e) == 0 &&
           (IsWordByte(text[e]) || (text[e] == '-' && e + 1 < n && IsWordByte(text[e + 1])))) {
      ++e;
    }
    if (ClosingQuoteAt(text, e) > 0 && e - i <= 40) return e;
    if (e + 1 < n && text[e] == ' ') {
      ++e;
      continue;
    }
    // A line break (and the next line's indentation) between two words:
    // 'alias "Baba\nUshindi"'.
    if (e + 1 < n && text[e] == '\n') {
      ++e;
      for (int k = 0; k < 8 && e < n && text[e] == ' '; ++k) ++e;
      continue;
    }
    return 0;
  }
  return 0;
}

using quasi::Bytes16;

// HighBitHalves of a compare result as one 128-bit mask.
unsigned __int128 HighBits128(Bytes16 m) {
  const auto half = quasi::HighBitHalves(m);
  return (static_cast<unsigned __int128>(half[1]) << 64) | half[0];
}

// Per byte k of the 16 at p, bit 8k+7 set: in caps when the byte is an
// ASCII capital, in quotes when it may open a quote ('"', '\'', 0xE2, the
// first byte of a curly quote, or 0xC2, the first byte of «).
void CandidateBits(const char* p, unsigned __int128* caps, unsigned __int128* quotes) {
  Bytes16 v;
  std::memcpy(&v, p, 16);
  const Bytes16 cap = (Bytes16)(v >= uint8_t{'A'}) & (Bytes16)(v <= uint8_t{'Z'});
  const Bytes16 quote = (Bytes16)(v == uint8_t{'"'}) | (Bytes16)(v == uint8_t{'\''}) | (Bytes16)(v == uint8_t{0xE2}) |
                        (Bytes16)(v == uint8_t{0xC2});
  *caps = HighBits128(cap);
  *quotes = HighBits128(quote);
}

class CodeNameDetector final : public Detector {
 public:
  std::string_view id() const override { return kId; }
  KindMask kinds() const override { return KindBit(Kind::kPerson); }
  std::unique_ptr<DetectorScratch> NewScratch() const override { return std::make_unique<DetectorScratch>(); }

  // Candidates, found 16 bytes at a time (blocks of 14 starts, each read
  // with the two bytes after it), are the starts of three capitals in a row
  // and the bytes that may open a quote; each is checked for the words
  // before it.
  Status Scan(std::string_view text, DetectorScratch&, FindingSink& sink) const override {
    const size_t n = text.size();
    size_t from = 0;  // no match starts inside the previous one
    char tail[32] = {};
    for (size_t block = 0; block < n; block += 14) {
      const char* p = text.data() + block;
      if (block + 16 > n) {
        std::memset(tail, 0, sizeof tail);
        std::memcpy(tail, p, n - block);
        p = tail;
      }
      unsigned __int128 caps, quotes;
      CandidateBits(p, &caps, &quotes);
      unsigned __int128 starts = (caps & (caps >> 8) & (caps >> 16)) | quotes;
      starts &= (static_cast<unsigned __int128>(1) << 112) - 1;  // starts 0..13 of this block
      while (starts != 0) {
        const uint64_t lo = static_cast<uint64_t>(starts);
        const int bit = lo != 0 ? __builtin_ctzll(lo) : 64 + __builtin_ctzll(static_cast<uint64_t>(starts >> 64));
        starts &= starts - 1;
        const size_t i = block + static_cast<size_t>(bit) / 8;
        if (i < from || i >= n) continue;
        if (IsUpperAscii(text[i])) {
          if (i > 0 && IsWordByte(text[i - 1]) && !IsQuoteEnd(text, i)) continue;  // not a word start
          CapitalsCandidate(text, i, sink, &from);
        } else {
          QuotedCandidate(text, i, sink, &from);
        }
      }
    }
    SpanishNicknames(text, sink);
    UnquotedAliases(text, sink);
    return Status::OK();
  }

 private:
  // Nicknames written without quotes after "alias", "vulgo", "a.k.a.",
  // "le dicen", "le decían", "le decíamos", "apodado/a" ("andaba alias Chucho", "que le
  // dicen Cuco", "alias El Tigre"), "known only as", "calls him" / "call
  // her" ("Everybody calls him Kako."): one capitalised word with a
  // lower-case letter that opens no sentence, or "El" / "La" and one more.
  static void UnquotedAliases(std::string_view text, FindingSink& sink) {
    static constexpr std::string_view kWords[] = {"alias ",      "vulgo ",       "a.k.a. ",     "le dicen ",
                                                  "le dec\xC3\xAD" "an ", "le dec\xC3\xAD" "amos ", "apodado ",
                                                  "apodada ",    "known only as ", "calls him ", "calls her ",
                                                  "call him ",   "call her ",     "called him ", "called her "};
    const auto word_end = [&](size_t b) {
      size_t e = b + 1;
      while (e < text.size() && IsWordByte(text[e])) ++e;
      return e;
    };
    // Candidates, found 16 bytes at a time, are the capitals (and 0xC3, the
    // first byte of a Latin-1 capital) right after a space whose byte before
    // ends a trigger ('s', 'o', '.', 'n', 'a', 'm', 'r').
    uint32_t space_before = 0;
    quasi::ForEachBlock16(text, 0, [&](size_t block, Bytes16 v) {
      const Bytes16 cap = ((Bytes16)(v >= uint8_t{'A'}) & (Bytes16)(v <= uint8_t{'Z'})) | (Bytes16)(v == uint8_t{0xC3});
      const uint32_t spaces = quasi::HighBitMask((Bytes16)(v == uint8_t{' '}));
      uint32_t bits = quasi::HighBitMask(cap) & ((spaces << 1) | space_before);
      space_before = spaces >> 15;
      while (bits != 0) {
        const size_t b = block + static_cast<size_t>(__builtin_ctz(bits));
        bits &= bits - 1;
        if (b < 3 || !quasi::CapitalAt(text, b)) continue;  // ASCII or Latin-1: "Ñato"
        const char last = text[b - 2];
        if (last != 's' && last != 'o' && last != '.' && last != 'n' && last != 'a' && last != 'm' && last != 'r') continue;
        bool after_trigger = false;
        for (std::string_view w : kWords) {
          if (b >= w.size() && text.compare(b - w.size(), w.size(), w) == 0 &&
              (b == w.size() || !(IsWordByte(text[b - w.size() - 1]) || text[b - w.size() - 1] == '.'))) {
            after_trigger = true;
            break;
          }
        }
        if (!after_trigger) continue;
        size_t e = word_end(b);
        const std::string_view first = text.substr(b, e - b);
        size_t last_word = b;
        if ((first == "El" || first == "La") && e + 1 < text.size() && text[e] == ' ' && quasi::CapitalAt(text, e + 1)) {
          last_word = e + 1;
          e = word_end(last_word);
        } else if (quasi::IsSentenceOpener(first)) {
          continue;
        }
        if (!std::any_of(text.begin() + last_word, text.begin() + e, [](char c) { return quasi::IsLowerAscii(c); })) {
          continue;
        }
        sink.Add(Finding{b, e, Kind::kPerson, "CODENAME", kNicknameConfidence, kId});
      }
    });
  }

  // "el Gocho", "el Chapo": the lower-case Spanish article before a
  // capitalised word, in English text, names a person by a nickname (or is
  // the particle of an Arabic name: "el Bashir"). Not after a capitalised
  // word ("Sharm el Sheikh", "Tell el Kebir": a place) nor a locative ("in el
  // Fasher"; in Spanish text "hacia el Puente", "por el Pilcomayo"); the word
  // after has a lower-case letter and opens no sentence.
  static void SpanishNicknames(std::string_view text, FindingSink& sink) {
    static constexpr std::string_view kLocatives[] = {"at",    "from",  "in",   "into",  "near",  "through", "to",
                                                      "toward", "towards", "a",  "de",    "desde", "en",      "entre",
                                                      "hacia", "hasta", "por",  "sobre", "cruza", "cruzar",  "cruzó"};
    // Found by the 'l' (rarer than 'e') of each "el ".
    for (size_t l = 1; l + 1 < text.size(); ++l) {
      const void* hit = std::memchr(text.data() + l, 'l', text.size() - 1 - l);
      if (hit == nullptr) break;
      l = static_cast<size_t>(static_cast<const char*>(hit) - text.data());
      if (text[l - 1] != 'e' || text[l + 1] != ' ') continue;
      const size_t at = l - 1;
      if (at > 0 && (IsWordByte(text[at - 1]) || text[at - 1] == '-')) continue;  // "model ", "Abd-el "
      if (at >= 2 && text[at - 1] == ' ') {
        size_t w = at - 1;
        while (w > 0 && IsWordByte(text[w - 1])) --w;
        const std::string_view before = text.substr(w, at - 1 - w);
        if (!before.empty() && (IsUpperAscii(before[0]) || static_cast<unsigned char>(before[0]) >= 0xC3)) continue;
        if (std::find(std::begin(kLocatives), std::end(kLocatives), before) != std::end(kLocatives)) continue;
      }
      const size_t b = at + 3;
      if (b >= text.size() || !IsUpperAscii(text[b])) continue;
      size_t e = b + 1;
      bool lower = false;
      while (e < text.size() && IsWordByte(text[e])) lower |= quasi::IsLowerAscii(text[e++]);
      if (!lower || quasi::IsSentenceOpener(text.substr(b, e - b))) continue;
      sink.Add(Finding{at, e, Kind::kPerson, "CODENAME", kNicknameConfidence, kId});
    }
  }

  // Whether a word for a relative or a person's role in any of the relation
  // detector's languages ends one space before the quote at text[q] ('su
  // nieta "Mimi"', 'escort "Ksiusha"', 'la voisine « Mama Rose »'), or a
  // comma and a space before it when a comma or a parenthesis closes the
  // quoted name that ends at text[e) ('a Thai foreman, "Daeng", beat him'):
  // IsPersonRelationWord of the word in lower case.
  static bool RelationWordBefore(std::string_view text, size_t q, size_t e) {
    if (q < 3 || text[q - 1] != ' ') return false;
    size_t end = q - 1;
    // 'His nephew, known as "Zouzou"', 'his brother called "Dodo"': "known
    // as" or "called" between the relation word and the quote.
    for (std::string_view between : {std::string_view(" known as"), std::string_view(" called")}) {
      if (end > between.size() + 2 && text.compare(end - between.size(), between.size(), between) == 0) {
        end -= between.size();
        if (text[end - 1] == ',') --end;
        size_t b = end;
        while (b > 0 && (quasi::IsLowerAscii(text[b - 1]) || text[b - 1] == '-') && end - b < 24) --b;
        return b < end && (b == 0 || !IsWordByte(text[b - 1])) && IsPersonRelationWord(text.substr(b, end - b));
      }
    }
    // An apposition between commas: 'a Thai foreman, "Daeng", beat him'.
    if (text[end - 1] == ',') {
      const size_t after = e + ClosingQuoteAt(text, e);
      if (after >= text.size() || (text[after] != ',' && text[after] != ')')) return false;
      --end;
    }
    size_t b = end;
    while (b > 0 && (IsWordByte(text[b - 1]) || text[b - 1] == '-') && end - b < 24) --b;
    if (b == end || (b > 0 && IsWordByte(text[b - 1]))) return false;
    std::string word(text.substr(b, end - b));
    for (char& c : word) {
      if (quasi::IsUpperAscii(c)) return false;  // "Brother "Ali"" is a title's
    }
    return IsPersonRelationWord(word);
  }

  // Whether a parenthesis that opens with a relation word follows the
  // quoted name that ends at text[e) ('"Shiraz" (granddaughter of Ibrahim,
  // real name Safa Adam)', '"Kiki" (driver, 34)'): the person it describes.
  static bool RelationWordAfter(std::string_view text, size_t e) {
    const size_t after = e + ClosingQuoteAt(text, e);
    if (after + 2 >= text.size() || text[after] != ' ' || text[after + 1] != '(') return false;
    const size_t b = after + 2;
    size_t w = b;
    // Small letters, ASCII or not ('"Toñín" (niño de la colonia)').
    while (w < text.size() && (quasi::IsLowerAscii(text[w]) || text[w] == '-' || static_cast<unsigned char>(text[w]) >= 0x80) &&
           w - b < 24) {
      ++w;
    }
    if (w == b || (w < text.size() && IsWordByte(text[w]))) return false;
    // '"Dabanga" (nickname, real name Issa?)': the parenthesis says what it is.
    const std::string_view word = text.substr(b, w - b);
    return IsPersonRelationWord(word) || word == "nickname" || word == "surnom" || word == "apodo" ||
           word == "alias";
  }

  // 'one "Toto" Ezama': a quoted name after "one" (the way reports name a
  // person they know little of) with a capitalised word after it, the
  // person's other name (one with a lower-case letter, no sentence opener).
  // The quoted name ends at text[e], its opening quote is text[q].
  static bool OneBeforeNickname(std::string_view text, size_t q, size_t e) {
    if (q < 4 || text.compare(q - 4, 4, "one ") != 0 || (q > 4 && IsWordByte(text[q - 5]))) return false;
    const size_t close = ClosingQuoteAt(text, e);
    if (close == 0 || e + close + 1 >= text.size() || text[e + close] != ' ') return false;
    const size_t w = e + close + 1;
    const size_t we = CapitalisedWordEnd(text, w);
    return we > w && std::any_of(text.begin() + w, text.begin() + we, quasi::IsLowerAscii) &&
           !quasi::IsSentenceOpener(text.substr(w, we - w));
  }

  // Whether the quoted name text[i, e) is a military rank and one or two
  // words after it, the name an armed group's commander goes by ('led by
  // "Major Ten Kobo"', '"General Mbakwa Fire"'; not '"General Assembly"':
  // the word after the rank names no thing, MayStartName, and no office).
  static bool RankedNickname(std::string_view text, size_t i, size_t e) {
    static constexpr std::string_view kRanks[] = {"Brigadier", "Captain", "Colonel", "Commander", "Comandante",
                                                  "General",   "Kumander", "Lieutenant", "Major", "Sergeant"};
    const std::string_view quoted = text.substr(i, e - i);
    const size_t space = quoted.find(' ');
    if (space == std::string_view::npos ||
        std::find(std::begin(kRanks), std::end(kRanks), quoted.substr(0, space)) == std::end(kRanks)) {
      return false;
    }
    // Words after a rank that make an office or a body ("General Assembly",
    // "Major Crimes", "General Electric").
    static constexpr std::string_view kOffices[] = {"Assembly", "Command", "Council", "Crimes", "Electric",
                                                    "Headquarters", "Hospital", "Motors", "Secretary", "Staff", "Store"};
    const std::string_view rest = quoted.substr(space + 1);
    const std::string_view next = rest.substr(0, rest.find(' '));
    return MayStartName(next) && std::find(std::begin(kOffices), std::end(kOffices), next) == std::end(kOffices);
  }

  // The length of a lower-case honorific and one space at the start of
  // text, before a capital ("don ", "doña ", "dona ", "dom ", "seu ", "tía ",
  // "tío ", "tia ", "tio "), or of "el" and the line break or spaces (two
  // or more) after it; 0 when there is none.
  static size_t LowerHonorificLength(std::string_view text) {
    static constexpr std::string_view kHonorifics[] = {"don ", "do\xC3\xB1" "a ", "dona ", "dom ", "seu ",
                                                       "t\xC3\xAD" "a ", "t\xC3\xAD" "o ", "tia ", "tio "};
    for (const std::string_view h : kHonorifics) {
      if (text.size() > h.size() && text.starts_with(h) && IsUpperAscii(text[h.size()])) return h.size();
    }
    // The Spanish article, before a line break and its indentation or more
    // than one space ('"el\n  Mono"', as SpanishNicknames reads "el Gocho"; not
    // "la", which also opens the names of things: "la Bestia").
    if (text.starts_with("el")) {
      size_t p = 2;
      while (p < text.size() && p < 12 && (text[p] == ' ' || text[p] == '\n')) ++p;
      // One space is SpanishNicknames' ("el Gocho", quoted or not).
      if (p > 3 && p < text.size() && IsUpperAscii(text[p])) return p;
    }
    return 0;
  }

  // Whether text[i] follows an opening quote (so it starts a name though the
  // byte before is a word byte of a curly quote).
  static bool IsQuoteEnd(std::string_view text, size_t i) { return OpeningQuoteBefore(text, i) >= 2; }

  static void CapitalsCandidate(std::string_view text, size_t i, FindingSink& sink, size_t* from) {
    const size_t e = CapitalsNameEnd(text, i);
    if (e == 0) return;
    const size_t quote = OpeningQuoteBefore(text, i);
    // A quoted name of several words in capitals after a strong trigger:
    // the whole quote ('wrote my name as "LETEBIRHAN GEBREMEDIN"').
    if (quote > 0) {
      const size_t quoted_end = QuotedNameEnd(text, i);
      if (quoted_end > e && TriggerBefore(text, i - quote, /*strong_only=*/true)) {
        Report(i, quoted_end, sink, from);
        return;
      }
    }
    if (!TriggerBefore(text, i - quote, /*strong_only=*/false, /*quoted=*/quote > 0)) return;
    Report(i, e, sink, from);
  }

  // A quoted name in mixed case whose opening quote starts at text[q].
  static void QuotedCandidate(std::string_view text, size_t q, FindingSink& sink, size_t* from) {
    const size_t n = text.size();
    size_t len = 1;
    if (text[q] == '\xE2') {
      if (q + 3 > n || text[q + 1] != '\x80' || (text[q + 2] != '\x9C' && text[q + 2] != '\x98' && text[q + 2] != '\x9E')) {
        return;
      }
      len = 3;
    } else if (text[q] == '\xC2') {
      if (q + 2 > n || text[q + 1] != '\xAB') return;  // «
      len = 2;
    } else if (text[q] == '"' && q + 1 < n && text[q + 1] == '"') {
      len = 2;  // a doubled quote inside a CSV cell
    }
    size_t i = q + len;
    if (text[q] == '\xC2') i += FrenchSpaceAt(text, i);  // French spacing after «
    // An Arabic article before the capital ('a.k.a. "al-Dhib"'): part of the
    // name after a trigger.
    const size_t article = ArabicArticleLength(text.substr(i));
    if (article > 0 && IsUpperAscii(text[i + article]) && TriggerBefore(text, q, /*strong_only=*/true)) {
      const size_t e = QuotedNameEnd(text, i + article);
      if (e != 0) Report(i, e, sink, from);
      return;
    }
    // The Spanish article after a strong trigger ('conocida como "la
    // Flaca"', 'alias "el Gato"'): part of the nickname.
    // Or after a name and a comma ('su compañera Yelba Centeno, "la
    // Chiqui",'): the nickname only (the name is the tagger's).
    if ((text.compare(i, 3, "la ") == 0 || text.compare(i, 3, "el ") == 0) && i + 3 < n && IsUpperAscii(text[i + 3])) {
      const size_t e = QuotedNameEnd(text, i + 3);
      // Or in parentheses after a capitalised word ('María Fernanda ("la
      // Mafer")'; not 'the plan ("la Fuerza")').
      if (e != 0 && (TriggerBefore(text, q, /*strong_only=*/true) ||
                     (q >= 2 && text[q - 2] == ',' && TrailingNickname(text, q, e)) ||
                     (q >= 3 && text[q - 1] == '(' && text[q - 2] == ' ' &&
                      CapitalisedWordEnd(text, quasi::NameWordStart(text, q - 2)) == q - 2 &&
                      text.compare(e + ClosingQuoteAt(text, e), 1, ")") == 0))) {
        Report(i, e, sink, from);
      }
      return;
    }
    // A lower-case Spanish or Portuguese honorific opening the quote ('que
    // llaman "don Chucho"', '"tía Neide"'): the name after it, which such a
    // quote holds whatever stands before it.
    if (const size_t honorific = LowerHonorificLength(text.substr(i)); honorific > 0) {
      const size_t e = QuotedNameEnd(text, i + honorific);
      if (e != 0) Report(i + honorific, e, sink, from);
      return;
    }
    if (i >= n || !quasi::CapitalAt(text, i)) return;
    if (i + 2 < n && IsUpperAscii(text[i]) && IsUpperAscii(text[i + 1]) && IsUpperAscii(text[i + 2])) return;  // capitals: CapitalsCandidate
    const size_t e = QuotedNameEnd(text, i);
    if (e == 0) return;
    if (TriggerBefore(text, q, /*strong_only=*/true) || RelationWordBefore(text, q, e) || AlternativeToAlias(text, q)) {
      NameBeforeAlias(text, q, sink);
      Report(i, e, sink, from);
      NameAfterNickname(text, e, sink, from);
      if (size_t nb = 0, ne = 0; BeforeNameInParentheses(text, e, &nb, &ne)) Report(nb, ne, sink, from, "NICKNAME");
    } else if (size_t nb = 0, ne = 0; TrailingNickname(text, q, e, &nb, &ne)) {
      // 'Gatwech TUT "Wech" (M, 22)', 'María Guadalupe "Lupita" — 31 años':
      // the words before the nickname are the name of the one it names.
      if (nb < ne) Report(nb, ne, sink, from, "NICKNAME");
      Report(i, e, sink, from);
    } else if (ParenthesisedNickname(text, q, i, e)) {
      // 'Gurgen ("Gugo") will move': the nickname, and the name before it.
      if (size_t nb = 0, ne = 0; NameBeforeParenthesis(text, q, &nb, &ne)) Report(nb, ne, sink, from, "NICKNAME");
      Report(i, e, sink, from);
    } else if (NicknameAfterNameInParentheses(text, q, i, e) ||
               DashedNickname(text, q, i, e) ||
               ListedQuotedName(text, q, e) || BesideHandle(text, q, e) ||
               CalledAfterName(text, q) || RankedNickname(text, i, e) ||
               OneBeforeNickname(text, q, e) ||
               RelationWordAfter(text, e) || AgedNickname(text, e)) {
      // 'Gurgen ("Gugo") will move', 'Yulia Zhuk - «Yulka»', 'Abdirahman
      // Mohamed "Dheere"  M  16'.
      Report(i, e, sink, from);
    } else if (size_t nb = 0, ne = 0;
               BeforeNameInParentheses(text, e, &nb, &ne) || EqualsNameAfter(text, e, &nb, &ne)) {
      // '"Papa Lwi" (Louis-Marc Fénelon)', 'Suspect « Bozi » = MUKUNA
      // Alain': the nickname and the name it stands for, which only these
      // layouts may mark.
      Report(i, e, sink, from);
      Report(nb, ne, sink, from, "NICKNAME");
    } else {
      NameAroundNickname(text, q, e, sink, from);
    }
  }

  // 'Boubacar dit "Bouba"', 'Zeinabou Ado dite « Zeina »', 'Juan Ríos alias
  // "Flaco"': one to three capitalised words (the first no opener of
  // sentences) right before dit, dite, alias, aka, a.k.a., vulgo or
  // surnommé(e) and the opening quote at text[q] (spaces or a line break
  // between) are the person's name, reported before the nickname (subkind
  // NICKNAME).
  static void NameBeforeAlias(std::string_view text, size_t q, FindingSink& sink) {
    size_t e = q;
    while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '\n') && q - e < 8) --e;
    if (e == q || e < 4) return;
    size_t w = e;
    while (w > 0 && e - w < 12 && (quasi::IsLowerAscii(text[w - 1]) || text[w - 1] == '.' ||
                                  static_cast<unsigned char>(text[w - 1]) >= 0x80)) {
      --w;
    }
    static constexpr std::string_view kAliasWords[] = {"a.k.a.", "aka", "alias", "dit", "dite",
                                                       "surnomm\xC3\xA9", "surnomm\xC3\xA9" "e", "vulgo"};
    if (w < 2 || text[w - 1] != ' ' || !quasi::Listed(kAliasWords, text.substr(w, e - w))) return;
    const size_t end = w - 1;
    const size_t begin = NameWordsBefore(text, end, 3, [&](size_t b, size_t e) {
                           return NameWordWithArticleEnd(text, b) == e;
                         }).begin;
    if (begin >= end || quasi::IsSentenceOpener(text.substr(begin, quasi::NameWordEnd(text, begin) - begin))) return;
    Finding f;
    f.begin = begin;
    f.end = end;
    f.kind = Kind::kPerson;
    f.subkind = "NICKNAME";
    f.confidence = kCodeNameConfidence;
    f.detector = kId;
    sink.Add(f);
  }

  // 'a man everyone calls "Kaka" Jamshed': one or two capitalised words
  // right after the closing quote of a nickname ending at text[e) (one
  // space between; not a sentence opener nor a word for a thing) go on with
  // the person's name (subkind NICKNAME).
  static void NameAfterNickname(std::string_view text, size_t e, FindingSink& sink, size_t* from) {
    const size_t close = e + ClosingQuoteAt(text, e);
    if (close == e || close + 1 >= text.size() || text[close] != ' ') return;
    size_t end = close;
    for (int words = 0; words < 2 && end + 1 < text.size() && text[end] == ' '; ++words) {
      const size_t b = end + 1;
      const size_t we = NameWordWithArticleEnd(text, b);
      if (we == 0 || !MayStartName(text.substr(b, we - b))) break;
      end = we;
    }
    if (end > close) Report(close + 1, end, sink, from, "NICKNAME");
  }

  // Whether the quoted name text[i, e), whose opening quote is at text[q],
  // stands in parentheses right after a capitalised word that may end a
  // person's name ('Gurgen ("Gugo")', 'Wójcik ("Kasia", KW)'; not 'Operation ("Red Dawn")', 'The
  // ("X")', nor a quoted sentence opener: 'Arena ("The Q")').
  static bool ParenthesisedNickname(std::string_view text, size_t q, size_t i, size_t e) {
    if (q < 4 || text[q - 1] != '(' || text[q - 2] != ' ') return false;
    const size_t after = e + ClosingQuoteAt(text, e);
    // ')' or, before more in the parenthesis, ',' ('Katarzyna Wójcik
    // ("Kasia", KW)').
    if (after >= text.size() || (text[after] != ')' && text[after] != ',')) return false;
    if (quasi::IsSentenceOpener(text.substr(i, quasi::NameWordEnd(text, i) - i))) return false;
    const size_t end = WordsEndBeforeParenthesis(text, q);
    const size_t b = quasi::NameWordStart(text, end);
    return b < end && CapitalisedWordEnd(text, b) == end && MayStartName(text.substr(b, end - b));
  }

  // Where the words end before the parenthesis whose opening quote is at
  // text[q]: one space, or two ('Aziza Mint Bueh  («Zizi»)'), before the '('.
  static size_t WordsEndBeforeParenthesis(std::string_view text, size_t q) {
    size_t end = q - 2;
    if (end >= 2 && text[end - 1] == ' ') --end;
    return end;
  }

  // For a nickname in parentheses (ParenthesisedNickname, opening quote at
  // text[q]): the one to three capitalised words before the parenthesis, the
  // first no opener of sentences, in *nb and *ne ('Neikedono ("Neiko"),
  // taxi driver'), the name of the one the nickname names; false for a
  // place after a preposition or the name of a thing.
  static bool NameBeforeParenthesis(std::string_view text, size_t q, size_t* nb, size_t* ne) {
    const size_t end = WordsEndBeforeParenthesis(text, q);
    size_t begin = quasi::NameWordStart(text, end);
    for (int words = 1; words < 3 && begin >= 2 && text[begin - 1] == ' '; ++words) {
      const size_t w = quasi::NameWordStart(text, begin - 1);
      if (w == begin - 1 || CapitalisedWordEnd(text, w) != begin - 1 ||
          !MayStartName(text.substr(w, begin - 1 - w))) {
        break;
      }
      begin = w;
    }
    while (begin < end && quasi::IsSentenceOpener(text.substr(begin, quasi::NameWordEnd(text, begin) - begin))) {
      begin = quasi::NameWordEnd(text, begin);
      while (begin < end && text[begin] == ' ') ++begin;
    }
    if (begin >= end) return false;
    // Not a place after a preposition ('a hawala agent in Sinune ("Abu
    // Fahad", ...)': the nickname is the agent's).
    static constexpr std::string_view kPlacePrepositions[] = {"at", "au", "dans", "de", "desde", "du", "em", "en",
                                                              "from", "in", "na", "near", "to", "via", "\xC3\xA0"};
    static_assert(std::is_sorted(std::begin(kPlacePrepositions), std::end(kPlacePrepositions)));
    size_t pe = begin;
    while (pe > 0 && begin - pe < 8 && (text[pe - 1] == ' ' || text[pe - 1] == '\n')) --pe;
    if (pe < begin) {
      size_t pb = pe;
      while (pb > 0 && (quasi::IsLowerAscii(text[pb - 1]) || static_cast<unsigned char>(text[pb - 1]) >= 0x80)) --pb;
      if (pb < pe && (pb == 0 || !IsWordByte(text[pb - 1])) &&
          quasi::Listed(kPlacePrepositions, text.substr(pb, pe - pb))) {
        return false;
      }
    }
    // Not the name of a thing ('the Foundation Agreement–Settlement Plan
    // ("Annan Plan")'): no word of kThingHeads, no punctuation inside a word.
    for (size_t p = begin; p < end;) {
      const size_t we = std::min(end, text.substr(0, end).find(' ', p));
      const std::string_view word = text.substr(p, we - p);
      if (quasi::Listed(kThingHeads, word) || word.find("\xE2\x80") != std::string_view::npos) return false;
      p = we + 1;
    }
    *nb = begin;
    *ne = end;
    return true;
  }

  // Whether the quoted name text[i, e), whose opening quote is at text[q],
  // closes a parenthesis that opens with one to three capitalised words of a
  // name and ", " ('(Al-Tawil, "Jumbo")', '(Deng Mabior, "Small")'): the
  // nickname of the one named before it. One quoted word only ('(Kabul,
  // "Green Zone")' names a place).
  static bool NicknameAfterNameInParentheses(std::string_view text, size_t q, size_t i, size_t e) {
    if (q < 5 || text[q - 1] != ' ' || text[q - 2] != ',') return false;
    if (text.substr(i, e - i).find(' ') != std::string_view::npos) return false;
    const size_t after = e + ClosingQuoteAt(text, e);
    if (after >= text.size() || text[after] != ')') return false;
    if (quasi::IsSentenceOpener(text.substr(i, quasi::NameWordEnd(text, i) - i))) return false;
    size_t end = q - 2;
    for (int words = 0; words < 3; ++words) {
      const size_t b = quasi::NameWordStart(text, end);
      if (b == end || b == 0 || CapitalisedWordEnd(text, b) != end || !MayStartName(text.substr(b, end - b))) {
        return false;
      }
      if (text[b - 1] == '(') return true;
      if (text[b - 1] != ' ' || b < 2) return false;
      end = b - 1;
    }
    return false;
  }

  // Whether the quoted name that ends at text[e) is followed by the person's
  // name in parentheses: '"Toñito" (Antonio Bisbicus, 16)', 'escort
  // "Ksiusha" (volunteer Kseniia Moroz)': after " (" and up to two lower-case
  // words, two or three capitalised words (the first no word that names
  // things, MayStartName, or an initial: '"Tata" (N. Kinyuy)'; the last no
  // head of a place's name: "Tower", "Street", "Hotel"), then ',' or ')'.
  static bool BeforeNameInParentheses(std::string_view text, size_t e, size_t* name_begin = nullptr,
                                      size_t* name_end = nullptr) {
    // Words that end the names of places and things ("London Clock Tower").
    static constexpr std::string_view kHeads[] = {"Avenue", "Bank", "Bridge", "Camp", "Centre", "Center", "Church",
                                                  "Clinic", "Company", "Hospital", "Hotel", "Market", "Mosque",
                                                  "Office", "Road", "School", "Square", "Street", "Tower"};
    size_t p = e + ClosingQuoteAt(text, e);
    if (text.compare(p, 2, " (") != 0) return false;
    p += 2;
    for (int k = 0; k < 2 && p < text.size() && quasi::IsLowerAscii(text[p]); ++k) {
      while (p < text.size() && quasi::IsLowerAscii(text[p])) ++p;
      if (p >= text.size() || text[p] != ' ') return false;
      ++p;
    }
    size_t words = 1;
    const size_t first = p;
    // An initial before the family name ('"Tata" (N. Kinyuy)').
    if (p + 3 < text.size() && IsUpperAscii(text[p]) && text[p + 1] == '.' && text[p + 2] == ' ') {
      p += 3;
      ++words;
    }
    for (; words <= 3; ++words) {
      const size_t we = CapitalisedWordEnd(text, p);
      if (we == 0) return false;
      const std::string_view word = text.substr(p, we - p);
      if (words == 1 && !MayStartName(word)) return false;
      if (we < text.size() && (text[we] == ',' || text[we] == ')')) {
        if (words < 2 || std::find(std::begin(kHeads), std::end(kHeads), word) != std::end(kHeads)) return false;
        if (name_begin != nullptr) *name_begin = first;
        if (name_end != nullptr) *name_end = we;
        return true;
      }
      // One space, or a line break and the next line's indentation ('"Bòs
      // Pyè" (Pierre-Richard\n  Altidor, ...)').
      if (we + 1 >= text.size() || (text[we] != ' ' && text[we] != '\n')) return false;
      p = we + 1;
      if (text[we] == '\n') {
        while (p < text.size() && p - we < 12 && text[p] == ' ') ++p;
      }
    }
    return false;
  }

  // Whether the quoted name text[i, e), whose opening quote is at text[q],
  // follows a dash (" - ", " – ", " — ") after one to three capitalised words
  // that open their line, after a list number ("2) Yulia Zhuk - «Yulka»"),
  // and ends its line or is followed by punctuation.
  static bool DashedNickname(std::string_view text, size_t q, size_t i, size_t e) {
    size_t d = q;
    if (d < 2 || text[d - 1] != ' ') return false;
    --d;
    if (text[d - 1] == '-') {
      --d;
    } else if (d >= 3 && (text.compare(d - 3, 3, "\xE2\x80\x93") == 0 || text.compare(d - 3, 3, "\xE2\x80\x94") == 0)) {
      d -= 3;
    } else {
      return false;
    }
    if (d < 3 || text[d - 1] != ' ') return false;
    size_t end = d - 1;
    for (int words = 0; words < 3; ++words) {
      const size_t b = quasi::NameWordStart(text, end);
      if (b == end || CapitalisedWordEnd(text, b) != end || !MayStartName(text.substr(b, end - b))) return false;
      size_t s = b;
      while (s > 0 && text[s - 1] == ' ') --s;
      // A list number ("2)", "3.", "-") or the line's start opens the name.
      if (OpensLineAfterListMarker(text, s, SIZE_MAX)) break;
      if (s != b - 1 || words == 2) return false;
      end = s;
    }
    const size_t after = e + ClosingQuoteAt(text, e);
    return after >= text.size() || !IsWordByte(text[after]);
  }

  // Whether the opening quote at text[q] follows a capitalised word, a
  // comma and "called" or "known as", "popularly", "commonly", "locally" or
  // "better" allowed before them ('Gatluak, popularly called "Bullet"';
  // 'cousin Patrick Lukoo, called "Pato",
  // in', 'Tijani Ali Dafallah, known as "Abu Shanab"'; not 'the operation,
  // called "Red Dawn"'), or "known as" opening a parenthesis ('Sayedul
  // Amin\n(known as "Bodda")'), an age in parentheses allowed before the
  // comma ('a youth, Anwar Sadek (19), called "Tutu"').
  static bool CalledAfterName(std::string_view text, size_t q) {
    for (std::string_view called :
         {std::string_view(", called "), std::string_view(", known as "), std::string_view(" (known as "),
          std::string_view("\n(known as "), std::string_view(", popularly called "),
          std::string_view(", popularly known as "), std::string_view(", commonly called "),
          std::string_view(", commonly known as "), std::string_view(", better known as "),
          std::string_view(", locally called "), std::string_view(", locally known as ")}) {
      if (q < called.size() + 2 || text.compare(q - called.size(), called.size(), called) != 0) continue;
      size_t end = q - called.size();
      if (text[end - 1] == ')') {  // "(19)", "(M, 19)", "(19 yrs)"
        size_t open = end - 1;
        while (open > 0 && text[open - 1] != '(' && text[open - 1] != '\n' && end - open < 12) --open;
        if (open < 3 || text[open - 1] != '(' || text[open - 2] != ' ' ||
            ReadAgeInParentheses(text, open - 1).end != end) {
          return false;
        }
        end = open - 2;
      }
      const size_t b = quasi::NameWordStart(text, end);
      return b < end && CapitalisedWordEnd(text, b) == end && MayStartName(text.substr(b, end - b));
    }
    return false;
  }

  // Whether the quoted name ending at text[e) is followed by an age in
  // parentheses with a unit or a sex mark ('"Dogo" (14 yrs)', '"Tina" (F,
  // 9)'): a child or a person listed by a nickname. A bare number ('"Alpha"
  // (2)') counts teams and items as often.
  static bool AgedNickname(std::string_view text, size_t e) {
    const AgeInParentheses age = ReadAgeAfterSpace(text, e + ClosingQuoteAt(text, e));
    return age.end != 0 && !age.bare;
  }

  // Whether the quoted name ending at text[e), whose opening quote is at
  // text[q], follows a handle ('@tausug_boy_99 "Benhar"', '@tausug_boy_99
  // ("Benhar")') or is followed by one in parentheses ('"Datu Madz"
  // (@datumadz_official)'): the name the account goes by.
  static bool BesideHandle(std::string_view text, size_t q, size_t e) {
    size_t p = q;
    if (p > 0 && text[p - 1] == '(') --p;
    if (p > 0 && text[p - 1] == ' ') {
      size_t w = p - 1;
      while (w > 0 && (IsWordByte(text[w - 1]) || text[w - 1] == '.' || text[w - 1] == '_') && p - 1 - w <= 30) --w;
      if (w > 0 && text[w - 1] == '@' && w < p - 1) return true;
    }
    const size_t after = e + ClosingQuoteAt(text, e);
    return text.compare(after, 3, " (@") == 0;
  }

  // Whether text[s] opens its line, after a list marker of at most
  // `max_marker` bytes (digits, '-', '*', '.', ')': "2)", "3.", "-") and
  // spaces or tabs.
  static bool OpensLineAfterListMarker(std::string_view text, size_t s, size_t max_marker) {
    size_t m = s;
    while (m > 0 && s - m < max_marker &&
           (IsDigitAscii(text[m - 1]) || text[m - 1] == ')' || text[m - 1] == '.' || text[m - 1] == '-' ||
            text[m - 1] == '*')) {
      --m;
    }
    while (m > 0 && (text[m - 1] == ' ' || text[m - 1] == '\t')) --m;
    return m == 0 || text[m - 1] == '\n';
  }

  // Whether the quoted name ending at text[e), whose opening quote is at
  // text[q], opens a line or a list item ("- ", "* ", "3. ", "3) ") and is
  // followed by a dash and a description: a person of a list known by a
  // nickname ('- "Le Colonel" – the steerer').
  static bool ListedQuotedName(std::string_view text, size_t q, size_t e) {
    size_t m = q;
    while (m > 0 && text[m - 1] == ' ') --m;
    if (!OpensLineAfterListMarker(text, m, 4)) return false;
    const size_t after = e + ClosingQuoteAt(text, e);
    for (std::string_view dash : {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "}) {
      if (text.compare(after, dash.size(), dash) == 0) return true;
    }
    return false;
  }

  // Whether the quoted name ending at text[e), whose opening quote is at
  // text[q], follows two or three capitalised words that may make a name
  // (one space before the quote) and ends a word: the nickname after a
  // full name, as rosters write it ('Mohamed Abdinoor "Yare"'), or after a
  // comma at the end of a clause ('Toño Quiñones, "Cabezón".'). One word
  // before is too little ('Ranger "Dam"', 'Hotel "Palace"'); a capitalised
  // word after makes NameAroundNickname's case.
  static bool TrailingNickname(std::string_view text, size_t q, size_t e, size_t* name_begin = nullptr,
                               size_t* name_end = nullptr) {
    const size_t after = e + ClosingQuoteAt(text, e);
    if (after < text.size() && (IsWordByte(text[after]) || (after + 1 < text.size() && text[after] == ' ' &&
                                                            IsUpperAscii(text[after + 1])))) {
      return false;
    }
    if (q < 3 || text[q - 1] != ' ') return false;
    size_t end = q - 1;
    // 'era Toño Quiñones, "Cabezón".': after a comma, the nickname ends its
    // clause.
    if (text[end - 1] == ',') {
      if (after < text.size() && text[after] != '.' && text[after] != ',' && text[after] != ';' &&
          text[after] != ')' && text[after] != '\n') {
        return false;
      }
      --end;
    }
    const size_t last_end = end;
    const WordsBefore words = NameWordsBefore(text, end, 3, [&](size_t b, size_t we) {
      return NameWordWithArticleEnd(text, b) == we && MayStartName(text.substr(b, we - b));
    });
    if (words.count < 2) return false;
    size_t first = words.begin;
    // A word for the person's role or kin opening the words is no part of
    // the name ('Driver Abdi Hassan "Dheere"').
    for (;;) {
      const size_t we = quasi::NameWordEnd(text, first);
      if (we >= last_end || we - first > 16) break;
      std::array<char, 16> buf;
      if (!IsPersonRelationWord(quasi::LowerAsciiInto(text.substr(first, we - first), buf))) break;
      first = we + 1;
    }
    // Words in capitals alone are as often a heading's ('EXTORSION ET
    // "Zenglendo"'): only the nickname then.
    const std::string_view name = text.substr(first, last_end - first);
    if (first >= last_end || std::none_of(name.begin(), name.end(), quasi::IsLowerAscii)) {
      first = last_end;
    }
    if (name_begin != nullptr) *name_begin = first;
    if (name_end != nullptr) *name_end = last_end;
    return true;
  }

  // Whether " = " and two or three capitalised words (the first no opener
  // of sentences nor a word for a thing, one of them in capitals) follow the
  // closing quote of a quoted name ending at text[e): the name it stands for
  // ('« Bozi » = MUKUNA Alain'), set in *nb and *ne.
  static bool EqualsNameAfter(std::string_view text, size_t e, size_t* nb, size_t* ne) {
    const size_t close = e + ClosingQuoteAt(text, e);
    if (close == e || text.compare(close, 3, " = ") != 0) return false;
    const size_t b = close + 3;
    size_t end = b;
    int words = 0;
    bool capitals = false;
    while (words < 3 && end < text.size()) {
      const size_t w = words == 0 ? end : end + 1;
      if (words > 0 && text[end] != ' ') break;
      const size_t we = CapitalisedWordEnd(text, w);
      if (we == 0 || (words == 0 && !MayStartName(text.substr(w, we - w)))) break;
      capitals |= we - w >= 3 && std::all_of(text.begin() + w, text.begin() + we, [](char c) {
        return IsUpperAscii(c) || static_cast<unsigned char>(c) >= 0x80 || c == '-';
      });
      end = we;
      ++words;
    }
    if (words < 2 || !capitals) return false;
    *nb = b;
    *ne = end;
    return true;
  }

  // Capitalised words that end or make the names of documents, bodies and
  // schemes, not persons ("Plan", "Agreement", "Committee"). Sorted.
  static constexpr std::string_view kThingHeads[] = {
      "Accord",    "Act",     "Agreement", "Commission", "Committee", "Convention", "Council",
      "Court",     "Declaration", "Foundation", "Framework", "Fund",  "Initiative", "Law",
      "Mission",   "Plan",    "Policy",    "Programme",  "Project",   "Protocol",   "Report",
      "Resolution", "Strategy", "Treaty"};
  static_assert(std::is_sorted(std::begin(kThingHeads), std::end(kThingHeads)));

  // Capitalised words before the opening quote at text[q] that may start a
  // person's name: not an opener of sentences nor a word that names things
  // by a quoted name ('Operation "Red Dawn"').
  static bool MayStartName(std::string_view word) {
    static constexpr std::string_view kThings[] = {
        "Album",   "Bank",     "Battalion", "Book",      "Brigade", "Camp",    "Campaign", "Company", "Festival",
        "Film",    "Group",    "Hotel",     "Magazine",  "Movement", "Newspaper", "Operation", "Party", "Program",
        "Programme", "Project", "Radio",    "Show",      "Song",    "Station", "Team"};
    return !quasi::IsSentenceOpener(word) && std::find(std::begin(kThings), std::end(kThings), word) == std::end(kThings);
  }

  // The end of the capitalised word at text[b] (a capital, then letters,
  // non-ASCII bytes, inner hyphens and apostrophes; at least two bytes; no
  // quote right after, unless cell_end and the quote closes a CSV cell: '"'
  // before a ',', a line end or the end of the text), or 0.
  static size_t CapitalisedWordEnd(std::string_view text, size_t b, bool cell_end = false) {
    if (b >= text.size() || !IsUpperAscii(text[b])) return 0;
    size_t e = b + 1;
    while (e < text.size() && (IsWordByte(text[e]) || ((text[e] == '-' || text[e] == '\'') && e + 1 < text.size() &&
                                                        IsUpperAscii(text[e + 1])))) {
      if (IsDigitAscii(text[e])) return 0;
      ++e;
    }
    if (e - b < 2) return 0;
    if (ClosingQuoteAt(text, e) == 0) return e;
    const bool closes_cell = text[e] == '"' && (e + 1 == text.size() || text[e + 1] == ',' || text[e + 1] == '\n' ||
                                                text[e + 1] == '\r');
    return cell_end && closes_cell ? e : 0;
  }

  // Up to `max_words` words joined by single spaces that end at text[end),
  // read from the last back (quasi::NameWordStart), each [b, e) taken while
  // accept(b, e) holds; the walk stops after a word with no space before it.
  // `begin` is where the first word taken starts (end when none), `count`
  // how many were taken.
  struct WordsBefore {
    size_t begin;
    int count;
  };
  template <typename Accept>
  static WordsBefore NameWordsBefore(std::string_view text, size_t end, int max_words, Accept accept) {
    WordsBefore words{end, 0};
    while (words.count < max_words) {
      const size_t b = quasi::NameWordStart(text, end);
      if (b == end || !accept(b, end)) break;
      words.begin = b;
      ++words.count;
      if (b < 2 || text[b - 1] != ' ') break;
      end = b - 1;
    }
    return words;
  }

  // CapitalisedWordEnd, or of a capitalised word after an Arabic article
  // ("al-Hasnawi", "el-Tayeb"): a family name around or before a nickname
  // ('Abdelsalam "Salouma" al-Hasnawi', 'Abdulrahman al-Jahmi "Rahoom"').
  static size_t NameWordWithArticleEnd(std::string_view text, size_t b, bool cell_end = false) {
    const size_t article = b < text.size() ? ArabicArticleLength(text.substr(b, 5)) : 0;
    return CapitalisedWordEnd(text, b + article, cell_end);
  }

  // 'Ramil "Boy" ABINAL', 'Jean-Robert "Djo" DORVILUS': one to three
  // capitalised words right before the opening quote at text[q], a quoted
  // name ending at text[e), and one or two capitalised words right after the
  // closing quote: one person's name with the nickname inside, reported
  // whole (subkind NICKNAME).
  static void NameAroundNickname(std::string_view text, size_t q, size_t e, FindingSink& sink, size_t* from) {
    if (q < 3 || text[q - 1] != ' ') return;
    const size_t begin = NameWordsBefore(text, q - 1, 3, [&](size_t b, size_t e) {
                           return NameWordWithArticleEnd(text, b) == e && MayStartName(text.substr(b, e - b)) &&
                                  b >= *from;
                         }).begin;
    if (begin >= q - 1) return;  // no name word before the quote
    size_t end = e + ClosingQuoteAt(text, e);
    size_t after = 0;
    while (after < 2 && end + 1 < text.size() && text[end] == ' ') {
      const size_t we = NameWordWithArticleEnd(text, end + 1, /*cell_end=*/true);
      if (we == 0) break;
      end = we;
      ++after;
    }
    if (after == 0) return;
    Report(begin, end, sink, from, "NICKNAME");
  }

  static void Report(size_t begin, size_t end, FindingSink& sink, size_t* from, std::string_view subkind = "CODENAME") {
    Finding f;
    f.begin = begin;
    f.end = end;
    f.kind = Kind::kPerson;
    f.subkind = subkind;
    f.confidence = kCodeNameConfidence;
    f.detector = kId;
    sink.Add(f);
    *from = end;
  }
};

}  // namespace

std::unique_ptr<const Detector> NewCodeNameDetector() { return std::make_unique<CodeNameDetector>(); }

}  // namespace tearline

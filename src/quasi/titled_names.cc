// The titled-name detector: a personal honorific followed by a person's
// name ("Ms J. Chrzanowska", "Mullah Haji Noorullah Zadran"). Contract in
// tearline/quasi.h (NewTitledNameDetector).
#include <algorithm>
#include <array>
#include <cstring>
#include <optional>

#include "name_words.h"
#include "quasi_internal.h"
#include "tearline/file.h"
#include "tearline/quasi.h"

namespace tearline {
namespace {

using quasi::Gap;
using quasi::Word;

constexpr std::string_view kId = "titles";
constexpr size_t kMaxNameWords = 4;
// A titled name is a person's name far more often than not; it still stays
// below what the tagger gives a name it knows, and above every policy
// threshold in the examples, so a name the tagger missed is acted on.
constexpr float kTitledNameConfidence = 0.6f;

// Honorifics that stand before a person's name and nothing else, lower case,
// 2 to 8 bytes. Titles that also name an office or a thing ("President",
// "General", "Judge") are not here: "General Assembly" names no one, and the
// tagger reads those.
constexpr std::array<std::string_view, 89> kHonorifics = {
    "mr",     "mrs",    "ms",     "miss",   "dr",       "prof",    "mullah",  "mulla",  "maulvi", "mawlawi",
    "maulana", "mawlana", "qari", "haji",   "hajji",    "sayed",   "sayyid",  "syed",   "ustad",  "sheikh",
    "shaikh", "herr",   "frau",   "mme",    "mlle",     "monsieur", "señor",  "señora", "doña",
    "daw",      // Burmese, before a woman's name ("Daw Hla Hla Win")
    "imam",   "pastor", "fr",     "sr",     "sor",  // clergy: "Fr. Teodoro", "Sr. Mary-Grace", "Sor Marta" (Sister)
    "pasteur", "pastora",                   // "le pasteur Josaphat Biringanine", "la pastora Marlene"
    "hon",                                  // "Hon. Grace Akello"
    "kapitan", "kagawad", "kgd",            // Philippine barangay captain and councillor ("Kgd. Cabungcal")
    "alhaji", "alhaja", "hajiya", "malam", "mallam", "bulama", "ustaz", "ustadh",  // Sahel, Lake Chad
    "ustaza", "ustadha",                    // Sudan: "Ustaza Amna" (a woman teacher); not "Hajj", the pilgrimage
    "suldaan", "ugaas", "garaad",           // Somali traditional leaders
    "saya",   "ashin",  "sayadaw",          // Burmese: teacher, monk, abbot ("Sayadaw U Nandiya")
    "sra",    "srta",   "dona",   "ir",     "irmã",   "frei",   // Portuguese, Spanish: "Sra.", "Ir. Conceição"
    "madam",  "mama",                       // "Madam Gift", "Mama Ngozi": West and East Africa
    "mzee",   "bwana",                      // Swahili: an elder, "sir" ("Mzee Dub Tadicha", "Bwana Otieno")
    "hadjé",  "hadje",  "hadja",            // Chad: "Hadjé Fatimé Mbodou"
    "teungku", "tgk",   "keuchik",          // Aceh: "Teungku Marzuki", "Tgk. Ali", the village head
    "datu",   "hadji",                      // Mindanao: "Datu Madz", "Hadji Jabar"
    "pltcol", "pcol",   "pmaj",   "pcpt",   // Philippine police ranks: "PLtCol. Abubakar"
    "dott",   "sig",                        // Italian: "Dott. Greco", "Sig. Rossi"
    "moulavi", "moulvi", "molvi",           // Sri Lanka, South Asia: "Moulavi M.H. Ansar"
    "pak",    "bapak",  "ibu",              // Indonesian: "Pak Sukardi", "Ibu Sari"
    "xanim",  "mamoste"};                   // Kurdish: "Xanim Gulê" (Mrs), "Mamoste Nûjiyan" (teacher)
// Burmese and Karen honorifics that are also English words or abbreviations
// ("U Tin Win", "Ko Zaw", "Ma Thida", "Naw Say Paw", "Saw Eh Doh"), and
// "Maung", before a man's name and often its first word too ("Maung Maung
// Gyi"; "Maungdaw", a town, is one word), and the
// kin words Central and West Africa address elders by in French ("Papa
// Moussa", "Tonton Émile", "Tantine Rose"), and the Haitian diminutive that
// opens a nickname ("Ti Chèf", "Ti-Kouto"), and the French "Me" (Maître,
// before a lawyer's name: "Me Ndjidda"), and the Balinese markers of a man
// and a woman, I and Ni, before a birth-order name (kBalineseBirthNames: "I
// Made Gede", "Ni Ketut Sriani"), and the Indian Smt, Shri and Shrimati
// ("Smt. Budhni MURMU"; not "SMT", a security team, nor "Sri": Sri Lanka),
// and the French OPJ (officier de police judiciaire: "OPJ Banza KITWA"; not
// "l'OPJ. Name", a sentence's end), and the South Asian and Malay
// abbreviations that open a name, Md and Mohd (Mohammad) and Mst (Mosammat,
// a woman): "Md. Shafiqul ISLAM", "Mst. Kohinoor" (not "MD", a doctor):
// only as written here, a capital and lower case, never in capitals ("MA
// Program", "PAPA BRAVO"). A family name in capitals may follow Smt, Shri,
// OPJ, Me ("Me Godefroid LIKOKE"), Md, Mohd and Mst.
constexpr std::array<std::string_view, 20> kMixedCaseHonorifics = {"Ko",     "Ma",      "Maung", "Naw", "Saw", "U",
                                                                   "Papa",   "Tonton",  "Tantine", "Ti", "Me",
                                                                   "I",      "Ni",
                                                                   "Smt",    "Shri",    "Shrimati", "OPJ",
                                                                   "Md",     "Mohd",    "Mst"};
// Balinese names by birth order, which follow I or Ni. Sorted.
constexpr std::string_view kBalineseBirthNames[] = {"Gede",   "Kadek", "Ketut",  "Komang", "Luh",
                                                    "Made",   "Nengah", "Nyoman", "Putu",  "Wayan"};
static_assert(std::is_sorted(std::begin(kBalineseBirthNames), std::end(kBalineseBirthNames)));
// Abbreviated ranks of armies, police and gendarmeries, and Latin American
// titles of degree, that stand before a name only with their period ("Cpt.
// Rahman", "Cdr. Lion", "Adj.-chef Samuel Doko", "Tte. Rojas", "Lic.
// Mendoza", "Ab. Rosero": abogado, "Pol. Ayovi": policia, the Portuguese
// "Pe. Vicente": padre; the Spanish "Cap.
// Villca", "Cnel. Ortuño", "Gral.", "Sof. Quispe": suboficial, "Tcnel.",
// "Ing. Sanabria": ingeniero, "Dra. Vaca": doctora, "Lcda." / "Lcdo.":
// licenciada, "Hna. Lucía": hermana, a nun; the Philippine "Kap. Dodong":
// kapitan; the Indonesian "Pdt. Yosua": pendeta, a pastor), lower case, 2
// to 8 bytes. Sorted.
constexpr std::array<std::string_view, 36> kRankAbbreviations = {
    "ab", "adj", "adjt", "cap", "capt", "cbop", "cdr", "cdt", "cmdt", "cne", "cnel", "col", "cpl", "cpt", "dra",
    "gen", "gral", "hna", "ing", "insp", "kap", "lcda", "lcdo", "lic", "lt", "ltcol", "maj", "pdt", "pe", "pol",
    "sgt", "sgto", "sof", "supt", "tcnel", "tte"};
// English abbreviated ranks that stand before a name without their period
// too ("Lt Okwir Patrick", "Sgt Toakai Tetoa", "Capt Bashir"), and the
// French "Adjudant" ("Adjudant-chef Ngarta MBAÏLAO"), "Adj/C", "Adc"
// (adjudant-chef) and "MdL" (maréchal des logis) of the gendarmerie: only as
// written here, in title case and before a space ("LT" and "Col de Tende"
// name no one; "Pte", as in "Pte Ltd", is left out). Sorted.
constexpr std::string_view kBareRanks[] = {"Adc", "Adj", "Adjudant", "Brig", "Capt", "Cdr", "Col", "Cpl", "Cpt",
                                           "Gen", "Insp", "Lt",  "Maj",      "MdL",  "Sgt",  "Supt"};
static_assert(std::is_sorted(std::begin(kBareRanks), std::end(kBareRanks)));
// Their first letters in upper case: the bytes the candidate search looks for.
constexpr std::string_view kStartLetters = "MDPQHSUFIKAGNBTCLXO";
static_assert(std::all_of(kHonorifics.begin(), kHonorifics.end(), [](std::string_view h) {
  return h.size() >= 2 && h.size() <= 8 && kStartLetters.find(static_cast<char>(h[0] - 32)) != std::string_view::npos;
}));
static_assert(std::all_of(kMixedCaseHonorifics.begin(), kMixedCaseHonorifics.end(), [](std::string_view h) {
  return kStartLetters.find(h[0]) != std::string_view::npos;
}));
static_assert(std::is_sorted(kRankAbbreviations.begin(), kRankAbbreviations.end()));
static_assert(std::all_of(std::begin(kBareRanks), std::end(kBareRanks), [](std::string_view h) {
  return kStartLetters.find(h[0]) != std::string_view::npos;
}));
static_assert(std::all_of(kRankAbbreviations.begin(), kRankAbbreviations.end(), [](std::string_view h) {
  return h.size() >= 2 && h.size() <= 8 && kStartLetters.find(static_cast<char>(h[0] - 32)) != std::string_view::npos;
}));

// Capitalised words that end a name after an honorific: offices ("Mr
// President", "Mr Justice X" is left to the tagger) and address words.
constexpr std::array<std::string_view, 24> kRoles = {
    "president", "justice",  "judge",     "chairman",   "chairwoman", "chair",     "minister", "secretary",
    "speaker",   "governor", "general",   "commissioner", "director", "prosecutor", "agent",   "registrar",
    "deputy",    "ambassador", "chief",   "sir",        "madam",      "mayor",     "senator",  "vice"};

// Up to 8 bytes, ASCII letters lower-cased, packed little-endian into one word.
constexpr uint64_t PackLower(std::string_view s) {
  uint64_t v = 0;
  for (size_t k = 0; k < s.size() && k < 8; ++k) {
    auto c = static_cast<unsigned char>(s[k]);
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c | 0x20);
    v |= uint64_t{c} << (8 * k);
  }
  return v;
}

// Up to 8 bytes as they are, packed little-endian into one word.
constexpr uint64_t PackExact(std::string_view s) {
  uint64_t v = 0;
  for (size_t k = 0; k < s.size() && k < 8; ++k) v |= uint64_t{static_cast<unsigned char>(s[k])} << (8 * k);
  return v;
}

// A list of words of 1 to 8 bytes (no NUL), each packed by `pack`, sorted:
// a membership test is one binary search over integers. Words run every
// capitalised word of a text through these lists.
template <size_t N>
std::array<uint64_t, N> SortedPacks(const std::array<std::string_view, N>& words, uint64_t (*pack)(std::string_view)) {
  std::array<uint64_t, N> out{};
  for (size_t i = 0; i < out.size(); ++i) out[i] = pack(words[i]);
  std::sort(out.begin(), out.end());
  return out;
}
template <size_t N>
bool InPacks(const std::array<uint64_t, N>& packs, uint64_t v) {
  return std::binary_search(packs.begin(), packs.end(), v);
}

// Whether a word, in any ASCII case, is one of kHonorifics, or as written
// one of kMixedCaseHonorifics.
bool IsHonorific(std::string_view word) {
  static const auto kLower = SortedPacks(kHonorifics, PackLower);
  static const auto kMixed = SortedPacks(kMixedCaseHonorifics, PackExact);
  if (word.empty() || word.size() > 8) return false;  // no entry is longer
  return (word.size() >= 2 && InPacks(kLower, PackLower(word))) || InPacks(kMixed, PackExact(word));
}

// Whether the word text[b, e) is one of kBareRanks and a space, "-chef"
// ("Adjudant-chef Ngarta MBAÏLAO") or "/C " ("Adj/C Mbarga") follows it;
// "Adj" only before "/C ".
bool IsBareRank(std::string_view text, size_t b, size_t e) {
  static const auto kBare = SortedPacks(std::to_array(kBareRanks), PackExact);
  const bool slash_chef = text.compare(e, 3, "/C ") == 0;  // "Adj/C Mbarga"
  // "Adj" alone abbreviates words too ("Adj Total"): only as "Adj/C".
  if (text.compare(b, e - b, "Adj") == 0 && !slash_chef) return false;
  return e < text.size() && (text[e] == ' ' || text.compare(e, 5, "-chef") == 0 || slash_chef) && e > b && e - b <= 8 &&
         InPacks(kBare, PackExact(text.substr(b, e - b)));
}

// Whether the word text[b, e) is a rank: in any ASCII case one of
// kRankAbbreviations with its period after it, or one of kBareRanks
// (IsBareRank), or "M." and a space.
bool IsRankAbbreviation(std::string_view text, size_t b, size_t e) {
  if (IsBareRank(text, b, e)) return true;
  if (e >= text.size() || text[e] != '.') return false;
  // French "M." (Monsieur) before one space: "(M. Mushagalusa)". Read as an
  // initial instead ("M. N. Omari"), the name found is still a person's.
  // Not a piece of initials or of an abbreviation ("P.M. Dallas", "Z.M.
  // Necatigil", "A.-M. Mendiboure").
  if (e - b == 1) {
    return text[b] == 'M' && e + 1 < text.size() && text[e + 1] == ' ' &&
           (b == 0 || std::strchr(" \n(\"'", text[b - 1]) != nullptr) &&
           !(e + 3 < text.size() && quasi::IsUpperAscii(text[e + 2]) && text[e + 3] == '.');
  }
  if (e - b < 2 || e - b > 8) return false;
  static const auto kRanks = SortedPacks(kRankAbbreviations, PackLower);
  return InPacks(kRanks, PackLower(text.substr(b, e - b)));
}

bool IsRole(uint64_t hash) {
  static const auto kSet = [] {
    std::array<uint64_t, kRoles.size()> out{};
    for (size_t i = 0; i < out.size(); ++i) out[i] = quasi::HashLower(kRoles[i]);
    std::sort(out.begin(), out.end());
    return out;
  }();
  return std::binary_search(kSet.begin(), kSet.end(), hash);
}

bool Capitalised(const Word& w) { return (w.flags & (quasi::kCap | quasi::kAllCaps)) != 0; }

std::string_view Bytes(std::string_view text, const Word& w) { return text.substr(w.begin, w.end - w.begin); }

// Letters of a word, counted as code points.
size_t Letters(std::string_view text, const Word& w) {
  size_t n = 0;
  for (size_t p = w.begin; p < w.end; ++p) n += (static_cast<unsigned char>(text[p]) & 0xC0) != 0x80;
  return n;
}

// The most spaces between two words of a name: a wider gap is layout (the
// columns of a table) or, in the leak check, a placeholder blanked to spaces
// ("Mr [PERSON 1] Further" is read as "Mr" and "Further", not as one name).
constexpr size_t kMaxNameSpaces = 2;

// The end of a name word that ends at text[e) and goes on past an
// apostrophe with small letters ("Hauwa'u", "Jumma'a": Hausa names): the end
// of those letters; e itself before a possessive or a contraction
// ("Hauwa's", "Bello'll") or anything else.
size_t ApostropheSyllableEnd(std::string_view text, size_t e) {
  size_t p = e;
  if (p < text.size() && text[p] == '\'') {
    ++p;
  } else if (text.compare(p, 3, "\xE2\x80\x99") == 0) {
    p += 3;
  } else {
    return e;
  }
  const size_t letters = p;
  while (p < text.size() && text[p] >= 'a' && text[p] <= 'z') ++p;
  if (p == letters || (p < text.size() && IsWordByte(text[p]))) return e;
  static constexpr std::string_view kEndings[] = {"d", "ll", "m", "re", "s", "t", "ve"};
  const std::string_view tail = text.substr(letters, p - letters);
  return std::find(std::begin(kEndings), std::end(kEndings), tail) != std::end(kEndings) ? e : p;
}

// Whether the bytes between words j-1 and j let a name go on: one or two
// spaces; a joiner ("Abdul-Rahman", "O'Brien"); a line break and an indent
// inside the name (not right after the honorific); or, after an honorific
// ("Mrs.") or an initial or a short abbreviation of at most two letters
// ("J.", "Cz.", "C.-H."), its period and then one or two spaces or a
// hyphen, or, between two initials, the period alone ("M.H. Ansar"). A
// line break, a tab (the next cell of a table) or any other mark ends the
// name.
bool NameGap(std::string_view text, const std::vector<Word>& w, size_t j, bool after_honorific) {
  if (w[j].gap == Gap::kJoiner) return true;
  // A name wrapped onto an indented line of a log or a form ("Dr. Sylvestre\n
  // Kanga-Yamalé"): one line break right after the word, then two spaces or
  // more and the next word, not in capitals ("ASKING" of a telex-style log)
  // and before no colon (not the next label).
  if (w[j].gap == Gap::kNewline && !after_honorific) {
    const std::string_view gap = text.substr(w[j - 1].end, w[j].begin - w[j - 1].end);
    return gap.size() >= 3 && gap[0] == '\n' && gap.find_first_not_of(' ', 1) == std::string_view::npos &&
           !(w[j].flags & quasi::kAllCaps) && (w[j].end >= text.size() || text[w[j].end] != ':');
  }
  if (w[j].gap == Gap::kSpace) {
    const std::string_view gap = text.substr(w[j - 1].end, w[j].begin - w[j - 1].end);
    return gap.size() <= kMaxNameSpaces && gap.find('\t') == std::string_view::npos;
  }
  std::string_view gap = text.substr(w[j - 1].end, w[j].begin - w[j - 1].end);
  if (gap.empty() || gap[0] != '.' || (!after_honorific && Letters(text, w[j - 1]) > 2)) return false;
  gap.remove_prefix(1);
  if (gap == "-") return true;
  // Initials run together: "M.H. Ansar".
  if (gap.empty()) return Letters(text, w[j - 1]) == 1 && Letters(text, w[j]) == 1;
  return !gap.empty() && gap.size() <= kMaxNameSpaces && gap.find_first_not_of(' ') == std::string_view::npos;
}

// A word that may be part of the name: capitalised, not a word that ends
// names (sentence openers, organisation words, offices). Months may ("Mrs
// May").
bool NameWord(const Word& w) {
  constexpr uint32_t kNever = quasi::kClsStopStart | quasi::kClsHead;
  return Capitalised(w) && !(w.flags & quasi::kNumber) && !(w.cls & kNever) && !IsRole(w.hash);
}

// The titled name that starts at words[0], if any: a capitalised honorific,
// further honorifics ("Mullah Haji ..."), then one to four name words
// (NameGap, NameWord), one of them longer than two letters (or one initial
// and its period, not followed by a capitalised word: "Dr. K."), not followed by
// a place head (kClsHead: "Sheikh Lotfollah Mosque" names a place). Words
// are classified with the detector's table. The span ends with the last name
// word's last letter: a final initial's period and a possessive "'s" stay
// outside.
std::optional<Finding> MatchTitledName(std::string_view text, const std::vector<Word>& words) {
  if (words.empty() || !Capitalised(words[0])) return std::nullopt;
  const bool rank = IsRankAbbreviation(text, words[0].begin, words[0].end);
  if (!rank && !IsHonorific(Bytes(text, words[0]))) return std::nullopt;
  // A Burmese honorific is followed by a space, never a period ("U.S. Army"),
  // and by name words in title case ("U GOING OUT TONIGHT" is a chat's "you");
  // "U" by two of them ("U Tin Win"), and not after a lower-case word (MatchAt).
  const std::string_view first = Bytes(text, words[0]);
  const bool mixed_case =
      std::find(kMixedCaseHonorifics.begin(), kMixedCaseHonorifics.end(), first) != kMixedCaseHonorifics.end();
  // "Ti" may also be joined to the name by a hyphen ("Ti-Kouto"); "Smt" and
  // "Shri" by their period and a space ("Smt. Budhni").
  const bool period = words.size() >= 2 && words[1].gap == Gap::kOther &&
                      (first == "Smt" || first == "Shri" || first == "Md" || first == "Mohd" || first == "Mst") &&
                      text.compare(words[0].end, 2, ". ") == 0 && words[1].begin == words[0].end + 2;
  if (mixed_case && (words.size() < 2 || (words[1].gap != Gap::kSpace && !(first == "Ti" && words[1].gap == Gap::kJoiner) &&
                                          !period))) {
    return std::nullopt;
  }
  size_t j = 1;
  // "Adj.-chef", "Sgt.-major": the rank goes on after a hyphen; "Adj/C":
  // after a slash ("chef").
  if (rank && j < words.size() && NameGap(text, words, j, true) &&
      (Bytes(text, words[j]) == "chef" || Bytes(text, words[j]) == "major")) {
    ++j;
  } else if (rank && j < words.size() && Bytes(text, words[j]) == "C" && words[j].begin == words[0].end + 1 &&
             text[words[0].end] == '/') {
    ++j;
  }
  // Further honorifics and, after a rank, further ranks ("Lt Gen. Okello",
  // "Maj Gen Ruto").
  while (j < words.size() && NameGap(text, words, j, true) && Capitalised(words[j]) &&
         (IsHonorific(Bytes(text, words[j])) ||
          (rank && IsRankAbbreviation(text, words[j].begin, words[j].end)))) {
    ++j;
  }
  size_t end = j, names = 0;
  bool full_word = false;  // a name word longer than two letters
  // A lower-case Arabic article joined to a capitalised word by a hyphen is
  // part of the name ("Sheikh al-Dubai").
  const auto article = [&](size_t k) {
    return k + 1 < words.size() && words[k + 1].gap == Gap::kJoiner && Capitalised(words[k + 1]) &&
           ArabicArticleLength(text.substr(words[k].begin)) == words[k + 1].begin - words[k].begin;
  };
  size_t joined_end = 0;  // after initials run together ("M.H."), the end of the last
  while (j < words.size() && names < kMaxNameWords && NameGap(text, words, j, names == 0) &&
         (NameWord(words[j]) || article(j))) {
    if (words[j].begin == words[j - 1].end + 1 && text[words[j - 1].end] == '.') joined_end = j + 1;
    full_word = full_word || Letters(text, words[j]) > 2;
    ++names;
    end = ++j;
  }
  // After initials run together one family name may follow, in title case
  // and before no other capitalised word ("Moulavi M.H. Ansar – Kattankudy";
  // in "Dr. P.C. Kit PEP non indiqué" a sentence starts after "P.C.").
  if (joined_end != 0 && end > joined_end) {
    const bool one_word = end == joined_end + 1 && !(words[end - 1].flags & quasi::kAllCaps) &&
                          !(end < words.size() && Capitalised(words[end]) && NameGap(text, words, end, false));
    if (!one_word) {
      names -= end - joined_end;
      end = j = joined_end;
      full_word = false;
    }
  }
  // "Dr. K.", "Ustadh K.": one initial and its period after an honorific
  // that is no Burmese one names a person too.
  const bool initial_only = !full_word && !mixed_case && names == 1 && Letters(text, words[end - 1]) == 1 &&
                            words[end - 1].end < text.size() && text[words[end - 1].end] == '.' &&
                            (end == words.size() || !Capitalised(words[end]) || words[end].begin > words[end - 1].end + 3);
  if (!full_word && !initial_only) return std::nullopt;
  if (mixed_case) {
    if (first == "U" && names < 2) return std::nullopt;
    // "I Made Gede": I and Ni only before a birth-order name and another.
    if ((first == "I" || first == "Ni") &&
        (names < 2 || !std::binary_search(std::begin(kBalineseBirthNames), std::end(kBalineseBirthNames),
                                          Bytes(text, words[end - names])))) {
      return std::nullopt;
    }
    // A name word in capitals ("MA Program") is no name's, but for the
    // Indian honorifics, OPJ, Me, Md, Mohd and Mst, before a family name in
    // capitals ("Smt. Budhni MURMU", "OPJ Banza KITWA").
    const bool capitals_allowed = first == "Smt" || first == "Shri" || first == "Shrimati" || first == "OPJ" ||
                                  first == "Me" || first == "Md" || first == "Mohd" || first == "Mst";
    for (size_t k = end - names; k < end && !capitals_allowed; ++k) {
      if (words[k].flags & quasi::kAllCaps) return std::nullopt;
    }
  }
  if (j < words.size() && (words[j].cls & quasi::kClsHead) && Capitalised(words[j]) && NameGap(text, words, j, false)) {
    return std::nullopt;
  }
  return Finding{words[0].begin, ApostropheSyllableEnd(text, words[end - 1].end), Kind::kPerson, "TITLED",
                 kTitledNameConfidence, kId};
}

// Words that never belong to a name after an honorific (besides the offices
// in kRoles): sentence openers and function words.
constexpr std::string_view kNotNames[] = {"the", "a",  "an",  "in",   "on",   "at",   "by", "for", "from",
                                          "to",  "of", "and", "or",   "with", "this", "that", "his", "her",
                                          "their", "its", "said", "says", "also", "then", "who", "was", "is",
                                          "de",  "du", "des", "police", "army", "government"};
// Words that make the capitalised words before them the name of a place or
// an organisation ("Sheikh Lotfollah Mosque", "Haji Ali Market").
constexpr std::string_view kPlaceHeads[] = {
    "mosque", "church",   "temple",  "shrine",    "museum",    "square",   "bridge",     "airport",
    "station", "hotel",   "market",  "bazaar",    "street",    "road",     "avenue",     "district",
    "province", "city",   "village", "school",    "hospital",  "university", "college",  "institute",
    "foundation", "company", "bank", "prison",    "embassy",   "court",    "ministry",   "department",
    "office", "council",  "committee", "commission", "agency", "party",    "park",       "camp",
    "base",   "checkpoint", "gate",  "hall",      "center",    "centre",   "library",    "clinic",
    "madrasa", "madrassa", "tower",  "house",     "building",  "stadium",  "mall",       "lane"};

using quasi::Bytes16;

// Bit k set for every byte k of v that is one of kStartLetters.
// The letters are spelled out so that each broadcast is a constant the
// compiler keeps out of the scan loop.
inline uint32_t StartLetterBits(Bytes16 v) {
  static_assert(kStartLetters.size() == 19, "one compare per start letter below");
  Bytes16 hit = (Bytes16)(v == uint8_t{kStartLetters[0]}) | (Bytes16)(v == uint8_t{kStartLetters[1]}) |
                (Bytes16)(v == uint8_t{kStartLetters[2]}) | (Bytes16)(v == uint8_t{kStartLetters[3]}) |
                (Bytes16)(v == uint8_t{kStartLetters[4]}) | (Bytes16)(v == uint8_t{kStartLetters[5]}) |
                (Bytes16)(v == uint8_t{kStartLetters[6]}) | (Bytes16)(v == uint8_t{kStartLetters[7]}) |
                (Bytes16)(v == uint8_t{kStartLetters[8]}) | (Bytes16)(v == uint8_t{kStartLetters[9]}) |
                (Bytes16)(v == uint8_t{kStartLetters[10]}) | (Bytes16)(v == uint8_t{kStartLetters[11]}) |
                (Bytes16)(v == uint8_t{kStartLetters[12]}) | (Bytes16)(v == uint8_t{kStartLetters[13]}) |
                (Bytes16)(v == uint8_t{kStartLetters[14]}) | (Bytes16)(v == uint8_t{kStartLetters[15]}) |
                (Bytes16)(v == uint8_t{kStartLetters[16]}) | (Bytes16)(v == uint8_t{kStartLetters[17]}) |
                (Bytes16)(v == uint8_t{kStartLetters[18]});
  return quasi::HighBitMask(hit);
}

class TitledNameScratch final : public DetectorScratch {
 public:
  std::vector<Word> words;
};

class TitledNameDetector final : public Detector {
 public:
  TitledNameDetector() {
    for (std::string_view w : kNotNames) table_.Add(w, quasi::kClsStopStart);
    for (std::string_view w : kPlaceHeads) table_.Add(w, quasi::kClsHead);
  }
  std::string_view id() const override { return kId; }
  KindMask kinds() const override { return KindBit(Kind::kPerson); }
  std::unique_ptr<DetectorScratch> NewScratch() const override { return std::make_unique<TitledNameScratch>(); }

  // Finds word starts that may be an honorific with a byte test, then splits
  // only a window after each into words.
  Status Scan(std::string_view text, DetectorScratch& scratch_base, FindingSink& sink) const override {
    auto* scratch = dynamic_cast<TitledNameScratch*>(&scratch_base);
    if (scratch == nullptr) return Status::Internal("titled-name detector got a scratch made by another detector");
    size_t from = 0;  // no match starts inside the previous one
    // Candidates are the bytes that may start an honorific, found 16 bytes
    // at a time (vector compares: SSE2 on x86-64, NEON on aarch64).
    // Honorific-first names, then the suffixed ones that overlap none, in
    // text order (findings are disjoint and sorted).
    VectorSink titled;
    quasi::ForEachBlock16(text, 0, [&](size_t block, Bytes16 v) { Candidates(text, block, v, *scratch, titled, &from); });
    std::vector<Finding> suffixed;
    SuffixedNames(text, &suffixed);
    size_t k = 0;
    for (const Finding& f : titled.findings) {
      for (; k < suffixed.size() && suffixed[k].begin < f.begin; ++k) {
        if (suffixed[k].end <= f.begin) sink.Add(suffixed[k]);
      }
      while (k < suffixed.size() && suffixed[k].begin < f.end) ++k;  // overlaps f
      sink.Add(f);
    }
    for (; k < suffixed.size(); ++k) sink.Add(suffixed[k]);
    return Status::OK();
  }

 private:
  // A name with an honorific joined after a hyphen, as Central and South
  // Asian languages write them ("Rustam-aka", "Gulnora-opa", "Aigul-eje",
  // "ERKINBEK-BAIKE", "Ahmad-jan", "Ravi-ji"): a word of two letters or more
  // that starts with an ASCII capital, '-', a listed suffix in any case,
  // then no word byte.
  // The whole is the name (the suffix says who the speaker takes the person
  // to be). Candidates are the hyphens.
  static void SuffixedNames(std::string_view text, std::vector<Finding>* out) {
    static constexpr std::string_view kSuffixes[] = {"aka", "apa", "baike", "bhai", "didi", "eje", "ejeke",
                                                     "jan", "ji", "jon", "opa", "saheb", "sahib"};
    static_assert(std::is_sorted(std::begin(kSuffixes), std::end(kSuffixes)));
    const size_t n = text.size();
    for (size_t i = 0; i < n;) {
      const void* at = std::memchr(text.data() + i, '-', n - i);
      if (at == nullptr) break;
      const size_t dash = static_cast<size_t>(static_cast<const char*>(at) - text.data());
      i = dash + 1;
      size_t e = dash + 1;
      std::array<char, 8> buf;
      size_t len = 0;
      while (e < n && quasi::IsLetterByte(text[e]) && static_cast<unsigned char>(text[e]) < 0x80) {
        if (len == buf.size()) break;
        buf[len++] = static_cast<char>(text[e] | 0x20);
        ++e;
      }
      if (len < 2 || (e < n && IsWordByte(text[e]))) continue;
      const std::string_view suffix(buf.data(), len);
      if (!quasi::Listed(kSuffixes, suffix)) continue;
      size_t b = dash;
      while (b > 0 && quasi::IsLetterByte(text[b - 1])) --b;
      if (dash - b < 2 || !quasi::IsUpperAscii(text[b]) || (b > 0 && (IsWordByte(text[b - 1]) || text[b - 1] == '-' ||
                                                               text[b - 1] == '@'))) {
        continue;
      }
      out->push_back(Finding{b, e, Kind::kPerson, "TITLED", kTitledNameConfidence, kId});
      i = e;
    }
    const size_t hyphened = out->size();
    SpacedSuffixNames(text, out);
    if (out->size() == hyphened) return;
    std::sort(out->begin(), out->end(), [](const Finding& a, const Finding& b) { return a.begin < b.begin; });
    size_t kept = 0;  // disjoint, the earlier kept
    for (const Finding& f : *out) {
      if (kept == 0 || (*out)[kept - 1].end <= f.begin) (*out)[kept++] = f;
    }
    out->resize(kept);
  }

  // The bytes a, b, c, d as one number, a in the lowest byte.
  static constexpr uint32_t Pack(char a, char b, char c = 0, char d = 0) {
    return static_cast<uint32_t>(static_cast<uint8_t>(a)) | static_cast<uint32_t>(static_cast<uint8_t>(b)) << 8 |
           static_cast<uint32_t>(static_cast<uint8_t>(c)) << 16 | static_cast<uint32_t>(static_cast<uint8_t>(d)) << 24;
  }
  // Whether the bytes at text[i] may start one of SpacedSuffixNames' words:
  // their first four bytes (as far as they go) compared with those of each
  // word, or of its first two or three letters for "ji" and the words of
  // three letters.
  static bool MayStartSuffix(std::string_view text, size_t i) {
    char c[4] = {};
    for (size_t k = 0; k < 4 && i + k < text.size(); ++k) c[k] = text[i + k];
    const uint32_t w = Pack(c[0], c[1], c[2], c[3]);
    switch (c[0]) {
      case 'a':
        return w == Pack('a', 'k', 'k', 'a') || w == Pack('a', 'm', 'm', 'a') || w == Pack('a', 'n', 'n', 'a') ||
               w == Pack('a', 'p', 'p', 'a') || (w & 0xFFFFFFu) == Pack('a', 'g', 'a') ||
               (w & 0xFFFFFFu) == Pack('a', 'p', 'a');
      case 'b': return w == Pack('b', 'h', 'a', 'i') || w == Pack('b', 'a', 'i', 'k');
      case 'e': return (w & 0xFFFFFFu) == Pack('e', 'j', 'e');
      case 'd': return w == Pack('d', 'i', 'd', 'i') || (w & 0xFFFFFFu) == Pack('d', 'a', 'i');
      case 'j': return (w & 0xFFFFu) == Pack('j', 'i') || (w & 0xFFFFFFu) == Pack('j', 'a', 'n') || w == Pack('j', 'a', 'a', 'n');
      case 's': return (w & 0xFFFFFFu) == Pack('s', 'a', 'h') || (w & 0xFFFFFFu) == Pack('s', 'i', 'r');
      case 't': return w == Pack('t', 'h', 'a', 'm');
      default: return false;
    }
  }

  // A name with a South or Central Asian word of kinship or respect written
  // after it as its own word, in lower case ("Sivam anna", "Tharsh akka",
  // "Hari dai", "Kamala didi", "Sharma ji", "Chhiring sir", "Asylbek aga",
  // "Bakyt baike"): one to three
  // capitalised words (an ASCII capital, then letters; the first no opener
  // of sentences nor a word of address: "Yes sir", "Dear sir"), one space,
  // the listed word, then no word byte. The name words are reported, not
  // the suffix. Candidates are the spaces.
  static void SpacedSuffixNames(std::string_view text, std::vector<Finding>* out) {
    // The suffixes by length (2 to 6 letters), each list sorted; most words
    // fail on their first letter or their length before any comparison.
    static constexpr std::string_view kSuffixes2[] = {"ji"};
    static constexpr std::string_view kSuffixes3[] = {"aga", "apa", "dai", "eje", "jan", "sir"};
    static constexpr std::string_view kSuffixes4[] = {"akka", "amma", "anna", "appa", "bhai", "didi", "jaan"};
    static constexpr std::string_view kSuffixes5[] = {"baike", "sahab", "saheb", "sahib"};
    static constexpr std::string_view kSuffixes6[] = {"bhaiya", "thambi"};
    const auto is_suffix = [](std::string_view w) {
      switch (w.size()) {
        case 2: return quasi::Listed(kSuffixes2, w);
        case 3: return quasi::Listed(kSuffixes3, w);
        case 4: return quasi::Listed(kSuffixes4, w);
        case 5: return quasi::Listed(kSuffixes5, w);
        case 6: return quasi::Listed(kSuffixes6, w);
        default: return false;
      }
    };
    static constexpr std::string_view kNotNames[] = {"Assalam", "Dear",   "Good",  "Hello",     "Hi",     "Namaste",
                                                     "No",      "Ok",     "Okay",  "Please",    "Respected", "Salaam",
                                                     "Salam",   "Sorry",  "Thank", "Thanks",    "Vanakkam", "Yes"};
    const size_t n = text.size();
    const auto word_start = [&](size_t end) {  // start of the capitalised ASCII word ending at end, or end
      size_t b = end;
      while (b > 0 && end - b < 24 && (quasi::IsLowerAscii(text[b - 1]) || quasi::IsUpperAscii(text[b - 1]))) --b;
      if (end - b < 2 || !quasi::IsUpperAscii(text[b]) || (b > 0 && IsWordByte(text[b - 1]))) return end;
      if (!std::any_of(text.begin() + b + 1, text.begin() + end, quasi::IsLowerAscii)) return end;
      return b;
    };
    // Candidates, found 16 bytes at a time, are the first two letters of a
    // listed word right after a space whose byte before is a small letter.
    size_t from = 0;  // no name starts inside the previous one
    const auto candidate = [&](size_t i) {
      const size_t space = i - 1;
      if (space == 0 || i < from || !quasi::IsLowerAscii(text[space - 1])) return;  // a name word ends before
      if (!MayStartSuffix(text, i)) return;
      size_t e = i;
      while (e < n && e - space <= 7 && quasi::IsLowerAscii(text[e])) ++e;
      if (e - space < 3 || (e < n && IsWordByte(text[e]))) return;
      if (!is_suffix(text.substr(i, e - i))) return;
      size_t b = word_start(space);
      if (b == space) return;
      for (int words = 1; words < 3 && b >= 2 && text[b - 1] == ' '; ++words) {
        const size_t prev = word_start(b - 1);
        const std::string_view prev_word = text.substr(prev, b - 1 - prev);
        if (prev == b - 1 || quasi::IsSentenceOpener(prev_word) || quasi::Listed(kNotNames, prev_word)) break;
        b = prev;
      }
      const std::string_view first = text.substr(b, std::min(text.substr(0, space).find(' ', b), space) - b);
      if (quasi::IsSentenceOpener(first) || quasi::Listed(kNotNames, first)) return;
      out->push_back(Finding{b, space, Kind::kPerson, "TITLED", kTitledNameConfidence, kId});
      from = e;
    };
    uint32_t space_before = 0;  // bit 0: the last byte of the previous block is a space
    quasi::ForEachBlock16(text, 0, [&](size_t block, Bytes16 v) {
      const uint32_t spaces = quasi::HighBitMask((Bytes16)(v == uint8_t{' '}));
      const Bytes16 next = quasi::Load16(text, block + 1);  // the bytes one after v's
      // The first two letters of the words: ag, ak, am, an, ap, ba, bh, da, di, ej, ji, sa, si, th.
      const auto is = [](Bytes16 x, char c) { return (Bytes16)(x == static_cast<uint8_t>(c)); };
      const Bytes16 lead =
          (is(v, 'a') & (is(next, 'g') | is(next, 'k') | is(next, 'm') | is(next, 'n') | is(next, 'p'))) |
          ((is(v, 'b') | is(v, 't')) & is(next, 'h')) | (is(v, 'b') & is(next, 'a')) | (is(v, 'e') & is(next, 'j')) |
          ((is(v, 'd') | is(v, 's')) & (is(next, 'a') | is(next, 'i'))) | (is(v, 'j') & (is(next, 'i') | is(next, 'a')));
      uint32_t bits = quasi::HighBitMask(lead) & ((spaces << 1) | space_before) & 0xFFFF;
      space_before = spaces >> 15;
      for (; bits != 0; bits &= bits - 1) candidate(block + static_cast<size_t>(__builtin_ctz(bits)));
    });
  }

  // The candidates of the 16 bytes v read at text[block...].
  void Candidates(std::string_view text, size_t block, Bytes16 v, TitledNameScratch& scratch, FindingSink& sink,
                  size_t* from) const {
    for (uint32_t mask = StartLetterBits(v); mask != 0; mask &= mask - 1) {
      Candidate(text, block + static_cast<size_t>(__builtin_ctz(mask)), scratch, sink, from);
    }
  }

  // Byte i holds an honorific's first letter: looks at it unless it lies
  // inside the previous match or does not start a word.
  void Candidate(std::string_view text, size_t i, TitledNameScratch& scratch, FindingSink& sink, size_t* from) const {
    if (i < *from) return;
    if (i > 0 && IsWordByte(text[i - 1])) return;  // not a word start
    MatchAt(text, i, scratch, sink, from);
  }

  // The titled name at byte i (a word start with an honorific's first
  // letter), if any: reported, and *from moved past it.
  void MatchAt(std::string_view text, size_t i, TitledNameScratch& scratch, FindingSink& sink, size_t* from) const {
    const size_t n = text.size();
    // The candidate word's letters (ASCII letters and non-ASCII bytes: "ñ"),
    // tested before any word split.
    size_t e = i + 1;
    while (e < n && e - i <= 8 && IsWordByte(text[e]) && !(text[e] >= '0' && text[e] <= '9')) {
      ++e;
    }
    if (!IsHonorific(text.substr(i, e - i)) && !IsRankAbbreviation(text, i, e)) return;
    // "U" after a lower-case word is a chat's "you" ("so U Know What").
    if (e == i + 1 && text[i] == 'U' && i >= 2 && text[i - 1] == ' ' && text[i - 2] >= 'a' && text[i - 2] <= 'z') return;
    const std::string_view window = text.substr(i, std::min(kWindow, n - i));
    quasi::SplitWords(window, &scratch.words, &table_);
    std::vector<Word>& w = scratch.words;
    // A word that reaches the window's end may go on past it: leave it out.
    if (window.size() < n - i && !w.empty() && w.back().end == window.size()) w.pop_back();
    if (std::optional<Finding> f = MatchTitledName(window, w)) {
      f->begin += i;
      f->end += i;
      *from = f->end;
      sink.Add(*f);
    }
  }

  // Bytes after an honorific in which its name must lie (four name words,
  // further honorifics and the gaps between them).
  static constexpr size_t kWindow = 256;
  quasi::WordClassTable table_;
};

}  // namespace

std::unique_ptr<const Detector> NewTitledNameDetector() { return std::make_unique<TitledNameDetector>(); }

}  // namespace tearline

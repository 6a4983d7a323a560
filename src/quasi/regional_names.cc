// The regional name detector: given and family names of Afghanistan,
// Pakistan and the Arab world, in their Latin transliterations, from the
// hand-written seed list of the lexicons (scripts/lexicons/seed_names.txt,
// compiled in). Contract in tearline/quasi.h (NewRegionalNameDetector).
#include <algorithm>
#include <array>
#include <cstring>
#include <iterator>
#include <string>
#include <unordered_set>
#include <vector>

#include "name_words.h"
#include "quasi_internal.h"
#include "tearline/file.h"
#include "tearline/quasi.h"

namespace tearline {
namespace quasi {
// The text of scripts/lexicons/seed_names.txt (generated at build time).
extern const std::string_view kSeedNamesText;
}  // namespace quasi

namespace {

using quasi::IsLowerAscii;
using quasi::IsUpperAscii;

constexpr std::string_view kId = "regional";
// The tagger's default threshold: a listed name is acted on under the usual
// policies, below what the tagger gives a name it reads in context.
constexpr float kRegionalNameConfidence = 0.5f;
// A Vietnamese name of surname, middle name and given names is a name nearly
// always: as sure as a titled or an East Asian one.
constexpr float kVietnameseNameConfidence = 0.6f;

// Listed words that are not names on their own: titles and words that also
// mean a rank, a lineage, an office or a thing ("Khan", "Shah", "Sultan",
// "Malik", "Mir", "Taj", "Jan", "Akbar"), and family names that are also the
// names of tribes, provinces or towns ("Zadran", "Wardak", "Mangal",
// "Popalzai", "Sharif" of "Mazar-e Sharif", "Farah" the province). They count only after another
// name word ("Zarif Khan", "Ahmad Shah", "Gul Agha Sherzai"): a listed one,
// or, for the `partner` ones ("Khan", "Shah", "Gul" and family names that are
// tribes), also a capitalised word that is not listed ("Zarif Khan", "Bashir
// Zadran"). The others ("Jan", "Said", "Sami", "Sheikh", "Akbar") need a
// listed word: "Sat Jan 10", "Nuff Said", "Swedish Sami villages", "Mosque
// Sheikh Lotfollah". Sorted.
struct WeakWord {
  std::string_view word;
  bool partner;
};
constexpr WeakWord kWeakWords[] = {
    {"Achakzai", true}, {"Afridi", true}, {"Ahmadzai", true}, {"Akbar", false}, {"Alizai", true},
    {"Alokozai", true}, {"Aman", false}, {"Andar", false}, {"Asad", false}, {"Awan", false}, {"Aziz", false},
    {"Bakht", false}, {"Baloch", false}, {"Bangash", true}, {"Barakzai", true}, {"Bugti", true},
    {"Butt", false}, {"Dost", false}, {"Durrani", true}, {"Farah", true}, {"Ghilzai", true}, {"Gul", true}, {"Hafiz", false},
    {"Hakim", false}, {"Haqqani", true}, {"Hotak", true}, {"Jan", false}, {"Kakar", true}, {"Khan", true},
    {"Khattak", true}, {"Kohistani", true}, {"Mahsud", true}, {"Malik", false}, {"Mangal", true},
    {"Marwat", true}, {"Mengal", true}, {"Mir", false}, {"Mirza", false}, {"Mohmand", true}, {"Mujahid", false},
    {"Nasser", false}, {"Noor", false}, {"Noorzai", true}, {"Nur", false}, {"Nurzai", true}, {"Orakzai", true},
    {"Popalzai", true}, {"Rind", false}, {"Safi", false}, {"Sahak", true}, {"Said", false}, {"Saif", false},
    {"Sami", false}, {"Sayed", false}, {"Shah", true}, {"Shaikh", false}, {"Shams", false}, {"Sharif", false},
    {"Sheikh", false}, {"Sher", false}, {"Sherzai", true}, {"Shinwari", true}, {"Shir", false},
    {"Stanekzai", true}, {"Sultan", false}, {"Taj", false}, {"Tajik", false}, {"Talib", false},
    {"Tarakai", true}, {"Wali", false}, {"Wardak", true}, {"Wazir", false}, {"Yousafzai", true},
    {"Yusufzai", true}, {"Zadran", true}, {"Zia", false},
};
static_assert(quasi::SortedByWord(kWeakWords));

// Capitalised words after which a listed word names a place or an
// organisation, not a person ("Haqqani Network", "Shah Mosque", "Khan
// Academy", "Hakim Mosque"). Sorted.
constexpr std::string_view kHeadsAfter[] = {
    "Academy",  "Airport", "Bagh",     "Bank",     "Bazaar",   "Bridge",  "Camp",     "Canal",   "Center",
    "Centre",   "Clan",    "College",  "Company",  "Dam",      "District", "Family",  "Foundation", "Gate",
    "Group",    "Hospital", "Hotel",   "Institute", "Mahal",   "Market",  "Masjid",  "Mosque",   "Movement", "Network",
    "Palace",   "Park",    "Party",    "Province", "Road",     "School",  "Shrine",   "Society", "Square",
    "Stadium",  "Street",  "Tower",    "Tribe",    "Trust",    "University", "Valley",
};
static_assert(std::is_sorted(std::begin(kHeadsAfter), std::end(kHeadsAfter)));

// Listed words that always take the next word into the name: "servant of"
// ("Abdul Wahab", "Ghulam Sakhi"), whether or not that word is listed. Sorted.
constexpr std::string_view kBoundToNext[] = {"Abdel", "Abdul", "Abdur", "Gholam", "Ghulam"};
static_assert(std::is_sorted(std::begin(kBoundToNext), std::end(kBoundToNext)));
// Words of address typed in lower case before a given name that is also an
// English word, in messages ("madam joy", "mama grace", "auntie mercy"):
// the tagger reads such a word as the word. Sorted.
constexpr std::string_view kLowerAddressWords[] = {"aunt",  "auntie", "aunty",  "baba",  "madam",
                                                   "mama",  "mzee",   "papa",   "sister", "uncle"};
static_assert(std::is_sorted(std::begin(kLowerAddressWords), std::end(kLowerAddressWords)));
// Word names that read as the word after a word of address ("madam,
// welcome", "mama trust me"). Sorted.
constexpr std::string_view kAddressedNotNames[] = {"Blessed", "Clever", "Divine",  "Honest",  "Lovely",
                                                   "Praise",  "Promise", "Prosper", "Rejoice", "Silence",
                                                   "Trust",   "Welcome", "Wonder"};
static_assert(std::is_sorted(std::begin(kAddressedNotNames), std::end(kAddressedNotNames)));

// The filter key of the word starting at text[i]: its first three bytes,
// the second and third in lower case (every listed word has three letters or
// more; "HEKMATULLAH" and "Hekmatullah" share a key).
uint32_t FilterKey(std::string_view text, size_t i) {
  const auto byte = [&](size_t k) {
    return k < text.size() ? static_cast<uint32_t>(static_cast<unsigned char>(text[k])) : 0u;
  };
  // The first letter in upper case: "rahim" shares the key of "Rahim".
  const uint32_t first = IsLowerAscii(static_cast<char>(byte(i))) ? byte(i) & ~0x20u : byte(i);
  const uint32_t key = first | (byte(i + 1) | 0x20) << 8 | (byte(i + 2) | 0x20) << 16;
  return static_cast<uint32_t>((uint64_t{key} * 0x9E3779B97F4A7C15ull) >> 50);  // 14 bits
}

// The filter key of a lower-case word starting at text[i]: its first four
// letters (fewer when it is shorter), so that "you", "has" and "was" share no
// key with "Younis", "Hasan" and "Waseem" (a three-byte key would let most of
// a text's lower-case words through).
constexpr int kLowerFilterBits = 16;
[[gnu::always_inline]] inline uint32_t LowerFilterKey(std::string_view text, size_t i) {
  // Each byte as a lower-case ASCII letter, or 0 when it is none.
  static constexpr auto kLetter = [] {
    std::array<uint8_t, 256> t{};
    for (int c = 'a'; c <= 'z'; ++c) t[c] = static_cast<uint8_t>(c);
    for (int c = 'A'; c <= 'Z'; ++c) t[c] = static_cast<uint8_t>(c | 0x20);
    return t;
  }();
  const auto at = [&](size_t k) {
    return i + k < text.size() ? uint32_t{kLetter[static_cast<unsigned char>(text[i + k])]} : 0u;
  };
  const uint32_t b0 = at(0), b1 = at(1), b2 = at(2), b3 = at(3);
  // The letters up to the first byte that is none.
  const uint32_t m1 = b1 != 0 ? 0xFFu : 0u, m2 = b2 != 0 ? m1 : 0u, m3 = b3 != 0 ? m2 : 0u;
  const uint32_t key = b0 | (b1 & m1) << 8 | (b2 & m2) << 16 | (b3 & m3) << 24;
  return static_cast<uint32_t>((uint64_t{key} * 0x9E3779B97F4A7C15ull) >> (64 - kLowerFilterBits));
}

// The listed names (strong ones: any listed word not in kWeakWords), and a
// one-hash Bloom filter over them and the weak words: most capitalised words
// are no listed name, and the filter answers for them in a few instructions.
struct SeedNames {
  std::unordered_set<std::string_view> words;
  std::array<uint64_t, 256> filter{};
  std::array<uint64_t, (1u << kLowerFilterBits) / 64> lower_filter{};  // words that count in lower case
  void AddToFilter(std::string_view w) {
    const uint32_t bit = FilterKey(w, 0);
    filter[bit / 64] |= uint64_t{1} << (bit % 64);
  }
  void AddToLowerFilter(std::string_view w) {
    const uint32_t bit = LowerFilterKey(w, 0);
    lower_filter[bit / 64] |= uint64_t{1} << (bit % 64);
  }
  // False when no listed word starts at text[i].
  bool MayStartAt(std::string_view text, size_t i) const {
    const uint32_t bit = FilterKey(text, i);
    return (filter[bit / 64] >> (bit % 64)) & 1;
  }
  // False when no listed word that counts in lower case starts at text[i]
  // (a lower-case letter).
  [[gnu::always_inline]] bool MayStartLowerAt(std::string_view text, size_t i) const {
    const uint32_t bit = LowerFilterKey(text, i);
    return (lower_filter[bit / 64] >> (bit % 64)) & 1;
  }
  SeedNames() {
    std::string_view text = quasi::kSeedNamesText;
    bool in_list = false;
    while (!text.empty()) {
      const size_t nl = text.find('\n');
      std::string_view line = text.substr(0, nl);
      text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
      if (line.empty() || line[0] == '#') continue;
      if (line[0] == '[') {
        in_list = line == "[given]" || line == "[family]" || line == "[release]";
        continue;
      }
      if (!in_list) continue;
      for (size_t i = 0; i < line.size();) {
        while (i < line.size() && line[i] == ' ') ++i;
        const size_t b = i;
        while (i < line.size() && line[i] != ' ') ++i;
        if (i > b) words.insert(line.substr(b, i - b));
      }
    }
    for (std::string_view w : words) AddToFilter(w);
    for (const WeakWord& w : kWeakWords) AddToFilter(w.word);
    for (std::string_view w : quasi::WordNamesAlone()) AddToFilter(w);
    for (std::string_view w : words) AddToLowerFilter(w);  // the weak words are listed too: harmless
    for (std::string_view w : kBoundToNext) AddToLowerFilter(w);
    for (std::string_view w : kLowerAddressWords) AddToLowerFilter(w);
  }
};

const SeedNames& Seeds() {
  static const SeedNames kSeeds;
  return kSeeds;
}

// "Hamidullah", "Salahuddin": the endings of compound names (a capital, at
// least two more letters before the ending), of a word in NameForm.
// Endings that make a word a name: "-ullah", "-uddin" (Hamidullah,
// Salahuddin), and those of Ukrainian names in their official Latin
// spelling: family names in "-enko", "-chuk", "-iuk", "-yuk" (Tkachenko,
// Tkachuk, Martyniuk), given names in "-iia" (Nadiia, Yuliia), with the
// shortest word each takes; and the listed given names in "-ii".
struct NameEnding {
  std::string_view end;
  size_t min_size;
};
constexpr NameEnding kNameEndings[] = {{"ullah", 8}, {"uddin", 8}, {"enko", 6}, {"chuk", 6},
                                       {"iuk", 6},   {"yuk", 6},   {"iia", 5}};
// Ukrainian given names in "-ii": a list, since the ending alone is slang as
// often ("todaii", "Digeratii" in the bench corpus's tweets). Sorted.
constexpr std::string_view kGivenNamesInIi[] = {
    "Anatolii", "Andrii",  "Arkadii",  "Arsenii", "Dmytrii", "Hennadii", "Heorhii", "Hryhorii", "Matvii",
    "Oleksii",  "Serhii",  "Tymofii",  "Valerii", "Vasylii", "Vitalii",  "Yevhenii", "Yurii",   "Zinovii"};
static_assert(std::is_sorted(std::begin(kGivenNamesInIi), std::end(kGivenNamesInIi)));

bool HasNameEnding(std::string_view w) {
  if (w.size() >= 2 && w.substr(w.size() - 2) == "ii") {
    return std::binary_search(std::begin(kGivenNamesInIi), std::end(kGivenNamesInIi), w);
  }
  for (const NameEnding& e : kNameEndings) {
    if (w.size() >= e.min_size && w.substr(w.size() - e.end.size()) == e.end) return true;
  }
  return false;
}

// Where the word that ends at text[.., end) starts, as the "-ullah" search
// takes it: back over lower-case letters to a capital, or to a word start
// ("zabiullah"); npos for a word of other bytes.
size_t EndingWordStart(std::string_view text, size_t end) {
  size_t b = end;
  while (b > 0 && IsLowerAscii(text[b - 1])) --b;
  if (b > 0 && IsUpperAscii(text[b - 1])) return b - 1;
  if (b == 0 || !IsWordByte(text[b - 1])) return b;
  return std::string_view::npos;
}

// kPartner: a weak word that also follows a capitalised word that is not
// listed (WeakWord::partner).
// kWordName: a given name that is also an English word (IsWordNameAlone in
// name_words.h), a name only where WordNameReadsAsName says so.
enum class WordClass { kNone, kWeak, kPartner, kStrong, kWordName };

// A capitalised ASCII word: a capital, then lower-case letters, with inner
// hyphens before a capital or a lower-case letter ("Abdul-Rahman").
bool IsCapitalisedWord(std::string_view w) {
  if (w.size() < 2 || !IsUpperAscii(w[0])) return false;
  for (size_t i = 1; i < w.size(); ++i) {
    const char c = w[i];
    if (IsLowerAscii(c)) continue;
    if (c == '-' && i + 1 < w.size() && i > 1) continue;
    if (IsUpperAscii(c) && w[i - 1] == '-') continue;
    return false;
  }
  return true;
}

// A word of capitals only, three letters or more, with inner hyphens
// ("ZABIULLAH", "ABDUL-RAHMAN"): how names are written in report headers.
bool IsCapitalsWord(std::string_view w) {
  if (w.size() < 3) return false;
  for (size_t i = 0; i < w.size(); ++i) {
    const char c = w[i];
    if (IsUpperAscii(c) || (c == '-' && i > 0 && i + 1 < w.size())) continue;
    return false;
  }
  return true;
}

// A word of lower-case letters only, three or more ("rahim"): how chat logs
// and transcripts write names.
bool IsLowerCaseWord(std::string_view w) {
  if (w.size() < 3) return false;
  for (char c : w) {
    if (!IsLowerAscii(c)) return false;
  }
  return true;
}

// The word as the lists write it: a capitalised word as it is, a word of
// capitals with its other letters lowered ("ZABIULLAH" -> "Zabiullah"), a
// lower-case word with its first letter raised ("rahim" -> "Rahim"), written
// into buf; empty for any other word or one longer than buf.
std::string_view NameForm(std::string_view w, std::array<char, 32>& buf) {
  if (IsCapitalisedWord(w)) return w;
  if (w.size() > buf.size()) return {};
  if (IsLowerCaseWord(w)) {
    std::copy(w.begin(), w.end(), buf.begin());
    buf[0] = static_cast<char>(w[0] & ~0x20);
    return std::string_view(buf.data(), w.size());
  }
  if (!IsCapitalsWord(w)) return {};
  buf[0] = w[0];
  for (size_t i = 1; i < w.size(); ++i) buf[i] = IsUpperAscii(w[i]) ? static_cast<char>(w[i] | 0x20) : w[i];
  return std::string_view(buf.data(), w.size());
}

// Listed words that are English words in lower case ("the nadir of"): they
// count only when capitalised. Sorted.
constexpr std::string_view kNotLowerCaseNames[] = {"Nadir"};
static_assert(std::is_sorted(std::begin(kNotLowerCaseNames), std::end(kNotLowerCaseNames)));

WordClass Classify(std::string_view word) {
  std::array<char, 32> buf;
  const std::string_view w = NameForm(word, buf);
  if (w.empty()) return WordClass::kNone;
  const bool lower = IsLowerAscii(word[0]);
  if (HasNameEnding(w)) return WordClass::kStrong;
  // "Abdul-Basit", "Abdel-Rahman": "servant of" and the name it takes.
  if (const size_t hyphen = w.find('-'); hyphen != std::string_view::npos && hyphen + 2 < w.size()) {
    return std::binary_search(std::begin(kBoundToNext), std::end(kBoundToNext), w.substr(0, hyphen))
               ? WordClass::kStrong
               : WordClass::kNone;
  }
  const SeedNames& seeds = Seeds();
  if (!seeds.MayStartAt(w, 0)) return WordClass::kNone;
  if (const WeakWord* weak = quasi::FindWord(kWeakWords, w)) {
    // In lower case only the weak words that follow names ("imran khan",
    // "ahmad shah"), and only after a listed one; "said", "jan", "aman" are
    // English words there.
    if (!lower) return weak->partner ? WordClass::kPartner : WordClass::kWeak;
    return weak->partner ? WordClass::kWeak : WordClass::kNone;
  }
  if (lower && std::binary_search(std::begin(kNotLowerCaseNames), std::end(kNotLowerCaseNames), w)) {
    return WordClass::kNone;
  }
  if (seeds.words.count(w) != 0) return WordClass::kStrong;
  return !lower && IsCapitalisedWord(word) && quasi::IsWordNameAlone(w) ? WordClass::kWordName : WordClass::kNone;
}

// Whether `word` (in NameForm) is in the sorted list.
template <size_t N>
bool ListedForm(const std::string_view (&list)[N], std::string_view word) {
  std::array<char, 32> buf;
  const std::string_view w = NameForm(word, buf);
  return !w.empty() && std::binary_search(std::begin(list), std::end(list), w);
}

struct Word {
  size_t b = 0, e = 0;
  WordClass cls = WordClass::kNone;
};

// Whether the word text[b, e) stands between spaces or punctuation of prose,
// not inside an address or a name of a file or an account
// ("hamid.karimi@example.org", "/home/rahim", "rahim_84"): lower-case words
// count only then.
bool StandsAlone(std::string_view text, size_t b, size_t e) {
  if (b > 0) {
    const char c = text[b - 1];
    if (c != ' ' && c != '\n' && c != '\t' && c != '\r' && c != '(' && c != '"' && c != '\'' && c != '[') return false;
  }
  if (e < text.size()) {
    const char c = text[e];
    const bool ends_sentence = c == '.' || c == ':' || c == '!' || c == '?';
    if (ends_sentence) return e + 1 >= text.size() || !IsWordByte(text[e + 1]);
    if (c != ' ' && c != '\n' && c != '\t' && c != '\r' && c != ',' && c != ';' && c != ')' && c != '"' && c != '\'') {
      return false;
    }
  }
  return true;
}

// The word at text[i...] (word bytes and inner hyphens), or an empty one.
Word WordAt(std::string_view text, size_t i) {
  size_t e = i;
  while (e < text.size() && (IsWordByte(text[e]) || (text[e] == '-' && e + 1 < text.size() && IsWordByte(text[e + 1]) && e > i))) {
    ++e;
  }
  Word w{i, e, WordClass::kNone};
  if (e > i && (!IsLowerAscii(text[i]) || StandsAlone(text, i, e))) w.cls = Classify(text.substr(i, e - i));
  return w;
}

// Where a word before the one at text[b] starts (one space between), or b.
size_t PreviousWordStart(std::string_view text, size_t b) {
  if (b < 2 || text[b - 1] != ' ' || !IsWordByte(text[b - 2])) return b;
  size_t s = b - 1;
  while (s > 0 && (IsWordByte(text[s - 1]) || (text[s - 1] == '-' && s >= 2 && IsWordByte(text[s - 2])))) --s;
  return s;
}

// Whether a word of capitals ending in "ULLAH" starts at text[i]
// ("KIFAYATULLAH"; the search for endings looks for "ullah" only).
bool CapitalsEndInUllah(std::string_view text, size_t i) {
  size_t e = i;
  while (e < text.size() && IsUpperAscii(text[e])) ++e;
  return e - i >= 8 && text.compare(e - 5, 5, "ULLAH") == 0;
}

// "madam joy": the span of the lower-case word name after a lower-case
// word of address at text[i] (kLowerAddressWords), or {i, i}.
std::pair<size_t, size_t> AddressedWordName(std::string_view text, size_t i) {
  size_t e = i;
  while (e < text.size() && IsLowerAscii(text[e])) ++e;
  if (e == i || e + 1 >= text.size() || text[e] != ' ' ||
      !std::binary_search(std::begin(kLowerAddressWords), std::end(kLowerAddressWords), text.substr(i, e - i))) {
    return {i, i};
  }
  const size_t b = e + 1;
  size_t ne = b;
  while (ne < text.size() && IsLowerAscii(text[ne])) ++ne;
  if (ne - b < 3 || ne - b > 12 || (ne < text.size() && (IsWordByte(text[ne]) || text[ne] == '-'))) return {i, i};
  std::array<char, 12> buf;
  std::copy(text.begin() + b, text.begin() + ne, buf.begin());
  buf[0] = static_cast<char>(buf[0] - 'a' + 'A');
  const std::string_view name(buf.data(), ne - b);
  if (!IsWordGivenName(name) ||
      std::binary_search(std::begin(kAddressedNotNames), std::end(kAddressedNotNames), name)) {
    return {i, i};
  }
  return {b, ne};
}

// Where an abbreviated Ethiopian or Eritrean name word at text[i] ends, or
// i: G, H, K, T or W (Gebre-, Haile-, Kidane-, Tekle-, Wolde-), '/', a
// capital and two lower-case letters or more ("G/Medhin", "W/Mariam"; not
// "W/ro", a title, nor "S/O").
size_t AbbreviatedNameEnd(std::string_view text, size_t i) {
  if (i + 4 >= text.size() || text[i + 1] != '/' || std::strchr("GHKTW", text[i]) == nullptr ||
      !IsUpperAscii(text[i + 2]) || (i > 0 && IsWordByte(text[i - 1]))) {
    return i;
  }
  size_t e = i + 3;
  while (e < text.size() && IsLowerAscii(text[e])) ++e;
  if (e - (i + 3) < 2 || (e < text.size() && (IsWordByte(text[e]) || text[e] == '/'))) return i;
  return e;
}

// Where the abbreviated Amharic and Tigrinya title at text[i] ends with the
// space after it, or i: "W/ro" (Mrs), "W/rt" and "W/t" (Miss), then one
// space and a capital.
size_t AbbreviatedTitleEnd(std::string_view text, size_t i) {
  if (i > 0 && IsWordByte(text[i - 1])) return i;
  for (std::string_view title : {std::string_view("W/ro "), std::string_view("W/rt "), std::string_view("W/t ")}) {
    if (text.compare(i, title.size(), title) == 0 && i + title.size() < text.size() &&
        quasi::CapitalAt(text, i + title.size())) {
      return i + title.size();
    }
  }
  return i;
}

using quasi::Bytes16;

class RegionalNameDetector final : public Detector {
 public:
  std::string_view id() const override { return kId; }
  KindMask kinds() const override { return KindBit(Kind::kPerson); }
  std::unique_ptr<DetectorScratch> NewScratch() const override { return std::make_unique<DetectorScratch>(); }

  // Candidates, found 16 bytes at a time, are the letters that start a word.
  Status Scan(std::string_view text, DetectorScratch&, FindingSink& sink) const override {
    const SeedNames& seeds = Seeds();
    // Words ending in "ullah" need no listed start: their starts, in order.
    // ("-uddin" names start as listed names do: Salahuddin, Jalaluddin.)
    std::vector<size_t> endings;
    constexpr std::string_view kEnding = "ullah";
    ForEachOccurrence(text, kEnding, [&](size_t at) {
      const size_t b = EndingWordStart(text, at);
      if (b != std::string_view::npos) endings.push_back(b);  // "Hamidullah", "zabiullah"
    });
    // Ukrainian names by their endings: the words that end in "ii", "iia",
    // or in "enko", "chuk", "iuk", "yuk", found 16 bytes at a time by the
    // byte pairs "ii", "nk" and "uk".
    const size_t before_slavic = endings.size();
    const auto word_end = [&](size_t e) { return e == text.size() || !IsWordByte(text[e]); };
    const auto read_pair = [&](size_t i) {  // text[i, i + 2) is one of the pairs
      const char a = text[i], b = text[i + 1];
      if (a == 'i' && b == 'i') {
        const size_t end = i + 2 < text.size() && text[i + 2] == 'a' ? i + 3 : i + 2;
        if (word_end(end)) {
          if (const size_t w = EndingWordStart(text, i); w != std::string_view::npos) endings.push_back(w);
        }
      } else if (a == 'n' && b == 'k') {  // "enko"
        if (i >= 1 && text[i - 1] == 'e' && i + 2 < text.size() && text[i + 2] == 'o' && word_end(i + 3)) {
          if (const size_t w = EndingWordStart(text, i - 1); w != std::string_view::npos) endings.push_back(w);
        }
      } else if (i >= 1 && (text[i - 1] == 'h' || text[i - 1] == 'i' || text[i - 1] == 'y') && word_end(i + 2)) {
        if (const size_t w = EndingWordStart(text, i - 1); w != std::string_view::npos) endings.push_back(w);
      }
    };
    size_t pos = 0;
    for (; pos + 17 <= text.size(); pos += 16) {
      Bytes16 a, b;
      std::memcpy(&a, text.data() + pos, 16);
      std::memcpy(&b, text.data() + pos + 1, 16);
      const Bytes16 pairs = ((Bytes16)(a == uint8_t{'i'}) & (Bytes16)(b == uint8_t{'i'})) |
                            ((Bytes16)(b == uint8_t{'k'}) & ((Bytes16)(a == uint8_t{'n'}) | (Bytes16)(a == uint8_t{'u'})));
      for (uint32_t bits = quasi::HighBitMask(pairs); bits != 0; bits &= bits - 1) {
        read_pair(pos + static_cast<size_t>(__builtin_ctz(bits)));
      }
    }
    for (; pos + 1 < text.size(); ++pos) {
      const char a = text[pos], b = text[pos + 1];
      if ((a == 'i' && b == 'i') || (b == 'k' && (a == 'n' || a == 'u'))) read_pair(pos);
    }
    if (endings.size() > before_slavic) {
      std::sort(endings.begin(), endings.end());
      endings.erase(std::unique(endings.begin(), endings.end()), endings.end());
    }
    // Capitalised and lower-case candidates are read apart (a run never
    // mixes them), each in text order.
    size_t next_ending = 0, next_lower_ending = 0;
    size_t from = 0, from_lower = 0;  // no name starts inside the previous one
    // Whether a word of "ullah" starts at i; *next walks `endings` forwards.
    const auto ending_at = [&](size_t i, size_t* next) {
      while (*next < endings.size() && endings[*next] < i) ++*next;
      return *next < endings.size() && endings[*next] == i;
    };
    uint32_t word_before = 0;  // bit 0: the last byte of the previous block is a word byte
    quasi::ForEachBlock16(text, 0, [&](size_t block, Bytes16 v) {
      const Bytes16 lower = (Bytes16)(v >= uint8_t{'a'}) & (Bytes16)(v <= uint8_t{'z'});
      const Bytes16 upper = (Bytes16)(v >= uint8_t{'A'}) & (Bytes16)(v <= uint8_t{'Z'});
      const uint32_t letters = quasi::HighBitMask(lower | upper);
      const Bytes16 word_byte = lower | upper |
                                ((Bytes16)(v >= uint8_t{'0'}) & (Bytes16)(v <= uint8_t{'9'})) | (Bytes16)(v >= uint8_t{0x80}) |
                                (Bytes16)(v == uint8_t{'-'}) | (Bytes16)(v == uint8_t{'\''});
      const uint32_t words = quasi::HighBitMask(word_byte);
      const uint32_t starts = letters & ~((words << 1) | word_before) & 0xFFFFu;
      word_before = (words >> 15) & 1;
      const uint32_t lower_letters = quasi::HighBitMask(lower);
      // A space before a capital: where a Vietnamese surname would end.
      const uint32_t space_cap = quasi::HighBitMask((Bytes16)(v == uint8_t{' '})) & (letters & ~lower_letters) >> 1;
      for (uint32_t bits = starts & ~lower_letters; bits != 0; bits &= bits - 1) {
        const unsigned k = static_cast<unsigned>(__builtin_ctz(bits));
        const size_t i = block + k;
        if (i < from) continue;
        // "Le Quang Huy": a surname of 2-6 letters, then a space and a
        // capital (within the block the masks tell; past it, read).
        if (quasi::MayStartVietnameseName(text[i]) && (k > 8 || ((space_cap >> (k + 2)) & 0x1Fu) != 0)) {
          const auto [begin, end] = quasi::VietnameseNameAt(text, i);
          if (end > begin) {
            sink.Add(Finding{begin, end, Kind::kPerson, "ROMANIZED", kVietnameseNameConfidence, kId});
            from = end;
            continue;
          }
        }
        if (const size_t b = text[i] == 'W' ? AbbreviatedTitleEnd(text, i) : i; b > i) {
          // "W/ro Tsega Gebreyohannes": the name after the title.
          const size_t e = quasi::NameEnd(text, b, /*mixed_case=*/true);
          if (e > b) {
            sink.Add(Finding{b, e, Kind::kPerson, "REGIONAL", kRegionalNameConfidence, kId});
            from = e;
          }
          continue;
        }
        if (ending_at(i, &next_ending) || seeds.MayStartAt(text, i) || CapitalsEndInUllah(text, i) ||
            (text[i + 1 < text.size() ? i + 1 : i] == '/' && AbbreviatedNameEnd(text, i) > i)) {
          Candidate(text, i, sink, &from);
        }
      }
      // Lower-case starts of words of four letters or more, or of three
      // starting with 'g' ("gul ahmad": every other listed word of three
      // letters counts in lower case only after a name, where the run takes
      // it). A start in the block's last three bytes is kept: its letters
      // lie in the next block. Most lower-case words are short and end here.
      const uint32_t three_letters = letters & (letters >> 1) & (letters >> 2);
      const uint32_t four_letters = three_letters & (letters >> 3);
      const uint32_t g = quasi::HighBitMask((Bytes16)(v == uint8_t{'g'}));
      const uint32_t long_enough = four_letters | (three_letters & g) | 0xE000u;
      for (uint32_t bits = starts & lower_letters & long_enough; bits != 0; bits &= bits - 1) {
        const size_t i = block + static_cast<size_t>(__builtin_ctz(bits));
        if (i >= from_lower && (seeds.MayStartLowerAt(text, i) || ending_at(i, &next_lower_ending))) {
          Candidate(text, i, sink, &from_lower);
        }
      }
    });
    return Status::OK();
  }

 private:
  // A run of listed name words from text[i]; before a weak word that takes
  // a partner, one capitalised word that is not listed. Reported when it
  // holds a strong word or two words or more.
  static void Candidate(std::string_view text, size_t i, FindingSink& sink, size_t* from) {
    // "madam joy": the word name after a word of address.
    if (IsLowerAscii(text[i])) {
      if (const auto [b, e] = AddressedWordName(text, i); e > b) {
        sink.Add(Finding{b, e, Kind::kPerson, "WORDNAME", kRegionalNameConfidence, kId});
        *from = e;
        return;
      }
    }
    // An abbreviated name word ("G/Medhin") is a name, and takes the
    // capitalised word before it as a partner word does ("Haftom G/Medhin").
    const size_t abbreviated = AbbreviatedNameEnd(text, i);
    const Word first = abbreviated > i ? Word{i, abbreviated, WordClass::kStrong} : WordAt(text, i);
    if (first.cls == WordClass::kNone) return;
    if (first.cls == WordClass::kWordName) {
      if (quasi::WordNameReadsAsName(text, first.b, first.e)) {
        sink.Add(Finding{first.b, first.e, Kind::kPerson, "WORDNAME", kRegionalNameConfidence, kId});
        *from = first.e;
      }
      return;
    }
    std::vector<Word> run = {first};
    // The words of a run are all in lower case or none is ("Rahim said").
    const bool lower = IsLowerAscii(text[i]);
    while (run.size() < quasi::kMaxNameWords && run.back().e + 1 < text.size() && text[run.back().e] == ' ') {
      Word next = WordAt(text, run.back().e + 1);
      if (next.e == next.b || IsLowerAscii(text[next.b]) != lower || next.cls == WordClass::kWordName) break;
      if (next.cls == WordClass::kNone) {
        // "Abdul Wahab": the word after "servant of" is part of the name.
        std::array<char, 32> buf;
        if (!ListedForm(kBoundToNext, text.substr(run.back().b, run.back().e - run.back().b)) ||
            NameForm(text.substr(next.b, next.e - next.b), buf).empty()) {
          break;
        }
        next.cls = WordClass::kWeak;
      }
      run.push_back(next);
    }
    size_t begin = run.front().b;
    const size_t end = run.back().e;
    bool strong = false;
    for (const Word& w : run) strong |= w.cls == WordClass::kStrong;
    size_t words = run.size();
    if (first.cls == WordClass::kPartner || abbreviated > i) {
      // "Zarif Khan": the capitalised word before, not a sentence opener
      // nor the head of a place ("Mosque Shah").
      const size_t prev = PreviousWordStart(text, begin);
      std::array<char, 32> buf;
      const std::string_view w = NameForm(text.substr(prev, begin - prev - (prev < begin ? 1 : 0)), buf);
      if (prev < begin && !w.empty() && !IsLowerAscii(text[prev]) && !quasi::IsSentenceOpener(w) &&
          !ListedForm(kHeadsAfter, w) && prev >= *from) {
        begin = prev;
        ++words;
      }
    }
    if (!strong && words < 2) return;
    *from = end;
    // A place or an organisation named after a person ("Haqqani Network",
    // "Mazar-e Sharif", "Qala-i Naw"): no name.
    if (end + 1 < text.size() && text[end] == ' ') {
      const Word after = WordAt(text, end + 1);
      if (after.e > after.b && IsLowerAscii(text[after.b]) == lower &&
          ListedForm(kHeadsAfter, text.substr(after.b, after.e - after.b))) {
        return;
      }
    }
    const size_t prev = PreviousWordStart(text, begin);
    if (prev < begin) {
      const std::string_view before = text.substr(prev, begin - 1 - prev);
      if (before.size() >= 3 && before[before.size() - 2] == '-' &&
          (before.back() == 'e' || before.back() == 'i')) {
        return;  // an ezafe: "Mazar-e Sharif", "Qala-i Naw"
      }
    }
    sink.Add(Finding{begin, end, Kind::kPerson, "REGIONAL", kRegionalNameConfidence, kId});
  }
};

}  // namespace

std::unique_ptr<const Detector> NewRegionalNameDetector() { return std::make_unique<RegionalNameDetector>(); }


}  // namespace tearline

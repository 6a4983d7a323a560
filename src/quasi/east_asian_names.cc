// The East Asian name detector: Cantonese, Korean and Taiwanese names in
// their usual romanization, a surname and a hyphenated two-syllable given
// name ("Leung Kwok-hung", "Moon Jae-in", "Tsai Ing-wen"). Contract in
// tearline/quasi.h (NewEastAsianNameDetector).
#include <algorithm>
#include <iterator>

#include "name_words.h"
#include "quasi_internal.h"
#include "tearline/file.h"
#include "tearline/quasi.h"

namespace tearline {
namespace {

using quasi::IsLowerAscii;
using quasi::IsUpperAscii;

constexpr std::string_view kId = "eastasian";
// A listed surname before a "Xxx-yyy" given name is a person's name nearly
// always; as sure as a titled name.
constexpr float kEastAsianNameConfidence = 0.6f;
constexpr size_t kMaxSyllable = 5;  // letters of one syllable of the given name

// Common surnames in Cantonese (Hong Kong), Korean and Taiwanese (Wade-Giles)
// romanization. Sorted.
constexpr std::string_view kSurnames[] = {
    "Ahn",   "Au",    "Bae",   "Baek",  "Ban",   "Cha",   "Chan",  "Chang", "Chau",  "Chen",  "Cheng", "Cheung",
    "Chiang", "Chin", "Ching", "Chiu",  "Cho",   "Choi",  "Chong", "Chou",  "Chow",  "Choy",  "Chu",   "Chui",
    "Chung", "Fan",   "Fok",   "Fong",  "Fung",  "Go",    "Ha",    "Han",   "Heo",   "Ho",    "Hon",   "Hong",
    "Hsiao", "Hsieh", "Hsu",   "Huang", "Hui",   "Hung",  "Hwang", "Im",    "Ip",    "Jang",  "Jeon",  "Jeong",
    "Jin",   "Jo",    "Ju",    "Jung",  "Kam",   "Kan",   "Kang",  "Kao",   "Ki",    "Kim",   "Ko",    "Kong",
    "Koo",   "Kuo",   "Kwan",  "Kwok",  "Kwon",  "Kwong", "Lai",   "Lam",   "Lau",   "Law",   "Lee",   "Leung",
    "Li",    "Liang", "Lim",   "Lin",   "Liu",   "Lo",    "Lu",    "Lui",   "Luk",   "Lum",   "Ma",    "Mak",
    "Man",   "Min",   "Mo",    "Mok",   "Moon",  "Na",    "Nam",   "Ng",    "Ngai",  "No",    "Noh",   "Oh",
    "Paik",  "Pang",  "Park",  "Poon",  "Roh",   "Ryu",   "Seo",   "Shek",  "Shin",  "Sim",   "Sit",   "So",
    "Son",   "Song",  "Su",    "Suen",  "Suh",   "Sze",   "Tam",   "Tang",  "Tong",  "Tsai",  "Tsang", "Tse",
    "Tseng", "Tso",   "Tsui",  "Um",    "Wan",   "Wang",  "Wat",   "Won",   "Wong",  "Woo",   "Wu",    "Yam",
    "Yan",   "Yang",  "Yau",   "Yeh",   "Yeung", "Yim",   "Yip",   "Yiu",   "Yoo",   "Yoon",  "Yu",    "Yuen",
    "Yung",
};
static_assert(std::is_sorted(std::begin(kSurnames), std::end(kSurnames)));

// English words after a hyphen that make "Xxx-yyy" a compound, not a given
// name ("Hong Kong-based", "Song Bird-like"). Sorted.
constexpr std::string_view kCompoundEnds[] = {
    "area",  "backed", "based",  "born",    "bound", "bred", "class",    "esque", "free", "funded", "ish",
    "led",   "level",  "like",   "linked",  "listed", "made", "off",     "on",    "only", "out",    "over",
    "owned", "run",    "sized",  "style",   "type",  "up",   "wide"};
static_assert(std::is_sorted(std::begin(kCompoundEnds), std::end(kCompoundEnds)));

// The East Asian name around the hyphen at text[h], if any: its [begin,
// end), or {0, 0}.
std::pair<size_t, size_t> NameAround(std::string_view text, size_t h) {
  const size_t n = text.size();
  // The second syllable: 1 to 5 lower-case letters, then no word byte and no
  // further hyphen.
  size_t e = h + 1;
  while (e < n && IsLowerAscii(text[e]) && e - h - 1 < kMaxSyllable + 1) ++e;
  if (e == h + 1 || e - h - 1 > kMaxSyllable) return {0, 0};
  if (e < n && (IsWordByte(text[e]) || text[e] == '-')) return {0, 0};
  if (std::binary_search(std::begin(kCompoundEnds), std::end(kCompoundEnds), text.substr(h + 1, e - h - 1))) {
    return {0, 0};
  }
  // The first syllable: a capital and 1 to 5 lower-case letters after a space.
  size_t s1 = h;
  while (s1 > 0 && IsLowerAscii(text[s1 - 1]) && h - s1 < kMaxSyllable + 1) --s1;
  if (s1 == h || h - s1 > kMaxSyllable || s1 < 3 || !IsUpperAscii(text[s1 - 1]) || text[s1 - 2] != ' ') {
    return {0, 0};
  }
  --s1;
  // The surname: a listed word right before that space, not inside a longer
  // word or a hyphenated compound.
  const size_t se = s1 - 1;
  size_t s0 = se;
  while (s0 > 0 && IsWordByte(text[s0 - 1])) --s0;
  if (s0 > 0 && text[s0 - 1] == '-') return {0, 0};
  if (!std::binary_search(std::begin(kSurnames), std::end(kSurnames), text.substr(s0, se - s0))) return {0, 0};
  return {s0, e};
}

using quasi::Bytes16;

class EastAsianNameDetector final : public Detector {
 public:
  std::string_view id() const override { return kId; }
  KindMask kinds() const override { return KindBit(Kind::kPerson); }
  std::unique_ptr<DetectorScratch> NewScratch() const override { return std::make_unique<DetectorScratch>(); }

  // Candidates, found 16 bytes at a time, are the hyphens; each is checked
  // for a given name around it and a surname before.
  Status Scan(std::string_view text, DetectorScratch&, FindingSink& sink) const override {
    quasi::ForEachBlock16(text, 0, [&](size_t block, Bytes16 v) {
      for (uint32_t hyphens = quasi::HighBitMask((Bytes16)(v == uint8_t{'-'})); hyphens != 0; hyphens &= hyphens - 1) {
        const size_t h = block + static_cast<size_t>(__builtin_ctz(hyphens));
        const auto [begin, end] = NameAround(text, h);
        if (end > begin) sink.Add(Finding{begin, end, Kind::kPerson, "ROMANIZED", kEastAsianNameConfidence, kId});
      }
    });
    return Status::OK();
  }
};

}  // namespace

std::unique_ptr<const Detector> NewEastAsianNameDetector() { return std::make_unique<EastAsianNameDetector>(); }

}  // namespace tearline

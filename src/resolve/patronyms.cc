// Joining names across patronymic particles (contract in src/resolve/patronyms.h).
#include "patronyms.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <optional>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "finding_index.h"
#include "link_words.h"

namespace tearline::link_internal {
namespace {

// "son of" / "daughter of", lower case or capitalised.
// "wad", "walad", "ould", "uld", "wuld" and "mint" ("Ishag walad Adam walad
// Ibrahim", "Mohamed Lamin uld Salek", "Fatimetu Mint Ahmed"), the Swahili
// and Kirundi "wa" ("Barakamfitiye wa Nyabenda") and the Tamasheq "ag" and
// "welet" ("Mohamed ag ELMEHDI", "Fadimata welet Ahmed") in lower case only,
// and "Ould" and "Mint": "Wad Madani" is a town; the Turkic "oglu",
// "oğlu", "ogly", "qizi", "qızı", "kyzy", "uulu" after a father's name
// ("Aysel Elçin qızı Məmmədova", "Bakyt uulu Nurlan").
constexpr std::array<std::string_view, 29> kParticles = {
    "bin",  "ibn",   "bint", "binti", "Bin",  "Ibn",  "Bint", "Binti", "wad",  "walad",
    "ould", "Ould",  "uld",  "wuld",  "mint", "Mint", "Uld",  "wa",    "ag",   "welet",
    "walet", "oglu", "o\xC4\x9Flu", "ogly", "qizi", "q\xC4\xB1z\xC4\xB1", "kizi", "kyzy", "uulu"};
// Capitalised words that are no part of a name before a particle.
constexpr std::array<std::string_view, 16> kNotNameWords = {"The", "A", "An", "In", "On", "At", "By", "Of",
                                                            "And", "For", "To", "With", "From", "But", "Or", "That"};
// Name words stop after this many on each side of a particle.
constexpr int kMaxNameWords = 2;

// The Arabic article as it is transliterated before a name: "al-", "el-",
// "ul-", and its assimilated forms before sun letters ("ar-Rahman",
// "ad-Din", "az-Zawahiri", "ur-Rahman", "ud-Din").
constexpr std::array<std::string_view, 17> kArticles = {"al", "el", "ul", "ad", "ar", "as", "az", "an", "at",
                                                        "ash", "ud", "ur", "us", "uz", "un", "ut", "ush"};

// The particles of European family names, lower case: a first particle
// ("van", "de", "von", "dos") and optionally a second ("van der", "de la",
// "von der"). English words such as "do", "ten" and "la" alone are left out:
// "Did Karimi do That", "gave Karimi ten Afghanis".
constexpr std::array<std::string_view, 12> kFirstEuropeanParticles = {"da",  "das", "de",  "del", "della", "den",
                                                                      "der", "di",  "dos", "du",  "van",   "von"};
constexpr std::array<std::string_view, 8> kSecondEuropeanParticles = {"de", "den", "der", "het", "la", "las", "le", "los"};

// The lower-case word at text[i...] (ASCII letters) and one space after it:
// the word's end, or i when there is none.
size_t LowerWordEnd(std::string_view text, size_t i) {
  size_t e = i;
  while (e < text.size() && text[e] >= 'a' && text[e] <= 'z') ++e;
  return e > i && e < text.size() && text[e] == ' ' ? e : i;
}

// European particles at text[i...] ("van der ", "de ", "dos "), each word
// followed by one space: where the name after them starts, or i.
size_t EuropeanParticlesEnd(std::string_view text, size_t i) {
  const size_t first = LowerWordEnd(text, i);
  if (first == i || !OneOf(kFirstEuropeanParticles, text.substr(i, first - i))) return i;
  const size_t second = LowerWordEnd(text, first + 1);
  if (second > first + 1 && OneOf(kSecondEuropeanParticles, text.substr(first + 1, second - first - 1))) {
    return second + 1;
  }
  return first + 1;
}

// European particles that end at text[space] (a space): the position of the
// space before them, or SIZE_MAX when the words there are none.
size_t EuropeanParticlesBefore(std::string_view text, size_t space) {
  auto lower_word_before = [&](size_t end) {  // start of the lower-case word ending at end, or end
    size_t b = end;
    while (b > 0 && text[b - 1] >= 'a' && text[b - 1] <= 'z') --b;
    return b;
  };
  const size_t b2 = lower_word_before(space);
  if (b2 == space || b2 < 2 || text[b2 - 1] != ' ') return SIZE_MAX;
  const std::string_view last = text.substr(b2, space - b2);
  const size_t b1 = lower_word_before(b2 - 1);
  if (b1 < b2 - 1 && b1 >= 2 && text[b1 - 1] == ' ' && OneOf(kSecondEuropeanParticles, last) &&
      OneOf(kFirstEuropeanParticles, text.substr(b1, b2 - 1 - b1))) {
    return b1 - 1;
  }
  return OneOf(kFirstEuropeanParticles, last) ? b2 - 1 : SIZE_MAX;
}

// An elided French particle before a capitalised word at text[i...]: "d'"
// or "d’" ("d'Estaing"); its length, else 0.
size_t ElisionAt(std::string_view text, size_t i) {
  if (i + 2 >= text.size() || (text[i] != 'd' && text[i] != 'D')) return 0;
  if (text[i + 1] == '\'' && IsCapitalByte(text[i + 2])) return 2;
  if (text.compare(i + 1, 3, "\xE2\x80\x99") == 0 && i + 4 < text.size() && IsCapitalByte(text[i + 4])) return 4;
  return 0;
}

// An article of kArticles (any case of its first letter) and a hyphen at
// text[i...], followed by a capitalised word: their length, else 0.
size_t ArticleAt(std::string_view text, size_t i) {
  for (std::string_view a : kArticles) {
    const size_t h = i + a.size();  // the hyphen
    if (h + 2 > text.size() || text[h] != '-' || !IsCapitalByte(text[h + 1])) continue;
    if (static_cast<char>(text[i] | 0x20) != a[0] || text.compare(i + 1, a.size() - 1, a.substr(1)) != 0) continue;
    return a.size() + 1;
  }
  return 0;
}

// The end of the name word at text[i...]: a capitalised word, or an article
// and a capitalised word ("al-Shibh"), of word bytes with inner hyphens or
// apostrophes; i itself when there is none there.
size_t NameWordEnd(std::string_view text, size_t i) {
  const size_t n = text.size();
  const size_t article = ArticleAt(text, i);
  size_t e = i + (article > 0 ? article : ElisionAt(text, i));
  if (e >= n || !IsCapitalByte(text[e])) return i;
  while (e < n && (IsWordByte(text[e]) || ((text[e] == '-' || text[e] == '\'') && e + 1 < n && IsWordByte(text[e + 1])))) {
    ++e;
  }
  return e;
}

// The start of the name word that ends at text[...end) (it begins after a
// non-word byte), or end when the bytes before are no name word.
size_t NameWordStart(std::string_view text, size_t end) {
  size_t b = end;
  while (b > 0 && (IsWordByte(text[b - 1]) || ((text[b - 1] == '-' || text[b - 1] == '\'') && b >= 2 && IsWordByte(text[b - 2])))) {
    --b;
  }
  if (b == end || NameWordEnd(text, b) != end) return end;
  const std::string_view w = text.substr(b, end - b);
  if (OneOf(kNotNameWords, w)) return end;
  return b;
}

bool IsParticle(std::string_view w) { return OneOf(kParticles, w); }

// Whether f is one word of capitals (three or more, ASCII) right after a
// particle and one space.
bool CapitalsAfterParticle(std::string_view text, const Finding& f) {
  if (f.end > text.size() || f.end - f.begin < 3 || f.begin < 3 || text[f.begin - 1] != ' ') return false;
  for (size_t k = f.begin; k < f.end; ++k) {
    if (text[k] < 'A' || text[k] > 'Z') return false;
  }
  if (f.end < text.size() && IsWordByte(text[f.end])) return false;
  size_t ps = f.begin - 1;
  while (ps > 0 && IsWordByte(text[ps - 1])) --ps;
  return IsParticle(text.substr(ps, f.begin - 1 - ps));
}

// [begin, end) grown over the particles around it, once; true when it grew.
bool GrowOnce(std::string_view text, size_t* begin, size_t* end) {
  const size_t n = text.size();
  bool grew = false;
  // Right: " bin Hamid", " bin Rashid Saeed", or a nisba " al-Baghdadi".
  if (*end + 1 < n && text[*end] == ' ') {
    size_t p = *end + 1;
    size_t pe = p;
    while (pe < n && IsWordByte(text[pe])) ++pe;
    size_t name = p;
    const size_t european = EuropeanParticlesEnd(text, p);
    if (IsParticle(text.substr(p, pe - p)) && pe + 1 < n && text[pe] == ' ') name = pe + 1;
    else if (european > p) name = european;
    else if (ArticleAt(text, p) == 0 && ElisionAt(text, p) == 0) name = n;  // no particle, nisba or elision
    if (name < n) {
      size_t e = NameWordEnd(text, name);
      for (int k = 1; e > name && k < kMaxNameWords && e + 1 < n && text[e] == ' '; ++k) {
        const size_t next = NameWordEnd(text, e + 1);
        if (next == e + 1 || IsParticle(text.substr(e + 1, next - e - 1))) break;
        e = next;
      }
      if (e > name) {
        *end = e;
        grew = true;
      }
    }
  }
  // Left: "Osama bin " or "Abu Bakr " before a particle or a nisba.
  if (*begin >= 2 && text[*begin - 1] == ' ') {
    size_t q = *begin - 1;  // the space before the finding
    const bool nisba = ArticleAt(text, *begin) > 0 || ElisionAt(text, *begin) > 0;
    size_t ps = q;
    while (ps > 0 && IsWordByte(text[ps - 1])) --ps;
    size_t words_end = SIZE_MAX;
    if (IsParticle(text.substr(ps, q - ps)) && ps >= 2 && text[ps - 1] == ' ') words_end = ps - 1;
    else if (nisba) words_end = q;
    else words_end = EuropeanParticlesBefore(text, q);
    if (words_end != SIZE_MAX) {
      size_t b = NameWordStart(text, words_end);
      // A title ends the name on the left ("Later Mr van der Berg").
      auto titled = [&](size_t at) {
        size_t e = at;
        while (e < words_end && IsWordByte(text[e])) ++e;
        return IsTitleWord(text.substr(at, e - at));
      };
      for (int k = 1; b < words_end && k < kMaxNameWords && b >= 2 && text[b - 1] == ' ' && !titled(b); ++k) {
        const size_t prev = NameWordStart(text, b - 1);
        if (prev == b - 1) break;
        b = prev;
      }
      if (b < words_end) {
        *begin = b;
        grew = true;
      }
    }
  }
  return grew;
}

// Calls f(at) for each " bin" and " ibn" at text[at...], in order. With SSE2:
// blocks of 13 starts, each read as 16 bytes (the three after it too), byte
// compares into bit masks; elsewhere a plain loop.
template <typename F>
void ForEachParticleStem(std::string_view text, F&& f) {
  const size_t n = text.size();
  const char* data = text.data();
  size_t block = 0;
#if defined(__SSE2__)
  const __m128i k_space = _mm_set1_epi8(' '), k_b = _mm_set1_epi8('b'), k_i = _mm_set1_epi8('i'),
                k_n = _mm_set1_epi8('n');
  char tail[16] = {};
  for (; block + 3 < n; block += 13) {
    const char* p = data + block;
    if (n - block < 16) {
      std::memcpy(tail, p, n - block);
      p = tail;
    }
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const auto sp = static_cast<uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(x, k_space)));
    const auto b = static_cast<uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(x, k_b)));
    const auto i = static_cast<uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(x, k_i)));
    const auto nn = static_cast<uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(x, k_n)));
    uint32_t hits = sp & (((b >> 1) & (i >> 2)) | ((i >> 1) & (b >> 2))) & (nn >> 3) & 0x1FFFu;  // starts 0..12
    while (hits != 0) {
      f(block + static_cast<size_t>(std::countr_zero(hits)));
      hits &= hits - 1;
    }
  }
#else
  for (; block + 3 < n; ++block) {
    const std::string_view four = text.substr(block, 4);
    if (four == " bin" || four == " ibn") f(block);
  }
#endif
}

// The findings near a byte range, for the loops below that ask about every
// finding over a name (a list of hundreds of names joined by particles would
// otherwise cost every finding per name): ForEach(b, e, visit) calls
// visit(index) for at least every finding that shares a byte with [b, e),
// until visit returns false. An empty finding shares no byte but the
// questions below may count it, so with one every finding is visited. The
// vector must not change while this is used.
class NearFindings {
 public:
  explicit NearFindings(const std::vector<Finding>& findings)
      : findings_(findings),
        any_empty_(std::any_of(findings.begin(), findings.end(), [](const Finding& g) { return g.end <= g.begin; })) {}
  template <typename Visit>
  void ForEach(size_t b, size_t e, const Visit& visit) {
    if (any_empty_ || e <= b) {
      for (size_t j = 0; j < findings_.size(); ++j) {
        if (!visit(j)) return;
      }
      return;
    }
    if (!index_) index_.emplace(findings_);
    index_->ForEachOver(b, e, [&](const Finding& g) { return visit(static_cast<size_t>(&g - findings_.data())); });
  }

 private:
  const std::vector<Finding>& findings_;
  const bool any_empty_;
  std::optional<FindingIndex> index_;
};

// Adds a PERSON finding for each "Name bin Name" (a lower-case particle:
// bin, ibn, bint, binti, ag, ould, welet, between two capitalised name
// words) that no PERSON finding overlaps, so that a name the detectors
// missed or read as something else still joins.
void AddParticleAnchors(std::string_view text, std::vector<Finding>* findings) {
  const size_t n = text.size();
  std::vector<Finding> added;
  NearFindings near(*findings);
  // The particle at text[at + 1, particle_end), a space before and after it.
  const auto anchor = [&](size_t at, size_t particle_end) {
    if (particle_end >= n || text[particle_end] != ' ') return;
    const size_t left = NameWordStart(text, at);
    const size_t right_begin = particle_end + 1;
    const size_t right = right_begin < n ? NameWordEnd(text, right_begin) : right_begin;
    if (left == at || right == right_begin) return;
    // A person found there is grown instead; a confident other reading
    // (more than the join's confidence) wins.
    bool covered = false;
    near.ForEach(left, right, [&](size_t j) {
      const Finding& f = (*findings)[j];
      covered = f.begin < right && left < f.end && (f.kind == Kind::kPerson || f.confidence > kPatronymConfidence);
      return !covered;
    });
    if (!covered) added.push_back(Finding{left, right, Kind::kPerson, "PATRONYMIC", kPatronymConfidence, "link"});
  };
  ForEachParticleStem(text, [&](size_t at) {
    size_t particle_end = at + 4;  // the particle's last byte + 1
    if (text[at + 1] == 'b' && particle_end < n && text[particle_end] == 't') {
      ++particle_end;
      if (particle_end < n && text[particle_end] == 'i') ++particle_end;
    }
    anchor(at, particle_end);
  });
  // The Tamasheq and Hassaniya particles, rarer: "Hamma ag ACHERIF",
  // "Sidi ould Mahmoud", "Fadimata welet Ahmed".
  for (std::string_view particle : {std::string_view(" ag "), std::string_view(" ould "), std::string_view(" welet ")}) {
    ForEachOccurrence(text, particle, [&](size_t at) { anchor(at, at + particle.size() - 1); });
  }
  findings->insert(findings->end(), added.begin(), added.end());
}

// Adds a PERSON finding for each "Name s/o Name" ("son of", also "d/o",
// "S/O", "D/O"; a capitalised name word on each side; not "w/o", "without"
// as often as "wife of": "Afghans w/o PoR") that no PERSON finding holds
// whole: "Ajobe s/o Alio" names two persons however the detectors read them.
// Where the particle opens a cell of a table (two spaces, a line's start, a
// tab or '|' before it: "Nazarov   s/o Turdi Qul"), the up to three name
// words after it are the parent's name.
void AddSlashParticleAnchors(std::string_view text, std::vector<Finding>* findings) {
  std::vector<Finding> added;
  NearFindings near(*findings);
  // Whether a PERSON finding holds text[b, e) whole.
  const auto held = [&](size_t b, size_t e) {
    bool found = false;
    near.ForEach(b, e, [&](size_t j) {
      const Finding& f = (*findings)[j];
      found = f.kind == Kind::kPerson && f.begin <= b && e <= f.end;
      return !found;
    });
    return found;
  };
  // Found by their slash, a rare byte.
  for (size_t slash = text.find('/'); slash != std::string_view::npos; slash = text.find('/', slash + 1)) {
    if (slash < 2 || slash + 3 > text.size()) continue;
    const size_t at = slash - 2;
    const std::string_view particle = text.substr(at, 5);
    if (particle != " s/o " && particle != " d/o " && particle != " S/O " && particle != " D/O ") continue;
    const size_t left = NameWordStart(text, at);
    const size_t right_begin = at + particle.size();
    size_t right = NameWordEnd(text, right_begin);
    if (right == right_begin) continue;
    if (left == at) {
      // The particle opens a cell of a table ("Nazarov   s/o Turdi Qul     1399"):
      // the parent's name, up to three words, alone.
      const bool opens_cell = at == 0 || text[at - 1] == ' ' || text[at - 1] == '\n' || text[at - 1] == '\t' ||
                              text[at - 1] == '|';
      if (!opens_cell) continue;
      for (int words = 1; words < 3 && right + 1 < text.size() && text[right] == ' '; ++words) {
        const size_t next = NameWordEnd(text, right + 1);
        if (next == right + 1) break;
        right = next;
      }
      if (!held(right_begin, right)) added.push_back(Finding{right_begin, right, Kind::kPerson, "PATRONYMIC", kPatronymConfidence, "link"});
      continue;
    }
    if (!held(left, right)) added.push_back(Finding{left, right, Kind::kPerson, "PATRONYMIC", kPatronymConfidence, "link"});
  }
  findings->insert(findings->end(), added.begin(), added.end());
}

}  // namespace

void JoinPatronyms(std::string_view text, std::vector<Finding>* findings) {
  AddParticleAnchors(text, findings);
  AddSlashParticleAnchors(text, findings);
  std::vector<Finding>& f = *findings;
  std::vector<Finding> joined;
  std::vector<bool> merged(f.size(), false);
  NearFindings near(f);
  for (size_t i = 0; i < f.size(); ++i) {
    if (merged[i] || f[i].kind != Kind::kPerson || f[i].detector == "script" || f[i].end > text.size()) continue;
    size_t begin = f[i].begin, end = f[i].end;
    bool grew = false;
    for (int round = 0; round < 4 && GrowOnce(text, &begin, &end); ++round) grew = true;
    if (!grew) continue;
    // The joined name takes in every PERSON finding inside it; a finding of
    // another kind over what it adds, more confident than the joined name
    // would be, keeps it from joining.
    // A family name in capitals right after the particle ("Mohamed ag
    // ELMEHDI", "Salem bin BAMATRAF") is the name's, however it is read.
    const float joined_confidence = std::max(f[i].confidence, kPatronymConfidence);
    bool blocked = false;
    near.ForEach(begin, end, [&](size_t j) {
      blocked = j != i && f[j].kind != Kind::kPerson && f[j].begin < end && begin < f[j].end &&
                !(f[i].begin <= f[j].begin && f[j].end <= f[i].end) && f[j].confidence > joined_confidence &&
                !CapitalsAfterParticle(text, f[j]);
      return !blocked;
    });
    if (blocked) continue;
    Finding name = f[i];
    near.ForEach(begin, end, [&](size_t j) {
      if (j == i || f[j].kind != Kind::kPerson || f[j].detector == "script") return true;
      if (f[j].begin >= begin && f[j].end <= end) {
        name.confidence = std::max(name.confidence, f[j].confidence);
        merged[j] = true;
      }
      return true;
    });
    merged[i] = true;
    name.begin = begin;
    name.end = end;
    name.confidence = std::max(name.confidence, kPatronymConfidence);
    name.subkind = "PATRONYMIC";
    name.detector = "link";
    joined.push_back(name);
  }
  if (joined.empty()) return;
  size_t w = 0;
  for (size_t i = 0; i < f.size(); ++i) {
    if (!merged[i]) f[w++] = f[i];
  }
  f.resize(w);
  f.insert(f.end(), joined.begin(), joined.end());
}

}  // namespace tearline::link_internal

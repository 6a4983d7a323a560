// The initials detector: a person named by initials only ("signed by A.K.",
// "Source: H.A. (trusted)", "M.N.O. said"). Contract in tearline/quasi.h
// (NewInitialsDetector).
#include <algorithm>
#include <array>
#include <cstring>
#include <iterator>
#include <string>
#include <vector>

#include "name_words.h"
#include "quasi_internal.h"
#include "tearline/file.h"
#include "tearline/quasi.h"

namespace tearline {
namespace {

using quasi::IsDigitAscii;
using quasi::IsLowerAscii;
using quasi::IsUpperAscii;

constexpr std::string_view kId = "initials";
constexpr float kInitialsConfidence = 0.6f;
// Initials with periods out of any person's context but standing alone (no
// capitalised word touching them): as sure as the action threshold, no more.
constexpr float kBareInitialsConfidence = 0.5f;
constexpr size_t kMaxLetters = 4;

// Abbreviations written with periods that name no person: countries,
// organisations (and the humanitarian agencies reports cite: UNHCR, OCHA,
// MSF, ...), posts (CD, ED, TL: country and executive director, team
// leader), times, eras, degrees, the terms of field reports (AOB: any other
// business; SITREP; RUTF, MUAC: nutrition; CNIC, NIN, BVN: identity and bank
// numbers, IBAN; NIMC, NISS: the agencies behind them;
// clinical and casualty terms: IV, GCS, TBSA, ICU, MEDEVAC, IED, UXO) and the
// like, as their capitals. Sorted.
constexpr std::string_view kAbbreviations[] = {
    "ACLED", "ACNUR", "AD", "ADF", "AKA", "AM", "AOB", "AQIM", "ARRA", "ASAP", "ASEAN", "AU", "BA", "BBC", "BC",
    "BCE", "BFAR", "BIA", "BID", "BP", "BS", "BSC", "BVN", "CASEVAC", "CBE", "CBO", "CBP", "CCCM", "CD", "CE",
    "CEO", "CIA", "CICR", "CNIC", "CNN", "CO", "CSO", "CT", "CV", "DA", "DC", "DJ", "DNA", "DR", "DRC", "DSWD",
    "ECG", "ECOWAS", "ED", "ELN", "ER", "EU", "FAO", "FARC", "FARDC", "FBI", "FDLR", "GBV", "GCS", "GP", "HCR",
    "HIV", "HMS", "HRW", "IBAN", "ICC", "ICJ", "ICRC", "ICU", "ID", "IDP", "IDPS", "IE", "IED", "IFAK", "IFRC",
    "IGAD", "ILO", "INC", "INGD", "INGO", "IOM", "IOU", "IPC", "IRC", "ISWAP", "IV", "JNIM", "JP", "KBE", "KC",
    "KGB", "KNLA", "KNU", "LA", "LLC", "LLP", "LP", "MA", "MBE", "MC", "MD", "MEDEVAC", "MHPSS", "MINUSMA",
    "MONUSCO", "MP", "MRI", "MS", "MSF", "MUAC", "NADRA", "NATO", "NB", "NDMA", "NFI", "NGO", "NIMC", "NIN", "NISS",
    "NJ", "NRC", "NY", "NYC", "NZ", "OBE", "OCHA", "OHCHR", "OK", "ONG", "ONU", "OPD", "OPJ", "OPM", "OSC", "OSCE",
    "PA", "PC", "PCG", "PDMA", "PE", "PHD", "PLC", "PM", "PNP", "PO", "PS", "PSEA", "PTO", "QC", "RAF", "RCRC",
    "RIP", "RN", "RRC", "RSF", "RSVP", "RUTF", "SADC", "SGBV", "SITREP", "SMT", "SOS", "SPLA", "SPLM", "SS",
    "SSPDF", "TBSA", "TL", "TV", "UAE", "UASC", "UK", "UN", "UNAMA", "UNDP", "UNDSS", "UNFPA", "UNHCR", "UNICEF",
    "UNMAS", "UNMISS", "UNODC", "UNOPS", "UNRWA", "UPDF", "US", "USA", "USSR", "UXO", "VIP", "VP", "WASH", "WC",
    "WFP", "WHO", "WWI", "WWII",
};
static_assert(std::is_sorted(std::begin(kAbbreviations), std::end(kAbbreviations)));

// Words right before initials that make them a person's: prepositions that
// introduce an author, a sender or an addressee, and nouns for people of a
// report ("Source: H.A.", "driver A.K.", "the pharmacist (initials T.G.)").
// Lower case, sorted.
constexpr std::string_view kWordsBefore[] = {
    "admin", "and", "attn", "aunt", "author", "avec", "beneficiary", "boy", "brother", "by", "called", "caller",
    "cc", "chief", "child", "client", "colleague", "com", "con", "contact", "cousin", "daughter", "detainee",
    "dr", "driver", "elder", "enumerator", "father", "from", "girl", "guard", "husband", "informant", "init", "initiales", "initials",
    "interpreter", "interviewee", "interviewer", "leader", "man", "minor", "miss", "monitor", "mother", "mr",
    "mrs", "ms", "named", "nephew", "niece", "notable", "nurse", "officer", "operator", "or", "par", "patient",
    "per", "pharmacist", "por", "respondent", "signature", "signed", "sister", "son", "source", "staff",
    "student", "subject", "superviseur", "supervisor", "survivor", "teacher", "to", "translator", "uncle",
    "via", "victim", "volunteer", "wife", "with", "witness", "woman",
};
static_assert(std::is_sorted(std::begin(kWordsBefore), std::end(kWordsBefore)));

// Words right after initials that make them a person's ("A.K. said", "H.A.
// (trusted)" is the parenthesis). Lower case, sorted.
constexpr std::string_view kWordsAfter[] = {
    "added", "and", "asked", "believes", "claimed", "confirmed", "denied", "explained", "has",
    "heard", "is", "left", "met", "recognised", "recognized", "reported", "said", "saw", "says",
    "stated", "told", "was", "who", "wrote",
};
static_assert(std::is_sorted(std::begin(kWordsAfter), std::end(kWordsAfter)));
// Nouns for a person's role right after the initials and a comma ("S.K.,
// moniteur protection", "A.R., driver"), lower case. Sorted.
constexpr std::string_view kRolesAfterComma[] = {
    "agent",   "caseworker", "coordinator", "driver",   "enumerator", "interpreter", "medic",      "moniteur",
    "monitor", "monitrice", "nurse",       "officer",  "superviseur", "supervisor", "translator", "volunteer",
};
static_assert(std::is_sorted(std::begin(kRolesAfterComma), std::end(kRolesAfterComma)));

using quasi::Bytes16;
using quasi::Listed;

// The word of ASCII letters that ends right before text[end) (skipping one
// ':' or ',' and spaces before `end`), in lower case in `buf`; empty if none.
std::string_view WordBefore(std::string_view text, size_t end, std::array<char, 16>& buf) {
  size_t e = end;
  while (e > 0 && text[e - 1] == ' ') --e;
  if (e > 0 && (text[e - 1] == ':' || text[e - 1] == '.')) --e;  // "Source:", "Mr."
  size_t b = e;
  while (b > 0 && (IsUpperAscii(text[b - 1]) || IsLowerAscii(text[b - 1]))) --b;
  if (b == e || e - b > buf.size() || (b > 0 && IsWordByte(text[b - 1]))) return {};
  for (size_t i = b; i < e; ++i) buf[i - b] = static_cast<char>(text[i] | 0x20);
  return std::string_view(buf.data(), e - b);
}

// The word of ASCII letters that starts at text[b] after spaces, in lower
// case in `buf`; empty if none. *capitalised tells whether it starts with a
// capital.
std::string_view WordAfter(std::string_view text, size_t b, std::array<char, 16>& buf, bool* capitalised) {
  while (b < text.size() && text[b] == ' ') ++b;
  size_t e = b;
  while (e < text.size() && (IsUpperAscii(text[e]) || IsLowerAscii(text[e]))) ++e;
  if (e == b || e - b > buf.size() || (e < text.size() && IsWordByte(text[e]))) return {};
  *capitalised = IsUpperAscii(text[b]);
  for (size_t i = b; i < e; ++i) buf[i - b] = static_cast<char>(text[i] | 0x20);
  return std::string_view(buf.data(), e - b);
}

// Whether text[k...] is a hyphened initial of a double given name: a
// capital, '-', a capital and a period ("J-P." of Jean-Pierre).
bool HyphenedInitialAt(std::string_view text, size_t k) {
  return k + 3 < text.size() && IsUpperAscii(text[k]) && text[k + 1] == '-' && IsUpperAscii(text[k + 2]) &&
         text[k + 3] == '.';
}

// Where initials that start at text[i] end (after their last period), or i:
// two to four capitals, each followed by a period (a hyphened pair counting
// two: "J-P. K."), with at most one space between ("A.K.", "M. N. O."), at a
// word start.
size_t InitialsEnd(std::string_view text, size_t i, std::array<char, kMaxLetters>& letters, size_t* count) {
  *count = 0;
  size_t k = i;
  while (k + 1 < text.size() && IsUpperAscii(text[k]) && (text[k + 1] == '.' || HyphenedInitialAt(text, k))) {
    if (text[k + 1] == '-') {  // "J-P." counts two letters
      if (*count + 2 > kMaxLetters) return i;
      letters[(*count)++] = text[k];
      letters[(*count)++] = text[k + 2];
      k += 4;
    } else {
      if (*count == kMaxLetters) return i;
      letters[(*count)++] = text[k];
      k += 2;
    }
    if (k + 1 < text.size() && text[k] == ' ' && IsUpperAscii(text[k + 1]) && k + 2 < text.size() &&
        text[k + 2] == '.') {
      ++k;
    }
  }
  if (*count < 2) return i;
  if (k < text.size() && IsWordByte(text[k])) return i;  // "A.K.47", "U.S.based"
  return k;
}

// Endings of family names of the former Soviet Union and the Caucasus, in
// capitals ("Ergeshov", "TURDUEVA", "Kvaratskhelia" is not one: "-ia" names
// are left to the tagger). Sorted.
constexpr std::string_view kSurnameEndings[] = {"DZE",  "ENKO",  "EV",    "EVA",   "EVICH", "EVNA",
                                                "KYZY", "OV",    "OVA",   "OVICH", "OVNA",  "SHVILI",
                                                "SKAYA", "SKIY", "UULU",  "YAN",   "ZADE",  "ZODA"};
static_assert(std::is_sorted(std::begin(kSurnameEndings), std::end(kSurnameEndings)));
// Places and words in capitals with those endings that no family is named
// by here. Sorted.
constexpr std::string_view kNotSurnames[] = {"AZOV",   "BELGOROD", "CHERNIHIV", "KHARKIV", "KHARKOV", "KIROV",
                                             "KISHINEV", "LVOV",   "PSKOV",     "ROSTOV",  "SARATOV", "TAMBOV",
                                             "YEREVAN"};
static_assert(std::is_sorted(std::begin(kNotSurnames), std::end(kNotSurnames)));
constexpr size_t kMinSurname = 5;  // letters

// Whether the ASCII word w (letters only) has a family name's ending, read
// in capitals, and is no listed exception. The ending is read first (most
// capitalised words have none): the word's last six letters in capitals.
bool HasSurnameEnding(std::string_view w) {
  if (w.size() < kMinSurname || w.size() > 24) return false;
  const auto upper = [](char c) { return IsLowerAscii(c) ? static_cast<char>(c & ~0x20) : c; };
  // The last letters of the endings: A E H I N O U V Y.
  if (std::strchr("AEHINOUVY", upper(w.back())) == nullptr) return false;
  std::array<char, 6> tail_buf;
  const size_t tail_size = std::min(w.size(), tail_buf.size());
  for (size_t i = 0; i < tail_size; ++i) tail_buf[i] = upper(w[w.size() - tail_size + i]);
  const std::string_view tail(tail_buf.data(), tail_size);
  const bool ending = std::any_of(std::begin(kSurnameEndings), std::end(kSurnameEndings), [&](std::string_view e) {
    return w.size() > e.size() + 2 && tail.ends_with(e);
  });
  if (!ending) return false;
  std::array<char, 24> word;
  for (size_t i = 0; i < w.size(); ++i) word[i] = upper(w[i]);
  return !Listed(kNotSurnames, std::string_view(word.data(), w.size()));
}

// Whether the word (letters only, seven or more) ends like a patronymic of
// the former Soviet Union ("Sabyrbekovna", "Ivanovich", "Petrivna").
bool IsPatronymic(std::string_view w) {
  if (w.size() < 7) return false;
  for (std::string_view e : {"ovna", "evna", "ivna", "ovich", "evich", "ovych"}) {
    if (w.ends_with(e)) return true;
  }
  return false;
}

// Where the initials after a family name that start at text[i] end, or i:
// one to three of a capital, an optional lower-case letter ("Sh.", "Yu.")
// and a period, with no space between ("A.K.", "M.", "B.Sh.", "M.Yu."),
// followed by no word byte.
size_t TrailingInitialsEnd(std::string_view text, size_t i) {
  size_t k = i, count = 0;
  while (count < 3 && k + 1 < text.size() && IsUpperAscii(text[k])) {
    size_t d = k + 1;
    if (IsLowerAscii(text[d])) ++d;
    if (d >= text.size() || text[d] != '.') break;
    k = d + 1;
    ++count;
  }
  if (count == 0 || (k < text.size() && IsWordByte(text[k]))) return i;
  return k;
}

// Where the initials that end right before the space at text[b - 1] begin,
// or b: one to three of a capital, an optional lower-case letter and a
// period, with no space between ("E.R. ", "M. ", "M.Yu. "), after no word
// byte and no period.
size_t LeadingInitialsBegin(std::string_view text, size_t b) {
  if (b < 3 || text[b - 1] != ' ') return b;
  size_t k = b - 1, count = 0;
  while (count < 3 && k >= 2 && text[k - 1] == '.') {
    size_t c = k - 2;
    if (IsLowerAscii(text[c]) && c > 0) --c;
    if (!IsUpperAscii(text[c])) break;
    k = c;
    ++count;
  }
  if (count == 0 || (k > 0 && (IsWordByte(text[k - 1]) || text[k - 1] == '.'))) return b;
  return k;
}

// Family names written as the former Soviet Union's forms and lists write
// them: a capitalised family name with such an ending, then initials
// ("Toktogulova A.K.", "Ergeshov M.", "Abdullaeva M.Yu.") or initials
// before it ("zam. prokurora E.R. Ramazanov", "M.Yu. Abdullaeva"); and a family
// name in capitals alone in a text of capitals ("ASANOV", "TURDUEVA"); and
// a patronymic with the names around it (IsPatronymic).
void FamilyNames(std::string_view text, FindingSink& sink) {
  const size_t n = text.size();
  size_t from = 0;  // no name starts inside the previous one
  // Candidates, found 16 bytes at a time, are the ASCII capitals; each that
  // starts a word is read.
  quasi::ForEachBlock16(text, 0, [&](size_t block, Bytes16 v) {
    uint32_t bits = quasi::HighBitMask((Bytes16)(v >= uint8_t{'A'}) & (Bytes16)(v <= uint8_t{'Z'}));
    for (; bits != 0; bits &= bits - 1) {
      const size_t b = block + static_cast<size_t>(__builtin_ctz(bits));
      if (b < from || (b > 0 && IsWordByte(text[b - 1]))) continue;
      if (b > 0 && (text[b - 1] == '-' || text[b - 1] == '\'' || text[b - 1] == '@' || text[b - 1] == '.')) continue;
      size_t e = b + 1;
      bool lower = false;  // else the word is in capitals
      while (e < n && (IsUpperAscii(text[e]) || IsLowerAscii(text[e]))) {
        lower |= IsLowerAscii(text[e]);
        ++e;
      }
      from = e;
      if (e < n && (IsWordByte(text[e]) || text[e] == '-' || text[e] == '\'')) continue;
      const std::string_view word = text.substr(b, e - b);
      size_t nb = b, ne = e;  // the name
      if (lower && IsPatronymic(word)) {
        // "Aigul Sabyrbekovna Mamatova", "Sergei Ivanovich": a patronymic
        // with the capitalised word before it and the one after it.
        if (nb >= 2 && text[nb - 1] == ' ' && IsLowerAscii(text[nb - 2])) {
          size_t k = nb - 1;
          while (k > 0 && (IsUpperAscii(text[k - 1]) || IsLowerAscii(text[k - 1]))) --k;
          if (IsUpperAscii(text[k]) && (k == 0 || !IsWordByte(text[k - 1]))) nb = k;
        }
        if (ne + 1 < n && text[ne] == ' ' && IsUpperAscii(text[ne + 1])) {
          size_t k = ne + 2;
          while (k < n && IsLowerAscii(text[k])) ++k;
          if (k > ne + 2 && (k == n || !IsWordByte(text[k]))) ne = k;
        }
      } else if (HasSurnameEnding(word)) {
        // Initials after it ("Toktogulova A.K."; "MAMADJANOVA G."); in
        // mixed case they are required, in capitals ("ASANOV") not.
        const size_t initials = e + 2 < n && text[e] == ' ' ? TrailingInitialsEnd(text, e + 1) : e + 1;
        if (initials != e + 1) {
          ne = initials;
        } else if (const size_t before = LeadingInitialsBegin(text, b); lower && before < b) {
          nb = before;
        } else if (lower) {
          continue;
        } else if (e + 4 < n && text[e] == ' ' && IsUpperAscii(text[e + 1]) && IsLowerAscii(text[e + 2])) {
          // "RAJABOV Shuhrat – Novosibirsk": the given name in title case
          // after the family name in capitals, as registers write them.
          size_t k = e + 2;
          while (k < n && IsLowerAscii(text[k])) ++k;
          if (k - (e + 1) >= 3 && (k == n || !IsWordByte(text[k]))) ne = k;
        }
      } else {
        continue;
      }
      sink.Add(Finding{nb, ne, Kind::kPerson, "FAMILY", kInitialsConfidence, kId});
      from = ne;
    }
  });
}

class InitialsDetector final : public Detector {
 public:
  std::string_view id() const override { return kId; }
  KindMask kinds() const override { return KindBit(Kind::kPerson); }
  std::unique_ptr<DetectorScratch> NewScratch() const override { return std::make_unique<DetectorScratch>(); }

  // Candidates are the periods with a capital before them that starts a word.
  Status Scan(std::string_view text, DetectorScratch&, FindingSink& sink) const override {
    std::vector<Finding> found;
    std::vector<std::pair<size_t, size_t>> elsewhere;  // initials met out of context
    // Initials that are also an abbreviation ("M.D.", "A.M."), left out
    // unless found elsewhere as a person's (a legend "M.D. = Mahamat Dogo").
    std::vector<std::pair<size_t, size_t>> abbreviations;
    size_t from = 0;
    for (const char* at = text.data();;) {
      const size_t left = static_cast<size_t>(text.data() + text.size() - at);
      at = static_cast<const char*>(std::memchr(at, '.', left));
      if (at == nullptr) break;
      const size_t dot = static_cast<size_t>(at - text.data());
      ++at;
      if (dot < 1 || dot < from || !IsUpperAscii(text[dot - 1])) continue;
      size_t i = dot - 1;
      if (i >= 2 && HyphenedInitialAt(text, i - 2)) i -= 2;  // "J-P."
      if (i > 0 && (IsWordByte(text[i - 1]) || text[i - 1] == '.' || text[i - 1] == '-')) continue;
      std::array<char, kMaxLetters> letters;
      size_t count = 0;
      const size_t end = InitialsEnd(text, i, letters, &count);
      if (end == i) continue;
      from = end;
      at = text.data() + end;
      const auto [name_begin, name_end] = DefiningName(text, end, letters, count);
      if (Listed(kAbbreviations, std::string_view(letters.data(), count)) && !AfterPersonNoun(text, i) &&
          !BeforeSexOrAge(text, end) && name_end == 0) {
        abbreviations.push_back({i, end});
        continue;
      }
      if (name_end != 0) sink.Add(Finding{name_begin, name_end, Kind::kPerson, "INITIALS", kInitialsConfidence, kId});
      if (PersonContext(text, i, end) || name_end != 0) {
        found.push_back(Finding{i, end, Kind::kPerson, "INITIALS", kInitialsConfidence, kId});
        // "(Moisés / M.G.)": the name before the slash is the same person's.
        if (const size_t nb = NameBeforeSlash(text, i); nb < i) {
          size_t ne = text.rfind('/', i);
          while (ne > nb && text[ne - 1] == ' ') --ne;
          sink.Add(Finding{nb, ne, Kind::kPerson, "INITIALS", kInitialsConfidence, kId});
        }
        // "(J.E. / A. Nyamal)": an initial and a family name after the slash
        // are a second writer's.
        if (const auto [nb, ne] = InitialAndNameAfterSlash(text, end); ne != 0) {
          sink.Add(Finding{nb, ne, Kind::kPerson, "INITIALS", kInitialsConfidence, kId});
        }
      } else {
        elsewhere.push_back({i, end});
      }
    }
    Speakers(text, &found);
    FamilyNames(text, sink);
    LowerCaseSignOff(text, sink);
    // Initials out of context that stand alone name a person too, less
    // surely ("f/u C.M.F. re copy", "accompanied F.M. + mother").
    std::vector<std::pair<size_t, size_t>> bare;
    for (const auto& [b, e] : elsewhere) {
      if (StandsAlone(text, b, e)) bare.push_back({b, e});
    }
    if (found.empty()) {
      for (const auto& [b, e] : bare) sink.Add(Finding{b, e, Kind::kPerson, "INITIALS", kBareInitialsConfidence, kId});
      return Status::OK();
    }
    // Every other occurrence of initials found in a person's context names
    // the same person ("for M.K. through", after "Detainee M.K.").
    std::vector<std::string_view> names;
    for (const Finding& f : found) names.push_back(text.substr(f.begin, f.size()));
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    std::vector<size_t> reported;
    for (const Finding& f : found) reported.push_back(f.begin);
    std::sort(reported.begin(), reported.end());
    // Initials with periods: among the other initials the scan met.
    const auto add_if_named = [&](size_t b, size_t e) {
      const bool named = std::binary_search(names.begin(), names.end(), text.substr(b, e - b));
      if (named) found.push_back(Finding{b, e, Kind::kPerson, "INITIALS", kInitialsConfidence, kId});
      return named;
    };
    for (const auto& [b, e] : abbreviations) add_if_named(b, e);
    for (const auto& [b, e] : elsewhere) {
      if (!add_if_named(b, e) && std::binary_search(bare.begin(), bare.end(), std::make_pair(b, e))) {
        found.push_back(Finding{b, e, Kind::kPerson, "INITIALS", kBareInitialsConfidence, kId});
      }
    }
    // A speaker's initials without periods: searched for.
    for (std::string_view name : names) {
      if (name.find('.') != std::string_view::npos) continue;
      for (size_t at = text.find(name); at != std::string_view::npos; at = text.find(name, at + 1)) {
        const size_t end = at + name.size();
        if (std::binary_search(reported.begin(), reported.end(), at)) continue;
        if (at > 0 && (IsWordByte(text[at - 1]) || text[at - 1] == '.' || text[at - 1] == '-')) continue;
        if (end < text.size() && IsWordByte(text[end])) continue;
        found.push_back(Finding{at, end, Kind::kPerson, "INITIALS", kInitialsConfidence, kId});
      }
    }
    for (const Finding& f : found) sink.Add(f);
    return Status::OK();
  }

 private:
  // Speakers of a transcript named by initials without periods: a line that
  // starts with two to four capitals, ':' and a space ("HNL: In Seik Mu"),
  // when the same initials open two such lines or more, and are no label
  // of a message or a form (NB, PS, CC, RE, FYI, ETA, TO, REF, POC, ...) or
  // a transcript's role (INT interviewer, RESP respondent, MOD moderator,
  // FAC facilitator).
  static void Speakers(std::string_view text, std::vector<Finding>* found) {
    static constexpr std::string_view kLabels[] = {
        "ACT", "AKA", "ANS", "ATTN", "BCC", "CC",   "DATE", "DOB", "DTG", "ETA",  "ETD", "FAC", "FAO",
        "FM",  "FROM", "FYI", "GPS", "INFO", "INT", "INTV", "LOC", "MGRS", "MOD", "NB",  "NOK", "NOTE",
        "PM",  "POC", "PS",  "REF", "RE",   "RESP", "SMS",  "SUBJ", "TBC", "TBD",  "TEL", "TIME", "TO", "URL"};
    std::vector<std::pair<std::string_view, size_t>> labels;  // initials, where they start
    for (size_t p = 0; p < text.size();) {
      size_t e = p;
      while (e < text.size() && e - p <= 4 && IsUpperAscii(text[e])) ++e;
      if (e - p >= 2 && e - p <= 4 && e + 1 < text.size() && text[e] == ':' && text[e + 1] == ' ') {
        const std::string_view initials = text.substr(p, e - p);
        if (std::find(std::begin(kLabels), std::end(kLabels), initials) == std::end(kLabels)) {
          labels.emplace_back(initials, p);
        }
      }
      const void* nl = std::memchr(text.data() + p, '\n', text.size() - p);
      if (nl == nullptr) break;
      p = static_cast<size_t>(static_cast<const char*>(nl) - text.data()) + 1;
    }
    std::sort(labels.begin(), labels.end());
    for (size_t i = 0; i < labels.size();) {
      size_t j = i;
      while (j < labels.size() && labels[j].first == labels[i].first) ++j;
      if (j - i >= 2) {
        for (size_t k = i; k < j; ++k) {
          found->push_back(Finding{labels[k].second, labels[k].second + labels[k].first.size(), Kind::kPerson,
                                   "INITIALS", kInitialsConfidence, kId});
        }
      }
      i = j;
    }
  }

  // The value of a label that speaks of initials or a signature, on the
  // initials' line: "Author initials on cover: F.A.W.", "Signature of
  // officer: K.M.".
  static bool SignatureLabelBefore(std::string_view text, size_t b) {
    if (b < 2 || text[b - 1] != ' ' || text[b - 2] != ':') return false;
    constexpr size_t kMaxLabel = 60;
    size_t start = b - 2;
    while (start > 0 && text[start - 1] != '\n' && b - start <= kMaxLabel) --start;
    std::string label(text.substr(start, b - 2 - start));
    for (char& c : label) c = IsUpperAscii(c) ? static_cast<char>(c | 0x20) : c;
    for (std::string_view w : {"initials", "signature", "signed"}) {
      const size_t at = label.find(w);
      if (at != std::string::npos && (at == 0 || !IsWordByte(label[at - 1])) &&
          (at + w.size() == label.size() || !IsWordByte(label[at + w.size()]))) {
        return true;
      }
    }
    return false;
  }

  // The name that defines the initials ending at text[end), right after
  // them: " = " or " (" and two to four capitalised words whose first
  // letters are `letters` ("M.D. = Mahamat Dogo", "A.M. (Abakar Mahamat,
  // superviseur)"); its [begin, end), or {0, 0}.
  static std::pair<size_t, size_t> DefiningName(std::string_view text, size_t end,
                                                const std::array<char, kMaxLetters>& letters, size_t count) {
    if (count < 2) return {0, 0};
    size_t p = end;
    if (text.compare(p, 3, " = ") == 0) {
      p += 3;
    } else if (text.compare(p, 2, " (") == 0) {
      p += 2;
    } else {
      return {0, 0};
    }
    const size_t begin = p;
    for (size_t k = 0; k < count; ++k) {
      if (p >= text.size() || text[p] != letters[k]) return {0, 0};
      size_t e = p + 1;
      while (e < text.size() && (IsLowerAscii(text[e]) || static_cast<unsigned char>(text[e]) >= 0x80 ||
                                 (text[e] == '-' && e + 1 < text.size() && IsWordByte(text[e + 1])))) {
        ++e;
      }
      if (e - p < 2) return {0, 0};
      if (k + 1 < count) {
        if (e >= text.size() || text[e] != ' ') return {0, 0};
        p = e + 1;
      } else {
        p = e;
      }
    }
    if (p < text.size() && IsWordByte(text[p])) return {0, 0};
    return {begin, p};
  }

  // The start of the dash ("-", "--", "–", "—") that ends at text[d), or d
  // when there is none.
  static size_t DashStart(std::string_view text, size_t d) {
    size_t dash = d;
    while (dash > 0 && text[dash - 1] == '-' && d - dash < 2) --dash;
    if (dash == d) {
      for (std::string_view long_dash : {std::string_view("\xE2\x80\x93"), std::string_view("\xE2\x80\x94")}) {
        if (d >= 3 && text.compare(d - 3, 3, long_dash) == 0) dash = d - 3;
      }
    }
    return dash;
  }

  // The text's last line, when it is a dash ("-", "--", "–", "—") and two to
  // four small letters that are no word closing a message ("-jmg" under a
  // sitrep; not "-end", "--ok"): the writer's initials.
  static void LowerCaseSignOff(std::string_view text, FindingSink& sink) {
    size_t e = text.size();
    while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '\n' || text[e - 1] == '\r' || text[e - 1] == '\t')) --e;
    size_t b = e;
    while (b > 0 && IsLowerAscii(text[b - 1]) && e - b <= 4) --b;
    if (e - b < 2 || e - b > 4 || b == 0) return;
    size_t d = b;
    if (text[d - 1] == ' ') --d;
    const size_t dash = DashStart(text, d);
    if (dash == d) return;
    size_t line = dash;
    while (line > 0 && (text[line - 1] == ' ' || text[line - 1] == '\t')) --line;
    if (line > 0 && text[line - 1] != '\n') return;
    static constexpr std::string_view kClosings[] = {"end", "ends", "eom", "fin", "ok", "out", "over"};
    if (Listed(kClosings, text.substr(b, e - b))) return;
    sink.Add(Finding{b, e, Kind::kPerson, "INITIALS", kInitialsConfidence, kId});
  }

  // A sign-off after a dash that ends a line or a bracketed note: "— Y.F.]",
  // "-- A.K.", "– D.M.)".
  static bool DashSignOff(std::string_view text, size_t b, size_t end) {
    if (b < 2 || text[b - 1] != ' ' || DashStart(text, b - 1) == b - 1) return false;
    size_t a = end;
    if (a < text.size() && (text[a] == ']' || text[a] == ')')) ++a;
    while (a < text.size() && (text[a] == ' ' || text[a] == '\r')) ++a;
    return a == text.size() || text[a] == '\n';
  }

  // Initials that open a line (after indentation) and are followed by a
  // date or a time: a signed entry ("F.A.W. 21/11 17:40").
  static bool DatedLineStart(std::string_view text, size_t b, size_t end) {
    size_t p = b;
    while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == '\t')) --p;
    if (p > 0 && text[p - 1] != '\n') return false;
    if (end + 2 >= text.size() || text[end] != ' ' || !IsDigitAscii(text[end + 1])) return false;
    size_t q = end + 1;
    while (q < text.size() && IsDigitAscii(text[q]) && q - end <= 4) ++q;
    return q < text.size() && (text[q] == '/' || text[q] == ':' || text[q] == '.' || text[q] == '-') &&
           q + 1 < text.size() && IsDigitAscii(text[q + 1]);
  }

  // Whether the words around text[b, end) make it a person's initials.
  // The start of the one or two capitalised words (no initial, no title
  // with a period) that end right before the slash AfterNameAndSlash reads
  // before the initials at text[b] ("Moisés" of "(Moisés / M.G.)", "Lupita"
  // of "Hna. Lupita / L.R."); b when there are none.
  static size_t NameBeforeSlash(std::string_view text, size_t b) {
    if (!AfterNameAndSlash(text, b)) return b;
    size_t p = text.rfind('/', b);
    while (p > 0 && text[p - 1] == ' ') --p;
    size_t start = b;
    for (int words = 0; words < 2; ++words) {
      size_t w = p;
      while (w > 0 && IsWordByte(text[w - 1])) --w;
      if (p - w < 2 || !IsUpperAscii(text[w]) || (w > 0 && text[w - 1] == '.')) break;
      start = w;
      if (w < 2 || text[w - 1] != ' ') break;
      p = w - 1;
    }
    return start;
  }

  // The initial, period, space and capitalised word of letters (three or
  // more, small letters after the capital) after a slash at text[end]
  // (" / A. Nyamal", "/A. Nyamal"), then no word; {0, 0} when there are none.
  static std::pair<size_t, size_t> InitialAndNameAfterSlash(std::string_view text, size_t end) {
    size_t p = end;
    if (p < text.size() && text[p] == ' ') ++p;
    if (p >= text.size() || text[p] != '/') return {0, 0};
    ++p;
    if (p < text.size() && text[p] == ' ') ++p;
    const size_t b = p;
    if (p + 4 >= text.size() || !IsUpperAscii(text[p]) || text[p + 1] != '.' || text[p + 2] != ' ' ||
        !IsUpperAscii(text[p + 3])) {
      return {0, 0};
    }
    p += 4;
    while (p < text.size() && (IsLowerAscii(text[p]) || static_cast<unsigned char>(text[p]) >= 0x80)) ++p;
    if (p - (b + 3) < 3 || (p < text.size() && (IsWordByte(text[p]) || text[p] == '.' || text[p] == '-'))) {
      return {0, 0};
    }
    return {b, p};
  }

  // Whether the initials at text[b] follow a slash after a capitalised word
  // or an initial ("(Moisés / M.G.)", "Hna. Lupita / L.R.", "Abdikadir M. /
  // A.M."): a name and its writer's initials, as shift logs sign.
  static bool AfterNameAndSlash(std::string_view text, size_t b) {
    size_t p = b;
    if (p > 0 && text[p - 1] == ' ') --p;
    if (p == 0 || text[p - 1] != '/') return false;
    --p;
    if (p > 0 && text[p - 1] == ' ') --p;
    if (p > 0 && text[p - 1] == '.') --p;  // "M. /"
    size_t w = p;
    while (w > 0 && IsWordByte(text[w - 1])) --w;
    return w < p && IsUpperAscii(text[w]) && (p - w >= 2 || text[p] == '.');
  }

  // Whether initials out of a person's context stand alone: no capitalised
  // word right after them on their line ("J.R.R. Tolkien", "A.K. Said" are
  // left to the tagger), none right before them ("Nestle S.A.", "George
  // H. W. Bush") and no article ("the A.B.").
  static bool StandsAlone(std::string_view text, size_t b, size_t end) {
    size_t a = end;
    while (a < text.size() && text[a] == ' ') ++a;
    if (a < text.size() && IsUpperAscii(text[a])) return false;
    size_t p = b;
    if (p > 0 && text[p - 1] == ' ') --p;
    if (p < b && p > 0 && IsWordByte(text[p - 1])) {
      size_t w = p;
      while (w > 0 && IsWordByte(text[w - 1])) --w;
      // A capitalised word; a non-ASCII one unless it is punctuation or a
      // symbol of U+2000 to U+2FFF ("–", "•").
      const auto lead = static_cast<unsigned char>(text[w]);
      if (IsUpperAscii(text[w]) || (lead >= 0x80 && lead != 0xE2)) return false;
      // After an article: an organisation's ("the A.B.").
      const std::string_view word = text.substr(w, p - w);
      if (word == "the" || word == "a" || word == "an") return false;
    }
    return true;
  }

  // Where the opening quote right before text[b] starts ('"', '«', '« ',
  // '“'); b when there is none.
  static size_t BeforeOpeningQuote(std::string_view text, size_t b) {
    for (std::string_view quote : {std::string_view("\""), std::string_view("\xC2\xAB "), std::string_view("\xC2\xAB"),
                                   std::string_view("\xE2\x80\x9C")}) {
      if (b >= quote.size() && text.compare(b - quote.size(), quote.size(), quote) == 0) return b - quote.size();
    }
    return b;
  }

  // Whether a space and an age in parentheses with a sex or a unit follow
  // the initials that end at text[end) ("H.M.S. (F, 31)", "M.D. (34 yrs)"):
  // initials then, even where the capitals are an abbreviation. A bare
  // number ("(9)") counts things as often.
  static bool BeforeSexOrAge(std::string_view text, size_t end) {
    const AgeInParentheses age = ReadAgeAfterSpace(text, end);
    return age.end != 0 && !age.bare;
  }

  // Whether a noun for a person of a report, or a word that says initials
  // follow ("init.", "initials"), stands right before the initials at
  // text[b], or before a '(' or a quote that opens them ("Supervisor C.E.
  // to brief", "un notable (A.D.)", 'init. "A.M."'): initials then, even
  // where the capitals are an abbreviation.
  static bool AfterPersonNoun(std::string_view text, size_t b) {
    static constexpr std::string_view kPersonNouns[] = {
        "caller",  "chief",    "colleague", "detainee", "driver",      "elder",      "informant", "init",
        "initiales", "initials", "interpreter", "leader", "monitor", "notable", "officer",  "superviseur",
        "supervisor", "survivor", "victim",   "witness"};
    static_assert(std::is_sorted(std::begin(kPersonNouns), std::end(kPersonNouns)));
    if (b > 0 && text[b - 1] == '(') --b;
    b = BeforeOpeningQuote(text, b);
    std::array<char, 16> buf;
    return Listed(kPersonNouns, WordBefore(text, b, buf));
  }

  static bool PersonContext(std::string_view text, size_t b, size_t end) {
    std::array<char, 16> buf;
    if (Listed(kWordsBefore, WordBefore(text, b, buf))) return true;
    // In quotes, the word before the opening quote ('init. "A.M."').
    if (const size_t q = BeforeOpeningQuote(text, b); q < b && Listed(kWordsBefore, WordBefore(text, q, buf))) return true;
    if (AfterNameAndSlash(text, b)) return true;
    if (InitialAndNameAfterSlash(text, end).second != 0) return true;  // "J.E. / A. Nyamal"
    // "the source (H.A.)", "Present: A.K., M.N."
    if (b > 0 && text[b - 1] == '(' && end < text.size() && text[end] == ')') return true;
    // At a line's start before a colon: a speaker in a chat or transcript.
    const bool line_start = b == 0 || text[b - 1] == '\n';
    if (line_start && end < text.size() && text[end] == ':') return true;
    if (end + 1 < text.size() && text[end] == '\'' && text[end + 1] == 's') return true;  // "A.K.'s"
    // A sign-off: initials that end a line, alone on it or after a sentence
    // or a parenthesis ("ALL STAFF ACCOUNTED FOR. D.Y.", "(thumbprint) D.M.Z.").
    {
      size_t a = end;
      while (a < text.size() && (text[a] == ' ' || text[a] == '\r')) ++a;
      if (a == text.size() || text[a] == '\n') {
        size_t p = b;
        while (p > 0 && text[p - 1] == ' ') --p;
        if (p == 0 || text[p - 1] == '\n' || (p < b && (text[p - 1] == '.' || text[p - 1] == ')'))) return true;
      }
    }
    if (SignatureLabelBefore(text, b) || DashSignOff(text, b, end) || DatedLineStart(text, b, end)) return true;
    size_t a = end;
    if (a < text.size() && text[a] == ' ' && a + 1 < text.size() && text[a + 1] == '(') return true;  // "H.A. (trusted)"
    const bool comma = a < text.size() && text[a] == ',';
    if (comma) ++a;  // "A.K., who"
    bool capitalised = false;
    const std::string_view after = WordAfter(text, a, buf, &capitalised);
    if (comma && !capitalised && Listed(kRolesAfterComma, after)) return true;
    // A capitalised word right after ("A.K. Said") may start a sentence or
    // make the initials a part of a longer name ("J. K. Mwangi", left to the
    // tagger).
    return !capitalised && Listed(kWordsAfter, after);
  }
};

}  // namespace

std::unique_ptr<const Detector> NewInitialsDetector() { return std::make_unique<InitialsDetector>(); }

bool IsNoPersonAbbreviation(std::string_view capitals) { return quasi::Listed(kAbbreviations, capitals); }

}  // namespace tearline

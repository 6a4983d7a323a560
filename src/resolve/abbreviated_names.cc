// Initials that stand for a person. Contract in abbreviated_names.h and
// tearline/resolve.h (ABBREVIATED NAMES).
#include "abbreviated_names.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "common_words.h"
#include "link_words.h"
#include "patronyms.h"
#include "place_names.h"
#include "tearline/quasi.h"
#include "uncommon_names.h"

namespace tearline::link_internal {
namespace {

constexpr size_t kMinLetters = 2;
constexpr size_t kMaxLetters = 5;
// Initials defined for a person noun ("the survivor (hereafter JPN)"): as sure
// as a name after a role word.
constexpr float kDefinedInitialsConfidence = 0.6f;
// Initials used without a definition: three letters or more, or two with a
// period after each ("H.O."; two bare capitals match too many names by
// chance), as sure as a defined abbreviation at most.
constexpr size_t kMinUndefinedLetters = 3;
constexpr float kUndefinedInitialsConfidence = 0.6f;

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }

// The capitals in parentheses or between slashes at text[i...] (" (KSW)",
// "(KSW)" or " /HFM/" right after a name), as [b, e); b == e when there are none.
std::pair<size_t, size_t> ParenthesisedCapitals(std::string_view text, size_t i) {
  if (i < text.size() && text[i] == ' ') ++i;
  if (i >= text.size() || (text[i] != '(' && text[i] != '/')) return {i, i};
  const char close = text[i] == '(' ? ')' : '/';
  const size_t b = i + 1;
  size_t e = b;
  while (e < text.size() && IsUpper(text[e]) && e - b <= kMaxLetters) ++e;
  if (e >= text.size() || text[e] != close || e - b < kMinLetters || e - b > kMaxLetters) return {b, b};
  return {b, e};
}

// Lower-case nouns for a person that an abbreviation may be defined after
// ("the survivor (hereafter JPN)"). Sorted.
constexpr std::string_view kPersonNouns[] = {
    "accused",   "applicant",  "beneficiary", "boy",        "caller",    "child",      "claimant",
    "complainant", "daughter", "defendant",   "detainee",   "driver",    "father",     "girl",
    "husband",   "individual", "informant",   "interviewee", "man",      "migrant",    "minor",
    "mother",    "person",     "petitioner",  "plaintiff",  "refugee",   "respondent", "son",
    "source",    "survivor",   "victim",      "wife",       "witness",   "woman",
};

// The abbreviation a definition at text[i...] gives ("(hereafter JPN)",
// "(hereinafter AQ, ...", "(hereafter referred to as ZB)"), as [b, e); b == e
// when there is none. text[i] is the '('.
std::pair<size_t, size_t> DefinedCapitals(std::string_view text, size_t i) {
  size_t p = i + 1;
  bool defined = false;
  for (std::string_view word : {"hereafter ", "hereinafter ", "Hereafter ", "Hereinafter "}) {
    if (text.compare(p, word.size(), word) == 0) {
      p += word.size();
      defined = true;
      break;
    }
  }
  if (!defined) return {i, i};
  for (std::string_view words : {"referred to as ", "called ", "cited as "}) {
    if (text.compare(p, words.size(), words) == 0) {
      p += words.size();
      break;
    }
  }
  size_t e = p;
  while (e < text.size() && IsUpper(text[e]) && e - p <= kMaxLetters) ++e;
  if (e >= text.size() || (text[e] != ')' && text[e] != ',') || e - p < kMinLetters || e - p > kMaxLetters) {
    return {p, p};
  }
  return {p, e};
}

// Whether a person noun of kPersonNouns ends one space before text[i].
bool PersonNounBefore(std::string_view text, size_t i) {
  const std::string_view word = WordBefore(text, i);
  return std::binary_search(std::begin(kPersonNouns), std::end(kPersonNouns), word);
}

// The first letters of the capitalised words of `name`, words split at
// spaces (and at hyphens too when split_hyphens), leading title words
// ("Daw", "Ko", "Dr") left out when skip_titles, words in lower case ("al",
// "bint") left out when skip_lower; empty when a word does not start with an
// ASCII capital.
std::string Initials(std::string_view name, bool split_hyphens, bool skip_titles, bool skip_lower = false) {
  std::string out;
  bool leading = true;
  for (size_t i = 0; i < name.size();) {
    while (i < name.size() && (name[i] == ' ' || (split_hyphens && name[i] == '-'))) ++i;
    if (i >= name.size()) break;
    size_t e = i;
    while (e < name.size() && name[e] != ' ' && !(split_hyphens && name[e] == '-')) ++e;
    const std::string_view word = name.substr(i, e - i);
    std::string bare(word);
    while (!bare.empty() && bare.back() == '.') bare.pop_back();
    if (skip_lower && word[0] >= 'a' && word[0] <= 'z') {
      i = e;
      continue;
    }
    if (!(leading && skip_titles && IsTitleWord(bare))) {
      if (!IsUpper(word[0])) return "";
      out.push_back(word[0]);
      leading = false;
    }
    i = e;
  }
  return out;
}

// Whether text[b, e) is initials with periods: two to five capitals, each
// followed by a period ("M.K.", "Z.M.G.").
bool PeriodInitials(std::string_view text, size_t b, size_t e) {
  const size_t n = e - b;
  if (n < 2 * kMinLetters || n > 2 * kMaxLetters || n % 2 != 0) return false;
  for (size_t k = b; k < e; k += 2) {
    if (!IsUpper(text[k]) || text[k + 1] != '.') return false;
  }
  return true;
}

// The letters of initials with periods ("MK" of "M.K.").
std::string WithoutPeriods(std::string_view initials) {
  std::string letters;
  for (char c : initials) {
    if (c != '.') letters.push_back(c);
  }
  return letters;
}

// Whether text[b, e) stands alone: no word byte, '.', '-' or '@' touching it.
bool Standalone(std::string_view text, size_t b, size_t e) {
  auto joined = [](char c) { return IsWordByte(c) || c == '-' || c == '@'; };
  if (b > 0 && (joined(text[b - 1]) || text[b - 1] == '.')) return false;
  if (e < text.size() && (joined(text[e]) || (text[e] == '.' && e + 1 < text.size() && IsWordByte(text[e + 1])))) {
    return false;
  }
  return true;
}

// Whether the capitals `caps` abbreviate `name` loosely, as minutes define
// the abbreviations of those present from more than the first letters
// ("Narine Mkrtchyan (NMK)", "Hovhannes Grigoryan (HGR)", "Petrosyan,
// Anahit (ANP)"): read as given name first (a "SURNAME, Given" name turned
// round), the first capital is the first letter of the first word, the last
// lies in the last word, and the capitals are, in order, letters of the
// name, case aside. ASCII letters only.
bool LooseInitials(std::string_view name, std::string_view caps) {
  std::string order(name);
  if (const size_t comma = name.find(", "); comma != std::string_view::npos) {
    order = std::string(name.substr(comma + 2)) + " " + std::string(name.substr(0, comma));
  }
  std::string letters;   // lower-case letters of the name
  size_t last_word = 0;  // where the last word's letters start in `letters`
  for (size_t i = 0; i < order.size(); ++i) {
    const char c = order[i];
    if (c == ' ' && i + 1 < order.size()) last_word = letters.size();
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) letters.push_back(static_cast<char>(c | 0x20));
  }
  if (letters.empty() || caps.size() < 2 || static_cast<char>(caps[0] | 0x20) != letters[0]) return false;
  size_t at = 1;
  for (size_t k = 1; k < caps.size(); ++k) {
    const size_t found = letters.find(static_cast<char>(caps[k] | 0x20), at);
    if (found == std::string::npos) return false;
    if (k + 1 == caps.size() && found < last_word) return false;
    at = found + 1;
  }
  return last_word > 0;
}

}  // namespace

namespace {

// Names that no detector read but that define their own initials ("Gatdet
// Ruach Kuol (GRK) ....... incentive worker"): two to five capitalised words
// right before capitals in parentheses, one word per capital and its first
// letter, each with a lower-case letter, three letters or more, and no
// common English word (IsCommonWord: "World Food Programme (WFP)"), generic
// word or title; the capitals name no organisation (IsNoPersonAbbreviation),
// and no ORG or LOC finding of min_confidence or more covers a word nor a
// PERSON finding the whole name (one of some of its words, "Ruach Kuol",
// may stand). Each is added as
// a PERSON finding (detector "link", min_confidence), so that the rule below
// adds its initials.
void AddNamesDefinedByInitials(std::string_view text, float min_confidence, std::vector<Finding>* findings) {
  std::vector<Finding> added;
  std::vector<std::pair<size_t, size_t>> sure;  // ORG and LOC readings of min_confidence or more
  std::vector<std::pair<size_t, size_t>> persons;  // PERSON readings of min_confidence or more
  for (const Finding& f : *findings) {
    if (f.confidence < min_confidence) continue;
    if (f.kind == Kind::kOrg || f.kind == Kind::kLoc) sure.push_back({f.begin, f.end});
    if (f.kind == Kind::kPerson) persons.push_back({f.begin, f.end});
  }
  for (size_t open = text.find(" ("); open != std::string_view::npos; open = text.find(" (", open + 1)) {
    const auto [b, e] = ParenthesisedCapitals(text, open);
    if (b == e || e - b < 2 || e - b > kMaxLetters) continue;
    const std::string_view caps = text.substr(b, e - b);
    if (IsNoPersonAbbreviation(caps)) continue;
    // The words before, back to front.
    size_t start = open, end = open;
    bool ok = true;
    for (size_t k = caps.size(); k-- > 0 && ok;) {
      if (k + 1 < caps.size()) {
        if (start < 2 || text[start - 1] != ' ') ok = false;
        end = start - 1;
      }
      size_t w = end;
      while (ok && w > 0 && IsWordByte(text[w - 1])) --w;
      const std::string_view word = text.substr(w, end - w);
      ok = ok && word.size() >= 3 && word[0] == caps[k] &&
           std::any_of(word.begin() + 1, word.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
           !IsCommonWord(word) && !IsGenericNameWord(word) && !IsTitleWord(word);
      start = w;
    }
    if (!ok || start == open) continue;
    if (start > 0 && (IsWordByte(text[start - 1]) || text[start - 1] == '-')) continue;
    const bool covered =
        std::any_of(sure.begin(), sure.end(), [&](const auto& s) { return s.first < open && start < s.second; });
    // A name read whole already defines its initials below.
    const bool read_whole =
        std::any_of(persons.begin(), persons.end(), [&](const auto& s) { return s.first <= start && s.second >= open; });
    if (covered || read_whole) continue;
    added.push_back(Finding{start, open, Kind::kPerson, "", min_confidence, "link"});
  }
  findings->insert(findings->end(), added.begin(), added.end());
}

}  // namespace

void AddAbbreviatedNames(std::string_view text, float min_confidence, std::vector<Finding>* findings) {
  AddNamesDefinedByInitials(text, min_confidence, findings);
  struct Abbreviation {
    std::string text;
    float confidence;
  };
  std::vector<Abbreviation> found;
  // The initials of the names of three words or more, which a text may use
  // without defining them (minutes: "Firas Yousif Matti" among those present,
  // "FYM to follow up"), as letters without periods.
  std::vector<Abbreviation> undefined;
  std::unordered_set<std::string_view> named;  // names whose initials are in `undefined`
  std::vector<Finding> added;
  for (const Finding& f : *findings) {
    if (f.kind != Kind::kPerson || f.confidence < min_confidence || f.end > text.size()) continue;
    const std::string_view name = text.substr(f.begin, f.size());
    // A name of one word has no initials to use; a name seen before has
    // its initials in `undefined` already.
    const bool fresh = name.find_first_of(" -") != std::string_view::npos && named.insert(name).second;
    for (bool hyphens : {false, true}) {
      if (!fresh) break;
      for (bool titles : {false, true}) {
        std::string letters = Initials(name, hyphens, titles, /*skip_lower=*/true);
        if (letters.size() >= kMinLetters && letters.size() <= kMaxLetters &&
            !IsNoPersonAbbreviation(letters) && !IsCommonWord(letters)) {
          undefined.push_back({std::move(letters), std::min(f.confidence, kUndefinedInitialsConfidence)});
        }
      }
    }
    if (PeriodInitials(text, f.begin, f.end)) {
      if (!IsNoPersonAbbreviation(WithoutPeriods(name))) found.push_back({std::string(name), f.confidence});
      continue;
    }
    const auto [b, e] = ParenthesisedCapitals(text, f.end);
    if (b == e) continue;
    const std::string_view caps = text.substr(b, e - b);
    if (IsNoPersonAbbreviation(caps)) continue;
    bool match = false;
    for (bool hyphens : {false, true}) {
      for (bool titles : {false, true}) match = match || Initials(name, hyphens, titles) == caps;
    }
    match = match || LooseInitials(name, caps);
    if (!match) continue;
    added.push_back(Finding{b, e, Kind::kPerson, "INITIALS", f.confidence, "link"});
    found.push_back({std::string(caps), f.confidence});
  }
  // Definitions after a person noun ("the survivor (hereafter JPN)"); after
  // a PERSON finding they need not match its initials ("Abdulqodir Hamroqul
  // (hereafter AQ, ...)").
  for (size_t at = text.find("(here"); at != std::string_view::npos; at = text.find("(here", at + 1)) {
    const auto [b, e] = DefinedCapitals(text, at);
    if (b == e) continue;
    const std::string_view caps = text.substr(b, e - b);
    if (IsNoPersonAbbreviation(caps)) continue;
    const size_t name_end = at > 0 && text[at - 1] == ' ' ? at - 1 : at;
    float confidence = 0;
    for (const Finding& f : *findings) {
      if (f.kind == Kind::kPerson && f.end == name_end && f.confidence >= min_confidence) {
        confidence = std::max(confidence, f.confidence);
      }
    }
    if (confidence == 0 && PersonNounBefore(text, at)) confidence = kDefinedInitialsConfidence;
    if (confidence == 0) continue;
    added.push_back(Finding{b, e, Kind::kPerson, "INITIALS", confidence, "link"});
    found.push_back({std::string(caps), confidence});
  }
  if (found.empty() && undefined.empty()) return;
  // Every other occurrence, as a whole token in the same case: one pass over
  // the runs of capitals and periods that start a word. Undefined initials
  // match without periods, or with one after each letter ("H.O.": two
  // letters are enough there).
  std::unordered_map<std::string_view, float> by_text;
  for (const Abbreviation& a : found) {
    float& c = by_text[a.text];
    c = std::max(c, a.confidence);
  }
  std::unordered_map<std::string_view, float> by_letters;
  for (const Abbreviation& a : undefined) {
    float& c = by_letters[a.text];
    c = std::max(c, a.confidence);
  }
  std::vector<std::pair<size_t, size_t>> known;
  for (const Finding& f : *findings) {
    if (f.kind == Kind::kPerson) known.emplace_back(f.begin, f.end);
  }
  for (const Finding& f : added) known.emplace_back(f.begin, f.end);
  std::sort(known.begin(), known.end());
  for (size_t i = 0; i < text.size();) {
    if (!IsUpper(text[i]) || (i > 0 && (IsWordByte(text[i - 1]) || text[i - 1] == '.'))) {
      ++i;
      continue;
    }
    size_t e = i;
    while (e < text.size() && (IsUpper(text[e]) || text[e] == '.') && e - i <= 2 * kMaxLetters) ++e;
    // "KSW" or "M.K.": the run, or the run without a sentence's final period.
    for (size_t end : {e, e > i && text[e - 1] == '.' ? e - 1 : e}) {
      // Most runs are the capital of a word ("Ahmed"): no token of their own.
      if (end - i < 2 || !Standalone(text, i, end)) continue;
      float confidence = 0;
      if (auto it = by_text.find(text.substr(i, end - i)); it != by_text.end()) confidence = it->second;
      if (confidence == 0 && !by_letters.empty()) {
        const std::string_view run = text.substr(i, end - i);
        if (run.find('.') == std::string_view::npos) {
          if (auto it = run.size() < kMinUndefinedLetters ? by_letters.end() : by_letters.find(run);
              it != by_letters.end()) {
            confidence = it->second;
          }
        } else if (PeriodInitials(text, i, end)) {
          if (auto it = by_letters.find(WithoutPeriods(run)); it != by_letters.end()) confidence = it->second;
        }
      }
      if (confidence == 0) continue;
      if (!std::binary_search(known.begin(), known.end(), std::make_pair(i, end))) {
        added.push_back(Finding{i, end, Kind::kPerson, "INITIALS", confidence, "link"});
      }
      break;
    }
    i = std::max(e, i + 1);
  }
  findings->insert(findings->end(), added.begin(), added.end());
}

}  // namespace tearline::link_internal

// Initials that stand for a person. Contract in abbreviated_names.h and
// tearline/resolve.h (ABBREVIATED NAMES).
#include "abbreviated_names.h"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "common_words.h"
#include "finding_index.h"
#include "known_places.h"
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
// Initials used without a definition: three letters or more, two with a
// period after each ("H.O."), or two bare capitals where a person stands
// (TwoLetterPersonContext: two bare capitals alone match too many names by
// chance); as sure as a defined abbreviation at most.
constexpr size_t kMinUndefinedLetters = 3;
constexpr float kUndefinedInitialsConfidence = 0.6f;

// Two capitals that reports use for things rather than people (child
// protection, domestic violence, household, headquarters, ...): never a
// name's two initials. Sorted.
constexpr std::string_view kTwoLetterThings[] = {
    "AI", "AU", "BW", "CC", "CM", "CP", "DM", "DV", "ER", "ES", "FM", "FP", "GF", "GM", "HC", "HH", "HQ", "HR",
    "IT", "MH", "MT", "NA", "OT", "PR", "QA", "RC", "RH", "SC", "SM", "SW", "TA", "TB", "TL", "TO", "UA", "VR",
};

// Lower-case words right before two capitals that make them a person's
// ("via HG", "ask JW"). Sorted.
constexpr std::string_view kTwoLetterWordsBefore[] = {"and", "ask", "attn", "by", "call", "cc", "for", "from",
                                                      "per", "tell", "to", "via", "with"};

// The capitals token (two to five capitals) that ends at text[e), as its
// start; e when there is none.
size_t CapitalsBefore(std::string_view text, size_t e) {
  size_t b = e;
  while (b > 0 && IsAsciiUpper(text[b - 1]) && e - b <= kMaxLetters) --b;
  if (e - b < kMinLetters || e - b > kMaxLetters || (b > 0 && IsWordByte(text[b - 1]))) return e;
  return b;
}

// Whether the capitals at text[b, e) are one of a list of such tokens
// joined by ", " or " / " that fills a table cell ("| DMA, JK |", "| AO,
// MAK |"): those responsible for an action point.
bool InInitialsCell(std::string_view text, size_t b, size_t e) {
  size_t p = b;
  for (;;) {  // leftwards over ", XX" links to the cell's bar
    size_t q = p;
    while (q > 0 && text[q - 1] == ' ') --q;
    if (q > 0 && text[q - 1] == '|') break;
    if (q == 0 || (text[q - 1] != ',' && text[q - 1] != '/')) return false;
    --q;
    while (q > 0 && text[q - 1] == ' ') --q;
    const size_t start = CapitalsBefore(text, q);
    if (start == q) return false;
    p = start;
  }
  size_t q = e;
  bool listed = p < b;
  for (;;) {  // rightwards to the cell's closing bar
    while (q < text.size() && text[q] == ' ') ++q;
    if (q < text.size() && text[q] == '|') return listed;
    if (q >= text.size() || (text[q] != ',' && text[q] != '/')) return false;
    ++q;
    while (q < text.size() && text[q] == ' ') ++q;
    size_t end = q;
    while (end < text.size() && IsAsciiUpper(text[end]) && end - q <= kMaxLetters) ++end;
    if (end - q < kMinLetters || end - q > kMaxLetters || (end < text.size() && IsWordByte(text[end]))) return false;
    q = end;
    listed = true;
  }
}

// Whether a token whose spaces around it end at text[p] (before) and
// text[a] (after) fills a cell of a table drawn with '|': a bar before it
// and one after it, or the line's end when line_end_closes ("| KW |",
// "| KW").
bool BetweenCellBars(std::string_view text, size_t p, size_t a, bool line_end_closes) {
  if (p == 0 || text[p - 1] != '|') return false;
  if (a == text.size() || text[a] == '\n' || text[a] == '\r') return line_end_closes;
  return text[a] == '|';
}

// Whether " / " ends right before text[b] and, before it, the words of a
// name whose initials are `letters` ("T. Zeqiri / TZ", "Amina Yusuf / AY":
// a signature, the name and its initials): as many words as letters, each
// a capital and small letters or a capital and a period, one space apart.
bool AfterItsNameAndSlash(std::string_view text, size_t b, std::string_view letters) {
  if (b < 3 || text.compare(b - 3, 3, " / ") != 0) return false;
  size_t p = b - 3;  // the end of the last word of the name
  for (size_t k = letters.size(); k-- > 0;) {
    size_t w = p;
    while (w > 0 && ((text[w - 1] >= 'a' && text[w - 1] <= 'z') || text[w - 1] == '.' ||
                     static_cast<unsigned char>(text[w - 1]) >= 0x80)) {
      --w;
    }
    if (w == 0 || text[w - 1] != letters[k] || w == p) return false;
    --w;
    if (k > 0) {
      if (w < 2 || text[w - 1] != ' ') return false;
      p = w - 1;
    } else if (w > 0 && IsWordByte(text[w - 1])) {
      return false;
    }
  }
  return true;
}

// Whether the capitals at text[b, e) are an item of a list in parentheses
// of three items or more, each two to five capitals A-Z, ", " between them:
// "(KMA, TH, SKH, NHM)", a list of initials.
bool InParenthesisedListOfCapitals(std::string_view text, size_t b, size_t e) {
  constexpr size_t kMinItems = 3, kMaxItemLetters = 5;
  const auto capitals_before = [&](size_t q) {  // the start of the capitals ending at q
    size_t c = q;
    while (c > 0 && q - c <= kMaxItemLetters && IsAsciiUpper(text[c - 1])) --c;
    return c;
  };
  size_t items = 1;
  size_t p = b;  // walk back over "XX, " items to '('
  while (p >= 2 && text.compare(p - 2, 2, ", ") == 0) {
    const size_t c = capitals_before(p - 2);
    if (p - 2 - c < 2 || p - 2 - c > kMaxItemLetters) return false;
    ++items;
    p = c;
  }
  if (p == 0 || text[p - 1] != '(') return false;
  size_t q = e;  // walk on over ", XX" items to ')'
  while (text.compare(q, 2, ", ") == 0) {
    size_t c = q + 2;
    while (c < text.size() && c - q - 2 <= kMaxItemLetters && IsAsciiUpper(text[c])) ++c;
    if (c - q - 2 < 2 || c - q - 2 > kMaxItemLetters) return false;
    ++items;
    q = c;
  }
  return q < text.size() && text[q] == ')' && items >= kMinItems;
}

// Words of attestation, and "by", in small letters: who checked, approved,
// prepared or signed a document ("checked by TAN", "Approved: RM").
constexpr std::string_view kAttestedBy[] = {
    "aprobado", "aprobada", "approved", "approuv\xC3\xA9", "by",      "checked",  "firmado", "firmada", "par",
    "por",      "reviewed", "revisado", "revisada",       "r\xC3\xA9vis\xC3\xA9", "sign\xC3\xA9", "signed",
    "verificado", "verificada", "verified", "v\xC3\xA9rifi\xC3\xA9"};
// Labels of attestation before ':' ("checked: IC", "Prepared: FK"): those
// words, the words for who prepared or drafted it, and the roles of who
// wrote or spoke it ("Note-taker: FN", "Interviewer: PT"), in any ASCII case.
constexpr std::string_view kAttestationLabels[] = {
    "aprobado", "approved", "approuv\xC3\xA9", "by", "checked", "compiled", "drafted", "elaborado", "firmado",
    "prepared", "preparado", "pr\xC3\xA9par\xC3\xA9", "r\xC3\xA9" "dig\xC3\xA9", "reviewed", "revisado",
    "r\xC3\xA9vis\xC3\xA9", "sign\xC3\xA9", "signed", "verificado", "verified", "v\xC3\xA9rifi\xC3\xA9",
    "taker", "notetaker", "minutes", "interviewer", "interpreter", "translator", "rapporteur", "recorder",
    "author", "facilitator"};

// Whether the word right before the ':' at text[colon] (in any ASCII case)
// is a label of attestation.
bool AfterAttestationLabel(std::string_view text, size_t colon) {
  size_t w = colon;
  while (w > 0 && ((text[w - 1] >= 'a' && text[w - 1] <= 'z') || (text[w - 1] >= 'A' && text[w - 1] <= 'Z') ||
                   static_cast<unsigned char>(text[w - 1]) >= 0x80)) {
    --w;
  }
  std::array<char, 16> buf;
  const std::string_view label = LowerAsciiInto(text.substr(w, colon - w), buf);  // empty when longer
  return !label.empty() && OneOf(kAttestationLabels, label);
}

// Whether two bare capitals at text[b, e), the initials of a name in the
// text, stand where a person does: before ':' ("KW: no news"), a lower-case
// word ("HG screened"), '>' or '+' ("JW > county"); after one of
// kTwoLetterWordsBefore, '+' or '&', a label of attestation and ':'
// ("checked: IC", kAttestationLabels) or an arrow and a space ("→ HN");
// between spaced slashes ("N. Hezam / AQ /
// SW"), after "w/ ", between underscores ("____EK____"); alone in a table cell ("| KW
// |") or in parentheses ("(RJ)"); after a sentence's end at the line's end,
// a closing quote allowed after them ("Keep praying. KT", '... sitrep. KO"'); or as
// a sign-off after a dash that ends a line ("- RF") or alone on its line
// (">> JJ").
bool TwoLetterPersonContext(std::string_view text, size_t b, size_t e) {
  if (std::binary_search(std::begin(kTwoLetterThings), std::end(kTwoLetterThings), text.substr(b, 2))) return false;
  size_t a = e;
  while (a < text.size() && text[a] == ' ') ++a;
  const auto ends_line = [&](size_t q) { return q == text.size() || text[q] == '\n' || text[q] == '\r'; };
  // A closing quote may come between them and the line's end: a quoted
  // message signed with them ('"Pls keep names off the sitrep. KO"').
  size_t quote_end = a;
  if (a < text.size() && text[a] == '"') {
    quote_end = a + 1;
  } else if (text.compare(a, 3, "\xE2\x80\x9D") == 0) {
    quote_end = a + 3;
  }
  const bool line_end = ends_line(a) || (quote_end > a && ends_line(quote_end));
  if (!line_end && (text[a] == ':' || text[a] == '>' || text[a] == '+')) return true;
  if (a > e && a < text.size() && text[a] >= 'a' && text[a] <= 'z') return true;
  size_t p = b;
  while (p > 0 && text[p - 1] == ' ') --p;
  if (p > 0 && (text[p - 1] == '+' || text[p - 1] == '&')) return true;
  // After a label of attestation ("checked: IC", "Prepared: FK").
  if (p > 0 && text[p - 1] == ':' && AfterAttestationLabel(text, p - 1)) return true;
  // After an arrow, a log's hand-over ("Khalid W. \xE2\x86\x92 HN", "-> RH").
  if (p < b && ((p >= 3 && text.compare(p - 3, 3, "\xE2\x86\x92") == 0) || (p >= 2 && text.compare(p - 2, 2, "->") == 0))) {
    return true;
  }
  // Between spaced slashes, as the initials of those who checked a list
  // ("Checked: N. Hezam / AQ / SW"; not "fighting AA / military", "VHF 3 /
  // HF 7685": one slash is an alternative), after "w/" (with), or between
  // underscores, on a signature's line ("Sign.: ____EK____").
  if (p < b && p > 0 && text[p - 1] == '/' && a > e && !line_end && text[a] == '/') return true;
  if (p < b && p >= 2 && text[p - 1] == '/' && text[p - 2] == 'w' && (p == 2 || !IsWordByte(text[p - 3]))) return true;
  if (b > 0 && text[b - 1] == '_' && e < text.size() && text[e] == '_') return true;
  // A sign-off after a sentence that ends the line with a word in small
  // letters ("Keep praying. KT"; not "The HG Group. HG").
  if (line_end && p >= 2 && p < b && (text[p - 1] == '.' || text[p - 1] == '!')) {
    size_t w = p - 1;
    while (w > 0 && IsWordByte(text[w - 1])) --w;
    if (w < p - 1 && text[w] >= 'a' && text[w] <= 'z') return true;
  }
  if (BetweenCellBars(text, p, a, /*line_end_closes=*/true)) return true;
  if (InInitialsCell(text, b, e)) return true;
  // Alone in parentheses, as a note's author ("both searched (RJ)."), or in
  // a list of initials there ("only initials (KMA, TH, SKH)").
  if (b > 0 && text[b - 1] == '(' && e < text.size() && text[e] == ')') return true;
  if (InParenthesisedListOfCapitals(text, b, e)) return true;
  if (line_end && p < b && p > 0 && text[p - 1] == '-') return true;
  // Alone on its line, after the '>' marks of a quoted reply or none: a
  // sign-off (">> JJ").
  if (line_end) {
    size_t q = p;
    while (q > 0 && (text[q - 1] == '>' || text[q - 1] == ' ')) --q;
    if (q == 0 || text[q - 1] == '\n') return true;
  }
  if (line_end && p >= 3 && p < b && (text.substr(p - 3, 3) == "\xE2\x80\x93" || text.substr(p - 3, 3) == "\xE2\x80\x94")) {
    return true;
  }
  if (p < b) {
    size_t w = p;
    while (w > 0 && text[w - 1] >= 'a' && text[w - 1] <= 'z') --w;
    if (w < p && (w == 0 || !IsWordByte(text[w - 1])) &&
        std::binary_search(std::begin(kTwoLetterWordsBefore), std::end(kTwoLetterWordsBefore),
                           text.substr(w, p - w))) {
      return true;
    }
  }
  return false;
}

// Whether capitals at text[b, e) that spell a common English word stand
// where a person does, in a line with small letters (so not a heading or a
// telex in capitals): before a space and a word in small letters ("HAW
// reported"), before ':', after a word of attestation or "by" ("revisado
// TAN 08/02") or alone in a table cell.
bool WordInitialsContext(std::string_view text, size_t b, size_t e) {
  size_t p = b, a = e;
  while (p > 0 && text[p - 1] == ' ') --p;
  while (a < text.size() && text[a] == ' ') ++a;
  // After a word of attestation or "by" in small letters ("revisado TAN
  // 08/02", "checked by TAN").
  const bool attested = p < b && OneOf(kAttestedBy, LowerWordBefore(text, p + 1));
  const bool stands = (e + 1 < text.size() && text[e] == ' ' && text[e + 1] >= 'a' && text[e + 1] <= 'z') ||
                      (e < text.size() && text[e] == ':') || attested ||
                      BetweenCellBars(text, p, a, /*line_end_closes=*/false);
  if (!stands) return false;
  const size_t line = LineStart(text, b);
  const size_t line_end = std::min(text.size(), text.find('\n', e));
  return std::any_of(text.begin() + line, text.begin() + line_end, [](char c) { return c >= 'a' && c <= 'z'; });
}

// The capitals in parentheses or between slashes at text[i...] (" (KSW)",
// "(KSW)" or " /HFM/" right after a name), as [b, e); b == e when there are none.
// A nickname in quotes may come first: "Katarzyna Wojcik ("Kasia", KW)".
std::pair<size_t, size_t> ParenthesisedCapitals(std::string_view text, size_t i) {
  if (i < text.size() && text[i] == ' ') ++i;
  if (i >= text.size() || (text[i] != '(' && text[i] != '/')) return {i, i};
  const char close = text[i] == '(' ? ')' : '/';
  size_t b = i + 1;
  if (close == ')' && b < text.size() && text[b] == '"') {
    const size_t quote = text.find('"', b + 1);
    constexpr size_t kMaxNickname = 30;
    if (quote != std::string_view::npos && quote - b <= kMaxNickname && text.compare(quote + 1, 2, ", ") == 0 &&
        text.substr(b, quote - b).find('\n') == std::string_view::npos) {
      b = quote + 3;
    }
  }
  size_t e = b;
  while (e < text.size() && IsAsciiUpper(text[e]) && e - b <= kMaxLetters) ++e;
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
  while (e < text.size() && IsAsciiUpper(text[e]) && e - p <= kMaxLetters) ++e;
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
    // The French "M." (Monsieur) is a title only with its period.
    if (!(leading && skip_titles && (IsTitleWord(bare) || word == "M."))) {
      if (!IsAsciiUpper(word[0])) return "";
      out.push_back(word[0]);
      leading = false;
    }
    i = e;
  }
  return out;
}

// Whether the word before the last of `name` is one capital and a period
// ("R. Jeyakumar", "Mr. R. Jeyakumar").
bool InitialBeforeLastWord(std::string_view name) {
  const size_t last = name.rfind(' ');
  return last != std::string_view::npos && last >= 2 && name[last - 1] == '.' && IsAsciiUpper(name[last - 2]) &&
         (last == 2 || name[last - 3] == ' ');
}

// Whether text[b, e) is initials with periods: two to five capitals, each
// followed by a period ("M.K.", "Z.M.G.").
bool PeriodInitials(std::string_view text, size_t b, size_t e) {
  const size_t n = e - b;
  if (n < 2 * kMinLetters || n > 2 * kMaxLetters || n % 2 != 0) return false;
  for (size_t k = b; k < e; k += 2) {
    if (!IsAsciiUpper(text[k]) || text[k + 1] != '.') return false;
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

// Whether nothing joins text[b] from before: no word byte, '.', '-' or '@'.
bool FreeBefore(std::string_view text, size_t b) {
  return b == 0 || !(IsWordByte(text[b - 1]) || text[b - 1] == '-' || text[b - 1] == '@' || text[b - 1] == '.');
}

// Whether text[b, e) stands alone: no word byte, '.', '-' or '@' touching it
// (a period after it only before a word byte).
bool Standalone(std::string_view text, size_t b, size_t e) {
  if (!FreeBefore(text, b)) return false;
  return e >= text.size() || !(IsWordByte(text[e]) || text[e] == '-' || text[e] == '@' ||
                               (text[e] == '.' && e + 1 < text.size() && IsWordByte(text[e + 1])));
}

// Whether the capitals `caps` abbreviate `name` loosely, as minutes define
// the abbreviations of those present from more than the first letters
// ("Narine Mkrtchyan (NMK)", "Hovhannes Grigoryan (HGR)", "Petrosyan,
// Anahit (ANP)"): read as given name first (a "SURNAME, Given" name turned
// round), the first capital is the first letter of the first word, the last
// lies in the last word, and the capitals are, in order, letters of the
// name, case aside. A name of one word of five letters or more takes two
// capitals, its first letter and one of its later letters ("Noorullah
// (NU)"). ASCII letters only.
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
  constexpr size_t kMinOneWord = 5;
  return last_word > 0 || (caps.size() == 2 && letters.size() >= kMinOneWord && name.find(' ') == std::string_view::npos);
}

// Whether the capitals `caps` abbreviate `name` as lists of those present
// do: its initials (words split at spaces, or at hyphens too; leading
// titles counted or not), LooseInitials, or the first letters of its first
// and last words around one letter more, a middle name's left out of the
// text ("Lilit Hakobyan (LSH)"). Also when a leading word or two that no
// title list holds is left out ("Pan Tomasz Wisniewski (TWI)").
bool AbbreviatesName(std::string_view name, std::string_view caps) {
  // "Mukiza Ndayambaje Jean-Bosco (JBM)": a name of three words written
  // family name, second name, given name, as Central Africa registers them,
  // abbreviated given name first and family name last.
  if (const size_t first = name.find(' '), last = name.rfind(' ');
      first != std::string_view::npos && last != first && name.find(' ', first + 1) == last &&
      name.find(", ") == std::string_view::npos) {
    const std::string turned = std::string(name.substr(last + 1)) + " " + std::string(name.substr(0, first));
    if (Initials(turned, true, false) == caps) return true;
  }
  // "Ana Karen Ruiz Tlatempa (AKR)": a name of four words or more signs
  // with the initials of all its words but the last (a second family name,
  // the mother's, left out as Spanish and Portuguese names often do).
  if (const size_t last = name.rfind(' '); caps.size() >= 3 && last != std::string_view::npos &&
                                           name.find(", ") == std::string_view::npos) {
    const std::string all_but_last = Initials(name.substr(0, last), false, true);
    if (all_but_last.size() >= 3 && all_but_last == caps) return true;
  }
  for (int dropped = 0; dropped <= 2; ++dropped) {
    for (bool hyphens : {false, true}) {
      for (bool titles : {false, true}) {
        if (Initials(name, hyphens, titles) == caps) return true;
      }
    }
    if (LooseInitials(name, caps)) return true;
    const std::string first_last = Initials(name, false, true);
    if (first_last.size() == 2 && caps.size() == 3 && caps.front() == first_last.front() &&
        caps.back() == first_last.back() && name.find(", ") == std::string_view::npos) {
      return true;
    }
    // The name without its first word, if two words or more are left.
    const size_t space = name.find(' ');
    if (space == std::string_view::npos || name.find(' ', space + 1) == std::string_view::npos) break;
    name.remove_prefix(space + 1);
  }
  return false;
}

// Where the name that ends at text[end) starts when the capitalised words
// right before the PERSON finding at text[b] belong to it: `extra` words
// (1 to 3) before b, joined by spaces or one ", " ("Anahit" of "Anahit
// Petrosyan (ANP)" when only "Petrosyan" was read; "Petrosyan, " before
// "Anahit (ANP)"); b when there are not that many. The words are no common
// English words.
size_t NameStartBefore(std::string_view text, size_t b, int extra) {
  size_t start = b;
  bool comma = false;
  for (int k = 0; k < extra; ++k) {
    size_t p = start;
    if (p >= 2 && text[p - 1] == ' ' && text[p - 2] == ',' && !comma) {
      comma = true;
      p -= 2;
    } else if (p >= 1 && text[p - 1] == ' ') {
      p -= 1;
    } else {
      return b;
    }
    size_t w = p;
    while (w > 0 && IsWordByte(text[w - 1])) --w;
    if (p - w < 2 || !IsCapitalByte(text[w])) return b;
    if (IsCommonWord(text.substr(w, p - w)) || IsTitleWord(text.substr(w, p - w))) return b;
    start = w;
  }
  return start;
}

// Capitals or initials with periods at text[i...] up to a ')' (i just
// after the '('), as [i, e); i == e when there are none.
size_t CapitalsToParenthesis(std::string_view text, size_t i) {
  size_t e = i;
  while (e < text.size() && e - i <= 2 * kMaxLetters && (IsAsciiUpper(text[e]) || text[e] == '.')) ++e;
  if (e >= text.size() || text[e] != ')') return i;
  if (PeriodInitials(text, i, e)) return e;
  if (text.substr(i, e - i).find('.') != std::string_view::npos || e - i < kMinLetters || e - i > kMaxLetters) return i;
  return e;
}

// The places beside a name at text[nb, ne) where a text defines initials
// for it: in parentheses right after it ("Daw Khin Sandar Win (KSW)",
// '("Kasia", KW)', "/HFM/", "(A.D.)", after a note in small letters: "(lead,
// NG)"), in parentheses that end a
// description in lower case after a comma on its line ("Hamadoun Toure,
// point focal securite (HT)"), and in a legend ("SAM = Sahra Abdirahman
// Mohamud", "K.O. = Katerina Orfanou", "Gemechu Dinqa = GD"). Each as [b, e).
std::vector<std::pair<size_t, size_t>> InitialsBesideName(std::string_view text, size_t nb, size_t ne) {
  std::vector<std::pair<size_t, size_t>> out;
  if (const auto [b, e] = ParenthesisedCapitals(text, ne); b != e) {
    out.push_back({b, e});
  } else if (text.compare(ne, 2, " (") == 0) {
    if (const size_t pe = CapitalsToParenthesis(text, ne + 2); pe != ne + 2) {
      out.push_back({ne + 2, pe});
    } else {
      // After a note in small letters and ", ", last in the parentheses:
      // "Nino GABELIA (lead, NG)", "(team lead, ABK)".
      constexpr size_t kMaxNote = 30;
      size_t p = ne + 2;
      while (p < text.size() && p - ne - 2 <= kMaxNote &&
             ((text[p] >= 'a' && text[p] <= 'z') || text[p] == ' ' || static_cast<unsigned char>(text[p]) >= 0x80)) {
        ++p;
      }
      if (p > ne + 2 && text[ne + 2] != ' ' && text.compare(p, 2, ", ") == 0) {
        if (const size_t ce = CapitalsToParenthesis(text, p + 2); ce != p + 2) out.push_back({p + 2, ce});
      }
    }
  }
  // A description after a comma: no capital, digit or bracket before the '('.
  constexpr size_t kMaxDescription = 60;
  if (ne < text.size() && text[ne] == ',') {
    size_t p = ne + 1;
    while (p < text.size() && p - ne <= kMaxDescription && text[p] != '(' && text[p] != '\n' && !IsAsciiUpper(text[p]) &&
           !(text[p] >= '0' && text[p] <= '9') && text[p] != ')' && text[p] != '[' && text[p] != ',') {
      ++p;
    }
    if (p < text.size() && text[p] == '(' && p > ne + 2 && text[p - 1] == ' ') {
      if (const size_t pe = CapitalsToParenthesis(text, p + 1); pe != p + 1) out.push_back({p + 1, pe});
    }
  }
  // A legend: "X = Name" or "Name = X", the capitals standing alone.
  auto capitals_back = [&](size_t e) {
    size_t b = e;
    while (b > 0 && e - b <= 2 * kMaxLetters && (IsAsciiUpper(text[b - 1]) || text[b - 1] == '.')) --b;
    return b;
  };
  auto alone = [&](size_t b, size_t e) {
    return e - b >= kMinLetters && (b == 0 || !IsWordByte(text[b - 1])) && (e == text.size() || !IsWordByte(text[e])) &&
           (PeriodInitials(text, b, e) || text.substr(b, e - b).find('.') == std::string_view::npos);
  };
  {
    size_t p = nb;
    while (p > 0 && text[p - 1] == ' ') --p;
    if (p > 0 && text[p - 1] == '=') {
      size_t e = p - 1;
      while (e > 0 && text[e - 1] == ' ') --e;
      const size_t b = capitals_back(e);
      if (b < e && alone(b, e)) out.push_back({b, e});
    }
  }
  {
    size_t p = ne;
    while (p < text.size() && text[p] == ' ') ++p;
    if (p < text.size() && text[p] == '=') {
      size_t b = p + 1;
      while (b < text.size() && text[b] == ' ') ++b;
      size_t e = b;
      while (e < text.size() && e - b <= 2 * kMaxLetters && (IsAsciiUpper(text[e]) || text[e] == '.')) ++e;
      // A sentence's period after bare capitals ("= GD.") is not theirs.
      if (e > b + 1 && text[e - 1] == '.' && text.substr(b, e - 1 - b).find('.') == std::string_view::npos) --e;
      if (b < e && alone(b, e)) out.push_back({b, e});
    }
  }
  return out;
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
  // Asked once per candidate name: a list of hundreds of names with their
  // initials must not cost every finding per name.
  const SpanReach sure_reach(std::move(sure)), person_reach(std::move(persons));
  for (size_t open = FindLiteral(text, " ("); open != std::string_view::npos;
       open = FindLiteral(text, " (", open + 1)) {
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
    // Not covered by a sure place or organisation; a name read whole already
    // defines its initials below.
    if (sure_reach.Overlaps(start, open) || person_reach.Holds(start, open)) continue;
    added.push_back(Finding{start, open, Kind::kPerson, "", min_confidence, "link"});
  }
  findings->insert(findings->end(), added.begin(), added.end());
}

// A legend of initials whose name no detector read whole ("JS = Ja Seng",
// "ZT = Zau Tu" in a key of initials, where "Seng" and "Tu" are words of
// names found elsewhere): two to kMaxLetters capitals standing alone, " = ",
// then one capitalised word (a capital and small ASCII letters) per capital,
// each opening with it, joined by single spaces and ended by ',', ';', '.',
// ')', ' (' or the line's end, one of the words a word of a PERSON finding of
// min_confidence or more. The capitals (subkind INITIALS) and the name are
// added as PERSON findings (detector "link", min_confidence), and the
// capitals to `found` so that their other occurrences follow.
template <typename Abbreviations>
void AddLegendsOfNamedWords(std::string_view text, float min_confidence, const std::vector<Finding>& findings,
                            std::vector<Finding>* added, Abbreviations* found) {
  std::vector<std::string_view> person_words;
  bool person_words_read = false;
  for (size_t eq = FindLiteral(text, " = "); eq != std::string_view::npos; eq = FindLiteral(text, " = ", eq + 1)) {
    size_t b = eq;
    while (b > 0 && eq - b <= kMaxLetters && IsAsciiUpper(text[b - 1])) --b;
    if (eq - b < kMinLetters || eq - b > kMaxLetters || (b > 0 && IsWordByte(text[b - 1]))) continue;
    const std::string_view caps = text.substr(b, eq - b);
    if (IsNoPersonAbbreviation(caps)) continue;
    if (!person_words_read) {
      person_words = SurePersonWords(text, findings, min_confidence, 2, [](std::string_view) { return true; });
      person_words_read = true;
    }
    const size_t nb = eq + 3;
    size_t p = nb;
    bool ok = true, named = false;
    for (size_t k = 0; k < caps.size() && ok; ++k) {
      if (p >= text.size() || text[p] != caps[k]) {
        ok = false;
        break;
      }
      size_t we = p + 1;
      while (we < text.size() && text[we] >= 'a' && text[we] <= 'z') ++we;
      ok = we > p + 1;
      named |= ok && std::binary_search(person_words.begin(), person_words.end(), text.substr(p, we - p));
      p = we;
      if (ok && k + 1 < caps.size()) {
        ok = p < text.size() && text[p] == ' ';
        ++p;
      }
    }
    if (!ok || !named) continue;
    if (p < text.size() && std::string_view(",;.)\r\n").find(text[p]) == std::string_view::npos &&
        text.compare(p, 2, " (") != 0) {  // "DM = Dmytro Moroz ("Dima", EN/UA)"
      continue;
    }
    added->push_back(Finding{b, eq, Kind::kPerson, "INITIALS", min_confidence, "link"});
    added->push_back(Finding{nb, p, Kind::kPerson, "", min_confidence, "link"});
    found->push_back({std::string(caps), min_confidence});
  }
}

// Initials with periods that open two lines or more before ": " are a
// speaker of a transcript ("Q: Who lives with you?\nD.R.: Only my
// children."): each is added, and the initials are found for their other
// occurrences. Not "N.B.:", "P.S.:".
template <typename Found>
void AddSpeakerInitials(std::string_view text, float min_confidence, std::vector<Finding>* added, Found* found) {
  std::vector<std::pair<std::string_view, size_t>> speakers;  // initials, where
  for (size_t b = 0; b < text.size();) {
    size_t p = b, letters = 0;
    while (p + 1 < text.size() && letters < 4 && IsAsciiUpper(text[p]) && text[p + 1] == '.') {
      p += 2;
      ++letters;
    }
    if (letters >= 2 && text.compare(p, 2, ": ") == 0) speakers.emplace_back(text.substr(b, p - b), b);
    const size_t nl = text.find('\n', b);
    if (nl == std::string_view::npos) break;
    b = nl + 1;
  }
  if (speakers.size() < 2) return;
  std::sort(speakers.begin(), speakers.end());
  for (size_t i = 0; i < speakers.size();) {
    size_t j = i;
    while (j < speakers.size() && speakers[j].first == speakers[i].first) ++j;
    const std::string_view caps = speakers[i].first;
    if (j - i >= 2 && caps != "N.B." && caps != "P.S." && caps != "E.G." && caps != "I.E.") {
      for (size_t k = i; k < j; ++k) {
        added->push_back(Finding{speakers[k].second, speakers[k].second + caps.size(), Kind::kPerson, "INITIALS",
                                 min_confidence, "link"});
      }
      found->push_back({std::string(caps), min_confidence});
    }
    i = j;
  }
}

// Initials with periods right before the name they stand for in
// parentheses ("M.K. (Mariamu Kombo, female interpreter)"): two to four
// capitalised words whose first letters are the initials, then ',' or ')';
// not all of them common English words or words of offices, and none a town
// ("K.D. (Kidal Delta)").
template <typename Found>
void AddNamesAfterTheirInitials(std::string_view text, float min_confidence, std::vector<Finding>* added,
                                Found* found) {
  for (size_t q = FindLiteral(text, ". ("); q != std::string_view::npos; q = FindLiteral(text, ". (", q + 1)) {
    // The initials end at text[q + 1): "X.Y." back from q.
    size_t b = q + 1;
    while (b >= 2 && text[b - 1] == '.' && IsAsciiUpper(text[b - 2])) b -= 2;
    const size_t letters = (q + 1 - b) / 2;
    if (letters < 2 || letters > 4 || (b > 0 && IsWordByte(text[b - 1]))) continue;
    const std::string_view caps = text.substr(b, q + 1 - b);
    const std::string plain = WithoutPeriods(caps);
    if (IsNoPersonAbbreviation(plain)) continue;
    const size_t nb = q + 3;
    size_t ne = nb, words = 0;
    bool uncommon = false, town = false;
    while (ne < text.size() && IsAsciiUpper(text[ne]) && words < 4) {
      size_t we = ne + 1;
      while (we < text.size() && (IsWordByte(text[we]) || text[we] == '-')) ++we;
      const std::string_view word = text.substr(ne, we - ne);
      uncommon |= !IsCommonWord(word) && !IsGenericNameWord(word);
      town |= IsKnownTown(word);
      ++words;
      ne = we;
      if (ne + 1 < text.size() && text[ne] == ' ' && IsAsciiUpper(text[ne + 1])) ++ne;
    }
    if (words != letters || !uncommon || town || ne >= text.size() || (text[ne] != ',' && text[ne] != ')')) continue;
    const std::string_view name = text.substr(nb, ne - nb);
    if (Initials(name, /*split_hyphens=*/false, /*skip_titles=*/false) != plain) continue;
    added->push_back(Finding{b, q + 1, Kind::kPerson, "INITIALS", min_confidence, "link"});
    added->push_back(Finding{nb, ne, Kind::kPerson, "", min_confidence, "link"});
    found->push_back({std::string(caps), min_confidence});
  }
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
  // Such initials that spell a common English word ("HAW" of "Halima Abdi
  // Warsame"): only where a person stands in a line of mixed case.
  std::vector<Abbreviation> undefined_words;
  std::unordered_set<std::string_view> named;  // names whose initials are in `undefined`
  std::vector<Finding> added;
  for (const Finding& f : *findings) {
    if (f.kind != Kind::kPerson || f.confidence < min_confidence || f.end > text.size()) continue;
    const std::string_view name = text.substr(f.begin, f.size());
    // 'Kudakwashe "KD" Sibanda': capitals in quotes inside the name are the
    // person's nickname, which the text may use alone ("Verified by: KD").
    for (size_t q = name.find_first_of("\"\xE2"); q != std::string_view::npos; q = name.find_first_of("\"\xE2", q + 1)) {
      const size_t open = name[q] == '"' ? 1 : name.compare(q, 3, "\xE2\x80\x9C") == 0 ? 3 : 0;
      if (open == 0) continue;
      size_t e = q + open;
      while (e < name.size() && IsAsciiUpper(name[e])) ++e;
      const std::string_view caps = name.substr(q + open, e - q - open);
      const bool closed = name.compare(e, 1, "\"") == 0 || name.compare(e, 3, "\xE2\x80\x9D") == 0;
      if (closed && caps.size() >= 2 && caps.size() <= kMaxLetters && !IsNoPersonAbbreviation(caps)) {
        found.push_back({std::string(caps), f.confidence});
      }
      q = e;
    }
    // A name of one word has no initials to use; a name seen before has
    // its initials in `undefined` already.
    const bool fresh = name.find_first_of(" -") != std::string_view::npos && named.insert(name).second;
    for (bool hyphens : {false, true}) {
      if (!fresh) break;
      for (bool titles : {false, true}) {
        std::string letters = Initials(name, hyphens, titles, /*skip_lower=*/true);
        // A name of three words or more signs with the initials of its two
        // given names too ("Jhon Jairo Ortega", JJ).
        if (!hyphens && letters.size() >= 3 && !IsNoPersonAbbreviation(letters.substr(0, 2))) {
          undefined.push_back({letters.substr(0, 2), std::min(f.confidence, kUndefinedInitialsConfidence)});
        }
        // A family name after an initial ("Mr. R. Jeyakumar", RJ: "| RJ |",
        // "(RJ)"): two letters, used where two capitals stand for a person.
        if (!hyphens && titles && letters.size() == 2 && InitialBeforeLastWord(name) &&
            !IsNoPersonAbbreviation(letters)) {
          undefined.push_back({letters, std::min(f.confidence, kUndefinedInitialsConfidence)});
        }
        if (letters.size() >= kMinLetters && letters.size() <= kMaxLetters && !IsNoPersonAbbreviation(letters)) {
          (IsCommonWord(letters) ? undefined_words : undefined)
              .push_back({std::move(letters), std::min(f.confidence, kUndefinedInitialsConfidence)});
        }
      }
    }
    if (PeriodInitials(text, f.begin, f.end)) {
      std::string letters = WithoutPeriods(name);
      if (!IsNoPersonAbbreviation(letters)) {
        found.push_back({std::string(name), f.confidence});
        // The same initials written without periods ("Cleared by: F.W." and
        // "FW to call"), where such capitals stand for a person.
        if (letters.size() >= 2 && letters.size() <= kMaxLetters) {
          undefined.push_back({std::move(letters), std::min(f.confidence, kUndefinedInitialsConfidence)});
        }
      }
      continue;
    }
    // Capitals read as a person's ("Verified: RM", the field rule's
    // initials): the same capitals wherever such capitals stand for a person
    // ("RM to raise").
    if (name.size() >= 2 && name.size() <= kMaxLetters && std::all_of(name.begin(), name.end(), IsAsciiUpper)) {
      if (!IsNoPersonAbbreviation(name)) {
        undefined.push_back({std::string(name), std::min(f.confidence, kUndefinedInitialsConfidence)});
      }
      continue;
    }
    for (const auto& [b, e] : InitialsBesideName(text, f.begin, f.end)) {
      const std::string_view caps = text.substr(b, e - b);
      const bool periods = caps.find('.') != std::string_view::npos;
      const std::string letters = periods ? WithoutPeriods(caps) : std::string(caps);
      // Initials with periods right after the name are its own even when
      // they read as an abbreviation ("Dr. Ayman al-Darsi (A.D.)"), and so
      // are capitals that spell the first letters of its words exactly
      // ("Nino Beridze (NB)", "Jean Pierre Ilunga (JPI)"): a definition.
      if (!periods && IsNoPersonAbbreviation(letters) && Initials(name, false, false) != letters &&
          Initials(name, false, true) != letters) {
        continue;
      }
      bool match = AbbreviatesName(name, letters);
      for (int extra = 1; extra <= 3 && !match; ++extra) {
        const size_t start = NameStartBefore(text, f.begin, extra);
        if (start == f.begin) break;
        match = AbbreviatesName(text.substr(start, f.end - start), letters);
      }
      if (!match) continue;
      added.push_back(Finding{b, e, Kind::kPerson, "INITIALS", f.confidence, "link"});
      found.push_back({std::string(caps), f.confidence});
    }
  }
  AddLegendsOfNamedWords(text, min_confidence, *findings, &added, &found);
  AddSpeakerInitials(text, min_confidence, &added, &found);
  AddNamesAfterTheirInitials(text, min_confidence, &added, &found);
  // Definitions after a person noun ("the survivor (hereafter JPN)"); after
  // a PERSON finding they need not match its initials ("Abdulqodir Hamroqul
  // (hereafter AQ, ...)").
  for (size_t at = FindLiteral(text, "(here"); at != std::string_view::npos; at = FindLiteral(text, "(here", at + 1)) {
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
  if (found.empty() && undefined.empty() && undefined_words.empty()) return;
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
  std::unordered_map<std::string_view, float> by_word_letters;
  for (const Abbreviation& a : undefined_words) {
    float& c = by_word_letters[a.text];
    c = std::max(c, a.confidence);
  }
  findings->insert(findings->end(), added.begin(), added.end());
  added.clear();
  const std::vector<std::pair<size_t, size_t>> known = PersonSpans(*findings, min_confidence);
  for (size_t i = 0; i < text.size();) {
    if (!IsAsciiUpper(text[i]) || (i > 0 && (IsWordByte(text[i - 1]) || text[i - 1] == '.'))) {
      ++i;
      continue;
    }
    size_t e = i;
    while (e < text.size() && (IsAsciiUpper(text[e]) || text[e] == '.') && e - i <= 2 * kMaxLetters) ++e;
    // "KSW" or "M.K.": the run, or the run without a sentence's final period.
    for (size_t end : {e, e > i && text[e - 1] == '.' ? e - 1 : e}) {
      // Most runs are the capital of a word ("Ahmed"): no token of their own.
      // A case code made of a person's initials and a number ("cód. caso
      // MFRP-0416" of MARÍA FERNANDA RONDÓN PACHECO) holds them too: three
      // capitals or more before '-' and a digit.
      const bool code = end - i >= kMinUndefinedLetters && end + 1 < text.size() && text[end] == '-' &&
                        text[end + 1] >= '0' && text[end + 1] <= '9' && FreeBefore(text, i) &&
                        text.substr(i, end - i).find('.') == std::string_view::npos;
      if (end - i < 2 || !(Standalone(text, i, end) || code)) continue;
      float confidence = 0;
      if (auto it = by_text.find(text.substr(i, end - i)); it != by_text.end()) confidence = it->second;
      if (confidence == 0 && !by_letters.empty()) {
        const std::string_view run = text.substr(i, end - i);
        if (run.find('.') == std::string_view::npos) {
          const bool usable = run.size() >= kMinUndefinedLetters || TwoLetterPersonContext(text, i, end) ||
                              AfterItsNameAndSlash(text, i, run);
          if (auto it = usable ? by_letters.find(run) : by_letters.end(); it != by_letters.end()) {
            confidence = it->second;
          }
        } else if (PeriodInitials(text, i, end)) {
          if (auto it = by_letters.find(WithoutPeriods(run)); it != by_letters.end()) confidence = it->second;
        }
      }
      if (confidence == 0 && end - i >= kMinUndefinedLetters && !by_word_letters.empty()) {
        if (auto it = by_word_letters.find(text.substr(i, end - i));
            it != by_word_letters.end() && WordInitialsContext(text, i, end)) {
          confidence = it->second;
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

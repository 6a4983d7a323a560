// Readers of persons' names written as a list. Contract in name_lists.h.
#include "name_lists.h"

#include <algorithm>
#include <iterator>

#include "common_words.h"
#include "finding_index.h"
#include "known_places.h"
#include "link_words.h"
#include "patronyms.h"
#include "tearline/quasi.h"
#include "uncommon_names.h"

namespace tearline::link_internal {
namespace {

// Words of units and offices in French, Spanish and Portuguese, which head
// an addressee's name as often as a person's ("Unidad de Protección",
// "Équipe mobile"); lower case (ASCII letters lowered). Sorted by bytes.
constexpr std::string_view kUnitWords[] = {
    "bureau", "comit\xC3\xA9", "coordinaci\xC3\xB3n", "coordination", "departamento", "direcci\xC3\xB3n",
    "direction", "equipa", "equipo", "ministerio", "minist\xC3\xA8re", "oficina", "programa", "projet",
    "proyecto", "secci\xC3\xB3n", "secretar\xC3\xAD" "a", "servicio", "unidad", "unidade", "unit\xC3\xA9",
    "\xC3\xA9quipe"};
static_assert(std::is_sorted(std::begin(kUnitWords), std::end(kUnitWords)));

// Pronouns, their contractions and short function words, capitalised,
// which the list of ordinary words (no word under three letters) does not
// hold: never a listed person's name word ("me and Isabel, I'm Mario", "So
// I said"). Sorted by bytes.
constexpr std::string_view kShortFunctionWords[] = {
    "As",     "At",    "Be",    "By",      "Don't",   "Go",      "He",       "He's",   "Hi",     "I",
    "I'd",    "I'll",  "I'm",   "I've",    "If",      "In",      "Is",       "It",     "It's",   "Let's",
    "Me",     "My",    "No",    "Of",      "Oh",      "Ok",      "On",       "Or",     "She's",  "So",
    "That's", "There's", "They're", "To",  "Up",      "Us",      "We",       "We're",  "We've",  "You're"};
static_assert(std::is_sorted(std::begin(kShortFunctionWords), std::end(kShortFunctionWords)));

}  // namespace

size_t NameWordEnd(std::string_view text, size_t b, size_t limit) {
  size_t e = b;
  while (e < limit && (IsWordByte(text[e]) || ((text[e] == '-' || text[e] == '\'') && e + 1 < limit &&
                                               IsWordByte(text[e + 1]) && e > b))) {
    ++e;
  }
  return e;
}

size_t NameWordStart(std::string_view text, size_t e) {
  size_t b = e;
  while (b > 0 && (IsWordByte(text[b - 1]) ||
                   ((text[b - 1] == '-' || text[b - 1] == '\'') && b >= 2 && b < e && IsWordByte(text[b - 2])))) {
    --b;
  }
  return b;
}

bool ListedNameWord(std::string_view word) {
  if (word.empty() || !IsCapitalByte(word[0]) || std::any_of(word.begin(), word.end(), IsDigit)) return false;
  // Not punctuation: a dash, a guillemet, an ordinal mark ("– Claudine", "« On", "ª Chale").
  const auto lead = static_cast<unsigned char>(word[0]);
  if (lead == 0xC2 || lead == 0xE2 || lead == 0xE3 || lead == 0xEF || lead >= 0xF0) return false;
  // Nor a small letter of Latin-1 ("à Nanam").
  if (lead == 0xC3 && word.size() > 1 && static_cast<unsigned char>(word[1]) >= 0x9F) return false;
  if (IsGenericNameWord(word) || IsTitleWord(word) || InSortedLowerAscii(kUnitWords, word)) return false;
  if (std::binary_search(std::begin(kShortFunctionWords), std::end(kShortFunctionWords), word)) return false;
  if ((IsKnownPlace(word) || IsCommonWord(word) || IsGroupWord(word)) && !IsNameWord(word)) return false;
  return true;
}

size_t ListedNameEnd(std::string_view text, size_t b, size_t limit, size_t* name_begin) {
  size_t line_end = b;
  while (line_end < limit && text[line_end] != '\n') ++line_end;
  b = AfterLeadingTitle(text, b, line_end);
  *name_begin = b;
  size_t e = b, words = 0;
  bool lower = false;
  for (size_t p = b; p < limit && words < kMaxNameWords;) {
    const size_t w = NameWordEnd(text, p, limit);
    if (w == p) break;
    const std::string_view word = text.substr(p, w - p);
    if (!(words > 0 && IsNameParticle(word)) && !ListedNameWord(word)) break;
    lower |= std::any_of(word.begin() + 1, word.end(), IsAsciiLower);
    e = w;
    ++words;
    if (w + 1 >= limit || text[w] != ' ' || !IsCapitalByte(text[w + 1]) ) {
      // A particle goes on to the next word ("Abdullah al Mahdi").
      if (w + 1 < limit && text[w] == ' ' && IsNameParticle(text.substr(w + 1, NameWordEnd(text, w + 1, limit) - w - 1))) {
        p = w + 1;
        continue;
      }
      break;
    }
    p = w + 1;
  }
  if (words == 0 || !lower || e - b < 2 || IsNameParticle(text.substr(e - std::min<size_t>(e - b, 4)))) return b;
  // A word after the name that is no name word ("Chepkoech Road") is left to
  // the caller, whose separator or list end will not match it.
  return e;
}

size_t NameTailLength(std::string_view text, size_t e, size_t limit) {
  size_t p = e;
  for (std::string_view before_age : {", ", " "}) {
    if (text.compare(p, before_age.size(), before_age) != 0) continue;
    size_t d = p + before_age.size();
    while (d < limit && IsDigit(text[d]) && d - p - before_age.size() < 3) ++d;
    if (d > p + before_age.size() && (d == limit || !IsWordByte(text[d]))) p = d;
    break;
  }
  if (p < limit && text[p] == '?') ++p;
  if (p + 1 < limit && text[p] == ' ' && text[p + 1] == '(') {
    const size_t close = text.find(')', p + 2);
    if (close != std::string_view::npos && close < limit && close - p <= 40 &&
        text.substr(p + 2, close - p - 2).find('\n') == std::string_view::npos) {
      p = close + 1;
    }
  }
  if (p < limit && text[p] == '?') ++p;
  return p - e;
}

size_t NameSeparatorLength(std::string_view text, size_t p, size_t limit) {
  for (std::string_view sep : {", and ", ", ", "; ", " / ", "/", " and ", " or ", " & ", " + ", " et ", " ou ", " y ",
                                " e ", " o "}) {
    if (p + sep.size() < limit && text.compare(p, sep.size(), sep) == 0) return sep.size();
  }
  return 0;
}

bool EndsNameList(std::string_view text, size_t p, size_t limit) {
  while (p < limit && (text[p] == ' ' || text[p] == '\t' || text[p] == '\r')) ++p;
  if (p < limit && text[p] == '.') ++p;
  while (p < limit && (text[p] == ' ' || text[p] == '\t' || text[p] == '\r')) ++p;
  if (p == limit) return true;
  for (std::string_view dash : {"- ", "\xE2\x80\x93 ", "\xE2\x80\x94 "}) {
    if (text.compare(p, dash.size(), dash) == 0 && p > 0 && text[p - 1] == ' ') return true;
  }
  return false;
}

size_t AfterListMarker(std::string_view text, size_t b, size_t e) {
  const std::string_view s = text.substr(b, e - b);
  for (std::string_view bullet : {"- ", "* ", "\xE2\x80\xA2 "}) {
    if (s.starts_with(bullet)) return b + bullet.size();
  }
  size_t d = 0;
  while (d < s.size() && d < 3 && IsDigit(s[d])) ++d;
  if (d > 0 && d + 1 < s.size() && (s[d] == '.' || s[d] == ')') && s[d + 1] == ' ') return b + d + 2;
  return b;
}

size_t EmphasisAt(std::string_view text, size_t p, size_t limit) {
  if (p + 2 < limit && (text.compare(p, 2, "**") == 0 || text.compare(p, 2, "__") == 0)) return 2;
  if (p + 1 < limit && (text[p] == '*' || text[p] == '_') && IsCapitalByte(text[p + 1])) return 1;
  return 0;
}

bool ReadNameList(std::string_view text, size_t b, size_t limit, bool open_tail,
                  std::vector<std::pair<size_t, size_t>>* names) {
  const size_t kept = names->size();
  size_t p = b;
  while (p < limit && (text[p] == ' ' || text[p] == '\t')) ++p;
  p = AfterListMarker(text, p, limit);
  for (;;) {
    // A name in Markdown emphasis: "**Lokwang**", "*Apua*".
    const size_t emphasis = EmphasisAt(text, p, limit);
    p += emphasis;
    size_t name_begin = p;
    size_t e = ListedNameEnd(text, p, limit, &name_begin);
    if (open_tail && names->size() >= kept + 2 && p > b && p < limit && IsAsciiLower(text[p])) return true;
    if (e == p || e == name_begin) break;
    if (emphasis > 0 && text.compare(e, emphasis, text.substr(p - emphasis, emphasis)) != 0) break;
    names->emplace_back(name_begin, e);
    e += emphasis;
    const size_t after = e + NameTailLength(text, e, limit);
    if (EndsNameList(text, after, limit)) return true;
    const size_t sep = NameSeparatorLength(text, after, limit);
    if (sep == 0) break;
    p = after + sep;
  }
  names->resize(kept);
  return false;
}

size_t NameEndingAt(std::string_view text, size_t e) {
  size_t b = e;
  for (size_t words = 0; words < 3; ++words) {
    const size_t at = words == 0 ? e : b - 1;
    if (words > 0 && (b < 2 || text[b - 1] != ' ')) break;
    const size_t wb = NameWordStart(text, at);
    if (wb == at || !ListedNameWord(text.substr(wb, at - wb))) break;
    b = wb;
  }
  if (b == e || !std::any_of(text.begin() + b + 1, text.begin() + e, IsAsciiLower)) return e;
  if (b >= 2 && text[b - 1] == ' ') {
    const size_t wb = NameWordStart(text, b - 1);
    if (wb < b - 1 && ListedNameWord(text.substr(wb, b - 1 - wb))) return e;  // part of a longer name
  }
  return b;
}

void AddListedPersonFindings(std::string_view text, const std::vector<std::pair<size_t, size_t>>& names,
                             std::string_view subkind, float min_confidence, std::vector<Finding>* findings) {
  if (names.empty()) return;
  AddListedPersonFindings(text, names, subkind, min_confidence, FindingIndex(*findings), findings);
}

void AddListedPersonFindings(std::string_view text, const std::vector<std::pair<size_t, size_t>>& names,
                             std::string_view subkind, float min_confidence, const FindingIndex& index,
                             std::vector<Finding>* findings) {
  if (names.empty()) return;
  std::vector<Finding> added;
  for (const auto& [b, e] : names) {
    if (HeldByOtherReading(index, b, e, min_confidence)) continue;
    if (IsKnownPlace(text.substr(b, e - b)) && !IsNameWord(text.substr(b, e - b))) continue;
    added.push_back(Finding{b, e, Kind::kPerson, subkind, min_confidence, "link"});
  }
  std::sort(added.begin(), added.end(), FindingLess);
  added.erase(std::unique(added.begin(), added.end(),
                          [](const Finding& x, const Finding& y) { return x.begin == y.begin && x.end == y.end; }),
              added.end());
  DropTaggerPlaceReadingsInside(added, findings);
  findings->insert(findings->end(), added.begin(), added.end());
}

// Words that open a clause before its subject ("Then Emuria came").
constexpr std::string_view kClauseOpeners[] = {"And", "Afterwards", "But", "Later", "Meanwhile", "Then"};

bool OpensClause(std::string_view text, size_t p, bool allow_opener) {
  size_t q = p;
  while (q > 0 && (text[q - 1] == ' ' || text[q - 1] == '\t')) --q;
  if (q == 0) return true;
  const char c = text[q - 1];
  if (std::string_view("\n.!?;:\"(").find(c) != std::string_view::npos) return true;
  if (q >= 3 && text.compare(q - 3, 3, "\xE2\x80\x9C") == 0) return true;  // “
  // A list marker or a time of day alone before it on its line (12 bytes
  // at most: the line's start is looked for no farther back).
  size_t ls = q;
  while (ls > 0 && text[ls - 1] != '\n' && q - ls < 12) --ls;
  if (ls == 0 || text[ls - 1] == '\n') {
    if (AfterListMarker(text, ls, q + 1) == q + 1) return true;
    if (q - ls >= 3 && IsDigit(text[ls]) &&
        std::all_of(text.begin() + ls, text.begin() + q,
                    [](char ch) { return IsDigit(ch) || ch == ':' || ch == 'h' || ch == '.'; })) {
      return true;
    }
  }
  // The word before it.
  const size_t we = q;
  size_t wb = we;
  while (wb > 0 && IsWordByte(text[wb - 1])) --wb;
  if (wb == we || text[we] != ' ') return false;
  const std::string_view word = text.substr(wb, we - wb);
  if (allow_opener && OneOf(kClauseOpeners, word)) return OpensClause(text, wb, /*allow_opener=*/false);
  if (word == "and" || word == "but" || word == "then") {
    if (wb < 2 || text[wb - 1] != ' ') return false;
    if (text[wb - 2] == ',') return true;
    size_t pb = wb - 1;  // the word before: in small letters ("was beaten and"; not "Lodwar and")
    while (pb > 0 && IsWordByte(text[pb - 1])) --pb;
    return pb < wb - 1 && IsAsciiLower(text[pb]);
  }
  return false;
}

}  // namespace tearline::link_internal

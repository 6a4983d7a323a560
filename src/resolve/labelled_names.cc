// Names under a label for persons, in an e-mail's address fields and before
// a plural word for relatives. Contract in labelled_names.h and
// tearline/resolve.h (NAMES UNDER A LABEL, E-MAIL HEADER NAMES, NAMES OF
// RELATIVES IN A LIST).
#include "labelled_names.h"

#include <algorithm>
#include <iterator>

#include "common_words.h"
#include "finding_index.h"
#include "known_places.h"
#include "link_words.h"
#include "patronyms.h"
#include "tearline/file.h"
#include "tearline/quasi.h"
#include "uncommon_names.h"

namespace tearline::link_internal {
namespace {

constexpr size_t kMaxNameWords = 4;
constexpr size_t kMaxLabelBytes = 100;  // a label's bytes before its colon
constexpr size_t kMaxListedLines = 40;  // lines of names under one label
constexpr size_t kMaxSectionLines = 200;  // lines of a heading's section read for names

// Words of a label that says persons are named after it, lower case (ASCII
// letters lowered). Sorted by bytes.
constexpr std::string_view kPersonsLabelWords[] = {
    "abducted", "abductees", "arrested", "attendees", "bless\xC3\xA9s", "boys", "casualties", "children",
    "dead", "deceased", "desaparecidos", "detained", "detainees", "detenidos", "disparus", "displaced",
    "d\xC3\xA9tenus", "elders", "enlev\xC3\xA9" "es", "enlev\xC3\xA9s", "evacuated", "evacuees", "feridos",
    "freed", "girls", "heridos", "hostages", "individuals", "informants", "injured", "killed", "members",
    "men", "missing", "mortos", "muertos", "names", "nombres", "nomes", "noms", "otages", "participants",
    "passengers", "people", "personas", "personnes", "persons", "pessoas", "released", "relocated", "rescued",
    "secuestrados", "staff", "suspects", "testemunhas", "testigos", "tu\xC3\xA9s", "t\xC3\xA9moins",
    "victimas", "victimes", "victims", "v\xC3\xAD" "ctimas", "v\xC3\xADtimas", "witnesses", "women",
    "wounded"};
static_assert(std::is_sorted(std::begin(kPersonsLabelWords), std::end(kPersonsLabelWords)));

// Words of a label that lists places, groups or things by name ("Names of
// the villages:", "Missing vehicles:"). Sorted by bytes.
constexpr std::string_view kThingLabelWords[] = {
    "accounts", "agencies", "areas", "assets", "boats", "camps", "cars", "checkpoints", "clinics", "codes",
    "companies", "districts", "documents", "facilities", "files", "goods", "groups", "hospitals", "items",
    "lieux", "localities", "locations", "markets", "militias", "organisations", "organizations", "places",
    "posts", "products", "projects", "reports", "roads", "schools", "sites", "streets", "towns", "tribes",
    "trucks", "units", "vehicles", "vessels", "villages", "villes", "weapons"};
static_assert(std::is_sorted(std::begin(kThingLabelWords), std::end(kThingLabelWords)));

// Plural words for relatives that close a list of their names in parentheses
// ("Jeruto, Kiprop (brothers)"). Sorted by bytes.
constexpr std::string_view kPluralKinWords[] = {
    "brothers", "children", "co-wives", "cousines", "cousins", "daughters", "enfants", "filhas", "filhos",
    "filles", "fr\xC3\xA8res", "gemelos", "grandchildren", "granddaughters", "grandsons", "half-brothers",
    "half-sisters", "hermanas", "hermanos", "hijas", "hijos", "irm\xC3\xA3os", "jumeaux", "jumelles",
    "nephews", "nieces", "primas", "primos", "siblings", "sisters", "sons", "stepbrothers", "stepsisters",
    "s\xC5\x93urs", "twins"};
static_assert(std::is_sorted(std::begin(kPluralKinWords), std::end(kPluralKinWords)));

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// The end of the word of name bytes (word bytes, inner hyphens and
// apostrophes) at text[b], within [b, limit).
size_t NameWordEnd(std::string_view text, size_t b, size_t limit) {
  size_t e = b;
  while (e < limit && (IsWordByte(text[e]) || ((text[e] == '-' || text[e] == '\'') && e + 1 < limit &&
                                               IsWordByte(text[e + 1]) && e > b))) {
    ++e;
  }
  return e;
}

// The start of the word of name bytes that ends at text[.., e) (word bytes,
// inner hyphens and apostrophes); e when there is none.
size_t NameWordStart(std::string_view text, size_t e) {
  size_t b = e;
  while (b > 0 && (IsWordByte(text[b - 1]) ||
                   ((text[b - 1] == '-' || text[b - 1] == '\'') && b >= 2 && b < e && IsWordByte(text[b - 2])))) {
    --b;
  }
  return b;
}

// Words of units and offices in French, Spanish and Portuguese, which head
// an addressee's name as often as a person's ("Unidad de Protección",
// "Équipe mobile"); lower case (ASCII letters lowered). Sorted by bytes.
constexpr std::string_view kUnitWords[] = {
    "bureau", "comit\xC3\xA9", "coordinaci\xC3\xB3n", "coordination", "departamento", "direcci\xC3\xB3n",
    "direction", "equipa", "equipo", "ministerio", "minist\xC3\xA8re", "oficina", "programa", "projet",
    "proyecto", "secci\xC3\xB3n", "secretar\xC3\xAD" "a", "servicio", "unidad", "unidade", "unit\xC3\xA9",
    "\xC3\xA9quipe"};
static_assert(std::is_sorted(std::begin(kUnitWords), std::end(kUnitWords)));

// Whether a capitalised word can be a word of a listed person's name: no
// digit, no generic word, title or unit's word, no ordinary English word or
// known place that is no given or family name.
bool ListedNameWord(std::string_view word) {
  if (word.empty() || !IsCapitalByte(word[0]) || std::any_of(word.begin(), word.end(), IsDigit)) return false;
  if (IsGenericNameWord(word) || IsTitleWord(word) || InSortedLowerAscii(kUnitWords, word)) return false;
  if ((IsKnownPlace(word) || IsCommonWord(word) || IsGroupWord(word)) && !IsNameWord(word)) return false;
  return true;
}

// The end of a person's name at text[b] within [b, limit): after a title
// ("Dr. "), one to kMaxNameWords words joined by single spaces, each a
// ListedNameWord or (after the first) a particle; some letter in small
// letters (not "UNHCR"); two bytes or more. Sets *name_begin past the
// title. b when there is none.
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

// The length of what may follow a name in a list: an age after ", " or a
// space (", 14"), a '?' of doubt, " (?)", an aside in parentheses ("
// (driver)", " (as heard)"), in that order; 0 when none.
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

// The length of a separator between two names of a list at text[p] (English,
// French, Spanish and Portuguese "and" and "or" among them), or 0.
size_t NameSeparatorLength(std::string_view text, size_t p, size_t limit) {
  for (std::string_view sep : {", and ", ", ", "; ", " / ", "/", " and ", " or ", " & ", " et ", " ou ", " y ", " e ",
                                " o "}) {
    if (p + sep.size() < limit && text.compare(p, sep.size(), sep) == 0) return sep.size();
  }
  return 0;
}

// Whether text[p, limit) ends a list of names: nothing, spaces, a final
// '.', or a comment after a dash (" – at the gate").
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

// The end of a list marker at text[b...] ("- ", "* ", "• ", "3. ", "3) "),
// or b when there is none.
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

// The length of Markdown emphasis that opens a name at text[p]: 2 for "**"
// or "__", 1 for '*' or '_' right before a capital, 0 otherwise.
size_t EmphasisAt(std::string_view text, size_t p, size_t limit) {
  if (p + 2 < limit && (text.compare(p, 2, "**") == 0 || text.compare(p, 2, "__") == 0)) return 2;
  if (p + 1 < limit && (text[p] == '*' || text[p] == '_') && IsCapitalByte(text[p + 1])) return 1;
  return 0;
}

// Reads text[b, limit) as a list of names (NameSeparatorLength between them,
// each with its NameTailLength, EndsNameList after the last) and appends
// their [begin, end) to *names; false (and *names as it was) when the range
// is not such a list. With `open_tail`, two names or more followed by a
// separator and an item that opens with a small letter ("Lokwang, Lotukei
// and a boy called Lolem", "Chepkoech, Lokwawi and others") are a list too.
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

// Appends to *names the name in Markdown emphasis that opens the line
// text[b, e) (after spaces and a list marker), when the emphasis closes right
// after it and the line ends there or goes on after a space, ':', ',' or
// '(' ("**Lokwang** — leads the party", "- *Apua* (informant)").
void EmphasisedNameAt(std::string_view text, size_t b, size_t e, std::vector<std::pair<size_t, size_t>>* names) {
  while (b < e && (text[b] == ' ' || text[b] == '\t')) ++b;
  b = AfterListMarker(text, b, e);
  const size_t emphasis = EmphasisAt(text, b, e);
  if (emphasis == 0) return;
  size_t name_begin = b + emphasis;
  const size_t end = ListedNameEnd(text, b + emphasis, e, &name_begin);
  if (end == b + emphasis || end == name_begin || text.compare(end, emphasis, text.substr(b, emphasis)) != 0) return;
  const size_t after = end + emphasis;
  if (after < e && std::string_view(" :,(\r").find(text[after]) == std::string_view::npos) return;
  names->emplace_back(name_begin, end);
}

// The start of the line that holds a label ending at text[end) (a colon or
// a dash), or npos when the line starts more than kMaxLabelBytes before it.
size_t LabelStart(std::string_view text, size_t end) {
  size_t ls = end;
  while (ls > 0 && text[ls - 1] != '\n' && end - ls <= kMaxLabelBytes) --ls;
  return end - ls > kMaxLabelBytes || !(ls == 0 || text[ls - 1] == '\n') ? std::string_view::npos : ls;
}

// Whether text[b, e) is a label that says persons are named after it: a
// word of kPersonsLabelWords (with `first_only`, its first word: a line
// that ends at a dash is as often a title, "Centro de Atención a Víctimas —
// Sede Pichari"), none of kThingLabelWords.
bool PersonsLabel(std::string_view text, size_t b, size_t e, bool first_only = false) {
  bool persons = false;
  for (size_t p = b, words = 0; p < e;) {
    if (!IsWordByte(text[p])) {
      ++p;
      continue;
    }
    size_t w = p;
    while (w < e && (IsWordByte(text[w]) || text[w] == '-')) ++w;
    const std::string_view word = text.substr(p, w - p);
    if (InSortedLowerAscii(kThingLabelWords, word)) return false;
    persons |= (!first_only || words == 0) && InSortedLowerAscii(kPersonsLabelWords, word);
    ++words;
    p = w;
  }
  return persons;
}

// Adds a PERSON finding (`subkind`: a literal, as Finding requires) for each
// of `names` that no other reading holds (HeldByOtherReading) and that is no known
// place, and drops the tagger's weaker place readings inside them.
void AddFindings(std::string_view text, const std::vector<std::pair<size_t, size_t>>& names, std::string_view subkind,
                 float min_confidence, std::vector<Finding>* findings) {
  if (names.empty()) return;
  const FindingIndex index(*findings);
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

// The fields of an e-mail's header whose values name persons, and those of
// any header line (which say a header block is near). Compared with the
// bytes before the colon as written.
constexpr std::string_view kAddressFields[] = {"From", "To", "Cc", "CC", "Bcc", "BCC", "Reply-To", "De", "\xC3\x80",
                                               "A", "Para", "Von", "An"};
constexpr std::string_view kHeaderFields[] = {"From", "To",    "Cc",      "CC",     "Bcc",       "BCC",
                                              "Sent", "Date",  "Subject", "De",     "\xC3\x80", "A",
                                              "Para", "Von",   "An",      "Objet",  "Envoy\xC3\xA9", "Asunto",
                                              "Enviado", "Betreff", "Gesendet", "Reply-To"};

// The header field that opens the line at text[b] (after '>' marks of a
// quoted reply and spaces) with its colon (" :" in French), and the end of
// the colon; an empty field when there is none.
std::pair<std::string_view, size_t> HeaderFieldAt(std::string_view text, size_t b) {
  while (b < text.size() && (text[b] == '>' || text[b] == ' ')) ++b;
  size_t e = b;
  while (e < text.size() && e - b < 12 && text[e] != ':' && text[e] != '\n' && text[e] != ' ') ++e;
  size_t colon = e;
  if (colon < text.size() && text[colon] == ' ') ++colon;
  if (colon >= text.size() || text[colon] != ':' || e == b) return {{}, b};
  return {text.substr(b, e - b), colon + 1};
}

// Whether a line within three lines before or after the line at text[b]
// (b a line's start) opens with a header field other than `field`.
bool NearOtherHeaderLine(std::string_view text, size_t b, std::string_view field) {
  const auto is_header = [&](size_t line) {
    const std::string_view f = HeaderFieldAt(text, line).first;
    return f != field && OneOf(kHeaderFields, f);
  };
  size_t up = b;
  for (int n = 0; n < 3 && up > 0; ++n) {
    up = LineStart(text, up - 1);
    if (is_header(up)) return true;
  }
  size_t down = b;
  for (int n = 0; n < 3; ++n) {
    down = text.find('\n', down);
    if (down == std::string_view::npos) break;
    ++down;
    if (is_header(down)) return true;
  }
  return false;
}

// Reads the value of an address field, text[b, e): items joined by ';' (or,
// in a value without one, by ','; "Sub-County Drought Coordinator,
// Laisamis" is one item among ';'), each an address (left to the patterns), a name before an address in
// angle brackets or square brackets ("Amina Yusuf <a.yusuf@...>", "Nadunga
// [mailto:...]"), or a name filling the item (quotes allowed around it);
// appends the names to *names.
void ReadAddressValue(std::string_view text, size_t b, size_t e, std::vector<std::pair<size_t, size_t>>* names) {
  const char separator = text.substr(b, e - b).find(';') != std::string_view::npos ? ';' : ',';
  while (b < e) {
    size_t item_end = b;
    while (item_end < e && text[item_end] != separator) ++item_end;
    size_t ib = b, ie = item_end;
    b = item_end + 1;
    for (const char bracket : {'<', '['}) {
      const size_t at = text.substr(ib, ie - ib).find(bracket);
      if (at != std::string_view::npos) ie = ib + at;
    }
    while (ib < ie && (text[ib] == ' ' || text[ib] == '\t' || text[ib] == '"' || text[ib] == '\'')) ++ib;
    while (ie > ib && (text[ie - 1] == ' ' || text[ie - 1] == '\t' || text[ie - 1] == '\r' || text[ie - 1] == '"' ||
                       text[ie - 1] == '\'')) {
      --ie;
    }
    if (ib == ie || text.substr(ib, ie - ib).find('@') != std::string_view::npos) continue;
    size_t name_begin = ib;
    if (ListedNameEnd(text, ib, ie, &name_begin) == ie && name_begin < ie) names->emplace_back(name_begin, ie);
  }
}

}  // namespace

void AddNamesUnderNamesLabel(std::string_view text, float min_confidence, std::vector<Finding>* findings) {
  std::vector<std::pair<size_t, size_t>> names;
  for (size_t colon = text.find(':'); colon != std::string_view::npos; colon = text.find(':', colon + 1)) {
    // The label: from its line's start (after spaces, a list marker, '#' or
    // '*' of Markdown) to the colon, kMaxLabelBytes at most.
    const size_t ls = LabelStart(text, colon);
    if (ls == std::string_view::npos || !PersonsLabel(text, ls, colon)) continue;
    size_t after = colon + 1;
    while (after < text.size() && text[after] == '*') ++after;  // "**Names:**"
    size_t line_end = text.find('\n', after);
    if (line_end == std::string_view::npos) line_end = text.size();
    const bool rest_blank = std::all_of(text.begin() + after, text.begin() + line_end,
                                        [](char c) { return c == ' ' || c == '\t' || c == '\r'; });
    if (!rest_blank) {
      // "Names given at the checkpoint: Chepkoech, Lokwawi and Ekuam."
      ReadNameList(text, after, line_end, /*open_tail=*/true, &names);
      continue;
    }
    // The lines under it, up to a blank line or a line that is no list of
    // names.
    size_t b = line_end + 1;
    for (size_t lines = 0; b < text.size() && lines < kMaxListedLines; ++lines) {
      size_t e = text.find('\n', b);
      if (e == std::string_view::npos) e = text.size();
      if (!ReadNameList(text, b, e, /*open_tail=*/false, &names)) break;
      b = e + 1;
    }
  }
  // A label before a dash on its line: "Arrested on 4 May — Lokwang Ekal
  // and Lotukei Apua."
  for (std::string_view dash : {" \xE2\x80\x94 ", " \xE2\x80\x93 "}) {
    for (size_t d = FindLiteral(text, dash); d != std::string_view::npos; d = FindLiteral(text, dash, d + 1)) {
      const size_t ls = LabelStart(text, d);
      if (ls == std::string_view::npos || !PersonsLabel(text, ls, d, /*first_only=*/true)) continue;
      size_t line_end = text.find('\n', d);
      if (line_end == std::string_view::npos) line_end = text.size();
      ReadNameList(text, d + dash.size(), line_end, /*open_tail=*/true, &names);
    }
  }
  // Names in parentheses after a word for what befell persons: "2 killed
  // (Lokang, Lopeyok), 3 injured".
  for (size_t open = FindLiteral(text, " ("); open != std::string_view::npos; open = FindLiteral(text, " (", open + 2)) {
    size_t w = open;
    while (w > 0 && IsAsciiLower(text[w - 1]) && open - w <= 16) --w;
    if (w == open || (w > 0 && IsWordByte(text[w - 1])) ||
        !InSortedLowerAscii(kPersonsLabelWords, text.substr(w, open - w))) {
      continue;
    }
    const size_t close = text.find(')', open);
    if (close == std::string_view::npos || close - open > 120 ||
        text.substr(open, close - open).find('\n') != std::string_view::npos) {
      continue;
    }
    // A count of ten or more before the word that the names do not reach
    // breaks a crowd down by group ("230 personnes (Kel Adagh, Idnan)").
    size_t count = 0;
    if (w >= 2 && text[w - 1] == ' ') {
      size_t digits = w - 1;
      while (digits > 0 && IsDigit(text[digits - 1]) && w - 1 - digits < 6) --digits;
      if (digits < w - 1 && (digits == 0 || !IsWordByte(text[digits - 1]))) {
        for (size_t k = digits; k < w - 1; ++k) count = count * 10 + static_cast<size_t>(text[k] - '0');
      }
    }
    const size_t before = names.size();
    ReadNameList(text, open + 2, close, /*open_tail=*/false, &names);
    if (count >= 10 && names.size() - before < count) names.resize(before);
  }
  // A Markdown heading that names persons ("## Key individuals", "###
  // Persons of concern"): the lines of its section (up to the next heading)
  // that open with a name in emphasis ("**Lokwang** — leads the party").
  for (size_t h = !text.empty() && text[0] == '#' ? 0 : FindLiteral(text, "\n#"); h != std::string_view::npos;
       h = FindLiteral(text, "\n#", h + 1)) {
    const size_t hb = text[h] == '\n' ? h + 1 : h;
    size_t p = hb;
    while (p < text.size() && text[p] == '#') ++p;
    if (p - hb > 6 || p >= text.size() || text[p] != ' ') continue;
    size_t he = text.find('\n', p);
    if (he == std::string_view::npos) he = text.size();
    if (he - p > kMaxLabelBytes || !PersonsLabel(text, p, he)) continue;
    for (size_t b = he + 1, lines = 0; b < text.size() && text[b] != '#' && lines < kMaxSectionLines; ++lines) {
      size_t e = text.find('\n', b);
      if (e == std::string_view::npos) e = text.size();
      EmphasisedNameAt(text, b, e, &names);
      b = e + 1;
    }
  }
  AddFindings(text, names, "LABELLED", min_confidence, findings);
}

void AddEmailHeaderNames(std::string_view text, float min_confidence, std::vector<Finding>* findings) {
  std::vector<std::pair<size_t, size_t>> names;
  for (size_t b = 0; b < text.size();) {
    size_t line_end = text.find('\n', b);
    if (line_end == std::string_view::npos) line_end = text.size();
    const auto [field, value] = HeaderFieldAt(text, b);
    if (OneOf(kAddressFields, field) && NearOtherHeaderLine(text, b, field)) {
      ReadAddressValue(text, value, line_end, &names);
    }
    b = line_end + 1;
  }
  AddFindings(text, names, "ADDRESSEE", min_confidence, findings);
}

void AddNamesBeforePluralKin(std::string_view text, float min_confidence, std::vector<Finding>* findings) {
  std::vector<std::pair<size_t, size_t>> names;
  for (size_t open = FindLiteral(text, " ("); open != std::string_view::npos; open = FindLiteral(text, " (", open + 2)) {
    // The words in parentheses: a plural word for relatives ("brothers",
    // "his brothers", "twins, 6") or two words for relatives joined by
    // "and" or '&' ("husband and wife").
    size_t p = open + 2;
    for (std::string_view possessive : {"his ", "her ", "their "}) {
      if (text.compare(p, possessive.size(), possessive) == 0) p += possessive.size();
    }
    size_t w = p;
    while (w < text.size() && (IsAsciiLower(text[w]) || text[w] == '-' || static_cast<unsigned char>(text[w]) >= 0x80)) ++w;
    if (w == p || w - p > 20) continue;
    const std::string_view first = text.substr(p, w - p);
    bool kin = InSortedLowerAscii(kPluralKinWords, first);
    if (!kin && IsPersonRelationWord(first)) {
      for (std::string_view joint : {" and ", " & ", " et ", " y "}) {
        if (text.compare(w, joint.size(), joint) != 0) continue;
        const size_t b2 = w + joint.size();
        size_t e2 = b2;
        while (e2 < text.size() && (IsAsciiLower(text[e2]) || text[e2] == '-')) ++e2;
        if (e2 > b2 && IsPersonRelationWord(text.substr(b2, e2 - b2))) {
          kin = true;
          w = e2;
        }
        break;
      }
    }
    if (!kin || w >= text.size() || std::string_view("),; ").find(text[w]) == std::string_view::npos) continue;
    // The list before it, read backwards: names of one to three words,
    // joined by ", ", " and ", ", and ", " & ", " et ", " y ".
    std::vector<std::pair<size_t, size_t>> listed;
    size_t end = open;
    for (;;) {
      size_t b = end;
      for (size_t words = 0; words < 3; ++words) {
        const size_t at = words == 0 ? end : b - 1;
        if (words > 0 && (b < 2 || text[b - 1] != ' ')) break;
        const size_t wb = NameWordStart(text, at);
        if (wb == at || !ListedNameWord(text.substr(wb, at - wb))) break;
        b = wb;
      }
      if (b == end) break;
      // A name word right before three: the name is longer than a list's.
      if (b >= 2 && text[b - 1] == ' ') {
        const size_t wb = NameWordStart(text, b - 1);
        if (wb < b - 1 && ListedNameWord(text.substr(wb, b - 1 - wb))) break;
      }
      if (!std::any_of(text.begin() + b + 1, text.begin() + end, IsAsciiLower)) break;
      listed.emplace_back(b, end);
      size_t sep = 0;
      for (std::string_view s : {", and ", " and ", ", ", " & ", " et ", " y "}) {
        if (b >= s.size() && text.compare(b - s.size(), s.size(), s) == 0) {
          sep = s.size();
          break;
        }
      }
      if (sep == 0) break;
      end = b - sep;
    }
    if (listed.size() >= 2) names.insert(names.end(), listed.begin(), listed.end());
  }
  AddFindings(text, names, "RELATIVE", min_confidence, findings);
}

}  // namespace tearline::link_internal

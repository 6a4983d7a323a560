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
#include "name_lists.h"
#include "patronyms.h"
#include "tearline/file.h"
#include "tearline/quasi.h"
#include "uncommon_names.h"

namespace tearline::link_internal {
namespace {

constexpr size_t kMaxLabelBytes = 100;  // a label's bytes before its colon
constexpr size_t kMaxListedLines = 40;  // lines of names under one label
constexpr size_t kMaxSectionLines = 200;  // lines of a heading's section read for names

// Words of a label that says persons are named after it, lower case (ASCII
// letters lowered). Sorted by bytes.
constexpr std::string_view kPersonsLabelWords[] = {
    "abducted", "abductees", "arrested", "associates", "attendees", "authors", "bless\xC3\xA9s", "boys",
    "casualties", "children", "companions", "dead", "deceased", "desaparecidos", "detained", "detainees",
    "detenidos", "disparus", "displaced", "drivers", "d\xC3\xA9tenus", "elders", "enlev\xC3\xA9" "es",
    "enlev\xC3\xA9s", "evacuated", "evacuees", "feridos", "freed", "girls", "handlers", "heridos",
    "hostages", "individuals", "informants", "injured", "interpreters", "killed", "members", "men", "missing",
    "mortos", "muertos", "names", "nombres", "nomes", "noms", "officers", "otages", "participants",
    "passengers", "people", "personas", "personnes", "persons", "pessoas", "relatives", "released",
    "relocated", "rescued", "secuestrados", "sources", "staff", "suspects", "testemunhas", "testigos",
    "tu\xC3\xA9s", "t\xC3\xA9moins", "victimas", "victimes", "victims", "v\xC3\xAD" "ctimas",
    "v\xC3\xADtimas", "witnesses", "women", "wounded"};
static_assert(std::is_sorted(std::begin(kPersonsLabelWords), std::end(kPersonsLabelWords)));

// Words of a label that names one person after it ("Reporting officer:",
// "Interpreter:", "Source:"), lower case (ASCII letters lowered): the label
// takes one name ("Driver: Karimi, Guard" names a driver and a guard).
// Sorted by bytes.
constexpr std::string_view kPersonLabelWords[] = {
    "abogada", "abogado", "advogada", "advogado", "auteur", "author", "autor", "avocat", "avocate", "caseworker",
    "chauffeur", "conductor", "contact", "driver", "fonte", "fuente", "handler", "informant",
    "interpreter", "interpr\xC3\xA8te", "int\xC3\xA9rprete", "landlord", "lawyer", "motorista", "officer", "operator",
    "reporter", "source", "suspect", "translator", "victim", "witness"};
static_assert(std::is_sorted(std::begin(kPersonLabelWords), std::end(kPersonLabelWords)));

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

// What a label says is named after it.
enum class LabelNames { kNone, kOnePerson, kPersons };

// What text[b, e) labels: persons, for a word of kPersonsLabelWords (with
// `first_only`, its first word: a line that ends at a dash is as often a
// title, "Centro de Atención a Víctimas — Sede Pichari"); otherwise, without
// `first_only`, one person, for a word of kPersonLabelWords or "by", "par"
// or "por" as its last word ("Prepared by:"); nothing when a word of
// kThingLabelWords is in it.
LabelNames LabelledNames(std::string_view text, size_t b, size_t e, bool first_only = false) {
  bool persons = false, person = false;
  std::string_view last;
  for (size_t p = b, words = 0; p < e;) {
    if (!IsWordByte(text[p])) {
      ++p;
      continue;
    }
    size_t w = p;
    while (w < e && (IsWordByte(text[w]) || text[w] == '-')) ++w;
    const std::string_view word = text.substr(p, w - p);
    if (InSortedLowerAscii(kThingLabelWords, word)) return LabelNames::kNone;
    persons |= (!first_only || words == 0) && InSortedLowerAscii(kPersonsLabelWords, word);
    person |= !first_only && InSortedLowerAscii(kPersonLabelWords, word);
    last = word;
    ++words;
    p = w;
  }
  if (persons) return LabelNames::kPersons;
  // "Prepared by:", "Statement taken by:", "Rédigé par :", "Redactado por:".
  person |= !first_only && (last == "by" || last == "par" || last == "por");
  return person ? LabelNames::kOnePerson : LabelNames::kNone;
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
    if (ls == std::string_view::npos) continue;
    const LabelNames labelled = LabelledNames(text, ls, colon);
    if (labelled == LabelNames::kNone) continue;
    // A label for one person takes one name, on its line or the next.
    const auto read = [&](size_t b, size_t e, bool open_tail) {
      if (labelled == LabelNames::kPersons) return ReadNameList(text, b, e, open_tail, &names);
      std::vector<std::pair<size_t, size_t>> one;
      if (!ReadNameList(text, b, e, /*open_tail=*/false, &one) || one.size() != 1) return false;
      names.push_back(one[0]);
      return true;
    };
    size_t after = colon + 1;
    while (after < text.size() && text[after] == '*') ++after;  // "**Names:**"
    size_t line_end = text.find('\n', after);
    if (line_end == std::string_view::npos) line_end = text.size();
    const bool rest_blank = std::all_of(text.begin() + after, text.begin() + line_end,
                                        [](char c) { return c == ' ' || c == '\t' || c == '\r'; });
    if (!rest_blank) {
      // "Names given at the checkpoint: Chepkoech, Lokwawi and Ekuam."
      read(after, line_end, /*open_tail=*/true);
      continue;
    }
    // The lines under it, up to a blank line or a line that is no list of
    // names.
    size_t b = line_end + 1;
    for (size_t lines = 0; b < text.size() && lines < kMaxListedLines; ++lines) {
      size_t e = text.find('\n', b);
      if (e == std::string_view::npos) e = text.size();
      if (!read(b, e, /*open_tail=*/false) || labelled == LabelNames::kOnePerson) break;
      b = e + 1;
    }
  }
  // A label before a dash on its line: "Arrested on 4 May — Lokwang Ekal
  // and Lotukei Apua."
  for (std::string_view dash : {" \xE2\x80\x94 ", " \xE2\x80\x93 "}) {
    for (size_t d = FindLiteral(text, dash); d != std::string_view::npos; d = FindLiteral(text, dash, d + 1)) {
      const size_t ls = LabelStart(text, d);
      if (ls == std::string_view::npos || LabelledNames(text, ls, d, /*first_only=*/true) != LabelNames::kPersons) {
        continue;
      }
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
    if (he - p > kMaxLabelBytes || LabelledNames(text, p, he) != LabelNames::kPersons) continue;
    for (size_t b = he + 1, lines = 0; b < text.size() && text[b] != '#' && lines < kMaxSectionLines; ++lines) {
      size_t e = text.find('\n', b);
      if (e == std::string_view::npos) e = text.size();
      EmphasisedNameAt(text, b, e, &names);
      b = e + 1;
    }
  }
  AddListedPersonFindings(text, names, "LABELLED", min_confidence, findings);
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
  AddListedPersonFindings(text, names, "ADDRESSEE", min_confidence, findings);
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
      const size_t b = NameEndingAt(text, end);
      if (b == end) break;
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
  AddListedPersonFindings(text, names, "RELATIVE", min_confidence, findings);
}

void AddNamesAfterPluralGroups(std::string_view text, float min_confidence, std::vector<Finding>* findings) {
  // Plural words for a body of people whose members a parenthesis may name.
  // Sorted.
  static constexpr std::string_view kGroupWords[] = {
      "colleagues", "crew", "detainees", "doctors", "drivers", "enumerators", "escorts", "family", "guards",
      "informants", "interpreters", "members", "monitors", "nurses", "passengers", "relatives", "sources",
      "staff", "survivors", "teachers", "team", "victims", "volunteers", "witnesses",
  };
  static_assert(std::is_sorted(std::begin(kGroupWords), std::end(kGroupWords)));
  std::vector<std::pair<size_t, size_t>> names, listed;
  for (size_t open = FindLiteral(text, " ("); open != std::string_view::npos; open = FindLiteral(text, " (", open + 2)) {
    size_t w = open;
    while (w > 0 && IsAsciiLower(text[w - 1])) --w;
    if (w == open || open - w > 16 || (w > 0 && IsWordByte(text[w - 1]))) continue;
    const std::string_view word = text.substr(w, open - w);
    if (!InSortedLowerAscii(kPluralKinWords, word) &&
        !std::binary_search(std::begin(kGroupWords), std::end(kGroupWords), word)) {
      continue;
    }
    const size_t close = text.find(')', open + 2);
    if (close == std::string_view::npos || close - open > 160 ||
        text.substr(open, close - open).find('\n') != std::string_view::npos) {
      continue;
    }
    listed.clear();
    if (ReadNameList(text, open + 2, close, false, &listed) && listed.size() >= 2) {
      names.insert(names.end(), listed.begin(), listed.end());
    }
  }
  AddListedPersonFindings(text, names, "RELATIVE", min_confidence, findings);
}

}  // namespace tearline::link_internal

// The names before their phone numbers. Contract in phone_owners.h and
// tearline/resolve.h (PHONE OWNERS).
#include "phone_owners.h"

#include <algorithm>
#include <iterator>

#include "common_words.h"
#include "finding_index.h"
#include "known_places.h"
#include "link_words.h"
#include "patronyms.h"
#include "uncommon_names.h"

namespace tearline::link_internal {
namespace {

constexpr size_t kMaxNameWords = 4;
constexpr size_t kMinOneWordName = 3;  // bytes of a name of one word
constexpr size_t kMaxOwnerBytes = 80;  // bytes between a line's start and its phone number
// A reading of a word as a name, a place or an organisation at least this
// sure makes a one-word label's word a name.
constexpr float kReadAsName = 0.3f;

// Words for a phone that may stand between a name and its number ("Kamau
// tel. 0722", "Ibe mob: 0733"), lower case (ASCII letters lowered), without
// a final '.' or ':'; alone before the number they name no one
// ("Callback: 0912", "Téléphone: +243"). Sorted by bytes.
constexpr std::string_view kPhoneWords[] = {"callback", "cell",      "contact",  "mob",
                                            "mobile",   "no",        "numero",   "n\xC3\xBAmero",
                                            "ph",       "phone",     "tel",      "telefone",
                                            "telefono", "telephone", "tel\xC3\xA9" "fono",
                                            "t\xC3\xA9l\xC3\xA9phone", "whatsapp"};
static_assert(std::is_sorted(std::begin(kPhoneWords), std::end(kPhoneWords)));

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// text[b, e) without spaces and tabs at either end.
void Trim(std::string_view text, size_t* b, size_t* e) {
  while (*b < *e && (text[*b] == ' ' || text[*b] == '\t')) ++*b;
  while (*e > *b && (text[*e - 1] == ' ' || text[*e - 1] == '\t')) --*e;
}

// The end of a list marker at text[b...] ("- ", "* ", "• ", "– ", "3. ",
// "3) ", "a) "), or b when there is none.
size_t AfterMarker(std::string_view text, size_t b, size_t e) {
  const std::string_view s = text.substr(b, e - b);
  for (std::string_view bullet : {"- ", "* ", "\xE2\x80\xA2 ", "\xE2\x80\x93 "}) {
    if (s.starts_with(bullet)) return b + bullet.size();
  }
  size_t d = 0;
  while (d < s.size() && d < 3 && (IsDigit(s[d]) || (d == 0 && IsAsciiLower(s[d])))) ++d;
  if (d > 0 && d + 1 < s.size() && (s[d] == '.' || s[d] == ')') && s[d + 1] == ' ') return b + d + 2;
  return b;
}

// Whether `word` (any case) is a word of kPhoneWords, or one and a plural
// 's' ("Contacts", "Phones").
bool IsPhoneWord(std::string_view word) {
  return InSortedLowerAscii(kPhoneWords, word) ||
         (word.size() > 1 && (word.back() == 's' || word.back() == 'S') &&
          InSortedLowerAscii(kPhoneWords, word.substr(0, word.size() - 1)));
}

// The end of a label of contacts that opens the owner's part at text[b...]
// (one to three words of letters, one a word for a phone, then a colon:
// "Contacts : ", "Tel: ", "Contact person: ") before something other than
// the number, or b when there is none.
size_t AfterContactLabel(std::string_view text, size_t b, size_t e) {
  size_t p = b;
  bool phone = false;
  for (int words = 0; words < 3; ++words) {
    size_t w = p;
    while (w < e && (IsAsciiLower(text[w]) || IsAsciiUpper(text[w]))) ++w;
    if (w == p) return b;
    phone |= IsPhoneWord(text.substr(p, w - p));
    p = w;
    while (p < e && text[p] == ' ') ++p;
    if (p < e && text[p] == ':') {
      if (!phone) return b;
      ++p;
      while (p < e && text[p] == ' ') ++p;
      return p < e ? p : b;  // "Ibe mob: 0722 ...": the name, not a label
    }
    if (p == w) return b;  // no space: no word of a label follows
  }
  return b;
}

// text[b, e) without what may stand between a name and its number: a
// separator (':', '-', '–', '—', ',', '=', '(', '/') and a word for a phone
// ("tel.", "mob:"); *labelled when a colon or such a word was among them.
size_t OwnerEnd(std::string_view text, size_t b, size_t e, bool* labelled) {
  Trim(text, &b, &e);
  *labelled = false;
  for (int round = 0; round < 2; ++round) {
    *labelled |= e > b && text[e - 1] == ':';
    if (e > b && std::string_view(":-,=(/").find(text[e - 1]) != std::string_view::npos) --e;
    if (e >= b + 3 && (text.compare(e - 3, 3, "\xE2\x80\x93") == 0 || text.compare(e - 3, 3, "\xE2\x80\x94") == 0)) {
      e -= 3;
    }
    Trim(text, &b, &e);
    size_t w = e;
    while (w > b && text[w - 1] != ' ' && text[w - 1] != '\t') --w;
    std::string_view word = text.substr(w, e - w);
    while (!word.empty() && (word.back() == '.' || word.back() == ':')) word.remove_suffix(1);
    if (w == b || !InSortedLowerAscii(kPhoneWords, word)) break;
    *labelled = true;
    e = w;
    Trim(text, &b, &e);
  }
  return e;
}

// Whether text[b, e) is a person's name by its words (after a title: "Dr."):
// one to kMaxNameWords words joined by single spaces, each capitalised or a
// particle (alone or joined by a hyphen to a capitalised word: "al-Hamoud"),
// no digit; no generic word or title, no ordinary English word that is no
// given or family name ("Police Station", "Hotline"; one such word opening
// the name is passed over: "Uncle Juma" reads "Juma"), no known place that
// is no given or family name ("Garissa"; "Juma" is both), not in capitals
// alone ("WFP"); one word alone of kMinOneWordName bytes or more, and no
// English word when `labelled` ("Caller phone:"), no word for a phone. The
// first word may be a family name before ", " ("O'Neill, Fiona"). Sets
// *name_begin, and *one_word when the name is one word.
bool OwnerName(std::string_view text, size_t b, size_t e, bool labelled, size_t* name_begin, bool* one_word) {
  b = AfterLeadingTitle(text, b, e);
  size_t words = 0;
  bool skipped = false, lower = false, inverted = false;
  *name_begin = b;
  for (size_t p = b; p < e;) {
    size_t w = p;
    while (w < e && (IsWordByte(text[w]) || text[w] == '-' || text[w] == '\'')) ++w;
    if (w == p) return false;
    const std::string_view word = text.substr(p, w - p);
    if (std::any_of(word.begin(), word.end(), IsDigit)) return false;
    if (IsCapitalByte(word[0])) {
      if (IsGenericNameWord(word) || IsTitleWord(word)) return false;
      // A place, unless a given or family name too ("Juma" is both).
      if (IsKnownPlace(word) && !IsNameWord(word)) return false;
      if (IsCommonWord(word) && !IsNameWord(word)) {
        if (words > 0 || skipped) return false;
        skipped = true;  // "Uncle Juma"
        *name_begin = w + 1;
      } else {
        ++words;
      }
      lower |= std::any_of(word.begin(), word.end(), IsAsciiLower);
    } else if (const size_t hyphen = word.find('-');
               hyphen != std::string_view::npos && hyphen + 1 < word.size() && IsCapitalByte(word[hyphen + 1]) &&
               IsNameParticle(word.substr(0, hyphen))) {
      ++words;  // "al-Hamoud"
    } else if (words == 0 || !IsNameParticle(word)) {
      return false;
    }
    if (words > kMaxNameWords) return false;
    if (w == e) break;
    // An inverted name: a family name, ", " and the given names ("O'Neill,
    // Fiona — +44 ..."), once, after the first word.
    if (words == 1 && !skipped && !inverted && text.compare(w, 2, ", ") == 0 && w + 2 < e &&
        IsCapitalByte(text[w + 2])) {
      inverted = true;
      p = w + 2;
      continue;
    }
    if (text[w] != ' ' || w + 1 >= e || !IsWordByte(text[w + 1])) return false;
    p = w + 1;
  }
  if (words == 0 || !lower) return false;
  *one_word = words == 1;
  if (words > 1) return true;
  // One word: of kMinOneWordName bytes or more, no word for a phone; an
  // English word (that is also a name: "Caller", "Grace") not before a
  // label's colon or a word for a phone ("Caller phone: +93 ...").
  const std::string_view word = text.substr(*name_begin, e - *name_begin);
  return word.size() >= kMinOneWordName && !InSortedLowerAscii(kPhoneWords, word) && !(labelled && IsCommonWord(word));
}

// Whether the line before the one that starts at `line` ends on a
// preposition of place ("a host community man in\n  Palongkhali: 01734
// ..."): the line goes on with a place, not an owner's name.
bool LineBeforeEndsOnPlacePreposition(std::string_view text, size_t line) {
  if (line < 2) return false;
  size_t e = line - 1;  // the '\n'
  while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\r')) --e;
  size_t b = e;
  while (b > 0 && text[b - 1] >= 'a' && text[b - 1] <= 'z') --b;
  if (b > 0 && text[b - 1] != ' ' && text[b - 1] != '\t') return false;
  static constexpr std::string_view kPlacePrepositions[] = {"at", "de", "em", "en", "from", "in", "near", "to"};
  return OneOf(kPlacePrepositions, text.substr(b, e - b));
}

}  // namespace

void AddPhoneOwnerNames(std::string_view text, float min_confidence, std::vector<Finding>* findings) {
  std::vector<std::pair<size_t, size_t>> phones;
  for (const Finding& f : *findings) {
    if (f.kind == Kind::kPhone && f.confidence >= min_confidence) phones.emplace_back(f.begin, f.end);
  }
  if (phones.empty()) return;
  std::sort(phones.begin(), phones.end());
  const FindingIndex index(*findings);
  std::vector<Finding> added;
  size_t previous_end = 0;
  for (const auto& [begin, end] : phones) {
    // The owner's part: from the line's start (after a list marker), or from
    // the end of a phone number before on the same line, to this number.
    // Read back no further than kMaxOwnerBytes and a byte: a long line of
    // numbers costs nothing per number.
    size_t line = begin;
    while (line > 0 && text[line - 1] != '\n' && begin - line <= kMaxOwnerBytes) --line;
    const bool line_start = line == 0 || text[line - 1] == '\n';
    const size_t previous = previous_end;
    previous_end = std::max(previous_end, end);
    size_t b = line;
    if (previous > line && previous <= begin) {
      b = previous;
      while (b < begin && std::string_view(" \t,;/|)").find(text[b]) != std::string_view::npos) ++b;
    } else {
      if (!line_start) continue;
      while (b < begin && (text[b] == ' ' || text[b] == '\t')) ++b;
      b = AfterContactLabel(text, AfterMarker(text, b, begin), begin);
    }
    if (begin - b > kMaxOwnerBytes) continue;
    bool labelled = false, one_word = false;
    const size_t e = OwnerEnd(text, b, begin, &labelled);
    size_t name_begin = b;
    if (e <= b || !OwnerName(text, b, e, labelled, &name_begin, &one_word)) continue;
    // One word before a label's colon or a word for a phone is a label as
    // often ("Callback:", "Hotline:"): a given or family name that is no
    // English word, or a word a detector reads as a name, a place or an
    // organisation ("Uzo: 0733", read as a place).
    if (one_word && line_start && name_begin == b && LineBeforeEndsOnPlacePreposition(text, line)) continue;
    if (one_word && labelled) {
      const std::string_view word = text.substr(name_begin, e - name_begin);
      const bool read = !index.ForEachOver(name_begin, e, [&](const Finding& f) {
        return !((f.kind == Kind::kPerson || f.kind == Kind::kLoc || f.kind == Kind::kOrg) && f.confidence >= kReadAsName);
      });
      if (!read && !(IsNameWord(word) && !IsCommonWord(word))) continue;
    }
    if (!HeldByOtherReading(index, name_begin, e, min_confidence)) added.push_back(Finding{name_begin, e, Kind::kPerson, "PHONE_OWNER", min_confidence, "link"});
  }
  if (added.empty()) return;
  // The tagger's readings of an owner's name as a place or an organisation
  // give way to it (added is in increasing offset, its names apart).
  DropTaggerPlaceReadingsInside(added, findings);
  findings->insert(findings->end(), added.begin(), added.end());
}

}  // namespace tearline::link_internal

// The names that sign a message, and the senders that head one. Contract in
// signature_names.h and tearline/resolve.h (SIGNATURES).
#include "signature_names.h"

#include <algorithm>
#include <iterator>
#include <string>

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

// Closings of a message, lower case, without their final ',' '.' or '!'.
// Sorted.
constexpr std::string_view kClosings[] = {
    "abrazos",       "abra\xC3\xA7o",      "abra\xC3\xA7os",     "atenciosamente", "atentamente",  "best",
    "best regards",  "best wishes",  "bien \xC3\xA0 vous", "br",            "cheers",       "cordialement",
    "cordialmente",  "kind regards", "many thanks",  "merci",          "obrigada",     "obrigado",
    "regards",       "rgds",         "saludos",      "salutations",    "sincerely",    "thank you",
    "thanks",        "um abra\xC3\xA7o",  "un abrazo",    "un saludo",      "warm regards", "yours",
    "yours sincerely",
};
static_assert(std::is_sorted(std::begin(kClosings), std::end(kClosings)));

struct Line {
  size_t begin;  // after indentation and quote marks
  size_t end;    // before trailing spaces and '\r'
};

bool IsDelimiter(std::string_view text, const Line& l) {
  const std::string_view s = text.substr(l.begin, l.end - l.begin);
  return s == "--" || s == "---" || s == "__" || s == "\xE2\x80\x94";
}

// Whether s is a closing of kClosings, with its final ',', '.' or '!'.
bool IsClosingText(std::string_view text) {
  std::string s(text);
  while (!s.empty() && (s.back() == ',' || s.back() == '.' || s.back() == '!')) s.pop_back();
  if (s.empty() || s.size() > 20) return false;
  for (char& c : s) c = LowerAsciiByte(c);
  return std::binary_search(std::begin(kClosings), std::end(kClosings), s);
}

bool IsClosing(std::string_view text, const Line& l) { return IsClosingText(text.substr(l.begin, l.end - l.begin)); }

// The signing name's part of a line that holds a closing and the name
// together ("Abra\xC3\xA7o, Mari", "Thanks, Ahmed"): the part after the
// closing's ", "; an empty line (begin == end) when l opens with no closing
// and ", ".
Line AfterClosingComma(std::string_view text, const Line& l) {
  const size_t comma = text.substr(l.begin, l.end - l.begin).find(", ");
  if (comma == std::string_view::npos || !IsClosingText(text.substr(l.begin, comma))) return Line{l.begin, l.begin};
  return Line{l.begin + comma + 2, l.end};
}

// The end of the signing name that opens line l (after a title: "Dr."):
// one to four words joined by single spaces, each capitalised or a particle,
// up to " | ", ", ", " - ", " – ", a tab or the line's end; no digit; not
// every word a common English word ("Protection Unit"); no generic word or
// title; one word alone only when it fills its line. l.begin when there is none.
size_t SigningNameEnd(std::string_view text, const Line& l, size_t* begin) {
  size_t p = AfterLeadingTitle(text, l.begin, l.end);
  *begin = p;
  size_t words = 0, common = 0, end = p;
  while (p < l.end) {
    size_t w = p;
    while (w < l.end && (IsWordByte(text[w]) || text[w] == '-' || text[w] == '\'')) ++w;
    if (w == p) break;
    const std::string_view word = text.substr(p, w - p);
    if (std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; })) return l.begin;
    if (IsCapitalByte(word[0])) {
      if (IsGenericNameWord(word) || IsTitleWord(word)) return l.begin;
      common += IsCommonWord(word);
    } else if (words == 0 || !IsNameParticle(word)) {
      return l.begin;
    }
    if (++words > kMaxNameWords) return l.begin;
    end = w;
    if (w >= l.end) break;
    // The name ends at a separator; one space joins the next word.
    if (text[w] == ' ' && w + 1 < l.end && (IsWordByte(text[w + 1]))) {
      p = w + 1;
      continue;
    }
    const std::string_view rest = text.substr(w, l.end - w);
    if (rest.starts_with(" | ") || rest.starts_with(", ") || rest.starts_with(" - ") || rest.starts_with("\t") ||
        rest.starts_with(" \xE2\x80\x93 ") || rest.starts_with(" |")) {
      break;
    }
    return l.begin;
  }
  // Every word an English word: a unit or an office ("Protection Unit").
  if (words == 0 || common == words) return l.begin;
  if (words == 1 && (end != l.end || end - *begin < kMinOneWordName)) return l.begin;
  return end;
}

// Capitals that close a message after a dash and are no one's initials.
constexpr std::string_view kNotInitials[] = {"END", "ENDS", "FYI", "NB", "OK", "OUT", "TBC", "TBD"};

// The part of line l after a dash that signs the message it ends: a
// sentence's end ('!', '?', or '.' after a small letter or a digit), then
// " - ", " – " or " — " ("kids ok. – Khudaida", "not here. – SM"); an empty
// line (begin == end) when there is none. `initials` is set when that part
// is two to four capitals alone.
Line AfterSignOffDash(std::string_view text, const Line& l, bool* initials) {
  *initials = false;
  const std::string_view s = text.substr(l.begin, l.end - l.begin);
  for (std::string_view dash : {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "}) {
    const size_t d = s.rfind(dash);
    if (d == std::string_view::npos || d < 2 || std::string_view(".!?").find(s[d - 1]) == std::string_view::npos) {
      continue;
    }
    // A period ends a sentence after a word in small letters or a number,
    // not an initial ("A.J. Arrieta T. — Abogado").
    if (s[d - 1] == '.' && !IsAsciiLower(s[d - 2]) && !(s[d - 2] >= '0' && s[d - 2] <= '9')) continue;
    const size_t b = l.begin + d + dash.size();
    const std::string_view rest = text.substr(b, l.end - b);
    *initials = rest.size() >= 2 && rest.size() <= 4 &&
                std::all_of(rest.begin(), rest.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) &&
                std::find(std::begin(kNotInitials), std::end(kNotInitials), rest) == std::end(kNotInitials);
    return Line{b, l.end};
  }
  return Line{l.begin, l.begin};
}

// The sender's part of a line that heads a message of a Telegram export
// ("Hasmik, [28.09.2023 13:58]"): what comes before ", [" when the line ends
// with a bracketed stamp of digits, '.', '/', '-', ':', ',' and spaces that
// holds a clock time; an empty line (begin == end) otherwise.
Line BeforeMessageStamp(std::string_view text, const Line& l) {
  if (l.end - l.begin < 8 || text[l.end - 1] != ']') return Line{l.begin, l.begin};
  const std::string_view s = text.substr(l.begin, l.end - l.begin);
  const size_t open = s.rfind(", [");
  if (open == std::string_view::npos || open == 0) return Line{l.begin, l.begin};
  const std::string_view stamp = s.substr(open + 3, s.size() - 1 - (open + 3));
  if (stamp.size() < 5 || stamp.size() > 24 || stamp.find_first_not_of("0123456789./-:, ") != std::string_view::npos) {
    return Line{l.begin, l.begin};
  }
  // A clock time: the first ':' between two digits.
  const size_t colon = stamp.find(':');
  const auto digit = [&](size_t i) { return stamp[i] >= '0' && stamp[i] <= '9'; };
  if (colon == std::string_view::npos || colon == 0 || colon + 1 >= stamp.size() || !digit(colon - 1) ||
      !digit(colon + 1)) {
    return Line{l.begin, l.begin};
  }
  return Line{l.begin, l.begin + open};
}

}  // namespace

void AddSignatureNames(std::string_view text, float min_confidence, std::vector<Finding>* findings) {
  std::vector<Line> lines;
  for (size_t b = 0; b < text.size();) {
    size_t e = text.find('\n', b);
    if (e == std::string_view::npos) e = text.size();
    Line l{b, e};
    // Indentation, and the '>' marks of a quoted reply ("> > Thanks,").
    while (l.begin < l.end && (text[l.begin] == ' ' || text[l.begin] == '\t' || text[l.begin] == '>')) ++l.begin;
    while (l.end > l.begin && (text[l.end - 1] == ' ' || text[l.end - 1] == '\r')) --l.end;
    lines.push_back(l);
    b = e + 1;
  }
  std::vector<Finding> added;
  const FindingIndex index(*findings);
  auto consider = [&](const Line& l, bool initials = false) {
    size_t begin = l.begin;
    const size_t end = initials ? l.end : SigningNameEnd(text, l, &begin);
    if (end == l.begin) return;
    const bool free = index.ForEachOver(begin, end, [&](const Finding& f) {
      if (f.kind == Kind::kPerson && f.confidence >= min_confidence && f.begin <= begin && f.end >= end) return false;
      return !((f.kind == Kind::kOrg || f.kind == Kind::kLoc) && f.confidence >= kSureOtherReading);
    });
    if (free) added.push_back(Finding{begin, end, Kind::kPerson, "SIGNATURE", min_confidence, "link"});
  };
  for (size_t i = 0; i < lines.size(); ++i) {
    const Line& l = lines[i];
    if (l.begin == l.end) continue;
    const bool delimiter = IsDelimiter(text, l);
    if (delimiter || IsClosing(text, l)) {
      // The next line that holds something signs.
      size_t k = i + 1;
      while (k < lines.size() && lines[k].begin == lines[k].end && k - i <= 2) ++k;
      if (k < lines.size() && lines[k].begin < lines[k].end) consider(lines[k]);
    }
    // The line right before a delimiter.
    if (delimiter && i > 0 && lines[i - 1].begin < lines[i - 1].end) consider(lines[i - 1]);
    // A closing and the name on one line.
    if (const Line named = AfterClosingComma(text, l); named.begin < named.end) consider(named);
    // The sender that heads a message of a Telegram export; not a channel
    // named after a known place ("Kabul Today, [13.09.23 10:41]").
    if (const Line sender = BeforeMessageStamp(text, l);
        sender.begin < sender.end &&
        !IsKnownPlace(text.substr(sender.begin, WordEnd(text, sender.begin, false) - sender.begin))) {
      consider(sender);
    }
    // A name or initials after a dash that close a message's line.
    bool initials = false;
    if (const Line named = AfterSignOffDash(text, l, &initials); named.begin < named.end) consider(named, initials);
  }
  findings->insert(findings->end(), added.begin(), added.end());
}

}  // namespace tearline::link_internal

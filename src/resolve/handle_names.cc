#include "handle_names.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "common_words.h"
#include "finding_index.h"
#include "src/base/span_reach.h"
#include "link_words.h"
#include "login_owners.h"
#include "tearline/file.h"
#include "tearline/protect.h"
#include "tearline/quasi.h"

namespace tearline::link_internal {
namespace {

bool HandleByte(char c) { return IsWordByte(c) || c == '_'; }

// The first p >= from with test(p), or text.size(): 16 places at a time
// while mask16(q) can read text[q, q + 16 + lookahead) (bit k of its result:
// test(q + k)), then one at a time.
template <typename Mask16, typename Test>
size_t NextWhere(std::string_view text, size_t from, size_t lookahead, Mask16&& mask16, Test&& test) {
  size_t p = from;
#if defined(__SSE2__)
  for (; p + 16 + lookahead <= text.size(); p += 16) {
    if (const unsigned mask = mask16(p); mask != 0) return p + static_cast<size_t>(__builtin_ctz(mask));
  }
#endif
  while (p < text.size() && !test(p)) ++p;
  return std::min(p, text.size());
}

#if defined(__SSE2__)
__m128i Load16At(std::string_view text, size_t p) {
  return _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + p));
}
// Bytes of v within [lo, lo + span) (0xFF each), as unsigned bytes.
__m128i InRange(__m128i v, char lo, char span_minus_one) {
  const __m128i d = _mm_sub_epi8(v, _mm_set1_epi8(lo));
  return _mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8(span_minus_one)), d);
}
// The '.' and '_' bytes of v (0xFF each).
__m128i DotsAndUnderscores(__m128i v) {
  return _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('.')), _mm_cmpeq_epi8(v, _mm_set1_epi8('_')));
}
#endif

bool DotOrUnderscore(char c) { return c == '.' || c == '_'; }

// The first '.' or '_' at or after `from` (with `digits`, or an ASCII digit:
// a byte that marks a handle), or text.size().
size_t NextDotOrUnderscore(std::string_view text, size_t from, bool digits = false) {
  return NextWhere(
      text, from, 0,
      [&](size_t q) {
#if defined(__SSE2__)
        const __m128i v = Load16At(text, q);
        const __m128i hits = DotsAndUnderscores(v);
        return static_cast<unsigned>(_mm_movemask_epi8(digits ? _mm_or_si128(hits, InRange(v, '0', 9)) : hits));
#else
        return 0u;
#endif
      },
      [&](size_t q) { return DotOrUnderscore(text[q]) || (digits && text[q] >= '0' && text[q] <= '9'); });
}

// The first byte at or after `from` that marks a handle ('_', '.', a digit),
// or text.size().
size_t NextHandleMark(std::string_view text, size_t from) { return NextDotOrUnderscore(text, from, true); }

// The first p >= from where an ASCII letter text[p] comes before a capital
// text[p + 1] ("LB" of "LBrauer", "eP" of "NadegeP"), or text.size().
size_t NextLetterBeforeCapital(std::string_view text, size_t from) {
  const auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  return NextWhere(
      text, from, 1,
      [&](size_t q) {
#if defined(__SSE2__)
        const __m128i lower_cased = _mm_or_si128(Load16At(text, q), _mm_set1_epi8(0x20));
        return static_cast<unsigned>(
            _mm_movemask_epi8(_mm_and_si128(InRange(lower_cased, 'a', 25), InRange(Load16At(text, q + 1), 'A', 25))));
#else
        return 0u;
#endif
      },
      [&](size_t q) { return q + 1 < text.size() && letter(text[q]) && text[q + 1] >= 'A' && text[q + 1] <= 'Z'; });
}

// Whether text[b, e) is a token of its own: not inside a longer handle, an
// e-mail address, a path or a host name ("r.mwenze@unhcr.org",
// "/r.mwenze", "r.mwenze.cd", "xr.mwenze"). An address whose domain is left
// out ("copy to s.safi@ and") is its login.
bool WholeToken(std::string_view text, size_t b, size_t e) {
  if (b > 0) {
    const char c = text[b - 1];
    if (HandleByte(c) || c == '.' || c == '@' || c == '/' || c == '-') return false;
  }
  if (e < text.size()) {
    const char c = text[e];
    if (c == '@' && e + 1 < text.size() && HandleByte(text[e + 1])) return false;
    if (HandleByte(c) || c == '/' || c == '-') return false;
    if (c == '.' && e + 1 < text.size() && HandleByte(text[e + 1])) return false;
  }
  return true;
}

// A run of a login's bytes: small letters, digits, '.', '_'.
bool LoginByte(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_'; }

bool AsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool AsciiLower(char c) { return c >= 'a' && c <= 'z'; }

// The start of the run of a login's bytes (41 at most) that ends at
// text[e), when it is five bytes or more and opens with a small letter; e
// otherwise.
size_t LoginRunStart(std::string_view text, size_t e) {
  size_t b = e;
  while (b > 0 && LoginByte(text[b - 1]) && e - b <= 40) --b;
  return e - b < 5 || !AsciiLower(text[b]) ? e : b;
}

// A token that may be a login: text[begin, end) and its parts.
struct LoginToken {
  size_t begin, end;
  std::vector<std::string_view> parts;
};

// The token text[b, e) split at '.' and '_' into its parts; no parts when
// one is empty ("a..b").
LoginToken SplitLogin(std::string_view text, size_t b, size_t e) {
  LoginToken t{b, e, {}};
  for (size_t p = b; p <= e;) {
    size_t q = p;
    while (q < e && text[q] != '.' && text[q] != '_') ++q;
    if (q == p) return LoginToken{b, e, {}};
    t.parts.push_back(text.substr(p, q - p));
    p = q + 1;
  }
  return t;
}

// Whether a token's last part is a file's extension ("xlsx", "pdf", "m4a").
bool IsFileExtension(std::string_view part) {
  static constexpr std::string_view kExtensions[] = {"csv", "doc", "docx", "heic", "jpeg", "jpg", "m4a", "mp3",
                                                     "mp4", "odt", "opus", "pdf",  "png",  "txt", "wav", "xls",
                                                     "xlsx", "zip"};
  return std::binary_search(std::begin(kExtensions), std::end(kExtensions), part);
}

// The tokens of text that may be logins: whole tokens of two to four runs of
// small letters and digits joined by '.' or '_', one run of three bytes or
// more, starting with a small letter; two neighbouring runs of letters of a
// file's name before its extension; one run alone in brackets, parentheses
// or double quotes, or before an '@' and no domain.
std::vector<LoginToken> LoginTokens(std::string_view text) {
  std::vector<LoginToken> tokens;
  size_t next = 0;  // tokens already read end before this
  for (size_t i = NextDotOrUnderscore(text, 0); i + 1 < text.size(); i = NextDotOrUnderscore(text, i + 1)) {
    if (i == 0 || i < next || !(text[i - 1] >= 'a' && text[i - 1] <= 'z') || !LoginByte(text[i + 1]) ||
        text[i + 1] == '.' || text[i + 1] == '_') {
      continue;
    }
    size_t b = i, e = i + 1;
    while (b > 0 && LoginByte(text[b - 1])) --b;
    while (e < text.size() && LoginByte(text[e])) ++e;
    next = e;
    while (e > b && (text[e - 1] == '.' || text[e - 1] == '_')) --e;  // a sentence's period
    if (!WholeToken(text, b, e) || (b > 0 && IsWordByte(text[b - 1]))) continue;
    LoginToken t = SplitLogin(text, b, e);
    // A file's name of three parts or more ("hatay_cases_w14_derya.aksoy.xlsx"):
    // each two neighbouring parts of letters before its extension.
    if (t.parts.size() >= 3 && IsFileExtension(t.parts.back())) {
      for (size_t k = 0; k + 2 < t.parts.size(); ++k) {
        const std::string_view a = t.parts[k], z = t.parts[k + 1];
        if (a.size() < 2 || z.size() < 3 || !SmallAsciiLetters(a) || !SmallAsciiLetters(z)) continue;
        const size_t pb = static_cast<size_t>(a.data() - text.data());
        tokens.push_back(LoginToken{pb, static_cast<size_t>(z.data() - text.data()) + z.size(), {a, z}});
      }
      continue;
    }
    if (t.parts.size() < 2 || t.parts.size() > 4 ||
        std::none_of(t.parts.begin(), t.parts.end(), [](std::string_view part) { return part.size() >= 3; })) {
      continue;
    }
    tokens.push_back(std::move(t));
  }
  // One run of small letters and digits after an account's label and ": "
  // ("owner account: sauhkunhtoi88", "login: ..."), or after "login" and a
  // space ("(login wnoorzai / ...)"), eight bytes or more with a suffix
  // after a hyphen that it may carry ("login: aabbasi-sfp": the run before
  // the hyphen), ending its clause.
  const auto small_or_digit = [&](size_t k) {
    return k < text.size() && ((text[k] >= 'a' && text[k] <= 'z') || (text[k] >= '0' && text[k] <= '9'));
  };
  const auto account_value = [&](size_t b) {
    size_t e = b;
    while (small_or_digit(e)) ++e;
    size_t f = e;  // the end of the hyphenated suffix, if any
    if (f < text.size() && text[f] == '-' && small_or_digit(f + 1)) {
      ++f;
      while (small_or_digit(f)) ++f;
    }
    if (f - b < 8 || e - b < 5 || !(text[b] >= 'a' && text[b] <= 'z') || !WholeToken(text, b, f)) return;
    if (f < text.size() && text[f] != '.' && text[f] != ',' && text[f] != ' ' && text[f] != '\n' && text[f] != ')') return;
    tokens.push_back(LoginToken{b, e, {text.substr(b, e - b)}});
  };
  static constexpr std::string_view kAccountLabels[] = {"account", "handle", "login", "profile", "user", "username"};
  for (size_t c = FindLiteral(text, ": "); c != std::string_view::npos; c = FindLiteral(text, ": ", c + 1)) {
    size_t w = c;
    while (w > 0 && ((text[w - 1] >= 'a' && text[w - 1] <= 'z') || (text[w - 1] >= 'A' && text[w - 1] <= 'Z'))) --w;
    std::array<char, 16> buf;
    const std::string_view label = LowerAsciiInto(text.substr(w, c - w), buf);
    if (std::find(std::begin(kAccountLabels), std::end(kAccountLabels), label) == std::end(kAccountLabels)) continue;
    account_value(c + 2);
  }
  for (std::string_view label : {std::string_view("login "), std::string_view("Login ")}) {
    ForEachOccurrence(text, label, [&](size_t k) {
      if (k == 0 || !IsWordByte(text[k - 1])) account_value(k + label.size());
    });
  }
  // A run of LoginRunStart at text[b, e) that no token starts at yet, with
  // one part (one_part) or up to four.
  std::unordered_set<size_t> starts;  // begins of tokens, kept from here on
  for (const LoginToken& t : tokens) starts.insert(t.begin);
  const auto add_run = [&](size_t b, size_t e, bool one_part) {
    if (starts.count(b) != 0) return;
    LoginToken t = SplitLogin(text, b, e);
    if (t.parts.empty() || t.parts.size() > (one_part ? 1u : 4u)) return;
    starts.insert(b);
    tokens.push_back(std::move(t));
  };
  // The next ')' or ']' at or after `from` (npos: none), one memchr per byte
  // value rather than one per byte of text.
  size_t next_paren = text.find(')'), next_bracket = text.find(']');
  const auto next_closer = [&](size_t from) {
    if (next_paren != std::string_view::npos && next_paren < from) next_paren = text.find(')', from);
    if (next_bracket != std::string_view::npos && next_bracket < from) next_bracket = text.find(']', from);
    return std::min(next_paren, next_bracket);
  };
  // One run alone in brackets or parentheses, or after a colon in them:
  // "(login : hrazafindrakoto)", "[kjeyaseelan_law]".
  for (size_t j = next_closer(0); j != std::string_view::npos; j = next_closer(j + 1)) {
    size_t e = j;
    while (e > 0 && text[e - 1] == ' ') --e;
    const size_t b = LoginRunStart(text, e);
    if (b == e) continue;
    size_t o = b;
    while (o > 0 && text[o - 1] == ' ') --o;
    if (o == 0 || (text[o - 1] != '(' && text[o - 1] != '[' && text[o - 1] != ':')) continue;
    add_run(b, e, /*one_part=*/false);
  }
  // A token alone in double quotes ('compte Signal "mkone"').
  for (size_t j = text.find('"'); j != std::string_view::npos; j = text.find('"', j + 1)) {
    const size_t b = LoginRunStart(text, j);
    if (b == j || b == 0 || text[b - 1] != '"') continue;
    add_run(b, j, /*one_part=*/false);
  }
  // One run before an '@' and no domain: an address whose domain is left
  // out ("jmoncada@...", "ahmed.k@ and").
  for (size_t at = text.find('@'); at != std::string_view::npos; at = text.find('@', at + 1)) {
    if (at + 1 < text.size() && HandleByte(text[at + 1])) continue;
    const size_t b = LoginRunStart(text, at);
    if (b == at || !WholeToken(text, b, at)) continue;
    add_run(b, at, /*one_part=*/true);
  }
  return tokens;
}

// A name glued to its initials in a file name or a tag, in capitals as
// written ("VK-0917-03_LBrauer.m4a", "NPL-0331_FMAssane_consent.pdf",
// "dosye_NadegeP.pdf"): one to three capitals before a capitalised word, or
// one or two after it, between bytes that are no letters; `word` is the
// word in small letters, `initials` the initials in small letters.
struct GluedNameToken {
  size_t begin, end;
  std::string word, initials;

  // Whether the person of folded name words `words` owns it: the word is
  // one of them, each initial the first letter of another.
  bool OwnedBy(const std::vector<std::string>& words) const {
    const auto own = std::find(words.begin(), words.end(), word);
    if (own == words.end()) return false;
    std::vector<bool> used(words.size(), false);
    used[static_cast<size_t>(own - words.begin())] = true;
    return LettersOpenOtherWords(words, initials, std::move(used));
  }
};

std::vector<GluedNameToken> GluedNameTokens(std::string_view text) {
  const auto upper = AsciiUpper;
  const auto lower = AsciiLower;
  const auto letter_byte = [&](char c) { return upper(c) || lower(c) || static_cast<unsigned char>(c) >= 0x80; };
  std::vector<GluedNameToken> out;
  // A token is a word of ASCII letters (no letter byte around it) that opens
  // with a capital, and each form below holds a letter before a capital:
  // only the words around such pairs are read.
  for (size_t pair = NextLetterBeforeCapital(text, 0); pair < text.size();) {
    size_t i = pair, e = pair + 1;
    while (i > 0 && letter_byte(text[i - 1])) --i;
    while (e < text.size() && letter_byte(text[e])) ++e;
    pair = NextLetterBeforeCapital(text, e);
    const auto ascii_letter = [&](char c) { return upper(c) || lower(c); };
    if (!upper(text[i]) || !std::all_of(text.begin() + i, text.begin() + e, ascii_letter)) continue;
    size_t caps = i;
    while (caps < e && upper(text[caps])) ++caps;
    size_t small = caps;
    while (small < e && lower(text[small])) ++small;
    GluedNameToken t{i, e, {}, {}};
    // Folded as the persons' words are (ASCII letters: in small letters).
    const auto low = [&](size_t b, size_t f) { return LatinFold(text.substr(b, f - b)); };
    if (caps - i >= 2 && caps - i <= 4 && small == e && e - caps >= 2) {  // "LBrauer", "FMAssane"
      t.initials = low(i, caps - 1);
      t.word = low(caps - 1, e);
    } else if (caps - i == 1 && small - caps >= 2 && e - small >= 1 && e - small <= 2 && upper(text[e - 1])) {  // "NadegeP"
      t.word = low(i, small);
      t.initials = low(small, e);
    } else {
      continue;
    }
    out.push_back(std::move(t));
  }
  return out;
}

// A part of a file's name (between '_', '-' or '.', before its extension:
// "abdirahman" of "ceeljaale_0516_abdirahman.zip", "KhinMyatNoe" of
// "MGW-24-031_KhinMyatNoe_x.m4a") that may be a person's: a run of small
// letters, or two to four capitalised words glued; `words` in small letters.
struct FileNamePart {
  size_t begin, end;
  std::vector<std::string> words;
};

// The words of `part` when it is two to four capitalised ASCII words glued,
// each a capital and one small letter or more ("KhinMyatNoe"), folded to
// small letters; empty otherwise.
std::vector<std::string> GluedCapitalisedWords(std::string_view part) {
  std::vector<std::string> words;
  for (size_t k = 0; k < part.size();) {
    size_t w = k + 1;
    while (w < part.size() && AsciiLower(part[w])) ++w;
    if (!AsciiUpper(part[k]) || w - k < 2) return {};
    words.push_back(LatinFold(part.substr(k, w - k)));
    k = w;
  }
  if (words.size() < 2 || words.size() > 4) return {};
  return words;
}

std::vector<FileNamePart> FileNameParts(std::string_view text) {
  const auto upper = AsciiUpper;
  const auto lower = AsciiLower;
  const auto name_byte = [&](char c) {
    return upper(c) || lower(c) || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.';
  };
  std::vector<FileNamePart> out;
  for (size_t dot = text.find('.'); dot != std::string_view::npos; dot = text.find('.', dot + 1)) {
    size_t x = dot + 1;
    while (x < text.size() && (lower(text[x]) || (text[x] >= '0' && text[x] <= '9')) && x - dot <= 5) ++x;
    if (x < text.size() && name_byte(text[x]) && text[x] != '.') continue;
    if (!IsFileExtension(text.substr(dot + 1, x - dot - 1))) continue;
    size_t b = dot;
    while (b > 0 && name_byte(text[b - 1]) && dot - b < 120) --b;
    for (size_t i = b; i < dot;) {
      size_t e = i;
      while (e < dot && text[e] != '_' && text[e] != '-' && text[e] != '.') ++e;
      const std::string_view part = text.substr(i, e - i);
      FileNamePart p{i, e, {}};
      if (part.size() >= 4 && std::all_of(part.begin(), part.end(), lower)) {
        p.words.push_back(std::string(part));
      } else if (part.size() >= 4 && upper(part[0])) {
        p.words = GluedCapitalisedWords(part);
      }
      if (!p.words.empty()) out.push_back(std::move(p));
      i = e + 1;
    }
  }
  return out;
}

// Two to four capitalised words glued into a token of their own, as a
// handle is written ("posts as RahelTsegaye"): each word a capital and one
// small letter or more, the token between bytes that are no letters,
// digits, '_', '-', '@', '/' or '\'' (a '.' after it only before a byte
// that is no letter or digit: "RahelTsegaye."). Read as a file name's part
// of glued words is; `words` in small letters.
std::vector<FileNamePart> GluedCapitalisedWordTokens(std::string_view text) {
  const auto upper = AsciiUpper;
  const auto lower = AsciiLower;
  const auto joined = [&](char c) {
    return upper(c) || lower(c) || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '@' || c == '/' ||
           c == '\'' || static_cast<unsigned char>(c) >= 0x80;
  };
  std::vector<FileNamePart> out;
  const size_t n = text.size();
  for (size_t i = 0; i + 4 <= n; ++i) {
    // A capital and a small letter opening a token: read its letters, then
    // look at no byte of them again.
    if (!upper(text[i]) || !lower(text[i + 1]) || (i > 0 && (joined(text[i - 1]) || text[i - 1] == '.'))) continue;
    const size_t start = i;
    size_t k = i;
    while (k < n && (upper(text[k]) || lower(text[k]))) ++k;
    i = k;
    const bool ends = k >= n || (text[k] == '.' ? k + 1 >= n || !joined(text[k + 1]) : !joined(text[k]));
    if (!ends) continue;
    FileNamePart p{start, k, GluedCapitalisedWords(text.substr(start, k - start))};
    if (!p.words.empty()) out.push_back(std::move(p));
  }
  return out;
}

// The local parts of e-mail addresses made of two parts ("achta.bichara" of
// "achta.bichara@ngo.org").
std::vector<LoginToken> EmailLocalParts(std::string_view text) {
  std::vector<LoginToken> out;
  for (size_t at = text.find('@'); at != std::string_view::npos; at = text.find('@', at + 1)) {
    size_t b = at;
    while (b > 0 && LoginByte(text[b - 1]) && at - b <= 40) --b;
    if (b == at || !(text[b] >= 'a' && text[b] <= 'z') || (b > 0 && (HandleByte(text[b - 1]) || text[b - 1] == '.'))) {
      continue;
    }
    if (LoginToken t = SplitLogin(text, b, at); t.parts.size() == 2) out.push_back(std::move(t));
  }
  return out;
}

// The given name a login or an e-mail address adds to a person's family
// name ("achta.bichara@" beside "Ms. Bichara"): two parts of small letters, the second a
// word of a person's name (three letters or more), the first of four
// letters or more, no word of that name and no English word. Its
// capitalised whole-word occurrences that no PERSON finding covers
// ("Achta, can you brief...") are added to `added` (detector "link", the
// person's confidence).
template <typename Persons>
void AddGivenNamesOfLogins(std::string_view text, const std::vector<LoginToken>& tokens, const Persons& persons,
                           const std::vector<std::pair<size_t, size_t>>& known, std::vector<Finding>* added) {
  // The persons by each of their words, surest first: the best person with
  // the family name and without the given name is the first such in the
  // family name's list (a page of logins must not ask every person each).
  std::unordered_map<std::string_view, std::vector<size_t>> by_word;
  const SpanReach known_reach(known);
  std::vector<std::pair<std::string, float>> looked_for;  // capitalised given names, in token order
  for (const LoginToken& t : tokens) {
    if (t.parts.size() != 2) continue;
    const std::string_view given = t.parts[0], family = t.parts[1];
    if (given.size() < 4 || family.size() < 3 || !SmallAsciiLetters(given) || !SmallAsciiLetters(family) ||
        IsCommonWord(given)) {
      continue;
    }
    if (by_word.empty()) {
      for (size_t i = 0; i < persons.size(); ++i) {
        for (const auto& w : persons[i].words) {
          std::vector<size_t>& list = by_word[w];
          if (list.empty() || list.back() != i) list.push_back(i);
        }
      }
      for (auto& [word, list] : by_word) {
        std::stable_sort(list.begin(), list.end(),
                         [&](size_t a, size_t b) { return persons[a].confidence > persons[b].confidence; });
      }
    }
    float confidence = 0;
    if (const auto it = by_word.find(family); it != by_word.end()) {
      for (const size_t i : it->second) {
        const auto& words = persons[i].words;
        if (std::find(words.begin(), words.end(), given) == words.end()) {
          confidence = std::max(0.0f, persons[i].confidence);
          break;
        }
      }
    }
    if (confidence == 0) continue;
    std::string word(given);
    word[0] = static_cast<char>(word[0] - ('a' - 'A'));
    looked_for.emplace_back(std::move(word), confidence);
  }
  if (looked_for.empty()) return;
  // Where each capitalised given name stands as a whole word (its bytes a
  // whole run of word bytes, no '.' or '@' before it, no '@' after it),
  // found in one pass over the text (a page of logins must not read the
  // text once each).
  std::unordered_map<std::string_view, std::vector<size_t>> found;
  for (const auto& [word, confidence] : looked_for) found.emplace(word, std::vector<size_t>{});
  for (size_t i = 0; i < text.size();) {
    if (!IsWordByte(text[i])) {
      ++i;
      continue;
    }
    size_t e = i + 1;
    while (e < text.size() && IsWordByte(text[e])) ++e;
    if ((i == 0 || (text[i - 1] != '.' && text[i - 1] != '@')) && (e == text.size() || text[e] != '@')) {
      if (const auto it = found.find(text.substr(i, e - i)); it != found.end()) it->second.push_back(i);
    }
    i = e;
  }
  for (const auto& [word, confidence] : looked_for) {
    for (const size_t at : found[word]) {
      const size_t end = at + word.size();
      if (!known_reach.Holds(at, end)) added->push_back(Finding{at, end, Kind::kPerson, "", confidence, "link"});
    }
  }
}

// The handle of an account found as "@vova_krm" (ID/HANDLE), written
// elsewhere without its '@' ("Telegram handle vova_krm"): the same account.
// Only handles with a '_', a '.' or a digit in them (not "@home"), as whole
// tokens; added as ID/HANDLE findings of the same confidence.
void AddBareAccountHandles(std::string_view text, std::vector<Finding>* findings) {
  std::vector<std::pair<std::string_view, float>> bare;
  for (const Finding& f : *findings) {
    if (f.kind != Kind::kId || f.subkind != "HANDLE" || f.end > text.size() || f.size() < 5 || text[f.begin] != '@') {
      continue;
    }
    const std::string_view h = text.substr(f.begin + 1, f.size() - 1);
    if (h.find_first_of("_.0123456789") == std::string_view::npos) continue;
    bare.emplace_back(h, f.confidence);
  }
  if (bare.empty()) return;
  std::unordered_map<std::string_view, float> wanted;
  for (const auto& [h, confidence] : bare) {
    float& c = wanted[h];
    c = std::max(c, confidence);
  }
  // The runs of a handle's bytes (letters, digits, '_', '.') that no '@'
  // opens; a sentence's period after one is not its own. Every wanted
  // handle holds a '_', '.' or digit: only the runs with one before their
  // end are looked up, found from their first such byte.
  const auto run_byte = [](char c) { return HandleByte(c) || c == '.'; };
  std::vector<std::pair<size_t, size_t>> hits;
  for (size_t mark = NextHandleMark(text, 0); mark < text.size();) {
    // No byte of the run before `mark` is a mark (the search starts after
    // the last run, or at 0).
    size_t i = mark, e = mark + 1;
    while (i > 0 && run_byte(text[i - 1])) --i;
    while (e < text.size() && run_byte(text[e])) ++e;
    size_t end = e;
    while (end > i && text[end - 1] == '.') --end;
    if (mark < end && (i == 0 || text[i - 1] != '@') && WholeToken(text, i, end)) {
      if (const auto it = wanted.find(text.substr(i, end - i)); it != wanted.end()) hits.emplace_back(i, end);
    }
    mark = NextHandleMark(text, e);
  }
  if (hits.empty()) return;
  const FindingIndex index(*findings);
  std::vector<Finding> added;
  for (const auto& hit : hits) {
    const size_t at = hit.first, end = hit.second;
    // Held whole by a finding of another kind than a place's.
    const bool held = !index.ForEachOver(at, end, [&](const Finding& g) {
      return !(g.begin <= at && end <= g.end && g.kind != Kind::kLoc);
    });
    if (!held) added.push_back(Finding{at, end, Kind::kId, "HANDLE", wanted[text.substr(at, end - at)], "link"});
  }
  findings->insert(findings->end(), added.begin(), added.end());
}

}  // namespace

void AddNamedLogins(std::string_view text, float min_confidence, std::vector<Finding>* findings) {
  const std::vector<LoginToken> tokens = LoginTokens(text);
  const std::vector<LoginToken> emails = EmailLocalParts(text);
  const std::vector<GluedNameToken> glued = GluedNameTokens(text);
  std::vector<FileNamePart> file_parts = FileNameParts(text);
  for (FileNamePart& part : GluedCapitalisedWordTokens(text)) file_parts.push_back(std::move(part));
  if (tokens.empty() && emails.empty() && glued.empty() && file_parts.empty()) return;
  // The tokens' parts of three bytes or more, what is left of them after
  // glued initials or words, and their first two to ten bytes.
  std::unordered_set<std::string_view> wanted;
  for (const GluedNameToken& t : glued) wanted.insert(t.word);
  for (const FileNamePart& part : file_parts) wanted.insert(part.words.front());
  for (const LoginToken& t : emails) {
    for (std::string_view part : t.parts) wanted.insert(part);
  }
  for (const LoginToken& t : tokens) {
    for (std::string_view part : t.parts) {
      for (size_t k = 0; part.size() >= k + 3; ++k) wanted.insert(part.substr(k));
      // A glued login starts with the name's first word ("sauhkunhtoi88", "htoomeh.kayah").
      for (size_t k = 2; k <= 10 && k < part.size(); ++k) wanted.insert(part.substr(0, k));
    }
  }
  // The persons with a word among them: their folded words, best confidence.
  struct Person {
    std::vector<std::string> words;
    float confidence;
  };
  std::vector<Person> persons;
  std::unordered_map<std::string_view, size_t> seen;  // name text -> index in persons
  const auto consider = [&](std::string_view name, float confidence) {
    // A login or an address held as a person names its own tokens only.
    if (IsLoginHandle(name) || name.find('@') != std::string_view::npos) return;
    if (auto it = seen.find(name); it != seen.end()) {
      persons[it->second].confidence = std::max(persons[it->second].confidence, confidence);
      return;
    }
    Person p{{}, confidence};
    bool relevant = false;
    for (size_t i = 0; i < name.size();) {
      size_t e = i;
      while (e < name.size() && IsWordByte(name[e]) && name[e] != '_') ++e;
      if (e == i) {
        ++i;
        continue;
      }
      std::string w = LatinFold(name.substr(i, e - i));  // "Kanouté" gives "kanoute"
      relevant |= wanted.count(w) != 0;
      if (!w.empty()) p.words.push_back(std::move(w));  // initials too: "K. Jeyaseelan"
      i = e;
    }
    if (!relevant) return;
    seen.emplace(name, persons.size());
    persons.push_back(std::move(p));
  };
  std::vector<const Finding*> read;  // the PERSON findings, by position
  for (const Finding& f : *findings) {
    if (f.kind != Kind::kPerson || f.confidence < min_confidence || f.end > text.size()) continue;
    consider(text.substr(f.begin, f.size()), f.confidence);
    read.push_back(&f);
  }
  // Two findings one space apart are one name to a login ("Mukamana" and
  // "Diane" of "d.mukamana (Mukamana Diane, ...)", when the tagger read
  // the given name alone because it is written alone elsewhere).
  std::sort(read.begin(), read.end(), [](const Finding* a, const Finding* b) { return a->begin < b->begin; });
  for (size_t k = 1; k < read.size(); ++k) {
    const Finding& a = *read[k - 1];
    const Finding& b = *read[k];
    if (b.begin == a.end + 1 && text[a.end] == ' ') {
      consider(text.substr(a.begin, b.end - a.begin), std::min(a.confidence, b.confidence));
    }
  }
  // A legend of logins ("# Operators: r.tkachuk = Roman Tkachuk (night
  // lead)"): a login token, " = ", and two to four capitalised words that
  // own it (OwnsLogin) are a person, whoever read them so.
  std::vector<Finding> added;
  for (const LoginToken& t : tokens) {
    if (text.compare(t.end, 3, " = ") != 0) continue;
    const size_t nb = t.end + 3;
    size_t ne = nb;
    std::vector<std::string> words;
    while (words.size() < 4 && ne < text.size() && link_internal::IsCapitalByte(text[ne])) {
      size_t we = ne + 1;
      while (we < text.size() && IsWordByte(text[we]) && text[we] != '_') ++we;
      words.push_back(LatinFold(text.substr(ne, we - ne)));
      ne = we;
      if (ne + 1 < text.size() && text[ne] == ' ' && link_internal::IsCapitalByte(text[ne + 1])) {
        ++ne;
      } else {
        break;
      }
    }
    if (words.size() < 2 || !OwnsLogin(words, t.parts)) continue;
    added.push_back(Finding{nb, ne, Kind::kPerson, "", min_confidence, "link"});
    persons.push_back(Person{std::move(words), min_confidence});
  }
  if (persons.empty()) return;
  const std::vector<std::pair<size_t, size_t>> known = PersonSpans(*findings, min_confidence);
  const OwnerIndex owners(persons);
  // The best confidence of the `candidates` (indices into persons, null for
  // none) whose words `owns` accepts; 0 for none.
  const auto best_owner = [&](const std::vector<uint32_t>* candidates, const auto& owns) {
    float confidence = 0;
    if (candidates == nullptr) return confidence;
    for (const uint32_t i : *candidates) {
      if (owns(persons[i].words)) confidence = std::max(confidence, persons[i].confidence);
    }
    return confidence;
  };
  // A token at text[b, e) owned so, unless a PERSON finding holds exactly it.
  const auto add_owned = [&](size_t b, size_t e, float confidence) {
    if (confidence == 0 || std::binary_search(known.begin(), known.end(), std::make_pair(b, e))) return;
    added.push_back(Finding{b, e, Kind::kPerson, "", confidence, "link"});
  };
  std::vector<uint32_t> candidates;
  for (const LoginToken& t : tokens) {
    owners.ForLogin(t.parts, &candidates);
    add_owned(t.begin, t.end,
              best_owner(&candidates, [&](const std::vector<std::string>& words) { return OwnsLogin(words, t.parts); }));
  }
  for (const GluedNameToken& t : glued) {
    add_owned(t.begin, t.end,
              best_owner(owners.WithWord(t.word), [&](const std::vector<std::string>& words) { return t.OwnedBy(words); }));
  }
  // A part of a file's name made of a person's words: one word in small
  // letters (four or more, no English word), or two to four glued. Parts
  // hold no separator and each ends at one, so parts that share a byte end
  // at the same byte: a part added before holds a later one when it ends
  // there and begins no later (a name read before two extensions).
  const SpanReach known_reach(known);
  std::vector<std::pair<size_t, size_t>> before;
  for (const Finding& f : added) before.emplace_back(f.begin, f.end);
  const SpanReach added_reach(std::move(before));
  std::unordered_map<size_t, size_t> parts_added;  // end -> the first begin
  for (const FileNamePart& part : file_parts) {
    if (part.words.size() == 1 && IsCommonWord(part.words.front())) continue;
    // Every word of the part is the person's: the shortest list holds them all.
    const std::vector<uint32_t>* shortest = nullptr;
    for (const std::string& w : part.words) {
      const std::vector<uint32_t>* list = owners.WithWord(w);
      if (list == nullptr || shortest == nullptr || list->size() < shortest->size()) shortest = list;
      if (shortest == nullptr) break;
    }
    const float confidence = best_owner(shortest, [&](const std::vector<std::string>& words) {
      return std::all_of(part.words.begin(), part.words.end(), [&](const std::string& w) {
        return std::find(words.begin(), words.end(), w) != words.end();
      });
    });
    if (confidence == 0 || known_reach.Holds(part.begin, part.end) || added_reach.Holds(part.begin, part.end) ||
        (parts_added.count(part.end) != 0 && parts_added[part.end] <= part.begin)) {
      continue;
    }
    const auto [it, fresh] = parts_added.emplace(part.end, part.begin);
    if (!fresh) it->second = std::min(it->second, part.begin);
    added.push_back(Finding{part.begin, part.end, Kind::kPerson, "", confidence, "link"});
  }
  AddGivenNamesOfLogins(text, tokens, persons, known, &added);
  AddGivenNamesOfLogins(text, emails, persons, known, &added);
  findings->insert(findings->end(), added.begin(), added.end());
}

void AddHandleMentions(std::string_view text, float min_confidence, std::vector<Finding>* findings) {
  AddBareAccountHandles(text, findings);
  std::unordered_map<std::string_view, float> handles;
  for (const Finding& f : *findings) {
    if (f.kind != Kind::kPerson || f.confidence < min_confidence) continue;
    const std::string_view s = text.substr(f.begin, f.end - f.begin);
    if (!IsLoginHandle(s)) continue;
    float& c = handles[s];
    c = std::max(c, f.confidence);
  }
  if (handles.empty()) return;
  const std::vector<std::pair<size_t, size_t>> known = PersonSpans(*findings, min_confidence);
  std::vector<Finding> added;
  for (const auto& [handle, confidence] : handles) {
    for (size_t at = FindLiteral(text, handle); at != std::string_view::npos; at = FindLiteral(text, handle, at + 1)) {
      const size_t end = at + handle.size();
      if (!WholeToken(text, at, end) || std::binary_search(known.begin(), known.end(), std::make_pair(at, end))) continue;
      added.push_back(Finding{at, end, Kind::kPerson, "", confidence, "link"});
    }
  }
  findings->insert(findings->end(), added.begin(), added.end());
}

}  // namespace tearline::link_internal

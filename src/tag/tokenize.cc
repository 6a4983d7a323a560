// Tokenizer and sentence splitter (contract in tearline/tag.h).
#include <unicode/uchar.h>

#include <algorithm>
#include <cstring>
#include <array>
#include <string>
#include <utility>
#include <vector>

#include "src/tag/internal.h"
#include "tearline/tag.h"

namespace tearline {
namespace {

// One code point at i; invalid bytes decode as U+FFFD with length 1.
using tag_internal::NextCp;

inline bool AsciiAlnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool IsSpaceSlow(char32_t c) { return u_isUWhiteSpace(static_cast<UChar32>(c)) || c == 0xFEFF; }
inline bool IsSpace(char32_t c) {
  if (c < 0x80) return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  return IsSpaceSlow(c);
}
inline bool IsDigit(char32_t c) { return c < 0x80 ? (c >= '0' && c <= '9') : u_isdigit(static_cast<UChar32>(c)); }
bool IsWordCharSlow(char32_t c) {
  if (c == 0xFFFD) return false;
  if (u_isalnum(static_cast<UChar32>(c))) return true;
  int8_t t = u_charType(static_cast<UChar32>(c));
  return t == U_NON_SPACING_MARK || t == U_COMBINING_SPACING_MARK || t == U_ENCLOSING_MARK;
}
inline bool IsWordChar(char32_t c) { return c < 0x80 ? AsciiAlnum(static_cast<unsigned char>(c)) : IsWordCharSlow(c); }
inline bool IsUpper(char32_t c) {
  return c < 0x80 ? (c >= 'A' && c <= 'Z') : (u_isupper(static_cast<UChar32>(c)) || u_istitle(c));
}
bool IsHyphen(char32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }
bool IsApostrophe(char32_t c) { return c == '\'' || c == 0x2019; }
bool IsNumberJoiner(char32_t c) { return c == '.' || c == ',' || c == '/' || c == ':' || IsHyphen(c); }

constexpr std::array<std::string_view, 44> kAbbreviations = {
    "mr",   "mrs",  "ms",   "dr",   "prof", "gen",  "col",   "lt",   "capt", "maj", "sgt",
    "cpl",  "pvt",  "adm",  "cmdr", "brig", "gov",  "sen",   "rep",  "rev",  "fr",  "st",
    "eng",  "jr",   "sr",   "no",   "nos",  "vol",  "art",   "para", "paras", "etc", "vs",
    "cf",   "approx", "dept", "inc", "ltd", "co",   "corp",  "mt",   "ft",   "hon", "insp"};

bool IsAbbreviation(std::string_view word) {
  if (word.size() > 6) return false;
  std::string lower;
  for (char c : word) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
    lower.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
  }
  return std::find(kAbbreviations.begin(), kAbbreviations.end(), lower) != kAbbreviations.end();
}

// Length of a chain of initials "X." "X.Y." starting at i, or 0. A chain
// followed directly by a word character is no initial ("U.Sx").
size_t InitialsLength(std::string_view s, size_t i) {
  size_t pos = i;
  int n = 0;
  while (pos < s.size()) {
    size_t l;
    char32_t c = NextCp(s, pos, &l);
    if (!IsUpper(c) || pos + l >= s.size() || s[pos + l] != '.') break;
    pos += l + 1;
    ++n;
  }
  if (n == 0) return 0;
  if (pos < s.size()) {
    size_t l;
    if (IsWordChar(NextCp(s, pos, &l))) return 0;
  }
  return pos - i;
}


// ASCII byte classes for the fast paths below.
enum : uint8_t { kSpaceByte = 1, kAlnumByte = 2, kUpperByte = 4, kHighByte = 8 };
constexpr std::array<uint8_t, 256> MakeByteClasses() {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) {
    uint8_t v = 0;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') v |= kSpaceByte;
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) v |= kAlnumByte;
    if (c >= 'A' && c <= 'Z') v |= kAlnumByte | kUpperByte;
    if (c >= 0x80) v |= kHighByte;
    t[c] = v;
  }
  return t;
}
constexpr std::array<uint8_t, 256> kByteClass = MakeByteClasses();

}  // namespace

std::vector<Token> Tokenize(std::string_view s) {
  std::vector<Token> out;
  tag_internal::TokenizeInto(s, &out);
  return out;
}

void tag_internal::TokenizeInto(std::string_view s, std::vector<Token>* tokens) {
  tokens->clear();
  tokens->reserve(s.size() / 5 + 4);
  TokenizeFrom(s, 0, tokens);
}

void tag_internal::TokenizeFrom(std::string_view s, size_t from, std::vector<Token>* tokens) {
  std::vector<Token>& out = *tokens;
  size_t i = from;
  while (i < s.size()) {
    const unsigned char b = static_cast<unsigned char>(s[i]);
    const uint8_t bc = kByteClass[b];
    if (bc & kSpaceByte) {  // ASCII fast paths: separators, punctuation
      ++i;
      continue;
    }
    if (bc == 0 && b != '\'') {
      out.push_back({i, i + 1});
      ++i;
      continue;
    }
    size_t len;
    char32_t c = NextCp(s, i, &len);
    if (IsSpace(c)) {
      i += len;
      continue;
    }
    if (IsApostrophe(c) && i + len < s.size() && (s[i + len] == 's' || s[i + len] == 'S')) {
      size_t l;
      if (i + len + 1 >= s.size() || !IsWordChar(NextCp(s, i + len + 1, &l))) {
        out.push_back({i, i + len + 1});  // possessive "'s"
        i += len + 1;
        continue;
      }
    }
    if (!IsWordChar(c)) {
      out.push_back({i, i + len});
      i += len;
      continue;
    }
    if (IsUpper(c)) {
      size_t n = InitialsLength(s, i);
      if (n > 0) {
        out.push_back({i, i + n});
        i += n;
        continue;
      }
    }
    // A word or number.
    size_t start = i;
    bool numeric = IsDigit(c);
    size_t pos = i + len;
    while (pos < s.size()) {
      unsigned char db = static_cast<unsigned char>(s[pos]);
      if (kByteClass[db] & kAlnumByte) {  // ASCII fast path of the IsWordChar branch below
        if (db > '9') numeric = false;
        ++pos;
        continue;
      }
      size_t l;
      char32_t d = NextCp(s, pos, &l);
      if (IsWordChar(d)) {
        if (!IsDigit(d)) numeric = false;
        pos += l;
        continue;
      }
      if (pos + l >= s.size()) break;
      size_t l2;
      char32_t e = NextCp(s, pos + l, &l2);
      if (numeric && IsNumberJoiner(d) && IsDigit(e)) {
        pos += l + l2;
        continue;
      }
      if (IsHyphen(d) && IsWordChar(e)) {
        pos += l + l2;
        numeric = numeric && IsDigit(e);
        continue;
      }
      if (IsApostrophe(d) && IsWordChar(e)) {
        // "'s" at a word end is split off as its own token.
        bool possessive = (e == 's' || e == 'S');
        if (possessive) {
          size_t after = pos + l + l2;
          size_t l3;
          if (after >= s.size() || !IsWordChar(NextCp(s, after, &l3))) break;
        }
        pos += l + l2;
        numeric = false;
        continue;
      }
      break;
    }
    // Abbreviation period.
    if (pos < s.size() && s[pos] == '.' && IsAbbreviation(s.substr(start, pos - start))) ++pos;
    out.push_back({start, pos});
    i = pos;
  }
}

namespace {

// Where the token t of s splits as SplitElidedGivenNames splits it (the byte
// after the apostrophe), or 0 when it does not.
size_t ElisionCut(std::string_view s, const tag_internal::Lexicons& lex, Token t) {
  // Lower-case elided articles and prepositions of French and Italian.
  static constexpr std::array<std::string_view, 11> kElided = {"d",     "l",     "qu",   "jusqu", "lorsqu", "puisqu",
                                                               "dell",  "dall",  "nell", "sull",  "all"};
  const std::string_view word = s.substr(t.begin, t.end - t.begin);
  if (word.size() < 4) return 0;
  switch (word[0]) {  // the first letters of kElided (this runs at every token)
    case 'a': case 'd': case 'j': case 'l': case 'n': case 'q': case 's':
      break;
    default:
      return 0;
  }
  // The apostrophe's first byte, after at least one letter, within the
  // longest article ("lorsqu") and one byte.
  const size_t limit = std::min<size_t>(word.size(), 7);
  size_t apos = 1;
  while (apos < limit && word[apos] != '\'' && word[apos] != '\xE2') ++apos;
  if (apos == limit) return 0;
  size_t alen;
  if (!IsApostrophe(NextCp(word, apos, &alen))) return 0;
  if (std::find(kElided.begin(), kElided.end(), word.substr(0, apos)) == kElided.end()) return 0;
  const std::string_view rest = word.substr(apos + alen);
  // Title case: a capital, then a small letter ("ONG", an acronym, stays).
  size_t l0, l1;
  if (rest.empty() || !IsUpper(NextCp(rest, 0, &l0)) || l0 >= rest.size()) return 0;
  if (!u_islower(static_cast<UChar32>(NextCp(rest, l0, &l1)))) return 0;
  using tag_internal::kLexFamily, tag_internal::kLexGiven, tag_internal::kLexPlace, tag_internal::kLexTitle;
  constexpr uint32_t kNotOnlyAGivenName = (1u << kLexFamily) | (1u << kLexTitle) | (1u << kLexPlace);
  const uint32_t flags = lex.Flags(tag_internal::HashBytes(tag_internal::Lower(rest)));
  if (!(flags & (1u << kLexGiven)) || (flags & kNotOnlyAGivenName)) return 0;
  return t.begin + apos + alen;
}

}  // namespace

bool tag_internal::HoldsWordChar(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    size_t len;
    if (IsWordChar(NextCp(s, i, &len))) return true;
    i += len;
  }
  return false;
}

bool tag_internal::SplitElidedGivenNames(std::string_view s, const Lexicons& lex, size_t first,
                                          std::vector<Token>* tokens) {
  if (first >= tokens->size()) return false;
  // Only a token holding an apostrophe's first byte can split: those are
  // found from the apostrophes, not by testing every token.
  const size_t from = (*tokens)[first].begin;
  const size_t to = tokens->back().end;
  std::vector<std::pair<size_t, size_t>> cuts;  // (token index, cut), by index
  // The next ASCII apostrophe and the next 0xE2 byte (U+2019's first), each
  // searched again only once passed.
  const char* const end = s.data() + to;
  const auto find = [end](const char* at, char c) {
    return static_cast<const char*>(std::memchr(at, c, static_cast<size_t>(end - at)));
  };
  const char* ascii = find(s.data() + from, '\'');
  const char* e2 = find(s.data() + from, '\xE2');
  size_t k = first;  // the apostrophes are visited in order, so the tokens are too
  size_t tested = tokens->size();  // the last token tested (none yet)
  while (ascii != nullptr || e2 != nullptr) {
    const char* hit;
    if (e2 == nullptr || (ascii != nullptr && ascii < e2)) {
      hit = ascii;
      ascii = find(ascii + 1, '\'');
    } else {
      hit = e2;
      e2 = find(e2 + 1, '\xE2');
    }
    const auto p = static_cast<size_t>(hit - s.data());
    while (k < tokens->size() && (*tokens)[k].end <= p) ++k;
    if (k == tokens->size()) break;
    if ((*tokens)[k].begin > p || k == tested) continue;  // in a gap, or the token's second apostrophe
    tested = k;
    if (const size_t cut = ElisionCut(s, lex, (*tokens)[k]); cut != 0) cuts.emplace_back(k, cut);
  }
  if (cuts.empty()) return false;
  // The tokens from the first split on, rebuilt in one pass (no insertion
  // in the middle of the vector).
  std::vector<Token> rebuilt;
  rebuilt.reserve(tokens->size() - cuts.front().first + cuts.size());
  size_t next = 0;  // the next cut
  for (size_t i = cuts.front().first; i < tokens->size(); ++i) {
    const Token t = (*tokens)[i];
    if (next < cuts.size() && cuts[next].first == i) {
      rebuilt.push_back({t.begin, cuts[next].second});
      rebuilt.push_back({cuts[next].second, t.end});
      ++next;
    } else {
      rebuilt.push_back(t);
    }
  }
  tokens->resize(cuts.front().first);
  tokens->insert(tokens->end(), rebuilt.begin(), rebuilt.end());
  return true;
}

std::vector<size_t> SplitSentences(std::string_view text, const std::vector<Token>& tokens) {
  std::vector<size_t> starts;
  if (tokens.empty()) return starts;
  starts.push_back(0);
  for (size_t k = 1; k < tokens.size(); ++k) {
    if (k - starts.back() >= kMaxSentenceTokens || tag_internal::SentenceBreakBetween(text, tokens[k - 1], tokens[k])) {
      starts.push_back(k);
    }
  }
  return starts;
}

}  // namespace tearline

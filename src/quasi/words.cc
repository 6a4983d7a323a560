#include <unicode/uchar.h>

#include <array>
#include <string>

#include "quasi_internal.h"

namespace tearline::quasi {
namespace {

// Decodes one UTF-8 code point at text[i]; sets *len. Returns -1 (len 1) on
// an invalid sequence.
int32_t Decode(std::string_view text, size_t i, size_t* len) {
  auto b = static_cast<unsigned char>(text[i]);
  *len = 1;
  if (b < 0x80) return b;
  int n = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 ? 2 : 0;
  if (n == 0 || (b >= 0xF5) || i + n > text.size()) return -1;
  int32_t cp = b & (0x3F >> (n - 1));
  for (int k = 1; k < n; ++k) {
    auto c = static_cast<unsigned char>(text[i + k]);
    if ((c & 0xC0) != 0x80) return -1;
    cp = (cp << 6) | (c & 0x3F);
  }
  if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF)) {
    return -1;
  }
  *len = n;
  return cp;
}

// ASCII table: 1 letter, 2 digit.
constexpr std::array<uint8_t, 128> MakeAsciiClass() {
  std::array<uint8_t, 128> t{};
  for (int c = 'a'; c <= 'z'; ++c) t[c] = 1;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = 1;
  for (int c = '0'; c <= '9'; ++c) t[c] = 2;
  return t;
}
constexpr std::array<uint8_t, 128> kAscii = MakeAsciiClass();

bool IsWordCp(int32_t cp) {
  if (cp < 0) return false;
  if (cp < 0x80) return kAscii[cp] != 0;
  return u_isalnum(cp) || (U_GET_GC_MASK(cp) & U_GC_M_MASK) != 0;
}

bool IsJoinerCp(int32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011 || cp == '\'' || cp == 0x2019; }

Gap ClassifyGap(std::string_view gap) {
  size_t len = 0;
  int32_t cp = Decode(gap, 0, &len);
  if (len == gap.size() && IsJoinerCp(cp)) return Gap::kJoiner;
  bool newline = false;
  for (size_t i = 0; i < gap.size(); i += len) {
    cp = Decode(gap, i, &len);
    if (cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029) {
      newline = true;
    } else if (!(cp == ' ' || cp == '\t' || cp == 0xA0 || (cp > 0x7F && u_isUWhiteSpace(cp)))) {
      return Gap::kOther;
    }
  }
  return newline ? Gap::kNewline : Gap::kSpace;
}

}  // namespace

uint64_t HashLower(std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ull;
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c + 32);
    h = (h ^ c) * 0x100000001b3ull;
  }
  return h;
}

void SplitWords(std::string_view text, std::vector<Word>* words) {
  words->clear();
  size_t i = 0;
  size_t prev_end = 0;
  const size_t n = text.size();
  while (i < n) {
    size_t len = 1;
    auto b = static_cast<unsigned char>(text[i]);
    int32_t cp = b < 0x80 ? b : Decode(text, i, &len);
    if (!IsWordCp(cp)) {
      i += len;
      continue;
    }
    Word w;
    w.begin = i;
    bool first = true;
    int letters = 0, upper = 0;
    while (i < n) {
      b = static_cast<unsigned char>(text[i]);
      cp = b < 0x80 ? b : Decode(text, i, &len);
      if (b < 0x80) len = 1;
      if (!IsWordCp(cp)) {
        // "," or "." between digits stays inside a number.
        if ((cp == ',' || cp == '.') && i > w.begin && i + 1 < n && text[i - 1] >= '0' && text[i - 1] <= '9' &&
            text[i + 1] >= '0' && text[i + 1] <= '9') {
          i += 1;
          continue;
        }
        break;
      }
      bool is_upper = cp < 0x80 ? (cp >= 'A' && cp <= 'Z') : u_isupper(cp);
      bool is_letter = cp < 0x80 ? kAscii[cp] == 1 : u_isalpha(cp);
      if (is_letter) {
        ++letters;
        if (is_upper) ++upper;
      }
      if (first) {
        if (cp < 0x80 && kAscii[cp] == 2) {
          w.flags |= kNumber;
        } else if (is_upper) {
          w.flags |= kCap;
        } else if (is_letter) {
          w.flags |= kLower;
        }
        first = false;
      }
      i += len;
    }
    w.end = i;
    if (letters >= 2 && upper == letters) w.flags |= kAllCaps;
    w.hash = HashLower(text.substr(w.begin, w.end - w.begin));
    w.gap = words->empty() ? Gap::kStart : ClassifyGap(text.substr(prev_end, w.begin - prev_end));
    prev_end = w.end;
    words->push_back(w);
  }
}

void WordClassTable::Add(uint64_t hash, uint32_t bits) {
  if (bits == 0) return;
  if ((used_ + 1) * 2 > slots_.size()) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.size() * 2, Slot{});
    used_ = 0;
    for (const Slot& s : old) {
      if (s.bits != 0) Add(s.hash, s.bits);
    }
  }
  size_t mask = slots_.size() - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    if (slots_[i].bits == 0) {
      slots_[i] = Slot{hash, bits};
      ++used_;
      return;
    }
    if (slots_[i].hash == hash) {
      slots_[i].bits |= bits;
      return;
    }
  }
}

}  // namespace tearline::quasi

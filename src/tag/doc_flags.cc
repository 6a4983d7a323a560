// Document-level evidence of the tagger: DocumentFlags, its incremental
// form for re-readings (UpdateDocumentFlags) and the pass-2 flag
// (PersonElsewhere). Contracts in internal.h.
#include <unicode/uchar.h>

#include <algorithm>
#include <cstring>

#include "src/tag/internal.h"

namespace tearline::tag_internal {
namespace {
bool StartsUpper(std::string_view w) {
  unsigned char c = static_cast<unsigned char>(w[0]);
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  size_t len;
  UChar32 cp = static_cast<UChar32>(NextCp(w, 0, &len));
  return u_isupper(cp) || u_istitle(cp);
}

// A 64-bit hash of the bytes of a word, never 0 (8 bytes per step).
uint64_t WordHash(std::string_view w) {
  const size_t n = w.size();
  uint64_t h = 0x9E3779B97F4A7C15ull * (n + 1);
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t x;
    std::memcpy(&x, w.data() + i, 8);
    h = (h ^ x) * 0xff51afd7ed558ccdull;
    h ^= h >> 32;
  }
  if (i < n) {
    uint64_t x = 0;
    std::memcpy(&x, w.data() + i, n - i);
    h = (h ^ x) * 0xc4ceb9fe1a85ec53ull;
  }
  return Mix(h, n) | 1;
}

}  // namespace

namespace {

// Word bits of DocFlagsScratch::words: 2 and 4 as in DocumentFlags' result;
// kCueKnown / kCue memoise whether the word is a given name or title (its
// lexicon lookup is done once); kTouched marks a word in scratch->touched.
constexpr uint8_t kCueKnown = 0x10, kCue = 0x20, kTouched = 0x40;
constexpr uint32_t kNameCue = (1u << kLexGiven) | (1u << kLexTitle);

// The distinct capitalised words of DocFlagsScratch, found by their bytes.
class WordTable {
 public:
  explicit WordTable(DocFlagsScratch* scratch) : s_(*scratch), mask_(scratch->table.size() - 1) {}
  // The index of the word of bytes w, added (with zero counts) if new.
  uint32_t IndexOf(std::string_view w) {
    const uint64_t key = WordHash(w);
    size_t slot = static_cast<size_t>(key >> 20) & mask_;
    for (; s_.table[slot] != 0; slot = (slot + 1) & mask_) {
      if (s_.words[s_.table[slot] - 1].first == key) return s_.table[slot] - 1;
    }
    s_.words.emplace_back(key, 0);
    s_.counts.emplace_back();
    s_.table[slot] = static_cast<uint32_t>(s_.words.size());
    const uint32_t k = static_cast<uint32_t>(s_.words.size() - 1);
    if (2 * s_.words.size() > s_.table.size()) Grow();
    return k;
  }
  // Whether word k (of bytes w) is a given name or title.
  bool Cue(uint32_t k, std::string_view w, const Lexicons& lex) {
    uint8_t& bits = s_.words[k].second;
    if (!(bits & kCueKnown)) bits |= kCueKnown | ((lex.Flags(HashBytes(Lower(w))) & kNameCue) ? kCue : 0);
    return (bits & kCue) != 0;
  }

 private:
  void Grow() {
    const size_t cap = 2 * s_.table.size();
    mask_ = cap - 1;
    s_.table.assign(cap, 0);
    for (size_t k = 0; k < s_.words.size(); ++k) {
      size_t slot = static_cast<size_t>(s_.words[k].first >> 20) & mask_;
      while (s_.table[slot] != 0) slot = (slot + 1) & mask_;
      s_.table[slot] = static_cast<uint32_t>(k + 1);
    }
  }
  DocFlagsScratch& s_;
  size_t mask_;
};

inline std::string_view TokenText(std::string_view text, const Token& t) { return text.substr(t.begin, t.end - t.begin); }

inline uint8_t BitsOf(const DocFlagsScratch::Counts& c) {
  return static_cast<uint8_t>((c.inside != 0 ? 2 : 0) | (c.after_cue != 0 ? 4 : 0));
}

}  // namespace

void DocumentFlags(std::string_view text, const std::vector<Token>& tokens, const std::vector<size_t>& starts,
                   const Lexicons& lex, std::vector<uint8_t>* out, DocFlagsScratch* scratch) {
  const size_t n = tokens.size();
  out->assign(n, 0);
  std::vector<uint8_t>& flags = *out;
  auto& words = scratch->words;
  auto& counts = scratch->counts;
  auto& of_token = scratch->of_token;
  of_token.resize(n);
  size_t upper = 0;
  for (size_t i = 0; i < n; ++i) {
    if (StartsUpper(TokenText(text, tokens[i]))) {
      flags[i] = 1;
      ++upper;
    }
  }
  words.clear();
  counts.clear();
  scratch->seen.clear();
  size_t cap = 1024;
  while (cap < 2 * upper && cap < 16384) cap <<= 1;
  scratch->table.assign(cap, 0);
  if (upper == 0) return;
  WordTable table(scratch);
  size_t next_start = 0;  // index into starts
  for (size_t i = 0; i < n; ++i) {
    bool sentence_start = false;
    while (next_start < starts.size() && starts[next_start] <= i) {
      sentence_start = sentence_start || starts[next_start] == i;
      ++next_start;
    }
    if (flags[i] == 0) continue;
    const uint32_t k = of_token[i] = table.IndexOf(TokenText(text, tokens[i]));
    DocFlagsScratch::Counts& c = counts[k];
    ++c.tokens;
    scratch->seen.emplace_back(tokens[i].begin, c.last);
    c.last = static_cast<uint32_t>(scratch->seen.size());
    if (sentence_start) continue;
    ++c.inside;
    if (i > 0 && flags[i - 1] != 0 && table.Cue(of_token[i - 1], TokenText(text, tokens[i - 1]), lex)) ++c.after_cue;
  }
  for (size_t k = 0; k < words.size(); ++k) words[k].second = static_cast<uint8_t>((words[k].second & ~6) | BitsOf(counts[k]));
  for (size_t i = 0; i < n; ++i) {
    if (flags[i] != 0) flags[i] = static_cast<uint8_t>(1 | (words[of_token[i]].second & 6));
  }
}

void UpdateDocumentFlags(std::string_view text, const std::vector<Token>& tokens, const std::vector<size_t>& starts,
                         const std::vector<TokenStretch>& copied, const PreviousFlags& prev, const Lexicons& lex,
                         std::vector<uint8_t>* out, DocFlagsScratch* scratch) {
  const size_t n = tokens.size();
  const std::vector<Token>& old_tokens = *prev.tokens;
  const std::vector<size_t>& old_starts = *prev.starts;
  const size_t old_n = old_tokens.size();
  std::vector<uint8_t>& flags = *out;
  auto& words = scratch->words;
  auto& counts = scratch->counts;
  auto& of_token = scratch->of_token;
  auto& touched = scratch->touched;
  flags.resize(n);
  of_token.resize(n);
  if (scratch->table.empty()) scratch->table.assign(1024, 0);
  WordTable table(scratch);
  // Tokens read again: their capital test and word; copied tokens keep
  // their flags (bits 2 and 4 corrected below if their word's change) and word.
  auto read = [&](size_t from, size_t to) {
    for (size_t i = from; i < to; ++i) {
      const std::string_view w = TokenText(text, tokens[i]);
      flags[i] = StartsUpper(w) ? 1 : 0;
      if (flags[i] == 0) continue;
      const uint32_t k = of_token[i] = table.IndexOf(w);
      scratch->seen.emplace_back(tokens[i].begin, counts[k].last);
      counts[k].last = static_cast<uint32_t>(scratch->seen.size());
    }
  };
  size_t next = 0;
  for (const TokenStretch& st : copied) {
    read(next, st.first);
    std::memcpy(flags.data() + st.first, prev.flags + st.old_first, st.count);
    std::memcpy(of_token.data() + st.first, prev.of_token + st.old_first, st.count * sizeof(uint32_t));
    next = st.first + st.count;
  }
  read(next, n);
  // Counts: out with the contributions that may have changed, in with the new ones.
  touched.clear();
  auto add = [&](uint32_t k, bool start, bool after_cue, int delta) {
    if (!(words[k].second & kTouched)) {
      words[k].second |= kTouched;
      touched.push_back(k);
    }
    DocFlagsScratch::Counts& c = counts[k];
    c.tokens += static_cast<uint32_t>(delta);
    if (start) return;
    c.inside += static_cast<uint32_t>(delta);
    if (after_cue) c.after_cue += static_cast<uint32_t>(delta);
  };
  // Monotone cursors: whether a token index is a sentence start.
  size_t os = 0, ns = 0;
  auto old_start = [&](size_t o) {
    while (os < old_starts.size() && old_starts[os] < o) ++os;
    return os < old_starts.size() && old_starts[os] == o;
  };
  auto new_start = [&](size_t i) {
    while (ns < starts.size() && starts[ns] < i) ++ns;
    return ns < starts.size() && starts[ns] == i;
  };
  auto remove_old = [&](size_t o) {
    if (!(prev.flags[o] & 1)) return;
    const bool cue = o > 0 && (prev.flags[o - 1] & 1) &&
                     table.Cue(prev.of_token[o - 1], TokenText(prev.text, old_tokens[o - 1]), lex);
    add(prev.of_token[o], old_start(o), cue, -1);
  };
  auto add_new = [&](size_t i) {
    if (!(flags[i] & 1)) return;
    const bool cue = i > 0 && (flags[i - 1] & 1) && table.Cue(of_token[i - 1], TokenText(text, tokens[i - 1]), lex);
    add(of_token[i], new_start(i), cue, +1);
  };
  size_t old_next = 0;
  next = 0;
  for (const TokenStretch& st : copied) {
    for (size_t o = old_next; o < st.old_first; ++o) remove_old(o);
    for (size_t i = next; i < st.first; ++i) add_new(i);
    // The first token of a stretch follows another token; inside it, a
    // token changes only by starting a sentence in one reading only.
    remove_old(st.old_first);
    add_new(st.first);
    const size_t old_end = st.old_first + st.count, end = st.first + st.count;
    old_start(st.old_first + 1);
    new_start(st.first + 1);
    while (true) {
      const size_t o = os < old_starts.size() && old_starts[os] < old_end ? old_starts[os] - st.old_first : st.count;
      const size_t i = ns < starts.size() && starts[ns] < end ? starts[ns] - st.first : st.count;
      if (o == st.count && i == st.count) break;
      const size_t k = std::min(o, i);
      if (o != i) {  // a start in one reading only
        remove_old(st.old_first + k);
        add_new(st.first + k);
      }
      if (o == k) ++os;
      if (i == k) ++ns;
    }
    old_next = old_end;
    next = end;
  }
  for (size_t o = old_next; o < old_n; ++o) remove_old(o);
  for (size_t i = next; i < n; ++i) add_new(i);
  // Words whose bits changed and that still occur: their copied tokens'
  // flags are stale. Few tokens: found from `seen`; many: all rewritten.
  size_t stale = 0;  // tokens of such words
  size_t changed = 0;
  for (uint32_t k : touched) {
    uint8_t& bits = words[k].second;
    const uint8_t now = BitsOf(counts[k]);
    const bool differs = (bits & 6) != now && counts[k].tokens != 0;
    bits = static_cast<uint8_t>((bits & ~(6 | kTouched)) | now);
    if (differs) {
      stale += counts[k].tokens;
      touched[changed++] = k;
    }
  }
  touched.resize(changed);
  auto set = [&](size_t from, size_t to) {
    for (size_t i = from; i < to; ++i) {
      if (flags[i] != 0) flags[i] = static_cast<uint8_t>(1 | (words[of_token[i]].second & 6));
    }
  };
  if (16 * stale > n) {
    set(0, n);
    return;
  }
  for (uint32_t k : touched) {
    const uint8_t value = static_cast<uint8_t>(1 | (words[k].second & 6));
    for (uint32_t e = counts[k].last; e != 0; e = scratch->seen[e - 1].second) {
      const size_t byte = scratch->seen[e - 1].first;
      const auto it = std::lower_bound(tokens.begin(), tokens.end(), byte,
                                       [](const Token& t, size_t b) { return t.begin < b; });
      if (it == tokens.end() || it->begin != byte) continue;  // gone
      const size_t i = static_cast<size_t>(it - tokens.begin());
      if (flags[i] != 0 && of_token[i] == k) flags[i] = value;
    }
  }
  next = 0;
  for (const TokenStretch& st : copied) {
    set(next, st.first);
    next = st.first + st.count;
  }
  set(next, n);
}

bool PersonElsewhere(const std::vector<TokenRange>& persons, std::vector<uint8_t>* flags, DocFlagsScratch* scratch) {
  if (persons.empty()) return false;
  std::vector<uint8_t>& f = *flags;
  auto& count = scratch->person_count;
  count.assign(scratch->words.size(), 0);
  for (const auto& [first, last] : persons) {
    for (uint32_t i = first; i < last && i < f.size(); ++i) {
      if (f[i] & 1) ++count[scratch->of_token[i]];
    }
  }
  bool any = false;
  size_t r = 0;  // the first range that may hold token i
  for (size_t i = 0; i < f.size(); ++i) {
    if (!(f[i] & 1)) continue;
    while (r < persons.size() && persons[r].second <= i) ++r;
    const uint32_t self = r < persons.size() && persons[r].first <= i ? 1 : 0;
    if (count[scratch->of_token[i]] > self) {
      f[i] |= kDocPersonElsewhere;
      any = true;
    }
  }
  return any;
}

}  // namespace tearline::tag_internal

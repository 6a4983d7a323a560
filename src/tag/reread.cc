// Reading a text for TagWith, and re-reading a changed copy of the text the
// previous call read (contracts in src/tag/tag_buffers.h).
#include <algorithm>
#include <cstring>

#include "src/tag/tag_buffers.h"

namespace tearline::tag_internal {
namespace {

constexpr uint32_t kNone = UINT32_MAX;

inline bool AsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// The byte ranges where text differs from prev (of the same size), each
// widened to whole runs of non-white-space bytes (an ASCII white-space byte
// equal in both texts bounds a range), merged and sorted.
void ChangedRuns(std::string_view text, std::string_view prev, std::vector<std::pair<size_t, size_t>>* out) {
  out->clear();
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    while (i + 8 <= n && std::memcmp(text.data() + i, prev.data() + i, 8) == 0) i += 8;
    while (i < n && text[i] == prev[i]) ++i;
    if (i >= n) break;
    size_t begin = i;
    while (begin > 0 && !AsciiSpace(text[begin - 1])) --begin;
    size_t end = i + 1;
    while (end < n && (text[end] != prev[end] || !AsciiSpace(text[end]))) ++end;
    if (!out->empty() && begin <= out->back().second) {
      out->back().second = end;
    } else {
      out->emplace_back(begin, end);
    }
    i = end;
  }
}

uint64_t HashSentence(std::string_view text, const Token* tokens, size_t a, size_t b, const uint8_t* doc) {
  const size_t base = tokens[a].begin;
  const std::string_view bytes = text.substr(base, tokens[b - 1].end - base);
  uint64_t h = 0x9E3779B97F4A7C15ull ^ bytes.size();
  size_t i = 0;
  for (; i + 8 <= bytes.size(); i += 8) {
    uint64_t x;
    std::memcpy(&x, bytes.data() + i, 8);
    h = (h ^ x) * 0xff51afd7ed558ccdull;
    h ^= h >> 29;
  }
  uint64_t tail = 0;
  std::memcpy(&tail, bytes.data() + i, bytes.size() - i);
  h = Mix(h, tail);
  for (size_t k = a; k < b; ++k) h = (h ^ (uint64_t{doc[k]} << 32 | (tokens[k].end - base))) * 0xc4ceb9fe1a85ec53ull;
  return Mix(h, b - a);
}

// SplitSentences(text, tokens) for a re-reading whose tokens in the copied
// stretches equal the previous reading's (old_starts: its sentence starts).
// Inside a stretch, the bytes of two adjacent tokens and between them are
// unchanged, so SentenceBreakBetween answers as it did; once a sentence
// starts there where a previous one started, every later decision in the
// stretch depends on the same bytes and the same distance from the last
// start as the previous one did, so the previous starts up to the end of
// the stretch are taken as they are.
void SplitChangedSentences(std::string_view text, const std::vector<Token>& tokens,
                           const std::vector<TokenStretch>& copied, const std::vector<size_t>& old_starts,
                           std::vector<size_t>* starts) {
  starts->clear();
  const size_t n = tokens.size();
  if (n == 0) return;
  size_t c = 0, os = 0;
  // After a start at token s: the next token to decide.
  auto started = [&](size_t s) -> size_t {
    starts->push_back(s);
    while (c < copied.size() && copied[c].first + copied[c].count <= s) ++c;
    if (c == copied.size() || copied[c].first > s) return s + 1;
    const TokenStretch& st = copied[c];
    const size_t o = st.old_first + (s - st.first), old_end = st.old_first + st.count;
    while (os < old_starts.size() && old_starts[os] < o) ++os;
    if (os == old_starts.size() || old_starts[os] != o) return s + 1;
    for (++os; os < old_starts.size() && old_starts[os] < old_end; ++os) {
      starts->push_back(st.first + (old_starts[os] - st.old_first));
    }
    return st.first + st.count;
  };
  for (size_t k = started(0); k < n;) {
    if (k - starts->back() >= kMaxSentenceTokens || SentenceBreakBetween(text, tokens[k - 1], tokens[k])) {
      k = started(k);
    } else {
      ++k;
    }
  }
}

}  // namespace

void ReadText(const TaggerModel::Impl& m, std::string_view text, TagBuffers& buf, bool split_elisions) {
  TokenizeInto(text, &buf.tokens);
  if (split_elisions) SplitElidedGivenNames(text, m.lexicons, 0, &buf.tokens);
  buf.starts = SplitSentences(text, buf.tokens);
  buf.starts.push_back(buf.tokens.size());
  DocumentFlags(text, buf.tokens, buf.starts, m.lexicons, &buf.doc, &buf.doc_map);
  buf.cache.Bind(m);
}

void MoveReadingToPrevious(TagBuffers& buf) {
  std::swap(buf.prev.tokens, buf.tokens);
  std::swap(buf.prev.starts, buf.starts);
  std::swap(buf.prev.doc, buf.doc);
  std::swap(buf.prev.doc2, buf.doc2);
}

void ReadChangedText(const TaggerModel::Impl& m, std::string_view text, TagBuffers& buf, bool split_elisions) {
  MoveReadingToPrevious(buf);
  const PreviousReading& prev = buf.prev;
  ChangedRuns(text, prev.text, &buf.windows);
  const std::vector<Token>& old = prev.tokens;
  buf.tokens.clear();
  buf.tokens.reserve(old.size() + 16);
  // Stretches of unchanged tokens: (first new index, first old index, count).
  buf.copied.clear();
  size_t k = 0;
  auto copy_until = [&](size_t limit) {  // old tokens [k, limit)
    if (limit > k) {
      buf.copied.push_back({buf.tokens.size(), k, limit - k});
      buf.tokens.insert(buf.tokens.end(), old.begin() + static_cast<long>(k), old.begin() + static_cast<long>(limit));
    }
    k = limit;
  };
  // The first old token at or after `from` that begins at or after `byte`:
  // a galloping search, as changed runs are usually close to each other.
  auto first_at_or_after = [&](size_t from, size_t byte) {
    size_t lo = from, step = 1;
    while (lo + step < old.size() && old[lo + step].begin < byte) {
      lo += step;
      step *= 2;
    }
    const size_t hi = std::min(old.size(), lo + step);
    return static_cast<size_t>(std::partition_point(old.begin() + static_cast<long>(lo), old.begin() + static_cast<long>(hi),
                                                    [&](const Token& t) { return t.begin < byte; }) -
                               old.begin());
  };
  for (const auto& [wb, we] : buf.windows) {
    // Old tokens before the run are unchanged (none crosses the white space
    // before it); those in it are read again.
    copy_until(first_at_or_after(k, wb));
    k = first_at_or_after(k, we);
    const size_t run_first = buf.tokens.size();
    TokenizeFrom(text.substr(0, we), wb, &buf.tokens);
    if (split_elisions) SplitElidedGivenNames(text, m.lexicons, run_first, &buf.tokens);
  }
  copy_until(old.size());
  SplitChangedSentences(text, buf.tokens, buf.copied, prev.starts, &buf.starts);
  buf.starts.push_back(buf.tokens.size());
  std::swap(buf.prev.of_token, buf.doc_map.of_token);
  const PreviousFlags flags{prev.text, &prev.tokens, &prev.starts, prev.doc.data(), prev.of_token.data()};
  UpdateDocumentFlags(text, buf.tokens, buf.starts, buf.copied, flags, m.lexicons, &buf.doc, &buf.doc_map);
  buf.cache.Bind(m);
  // A sentence is unchanged when its tokens lie in one stretch of unchanged
  // tokens and its first token starts a previous sentence of as many tokens.
  // No changed run then lies within its bytes: a changed run is bounded by
  // ASCII white space equal in both texts, so no token crosses its ends; its
  // old tokens are read again, and the stretch of copied tokens before it
  // ends there (copy_until), so the tokens of one stretch are outside every
  // changed run and none lies between two of them.
  buf.old_sent.assign(buf.starts.size(), kNone);
  size_t os = 0, c = 0;
  for (size_t s = 0; s + 1 < buf.starts.size(); ++s) {
    const size_t a = buf.starts[s], b = buf.starts[s + 1];
    if (a == b) continue;
    while (c < buf.copied.size() && buf.copied[c].first + buf.copied[c].count <= a) ++c;
    if (c == buf.copied.size() || buf.copied[c].first > a || b > buf.copied[c].first + buf.copied[c].count) continue;
    const size_t o = buf.copied[c].old_first + (a - buf.copied[c].first);
    while (os + 1 < prev.starts.size() && prev.starts[os] < o) ++os;
    if (os + 1 >= prev.starts.size() || prev.starts[os] != o || prev.starts[os + 1] - o != b - a) continue;
    buf.old_sent[s] = static_cast<uint32_t>(os);
  }
}

bool UnchangedSentence(const TagBuffers& buf, size_t s, size_t a, size_t b, const uint8_t* doc, int pass,
                       uint32_t* sentence) {
  const uint32_t os = buf.old_sent[s];
  if (os == kNone) return false;
  const PreviousReading& prev = buf.prev;
  // Pass 2 tagged only some sentences (none when p2_first is empty).
  if (pass == 2 && (prev.results.p2_first.empty() || !prev.results.retagged[os])) return false;
  const uint8_t* old_doc = (pass == 1 ? prev.doc : prev.doc2).data();
  if (std::memcmp(doc + a, old_doc + prev.starts[os], b - a) != 0) return false;
  *sentence = os;
  return true;
}

void AppendPrevious(const PreviousReading& prev, uint32_t os, int pass, size_t a, int64_t shift,
                    std::vector<TagSpan>* dest, std::vector<TokenRange>* persons) {
  const SentenceResults& r = prev.results;
  const size_t oa = prev.starts[os];
  const auto& spans = pass == 1 ? r.p1_spans : r.p2_spans;
  const auto& first = pass == 1 ? r.p1_first : r.p2_first;
  for (uint32_t i = first[os]; i < first[os + 1]; ++i) {
    TagSpan span = spans[i];
    span.begin = static_cast<size_t>(static_cast<int64_t>(span.begin) + shift);
    span.end = static_cast<size_t>(static_cast<int64_t>(span.end) + shift);
    dest->push_back(span);
  }
  if (pass != 1) return;
  for (uint32_t p = r.persons_first[os]; p < r.persons_first[os + 1]; ++p) {
    persons->emplace_back(static_cast<uint32_t>(r.persons[p].first - oa + a),
                          static_cast<uint32_t>(r.persons[p].second - oa + a));
  }
}

void SentenceIndex::Build(const PreviousReading& prev) {
  entries_.clear();
  const SentenceResults& r = prev.results;
  const size_t sentences = prev.starts.empty() ? 0 : prev.starts.size() - 1;
  for (size_t os = 0; os < sentences; ++os) {
    const size_t a = prev.starts[os], b = prev.starts[os + 1];
    if (a == b) continue;
    entries_.push_back({HashSentence(prev.text, prev.tokens.data(), a, b, prev.doc.data()), uint32_t(os), 1});
    if (!r.p2_first.empty() && r.retagged[os]) {
      entries_.push_back({HashSentence(prev.text, prev.tokens.data(), a, b, prev.doc2.data()), uint32_t(os), 2});
    }
  }
  size_t cap = 64;  // a power of two, at least twice the entries
  while (cap < 2 * entries_.size()) cap <<= 1;
  slots_.assign(cap, 0);
  const size_t mask = cap - 1;
  for (size_t k = 0; k < entries_.size(); ++k) {
    size_t s = entries_[k].hash & mask;
    bool repeat = false;
    for (; slots_[s] != 0 && !repeat; s = (s + 1) & mask) {
      const Entry& e = entries_[slots_[s] - 1];
      repeat = e.hash == entries_[k].hash && e.pass == entries_[k].pass;
    }
    // A repeat (but for a 2^-64 collision) is left out so that it never
    // lengthens the probe chains; a left-out collision only costs a miss.
    if (!repeat) slots_[s] = static_cast<uint32_t>(k + 1);
  }
}

bool SentenceIndex::Find(const PreviousReading& prev, std::string_view text, const Token* tokens, size_t a, size_t b,
                         const uint8_t* doc, int pass, uint32_t* sentence) const {
  if (entries_.empty()) return false;
  const uint64_t h = HashSentence(text, tokens, a, b, doc);
  const size_t base = tokens[a].begin;
  const std::string_view bytes = text.substr(base, tokens[b - 1].end - base);
  const size_t mask = slots_.size() - 1;
  for (size_t s = h & mask; slots_[s] != 0; s = (s + 1) & mask) {
    const Entry& e = entries_[slots_[s] - 1];
    if (e.hash != h || e.pass != static_cast<uint32_t>(pass)) continue;
    const size_t oa = prev.starts[e.sentence], ob = prev.starts[e.sentence + 1];
    const size_t old_base = prev.tokens[oa].begin;
    if (ob - oa != b - a || prev.tokens[ob - 1].end - old_base != bytes.size()) continue;
    if (std::memcmp(prev.text.data() + old_base, bytes.data(), bytes.size()) != 0) continue;
    const uint8_t* old_doc = (pass == 1 ? prev.doc : prev.doc2).data();
    bool same = true;
    for (size_t k = 0; k < b - a && same; ++k) {
      same = prev.tokens[oa + k].begin - old_base == tokens[a + k].begin - base &&
             prev.tokens[oa + k].end - old_base == tokens[a + k].end - base && old_doc[oa + k] == doc[a + k];
    }
    if (!same) continue;
    *sentence = e.sentence;
    return true;
  }
  return false;
}

}  // namespace tearline::tag_internal

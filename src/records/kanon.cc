// The k-anonymity gate: encoding, node evaluation and the lattice search
// (tearline/kanon.h).
#include <algorithm>
#include <cassert>
#include <cmath>
#include <numeric>
#include <string>

#include "grouper.h"
#include "tearline/kanon.h"

namespace tearline {

KAnonProblem::KAnonProblem(std::vector<QuasiIdentifier> qis)
    : qis_(std::move(qis)), dict_(qis_.size()), distinct_(qis_.size()), first_record_(qis_.size()),
      value_ids_(qis_.size()), value_counts_(qis_.size()), level_ids_(qis_.size()), labels_(qis_.size()) {}

void KAnonProblem::AddRecord(const std::vector<std::string_view>& values) {
  assert(values.size() == qis_.size() && !finalized_);
  for (size_t q = 0; q < qis_.size(); ++q) {
    auto it = dict_[q].find(values[q]);
    uint32_t id;
    if (it == dict_[q].end()) {
      id = static_cast<uint32_t>(distinct_[q].size());
      distinct_[q].emplace_back(values[q]);
      first_record_[q].push_back(static_cast<uint32_t>(num_records_));
      value_counts_[q].push_back(0);
      dict_[q].emplace(std::string(values[q]), id);
    } else {
      id = it->second;
    }
    ++value_counts_[q][id];
    value_ids_[q].push_back(id);
  }
  ++num_records_;
}

Status KAnonProblem::Finalize(const std::vector<size_t>* record_lines) {
  for (size_t q = 0; q < qis_.size(); ++q) {
    const Hierarchy& h = *qis_[q].hierarchy;
    level_ids_[q].assign(h.height() + 1, {});
    labels_[q].assign(h.height() + 1, {});
    for (int l = 0; l <= h.height(); ++l) {
      std::unordered_map<std::string, uint32_t> ids;
      auto& map = level_ids_[q][l];
      map.reserve(distinct_[q].size());
      for (size_t v = 0; v < distinct_[q].size(); ++v) {
        auto label = h.Generalize(distinct_[q][v], l);
        if (!label.ok())
        {
          size_t r = first_record_[q][v];
          std::string where = record_lines && r < record_lines->size()
                                  ? "line " + std::to_string((*record_lines)[r])
                                  : "record " + std::to_string(r);
          return Status::BadInput(where + ", field '" + qis_[q].field + "': " + label.status().message());
        }
        auto [it, inserted] = ids.emplace(*label, static_cast<uint32_t>(labels_[q][l].size()));
        if (inserted) labels_[q][l].push_back(*label);
        map.push_back(it->second);
      }
    }
    dict_[q].clear();
  }
  finalized_ = true;
  return Status::OK();
}

namespace {

using records_internal::Grouper;

// Class counts of one lattice node.
struct ClassTable {
  std::vector<int> levels;
  std::vector<uint32_t> codes;   // classes * q level ids
  std::vector<uint32_t> counts;  // per class
};

struct NodeStats {
  size_t suppressed = 0, classes = 0, released = 0, min_class = 0;
};

NodeStats StatsOf(const std::vector<uint32_t>& counts, size_t k) {
  NodeStats s;
  for (uint32_t c : counts) {
    if (c < k) {
      s.suppressed += c;
    } else {
      ++s.classes;
      s.released += c;
      if (s.min_class == 0 || c < s.min_class) s.min_class = c;
    }
  }
  return s;
}

void FillResult(const NodeStats& s, size_t n, KAnonResult* r) {
  r->records = n;
  r->suppressed = s.suppressed;
  r->classes = s.classes;
  r->k_reached = s.min_class;
  r->share_at_risk = n ? static_cast<double>(s.suppressed) / n : 0;
  r->average_risk = s.released ? static_cast<double>(s.classes) / s.released : 0;
}

double LossOf(const KAnonProblem& p, const std::vector<int>& levels) {
  double sum = 0;
  for (size_t q = 0; q < levels.size(); ++q) sum += static_cast<double>(levels[q]) / p.qis()[q].hierarchy->height();
  return levels.empty() ? 0 : sum / levels.size();
}

// Per-record classes of a node, grouped directly from the records.
ClassTable GroupRecords(const KAnonProblem& p, const std::vector<int>& levels,
                        std::vector<uint32_t>* class_of_record) {
  const size_t q = p.num_qis(), n = p.num_records();
  Grouper g(q, n);
  std::vector<uint32_t> key(q);
  if (class_of_record) class_of_record->resize(n);
  for (size_t r = 0; r < n; ++r) {
    for (size_t i = 0; i < q; ++i) key[i] = p.LevelId(r, i, levels[i]);
    uint32_t c = g.Add(key.data(), 1);
    if (class_of_record) (*class_of_record)[r] = c;
  }
  ClassTable t;
  t.levels = levels;
  g.Release(&t.codes, &t.counts);
  return t;
}

struct Keyed {
  uint64_t key;
  uint32_t count;
};

// LSD radix sort of a[0..n) by the low `bits` bits of key; b is scratch.
void RadixSort(std::vector<Keyed>* a, std::vector<Keyed>* b, int bits) {
  constexpr int kDigit = 11;
  b->resize(a->size());
  for (int shift = 0; shift < bits; shift += kDigit) {
    size_t hist[(1 << kDigit) + 1] = {0};
    for (const Keyed& x : *a) ++hist[((x.key >> shift) & ((1 << kDigit) - 1)) + 1];
    for (int i = 0; i < (1 << kDigit); ++i) hist[i + 1] += hist[i];
    for (const Keyed& x : *a) (*b)[hist[(x.key >> shift) & ((1 << kDigit) - 1)]++] = x;
    a->swap(*b);
  }
}

// Rolls the classes of `src` up to t->levels through `maps` (src level id ->
// t level id per quasi-identifier). Packs the level ids into 64-bit keys and
// sorts them when they fit (the common case), else hashes the id vectors.
void RollUp(const KAnonProblem& p, const ClassTable& src, const std::vector<const uint32_t*>& maps,
            ClassTable* t, std::vector<Keyed>* a, std::vector<Keyed>* b) {
  const size_t q = p.num_qis(), m = src.counts.size();
  std::vector<int> shift(q), width(q);
  int total = 0;
  for (size_t i = 0; i < q; ++i) {
    size_t card = p.Cardinality(i, t->levels[i]);
    int w = 0;
    while ((size_t{1} << w) < card) ++w;
    shift[i] = total;
    width[i] = w;
    total += w;
  }
  if (total > 64) {
    Grouper g(q, m);
    std::vector<uint32_t> key(q);
    for (size_t c = 0; c < m; ++c) {
      for (size_t i = 0; i < q; ++i) key[i] = maps[i][src.codes[c * q + i]];
      g.Add(key.data(), src.counts[c]);
    }
    g.Release(&t->codes, &t->counts);
    return;
  }
  a->resize(m);
  for (size_t c = 0; c < m; ++c) {
    const uint32_t* codes = &src.codes[c * q];
    uint64_t key = 0;
    for (size_t i = 0; i < q; ++i) key |= static_cast<uint64_t>(maps[i][codes[i]]) << shift[i];
    (*a)[c] = {key, src.counts[c]};
  }
  RadixSort(a, b, total);
  t->codes.clear();
  t->counts.clear();
  for (size_t c = 0; c < m;) {
    uint64_t key = (*a)[c].key;
    uint32_t count = 0;
    for (; c < m && (*a)[c].key == key; ++c) count += (*a)[c].count;
    t->counts.push_back(count);
    for (size_t i = 0; i < q; ++i)
      t->codes.push_back(width[i] ? static_cast<uint32_t>((key >> shift[i]) & ((uint64_t{1} << width[i]) - 1)) : 0);
  }
}

}  // namespace

bool Acceptable(const KAnonResult& r, const KAnonOptions& o) {
  size_t budget = static_cast<size_t>(std::floor(o.max_suppression * static_cast<double>(r.records) + 1e-9));
  if (r.suppressed > budget) return false;
  if (r.records > 0 && r.suppressed == r.records) return false;  // nothing left to release
  return r.average_risk <= o.max_risk + 1e-12;
}

KAnonResult EvaluateNode(const KAnonProblem& p, const std::vector<int>& levels, const KAnonOptions& o) {
  std::vector<uint32_t> class_of;
  ClassTable t = GroupRecords(p, levels, &class_of);
  KAnonResult r;
  r.levels = levels;
  FillResult(StatsOf(t.counts, o.k), p.num_records(), &r);
  r.information_loss = LossOf(p, levels);
  r.suppressed_records.resize(p.num_records());
  for (size_t i = 0; i < p.num_records(); ++i) r.suppressed_records[i] = t.counts[class_of[i]] < o.k;
  r.nodes_evaluated = 1;
  return r;
}

Result<KAnonResult> Anonymize(const KAnonProblem& p, const KAnonOptions& o) {
  if (o.k == 0) return Status::InvalidArgument("k must be at least 1");
  if (o.max_suppression < 0 || o.max_suppression >= 1)
    return Status::InvalidArgument("max_suppression must be in [0, 1)");
  const size_t q = p.num_qis(), n = p.num_records();
  if (q == 0 || (n > 0 && p.Cardinality(0, 0) == 0))
    return Status::InvalidArgument("k-anonymity problem has no quasi-identifier or is not finalized");

  // Enumerate the lattice; order by exact loss (integer numerator over the
  // lcm of heights), then lexicographically.
  std::vector<int> heights(q);
  long lcm = 1;
  size_t total = 1;
  for (size_t i = 0; i < q; ++i) {
    heights[i] = p.qis()[i].hierarchy->height();
    lcm = std::lcm(lcm, static_cast<long>(heights[i]));
    total *= heights[i] + 1;
    if (total > (1u << 22)) return Status::InvalidArgument("generalization lattice too large");
  }
  struct Node {
    long loss;
    std::vector<int> levels;
  };
  std::vector<Node> nodes;
  nodes.reserve(total);
  std::vector<int> cur(q, 0);
  for (size_t idx = 0; idx < total; ++idx) {
    long loss = 0;
    for (size_t i = 0; i < q; ++i) loss += cur[i] * (lcm / heights[i]);
    nodes.push_back({loss, cur});
    for (size_t i = q; i-- > 0;) {
      if (++cur[i] <= heights[i]) break;
      cur[i] = 0;
    }
  }
  std::stable_sort(nodes.begin(), nodes.end(), [](const Node& a, const Node& b) { return a.loss < b.loss; });

  const size_t budget = static_cast<size_t>(std::floor(o.max_suppression * static_cast<double>(n) + 1e-9));
  // Single-attribute bound: records whose value alone, at a level, is rarer
  // than k are suppressed at every node using that level.
  std::vector<std::vector<size_t>> small(q);
  for (size_t i = 0; i < q; ++i) {
    for (int l = 0; l <= heights[i]; ++l) {
      std::vector<uint32_t> hist(p.Cardinality(i, l));
      for (size_t v = 0; v < p.NumValues(i); ++v) hist[p.ValueLevelId(i, l, v)] += p.ValueCount(i, v);
      size_t s = 0;
      for (uint32_t c : hist) if (c < o.k) s += c;
      small[i].push_back(s);
    }
  }
  // up[i][a][b]: level-a id -> level-b id.
  std::vector<std::vector<std::vector<std::vector<uint32_t>>>> up(q);
  for (size_t i = 0; i < q; ++i) {
    up[i].assign(heights[i] + 1, std::vector<std::vector<uint32_t>>(heights[i] + 1));
    for (int a = 0; a <= heights[i]; ++a)
      for (int b = a; b <= heights[i]; ++b) up[i][a][b].assign(p.Cardinality(i, a), 0);
    // Values with the same level-a id share their level-b id: the levels nest.
    for (int a = 0; a <= heights[i]; ++a)
      for (int b = a; b <= heights[i]; ++b)
        for (size_t v = 0; v < p.NumValues(i); ++v)
          up[i][a][b][p.ValueLevelId(i, a, v)] = p.ValueLevelId(i, b, v);
  }

  std::vector<ClassTable> cache;
  cache.push_back(GroupRecords(p, std::vector<int>(q, 0), nullptr));
  size_t cached_codes = cache[0].codes.size();
  const size_t kCacheLimit = 48u << 20;  // uint32 entries kept for roll-ups

  size_t evaluated = 0;
  bool found = false;
  long best_loss = 0;
  NodeStats best_stats;
  std::vector<int> best_levels;
  std::vector<Keyed> sort_a, sort_b;
  for (const Node& node : nodes) {
    if (found && node.loss > best_loss) break;
    bool bound_fails = false;
    for (size_t i = 0; i < q && !bound_fails; ++i) bound_fails = small[i][node.levels[i]] > budget;
    if (bound_fails) continue;
    // Roll up from the smallest cached table below this node.
    const ClassTable* src = nullptr;
    for (const auto& t : cache) {
      bool below = true;
      for (size_t i = 0; i < q && below; ++i) below = t.levels[i] <= node.levels[i];
      if (below && (!src || t.counts.size() < src->counts.size())) src = &t;
    }
    const size_t classes_in = src->counts.size();
    std::vector<const uint32_t*> maps(q);
    for (size_t i = 0; i < q; ++i) maps[i] = up[i][src->levels[i]][node.levels[i]].data();
    ++evaluated;
    ClassTable t;
    t.levels = node.levels;
    RollUp(p, *src, maps, &t, &sort_a, &sort_b);
    NodeStats s = StatsOf(t.counts, o.k);
    KAnonResult probe;
    FillResult(s, n, &probe);
    if (Acceptable(probe, o) && (!found || s.suppressed < best_stats.suppressed)) {
      found = true;
      best_loss = node.loss;
      best_stats = s;
      best_levels = node.levels;
    }
    if (cached_codes + t.codes.size() <= kCacheLimit && t.counts.size() < classes_in) {
      cached_codes += t.codes.size();
      cache.push_back(std::move(t));
    }
  }
  if (!found) {
    return Status::Blocked("k-anonymity gate: no generalization reaches k=" + std::to_string(o.k) + " over " +
                           std::to_string(n) + " records with at most " +
                           std::to_string(budget) + " suppressed and average risk <= " +
                           std::to_string(o.max_risk));
  }
  KAnonResult r = EvaluateNode(p, best_levels, o);
  r.nodes_total = total;
  r.nodes_evaluated = evaluated;
  return r;
}

}  // namespace tearline

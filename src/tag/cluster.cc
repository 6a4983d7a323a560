// Word clusters: file parsing and bisecting 2-means (contracts in cluster.h).
#include "src/tag/cluster.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "src/tag/internal.h"

namespace tearline::tag_internal {

int ClusterLength(uint32_t code) { return code == 0 ? 0 : 31 - __builtin_clz(code); }

uint32_t ClusterPrefix(uint32_t code, int k) {
  int len = ClusterLength(code);
  return len > k ? code >> (len - k) : code;
}

uint32_t ClusterCodeOf(std::string_view path) {
  if (path.empty() || path.size() > static_cast<size_t>(kMaxClusterBits)) return 0;
  uint32_t code = 1;
  for (char c : path) {
    if (c != '0' && c != '1') return 0;
    code = (code << 1) | static_cast<uint32_t>(c - '0');
  }
  return code;
}

Result<std::vector<std::pair<uint64_t, uint32_t>>> ParseClusterFile(std::string_view file) {
  std::vector<std::pair<uint64_t, uint32_t>> out;
  size_t line_no = 0;
  for (size_t pos = 0; pos < file.size();) {
    size_t eol = file.find('\n', pos);
    if (eol == std::string_view::npos) eol = file.size();
    std::string_view line = file.substr(pos, eol - pos);
    pos = eol + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    uint32_t code = tab == std::string_view::npos ? 0 : ClusterCodeOf(line.substr(0, tab));
    if (code == 0 || tab + 1 >= line.size()) {
      return Status::InvalidArgument("cluster file: line " + std::to_string(line_no) +
                                     ": expected PATH<TAB>word with PATH of 1-20 '0'/'1'");
    }
    out.emplace_back(HashBytes(Lower(line.substr(tab + 1))), code);
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  out.erase(std::unique(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first == b.first; }),
            out.end());
  return out;
}

namespace {

struct SparseRow {
  std::vector<uint32_t> idx;
  std::vector<float> val;
};

float Dot(const SparseRow& r, const std::vector<float>& dense) {
  float s = 0;
  for (size_t k = 0; k < r.idx.size(); ++k) s += r.val[k] * dense[r.idx[k]];
  return s;
}

void Normalize(std::vector<float>* v) {
  double n = 0;
  for (float x : *v) n += double(x) * x;
  if (n <= 0) return;
  float inv = static_cast<float>(1.0 / std::sqrt(n));
  for (float& x : *v) x *= inv;
}

class Bisector {
 public:
  Bisector(const std::vector<SparseRow>& rows, size_t dims, const ClusterOptions& o,
           std::vector<std::string>* paths)
      : rows_(rows), dims_(dims), o_(o), paths_(paths) {}

  // words: ids in increasing order (= decreasing frequency).
  void Split(const std::vector<uint32_t>& words, const std::string& path) {
    if (words.size() < static_cast<size_t>(std::max(2, o_.min_leaf)) || path.size() >= static_cast<size_t>(o_.max_bits)) {
      for (uint32_t w : words) (*paths_)[w] = path.empty() ? "0" : path;
      return;
    }
    std::vector<float> c0(dims_, 0), c1(dims_, 0);
    if (o_.principal_start) {
      PrincipalStart(words, &c0, &c1);
    } else {
      Accumulate(words[0], &c0);
      Normalize(&c0);
      uint32_t far = words[1];
      float far_sim = 2;
      for (uint32_t w : words) {
        if (w == words[0]) continue;
        float s = Dot(rows_[w], c0);
        if (s < far_sim) {
          far_sim = s;
          far = w;
        }
      }
      Accumulate(far, &c1);
      Normalize(&c1);
    }
    std::vector<uint8_t> side(words.size(), 0);
    for (int it = 0; it < o_.iterations; ++it) {
      bool changed = false;
      for (size_t k = 0; k < words.size(); ++k) {
        uint8_t s = Dot(rows_[words[k]], c1) > Dot(rows_[words[k]], c0) ? 1 : 0;
        changed = changed || s != side[k] || it == 0;
        side[k] = s;
      }
      if (!changed) break;
      std::fill(c0.begin(), c0.end(), 0.0f);
      std::fill(c1.begin(), c1.end(), 0.0f);
      for (size_t k = 0; k < words.size(); ++k) Accumulate(words[k], side[k] ? &c1 : &c0);
      Normalize(&c0);
      Normalize(&c1);
    }
    std::vector<uint32_t> left, right;
    for (size_t k = 0; k < words.size(); ++k) (side[k] ? right : left).push_back(words[k]);
    if (left.empty() || right.empty()) {  // no structure left: halve by frequency
      left.assign(words.begin(), words.begin() + static_cast<long>(words.size() / 2));
      right.assign(words.begin() + static_cast<long>(words.size() / 2), words.end());
    }
    Split(left, path + "0");
    Split(right, path + "1");
  }

 private:
  // Halves words by the sign of their projection on the principal direction
  // of the node (power iteration from the first word's centred row) and sets
  // c0/c1 to the normalised centroids of the halves.
  void PrincipalStart(const std::vector<uint32_t>& words, std::vector<float>* c0, std::vector<float>* c1) const {
    std::vector<double> mean(dims_, 0);
    for (uint32_t w : words) {
      const SparseRow& r = rows_[w];
      for (size_t k = 0; k < r.idx.size(); ++k) mean[r.idx[k]] += r.val[k];
    }
    for (double& m : mean) m /= double(words.size());
    auto centred_dot = [&](uint32_t w, const std::vector<double>& d, double mean_dot) {
      const SparseRow& r = rows_[w];
      double s = 0;
      for (size_t k = 0; k < r.idx.size(); ++k) s += r.val[k] * d[r.idx[k]];
      return s - mean_dot;
    };
    std::vector<double> dir(dims_, 0), next(dims_);
    {
      const SparseRow& r = rows_[words[0]];
      for (size_t k = 0; k < r.idx.size(); ++k) dir[r.idx[k]] += r.val[k];
      for (size_t d = 0; d < dims_; ++d) dir[d] -= mean[d];
    }
    auto dot = [&](const std::vector<double>& a, const std::vector<double>& b) {
      double s = 0;
      for (size_t d = 0; d < dims_; ++d) s += a[d] * b[d];
      return s;
    };
    for (int it = 0; it < 12; ++it) {
      double n = std::sqrt(dot(dir, dir));
      if (n <= 0) break;
      for (double& x : dir) x /= n;
      std::fill(next.begin(), next.end(), 0.0);
      const double md = dot(mean, dir);
      double msum = 0;  // Σ projections, to subtract the mean's part
      for (uint32_t w : words) {
        const double p = centred_dot(w, dir, md);
        const SparseRow& r = rows_[w];
        for (size_t k = 0; k < r.idx.size(); ++k) next[r.idx[k]] += p * r.val[k];
        msum += p;
      }
      for (size_t d = 0; d < dims_; ++d) next[d] -= msum * mean[d];
      dir.swap(next);
    }
    const double n = std::sqrt(dot(dir, dir));
    if (n > 0) {
      for (double& x : dir) x /= n;
    }
    const double md = dot(mean, dir);
    for (uint32_t w : words) Accumulate(w, centred_dot(w, dir, md) > 0 ? c1 : c0);
    Normalize(c0);
    Normalize(c1);
  }

  void Accumulate(uint32_t w, std::vector<float>* c) const {
    const SparseRow& r = rows_[w];
    for (size_t k = 0; k < r.idx.size(); ++k) (*c)[r.idx[k]] += r.val[k];
  }

  const std::vector<SparseRow>& rows_;
  size_t dims_;
  const ClusterOptions& o_;
  std::vector<std::string>* paths_;
};

// Bisects rows (L2-normalised; row i for words[i], in decreasing frequency)
// and returns (word, path) sorted by word.
std::vector<std::pair<std::string, std::string>> ClusterRows(const std::vector<std::string>& words,
                                                             const std::vector<SparseRow>& rows, size_t dims,
                                                             const ClusterOptions& o) {
  std::vector<std::string> paths(words.size());
  std::vector<uint32_t> all(words.size());
  for (size_t i = 0; i < all.size(); ++i) all[i] = static_cast<uint32_t>(i);
  Bisector(rows, dims, o, &paths).Split(all, "");
  std::vector<std::pair<std::string, std::string>> out;
  for (size_t i = 0; i < words.size(); ++i) out.emplace_back(words[i], paths[i]);
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

std::vector<std::pair<std::string, std::string>> BuildClusters(const std::vector<std::vector<std::string>>& sentences,
                                                               const ClusterOptions& o) {
  std::unordered_map<std::string, uint64_t> count;
  for (const auto& s : sentences) {
    for (const auto& w : s) ++count[w];
  }
  std::vector<std::pair<std::string, uint64_t>> by_freq(count.begin(), count.end());
  std::sort(by_freq.begin(), by_freq.end(),
            [](const auto& a, const auto& b) { return a.second != b.second ? a.second > b.second : a.first < b.first; });
  std::unordered_map<std::string, uint32_t> vocab, context;
  std::vector<std::string> words;
  for (const auto& [w, c] : by_freq) {
    if (c < static_cast<uint64_t>(std::max(1, o.min_count))) break;
    vocab.emplace(w, static_cast<uint32_t>(words.size()));
    words.push_back(w);
  }
  // Context ids: 0 = sentence boundary, 1 = any other word, 2.. = frequent words;
  // right contexts are offset by `side`.
  for (size_t i = 0; i < by_freq.size() && i < static_cast<size_t>(o.context_words); ++i) {
    context.emplace(by_freq[i].first, static_cast<uint32_t>(i + 2));
  }
  const uint32_t side = static_cast<uint32_t>(context.size() + 2);
  const size_t dims = size_t{side} * 2;
  auto ctx = [&](const std::vector<std::string>& s, long j) -> uint32_t {
    if (j < 0 || j >= static_cast<long>(s.size())) return 0;
    auto it = context.find(s[j]);
    return it == context.end() ? 1 : it->second;
  };
  std::vector<uint64_t> pairs;  // word << 32 | context
  for (const auto& s : sentences) {
    for (long j = 0; j < static_cast<long>(s.size()); ++j) {
      auto it = vocab.find(s[j]);
      if (it == vocab.end()) continue;
      pairs.push_back(uint64_t{it->second} << 32 | ctx(s, j - 1));
      pairs.push_back(uint64_t{it->second} << 32 | (side + ctx(s, j + 1)));
    }
  }
  std::sort(pairs.begin(), pairs.end());
  std::vector<double> row_sum(words.size(), 0), col_sum(dims, 0);
  double total = 0;
  for (uint64_t p : pairs) {
    row_sum[p >> 32] += 1;
    col_sum[p & 0xFFFFFFFF] += 1;
    total += 1;
  }
  // PPMI with context-distribution smoothing (exponent 0.75), rows L2-normalised.
  std::vector<double> col_smooth(dims);
  double smooth_total = 0;
  for (size_t c = 0; c < dims; ++c) smooth_total += col_smooth[c] = std::pow(col_sum[c], 0.75);
  std::vector<SparseRow> rows(words.size());
  for (size_t i = 0; i < pairs.size();) {
    size_t j = i;
    while (j < pairs.size() && pairs[j] == pairs[i]) ++j;
    uint32_t w = static_cast<uint32_t>(pairs[i] >> 32), c = static_cast<uint32_t>(pairs[i] & 0xFFFFFFFF);
    double pmi = std::log(double(j - i) / total / ((row_sum[w] / total) * (col_smooth[c] / smooth_total)));
    if (pmi > 0 && c != 1 && c != side + 1) {
      rows[w].idx.push_back(c);
      rows[w].val.push_back(static_cast<float>(pmi));
    }
    i = j;
  }
  for (SparseRow& r : rows) {
    double n = 0;
    for (float v : r.val) n += double(v) * v;
    if (n > 0) {
      for (float& v : r.val) v = static_cast<float>(v / std::sqrt(n));
    }
  }
  return ClusterRows(words, rows, dims, o);
}

std::vector<std::pair<std::string, std::string>> BuildClustersFromVectors(const std::vector<std::string>& words,
                                                                          const std::vector<float>& vectors,
                                                                          size_t dims, const ClusterOptions& o) {
  std::vector<SparseRow> rows(words.size());
  for (size_t i = 0; i < words.size() && (i + 1) * dims <= vectors.size(); ++i) {
    SparseRow& r = rows[i];
    double n = 0;
    for (size_t d = 0; d < dims; ++d) n += double(vectors[i * dims + d]) * vectors[i * dims + d];
    if (n <= 0) continue;
    const double inv = 1.0 / std::sqrt(n);
    for (size_t d = 0; d < dims; ++d) {
      r.idx.push_back(static_cast<uint32_t>(d));
      r.val.push_back(static_cast<float>(vectors[i * dims + d] * inv));
    }
  }
  return ClusterRows(words, rows, dims, o);
}

}  // namespace tearline::tag_internal

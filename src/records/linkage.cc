// Keyed fingerprints of released quasi-identifier combinations and the
// cross-release check (tearline/kanon.h).
#include <sodium.h>

#include <algorithm>
#include <unordered_set>

#include "grouper.h"
#include "tearline/kanon.h"

namespace tearline {
namespace {

using records_internal::Grouper;

std::string HmacHex(const std::vector<uint8_t>& key, std::string_view msg) {
  static const int init = sodium_init();
  (void)init;
  crypto_auth_hmacsha256_state st;
  unsigned char mac[crypto_auth_hmacsha256_BYTES];
  crypto_auth_hmacsha256_init(&st, key.data(), key.size());
  crypto_auth_hmacsha256_update(&st, reinterpret_cast<const unsigned char*>(msg.data()), msg.size());
  crypto_auth_hmacsha256_final(&st, mac);
  static const char* kHex = "0123456789abcdef";
  std::string out;
  for (unsigned char b : mac) {
    out += kHex[b >> 4];
    out += kHex[b & 15];
  }
  return out;
}

// Positions of a fingerprint's fields among the problem's quasi-identifiers.
Result<std::vector<size_t>> MapFields(const KAnonProblem& p, const ReleaseFingerprint& f) {
  std::vector<size_t> idx;
  if (f.fields.size() != f.levels.size() || f.fields.size() != f.hierarchies.size())
    return Status::InvalidArgument("malformed release fingerprint");
  for (size_t j = 0; j < f.fields.size(); ++j) {
    size_t i = 0;
    while (i < p.num_qis() && p.qis()[i].field != f.fields[j]) ++i;
    if (i == p.num_qis())
      return Status::InvalidArgument("field '" + f.fields[j] + "' of a previous release is not in the problem");
    if (p.qis()[i].hierarchy->name() != f.hierarchies[j])
      return Status::InvalidArgument("field '" + f.fields[j] + "' was released with hierarchy " +
                                     f.hierarchies[j] + ", now " + p.qis()[i].hierarchy->name());
    if (f.levels[j] < 0 || f.levels[j] > p.qis()[i].hierarchy->height())
      return Status::InvalidArgument("field '" + f.fields[j] + "': level out of range");
    idx.push_back(i);
  }
  return idx;
}

// For each record: the index of its combination under `f`, and whether that
// combination is among f's released hashes.
void ClassesOf(const KAnonProblem& p, const ReleaseFingerprint& f, const std::vector<size_t>& idx,
               const std::vector<uint8_t>& key, std::vector<uint32_t>* class_of,
               std::vector<bool>* released) {
  Grouper g(idx.size(), 1024);
  std::vector<uint32_t> k(idx.size());
  std::vector<size_t> rep;
  class_of->resize(p.num_records());
  for (size_t r = 0; r < p.num_records(); ++r) {
    for (size_t j = 0; j < idx.size(); ++j) k[j] = p.LevelId(r, idx[j], f.levels[j]);
    uint32_t c = g.Add(k.data(), 1);
    if (c == rep.size()) rep.push_back(r);
    (*class_of)[r] = c;
  }
  std::unordered_set<std::string> set(f.class_hashes.begin(), f.class_hashes.end());
  released->assign(rep.size(), false);
  for (size_t c = 0; c < rep.size(); ++c) {
    std::string msg;
    for (size_t j = 0; j < idx.size(); ++j) {
      if (j) msg += '\x1f';
      msg += f.fields[j] + "=" + p.Label(rep[c], idx[j], f.levels[j]);
    }
    (*released)[c] = set.count(HmacHex(key, msg)) > 0;
  }
}

}  // namespace

ReleaseFingerprint FingerprintRelease(const KAnonProblem& p, const KAnonResult& result,
                                      const std::vector<uint8_t>& key) {
  ReleaseFingerprint f;
  for (size_t i = 0; i < p.num_qis(); ++i) {
    f.fields.push_back(p.qis()[i].field);
    f.hierarchies.push_back(p.qis()[i].hierarchy->name());
    f.levels.push_back(result.levels[i]);
  }
  Grouper g(p.num_qis(), 1024);
  std::vector<uint32_t> k(p.num_qis());
  std::vector<size_t> rep;
  for (size_t r = 0; r < p.num_records(); ++r) {
    if (r < result.suppressed_records.size() && result.suppressed_records[r]) continue;
    for (size_t i = 0; i < p.num_qis(); ++i) k[i] = p.LevelId(r, i, result.levels[i]);
    if (g.Add(k.data(), 1) == rep.size()) rep.push_back(r);
  }
  for (size_t r : rep) {
    std::string msg;
    for (size_t i = 0; i < p.num_qis(); ++i) {
      if (i) msg += '\x1f';
      msg += f.fields[i] + "=" + p.Label(r, i, result.levels[i]);
    }
    f.class_hashes.push_back(HmacHex(key, msg));
  }
  std::sort(f.class_hashes.begin(), f.class_hashes.end());
  f.class_hashes.erase(std::unique(f.class_hashes.begin(), f.class_hashes.end()), f.class_hashes.end());
  return f;
}

Result<std::vector<CombinationRisk>> CheckCombinedReleases(const KAnonProblem& p,
                                                           const std::vector<uint8_t>& key,
                                                           const std::vector<ReleaseFingerprint>& previous,
                                                           const ReleaseFingerprint& current, size_t k) {
  TL_ASSIGN_OR_RETURN(std::vector<size_t> cur_idx, MapFields(p, current));
  std::vector<uint32_t> cur_class;
  std::vector<bool> cur_released;
  ClassesOf(p, current, cur_idx, key, &cur_class, &cur_released);
  // Level of each problem field in a fingerprint (height = not released).
  auto levels_in = [&](const ReleaseFingerprint& f, const std::vector<size_t>& idx) {
    std::vector<int> lv(p.num_qis());
    for (size_t i = 0; i < p.num_qis(); ++i) lv[i] = p.qis()[i].hierarchy->height();
    for (size_t j = 0; j < idx.size(); ++j) lv[idx[j]] = f.levels[j];
    return lv;
  };
  const std::vector<int> cur_levels = levels_in(current, cur_idx);

  std::vector<CombinationRisk> risks;
  for (size_t pi = 0; pi < previous.size(); ++pi) {
    TL_ASSIGN_OR_RETURN(std::vector<size_t> idx, MapFields(p, previous[pi]));
    std::vector<uint32_t> prev_class;
    std::vector<bool> prev_released;
    ClassesOf(p, previous[pi], idx, key, &prev_class, &prev_released);
    Grouper joint(2, 1024);
    for (size_t r = 0; r < p.num_records(); ++r) {
      if (!cur_released[cur_class[r]] || !prev_released[prev_class[r]]) continue;
      uint32_t jk[2] = {prev_class[r], cur_class[r]};
      joint.Add(jk, 1);
    }
    std::vector<uint32_t> codes, counts;
    joint.Release(&codes, &counts);
    CombinationRisk risk;
    risk.previous = pi;
    for (uint32_t c : counts) {
      if (c >= k) continue;
      risk.records_affected += c;
      if (risk.smallest_class == 0 || c < risk.smallest_class) risk.smallest_class = c;
    }
    if (risk.records_affected == 0) continue;
    const std::vector<int> prev_levels = levels_in(previous[pi], idx);
    for (size_t i = 0; i < p.num_qis(); ++i)
      if (prev_levels[i] != cur_levels[i]) risk.fields.push_back(p.qis()[i].field);
    if (risk.fields.empty())
      for (size_t i = 0; i < p.num_qis(); ++i) risk.fields.push_back(p.qis()[i].field);
    risks.push_back(std::move(risk));
  }
  return risks;
}

}  // namespace tearline

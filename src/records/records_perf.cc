// Measures the k-anonymity search on N records x 6 quasi-identifiers and the
// CSV parse + pass-through release rate. Synthetic data, fixed seed.
// Usage: records_perf [records]   (default 1000000)
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>

#include "tearline/kanon.h"
#include "tearline/records.h"

using namespace tearline;
using Clock = std::chrono::steady_clock;

static double Seconds(Clock::time_point a) {
  return std::chrono::duration<double>(Clock::now() - a).count();
}

int main(int argc, char** argv) {
  size_t n = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 1000000;
  // 400 districts in 34 provinces; 12 categories in 3 groups.
  std::string places, cats;
  for (int d = 0; d < 400; ++d) places += "D" + std::to_string(d) + ",P" + std::to_string(d % 34) + ",AF\n";
  for (int c = 0; c < 12; ++c) cats += "C" + std::to_string(c) + ",G" + std::to_string(c % 3) + "\n";
  std::vector<QuasiIdentifier> qis = {
      {"age", *AgeHierarchy()},          {"sex", SuppressionHierarchy()},
      {"district", *TableHierarchy(places, "places")}, {"date", DateHierarchy()},
      {"category", *TableHierarchy(cats, "categories")}, {"nationality", SuppressionHierarchy()}};
  std::mt19937 rng(42);
  std::uniform_int_distribution<int> age(0, 89), sex(0, 1), dist(0, 399), day(1, 28), month(1, 12), cat(0, 11),
      nat(0, 4);
  std::string csv = "age,sex,district,date,category,nationality\n";
  auto t0 = Clock::now();
  KAnonProblem p(qis);
  std::vector<std::string> v(6);
  std::vector<std::string_view> views(6);
  for (size_t i = 0; i < n; ++i) {
    char date[16];
    std::snprintf(date, sizeof date, "2021-%02d-%02d", month(rng), day(rng));
    v = {std::to_string(age(rng)), sex(rng) ? "F" : "M", "D" + std::to_string(dist(rng)), date,
         "C" + std::to_string(cat(rng)), "N" + std::to_string(nat(rng))};
    for (int j = 0; j < 6; ++j) { views[j] = v[j]; csv += v[j]; csv += j < 5 ? ',' : '\n'; }
    p.AddRecord(views);
  }
  double t_gen = Seconds(t0);
  auto t1 = Clock::now();
  Status s = p.Finalize();
  double t_fin = Seconds(t1);
  if (!s.ok()) { std::fprintf(stderr, "%s\n", s.ToString().c_str()); return 1; }
  KAnonOptions o;
  o.k = 5;
  o.max_suppression = 0.02;
  o.max_risk = 0.03;
  auto t2 = Clock::now();
  auto r = Anonymize(p, o);
  double t_search = Seconds(t2);
  if (!r.ok()) { std::fprintf(stderr, "%s\n", r.status().ToString().c_str()); return 1; }
  std::printf("kanon: %zu records x 6 QIs: encode(add) %.2fs finalize %.2fs search %.2fs; lattice %zu nodes, "
              "evaluated %zu; levels", n, t_gen, t_fin, t_search, r->nodes_total, r->nodes_evaluated);
  for (int l : r->levels) std::printf(" %d", l);
  std::printf("; loss %.3f suppressed %zu k %zu avg risk %.4f\n", r->information_loss, r->suppressed,
              r->k_reached, r->average_risk);

  auto t3 = Clock::now();
  auto table = ParseCsv(csv);
  double t_parse = Seconds(t3);
  if (!table.ok()) return 1;
  FieldPolicy keep;
  keep.keep_unlisted = true;
  auto t4 = Clock::now();
  auto rel = ReleaseCsv(*table, keep);
  double t_rel = Seconds(t4);
  if (!rel.ok() || rel->output != csv) { std::fprintf(stderr, "pass-through differs\n"); return 1; }
  double mb = csv.size() / 1e6;
  std::printf("csv: %.1f MB parse %.2fs (%.0f MB/s) pass-through write %.2fs; parse+write %.0f MB/s\n", mb, t_parse,
              mb / t_parse, t_rel, mb / (t_parse + t_rel));
  return 0;
}

#include <gtest/gtest.h>

#include <map>
#include <random>

#include "tearline/kanon.h"

namespace tearline {
namespace {

struct Data {
  std::vector<QuasiIdentifier> qis;
  std::vector<std::vector<std::string>> rows;
};

KAnonProblem Build(const Data& d) {
  KAnonProblem p(d.qis);
  for (const auto& row : d.rows) {
    std::vector<std::string_view> v(row.begin(), row.end());
    p.AddRecord(v);
  }
  EXPECT_TRUE(p.Finalize().ok());
  return p;
}

// The reference: generalizes strings with the hierarchies and counts classes
// with a std::map, for every node of the lattice.
struct Naive {
  std::vector<int> levels;
  size_t suppressed = 0, classes = 0, released = 0;
  double loss = 0, avg_risk = 0;
};

std::vector<Naive> AllNodes(const Data& d, size_t k) {
  std::vector<Naive> out;
  std::vector<int> cur(d.qis.size(), 0);
  while (true) {
    std::map<std::vector<std::string>, size_t> classes;
    for (const auto& row : d.rows) {
      std::vector<std::string> key;
      for (size_t i = 0; i < row.size(); ++i) key.push_back(*d.qis[i].hierarchy->Generalize(row[i], cur[i]));
      ++classes[key];
    }
    Naive n;
    n.levels = cur;
    for (const auto& [key, c] : classes) {
      if (c < k) n.suppressed += c;
      else { ++n.classes; n.released += c; }
    }
    for (size_t i = 0; i < cur.size(); ++i) n.loss += double(cur[i]) / d.qis[i].hierarchy->height();
    n.loss /= cur.size();
    n.avg_risk = n.released ? double(n.classes) / n.released : 0;
    out.push_back(n);
    size_t i = cur.size();
    while (i-- > 0) {
      if (++cur[i] <= d.qis[i].hierarchy->height()) break;
      cur[i] = 0;
    }
    if (i == size_t(-1)) break;
  }
  return out;
}

Data RandomData(std::mt19937& rng, size_t n) {
  static auto places = *TableHierarchy("D1,P1,AF\nD2,P1,AF\nD3,P2,AF\nD4,P2,AF\nD5,P3,AF\n", "places");
  Data d;
  d.qis = {{"age", *AgeHierarchy()}, {"sex", SuppressionHierarchy()}, {"district", places},
           {"date", DateHierarchy()}};
  std::uniform_int_distribution<int> age(18, 70), sex(0, 1), dist(1, 5), day(1, 28), month(7, 9);
  for (size_t i = 0; i < n; ++i) {
    char date[16];
    std::snprintf(date, sizeof date, "2021-%02d-%02d", month(rng), day(rng));
    d.rows.push_back({std::to_string(age(rng)), sex(rng) ? "F" : "M", "D" + std::to_string(dist(rng)), date});
  }
  return d;
}

TEST(KAnonTest, EvaluateNodeMatchesReferenceOnEveryNode) {
  std::mt19937 rng(7);
  Data d = RandomData(rng, 120);
  KAnonProblem p = Build(d);
  KAnonOptions o;
  o.k = 3;
  for (const Naive& n : AllNodes(d, o.k)) {
    KAnonResult r = EvaluateNode(p, n.levels, o);
    EXPECT_EQ(r.suppressed, n.suppressed);
    EXPECT_EQ(r.classes, n.classes);
    EXPECT_DOUBLE_EQ(r.information_loss, n.loss);
    EXPECT_NEAR(r.average_risk, n.avg_risk, 1e-12);
  }
}

// The search must find the same least loss (and, among equal loss, the same
// fewest suppressed) as exhaustive evaluation.
TEST(KAnonTest, SearchMatchesExhaustiveOracle) {
  std::mt19937 rng(11);
  int blocked = 0, found = 0;
  for (int trial = 0; trial < 40; ++trial) {
    Data d = RandomData(rng, 30 + trial * 7);
    KAnonProblem p = Build(d);
    KAnonOptions o;
    o.k = 2 + trial % 5;
    o.max_suppression = (trial % 3) * 0.05;
    o.max_risk = trial % 4 == 3 ? 0.001 : trial % 2 ? 1.0 : 0.2;  // 0.001: unreachable
    const Naive* best = nullptr;
    auto all = AllNodes(d, o.k);
    for (const Naive& n : all) {
      size_t budget = size_t(o.max_suppression * d.rows.size() + 1e-9);
      bool ok = n.suppressed <= budget && n.released > 0 && n.avg_risk <= o.max_risk + 1e-12;
      if (!ok) continue;
      if (!best || n.loss < best->loss - 1e-12 ||
          (std::abs(n.loss - best->loss) < 1e-12 && n.suppressed < best->suppressed))
        best = &n;
    }
    auto r = Anonymize(p, o);
    if (!best) {
      ASSERT_FALSE(r.ok()) << "trial " << trial;
      EXPECT_EQ(r.status().code(), Status::Code::kBlocked);
      ++blocked;
      continue;
    }
    ASSERT_TRUE(r.ok()) << "trial " << trial << ": " << r.status().ToString();
    ++found;
    EXPECT_NEAR(r->information_loss, best->loss, 1e-12) << "trial " << trial;
    EXPECT_EQ(r->suppressed, best->suppressed) << "trial " << trial;
    EXPECT_EQ(r->nodes_total, all.size());
    EXPECT_LE(r->nodes_evaluated, all.size());
    EXPECT_GE(r->k_reached, o.k);
    EXPECT_LE(r->average_risk, o.max_risk + 1e-12);
    size_t marked = 0;
    for (bool b : r->suppressed_records) marked += b;
    EXPECT_EQ(marked, r->suppressed);
  }
  EXPECT_GT(found, 10);
  EXPECT_GT(blocked, 0);
}

// Two ages per band so that 5-year bands give classes of exactly k or k-1.
Data AgesAround(size_t k, size_t last_class) {
  Data d;
  d.qis = {{"age", *AgeHierarchy()}};
  for (size_t i = 0; i < k; ++i) d.rows.push_back({"30"});
  for (size_t i = 0; i < last_class; ++i) d.rows.push_back({"41"});
  return d;
}

TEST(KAnonTest, JustAboveAndJustBelowK) {
  KAnonOptions o;
  o.k = 4;
  o.max_risk = 1;
  // Both classes hold exactly k: nothing to generalize.
  {
    auto r = Anonymize(Build(AgesAround(4, 4)), o);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->levels, std::vector<int>{0});
    EXPECT_EQ(r->k_reached, 4u);
    EXPECT_EQ(r->suppressed, 0u);
    EXPECT_DOUBLE_EQ(r->information_loss, 0);
  }
  // One class holds k-1: the 20-year band (20-39 vs 40-59) does not merge
  // them, so only "*" reaches k without suppression.
  {
    auto r = Anonymize(Build(AgesAround(4, 3)), o);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->levels, std::vector<int>{4});
    EXPECT_EQ(r->k_reached, 7u);
    EXPECT_DOUBLE_EQ(r->information_loss, 1);
  }
  // Allowing 3/7 of the records to be withheld keeps the values.
  {
    KAnonOptions s = o;
    s.max_suppression = 0.43;
    auto r = Anonymize(Build(AgesAround(4, 3)), s);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->levels, std::vector<int>{0});
    EXPECT_EQ(r->suppressed, 3u);
    EXPECT_NEAR(r->share_at_risk, 3.0 / 7, 1e-12);
    EXPECT_EQ(r->suppressed_records, (std::vector<bool>{false, false, false, false, true, true, true}));
  }
  // Fewer records than k: blocked.
  {
    auto r = Anonymize(Build(AgesAround(2, 1)), o);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.status().code(), Status::Code::kBlocked);
    EXPECT_NE(r.status().message().find("k=4"), std::string::npos);
  }
}

TEST(KAnonTest, RiskThresholdForcesCoarserClasses) {
  Data d;
  d.qis = {{"age", *AgeHierarchy()}};
  for (int i = 0; i < 40; ++i) d.rows.push_back({std::to_string(20 + i % 20)});  // 2 per age
  KAnonOptions o;
  o.k = 2;
  o.max_risk = 1;
  auto loose = Anonymize(Build(d), o);
  ASSERT_TRUE(loose.ok());
  EXPECT_EQ(loose->levels, std::vector<int>{0});
  EXPECT_DOUBLE_EQ(loose->average_risk, 0.5);
  o.max_risk = 0.03;  // needs classes of 34+: only the 20-year band 20-39 (40 records)
  auto strict = Anonymize(Build(d), o);
  ASSERT_TRUE(strict.ok());
  EXPECT_EQ(strict->levels, std::vector<int>{3});
  EXPECT_DOUBLE_EQ(strict->average_risk, 1.0 / 40);
}

TEST(KAnonTest, InvalidOptionsAndValues) {
  Data d = AgesAround(3, 3);
  KAnonOptions o;
  o.k = 0;
  EXPECT_EQ(Anonymize(Build(d), o).status().code(), Status::Code::kInvalidArgument);
  KAnonProblem p({{"age", *AgeHierarchy()}});
  std::vector<std::string_view> v{"forty"};
  p.AddRecord({"30"});
  p.AddRecord(v);
  std::vector<size_t> lines{2, 3};
  Status s = p.Finalize(&lines);
  EXPECT_EQ(s.code(), Status::Code::kBadInput);
  EXPECT_NE(s.message().find("line 3, field 'age'"), std::string::npos) << s.message();
  EXPECT_EQ(s.message().find("forty"), std::string::npos);
}

}  // namespace
}  // namespace tearline

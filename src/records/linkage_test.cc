#include <gtest/gtest.h>

#include "tearline/kanon.h"

namespace tearline {
namespace {

// 12 people: ages 30-41 (one each), district D1 or D2 alternately.
KAnonProblem People(const std::vector<QuasiIdentifier>& qis) {
  KAnonProblem p(qis);
  for (int i = 0; i < 12; ++i) {
    std::string age = std::to_string(30 + i), d = i % 2 ? "D2" : "D1";
    p.AddRecord({age, d});
  }
  EXPECT_TRUE(p.Finalize().ok());
  return p;
}

std::vector<QuasiIdentifier> Qis() {
  static auto places = *TableHierarchy("D1,P1,AF\nD2,P1,AF\n", "places");
  return {{"age", *AgeHierarchy()}, {"district", places}};
}

ReleaseFingerprint At(const KAnonProblem& p, std::vector<int> levels, const std::vector<uint8_t>& key) {
  KAnonOptions o;
  o.k = 1;
  return FingerprintRelease(p, EvaluateNode(p, levels, o), key);
}

TEST(LinkageTest, FingerprintIsKeyedAndHoldsNoLabels) {
  KAnonProblem p = People(Qis());
  std::vector<uint8_t> k1(32, 1), k2(32, 2);
  ReleaseFingerprint a = At(p, {2, 0}, k1);  // (30-39|40-49) x (D1|D2): 4 classes
  EXPECT_EQ(a.class_hashes.size(), 4u);
  EXPECT_EQ(a.fields, (std::vector<std::string>{"age", "district"}));
  EXPECT_EQ(a.hierarchies, (std::vector<std::string>{"age:5,10,20", "table:places"}));
  for (const auto& h : a.class_hashes) {
    EXPECT_EQ(h.size(), 64u);
    EXPECT_EQ(h.find("D1"), std::string::npos);
  }
  EXPECT_EQ(At(p, {2, 0}, k1).class_hashes, a.class_hashes);
  EXPECT_NE(At(p, {2, 0}, k2).class_hashes, a.class_hashes);
}

// 8 people: ages 30-33 and 35-38, districts D1/D2 alternating, so that each
// 5-year band holds two people of each district.
KAnonProblem People8() {
  KAnonProblem p(Qis());
  for (int i = 0; i < 8; ++i) {
    std::string age = std::to_string(30 + (i < 4 ? i : i + 1)), d = i % 2 ? "D2" : "D1";
    p.AddRecord({age, d});
  }
  EXPECT_TRUE(p.Finalize().ok());
  return p;
}

TEST(LinkageTest, DetectsNarrowingAndNamesFields) {
  KAnonProblem p = People8();
  std::vector<uint8_t> key(32, 9);
  // Release 1: 5-year band, district suppressed: (30-34) 4, (35-39) 4.
  // Release 2: 10-year band, district: (30-39, D1) 4, (30-39, D2) 4.
  // Each is 3-anonymous alone; together every class narrows to 2.
  ReleaseFingerprint r1 = At(p, {1, 3}, key);
  ReleaseFingerprint r2 = At(p, {2, 0}, key);
  auto risks = CheckCombinedReleases(p, key, {r1}, r2, 3);
  ASSERT_TRUE(risks.ok()) << risks.status().ToString();
  ASSERT_EQ(risks->size(), 1u);
  EXPECT_EQ((*risks)[0].previous, 0u);
  EXPECT_EQ((*risks)[0].smallest_class, 2u);
  EXPECT_EQ((*risks)[0].records_affected, 8u);
  EXPECT_EQ((*risks)[0].fields, (std::vector<std::string>{"age", "district"}));
  // With k = 2 the joint classes are large enough.
  auto k2 = CheckCombinedReleases(p, key, {r1}, r2, 2);
  ASSERT_TRUE(k2.ok());
  EXPECT_TRUE(k2->empty());
  // The same generalization again adds nothing.
  auto same = CheckCombinedReleases(p, key, {r1}, At(p, {1, 3}, key), 3);
  ASSERT_TRUE(same.ok());
  EXPECT_TRUE(same->empty());
  // A coarsening of the previous release adds nothing either.
  auto coarser = CheckCombinedReleases(p, key, {r1}, At(p, {2, 3}, key), 3);
  ASSERT_TRUE(coarser.ok());
  EXPECT_TRUE(coarser->empty());
  // Hashes made with another key match nothing: no record counts as released.
  auto other = CheckCombinedReleases(p, std::vector<uint8_t>(32, 1), {r1}, r2, 3);
  ASSERT_TRUE(other.ok());
  EXPECT_TRUE(other->empty());
  // Two previous releases: only the one at risk is reported.
  auto two = CheckCombinedReleases(p, key, {At(p, {2, 3}, key), r1}, r2, 3);
  ASSERT_TRUE(two.ok());
  ASSERT_EQ(two->size(), 1u);
  EXPECT_EQ((*two)[0].previous, 1u);
}

TEST(LinkageTest, FieldOnlyInOneRelease) {
  KAnonProblem p = People(Qis());
  std::vector<uint8_t> key(32, 4);
  // Previous release: district only (6 + 6). Current: age only, 5-year bands.
  KAnonProblem dist_only({Qis()[1]});
  for (int i = 0; i < 12; ++i) dist_only.AddRecord({i % 2 ? "D2" : "D1"});
  ASSERT_TRUE(dist_only.Finalize().ok());
  KAnonOptions o;
  o.k = 1;
  ReleaseFingerprint prev = FingerprintRelease(dist_only, EvaluateNode(dist_only, {0}, o), key);
  KAnonProblem age_only({Qis()[0]});
  for (int i = 0; i < 12; ++i) age_only.AddRecord({std::to_string(30 + i)});
  ASSERT_TRUE(age_only.Finalize().ok());
  ReleaseFingerprint cur = FingerprintRelease(age_only, EvaluateNode(age_only, {1}, o), key);
  auto risks = CheckCombinedReleases(p, key, {prev}, cur, 3);
  ASSERT_TRUE(risks.ok()) << risks.status().ToString();
  ASSERT_EQ(risks->size(), 1u);
  EXPECT_EQ((*risks)[0].fields, (std::vector<std::string>{"age", "district"}));
  // A field missing from the problem is an error.
  ReleaseFingerprint bad = prev;
  bad.fields = {"phone"};
  EXPECT_EQ(CheckCombinedReleases(p, key, {bad}, cur, 3).status().code(), Status::Code::kInvalidArgument);
}

}  // namespace
}  // namespace tearline

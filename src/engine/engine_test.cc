#include "tearline/engine.h"

#include <gtest/gtest.h>

#include <chrono>
#include <thread>

namespace tearline {
namespace {

// Reports a fixed list of findings, to test how the engine merges detectors.
// Declares `kinds` (every kind by default) and counts its scans.
class FixedDetector final : public Detector {
 public:
  explicit FixedDetector(std::vector<Finding> f, KindMask kinds = kEveryKind, int* scans = nullptr)
      : findings_(std::move(f)), kinds_(kinds), scans_(scans) {}
  std::string_view id() const override { return "fixed"; }
  KindMask kinds() const override { return kinds_; }
  std::unique_ptr<DetectorScratch> NewScratch() const override { return std::make_unique<DetectorScratch>(); }
  Status Scan(std::string_view, DetectorScratch&, FindingSink& sink) const override {
    if (scans_) ++*scans_;
    for (const Finding& f : findings_) sink.Add(f);
    return Status::OK();
  }

 private:
  std::vector<Finding> findings_;
  KindMask kinds_;
  int* scans_;
};

TEST(EngineTest, MergesSortsDeduplicatesAndThresholds) {
  std::vector<std::unique_ptr<const Detector>> detectors;
  detectors.push_back(std::make_unique<FixedDetector>(std::vector<Finding>{
      {5, 9, Kind::kPhone, "", 0.4f, "a"}, {0, 3, Kind::kPerson, "", 0.9f, "a"}, {1, 2, Kind::kId, "", 0.1f, "a"}}));
  detectors.push_back(std::make_unique<FixedDetector>(std::vector<Finding>{
      {5, 9, Kind::kPhone, "", 0.8f, "b"}, {5, 9, Kind::kDate, "", 0.5f, "b"}}));
  Engine engine(std::move(detectors), "fp");
  auto scratch = engine.NewScratch();
  std::vector<Finding> out;
  ASSERT_TRUE(engine.Scan("0123456789", *scratch, 0.2f, &out).ok());
  EXPECT_EQ(FindingsToString(out), "[PERSON 0,3) [PHONE 5,9) [DATE 5,9)");
  ASSERT_EQ(out.size(), 3u);
  EXPECT_FLOAT_EQ(out[1].confidence, 0.8f);  // the more confident duplicate wins
  EXPECT_EQ(engine.model_fingerprint(), "fp");
}

// Among duplicates as confident, the first detector's is kept, whatever
// else the detectors report (many other findings around the tie).
TEST(EngineTest, TiesGoToTheFirstDetectorWhateverElseIsFound) {
  for (int others : {0, 1, 7, 50, 400}) {
    std::vector<Finding> a = {{5, 9, Kind::kPerson, "TITLED", 0.6f, "titles"}};
    std::vector<Finding> b;
    for (int k = 0; k < others; ++k) {
      const size_t at = static_cast<size_t>(k % 40);
      b.push_back({at, at + 1 + static_cast<size_t>(k % 3), Kind::kPerson, "", 0.6f, "b"});
    }
    b.push_back({5, 9, Kind::kPerson, "", 0.6f, "appositions"});
    std::vector<std::unique_ptr<const Detector>> detectors;
    detectors.push_back(std::make_unique<FixedDetector>(a));
    detectors.push_back(std::make_unique<FixedDetector>(b));
    Engine engine(std::move(detectors), "");
    auto scratch = engine.NewScratch();
    std::vector<Finding> out;
    ASSERT_TRUE(engine.Scan(std::string(64, 'x'), *scratch, 0, &out).ok());
    int seen = 0;
    for (const Finding& f : out) {
      if (f.begin == 5 && f.end == 9) {
        ++seen;
        EXPECT_EQ(f.detector, "titles") << others;
        EXPECT_EQ(f.subkind, "TITLED") << others;
      }
    }
    EXPECT_EQ(seen, 1) << others;
  }
}

TEST(EngineTest, RejectsSpansBeyondText) {
  std::vector<std::unique_ptr<const Detector>> detectors;
  detectors.push_back(std::make_unique<FixedDetector>(std::vector<Finding>{{5, 50, Kind::kPhone, "", 0.9f, "a"}}));
  Engine engine(std::move(detectors), "");
  auto scratch = engine.NewScratch();
  std::vector<Finding> out;
  EXPECT_EQ(engine.Scan("short", *scratch, 0, &out).code(), Status::Code::kInternal);
}

// Wanted kinds: a detector that declares none of them is not run, and
// findings of other kinds are dropped.
TEST(EngineTest, RunsOnlyDetectorsThatMayReportAWantedKind) {
  int person_scans = 0, dem_scans = 0;
  std::vector<std::unique_ptr<const Detector>> detectors;
  detectors.push_back(std::make_unique<FixedDetector>(
      std::vector<Finding>{{0, 3, Kind::kPerson, "", 0.9f, "a"}, {4, 6, Kind::kOrg, "", 0.9f, "a"}},
      KindBit(Kind::kPerson) | KindBit(Kind::kOrg), &person_scans));
  detectors.push_back(std::make_unique<FixedDetector>(std::vector<Finding>{{7, 9, Kind::kDem, "", 0.9f, "b"}},
                                                      KindBit(Kind::kDem), &dem_scans));
  Engine engine(std::move(detectors), "");
  auto scratch = engine.NewScratch();
  std::vector<Finding> out;
  ASSERT_TRUE(engine.Scan("0123456789", *scratch, 0, &out, KindBit(Kind::kPerson)).ok());
  EXPECT_EQ(FindingsToString(out), "[PERSON 0,3)");
  EXPECT_EQ(person_scans, 1);
  EXPECT_EQ(dem_scans, 0);
  ASSERT_TRUE(engine.Scan("0123456789", *scratch, 0, &out).ok());
  EXPECT_EQ(FindingsToString(out), "[PERSON 0,3) [ORG 4,6) [DEM 7,9)");
  EXPECT_EQ(dem_scans, 1);
  // Context kinds are kept from the detectors that run, and run none.
  ASSERT_TRUE(engine.Scan("0123456789", *scratch, 0, &out, KindBit(Kind::kPerson),
                          KindBit(Kind::kOrg) | KindBit(Kind::kDem)).ok());
  EXPECT_EQ(FindingsToString(out), "[PERSON 0,3) [ORG 4,6)");
  EXPECT_EQ(person_scans, 3);
  EXPECT_EQ(dem_scans, 1);
}

// Records the rescan hint it was given.
class HintRecorder final : public Detector {
 public:
  explicit HintRecorder(std::vector<bool>* seen) : seen_(seen) {}
  std::string_view id() const override { return "hints"; }
  std::unique_ptr<DetectorScratch> NewScratch() const override { return std::make_unique<DetectorScratch>(); }
  Status Scan(std::string_view, DetectorScratch& scratch, FindingSink&) const override {
    seen_->push_back(scratch.rescan_hint);
    return Status::OK();
  }

 private:
  std::vector<bool>* seen_;
};

TEST(EngineTest, PassesTheRescanHintToEveryDetector) {
  std::vector<bool> seen;
  std::vector<std::unique_ptr<const Detector>> detectors;
  detectors.push_back(std::make_unique<HintRecorder>(&seen));
  Engine engine(std::move(detectors), "");
  auto scratch = engine.NewScratch();
  std::vector<Finding> out;
  ASSERT_TRUE(engine.Scan("text", *scratch, 0, &out).ok());
  scratch->rescan = true;
  ASSERT_TRUE(engine.Scan("text", *scratch, 0, &out).ok());
  EXPECT_EQ(seen, (std::vector<bool>{false, true}));
}

// A detector that reports a kind it does not declare fails the scan (the
// leak check would otherwise skip it for that kind).
// Sleeps for a millisecond per scan: a time the engine must account for.
class SlowDetector final : public Detector {
 public:
  explicit SlowDetector(KindMask kinds) : kinds_(kinds) {}
  std::string_view id() const override { return "slow"; }
  KindMask kinds() const override { return kinds_; }
  std::unique_ptr<DetectorScratch> NewScratch() const override { return std::make_unique<DetectorScratch>(); }
  Status Scan(std::string_view, DetectorScratch&, FindingSink&) const override {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return Status::OK();
  }

 private:
  KindMask kinds_;
};

TEST(EngineTest, AddsEachDetectorsTimeToTheScratch) {
  std::vector<std::unique_ptr<const Detector>> detectors;
  detectors.push_back(std::make_unique<SlowDetector>(KindBit(Kind::kPerson)));
  detectors.push_back(std::make_unique<SlowDetector>(KindBit(Kind::kPhone)));
  Engine engine(std::move(detectors), "");
  auto scratch = engine.NewScratch();
  ASSERT_EQ(scratch->detector_ns.size(), 2u);
  EXPECT_EQ(scratch->detector_ns[0] + scratch->detector_ns[1], 0u);
  std::vector<Finding> out;
  ASSERT_TRUE(engine.Scan("text", *scratch, 0, &out, KindBit(Kind::kPerson)).ok());
  EXPECT_GE(scratch->detector_ns[0], 1'000'000u);
  EXPECT_EQ(scratch->detector_ns[1], 0u);  // not run: it reports no wanted kind
  const uint64_t after_one = scratch->detector_ns[0];
  ASSERT_TRUE(engine.Scan("text", *scratch, 0, &out).ok());
  EXPECT_GE(scratch->detector_ns[0], after_one + 1'000'000u);  // added, not replaced
  EXPECT_GE(scratch->detector_ns[1], 1'000'000u);
}

TEST(EngineTest, RejectsUndeclaredKinds) {
  std::vector<std::unique_ptr<const Detector>> detectors;
  detectors.push_back(std::make_unique<FixedDetector>(std::vector<Finding>{{0, 3, Kind::kPerson, "", 0.9f, "a"}},
                                                      KindBit(Kind::kDem)));
  Engine engine(std::move(detectors), "");
  auto scratch = engine.NewScratch();
  std::vector<Finding> out;
  EXPECT_EQ(engine.Scan("0123456789", *scratch, 0, &out).code(), Status::Code::kInternal);
}

}  // namespace
}  // namespace tearline

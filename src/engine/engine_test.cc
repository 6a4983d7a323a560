#include "tearline/engine.h"

#include <gtest/gtest.h>

namespace tearline {
namespace {

// Reports a fixed list of findings, to test how the engine merges detectors.
class FixedDetector final : public Detector {
 public:
  explicit FixedDetector(std::vector<Finding> f) : findings_(std::move(f)) {}
  std::string_view id() const override { return "fixed"; }
  std::unique_ptr<DetectorScratch> NewScratch() const override { return std::make_unique<DetectorScratch>(); }
  Status Scan(std::string_view, DetectorScratch&, FindingSink& sink) const override {
    for (const Finding& f : findings_) sink.Add(f);
    return Status::OK();
  }

 private:
  std::vector<Finding> findings_;
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

TEST(EngineTest, RejectsSpansBeyondText) {
  std::vector<std::unique_ptr<const Detector>> detectors;
  detectors.push_back(std::make_unique<FixedDetector>(std::vector<Finding>{{5, 50, Kind::kPhone, "", 0.9f, "a"}}));
  Engine engine(std::move(detectors), "");
  auto scratch = engine.NewScratch();
  std::vector<Finding> out;
  EXPECT_EQ(engine.Scan("short", *scratch, 0, &out).code(), Status::Code::kInternal);
}

}  // namespace
}  // namespace tearline

#include "tearline/verify.h"

#include <gtest/gtest.h>

namespace tearline {
namespace {

// Finds every occurrence of fixed needles, with a fixed kind and confidence.
class NeedleDetector final : public Detector {
 public:
  struct Needle {
    std::string text;
    Kind kind;
    float confidence;
  };
  explicit NeedleDetector(std::vector<Needle> n) : needles_(std::move(n)) {}
  std::string_view id() const override { return "needle"; }
  std::unique_ptr<DetectorScratch> NewScratch() const override { return std::make_unique<DetectorScratch>(); }
  Status Scan(std::string_view text, DetectorScratch&, FindingSink& sink) const override {
    for (const Needle& n : needles_) {
      for (size_t p = text.find(n.text); p != std::string_view::npos; p = text.find(n.text, p + 1)) {
        sink.Add(Finding{p, p + n.text.size(), n.kind, "", n.confidence, "needle"});
      }
    }
    return Status::OK();
  }

 private:
  std::vector<Needle> needles_;
};

Engine MakeEngine() {
  std::vector<std::unique_ptr<const Detector>> d;
  d.push_back(std::make_unique<NeedleDetector>(std::vector<NeedleDetector::Needle>{
      {"0799", Kind::kPhone, 0.9f},
      {"Omari", Kind::kPerson, 0.35f},
      {"Kabul", Kind::kLoc, 0.9f},
      {"Person-ABC", Kind::kPerson, 0.9f},
      {"Taliban", Kind::kPerson, 0.9f},
      {"Nabi", Kind::kProtected, 1.0f},
      {"weak", Kind::kPhone, 0.1f}}));
  return Engine(std::move(d), "");
}

Policy MakePolicy() {
  Policy p;
  p.recipient = "t";
  p.verify_block = {Kind::kPhone, Kind::kPerson};
  p.verify_threshold = 0.3f;
  p.allow_terms = {"Taliban"};
  return p;
}

std::string Leaks(std::string_view text, std::vector<Span> inserted = {}) {
  Engine engine = MakeEngine();
  auto scratch = engine.NewScratch();
  auto r = CheckForLeaks(engine, *scratch, text, inserted, MakePolicy());
  EXPECT_TRUE(r.ok());
  return FindingsToString(r->leaks);
}

TEST(VerifyTest, Table) {
  EXPECT_EQ(Leaks("call 0799 now"), "[PHONE 5,9)");
  EXPECT_EQ(Leaks("in Kabul"), "");                         // LOC is not blocked
  EXPECT_EQ(Leaks("Mr Omari"), "[PERSON 3,8)");             // 0.35 >= verify threshold 0.3
  EXPECT_EQ(Leaks("a weak one"), "");                       // below verify threshold
  EXPECT_EQ(Leaks("Person-ABC met", {{0, 10}}), "");        // tearline's own pseudonym
  EXPECT_EQ(Leaks("Person-ABC met", {{0, 6}}), "[PERSON 0,10)");  // partly inserted: leak
  EXPECT_EQ(Leaks("the Taliban"), "");                      // allowed term
  EXPECT_EQ(Leaks("Nabi"), "[PROTECTED 0,4)");              // protected always blocks
}

TEST(VerifyTest, SummaryNamesKindsAndOffsetsOnly) {
  LeakReport r;
  for (int i = 0; i < 12; ++i) r.leaks.push_back(Finding{size_t(i * 10), size_t(i * 10 + 4), Kind::kPhone, "E164", 1, "p"});
  std::string s = r.Summary();
  EXPECT_NE(s.find("PHONE/E164 at [0,4)"), std::string::npos);
  EXPECT_NE(s.find("and 2 more"), std::string::npos);
  EXPECT_TRUE(r.blocked());
}

}  // namespace
}  // namespace tearline

namespace tearline {
namespace {

TEST(PlaceholderTest, FindsTearlineShapesOnly) {
  Policy p;
  p.mask = "[XX]";
  const std::string text =
      "Person-7QF3KA met [PERSON-2] at [XX]; [portion withheld]\nPerson-7QF3K (5 chars) "
      "Person-ILOUAB (not Crockford) Persons-7QF3KA [ID/PASSPORT-12]";
  std::string got;
  for (const Span& s : FindPlaceholderSpans(text, p)) got += text.substr(s.begin, s.end - s.begin) + "|";
  EXPECT_EQ(got, "Person-7QF3KA|[PERSON-2]|[XX]|[portion withheld]|[ID/PASSPORT-12]|");
}

}  // namespace
}  // namespace tearline

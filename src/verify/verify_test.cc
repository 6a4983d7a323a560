#include "tearline/verify.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace tearline {
namespace {

// Finds every occurrence of fixed needles, with a fixed kind and confidence,
// as the detector `id` ("needle" unless given: "tagger" for rules that read
// only the tagger's findings).
class NeedleDetector final : public Detector {
 public:
  struct Needle {
    std::string text;
    Kind kind;
    float confidence;
  };
  explicit NeedleDetector(std::vector<Needle> n, std::string id = "needle")
      : needles_(std::move(n)), id_(std::move(id)) {}
  std::string_view id() const override { return id_; }
  std::unique_ptr<DetectorScratch> NewScratch() const override { return std::make_unique<DetectorScratch>(); }
  Status Scan(std::string_view text, DetectorScratch&, FindingSink& sink) const override {
    for (const Needle& n : needles_) {
      for (size_t p = text.find(n.text); p != std::string_view::npos; p = text.find(n.text, p + 1)) {
        sink.Add(Finding{p, p + n.text.size(), n.kind, "", n.confidence, id_});
      }
    }
    return Status::OK();
  }

 private:
  std::vector<Needle> needles_;
  std::string id_;
};

Engine MakeEngine() {
  std::vector<std::unique_ptr<const Detector>> d;
  d.push_back(std::make_unique<NeedleDetector>(std::vector<NeedleDetector::Needle>{
      {"0799", Kind::kPhone, 0.9f},
      {"Omari", Kind::kPerson, 0.35f},
      {"Kabul", Kind::kLoc, 0.9f},
      {"Person-ABC", Kind::kPerson, 0.9f},
      {"Taliban", Kind::kPerson, 0.9f},
      {"Hakim Mosque", Kind::kPerson, 0.9f},
      {"Pedro de la Cruz", Kind::kLoc, 0.6f},
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
  EXPECT_EQ(Leaks("Person-ABC met", {{0, 6}}), "");        // tearline's own words never form part of a finding
  EXPECT_EQ(Leaks("the Taliban"), "");                      // allowed term
  EXPECT_EQ(Leaks("Nabi"), "[PROTECTED 0,4)");              // protected always blocks
  EXPECT_EQ(Leaks("at Hakim Mosque"), "");                  // a place, read as linking reads it
  EXPECT_EQ(Leaks("Pedro de la Cruz"), "[PERSON 0,16)");    // a person read as a place, the same
}

// Reports "X1" as an ID, confident only when '#' is within 10 bytes before it.
class ContextDetector final : public Detector {
 public:
  std::string_view id() const override { return "context"; }
  std::unique_ptr<DetectorScratch> NewScratch() const override { return std::make_unique<DetectorScratch>(); }
  Status Scan(std::string_view text, DetectorScratch&, FindingSink& sink) const override {
    for (size_t p = text.find("X1"); p != std::string_view::npos; p = text.find("X1", p + 1)) {
      size_t from = p >= 10 ? p - 10 : 0;
      bool context = text.substr(from, p - from).find('#') != std::string_view::npos;
      sink.Add(Finding{p, p + 2, Kind::kId, "", context ? 0.9f : 0.1f, "context"});
    }
    return Status::OK();
  }
};

TEST(VerifyTest, PlaceholdersKeepTheContextDistanceOfWhatTheyReplaced) {
  std::vector<std::unique_ptr<const Detector>> d;
  d.push_back(std::make_unique<ContextDetector>());
  Engine engine(std::move(d), "");
  auto scratch = engine.NewScratch();
  Policy p;
  p.verify_block = {Kind::kId};
  // "# [RED] X1": the placeholder replaced 20 input bytes, so '#' was far from X1.
  const std::string text = "# [RED] X1";
  const std::vector<Span> inserted = {{2, 7}};
  const std::vector<size_t> replaced = {20};
  auto far = CheckForLeaks(engine, *scratch, text, inserted, p, &replaced);
  ASSERT_TRUE(far.ok());
  EXPECT_EQ(FindingsToString(far->leaks), "");
  auto near = CheckForLeaks(engine, *scratch, text, inserted, p);  // same length as the placeholder
  ASSERT_TRUE(near.ok());
  EXPECT_EQ(FindingsToString(near->leaks), "[ID 8,10)");  // mapped back to the text's offsets
  std::vector<size_t> wrong = {1, 2};
  EXPECT_EQ(CheckForLeaks(engine, *scratch, text, inserted, p, &wrong).status().code(), Status::Code::kInternal);
}

// Reports one fixed span of the scanned text as a PERSON.
class SpanDetector final : public Detector {
 public:
  SpanDetector(size_t b, size_t e) : b_(b), e_(e) {}
  std::string_view id() const override { return "span"; }
  std::unique_ptr<DetectorScratch> NewScratch() const override { return std::make_unique<DetectorScratch>(); }
  Status Scan(std::string_view text, DetectorScratch&, FindingSink& sink) const override {
    if (e_ <= text.size()) sink.Add(Finding{b_, e_, Kind::kPerson, "", 0.9f, "span"});
    return Status::OK();
  }

 private:
  size_t b_, e_;
};

// Reports every occurrence of one word as a PERSON field value, as the
// field detector does.
class FieldWordDetector final : public Detector {
 public:
  explicit FieldWordDetector(std::string w) : word_(std::move(w)) {}
  std::string_view id() const override { return "fields"; }
  std::unique_ptr<DetectorScratch> NewScratch() const override { return std::make_unique<DetectorScratch>(); }
  Status Scan(std::string_view text, DetectorScratch&, FindingSink& sink) const override {
    for (size_t p = text.find(word_); p != std::string_view::npos; p = text.find(word_, p + 1)) {
      sink.Add(Finding{p, p + word_.size(), Kind::kPerson, "FIELD", 0.7f, "fields"});
    }
    return Status::OK();
  }

 private:
  std::string word_;
};

// A field's value read across a column's gap after its own redacted value
// is the next column, no leak; after one space it is the rest of the name.
TEST(VerifyTest, FieldValuesAfterARedactedValueAcrossAGap) {
  std::vector<std::unique_ptr<const Detector>> d;
  d.push_back(std::make_unique<FieldWordDetector>("Kunduz"));
  Engine engine(std::move(d), "");
  auto scratch = engine.NewScratch();
  Policy p;
  p.verify_block = {Kind::kPerson};
  p.verify_threshold = 0.3f;
  const std::string gap = "Checked: [REDACTED]      Kunduz, 21 Jul";
  auto r = CheckForLeaks(engine, *scratch, gap, {{9, 19}}, p);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(FindingsToString(r->leaks), "");
  const std::string name = "Checked: [REDACTED] Kunduz, 21 Jul";
  r = CheckForLeaks(engine, *scratch, name, {{9, 19}}, p);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(FindingsToString(r->leaks), "[PERSON/FIELD 20,26)");
}

// Without the lengths the placeholders replaced (`tearline verify` on a
// file), a table's columns shift after a shorter placeholder: a value in
// small letters one space after it is the next column; a capitalised one is
// still the rest of a name, and with the lengths known nothing changes.
TEST(VerifyTest, FieldValuesInSmallLettersAfterAPlaceholderOfUnknownLength) {
  std::vector<std::unique_ptr<const Detector>> d;
  d.push_back(std::make_unique<FieldWordDetector>("pasteur"));
  d.push_back(std::make_unique<FieldWordDetector>("Pasteur"));
  Engine engine(std::move(d), "");
  auto scratch = engine.NewScratch();
  Policy p;
  p.verify_block = {Kind::kPerson};
  p.verify_threshold = 0.3f;
  const std::string small = "03  [REDACTED] pasteur, CEPAC     Nyamukubi";
  auto r = CheckForLeaks(engine, *scratch, small, {{4, 14}}, p);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(FindingsToString(r->leaks), "");
  const std::vector<size_t> replaced = {10};
  r = CheckForLeaks(engine, *scratch, small, {{4, 14}}, p, &replaced);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(FindingsToString(r->leaks), "[PERSON/FIELD 15,22)");
  const std::string capital = "03  [REDACTED] Pasteur, CEPAC     Nyamukubi";
  r = CheckForLeaks(engine, *scratch, capital, {{4, 14}}, p);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(FindingsToString(r->leaks), "[PERSON/FIELD 15,22)");
}

TEST(VerifyTest, FindingsReachingIntoPlaceholdersCoverThemWhole) {
  // Text "Ab [R] Cd" (placeholder [3,6) stands for 10 bytes); the neutral copy
  // is "Ab " + 10 spaces + " Cd". A finding over copy bytes [0,15) ("Ab ...
  // C") maps to [0,8) of the text: it crosses the placeholder, so it leaks.
  std::vector<std::unique_ptr<const Detector>> d;
  d.push_back(std::make_unique<SpanDetector>(0, 15));
  Engine engine(std::move(d), "");
  auto scratch = engine.NewScratch();
  Policy p;
  p.verify_block = {Kind::kPerson};
  const std::vector<size_t> replaced = {10};
  auto r = CheckForLeaks(engine, *scratch, "Ab [R] Cd", {{3, 6}}, p, &replaced);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(FindingsToString(r->leaks), "[PERSON 0,8)");
  // A finding wholly inside the spaces maps onto the placeholder: not a leak.
  std::vector<std::unique_ptr<const Detector>> d2;
  d2.push_back(std::make_unique<SpanDetector>(5, 9));
  Engine engine2(std::move(d2), "");
  auto scratch2 = engine2.NewScratch();
  auto inside = CheckForLeaks(engine2, *scratch2, "Ab [R] Cd", {{3, 6}}, p, &replaced);
  ASSERT_TRUE(inside.ok());
  EXPECT_EQ(FindingsToString(inside->leaks), "");
}

TEST(VerifyTest, ListedGroupsTheReleaseKeptAreNoPersons) {
  // A release passes the spans where it kept a listed armed group's name; a
  // PERSON reading inside one is that group. Nothing else changes.
  Engine engine = MakeEngine();
  auto scratch = engine.NewScratch();
  struct Row {
    const char* text;
    std::vector<Span> groups;
    const char* want;
  };
  const Row rows[] = {
      {"Mr Omari said", {{3, 8}}, ""},
      {"Mr Omari said", {}, "[PERSON 3,8)"},
      {"Mr Omari said", {{3, 7}}, "[PERSON 3,8)"},       // the reading reaches past the group
      {"Mr Omari said", {{9, 13}}, "[PERSON 3,8)"},      // elsewhere
      {"call 0799 Omari", {{5, 15}}, "[PHONE 5,9)"},     // only persons and places are read so
  };
  for (const Row& r : rows) {
    auto leaks = CheckForLeaks(engine, *scratch, r.text, {}, MakePolicy(), nullptr, nullptr, &r.groups);
    ASSERT_TRUE(leaks.ok()) << r.text;
    EXPECT_EQ(FindingsToString(leaks->leaks), r.want) << r.text;
  }
}

TEST(VerifyTest, AnAcronymBesideItsSpellingOutIsNoPerson) {
  // The leak check reads acronyms as linking does (ReadSpelledOutAcronyms):
  // released beside the name it stands for, "USI" names no one; alone, or
  // beside a placeholder that took that name, it is still read as a person.
  // What the tagger might read: "USI" as a person, the name as an organisation.
  std::vector<std::unique_ptr<const Detector>> d;
  d.push_back(std::make_unique<NeedleDetector>(
      std::vector<NeedleDetector::Needle>{{"USI", Kind::kPerson, 0.6f},
                                          {"University of Southern Indiana", Kind::kOrg, 0.6f}},
      "tagger"));
  Engine engine(std::move(d), "");
  auto scratch = engine.NewScratch();
  struct Row {
    const char* text;
    std::vector<Span> inserted;
    const char* want;
  };
  const Row rows[] = {
      {"the University of Southern Indiana (USI) said", {}, ""},
      {"the USI said", {}, "[PERSON 4,7)"},
      {"the [ORG] (USI) said", {{4, 9}}, "[PERSON 11,14)"},
  };
  for (const Row& r : rows) {
    auto leaks = CheckForLeaks(engine, *scratch, r.text, r.inserted, MakePolicy());
    ASSERT_TRUE(leaks.ok()) << r.text;
    EXPECT_EQ(FindingsToString(leaks->leaks), r.want) << r.text;
  }
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
      "Person-ILOUAB (not Crockford) Persons-7QF3KA [ID/PASSPORT-12] P-0K3M9QZT P-0K3M9QZ P-0K3M9QZTX "
      "XP-0K3M9QZT P-0K3M9QZU";
  std::string got;
  for (const Span& s : FindPlaceholderSpans(text, p)) got += text.substr(s.begin, s.end - s.begin) + "|";
  EXPECT_EQ(got, "Person-7QF3KA|[PERSON-2]|[XX]|[portion withheld]|[ID/PASSPORT-12]|P-0K3M9QZT|");
}

// A pseudonym touched by '_' or by another placeholder is still one; one
// glued to a letter or digit is not. Touching placeholders come out as one
// span (MergeSpans).
TEST(PlaceholderTest, PseudonymsBesideUnderscoresAndEachOther) {
  Policy p;
  const struct {
    std::string text, want;
  } kCases[] = {
      {"photo_Person-7QF3KA_0504.jpg", "Person-7QF3KA|"},
      {"VK-0917-03_Person-BA1PVY.m4a", "Person-BA1PVY|"},
      {"as Person-7QF3KAPerson-0K3M9Q (speaks", "Person-7QF3KAPerson-0K3M9Q|"},
      {"\"Person-7QF3KAPlace-0K3M9Q\"", "Person-7QF3KAPlace-0K3M9Q|"},
      {"[REDACTED]Person-7QF3KA", "[REDACTED]Person-7QF3KA|"},
      {"Person-7QF3KA[PERSON-2]", "Person-7QF3KA[PERSON-2]|"},
      {"AbPerson-7QF3KA", ""},
      {"Person-7QF3KAs", ""},
      {"XPerson-7QF3KAPerson-0K3M9Q", ""},
      {"9Person-7QF3KA", ""},
  };
  for (const auto& c : kCases) {
    std::string got;
    for (const Span& s : FindPlaceholderSpans(c.text, p)) got += c.text.substr(s.begin, s.end - s.begin) + "|";
    EXPECT_EQ(got, c.want) << c.text;
  }
}

}  // namespace
}  // namespace tearline

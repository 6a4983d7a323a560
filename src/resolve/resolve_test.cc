#include "tearline/resolve.h"

#include <gtest/gtest.h>

namespace tearline {
namespace {

Policy MakePolicy() {
  Policy p;
  p.recipient = "test";
  p.thresholds.fill(0.5f);
  p.actions[static_cast<size_t>(Kind::kPhone)] = {ActionType::kRedact};
  p.actions[static_cast<size_t>(Kind::kDate)] = {ActionType::kGeneralize, GeneralizeLevel::kMonth};
  p.actions[static_cast<size_t>(Kind::kLoc)] = {ActionType::kKeep};
  p.actions[static_cast<size_t>(Kind::kOrg)] = {ActionType::kKeep};
  p.actions[static_cast<size_t>(Kind::kPerson)] = {ActionType::kPseudonym};
  p.actions[static_cast<size_t>(Kind::kDem)] = {ActionType::kDropPortion};
  return p;
}

Finding F(size_t b, size_t e, Kind k, float c = 0.9f, int32_t entity = -1) {
  Finding f{b, e, k, "", c, "test"};
  f.entity = entity;
  return f;
}

// "[KIND b,e)=action ..."
std::string Render(const Resolution& r) {
  std::string out;
  for (const Decision& d : r.decisions) {
    if (!out.empty()) out += ' ';
    out += FindingToString(d.finding) + "=" + std::string(ActionName(d.action.type));
  }
  return out;
}

TEST(DecideTest, OverlapTable) {
  const std::string text(100, 'x');
  struct Case {
    std::vector<Finding> findings;
    const char* want;
  };
  const Case cases[] = {
      // disjoint findings pass through
      {{F(0, 5, Kind::kPhone), F(10, 15, Kind::kLoc)}, "[PHONE 0,5)=redact [LOC 10,15)=keep"},
      // keep overlapping redact: union is redacted
      {{F(0, 10, Kind::kLoc), F(5, 15, Kind::kPhone)}, "[PHONE 0,15)=redact"},
      // nested: strictest wins over the union
      {{F(0, 20, Kind::kOrg), F(5, 10, Kind::kPerson)}, "[PERSON 0,20)=pseudonym"},
      // generalize widened by a keep -> redact
      {{F(0, 10, Kind::kDate), F(8, 14, Kind::kLoc)}, "[DATE 0,14)=redact"},
      // generalize exactly covering the union stays generalize
      {{F(0, 10, Kind::kDate), F(2, 6, Kind::kLoc)}, "[DATE 0,10)=generalize"},
      // ... also when a more confident generalization of the same kind lies inside it
      {{F(0, 10, Kind::kDate, 0.7f), F(5, 10, Kind::kDate, 0.9f)}, "[DATE 0,10)=generalize"},
      // ... but when none spans the whole cluster, it is redacted
      {{F(0, 10, Kind::kDate, 0.7f), F(5, 12, Kind::kDate, 0.9f)}, "[DATE 0,12)=redact"},
      // chains: a-b overlap, b-c overlap -> one cluster
      {{F(0, 5, Kind::kLoc), F(4, 9, Kind::kOrg), F(8, 12, Kind::kPhone)}, "[PHONE 0,12)=redact"},
      // same strictness: higher confidence wins
      {{F(0, 5, Kind::kPhone, 0.6f), F(3, 9, Kind::kId, 0.95f)}, "[ID 0,9)=redact"},
      // below threshold is ignored
      {{F(0, 5, Kind::kPhone, 0.3f)}, ""},
      // drop_portion is strictest
      {{F(0, 5, Kind::kPerson), F(2, 4, Kind::kDem)}, "[DEM 0,5)=drop_portion"},
      // adjacent spans do not overlap
      {{F(0, 5, Kind::kPhone), F(5, 9, Kind::kLoc)}, "[PHONE 0,5)=redact [LOC 5,9)=keep"},
  };
  Policy p = MakePolicy();
  for (const Case& c : cases) EXPECT_EQ(Render(Decide(text, c.findings, p)), c.want);
}

TEST(DecideTest, UnnamedKindsAreRedacted) {
  Policy p = MakePolicy();  // EMAIL not set: default action is redact
  EXPECT_EQ(Render(Decide("a@b.c", {F(0, 5, Kind::kEmail)}, p)), "[EMAIL 0,5)=redact");
}

TEST(DecideTest, EntityTakesStrictestMention) {
  Policy p = MakePolicy();
  // Mentions of entity 7: one PERSON (pseudonym), one PHONE-like redact.
  auto r = Decide(std::string(50, 'x'), {F(0, 5, Kind::kPerson, 0.9f, 7), F(20, 25, Kind::kPhone, 0.9f, 7)}, p);
  EXPECT_EQ(Render(r), "[PERSON 0,5)=redact [PHONE 20,25)=redact");
}

TEST(DecideTest, AllowListPassesWholeWordsCaseInsensitively) {
  Policy p = MakePolicy();
  p.allow_terms = {"Taliban", "ISIS-K"};
  const std::string text = "The taliban and ISIS-K met; Talibanistan is not a term.";
  auto r = Decide(text,
                  {F(4, 11, Kind::kOrg), F(16, 22, Kind::kPerson), F(28, 39, Kind::kPerson),
                   F(16, 22, Kind::kProtected)},
                  p);
  ASSERT_EQ(r.allowed.size(), 2u);
  EXPECT_EQ(Render(r), "[PROTECTED 16,22)=redact [PERSON 28,39)=pseudonym");
}

TEST(AllowedSpansTest, WholeWordMatching) {
  auto spans = FindAllowedSpans("ab Joe Biden, joe biden; Joe Bidens", {"Joe Biden"});
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0].begin, 3u);
  EXPECT_EQ(spans[1].begin, 14u);
}

}  // namespace
}  // namespace tearline

#include "tearline/resolve.h"

#include <gtest/gtest.h>

#include <algorithm>

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

TEST(DecideTest, SameDecisionsForEveryOrderOfTheFindings) {
  // Decide skips its sort when the findings arrive strictly increasing under
  // FindingLess; in any other order it must sort them to reach the same
  // clusters. Each case is decided in every order of its findings.
  const std::string text(100, 'x');
  struct Case {
    std::vector<Finding> findings;
    const char* want;
  };
  const Case cases[] = {
      {{F(0, 5, Kind::kPhone), F(10, 15, Kind::kLoc), F(20, 25, Kind::kPhone)},
       "[PHONE 0,5)=redact [LOC 10,15)=keep [PHONE 20,25)=redact"},
      {{F(0, 10, Kind::kLoc), F(5, 15, Kind::kPhone), F(30, 40, Kind::kOrg)}, "[PHONE 0,15)=redact [ORG 30,40)=keep"},
      {{F(0, 10, Kind::kDate, 0.7f), F(5, 10, Kind::kDate, 0.9f), F(12, 14, Kind::kLoc)},
       "[DATE 0,10)=generalize [LOC 12,14)=keep"},
      // equal spans of different kinds, and one span nested in another
      {{F(0, 5, Kind::kLoc), F(0, 5, Kind::kOrg), F(8, 9, Kind::kLoc), F(6, 12, Kind::kOrg)},
       "[ORG 0,5)=keep [ORG 6,12)=keep"},
  };
  Policy p = MakePolicy();
  for (const Case& c : cases) {
    std::vector<size_t> order(c.findings.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    do {
      std::vector<Finding> findings;
      for (size_t i : order) findings.push_back(c.findings[i]);
      EXPECT_EQ(Render(Decide(text, findings, p)), c.want) << c.want;
    } while (std::next_permutation(order.begin(), order.end()));
  }
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

// If one mention of an entity is acted on, all are, whatever their own
// confidence; an entity none of whose mentions reaches its threshold is not.
TEST(DecideTest, EntityMentionsBelowThresholdFollowTheEntity) {
  Policy p = MakePolicy();  // thresholds 0.5
  const std::string text(60, 'x');
  struct Case {
    const char* name;
    std::vector<Finding> findings;
    const char* want;
    size_t below;
  } cases[] = {
      {"propagated mention below the threshold",
       {F(0, 5, Kind::kPerson, 0.55f, 3), F(20, 25, Kind::kPerson, 0.495f, 3)},
       "[PERSON 0,5)=pseudonym [PERSON 20,25)=pseudonym", 0},
      {"no mention reaches the threshold",
       {F(0, 5, Kind::kPerson, 0.45f, 3), F(20, 25, Kind::kPerson, 0.405f, 3)}, "", 2},
      {"another entity's mention stays below",
       {F(0, 5, Kind::kPerson, 0.55f, 3), F(20, 25, Kind::kPerson, 0.4f, 4)}, "[PERSON 0,5)=pseudonym", 1},
      {"unlinked finding below the threshold", {F(0, 5, Kind::kPerson, 0.55f, 3), F(20, 25, Kind::kPerson, 0.4f)},
       "[PERSON 0,5)=pseudonym", 1},
      {"a place over the propagated mention: the person's action wins",
       {F(0, 5, Kind::kPerson, 0.55f, 3), F(20, 25, Kind::kPerson, 0.495f, 3), F(20, 31, Kind::kLoc, 0.54f)},
       "[PERSON 0,5)=pseudonym [PERSON 20,31)=pseudonym", 0},
  };
  for (const Case& c : cases) {
    Resolution r = Decide(text, c.findings, p);
    EXPECT_EQ(Render(r), c.want) << c.name;
    EXPECT_EQ(r.below_threshold, c.below) << c.name;
  }
}

TEST(DecideTest, EntitiesOfAnyIdTakeTheirStrictestMention) {
  Policy p = MakePolicy();
  // Small ids (LinkMentions numbers entities from 0) and ids far beyond the
  // number of findings; each entity apart, mentions in any order.
  for (int32_t far : {2, 1000, 2000000000}) {
    auto r = Decide(std::string(100, 'x'),
                    {F(0, 5, Kind::kLoc, 0.9f, 0), F(10, 15, Kind::kLoc, 0.9f, far), F(20, 25, Kind::kLoc, 0.9f, 1),
                     F(30, 35, Kind::kPhone, 0.9f, far), F(40, 45, Kind::kPhone, 0.9f, 0), F(50, 55, Kind::kLoc, 0.9f, far),
                     F(60, 65, Kind::kLoc)},
                    p);
    EXPECT_EQ(Render(r),
              "[LOC 0,5)=redact [LOC 10,15)=redact [LOC 20,25)=keep [PHONE 30,35)=redact [PHONE 40,45)=redact "
              "[LOC 50,55)=redact [LOC 60,65)=keep")
        << far;
  }
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

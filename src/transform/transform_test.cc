#include "tearline/transform.h"

#include <gtest/gtest.h>

#include <random>

#include "transform_internal.h"

namespace tearline {
namespace {

// Paragraph portions: runs of non-empty lines, excluding line terminators
// ("\n" or "\r\n"). The read module does this for real documents.
Document MakeDoc(std::string text) {
  Document doc;
  doc.text = std::move(text);
  const std::string& t = doc.text;
  size_t pos = 0;
  bool open = false;
  Portion cur;
  while (pos < t.size()) {
    size_t nl = t.find('\n', pos);
    size_t line_end = nl == std::string::npos ? t.size() : nl;
    size_t content_end = (line_end > pos && t[line_end - 1] == '\r') ? line_end - 1 : line_end;
    if (content_end > pos) {
      if (!open) cur.begin = pos, open = true;
      cur.end = content_end;
    } else if (open) {
      doc.portions.push_back(cur);
      open = false;
    }
    pos = nl == std::string::npos ? t.size() : nl + 1;
  }
  if (open) doc.portions.push_back(cur);
  return doc;
}

// A decision on the n-th occurrence of `needle`.
Decision On(const Document& doc, std::string_view needle, Kind kind, Action action, int entity = -1, int nth = 0) {
  size_t at = doc.text.find(needle);
  for (int i = 0; i < nth; ++i) at = doc.text.find(needle, at + 1);
  EXPECT_NE(at, std::string::npos) << needle;
  Decision d;
  d.finding.begin = at;
  d.finding.end = at + needle.size();
  d.finding.kind = kind;
  d.finding.confidence = 0.9f;
  d.finding.entity = entity;
  d.action = action;
  return d;
}

const Action kKeep{ActionType::kKeep};
const Action kRedact{ActionType::kRedact};
const Action kLabel{ActionType::kLabel};
const Action kPseudo{ActionType::kPseudonym};
const Action kDrop{ActionType::kDropPortion};
const Action kMonth{ActionType::kGeneralize, GeneralizeLevel::kMonth, 0};
const Action kYear{ActionType::kGeneralize, GeneralizeLevel::kYear, 0};
const Action kGrid10{ActionType::kGeneralize, GeneralizeLevel::kGridKm, 10};
const Action kCountry{ActionType::kGeneralize, GeneralizeLevel::kCountryCode, 0};
const Action kNetwork{ActionType::kGeneralize, GeneralizeLevel::kNetwork, 0};

class TransformTest : public ::testing::Test {
 protected:
  TransformTest() {
    key_.recipient = "test";
    key_.secret.fill(0x42);
    ctx_.policy = &policy_;
    ctx_.key = &key_;
  }
  Policy policy_;
  RecipientKey key_;
  TransformContext ctx_;
};

// One finding per case, in "Seen <value> today." with a given action.
TEST_F(TransformTest, EachActionTable) {
  const std::string pseudo = Pseudonym(key_, Kind::kPerson, "Ahmad Karimi");
  struct Case {
    std::string value;
    Kind kind;
    Action action;
    std::string want;
    ActionType applied;
  } cases[] = {
      {"Ahmad Karimi", Kind::kPerson, kKeep, "Ahmad Karimi", ActionType::kKeep},
      {"Ahmad Karimi", Kind::kPerson, kRedact, "[REDACTED]", ActionType::kRedact},
      {"Ahmad Karimi", Kind::kPerson, kLabel, "[PERSON-1]", ActionType::kLabel},
      {"Ahmad Karimi", Kind::kPerson, kPseudo, pseudo, ActionType::kPseudonym},
      {"3 March 2021", Kind::kDate, kMonth, "March 2021", ActionType::kGeneralize},
      {"3 March 2021", Kind::kDate, kYear, "2021", ActionType::kGeneralize},
      {"3rd of March", Kind::kDate, kYear, "[REDACTED]", ActionType::kRedact},  // no year: cannot generalize
      {"42S WD 12345 67890", Kind::kCoordinate, kGrid10, "42S WD 1 6", ActionType::kGeneralize},
      {"+93 70 123 4567", Kind::kPhone, kCountry, "+93", ActionType::kGeneralize},
      {"070 123 4567", Kind::kPhone, kCountry, "[REDACTED]", ActionType::kRedact},
      {"192.0.2.55", Kind::kIp, kNetwork, "192.0.2.0/24", ActionType::kGeneralize},
      {"192.0.2.55", Kind::kIp, kMonth, "[REDACTED]", ActionType::kRedact},  // level of another kind
      {"ID-998877", Kind::kId, kLabel, "[ID-1]", ActionType::kLabel},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.value + " " + std::string(ActionName(c.action.type)));
    Document doc = MakeDoc("Seen " + c.value + " today.");
    auto r = Transform(doc, {On(doc, c.value, c.kind, c.action)}, ctx_);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    EXPECT_EQ(r->text, "Seen " + c.want + " today.");
    ASSERT_EQ(r->applied.size(), 1u);
    EXPECT_EQ(r->applied[0].action, c.applied);
    EXPECT_EQ(r->applied[0].finding.begin, 5u);
    EXPECT_EQ(r->applied[0].output.begin, 5u);
    EXPECT_EQ(r->applied[0].output.end, 5 + c.want.size());
    if (c.applied == ActionType::kKeep) {
      EXPECT_TRUE(r->inserted.empty());
    } else {
      ASSERT_EQ(r->inserted.size(), 1u);
      EXPECT_EQ(r->inserted[0].begin, 5u);
      EXPECT_EQ(r->inserted[0].end, 5 + c.want.size());
    }
  }
}

TEST_F(TransformTest, CustomMask) {
  policy_.mask = "\u2588\u2588";
  Document doc = MakeDoc("a secret b");
  auto r = Transform(doc, {On(doc, "secret", Kind::kPerson, kRedact)}, ctx_);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text, "a \u2588\u2588 b");
}

TEST_F(TransformTest, LabelNumberingPerKindByValueOrEntity) {
  Document doc = MakeDoc("Amir met Bashir. AMIR  called ID-1 and Bashir. Karim, ID-2, ID-1. Omari and M. Omari.");
  std::vector<Decision> d = {
      On(doc, "Amir", Kind::kPerson, kLabel),
      On(doc, "Bashir", Kind::kPerson, kLabel),
      On(doc, "AMIR ", Kind::kPerson, kLabel),  // normalizes to "amir"
      On(doc, "ID-1", Kind::kId, kLabel),
      On(doc, "Bashir", Kind::kPerson, kLabel, -1, 1),
      On(doc, "Karim", Kind::kPerson, kLabel),
      On(doc, "ID-2", Kind::kId, kLabel),
      On(doc, "ID-1", Kind::kId, kLabel, -1, 1),
      On(doc, "Omari", Kind::kPerson, kLabel, 7),
      On(doc, "M. Omari", Kind::kPerson, kLabel, 7),  // linked: same label
  };
  auto r = Transform(doc, d, ctx_);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->text,
            "[PERSON-1] met [PERSON-2]. [PERSON-1] called [ID-1] and [PERSON-2]. [PERSON-3], [ID-2], [ID-1]. "
            "[PERSON-4] and [PERSON-4].");
}

TEST_F(TransformTest, PseudonymsAreConsistentAndFollowEntities) {
  Document doc = MakeDoc("Nabi Omari spoke. Later Omari left; nabi  OMARI returned. Zaki stayed.");
  std::vector<Decision> d = {
      On(doc, "Nabi Omari", Kind::kPerson, kPseudo, 3),
      On(doc, "Omari", Kind::kPerson, kPseudo, 3, 1),        // the "Omari" after "Later"
      On(doc, "nabi  OMARI", Kind::kPerson, kPseudo),         // unlinked, same normalized value
      On(doc, "Zaki", Kind::kPerson, kPseudo),
  };
  auto r = Transform(doc, d, ctx_);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const std::string full = Pseudonym(key_, Kind::kPerson, "Nabi Omari");
  const std::string zaki = Pseudonym(key_, Kind::kPerson, "Zaki");
  EXPECT_NE(full, zaki);
  EXPECT_EQ(r->text, full + " spoke. Later " + full + " left; " + full + " returned. " + zaki + " stayed.");

  // Same input, another key: other pseudonyms, same shape.
  RecipientKey other = key_;
  other.secret[0] ^= 0xff;
  TransformContext ctx2 = ctx_;
  ctx2.key = &other;
  auto r2 = Transform(doc, d, ctx2);
  ASSERT_TRUE(r2.ok());
  EXPECT_EQ(r2->text.find(full), std::string::npos);
  EXPECT_NE(r2->text.find(Pseudonym(other, Kind::kPerson, "Nabi Omari")), std::string::npos);
  // Deterministic.
  EXPECT_EQ(Transform(doc, d, ctx_)->text, r->text);
}

TEST_F(TransformTest, MissingKeyIsAnError) {
  Document doc = MakeDoc("Hello Amir.");
  ctx_.key = nullptr;
  auto r = Transform(doc, {On(doc, "Amir", Kind::kPerson, kPseudo)}, ctx_);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(r.status().message().find("Amir"), std::string::npos);
  // Without pseudonyms no key is needed.
  EXPECT_TRUE(Transform(doc, {On(doc, "Amir", Kind::kPerson, kRedact)}, ctx_).ok());
}

TEST_F(TransformTest, InvalidDecisionsAreRefused) {
  Document doc = MakeDoc("one two three");
  Decision a = On(doc, "one", Kind::kPerson, kRedact);
  Decision b = On(doc, "two", Kind::kPerson, kRedact);
  Decision overlap = b;
  overlap.finding.begin = 2;
  Decision outside = b;
  outside.finding.end = 100;
  Decision empty = b;
  empty.finding.end = empty.finding.begin;
  for (const auto& ds : std::vector<std::vector<Decision>>{{b, a}, {a, overlap}, {outside}, {empty}}) {
    auto r = Transform(doc, ds, ctx_);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.status().code(), Status::Code::kInvalidArgument);
  }
  TransformContext no_policy;
  EXPECT_FALSE(Transform(doc, {a}, no_policy).ok());
  Document no_portions = doc;
  no_portions.portions.clear();
  EXPECT_FALSE(Transform(no_portions, {On(doc, "one", Kind::kDem, kDrop)}, ctx_).ok());
}

TEST_F(TransformTest, DropPortionWithCrlf) {
  Document doc = MakeDoc(
      "First para, Amir here.\r\nSecond line.\r\n\r\n"
      "Tribe: example; Bashir and ID-7\r\nwrapped line.\r\n\r\n"
      "Third para, Karim.\r\n");
  ASSERT_EQ(doc.portions.size(), 3u);
  std::vector<Decision> d = {
      On(doc, "Amir", Kind::kPerson, kLabel),
      On(doc, "Tribe: example", Kind::kDem, kDrop),
      On(doc, "Bashir", Kind::kPerson, kLabel),  // subsumed: must not take a label number
      On(doc, "ID-7", Kind::kId, kRedact),       // subsumed
      On(doc, "Karim", Kind::kPerson, kLabel),
  };
  auto r = Transform(doc, d, ctx_);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->text,
            "First para, [PERSON-1] here.\r\nSecond line.\r\n\r\n"
            "[portion withheld]\r\n\r\n"
            "Third para, [PERSON-2].\r\n");
  EXPECT_EQ(r->withheld_portions, std::vector<size_t>{1});
  ASSERT_EQ(r->applied.size(), 5u);
  const size_t at = r->text.find("[portion withheld]");
  for (int i : {1, 2, 3}) {
    EXPECT_EQ(r->applied[i].action, ActionType::kDropPortion) << i;
    EXPECT_EQ(r->applied[i].output.begin, at);
    EXPECT_EQ(r->applied[i].output.end, at + 18);
  }
  ASSERT_EQ(r->inserted.size(), 3u);
  EXPECT_EQ(r->text.substr(r->inserted[1].begin, r->inserted[1].end - r->inserted[1].begin), "[portion withheld]");
}

TEST_F(TransformTest, WithholdingSpreadsThroughSpansThatCrossPortions) {
  // The ADDRESS span crosses from portion 1 into portion 2; portion 1 is
  // withheld, so the span is subsumed and portion 2 goes too. Portion 0 and 3 stay.
  Document doc = MakeDoc("Keep me.\n\nDem here, Road 1\n\nStreet 2, more.\n\nKeep too.");
  ASSERT_EQ(doc.portions.size(), 4u);
  std::vector<Decision> d = {
      On(doc, "Dem", Kind::kDem, kDrop),
      On(doc, "Road 1\n\nStreet 2", Kind::kAddress, kRedact),
  };
  auto r = Transform(doc, d, ctx_);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->text, "Keep me.\n\n[portion withheld]\n\nKeep too.");
  EXPECT_EQ(r->withheld_portions, (std::vector<size_t>{1, 2}));
  EXPECT_EQ(r->applied[1].action, ActionType::kDropPortion);

  // A drop_portion span that itself crosses portions withholds both.
  auto r2 = Transform(doc, {On(doc, "Road 1\n\nStreet 2", Kind::kDem, kDrop)}, ctx_);
  ASSERT_TRUE(r2.ok());
  EXPECT_EQ(r2->text, "Keep me.\n\n[portion withheld]\n\nKeep too.");
}

TEST_F(TransformTest, AdjacentWithheldPortionsStaySeparateLines) {
  Document doc = MakeDoc("A one.\n\nB two.\n\nC three.");
  auto r = Transform(doc, {On(doc, "A", Kind::kDem, kDrop), On(doc, "B", Kind::kDem, kDrop)}, ctx_);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text, "[portion withheld]\n\n[portion withheld]\n\nC three.");
  EXPECT_EQ(r->inserted.size(), 2u);
}

// ---- property: bytes outside acted-on spans are copied unchanged ----

// Checks `r` against `doc`/`d`: the input splits into acted-on ranges (each
// non-subsumed decision; each merged withheld region) and gaps; the output is
// the same gaps, in order, around the replacements.
void CheckCopiesGaps(const Document& doc, const std::vector<Decision>& d, const TransformResult& r) {
  struct Piece {
    size_t in_b, in_e, out_b, out_e;
  };
  std::vector<Piece> pieces;
  std::vector<std::pair<size_t, size_t>> withheld;  // input ranges
  for (size_t p : r.withheld_portions) withheld.push_back({doc.portions[p].begin, doc.portions[p].end});
  for (size_t i = 0; i < d.size(); ++i) {
    const AppliedAction& a = r.applied[i];
    if (a.action == ActionType::kDropPortion) {
      withheld.push_back({a.finding.begin, a.finding.end});
    } else {
      pieces.push_back({a.finding.begin, a.finding.end, a.output.begin, a.output.end});
      if (a.action == ActionType::kKeep) {
        EXPECT_EQ(r.text.substr(a.output.begin, a.output.end - a.output.begin),
                  doc.text.substr(a.finding.begin, a.finding.size()));
      }
    }
  }
  std::sort(withheld.begin(), withheld.end());
  std::vector<std::pair<size_t, size_t>> merged;
  for (auto w : withheld) {
    if (!merged.empty() && w.first <= merged.back().second) merged.back().second = std::max(merged.back().second, w.second);
    else merged.push_back(w);
  }
  std::vector<Span> placeholder;  // inserted spans holding "[portion withheld]", in order
  for (const Span& s : r.inserted)
    if (r.text.compare(s.begin, s.end - s.begin, "[portion withheld]") == 0) placeholder.push_back(s);
  // Placeholders may also come from a label/redact whose text happens to match; not with these masks.
  ASSERT_EQ(placeholder.size(), merged.size());
  for (size_t i = 0; i < merged.size(); ++i)
    pieces.push_back({merged[i].first, merged[i].second, placeholder[i].begin, placeholder[i].end});
  std::sort(pieces.begin(), pieces.end(), [](const Piece& a, const Piece& b) { return a.in_b < b.in_b; });
  size_t in = 0, out = 0;
  for (const Piece& p : pieces) {
    ASSERT_LE(in, p.in_b);
    ASSERT_EQ(p.out_b - out, p.in_b - in);
    ASSERT_EQ(r.text.substr(out, p.out_b - out), doc.text.substr(in, p.in_b - in));
    in = p.in_e;
    out = p.out_e;
  }
  ASSERT_EQ(r.text.substr(out), doc.text.substr(in));
  // Inserted spans are sorted, disjoint and inside the output.
  for (size_t i = 0; i < r.inserted.size(); ++i) {
    EXPECT_LT(r.inserted[i].begin, r.inserted[i].end);
    EXPECT_LE(r.inserted[i].end, r.text.size());
    if (i > 0) {
      EXPECT_LE(r.inserted[i - 1].end, r.inserted[i].begin);
    }
  }
}

TEST_F(TransformTest, RandomInputsCopyBytesOutsideSpans) {
  std::mt19937 rng(12345);
  const std::vector<std::string> atoms = {"a", "b", "Z", " ", " ", "7", ".", "\n", "\r\n", "\n\n", "\r\n\r\n",
                                          "\xc3\xa9", "\xe2\x80\x94", "2021-03-04", "+93 70 123 4567", "10.1.2.3"};
  const Action actions[] = {kKeep, kRedact, kLabel, kPseudo, kMonth, kGrid10, kCountry, kNetwork, kDrop};
  const Kind kinds[] = {Kind::kPerson, Kind::kDate, Kind::kCoordinate, Kind::kPhone, Kind::kIp, Kind::kDem};
  int with_drop = 0;
  for (int iter = 0; iter < 500; ++iter) {
    std::string text;
    int len = 1 + rng() % 60;
    for (int i = 0; i < len; ++i) text += atoms[rng() % atoms.size()];
    Document doc = MakeDoc(text);
    // Random sorted, disjoint spans.
    std::vector<Decision> d;
    size_t pos = 0;
    while (pos < text.size()) {
      pos += rng() % 12;
      if (pos >= text.size()) break;
      size_t end = std::min(text.size(), pos + 1 + rng() % 15);
      Decision x;
      x.finding.begin = pos;
      x.finding.end = end;
      x.finding.kind = kinds[rng() % std::size(kinds)];
      x.finding.entity = (rng() % 4 == 0) ? static_cast<int32_t>(rng() % 3) : -1;
      x.action = actions[rng() % std::size(actions)];
      if (x.action.type == ActionType::kDropPortion) {
        bool touches = false;
        for (const Portion& p : doc.portions) touches |= p.begin < end && pos < p.end;
        if (touches) {
          ++with_drop;
        } else {
          x.action = kRedact;
        }
      }
      d.push_back(x);
      pos = end;
    }
    SCOPED_TRACE(iter);
    auto r = Transform(doc, d, ctx_);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    ASSERT_EQ(r->applied.size(), d.size());
    CheckCopiesGaps(doc, d, *r);
    if (::testing::Test::HasFatalFailure()) return;
  }
  EXPECT_GT(with_drop, 50);
}

}  // namespace
}  // namespace tearline

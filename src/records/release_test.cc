#include <gtest/gtest.h>

#include "tearline/aggregate.h"
#include "tearline/file.h"
#include "tearline/records.h"

namespace tearline {
namespace {

const char kInput[] =
    "name,phone,age,city,note\r\n"
    "Ana Test,0700 111 222,37,\"Town, North\",\"said \"\"hi\"\"\"\r\n"
    "Bo Test,0700 333 444,41,Village,plain\r\n";

Result<RecordsRelease> ReleaseText(const FieldPolicy& p, const std::string& in = kInput) {
  auto t = ParseCsv(in);
  EXPECT_TRUE(t.ok()) << t.status().ToString();
  return ReleaseCsv(*t, p);
}

FieldPolicy Policy(std::vector<FieldRule> rules, std::vector<QuasiIdentifier> qis = {}) {
  FieldPolicy p;
  p.rules = std::move(rules);
  p.quasi_identifiers = std::move(qis);
  return p;
}

FieldRule Rule(std::string field, FieldActionType a) {
  FieldRule r;
  r.field = std::move(field);
  r.action = a;
  return r;
}

TEST(ReleaseCsvTest, EachAction) {
  auto age = *AgeHierarchy();
  FieldRule gen = Rule("age", FieldActionType::kGeneralize);
  gen.hierarchy = age;
  gen.level = 2;
  struct Case { std::vector<FieldRule> rules; bool keep_unlisted; std::string want; } cases[] = {
      // Untouched fields keep their bytes and quoting; unlisted columns dropped.
      {{Rule("city", FieldActionType::kKeep), Rule("note", FieldActionType::kKeep)}, false,
       "city,note\r\n\"Town, North\",\"said \"\"hi\"\"\"\r\nVillage,plain\r\n"},
      {{Rule("phone", FieldActionType::kRedact), Rule("city", FieldActionType::kKeep)}, false,
       "phone,city\r\n[REDACTED],\"Town, North\"\r\n[REDACTED],Village\r\n"},
      {{gen}, false, "age\r\n30-39\r\n40-49\r\n"},
      {{Rule("name", FieldActionType::kDrop), Rule("phone", FieldActionType::kDrop)}, true,
       "age,city,note\r\n37,\"Town, North\",\"said \"\"hi\"\"\"\r\n41,Village,plain\r\n"},
      {{Rule("note", FieldActionType::kText)}, false, "note\r\n\"<said \"\"hi\"\">\"\r\n<plain>\r\n"},
      {{Rule("city", FieldActionType::kText)}, false, "city\r\n\"<Town, North>\"\r\n<Village>\r\n"},
  };
  for (const auto& c : cases) {
    FieldPolicy p;
    p.rules = c.rules;
    p.keep_unlisted = c.keep_unlisted;
    p.text = [](std::string_view, std::string_view v) -> Result<TextOutput> { return TextOutput("<" + std::string(v) + ">"); };
    auto r = ReleaseText(p);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    EXPECT_EQ(r->output, c.want);
  }
}

TEST(ReleaseCsvTest, ReportListsFields) {
  FieldPolicy p;
  p.rules = {Rule("phone", FieldActionType::kRedact)};
  auto r = ReleaseText(p);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->report.fields_out, std::vector<std::string>{"phone"});
  EXPECT_EQ(r->report.fields_dropped, (std::vector<std::string>{"name", "age", "city", "note"}));
  EXPECT_EQ(r->report.records_in, 2u);
  EXPECT_EQ(r->report.records_out, 2u);
}

TEST(ReleaseCsvTest, PseudonymIsKeyedAndConsistent) {
  const std::string in = "name,x\nAna,1\nBo,2\nAna,3\n";
  FieldPolicy p;
  p.rules = {Rule("name", FieldActionType::kPseudonym)};
  p.pseudonym_key = std::vector<uint8_t>(32, 7);
  auto a = ReleaseText(p, in);
  ASSERT_TRUE(a.ok());
  std::string pa = RecordPseudonym(p.pseudonym_key, "name", "Ana");
  std::string pb = RecordPseudonym(p.pseudonym_key, "name", "Bo");
  EXPECT_EQ(a->output, "name\n" + pa + "\n" + pb + "\n" + pa + "\n");
  EXPECT_EQ(pa.size(), 10u);
  EXPECT_EQ(pa.substr(0, 2), "P-");
  EXPECT_NE(pa, pb);
  EXPECT_EQ(pa, RecordPseudonym(p.pseudonym_key, "name", "Ana"));
  EXPECT_NE(pa, RecordPseudonym(std::vector<uint8_t>(32, 8), "name", "Ana"));
  EXPECT_NE(pa, RecordPseudonym(p.pseudonym_key, "other", "Ana"));
  // A callback replaces the built-in pseudonym.
  p.pseudonym = [](std::string_view f, std::string_view v) { return "Person-" + std::to_string(v.size()); };
  auto b = ReleaseText(p, in);
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b->output, "name\nPerson-3\nPerson-2\nPerson-3\n");
}

TEST(ReleaseCsvTest, PolicyErrors) {
  auto age = *AgeHierarchy();
  FieldRule bad_level = Rule("age", FieldActionType::kGeneralize);
  bad_level.hierarchy = age;
  bad_level.level = 9;
  struct Case { FieldPolicy p; Status::Code code; std::string want; } cases[] = {
      {Policy({Rule("passport", FieldActionType::kRedact)}), Status::Code::kPolicyError, "column 'passport'"},
      {Policy({Rule("name", FieldActionType::kPseudonym)}), Status::Code::kPolicyError, "needs a key"},
      {Policy({Rule("note", FieldActionType::kText)}), Status::Code::kPolicyError, "text pipeline"},
      {Policy({bad_level}), Status::Code::kPolicyError, "level"},
      {Policy({Rule("age", FieldActionType::kKeep), Rule("age", FieldActionType::kDrop)}),
       Status::Code::kPolicyError, "named twice"},
      {Policy({Rule("age", FieldActionType::kKeep)}, {{"age", age}}),
       Status::Code::kPolicyError, "named twice"},
      {Policy({}, {{"zip", age}}), Status::Code::kPolicyError, "column 'zip'"},
  };
  for (const auto& c : cases) {
    auto r = ReleaseText(c.p);
    ASSERT_FALSE(r.ok()) << c.want;
    EXPECT_EQ(r.status().code(), c.code) << r.status().ToString();
    EXPECT_NE(r.status().message().find(c.want), std::string::npos) << r.status().message();
  }
}

TEST(ReleaseCsvTest, FieldErrorsNameLineNotValue) {
  FieldRule gen = Rule("age", FieldActionType::kGeneralize);
  gen.hierarchy = *AgeHierarchy();
  FieldPolicy p;
  p.rules = {gen};
  auto r = ReleaseText(p, "age\n30\nsecretvalue\n");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kBadInput);
  EXPECT_NE(r.status().message().find("line 3, field 'age'"), std::string::npos) << r.status().message();
  EXPECT_EQ(r.status().message().find("secretvalue"), std::string::npos);
  // A failing text pipeline fails the release.
  FieldPolicy t;
  t.rules = {Rule("age", FieldActionType::kText)};
  t.text = [](std::string_view, std::string_view) -> Result<TextOutput> { return Status::Blocked("leak"); };
  auto failed = ReleaseText(t, "age\n30\n");
  ASSERT_FALSE(failed.ok());
  EXPECT_EQ(failed.status().code(), Status::Code::kBlocked);
  EXPECT_NE(failed.status().message().find("line 2, field 'age'"), std::string::npos);
}

TEST(ReleaseCsvTest, GateGeneralizesAndSuppresses) {
  // Six people in their thirties in one province, one in her sixties elsewhere.
  std::string in = "name,age,district\n";
  for (int i = 0; i < 6; ++i) in += "N" + std::to_string(i) + "," + std::to_string(30 + i) + ",D" + std::to_string(i % 2 + 1) + "\n";
  in += "Z,64,D3\n";
  auto places = *TableHierarchy("D1,P1,AF\nD2,P1,AF\nD3,P2,AF\n", "places");
  FieldPolicy p;
  p.rules = {Rule("name", FieldActionType::kRedact)};
  p.quasi_identifiers = {{"age", *AgeHierarchy()}, {"district", places}};
  p.kanon.k = 3;
  p.kanon.max_risk = 1;
  p.kanon.max_suppression = 0.15;  // one record of seven
  p.pseudonym_key = std::vector<uint8_t>(32, 1);
  auto r = ReleaseText(p, in);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->output,
            "name,age,district\n"
            "[REDACTED],30-39,D1\n[REDACTED],30-39,D2\n[REDACTED],30-39,D1\n"
            "[REDACTED],30-39,D2\n[REDACTED],30-39,D1\n[REDACTED],30-39,D2\n");
  ASSERT_TRUE(r->report.kanon.has_value());
  EXPECT_EQ(r->report.kanon->suppressed, 1u);
  EXPECT_EQ(r->report.records_out, 6u);
  EXPECT_EQ(r->report.kanon->k_reached, 3u);
  EXPECT_EQ(r->report.kanon->levels, (std::vector<int>{2, 0}));
  ASSERT_TRUE(r->report.fingerprint.has_value());
  EXPECT_EQ(r->report.fingerprint->class_hashes.size(), 2u);
  // Without suppression only a coarser node works; with k above the
  // record count nothing does.
  p.kanon.max_suppression = 0;
  auto coarse = ReleaseText(p, in);
  ASSERT_TRUE(coarse.ok());
  EXPECT_EQ(coarse->report.kanon->suppressed, 0u);
  p.kanon.k = 8;
  auto blocked = ReleaseText(p, in);
  ASSERT_FALSE(blocked.ok());
  EXPECT_EQ(blocked.status().code(), Status::Code::kBlocked);
}

}  // namespace
}  // namespace tearline

namespace tearline {
namespace {

// The shipped example end to end: direct identifiers pseudonymized or
// dropped, quasi-identifiers generalized to k = 5, and counts per checkpoint
// per day with small cells suppressed.
TEST(ExampleTest, EvacueesRelease) {
  auto bytes = ReadFile(std::string(TEARLINE_SOURCE_DIR) + "/examples/evacuees.csv");
  ASSERT_TRUE(bytes.ok()) << bytes.status().ToString();
  auto places_csv = ReadFile(std::string(TEARLINE_SOURCE_DIR) + "/examples/hierarchies/places.csv");
  ASSERT_TRUE(places_csv.ok());
  auto t = ParseCsv(*bytes);
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  ASSERT_GE(t->records.size(), 250u);
  FieldPolicy p;
  p.rules = {Rule("name", FieldActionType::kPseudonym), Rule("tazkira", FieldActionType::kDrop),
             Rule("phone", FieldActionType::kRedact), Rule("checkpoint", FieldActionType::kKeep)};
  p.pseudonym_key = std::vector<uint8_t>(32, 5);
  p.quasi_identifiers = {{"age", *AgeHierarchy()},
                         {"sex", SuppressionHierarchy()},
                         {"district", *TableHierarchy(*places_csv, "places", true)},
                         {"date", DateHierarchy()}};
  p.kanon.k = 5;
  p.kanon.max_suppression = 0.05;
  p.kanon.max_risk = 0.1;
  auto r = ReleaseCsv(*t, p);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const KAnonResult& k = *r->report.kanon;
  EXPECT_GE(k.k_reached, 5u);
  EXPECT_LE(k.suppressed, t->records.size() / 20);
  EXPECT_LE(k.average_risk, 0.1);
  // No name, ID or phone number of the input is in the output.
  for (size_t i = 0; i < t->records.size(); ++i) {
    EXPECT_EQ(r->output.find(t->value(i, 0)), std::string::npos);
    EXPECT_EQ(r->output.find(t->value(i, 1)), std::string::npos);
    EXPECT_EQ(r->output.find(t->value(i, 2)), std::string::npos);
  }
  auto out = ParseCsv(r->output);
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(out->columns, (std::vector<std::string>{"name", "phone", "age", "sex", "district", "checkpoint", "date"}));
  EXPECT_EQ(out->records.size(), r->report.records_out);

  std::vector<std::string> cps, days;
  for (size_t i = 0; i < t->records.size(); ++i) {
    cps.push_back(t->value(i, 7));
    days.push_back(t->value(i, 8));
  }
  AggregateOptions ao;
  ao.k = 5;
  SuppressedCounts s = SuppressCounts(CountByGroups(cps, days), ao);
  EXPECT_EQ(s.counts.rows(), 4u);
  EXPECT_EQ(s.counts.cols(), 7u);
  EXPECT_EQ(s.counts.total, t->records.size());
}

// The ranges tearline wrote: whole changed values (CSV quotes included),
// and the text pipeline's own ranges mapped through CSV and JSON escaping.
TEST(ReleaseInsertedTest, RangesCoverWhatTearlineWrote) {
  auto age = *AgeHierarchy();
  FieldRule gen = Rule("age", FieldActionType::kGeneralize);
  gen.hierarchy = age;
  FieldPolicy p = Policy({Rule("phone", FieldActionType::kRedact), Rule("city", FieldActionType::kKeep),
                          Rule("note", FieldActionType::kText), gen});
  p.mask = "[X, Y]";  // needs quoting
  // The pipeline writes "<" and ">" around the value and reports both.
  p.text = [](std::string_view, std::string_view v) -> Result<TextOutput> {
    TextOutput t("<" + std::string(v) + ">");
    t.inserted = {{0, 1}, {t.text.size() - 1, t.text.size()}};
    return t;
  };
  struct Case {
    bool jsonl;
    std::string input;
    std::vector<std::string> want;  // the output at each range, in order
  } cases[] = {
      {false, kInput, {"\"[X, Y]\"", "35-39", "<", ">", "\"[X, Y]\"", "40-44", "<", ">"}},
      {true,
       "{\"phone\":\"0700\",\"city\":\"T\",\"note\":\"say \\\"hi\\\"\",\"age\":37}\n",
       {"\"[X, Y]\"", "<", ">", "\"35-39\""}},
  };
  for (const Case& c : cases) {
    Result<RecordsRelease> r = Status::Internal("unset");
    if (c.jsonl) {
      auto t = ParseJsonl(c.input);
      ASSERT_TRUE(t.ok()) << t.status().ToString();
      FieldPolicy jp = p;
      for (FieldRule& rule : jp.rules) rule.field = "/" + rule.field;
      r = ReleaseJsonl(*t, jp);
    } else {
      r = ReleaseText(p, c.input);
    }
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    std::vector<std::string> got;
    size_t last = 0;
    for (const OutputRange& x : r->inserted) {
      EXPECT_LE(last, x.begin);
      last = x.end;
      got.push_back(r->output.substr(x.begin, x.end - x.begin));
    }
    EXPECT_EQ(got, c.want) << r->output;
  }
}

}  // namespace
}  // namespace tearline

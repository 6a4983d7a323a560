// Tests of the [records] table of a policy (policy_records.cc).
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "policy_internal.h"
#include "tearline/file.h"
#include "tearline/policy.h"
#include "tearline/records.h"

namespace tearline {
namespace {
namespace fs = std::filesystem;

class PolicyRecordsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("tearline_policy_records_" + std::to_string(::getpid()));
    fs::create_directories(dir_ / "h");
    ASSERT_TRUE(WriteFileAtomic((dir_ / "h" / "towns.csv").string(),
                                "town,region,country\nT1,R1,XA\nT2,R1,XA\nT3,R2,XA\n").ok());
  }
  void TearDown() override { fs::remove_all(dir_); }
  Result<Policy> Parse(const std::string& records) {
    return ParsePolicy("recipient = \"r1\"\n" + records, (dir_ / "p.toml").string());
  }
  fs::path dir_;
};

TEST_F(PolicyRecordsTest, ParsesRowsPolicy) {
  auto p = Parse(R"(
[records]
unlisted = "keep"
quasi_identifiers = ["age", "town", "day"]
k = 4
max_suppression = 0.1
max_risk = 0.2
[records.fields]
name = "pseudonym"
phone = "redact"
id = "drop"
notes = "text"
born = { generalize = "10y" }
seen = { generalize = "month" }
alias = { pseudonym = "person" }
[records.hierarchies]
age = "age:5,10"
town = { file = "h/towns.csv" }
day = "date"
)");
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  ASSERT_TRUE(p->records);
  const RecordsPolicy& r = *p->records;
  EXPECT_TRUE(r.fields.keep_unlisted);
  EXPECT_EQ(r.fields.kanon.k, 4u);
  EXPECT_DOUBLE_EQ(r.fields.kanon.max_suppression, 0.1);
  EXPECT_DOUBLE_EQ(r.fields.kanon.max_risk, 0.2);
  ASSERT_EQ(r.fields.quasi_identifiers.size(), 3u);
  EXPECT_EQ(r.fields.quasi_identifiers[0].field, "age");
  EXPECT_EQ(r.fields.quasi_identifiers[0].hierarchy->name(), "age:5,10");
  EXPECT_EQ(r.fields.quasi_identifiers[1].hierarchy->name(), "table:towns");
  EXPECT_EQ(*r.fields.quasi_identifiers[1].hierarchy->Generalize("T3", 1), "R2");
  EXPECT_EQ(r.fields.quasi_identifiers[2].hierarchy->name(), "date");
  std::map<std::string, std::string> got;
  for (const FieldRule& f : r.fields.rules) {
    std::string a(FieldActionName(f.action));
    if (f.hierarchy) a += ":" + f.hierarchy->name() + ":" + std::to_string(f.level);
    if (!f.pseudonym_domain.empty()) a += ":" + f.pseudonym_domain;
    got[f.field] = a;
  }
  EXPECT_EQ(got, (std::map<std::string, std::string>{{"alias", "pseudonym:person"},
                                                     {"born", "generalize:age:10:1"},
                                                     {"id", "drop"},
                                                     {"name", "pseudonym"},
                                                     {"notes", "text"},
                                                     {"phone", "redact"},
                                                     {"seen", "generalize:date:2"}}));
  EXPECT_FALSE(r.aggregate);
  EXPECT_NE(CanonicalPolicy(*p).find("records.quasi_identifier=\"town\""), std::string::npos);
}

TEST_F(PolicyRecordsTest, ParsesAggregateAndNamedLevels) {
  auto p = Parse(R"(
[records]
k = 7
[records.fields]
town = { generalize = "region" }
[records.hierarchies]
town = { file = "h/towns.csv", header = true }
[records.aggregate]
by = ["town", "day"]
suppress_zeros = true
)");
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  const RecordsPolicy& r = *p->records;
  ASSERT_TRUE(r.aggregate);
  EXPECT_EQ(r.aggregate->by, (std::vector<std::string>{"town", "day"}));
  EXPECT_EQ(r.aggregate->options.k, 7u);  // inherits records.k
  EXPECT_TRUE(r.aggregate->options.suppress_zeros);
  ASSERT_EQ(r.fields.rules.size(), 1u);
  EXPECT_EQ(r.fields.rules[0].level, 1);
}

TEST_F(PolicyRecordsTest, FingerprintCoversRecordsAndHierarchyFiles) {
  const std::string text = "[records]\nquasi_identifiers = [\"town\"]\n[records.hierarchies]\ntown = { file = \"h/towns.csv\" }\n";
  auto a = Parse(text);
  auto none = Parse("");
  auto k3 = Parse(text + "[records.fields]\nx = \"keep\"\n");
  ASSERT_TRUE(a.ok() && none.ok() && k3.ok());
  EXPECT_NE(a->fingerprint, none->fingerprint);
  EXPECT_NE(a->fingerprint, k3->fingerprint);
  ASSERT_TRUE(WriteFileAtomic((dir_ / "h" / "towns.csv").string(), "town,region,country\nT1,R1,XA\nT2,R2,XA\n").ok());
  auto b = Parse(text);
  ASSERT_TRUE(b.ok());
  EXPECT_NE(a->fingerprint, b->fingerprint);
}

TEST_F(PolicyRecordsTest, ErrorsNameLineAndColumn) {
  struct Case {
    std::string records;  // starts on line 2 of the policy
    std::string want;     // ":line:col: message" fragment
  } cases[] = {
      {"[records]\nbogus = 1\n", ":3:1: unknown key 'bogus' in [records]"},
      {"[records]\nunlisted = \"maybe\"\n", ":3:12: records.unlisted must be \"drop\" or \"keep\""},
      {"[records]\nk = 0\n", ":3:5: records.k must be an integer from 1"},
      {"[records]\nmax_suppression = 1.0\n", ":3:19: records.max_suppression must be in [0, 1)"},
      {"[records]\nmax_risk = 0\n", ":3:12: records.max_risk must be in (0, 1]"},
      {"[records.fields]\nname = \"hide\"\n", ":3:8: unknown action 'hide' for field 'name'"},
      {"[records.fields]\nage = \"generalize\"\n", ":3:7: generalize needs a level"},
      {"[records.fields]\nage = { generalize = \"decade\" }\n", ":3:22: unknown generalize level 'decade'"},
      {"[records.fields]\nage = { generalize = 2 }\n", ":3:22: a numeric generalize level needs a hierarchy"},
      {"[records.fields]\nage = { generalise = 2 }\n", ":3:9: unknown key 'generalise'"},
      {"[records.fields]\n\"/a/~2\" = \"keep\"\n", ":3:1: field '/a/~2' is not a valid JSON pointer"},
      {"[records]\nquasi_identifiers = [\"age\"]\n", ":3:22: quasi-identifier 'age' needs a hierarchy"},
      {"[records]\nquasi_identifiers = [\"age\"]\n[records.fields]\nage = \"keep\"\n[records.hierarchies]\nage = \"age\"\n",
       ":3:22: field 'age' is a quasi-identifier and has a rule"},
      {"[records.hierarchies]\nage = \"age:7,10\"\n", ":3:7: unknown hierarchy 'age:7,10'"},
      {"[records.hierarchies]\ntown = { file = \"h/missing.csv\" }\n", ":3:17: cannot read hierarchy file"},
      {"[records.hierarchies]\ntown = { path = \"x\" }\n", ":3:10: unknown key 'path' in a hierarchy"},
      {"[records.aggregate]\nby = []\n", ":3:6: records.aggregate.by must name one or two fields"},
      {"[records.aggregate]\nby = [\"a\"]\nmode = 1\n", ":4:1: unknown key 'mode' in [records.aggregate]"},
      {"[records]\nquasi_identifiers = []\n[records.aggregate]\nby = [\"a\"]\n",
       ":4:1: [records.aggregate] releases counts, not rows"},
  };
  for (const Case& c : cases) {
    auto p = Parse(c.records);
    ASSERT_FALSE(p.ok()) << c.records;
    EXPECT_EQ(p.status().code(), Status::Code::kPolicyError);
    EXPECT_NE(p.status().message().find("p.toml" + c.want), std::string::npos)
        << c.records << "\n got: " << p.status().message();
  }
}

}  // namespace
}  // namespace tearline

// End-to-end tests of `tearline release` for records (CSV, JSONL), run
// in-process through RunCli with --no-tagger and TEARLINE_HOME in a temp dir.
// Golden files live in tests/golden/; TEARLINE_UPDATE_GOLDEN=1 rewrites them.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli_test_util.h"
#include "tearline/cli.h"
#include "tearline/file.h"
#include "tearline/records.h"

namespace tearline {
namespace {
namespace fs = std::filesystem;

using testing::Cli;
using testing::CliRun;
using testing::ExpectGolden;
using testing::Slurp;

const std::string kSrc = TEARLINE_SOURCE_DIR;
const std::string kEvacuees = kSrc + "/examples/evacuees.csv";
const std::string kLiaison = kSrc + "/examples/policies/evacuees-liaison.toml";
const std::string kPartner = kSrc + "/examples/policies/evacuees-partner.toml";

// Every name, tazkira number and phone number of the example input.
std::vector<std::string> EvacueeSecrets() {
  auto t = ParseCsv(Slurp(kEvacuees));
  EXPECT_TRUE(t.ok());
  std::vector<std::string> s;
  for (size_t r = 0; t.ok() && r < t->records.size(); ++r)
    for (size_t c = 0; c < 3; ++c) s.push_back(t->value(r, c));
  return s;
}

void ExpectNone(const std::string& text, const std::vector<std::string>& secrets, const std::string& what) {
  for (const std::string& s : secrets) ASSERT_EQ(text.find(s), std::string::npos) << what << " contains a hidden value";
}

class RecordsCliTest : public testing::CliFixture {
 protected:
  void FixedKey(const std::string& recipient) { CliFixture::FixedKey(recipient, "5a"); }

  // Runs a release and returns it; the ledger lives in home_. Without the
  // tagger unless `tagger` (the records tests check the records pipeline;
  // the examples' own runs keep the tagger, as a user runs them).
  CliRun Release(const std::string& input, const std::string& policy, const std::string& out,
                 const std::string& report = "", bool tagger = false) {
    std::vector<std::string> args = {"release", input, "--policy", policy, "-o", out};
    if (!tagger) args.push_back("--no-tagger");
    if (!report.empty()) args.insert(args.end(), {"--report", report});
    return Cli(args);
  }
  nlohmann::json Report(const std::string& name) { return nlohmann::json::parse(Slurp(P(name))); }
};

TEST_F(RecordsCliTest, LiaisonGetsCountsPerCheckpointPerDay) {
  CliRun r = Release(kEvacuees, kLiaison, P("counts.csv"), P("report.json"));
  ASSERT_EQ(r.code, 0) << r.err;
  std::string out = Slurp(P("counts.csv"));
  ExpectGolden(out, "evacuees.liaison-kabul.csv");
  EXPECT_EQ(out.rfind("checkpoint,2021-08-15,", 0), 0u) << out;
  auto secrets = EvacueeSecrets();
  ExpectNone(out, secrets, "output");
  ExpectNone(Slurp(P("report.json")), secrets, "report");
  ExpectNone(r.out + r.err, secrets, "console");
  // Every released count is at least k.
  auto t = ParseCsv(out);
  ASSERT_TRUE(t.ok());
  for (size_t row = 0; row < t->records.size(); ++row)
    for (size_t c = 1; c < t->num_columns(); ++c) {
      std::string v = t->value(row, c);
      if (v != "*") {
        EXPECT_GE(std::stoi(v), 5) << "row " << row << " column " << c;
      }
    }
  nlohmann::json rep = Report("report.json");
  EXPECT_EQ(rep["mode"], "aggregate");
  EXPECT_EQ(rep["records_in"], 300);
  EXPECT_EQ(rep["decision"], "released");
  EXPECT_EQ(rep["leak_check"]["passed"], true);
  // The same run again gives the same bytes.
  ASSERT_EQ(Release(kEvacuees, kLiaison, P("again.csv")).code, 0);
  EXPECT_EQ(Slurp(P("again.csv")), out);
}

TEST_F(RecordsCliTest, PartnerGetsKAnonymousRows) {
  FixedKey("aid-partner");
  // With the tagger, as the README runs the example: its leak check reads
  // every released cell (the checkpoints' names are allowed by the policy).
  CliRun r = Release(kEvacuees, kPartner, P("rows.csv"), P("report.json"), /*tagger=*/true);
  ASSERT_EQ(r.code, 0) << r.err;
  std::string out = Slurp(P("rows.csv"));
  ExpectGolden(out, "evacuees.aid-partner.csv");
  auto secrets = EvacueeSecrets();
  ExpectNone(out, secrets, "output");
  ExpectNone(Slurp(P("report.json")), secrets, "report");
  nlohmann::json rep = Report("report.json");
  EXPECT_GE(rep["kanon"]["k_reached"].get<int>(), 5);
  EXPECT_LE(rep["kanon"]["suppressed"].get<int>(), 15);
  EXPECT_LE(rep["kanon"]["average_risk"].get<double>(), 0.1);
  EXPECT_EQ(rep["fields_out"], (nlohmann::json{"name", "phone", "age", "sex", "district", "checkpoint", "date"}));
  // Re-releasing the same rows to the same recipient teaches it nothing new.
  CliRun again = Release(kEvacuees, kPartner, P("rows2.csv"));
  ASSERT_EQ(again.code, 0) << again.err;
  EXPECT_EQ(Slurp(P("rows2.csv")), out);
}

// --format names the record format when the extension does not (a file
// without one, or standard input); the output is the same.
TEST_F(RecordsCliTest, FormatFlagReadsRecordsWithoutExtensionAndFromStandardInput) {
  const std::string plain = Write("evacuees.data", Slurp(kEvacuees));
  CliRun r = Cli({"release", plain, "--policy", kLiaison, "-o", P("counts.csv"), "--no-tagger", "--format", "csv"});
  ASSERT_EQ(r.code, 0) << r.err;
  ExpectGolden(Slurp(P("counts.csv")), "evacuees.liaison-kabul.csv");
  // Without --format the file is taken for text, which the records policy cannot release.
  EXPECT_NE(Cli({"release", plain, "--policy", kLiaison, "-o", P("text.out"), "--no-tagger"}).code, 0);
  // Standard input.
  const int saved = dup(0);
  ASSERT_GE(saved, 0);
  FILE* in = std::fopen(kEvacuees.c_str(), "r");
  ASSERT_NE(in, nullptr);
  ASSERT_GE(dup2(fileno(in), 0), 0);
  CliRun piped = Cli({"release", "-", "--policy", kLiaison, "-o", P("stdin.csv"), "--no-tagger", "--format", "csv"});
  dup2(saved, 0);
  close(saved);
  std::fclose(in);
  ASSERT_EQ(piped.code, 0) << piped.err;
  EXPECT_EQ(Slurp(P("stdin.csv")), Slurp(P("counts.csv")));
  // Standard input needs an explicit output.
  EXPECT_EQ(Cli({"release", "-", "--policy", kLiaison, "--no-tagger", "--format", "csv"}).code, 2);
}

TEST_F(RecordsCliTest, BadInputsFailWithAClearErrorAndNoOutput) {
  const std::string policy = Write("p.toml",
                                   "recipient = \"r1\"\n[records]\nunlisted = \"keep\"\n[records.fields]\nname = \"redact\"\n");
  const std::string missing = Write("m.toml", "recipient = \"r1\"\n[records.fields]\nnmae = \"redact\"\n");
  const std::string norecords = Write("n.toml", "recipient = \"r1\"\n");
  FixedKey("r1");
  struct Case {
    std::string name, input, policy;
    int code;
    std::string message;
  } cases[] = {
      {"ragged.csv", "name,age\nAa Bb,30\nCc Dd\n", policy, 3, "line 3"},
      {"utf8.csv", "name,age\nAa \xff\xfe,30\n", policy, 3, "UTF-8"},
      {"nul.csv", std::string("name,age\nAa\0,30\n", 16), policy, 3, "NUL"},
      {"quote.csv", "name,age\n\"Aa,30\n", policy, 3, "quote"},
      {"bad.jsonl", "{\"name\": \"Aa\"}\n{\"name\": \n", policy, 3, "line 2"},
      {"col.csv", "name,age\nAa Bb,30\n", missing, 2, "'nmae'"},
      {"plain.csv", "name,age\nAa Bb,30\n", norecords, 2, "no [records] table"},
      {"absent.csv", "", policy, 4, "absent.csv"},
  };
  for (const Case& c : cases) {
    std::string input = c.name == "absent.csv" ? P("absent.csv") : Write(c.name, c.input);
    CliRun r = Release(input, c.policy, P("out-" + c.name), P("rep-" + c.name + ".json"));
    EXPECT_EQ(r.code, c.code) << c.name << ": " << r.err;
    EXPECT_NE(r.err.find(c.message), std::string::npos) << c.name << ": " << r.err;
    EXPECT_EQ(r.err.find("Aa"), std::string::npos) << c.name << " error quotes a value: " << r.err;
    EXPECT_FALSE(fs::exists(P("out-" + c.name))) << c.name;
    EXPECT_FALSE(fs::exists(P("rep-" + c.name + ".json"))) << c.name;
  }
}

// n records share one sex after full generalization: released at n = k,
// blocked at n = k - 1 (exit 1, nothing written, a blocked ledger entry).
TEST_F(RecordsCliTest, GateJustAboveAndJustBelowK) {
  FixedKey("r1");
  const std::string policy = Write("k.toml",
                                   "recipient = \"r1\"\n[records]\nquasi_identifiers = [\"sex\"]\nk = 5\nmax_risk = 0.5\n"
                                   "[records.fields]\nname = \"pseudonym\"\n[records.hierarchies]\nsex = \"suppress\"\n");
  for (int n : {5, 4}) {
    std::string csv = "name,sex\n";
    for (int i = 0; i < n; ++i) csv += "Person Number" + std::to_string(i) + "," + (i % 2 ? "F" : "M") + "\n";
    std::string out = P("out" + std::to_string(n) + ".csv");
    CliRun r = Release(Write("in" + std::to_string(n) + ".csv", csv), policy, out, P("rep.json"));
    nlohmann::json rep = Report("rep.json");
    if (n == 5) {
      ASSERT_EQ(r.code, 0) << r.err;
      EXPECT_EQ(rep["kanon"]["k_reached"], 5);
      EXPECT_EQ(rep["kanon"]["levels"]["sex"], 1);
      std::string got = Slurp(out);
      EXPECT_EQ(std::count(got.begin(), got.end(), '*'), 5) << got;
      EXPECT_EQ(got.find("Person"), std::string::npos) << got;
    } else {
      EXPECT_EQ(r.code, 1) << r.err;
      EXPECT_FALSE(fs::exists(out));
      EXPECT_EQ(rep["decision"], "blocked");
      EXPECT_NE(r.err.find("ledger entry 2"), std::string::npos) << r.err;
    }
  }
  CliRun show = Cli({"ledger", "show"});
  EXPECT_NE(show.out.find("blocked"), std::string::npos) << show.out;
}

// Two releases each k-anonymous alone, which together single out people.
TEST_F(RecordsCliTest, CrossReleaseBlocksWhatCombinesBelowK) {
  FixedKey("r1");
  std::string csv = "name,sex,band\n";
  const char* rows[][2] = {{"F", "young"}, {"F", "young"}, {"F", "young"}, {"F", "old"},   {"F", "old"},
                           {"M", "young"}, {"M", "young"}, {"M", "old"},   {"M", "old"},   {"M", "old"}};
  for (int i = 0; i < 10; ++i) csv += "Someone " + std::to_string(i) + "," + rows[i][0] + "," + rows[i][1] + "\n";
  const std::string in = Write("in.csv", csv);
  auto policy = [&](const std::string& name, const std::string& qi) {
    return Write(name, "recipient = \"r1\"\n[records]\nquasi_identifiers = [\"" + qi +
                           "\"]\nk = 5\nmax_risk = 0.5\n[records.hierarchies]\n" + qi + " = \"suppress\"\n");
  };
  const std::string by_sex = policy("sex.toml", "sex"), by_band = policy("band.toml", "band");
  CliRun first = Release(in, by_sex, P("a.csv"));
  ASSERT_EQ(first.code, 0) << first.err;
  EXPECT_EQ(Slurp(P("a.csv")), "sex\nF\nF\nF\nF\nF\nM\nM\nM\nM\nM\n");
  // Alone, band is 5 young and 5 old; with sex, 3 F/young, 2 F/old, ...
  CliRun second = Release(in, by_band, P("b.csv"), P("rep.json"));
  EXPECT_EQ(second.code, 1) << second.err;
  EXPECT_FALSE(fs::exists(P("b.csv")));
  EXPECT_NE(second.err.find("combined with ledger entry 1, fields band, sex"), std::string::npos) << second.err;
  nlohmann::json rep = Report("rep.json");
  ASSERT_EQ(rep["across_releases"]["risks"].size(), 1u);
  EXPECT_EQ(rep["across_releases"]["risks"][0]["smallest_class"], 2);
  EXPECT_EQ(rep["across_releases"]["risks"][0]["records_affected"], 10);
  // The first release again adds nothing and passes; another recipient is not affected.
  EXPECT_EQ(Release(in, by_sex, P("c.csv")).code, 0);
  FixedKey("r2");
  std::string other = Slurp(by_band);
  other.replace(other.find("r1"), 2, "r2");
  EXPECT_EQ(Release(in, Write("band2.toml", other), P("d.csv")).code, 0);
}

// `text` runs a field through the text pipeline; JSONL keeps its layout.
TEST_F(RecordsCliTest, TextFieldsAndJsonl) {
  FixedKey("r1");
  const std::string policy = Write("t.toml",
                                   "recipient = \"r1\"\n[records.fields]\nnote = \"text\"\n\"/note\" = \"text\"\n"
                                   "city = \"keep\"\n\"/city\" = \"keep\"\n\"/who/name\" = \"pseudonym\"\n");
  CliRun a = Release(Write("n.csv", "note,city,id\n\"call 0799 555 0123, today\",Town,7\n"), policy, P("n.out.csv"));
  ASSERT_EQ(a.code, 2) << a.err;  // '/note' is not a CSV column
  const std::string csv_policy = Write("c.toml", "recipient = \"r1\"\n[records.fields]\nnote = \"text\"\ncity = \"keep\"\n");
  a = Release(P("n.csv"), csv_policy, P("n.out.csv"));
  ASSERT_EQ(a.code, 0) << a.err;
  std::string out = Slurp(P("n.out.csv"));
  EXPECT_EQ(out.find("0799"), std::string::npos) << out;
  EXPECT_EQ(out.rfind("note,city\n\"call ", 0), 0u) << out;
  EXPECT_NE(out.find(", today\",Town\n"), std::string::npos) << out;

  const std::string json_policy = Write("j.toml", "recipient = \"r1\"\n[records.fields]\n\"/note\" = \"text\"\n"
                                                  "\"/city\" = \"keep\"\n\"/who/name\" = \"pseudonym\"\n");
  CliRun j = Release(Write("n.jsonl", "{\"who\": {\"name\": \"Aa Bb\", \"age\": 3}, \"note\": \"call 0799 555 0123\", "
                                      "\"city\": \"Town\"}\n"),
                     json_policy, P("n.out.jsonl"));
  ASSERT_EQ(j.code, 0) << j.err;
  std::string jout = Slurp(P("n.out.jsonl"));
  EXPECT_EQ(jout.find("0799"), std::string::npos) << jout;
  EXPECT_EQ(jout.find("Aa Bb"), std::string::npos) << jout;
  EXPECT_EQ(jout.find("\"age\""), std::string::npos) << jout;
  EXPECT_NE(jout.find("\"name\": \"P-"), std::string::npos) << jout;
  EXPECT_NE(jout.find("\"city\": \"Town\"}\n"), std::string::npos) << jout;
}

// The leak check runs over the whole output: a phone number in a kept
// column blocks the release; redacting the column lets it pass.
TEST_F(RecordsCliTest, LeakCheckCoversKeptColumns) {
  FixedKey("r1");
  const std::string in = Write("in.csv", "city,contact\nTown,0799 555 0123\n");
  struct Case {
    std::string action;
    int code;
  } cases[] = {{"keep", 1}, {"redact", 0}};
  for (const Case& c : cases) {
    const std::string policy = Write(c.action + ".toml", "recipient = \"r1\"\n[records]\nunlisted = \"keep\"\n"
                                                         "[records.fields]\ncontact = \"" + c.action + "\"\n");
    CliRun r = Release(in, policy, P(c.action + ".csv"), P(c.action + ".json"));
    EXPECT_EQ(r.code, c.code) << c.action << ": " << r.err;
    EXPECT_EQ(fs::exists(P(c.action + ".csv")), c.code == 0) << c.action;
    EXPECT_EQ(Report(c.action + ".json")["leak_check"]["passed"], c.code == 0) << c.action;
    EXPECT_EQ((r.out + r.err + Slurp(P(c.action + ".json"))).find("555 0123"), std::string::npos) << c.action;
  }
}

// The stored hashes are bound to their signed ledger entry: deleting them
// (to slip a combining release past the check) blocks the next release.
TEST_F(RecordsCliTest, TamperedReleasedQiBlocks) {
  FixedKey("r1");
  std::string csv = "name,sex\n";
  for (int i = 0; i < 10; ++i) csv += "Someone " + std::to_string(i) + "," + (i % 2 ? "F" : "M") + "\n";
  const std::string in = Write("in.csv", csv);
  const std::string policy = Write("p.toml", "recipient = \"r1\"\n[records]\nquasi_identifiers = [\"sex\"]\n"
                                             "max_risk = 0.5\n[records.hierarchies]\nsex = \"suppress\"\n");
  ASSERT_EQ(Release(in, policy, P("a.csv")).code, 0);
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open((home_ + "/ledger.db").c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "DELETE FROM released_qi", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);
  CliRun r = Release(in, policy, P("b.csv"));
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_NE(r.err.find("released_qi of ledger entry 1 is missing"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(P("b.csv")));
}

}  // namespace
}  // namespace tearline

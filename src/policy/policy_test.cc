#include "tearline/policy.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "policy_internal.h"
#include "tearline/file.h"
#include <unistd.h>

namespace tearline {
namespace {

constexpr std::string_view kFull = R"(recipient = "liaison-north"
description = "Synthetic example"

[actions]
PERSON = "pseudonym"
PHONE = "redact"
ID = "label"
EMAIL = "redact"
COORDINATE = { generalize = "10km" }
DATE = { generalize = "month" }
IP = { generalize = "network" }
ORG = "keep"
LOC = "keep"
DEM = "drop_portion"

[thresholds]
default = 0.5
PERSON = 0.6

[redact]
mask = "[X]"

[allow]
terms = ["Example Front", "Red Example Brigade"]

[verify]
block = ["PERSON", "PHONE", "ID", "EMAIL", "PROTECTED"]
threshold = 0.3
)";

TEST(PolicyTest, ParsesFullExample) {
  auto p = ParsePolicy(kFull, "p.toml");
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  EXPECT_EQ(p->source, "p.toml");
  EXPECT_EQ(p->recipient, "liaison-north");
  EXPECT_EQ(p->description, "Synthetic example");
  EXPECT_EQ(p->ActionFor(Kind::kPerson).type, ActionType::kPseudonym);
  EXPECT_EQ(p->ActionFor(Kind::kId).type, ActionType::kLabel);
  EXPECT_EQ(p->ActionFor(Kind::kOrg).type, ActionType::kKeep);
  EXPECT_EQ(p->ActionFor(Kind::kDem).type, ActionType::kDropPortion);
  EXPECT_EQ(p->ActionFor(Kind::kCoordinate).type, ActionType::kGeneralize);
  EXPECT_EQ(p->ActionFor(Kind::kCoordinate).level, GeneralizeLevel::kGridKm);
  EXPECT_DOUBLE_EQ(p->ActionFor(Kind::kCoordinate).grid_km, 10.0);
  EXPECT_EQ(p->ActionFor(Kind::kDate).level, GeneralizeLevel::kMonth);
  EXPECT_EQ(p->ActionFor(Kind::kIp).level, GeneralizeLevel::kNetwork);
  // Not named: fail closed to redact.
  EXPECT_EQ(p->ActionFor(Kind::kUrl).type, ActionType::kRedact);
  EXPECT_EQ(p->ActionFor(Kind::kProtected).type, ActionType::kRedact);
  EXPECT_FLOAT_EQ(p->ThresholdFor(Kind::kPerson), 0.6f);
  EXPECT_FLOAT_EQ(p->ThresholdFor(Kind::kPhone), 0.5f);
  EXPECT_EQ(p->mask, "[X]");
  EXPECT_EQ(p->allow_terms, (std::vector<std::string>{"Example Front", "Red Example Brigade"}));
  EXPECT_EQ(p->verify_block,
            (std::vector<Kind>{Kind::kPerson, Kind::kPhone, Kind::kEmail, Kind::kId, Kind::kProtected}));
  EXPECT_TRUE(p->Blocks(Kind::kEmail));
  EXPECT_FALSE(p->Blocks(Kind::kOrg));
  EXPECT_FLOAT_EQ(p->verify_threshold, 0.3f);
  EXPECT_EQ(p->fingerprint.size(), 64u);
}

TEST(PolicyTest, DefaultsOfAMinimalPolicy) {
  auto p = ParsePolicy("recipient = \"r\"\n[actions]\nPHONE = \"keep\"\n", "m.toml");
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  for (Kind k : AllKinds()) {
    if (k != Kind::kPhone) {
      EXPECT_EQ(p->ActionFor(k).type, ActionType::kRedact) << KindName(k);
    }
    EXPECT_FLOAT_EQ(p->ThresholdFor(k), 0.5f);
  }
  EXPECT_EQ(p->mask, "[REDACTED]");
  EXPECT_FLOAT_EQ(p->verify_threshold, 0.3f);
  // Default block list, minus the kept PHONE.
  EXPECT_EQ(p->verify_block, (std::vector<Kind>{Kind::kPerson, Kind::kEmail, Kind::kId, Kind::kProtected}));
}

TEST(PolicyTest, GeneralizeLevelsPerKind) {
  struct Case {
    const char* kind;
    const char* level;
    bool ok;
    GeneralizeLevel want;
  } cases[] = {
      {"DATE", "month", true, GeneralizeLevel::kMonth},
      {"DATE", "year", true, GeneralizeLevel::kYear},
      {"DATE", "10km", false, {}},
      {"COORDINATE", "10km", true, GeneralizeLevel::kGridKm},
      {"COORDINATE", "2.5km", true, GeneralizeLevel::kGridKm},
      {"COORDINATE", "0km", false, {}},
      {"COORDINATE", "-1km", false, {}},
      {"COORDINATE", "km", false, {}},
      {"COORDINATE", "10 km", false, {}},
      {"COORDINATE", "10mi", false, {}},
      {"COORDINATE", "1e3km", false, {}},
      {"COORDINATE", "month", false, {}},
      {"PHONE", "country", true, GeneralizeLevel::kCountryCode},
      {"PHONE", "network", false, {}},
      {"IP", "network", true, GeneralizeLevel::kNetwork},
      {"IP", "country", false, {}},
      {"PERSON", "month", false, {}},
      {"EMAIL", "network", false, {}},
  };
  for (const Case& c : cases) {
    std::string text = std::string("recipient = \"r\"\n[actions]\n") + c.kind + " = { generalize = \"" + c.level + "\" }\n";
    SCOPED_TRACE(text);
    auto p = ParsePolicy(text, "g.toml");
    ASSERT_EQ(p.ok(), c.ok) << p.status().ToString();
    if (c.ok) {
      Kind k = *ParseKind(c.kind);
      EXPECT_EQ(p->ActionFor(k).type, ActionType::kGeneralize);
      EXPECT_EQ(p->ActionFor(k).level, c.want);
    } else {
      EXPECT_EQ(p.status().code(), Status::Code::kPolicyError);
      EXPECT_NE(p.status().message().find("g.toml:3:"), std::string::npos) << p.status().message();
    }
  }
}

// Each invalid policy and the diagnostics it must produce ("line:col: fragment"),
// in order.
TEST(PolicyTest, ErrorsCarryLineAndColumn) {
  struct Case {
    std::string text;
    std::vector<std::string> want;
  } cases[] = {
      {"description = \"no recipient\"\n", {"e.toml: missing required key 'recipient'"}},
      {"recipient = \"\"\n", {"e.toml:1:13: recipient must be"}},
      {"recipient = \".x\"\n", {"e.toml:1:13: recipient must be"}},
      {"recipient = \"a b\"\n", {"e.toml:1:13: recipient must be"}},
      {"recipient = 3\n", {"e.toml:1:13: recipient must be a string, not an integer"}},
      {"recipient = \"r\"\nrecipent = \"s\"\n", {"e.toml:2:1: unknown key 'recipent' at the top level"}},
      {"recipient = \"r\"\n[markingz]\nx = 1\n", {"e.toml:2:2: unknown key 'markingz' at the top level"}},
      {"recipient = \"r\"\n[markings]\nx = 1\n", {"e.toml:3:1: unknown key 'x' in [markings]"}},
      {"recipient = \"r\"\n[markings]\nreleasable_to = [\"afg\"]\n", {"e.toml:3:18: markings.releasable_to must hold"}},
      {"recipient = \"r\"\n[markings]\nunmarked = \"pass\"\n", {"e.toml:3:12: markings.unmarked must be"}},
      {"recipient = \"r\"\n[markings]\ntlp_max = \"RED\"\n", {"e.toml:3:11: markings.tlp_max must be"}},
      {"recipient = \"r\"\n[markings]\nmax_level = \"HIGH\"\n", {"e.toml:3:13: markings.max_level must be"}},
      {"recipient = \"r\"\n[markings]\ncustom = { X = \"maybe\" }\n", {"e.toml:3:16: a custom marking label must map"}},
      {"recipient = \"r\"\n[protect]\nnames = [\"123\"]\n", {"e.toml:3:10: protect.names must hold names"}},
      {"recipient = \"r\"\n[protect]\nfile = \"/no/such/names.txt\"\n", {"e.toml:3:8: cannot open /no/such/names.txt"}},
      {"recipient = \"r\"\n[actions]\nPERSONS = \"keep\"\n", {"e.toml:3:1: unknown kind 'PERSONS' in [actions]"}},
      {"recipient = \"r\"\n[actions]\nPERSON = \"hide\"\n", {"e.toml:3:10: unknown action 'hide' for PERSON"}},
      {"recipient = \"r\"\n[actions]\nPERSON = \"generalize\"\n", {"e.toml:3:10: generalize needs a level"}},
      {"recipient = \"r\"\n[actions]\nPERSON = 1\n", {"e.toml:3:10: the action of PERSON must be a string"}},
      {"recipient = \"r\"\n[actions]\nDATE = { generalise = \"year\" }\n", {"e.toml:3:10: unknown key 'generalise'"}},
      {"recipient = \"r\"\n[actions]\nPERSON = { generalize = \"year\" }\n",
       {"e.toml:3:25: PERSON cannot be generalized"}},
      {"recipient = \"r\"\n[actions]\nPROTECTED = \"keep\"\n", {"e.toml:3:13: PROTECTED must be redact or drop_portion"}},
      {"recipient = \"r\"\n[actions]\nPROTECTED = \"label\"\n", {"e.toml:3:13: PROTECTED must be redact or drop_portion"}},
      {"recipient = \"r\"\n[thresholds]\nPERSON = 1.5\n", {"e.toml:3:10: thresholds.PERSON must be in [0, 1]"}},
      {"recipient = \"r\"\n[thresholds]\ndefault = -0.1\n", {"e.toml:3:11: thresholds.default must be in [0, 1]"}},
      {"recipient = \"r\"\n[thresholds]\nPERSON = nan\n", {"e.toml:3:10: thresholds.PERSON must be in [0, 1]"}},
      {"recipient = \"r\"\n[thresholds]\nPERSON = \"high\"\n", {"e.toml:3:10: thresholds.PERSON must be a number"}},
      {"recipient = \"r\"\n[thresholds]\nPEOPLE = 0.5\n", {"e.toml:3:1: unknown kind 'PEOPLE' in [thresholds]"}},
      {"recipient = \"r\"\n[redact]\nmask = \"\"\n", {"e.toml:3:8: redact.mask must be"}},
      {"recipient = \"r\"\n[redact]\ncolour = \"black\"\n", {"e.toml:3:1: unknown key 'colour' in [redact]"}},
      {"recipient = \"r\"\nredact = 3\n", {"e.toml:2:10: [redact] must be a table"}},
      {"recipient = \"r\"\n[allow]\nterms = [\"ok\", 3]\n", {"e.toml:3:16: allow.terms must hold strings"}},
      {"recipient = \"r\"\n[allow]\nterms = \"one\"\n", {"e.toml:3:9: allow.terms must be an array"}},
      {"recipient = \"r\"\n[verify]\nblock = [\"PERSON\", \"NAME\"]\n", {"e.toml:3:20: unknown kind 'NAME' in verify.block"}},
      {"recipient = \"r\"\n[verify]\nthreshold = 2\n", {"e.toml:3:13: verify.threshold must be in [0, 1]"}},
      {"recipient = \"r\"\n[actions]\nPERSON = \"keep\"\n[verify]\nblock = [\"PERSON\"]\n",
       {"e.toml:5:10: PERSON is kept by [actions] and blocked by verify.block"}},
      {"recipient = \"r\"\n[thresholds]\nPERSON = 0.2\n[verify]\nblock = [\"PERSON\"]\nthreshold = 0.25\n",
       {"e.toml:6:13: verify.threshold is greater than the threshold of PERSON"}},
      // The default block list is guarded too.
      {"recipient = \"r\"\n[thresholds]\nPHONE = 0.1\n",
       {"e.toml: verify.threshold is greater than the threshold of PHONE"}},
      {"recipient = \"r\"\n[actions\n", {"e.toml:2:9: TOML syntax error"}},
      {"recipient = \"r\"\nrecipient = \"s\"\n", {"e.toml:2:13: TOML syntax error"}},
      // All problems are reported, not only the first.
      {"[actions]\nPERSON = \"hide\"\nNAME = \"keep\"\n[thresholds]\nID = 7\n[bogus]\n",
       {"e.toml: missing required key", "e.toml:2:10: unknown action", "e.toml:3:1: unknown kind 'NAME'",
        "e.toml:5:6: thresholds.ID must be in [0, 1]", "e.toml:6:2: unknown key 'bogus'"}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    auto diags = CheckPolicy(c.text, "e.toml");
    ASSERT_EQ(diags.size(), c.want.size()) << [&] {
      std::string s;
      for (auto& d : diags) s += d.ToString() + "\n";
      return s;
    }();
    for (size_t i = 0; i < diags.size(); ++i)
      EXPECT_EQ(diags[i].ToString().rfind(c.want[i], 0), 0u) << diags[i].ToString();
    auto p = ParsePolicy(c.text, "e.toml");
    ASSERT_FALSE(p.ok());
    EXPECT_EQ(p.status().code(), Status::Code::kPolicyError);
    EXPECT_EQ(std::count(p.status().message().begin(), p.status().message().end(), '\n'),
              static_cast<long>(c.want.size()) - 1);
  }
}

TEST(PolicyTest, ErrorsDoNotEchoAllowTerms) {
  auto p = ParsePolicy("recipient = \"r\"\n[allow]\nterms = [\"Secret Name\", \"\"]\nbad = 1\n", "e.toml");
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.status().message().find("Secret"), std::string::npos);
}

TEST(PolicyTest, ValidPolicyHasNoDiagnostics) { EXPECT_TRUE(CheckPolicy(kFull, "p.toml").empty()); }

TEST(PolicyTest, LoadPolicyFromFile) {
  auto missing = LoadPolicy("/nonexistent/dir/policy.toml");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), Status::Code::kIOError);
  EXPECT_NE(missing.status().message().find("/nonexistent/dir/policy.toml"), std::string::npos);

  std::string path = std::filesystem::temp_directory_path() / "tearline_policy_test.toml";
  std::ofstream(path) << kFull;
  auto p = LoadPolicy(path);
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  EXPECT_EQ(p->source, path);
  EXPECT_EQ(p->fingerprint, ParsePolicy(kFull, "elsewhere.toml")->fingerprint);
  std::filesystem::remove(path);
}

TEST(PolicyTest, ActionNamesAndStrictness) {
  EXPECT_EQ(ActionName(ActionType::kDropPortion), "drop_portion");
  EXPECT_EQ(ActionName(ActionType::kPseudonym), "pseudonym");
  const ActionType order[] = {ActionType::kKeep, ActionType::kGeneralize, ActionType::kLabel,
                              ActionType::kPseudonym, ActionType::kRedact, ActionType::kDropPortion};
  for (size_t i = 1; i < std::size(order); ++i)
    EXPECT_LT(ActionStrictness(order[i - 1]), ActionStrictness(order[i]));
}

TEST(PolicyTest, FuzzSeedCorpusParsesOrFailsCleanly) {
  // The seeds double as regression inputs: full.toml and minimal.toml are valid.
  std::string dir = std::string(TEARLINE_SOURCE_DIR) + "/fuzz/corpus/policy_fuzz/";
  EXPECT_TRUE(LoadPolicy(dir + "full.toml").ok());
  EXPECT_TRUE(LoadPolicy(dir + "minimal.toml").ok());
  EXPECT_FALSE(LoadPolicy(dir + "many_errors.toml").ok());
}

}  // namespace
}  // namespace tearline

namespace tearline {
namespace {

TEST(PolicyMarkingsTest, DefaultsAndTable) {
  auto plain = ParsePolicy("recipient = \"r\"\n", "p.toml");
  ASSERT_TRUE(plain.ok());
  EXPECT_FALSE(plain->markings_configured);
  EXPECT_EQ(plain->markings.unmarked, UnmarkedRule::kUnclassified);
  EXPECT_EQ(plain->markings.tlp_max, Tlp::kClear);
  EXPECT_TRUE(plain->markings.releasable_to.empty());

  auto p = ParsePolicy(
      "recipient = \"r\"\n[markings]\nreleasable_to = [\"AFG\", \"NATO\"]\nforeign = true\norcon_approved = true\n"
      "unmarked = \"withhold\"\nmax_level = \"S\"\ntlp_max = \"AMBER\"\ncustom = { PARTNER-SHAREABLE = \"release\" }\n"
      "tetragraphs = { CORE = [\"USA\", \"AFG\"] }\nbanner = \"SECRET//REL TO USA, AFG\"\n",
      "p.toml");
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  EXPECT_TRUE(p->markings_configured);
  EXPECT_EQ(p->markings.releasable_to, (std::vector<std::string>{"AFG", "NATO"}));
  EXPECT_TRUE(p->markings.orcon_approved);
  EXPECT_EQ(p->markings.unmarked, UnmarkedRule::kWithhold);
  EXPECT_EQ(p->markings.max_level, ClassLevel::kSecret);
  EXPECT_EQ(p->markings.tlp_max, Tlp::kAmber);
  EXPECT_TRUE(p->markings.custom.at("PARTNER-SHAREABLE"));
  EXPECT_EQ(p->markings.tetragraphs.at("CORE").size(), 2u);
  EXPECT_EQ(p->markings.fixed_banner, "SECRET//REL TO USA, AFG");
  EXPECT_NE(p->fingerprint, plain->fingerprint);
}

TEST(PolicyProtectTest, InlineNamesAndFileRelativeToPolicy) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("tearline_protect_policy_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  ASSERT_TRUE(WriteFileAtomic((dir / "names.txt").string(), "# staff\nMohammad Nabi Omari\n\n  Gul Ahmad Zazai  # driver\n").ok());
  ASSERT_TRUE(WriteFileAtomic((dir / "p.toml").string(),
                              "recipient = \"r\"\n[protect]\nnames = [\"Sara Karimi\"]\nfile = \"names.txt\"\n")
                  .ok());
  auto p = LoadPolicy((dir / "p.toml").string());
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  EXPECT_EQ(p->protected_names, (std::vector<std::string>{"Mohammad Nabi Omari", "Gul Ahmad Zazai", "Sara Karimi"}));
  std::string before = p->fingerprint;
  ASSERT_TRUE(WriteFileAtomic((dir / "names.txt").string(), "Mohammad Nabi Omari\n").ok());
  auto q = LoadPolicy((dir / "p.toml").string());
  ASSERT_TRUE(q.ok());
  EXPECT_NE(q->fingerprint, before);  // the fingerprint covers the file's names
  ASSERT_TRUE(WriteFileAtomic((dir / "names.txt").string(), "Omari\n42\n").ok());
  auto bad = LoadPolicy((dir / "p.toml").string());
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("names.txt:2: a name needs letters"), std::string::npos);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace tearline

#include <gtest/gtest.h>

#include <map>
#include <string>

#include "tearline/marking.h"

namespace tearline {
namespace {

// Named recipient profiles used by the matrix.
std::map<std::string, RecipientMarkings> Profiles() {
  std::map<std::string, RecipientMarkings> p;
  RecipientMarkings afg;
  afg.releasable_to = {"AFG"};
  afg.custom = {{"PARTNER-SHAREABLE", true}, {"INTERNAL-ONLY", false}};
  p["afg"] = afg;

  RecipientMarkings afg_u = afg;
  afg_u.unmarked = UnmarkedRule::kUnclassified;
  p["afg_u"] = afg_u;

  RecipientMarkings afg_orcon = afg;
  afg_orcon.orcon_approved = true;
  p["afg_orcon"] = afg_orcon;

  RecipientMarkings afg_conf = afg;
  afg_conf.max_level = ClassLevel::kConfidential;
  p["afg_conf"] = afg_conf;

  RecipientMarkings afg_amber = afg;
  afg_amber.tlp_max = Tlp::kAmberStrict;
  p["afg_amber"] = afg_amber;

  RecipientMarkings gbr;
  gbr.releasable_to = {"GBR"};
  p["gbr"] = gbr;

  RecipientMarkings nato;  // a recipient that is the body named by a tetragraph
  nato.releasable_to = {"NATO"};
  p["nato"] = nato;

  RecipientMarkings domestic;
  domestic.foreign = false;
  p["domestic"] = domestic;
  return p;
}

struct Row {
  const char* portion;
  const char* profile;
  bool release;
  const char* reason_contains;
};

TEST(Decide, Matrix) {
  auto profiles = Profiles();
  MarkingOptions options;
  options.custom_labels = {"PARTNER-SHAREABLE", "INTERNAL-ONLY", "UNKNOWN-TO-POLICY"};
  const Row rows[] = {
      // REL TO.
      {"(S//REL TO USA, AFG) x", "afg", true, "releases to the recipient"},
      {"(S//REL TO USA, AFG) x", "gbr", false, "does not include any of the recipient's codes (GBR)"},
      {"(S//REL TO USA, FVEY) x", "gbr", true, "releases"},
      {"(S//REL TO USA, FVEY) x", "afg", false, "REL TO USA, FVEY does not include"},
      {"(S//REL TO USA, GBR) x", "nato", false, "does not include"},
      {"(S//REL TO USA, NATO) x", "gbr", true, "releases"},
      {"(S//REL TO USA, NATO) x", "nato", true, "releases"},
      {"(S//REL TO USA, AFG) x", "domestic", true, "releasable"},
      // NOFORN never goes to a foreign recipient, whatever else.
      {"(S//NF) x", "afg", false, "NOFORN is never released to a foreign recipient"},
      {"(U//NF) x", "afg_u", false, "NOFORN"},
      {"(S//NF) x", "domestic", true, "releasable"},
      // ORCON needs the approval flag.
      {"(S//OC/REL TO USA, AFG) x", "afg", false, "ORCON requires originator approval"},
      {"(S//OC/REL TO USA, AFG) x", "afg_orcon", true, "releases"},
      {"(S//OC/NF) x", "afg_orcon", false, "NOFORN"},
      {"(S//OC) x", "domestic", false, "ORCON"},
      // Classified without REL TO is not foreign-releasable; RELIDO does not grant.
      {"(S) x", "afg", false, "without REL TO"},
      {"(C//RELIDO) x", "afg", false, "without REL TO"},
      {"(S) x", "domestic", true, "releasable"},
      {"(U) x", "afg", true, "releasable"},
      {"(U//FOUO) x", "afg", true, "releasable"},
      {"(S//DISPLAY ONLY AFG) x", "afg", false, "DISPLAY ONLY"},
      // Level ceiling.
      {"(S//REL TO USA, AFG) x", "afg_conf", false, "SECRET is above the recipient's maximum level CONFIDENTIAL"},
      {"(C//REL TO USA, AFG) x", "afg_conf", true, "releases"},
      {"(TS//REL TO USA, AFG) x", "afg", true, "releases"},
      // TLP 2.0: RED never; the rest up to tlp_max (default GREEN).
      {"TLP:CLEAR x", "afg", true, "within"},
      {"TLP:GREEN x", "afg", true, "within"},
      {"TLP:AMBER x", "afg", false, "TLP:AMBER is above the recipient's maximum TLP:GREEN"},
      {"TLP:AMBER+STRICT x", "afg_amber", true, "within"},
      {"TLP:RED x", "afg_amber", false, "TLP:RED is never released"},
      {"TLP:RED x", "domestic", false, "TLP:RED is never released"},
      // Custom scheme.
      {"[PARTNER-SHAREABLE] x", "afg", true, "policy releases label"},
      {"[INTERNAL-ONLY] x", "afg", false, "policy withholds label"},
      {"[UNKNOWN-TO-POLICY] x", "afg", false, "is not in the policy"},
      {"[NOT-A-LABEL] x", "afg_u", false, "unparseable marking"},
      // Unmarked portions follow the policy; unparseable marks always withhold.
      {"No mark here.", "afg", false, "unmarked portion (policy: withhold)"},
      {"No mark here.", "afg_u", true, "treated as (U)"},
      {"No mark here.", "domestic", false, "withhold"},
      {"(S//NOFRN) x", "afg_u", false, "unparseable marking: unknown control"},
      {"(S//NOFRN) x", "domestic", false, "unparseable"},
      {"TLP:WHITE x", "afg_u", false, "unparseable"},
  };
  for (const Row& r : rows) {
    const RecipientMarkings& who = profiles.at(r.profile);
    Releasability d = Decide(FindPortionMark(r.portion, options), who);
    EXPECT_EQ(d.release, r.release) << r.portion << " to " << r.profile << ": " << d.reason;
    EXPECT_NE(d.reason.find(r.reason_contains), std::string::npos)
        << r.portion << " to " << r.profile << ": got reason '" << d.reason << "'";
  }
}

TEST(Decide, UnmarkedPortionInheritsDocumentTlp) {
  auto profiles = Profiles();
  auto amber = ParseMarking("TLP:AMBER");
  auto clear = ParseMarking("TLP:CLEAR");
  ASSERT_TRUE(amber.ok() && clear.ok());
  MarkScan none = FindPortionMark("plain text");
  EXPECT_FALSE(Decide(none, profiles["afg_u"], &*amber).release);
  EXPECT_TRUE(Decide(none, profiles["afg"], &*clear).release);
  EXPECT_TRUE(Decide(none, profiles["afg_amber"], &*amber).release);
  // A portion's own mark wins over the inherited one.
  EXPECT_FALSE(Decide(FindPortionMark("TLP:RED x"), profiles["afg_amber"], &*clear).release);
}

std::vector<Marking> Marks(std::initializer_list<const char*> bodies) {
  std::vector<Marking> out;
  for (const char* b : bodies) {
    auto m = ParseMarking(b);
    EXPECT_TRUE(m.ok()) << b;
    if (m.ok()) out.push_back(*m);
  }
  return out;
}

TEST(ComputeBanner, Table) {
  RecipientMarkings r;
  r.releasable_to = {"AFG"};
  struct BannerCase {
    std::vector<Marking> released;
    std::vector<std::string> want;
  };
  const BannerCase cases[] = {
      {{}, {"UNCLASSIFIED"}},
      {Marks({"U", "U"}), {"UNCLASSIFIED"}},
      {Marks({"U//FOUO", "U"}), {"UNCLASSIFIED//FOUO"}},
      {Marks({"U//FOUO", "C//REL TO USA, AFG"}), {"CONFIDENTIAL//REL TO USA, AFG"}},
      {Marks({"S//REL TO USA, AFG, GBR", "C//REL TO USA, AFG", "U"}), {"SECRET//REL TO USA, AFG"}},
      {Marks({"S//REL TO USA, FVEY", "S//REL TO USA, GBR, AFG"}), {"SECRET//REL TO USA, GBR"}},
      {Marks({"TS//OC/REL TO USA, AFG", "S//REL TO USA, AFG"}), {"TOP SECRET//ORCON/REL TO USA, AFG"}},
      {Marks({"S//NF", "S//REL TO USA, AFG"}), {"SECRET//NOFORN"}},
      {Marks({"S", "S//REL TO USA, AFG"}), {"SECRET"}},
      {Marks({"TLP:GREEN", "TLP:CLEAR"}), {"TLP:GREEN"}},
      {Marks({"U", "TLP:AMBER"}), {"UNCLASSIFIED", "TLP:AMBER"}},
  };
  for (const auto& c : cases) {
    std::string in;
    for (const auto& m : c.released) in += m.ToString() + "; ";
    EXPECT_EQ(ComputeBanner(c.released, r), c.want) << "released: " << in;
  }
  r.fixed_banner = "RELEASABLE TO LIAISON CELL";
  EXPECT_EQ(ComputeBanner(Marks({"S//REL TO USA, AFG"}), r),
            std::vector<std::string>{"RELEASABLE TO LIAISON CELL"});
}

TEST(RecipientMarkings, OptionsCarryCustomLabels) {
  RecipientMarkings r;
  r.custom = {{"A-B", true}, {"C-D", false}};
  EXPECT_EQ(r.ToOptions().custom_labels, (std::vector<std::string>{"A-B", "C-D"}));
  EXPECT_EQ(r.tetragraphs.at("FVEY").size(), 5u);
}

}  // namespace
}  // namespace tearline

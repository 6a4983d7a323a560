// Tests of joining names across patronymic particles (PATRONYMS in
// tearline/resolve.h): a table of texts, the PERSON findings a detector gave,
// and the PERSON spans linking leaves.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "patronyms.h"
#include "tearline/resolve.h"

namespace tearline {
namespace {

struct Case {
  const char* text;
  std::vector<std::pair<const char*, float>> persons;  // mention, confidence
  const char* want;                                     // "span/subkind@confidence ..." in order
};

std::string Joined(const Case& c, std::vector<Finding> extra = {}) {
  const std::string_view text = c.text;
  std::vector<Finding> f = std::move(extra);
  for (const auto& [mention, conf] : c.persons) {
    const size_t b = text.find(mention);
    EXPECT_NE(b, std::string_view::npos) << mention;
    f.push_back(Finding{b, b + std::string_view(mention).size(), Kind::kPerson, "", conf, "tagger"});
  }
  link_internal::JoinPatronyms(text, &f);
  std::sort(f.begin(), f.end(), FindingLess);
  std::string out;
  for (const Finding& x : f) {
    if (!out.empty()) out += ' ';
    char conf[16];
    std::snprintf(conf, sizeof conf, "%.2f", x.confidence);
    out += std::string(KindName(x.kind)) + "[" + std::string(text.substr(x.begin, x.size())) + "]" +
           (x.subkind.empty() ? "" : "/" + std::string(x.subkind)) + "@" + conf;
  }
  return out;
}

TEST(PatronymTest, NamesJoinAcrossParticles) {
  const Case cases[] = {
      {"The courier Abdul Rahman bin Hamid met", {{"Abdul Rahman", 0.64f}, {"Hamid", 0.55f}},
       "PERSON[Abdul Rahman bin Hamid]/PATRONYMIC@0.64"},
      {"He met Osama bin Laden near Torkham.", {{"Laden", 0.36f}}, "PERSON[Osama bin Laden]/PATRONYMIC@0.60"},
      {"Khalid ibn Walid spoke", {{"Khalid", 0.7f}}, "PERSON[Khalid ibn Walid]/PATRONYMIC@0.70"},
      {"Fatima Bint Asad and others", {{"Asad", 0.2f}}, "PERSON[Fatima Bint Asad]/PATRONYMIC@0.60"},
      {"Mohammed bin Rashid bin Saeed Al", {{"Mohammed", 0.8f}, {"Saeed", 0.5f}},
       "PERSON[Mohammed bin Rashid bin Saeed Al]/PATRONYMIC@0.80"},
      {"Ramzi bin al-Shibh was held", {{"Ramzi", 0.7f}}, "PERSON[Ramzi bin al-Shibh]/PATRONYMIC@0.70"},
      {"leader Abu Bakr al-Baghdadi said", {{"Abu Bakr", 0.68f}, {"al-Baghdadi", 0.31f}},
       "PERSON[Abu Bakr al-Baghdadi]/PATRONYMIC@0.68"},
      {"leader Abu Bakr al-Baghdadi said", {{"al-Baghdadi", 0.31f}}, "PERSON[Abu Bakr al-Baghdadi]/PATRONYMIC@0.60"},
      // Sudanese, Chadian and Mauritanian "son of".
      {"given as Ishag walad Adam walad Ibrahim; he", {{"Ishag", 0.4f}},
       "PERSON[Ishag walad Adam walad Ibrahim]/PATRONYMIC@0.60"},
      {"Mohamed Ould Abdel Aziz spoke", {{"Mohamed", 0.7f}}, "PERSON[Mohamed Ould Abdel Aziz]/PATRONYMIC@0.70"},
      {"the road to Wad Madani", {}, ""},  // a town
      // Turkic: the father's name, "qızı" / "oğlu", the family name.
      {"Full name: Aysel El\xC3\xA7in qizi M\xC9\x99mm\xC9\x99" "dova. Later", {{"Aysel El\xC3\xA7in", 0.9f}},
       "PERSON[Aysel El\xC3\xA7in qizi M\xC9\x99mm\xC9\x99" "dova]/PATRONYMIC@0.90"},
      {"brother Rauf o\xC4\x9Flu Mammadov, 31", {{"Rauf", 0.5f}}, "PERSON[Rauf o\xC4\x9Flu Mammadov]/PATRONYMIC@0.60"},
      // Tamasheq "ag" and "welet", Hassaniya "ould", from a person found or between two name words.
      {"le fils, Mohamed ag Elmehdi (27 ans)", {{"Mohamed", 0.5f}},
       "PERSON[Mohamed ag Elmehdi]/PATRONYMIC@0.60"},
      {"Informateur (r\xC3\xA9" "el : Hamma ag ACHERIF)", {}, "PERSON[Hamma ag ACHERIF]/PATRONYMIC@0.60"},
      {"Fadimata welet Ahmed et Sidi ould Mahmoud", {},
       "PERSON[Fadimata welet Ahmed]/PATRONYMIC@0.60 PERSON[Sidi ould Mahmoud]/PATRONYMIC@0.60"},
      {"the ag sector Report", {}, ""},
      // The Swahili and Kirundi "wa" joins from a person found only.
      {"le fils de Barakamfitiye wa Nyabenda, et", {{"Barakamfitiye", 0.55f}},
       "PERSON[Barakamfitiye wa Nyabenda]/PATRONYMIC@0.60"},
      {"ofisi ya Mkoa wa Kigoma", {}, ""},
      // "son of" / "daughter of" written with a slash: two names, found or not.
      {"one Aringa boy, Ajobe s/o Alio; case of Nawoi d/o Lokeris.", {},
       "PERSON[Ajobe s/o Alio]/PATRONYMIC@0.60 PERSON[Nawoi d/o Lokeris]/PATRONYMIC@0.60"},
      {"the s/o Alio; Ajobe s/o alio; Afghans w/o PoR", {}, ""},
      // Opening a cell of a fixed-width table: the parent's name alone.
      {"10 Khudoyberdi Nazarov   s/o Turdi Qul         1399-0708", {},
       "PERSON[Turdi Qul]/PATRONYMIC@0.60"},
      // Nothing to join.
      {"Khalid Omari spoke", {{"Khalid Omari", 0.7f}}, "PERSON[Khalid Omari]@0.70"},
      {"The bin Laden family", {{"Laden", 0.4f}}, "PERSON[Laden]@0.40"},
      {"Omari bin", {{"Omari", 0.7f}}, "PERSON[Omari]@0.70"},
      {"Omari bin laden", {{"Omari", 0.7f}}, "PERSON[Omari]@0.70"},
      {"Omari, bin Hamid", {{"Omari", 0.7f}}, "PERSON[Omari]@0.70"},
      {"Omari binds Hamid", {{"Omari", 0.7f}}, "PERSON[Omari]@0.70"},
      {"the recycle bin Contents", {}, ""},
      // No person found: the particle between two capitalised name words is one.
      {"The courier Mohammed bin Salman left", {}, "PERSON[Mohammed bin Salman]/PATRONYMIC@0.60"},
      {"In bin Salman", {}, ""},
      {"the Recycle Bin Contents", {}, ""},  // capitalised particles need a person found
      {"Ahmad ibn al-Rashid", {}, "PERSON[Ahmad ibn al-Rashid]/PATRONYMIC@0.60"},
      {"Siti binti Abdullah and Fatima bint Asad", {}, "PERSON[Siti binti Abdullah]/PATRONYMIC@0.60 PERSON[Fatima bint Asad]/PATRONYMIC@0.60"},
      {"Omari binto Hamid, Omari bins Hamid", {}, ""},
      {"Omari al-qaeda", {{"Omari", 0.7f}}, "PERSON[Omari]@0.70"},
      {"Ayman az-Zawahiri and Shams ur-Rahman", {{"Ayman", 0.7f}, {"Shams", 0.6f}},
       "PERSON[Ayman az-Zawahiri]/PATRONYMIC@0.70 PERSON[Shams ur-Rahman]/PATRONYMIC@0.60"},
      {"Omari as-is", {{"Omari", 0.7f}}, "PERSON[Omari]@0.70"},
      {"Omari at-Large", {{"Omari", 0.7f}}, "PERSON[Omari at-Large]/PATRONYMIC@0.70"},  // reads as a nisba
  };
  for (const Case& c : cases) EXPECT_EQ(Joined(c), c.want) << c.text;
}

// European family names join across their lower-case particles ("van der",
// "de la", "dos") and an elided "d'", from a person found on either side; a
// title ends a name on the left. The particles alone start no name ("Rio de
// Janeiro"), and English words that are also particles do not join.
TEST(PatronymTest, EuropeanNamesJoinAcrossParticles) {
  const Case cases[] = {
      {"The rapporteur Jan van der Berg met", {{"Jan", 0.64f}, {"Berg", 0.46f}},
       "PERSON[Jan van der Berg]/PATRONYMIC@0.64"},
      {"Later Mr van der Berg left", {{"Berg", 0.39f}}, "PERSON[Mr van der Berg]/PATRONYMIC@0.60"},
      {"with Maria dos Santos and", {{"Maria", 0.7f}}, "PERSON[Maria dos Santos]/PATRONYMIC@0.70"},
      {"and Pedro de la Cruz Ramirez said", {{"Cruz Ramirez", 0.5f}}, "PERSON[Pedro de la Cruz Ramirez]/PATRONYMIC@0.60"},
      {"by Manoel de Oliveira (1908)", {{"Manoel", 0.66f}}, "PERSON[Manoel de Oliveira]/PATRONYMIC@0.66"},
      {"Ludwig van Beethoven wrote", {{"Beethoven", 0.8f}}, "PERSON[Ludwig van Beethoven]/PATRONYMIC@0.80"},
      {"Valéry Giscard d'Estaing said", {{"Valéry Giscard", 0.8f}}, "PERSON[Valéry Giscard d'Estaing]/PATRONYMIC@0.80"},
      {"Valéry Giscard d\xE2\x80\x99" "Estaing said", {{"d\xE2\x80\x99" "Estaing", 0.5f}},
       "PERSON[Valéry Giscard d\xE2\x80\x99" "Estaing]/PATRONYMIC@0.60"},
      // Nothing to join.
      {"flew to Rio de Janeiro on", {}, ""},
      {"Did Karimi do That", {{"Karimi", 0.7f}}, "PERSON[Karimi]@0.70"},
      {"gave Karimi ten Afghanis", {{"Karimi", 0.7f}}, "PERSON[Karimi]@0.70"},
      {"Karimi la Paz", {{"Karimi", 0.7f}}, "PERSON[Karimi]@0.70"},  // "la" is a second particle only
      {"Karimi de  Vries", {{"Karimi", 0.7f}}, "PERSON[Karimi]@0.70"},  // one space only
      {"Karimi vande Berg", {{"Karimi", 0.7f}}, "PERSON[Karimi]@0.70"},
      {"Karimi d'accord", {{"Karimi", 0.7f}}, "PERSON[Karimi]@0.70"},
  };
  for (const Case& c : cases) EXPECT_EQ(Joined(c), c.want) << c.text;
}

// A finding of another kind over what a join would add stops it when it is
// more confident than the joined name would be (at least 0.6).
TEST(PatronymTest, OtherKindsStopAJoin) {
  const Case c{"Omari al-Anbar", {{"Omari", 0.5f}}, ""};
  EXPECT_EQ(Joined(c, {Finding{6, 14, Kind::kLoc, "", 0.9f, "tagger"}}), "PERSON[Omari]@0.50 LOC[al-Anbar]@0.90");
  EXPECT_EQ(Joined(c, {Finding{6, 14, Kind::kLoc, "", 0.55f, "tagger"}}),
            "PERSON[Omari al-Anbar]/PATRONYMIC@0.60 LOC[al-Anbar]@0.55");
  // A weak person and a weak other reading: the particle decides.
  const Case weak{"met Osama bin Laden near", {{"Osama", 0.2f}}, ""};
  const Case none{"met Osama bin Laden near", {}, ""};
  EXPECT_EQ(Joined(none, {Finding{14, 19, Kind::kOrg, "", 0.42f, "tagger"}}),
            "PERSON[Osama bin Laden]/PATRONYMIC@0.60 ORG[Laden]@0.42");
  EXPECT_EQ(Joined(none, {Finding{14, 19, Kind::kOrg, "", 0.9f, "tagger"}}), "ORG[Laden]@0.90");
  EXPECT_EQ(Joined(weak, {Finding{14, 19, Kind::kOrg, "", 0.42f, "tagger"}}),
            "PERSON[Osama bin Laden]/PATRONYMIC@0.60 ORG[Laden]@0.42");
  // A family name in capitals right after the particle joins whatever it is
  // read as; a capitalised one does not.
  const Case caps{"fils de Ibrahim ag ELMEHDI. Moto", {{"Ibrahim", 0.5f}}, ""};
  EXPECT_EQ(Joined(caps, {Finding{19, 26, Kind::kOrg, "", 0.65f, "tagger"}}),
            "PERSON[Ibrahim ag ELMEHDI]/PATRONYMIC@0.60 ORG[ELMEHDI]@0.65");
  const Case capitalised{"fils de Ibrahim ag Elmehdi. Moto", {{"Ibrahim", 0.5f}}, ""};
  EXPECT_EQ(Joined(capitalised, {Finding{19, 26, Kind::kOrg, "", 0.65f, "tagger"}}),
            "PERSON[Ibrahim]@0.50 ORG[Elmehdi]@0.65");
}

// The particle search reads 16 bytes at a time: where a text starts relative
// to those blocks must not matter. Random texts of name words, particles and
// other words, behind 0 to 17 spaces, give the same findings, shifted.
TEST(PatronymTest, FindingsDoNotDependOnBlockAlignment) {
  const char* pieces[] = {"bin", "ibn", "bint", "binti", "Omari", "Hamid", "al-Rashid", "The", "x", ",", "bins", "Bin"};
  uint64_t rng = 4242;
  size_t found = 0;
  for (int t = 0; t < 400; ++t) {
    std::string text;
    const int words = 1 + static_cast<int>(rng % 30);
    for (int k = 0; k < words; ++k) {
      rng = rng * 6364136223846793005ull + 1442695040888963407ull;
      text += pieces[(rng >> 33) % std::size(pieces)];
      if (k + 1 < words || (rng >> 20) % 2 == 0) text += ' ';
    }
    auto joined = [](std::string_view s, size_t pad) {
      std::vector<Finding> f;
      link_internal::JoinPatronyms(s, &f);
      std::sort(f.begin(), f.end(), FindingLess);
      std::string out;
      for (const Finding& x : f) out += std::to_string(x.begin - pad) + "-" + std::to_string(x.end - pad) + " ";
      return out;
    };
    const std::string base = joined(text, 0);
    found += !base.empty();
    for (size_t pad = 1; pad <= 17; ++pad) {
      ASSERT_EQ(joined(std::string(pad, ' ') + text, pad), base) << "pad " << pad << ": " << text;
    }
  }
  EXPECT_GT(found, 100u);  // the texts do hold names joined by particles
}

// Random texts of names, particles, titles and other words, with PERSON
// findings on random words: every joined span lies in the text, and every
// byte a person finding held is still held by one (joins only grow).
TEST(PatronymTest, JoinsOnlyGrowPersonsOnRandomTexts) {
  const char* pieces[] = {"van", "der", "de", "la", "dos", "von", "d'Estaing", "d'", "Mr", "Jan", "Berg", "Omari",
                          "bin", "al-Rashid", "the", ",", "x", "Did", "do", "ten", "D'Arcy", "le"};
  uint64_t rng = 77;
  auto next = [&rng] {
    rng = rng * 6364136223846793005ull + 1442695040888963407ull;
    return rng >> 33;
  };
  size_t grown = 0;
  for (int t = 0; t < 3000; ++t) {
    std::string text;
    std::vector<std::pair<size_t, size_t>> words;
    const int count = 1 + static_cast<int>(next() % 12);
    for (int k = 0; k < count; ++k) {
      const std::string_view w = pieces[next() % std::size(pieces)];
      words.push_back({text.size(), text.size() + w.size()});
      text += w;
      if (k + 1 < count || next() % 2 == 0) text += next() % 5 == 0 ? "  " : " ";
    }
    std::vector<Finding> f;
    for (const auto& [b, e] : words) {
      if (next() % 3 == 0) f.push_back(Finding{b, e, Kind::kPerson, "", 0.1f * static_cast<float>(next() % 10), "t"});
    }
    const std::vector<Finding> before = f;
    link_internal::JoinPatronyms(text, &f);
    for (const Finding& x : f) {
      ASSERT_LT(x.begin, x.end) << text;
      ASSERT_LE(x.end, text.size()) << text;
    }
    for (const Finding& p : before) {
      const bool held = std::any_of(f.begin(), f.end(), [&](const Finding& x) {
        return x.kind == Kind::kPerson && x.begin <= p.begin && p.end <= x.end;
      });
      EXPECT_TRUE(held) << text << " lost " << p.begin << "-" << p.end;
    }
    grown += f.size() != before.size() ||
             std::any_of(f.begin(), f.end(), [](const Finding& x) { return x.subkind == "PATRONYMIC"; });
  }
  EXPECT_GT(grown, 300u);  // the texts do join names
}

// Through LinkMentions: the joined name is one entity, and its parts named
// again later join it.
TEST(PatronymTest, JoinedNameIsOneEntity) {
  const std::string text = "Abdul Rahman bin Hamid met us. Later Hamid left.";
  std::vector<Finding> f = {Finding{0, 12, Kind::kPerson, "", 0.64f, "tagger"},
                            Finding{17, 22, Kind::kPerson, "", 0.55f, "tagger"}};
  Linked l = LinkMentions(text, f);
  ASSERT_EQ(l.entity_names.size(), 1u);
  EXPECT_EQ(l.entity_names[0], "Abdul Rahman bin Hamid");
  ASSERT_EQ(l.findings.size(), 2u);
  EXPECT_EQ(text.substr(l.findings[1].begin, l.findings[1].size()), "Hamid");
  EXPECT_EQ(l.findings[1].entity, 0);
  LinkOptions off;
  off.join_patronyms = false;
  EXPECT_EQ(LinkMentions(text, f, off).entity_names.size(), 2u);
}

}  // namespace
}  // namespace tearline

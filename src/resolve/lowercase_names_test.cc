// Tests of names in messages typed without capitals (LOWER-CASE MESSAGES in
// tearline/resolve.h): which words may be names, and the names a log of
// lower-case text messages gives.
#include "lowercase_names.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace tearline::link_internal {
namespace {

TEST(LowerCaseNamesTest, NameWords) {
  struct Row {
    const char* word;
    bool name;
  };
  const Row rows[] = {
      {"lokwang", true},  {"achiro", true},  {"says", false},   // a common word
      {"tmrw", false},    {"abt", false},    {"chf", false},    // shorthand, a title's short form
      {"kapoeta", false},                                       // a town of the gazetteer
      {"toposa", false},                                        // a group's name
      {"ab", false},      {"Lokwang", false}, {"i/c", false},
      {"blk", false},                                           // no vowel
  };
  for (const Row& r : rows) EXPECT_EQ(IsLowerCaseNameWord(r.word), r.name) << r.word;
}

// The names a log gives, as the texts of the added findings in order.
std::string Names(const std::string& text) {
  std::vector<Finding> findings;
  AddLowerCaseNames(text, 0.5f, &findings);
  std::string out;
  for (const Finding& f : findings) {
    EXPECT_EQ(f.kind, Kind::kPerson);
    EXPECT_EQ(f.detector, "link");
    out += (out.empty() ? "" : "|") + text.substr(f.begin, f.size());
  }
  return out;
}

// A synthetic log: three long lines without capitals make the text one of
// lower-case messages.
const char kLog[] =
    "[03/05 06:10] +256 772 000 111 (okello, pabbo)\n"
    "cattle taken frm the kraal near pabbo at dawn. chf odongo ocaya says 40 head gone.\n"
    "[03/05 07:00] +256 772 000 222\n"
    "his son akena odongo shot in leg, taken to pabbo hc on boda. -okello\n"
    "[03/05 09:30] sr atim\n"
    "atim here. akena stable. 1 girl missing: called \"lakica\" by all, real name lamunu acen, abt 9.\n"
    "dead: opio kilama (m ~40). fr. john ojara will talk to families tmrw.\n"
    "- monitor okello = peter okello ayella (pabbo)\n";

TEST(LowerCaseNamesTest, NamesOfALogOfMessages) {
  const std::string names = Names(kLog);
  for (const char* want : {"okello", "odongo ocaya", "akena odongo", "atim", "lakica", "lamunu acen", "opio kilama",
                           "john ojara", "peter okello ayella"}) {
    EXPECT_NE(names.find(want), std::string::npos) << want << " in " << names;
  }
  // Places, shorthand and common words stay.
  for (const char* kept : {"pabbo", "kraal", "tmrw", "boda", "families", "cattle"}) {
    EXPECT_EQ(("|" + names + "|").find(std::string("|") + kept + "|"), std::string::npos) << kept << " in " << names;
  }
}

TEST(LowerCaseNamesTest, LinesEndingInCarriageReturns) {
  std::string crlf;
  for (char c : std::string(kLog)) {
    if (c == '\n') crlf += '\r';
    crlf += c;
  }
  EXPECT_EQ(Names(crlf), Names(kLog));
  // A sender named only on the stamp's line.
  const std::string log =
      "cattle taken frm the kraal near pabbo at dawn today\r\n"
      "youth of the kraal are angry and say they will go\r\n"
      "no vehicles to pabbo frm the river side since noon\r\n"
      "[03/05 11:02] lokwero\r\nall quiet now\r\n";
  EXPECT_EQ(Names(log), "lokwero");
}

TEST(LowerCaseNamesTest, OnlyInTextsOfLowerCaseLines) {
  // The same words in a text with capitals: nothing.
  EXPECT_EQ(Names("Cattle were taken near Pabbo at dawn, the chief says.\nHis son odongo was shot in the leg.\n"
                  "The monitor okello reported it to the office.\n"),
            "");
  // Nor a report that quotes three lower-case lines among more with capitals.
  EXPECT_EQ(Names("Report of the visit to the site on Monday by the team\nThe team met the elders of the camp there\n"
                  "The elders said the water point is broken again\nOne message came from the chief that evening\n"
                  "The chief says more families came from the hills\nWe recorded what the message said below\n"
                  "Nothing else was reported by the site focal point\n"
                  "> mzee kombo yuko hospitali sasa hivi leo\n> chf odongo ocaya says forty head gone\n"
                  "> his son akena odongo was shot in leg\n"),
            "");
  // Acronyms in capitals leave a line typed in lower case.
  // "w/o" before an ordinary word is "without".
  const std::string acronyms = Names(
      "- 15 ppl w/o any ID, kids w/o birth certs, cant register as IDPs\n"
      "- picked up by TCC patrol near the bus stn, family says no docs\n"
      "- his wife = kolompar erika, 24, has only a hungarian ID card\n");
  EXPECT_NE(acronyms.find("kolompar erika"), std::string::npos) << acronyms;
  EXPECT_EQ(acronyms.find("certs"), std::string::npos) << acronyms;
  // Two long lines without capitals are not enough.
  EXPECT_EQ(Names("his son akena odongo was shot in the leg at the kraal\nchf odongo ocaya says forty head are gone now\n"),
            "");
}

// The roles of a message's people name who follows.
TEST(LowerCaseNamesTest, NamesAfterRolesOfAMessagesPeople) {
  EXPECT_EQ(Names("- caller said her son was picked up near the market by men\n"
                  "- neighbour kofi saw the pickup; kofi's number is with the desk\n"
                  "- the driver asante and his friend kwesi brought her back\n"),
            "kofi|kofi|asante|kwesi");
}

// The name before a note of sex and age, of an age or of a phone in
// parentheses, and after "w/"; not before a count, a year or a short number.
TEST(LowerCaseNamesTest, NamesBeforeNotesOfAPerson) {
  const std::string names = Names(
      "- camp list, names as given by the pastor this morning\n"
      "   1. lhingneilam kipgen (f, 17) d/o the old man of the village\n"
      "- call w/ nengneihat abt the clinic, 11 pregnant women here\n"
      "- contacts: ibemhal (+91 70050 48816) and the school (2019)\n"
      "- the families (34) and cattle (1200) moved to the river side\n"
      "- doris (esposa del apu) asked that her name not go in the report\n"
      "- his wife = kolompar erika, 24, and the driver: ekal lochoro\n");
  for (const char* want : {"lhingneilam kipgen", "nengneihat", "ibemhal", "doris", "kolompar erika", "ekal lochoro"}) {
    EXPECT_NE(names.find(want), std::string::npos) << want << " in " << names;
  }
  for (const char* kept : {"school", "families", "cattle", "contacts", "call"}) {
    EXPECT_EQ(names.find(kept), std::string::npos) << kept << " in " << names;
  }
}

// The texts of the PERSON findings (at 0.6 or more) that a rule run on any
// text adds, '|' between.
std::string AddedAnywhere(const std::string& text,
                          void (*rule)(std::string_view, float, std::vector<Finding>*)) {
  std::vector<Finding> findings;
  rule(text, 0.5f, &findings);
  std::string out;
  for (const Finding& f : findings) {
    EXPECT_EQ(f.kind, Kind::kPerson);
    EXPECT_GE(f.confidence, 0.6f);
    out += (out.empty() ? "" : "|") + text.substr(f.begin, f.size());
  }
  return out;
}

// A name in small letters after a word that names, in any text: a lexicon
// name that is no ordinary word; not a common word, not an unknown word.
TEST(LowerCaseNamesTest, NamesAfterNamingWords) {
  struct Row {
    const char* text;
    const char* names;
  };
  const Row rows[] = {
      {"Caller: one man called emeka already asked us for money.", "emeka"},
      {"Un tipo llamado \"elmer\" vino. A man named joseph mwangi came.", "joseph mwangi|elmer"},  // in the order of the naming words
      {"what is called hope; a file named report; called xqzt", ""},
      {"she called hotline, says; une femme m'a appel\xC3\xA9 hier.", ""},  // calls
  };
  for (const Row& r : rows) EXPECT_EQ(AddedAnywhere(r.text, AddLowerCaseNamesAfterNamingWords), r.names) << r.text;
}

TEST(LowerCaseNamesTest, ContextsThatNameNoOne) {
  const std::string text =
      "raid strtd at dawn near the kraal of the river and the hills today\n"
      "his son was shot. chf says the youth are angry and will go back soon\n"
      "the nurse i/c riwoto phcc asks for kits and fluids before night falls\n"
      "the neighbour says the driver took the guard to the river at dawn\n"
      "[03/05 09:30] we moved all cattle to the river before night\n";
  EXPECT_EQ(Names(text), "");
}

// A name in small letters before a word of respect in small letters, in any
// text: the name alone; not an ordinary word, nor a word no lexicon holds.
TEST(LowerCaseNamesTest, NamesBeforeLowerCaseHonorifics) {
  struct Row {
    const char* text;
    const char* names;
  };
  const Row rows[] = {
      {"the neighbour (sher agha, the one with the pharmacy) says", "sher"},
      {"ask gul jan or zahir sahib.", "gul|zahir"},
      {"bhat sahab retired; ya lone bhai", "bhat"},  // "lone" is an English word
      {"the agha said; his jan; Sher agha", ""},      // ordinary words; a capital is the titles' rule
      {"xqzt agha and sher aghas", ""},               // no lexicon name; not the word "agha"
  };
  for (const Row& r : rows) EXPECT_EQ(AddedAnywhere(r.text, AddNamesBeforeLowerCaseHonorifics), r.names) << r.text;
}

// A family name with an Arabic article after a found name, in any case.
TEST(LowerCaseNamesTest, ArticleSurnamesAfterNames) {
  struct Row {
    const char* text;
    const char* name;  // the found name
    const char* added;
  };
  const Row rows[] = {
      {"A: mohammed saif al-qadhi, driver", "mohammed saif", "al-qadhi"},
      {"Hashem al-Yafei al-tamimi said", "Hashem", "al-Yafei|al-tamimi"},
      {"Karim al-", "Karim", ""},                    // no letters after the article
      {"Karim al-qa", "Karim", ""},                  // two letters
      {"Karim and al-qadhi", "Karim", ""},           // not right after the name
      {"Karim al-qadhi2", "Karim", ""},
  };
  for (const Row& r : rows) {
    const std::string text = r.text;
    const size_t b = text.find(r.name);
    std::vector<Finding> findings = {Finding{b, b + std::string(r.name).size(), Kind::kPerson, "", 0.9f, "tagger"}};
    AddArticleSurnamesAfterNames(text, 0.5f, &findings);
    std::string out;
    for (size_t i = 1; i < findings.size(); ++i) {
      out += (out.empty() ? "" : "|") + text.substr(findings[i].begin, findings[i].size());
    }
    EXPECT_EQ(out, r.added) << r.text;
  }
  // A weak reading grows nothing.
  const std::string text = "Karim al-qadhi";
  std::vector<Finding> weak = {Finding{0, 5, Kind::kPerson, "", 0.4f, "tagger"}};
  AddArticleSurnamesAfterNames(text, 0.5f, &weak);
  EXPECT_EQ(weak.size(), 1u);
}

}  // namespace
}  // namespace tearline::link_internal

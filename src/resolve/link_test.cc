#include <gtest/gtest.h>

#include <cstring>

#include "tearline/resolve.h"

namespace tearline {
namespace {

Finding Person(std::string_view text, std::string_view mention, size_t from = 0, float c = 0.9f) {
  size_t b = text.find(mention, from);
  EXPECT_NE(b, std::string_view::npos) << mention;
  return Finding{b, b + mention.size(), Kind::kPerson, "", c, "test"};
}

// The tagger's LOC reading of the first `w` in `text`, at confidence c.
Finding TaggerPlace(std::string_view text, std::string_view w, float c) {
  const size_t b = text.find(w);
  EXPECT_NE(b, std::string_view::npos) << w;
  return Finding{b, b + w.size(), Kind::kLoc, "", c, "tagger"};
}

// The tagger's PERSON reading of the first `s` in `text` at or after `from`.
Finding TaggerPerson(std::string_view text, std::string_view s, float confidence = 0.4f, size_t from = 0) {
  const size_t b = text.find(s, from);
  EXPECT_NE(b, std::string_view::npos) << s;
  return Finding{b, b + s.size(), Kind::kPerson, "", confidence, "tagger"};
}

// "text@entity" for each PERSON finding, in order.
std::string Render(std::string_view text, const Linked& l) {
  std::string out;
  for (const Finding& f : l.findings) {
    if (!out.empty()) out += ' ';
    out += std::string(text.substr(f.begin, f.size())) + "@" + std::to_string(f.entity);
  }
  return out;
}

// A dash inside a name ("Karim–Saleh") is no name word: the dashes of the
// text are not mentions.
TEST(LinkTest, DashesInsideANameAreNoMentions) {
  const std::string text = "Then Ahmad Karim\xE2\x80\x93Saleh was told. Later \xE2\x80\x93 he left \xE2\x80\x93 and Saleh came.";
  Linked l = LinkMentions(text, {Person(text, "Ahmad Karim\xE2\x80\x93Saleh")});
  std::erase_if(l.findings, [](const Finding& f) { return f.kind != Kind::kPerson; });
  EXPECT_EQ(Render(text, l), "Ahmad Karim\xE2\x80\x93Saleh@0 Saleh@0");
}

TEST(LinkTest, MentionsOfOnePersonShareAnEntity) {
  const std::string text =
      "Mohammad Nabi Omari drives. Later Mr. Omari and M. N. Omari met Sara Karimi. Omari's car broke.";
  std::vector<Finding> f = {Person(text, "Mohammad Nabi Omari"), Person(text, "Mr. Omari"),
                            Person(text, "M. N. Omari"), Person(text, "Sara Karimi"),
                            Person(text, "Omari", text.find("car") - 10)};
  LinkOptions no_propagation;
  no_propagation.propagate = false;
  Linked l = LinkMentions(text, f, no_propagation);
  EXPECT_EQ(Render(text, l),
            "Mohammad Nabi Omari@0 Mr. Omari@0 M. N. Omari@0 Sara Karimi@1 Omari@0");
  ASSERT_EQ(l.entity_names.size(), 2u);
  EXPECT_EQ(l.entity_names[0], "Mohammad Nabi Omari");
  EXPECT_EQ(l.entity_names[1], "Sara Karimi");
}

TEST(LinkTest, PropagatesToMissedMentionsOnly) {
  const std::string text = "Sara Karimi called. Karimi said KARIMI. A karimi rug. Karimis. Mary came. Sara left.";
  Linked l = LinkMentions(text, {Person(text, "Sara Karimi")});
  // "karimi" is no English word: LOWER-CASE MENTIONS finds it too.
  EXPECT_EQ(Render(text, l), "Sara Karimi@0 Karimi@0 KARIMI@0 karimi@0 Sara@0");
  LinkOptions capitalised_only;
  capitalised_only.propagate_lower = false;
  EXPECT_EQ(Render(text, LinkMentions(text, {Person(text, "Sara Karimi")}, capitalised_only)),
            "Sara Karimi@0 Karimi@0 KARIMI@0 Sara@0");
  for (const Finding& f : l.findings) {
    if (f.begin > 0) {
      EXPECT_EQ(f.detector, "link");
    }
  }
}

// A weak reading of another spelling of a linked person's word, or of its
// first letters, is a mention; a weak reading of a word like it in no such
// way is not.
TEST(LinkTest, WeakReadingsOfOtherSpellingsJoinTheirEntity) {
  const std::string text =
      "Selvarajah Kandeepan left. Spellings: Kandipan / \"Kandee\". Not Kandy, not Kandeepan's Mary, Kande.";
  std::vector<Finding> f = {Person(text, "Selvarajah Kandeepan"), Person(text, "Kandipan", 0, 0.37f),
                            Person(text, "Kandee", text.find("\"Kandee") + 1, 0.4f), Person(text, "Kandy", 0, 0.4f),
                            Person(text, "Mary", 0, 0.4f), Person(text, "Kande", text.find("Mary"), 0.4f)};
  LinkOptions no_propagation;
  no_propagation.propagate = false;
  EXPECT_EQ(Render(text, LinkMentions(text, f, no_propagation)),
            "Selvarajah Kandeepan@0 Kandipan@0 Kandee@0 Kandy@-1 Mary@-1 Kande@0");
  // A reading at the threshold or above links as any mention does; one of
  // the Arabic-script detector is left alone.
  f[3].detector = "script";
  f[1].confidence = 0.9f;
  EXPECT_EQ(Render(text, LinkMentions(text, f, no_propagation)),
            "Selvarajah Kandeepan@0 Kandipan@0 Kandee@0 Kandy@-1 Mary@-1 Kande@0");
}

// A weak reading of the first three or four bytes of a linked person's word
// five bytes longer or more is that person's short form ("D\xC3\xA9o" of
// "D\xC3\xA9ogratias"); not of a shorter word ("Sam" of "Samuel": one byte
// too few left off), nor of letters that start no word of the entity.
TEST(LinkTest, WeakShortFormsOfLongWordsJoinTheirEntity) {
  const std::string text = "D\xC3\xA9ogratias Hakizimana drove. Ask D\xC3\xA9o, Hak and Dea. Samuel Okot; Sam.";
  std::vector<Finding> f = {Person(text, "D\xC3\xA9ogratias Hakizimana"), Person(text, "D\xC3\xA9o", text.find("Ask"), 0.2f),
                            Person(text, "Hak", text.find("Hak and"), 0.2f), Person(text, "Dea", 0, 0.2f), Person(text, "Samuel Okot"),
                            Person(text, "Sam", text.find("Sam."), 0.2f)};
  LinkOptions no_propagation;
  no_propagation.propagate = false;
  EXPECT_EQ(Render(text, LinkMentions(text, f, no_propagation)),
            "D\xC3\xA9ogratias Hakizimana@0 D\xC3\xA9o@0 Hak@0 Dea@-1 Samuel Okot@1 Sam@-1");
}

// An entity defined by one spelling ("DORCE ROSEMENE", first) is propagated
// in the spellings of every mention that joined it ("Rosemène Dorcé").
TEST(LinkTest, PropagatesEverySpellingOfAnEntity) {
  const std::string text =
      "spelt \"DORCE ROSEMENE\". Mme Ros\xC3\xA8m\xC3\xA8ne Dorc\xC3\xA9 fainted.\n- Ros\xC3\xA8m\xC3\xA8ne Dorc\xC3\xA9: admitted";
  Linked l = LinkMentions(text, {Person(text, "DORCE ROSEMENE"), Person(text, "Mme Ros\xC3\xA8m\xC3\xA8ne Dorc\xC3\xA9")});
  EXPECT_EQ(Render(text, l), "DORCE ROSEMENE@0 Mme Ros\xC3\xA8m\xC3\xA8ne Dorc\xC3\xA9@0 Ros\xC3\xA8m\xC3\xA8ne@0 Dorc\xC3\xA9@0");
}

// A name with an inner apostrophe is one word when propagated, as when
// linked: "L'Enfant" and "Mas'ud" are found again, a possessive is not part
// of the name, and "Enfant" and "d'Enfant" are other words.
// A capitalised name after a lower-case elided article ("d'Ousmane") is
// that name; Latin-1 capitals match their small letters ("SANÉ", "Sané").
TEST(LinkTest, PropagatesNamesAfterElidedArticlesAndInAnyLatin1Case) {
  const std::string text = "011 SAN\xC3\x89 Ousmane. Voir d'Ousmane San\xC3\xA9, l\xE2\x80\x99Ousmane. dOusmane.";
  Linked l = LinkMentions(text, {Person(text, "SAN\xC3\x89 Ousmane")});
  EXPECT_EQ(Render(text, l), "SAN\xC3\x89 Ousmane@0 Ousmane@0 San\xC3\xA9@0 Ousmane@0");
  const std::string found = "voir d'Ousmane Sane. Ousmane left.";
  EXPECT_EQ(Render(found, LinkMentions(found, {Person(found, "d'Ousmane Sane")})), "d'Ousmane Sane@0 Ousmane@0");
}

TEST(LinkTest, PropagatesNamesWithInnerApostrophes) {
  const std::string text =
      "Pierre Charles L'Enfant and Ahmad Mas'ud met. L'Enfant left; Mas'ud's car stayed. Enfant d'Enfant.";
  Linked l = LinkMentions(text, {Person(text, "Pierre Charles L'Enfant"), Person(text, "Ahmad Mas'ud")});
  EXPECT_EQ(Render(text, l), "Pierre Charles L'Enfant@0 Ahmad Mas'ud@1 L'Enfant@0 Mas'ud@1");
  // A curly possessive is not part of the name either.
  const std::string curly = "Sara Karimi left. Karimi\xE2\x80\x99s car stayed.";
  EXPECT_EQ(Render(curly, LinkMentions(curly, {Person(curly, "Sara Karimi")})), "Sara Karimi@0 Karimi@0");
}

// Each capitalised part of four bytes or more of a double-barrelled name is
// found alone too, even where the tagger read it as a place; not a part in
// small letters, of three bytes or fewer, a place prefix, an English word or
// a word for a people.
TEST(LinkTest, PropagatesThePartsOfDoubleBarrelledNames) {
  const std::string text =
      "The guard Oyelami Brandt-Kusova is missing.\nKusova: 0799 234 567\nBrandt left. Lau Siu-lai saw Siu and lai. "
      "Amani Kessy-Mount was there; Mount Elgon; Kessy; KUSOVA. Anna German-Smith saw Smith and German.";
  const size_t place = text.find("Kusova:");
  Linked l = LinkMentions(text, {Person(text, "Oyelami Brandt-Kusova"), Person(text, "Lau Siu-lai"),
                                 Person(text, "Amani Kessy-Mount"), Person(text, "Anna German-Smith"),
                                 Finding{place, place + 6, Kind::kLoc, "", 0.49f, "tagger"}});
  std::erase_if(l.findings, [](const Finding& f) { return f.kind != Kind::kPerson; });
  EXPECT_EQ(Render(text, l),
            "Oyelami Brandt-Kusova@0 Kusova@0 Brandt@0 Lau Siu-lai@1 Amani Kessy-Mount@2 Kessy@2 KUSOVA@0 "
            "Anna German-Smith@3");
  // Not the parts of a name of one word, nor a part the text reads as a
  // place elsewhere.
  const std::string roads = "Road Drabshalla-Thathri shut; halted at Thathri. Amina Kessy-Moshi left Moshi; Kessy";
  const size_t moshi = roads.rfind("Moshi");
  Linked r = LinkMentions(roads, {Person(roads, "Drabshalla-Thathri"), Person(roads, "Amina Kessy-Moshi"),
                                  Finding{moshi, moshi + 5, Kind::kLoc, "", 0.7f, "tagger"}});
  std::erase_if(r.findings, [](const Finding& f) { return f.kind != Kind::kPerson; });
  EXPECT_EQ(Render(roads, r), "Drabshalla-Thathri@0 Amina Kessy-Moshi@1 Kessy@1");
}

TEST(LinkTest, PersonReadingsHeadedByAPlaceOrOrganisationWordAreRelabelled) {
  struct Case {
    const char* text;
    Kind kind;  // kPerson: not relabelled
  };
  const Case cases[] = {
      {"Sheikh Lotfollah Mosque", Kind::kLoc},
      {"Isfahan International Airport", Kind::kLoc},
      {"Andy Warhol Foundation", Kind::kOrg},
      {"Andy Warhol Foundation for the Visual Arts", Kind::kOrg},
      {"Palace of Forty Columns", Kind::kLoc},
      {"Acme Ltd.", Kind::kOrg},
      {"Karimi HOSPITAL", Kind::kLoc},
      {"Mosque", Kind::kPerson},           // one word: the generic-word rule's
      {"Stuart Hall", Kind::kPerson},      // a surname, not a head
      {"Shirley Temple", Kind::kPerson},
      {"Foundation Karimi", Kind::kPerson},  // a head first, not before "of"
      {"Ahmad mosque", Kind::kPerson},     // lower case
      {"Fort Lee", Kind::kLoc},            // a place's first word
      {"Mount Hood", Kind::kLoc},
      {"Goth Jaffar Kalhoro", Kind::kLoc},  // a village of Sindh
      {"Bairro Santa Rosa", Kind::kLoc},
      {"Kampung Baru", Kind::kLoc},
      {"Ds Sesait", Kind::kLoc},            // Indonesian village, hamlet
      {"Dsn Lokok Aur", Kind::kLoc},
      {"George Washington Bridge", Kind::kLoc},  // a surname-like head needs three words
      {"Frank Bridge", Kind::kPerson},
      {"Mr Stuart Hall", Kind::kPerson},   // ... and no title before
      {"Cherokee Turnpike", Kind::kLoc},
      {"the Home Office", Kind::kOrg},
      // Events: competitions and their series.
      {"World Cup", Kind::kOrg},
      {"World Cups", Kind::kOrg},
      {"Africa Cup of Nations", Kind::kOrg},
      {"Commonwealth Games", Kind::kOrg},
      {"Prince Series", Kind::kOrg},
      {"Cup", Kind::kPerson},              // one word: the generic-word rule's
  };
  for (const Case& c : cases) {
    const std::string text = c.text;
    Finding f = Person(text, text);
    const std::optional<Kind> named = PlaceOrOrganisationNamed(text, f);
    EXPECT_EQ(named.value_or(Kind::kPerson), c.kind) << c.text;
  }
  // Linking relabels them before it links persons: the mosque is no entity,
  // though the person's name in it is still found (propagation).
  const std::string text = "Hakim Mosque is near. Hakim Karimi prays there.";
  Linked l = LinkMentions(text, {Person(text, "Hakim Mosque"), Person(text, "Hakim Karimi")});
  EXPECT_EQ(l.entity_names, std::vector<std::string>{"Hakim Karimi"});
  std::string kinds;
  for (const Finding& f : l.findings) {
    kinds += std::string(text.substr(f.begin, f.size())) + "/" + std::string(KindName(f.kind)) + "@" +
             std::to_string(f.entity) + " ";
  }
  EXPECT_EQ(kinds, "Hakim Mosque/LOC@-1 Hakim/PERSON@0 Hakim Karimi/PERSON@0 ");
}

TEST(LinkTest, OfficeUnitsInCapitalsNameNoOne) {
  const std::string text = "security focal point; HR officer Mariam; the CEO";
  EXPECT_TRUE(IsGenericFinding(text, Person(text, "HR")));
  EXPECT_TRUE(IsGenericFinding(text, Person(text, "CEO")));
  EXPECT_FALSE(IsGenericFinding(text, Person(text, "Mariam")));
}

// A chat line's speaker made of words for a desk, a unit or a post is no
// one; a speaker with a name among them, or a word that names persons too,
// is someone.
TEST(LinkTest, ChatSpeakersThatAreDesksNameNoOne) {
  const std::string text =
      "[09:12] Protection desk: two arrivals\n[09:14] Logistics: truck late\n[09:31] Security focal point: closed\n"
      "[09:40] HQ: ok\n[09:41] Rose: here\n[09:42] Halima (outreach): ok\n[09:43] Desk Amina: ok\n";
  auto speaker = [&](const char* s) {
    const size_t b = text.find(s);
    return Finding{b, b + std::string_view(s).size(), Kind::kPerson, "FIELD", 0.7f, "fields"};
  };
  for (const char* s : {"Protection desk", "Logistics", "Security focal point", "HQ"}) {
    EXPECT_TRUE(IsGenericFinding(text, speaker(s))) << s;
  }
  for (const char* s : {"Rose", "Halima (outreach)", "Desk Amina"}) EXPECT_FALSE(IsGenericFinding(text, speaker(s))) << s;
  // The same words read by another detector are left to its rules.
  Finding tagger = speaker("Logistics");
  tagger.detector = "tagger";
  tagger.subkind = "";
  tagger.confidence = 0.8f;
  EXPECT_FALSE(IsGenericFinding(text, tagger));
}

// A capitalised ordinary word that opens a label of words in small letters
// ("Foster carer:") or stands before a word for a body of people
// ("Community watch") names no one; a given name that is a word, a speaker
// before "said", a name before a role do.
TEST(LinkTest, OrdinaryWordsOpeningLabelsAndBodiesNameNoOne) {
  struct Case {
    const char* text;
    const char* span;
    const char* detector;
    float confidence;
    bool generic;
  };
  const Case cases[] = {
      {"Family may go.\nFoster carer: R. (Renk)", "Foster", "tagger", 0.35f, true},
      {"x\n  Focal point: Santino", "Focal", "tagger", 0.4f, true},
      {"x\nFoster carer: R.", "Foster", "tagger", 0.6f, false},         // a sure reading
      {"x\nRose said: no", "Rose", "tagger", 0.4f, false},               // a speaker
      {"x\nGrace carer: yes", "Grace", "tagger", 0.4f, false},           // a given name that is a word
      {"Seen by Foster carer: no", "Foster", "tagger", 0.4f, false},      // not at its line's start
      {"crossed at Joda. Foster carer: Rebecca", "Foster", "tagger", 0.35f, true},  // after a sentence
      {"with Mr. Foster carer: no", "Foster", "tagger", 0.4f, false},     // after a title
      {"[REDACTED]. Plan today: go", "Plan", "tagger", 0.16f, true},      // after a placeholder
      {"x\nFoster carer of the boy: R.", "Foster", "tagger", 0.4f, false},  // a sentence, not a label
      {"Registration no: 12; Individual ID: 441-00987", "Individual", "tagger", 0.38f, true},  // a field after ';'
      {"x\nHousehold No.: 7", "Household", "tagger", 0.4f, true},
      {"x\nHousehold IDs: 7", "Household", "tagger", 0.4f, false},  // not the code's label
      {"Reported by: Community watch (N. G.)", "Community", "fields", 0.7f, true},
      {"Reported by: Camp management", "Camp", "fields", 0.7f, true},
      {"Reported by: Hope watch", "Hope", "fields", 0.7f, false},       // a given name that is a word
      {"Reported by: Community leader Ajak", "Community", "fields", 0.7f, false},  // a role before a name
      {"the Community watch met", "Community", "tagger", 0.9f, false},   // a sure reading
  };
  for (const Case& c : cases) {
    const std::string text = c.text;
    Finding f = Person(text, c.span);
    f.detector = c.detector;
    f.subkind = std::string_view(c.detector) == "fields" ? "FIELD" : "";
    f.confidence = c.confidence;
    EXPECT_EQ(IsGenericFinding(text, f), c.generic) << c.text;
  }
}

// A weak reading of a quoted record's key, of a vehicle's model after its
// maker, of a people in the French plural names no one; a name in the value,
// after another word, or read surely does.
TEST(LinkTest, KeysModelsAndPluralPeoplesNameNoOne) {
  struct Case {
    const char* text;
    const char* span;
    float confidence;
    bool generic;
  };
  const Case cases[] = {
      {"{\"full_name\": \"Gul Rahman\", \"tazkira_no\": \"1401\"}", "tazkira", 0.34f, true},
      {"{\"Full name\" : \"Gul\"}", "Full", 0.4f, true},
      {"{\"full_name\": \"Gul Rahman\"}", "Gul Rahman", 0.4f, false},  // the value
      {"say \"Rahman\" and go: now", "Rahman", 0.4f, false},            // quoted, no ':' after
      {"hh_head:\n    tazkira_no: \"1400\"", "tazkira", 0.4f, true},
      {"- tazkira_no: 1", "tazkira", 0.4f, true},
      {"x\n  - tazkira_no: 1", "tazkira", 0.4f, true},
      {"x\nKarimi: we left", "Karimi", 0.4f, false},                   // a speaker: no '_'
      {"x\nKarimi_note: we left", "Karimi", 0.4f, true},
      {"she said Karimi_2: left", "Karimi", 0.4f, false},              // not opening its line
      {"V\u00e9hicule (Toyota Hilux, immatriculation", "Hilux", 0.36f, true},
      {"a white Land Cruiser", "Cruiser", 0.4f, true},
      {"driver Toyota Hilux", "Hilux", 0.7f, false},                     // a sure reading
      {"saw the Toyota Hilux at", "Hilux", 0.5f, true},
      {"saw the Toyota Hilux at", "Toyota Hilux", 0.6f, true},
      {"saw the Toyota Hilux Karimi at", "Toyota Hilux Karimi", 0.6f, false},
      {"met Yusuf Hilux", "Hilux", 0.4f, false},
      {"si \u00ab les Blancs \u00bb \u00e9taient", "Blancs", 0.45f, true},
      {"chez des Peuls du", "Peuls", 0.4f, true},
      {"avec Jules", "Jules", 0.4f, false},
      {"toutes les Dupont", "Dupont", 0.4f, false},                     // no plural 's'
  };
  for (const Case& c : cases) {
    const std::string text = c.text;
    Finding f = Person(text, c.span);
    f.detector = "tagger";
    f.confidence = c.confidence;
    EXPECT_EQ(IsGenericFinding(text, f), c.generic) << c.text;
  }
}

// A building's or an institution's head word read alone as a person (the
// tagger's "Museum" of "[former Museum of Flight CEO]") is no one, and is not
// propagated to "the Museum" elsewhere; a surname that heads places too is.
TEST(LinkTest, HeadsOfBuildingsAndInstitutionsAloneNameNoOne) {
  const std::string text = "former Museum of Flight CEO Dana Reyes; the Palace; Stuart Hall; the Museum reopened.";
  for (const char* word : {"Museum", "Palace"}) EXPECT_TRUE(IsGenericFinding(text, Person(text, word))) << word;
  EXPECT_FALSE(IsGenericFinding(text, Person(text, "Hall")));
  Linked l = LinkMentions(text, {Person(text, "Museum"), Person(text, "Dana Reyes")});
  EXPECT_EQ(Render(text, l), "Dana Reyes@0");
}

// The tagger's reading of a work's title after a noun for the work names no
// one, however sure; the maker's name after such a noun ("the film Karim
// made") and a capitalised noun ("Film Director Sara Nouri") do.
TEST(LinkTest, TitlesOfWorksNameNoOne) {
  const std::string text =
      "on the television series Gilmore Girls, then the film Harbour Lights (2009) and his novel Saltmarsh. "
      "The film Karim made won. The song Amina Yusuf wrote. Film Director Sara Nouri; the series.";
  for (const char* work : {"Gilmore Girls", "Harbour Lights", "Saltmarsh"}) {
    EXPECT_TRUE(IsGenericFinding(text, TaggerPerson(text, work, 0.95f))) << work;
  }
  for (const char* name : {"Karim", "Amina Yusuf", "Sara Nouri"}) {
    EXPECT_FALSE(IsGenericFinding(text, TaggerPerson(text, name, 0.95f))) << name;
  }
  // Another detector's reading is not the tagger's guess.
  EXPECT_FALSE(IsGenericFinding(text, Person(text, "Saltmarsh")));
  // The tagger's readings of a title's text elsewhere are the work too, and
  // its words are not propagated.
  const std::string twice = "the series Gilmore Girls, then films. Gilmore Girls as well as Gilmore.";
  Linked l = LinkMentions(twice, {TaggerPerson(twice, "Gilmore Girls", 0.95f),
                                  TaggerPerson(twice, "Gilmore Girls", 0.95f, 30)});
  EXPECT_EQ(Render(twice, l), "");
  // A title of one word that the name lexicons hold is one only where it
  // stands: elsewhere it may be a person's name, which linking then finds
  // at the title's place too (fail closed).
  const std::string one = "the song Shirin, then Shirin sang.";
  l = LinkMentions(one, {TaggerPerson(one, "Shirin", 0.95f), TaggerPerson(one, "Shirin", 0.95f, 12)});
  EXPECT_EQ(Render(one, l), "Shirin@0 Shirin@0");
  // A title of one word that no name lexicon holds is the work everywhere.
  const std::string unnamed = "the novel Tarubai, then Tarubai sold well.";
  l = LinkMentions(unnamed, {TaggerPerson(unnamed, "Tarubai", 0.95f), TaggerPerson(unnamed, "Tarubai", 0.95f, 12)});
  EXPECT_EQ(Render(unnamed, l), "");
}

// The tagger's reading of a storm's name after "Cyclone", "Hurricane",
// "Typhoon" or "Storm" names no one, and neither do its readings of that
// word elsewhere, unless the name lexicons hold the word ("Cyclone Freddy"
// beside "Freddy said": a person may be named by it alone).
TEST(LinkTest, StormsNameNoOne) {
  struct Row {
    const char* text;
    const char* storm;  // the word after the storm's noun
    const char* want;   // Render of LinkMentions over the tagger's readings of `storm`
  };
  const Row rows[] = {
      {"Cyclone Tarubai hit Beira. Tarubai's winds fell.", "Tarubai", ""},
      {"Tropical Storm Tarubai hit Beira; Tarubai weakened.", "Tarubai", ""},
      {"Cyclone Freddy hit Beira. Freddy said the roof fell.", "Freddy", "Freddy@0 Freddy@0"},
      {"CycloneTarubai hit Beira; Tarubai weakened.", "Tarubai", "Tarubai@0 Tarubai@0"},  // no word before
      {"the cyclone Tarubai hit Beira; Tarubai weakened.", "Tarubai", "Tarubai@0 Tarubai@0"},  // small letters
  };
  for (const Row& r : rows) {
    const std::string text = r.text;
    std::vector<Finding> readings;
    for (size_t at = text.find(r.storm); at != std::string::npos; at = text.find(r.storm, at + 1)) {
      readings.push_back(TaggerPerson(text, r.storm, 0.9f, at));
    }
    ASSERT_EQ(readings.size(), 2u) << r.text;
    EXPECT_EQ(Render(text, LinkMentions(text, readings)), r.want) << r.text;
  }
  EXPECT_TRUE(IsGenericFinding("Hurricane Tarubai", TaggerPerson("Hurricane Tarubai", "Tarubai", 0.9f)));
  EXPECT_TRUE(IsGenericFinding("Typhoon Freddy", TaggerPerson("Typhoon Freddy", "Freddy", 0.9f)));
  EXPECT_FALSE(IsGenericFinding("Typhoon Freddy Okello", TaggerPerson("Typhoon Freddy Okello", "Freddy Okello", 0.9f)));
}

TEST(LinkTest, MessengersDevicesAndClausesOpeningWordsNameNoOne) {
  const std::string text =
      "Signal voice call; a Thuraya handset; Sim, ficha; Se le pidi\xC3\xB3; Ne PAS; Av. Hidalgo; Van Nguyen; FORMATO DE; Croix-Rouge";
  for (const char* word : {"Signal", "Thuraya", "Sim", "Se", "Ne", "Av", "FORMATO DE", "Croix-Rouge"}) {
    EXPECT_TRUE(IsGenericFinding(text, Person(text, word))) << word;
  }
  EXPECT_FALSE(IsGenericFinding(text, Person(text, "Van Nguyen")));
  EXPECT_FALSE(IsGenericFinding(text, Person(text, "Hidalgo")));
}

// The tagger's weak readings of one letter, of one role noun, of a column's heading and of a
// piece of a reference code name no one; surer readings, other detectors'
// readings and cells under the heading do.
TEST(LinkTest, LettersHeadingsAndCodesNameNoOne) {
  const std::string text =
      "Qoloji 2, zone C. Mtg\nNo\tBlanket\tMats\n1\tAmina\tFatuma\nref SWE-PRT-24-041 and Swe Hnin";
  auto weak = [&](std::string_view s, float c = 0.4f, std::string_view detector = "tagger", size_t from = 0) {
    const size_t b = text.find(s, from);
    return Finding{b, b + s.size(), Kind::kPerson, "", c, detector};
  };
  EXPECT_TRUE(IsGenericFinding(text, weak("C.")));
  EXPECT_TRUE(IsGenericFinding(text, weak("C")));
  EXPECT_TRUE(IsGenericFinding(text, weak("Blanket")));
  EXPECT_TRUE(IsGenericFinding(text, weak("Mats")));
  EXPECT_TRUE(IsGenericFinding(text, weak("SWE")));
  EXPECT_TRUE(IsGenericFinding(text, weak("PRT")));
  EXPECT_FALSE(IsGenericFinding(text, weak("Mats", 0.6f)));               // surely read
  EXPECT_FALSE(IsGenericFinding(text, weak("Mats", 0.4f, "fields")));     // another detector's
  EXPECT_FALSE(IsGenericFinding(text, weak("Amina")));                    // a cell under the heading
  EXPECT_FALSE(IsGenericFinding(text, weak("Swe", 0.4f, "tagger", text.find("Swe Hnin"))));  // no code
  EXPECT_FALSE(IsGenericFinding(text, weak("Mtg")));
  // A piece of a Myanmar identity card's number; names joined by '/'.
  const std::string nrc = "U THEIN   62 M   11/MaBaNa(N)031245  Kan Thar Ywar; Ahmad/Karim";
  EXPECT_TRUE(IsGenericFinding(nrc, TaggerPerson(nrc, "MaBaNa")));
  EXPECT_FALSE(IsGenericFinding(nrc, TaggerPerson(nrc, "Karim")));
  const std::string joined = "| 02 | DICKO n\xC3\xA9" "e BARRY A\xC3\xAF" "ssata | 44 |";
  const size_t nee = joined.find("n\xC3\xA9" "e");
  EXPECT_TRUE(IsGenericFinding(joined, Finding{nee, nee + 4, Kind::kPerson, "", 0.4f, "tagger"}));
  EXPECT_FALSE(IsGenericFinding(joined, Finding{nee, nee + 4, Kind::kPerson, "", 0.6f, "tagger"}));
  const std::string chats = "WhatsApp Chat with Mat North Monitors\n[17/04] Mat: hi";
  EXPECT_TRUE(IsGenericFinding(chats, Finding{19, 22, Kind::kPerson, "", 0.4f, "tagger"}));
  EXPECT_FALSE(IsGenericFinding(chats, Finding{46, 49, Kind::kPerson, "", 0.4f, "tagger"}));
  // A common word after a form's tick box; not a name, nor a sure reading.
  const std::string ticks = "[x] Individual counselling  [ ] Referral  [x] Karim  \xE2\x98\x90 Transport";
  EXPECT_TRUE(IsGenericFinding(ticks, TaggerPerson(ticks, "Individual", 0.38f)));
  EXPECT_TRUE(IsGenericFinding(ticks, TaggerPerson(ticks, "Referral", 0.38f)));
  EXPECT_TRUE(IsGenericFinding(ticks, TaggerPerson(ticks, "Transport", 0.38f)));
  EXPECT_FALSE(IsGenericFinding(ticks, TaggerPerson(ticks, "Karim", 0.38f)));
  EXPECT_FALSE(IsGenericFinding(ticks, TaggerPerson(ticks, "Individual", 0.6f)));
  // "Ella" as the Spanish pronoun before a word of its clause; not as a given name.
  const std::string ella = "desde Urena. Ella NO quiere. Ella Mwangi came. Ella dice que si.";
  const auto ella_at = [&](size_t from) {
    const size_t b = ella.find("Ella", from);
    return Finding{b, b + 4, Kind::kPerson, "", 0.4f, "tagger"};
  };
  EXPECT_TRUE(IsGenericFinding(ella, ella_at(0)));
  EXPECT_FALSE(IsGenericFinding(ella, ella_at(ella.find("Ella Mwangi"))));
  EXPECT_TRUE(IsGenericFinding(ella, ella_at(ella.find("Ella dice"))));
  const std::string one = "WhatsApp Chat with Amina Yusuf\n";
  EXPECT_FALSE(IsGenericFinding(one, Finding{19, 30, Kind::kPerson, "", 0.4f, "tagger"}));
  const std::string form = "\xC3\x82ge / Sexe:     9 ans / F; Sexe Abdou came";
  const size_t sexe = form.find("Sexe"), later = form.find("Sexe", sexe + 1);
  EXPECT_TRUE(IsGenericFinding(form, Finding{sexe, sexe + 4, Kind::kPerson, "", 0.46f, "tagger"}));
  EXPECT_FALSE(IsGenericFinding(form, Finding{later, later + 4, Kind::kPerson, "", 0.46f, "tagger"}));
  const std::string sources = "Fuentes: entrevistas directas\nFuentes Mosquera lleg\xC3\xB3";
  const size_t fuentes = sources.find("Fuentes"), surname = sources.find("Fuentes", fuentes + 1);
  EXPECT_TRUE(IsGenericFinding(sources, Finding{fuentes, fuentes + 7, Kind::kPerson, "", 0.34f, "tagger"}));
  EXPECT_FALSE(IsGenericFinding(sources, Finding{surname, surname + 7, Kind::kPerson, "", 0.34f, "tagger"}));

  // The first row of a table without headings holds an age or a phone: its
  // cells are no headings ("Amina Y." over "Fatuma K.").
  const std::string rows = "Register\nAmina Y.\t34\tF\nFatuma K.\t29\tF\n";
  const size_t amina = rows.find("Amina Y.");
  EXPECT_FALSE(IsGenericFinding(rows, Finding{amina, amina + 8, Kind::kPerson, "", 0.4f, "tagger"}));
  const std::string heads = "Register\nName\tAge\tSex\nFatuma K.\t29\tF\n";
  EXPECT_TRUE(IsGenericFinding(heads, TaggerPerson(heads, "Name")));

  // One role noun, capitalised: "Nurse + protection officer on board".
  const std::string roles = "ETA 2h30. Nurse + officer. Medic & Lead. Nursey left.";
  EXPECT_TRUE(IsGenericFinding(roles, TaggerPerson(roles, "Nurse")));
  EXPECT_TRUE(IsGenericFinding(roles, TaggerPerson(roles, "Medic")));
  EXPECT_FALSE(IsGenericFinding(roles, TaggerPerson(roles, "Nurse", 0.6f)));  // surely read
  EXPECT_FALSE(IsGenericFinding(roles, TaggerPerson(roles, "Nursey")));        // no role noun
  const std::string units = "to DoH for MHPSS; DoH Nineveh; MoMD; McDonald; DeShawn; DOH; Do; Taloqan DoRR; Omar McDonald";
  EXPECT_TRUE(IsGenericFinding(units, TaggerPerson(units, "DoH")));
  EXPECT_TRUE(IsGenericFinding(units, TaggerPerson(units, "DoH Nineveh")));
  EXPECT_TRUE(IsGenericFinding(units, TaggerPerson(units, "MoMD")));
  EXPECT_FALSE(IsGenericFinding(units, TaggerPerson(units, "McDonald")));  // ends in a small letter
  EXPECT_FALSE(IsGenericFinding(units, TaggerPerson(units, "DeShawn")));
  EXPECT_FALSE(IsGenericFinding(units, TaggerPerson(units, "DOH")));       // no small letter inside
  EXPECT_TRUE(IsGenericFinding(units, TaggerPerson(units, "Taloqan DoRR")));  // the office of a place
  EXPECT_FALSE(IsGenericFinding(units, TaggerPerson(units, "Omar McDonald")));
  // Read up to 0.7: a mixed-case acronym and one in capitals (an office and
  // its town); not before a name.
  const std::string offices = "Referred to MoSA SDC Nabatieh; MoH Ahmad Karimi";
  EXPECT_TRUE(IsGenericFinding(offices, TaggerPerson(offices, "MoSA SDC Nabatieh", 0.51f)));
  EXPECT_FALSE(IsGenericFinding(offices, TaggerPerson(offices, "MoSA SDC Nabatieh", 0.75f)));
  EXPECT_FALSE(IsGenericFinding(offices, TaggerPerson(offices, "MoH Ahmad Karimi", 0.6f)));

  const std::string table = "| Ref  | Date | Caller |\n| --- | --- | --- |\n| Amina | 3 May | Ref |\n";
  EXPECT_TRUE(IsGenericFinding(table, TaggerPerson(table, "Ref")));  // a heading of a '|' table
  EXPECT_FALSE(IsGenericFinding(table, TaggerPerson(table, "Amina")));  // a row under it
  EXPECT_FALSE(IsGenericFinding(table, TaggerPerson(table, "Ref", 0.4f, table.find("Amina"))));

  const std::string log = "RELEASED NEAR BLABRIN, WALKED TO BOSSO. ONE GIRL: ZARA. HOPE SAFE.\nWalked home.";
  EXPECT_TRUE(IsGenericFinding(log, TaggerPerson(log, "WALKED")));   // a common word on a line of capitals
  EXPECT_TRUE(IsGenericFinding(log, TaggerPerson(log, "ONE")));
  EXPECT_FALSE(IsGenericFinding(log, TaggerPerson(log, "ZARA")));    // no common word
  EXPECT_FALSE(IsGenericFinding(log, TaggerPerson(log, "HOPE")));    // a given name too
  EXPECT_FALSE(IsGenericFinding(log, TaggerPerson(log, "BOSSO")));
  EXPECT_FALSE(IsGenericFinding(log, TaggerPerson(log, "Walked")));  // not in capitals
  // Common words in capitals opening a line: a heading; not a name among
  // them, nor such words inside the line.
  const std::string heading = "INTERVIEW EXCERPT (A-01; via interpreter)\nSAFE HOPE WALKED\nfor OTHER NOTES see";
  EXPECT_TRUE(IsGenericFinding(heading, TaggerPerson(heading, "INTERVIEW EXCERPT")));
  EXPECT_FALSE(IsGenericFinding(heading, TaggerPerson(heading, "SAFE HOPE")));     // "HOPE" is a given name
  EXPECT_FALSE(IsGenericFinding(heading, TaggerPerson(heading, "OTHER NOTES")));   // inside the line

  // One common word in small letters; not a word that is a given name, nor
  // a word no dictionary holds, nor a confident reading.
  const std::string chat = "walker; diabetic. out of toner. grace is here. nkosi left. baby cries.";
  EXPECT_TRUE(IsGenericFinding(chat, TaggerPerson(chat, "walker", 0.35f)));
  EXPECT_TRUE(IsGenericFinding(chat, TaggerPerson(chat, "toner", 0.45f)));
  EXPECT_FALSE(IsGenericFinding(chat, TaggerPerson(chat, "grace", 0.4f)));   // a given name that is a word
  EXPECT_FALSE(IsGenericFinding(chat, TaggerPerson(chat, "baby", 0.4f)));    // kMoreWordNames
  EXPECT_FALSE(IsGenericFinding(chat, TaggerPerson(chat, "nkosi", 0.4f)));   // no English word
  EXPECT_FALSE(IsGenericFinding(chat, TaggerPerson(chat, "walker", 0.6f)));  // read surely
}

// An ID finding covers the whole code it is a piece of.
TEST(LinkTest, IdsCoverTheirWholeCode) {
  const std::string text = "open case ref SWE-PRT-24-041 and file SWE-PS/2024/0318-B now; ID 4411 - Amina";
  auto id = [&](std::string_view s) {
    const size_t b = text.find(s);
    return Finding{b, b + s.size(), Kind::kId, "", 0.7f, "patterns"};
  };
  const Linked l = LinkMentions(text, {id("PRT-24-041"), id("2024/0318"), id("4411")});
  std::string got;
  for (const Finding& f : l.findings) got += std::string(text.substr(f.begin, f.size())) + "|";
  EXPECT_EQ(got, "SWE-PRT-24-041|SWE-PS/2024/0318-B|4411|");  // " - " joins nothing
}

TEST(LinkTest, GreetingsNameNoOne) {
  const std::string text = "Xatu: Silav. Hola Maria! Bonjour";
  EXPECT_TRUE(IsGenericFinding(text, Person(text, "Silav")));
  EXPECT_TRUE(IsGenericFinding(text, Person(text, "Bonjour")));
  const std::string thanks = "Gracias a Dios. Dios Mengistu came.";
  EXPECT_TRUE(IsGenericFinding(thanks, Person(thanks, "Dios")));
  EXPECT_FALSE(IsGenericFinding(text, Person(text, "Hola Maria")));  // a name with a greeting
  // "Salam" greets where a greeting stands; elsewhere it is a given name.
  const std::string salam =
      "Salam all,\n[14/03] Rosnani: Salam semua.\n  \"Salaam alaikum\"\nChildren: Yazan (13); Salam (2)\n"
      "wetting. Salam not vaccinated\nSalam (4)\nSalam: we left";
  // The reading of the greeting's first word at the first `context`.
  const auto salam_at = [&](std::string_view context) {
    const size_t b = salam.find(context);
    const size_t e = salam.find_first_of(" :", b);
    return Finding{b, e, Kind::kPerson, "", 0.8f, "tagger"};
  };
  for (std::string_view w : {"Salam all", "Salam semua", "Salaam"}) {
    EXPECT_TRUE(IsGenericFinding(salam, salam_at(w))) << w;
  }
  for (std::string_view w : {"Salam (2)", "Salam not", "Salam (4)", "Salam:"}) {
    EXPECT_FALSE(IsGenericFinding(salam, salam_at(w))) << w;
  }
  const std::string chat = "Luz: Buen d\xC3\xAD" "a. Tiene fiebre. Para ma\xC3\xB1" "ana.";
  for (std::string_view w : {"Buen", "Tiene", "Para"}) EXPECT_TRUE(IsGenericFinding(chat, Person(chat, w))) << w;
  const std::string opens = "Voy a exportar. Todos adentro. la Fuerza P\xC3\xBA" "blica. Asks when. HOTLINE. Groupe :";
  for (std::string_view w : {"Voy", "Todos", "Fuerza P\xC3\xBA" "blica", "Asks", "HOTLINE", "Groupe"}) {
    EXPECT_TRUE(IsGenericFinding(opens, Person(opens, w))) << w;
  }
  // A French verb with its pronoun after it; Spanish articles opening a
  // sentence; a partner's field label.
  const std::string asks = "AWA : Avez-vous des nouvelles ? Peut-il venir ? Las mam\xC3\xA1s dicen. Pareja: Deivis. "
                           "Jean-Luc and Marie-Elle came.";
  for (std::string_view w : {"Avez-vous", "Peut-il", "Las", "Pareja"}) {
    EXPECT_TRUE(IsGenericFinding(asks, Finding{asks.find(w), asks.find(w) + w.size(), Kind::kPerson, "", 0.4f, "tagger"}))
        << w;
  }
  for (std::string_view w : {"Jean-Luc", "Marie-Elle"}) EXPECT_FALSE(IsGenericFinding(asks, Person(asks, w))) << w;
  const std::string bodies = "POLIC\xC3\x8D" "A NACIONAL; coordinar con Fiscal\xC3\xAD" "a y Defensor\xC3\xAD" "a";
  for (std::string_view w : {"NACIONAL", "Fiscal\xC3\xAD" "a", "Defensor\xC3\xAD" "a"}) {
    EXPECT_TRUE(IsGenericFinding(bodies, Person(bodies, w))) << w;
  }
}

TEST(LinkTest, LowerCaseRoleNounsNameNoOne) {
  const std::string text = "A. Rahman (guard) and M. Hussain (cook); Tim Cook; his brother";
  auto person = [&](std::string_view w) { return Person(text, w, text.find(w)); };
  EXPECT_TRUE(IsGenericFinding(text, person("guard")));
  EXPECT_TRUE(IsGenericFinding(text, person("cook")));
  EXPECT_TRUE(IsGenericFinding(text, person("brother")));
  EXPECT_FALSE(IsGenericFinding(text, person("Cook")));      // capitalised: a name
  EXPECT_FALSE(IsGenericFinding(text, person("Tim Cook")));
  EXPECT_FALSE(IsGenericFinding(text, person("his brother")));  // "his" is no role noun
  Finding org = person("cook");
  org.kind = Kind::kOrg;
  EXPECT_FALSE(IsGenericFinding(text, org));  // persons only
  // Spanish, French and Portuguese kin words and "don"; a rank's
  // abbreviation before a possessive.
  const std::string es = "hermano Wilmer; el vecino don Chepe; la s\xC5\x93ur; the Sgt's commander; Sgtx's";
  auto es_person = [&](std::string_view w) { return Person(es, w, es.find(w)); };
  EXPECT_TRUE(IsGenericFinding(es, es_person("hermano")));
  EXPECT_TRUE(IsGenericFinding(es, es_person("don")));
  EXPECT_TRUE(IsGenericFinding(es, es_person("s\xC5\x93ur")));
  // A relation rule's reading of a word for a people names no one.
  const std::string team = "the girl Afghan team; the girl Nyakuol (16)";
  const size_t af = team.find("Afghan"), ny = team.find("Nyakuol");
  EXPECT_TRUE(IsGenericFinding(team, Finding{af, af + 6, Kind::kPerson, "ROLE", 0.6f, "relations"}));
  EXPECT_FALSE(IsGenericFinding(team, Finding{ny, ny + 7, Kind::kPerson, "ROLE", 0.6f, "relations"}));
  const size_t sgt = es.find("Sgt");
  EXPECT_TRUE(IsGenericFinding(es, Finding{sgt, sgt + 3, Kind::kPerson, "", 0.4f, "tagger"}));  // weak: the rank alone
  EXPECT_FALSE(IsGenericFinding(es, es_person("don Chepe")));
  EXPECT_FALSE(IsGenericFinding(es, es_person("Sgtx")));
}

TEST(LinkTest, HeadingsKinWordsAndSpeakerLettersNameNoOne) {
  const std::string text = "| Status | Guardian |\nR: Me. Terima kasih. ayah: Otniel\nPope Damasus I died.";
  auto person = [&](std::string_view w) {
    Finding f = Person(text, w, text.find(w));
    f.detector = "tagger";
    return f;
  };
  EXPECT_TRUE(IsGenericFinding(text, person("Status")));
  EXPECT_TRUE(IsGenericFinding(text, person("Terima")));
  EXPECT_TRUE(IsGenericFinding(text, person("ayah")));
  EXPECT_TRUE(IsGenericFinding(text, person("R")));
  EXPECT_FALSE(IsGenericFinding(text, person("I")));  // no colon after it
  EXPECT_FALSE(IsGenericFinding(text, person("Otniel")));
}

TEST(LinkTest, ShortSkeletonsNeedTheSameFirstLetter) {
  // "WILLOW" and "Le" share the skeleton "l": not one person.
  const std::string text = "WILLOW met Le Quang Huy. Umar Ali and Omar Aly; Li and Lee.";
  Linked l = LinkMentions(text, {Person(text, "WILLOW"), Person(text, "Le Quang Huy"), Person(text, "Umar Ali"),
                                 Person(text, "Omar Aly"), Person(text, "Li"), Person(text, "Lee")});
  // "Li" and "Lee" are spellings of "Le" as far as the skeleton can tell.
  EXPECT_EQ(Render(text, l), "WILLOW@0 Le Quang Huy@1 Umar Ali@2 Omar Aly@2 Li@1 Lee@1");
}

TEST(LinkTest, ShortSkeletonsNeedTheSameLastLetterOrTwoVowels) {
  // "Dhib" and "Dubai" share the skeleton "db" and the first letter; the
  // article "al-" counts for neither. "José" and "Jose" end in vowels.
  const std::string text = "Sheikh al-Dubai met al-Dhib. Jose Ruiz and José Ruiz; Hamli and al-Hamli.";
  LinkOptions no_propagation;
  no_propagation.propagate = false;
  Linked l = LinkMentions(text, {Person(text, "al-Dubai"), Person(text, "al-Dhib"), Person(text, "Jose Ruiz"),
                                 Person(text, "Jos\xC3\xA9 Ruiz"), Person(text, "Hamli"), Person(text, "al-Hamli")},
                          no_propagation);
  // (The finding takes in the title before it.)
  EXPECT_EQ(Render(text, l), "Sheikh al-Dubai@0 al-Dhib@1 Jose Ruiz@2 Jos\xC3\xA9 Ruiz@2 Hamli@3 al-Hamli@3");
}

TEST(LinkTest, NamesAfterALowerCaseArabicArticleArePropagatedWithIt) {
  const std::string text = "Yasir al-Sabawi came. The al-Sabawi house; al-Sabawis; el-Sabawi.";
  Linked l = LinkMentions(text, {Person(text, "Yasir al-Sabawi")});
  EXPECT_EQ(Render(text, l), "Yasir al-Sabawi@0 al-Sabawi@0 el-Sabawi@0");
}

TEST(LinkTest, WordsAfterAnArabicArticleArePropagatedAlone) {
  const std::string text = "He is known as al-Dhib. The guards called him \"ya Dhib\".";
  Linked l = LinkMentions(text, {Person(text, "al-Dhib")});
  EXPECT_EQ(Render(text, l), "al-Dhib@0 Dhib@0");
}

// Abbreviations defined for a person, and initials with periods, stand for
// that person wherever they occur.
TEST(LinkTest, AbbreviatedNames) {
  struct Row {
    const char* text;
    const char* person;  // the PERSON finding at 0.6
    const char* want;    // Render of every PERSON finding
  };
  const Row rows[] = {
      {"Chair: Daw Khin Sandar Win (KSW). Minutes: ZLH. Approved: KSW, 23 Feb.", "Daw Khin Sandar Win",
       "Daw Khin Sandar Win@0 KSW@1 KSW@1"},
      {"Notes: Ko Zaw Lin Htet (ZLH)\n- ZLH: the road is open", "Ko Zaw Lin Htet", "Ko Zaw Lin Htet@0 ZLH@1 ZLH@1"},
      {"Jean-Pierre Bemba (JPB) left; JPB's men stayed", "Jean-Pierre Bemba",
       "Jean-Pierre Bemba@0 JPB@1 JPB@1"},
      // Used undefined: three letters of the name's words after the French
      // "M." or a pastor's title.
      {"- M. Wilner Jean-Baptiste, Protection civile - WJB\nWJB : depuis mars", "M. Wilner Jean-Baptiste",
       "M. Wilner Jean-Baptiste@0 WJB@1 WJB@1"},
      // Not the name's initials: an organisation.
      {"Amina Yusuf (UNHCR) said UNHCR would", "Amina Yusuf", "Amina Yusuf@0"},
      // A family name, a second name and a given name, abbreviated given
      // name first ("NOM Postnom Prénom", as Central Africa registers them).
      {"Agent : Mukiza Ndayambaje Jean-Bosco (JBM)\nSuivi : JBM, rdv", "Mukiza Ndayambaje Jean-Bosco", "Mukiza Ndayambaje Jean-Bosco@0 JBM@1 JBM@1"},
      // A legend of initials that a parenthesis ends.
      {"Operators: DM = Dmytro Moroz (\"Dima\", EN/UA)\nMK-1 | DM | call", "Dmytro Moroz", "DM@0 DM@0 Dmytro Moroz@1 Dmytro Moroz@1 DM@0"},
      // A case code made of a person's initials; a courtesy title left out.
      {"cod. caso MFRP-0416 y ZZZ-1. Sra. MAR\xC3\x8D" "A FERNANDA ROND\xC3\x93N PACHECO, 34",
       "Sra. MAR\xC3\x8D" "A FERNANDA ROND\xC3\x93N PACHECO", "MFRP@0 Sra. MAR\xC3\x8D" "A FERNANDA ROND\xC3\x93N PACHECO@1"},
      // Two letters of a family name after an initial, where two capitals
      // stand for a person: a table's cell, alone in parentheses.
      {"Supervisor: Mr. R. Jeyakumar\n11.02 | RJ  | letter\n- both searched (RJ). RJ said", "Mr. R. Jeyakumar", "Mr. R. Jeyakumar@0 RJ@1 RJ@1 RJ@1"},
      // A name of one word and two of its letters in parentheses.
      {"Operators: Noorullah (NU)\n| 09:30 | NU | called", "Noorullah", "Noorullah@0 NU@1 NU@1"},
      // In a list of initials in parentheses (three items or more); not in
      // a list of two, nor beside an item that is not capitals.
      {"Thandar Hlaing joined.\nInterviewers (KMA, TH, SKH, NHM).", "Thandar Hlaing", "Thandar Hlaing@0 TH@1"},
      // Initials that spell a word, after a word of attestation.
      {"Supervis\xC3\xA3o: Thiago Albuquerque Nunes\n- revisado TAN 08/02", "Thiago Albuquerque Nunes",
       "Thiago Albuquerque Nunes@0 TAN@1"},
      {"Supervis\xC3\xA3o: Thiago Albuquerque Nunes\n- a TAN 08/02", "Thiago Albuquerque Nunes",
       "Thiago Albuquerque Nunes@0"},
      // A signature: the name, a slash and its initials; not after another
      // name ("see Tala / TZ") nor one slash alone elsewhere.
      {"Notes of the visit.\nT. Zeqiri / TZ", "T. Zeqiri", "T. Zeqiri@0 TZ@1"},
      {"Notes of the visit.\nT. Zeqiri left. Tala / TZ, TZ / military", "T. Zeqiri", "T. Zeqiri@0"},
      // Initials of an attester ("Verified: RM", the field rule's), wherever
      // such capitals stand for a person.
      {"Verified: RM\n- RM to raise the fence breach. ARMS", "RM", "RM@0 RM@0"},
      // Initials read with periods, written without them where two capitals
      // stand for a person; not inside another token ("FWD"), nor in a
      // sentence of capitals ("SEE FW SECTOR").
      {"Cleared by: F.W.\nb) FW: call the driver. FW and AAM to review. FWD, SEE FW SECTOR", "F.W.",
       "F.W.@-1 FW@0 FW@0"},
      {"Thandar Hlaing joined.\nInterviewers (KMA, TH).", "Thandar Hlaing", "Thandar Hlaing@0"},
      {"Thandar Hlaing joined.\nInterviewers (KMA, TH, Kyaw).", "Thandar Hlaing", "Thandar Hlaing@0"},
      // Where two capitals stand for a person: beside a spaced slash, between
      // underscores, a sign-off after a sentence (a closing quote after it).
      {"Team: Afrah Qaid\nChecked: N. Hezam / AQ / SW\nSign.: ____AQ____\nKeep praying. AQ\ntalk w/ AQ\nAQ/UN, AQ / army, HF / AQ 75",
       "Afrah Qaid", "Afrah Qaid@0 AQ@1 AQ@1 AQ@1 AQ@1"},
      {"Seen: K. Obi, HoO\n\"Pls keep the names off the sitrep. KO\"\nThe KO\" said", "K. Obi", "K. Obi@0 KO@-1"},
      {"Dr Ahmad (MSF) came\n| MSF |", "Ahmad", "Ahmad@0"},  // not letters of the name
      {"Adam (AD) came\n| AD |", "Adam", "Adam@0"},          // a name too short
      {"Supervisor: H. Qasim\n- sent to (HQ) | HQ |", "H. Qasim", "H. Qasim@0"},  // "HQ" stands for a headquarters,
      // Defined from more than the first letters, in the name's order.
      {"- Narine Mkrtchyan (NMK), UNICEF\n3. NMK to visit", "Narine Mkrtchyan", "Narine Mkrtchyan@0 NMK@1 NMK@1"},
      {"Chair: Petrosyan, Anahit (ANP) \xE2\x80\x93 head\nANP said", "Petrosyan, Anahit",
       "Petrosyan, Anahit@0 ANP@1 ANP@1"},
      // Only part of the name read: the words before count; a middle
      // name's letter left out; a leading word that is no title left out; a
      // nickname in quotes before the initials.
      {"- Anahit Petrosyan (ANP), chair\nANP said", "Petrosyan", "Anahit Petrosyan@0 ANP@1 ANP@1"},
      {"Minutes: Lilit Hakobyan (LSH)\nby LSH", "Lilit Hakobyan", "Lilit Hakobyan@0 LSH@1 LSH@1"},
      {"- Pan Tomasz Wisniewski (TWI), PAH\n2.3 TWI: roofing", "Pan Tomasz Wisniewski",
       "Pan Tomasz Wisniewski@0 TWI@1 TWI@1"},
      // Capitals in quotes inside the name: a nickname used alone.
      {"Team: Kudakwashe \"KD\" Sibanda\n12,Yes,KD,ok,KDX,kd", "Kudakwashe \"KD\" Sibanda",
       "Kudakwashe \"KD\" Sibanda@0 KD@0 KD@0"},
      // Initials listed in a table cell; initials that spell a word where a
      // person stands, in a line of mixed case (not in capitals alone).
      {"Amani Kabeya\n| 5 | Meet parents | DMA, AK | 15 July |", "Amani Kabeya", "Amani Kabeya@0 AK@1"},
      {"Halima Abdi Warsame\nHAW reported two assaults.\n| HAW |", "Halima Abdi Warsame",
       "Halima Abdi Warsame@0 HAW@1 HAW@1"},
      {"Halima Abdi Warsame\nHEM AND HAW WALKED\nsaid haw", "Halima Abdi Warsame", "Halima Abdi Warsame@0"},
      {"Operators: Katarzyna Wojcik (\"Kasia\", KW)\n#01 | UA | KW", "Katarzyna Wojcik",
       "Katarzyna Wojcik@0 KW@1 KW@1"},
      // The second family name left out of a name of four words or more.
      {"Interviewer: Ana Karen Ruiz Tlatempa (AKR)\nCase opened by AKR", "Ana Karen Ruiz Tlatempa",
       "Ana Karen Ruiz Tlatempa@0 AKR@1 AKR@1"},
      // Last in the parentheses, after a note in small letters; not when
      // they do not spell the name.
      {"Lawyers: Nino Gabelia (lead, NG)\nDrafting \xE2\x80\x93 NG.\n| NG |", "Nino Gabelia",
       "Nino Gabelia@0 NG@1 NG@1 NG@1"},
      {"Lawyers: Nino Gabelia (lead, NRC)\n| NRC |", "Nino Gabelia", "Nino Gabelia@0"},
      {"Lilit Hakobyan (LHX) said", "Lilit Hakobyan", "Lilit Hakobyan@0"},    // not H last
      {"Lilit Hakobyan (LSSH) said", "Lilit Hakobyan", "Lilit Hakobyan@0"},   // two letters more
      {"The Gold Star Petrosyan (GSP) met", "Petrosyan", "Petrosyan@0"},  // common words before
      // A legend; parentheses that end a description after a comma;
      // initials with periods in parentheses, even those of an abbreviation.
      {"GD  = Gemechu Dinqa (Oromo)\nCALL 14 | GD | ok", "Gemechu Dinqa", "GD@0 Gemechu Dinqa@1 GD@0"},
      {"Ops: Gemechu Dinqa = GD.\n| GD |", "Gemechu Dinqa", "Gemechu Dinqa@0 GD@1 GD@1"},
      {"By: Hamadou Toure, point focal (HT)\npar HT et", "Hamadou Toure", "Hamadou Toure@0 HT@1 HT@1"},
      {"By: Hamadou Toure, Save the Children (SC)\nSC", "Hamadou Toure", "Hamadou Toure@0"},  // not a description
      {"- Ayman al-Darsi (A.D.), desk lead\ndesk: A.D.", "Ayman al-Darsi", "Ayman al-Darsi@0 A.D.@-1 A.D.@-1"},
      {"GD = Gemechu Dinqa and AB = Gemechu Dinqa", "Gemechu Dinqa", "GD@0 Gemechu Dinqa@1 Gemechu@1 Dinqa@1"},
      // A legend whose name no detector read whole, a word of it a found
      // name's; not when no word of it names anyone found.
      {"Labang Ja Seng left.\nKey: JS = Ja Seng, HN = Hkawn Nu\nJS called", "Labang Ja Seng",
       "Labang Ja Seng@0 JS@1 Ja Seng@0 JS@1"},
      {"Labang Ja Seng left.\nKey: JS = Joint Sector\nJS called", "Labang Ja Seng", "Labang Ja Seng@0"},
      {"Narine Mkrtchyan (NRC) and the NRC", "Narine Mkrtchyan", "Narine Mkrtchyan@0"},  // an organisation's acronym
      {"Narine Mkrtchyan (MKN) said", "Narine Mkrtchyan", "Narine Mkrtchyan@0"},        // not from the first letter
      // A name no detector read that defines its initials; not an organisation's.
      {"Rahim and  Gatdet Ruach Kuol (GRK) ......\n- GRK to follow up; Norwegian Refugee Council (NRC)", "Rahim",
       "Rahim@0 Gatdet Ruach Kuol@1 GRK@2 GRK@2"},
      // Initials with periods, wherever they stand alone.
      {"Author: M.K. | Restricted\n(M.K. to brief on 8 June)\n[end of notes - M.K.]\nHMK.", "M.K.",
       "M.K.@-1 M.K.@-1 M.K.@-1"},
      // Abbreviations that name no person.
      {"U.S. aid; the U.S. said", "U.S.", "U.S.@-1"},
      {"Mark Anderson (BA) and the BA", "Mark Anderson", "Mark Anderson@0"},
      // Unless they spell the name's first letters exactly: a definition.
      {"Mark Anderson (MA) and the MA", "Mark Anderson", "Mark Anderson@0 MA@-1 MA@-1"},
      {"Caseworker: Nino Beridze (NB)\nNB informed the family.", "Nino Beridze", "Nino Beridze@0 NB@1 NB@1"},
      // Between slashes, as telegrams write them.
      {"GROUP LEADER HAJIYA FANTA MODU /HFM/ TEL 96 STOP HFM REQUESTS", "HAJIYA FANTA MODU",
       "HAJIYA FANTA MODU@0 HFM@1 HFM@1"},
      // Defined with "hereafter": after a name (its initials or not) or a noun for a person.
      {"Abdulqodir Hamroqul (hereafter AQ, tazkira 1401). FS met AQ.", "Abdulqodir Hamroqul",
       "Abdulqodir Hamroqul@0 AQ@1 AQ@1"},
      {"Rahim met the survivor (hereafter JPN). JPN was beaten.", "Rahim", "Rahim@0 JPN@1 JPN@1"},
      {"Rahim and the complainant (hereafter referred to as ZB) met; ZB left", "Rahim", "Rahim@0 ZB@1 ZB@1"},
      {"Rahim read the Convention (hereinafter ECHR); the ECHR", "Rahim", "Rahim@0"},  // no person before
      {"Rahim met the survivor (hereafter MA); the MA", "Rahim", "Rahim@0"},  // names no person
      // Initials with periods that open two lines or more before ": ", a
      // transcript's speaker; not once, nor "N.B.".
      {"Q: Who is with you?\nD.R.: My children, Rahim.\nQ: And?\nD.R.: Nobody. D.R. left.", "Rahim",
       "D.R.@-1 Rahim@0 D.R.@-1 D.R.@-1"},
      {"N.B.: check.\nN.B.: again Rahim.\nD.R.: once", "Rahim", "Rahim@0"},
      // Initials with periods before the name they stand for in parentheses;
      // not an organisation's, nor a name of another number of words.
      {"Rahim spoke with M.K. (Mariamu Kombo, female interpreter). M.K. signed.", "Rahim",
       "Rahim@0 M.K.@-1 Mariamu Kombo@1 M.K.@-1"},
      {"Rahim met the U.N. (United Nations) and S.A. (Sana Ali Omar) and K.D. (Kidal Delta)", "Rahim", "Rahim@0"},
      // Initials of a name of three words or more used without a definition
      // (minutes), and two letters with periods; not two bare capitals, not
      // an organisation's acronym, not inside a longer token.
      {"Present: Firas Yousif Matti. FYM to follow up; FYMX; fym", "Firas Yousif Matti",
       "Firas Yousif Matti@0 FYM@1"},
      {"Chair: Nour al-Huda Salem\nNHS opened the meeting", "Nour al-Huda Salem", "Nour al-Huda Salem@0 NHS@1"},
      {"- Hiba al-Obaidi, lawyer\nFollow up \xE2\x80\x93 H.O.; HO", "Hiba al-Obaidi", "Hiba al-Obaidi@0 H.O.@-1"},
      {"Nadia Rose Cohen of the NRC said", "Nadia Rose Cohen", "Nadia Rose Cohen@0"},
      // Two bare capitals where a person stands: before ':', a lower-case
      // word, '>' or '+'; after "via", "by", '+'; alone in a table cell; a
      // sign-off after a dash. Not elsewhere, not for things (CP).
      {"Present: Hana Ghali\nHG screened 52. via HG only. JW > HG + HG: ok\n| HG |\nto police - HG\n", "Hana Ghali",
       "Hana Ghali@0 HG@1 HG@1 HG@1 HG@1 HG@1 HG@1"},
      {"Present: Hana Ghali\nThe HG Group. HG\nHG-2", "Hana Ghali", "Hana Ghali@0"},
      // After a label of attestation and ':', in any case; not another label.
      {"Present: Hana Ghali\nPrepared: N. Gabelia | checked: HG\nAPPROVED:HG", "Hana Ghali",
       "Hana Ghali@0 HG@1 HG@1"},
      {"Present: Hana Ghali\nSector: HG", "Hana Ghali", "Hana Ghali@0"},
      {"Present: Hana Ghali\nNote-taker: HG | Interviewer: HG", "Hana Ghali", "Hana Ghali@0 HG@1 HG@1"},
      // After an arrow and a space, a hand-over in a log.
      {"Present: Hana Ghali\n11/06 | Khalid W. \xE2\x86\x92 HN; then -> HG\nOK \xE2\x86\x92 HG", "Hana Ghali",
       "Hana Ghali@0 HG@1 HG@1"},
      {"Present: Carlos Perez\nCP team met CP: ok", "Carlos Perez", "Carlos Perez@0"},
      // Alone on its line (after a quoted reply's '>' marks): a sign-off;
      // the initials of the two given names of a name of three words.
      {"From: Jhon Jairo Ortega\n>> Dani, urgent.\n>> JJ\n\n---\nJJO\n", "Jhon Jairo Ortega",
       "Jhon Jairo Ortega@0 JJ@1 JJO@2"},
      {"Present: Jhon Jairo Ortega\nThe JJ Group. JJ-2 then JJ-3", "Jhon Jairo Ortega", "Jhon Jairo Ortega@0"},
      // Inside a longer token: not the abbreviation.
      {"Rahim Karimi (RK) and RKX; the RK-2 form; rk", "Rahim Karimi", "Rahim Karimi@0 RK@1"},
  };
  for (const Row& r : rows) {
    const std::string text = r.text;
    Linked l = LinkMentions(text, {Person(text, r.person, 0, 0.6f)});
    std::erase_if(l.findings, [](const Finding& f) { return f.kind != Kind::kPerson; });
    EXPECT_EQ(Render(text, l), r.want) << r.text;
  }
  // Below the threshold: nothing is added.
  const std::string text = "Daw Khin Sandar Win (KSW) and KSW";
  Linked l = LinkMentions(text, {Person(text, "Daw Khin Sandar Win", 0, 0.4f)});
  EXPECT_EQ(l.findings.size(), 1u);
}

// A name's initials or login handle, spread from a finding at the threshold
// or above, are hidden where the tagger read them only weakly (below the
// threshold), at the name's confidence: no weak reading is left to be kept
// in the clear or to block.
TEST(LinkTest, SpreadNamesGoOverWeakReadings) {
  struct Case {
    std::string text, name, spread;
    float weak;
  } cases[] = {
      {"Officer: Hedayatullah Noori (HN) | Coordinator\n11/06 | NO CONTACT | Khalid W. \xE2\x86\x92 HN\n",
       "Hedayatullah Noori", "HN", 0.45f},
      {"| agent | r.mwenze |\nReport sent to r.mwenze today.\n", "r.mwenze", "r.mwenze", 0.35f},
  };
  for (const Case& c : cases) {
    const size_t at = c.text.rfind(c.spread);
    Linked l = LinkMentions(c.text, {Person(c.text, c.name, 0, 0.9f), TaggerPerson(c.text, c.spread, c.weak, at)});
    bool sure = false;
    for (const Finding& f : l.findings) {
      if (f.kind == Kind::kPerson && f.begin == at && f.end == at + c.spread.size() && f.confidence >= 0.5f) sure = true;
    }
    EXPECT_TRUE(sure) << Render(c.text, l);
  }
}

// The names that open the items of a list whose other items open with names.
TEST(LinkTest, NamesListedWithNames) {
  struct Row {
    const char* text;
    std::vector<const char*> persons;  // PERSON findings at 0.6
    const char* want;                  // Render of every PERSON finding
  };
  const Row rows[] = {
      {" 1. Rojda Xelil \xE2\x80\x93 chair\n 2. Hagop Kazarian \xE2\x80\x93 legal aid\n"
       " 3. Berivan Shex Musa \xE2\x80\x93 women's centre\n 4. Abdulkarim al-Ubaid (\"Abu Firas\") - committee\n"
       " 5. Nurettin Tokmak \xE2\x80\x93 volunteer\n",
       {"Rojda Xelil", "Hagop Kazarian", "Nurettin Tokmak"},
       "Rojda Xelil@0 Hagop Kazarian@1 Berivan Shex Musa@2 Abdulkarim al-Ubaid@3 Nurettin Tokmak@4"},
      {"- Amina Yusuf, driver\n- Karim Wardak, cook\n- Gulalai Safi, nurse\n- Water Point, dry\n",
       {"Amina Yusuf", "Karim Wardak"}, "Amina Yusuf@0 Karim Wardak@1 Gulalai Safi@2"},
      // A title before the name.
      {"- Dr. Amina Yusuf\n- Mrs Hana Ghali\n- Gulalai Safi\n", {"Dr. Amina Yusuf", "Hana Ghali"},
       "Dr. Amina Yusuf@0 Mrs Hana Ghali@1 Hana Ghali@1 Gulalai Safi@2"},
      // A name read in part counts, and is completed.
      {"- Amina Yusuf\n- Anahit Boghossian\n- Gulalai Safi\n", {"Amina Yusuf", "Boghossian"},
       "Amina Yusuf@0 Anahit Boghossian@1 Boghossian@1 Gulalai Safi@2"},
      // A name read elsewhere counts.
      {"Minutes: Hana Ghali\n- Amina Yusuf\n- Hana Ghali\n- Gulalai Safi\n", {"Amina Yusuf", "Hana Ghali"},
       "Hana Ghali@0 Amina Yusuf@1 Hana Ghali@0 Gulalai Safi@2"},
      // Half the names read: not enough.
      {"- Amina Yusuf\n- Karim Wardak\n- Dadaab Ifo\n- Kalobeyei New\n", {"Amina Yusuf", "Karim Wardak"},
       "Amina Yusuf@0 Karim Wardak@1"},
      // One name read: not enough; a list of places; a marker of another kind.
      {"1. Amina Yusuf\n2. Hana Ghali\n3. Jamal Wasiq\n", {"Amina Yusuf"}, "Amina Yusuf@0"},
      {"- Kakuma Three\n- Amina Yusuf\n- Karim Wardak\n- Dadaab Ifo\n- Hagadera Camp\n- Kalobeyei New\n",
       {"Amina Yusuf", "Karim Wardak"}, "Amina Yusuf@0 Karim Wardak@1"},
      {"1. Amina Yusuf\n2. Karim Wardak\n- Hana Ghali\n", {"Amina Yusuf", "Karim Wardak"},
       "Amina Yusuf@0 Karim Wardak@1"},
      // Segments that are no names: a digit, a common word, one word.
      {"1. Amina Yusuf\n2. Karim Wardak\n3. Block 12\n4. The Office\n5. Kakuma\n", {"Amina Yusuf", "Karim Wardak"},
       "Amina Yusuf@0 Karim Wardak@1"},
      // Names that open with initials: two read are enough when every
      // item's name does; a common word after the initials is no name.
      {"1. S. Tharmalingam - 2 acres\n2. M. Sebamalai - coconut\n3. A. Yogarajah - lives\n"
       "4. P. Mary Jesintha - lost\n5. T. Selvanayagam - refused\n",
       {"M. Sebamalai", "P. Mary Jesintha"},
       "S. Tharmalingam@0 M. Sebamalai@1 A. Yogarajah@2 P. Mary Jesintha@3 T. Selvanayagam@4"},
      {"1. Amina Yusuf\n2. Karim Wardak\n3. A. Yogarajah\n4. Hana Ghali\n5. Jamal Wasiq\n",
       {"Amina Yusuf", "Karim Wardak"}, "Amina Yusuf@0 Karim Wardak@1"},
      {"1. A. Introduction\n2. B. Methods\n3. C. Results\n", {}, ""},
  };
  for (const Row& r : rows) {
    const std::string text = r.text;
    std::vector<Finding> given;
    for (const char* p : r.persons) given.push_back(Person(text, p, 0, 0.6f));
    Linked l = LinkMentions(text, given);
    std::erase_if(l.findings, [](const Finding& f) { return f.kind != Kind::kPerson; });
    EXPECT_EQ(Render(text, l), r.want) << r.text;
  }
}

// The surnames and given names of lines that open with inverted names, most
// of which a detector read as persons.
TEST(LinkTest, InvertedNamesListedWithNames) {
  struct Row {
    const char* text;
    std::vector<const char*> persons;  // PERSON findings at 0.6
    std::vector<const char*> places;   // LOC findings at 0.85
    const char* want;                  // Render of every PERSON finding
  };
  const Row rows[] = {
      // A contact list: the unread name, its parts read as places by the
      // tagger, is hidden as the others are.
      {"Haidari, Fatima. Nurse at the clinic.\nStanekzai, Gul Ahmad. Driver.\nTreksa, Himtae. Guard.\n",
       {"Haidari", "Fatima", "Stanekzai", "Gul Ahmad"}, {"Treksa", "Himtae"},
       "Haidari@0 Fatima@1 Stanekzai@2 Gul Ahmad@3 Treksa@4 Himtae@5"},
      // One part read counts; other lines between (a bibliography's titles,
      // blank lines); initials (hidden, linked to no entity); a list marker;
      // a dash after the name.
      {"Okonjo, Adaeze.\nField Notes\n\nMwangi, J. K.\nA History\n\nTreksa, Himtae.\nLetters\n",
       {"Adaeze", "Mwangi"}, {},
       "Okonjo@0 Adaeze@1 Mwangi@2 J. K.@-1 Treksa@3 Himtae@4"},
      {"- Haidari, Fatima \xE2\x80\x93 nurse\n- Noori, Hedayatullah \xE2\x80\x93 cook\n- Treksa, Himtae \xE2\x80\x93 guard\n",
       {"Haidari", "Noori"}, {}, "Haidari@0 Fatima@1 Noori@2 Hedayatullah@3 Treksa@4 Himtae@5"},
      // A known place read surely stays a place; "Town, Country" lists are
      // no names.
      {"Haidari, Fatima.\nNoori, Hedayatullah.\nKabul, Afghanistan.\n", {"Haidari", "Noori"}, {"Kabul", "Afghanistan"},
       "Haidari@0 Fatima@1 Noori@2 Hedayatullah@3"},
      {"Kabul, Afghanistan.\nQuetta, Pakistan.\nTreksa, Himtae.\n", {}, {"Kabul", "Quetta"}, ""},
      // Half the lines read: not enough; two lines: not a list; too far apart.
      {"Haidari, Fatima.\nTreksa, Himtae.\nOkonjo, Adaeze.\nMwangi, Kamau.\n", {"Haidari", "Okonjo"}, {},
       "Haidari@0 Okonjo@1"},
      {"Haidari, Fatima.\nTreksa, Himtae.\n", {"Haidari", "Fatima"}, {}, "Haidari@0 Fatima@1"},
      {"Haidari, Fatima.\na\nb\nc\nNoori, Hedayatullah.\nTreksa, Himtae.\n", {"Haidari", "Noori"}, {},
       "Haidari@0 Noori@1"},
      // Lines of another shape: a sentence goes on after the name; a digit;
      // names written forwards before an acronym or an office; a sex letter.
      {"Haidari, Fatima.\nNoori, Hedayatullah.\nMeanwhile, Treksa left.\nBlock 4, Gate.\n",
       {"Haidari", "Noori"}, {}, "Haidari@0 Noori@1"},
      {"- Nino Kapanadze, CCA (chair)\n- Tamar Gelashvili, CCA\n- Levan Chikhladze, Municipal Social Service\n",
       {"Nino Kapanadze", "Tamar Gelashvili"}, {}, "Nino Kapanadze@0 Tamar Gelashvili@1 Levan Chikhladze@2"},
      {"Haidari, Fatima.\nNoori, Hedayatullah.\nOkonjo, Adaeze.\nChikhladze, Municipal Social Service\n"
       "Dicko, H, 19 ans\nWardak, CCA\n",
       {"Haidari", "Noori", "Okonjo"}, {}, "Haidari@0 Fatima@1 Noori@2 Hedayatullah@3 Okonjo@4 Adaeze@5"},
      // Particles before the surname; names in capitals.
      {"de la Cruz, Juan.\nOKONJO, ADAEZE.\nHAIDARI, FATIMA.\n", {"Juan", "OKONJO"}, {},
       "de la Cruz@0 Juan@1 OKONJO@2 ADAEZE@3 HAIDARI@4 FATIMA@5"},
  };
  for (const Row& r : rows) {
    const std::string text = r.text;
    std::vector<Finding> given;
    for (const char* p : r.persons) given.push_back(Person(text, p, 0, 0.6f));
    for (const char* p : r.places) {
      const size_t at = text.find(p);
      given.push_back(Finding{at, at + std::strlen(p), Kind::kLoc, "", 0.85f, "tagger"});
    }
    Linked l = LinkMentions(text, given);
    std::erase_if(l.findings, [](const Finding& f) { return f.kind != Kind::kPerson; });
    EXPECT_EQ(Render(text, l), r.want) << r.text;
  }
}

// The given name after a surname read as a person that opens a line or a
// label's value, when the record goes on with an age or ends there.
TEST(LinkTest, GivenNamesAfterInvertedSurnames) {
  struct Row {
    const char* text;
    const char* surname;  // a PERSON finding at 0.6
    const char* want;     // Render of every PERSON finding
  };
  const Row rows[] = {
      {"Witness: Okwuosa, Chidubem, aged 45, shopkeeper.", "Okwuosa", "Okwuosa@0 Chidubem@1"},
      {"Victim: Treksa, Himtae (34), farmer", "Treksa", "Treksa@0 Himtae@1"},
      {"- Treksa, Himtae\n", "Treksa", "Treksa@0 Himtae@1"},
      {"Treksa, Himtae, 34, was detained.", "Treksa", "Treksa@0 Himtae@1"},
      // An office, a place, a title, a common word; a sentence goes on; not
      // at a line's or a label's start.
      {"Reported by: Mabior, Field Security Assistant", "Mabior", "Mabior@0"},
      {"Driver: Karimi, Kunduz\n", "Karimi", "Karimi@0"},
      {"Driver: Karimi, Doctor\n", "Karimi", "Karimi@0"},
      {"Driver: Karimi, Guard\n", "Karimi", "Karimi@0"},
      {"Karimi, Himtae and others left.", "Karimi", "Karimi@0"},
      {"We saw Karimi, Himtae\n", "Karimi", "Karimi@0"},
  };
  for (const Row& r : rows) {
    const std::string text = r.text;
    Linked l = LinkMentions(text, {Person(text, r.surname, 0, 0.6f)});
    std::erase_if(l.findings, [](const Finding& f) { return f.kind != Kind::kPerson; });
    EXPECT_EQ(Render(text, l), r.want) << r.text;
  }
}

// A name of vowels alone ("Yeyo") has no transliteration skeleton: it links
// by its spelling, and only to the same spelling (in any case).
TEST(LinkTest, NamesOfVowelsAloneLinkBySpelling) {
  const std::string text = "Yeyo came. Later Yeyo left; Yaya stayed; YEYO";
  Linked l = LinkMentions(text, {Person(text, "Yeyo")});
  EXPECT_EQ(Render(text, l), "Yeyo@0 Yeyo@0 YEYO@0");
}

// The names that sign a message.
TEST(LinkTest, SignatureNames) {
  struct Row {
    const char* text;
    const char* want;  // Render of every PERSON finding
  };
  const Row rows[] = {
      {"We hold.\n\nAbdiaziz\n--\nAbdiaziz Dekow Shurie | Security Focal Point | +254 700\n",
       "Abdiaziz@0 Abdiaziz Dekow Shurie@0"},
      {"ok\n\nSaludos,\nMaria Jose Quinones\nCoordinadora\n", "Maria Jose Quinones@0"},
      {"ok\nBest regards,\n\nDr. Hana Ghali, Protection Officer\n", "Hana Ghali@0"},
      // A closing and the name on one line; a quoted reply's '>' marks.
      {"ela leva as crian\xC3\xA7" "as.\nAbra\xC3\xA7o, Mari\n", "Mari@0"},
      {"> ok\n>> Un saludo,\n>> Yusleidy Moreno\n", "Yusleidy Moreno@0"},
      {"Thanks, Ahmed Noor\n", "Ahmed Noor@0"},
      {"Thanks, all of you\n", ""},
      {"Regards, Field Team Garissa\n", ""},
      // A name or initials after a dash that closes a message's line.
      {"[22:52] +964 750: my brother ok, kids ok. \xE2\x80\x93 Khudaida\n", "Khudaida@0"},
      {"Reminder all: case names only in the sheet. \xE2\x80\x93 SM\n", "SM@0"},
      {"All quiet at the gate! - Lokiru Ekal\n", "Lokiru Ekal@0"},
      {"Convoy left. \xE2\x80\x94 END\nStatus updated. - OK\nMeeting at 10 - Amina\n", ""},
      {"Road closed. - Update follows\nRoad closed. - S\nRoad closed. - More later\n", ""},
      // Not a name: a common word first, digits, one word that does not fill its line, text.
      {"Regards,\nField Team Garissa\n", ""},
      {"Regards,\nProtection Unit\n", ""},
      {"Regards,\nRoom 12 Block B\n", ""},
      {"Thanks,\nAmina will call\n", ""},
      {"Thanks for the list.\nAmina Yusuf called.\n", ""},
      {"--\nSent from my phone\n", ""},
      // The sender that heads a message of a Telegram export; not a desk,
      // nor a stamp without a clock time.
      {"Hasmik, [28.09.2023 13:58]\nok we go now\nLuiza Avetisyan, [28.09.2023 14:01]\nfine\n",
       "Hasmik@0 Luiza Avetisyan@1"},
      {"Protection Desk, [28.09.2023 13:58]\nok\nGoris, [28.09.2023]\nok\nNote, [see 2:1]\n"
       "Kabul Today, [13.09.23 10:41]\nok\n", ""},
  };
  for (const Row& r : rows) {
    const std::string text = r.text;
    Linked l = LinkMentions(text, {});
    std::erase_if(l.findings, [](const Finding& f) { return f.kind != Kind::kPerson; });
    EXPECT_EQ(Render(text, l), r.want) << r.text;
  }
}

// The names before their own phone numbers.
TEST(LinkTest, PhoneOwnerNames) {
  struct Row {
    const char* text;
    const char* want;  // Render of every PERSON finding
  };
  const Row rows[] = {
      {"Contacts:\nKamau 0722 123 456\n", "Kamau@0"},
      {"- Uzo 0722 123 458\n", "Uzo@0"},
      {"- Amina: 0722 123 458\n", "Amina@0"},  // one word before a colon: a given name
      {"3. Dr. Amina Yusuf - tel. 0722 123 459\n", "Amina Yusuf@0"},
      {"Ibe mob: 0722 123 457\n", "Ibe@0"},
      {"Uncle Juma (0722 123 450)\n", "Juma@0"},
      {"Kamau 0722 123 456 / Wanjiru 0733 987 654\n", "Kamau@0 Wanjiru@1"},
      {"Amer al-Hamoud, 0722 123 451\n", "Amer al-Hamoud@0"},
      {"O'Neill, Fiona \xE2\x80\x94 0722 123 452\n", "O'Neill, Fiona@0"},  // inverted
      {"Logistics, Nairobi - 0722 123 453\n", ""},                    // a unit and a place
      // After a label of contacts that opens the line.
      {"Contact: Kamau 0722 123 456\n", "Kamau@0"},
      {"Contacts : Ouoba 0722 123 456 ; Yameogo 0733 123 456\n", "Ouoba@0 Yameogo@1"},
      {"Emergency contact person: Uzo 0722 123 456\n", "Uzo@0"},
      // Not a person's: an office, a place, an acronym, ordinary words, a
      // word too short, a sentence, a digit; nor a number in prose.
      {"Police Station 0722 123 456\n", ""},
      {"Garissa: 0722 123 456\n", ""},
      {"UNHCR 0722 123 456\n", ""},
      {"Hotline 0722 123 456\n", ""},
      {"Security Desk - 0722 123 456\n", ""},
      {"Al 0722 123 456\n", ""},
      {"Room 12 0722 123 456\n", ""},
      {"Caller phone: 0722 123 456\nCaller: 0722 123 457\n", ""},  // an English word (and a surname) labelling
      {"Grace 0722 123 456\n", "Grace@0"},
      // One word before a colon that no detector reads and no name list
      // holds; a word for a phone alone.
      {"Uzo: 0722 123 456\nCallback: 0722 123 457\nT\xC3\xA9l\xC3\xA9phone: 0722 123 458\n", ""},
      {"Please call Kamau on 0722 123 456 today.\n", ""},
      // One word that goes on a sentence ending on a preposition of place.
      {"a SIM in the name of a man in\n  Palongkhali 0722 123 456 (do not call)\nof\nAmina: 0722 123 457\n",
       "Amina@0"},
      // A label of no phone word, or of more than three words, stays a label.
      {"Driver: Kamau 0722 123 456\n", ""},
      {"Our main phone contact person: Kamau 0722 123 456\n", ""},
      {"Kamau will call 0722 123 456\n", ""},
  };
  for (const Row& r : rows) {
    const std::string text = r.text;
    std::vector<Finding> given;
    for (size_t p = text.find("07"); p != std::string::npos; p = text.find("07", p + 12)) {
      given.push_back(Finding{p, p + 12, Kind::kPhone, "NATIONAL", 0.6f, "patterns"});
    }
    Linked l = LinkMentions(text, given);
    std::erase_if(l.findings, [](const Finding& f) { return f.kind != Kind::kPerson; });
    EXPECT_EQ(Render(text, l), r.want) << r.text;
  }
  // The tagger's reading of the name as a place gives way below 0.9; a
  // surer one, or another detector's, holds it.
  struct Reading {
    const char* detector;
    float confidence;
    bool owner;
  };
  for (const Reading& r : {Reading{"tagger", 0.66f, true}, Reading{"tagger", 0.93f, false},
                           Reading{"fields", 0.7f, false}}) {
    const std::string text = "- Uzo: 0733 987 654\n";
    Linked l = LinkMentions(text, {Finding{2, 5, Kind::kLoc, "", r.confidence, r.detector},
                                   Finding{7, 19, Kind::kPhone, "NATIONAL", 0.6f, "patterns"}});
    bool person = false, place = false;
    for (const Finding& f : l.findings) {
      person |= f.kind == Kind::kPerson && f.begin == 2 && f.end == 5;
      place |= f.kind == Kind::kLoc;
    }
    EXPECT_EQ(person, r.owner) << r.detector << " " << r.confidence;
    EXPECT_EQ(place, !r.owner) << r.detector << " " << r.confidence;
  }
}

// A weak reading of a name in apposition to an occupation is raised.
TEST(LinkTest, NamesBesideRolesAreRaised) {
  struct Row {
    const char* text;
    const char* name;  // a tagger PERSON reading at 0.4
    const char* role;  // a DEM/OCCUPATION finding
    bool raised;
  };
  const Row rows[] = {
      {"Ng'ang'a Wairimu, the driver, was released.", "Ng'ang'a Wairimu", "driver", true},
      {"We met Ketevan Dadiani, a nurse at the clinic.", "Ketevan Dadiani", "nurse", true},
      {"Later Olumide Ajayi, our interpreter.", "Olumide Ajayi", "interpreter", true},
      {"The shopkeeper, Hamisi Bakari, refused.", "Hamisi Bakari", "shopkeeper", true},
      // A possessive; no determiner; the role not next to the name; the name
      // before the role not closed by a comma.
      {"Kivuto, the driver's village, burned.", "Kivuto", "driver", false},
      {"Kivuto, driver, burned.", "Kivuto", "driver", false},
      {"Kivuto, the old driver, burned.", "Kivuto", "driver", false},
      {"The driver, Kivuto and others left.", "Kivuto", "driver", false},
  };
  for (const Row& r : rows) {
    const std::string text = r.text;
    const size_t role = text.find(r.role);
    Linked l = LinkMentions(text, {TaggerPerson(text, r.name, 0.4f),
                                   Finding{role, role + std::string_view(r.role).size(), Kind::kDem, "OCCUPATION",
                                           0.35f, "quasi"}});
    bool raised = false;
    for (const Finding& f : l.findings) raised |= f.kind == Kind::kPerson && f.confidence >= 0.5f;
    EXPECT_EQ(raised, r.raised) << r.text;
  }
}

// A weak place reading (below 0.7) in apposition to an occupation is a
// person's name: after the role closed by a comma, when the name opens its
// clause, or after the role and ", ".
TEST(LinkTest, WeakPlacesBesideRolesArePersons) {
  struct Row {
    const char* text;
    const char* name;  // a tagger LOC reading
    float confidence;
    bool person;
  };
  const Row rows[] = {
      {"Shiyar, the driver of the second car, paid him.", "Shiyar", 0.45f, true},
      {"They took our phones. Shiyar, the driver, paid him.", "Shiyar", 0.45f, true},
      {"Then Shiyar, our interpreter, left.", "Shiyar", 0.6f, true},
      {"They took goats; the driver, Lomoru, tried to stop them.", "Lomoru", 0.55f, true},
      // A sure place; after a preposition; the apposition not closed by a
      // comma in its clause; no determiner; a possessive.
      {"Shiyar, the driver of the second car, paid him.", "Shiyar", 0.75f, false},
      {"They took goats; the driver, Lomoru, tried to stop them.", "Lomoru", 0.8f, false},
      {"They took goats; driver, Lomoru, tried to stop them.", "Lomoru", 0.55f, false},
      {"In Lodwar, the driver of the truck, a local man, waited.", "Lodwar", 0.45f, false},
      {"Lodwar, the driver said.", "Lodwar", 0.45f, false},
      {"Lodwar, the driver stopped. We left, too.", "Lodwar", 0.45f, false},
      {"Lodwar, driver of the truck, waited.", "Lodwar", 0.45f, false},
      {"Lodwar, the driver's town, waited.", "Lodwar", 0.45f, false},
  };
  for (const Row& r : rows) {
    const std::string text = r.text;
    const size_t name = text.find(r.name);
    const size_t role = text.find("driver") != std::string::npos ? text.find("driver") : text.find("interpreter");
    const size_t role_end = text.find_first_of(" ,'", role);
    Linked l = LinkMentions(text, {Finding{name, name + std::string_view(r.name).size(), Kind::kLoc, "", r.confidence,
                                           "tagger"},
                                   Finding{role, role_end, Kind::kDem, "OCCUPATION", 0.35f, "quasi"}});
    bool person = false;
    for (const Finding& f : l.findings) person |= f.kind == Kind::kPerson && f.begin == name && f.confidence >= 0.5f;
    EXPECT_EQ(person, r.person) << r.text << " " << r.confidence;
  }
}

TEST(LinkTest, WordNamesCoordinatedWithAPersonArePersons) {
  struct Case {
    const char* text;
    const char* person;  // the PERSON finding given
    const char* want;    // Render of the result
  };
  const Case cases[] = {
      {"Blessing and Precious were taken.", "Precious", "Blessing@0 Precious@1"},
      {"Precious and Blessing were taken.", "Precious", "Precious@0 Blessing@1"},
      {"Mercy, Gift and Precious left.", "Precious", "Mercy@0 Gift@1 Precious@2"},
      {"Patience, and Karim Rahimi", "Karim Rahimi", "Patience@0 Karim Rahimi@1"},
      {"Peace and Karim left.", "Karim", "Peace@0 Karim@1"},            // coordination: every listed name
      {"Meanwhile, Karim said.", "Karim", "Karim@0"},                   // not a listed name
      {"In Peace, Karim said.", "Karim", "Karim@0"},                    // ", " outside a list
      {"Endeavour and Karim left.", "Karim", "Karim@0"},                // not listed
      {"Nobel Peace and Karim", "Karim", "Karim@0"},                    // not alone in its conjunct
      {"Blessing and rahim", "rahim", "Blessing@0 rahim@1"},           // any PERSON finding is a partner
  };
  for (const Case& c : cases) {
    const std::string text = c.text;
    Linked l = LinkMentions(text, {Person(text, c.person, text.find(c.person))});
    EXPECT_EQ(Render(text, l), c.want) << c.text;
  }
  // A weak PERSON reading coordinated with a confident one is a name too.
  {
    const std::string t = "identified here as Yesenia and Wendy, both minors";
    Linked l = LinkMentions(t, {Person(t, "Yesenia", 0, 0.48f), Person(t, "Wendy", 0, 0.77f)});
    ASSERT_EQ(l.findings.size(), 3u);
    EXPECT_EQ(Render(t, l), "Yesenia@-1 Yesenia@0 Wendy@1");
    EXPECT_FLOAT_EQ(l.findings[1].confidence, 0.77f);
  }
  // So is a given or family name of the lexicons that is no English word
  // nor a known place, read by nothing or by the tagger as a place below
  // 0.5; not above it, nor when the same word is read as a place at 0.5
  // elsewhere, nor a town or an English word.
  {
    struct Place {
      float here;       // the tagger's LOC reading of the conjunct (0: none)
      float elsewhere;  // its LOC reading of the same word later (0: none)
      const char* conjunct;
      bool person;
    };
    for (const Place& p : {Place{0.40f, 0.0f, "Wafula", true}, Place{0.0f, 0.0f, "Wafula", true},
                           Place{0.55f, 0.0f, "Wafula", false}, Place{0.40f, 0.7f, "Wafula", false},
                           Place{0.0f, 0.0f, "Garissa", false}, Place{0.40f, 0.0f, "Water", false},
                           Place{0.0f, 0.0f, "Kiprotich", false}, Place{0.0f, 0.0f, "Wednesday", false}}) {
      const std::string t = std::string("Otieno and ") + p.conjunct + " were taken; later " + p.conjunct + " again.";
      std::vector<Finding> given = {Person(t, "Otieno", 0, 0.88f)};
      const size_t b = t.find(p.conjunct), later = t.rfind(p.conjunct), n = std::string_view(p.conjunct).size();
      if (p.here > 0) given.push_back(Finding{b, b + n, Kind::kLoc, "", p.here, "tagger"});
      if (p.elsewhere > 0) given.push_back(Finding{later, later + n, Kind::kLoc, "", p.elsewhere, "tagger"});
      Linked l = LinkMentions(t, given);
      const bool person = std::any_of(l.findings.begin(), l.findings.end(), [&](const Finding& f) {
        return f.kind == Kind::kPerson && f.begin == b && f.confidence >= 0.5f;
      });
      EXPECT_EQ(person, p.person) << p.conjunct << " " << p.here << " " << p.elsewhere;
    }
  }
  // So is one before " and ", a possessive, a word in small letters and a
  // confident name; not a word no PERSON reading lies over.
  {
    const std::string t = "a visit with Tursunoy and our driver Nasrullah; Balkh and the driver Karim";
    Linked l = LinkMentions(t, {Person(t, "Tursunoy", 0, 0.38f), Person(t, "Nasrullah", 0, 0.6f),
                                Person(t, "Karim", 0, 0.8f)});
    EXPECT_EQ(Render(t, l), "Tursunoy@0 Tursunoy@0 Nasrullah@1 Karim@2");
  }
  // Capitalised words in quotes right after a confident name are its
  // nickname; not words read surely as something else, nor lower case.
  {
    const std::string t = "cousin Nyaro \"Sheikhi\" came; Karim \"Big Man\" Ali; Amina \"said\"; Omar \"Kabul\" ok";
    Linked l = LinkMentions(t, {Person(t, "Nyaro", 0, 0.6f), Person(t, "Karim", 0, 0.8f), Person(t, "Amina", 0, 0.8f),
                                Person(t, "Omar", 0, 0.8f),
                                Finding{t.find("Kabul"), t.find("Kabul") + 5, Kind::kLoc, "", 0.9f, "tagger"}});
    std::erase_if(l.findings, [](const Finding& f) { return f.kind != Kind::kPerson; });
    EXPECT_EQ(Render(t, l), "Nyaro@0 Sheikhi@1 Karim@2 Big Man@3 Amina@4 Omar@5");
  }
  // Another name after "alias", "aka", "urf", or " @ " between names in
  // capitals; not "@" that says where, nor a word read surely as a place.
  {
    const std::string t = "NUR MOHAMMAD @ KALU, Rafiq urf Babu; Ahmed alias Hama Bello; uncle Roba @ Bubisa; Omar aka Kabul";
    Linked l = LinkMentions(t, {Person(t, "NUR MOHAMMAD", 0, 0.5f), Person(t, "Rafiq", 0, 0.8f),
                                Person(t, "Ahmed", 0, 0.8f), Person(t, "Roba", 0, 0.8f), Person(t, "Omar", 0, 0.8f),
                                Finding{t.find("Kabul"), t.find("Kabul") + 5, Kind::kLoc, "", 0.9f, "tagger"}});
    std::erase_if(l.findings, [](const Finding& f) { return f.kind != Kind::kPerson; });
    EXPECT_EQ(Render(t, l), "NUR MOHAMMAD@0 KALU@1 Rafiq@2 Babu@3 Ahmed@4 Hama Bello@5 Roba@6 Omar@7");
  }
  // A key of nicknames: the name after " = " (after the nickname's closing
  // quote too), and a nickname in quotes before " = " (and "en fait", "real
  // name") and a name; not a town, nor words read surely as a place.
  {
    const std::string t =
        "moto-taxi \xC2\xAB Gros B\xC3\xA9" "b\xC3\xA9 \xC2\xBB = Serge Yamb\xC3\xA9l\xC3\xA9). \"Junior\" = en fait "
        "Jean-Baptiste DOUMTA, 11a. \"Tiger\" = real name Omar Said. Karim = Kabul. \"Kabul\" = Ahmed Noor. Ali = G-14, "
        "Ali = LBN-ZAH-0412";
    Linked l = LinkMentions(t, {Person(t, "Gros B\xC3\xA9" "b\xC3\xA9", 0, 0.6f), Person(t, "Jean-Baptiste DOUMTA", 0, 0.8f),
                                Person(t, "Omar Said", 0, 0.8f), Person(t, "Karim", 0, 0.8f),
                                Person(t, "Ahmed Noor", 0, 0.8f), Person(t, "Ali", 0, 0.8f),
                                Person(t, "Ali", t.find("Ali") + 1, 0.8f)});
    std::erase_if(l.findings, [](const Finding& f) { return f.kind != Kind::kPerson; });
    EXPECT_EQ(Render(t, l),
              "Gros B\xC3\xA9" "b\xC3\xA9@0 Serge Yamb\xC3\xA9l\xC3\xA9@1 Junior@2 Jean-Baptiste DOUMTA@3 Tiger@4 "
              "Omar Said@5 Karim@6 Ahmed Noor@7 Ali@8 Ali@8");
  }
  // Another spelling or a nickname after " / ", or after an article in
  // parentheses, even where the tagger reads it as a place below 0.9; not a
  // known place, capitals or a common word. A capitalised word before " = "
  // and a word of kin is a name.
  {
    const std::string t = "[Nigar Hasanli / Hasanova]. Oleksandr / Sanya. Rosa Tovar (la Chata) left. Karim / Kabul; "
                          "Omar / UNHCR; Ali / Protection; Zara (la Paz). [Diego = younger brother, 19] Bashir / Amharic; "
                          "Yusuf / MChS.";
    Linked l = LinkMentions(t, {Person(t, "Nigar Hasanli", 0, 0.9f), TaggerPlace(t, "Hasanova", 0.7f),
                                Person(t, "Oleksandr", 0, 0.9f), TaggerPlace(t, "Sanya", 0.8f),
                                Person(t, "Rosa Tovar", 0, 0.9f), TaggerPlace(t, "Chata", 0.74f),
                                Person(t, "Karim", 0, 0.8f), Person(t, "Omar", 0, 0.8f), Person(t, "Ali", 0, 0.8f),
                                Person(t, "Zara", 0, 0.8f), Person(t, "Bashir", 0, 0.8f), Person(t, "Yusuf", 0, 0.8f)});
    std::erase_if(l.findings, [](const Finding& f) { return f.kind != Kind::kPerson; });
    EXPECT_EQ(Render(t, l), "Nigar Hasanli@0 Hasanova@1 Oleksandr@2 Sanya@3 Rosa Tovar@4 Chata@5 Karim@6 Omar@7 Ali@8 Zara@9 "
                            "Diego@10 Bashir@11 Yusuf@12");
  }
  // A nickname in parentheses or quotes between a given name and the family
  // name, the family name read surely as a place; not a known place, not
  // before another capitalised word, not after a name of two words.
  {
    const std::string t = "social worker: Tamar (Keti) Gogua. son-in-law Soslan ('Sosik') Melkonyan drives. Ani "
                          "\"Anush\" Sargsyan, Omar (Kabul) Herat. Nino (Tbilisi) Street Ten. Aza Ali (Mimi) Gabelia.";
    Linked l = LinkMentions(t, {Person(t, "Tamar", 0, 0.8f), TaggerPlace(t, "Keti", 0.68f), TaggerPlace(t, "Gogua", 0.9f),
                                Person(t, "Soslan", 0, 0.8f), TaggerPlace(t, "Melkonyan", 0.95f),
                                Person(t, "Ani", 0, 0.8f), Person(t, "Omar", 0, 0.8f), Person(t, "Nino", 0, 0.8f),
                                Person(t, "Aza Ali", 0, 0.8f)});
    std::erase_if(l.findings, [](const Finding& f) { return f.kind != Kind::kPerson; });
    EXPECT_EQ(Render(t, l), "Tamar@0 Keti@1 Gogua@2 Soslan@3 Sosik@4 Melkonyan@5 Ani@6 Anush@7 Sargsyan@8 Omar@9 Nino@10 "
                            "Aza Ali@11 Mimi@12");  // Mimi by NAMES IN PARENTHESES, not Gabelia
  }
  // Other spellings after " is also written " or " (also "; a word
  // alone with an age in parentheses; a chat's sender after the clock
  // time, before the full name in parentheses. Not a known place, not a
  // word read surely as a place.
  {
    const std::string t = "Reza Ghasemzadeh is also written Qasemzadeh and Ghasem-Zadeh here. Ilyos Kurbanbaev (also "
                          "Qurbanbaev in Karakalpak). the small one (Aso, 9); totals (Kabul, 12); 08:20:41  Lokiru "
                          "(Lokiru Ekal): ok. Omar (also Kandahar, 3). Albert Ngona (orthographi\xC3\xA9 aussi Ucirkan "
                          "/ Utshircan dans les listes)";
    Linked l = LinkMentions(t, {Person(t, "Reza Ghasemzadeh", 0, 0.9f), TaggerPlace(t, "Qasemzadeh", 0.41f),
                                TaggerPlace(t, "Ghasem-Zadeh", 0.61f), Person(t, "Ilyos Kurbanbaev", 0, 0.88f),
                                TaggerPlace(t, "Qurbanbaev", 0.64f), TaggerPlace(t, "Karakalpak", 0.92f),
                                TaggerPlace(t, "Lokiru", 0.85f),
                                Person(t, "Lokiru Ekal", 0, 0.66f), Person(t, "Omar", 0, 0.8f),
                                Person(t, "Albert Ngona", 0, 0.65f), TaggerPlace(t, "Ucirkan", 0.82f)});
    std::erase_if(l.findings, [](const Finding& f) { return f.kind != Kind::kPerson; });
    EXPECT_EQ(Render(t, l), "Reza Ghasemzadeh@0 Qasemzadeh@1 Ghasem-Zadeh@0 Ilyos Kurbanbaev@2 Qurbanbaev@2 Aso@3 Lokiru@4 "
                            "Lokiru Ekal@4 Omar@5 Albert Ngona@6 Ucirkan@7 Utshircan@8");
  }
  // In notes " + " joins people: one capitalised word after it or before
  // it, ending the clause; not a word read elsewhere as a place, not one
  // before a date ("Matta + Kabal 15-17 Oct"), not a common word.
  {
    const std::string t =
        "D\xC3\xA9" "brief w/ Th\xC3\xA9r\xC3\xA8se + Dieudonn\xC3\xA9 (s\xC3\xA9" "cu). Visit: Hodan + Faadumo, then "
        "Warsame + Team. Round: Matta + Kabal 15-17 Oct. Omar + Jilib. Jilib town. (Lokol + Atim Esther) from "
        "Harshin + Awbare + Hodan.";
    Linked l = LinkMentions(t, {Person(t, "Th\xC3\xA9r\xC3\xA8se", 0, 0.8f), Person(t, "Faadumo", 0, 0.8f),
                                Person(t, "Warsame", 0, 0.8f), Person(t, "Matta", 0, 0.7f), Person(t, "Omar", 0, 0.8f),
                                Finding{t.rfind("Jilib"), t.rfind("Jilib") + 5, Kind::kLoc, "", 0.7f, "tagger"},
                                Person(t, "Lokol", 0, 0.8f), Person(t, "Hodan", t.find("Hodan") + 1, 0.8f)});
    std::erase_if(l.findings, [](const Finding& f) { return f.kind != Kind::kPerson; });
    EXPECT_EQ(Render(t, l), "Th\xC3\xA9r\xC3\xA8se@0 Dieudonn\xC3\xA9@1 Hodan@2 Faadumo@3 Warsame@4 Matta@5 Omar@6 Lokol@7 Atim Esther@8 Hodan@2");
  }
  // A child listed with an age beside a named one, though read as a weak
  // place; not a town, nor beside a confident place reading.
  {
    const std::string t = "Children: Khalid (9), Aisha (6), Hamza (2). Counts: Kabul (3), Herat (2); Wardak (4), Karim (5).";
    Linked l = LinkMentions(t, {Person(t, "Khalid", 0, 0.9f), Person(t, "Aisha", 0, 0.7f),
                                Finding{t.find("Hamza"), t.find("Hamza") + 5, Kind::kLoc, "", 0.48f, "tagger"},
                                Finding{t.find("Kabul"), t.find("Kabul") + 5, Kind::kLoc, "", 0.9f, "tagger"},
                                Finding{t.find("Wardak"), t.find("Wardak") + 6, Kind::kLoc, "", 0.8f, "tagger"},
                                Person(t, "Karim", 0, 0.8f)});
    std::erase_if(l.findings, [](const Finding& f) { return f.kind != Kind::kPerson; });
    EXPECT_EQ(Render(t, l), "Khalid@0 Aisha@1 Hamza@2 Karim@3");
  }
  // A word that opens its line or a clause before a person's name in
  // parentheses is the person's other name; not a role word, a title, a town,
  // capitals, nor a word inside a sentence.
  {
    const std::string t =
        "Xhuwan (Juan Domingo) left.\nChair (Amina Yusuf) spoke.\nKabul (Ali Reza) fell.\nUNHCR (Sara Noor) came; "
        "Tenbelo (Omar Ali) too.\nthe village Kalakla (Bashir Omar) burned.";
    std::vector<Finding> given;
    for (const char* name : {"Juan Domingo", "Amina Yusuf", "Ali Reza", "Sara Noor", "Omar Ali", "Bashir Omar"}) {
      given.push_back(Person(t, name, 0, 0.8f));
    }
    given.push_back(Finding{t.find("Kabul"), t.find("Kabul") + 5, Kind::kLoc, "", 0.45f, "tagger"});
    Linked l = LinkMentions(t, given);
    std::erase_if(l.findings, [](const Finding& f) { return f.kind != Kind::kPerson; });
    EXPECT_EQ(Render(t, l),
              "Xhuwan@0 Juan Domingo@1 Amina Yusuf@2 Ali Reza@3 Sara Noor@4 Tenbelo@5 Omar Ali@6 Bashir Omar@7");
  }
  // Capitalised words alone in parentheses after a name in another script
  // are its transliteration; not a town, not words read elsewhere as a
  // place, not a common word.
  {
    const std::string vakha = "\xD0\x92\xD0\xB0\xD1\x85\xD0\xB0";  // Ваха
    const std::string t = "Uncle, " + vakha + " (Vakha), head. " + vakha + " (Kabul). " + vakha + " (Duisi), " +
                          vakha + " (Family). Camp at Duisi.";
    std::vector<Finding> given;
    for (size_t at = t.find(vakha); at != std::string::npos; at = t.find(vakha, at + 1)) {
      given.push_back(Finding{at, at + vakha.size(), Kind::kPerson, "CYRILLIC_SCRIPT", 0.7f, "script"});
    }
    const size_t duisi = t.rfind("Duisi");
    given.push_back(Finding{duisi, duisi + 5, Kind::kLoc, "", 0.8f, "tagger"});
    Linked l = LinkMentions(t, given);
    std::erase_if(l.findings, [](const Finding& f) { return f.kind != Kind::kPerson || f.detector == "script"; });
    EXPECT_EQ(Render(t, l), "Vakha@0");
  }
  // One capitalised word before an age with its unit is a name; not after a
  // word before places, not a town, not a common word.
  {
    const std::string t =
        "Aghaly (9 ans) et Lalla (6 ans). Mercy (9 years) ok. lived in Kabul (3 years). Sector (4 yrs). Mosul (5 ans). "
        "Metuge (14).";
    Linked l = LinkMentions(t, {});
    std::erase_if(l.findings, [](const Finding& f) { return f.kind != Kind::kPerson; });
    EXPECT_EQ(Render(t, l), "Aghaly@0 Lalla@1 Mercy@2");
  }
  // Two or three words in parentheses after a teknonym ("Mai Tafadzwa") are
  // the person's own name; not after another name ("Qadir Mihemedi (Taq
  // Taq)"), not with a digit, not a text read elsewhere as a place.
  {
    const std::string t =
        "5,Mai Tafadzwa (Shuvai Maluleke),F\nQadir Mihemedi (Taq Taq) and Umm Khalid (Hawa Ahmed) and Umm Salim "
        "(Tawila Umda) and Baba Tendai (Ward Eleven-7) met. At Tawila Umda.";
    const size_t umda = t.rfind("Tawila Umda");
    Linked l = LinkMentions(t, {Person(t, "Mai Tafadzwa", 0, 0.8f), Person(t, "Qadir Mihemedi", 0, 0.8f),
                                Person(t, "Umm Khalid", 0, 0.8f), Person(t, "Umm Salim", 0, 0.8f),
                                Person(t, "Baba Tendai", 0, 0.8f),
                                Finding{umda, umda + 11, Kind::kLoc, "", 0.6f, "tagger"}});
    std::erase_if(l.findings, [](const Finding& f) { return f.kind != Kind::kPerson || f.detector != "link"; });
    EXPECT_EQ(Render(t, l), "Shuvai Maluleke@1 Hawa Ahmed@4");
  }
  // A word another finding already reads is left alone.
  const std::string text = "Grace and Karim left.";
  Linked l = LinkMentions(text, {Person(text, "Karim"), Finding{0, 5, Kind::kLoc, "", 0.35f, "tagger"}});
  EXPECT_EQ(Render(text, l), "Grace@-1 Karim@0");  // the place reading, not linked
}

TEST(LinkTest, PersonsReadAsPlacesAreRelabelled) {
  struct Case {
    const char* text;
    bool person;
  };
  const Case cases[] = {
      {"Pedro de la Cruz", true},
      {"Juan Pablo de la Cruz", true},
      {"Jos\xC3\xA9 Luis de Le\xC3\xB3n", true},
      {"Francisco de Souza", true},
      {"Ana de los Santos", true},
      {"Jo\xC3\xA3o da Costa Neto", true},
      {"Carlos del Valle", true},
      {"San Jose del Monte", false},  // no given name first
      {"Rio de Janeiro", false},
      {"Santiago de Chile", false},   // a given name that starts names of places
      {"Carmen de Viboral", false},
      {"Pedro de", false},            // nothing after the particle
      {"Pedro de la", false},
      {"Pedro de la cruz", false},    // no capital
      {"Pedro la Cruz", false},       // "la" is no first particle
      {"Pedro Cruz", false},          // no particle
      {"Pedro  de la Cruz", false},   // two spaces
  };
  for (const Case& c : cases) {
    const std::string text = c.text;
    EXPECT_EQ(PersonReadAsPlace(text, Finding{0, text.size(), Kind::kLoc, "", 0.6f, "tagger"}), c.person) << c.text;
    EXPECT_FALSE(PersonReadAsPlace(text, Person(text, text))) << c.text;  // PERSON readings stay as they are
  }
  // A source after "according to" that ends a clause is a person (texts
  // written for this test, each with the words a LOC reading covers).
  struct Source {
    const char* text;
    const char* reading;
    bool person;
  };
  const Source sources[] = {
      {"According to Nasir, the vehicle carried three men.", "Nasir", true},
      {"according to Gul Agha.", "Gul Agha", true},
      {"He left, according to Bol Deng", "Bol Deng", true},
      {"according to Nasir county officials", "Nasir", false},  // no clause end after it
      {"according to Nasir Bagh Road,", "Nasir Bagh Road", false},  // three words
      {"according to Nasir bagh,", "Nasir bagh", false},  // a second word without a capital
      {"disaccording to Nasir,", "Nasir", false},        // no word "according"
      {"according to the Nasir,", "Nasir", false},       // not right after "according to"
  };
  for (const Source& c : sources) {
    const std::string text = c.text;
    const size_t b = text.find(c.reading);
    EXPECT_EQ(PersonReadAsPlace(text, Finding{b, b + std::strlen(c.reading), Kind::kLoc, "", 0.85f, "tagger"}), c.person)
        << c.text;
  }
  // Linking relabels them before it links persons: the name is one entity,
  // its later mentions are found (propagation).
  const std::string text = "Pedro de la Cruz was held. Cruz left on Monday.";
  Linked l = LinkMentions(text, {Finding{0, 16, Kind::kLoc, "", 0.55f, "tagger"}});
  std::string kinds;
  for (const Finding& f : l.findings) {
    kinds += std::string(text.substr(f.begin, f.size())) + "/" + std::string(KindName(f.kind)) + "@" +
             std::to_string(f.entity) + " ";
  }
  EXPECT_EQ(kinds, "Pedro de la Cruz/PERSON@0 Cruz/PERSON@0 ");
}

TEST(LinkTest, LowConfidenceAndOtherKindsAreNotLinked) {
  const std::string text = "Omari met Kabul officials.";
  std::vector<Finding> f = {Person(text, "Omari", 0, 0.3f), Finding{10, 15, Kind::kLoc, "", 0.9f, "t"}};
  Linked l = LinkMentions(text, f);
  ASSERT_EQ(l.findings.size(), 2u);
  EXPECT_EQ(l.findings[0].entity, -1);
  EXPECT_EQ(l.findings[1].entity, -1);
  EXPECT_TRUE(l.entity_names.empty());
}

}  // namespace
}  // namespace tearline

namespace tearline {
namespace {

// Lower-case mentions: entity words of four ASCII letters or more that are
// no English word, as whole words.
TEST(LinkTest, LowerCaseMentionsOfNamesThatAreNoEnglishWord) {
  struct Case {
    const char* text;
    const char* found;  // the PERSON finding given
    const char* want;   // Render of the result
  };
  const Case cases[] = {
      {"Nkosi Moyo left. nkosi was crying.", "Nkosi Moyo", "Nkosi Moyo@0 nkosi@0"},
      {"Precious Moyo left. precious little time.", "Precious Moyo", "Precious Moyo@0"},  // English word
      {"Grace Moyo left. grace period.", "Grace Moyo", "Grace Moyo@0"},
      {"Abu Moyo left. abu said.", "Abu Moyo", "Abu Moyo@0"},  // three letters
      // A whole name of short words typed in lower case; not when every word
      // is an English word, nor inside a longer word.
      {"Mu Paw left. this is mu paw's brother; mu pawn no.", "Mu Paw", "Mu Paw@0 mu paw@0"},
      {"Will Smith left. they will smith it.", "Will Smith", "Will Smith@0"},
      // Small letters that are not all ASCII ("wilnès"), whole words only.
      {"Wiln\xC3\xA8s Dorvil left. wiln\xC3\xA8s voye.", "Wiln\xC3\xA8s Dorvil",
       "Wiln\xC3\xA8s Dorvil@0 wiln\xC3\xA8s@0"},
      {"Wiln\xC3\xA8s Dorvil left. wiln\xC3\xA8sa and awiln\xC3\xA8s.", "Wiln\xC3\xA8s Dorvil", "Wiln\xC3\xA8s Dorvil@0"},
      {"Nkosi Moyo left. nkosis and anynkosi.", "Nkosi Moyo", "Nkosi Moyo@0"},  // not the whole word
      {"Nkosi Moyo left. moyo-nkosi too.", "Nkosi Moyo", "Nkosi Moyo@0"},  // inside a hyphenated word
      // Parts of addresses, handles and paths (a login made of the name is
      // found whole: LoginsMadeOfANamedPersonsWords).
      {"Nkosi Moyo left. nkosi.moyo@example.org, @nkosi_m, x/nkosi/y, moyo.nkosi ok", "Nkosi Moyo",
       "Nkosi Moyo@0 moyo.nkosi@0"},
  };
  for (const Case& c : cases) {
    Linked l = LinkMentions(c.text, {Person(c.text, c.found)});
    EXPECT_EQ(Render(c.text, l), c.want) << c.text;
  }
}

// Lower-case whole names that share a first word: the longest name is
// added first (names are taken longest first) and wins where the text
// spells it; the shorter one elsewhere. A roster of many names with one
// first word is read in time linear in its length (bench/scaling.py).
TEST(LinkTest, LowerCaseWholeNamesSharingAFirstWord) {
  const std::string text = "Mu Paw Htoo and Mu Paw Eh left. mu paw htoo said; mu paw eh said; mu paw ran.";
  std::vector<Finding> found = {Person(text, "Mu Paw Htoo"), Person(text, "Mu Paw Eh")};
  Linked l = LinkMentions(text, found);
  EXPECT_EQ(Render(text, l), "Mu Paw Htoo@0 Mu Paw Eh@1 mu paw htoo@0 mu paw eh@1") << text;
}

// Uncommon name words: the capitalised word before a found name joins it
// when it is no English word, no title and no place word.
TEST(LinkTest, UncommonNameWordsBeforeAFoundNameJoinIt) {
  struct Case {
    const char* text;
    const char* found;
    const char* want;  // the finding's span after linking
  };
  const Case cases[] = {
      {"The brothers. Mthokozisi Dube came.", "Dube", "Mthokozisi Dube"},
      {"MTHOKOZISI DUBE CAME", "DUBE", "MTHOKOZISI DUBE"},
      {"Yesterday Dube came.", "Dube", "Dube"},          // an English word
      {"Then Chinese Dube came.", "Dube", "Dube"},       // a nationality
      {"We met UNHCR Dube.", "Dube", "Dube"},            // capitals before a capitalised name
      {"We met Haji Dube.", "Dube", "Dube"},             // a title
      {"They reached Camp Dube.", "Dube", "Dube"},       // a place prefix
      {"Born in Bulawayo Dube came.", "Dube", "Dube"},   // after a word of place
      {"He saw Mthokozisi  Dube.", "Dube", "Dube"},      // two spaces
      {"He saw Mthokozisi\nDube.", "Dube", "Dube"},     // another line
      {"He saw al-Mthokozisi Dube.", "Dube", "Dube"},    // part of a longer word
      {"Alerte transmise \xC3\xA0 Patience Mbambu (VBG)", "Mbambu", "Patience Mbambu"},  // a word that is a given name
      {"The Peace Dube accord", "Dube", "Peace Dube"},
      {"The Table Dube", "Dube", "Dube"},
      {"Welcome Dube. Pls watch the road", "Dube", "Dube"},  // a greeting as often
  };
  for (const Case& c : cases) {
    Linked l = LinkMentions(c.text, {Person(c.text, c.found)});
    ASSERT_FALSE(l.findings.empty()) << c.text;
    const Finding& f = l.findings.front();
    EXPECT_EQ(std::string_view(c.text).substr(f.begin, f.size()), c.want) << c.text;
  }
  // Not over a word another finding reads.
  const std::string text = "He saw Mthokozisi Dube.";
  const size_t b = text.find("Mthokozisi");
  Linked l = LinkMentions(text, {Finding{b, b + 10, Kind::kLoc, "", 0.6f, "test"}, Person(text, "Dube")});
  ASSERT_EQ(l.findings.size(), 2u);
  EXPECT_EQ(l.findings[1].begin, text.find("Dube"));
}

// Names beside names: a weak PERSON reading next to an acted-on one is
// raised to the threshold; not when something else stands between them.
// A name of running prose cut by a hard line break: the first word of the
// next line joins the name that ends the line before.
TEST(LinkTest, NamesWrappedOntoTheNextLine) {
  struct Row {
    const char* text;
    const char* person;
    const char* want;
  };
  const Row rows[] = {
      {"brought home by his uncle Tahir\nAmpaso from a cousin's house", "Tahir", "Tahir@0 Ampaso@1"},
      {"La matrone qui a aid\xC3\xA9 est Mme Djamila\nSahidou, du quartier Est.", "Mme Djamila",
       "Mme Djamila@0 Sahidou@1"},
      {"the house of the family of Yasir\r\nal-Sabawi is marked", "Yasir", "Yasir@0 al-Sabawi@1"},
      {"we met Tahir\nThe next day", "Tahir", "Tahir@0"},         // a common word
      {"we met Tahir\nAMPASO came", "Tahir", "Tahir@0"},         // not written as a name
      // Latin letters and a hyphened second part; not a dash after the word.
      {"prise en charge (Mme Yvette\nKongbo-D\xC3\xA9koa, psychologue)", "Mme Yvette",
       "Mme Yvette@0 Kongbo-D\xC3\xA9koa@1"},
      {"we met Tahir\nAmpaso\xE2\x80\x94 left", "Tahir", "Tahir@0"},
      {"nuestra colega Andrea Sol\xC3\xADs\nPsic\xC3\xB3loga cl\xC3\xADnica, SAPR", "Andrea Sol\xC3\xADs",
       "Andrea Sol\xC3\xADs@0"},
      {"Tahir\nAmpaso from there", "Tahir", "Tahir@0"},          // no prose before the name
      {"we met Tahir\nAmpaso 12 left", "Tahir", "Tahir@0"},      // no lower-case word after
      {"we met Tahir\n  Ampaso from there", "Tahir", "Tahir@0"}, // indented: another item
      {"b) sons of the late Tahir\n   Ampaso (killed)", "Tahir", "Tahir@0 Ampaso@1"},  // a hanging indent
      {"  sons of Tahir\n  Ampaso, who", "Tahir", "Tahir@0 Ampaso@1"},
      {"we met Tahir Ampaso\nToday", "Tahir", "Tahir@0"},        // not at the line's end
      // A day of the week before a date is the date's line; before anything
      // else it may be a name (Sunday is a given and a family name).
      {"an interview with Tahir\nSunday, May 28, 2006", "Tahir", "Tahir@0"},
      {"an interview with Tahir\nSunday, 28 May", "Tahir", "Tahir@0"},
      {"an interview with Tahir\nSunday, who came", "Tahir", "Tahir@0 Sunday@1"},
      // A log's entry hangs its next lines; "; " goes on as prose.
      {"12 Mar 13:00  told his wife Tahir\n              Ampaso; brother", "Tahir", "Tahir@0 Ampaso@1"},
  };
  for (const Row& r : rows) {
    const std::string text = r.text;
    Linked l = LinkMentions(text, {Person(text, r.person)});
    EXPECT_EQ(Render(text, l), r.want) << r.text;
  }
  // The tagger's place reading below 0.7 of a word that is no known town
  // does not hold it; of a known town, or at 0.7, it does.
  const struct {
    const char* text;
    float place;
    const char* want;
  } places[] = {
      {"- a son lost (son: Tahir\n  Tharshan, then 19).", 0.56f, "Tahir@0 Tharshan@1 Tharshan@-1"},
      {"- a son lost (son: Tahir\n  Tharshan, then 19).", 0.7f, "Tahir@0 Tharshan@-1"},
      {"- a son lost (son: Tahir\n  Kabul, then 19).", 0.56f, "Tahir@0 Kabul@-1"},
  };
  for (const auto& r : places) {
    const std::string text = r.text;
    const size_t b = text.find('\n') + 3;
    const size_t e = text.find(',', b);
    Linked l = LinkMentions(text, {Person(text, "Tahir"), Finding{b, e, Kind::kLoc, "", r.place, "tagger"}});
    EXPECT_EQ(Render(text, l), r.want) << r.text;
  }
}

// Another form of a name in parentheses right after it: the full name
// whose last word is the name's, one word between two parts of a name, a
// familiar form; not a place's name.
TEST(LinkTest, ParenthesisedFormsOfANameAfterIt) {
  struct Row {
    const char* text;
    const char* person;
    const char* want;
  };
  const Row rows[] = {
      {"Checked by: D. SLEMAN (Dilshad Sleman), Lead", "D. SLEMAN", "D. SLEMAN@0 Dilshad Sleman@1"},
      {"His mother, Xat\xC3\xBBn (Khatoon) Shamo, calls", "Xat\xC3\xBBn", "Xat\xC3\xBBn@0 Khatoon@1 Shamo@2"},
      {"near Kawkareik, Karen State (Kayin State), Myanmar", "Karen State", "Karen State@0"},
      {"met Halima (Kabul) and then", "Halima", "Halima@0"},
      // A familiar form that opens like a word of the name; not a word of
      // fewer than four letters, nor one with fewer in common.
      {"their son Vitalii Kovalenko (Vitalik), who stayed", "Vitalii Kovalenko", "Vitalii Kovalenko@0 Vitalik@1"},
      {"their son Vitalii Kovalenko (Vit), who", "Vitalii Kovalenko", "Vitalii Kovalenko@0"},
      {"their son Vitalii Kovalenko (Vitebsk), who", "Vitalii Kovalenko", "Vitalii Kovalenko@0"},
      // One word of a name lexicon; not a town, a group or a title.
      {"their son Mykola Hrytsenko (Nikolai), 17, stayed", "Mykola Hrytsenko", "Mykola Hrytsenko@0 Nikolai@1"},
      {"their son Mykola Hrytsenko (Kharkiv), 17, stayed", "Mykola Hrytsenko", "Mykola Hrytsenko@0"},
      {"their son Mykola Hrytsenko (Ukrainian), 17, stayed", "Mykola Hrytsenko", "Mykola Hrytsenko@0"},
      {"met Ali Saleh (Monday) and", "Ali Saleh", "Ali Saleh@0"},
      // One word and a note of age or of where it is so written; not a
      // place or a common word so noted.
      {"C-06: Hamda Qasim (Sou'ad, 71) refuses", "Hamda Qasim", "Hamda Qasim@0 Sou'ad@1"},
      {"wife Nour Haddad (Newal on PMM paper) diabetic", "Nour Haddad", "Nour Haddad@0 Newal@1"},
      {"Karim Omari (Kabul, 34) and", "Karim Omari", "Karim Omari@0"},
      {"Karim Omari (Driver, 34) and", "Karim Omari", "Karim Omari@0"},
      // The name's initials in capitals; not other capitals.
      {"Team: Amra Hod\xC5\xBEi\xC4\x87 (AH, team lead), then", "Amra Hod\xC5\xBEi\xC4\x87",
       "Amra Hod\xC5\xBEi\xC4\x87@0 AH@1"},
      {"Team: Amra Hod\xC5\xBEi\xC4\x87 (MSF, team lead), then", "Amra Hod\xC5\xBEi\xC4\x87",
       "Amra Hod\xC5\xBEi\xC4\x87@0"},
      // Another spelling of the whole name, its first word of the same skeleton.
      {"| Hadi Mohammed BAKHDAR (H\xC4\x81" "d\xC4\xAB Mu\xE1\xB8\xA5" "ammad B\xC4\x81 Kha\xE1\xB8\x8D" "ar) | 29 |",
       "Hadi Mohammed BAKHDAR",
       "Hadi Mohammed BAKHDAR@0 H\xC4\x81" "d\xC4\xAB Mu\xE1\xB8\xA5" "ammad B\xC4\x81 Kha\xE1\xB8\x8D" "ar@1"},
      {"Khaled Omar BIN DAHMAN (Kh\xC4\x81lid \xCA\xBFUmar bin Da\xE1\xB8\xA5m\xC4\x81n) held", "Khaled Omar BIN DAHMAN",
       "Khaled Omar BIN DAHMAN@0 Kh\xC4\x81lid \xCA\xBFUmar bin Da\xE1\xB8\xA5m\xC4\x81n@1"},
      {"Hadi Mohammed (Kassala Town Office) said", "Hadi Mohammed", "Hadi Mohammed@0"},
      // A short name the parenthesis defines; not a common word.
      {"Nombre: Mar\xC3\xAD" "a Isabel Castro (en adelante MICR), 47", "Mar\xC3\xAD" "a Isabel Castro",
       "Mar\xC3\xAD" "a Isabel Castro@0 MICR@1"},
      {"The applicant, Ahmad Karimi (hereinafter \"the applicant\"), said", "Ahmad Karimi", "Ahmad Karimi@0"},
      {"Le t\xC3\xA9moin Jean Bosco (ci-apr\xC3\xA8s \xC2\xAB JB \xC2\xBB) a dit", "Jean Bosco", "Jean Bosco@0 JB@1"},
      {"do not put her name in e-mails. For the record: Kestrel = Mairo\nPaluku Abatcha, a trader from the area", "Paluku Abatcha",
       "Mairo@0 Paluku Abatcha@1"},
      // Other spellings of a word of the name, one edit from its skeleton;
      // not places, nor words of another skeleton.
      {"her brother Xidir (Khidher / Khdhir), 15.", "Xidir", "Xidir@0 Khidher@1 Khdhir@1"},
      {"Tesfalem Gebre (Tesfaalem) was moved", "Tesfalem Gebre", "Tesfalem Gebre@0 Tesfaalem@0"},
      {"her brother Xidir (Mosul / Erbil), 15.", "Xidir", "Xidir@0"},
      {"her brother Xidir (Khidher / Ahmed), 15.", "Xidir", "Xidir@0"},
  };
  for (const Row& r : rows) {
    const std::string text = r.text;
    Linked l = LinkMentions(text, {Person(text, r.person)});
    EXPECT_EQ(Render(text, l), r.want) << r.text;
  }
}

// A capitalised word in double quotes that spells a name found nearby
// another way; not a word with fewer letters in common, nor one much
// longer, nor a town, nor one far away.
TEST(LinkTest, QuotedSpellingsOfANameNearIt) {
  struct Row {
    const char* text;
    const char* person;
    const char* want;
  };
  const Row rows[] = {
      {"Yurii Tkachuk (also \"Yuriy\" in his passport, \"Yura\" to all) stayed", "Yurii Tkachuk",
       "Yurii Tkachuk@0 Yuriy@0 Yura@0"},
      {"written \xE2\x80\x9CLesia\xE2\x80\x9D in the list; Lesya asks", "Lesya", "Lesia@0 Lesya@0"},
      {"Yurii Tkachuk took the boat \"Yuzhnyi\" and \"Yunona\" back", "Yurii Tkachuk", "Yurii Tkachuk@0"},
      {"Yurii Tkachuk took the \"Yurtsevo\" route", "Yurii Tkachuk", "Yurii Tkachuk@0"},  // three more letters
      {"Yurii Tkachuk lives near \"Yumbe\" camp", "Yurii Tkachuk", "Yurii Tkachuk@0"},   // two letters only
  };
  for (const Row& r : rows) {
    const std::string text = r.text;
    Linked l = LinkMentions(text, {Person(text, r.person)});
    EXPECT_EQ(Render(text, l), r.want) << r.text;
  }
  // A word read as a place elsewhere.
  const std::string goli = "Golli Deng was beaten near Goli. [tr.: \"Goli\" or \"Golli\"]";
  const size_t near = goli.find("Goli");
  Linked g = LinkMentions(goli, {Person(goli, "Golli Deng"), Finding{near, near + 4, Kind::kLoc, "", 0.55f, "tagger"}});
  for (const Finding& f : g.findings) {
    if (f.kind == Kind::kPerson) {
      EXPECT_NE(goli.substr(f.begin, f.size()), "Goli");
    }
  }
  std::string far = "Yurii Tkachuk called. " + std::string(500, '.') + " The boat \"Yuriy\" left.";
  Linked l = LinkMentions(far, {Person(far, "Yurii Tkachuk")});
  EXPECT_EQ(Render(far, l), "Yurii Tkachuk@0");
  // Farther away, a spelling that shares the name's first six letters.
  std::string farther = "Tharmalingam Selvam went missing. " + std::string(900, '.') +
                        " Variants: \"Tharmalingham\", \"Tharmilan\".";
  Linked t = LinkMentions(farther, {Person(farther, "Tharmalingam Selvam")});
  EXPECT_EQ(Render(farther, t), "Tharmalingam Selvam@0 Tharmalingham@0");
}

// Given names after a name and ", " that end a table's cell are that
// person's, read or not; not a place after a name at the end of a line,
// nor a common word.
TEST(LinkTest, GivenNamesEndingATableCell) {
  struct Row {
    const char* text;
    const char* person;
    const char* want;
  };
  const Row rows[] = {
      {"| 2 | Huaman Quispe, Rosmery      | hija |", "Huaman Quispe", "Huaman Quispe@0 Rosmery@1"},
      {"2\tHuaman Quispe, Edwin Yosimar\thijo", "Huaman Quispe", "Huaman Quispe@0 Edwin Yosimar@1"},
      {"with aunt Huaman Quispe, Aboutengue\n", "Huaman Quispe", "Huaman Quispe@0"},
      {"| 2 | Huaman Quispe, Water      | hija |", "Huaman Quispe", "Huaman Quispe@0"},
      {"| 2 | Huaman Quispe, Rosmery | hija |", "Huaman Quispe", "Huaman Quispe@0"},  // one space: no cell's end
  };
  for (const Row& r : rows) {
    const std::string text = r.text;
    Linked l = LinkMentions(text, {Person(text, r.person)});
    EXPECT_EQ(Render(text, l), r.want) << r.text;
  }
}

// The first word of a name cut by a hard line break, at the end of a line
// of wrapped prose, joins the name that opens the next line.
TEST(LinkTest, NamesWrappedFromTheLineBefore) {
  struct Row {
    const char* text;
    const char* person;
    const char* want;
  };
  const Row rows[] = {
      {"Four children, among them Esther Kavira (9) and Mo\xC3\xAFse\nPaluku (6), live here", "Paluku",
       "Mo\xC3\xAFse@0 Paluku@1"},
      // The word opening the line is a word of a name found elsewhere.
      {"Paluku Musubaho died. Four children, among them Esther (9) and Moise\nPaluku (6), live", "Paluku Musubaho",
       "Paluku Musubaho@0 Moise@1 Paluku@0"},
      {"2. Arrivals from Bula Hawa and Dolow\nPaluku reported", "Paluku", "Paluku@0"},  // a heading
      {"Separated from his mother at Sake in January; uncle maybe : Jean-Marie\nPaluku, farmer", "Paluku",
       "Jean-Marie@0 Paluku@1"},  // after a label's colon, hyphened
      {"Vrije Universiteit Amsterdam, Amsterdam, the Netherlands\nPaluku Wilms lotte.wilms@kb.nl", "Paluku Wilms",
       "Paluku Wilms@0"},  // after an article
      {"Four children, among them Esther Kavira (9) and Moise\nPaluku 12 left", "Paluku", "Paluku@0"},  // no prose after
      {"Four children, among them Esther Kavira (9) and Water\nPaluku (6), live", "Paluku", "Paluku@0"},  // a common word
      {"Four children, among them Esther Kavira (9) and MOISE\nPaluku (6), live", "Paluku", "Paluku@0"},  // capitals
  };
  for (const Row& r : rows) {
    const std::string text = r.text;
    Linked l = LinkMentions(text, {Person(text, r.person)});
    EXPECT_EQ(Render(text, l), r.want) << r.text;
  }
}

// After an apposition's comma, the first word of a name cut by a line
// break joins it though the tagger read that word as a place, however
// sure; not a place of the gazetteer.
TEST(LinkTest, NamesWrappedAfterAnAppositionOverAPlaceReading) {
  const auto place = [](std::string_view text, std::string_view s) {
    const size_t b = text.find(s);
    return Finding{b, b + s.size(), Kind::kLoc, "", 0.77f, "tagger"};
  };
  const std::string text = "Contact for the family: 78 115 62 40 or the market. The landlord, Ousseynou\nDiagne, can be reached";
  Linked l = LinkMentions(text, {place(text, "Ousseynou"), Person(text, "Diagne")});
  // The contact's number in groups on the name's line is a phone (NUMBERS
  // IN NAMED ROWS).
  EXPECT_EQ(Render(text, l), "78 115 62 40@-1 Ousseynou@0 Ousseynou@-1 Diagne@1");
  const std::string town = "Contact for the family: 78 115 62 40 or the market. The landlord, Nairobi\nDiagne, can be reached";
  l = LinkMentions(town, {place(town, "Nairobi"), Person(town, "Diagne")});
  EXPECT_EQ(Render(town, l), "Nairobi@-1 Diagne@0");
}

// A name with a Quechua case ending or a Spanish diminutive glued to it is
// that name, capitalised or in small letters; not a word whose stem names
// no one found, nor a stem of fewer than four letters.
TEST(LinkTest, PropagatesNamesWithGluedEndings) {
  const std::string text =
      "Teodora, Ali and Edwin Yosimar left. Teodorapa wasin; Eulogiotaqa; el edwincito llora; Santapa; Edwinpa; Alipa.";
  Linked l = LinkMentions(text, {Person(text, "Teodora"), Person(text, "Edwin Yosimar"), Person(text, "Ali")});
  EXPECT_EQ(Render(text, l), "Teodora@0 Ali@1 Edwin Yosimar@2 Teodorapa@0 edwincito@2 Edwinpa@2");
}

// Transliterations that write 'y' or 'i' are one name (six letters or
// more), both ways; not a shorter word.
TEST(LinkTest, PropagatesNamesWrittenWithYOrI) {
  const std::string text = "Liudmyla Honcharenko called. Lyudmyla's neighbour and Mariam; Maryam, Kelly, Kelli.";
  Linked l = LinkMentions(text, {Person(text, "Liudmyla Honcharenko"), Person(text, "Mariam"), Person(text, "Kelli")});
  EXPECT_EQ(Render(text, l), "Liudmyla Honcharenko@0 Lyudmyla@0 Mariam@1 Maryam@1 Kelli@2");
}

// A name typed without its accents is the same name, both ways.
TEST(LinkTest, PropagatesNamesWithoutTheirAccents) {
  const std::string text = "his lieutenant Z\xC3\xB2r\xC3\xA8y came; \"Zorey\" is him. Andre met Andr\xC3\xA9.";
  Linked l = LinkMentions(text, {Person(text, "Z\xC3\xB2r\xC3\xA8y"), Person(text, "Andre")});
  EXPECT_EQ(Render(text, l), "Z\xC3\xB2r\xC3\xA8y@0 Zorey@0 Andre@1 Andr\xC3\xA9@1");
}

TEST(LinkTest, AWeakPlaceReadingDoesNotHoldAWrappedName) {
  for (float place_confidence : {0.36f, 0.7f}) {
    const std::string text = "b) sons of the late Tahir\n   Ampaso (killed)";
    Finding place = Person(text, "Ampaso", 0, place_confidence);
    place.kind = Kind::kLoc;
    place.detector = "tagger";
    Linked l = LinkMentions(text, {Person(text, "Tahir"), place});
    const bool added = std::any_of(l.findings.begin(), l.findings.end(), [&](const Finding& f) {
      return f.kind == Kind::kPerson && text.substr(f.begin, f.size()) == "Ampaso";
    });
    EXPECT_EQ(added, place_confidence < 0.5f) << place_confidence;
  }
}

// A family name in capitals that opens a list item before ", " and a name
// is that person's, when nothing reads it but the tagger, weakly, as an
// organisation or a place; not an organisation's abbreviation, a town, a
// word of no vowel, or a word inside a line.
TEST(LinkTest, SurnamesInCapitalsOpeningListItems) {
  struct Case {
    const char* text;
    const char* surname;
    bool person;
  };
  const Case cases[] = {
      {"1. ABAKAR, Ibrahim Haroun - 54", "ABAKAR", true},
      {"ABAKAR, Ibrahim Haroun - 54", "ABAKAR", true},
      {"  - ABAKAR, Ibrahim Haroun", "ABAKAR", true},
      {"1. UNICEF, Ibrahim Haroun", "UNICEF", false},
      {"1. KABUL, Ibrahim Haroun", "KABUL", false},
      {"1. BRNKS, Ibrahim Haroun", "BRNKS", false},
      {" 5  KONG, Ibrahim Haroun ....... block leader", "KONG", true},  // one vowel
      {"1. WASH, Ibrahim Haroun", "WASH", false},
      {"The head is ABAKAR, Ibrahim Haroun", "ABAKAR", false},
      // Latin-1 capitals; family names joined by particles or side by side;
      // not words that are common, abbreviations or towns.
      {"   SULBAR\xC3\x81N, Ibrahim Haroun (61)", "SULBAR\xC3\x81N", true},
      {" - GONZ\xC3\x81LEZ DE LOS R\xC3\x8DOS, Ibrahim Haroun", "GONZ\xC3\x81LEZ DE LOS R\xC3\x8DOS", true},
      {"ROMERO GUTI\xC3\x89RREZ, Ibrahim Haroun", "ROMERO GUTI\xC3\x89RREZ", true},
      {"KABUL OFFICE, Ibrahim Haroun", "KABUL OFFICE", false},
      {"REPORTED BY ABAKAR, Ibrahim Haroun", "REPORTED BY ABAKAR", false},
      {"ROMERO KABUL, Ibrahim Haroun", "ROMERO KABUL", false},
      {"DE ROMERO, Ibrahim Haroun", "DE ROMERO", false},
  };
  for (const Case& c : cases) {
    LinkOptions no_propagation;
    no_propagation.propagate = false;
    const std::string t = c.text;
    Linked l = LinkMentions(t, {Person(t, "Ibrahim Haroun")}, no_propagation);
    const bool person = std::any_of(l.findings.begin(), l.findings.end(), [&](const Finding& f) {
      return f.kind == Kind::kPerson && t.substr(f.begin, f.size()) == c.surname;
    });
    EXPECT_EQ(person, c.person) << c.text;
  }
  // The tagger's weak ORG reading gives way; a surer one stays.
  for (float confidence : {0.4f, 0.7f}) {
    const std::string t = "1. ABAKAR, Ibrahim Haroun - 54";
    Finding org = Person(t, "ABAKAR", 0, confidence);
    org.kind = Kind::kOrg;
    org.detector = "tagger";
    Linked l = LinkMentions(t, {org, Person(t, "Ibrahim Haroun")});
    const bool person = std::any_of(l.findings.begin(), l.findings.end(), [&](const Finding& f) {
      return f.kind == Kind::kPerson && t.substr(f.begin, f.size()) == "ABAKAR";
    });
    EXPECT_EQ(person, confidence < 0.5f) << confidence;
  }
}

// "Abu" of "Abu Sabir" does not make "Abu" of another name a mention of him.
TEST(LinkTest, KunyaWordsAreNotPropagated) {
  const std::string t = "shelling near Abu Shouk gate. Abu Sabir: i am Abu Sabir. Umm Musa and Umm Kulthum";
  Linked l = LinkMentions(t, {Person(t, "Abu Sabir"), Person(t, "Umm Kulthum")});
  const size_t shouk_end = t.find(" gate"), musa_end = t.find(" and Umm");
  for (const Finding& f : l.findings) {
    EXPECT_TRUE(f.begin >= shouk_end && (f.end <= musa_end - 8 || f.begin >= musa_end))
        << std::string_view(t).substr(f.begin, f.size());
  }
}

TEST(LinkTest, WeakNamesBesideNamesAreRaised) {
  struct Case {
    const char* text;
    const char* weak;
    const char* strong;
    bool raised;
  };
  const Case cases[] = {
      {" 3. KOLLIE, Faith   Child Protection", "KOLLIE", "Faith", true},
      {"Faith Kollie came.", "Kollie", "Faith", true},
      {"Two boys: Kila (approx 10) and Mark Tumbu (12).", "Kila", "Mark Tumbu", true},
      {"Mark Tumbu (12) & Kila left.", "Kila", "Mark Tumbu", true},
      {"Mark Tumbu went to Kila.", "Kila", "Mark Tumbu", false},          // a word between
      {"Mark Tumbu; Kila left.", "Kila", "Mark Tumbu", false},             // another separator
      {"Kila (a village near the road) and Mark Tumbu", "Kila", "Mark Tumbu", false},  // a long note
      {"Mark Tumbu, kila left.", "kila", "Mark Tumbu", false},            // no capital
      // A name of running prose cut by a line break.
      {"with me is my wife, Mebrat\nHaile, and our daughter", "Haile", "Mebrat", true},
      {"with me is my wife, Mebrat\r\nHaile went", "Haile", "Mebrat", true},
      {"Mebrat\nHaile, and our daughter", "Haile", "Mebrat", false},     // no prose before on its line
      {"my wife, Mebrat\nHaile Street is", "Haile", "Mebrat", false},     // no lower-case word after
      {"my wife, Mebrat\n\nHaile, and", "Haile", "Mebrat", false},       // a paragraph between
      // Past the indentation of a line that hangs under a log's entry or an
      // indented line; a ';' after the name goes on as prose too.
      {"12 Mar 13:00  Family told (wife Mebrat\n              Haile; brother", "Haile", "Mebrat", true},
      {"  told my wife Mebrat\n  Haile, and", "Haile", "Mebrat", true},
      {"Family told my wife Mebrat\n    Haile, and", "Haile", "Mebrat", false},  // the line opens at the margin
  };
  // Chains, and a shorter reading that starts between the two.
  {
    const std::string t = "Ana Lo, Bo Ku, Cy Mu; and Kila (10) and Mark Tumbu left.";
    Linked l = LinkMentions(t, {Person(t, "Ana Lo"), Person(t, "Bo Ku", 0, 0.36f), Person(t, "Cy Mu", 0, 0.36f),
                                Person(t, "Kila", 0, 0.4f), Person(t, "Mark", 0, 0.45f), Person(t, "Mark Tumbu")});
    std::string got;
    for (const Finding& f : l.findings) {
      if (f.confidence >= 0.5f) got += std::string(t.substr(f.begin, f.size())) + ";";
    }
    EXPECT_EQ(got, "Ana Lo;Bo Ku;Cy Mu;Kila;Mark Tumbu;");
  }
  for (const Case& c : cases) {
    LinkOptions no_propagation;
    no_propagation.propagate = false;
    no_propagation.extend_uncommon = false;
    Linked l = LinkMentions(c.text, {Person(c.text, c.weak, 0, 0.36f), Person(c.text, c.strong)}, no_propagation);
    bool raised = false;
    for (const Finding& f : l.findings) {
      if (std::string_view(c.text).substr(f.begin, f.size()) == c.weak) raised = f.confidence >= 0.5f;
    }
    EXPECT_EQ(raised, c.raised) << c.text;
  }
  // Given names the tagger read weakly as a place, right before a name: a
  // person; not a city of the gazetteer, a word no name lexicon holds, a
  // surer place reading, or a place after a locative.
  const struct {
    const char* text;
    const char* weak_place;
    float confidence;
    bool person;
  } places[] = {
      {"A nurse from our clinic, Marie-Lourdes Jean-Baptiste, lost her home", "Marie-Lourdes", 0.45f, true},
      {"A nurse, Marie-Lourdes Jean-Baptiste, left", "Marie-Lourdes", 0.6f, false},
      {"the road from Marie-Lourdes Jean-Baptiste took", "Marie-Lourdes", 0.45f, false},
      {"A nurse, Ouagadougou Jean-Baptiste, left", "Ouagadougou", 0.45f, false},
      {"A nurse, Paris Jean-Baptiste, left", "Paris", 0.45f, false},
  };
  for (const auto& c : places) {
    const std::string t = c.text;
    const size_t b = t.find(c.weak_place);
    std::vector<Finding> in = {Finding{b, b + std::strlen(c.weak_place), Kind::kLoc, "", c.confidence, "tagger"},
                               Person(t, "Jean-Baptiste", 0, 0.57f)};
    Linked l = LinkMentions(t, in);
    bool person = false;
    for (const Finding& f : l.findings) {
      if (f.begin == b && f.kind == Kind::kPerson && f.confidence >= 0.5f) person = true;
    }
    EXPECT_EQ(person, c.person) << c.text;
  }
}

// After propagation, a weak one-word PERSON reading right beside a
// propagated mention joins it; not a town, nor a word another finding reads.
TEST(LinkTest, WeakWordsBesideMentionsAreRaised) {
  const std::string t = "Interpretation by Gatwech.\n 9  Gatwech Ruach ..... RCC\n 10 Gatwech Kabul\n";
  const size_t ruach = t.find("Ruach"), kabul = t.find("Kabul");
  Linked l = LinkMentions(t, {Person(t, "Gatwech"), Finding{ruach, ruach + 5, Kind::kPerson, "", 0.36f, "tagger"},
                              Finding{kabul, kabul + 5, Kind::kPerson, "", 0.36f, "tagger"}});
  std::string got;
  for (const Finding& f : l.findings) {
    if (f.kind == Kind::kPerson && f.confidence >= 0.5f) got += std::string(t.substr(f.begin, f.size())) + ";";
  }
  EXPECT_EQ(got, "Gatwech;Gatwech;Ruach;Gatwech;");  // not "Kabul"
}

TEST(LinkTest, GenericWordsNameNoOne) {
  // Lone institution words and sentence openers are dropped; names that
  // contain them, other kinds and real names stay.
  struct Case {
    const char* text;
    Kind kind;
    bool kept;
  };
  const Case cases[] = {
      {"Court", Kind::kOrg, false},
      {"the Government", Kind::kOrg, false},
      {"Regional Governor", Kind::kPerson, false},
      {"According", Kind::kPerson, false},
      {"the Secretary", Kind::kPerson, false},  // an office
      {"Emperor", Kind::kPerson, false},
      {"Kayseri Administrative Court", Kind::kOrg, true},
      {"Court", Kind::kLoc, true},
      {"Sara Karimi", Kind::kPerson, true},
      // Any case; the longest generic word; near misses; a word longer
      // than any generic word; a non-ASCII letter.
      {"MUNICIPALITIES", Kind::kOrg, false},
      {"Ministry of the COURTS", Kind::kOrg, false},
      {"Municipalitiess", Kind::kOrg, true},
      {"Cour", Kind::kOrg, true},
      {"Elle", Kind::kPerson, false},  // French, Spanish, Portuguese pronouns and demonstratives
      {"Cette", Kind::kPerson, false},
      {"N\xC3\xA9", Kind::kPerson, false},  // "Né le 5 juin 1984"
      {"Born", Kind::kPerson, false},
      {"Yo", Kind::kPerson, false},
      {"Ya", Kind::kPerson, false},
      {"Ella", Kind::kPerson, true},   // a given name too
      {"Tu", Kind::kPerson, true},     // a word of names ("Zau Tu")
      {"Courtcourtcourtcourtcourtcourtcourtcourt", Kind::kOrg, true},
      {"Court\xC3\xA9", Kind::kOrg, true},
      {"Compas", Kind::kPerson, false},  // Spanish chat words
      {"Soy", Kind::kPerson, false},
      {"Lista", Kind::kPerson, false},
      {"MARTES", Kind::kPerson, false},  // days, numbers and labels of Spanish and French logs
      {"Seis", Kind::kPerson, false},
      {"Semana", Kind::kPerson, false},
      {"Domingo", Kind::kPerson, true},  // a given name too
      {"Maten", Kind::kPerson, false},   // Haitian Creole words that open messages
      {"Que Dios", Kind::kPerson, false},
      {"Nutri\xC3\xA7\xC3\xA3o", Kind::kPerson, false},  // services of a Portuguese form
      {"GOVERNORATE", Kind::kPerson, false},
      {"Urgente", Kind::kPerson, false},
      {"Nutri\xC3\xA7\xC3\xA3o Silva", Kind::kPerson, true},
  };
  for (const Case& c : cases) {
    std::string text = std::string(c.text) + " said.";
    Finding f{0, std::string_view(c.text).size(), c.kind, "", 0.9f, "test"};
    Linked l = LinkMentions(text, {f});
    EXPECT_EQ(l.findings.size(), c.kept ? 1u : 0u) << c.text;
    LinkOptions keep;
    keep.drop_generic = false;
    EXPECT_EQ(LinkMentions(text, {f}, keep).findings.size(), 1u) << c.text;
  }
}

// The tagger's weak reading of an acronym's plural names no one; a sure
// one, or a word with more small letters, is left to the rest.
TEST(LinkTest, WeakReadingsOfAcronymPluralsAreGeneric) {
  const std::string text = "Distribution of NFIs and IDPs; Ms ABs; Ns; NGOss";
  const auto generic = [&](std::string_view word, float c) {
    const size_t b = text.find(word);
    return IsGenericFinding(text, Finding{b, b + word.size(), Kind::kPerson, "", c, "tagger"});
  };
  EXPECT_TRUE(generic("NFIs", 0.38f));
  EXPECT_TRUE(generic("IDPs", 0.45f));
  EXPECT_FALSE(generic("IDPs", 0.6f));
  EXPECT_FALSE(generic("Ns", 0.4f));
  EXPECT_FALSE(generic("NGOss", 0.4f));
}

// The tagger's weak reading on the first row of a table that names its
// columns (two cells or more with a column's word) is a heading; on a row
// of data, or a first row with one such cell, it is not.
TEST(LinkTest, WeakReadingsInLabelledHeaderRowsAreGeneric) {
  const auto generic = [](const std::string& text, std::string_view word, size_t from = 0) {
    const size_t b = text.find(word, from);
    return IsGenericFinding(text, Finding{b, b + word.size(), Kind::kPerson, "", 0.4f, "tagger"});
  };
  const std::string fr = "| N\xC2\xB0 | Nom / Pr\xC3\xA9nom | \xC3\x82ge | Groupe |\n|----|---|---|---|\n| 01 | ADAMOU Hawa | 3 | x |\n";
  EXPECT_TRUE(generic(fr, "Pr\xC3\xA9nom"));
  EXPECT_TRUE(generic(fr, "Groupe"));
  EXPECT_FALSE(generic(fr, "Hawa"));  // a row of data
  const std::string en = " Ref   | Name as reported | Sex/Age | From\n D-031 | Mahmoud Hamid | M/34 | Tal Abyad\n";
  EXPECT_TRUE(generic(en, "Ref"));
  EXPECT_FALSE(generic(en, "Mahmoud Hamid"));
  const std::string one = "| Amina Yusuf, 34 | Name | Kabul |\n| Omar Ali | x | Herat |\n";  // one column word
  EXPECT_FALSE(generic(one, "Amina Yusuf"));
  // A grid drawn with '+' under the header; a reading of a heading up to 0.7.
  const std::string grid = "MEN  | N\xC2\xB0 | NOM Pr\xC3\xA9nom(s) | Lien  | Sexe\n-----+----+-----------+-------+-----\n"
                           "M-01 | 1  | DICKO Hamadou | CM    | M\n";
  const size_t lien = grid.find("Lien");
  EXPECT_TRUE(IsGenericFinding(grid, Finding{lien, lien + 4, Kind::kPerson, "", 0.6f, "tagger"}));
  EXPECT_FALSE(IsGenericFinding(grid, Finding{lien, lien + 4, Kind::kPerson, "", 0.75f, "tagger"}));
  EXPECT_FALSE(generic(grid, "DICKO Hamadou"));
  // Words inside a heading's cell over a rule of dashes; not over a row of
  // data, nor in a row with a digit.
  const std::string sw = "| No | Jina la Mkuu wa Kaya (HH head) | Umri |\n|----|----|----|\n| 1 | Galgalo Boru | 56 |\n";
  EXPECT_TRUE(generic(sw, "Jina"));
  EXPECT_TRUE(generic(sw, "Mkuu wa Kaya"));
  EXPECT_FALSE(generic(sw, "Galgalo"));
  const std::string rows = "| No | Jina la Mkuu | Umri |\n| x | Galgalo Boru | y |\n";
  EXPECT_FALSE(generic(rows, "Jina"));
  const std::string digits = "| 1 | Jina la Mkuu | Umri |\n|----|----|----|\n";
  EXPECT_FALSE(generic(digits, "Jina"));
  // A fixed-width table's headings over runs of dashes; not a row of data
  // over them, nor over one run.
  const std::string fixed = "CASE     REL NAME\n-------- --- -------\nGHZ-014  PA  Karim Rezaei\n";
  EXPECT_TRUE(generic(fixed, "REL"));
  EXPECT_FALSE(generic(fixed, "Karim Rezaei"));
  const std::string one_run = "Findings of the REL team\n------------------------\n";
  EXPECT_FALSE(generic(one_run, "REL"));
  // Cells split by ';' or ','.
  const std::string csv = "No;Name (Latin);DOB;Village;Date;Status\n1;Hnatiuk Oleksandr;1986;Yahidne;04.2022;deported\n";
  EXPECT_TRUE(generic(csv, "Date"));
  EXPECT_FALSE(generic(csv, "Hnatiuk Oleksandr"));
  const std::string prose = "He said Date, Kabul and Herat were fine, then left, the end\nWe met Omar, Ali and Zia, then left, sadly\n";
  EXPECT_FALSE(generic(prose, "Kabul and Herat were fine"));
}

// A login held as a person is found wherever it stands alone; not inside an
// address, a path, a host name or a longer login.
TEST(LinkTest, OtherOccurrencesOfALoginHandle) {
  const std::string text =
      "Export par r.mwenze le 12 mai.\nid,agent\n1,r.mwenze\n"
      "Voir r.mwenze@cash.example, /home/r.mwenze/, r.mwenze.cd, xr.mwenze et (r.mwenze).\n";
  const size_t cell = text.find("1,r.mwenze") + 2;
  Linked l = LinkMentions(text, {Finding{cell, cell + 8, Kind::kPerson, "FIELD", 0.7f, "fields"}});
  std::string got;
  for (const Finding& f : l.findings) got += std::to_string(f.begin) + ":" + std::string(text.substr(f.begin, f.size())) + ";";
  EXPECT_EQ(got, "11:r.mwenze;" + std::to_string(cell) + ":r.mwenze;" + std::to_string(text.find("(r.mwenze)") + 1) + ":r.mwenze;");
  // Below the threshold, or not a login: nothing added.
  EXPECT_EQ(LinkMentions(text, {Finding{cell, cell + 8, Kind::kPerson, "FIELD", 0.1f, "fields"}}).findings.size(), 1u);
}

// The texts of the findings linking adds (detector "link") to `text` given
// one PERSON finding at 0.7 over the first occurrence of `person`: those
// after it, or only logins (small letters, digits, '.', '_'), each with a
// ';' after it.
std::string LinkedAfterPerson(const std::string& text, std::string_view person, bool logins_only) {
  const size_t p = text.find(person);
  Linked l = LinkMentions(text, {Finding{p, p + person.size(), Kind::kPerson, "", 0.7f, "t"}});
  std::string got;
  for (const Finding& f : l.findings) {
    const std::string_view s = std::string_view(text).substr(f.begin, f.size());
    const bool login = std::all_of(s.begin(), s.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_';
    });
    if (f.detector == "link" && (logins_only ? login : f.begin > p + person.size())) got += std::string(s) + ";";
  }
  return got;
}

// A login made of a person's words (an initial may stand for one; one other
// part may end it) is that person's, where it stands alone.
TEST(LinkTest, LoginsMadeOfANamedPersonsWords) {
  struct Row {
    const char* text;
    const char* person;  // the PERSON finding at 0.7
    const char* want;    // the logins found, ';' after each
  };
  const Row rows[] = {
      {"Team lead: Khadar Yusuf Abtidoon (k.abtidoon)", "Khadar Yusuf Abtidoon", "k.abtidoon;"},
      {"Mme Awa Kanout\xC3\xA9 (poste 2), compte a.kanoute.", "Awa Kanout\xC3\xA9", "a.kanoute;"},
      {"Log keeper: Musab Abdelgadir Hamid\nadmin: musab.hamid.err", "Musab Abdelgadir Hamid", "musab.hamid.err;"},
      {"From: Nurul Amin\nadmin: nurul.amin.c14, nurul_amin", "Nurul Amin", "nurul.amin.c14;nurul_amin;"},
      // Initials glued before a word, in brackets or after a colon in them.
      {"Prepared by: Sita Maya Gurung (login: smgurung) [kjgurung] (xsmgurung)", "Sita Maya Gurung", "smgurung;"},
      // A label of two or three letters before it; a hyphenated suffix after
      // an account's label; words glued; initials glued before words glued.
      {"Operators: Joyce KARIUKI (op_jkariuki), Peter (op_pkariuki)", "Joyce KARIUKI", "op_jkariuki;"},
      {"Maj. Asad Nawaz Abbasi | login: aabbasi-sfp | +92", "Asad Nawaz Abbasi", "aabbasi;"},
      {"contact Naw Htoo Meh, Signal user \"htoomeh.kayah\".", "Naw Htoo Meh", "htoomeh.kayah;"},
      {"Compiled by: Fahd Salem Bin Sumait (login: fbinsumait / mon-03)", "Fahd Salem Bin Sumait", "fbinsumait;"},
      {"Log owner: Supervisor Wahidullah Noorzai (login wnoorzai / ext 12)", "Wahidullah Noorzai", "wnoorzai;"},
      // A legend of logins names its person, whoever read the name; not a name that does not own it.
      {"Shift: Olena Koval\n# Operators: r.tkachuk = Roman Tkachuk (night lead); x.bondar = Roman Tkachuk\nHL-1;r.tkachuk;self",
       "Olena Koval", "r.tkachuk;r.tkachuk;"},
      // (Linking then finds the login's stem as a word of the person.)
      {"Adv. K. Jeyaseelan [kjeyaseelan_law]; kjeyaseelan said", "K. Jeyaseelan", "kjeyaseelan_law;kjeyaseelan;"},
      // One letter and a family name of the person's: a relative's or a
      // namesake's login; an address without its domain is its login.
      {"RO Ihsanullah \"Ihsan\" NOORZAI. Passed to h.noorzai@ and s.noorzai.", "Ihsanullah \"Ihsan\" NOORZAI",
       "h.noorzai;s.noorzai;"},
      {"Ihsanullah Noorzai: ihsanullah.x; noorzai.h", "Ihsanullah Noorzai", ""},  // not the given name, nor reversed
      // One word of the name and another that is no English word.
      {"HODAN ISMAIL WARSAME, F, 27. Exported by hodan.abdikadir; hodan.report", "HODAN ISMAIL WARSAME",
       "hodan.abdikadir;"},
      // One part only, another part not last, an address, a path: none.
      {"Khadar Abtidoon: abtidoon.x, x.y.abtidoon, err.k.abtidoon, k.abtidoon@org.so, /k.abtidoon/",
       "Khadar Abtidoon", ""},
      {"Musab Hamid wrote to www.hamid.musab.sd and file.hamid", "Musab Hamid", ""},
      // Every word of the name glued, digits after them, after a colon.
      {"Sau Hkun Htoi made a sheet; owner account: sauhkunhtoi88. Also: sauhkunhtoi88x, hkunhtoisau1",
       "Sau Hkun Htoi", "sauhkunhtoi88;"},
      // Two initials as a part; an address whose domain is left out, with
      // an initial glued before the family name.
      {"Typed by: Innocent Berinyuy (ib.berinyuy@...) and xb.berinyuy", "Innocent Berinyuy", "ib.berinyuy;"},
      {"Javier Moncada sends it (jmoncada@...); jmoncada@org.es; xmoncada@...", "Javier Moncada", "jmoncada;"},
      {"Point focal : Mariam KON\xC3\x89 (compte Signal \"mkone\"; \"mkoner\")", "Mariam KON\xC3\x89", "mkone;"},
      // Two neighbouring parts of a file's name before its extension.
      {"Derya Aksoy leads. Source file: hatay_cases_w14_derya.aksoy.xlsx; hatay_derya.aksoy", "Derya Aksoy",
       "derya.aksoy;"},
  };
  for (const Row& r : rows) {
    EXPECT_EQ(LinkedAfterPerson(r.text, r.person, /*logins_only=*/true), r.want) << r.text;
  }
  // A name read as two findings, one space apart, owns the login too.
  const std::string two = "exported by user d.mukamana (Mukamana Diane, Protection Asst)";
  Linked l = LinkMentions(two, {Person(two, "Mukamana", 0, 0.6f), Person(two, "Diane", 0, 0.9f)});
  EXPECT_EQ(Render(two, l), "d.mukamana@0 Mukamana@0 Diane@1");
}

// A name glued to its initials in a file name is the person's: initials in
// capitals before the family name, or after the given name; every initial
// of another word of the name.
TEST(LinkTest, NamesGluedToInitialsInFileNames) {
  struct Row {
    const char* text;
    const char* person;  // the PERSON finding at 0.7
    const char* want;    // the findings of "link", ';' after each
  };
  const Row rows[] = {
      {"Lena Brauer typed it. Audio: VK-0917-03_LBrauer.m4a, VK_XBrauer.m4a", "Lena Brauer", "LBrauer;"},
      {"ASSANE, F\xC3\xA1tima Momade. Anexos: NPL-0331_FMAssane_consent.pdf; MMAssane.pdf", "ASSANE, F\xC3\xA1tima Momade",
       "FMAssane;"},
      {"[08:15] Nad\xC3\xA8ge P-L: lis la nan dosye_NadegeP.pdf; NadegeX.pdf", "Nad\xC3\xA8ge P-L", "NadegeP;"},
      {"Mohammad Rahim: photo MRahimX.jpg, MRahimi.jpg, USAid", "Mohammad Rahim", ""},
      // A part of a file's name that is a word of the name in small letters
      // (no English word), or two to four of its words glued.
      {"Abdirahman Cali called. Photos (ceeljaale_0516_abdirahman.zip, cali_report_photos.pdf, abdirahman.note,\n"
       "report_photos.pdf)",
       "Abdirahman Cali", "abdirahman;cali;"},
      {"Witness: Daw Khin Myat Noe. Audio: MGW-031_KhinMyatNoe_x.m4a; KhinMyat.doc; KhinZaw.pdf; KhinMyatNoe",
       "Daw Khin Myat Noe", "KhinMyatNoe;KhinMyat;KhinMyatNoe;"},  // the last one by propagation
      // Two to four of its words glued into a token of their own; not
      // another person's words, a longer token, or McTsegaye (the handle
      // and the path hold it by propagation of the found token).
      {"Rahel Tsegaye spoke. Her brother posts as RahelTsegaye. Also TsegayeRahel, RahelHagos, "
       "RahelTsegaye2, @RahelTsegaye, x/RahelTsegaye, McTsegaye",
       "Rahel Tsegaye", "RahelTsegaye;TsegayeRahel;RahelTsegaye;RahelTsegaye;"},
  };
  for (const Row& r : rows) {
    EXPECT_EQ(LinkedAfterPerson(r.text, r.person, /*logins_only=*/false), r.want) << r.text;
  }
}

// An account found as "@handle" is the same account written without its
// '@', when the handle holds '_', '.' or a digit.
TEST(LinkTest, BareFormsOfAccountHandles) {
  const std::string text = "| 6 | @vova_krm (Volodymyr) |\nTelegram handle vova_krm - ok; @home and home; xvova_krm";
  std::vector<Finding> f = {Finding{6, 15, Kind::kId, "HANDLE", 0.8f, "accounts"},
                            Finding{text.find("@home"), text.find("@home") + 5, Kind::kId, "HANDLE", 0.8f, "accounts"}};
  Linked l = LinkMentions(text, f);
  std::string got;
  for (const Finding& g : l.findings) got += std::string(text.substr(g.begin, g.size())) + "/" + std::string(g.subkind) + ";";
  EXPECT_EQ(got, "@vova_krm/HANDLE;vova_krm/HANDLE;@home/HANDLE;");
}

// A bare form is a whole run of a handle's bytes: digits or a period make a
// handle too; a sentence's period after it is not its own; a run that holds
// the handle and more, or no '_', '.' or digit at all, is none.
TEST(LinkTest, BareFormsOfAccountHandlesTable) {
  struct Row {
    const char* text;  // the first token is the "@" handle the account detector found
    const char* want;  // bare forms found, ';' after each
  };
  const Row rows[] = {
      {"@amina99 wrote; amina99. Then amina99x, xamina99 and amina", "amina99;"},
      {"@r.tkachuk: r.tkachuk, r.tkachuk.ua and r_tkachuk", "r.tkachuk;"},
      {"@jean_77 (jean_77) [jean_77] jean_77_b", "jean_77;jean_77;"},
  };
  for (const Row& r : rows) {
    const std::string text = r.text;
    const size_t end = text.find_first_of(" :");
    Linked l = LinkMentions(text, {Finding{0, end, Kind::kId, "HANDLE", 0.8f, "accounts"}});
    std::string got;
    for (const Finding& g : l.findings) {
      if (g.begin != 0) got += std::string(text.substr(g.begin, g.size())) + ";";
    }
    EXPECT_EQ(got, r.want) << r.text;
  }
}

// The given name that a login or an e-mail address adds to a person's
// family name is that person's wherever it stands capitalised; not a word
// of the name already, nor an English word.
TEST(LinkTest, GivenNamesOfLoginsAndAddresses) {
  struct Row {
    const char* text;
    const char* person;  // the PERSON finding at 0.7
    const char* want;    // the findings, ';' after each
  };
  const Row rows[] = {
      {"Cc: achta.bichara@ngo.org\nbrief the focal point (Ms. Bichara only). Achta, can you? Achtar", "Ms. Bichara",
       "Ms. Bichara;Achta;"},
      {"admin halima.roba and Mrs Roba; Halima said", "Mrs Roba", "halima.roba;Mrs Roba;Halima;"},
      {"Cc: report.bichara@ngo.org\n(Ms. Bichara only). Report", "Ms. Bichara", "Ms. Bichara;"},
      {"Cc: roba.halima@ngo.org\n(Mrs Roba only). Halima left", "Mrs Roba", "Mrs Roba;"},  // given name second
  };
  for (const Row& r : rows) {
    const std::string text = r.text;
    const size_t p = text.find(r.person);
    Linked l = LinkMentions(text, {Finding{p, p + std::string(r.person).size(), Kind::kPerson, "", 0.7f, "t"}});
    std::string got;
    for (const Finding& f : l.findings) got += std::string(text.substr(f.begin, f.size())) + ";";
    EXPECT_EQ(got, r.want) << r.text;
  }
}

// One or two initials right before a linked mention are hidden with it; not
// the end of an abbreviation ("U.S.").
TEST(LinkTest, InitialsBeforeAMentionJoinIt) {
  const std::string text = "Met Sinnathamby Tharmalingam.\n1. S. Tharmalingam - paddy\nP. K. Tharmalingam; U.S. Tharmalingam";
  Linked l = LinkMentions(text, {Person(text, "Sinnathamby Tharmalingam")});
  std::string got;
  for (const Finding& f : l.findings) got += std::string(text.substr(f.begin, f.size())) + ";";
  EXPECT_EQ(got, "Sinnathamby Tharmalingam;S. Tharmalingam;P. K. Tharmalingam;Tharmalingam;");
  // Initials after a mention; not a company's "S.A.", nor a capital that
  // starts a word.
  const std::string after = "Ivan Kozelets. (Kozelets I.S., case 4390); Kozelets O. P. and Kozelets S.A.; Kozelets A.Bc";
  Linked la = LinkMentions(after, {Person(after, "Ivan Kozelets")});
  got.clear();
  for (const Finding& f : la.findings) got += std::string(after.substr(f.begin, f.size())) + ";";
  EXPECT_EQ(got, "Ivan Kozelets;Kozelets I.S.;Kozelets O. P.;Kozelets;Kozelets;");
}

TEST(LinkTest, GenericWordsAreNotPropagated) {
  const std::string text = "Judge Court Omari spoke. The Court agreed with Omari.";
  Linked l = LinkMentions(text, {Finding{6, 17, Kind::kPerson, "", 0.9f, "test"}});
  std::string got;
  for (const Finding& f : l.findings) got += std::string(text.substr(f.begin, f.size())) + ";";
  EXPECT_EQ(got, "Court Omari;Omari;");
}

// A word for a people, a nationality or a faith that a mention holds ("Afghan
// Hamdullah Mohib", read whole as a person) names a group where it stands
// alone ("the Afghan team"); the other words of the mention are propagated.
TEST(LinkTest, GroupWordsAreNotPropagated) {
  struct Row {
    const char* text;
    const char* person;  // the PERSON reading
    const char* want;    // the PERSON findings after linking, ';' after each
  };
  const Row rows[] = {
      {"Afghan Hamdullah Mohib spoke. The Afghan team thanked Mohib.", "Afghan Hamdullah Mohib",
       "Afghan Hamdullah Mohib;Mohib;"},
      {"Fulani Bello Adamu came; Fulani herders met Adamu.", "Fulani Bello Adamu", "Fulani Bello Adamu;Adamu;"},
      // A family name that is also a nationality's word ("German") is a name.
      {"Karl German spoke. German said no.", "Karl German", "Karl German;German;"},
  };
  for (const Row& r : rows) {
    const std::string text = r.text;
    const size_t b = text.find(r.person);
    ASSERT_NE(b, std::string::npos) << r.text;
    Linked l = LinkMentions(text, {Finding{b, b + std::string_view(r.person).size(), Kind::kPerson, "", 0.9f, "test"}});
    std::string got;
    for (const Finding& f : l.findings) {
      if (f.kind == Kind::kPerson) got += std::string(text.substr(f.begin, f.size())) + ";";
    }
    EXPECT_EQ(got, r.want) << r.text;
  }
}

// Words a mention holds that name a place or an office alone are not
// propagated: an abbreviation of an office after a name ("Drasiku OPM");
// a town of the gazetteer after a name that the text reads as a place
// ("Abdalla Kapoeta" beside "Kapoeta market"); a word of an entity no
// mention of which is sure of a person, read surely as a place in its
// context elsewhere ("Manager - Hodeidah" at 0.45 beside "in Hodeidah
// city"). A sure person's word is propagated all the same.
TEST(LinkTest, WordsThatNameAPlaceOrAnOfficeAreNotPropagated) {
  struct Row {
    const char* text;
    const char* person;
    float confidence;
    const char* place;  // a LOC reading (0.69) of its first occurrence after the person, or ""
    const char* want;
  };
  const Row rows[] = {
      {"Drasiku OPM: ok. OPM officer says no. Drasiku left.", "Drasiku OPM", 0.7f, "", "Drasiku OPM;Drasiku;"},
      {"ONG Wei Ming came. Ong left.", "ONG Wei Ming", 0.7f, "", "ONG Wei Ming;Ong;"},
      {"trader Abdalla Kapoeta. Parts in Kapoeta market. Abdalla paid.", "Abdalla Kapoeta", 0.77f, "Kapoeta",
       "Abdalla Kapoeta;Abdalla;"},
      {"trader Abdalla Kapoeta. Kapoeta said no.", "Abdalla Kapoeta", 0.77f, "", "Abdalla Kapoeta;Kapoeta;"},
      {"Area Manager - Hodeidah\nback in Hodeidah city. Hodeidah office.", "Manager - Hodeidah", 0.45f, "Hodeidah",
       "Manager - Hodeidah;"},
      {"Area Manager - Hodeidah\nback in Hodeidah city. Hodeidah office.", "Manager - Hodeidah", 0.6f, "Hodeidah",
       "Manager - Hodeidah;Hodeidah;Hodeidah;"},
      {"Tabke Shogo leads.\nTabke's group left. Tabke says no.", "Tabke Shogo", 0.45f, "Tabke",
       "Tabke Shogo;Tabke;Tabke;"},  // "Tabke's group" confirms no place
  };
  for (const Row& r : rows) {
    const std::string text = r.text;
    const size_t p = text.find(r.person);
    std::vector<Finding> f = {
        Finding{p, p + std::string_view(r.person).size(), Kind::kPerson, "", r.confidence, "t"}};
    if (*r.place != '\0') {
      const size_t q = text.find(r.place, p + 1 + std::string_view(r.person).size() - std::string_view(r.place).size());
      f.push_back(Finding{q, q + std::string_view(r.place).size(), Kind::kLoc, "", 0.69f, "t"});
    }
    LinkOptions options;
    options.min_confidence = 0.3f;
    Linked l = LinkMentions(text, f, options);
    std::string got;
    for (const Finding& x : l.findings) {
      if (x.kind == Kind::kPerson) got += std::string(text.substr(x.begin, x.size())) + ";";
    }
    EXPECT_EQ(got, r.want) << r.text;
  }
}

// A place prefix starts a place's name: "Fort" is not propagated, and a
// person's word after one ("Fort Lee", "Mount Karimi") names the place there.
// Elsewhere the word is still found, in any case, also after a lower-case
// "fort" or a prefix followed by more than one space.
TEST(LinkTest, PlacePrefixesAndTheWordsAfterThemAreNotPropagated) {
  const std::string text =
      "Jack Alter Fort Lee spoke. Fort Lee is a city; Lee left Fort Lee. Mount Karimi, Sara Karimi, CAMP Karimi, "
      "a fort Lee, Fort  Lee, the Fort, Lake Lee, Kec. Lee.";
  Linked l = LinkMentions(text, {Person(text, "Jack Alter Fort Lee"), Person(text, "Sara Karimi")});
  EXPECT_EQ(Render(text, l), "Jack Alter Fort Lee@0 Lee@0 Sara Karimi@1 Lee@0 Lee@0");
}

// Words before an office word qualify the office: "Afghan" of "Afghan
// Ambassador Hamdullah Mohib" is not propagated, "Mohib" is, and the entity
// still takes "Ambassador Mohib". Personal titles inside a name cut nothing
// ("Ahmad Sayed Zia" keeps "Ahmad"), nor does an office word that ends the
// mention ("Martin Luther King").
TEST(LinkTest, WordsBeforeAnOfficeAreNotNameWords) {
  const std::string text =
      "Afghan Ambassador Hamdullah Mohib met Ahmad Sayed Zia and Martin Luther King. The Afghan team cheered; "
      "Ambassador Mohib, Ahmad, Luther and Environment Minister John Baird spoke. Environment and Baird.";
  Linked l = LinkMentions(text, {Person(text, "Afghan Ambassador Hamdullah Mohib"), Person(text, "Ahmad Sayed Zia"),
                                 Person(text, "Martin Luther King"), Person(text, "Ambassador Mohib"),
                                 Person(text, "Environment Minister John Baird")});
  EXPECT_EQ(Render(text, l),
            "Afghan Ambassador Hamdullah Mohib@0 Ahmad Sayed Zia@1 Martin Luther King@2 Ambassador Mohib@0 Ahmad@1 "
            "Luther@2 Environment Minister John Baird@3 Baird@3");
}

// ORGANISATION PROPAGATION: "kind:text:detector" of every finding, in order.
std::string RenderKinds(std::string_view text, const Linked& l) {
  std::string out;
  for (const Finding& f : l.findings) {
    if (!out.empty()) out += ' ';
    out += std::string(KindName(f.kind)) + ":" + std::string(text.substr(f.begin, f.size())) + ":" +
           std::string(f.detector);
  }
  return out;
}

TEST(LinkTest, ConfidentOrganisationsArePropagatedWholeWord) {
  const std::string text =
      "The Herat Appeals Board heard him. Later the Herat Appeals Board, not the Herat Appeals Boards, "
      "and the Herat Appeals Board of Farah met in Herat.";
  auto at = [&](std::string_view what, Kind kind, float c, size_t from = 0) {
    size_t b = text.find(what, from);
    EXPECT_NE(b, std::string::npos) << what;
    return Finding{b, b + what.size(), kind, "", c, "test"};
  };
  struct Case {
    std::string name;
    std::vector<Finding> findings;
    bool propagate;
    std::string want;
  } cases[] = {
      {"confident: every whole-word copy, not inside a longer word",
       {at("Herat Appeals Board", Kind::kOrg, 0.8f)},
       true,
       "ORG:Herat Appeals Board:test ORG:Herat Appeals Board:link ORG:Herat Appeals Board:link"},
      {"a copy inside another finding is left",
       {at("Herat Appeals Board", Kind::kOrg, 0.8f), at("Herat Appeals Board of Farah", Kind::kOrg, 0.7f)},
       true,
       "ORG:Herat Appeals Board:test ORG:Herat Appeals Board:link ORG:Herat Appeals Board of Farah:test"},
      {"a weak candidate is not copied", {at("Herat Appeals Board", Kind::kOrg, 0.3f)}, true,
       "ORG:Herat Appeals Board:test"},
      {"places are not copied", {at("Herat", Kind::kLoc, 0.9f)}, true, "LOC:Herat:test"},
      {"off", {at("Herat Appeals Board", Kind::kOrg, 0.8f)}, false, "ORG:Herat Appeals Board:test"},
  };
  for (const Case& c : cases) {
    LinkOptions options;
    options.propagate_org = c.propagate;
    options.org_min_confidence = 0.5f;
    EXPECT_EQ(RenderKinds(text, LinkMentions(text, c.findings, options)), c.want) << c.name;
  }
}

// The organisation pass sees the persons the person pass added: a copy of an
// ORG name that became a PERSON mention is not copied as ORG too.
TEST(LinkTest, OrganisationsAreNotCopiedOverPropagatedPersons) {
  const std::string text = "Sara Karimi met us. Karimi was closed. Later Karimi-Zadeh and Karimi reopened.";
  const size_t org = text.find("Karimi was");
  const std::vector<Finding> findings = {Finding{0, 11, Kind::kPerson, "", 0.9f, "test"},
                                         Finding{org, org + 6, Kind::kOrg, "", 0.8f, "test"}};
  LinkOptions options;
  options.propagate_org = true;
  options.org_min_confidence = 0.5f;
  // The person's name is copied over the ORG reading too (Decide acts on the
  // stricter of the two); the organisation is not copied over the persons.
  EXPECT_EQ(RenderKinds(text, LinkMentions(text, findings, options)),
            "PERSON:Sara Karimi:test PERSON:Karimi:link ORG:Karimi:test ORG:Karimi:link PERSON:Karimi:link");
  options.propagate = false;  // no person pass: nothing keeps the organisation from the later mentions
  EXPECT_EQ(RenderKinds(text, LinkMentions(text, findings, options)),
            "PERSON:Sara Karimi:test ORG:Karimi:test ORG:Karimi:link ORG:Karimi:link");
}

// A mention that another finding covers gets the person's name all the same
// unless a linked PERSON finding covers it: a place or organisation reading
// may be kept by the policy, and a reading below its threshold is ignored, so
// either would leave the name in the clear beside its hidden mention.
TEST(LinkTest, PropagatesOverOtherReadingsOfTheName) {
  const std::string text = "Mohammad Nabi Omari left. Omari came back. Then Omari rested. Omari again.";
  const size_t second = text.find("Omari came"), third = text.find("Omari rested"), fourth = text.find("Omari again");
  struct Case {
    const char* name;
    Finding other;
    const char* want;
  } cases[] = {
      {"a place reading", Finding{second, second + 5, Kind::kLoc, "", 0.6f, "test"},
       "PERSON:Mohammad Nabi Omari:test PERSON:Omari:link LOC:Omari:test PERSON:Omari:link PERSON:Omari:link"},
      {"a weak place candidate", Finding{second, second + 5, Kind::kLoc, "", 0.1f, "test"},
       "PERSON:Mohammad Nabi Omari:test PERSON:Omari:link LOC:Omari:test PERSON:Omari:link PERSON:Omari:link"},
      {"a person candidate below the threshold", Finding{third, third + 5, Kind::kPerson, "", 0.2f, "test"},
       "PERSON:Mohammad Nabi Omari:test PERSON:Omari:link PERSON:Omari:test PERSON:Omari:link PERSON:Omari:link"},
      {"a linked person mention", Finding{fourth, fourth + 5, Kind::kPerson, "", 0.8f, "test"},
       "PERSON:Mohammad Nabi Omari:test PERSON:Omari:link PERSON:Omari:link PERSON:Omari:test"},
  };
  for (const Case& c : cases) {
    const std::vector<Finding> findings = {Finding{0, 19, Kind::kPerson, "", 0.9f, "test"}, c.other};
    EXPECT_EQ(RenderKinds(text, LinkMentions(text, findings)), c.want) << c.name;
  }
}

// A town, state or country of the gazetteers that the document reads as a
// place or an organisation at more of its sites than as a person is not
// propagated to the sites where nothing reads a person ("Governor of
// Virginia" beside one "Virginia" read as a person); a name no gazetteer
// holds is, and so is the town where the person readings are as many, or
// where a site has a person reading of its own.
TEST(LinkTest, TownsReadMoreOftenAsPlacesAreNotPropagatedWhereNoOneIsRead) {
  struct Row {
    const char* name;
    const char* word;
    std::vector<std::pair<int, Finding>> readings;  // (site of the word, reading there; its span is set below)
    const char* want;
  };
  const Finding person{0, 0, Kind::kPerson, "", 0.7f, "test"};
  const Finding unlinked_person{0, 0, Kind::kPerson, "", 0.2f, "test"};
  const Finding place{0, 0, Kind::kLoc, "", 0.6f, "test"};
  const Finding organisation{0, 0, Kind::kOrg, "", 0.5f, "test"};
  const Row rows[] = {
      {"a town read as a place twice", "Kapoeta", {{0, person}, {1, place}, {2, place}}, "PERSON:Kapoeta:test"},
      {"a town read as a place and an organisation", "Kapoeta", {{0, person}, {1, place}, {2, organisation}},
       "PERSON:Kapoeta:test"},
      // places.txt holds states and countries whatever the name lexicons
      // hold: "Virginia" and "Sweden" are given names there too.
      {"a state that is also a given name", "Virginia", {{0, person}, {1, place}, {2, place}},
       "PERSON:Virginia:test"},
      {"a country", "Sweden", {{0, person}, {1, place}, {2, organisation}}, "PERSON:Sweden:test"},
      {"a name no gazetteer holds", "Bakuzi", {{0, person}, {1, place}, {2, place}},
       "PERSON:Bakuzi:test PERSON:Bakuzi:link PERSON:Bakuzi:link PERSON:Bakuzi:link PERSON:Bakuzi:link"},
      {"as many person readings", "Kapoeta", {{0, person}, {1, person}, {2, place}, {3, place}},
       "PERSON:Kapoeta:test PERSON:Kapoeta:test PERSON:Kapoeta:link PERSON:Kapoeta:link PERSON:Kapoeta:link"},
      {"a person reading below the threshold at a site", "Kapoeta",
       {{0, person}, {1, place}, {2, place}, {3, place}, {4, unlinked_person}},
       "PERSON:Kapoeta:test PERSON:Kapoeta:test PERSON:Kapoeta:link"},
  };
  for (const Row& r : rows) {
    const std::string w = r.word;
    const std::string text = w + " said the road was open. Trucks left " + w + " at dawn. The " + w +
                             " market reopened. Later " + w + " is calm. " + w + " again.";
    std::vector<size_t> sites;
    for (size_t at = text.find(w); at != std::string::npos; at = text.find(w, at + 1)) sites.push_back(at);
    ASSERT_EQ(sites.size(), 5u);
    std::vector<Finding> findings;
    for (const auto& [site, reading] : r.readings) {
      Finding f = reading;
      f.begin = sites[site];
      f.end = sites[site] + w.size();
      findings.push_back(f);
    }
    LinkOptions options;
    options.min_confidence = 0.3f;
    const Linked l = LinkMentions(text, findings, options);
    std::string got;
    for (const Finding& f : l.findings) {
      if (f.kind != Kind::kPerson) continue;
      if (!got.empty()) got += ' ';
      got += "PERSON:" + std::string(text.substr(f.begin, f.size())) + ":" + std::string(f.detector);
    }
    EXPECT_EQ(got, r.want) << r.name;
  }
}

}  // namespace
}  // namespace tearline

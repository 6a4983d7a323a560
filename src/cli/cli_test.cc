// End-to-end tests of the tearline command line, run in-process through RunCli.
// Golden files live in tests/golden/; set TEARLINE_UPDATE_GOLDEN=1 to rewrite them.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <sstream>

#include "cli_test_util.h"
#include "commands.h"
#include "tearline/cli.h"
#include "tearline/file.h"

namespace tearline {
namespace {
namespace fs = std::filesystem;

using testing::Cli;
using testing::CliRun;
using testing::ExpectGolden;
using testing::Slurp;

// Values in the example report that must never reach a liaison output, a
// report or an error message.
const char* const kSecrets[] = {"Omari",     "Zazai",          "123 4567", "0799 123 456", "1400-0102-34567",
                                "g.zazai@",  "34.4287",        "70.4521",  "12345 67890",  "P01234567",
                                "555-0143", "KESTREL",        "Wahidullah"};

void ExpectNoSecrets(const std::string& text, const std::string& what) {
  for (const char* s : kSecrets) EXPECT_EQ(text.find(s), std::string::npos) << what << " contains " << s;
}

class CliTest : public testing::CliFixture {
 protected:
  void FixedKey(const std::string& recipient) { CliFixture::FixedKey(recipient, "a5"); }

  // Writes a policy that redacts persons and keeps places, organisations,
  // dates, DEM and quantities, its leak check blocking persons from 0.3; its
  // path.
  std::string PersonsPolicy() {
    return Write("persons.toml",
                 "recipient = \"partner\"\n[actions]\nPERSON = \"redact\"\nLOC = \"keep\"\n"
                 "ORG = \"keep\"\nDATE = \"keep\"\nDEM = \"keep\"\nQUANTITY = \"keep\"\n"
                 "[verify]\nblock = [\"PERSON\", \"PROTECTED\"]\nthreshold = 0.3\n");
  }

  // Releases tests/inputs/<name> under a policy that redacts persons and keeps
  // places, organisations, dates, DEM and quantities; the released text.
  std::string ReleaseUnderPersonsPolicy(const std::string& name) {
    const std::string input = std::string(TEARLINE_SOURCE_DIR) + "/tests/inputs/" + name;
    CliRun r = Cli({"release", input, "--policy", PersonsPolicy(), "-o", P("out.txt"), "--home", home_});
    EXPECT_EQ(r.code, 0) << r.err;
    return r.code == 0 ? Slurp(P("out.txt")) : std::string();
  }

  // Releases tests/inputs/<name> under the persons policy and expects the
  // output to equal tests/golden/<golden>, to hold none of `hidden` and
  // every one of `kept`.
  void ExpectPersonsRelease(const std::string& name, const std::string& golden,
                            std::initializer_list<const char*> hidden, std::initializer_list<const char*> kept) {
    const std::string out = ReleaseUnderPersonsPolicy(name);
    if (HasFailure()) return;
    ExpectGolden(out, golden);
    for (const char* h : hidden) EXPECT_EQ(out.find(h), std::string::npos) << h;
    for (const char* k : kept) EXPECT_NE(out.find(k), std::string::npos) << k;
  }
};

const std::string kReport = std::string(TEARLINE_SOURCE_DIR) + "/examples/threat-report.txt";
const std::string kLiaison = std::string(TEARLINE_SOURCE_DIR) + "/examples/policies/liaison.toml";
const std::string kAllied = std::string(TEARLINE_SOURCE_DIR) + "/examples/policies/allied.toml";

TEST_F(CliTest, ReleaseToLiaisonMatchesGolden) {
  CliRun r = Cli({"release", kReport, "--policy", kLiaison, "-o", P("out.txt"), "--report", P("report.json")});
  ASSERT_EQ(r.code, 0) << r.err;
  ExpectGolden(Slurp(P("out.txt")), "threat-report.liaison.txt");
  ExpectNoSecrets(Slurp(P("out.txt")), "liaison output");
  ExpectNoSecrets(Slurp(P("report.json")), "report");
  ExpectNoSecrets(r.out + r.err, "console");
  EXPECT_NE(r.out.find("released"), std::string::npos);
  struct stat st;
  ASSERT_EQ(::stat(P("out.txt").c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
}

TEST_F(CliTest, ReleaseToAlliedMatchesGoldenAndIsDeterministic) {
  FixedKey("allied-service");
  for (const char* name : {"a.txt", "b.txt"}) {
    CliRun r = Cli({"release", kReport, "--policy", kAllied, "-o", P(name), "--home", home_});
    ASSERT_EQ(r.code, 0) << r.err;
  }
  EXPECT_EQ(Slurp(P("a.txt")), Slurp(P("b.txt")));
  ExpectGolden(Slurp(P("a.txt")), "threat-report.allied.txt");
}

// --timings adds two lines to standard error, naming every stage and every
// detector of the engine, and changes nothing else.
TEST_F(CliTest, ReleaseTimingsNameEveryStageAndDetector) {
  CliRun r = Cli({"release", kReport, "--policy", kLiaison, "-o", P("out.txt"), "--timings"});
  ASSERT_EQ(r.code, 0) << r.err;
  ExpectGolden(Slurp(P("out.txt")), "threat-report.liaison.txt");
  ExpectNoSecrets(r.out + r.err, "console");
  for (const char* stage : {"timings: engine ", " ms; release of ", "detect ", "resolve ", "transform ",
                            "leak check ", "(1 scans)", "timings by detector:"}) {
    EXPECT_NE(r.err.find(stage), std::string::npos) << stage << " in " << r.err;
  }
  for (const char* id : {"patterns", "script", "tagger", "quasi", "titles", "relations", "regional", "citations"}) {
    EXPECT_NE(r.err.find(std::string(" ") + id + " "), std::string::npos) << id << " in " << r.err;
  }
  const std::string evacuees = std::string(TEARLINE_SOURCE_DIR) + "/examples/evacuees.csv";
  const std::string records_policy = std::string(TEARLINE_SOURCE_DIR) + "/examples/policies/evacuees-partner.toml";
  CliRun records = Cli({"release", evacuees, "--policy", records_policy, "-o", P("rows.csv"), "--timings"});
  EXPECT_EQ(records.code, 2) << records.err;
  EXPECT_NE(records.err.find("--timings applies to document releases"), std::string::npos) << records.err;
  EXPECT_FALSE(fs::exists(P("rows.csv")));
}

// Names written surname first (written for this test): a contact list whose
// last name the tagger reads as two places, a surname and given name after a
// label, and the part of a double-barrelled name standing alone.
TEST_F(CliTest, InvertedAndDoubleBarrelledNamesAreHidden) {
  ExpectPersonsRelease(
      "inverted-names.txt", "inverted-names.partner.txt",
      {"Oyelami", "Brandt", "Kusova", "Haidari", "Fatima", "Stanekzai", "Gul Ahmad", "Treksa", "Himtae", "Okwuosa",
       "Chidubem", "Vashti", "Orsolya", "Mabior"},
      {"KUNDUZ PROVINCE", "Aqtepa village", "treated in Kunduz", "Contacts in Kunduz:", "12 March",
       "Field Security Assistant", "aged 45", "teacher from Aqtepa"});
}

// Records and contacts (written for this test): records whose fields ';' or
// '|' join, in a sentence and pasted as lines; a name in apposition to a
// role that the tagger reads weakly; a name of three letters in a list of
// attendees; the names before phone numbers, one read as a place; a name
// glued into a handle.
TEST_F(CliTest, RecordsAndContactsAreHidden) {
  ExpectPersonsRelease(
      "records-and-contacts.txt", "records-and-contacts.partner.txt",
      {"Oduya", "Nafiseh", "Bamidele", "Tunde", "Kovacs", "Irena", "Tembo", "Chanda", "Osei", "Bonsu", "Kwabena",
       "Wairimu", "Okonkwo", "Ibe", "Eze", "Kamau", "Uzo", "Juma", "Rahel", "Tsegaye"},
      {"Mbita pier", "52;F", "|M|31", "~60;M", "the driver", "(WFP)", "(UNICEF)", "Uncle ", "Police Station Mbita",
       "posts as "});
}

// Names that a label, an e-mail's header, a plural word for relatives or a
// coordinated name says are persons, and a line of contacts (written for
// this test): a1d99a9 released nine of the names and both phone numbers
// under this policy, its leak check at 0.3 passing them (the tagger read the
// names as places or not at all); the villages under their own label (whose
// "men" would name persons), the vehicles' models (their plates are IDs) and the days stay.
TEST_F(CliTest, NamesUnderLabelsAndBesideRelativesAreHidden) {
  ExpectPersonsRelease(
      "barrier-report.txt", "barrier-report.partner.txt",
      {"Chepkoech", "Chepkwony", "Lokwawi", "Ekai", "Jeruto", "Kiprop", "Nangiro", "Otieno", "Wafula", "Lomuria",
       "Ekuam", "Nasieku", "Ouoba", "Yameogo", "70 12 34 56", "76 54 32 10", "Nadunga", "Lokiru"},
      {"Villages named by the men:\nKalokol\nLorengo\n", "(brothers)", "(driver)", "Kakuma", "Land Cruiser [REDACTED]",
       "Tuesday, Friday", "Contacts : ", "(both at the post", "Kalokol at dawn"});
}

// Names marked as persons' by what is said of them, and labels for one
// person (written for this test): 9c42843 released eleven of the names under
// this policy (Lotee, Esekon, Lopeyok, Apua, Nachuchu, Loteleng, Ekidor,
// Ebenyo, Ayanae, Lokemer, Ekiru; the tagger read most as places or not at
// all), its leak check at 0.3 passing them. The places beside the same
// verbs, the group after "by", the elders and the village "called" stay.
TEST_F(CliTest, NamesMarkedByWhatIsSaidOfThemAreHidden) {
  ExpectPersonsRelease(
      "incident-chronology.txt", "incident-chronology.partner.txt",
      {"Lotee", "Ewoton", "Esekon", "Ekal", "Lopeyok", "Nawoi", "Lokol", "Apua", "Akuwam", "Nachuchu", "Emuria",
       "Lomuria", "Ngasike", "Loteleng", "Ekidor", "Ebenyo", "Lokaale", "Ayanae", "Lokemer", "Ekiru", "Amojong"},
      {"left Lodwar base", "south of Kapedo", "Lokori clinic. The clinic was attacked", "blocked by Turkana raiders",
       "Elders in Lokori said", "(reliable)", "Copy, ", "Mobile 2: Soldiers", "road to Nanam",
       "visited Kakuma and reached Lokori", "village called Lokiriama", "to Lokichar"});
}

// A transcript, a movement plan and chat messages (written for this test):
// names in apposition to a role that the tagger reads as weak places, after
// a contact label, and signing a message after a dash; the transcript's role
// labels, the places and the listed agencies stay. The commit before this
// test's blocked the release (a weak reading of "Shiyar" reached the leak
// check) and hid "INT" and "Médecins Sans Frontières".
TEST_F(CliTest, TranscriptRolesContactsAndSignOffsAreRead) {
  ExpectPersonsRelease(
      "transcript-and-messages.txt", "transcript-and-messages.partner.txt",
      {"Hassan", "Nour", "Jwan", "Dilovan", "Shiyar", "Halake", "Khudaida", "Shilan", "SM\n"},
      {"INT: When", "RESP: In October", "Tal Abyad", "Hasakah", "Contact at Liboi: ",
       "M\xC3\xA9" "decins Sans Fronti\xC3\xA8res runs", "the Red Cross office", "kids ok. \xE2\x80\x93 "});
}

// A ward log, minutes, a pasted CSV sheet and contacts (written for this
// test): names after plural roles ("nurses"), a Burmese name opened by
// "Maung", attendees' initials, a name after "male, called", phone numbers
// between a CSV row's commas, a contact written family name first; the
// labels opened by ordinary words ("Foster carer:", "Community watch") and
// the towns after a role between commas stay. 9c4b360 blocked the release
// (weak readings of "Foster" and of a nurse's name reached the leak check).
TEST_F(CliTest, WardLogMinutesAndPastedSheetAreRead) {
  ExpectPersonsRelease(
      "ward-and-roster.txt", "ward-and-roster.partner.txt",
      {"Walaa", "Khin Lay", "Maung", "TM", "KZ", "Ko-Nyein", "Nang Seng", "0942 555 0181", "0977 555 0164",
       "Siobhan", "O'Connell", "Aye Myint"},
      {"Community watch (", "Foster carer: ", "detained teachers, Hpa-an.", "caseworker, Kyauktaw", "Absent: ",
       ", EU\n", ",Pauktaw,Sittwe", "a boat owner"});
}

// A relocation note (written for this test): a table of households with
// phones in a column, numbers written as Senegal, France and Switzerland
// write them, street addresses in four shapes, a flat, refugee, ration
// and case numbers after their labels, a Turkish lawyer's "Av." and a name
// cut by a line break after an apposition; the market, the quarters, the
// dates and a road named after a year stay.
TEST_F(CliTest, AddressesPhonesAndCodesOfARelocationNote) {
  ExpectPersonsRelease(
      "addresses-and-numbers.txt", "addresses-and-numbers.partner.txt",
      {"77 214 08 63", "70 448 12 05", "78 115 62 40", "06 72 18 33 91", "079 412 55 06", "rue Blanchot", "apt 2",
       "Jean Mermoz 41", "Ababacar Sy 12", "Lausanne 64", "2210-48Q-0317", "00518834", "845-00221187", "Deniz",
       "Ousseynou", "Diagne", "Awa Thiam"},
      {"Keur Momar Sarr market", "| 5 | Pikine |", "Guet Ndar", ", Saint-Louis;", ", Louga.", "4 December",
       "In 2019 Ring Road", "refugee card [", "The family's lawyer, Av. ["});
}

// Numbers written again without their labels, identity cards and phones of
// Colombia, Venezuela, Mali and Myanmar, dot-leader contact lists, names
// before Dari honorifics, a pasted record (written for this test): every
// number and name hidden, wherever it stands; the keys, the vehicle, the
// places kept.
TEST_F(CliTest, RepeatedNumbersAndForeignIdentityCardsAreHidden) {
  ExpectPersonsRelease(
      "repeated-numbers.txt", "repeated-numbers.partner.txt",
      {"KRB-7713-42", "0712 448 903", "0712448903", "Ahmad", "sher", "72 50 18 44", "66 98 76 54", "1.093.417.226",
       "V-21.554.318", "315 446 2871", "607 583 1149", "071-MOP-3381025", "00223 76 41 22 58", "204117",
       "1402-0611-58823", "Karima", "Tom", "Lena", "Rustam", "Marleny", "Ofelia", "Hamadoun", "Khin Mar"},
      {"Hi [", "Toyota Hilux", "les Blancs", "\"tazkira_no\"", "same tazkira as", "Cúcuta", "Mopti", "Yangon",
       "4 March", " jan, the neighbour", " agha, the one"});
}

// A household register with short case codes, identity cards under a
// "Pièce" heading, escorts' IDs beside their names, phones in parentheses
// after names, other spellings of a name, plates after a model's name,
// a cédula after "CC" (written for this test): 44c7f01 released the codes,
// the cards, the IDs, both phones, the spellings, one plate and the
// cédula with the leak check off; the places, the relations and the
// vehicles' models stay.
TEST_F(CliTest, HouseholdCodesCardsAndNumbersBesideNamesAreHidden) {
  ExpectPersonsRelease(
      "household-registers.txt", "household-registers.partner.txt",
      {"KB-0731", "KB-0744", "5520418", "6613097", "204881736", "311907254", "70 63 18 42", "0755128841", "Khidher",
       "Khdhir", "7702218", "KDG 441 XY", "AB-55120", "1.064.221.903", "Habibou", "Odile", "Xidir", "Marta Ipia"},
      {"Kaya transit site", "(sister) [", "(son) [", "Land Cruiser [", "for Niamey", "CNIB B [", "| CM, veuve  |",
       "(her own line)", "convoy to Ouagadougou"});
}

// Street and door numbers, tents, rooms and flats; file references made of
// capitals, one after a phone's field in a CSV row; a Dominican cédula, an
// Aadhaar, a case "of" its year, an FIR; plates of Pakistan and Sri Lanka;
// numbers beside names after a comma, a space or a dash; Kyrgyz PIN and
// CONTACTO columns; a name before "aga", initials after "Note-taker:", a
// name in small letters after "called" (written for this test): fabcdaa
// released 22 of the 24 listed here with the leak check off (not the flat
// in Tbilisi nor the phone under CONTACTO); the towns, the quarters, the
// hotel and the sums stay.
TEST_F(CliTest, StreetDoorsFileCodesAndNamesBesideNumbersAreHidden) {
  ExpectPersonsRelease(
      "addresses-and-codes.txt", "addresses-and-codes.partner.txt",
      {"porte 37", "porte 118", "casa 27", "house 27/3", "tent 22", "Room 312", "Rustaveli St. 9", "GRV-JUB-2024-07",
       "SSD/JUB/0417", "COI-BL-3318/24", "023-0291473-6", "4821 7730 1952", "1940 of 2022", "27/2024", "QAB-7732",
       "NP PD-4417", "3142208871", "987 120 455", "19001033170", "11203197400418", "0555 412 907", "Asylbek", "HG",
       "emeka"},
      {"quartier Chateau", "secteur 5, [", "bloque C", "Al-Mansour", "Adre extension", "Hotel Kanem", "Tbilisi",
       "Kothibagh station", "aga near the mosque", "1500 dollars"});
}

// Homes placed by landmarks and door colours in English and French, a
// classroom where children sleep, a register whose header is prose, a phone
// after "Name:" with a note, a PhilHealth number (written for this test):
// a9fe05b released 11 of the 14 listed here with the leak check off. The
// road, the school, the towns, the counts and the date stay, and so do "the
// market after the meeting" and "the house behind us".
TEST_F(CliTest, LandmarkHomesAndRegisterNumbersAreHidden) {
  ExpectPersonsRelease(
      "landmarks-and-registers.txt", "landmarks-and-registers.partner.txt",
      {"third house after the pharmacy", "house with green door", "house behind the Kivu Star Lodge",
       "gate painted yellow", "maison en face du forage", "porte bleue", "classroom 6B", "PA0412893", "CD7730192",
       "734 662 018", "12-050436781-2", "24RE01877", "Mireille", "Josu\xC3\xA9"},
      {"Sake road", "primary school in Bulengo", "Nyiragongo", "Rutshuru", "market after the meeting",
       "the house behind us", "1 250 families", "12 March 2024", "Masisi"});
}

// Farms and homes described before their landmark, Iraqi quarters either
// way round, a camp's sector-block-shelter code and row, Timorese and
// Philippine homes, a ';' export whose notes hold a ';', a space-aligned
// register with spreadsheet apostrophes and short tent codes (named again in
// prose), a number in scientific notation, an export's account id, a
// trunk-coded phone, a police book by year, the halves of a position on two
// lines (written for this test): 1803cbf released 16 of the 20 listed here
// with the leak check off. The community hall, the town, the counts and the
// date stay.
TEST_F(CliTest, FarmsQuartersAndCampCodesAreHidden) {
  ExpectPersonsRelease(
      "farms-quarters-and-camp-codes.txt", "farms-quarters-and-camp-codes.partner.txt",
      {"finca La Gaviota", "casa de dos pisos al lado de la escuela", "\xC3\xBAltima casa antes del puente",
       "Mahalla 214", "S3-B12-071", "row C, no. 19", "uma n. 8", "Purok 3", "10957788124", "D4-117", "D4-118",
       "1.98311E+11", "user6620194471", "8 (343) 255-19-07", "OB 204/2024", "34\xC2\xB0" "12'08", "012\xC2\xB0" "41'55",
       "Yuleidy", "Dairon", "3124471185"},
      {"casa comunal junto a la iglesia", "vereda Las Palmas", "main clinic of Camp 9", "2 300 households",
       "Tib\xC3\xBA", "14 May 2024", "Rumbek police", "threatened; moved twice"});
}

// Camp zones and blocks, Dadaab's and Nyarugusu's codes, a cedula, an M-Pesa
// code, a phone after a word of kin, a Sudanese square and house, an Iranian
// house number, spellings after " / " and "is also written", word names after
// a word of address in a chat, a child with an age in parentheses (written
// for this test; 8d33803 released 12 of these 16 strings): hidden; the zone's
// clinic, the count, the town and the date stay.
TEST_F(CliTest, CampsChatsAndSpellingsAreHidden) {
  ExpectPersonsRelease(
      "camps-chats-and-spellings.txt", "camps-chats-and-spellings.partner.txt",
      {"Zone 4, Block 11", "Z2 B7 P109", "Ifo 2 / E / 11", "Z10/V4/Pl.118", "0704418293-1", "QKR4T7ZP2M",
       "711 256 093", "murabba 9 beit 412", "Hasanova", "Pelak 32", "Qasemzadeh", "madam joy", "mama grace",
       "Aso", "Lokiru", "Ghasemzadeh"},
      {"main clinic of Zone 4", "1 450 households", "Omdurman", "9 March 2026", "Tehran", "Nyarugusu"});
}

// A column of plates, degrees and decimal minutes, a vehicle identification
// number, a Congolese plate, Spanish ages after "de", s/o and d/o, a second
// parent after "et de", "the Momba sisters", a nickname between given and
// family names, a file code, a US
// alien number, a door and its quarter, a tent in Portuguese, Telegram
// senders (written for this test; e6f9d49 released 8 of these 21 strings):
// hidden; the town, the market, the count and the date stay.
TEST_F(CliTest, PlatesAgesAndSendersAreHidden) {
  ExpectPersonsRelease(
      "plates-ages-and-senders.txt", "plates-ages-and-senders.partner.txt",
      {"BN 2217 A", "SL 4-2290", "N01\xC2\xB0" "46.118", "LBPKE1306M0019472", "4471AF05", "Dereck", "Kimberly",
       "Josu\xC3\xA9", "Soslan", "Madina", "Mave Ndjango", "Momba", "Keti", "Gogua", "TAP-24-0051937",
       "219 554 870", "Ngongolio", "tenda C-42", "Hasmik", "Luiza"},
      {"market of Bunia", "31 people", "Goris", "14 April 2026", "church shelter"});
}

// Names standing alone in plain sentences of a report (written for this test):
// the tagger reads several of them as no name at all; the role-word and
// regional name rules must hide every one, and keep the places and dates.
TEST_F(CliTest, PlainSentenceNamesAreHidden) {
  ExpectPersonsRelease(
      "plain-names.txt", "plain-names.partner.txt",
      {"Wahid", "Zabiullah", "Fereshta", "Mirwais", "Hamidullah", "Hekmat", "Tamana", "Jawed", "Karim", "Sima",
       "Wazhma", "Spogmai", "Najib", "Freshta", "HEKMATULLAH", "ZARIF", "rahim", "zarghona", "wahab", "AHMADZAI",
       "NOORULLAH", "Juan", "Cruz", "Blessing", "Precious", "Grace", "Mercy"},
      {"Surkh Rod", "Peshawar", "Quetta", "Khost", "3 April", "12 May", "KHOST", "khost", "driver2",
       "ROLE: COURIER, CONTACT OF", "Father's name: ", "Dadaab"});
}

// Dates of birth written in French and Spanish are ages: a policy that keeps
// the threat's dates and redacts DEM hides them, and keeps the event's date.
TEST_F(CliTest, DatesOfBirthInFrenchAndSpanishAreAges) {
  const std::string input = Write("births.txt",
                                  "Le chauffeur, n\xC3\xA9 le 14 avril 1982 \xC3\xA0 Sangha, a \xC3\xA9t\xC3\xA9 "
                                  "enlev\xC3\xA9 le 22 f\xC3\xA9vrier 2026.\n"
                                  "La lideresa, nacida el 12 de mayo de 1990, denunci\xC3\xB3 las amenazas del 3 de "
                                  "marzo de 2026.\n");
  const std::string policy = Write("dem.toml",
                                   "recipient = \"d\"\n[actions]\nPERSON = \"redact\"\nLOC = \"keep\"\n"
                                   "ORG = \"keep\"\nDATE = \"keep\"\nDEM = \"redact\"\nQUANTITY = \"keep\"\n"
                                   "[verify]\nblock = [\"PERSON\", \"PROTECTED\"]\nthreshold = 0.3\n");
  CliRun r = Cli({"release", input, "--policy", policy, "-o", P("out.txt"), "--home", home_});
  ASSERT_EQ(r.code, 0) << r.err;
  const std::string out = Slurp(P("out.txt"));
  for (const char* hidden : {"14 avril 1982", "12 de mayo de 1990"}) {
    EXPECT_EQ(out.find(hidden), std::string::npos) << hidden << " in " << out;
  }
  for (const char* kept : {"22 f\xC3\xA9vrier 2026", "3 de marzo de 2026", "Sangha"}) {
    EXPECT_NE(out.find(kept), std::string::npos) << kept << " in " << out;
  }
}

TEST_F(CliTest, ListedArmedGroupsAreReleasedAsOrganisations) {
  // The tagger reads several of these group names as persons, some weakly
  // (below the action threshold, above the leak check's): read as the
  // organisations they are, they pass, and the people beside them do not.
  const std::string input = Write("groups.txt",
                                  "Summary: JNIM claimed the ambush near Djibo. Ansar Dine cells remain active.\n"
                                  "Hezbollah and Hamas statements were shared on the channel.\n"
                                  "Our driver Musa Abdullahi Garba saw Boko Haram vehicles near Monguno.\n");
  const std::string policy = PersonsPolicy();
  CliRun r = Cli({"release", input, "--policy", policy, "-o", P("out.txt"), "--home", home_});
  ASSERT_EQ(r.code, 0) << r.err;
  const std::string out = Slurp(P("out.txt"));
  for (const char* kept : {"JNIM claimed", "Ansar Dine cells", "Hezbollah and Hamas statements", "Boko Haram"}) {
    EXPECT_NE(out.find(kept), std::string::npos) << kept << " in " << out;
  }
  for (const char* hidden : {"Musa", "Garba"}) {
    EXPECT_EQ(out.find(hidden), std::string::npos) << hidden << " in " << out;
  }
  // `tearline verify` reads the released file as the release's leak check
  // read it: the groups' names pass there too.
  const std::string released = Write("released.txt", out);
  r = Cli({"verify", released, "--policy", policy});
  EXPECT_EQ(r.code, 0) << r.err;
  // ... and a person's name left in the clear still blocks.
  const std::string leaked = Write("leaked.txt", out + "Musa Abdullahi Garba drove.\n");
  r = Cli({"verify", leaked, "--policy", policy});
  EXPECT_EQ(r.code, 1) << r.err;
  // Where the document uses a group's text in a person's name, every
  // mention of that text is the person's (fail closed).
  const std::string named = Write("named.txt",
                                  "Hezbollah and Hamas statements were shared on the channel.\n"
                                  "Our fixer Hamas Yusuf Ali met the elders. Later Hamas said the road was open.\n");
  r = Cli({"release", named, "--policy", policy, "-o", P("named-out.txt"), "--home", home_});
  ASSERT_EQ(r.code, 0) << r.err;
  const std::string named_out = Slurp(P("named-out.txt"));
  EXPECT_NE(named_out.find("Hezbollah and "), std::string::npos) << named_out;
  EXPECT_EQ(named_out.find("Hamas"), std::string::npos) << named_out;
  EXPECT_EQ(named_out.find("Yusuf"), std::string::npos) << named_out;
}

TEST_F(CliTest, PseudonymWithoutKeyExplainsHowToCreateIt) {
  CliRun r = Cli({"release", kReport, "--policy", kAllied, "-o", P("out.txt"), "--home", home_, "--no-tagger"});
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("keys init"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(P("out.txt")));
}

// An unknown learner is a usage error before any training starts, and the
// message names the choices.
TEST_F(CliTest, TrainRejectsUnknownLearner) {
  CliRun r = Cli({"train", "--learner", "svm", "--data", P("none"), "-o", P("m.tlm")});
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("perceptron,crf,mix"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(P("m.tlm")));
}

TEST_F(CliTest, KeysInitCreatesOwnerOnlyKeyOnce) {
  CliRun r = Cli({"keys", "init", "--recipient", "allied-service", "--home", home_});
  ASSERT_EQ(r.code, 0) << r.err;
  struct stat st;
  ASSERT_EQ(::stat((home_ + "/keys/allied-service.key").c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
  CliRun again = Cli({"keys", "init", "--recipient", "allied-service", "--home", home_});
  EXPECT_EQ(again.code, 2);
  CliRun release = Cli({"release", kReport, "--policy", kAllied, "-o", P("out.txt"), "--home", home_, "--no-tagger"});
  EXPECT_EQ(release.code, 0) << release.err;
}

TEST_F(CliTest, ScanJsonMatchesGolden) {
  CliRun r = Cli({"scan", "--json", kReport});
  ASSERT_EQ(r.code, 0) << r.err;
  // The file name is machine-specific; normalize it.
  std::string out = r.out;
  for (size_t p = out.find(kReport); p != std::string::npos; p = out.find(kReport)) out.replace(p, kReport.size(), "examples/threat-report.txt");
  ExpectGolden(out, "scan-threat-report.jsonl");
  ExpectNoSecrets(r.out, "scan without --show-values");
}

// The name rules run with the tagger (and only with it), so a release finds
// what they find; the patterns and the Arabic-script runs always run.
TEST_F(CliTest, EngineRunsTheNameRulesWithTheTagger) {
  const std::vector<std::string_view> name_rules = {"titles",    "codenames", "relations", "appositions",
                                                    "eastasian", "regional",  "fields",
                                                    "initials",  "quotes",    "citations"};
  cli::EngineFlags flags;
  flags.home = home_;
  auto with = cli::BuildEngine(flags, nullptr);
  ASSERT_TRUE(with.ok()) << with.status().ToString();
  const std::vector<std::string_view> ids = (*with)->detector_ids();
  for (std::string_view id : name_rules) {
    EXPECT_NE(std::find(ids.begin(), ids.end(), id), ids.end()) << id;
  }
  EXPECT_NE(std::find(ids.begin(), ids.end(), "tagger"), ids.end());
  flags.no_tagger = true;
  auto without = cli::BuildEngine(flags, nullptr);
  ASSERT_TRUE(without.ok()) << without.status().ToString();
  for (std::string_view id : (*without)->detector_ids()) {
    EXPECT_EQ(std::find(name_rules.begin(), name_rules.end(), id), name_rules.end()) << id;
  }
}

TEST_F(CliTest, ScanReadsStandardInputOnlyWhenAsked) {
  CliRun r = Cli({"scan", "--json", "--no-tagger", P("missing.txt")});
  EXPECT_EQ(r.code, 4);
}

TEST_F(CliTest, VerifyPassesReleasedOutputAndBlocksRawInput) {
  CliRun rel = Cli({"release", kReport, "--policy", kLiaison, "-o", P("out.txt"), "--no-tagger"});
  ASSERT_EQ(rel.code, 0) << rel.err;
  CliRun ok = Cli({"verify", P("out.txt"), "--policy", kLiaison, "--no-tagger"});
  EXPECT_EQ(ok.code, 0) << ok.err;
  CliRun bad = Cli({"verify", kReport, "--policy", kLiaison, "--no-tagger"});
  EXPECT_EQ(bad.code, 1);
  EXPECT_NE(bad.err.find("PHONE"), std::string::npos) << bad.err;
  ExpectNoSecrets(bad.out + bad.err, "verify messages");
}

TEST_F(CliTest, LeakCheckBlocksAndWritesNothing) {
  // PHONE is acted on only from 0.99, but the leak check sees it from 0.3.
  std::string policy = Write("strict.toml",
                             "recipient = \"r\"\n[thresholds]\nPHONE = 0.99\n[verify]\nblock = [\"PHONE\"]\nthreshold = 0.3\n");
  std::string input = Write("in.txt", "Call 0799 123 456 today.\n");
  CliRun r = Cli({"release", input, "--policy", policy, "-o", P("out.txt"), "--report", P("r.json"), "--no-tagger"});
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_FALSE(fs::exists(P("out.txt")));
  EXPECT_NE(r.err.find("PHONE"), std::string::npos);
  std::string report = Slurp(P("r.json"));
  EXPECT_NE(report.find("\"blocked\""), std::string::npos);
  EXPECT_EQ(report.find("0799"), std::string::npos);
  EXPECT_EQ((r.out + r.err).find("0799"), std::string::npos);
}

TEST_F(CliTest, BadInputsTable) {
  std::string good_policy = kLiaison;
  std::string unknown_kind = Write("unknown.toml", "recipient = \"r\"\n[actions]\nPERSONS = \"redact\"\n");
  std::string invalid = Write("invalid.txt", "caf\xC3\xA9 \xC3( bad\n");
  std::string empty = Write("empty.txt", "");
  std::string binary = Write("binary.txt", std::string("\x7f" "ELF\0\0\x01", 7));
  std::string text = Write("ok.txt", "Nothing sensitive here.\n");
  struct Case {
    std::vector<std::string> args;
    int code;
    const char* message;
  };
  const Case cases[] = {
      {{"release", invalid, "--policy", good_policy, "-o", P("o1.txt")}, 3, "offset 6"},
      {{"release", empty, "--policy", good_policy, "-o", P("o2.txt")}, 3, "empty"},
      {{"release", binary, "--policy", good_policy, "-o", P("o3.txt")}, 3, "NUL"},
      {{"release", text, "--policy", P("nope.toml"), "-o", P("o4.txt")}, 2, "nope.toml"},
      {{"release", text, "--policy", unknown_kind, "-o", P("o5.txt")}, 2, "unknown.toml:3:1"},
      {{"release", text, "--policy", good_policy, "-o", P("no/such/dir/o6.txt")}, 4, "no/such/dir"},
      {{"release", text, "--policy", good_policy, "-o", text}, 2, "overwrite the input"},
      {{"release", P("absent.txt"), "--policy", good_policy, "-o", P("o7.txt")}, 4, "absent.txt"},
      {{"release", Write("r.pdf", "x"), "--policy", good_policy, "-o", P("o8.txt")}, 3, "unsupported input format"},
      {{"policy", "check", unknown_kind}, 2, "unknown.toml:3:1"},
      {{"release", text}, 2, "--policy"},
      {{"frobnicate"}, 2, ""},
  };
  for (const Case& c : cases) {
    std::vector<std::string> args = c.args;
    args.push_back("--no-tagger");
    if (c.args[0] == "policy" || c.args[0] == "frobnicate") args.pop_back();
    CliRun r = Cli(args);
    EXPECT_EQ(r.code, c.code) << c.args[0] << " " << c.args[1] << ": " << r.err;
    EXPECT_NE(r.err.find(c.message), std::string::npos) << r.err;
  }
  for (const char* o : {"o1.txt", "o2.txt", "o3.txt", "o4.txt", "o5.txt", "o7.txt", "o8.txt"}) EXPECT_FALSE(fs::exists(P(o))) << o;
  // No temporary files were left behind anywhere in the test directory.
  for (const auto& e : fs::recursive_directory_iterator(dir_)) {
    EXPECT_EQ(e.path().filename().string().find(".tmp."), std::string::npos) << e.path();
  }
  EXPECT_EQ(Slurp(text), "Nothing sensitive here.\n");  // the input is never modified
}

TEST_F(CliTest, EveryReleaseAttemptIsInTheLedger) {
  std::string input = Write("in.txt", "Call 0799 123 456 today.\n");
  std::string strict = Write("strict.toml",
                             "recipient = \"r\"\n[thresholds]\nPHONE = 0.99\n[verify]\nblock = [\"PHONE\"]\nthreshold = 0.3\n");
  EXPECT_EQ(Cli({"release", input, "--policy", kLiaison, "-o", P("a.txt"), "--no-tagger", "--operator", "alice"}).code, 0);
  EXPECT_EQ(Cli({"release", input, "--policy", strict, "-o", P("b.txt"), "--no-tagger"}).code, 1);
  EXPECT_EQ(Cli({"release", input, "--policy", kLiaison, "-o", P("c.txt"), "--no-tagger"}).code, 0);

  CliRun show = Cli({"ledger", "show"});
  ASSERT_EQ(show.code, 0) << show.err;
  EXPECT_NE(show.out.find("released  to liaison-kabul  by alice"), std::string::npos) << show.out;
  EXPECT_NE(show.out.find("blocked  to r"), std::string::npos) << show.out;
  EXPECT_EQ(show.out.find("0799"), std::string::npos);

  CliRun head = Cli({"ledger", "head"});
  ASSERT_EQ(head.code, 0);
  EXPECT_EQ(head.out.substr(0, 2), "3:");
  std::string anchor = head.out.substr(0, head.out.size() - 1);
  CliRun verify = Cli({"ledger", "verify", "--anchor", anchor});
  EXPECT_EQ(verify.code, 0) << verify.err;
  EXPECT_NE(verify.out.find("3 entries"), std::string::npos);

  CliRun exported = Cli({"ledger", "export", "--json"});
  ASSERT_EQ(exported.code, 0);
  EXPECT_NE(exported.out.find("\"entries\""), std::string::npos);

  struct stat st;
  ASSERT_EQ(::stat((home_ + "/ledger.db").c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
  ASSERT_EQ(::stat((home_ + "/ledger.key").c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);

  // Tamper with entry 2 using the sqlite3 shell: verify must fail and name it.
  std::string cmd = "sqlite3 '" + home_ + "/ledger.db' \"UPDATE entries SET recipient='x' WHERE seq=2\" 2>&1";
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  CliRun tampered = Cli({"ledger", "verify"});
  EXPECT_EQ(tampered.code, 4);
  EXPECT_NE(tampered.err.find("entry 2"), std::string::npos) << tampered.err;
}

TEST_F(CliTest, EverySubcommandHasHelp) {
  for (std::vector<std::string> args : std::vector<std::vector<std::string>>{
           {"--help"}, {"scan", "--help"}, {"release", "--help"}, {"verify", "--help"},
           {"policy", "check", "--help"}, {"keys", "init", "--help"}, {"ledger", "show", "--help"},
           {"ledger", "verify", "--help"}, {"ledger", "export", "--help"}, {"ledger", "head", "--help"},
           {"eval", "--help"}, {"train", "--help"}}) {
    CliRun r = Cli(args);
    EXPECT_EQ(r.code, 0) << args[0];
    EXPECT_NE(r.out.find("Usage"), std::string::npos) << args[0] << ": " << r.out;
  }
}

TEST_F(CliTest, PolicyCheckAcceptsExamples) {
  for (const std::string& p : {kLiaison, kAllied}) {
    CliRun r = Cli({"policy", "check", p});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("OK"), std::string::npos);
  }
}

}  // namespace
}  // namespace tearline

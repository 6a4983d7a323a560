// Tests of the regional name detector (NewRegionalNameDetector in
// tearline/quasi.h): a table of names and near misses, and block alignment.
#include <gtest/gtest.h>

#include "scan_test_util.h"
#include "tearline/quasi.h"

namespace tearline {
namespace {

using Case = quasi_testing::ScanCase;

TEST(RegionalNameTest, ListedNamesOfTheRegion) {
  const auto detector = NewRegionalNameDetector();
  const Case cases[] = {
      {"Zabiullah reportedly paid", "PERSON/REGIONAL[0,9)"},
      // Somali spellings, read by this rule only ([release] of seed_names.txt).
      {"Notes: Cabdiraxmaan Maxamed Faarax Xuseen came", "PERSON/REGIONAL[7,41)"},
      {"the town of Cali is far", ""},
      // Popular spellings of Colombia and Brazil ([release] too).
      {"Yeison trabaja con Ailton", "PERSON/REGIONAL[0,6) PERSON/REGIONAL[19,25)"},
      {"Seryozha and Tolik left", "PERSON/REGIONAL[0,8) PERSON/REGIONAL[13,18)"},  // diminutives
      {"We spoke to Fereshta by phone", "PERSON/REGIONAL[12,20)"},
      {"Mirwais, 28, a tailor", "PERSON/REGIONAL[0,7)"},
      {"Yesterday Hamidullah met", "PERSON/REGIONAL[10,20)"},  // "-ullah", not listed
      {"with Salahuddin.", "PERSON/REGIONAL[5,15)"},
      {"Akhtar Mohammad Mansour said", "PERSON/REGIONAL[7,23)"},  // "Akhtar" is not listed
      {"Mohammad Nabi Omari's car", "PERSON/REGIONAL[0,19)"},
      {"Gul Agha Sherzai", "PERSON/REGIONAL[4,16)"},  // "Gul" alone is weak; "Agha Sherzai" pairs
      {"Zarif Khan and Ahmad Shah", "PERSON/REGIONAL[0,10) PERSON/REGIONAL[15,25)"},
      {"Ahmad Jan left", "PERSON/REGIONAL[0,9)"},
      {"Bashir Zadran", "PERSON/REGIONAL[0,13)"},
      {"Abdul-Rahman met", "PERSON/REGIONAL[0,12)"},  // "servant of" takes the name after the hyphen
      {"and Abdul-Basit (34)", "PERSON/REGIONAL[4,15)"},
      // Ukrainian names in their official Latin spelling, by their endings.
      {"Nadiia and Serhii met Martyniuk", "PERSON/REGIONAL[0,6) PERSON/REGIONAL[11,17) PERSON/REGIONAL[22,31)"},
      {"Andrii Tkachuk left", "PERSON/REGIONAL[0,14)"},
      {"andrii said", "PERSON/REGIONAL[0,6)"},
      {"in Hawaii, the kiosk, Chuk, Yuk, Enko, radii, skiing, todaii, Digeratii", ""},
      // Abbreviated Ethiopian and Eritrean name words.
      {"Team: Haftom G/Medhin (team lead)", "PERSON/REGIONAL[6,21)"},
      {"H. G/Medhin left", "PERSON/REGIONAL[3,11)"},
      {"met W/Mariam", "PERSON/REGIONAL[4,12)"},
      {"met W/ro Tsega Gebreyohannes, chair", "PERSON/REGIONAL[9,28)"},
      {"W/t Saba left", "PERSON/REGIONAL[4,8)"},
      {"W/ro tsega, W/roTsega, S/O, N/A, G/Me, X/Medhin, AG/Medhin, G/MEDHIN, W/ro The", ""},
      {"ABDEL-KARIM", "PERSON/REGIONAL[0,11)"},
      {"Karim-Rahman met", ""},  // another hyphenated compound of listed words is not listed itself
      {"Abdul-", "PERSON/REGIONAL[0,5)"},
      // Weak words alone, or after a word they do not pair with.
      {"the Khan said", ""},
      {"Khan Academy", ""},
      {"Sat Jan 10 2015", ""},
      {"Nuff Said", ""},
      {"the Swedish Sami villages", ""},
      {"Allahu Akbar", ""},
      {"the Zadran tribe", ""},
      {"The Khan", ""},
      // Places and organisations named after people.
      {"the Haqqani Network", ""},
      {"Jalaluddin Haqqani Network", ""},
      {"Shah Mosque", ""},
      {"Hakim Mosque", ""},
      {"in Mazar-e Sharif", ""},
      {"Qala-i Nasir", ""},
      // Names in capitals, as report headers write them.
      {"SUBJECT: ZABIULLAH S/O", "PERSON/REGIONAL[9,18)"},
      {"met HEKMATULLAH at", "PERSON/REGIONAL[4,15)"},
      {"KIFAYATULLAH", "PERSON/REGIONAL[0,12)"},  // not listed: the ending
      {"ZARIF KHAN and GUL AHMAD", "PERSON/REGIONAL[0,10) PERSON/REGIONAL[15,24)"},
      {"KHAN ACADEMY", ""},
      {"THE KHAN", ""},
      {"the HAQQANI NETWORK", ""},
      {"JAN 2020", ""},
      {"NATO and UN", ""},
      // Given names that are also words: alone in the middle of a sentence, or before a verb of speech.
      {"Our fixer drove Grace to the hospital", "PERSON/WORDNAME[16,21)"},
      {"he left with Faith and Hope.", "PERSON/WORDNAME[13,18) PERSON/WORDNAME[23,27)"},
      {"told us that Gift had left", "PERSON/WORDNAME[13,17)"},
      {"Mercy told us", "PERSON/WORDNAME[0,5)"},
      {"Hope is fading", ""},           // a sentence's first word
      {"the Grace period", ""},         // after an article
      {"by the Grace of God", ""},
      {"Her Grace the Duchess", ""},
      {"a matter of Faith", ""},
      {"at Grace Church", ""},          // before a capitalised word
      {"a Hope-filled day", ""},
      {"@josiery Hope that", ""},
      {"drove GRACE home", ""},         // capitals
      {"drove grace home", ""},
      // A word name typed in lower case after a word of address.
      {"madam joy called again", "PERSON/WORDNAME[6,9)"},
      {"ok. mama grace is with her", "PERSON/WORDNAME[9,14)"},
      {"auntie mercy, sister gift and uncle peace", "PERSON/WORDNAME[7,12) PERSON/WORDNAME[21,25) PERSON/WORDNAME[36,41)"},
      {"madam welcome to the office", ""},  // read as the word
      {"mama hope-filled", ""},
      {"madam joyful", ""},                 // no listed name
      {"a joy to see", ""},                 // no word of address

      {"rahim called at 9", "PERSON/REGIONAL[0,5)"},
      {"he is with zarghona at", "PERSON/REGIONAL[11,19)"},
      {"ok tell zabiullah", "PERSON/REGIONAL[8,17)"},  // the ending
      {"imran khan and ahmad shah", "PERSON/REGIONAL[0,10) PERSON/REGIONAL[15,25)"},
      {"with gul ahmad and nur", "PERSON/REGIONAL[5,14)"},  // "gul" opens a run; "nur" alone is weak
      {"rahim said he", "PERSON/REGIONAL[0,5)"},  // "said" joins no lower-case name
      {"Rahim said he", "PERSON/REGIONAL[0,5)"},
      {"hamid Khan", "PERSON/REGIONAL[0,5)"},  // no run mixes lower case and capitals
      {"the khan said", ""},  // weak words alone
      {"as he said", ""},
      {"jan 10", ""},
      {"the nadir of", ""},  // an English word in lower case
      {"he met Nadir", "PERSON/REGIONAL[7,12)"},
      {"rahim market", ""},  // the head of a place
      // Somali names, also in lower case (an SMS log).
      {"hodan and faduma are with me", "PERSON/REGIONAL[0,5) PERSON/REGIONAL[10,16)"},
      {"tell Abdi not to pay", "PERSON/REGIONAL[5,9)"},
      {"in Farah province", ""},  // the Afghan province: weak alone
      {"Mo Farah ran", "PERSON/REGIONAL[0,8)"},
      {"the Jama Masjid", ""},
      {"Daw Hla", ""},  // not listed; the titled rule reads it
      // Ukrainian and Russian given names the tagger misses alone.
      {"the Tkachenko couple, Ivan and Nadiya", "PERSON/REGIONAL[4,13) PERSON/REGIONAL[22,26) PERSON/REGIONAL[31,37)"},
      {"sold the weapons to Oleg.", "PERSON/REGIONAL[20,24)"},
      {"tell oleg to wait", "PERSON/REGIONAL[5,9)"},
      {"mail hamid.karimi@example.org", ""},  // inside addresses and names of files
      {"see /home/rahim/notes", ""},
      {"user rahim_84 wrote", ""},
      {"call rahim.", "PERSON/REGIONAL[5,10)"},
      {"(rahim) and \"zarghona\"", "PERSON/REGIONAL[1,6) PERSON/REGIONAL[13,21)"},
      // "Abdul" and "Ghulam" take the next word, listed or not.
      {"with abdul wahab at", "PERSON/REGIONAL[5,16)"},
      {"Ghulam Sakhi left", "PERSON/REGIONAL[0,12)"},
      {"Abdul Wahab Rahimi", "PERSON/REGIONAL[0,18)"},
      {"Abdul wahab", "PERSON/REGIONAL[0,5)"},
      {"Abdul, 30", "PERSON/REGIONAL[0,5)"},
      // Not a name form of the list.
      {"ZaBIULLAH", ""},
      {"al-Zabiullah", ""},
      {"Xzabiullah2", ""},
      {"Ullah", ""},  // the ending alone
  };
  quasi_testing::ExpectScans(*detector, cases);
}

TEST(RegionalNameTest, VietnameseNames) {
  const auto detector = NewRegionalNameDetector();
  const Case cases[] = {
      {"met Le Quang Huy in Lao Cai", "PERSON/ROMANIZED[4,16)"},
      {"Do Thi Lan works", "PERSON/ROMANIZED[0,10)"},
      {"with Nguyen Thi Minh Khai.", "PERSON/ROMANIZED[5,25)"},
      {"(Tran Duc Luong) and Bui Thi Xuan", "PERSON/ROMANIZED[1,15) PERSON/ROMANIZED[21,33)"},
      {"Vo Nguyen Giap", "PERSON/ROMANIZED[0,14)"},
      // Near misses.
      {"in Ho Chi Minh City", ""},  // "Chi" is no middle name; and a city
      {"at Nguyen Van Cu Street", ""},
      {"Le Van Tam Road", ""},
      {"Le Van Tam Pham Road", ""},
      {"Do Van Lines", "PERSON/ROMANIZED[0,12)"},  // title case reads as a name
      {"Do Van", ""},                 // no given name
      {"Do Van lines", ""},
      {"xDo Thi Lan", ""},            // inside a word
      {"Do Thi Lanterns", ""},        // a given name of more than seven letters
      {"Nguyen  Van Thanh", ""},      // two spaces
      {"Ha Long Bay", ""},            // "Long" is no middle name
  };
  ExpectScans(*detector, cases);
}

TEST(RegionalNameTest, FindingsDoNotDependOnBlockAlignment) {
  const auto detector = NewRegionalNameDetector();
  const char* pieces[] = {"Zabiullah", "Khan", "Zarif", "Mosque", "Mazar-e", "Sharif", "x", ",", "\n", "The",
                          "Hamidullah.", "Jan", "Ahmad", "KHAN", "HEKMATULLAH", "ZARIF", "rahim", "khan", "zabiullah",
                          "said", "Le", "Quang", "Huy", "Thi", "City", "(Do", "Nguyen", "Van"};
  const size_t found = quasi_testing::ExpectFindingsIgnoreBlockAlignment(*detector, pieces, 24681357, 400, 4);
  EXPECT_GT(found, 100u);
}

}  // namespace
}  // namespace tearline

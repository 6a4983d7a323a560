// Tests of ReadPlacesAndPersons (tearline/resolve.h): PERSON readings that
// their context makes places, and the persons that must stay persons.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

#include "readings_spec_test_util.h"
#include "tearline/resolve.h"

namespace tearline {
namespace {

using resolve_testing::RandomTexts;
using resolve_testing::ReadingsFromSpec;

// A table row: a text, its readings written "KIND:words" separated by '|'
// (each the first occurrence of the words in the text), and the kinds
// ReadPlacesAndPersons gives them, in the same order, separated by spaces.
struct Case {
  const char* text;
  const char* readings;
  const char* want;
};

TEST(PlacesByContextTest, Table) {
  const Case cases[] = {
      // Places: a locative before a name with a place word, an administrative word after.
      {"Shelling was reported in Khan Younis on Tuesday.", "PERSON:Khan Younis", "LOC"},
      {"The convoy passed through Abu Kamal.", "PERSON:Abu Kamal", "LOC"},
      {"Fighting in Musa Qala displaced families.", "PERSON:Musa Qala", "LOC"},
      {"The office in Ahmad Shah Baba Mina was closed.", "PERSON:Ahmad Shah Baba Mina|PERSON:Ahmad Shah", "LOC LOC"},
      {"An IED was found in Mohammad Agha district.", "PERSON:Mohammad Agha|PERSON:Mohammad", "LOC LOC"},
      {"Karim lives near Sayed Abad District", "PERSON:Karim|PERSON:Sayed Abad", "PERSON LOC"},
      {"IDP representative, Shamgona settlement", "PERSON:Shamgona", "LOC"},
      {"Alhaji Usman (MACBAN, Guma chapter) called", "PERSON:Guma", "LOC"},
      {"farmer, Pauk Township, Kech District; David Ward said", "PERSON:Pauk Township|PERSON:Kech District|PERSON:David Ward",
       "LOC LOC PERSON"},
      {"near Ceel Jaale; along the Yaw Chaung", "PERSON:Ceel Jaale|PERSON:Yaw Chaung", "LOC LOC"},
      {"Darge kebele and Nejo", "PERSON:Darge", "LOC"},
      {"Kapoeta East / Budi counties, Eastern", "PERSON:Budi", "LOC"},  // plural words of units too
      {"TO CHEREMUSHKI MAHALLA, ETA 0730", "PERSON:CHEREMUSHKI MAHALLA", "LOC"},
      {"in Abu Kamal, Deir ez-Zor and Tal Afar", "PERSON:Abu Kamal|PERSON:Tal Afar", "LOC LOC"},
      {"towards Beit Lahia, Jabal Akhdar, and Ras Tanura.", "PERSON:Ras Tanura", "LOC"},
      {"Deir ez-Zor and Tal Afar were shelled.", "LOC:Deir ez-Zor|PERSON:Tal Afar", "LOC LOC"},
      // A unit of local government before a name, nearness before "de" (a
      // line break may stand for the space).
      {"Lieu : colline Kivumu, commune Mwumba, secteur Gashora", "PERSON:Kivumu|PERSON:Mwumba|PERSON:Gashora",
       "LOC LOC LOC"},
      {"sont encore \xC3\xA0 Nduta, pr\xC3\xA8s\nde Kibondo, avec", "PERSON:de Kibondo", "LOC"},
      {"cerca de Carapar\xC3\xAD; dos sujetos", "PERSON:Carapar\xC3\xAD", "LOC"},
      {"durmiendo en la zona del Monte Hacho; hacia el espig\xC3\xB3n del Tarajal; el hijo del Pedro",
       "PERSON:Monte Hacho|PERSON:Tarajal|PERSON:Pedro", "LOC LOC PERSON"},
      {"m\xC3\xA9" "decin-chef du district de sant\xC3\xA9 de Mora; le pr\xC3\xA9" "fet du Mayo-Sava",
       "PERSON:Mora|PERSON:Mayo-Sava", "LOC LOC"},
      {"le fils du Moussa; la femme du Moussa", "PERSON:Moussa", "PERSON"},
      {"also Kafr Janna and Wadi Kaja pls", "PERSON:Kafr Janna|PERSON:Wadi Kaja", "LOC LOC"},
      {"Sous-bureau de Beni (Nord-Kivu); Sud-Ubangi; West-end Khan", "PERSON:Nord-Kivu|PERSON:Sud-Ubangi|PERSON:West-end Khan",
       "LOC LOC PERSON"},
      {"Abu Khalil gave me; Tal Cohen", "PERSON:Abu Khalil|PERSON:Tal Cohen", "PERSON PERSON"},
      // Introduced as a name: no word in it makes a place.
      {"a driver called \"Tall Mabior\" took us", "PERSON:Tall Mabior", "PERSON"},
      {"a boy nicknamed \xE2\x80\x9CTall Mabior\xE2\x80\x9D; a man named Tall Mabior", "PERSON:Tall Mabior", "PERSON"},
      {"families called at Tall Mabior district", "PERSON:Tall Mabior", "LOC"},
      {"la oficina (Av. San Mart\xC3\xADn, Yacuiba); Nav. San Mart\xC3\xADn", "PERSON:San Mart\xC3\xADn", "LOC"},
      // Streets in Ukrainian and Turkish, Nigeria's local government areas;
      // not a Turkish lawyer's name after "Av.".
      {"+380 67 xxx 21 09  vul. Admirala Makarova 01-02.08.", "PERSON:Admirala Makarova", "LOC"},
      {"a building on Kurtulu\xC5\x9F Caddesi that collapsed; Guma LGA", "PERSON:Kurtulu\xC5\x9F Caddesi|PERSON:Guma LGA",
       "LOC LOC"},
      {"Legal aid lawyer Av. Burak Tun\xC3\xA7 will call", "PERSON:Burak Tun\xC3\xA7", "PERSON"},
      {"since 28/11. Lawyer\nAv. Burak Tun\xC3\xA7 is following; his lawyer, Av. Serhat Y\xC4\xB1ld\xC4\xB1z, called",
       "PERSON:Burak Tun\xC3\xA7|PERSON:Serhat Y\xC4\xB1ld\xC4\xB1z", "PERSON PERSON"},
      {"the lawyers on Av. Burak Tun\xC3\xA7 met", "PERSON:Burak Tun\xC3\xA7", "LOC"},
      {"anba pon an b\xC3\xB2 Rivy\xC3\xA8 Masak la; Brgy. Batang", "PERSON:Rivy\xC3\xA8 Masak|PERSON:Brgy. Batang", "LOC LOC"},
      // Portuguese roads, bridges, streets and villages (Timor-Leste, Mozambique).
      {"Ponte Beco danificada; Estrada Suai-Zumalai; Aldeia Matai; Rua Lucas", "PERSON:Ponte Beco|PERSON:Estrada Suai-Zumalai|PERSON:Aldeia Matai|PERSON:Rua Lucas",
       "LOC LOC LOC LOC"},
      {"deslocados de Cabo Delgado; Gondola (Rio Revu\xC3\xA9)", "PERSON:Cabo Delgado|PERSON:Rio Revu\xC3\xA9", "LOC LOC"},
      // Persons.
      {"COASTAL RELIEF - COX'S BAZAR, BANGLADESH", "PERSON:COX", "LOC"},
      {"the Martissant clinic closed", "PERSON:Martissant", "LOC"},
      {"Khan Younis was shelled.", "PERSON:Khan Younis", "PERSON"},  // no context
      {"Rahim's bazaar burned.", "PERSON:Rahim", "PERSON"},
      {"We met in Abu Hamza's house.", "PERSON:Abu Hamza", "PERSON"},  // a possessive
      {"We met in Abu Hamza\xE2\x80\x99s house.", "PERSON:Abu Hamza", "PERSON"},
      {"Protests continued in Sheikh Jarrah.", "PERSON:Sheikh Jarrah", "PERSON"},  // Sheikh starts persons' names
      {"He ran into Karim at the market.", "PERSON:Karim", "PERSON"},  // one word
      {"In Kabul, Abu Hamza said", "LOC:Kabul|PERSON:Abu Hamza", "LOC PERSON"},  // no list
      {"He stayed in Kabul and Abu Hamza left.", "LOC:Kabul|PERSON:Abu Hamza", "LOC PERSON"},
      {"in Kabul and Khan Mohammad left", "LOC:Kabul|PERSON:Khan Mohammad", "LOC PERSON"},
      {"in Kabul with Karim and Ahmad Khel", "LOC:Kabul|PERSON:Karim|PERSON:Ahmad Khel", "LOC PERSON PERSON"},
      {"the trust in Karim Rahimi", "PERSON:Karim Rahimi", "PERSON"},  // no place word
      {"within Khan Younis", "PERSON:Khan Younis", "PERSON"},  // not a locative of the list
      {"Karim district manager", "PERSON:Karim", "LOC"},  // an administrative word reads as a place
      {"Karim districts", "PERSON:Karim", "LOC"},
      {"Karim townhouse", "PERSON:Karim", "PERSON"},  // a longer word
      {"women from Abu Shouk camp told us", "PERSON:Abu Shouk", "LOC"},
      {"Duty officer, Gaziantep hub (DO)", "PERSON:Gaziantep", "LOC"},
      {"the El-Rashideen borehole is dry; Ahmed Sharfi cemetery", "PERSON:El-Rashideen|PERSON:Ahmed Sharfi", "LOC LOC"},
      {"in the bread queue beside Souq Sabreen at six", "PERSON:Souq Sabreen", "LOC"},
      {"one of the men carried a Takhar provincial ID", "PERSON:Takhar", "LOC"},
      {"Karim checkpoint", "PERSON:Karim", "LOC"},
      {"07:05 Thet Kae Pyin bridge checkpoint; left from Thae Chaung beach", "PERSON:Thet Kae Pyin|PERSON:Thae Chaung",
       "LOC LOC"},
      {"left office (Mingan ward). Driver", "PERSON:Mingan ward", "LOC"},  // the word inside the reading
      {"Suspend movement beyond Kilo 7 until 26 Feb", "PERSON:Kilo", "LOC"},  // a road's milestone
      {"Kilo Bravo to base", "PERSON:Kilo", "PERSON"},                        // no number after
      {"Direcci\xC3\xB3n: Calle Ca\xC3\xB1\xC3\xB3n Johnson s/n, Zona Norte", "PERSON:Calle Ca\xC3\xB1\xC3\xB3n Johnson|PERSON:Zona Norte",
       "LOC LOC"},                                                                // a street, a quarter
      {"el se\xC3\xB1or Calle dijo", "PERSON:Calle", "PERSON"},                 // one word
      {"point focal VBG UNFPA Bukavu ; coordination", "PERSON:UNFPA Bukavu", "LOC"},  // an agency's office
      {"the KDF Ali Hassan said", "PERSON:KDF Ali Hassan", "PERSON"},               // two words after
      {"rappers MC Hammer, 2Pac and others", "PERSON:MC Hammer", "PERSON"},         // two capitals
      {"coordinateur pays ; chef de bureau Gao ; forum", "PERSON:Gao", "LOC"},        // an office's town
      {"le bureau Moussa Diallo a dit", "PERSON:Moussa Diallo", "PERSON"},          // two words
      {"Kunduz \xE2\x86\x92 Aliabad \xE2\x86\x92 Pul-e Khumri (Baghlan)", "PERSON:Khumri", "LOC"},  // after a Dari place word
      {"via Qala-e Naw and Dasht-i Archi", "PERSON:Qala-e Naw|PERSON:Archi", "LOC LOC"},
      {"Camp de Minawao, d\xC3\xA9partement du Mayo-Tsanaga, r\xC3\xA9gion", "PERSON:du Mayo-Tsanaga", "LOC"},
      {"left office (Mingan Ward). Driver", "PERSON:Mingan Ward", "PERSON"},  // only in small letters
      {"camps of Cox's Bazar district", "PERSON:Cox", "LOC"},
      {"the relocation from Cox's\nBazar. Example", "PERSON:Cox", "LOC"},
      {"from Cox\xE2\x80\x99s Bazar", "PERSON:Cox", "LOC"},
      {"Cox's Bazaars and Cox's bazar", "PERSON:Cox", "PERSON"},
      {"Father fishes at Ferguson's Gulf; Ferguson's point was", "PERSON:Ferguson", "LOC"},
      {"Ferguson's point was", "PERSON:Ferguson", "PERSON"},
      // A family's name read as an organisation is a person's.
      {"The Karimi family left Kabul.", "ORG:Karimi|LOC:Kabul", "PERSON LOC"},
      {"two Sadat families", "ORG:Sadat", "PERSON"},
      {"the Abdul Haq household", "LOC:Abdul Haq", "PERSON"},
      {"the Tkachenko couple", "ORG:Tkachenko", "PERSON"},
      {"the Karimi familyname", "ORG:Karimi", "ORG"},
      {"the Karimi Foundation family", "ORG:Karimi Foundation", "ORG"},  // a head word: PlaceOrOrganisationNamed would say ORG anyway
      {"the Acme Group 2 family", "ORG:Acme Group 2", "ORG"},
      // A family's name in the plural after "the", a family noun shortly before.
      {"There is a Roma family, the Horvaths, on our floor", "LOC:Horvaths", "PERSON"},
      {"The Horvaths are on our floor", "LOC:Horvaths", "LOC"},            // no family noun
      {"a family trip to the Philippines", "LOC:Philippines", "LOC"},      // no name's plural
      // Languages.
      {"the attackers spoke Nuer and Collo and fled", "PERSON:Nuer|PERSON:Collo", "DEM DEM"},
      {"speaking Dari, Pashto or Urdu", "PERSON:Dari|PERSON:Pashto|PERSON:Urdu", "DEM DEM DEM"},
      {"he spoke Sudanese Arabic", "PERSON:Sudanese Arabic", "DEM"},
      {"Karim spoke Nuer", "PERSON:Karim|PERSON:Nuer", "PERSON DEM"},
      {"bespoke Nuer and Karim", "PERSON:Nuer|PERSON:Karim", "PERSON PERSON"},
      {"spoke to Karim and Ahmad", "PERSON:Karim|PERSON:Ahmad", "PERSON PERSON"},
      // A language's cue around the reading: a noun for a language or its
      // speakers after it, "speakers of" before it (readings of the word
      // alone elsewhere: LanguagesNamedElsewhere below).
      {"the Eegimaa language is endangered", "PERSON:Eegimaa", "DEM"},
      {"most Eegimaa speakers live in Dakar", "PERSON:Eegimaa", "DEM"},
      {"the Bayot speaking area", "PERSON:Bayot", "DEM"},
      {"Kuluunaay dialects", "PERSON:Kuluunaay", "DEM"},
      {"where speakers of Kujireray live", "PERSON:Kujireray", "DEM"},
      // A word of a name of two words or more is never let go as a language,
      // neither where a noun names it so nor elsewhere.
      {"Baloch speakers; Abdul Rahman Baloch left", "PERSON:Baloch|PERSON:Abdul Rahman Baloch", "DEM PERSON"},
      {"BALOCH Abdul Rahman; the Baloch language", "PERSON:BALOCH Abdul Rahman|PERSON:Baloch", "PERSON DEM"},
      // A language read by "spoke" or in a list is not spread: its words may
      // be a person's.
      {"the guard spoke Dari and Ahmad; Ahmad Karimi left", "PERSON:Dari|PERSON:Ahmad|PERSON:Ahmad Karimi",
       "DEM DEM PERSON"},
      {"Karim speaking at the meeting", "PERSON:Karim", "PERSON"},  // "speaking" alone
      {"Karim's language was Dari", "PERSON:Karim", "PERSON"},      // a possessive
      {"the Karim speaker", "PERSON:Karim", "PERSON"},
      {"the loudspeakers of Karim", "PERSON:Karim", "PERSON"},
      // Other readings keep their kinds.
      {"Sheikh Lotfollah Mosque in Isfahan", "PERSON:Sheikh Lotfollah Mosque|LOC:Isfahan", "LOC LOC"},
      {"Pedro de la Cruz left", "LOC:Pedro de la Cruz", "PERSON"},
      // Words that open the names of places: the Arabic town quarter, the
      // Spanish and Portuguese port, island, city, colonia.
      {"S1: Abuk (F, 34, Hai Jallaba before 2016); Hai Matar", "PERSON:Hai Jallaba|PERSON:Hai Matar", "LOC LOC"},
      {"se qued\xC3\xB3 en Puerto Merizalde y algunas a Isla Cascajal", "PERSON:Puerto Merizalde|PERSON:Isla Cascajal", "LOC LOC"},
      // A French, Spanish or Portuguese word for a kind of place, then "de"
      // or "d'", before the reading or opening it; in capitals too.
      {"le chef de village de Dingazi Banda, M. Zakari", "PERSON:Dingazi Banda|PERSON:Zakari", "LOC PERSON"},
      {"RAPPORT - D\xC3\x89PARTEMENT DE OUALLAM (R\xC3\x89GION", "PERSON:D\xC3\x89PARTEMENT DE OUALLAM", "LOC"},
      {"fouill\xC3\xA9 au poste de Simiri ; la commune d'Abala", "PERSON:poste de Simiri|PERSON:Abala", "LOC LOC"},
      {"la famille de Moussa et le fils d'Amadou", "PERSON:Moussa|PERSON:Amadou", "PERSON PERSON"},
      // The places and offices of a town: mosque, site, health centre,
      // prefect, hospital; not a person's house or family.
      {"devant la grande mosqu\xC3\xA9" "e de Dori ; au site de Wendou ; le Pr\xC3\xA9" "fet de Dori ; hospital de Danl\xC3\xAD",
       "PERSON:Dori|PERSON:Wendou|PERSON:Pr\xC3\xA9" "fet de Dori|PERSON:Danl\xC3\xAD", "LOC LOC LOC LOC"},
      {"la maison de Fatimata", "PERSON:Fatimata", "PERSON"},
      // The Spanish and Portuguese "in" before a reading not sure of a
      // person, unless a given name opens it.
      {"ella vive en Lleras; familia en La Delfina; conf\xC3\xAD" "a en Carlos Mina", "PERSON:Lleras|PERSON:La Delfina|PERSON:Carlos Mina",
       "LOC LOC PERSON"},
      // A reading over a French, Spanish or Portuguese locative: the person
      // before it, the place after it.
      {"la famille Dicko \xC3\xA0 M\xC3\xA9naka (Mali)", "PERSON:Dicko \xC3\xA0 M\xC3\xA9naka", "PERSON LOC"},
      {"declaraci\xC3\xB3n de Arley C. B. en Cali; en casa", "PERSON:Arley C. B. en Cali", "PERSON LOC"},
      {"en la panga de don Wilmer Valencia hasta Vig\xC3\xAD" "a del Fuerte", "PERSON:Wilmer Valencia hasta Vig\xC3\xAD" "a", "PERSON LOC"},
      // A reading that opens with such a preposition (not "à", not "de")
      // is a place without it; "de" after a word for a place or a direction.
      {"la se\xC3\xB1ora que nos recibi\xC3\xB3 aqu\xC3\xAD en Kennedy. Y", "PERSON:en Kennedy", "LOC"},
      {"Quibd\xC3\xB3, barrio Kennedy | en la cancha del Kennedy", "PERSON:barrio Kennedy|PERSON:del Kennedy", "LOC LOC"},
      {"colonia L\xC3\xB3pez Arellano, Choloma", "PERSON:colonia L\xC3\xB3pez Arellano", "LOC"},
      {"tents near Sangi, Tehsil Pano Aqil", "PERSON:Tehsil Pano Aqil", "LOC"},
      {"la esposa del Chino dijo", "PERSON:del Chino", "PERSON"},  // "del" dropped, still a person
      {"il a parl\xC3\xA9 \xC3\xA0 Marie; Mr de Vries; au nord de Tassara", "PERSON:\xC3\xA0 Marie|PERSON:de Vries|PERSON:de Tassara",
       "PERSON PERSON LOC"},
      // A lower-case word for a village or a town's quarter before a reading.
      {"chez des familles au quartier Sabon Gari; barrio Kennedy", "PERSON:Sabon Gari|PERSON:Kennedy", "LOC LOC"},
      {"Chef de\nvillage Maurice Wante tried; chef du quartier Ali Bako", "PERSON:Maurice Wante|PERSON:Ali Bako",
       "PERSON PERSON"},  // the head of a place
      // A name inside a place's name is the place's.
      {"his mother stayed in Hai Al Naseem", "PERSON:Hai Al Naseem|PERSON:Naseem", "LOC LOC"},
      // A direction and "of", an ordinal in figures, or a station, a river
      // or a lagoon after it; a capitalised Spanish locative opening it.
      {"no movement east of Lokori; 5 km north-west of Lomelo; the wife of Ekai", "PERSON:Lokori|PERSON:Lomelo|PERSON:Ekai",
       "LOC LOC PERSON"},
      {"c/o Rasamma, 2nd Cross Lane; Nanthikadal lagoon; Informing Lokori station", "PERSON:Cross Lane|PERSON:Nanthikadal|PERSON:Lokori",
       "LOC LOC LOC"},
      {"] Profe Nelson: En Filo Gringo dicen", "PERSON:En Filo Gringo", "LOC"},
      // After a locative, a reading over "y" or "et" is two places; not
      // after "de".
      {"salen del muelle\nhacia Acand\xC3\xAD y Capurgan\xC3\xA1; desde", "PERSON:Acand\xC3\xAD y Capurgan\xC3\xA1", "LOC LOC"},
      {"la familia de Juan y Pedro", "PERSON:Juan y Pedro", "PERSON"},
      // A street before a name; a last word that ends places (not "Khel");
      // "to" and a place word.
      {"domiciliada en el barrio 50 Casas, calle Eloy Alfaro y pasaje", "PERSON:Eloy Alfaro", "LOC"},
      {"told Landi Kotal then Torkham; and Ahmad Khel came", "PERSON:Landi Kotal|PERSON:Ahmad Khel", "LOC PERSON"},
      {"visits to Nasir Bagh or to Ahmad Karim today", "PERSON:Nasir Bagh|PERSON:Ahmad Karim", "LOC PERSON"},
      // A place's first word before a reading, and a locative before that;
      // not "Abu" nor "Khan".
      {"a cousin in Wad Madani; lists from Bani Walid; a call from Abu Hamza", "PERSON:Madani|PERSON:Walid|PERSON:Hamza",
       "LOC LOC PERSON"},
      // A Mexican colonia, not a colonel.
      {"en la Col. Independencia y Col. Las Cumbres; Col. Ramos", "PERSON:Col. Independencia|PERSON:Col. Las Cumbres|PERSON:Col. Ramos",
       "LOC LOC PERSON"},
  };
  for (const Case& c : cases) {
    std::vector<Finding> f = ReadingsFromSpec(c.text, c.readings);
    ReadPlacesAndPersons(c.text, &f);
    std::string got;
    for (const Finding& x : f) got += std::string(got.empty() ? "" : " ") + std::string(KindName(x.kind));
    EXPECT_EQ(got, c.want) << c.text;
  }
}

// An item of a list after a language is a language however read where the
// list goes on or ends after it; before another word, only a weak reading
// is: a sure one may be a person joining the clause ("spoke Dari and Ahmad
// translated").
TEST(PlacesByContextTest, ListsOfLanguagesEndAtAMarkOrAConjunction) {
  const std::string text =
      "the attackers spoke Nuer and Collo and fled; the guard spoke Dari and Ahmad translated; "
      "speaks Hausa and Kanuri well";
  const auto reading = [&](std::string_view s, float c) {
    const size_t b = text.find(s);
    return Finding{b, b + s.size(), Kind::kPerson, "", c, "tagger"};
  };
  std::vector<Finding> f = {reading("Nuer", 0.9f),  reading("Collo", 0.9f),  reading("Dari", 0.45f),
                            reading("Ahmad", 0.9f), reading("Hausa", 0.9f), reading("Kanuri", 0.4f)};
  ReadPlacesAndPersons(text, &f);
  std::string kinds;
  for (const Finding& x : f) kinds += std::string(KindName(x.kind)) + " ";
  EXPECT_EQ(kinds, "DEM DEM DEM PERSON DEM DEM ");
}

// A language that a noun names so is that language wherever the tagger
// reads its word alone, however surely; not when a name of two words or more
// in the document holds the word and the word is a given or family name of
// the lexicons, and then linking still propagates it.
TEST(PlacesByContextTest, LanguagesNamedElsewhere) {
  const auto kinds_of = [](std::string_view text, std::vector<std::pair<std::string_view, float>> readings) {
    std::vector<Finding> f;
    size_t from = 0;
    for (const auto& [s, c] : readings) {
      const size_t b = text.find(s, from);
      EXPECT_NE(b, std::string_view::npos) << s;
      f.push_back(Finding{b, b + s.size(), Kind::kPerson, "", c, "tagger"});
      from = b + s.size();
    }
    ReadPlacesAndPersons(text, &f);
    std::string kinds;
    for (const Finding& x : f) kinds += std::string(KindName(x.kind)) + " ";
    return kinds;
  };
  EXPECT_EQ(kinds_of("the Eegimaa language is old. Eegimaa is spoken in ten villages.",
                     {{"Eegimaa", 0.6f}, {"Eegimaa", 0.9f}}),
            "DEM DEM ");
  EXPECT_EQ(kinds_of("Baloch speakers live here. Baloch said no. Abdul Rahman Baloch left.",
                     {{"Baloch", 0.6f}, {"Baloch", 0.9f}, {"Abdul Rahman Baloch", 0.95f}}),
            "DEM PERSON PERSON ");
  // A word that no name lexicon holds stays the language where a reading of
  // two words holds it ("the Gusilaay Ndobaay" read as a person).
  EXPECT_EQ(kinds_of("the Gusilaay Ndobaay is old. Ndobaay speakers live here. Ndobaay is spoken.",
                     {{"Gusilaay Ndobaay", 0.7f}, {"Ndobaay", 0.6f}, {"Ndobaay", 0.9f}}),
            "PERSON DEM DEM ");
  const std::string text = "Baloch speakers live here. Abdul Rahman Baloch left. Later Baloch said no.";
  const size_t held = text.find("Abdul Rahman Baloch"), later = text.find("Baloch said");
  Linked l = LinkMentions(text, {Finding{0, 6, Kind::kPerson, "", 0.4f, "tagger"},
                                 Finding{held, held + 19, Kind::kPerson, "", 0.95f, "tagger"}});
  EXPECT_TRUE(std::any_of(l.findings.begin(), l.findings.end(), [&](const Finding& f) {
    return f.kind == Kind::kPerson && f.begin == later && f.end == later + 6;
  })) << "the name's word is propagated";
}

// A name that a sentence defines as a place ("X is a small town with") is
// that place wherever the tagger reads exactly it as a person, however
// surely; not when the noun goes on to a post ("a city council member"), a
// possessive or a name follows it, another verb stands between, or a name
// of two words holds the word.
TEST(PlacesByContextTest, NamesDefinedAsPlaces) {
  struct Row {
    const char* text;
    const char* readings;  // '|'-separated tagger PERSON readings, in text order
    const char* want;      // their kinds after ReadPlacesAndPersons
  };
  const Row rows[] = {
      {"Kolwezi is an old mining town with a market. Kolwezi grew fast.", "Kolwezi|Kolwezi", "LOC LOC "},
      {"Later Kolwezi grew fast. Kolwezi was a fairly small city; it grew.", "Kolwezi|Kolwezi", "LOC LOC "},
      {"Gul Agha is the district (Nad Ali) governor. Gul Agha left.", "Gul Agha|Gul Agha", "PERSON PERSON "},
      {"Gul Agha is the district - Nad Ali - governor. Gul Agha left.", "Gul Agha|Gul Agha", "PERSON PERSON "},
      {"Socotra is a perfect destination for hikers. Socotra has trees.", "Socotra|Socotra", "LOC LOC "},
      {"Mosul is the capital of Nineveh. Then Mosul fell.", "Mosul|Mosul", "LOC LOC "},
      {"Hamdan is a small island nation. Hamdan is far.", "Hamdan|Hamdan", "LOC LOC "},
      {"Kajo Keji is a town on the Nile. Keji said no.", "Keji", "PERSON "},  // the run is the place
      {"Karim is a city council member. Karim said no.", "Karim|Karim", "PERSON PERSON "},
      {"Karim is a town elder. Karim said no.", "Karim|Karim", "PERSON PERSON "},
      {"Amina is the district commissioner.", "Amina", "PERSON "},
      {"Amina is the town's best lawyer.", "Amina", "PERSON "},
      {"Amina is a village Ahmad visited.", "Amina", "PERSON "},
      {"Amina is now a town official.", "Amina", "PERSON "},
      {"Amina is the mayor of the city.", "Amina", "PERSON "},
      {"Amina is the youngest in the village.", "Amina", "PERSON "},
      {"The convoy met Amina", "Amina", "PERSON "},  // a reading that ends the text
      {"Amina is a very very old and rich village woman.", "Amina", "PERSON "},  // five words between
      {"Mary is a town in Turkmenistan. Mary Okello said Mary left.", "Mary|Mary Okello|Mary",
       "PERSON PERSON PERSON "},
  };
  for (const Row& r : rows) {
    const std::string_view text = r.text;
    std::vector<Finding> f;
    size_t from = 0;
    for (std::string_view rest = r.readings; !rest.empty();) {
      const std::string_view s = rest.substr(0, rest.find('|'));
      rest.remove_prefix(std::min(rest.size(), s.size() + 1));
      size_t b = text.find(s, from);
      while (b != std::string_view::npos && b + s.size() < text.size() && text[b + s.size()] != ' ' &&
             text[b + s.size()] != '.') {
        b = text.find(s, b + 1);
      }
      ASSERT_NE(b, std::string_view::npos) << s;
      f.push_back(Finding{b, b + s.size(), Kind::kPerson, "", 0.9f, "tagger"});
      from = b + s.size();
    }
    ReadPlacesAndPersons(text, &f);
    std::string kinds;
    for (const Finding& x : f) kinds += std::string(KindName(x.kind)) + " ";
    EXPECT_EQ(kinds, r.want) << r.text;
  }
}

// The place words make places of readings, never persons of places, and
// never touch other kinds.
TEST(PlacesByContextTest, FamilyNamesAreActedOn) {
  const std::string text = "The Karimi family left.";
  std::vector<Finding> f = {Finding{4, 10, Kind::kOrg, "", 0.45f, "tagger"}};
  ReadPlacesAndPersons(text, &f);
  EXPECT_EQ(f[0].kind, Kind::kPerson);
  EXPECT_FLOAT_EQ(f[0].confidence, 0.6f);  // a family's name is as sure as a joined patronym
}

// A weak PERSON reading of a text read elsewhere, more surely, as a place
// is that place; not when the text is also read as a person at 0.5, nor for
// a word inside a longer place.
TEST(PlacesByContextTest, WeakPersonsReadElsewhereAsPlaces) {
  const std::string text = "We were in Ntokota and Nangua. The road to Nangua is closed. Briceno said.";
  const size_t first = text.find("Nangua"), second = text.find("Nangua", first + 1);
  const Finding weak{first, first + 6, Kind::kPerson, "", 0.34f, "tagger"};
  const Finding place{second, second + 6, Kind::kLoc, "", 0.72f, "tagger"};
  struct Row {
    std::vector<Finding> findings;
    Kind want;  // of the first finding
  };
  const Row rows[] = {
      {{weak, place}, Kind::kLoc},
      {{weak, Finding{second, second + 6, Kind::kLoc, "", 0.3f, "tagger"}}, Kind::kPerson},  // less sure
      {{weak, place, Finding{second, second + 6, Kind::kPerson, "", 0.5f, "tagger"}}, Kind::kPerson},
      {{Finding{first, first + 6, Kind::kPerson, "", 0.5f, "tagger"}, place}, Kind::kPerson},  // acted on
      {{weak, Finding{second - 4, second + 6, Kind::kLoc, "", 0.9f, "tagger"}}, Kind::kPerson},  // "to Nangua"
      {{weak, Finding{second, second + 6, Kind::kOrg, "", 0.9f, "tagger"}}, Kind::kPerson},
  };
  for (const Row& r : rows) {
    std::vector<Finding> f = r.findings;
    ReadPlacesAndPersons(text, &f);
    EXPECT_EQ(f[0].kind, r.want) << f.size();
  }
}

// A tagger's PERSON reading below 0.7 of a text that the document reads
// elsewhere as a place in a context that confirms it (a locative and a
// place word, an administrative word after it) is that place; the tagger's
// own LOC readings, however sure, do not make a person's reading a place.
TEST(PlacesByContextTest, PersonsReadElsewhereAsPlacesInContext) {
  const std::string text = "shelling near Abu Shouk gate. Abu Shouk block 7. anyone in Abu Shouk can help";
  const size_t a = text.find("Abu Shouk"), b = text.find("Abu Shouk", a + 1), c = text.find("Abu Shouk", b + 1);
  struct Row {
    std::vector<Finding> findings;
    Kind want;  // of the second finding
  };
  const auto at = [](size_t p, Kind k, float conf, std::string_view detector = "tagger") {
    return Finding{p, p + 9, k, "", conf, detector};
  };
  const Row rows[] = {
      {{at(a, Kind::kPerson, 0.62f), at(b, Kind::kPerson, 0.63f), at(c, Kind::kLoc, 0.77f)}, Kind::kLoc},
      {{at(a, Kind::kPerson, 0.62f), at(b, Kind::kPerson, 0.63f)}, Kind::kLoc},  // "near Abu" is context enough
      {{at(b, Kind::kPerson, 0.63f), at(b, Kind::kPerson, 0.63f)}, Kind::kPerson},
      {{at(c, Kind::kLoc, 0.77f), at(b, Kind::kPerson, 0.75f)}, Kind::kPerson},                 // sure of a person
      {{at(c, Kind::kLoc, 0.77f), at(b, Kind::kPerson, 0.6f, "relations")}, Kind::kPerson},   // not the tagger's
      {{at(c, Kind::kLoc, 0.77f), at(b, Kind::kPerson, 0.6f), at(b, Kind::kPerson, 0.8f, "titles")}, Kind::kPerson},
  };
  for (const Row& r : rows) {
    std::vector<Finding> f = r.findings;
    ReadPlacesAndPersons(text, &f);
    EXPECT_EQ(f[1].kind, r.want) << &r - rows;
  }
  // A word of places' names ("Tal") and a place in context elsewhere: a
  // place however surely the tagger reads a person there; not "Abu".
  {
    const std::string tal = "the M4 near Tal Tamr, 11/2023. lives by the Khabur river, Tal Tamr.";
    const size_t t1 = tal.find("Tal Tamr"), t2 = tal.find("Tal Tamr", t1 + 1);
    std::vector<Finding> f = {Finding{t1, t1 + 8, Kind::kPerson, "", 0.67f, "tagger"},
                              Finding{t2, t2 + 8, Kind::kPerson, "", 0.77f, "tagger"}};
    ReadPlacesAndPersons(tal, &f);
    EXPECT_EQ(f[0].kind, Kind::kLoc);
    EXPECT_EQ(f[1].kind, Kind::kLoc);
  }
  // "- Falmata Bukar, WASH officer" read as a place at 0.62 by the tagger
  // alone: "follow-up for Falmata Bukar" stays a person.
  const std::string staff = "- Falmata Bukar, WASH officer\nfollow-up for Falmata Bukar and Mr Abdou";
  const size_t s1 = staff.find("Falmata"), s2 = staff.find("Falmata", s1 + 1);
  std::vector<Finding> f = {Finding{s1, s1 + 13, Kind::kLoc, "", 0.62f, "tagger"},
                            Finding{s2, s2 + 13, Kind::kPerson, "", 0.55f, "tagger"}};
  ReadPlacesAndPersons(staff, &f);
  EXPECT_EQ(f[1].kind, Kind::kPerson);
}

// A tagger's PERSON reading of exactly a country's name is the country,
// however sure; not a country that is a common name too, not after a
// personal title, not where another PERSON reading holds the word.
TEST(PlacesByContextTest, CountriesArePlaces) {
  struct Row {
    const char* text;
    const char* reading;           // the tagger's PERSON reading at 0.95, first occurrence
    const char* other;             // another PERSON reading (the tagger's), or ""
    const char* other_detector;    // its detector
    Kind want;                     // of the first
  };
  const Row rows[] = {
      {"Sweden faced South Korea at the stadium.", "Sweden", "", "", Kind::kLoc},
      {"the match ended with Mozambique winning", "Mozambique", "", "", Kind::kLoc},
      {"Jordan scored twice.", "Jordan", "", "", Kind::kPerson},          // a given name too
      {"Mr Sweden spoke.", "Sweden", "", "", Kind::kPerson},              // after a title
      {"Dr. Uganda spoke.", "Uganda", "", "", Kind::kPerson},
      {"Sweden Okello came; Sweden said", "Sweden", "Sweden Okello", "tagger", Kind::kPerson},
      {"Sweden said", "Sweden", "Sweden", "titles", Kind::kPerson},       // another detector's person
      {"Swedens said", "Swedens", "", "", Kind::kPerson},                 // not a country's name
      {"SWEDEN said", "SWEDEN", "", "", Kind::kPerson},                   // as written only
  };
  for (const Row& r : rows) {
    const std::string text = r.text;
    const size_t at = text.find(r.reading);
    std::vector<Finding> f = {Finding{at, at + std::strlen(r.reading), Kind::kPerson, "", 0.95f, "tagger"}};
    if (*r.other != 0) {
      const size_t o = text.find(r.other);
      f.push_back(Finding{o, o + std::strlen(r.other), Kind::kPerson, "", 0.9f, r.other_detector});
    }
    ReadPlacesAndPersons(text, &f);
    const auto first = std::find_if(f.begin(), f.end(), [&](const Finding& x) {
      return x.begin == at && x.end == at + std::strlen(r.reading) && x.detector == "tagger";
    });
    ASSERT_NE(first, f.end()) << r.text;
    EXPECT_EQ(first->kind, r.want) << r.text;
  }
}

// The regional names rule's reading of a text the tagger reads as a place at
// 0.7 or more, after a locative or in a context that confirms it, is the
// place ("relatives in Lakki Marwat"); not below 0.7, nor where another
// reading is surer of a person, nor where nothing but the tagger's reading
// says place (below).
TEST(PlacesByContextTest, RegionalNamesReadSurelyAsPlacesArePlaces) {
  const std::string text = "moved on to relatives in Lakki Marwat and Bannu.";
  const size_t b = text.find("Lakki Marwat"), e = b + 12;
  struct Row {
    std::vector<Finding> findings;
    Kind want;  // of the first finding
  };
  const Row rows[] = {
      {{Finding{b, e, Kind::kPerson, "REGIONAL", 0.5f, "regional"}, Finding{b, e, Kind::kLoc, "", 0.72f, "tagger"}},
       Kind::kLoc},
      {{Finding{b, e, Kind::kPerson, "REGIONAL", 0.5f, "regional"}, Finding{b, e, Kind::kLoc, "", 0.65f, "tagger"}},
       Kind::kPerson},
      {{Finding{b, e, Kind::kPerson, "REGIONAL", 0.5f, "regional"}, Finding{b, e, Kind::kLoc, "", 0.72f, "tagger"},
        Finding{b, e, Kind::kPerson, "", 0.6f, "tagger"}},
       Kind::kPerson},
      {{Finding{b, e, Kind::kPerson, "", 0.5f, "relations"}, Finding{b, e, Kind::kLoc, "", 0.72f, "tagger"}},
       Kind::kPerson},
  };
  for (const Row& r : rows) {
    std::vector<Finding> f = r.findings;
    ReadPlacesAndPersons(text, &f);
    EXPECT_EQ(f[0].kind, r.want) << &r - rows;
  }
  // The same readings of a name with no locative before it, however sure
  // the place reading: the person stays (a radio operator named after a
  // landing, read as a place at 0.86). After "from" or "near", the place.
  struct ContextRow {
    std::string text;
    Kind want;
  };
  const ContextRow contexts[] = {
      {"Radio operator at the landing, Mansour, has contact.", Kind::kPerson},
      {"Radio operator: Mansour.", Kind::kPerson},
      {"Families arrived from Mansour yesterday.", Kind::kLoc},
      {"Families camped near Mansour yesterday.", Kind::kLoc},
  };
  for (const ContextRow& c : contexts) {
    const size_t at = c.text.find("Mansour");
    std::vector<Finding> f = {Finding{at, at + 7, Kind::kPerson, "REGIONAL", 0.5f, "regional"},
                              Finding{at, at + 7, Kind::kLoc, "", 0.86f, "tagger"}};
    ReadPlacesAndPersons(c.text, &f);
    EXPECT_EQ(f[0].kind, c.want) << c.text;
  }
}

// A tagger's weak PERSON reading of exactly a town of the gazetteer is the
// town; not a confident one, nor one the document also reads surely as a
// person, nor another rule's, nor a word that is a given name ("Victoria").
TEST(PlacesByContextTest, WeakPersonsThatAreTownsArePlaces) {
  const std::string text = "Ouahigouya was quiet. Ouahigouya said no. MANDALAY. Victoria came. Kaya.";
  auto at = [&](std::string_view w, size_t from = 0) { return text.find(w, from); };
  const size_t first = at("Ouahigouya"), second = at("Ouahigouya", first + 1);
  const Finding weak{first, first + 10, Kind::kPerson, "", 0.34f, "tagger"};
  struct Row {
    std::vector<Finding> findings;
    Kind want;  // of the first finding
  };
  const Row rows[] = {
      {{weak}, Kind::kLoc},
      {{Finding{at("MANDALAY"), at("MANDALAY") + 8, Kind::kPerson, "", 0.4f, "tagger"}}, Kind::kLoc},  // any case
      {{Finding{first, first + 10, Kind::kPerson, "", 0.59f, "tagger"}}, Kind::kLoc},                   // below 0.7
      {{Finding{first, first + 10, Kind::kPerson, "", 0.7f, "tagger"}}, Kind::kPerson},                 // read surely
      {{weak, Finding{second, second + 10, Kind::kPerson, "", 0.7f, "tagger"}}, Kind::kPerson},         // a person too
      {{Finding{first, first + 10, Kind::kPerson, "", 0.34f, "relations"}}, Kind::kPerson},             // a rule's
      {{Finding{at("Victoria"), at("Victoria") + 8, Kind::kPerson, "", 0.34f, "tagger"}}, Kind::kPerson},  // a given name
      {{Finding{first, first + 5, Kind::kPerson, "", 0.34f, "tagger"}}, Kind::kPerson},                 // "Ouahi": not a town
  };
  for (const Row& r : rows) {
    std::vector<Finding> f = r.findings;
    ReadPlacesAndPersons(text, &f);
    EXPECT_EQ(f[0].kind, r.want) << text.substr(r.findings[0].begin, r.findings[0].size());
  }
  // After a word for a relative or a role, a town's name is a person's
  // ("Nandu", a town of the gazetteer and a Hindi name).
  for (const char* phrase : {"on a pony (pony-wala Nandu).", "her driver Nandu said", "the town Nandu"}) {
    const std::string t = phrase;
    std::vector<Finding> f = {Finding{t.find("Nandu"), t.find("Nandu") + 5, Kind::kPerson, "", 0.4f, "tagger"}};
    ReadPlacesAndPersons(t, &f);
    EXPECT_EQ(f[0].kind, std::string_view(phrase).starts_with("the town") ? Kind::kLoc : Kind::kPerson) << phrase;
  }
}

// A town of the gazetteer that the document places twice is that place
// wherever the tagger reads it alone as a person, however surely; not when
// a longer PERSON reading or another detector holds it as a person's word.
TEST(PlacesByContextTest, TownsPlacedTwiceArePlacesEverywhere) {
  const std::string text =
      "Ouahigouya reste calme. Il est arriv\xC3\xA9 \xC3\xA0 Ouahigouya, puis vers Ouahigouya. Axe Ouahigouya. "
      "Moussa Ouahigouya. Ouahigouya's.";
  std::vector<size_t> at;
  for (size_t p = text.find("Ouahigouya"); p != std::string::npos; p = text.find("Ouahigouya", p + 1)) at.push_back(p);
  ASSERT_EQ(at.size(), 6u);
  const auto town = [&](size_t k, float c = 0.85f, std::string_view detector = "tagger") {
    return Finding{at[k], at[k] + 10, Kind::kPerson, "", c, detector};
  };
  const size_t moussa = text.find("Moussa"), axe = text.find("Axe");
  struct Row {
    std::vector<Finding> findings;
    Kind want;  // of the first finding
  };
  const Row rows[] = {
      {{town(0), town(1), town(2)}, Kind::kLoc},                                           // "à", "vers"
      {{town(0), town(1)}, Kind::kPerson},                                                 // placed once
      {{town(0), town(1), town(5)}, Kind::kPerson},                                        // a possessive
      {{town(0), town(1), town(2), Finding{axe, at[3] + 10, Kind::kPerson, "", 0.6f, "tagger"}}, Kind::kLoc},
      {{town(0), town(1), town(2), Finding{moussa, at[4] + 10, Kind::kPerson, "", 0.8f, "tagger"}}, Kind::kPerson},
      {{town(0), town(1), town(2), town(4, 0.8f, "titles")}, Kind::kPerson},               // a rule's person
  };
  for (const Row& r : rows) {
    std::vector<Finding> f = r.findings;
    ReadPlacesAndPersons(text, &f);
    EXPECT_EQ(f[0].kind, r.want) << &r - rows;
  }
  // A town of two words, placed by "to" and "in".
  const std::string sot = "Can he travel to Mae Sot? Mae Sot is safer. A safe house in Mae Sot.";
  std::vector<Finding> f;
  for (size_t p = sot.find("Mae Sot"); p != std::string::npos; p = sot.find("Mae Sot", p + 1)) {
    f.push_back(Finding{p, p + 7, Kind::kPerson, "", 0.84f, "tagger"});
  }
  ReadPlacesAndPersons(sot, &f);
  ASSERT_EQ(f.size(), 3u);
  EXPECT_EQ(f[1].kind, Kind::kLoc);
  // A name of two words outside the gazetteer, placed twice by strong
  // contexts; not by "to" and "from", which name persons as often.
  const auto all_of = [](const std::string& text, std::string_view name) {
    std::vector<Finding> found;
    for (size_t p = text.find(name); p != std::string::npos; p = text.find(name, p + 1)) {
      found.push_back(Finding{p, p + name.size(), Kind::kPerson, "", 0.84f, "tagger"});
    }
    ReadPlacesAndPersons(text, &found);
    return found;
  };
  const std::vector<Finding> aqil =
      all_of("Location: Pano Aqil, road\nstaff at Pano Aqil point\nnear Sangi, Tehsil Pano Aqil\n", "Pano Aqil");
  ASSERT_EQ(aqil.size(), 3u);
  EXPECT_EQ(aqil[0].kind, Kind::kLoc);
  const std::vector<Finding> omar = all_of("a call from Omar Zaki; we gave it to Omar Zaki; Omar Zaki left", "Omar Zaki");
  ASSERT_EQ(omar.size(), 3u);
  EXPECT_EQ(omar[2].kind, Kind::kPerson);
}

// A run of another script in parentheses right after a place is the place;
// after a person, or not right after a place, it stays a person's.
TEST(PlacesByContextTest, PlacesWrittenInAnotherScript) {
  const std::string text = "held in Yahidne (\xD0\xAF\xD0\xB3\xD1\x96\xD0\xB4\xD0\xBD\xD0\xB5), "
                           "Hnatiuk (\xD0\x93\xD0\xBD\xD0\xB0\xD1\x82\xD1\x8E\xD0\xBA), and (\xD0\x90\xD0\xBD\xD0\xB0)";
  const size_t place = text.find("Yahidne"), person = text.find("Hnatiuk");
  std::vector<Finding> f = {Finding{place, place + 7, Kind::kLoc, "", 0.62f, "tagger"},
                            Finding{person, person + 7, Kind::kPerson, "", 0.8f, "tagger"}};
  for (size_t open = text.find('('); open != std::string::npos; open = text.find('(', open + 1)) {
    f.push_back(Finding{open + 1, text.find(')', open), Kind::kPerson, "", 0.7f, "script"});
  }
  ReadPlacesAndPersons(text, &f);
  ASSERT_EQ(f.size(), 5u);
  EXPECT_EQ(f[2].kind, Kind::kLoc);
  EXPECT_EQ(f[3].kind, Kind::kPerson);
  EXPECT_EQ(f[4].kind, Kind::kPerson);
}

// A run of another script joined by a spaced slash to a place, either side,
// is the place (a bilingual column); joined so to a person, a person's.
TEST(PlacesByContextTest, PlacesBesideTheirNameInAnotherScript) {
  const std::string fizuli = "\xD0\xA4\xD0\xB8\xD0\xB7\xD1\x83\xD0\xBB\xD0\xB8";
  const std::string text = "| " + fizuli + " / F\xC3\xBCzuli | Khiam / " + fizuli + " | " + fizuli + " / Elchin |";
  const size_t first = text.find(fizuli), second = text.find(fizuli, first + 1), third = text.find(fizuli, second + 1);
  const size_t fuzuli = text.find("F\xC3\xBC"), khiam = text.find("Khiam"), elchin = text.find("Elchin");
  std::vector<Finding> f = {Finding{fuzuli, fuzuli + 7, Kind::kLoc, "", 0.6f, "tagger"},
                            Finding{khiam, khiam + 5, Kind::kLoc, "", 0.6f, "tagger"},
                            Finding{elchin, elchin + 6, Kind::kPerson, "", 0.8f, "tagger"}};
  for (size_t at : {first, second, third}) f.push_back(Finding{at, at + fizuli.size(), Kind::kPerson, "", 0.7f, "script"});
  ReadPlacesAndPersons(text, &f);
  ASSERT_EQ(f.size(), 6u);
  EXPECT_EQ(f[3].kind, Kind::kLoc);
  EXPECT_EQ(f[4].kind, Kind::kLoc);
  EXPECT_EQ(f[5].kind, Kind::kPerson);
}

// A weak PERSON reading of a span the DEM lexicons read at least as surely
// is the group or the occupation ("Nurse + protection officer").
TEST(PlacesByContextTest, WeakPersonsReadAsSurelyAsDemAreDem) {
  const std::string text = "Nurse + protection officer on board";
  struct Row {
    float person, dem;
    Kind want;
  } rows[] = {{0.32f, 0.35f, Kind::kDem}, {0.32f, 0.32f, Kind::kDem}, {0.4f, 0.35f, Kind::kPerson},
              {0.6f, 0.9f, Kind::kPerson}};  // a sure PERSON reading stays
  for (const Row& r : rows) {
    std::vector<Finding> f = {Finding{0, 5, Kind::kPerson, "", r.person, "tagger"},
                              Finding{0, 5, Kind::kDem, "OCCUPATION", r.dem, "quasi"}};
    ReadPlacesAndPersons(text, &f);
    EXPECT_EQ(f[0].kind, r.want) << r.person << " " << r.dem;
  }
}

// Weak PERSON readings after a locative or in a list beside a place are
// places; confident ones stay persons.
TEST(PlacesByContextTest, WeakPersonsAfterLocativesAndInListsOfPlaces) {
  struct Row {
    const char* text;
    const char* person;  // the PERSON reading's words
    float confidence;
    const char* loc;     // a LOC reading's words, or ""
    Kind want;
  };
  const Row rows[] = {
      {"the church in Hpakant wrote", "Hpakant", 0.32f, "", Kind::kLoc},
      {"the church in Hpakant wrote", "Hpakant", 0.6f, "", Kind::kPerson},
      {"we met in Karim's house", "Karim", 0.4f, "", Kind::kPerson},
      {"National road Borongan-Guiuan passable", "Borongan-Guiuan", 0.38f, "", Kind::kLoc},
      {"dont 6 transf\xC3\xA9r\xC3\xA9s \xC3\xA0 Cange.", "Cange", 0.4f, "", Kind::kLoc},
      {"believe in Karim Rahimi", "Karim Rahimi", 0.4f, "", Kind::kPerson},  // two words
      {"Several say Pulka and Banki are unsafe", "Pulka", 0.4f, "Banki", Kind::kLoc},
      {"from Drodro, Largu and Rhoe", "Rhoe", 0.4f, "Largu", Kind::kLoc},
      {"Banki and Karim left", "Karim", 0.6f, "Banki", Kind::kPerson},
      {"Banki with Karim left", "Karim", 0.4f, "Banki", Kind::kPerson},
      {"on the Lopa road", "Lopa", 0.45f, "", Kind::kLoc},
      // Pairs of places: "/", " / ", " & ".
      {"Protection Officer, Lubero/Beni", "Beni", 0.37f, "Lubero", Kind::kLoc},
      {"KABUL / MAZAR - HANDLE WITH CARE", "MAZAR", 0.34f, "KABUL", Kind::kLoc},
      {"network, Yinmabin & Salingyi", "Yinmabin", 0.35f, "Salingyi", Kind::kLoc},
      {"Route: Marsabit > Kargi > Kalacha", "Kargi", 0.38f, "Marsabit", Kind::kLoc},  // the legs of a route
      {"Karim/Rahim wrote", "Rahim", 0.4f, "", Kind::kPerson},  // no place beside
      // The Spanish and French "and"; Spanish and French locatives; a region
      // in parentheses after a place.
      {"pas\xC3\xB3 por Bogot\xC3\xA1 y Cali en mula", "Cali", 0.4f, "Bogot\xC3\xA1", Kind::kLoc},
      {"message vers Tshikapa et Kananga.", "Kananga", 0.4f, "Tshikapa", Kind::kLoc},
      {"viene caminando desde Pamplona, pas\xC3\xB3", "Pamplona", 0.4f, "", Kind::kLoc},
      {"near Bab al-Tob, Mosul (Nineveh)\nChair:", "Nineveh", 0.4f, "Mosul", Kind::kLoc},
      {"called Karim (Rahim) today", "Rahim", 0.4f, "", Kind::kPerson},  // no place before
      {"Karim y Rahim", "Rahim", 0.4f, "", Kind::kPerson},
      {"we walked to the river Kasai and", "Kasai", 0.4f, "", Kind::kLoc},
      {"jusqu'\xC3\xA0 la rivi\xC3\xA8re Kasa\xC3\xAF et", "Kasa\xC3\xAF", 0.4f, "", Kind::kLoc},
      {"al campamento junto al r\xC3\xADo Bravo.", "Bravo", 0.45f, "", Kind::kLoc},
      {"ont d\xC3\xA9riv\xC3\xA9 jusqu'au lac Kivu ; les", "Kivu", 0.44f, "", Kind::kLoc},
      {"Les rivi\xC3\xA8res Chishova et", "Chishova", 0.42f, "", Kind::kLoc},
      {"arriv\xC3\xA9" "e de 60 m\xC3\xA9nages depuis Abeibara ; relais", "Abeibara", 0.42f, "", Kind::kLoc},
      {"pr\xC3\xA8s de l'oued Amettai, le", "Amettai", 0.4f, "", Kind::kLoc},
      {"a boat on lake Kuma sank", "Kuma", 0.4f, "", Kind::kLoc},
      {"el se\xC3\xB1or Bravo lleg\xC3\xB3", "Bravo", 0.45f, "", Kind::kPerson},
      {"from Jeddah 5 camp and Qayyarah, plus", "Qayyarah", 0.4f, "", Kind::kLoc},
      // After a name and a word for an area.
      {"the link between Taiz city and Aden via", "Aden", 0.3f, "", Kind::kLoc},
      {"between the city and Aden", "Aden", 0.3f, "", Kind::kPerson},  // no name before "city"
      {"the Taiz city and Aden Karimi", "Aden Karimi", 0.4f, "", Kind::kPerson},  // two words
      // "from" before a name with a place word; not Abu or Khan.
      {"an elder from Jabal Sabir who", "Jabal Sabir", 0.45f, "", Kind::kLoc},
      {"a call from Abu Hamza today", "Abu Hamza", 0.45f, "", Kind::kPerson},
      // A leg of a route whose other end is a place.
      {"asked to move from Nayapara to Leda to join", "Leda", 0.4f, "Nayapara", Kind::kLoc},
      {"que baja de Xolbey\xC3\xA1 hacia Nahual\xC3\xA1, a la", "Xolbey\xC3\xA1", 0.4f, "Nahual\xC3\xA1", Kind::kLoc},
      {"the road from Lodwar - Lokori", "Lodwar", 0.4f, "Lokori", Kind::kLoc},
      {"a message from Nayapara to Karim", "Karim", 0.4f, "", Kind::kPerson},       // no place before
      {"sent Nayapara to Leda", "Leda", 0.4f, "Nayapara", Kind::kPerson},           // no "from"
      {"a letter from Karim to Nahual\xC3\xA1", "Karim", 0.6f, "Nahual\xC3\xA1", Kind::kPerson},  // not weak
      // A word for a site, a ward or a border after it.
      {"came in from the Joda border crossing", "Joda", 0.45f, "", Kind::kLoc},
      // A route of places joined by spaced dashes; not a name after one dash.
      {"08.11 Fri  Dnipro - Pavlohrad - Mezhova - Andriivka (3 pax)", "Mezhova - Andriivka", 0.4f, "Pavlohrad", Kind::kLoc},
      {"09.11 Sat  Dnipro - Synelnykove - Vasylkivka (2 pax)", "Synelnykove", 0.4f, "Vasylkivka", Kind::kLoc},
      {"09.11 Sat  Dnipro - Synelnykove - Vasylkivka (2 pax)", "Synelnykove - Vasylkivka", 0.4f, "", Kind::kLoc},  // a town before
      {"09.11 Sat  Dnipro - Ahmad Shah said", "Ahmad Shah", 0.4f, "", Kind::kPerson},  // no other dash
      {"KABUL - Ahmad Shah said on Monday", "Ahmad Shah", 0.4f, "KABUL", Kind::kPerson},
      // A road between places; French, Spanish and Portuguese "near".
      {"Lieu : axe Gao \xE2\x80\x93 Ansongo", "Gao", 0.45f, "", Kind::kLoc},
      // An en dash without spaces: a route's other end after a locative or
      // beside a place; not a pair of names, nor a spaced dash alone.
      {"sur l'axe Ouallam\xE2\x80\x93" "Banibangou ; escorte", "Banibangou", 0.4f, "", Kind::kLoc},
      {"the Goma\xE2\x80\x93Sake road", "Goma", 0.4f, "Sake", Kind::kLoc},
      {"the Kruskal\xE2\x80\x93Wallis test", "Wallis", 0.4f, "", Kind::kPerson},
      {"sur l'axe Ouallam \xE2\x80\x93 Karim a dit", "Karim", 0.4f, "", Kind::kPerson},
      {"convoi pr\xC3\xA8s de Foub\xC3\xA9 ; les PDI", "Foub\xC3\xA9", 0.45f, "", Kind::kLoc},
      {"la casa de Fabio", "Fabio", 0.45f, "", Kind::kPerson},
      {"patrouill\xC3\xA9 de Kalundu jusqu'\xC3\xA0 Kavimvira et", "Kavimvira", 0.45f, "", Kind::kLoc},
      {"il a parl\xC3\xA9 \xC3\xA0 Kavimvira et", "Kavimvira", 0.45f, "", Kind::kPerson},
      // "à" after a word of living, going or staying; "de" after a word of
      // coming from, also read with its "de"; not after a verb of speech.
      {"M\xC3\xA9nag\xC3\xA8re, r\xC3\xA9sidant \xC3\xA0 Tin-Adjar depuis 2019", "Tin-Adjar", 0.4f, "", Kind::kLoc},
      {"Ibrahim est parti \xC3\xA0 Anderamboukane.", "Anderamboukane", 0.45f, "", Kind::kLoc},
      {"les gendarmes \xC3\xA0 Tchiroz\xC3\xA9rine contr\xC3\xB4lent", "Tchiroz\xC3\xA9rine", 0.4f, "", Kind::kLoc},
      {"il a dit \xC3\xA0 Moussa de partir", "Moussa", 0.45f, "", Kind::kPerson},
      {"la foire hebdomadaire de Konna. Vers 11h", "Konna", 0.31f, "", Kind::kLoc},
      {"le CSCom de Konna, M. Issa", "Konna", 0.31f, "", Kind::kLoc},
      {"Tailleur, originaire de Tin-Adjar, fils de", "Tin-Adjar", 0.4f, "", Kind::kLoc},
      {"Tailleur, originaire de Tin-Adjar, fils de", "de Tin-Adjar", 0.4f, "", Kind::kLoc},
      {"una mujer oriunda de Tarapac\xC3\xA1 y", "Tarapac\xC3\xA1", 0.4f, "", Kind::kLoc},
      {"la hija de Tarapac\xC3\xA1 y", "Tarapac\xC3\xA1", 0.4f, "", Kind::kPerson},
      {"|13/11|Gedaref town>Doka|SDN IDP", "Doka", 0.45f, "Gedaref town", Kind::kLoc},

      {"Mararani village, Basuba ward, on the edge", "Basuba", 0.45f, "", Kind::kLoc},
      // A French word for a kind of place and a hyphen open the word; "side"
      // after it; the place a sure LOC reading names before a word for a
      // kind of place or after "de".
      {"la RN1 entre Pont-Sond\xC3\xA9 et Saint-Marc", "Pont-Sond\xC3\xA9", 0.41f, "", Kind::kLoc},
      {"Jean-Pont arrived", "Jean-Pont", 0.41f, "", Kind::kPerson},
      {"6 youths from N'Mai Hka side who ran", "N'Mai Hka", 0.375f, "", Kind::kLoc},
      {"todas llegaron a La Parada como a las 11", "La Parada", 0.485f, "", Kind::kLoc},
      {"2.300 pessoas chegaram a Montepuez-sede, sobretudo", "Montepuez-sede", 0.45f, "", Kind::kLoc},
      {"le digo a Anita de la porter\xC3\xAD" "a", "Anita", 0.45f, "", Kind::kPerson},  // the personal "a"
      {"la carretera a Kimbiri. (I.E. de Kimbiri) informa", "Kimbiri", 0.365f, "I.E. de Kimbiri", Kind::kLoc},
      {"we met Ludoma there. Ludoma market burned", "Ludoma", 0.4f, "Ludoma market", Kind::kLoc},
      {"we met Ludoma there. Ludoma and Sons burned", "Ludoma", 0.4f, "Ludoma and Sons", Kind::kPerson},
  };
  for (const Row& r : rows) {
    const std::string text = r.text;
    const size_t p = text.find(r.person);
    std::vector<Finding> f = {Finding{p, p + std::string(r.person).size(), Kind::kPerson, "", r.confidence, "t"}};
    if (*r.loc) {
      const size_t l = text.find(r.loc);
      f.push_back(Finding{l, l + std::string(r.loc).size(), Kind::kLoc, "", 0.6f, "t"});
    }
    ReadPlacesAndPersons(text, &f);
    EXPECT_EQ(f[0].kind, r.want) << r.text;
  }
}

// The other weak PERSON readings of a text read as a place by its context
// are that place; a sure one stays a person.
TEST(PlacesByContextTest, WeakPlacesNameTheirOtherMentions) {
  const std::string text = "Lieu : axe Gao - Ansongo. Retour \xC3\xA0 Gao par le m\xC3\xAAme axe. Gao said";
  const size_t first = text.find("Gao"), second = text.find("Gao", first + 1), third = text.find("Gao", second + 1);
  std::vector<Finding> f = {Finding{first, first + 3, Kind::kPerson, "", 0.4f, "tagger"},
                            Finding{second, second + 3, Kind::kPerson, "", 0.45f, "tagger"},
                            Finding{third, third + 3, Kind::kPerson, "", 0.8f, "tagger"}};
  ReadPlacesAndPersons(text, &f);
  EXPECT_EQ(f[0].kind, Kind::kLoc);
  EXPECT_EQ(f[1].kind, Kind::kLoc);
  EXPECT_EQ(f[2].kind, Kind::kPerson);
}

// The word of a sure place read before a word for a kind of place ("Maru"
// of "Maru LGA") is that place where the tagger reads it less surely as a
// person, below 0.7; not where a surer person reading of it stands.
TEST(PlacesByContextTest, WordsOfPlacesNamedByTheirKind) {
  const std::string text = "Bad night in Tungar Kwana (Maru LGA). Maru said. Jere LGA; Jere said.";
  const auto at = [&](std::string_view w) { return text.find(w); };
  std::vector<Finding> f = {Finding{at("Maru LGA"), at("Maru LGA") + 8, Kind::kLoc, "", 0.65f, "tagger"},
                            Finding{at("Maru said"), at("Maru said") + 4, Kind::kPerson, "", 0.57f, "tagger"},
                            Finding{at("Jere LGA"), at("Jere LGA") + 8, Kind::kLoc, "", 0.6f, "tagger"},
                            Finding{at("Jere said"), at("Jere said") + 4, Kind::kPerson, "", 0.76f, "tagger"}};
  ReadPlacesAndPersons(text, &f);
  EXPECT_EQ(f[1].kind, Kind::kLoc);
  EXPECT_EQ(f[3].kind, Kind::kPerson);
}

// A weak one-word reading of a word that the text names, unread, as a place
// after "commune de" is that place; not a sure one, nor one of two words,
// nor a word after "la casa de" (a person's house).
TEST(PlacesByContextTest, WeakPersonsNamedAsPlacesByUnreadContext) {
  const std::string text =
      "la commune de Tondikiwindi et le village de Mogodyougou. Suspendre les activit\xC3\xA9s \xC3\xA0 "
      "Tondikiwindi, Mogodyougou et Tondikiwindi Koira ; vu Fabio chez la casa de Fabio.";
  const auto at = [&](std::string_view w, size_t from) { return text.find(w, from); };
  const size_t t = at("Tondikiwindi,", 60), m = at("Mogodyougou et", 60), k = at("Tondikiwindi Koira", 60),
               fabio = at("Fabio", 0);
  std::vector<Finding> f = {Finding{t, t + 12, Kind::kPerson, "", 0.31f, "tagger"},
                            Finding{m, m + 11, Kind::kPerson, "", 0.6f, "tagger"},
                            Finding{k, k + 18, Kind::kPerson, "", 0.4f, "tagger"},
                            Finding{fabio, fabio + 5, Kind::kPerson, "", 0.4f, "tagger"}};
  ReadPlacesAndPersons(text, &f);
  EXPECT_EQ(f[0].kind, Kind::kLoc);
  EXPECT_EQ(f[1].kind, Kind::kPerson);
  EXPECT_EQ(f[2].kind, Kind::kPerson);
  EXPECT_EQ(f[3].kind, Kind::kPerson);
  // The other joints: "DU" in capitals and the elided "d'".
  const std::string joints = "D\xC3\x89PARTEMENT DU KOYGOLO et la commune d'Abala. Vu KOYGOLO et Abala.";
  const size_t koygolo = joints.find("KOYGOLO", 40), abala = joints.find("Abala", 50);
  std::vector<Finding> g = {Finding{koygolo, koygolo + 7, Kind::kPerson, "", 0.35f, "tagger"},
                            Finding{abala, abala + 5, Kind::kPerson, "", 0.35f, "tagger"}};
  ReadPlacesAndPersons(joints, &g);
  EXPECT_EQ(g[0].kind, Kind::kLoc);
  EXPECT_EQ(g[1].kind, Kind::kLoc);
}

// "à" and a weak reading right after a person's name says where the person
// is ("chez mon oncle Issoufou à Akokan"); not after a weak reading.
TEST(PlacesByContextTest, WeakPersonsAfterAPersonAndAAreWhere) {
  const std::string text = "chez mon oncle Issoufou \xC3\xA0 Akokan. Ali \xC3\xA0 Moussa.";
  const size_t issoufou = text.find("Issoufou"), akokan = text.find("Akokan"), ali = text.find("Ali"),
               moussa = text.find("Moussa");
  std::vector<Finding> f = {Finding{issoufou, issoufou + 8, Kind::kPerson, "", 0.8f, "tagger"},
                            Finding{akokan, akokan + 6, Kind::kPerson, "", 0.4f, "tagger"},
                            Finding{ali, ali + 3, Kind::kPerson, "", 0.4f, "tagger"},
                            Finding{moussa, moussa + 6, Kind::kPerson, "", 0.4f, "tagger"}};
  ReadPlacesAndPersons(text, &f);
  EXPECT_EQ(f[1].kind, Kind::kLoc);
  EXPECT_EQ(f[3].kind, Kind::kPerson);
}

// A date after a label of a date of birth is a person's age; not an
// event's date, a label's word inside another word, a duration.
TEST(PlacesByContextTest, DatesOfBirthAreAges) {
  struct Row {
    const char* text;
    const char* date;
    const char* subkind;
    Kind want;
  };
  const Row rows[] = {
      {"Name: Amina, DOB: 12/03/1988, Kano", "12/03/1988", "NUMERIC", Kind::kDem},
      {"born 4 May 1990 in Kano", "4 May 1990", "TEXT", Kind::kDem},
      {"Date of birth:  1975-06-01", "1975-06-01", "ISO", Kind::kDem},
      {"D.O.B. 01.02.1970", "01.02.1970", "NUMERIC", Kind::kDem},
      {"N\xC3\x89 LE 05/06/1984", "05/06/1984", "NUMERIC", Kind::kDem},
      {"fecha de nacimiento: 03/11/2001", "03/11/2001", "NUMERIC", Kind::kDem},
      {"The attack happened on 12/03/2024", "12/03/2024", "NUMERIC", Kind::kDate},
      {"reborn 4 May 1990", "4 May 1990", "TEXT", Kind::kDate},      // a label's word inside another
      {"born three years ago", "three years", "DURATION", Kind::kDate},  // a duration
  };
  for (const Row& r : rows) {
    const std::string text = r.text;
    const size_t b = text.find(r.date);
    std::vector<Finding> f = {Finding{b, b + std::string_view(r.date).size(), Kind::kDate, r.subkind, 0.9f, "patterns"}};
    ReadPlacesAndPersons(text, &f);
    ASSERT_EQ(f.size(), 1u) << r.text;
    EXPECT_EQ(f[0].kind, r.want) << r.text;
    if (r.want == Kind::kDem) {
      EXPECT_EQ(f[0].subkind, "AGE") << r.text;
    }
  }
}

TEST(PlacesByContextTest, WeakWordsThatNameNoPerson) {
  struct Row {
    const char* text;
    const char* person;  // the PERSON reading's words
    float confidence;
    const char* other;   // a PERSON reading at 0.8 before it, or ""
    Kind want;
    const char* subkind;
  };
  const Row rows[] = {
      // Months that are no common given names; not April, May, June, August.
      {"consistent with January incidents", "January", 0.37f, "", Kind::kDate, "MONTH"},
      {"arrived on 25 de Junho at noon", "Junho", 0.31f, "", Kind::kDate, "MONTH"},
      {"moved to the 25 de Junho site", "Junho", 0.31f, "", Kind::kLoc, ""},  // a site named for a day
      {"since Mar\xC3\xA7o the road", "Mar\xC3\xA7o", 0.31f, "", Kind::kDate, "MONTH"},
      {"list must go back by end Dec. Trucks", "Dec", 0.4f, "", Kind::kDate, "MONTH"},  // an abbreviation
      {"Jan is here", "Jan", 0.4f, "", Kind::kPerson, ""},                               // a given name
      {"January Smith arrived", "January", 0.6f, "", Kind::kPerson, ""},  // surely read
      {"we asked June about it", "June", 0.4f, "", Kind::kPerson, ""},
      // Days of the week.
      {">> On Tue, 14 May 2024 at 21:10", "Tue", 0.35f, "", Kind::kDate, "WEEKDAY"},
      {"closed on Friday", "Friday", 0.4f, "", Kind::kDate, "WEEKDAY"},
      // Feasts.
      {"told them to come back after Eid.", "Eid", 0.36f, "", Kind::kDate, "HOLIDAY"},
      {"since Nowruz the road", "Nowruz", 0.4f, "", Kind::kDate, "HOLIDAY"},
      {"Bassem Eid said", "Eid", 0.7f, "", Kind::kPerson, ""},  // surely read
      // The noun of a post, alone.
      {"Protection Coordinator | Red Frontera", "Coordinator", 0.32f, "", Kind::kDem, "OCCUPATION"},
      {"Vaccinator, Inayat Kalay BHU", "Vaccinator", 0.32f, "", Kind::kDem, "OCCUPATION"},
      {"- Maire adjoint de Bankass", "Maire", 0.32f, "", Kind::kDem, "OCCUPATION"},
      {"Coordinator Karimi", "Coordinator Karimi", 0.4f, "", Kind::kPerson, ""},  // two words
      {"TIJANI, QURANIC TEACHER FROM YEBI", "QURANIC TEACHER", 0.35f, "", Kind::kDem, "OCCUPATION"},
      {"MEDIATION BY SOUS-PREFET STOP", "SOUS-PREFET", 0.35f, "", Kind::kDem, "OCCUPATION"},
      {"Karim Teacher said", "Karim Teacher", 0.6f, "", Kind::kPerson, ""},  // surely read
      // Kin in Portuguese and Spanish; a country's three-letter code.
      {"chefe de agregado;marido (Ernesto) desaparecido", "marido", 0.33f, "", Kind::kDem, "KIN"},
      {"| F   | 19  | ERI | w/ sister", "ERI", 0.35f, "", Kind::kDem, "NATIONALITY"},
      {"| F   | 19  | ERIK | w/ sister", "ERIK", 0.35f, "", Kind::kPerson, ""},
      // An agency's acronym in capitals.
      {"SHARE WITH UNHCR, IOM, ICRC", "UNHCR", 0.31f, "", Kind::kOrg, ""},
      {"SHARE WITH ZARA, IOM", "ZARA", 0.31f, "", Kind::kPerson, ""},
      // Clinical terms in capitals.
      {"2 cylinders. IV fluids, O-neg", "IV", 0.33f, "", Kind::kOrg, ""},
      {"burns 20% TBSA\n6. Marjan", "TBSA", 0.4f, "", Kind::kOrg, ""},
      {"(Melnyk), IBAN UA21 3052", "IBAN", 0.4f, "", Kind::kOrg, ""},
      {"seats free on 14 March\"\n33,", "March", 0.4f, "", Kind::kDate, "MONTH"},
      // A term of minutes, in capitals or with periods; not other initials.
      {"6. AOB\n- none", "AOB", 0.38f, "", Kind::kOrg, ""},
      {"7. A.O.B.\n- none", "A.O.B.", 0.37f, "", Kind::kOrg, ""},
      {"7. A.O.B\n- none", "A.O.B", 0.37f, "", Kind::kOrg, ""},
      {"by A.O.K. today", "A.O.K.", 0.37f, "", Kind::kPerson, ""},
      {"7. AO.B.\n- none", "AO.B.", 0.37f, "", Kind::kPerson, ""},
      {"7. AOB\n- none", "AOB", 0.6f, "", Kind::kPerson, ""},  // surely read
      // A language.
      {"Interpretation for Rakhine-speaking arrivals", "Rakhine-speaking", 0.9f, "", Kind::kDem, "LANGUAGE"},
      {"he speaks mostly Lingala; locals", "Lingala", 0.4f, "", Kind::kDem, "LANGUAGE"},
      {"Sex: F\nLanguage: Kanuri (some Hausa)", "Kanuri", 0.49f, "", Kind::kDem, "LANGUAGE"},
      {"he speaks with Karim", "Karim", 0.4f, "", Kind::kPerson, ""},
      {"Her Language: Kanuri", "Kanuri", 0.4f, "", Kind::kPerson, ""},  // not a line's label
      // A title with no name after it; a word for a relative.
      {"reachable through the Bulama of Sector C", "Bulama", 0.32f, "", Kind::kDem, "OCCUPATION"},
      {"The Haji is diabetic", "Haji", 0.4f, "", Kind::kDem, "OCCUPATION"},
      {"ask Haji about it", "Haji", 0.4f, "", Kind::kPerson, ""},  // no "the"
      {"07:01 - M. P.: Mother is Dilia V., she", "Mother", 0.45f, "", Kind::kDem, "KIN"},
      {"Son is here", "Son", 0.45f, "", Kind::kPerson, ""},  // a given name too
      {"2.3 Grandchildren in the household: Mariam 11", "Grandchildren", 0.32f, "", Kind::kDem, "KIN"},
      {"ne peut pas, son mari\n  Lawali ne veut pas", "mari", 0.4f, "", Kind::kDem, "KIN"},  // French, small letters
      {"Mari est venue hier", "Mari", 0.4f, "", Kind::kPerson, ""},                        // a given name too
      // Places one comes from or goes to.
      {"a man from Mehar", "Mehar", 0.49f, "", Kind::kLoc, ""},
      {"Stopped at Lopa by militia", "Lopa", 0.43f, "", Kind::kLoc, ""},
      {"families asked to move to Leda", "Leda", 0.46f, "", Kind::kLoc, ""},
      {"arrivals from Maungdaw crossed", "Maungdaw", 0.3f, "", Kind::kLoc, ""},
      {"a letter from Rahim", "Rahim", 0.45f, "", Kind::kPerson, ""},       // no movement
      {"she moved to Rahim's house", "Rahim", 0.45f, "", Kind::kPerson, ""},  // a possessive
      {"the man from Mehar", "Mehar", 0.55f, "", Kind::kPerson, ""},        // surely read
      // The place a person is of.
      {"Imam Alpha KOUNTA of Fatoma asks", "Fatoma", 0.42f, "Imam Alpha KOUNTA", Kind::kLoc, ""},
      {"the imam of Fatoma asks", "Fatoma", 0.42f, "", Kind::kPerson, ""},
      {"women's leader, Barangay Kapantaran", "Kapantaran", 0.4f, "", Kind::kLoc, ""},
      {"the Barangay Kapantaran", "Kapantaran", 0.6f, "", Kind::kPerson, ""},  // surely read
      // After a lower-case word for a village or a neighbourhood.
      {"corrigir: bairro Brilhante, em Tabatinga", "Brilhante", 0.46f, "", Kind::kLoc, ""},
      {"stranded at goth Wahur, across", "Wahur", 0.4f, "", Kind::kLoc, ""},
      {"the village Mehar", "Mehar", 0.55f, "", Kind::kPerson, ""},  // surely read
      {"Alpha KOUNTA of fatoma", "fatoma", 0.42f, "Alpha KOUNTA", Kind::kPerson, ""},
  };
  for (const Row& r : rows) {
    const std::string text = r.text;
    std::vector<Finding> f;
    const size_t p = text.find(r.person);
    f.push_back(Finding{p, p + std::string(r.person).size(), Kind::kPerson, "", r.confidence, "t"});
    if (*r.other) {
      const size_t o = text.find(r.other);
      f.push_back(Finding{o, o + std::string(r.other).size(), Kind::kPerson, "", 0.8f, "t"});
    }
    ReadPlacesAndPersons(text, &f);
    EXPECT_EQ(f[0].kind, r.want) << r.text;
    EXPECT_EQ(f[0].subkind, r.subkind) << r.text;
  }
}

// The values of place fields (LOC/FIELD of the field rule) make the PERSON
// readings inside them places, and the tagger's readings of the same text
// elsewhere; a weak reading that holds one ("UNHCR Goris") too. The field
// findings are removed (they would widen a redaction of a name inside).
TEST(PlacesByContextTest, PlaceFieldsMakePlaces) {
  const std::string text =
      "origin;shelter\nMartuni;Goris - School No. 3\nLeft Martuni in May. UNHCR Goris. Mr Martuni. Goris Aram.";
  auto at = [&](std::string_view w, size_t from = 0) { return text.find(w, from); };
  const size_t row = at("Martuni");
  const size_t prose = at("Martuni", row + 1);
  const size_t cell = at("Goris");
  std::vector<Finding> f = {
      Finding{row, row + 7, Kind::kLoc, "FIELD", 0.7f, "fields"},
      Finding{cell, at("\nLeft"), Kind::kLoc, "FIELD", 0.7f, "fields"},
      Finding{row, row + 7, Kind::kPerson, "", 0.84f, "tagger"},                        // 0: in a field
      Finding{cell, cell + 5, Kind::kPerson, "", 0.8f, "tagger"},                       // 1: in a field
      Finding{prose, prose + 7, Kind::kPerson, "", 0.84f, "tagger"},                    // 2: the same text
      Finding{at("UNHCR Goris"), at("UNHCR Goris") + 11, Kind::kPerson, "", 0.49f, "tagger"},  // 3: weak, holds it
      Finding{at("Mr Martuni"), at("Mr Martuni") + 10, Kind::kPerson, "TITLED", 0.6f, "titles"},  // 4: a rule's
      Finding{at("Goris Aram"), at("Goris Aram") + 10, Kind::kPerson, "", 0.7f, "tagger"},    // 5: surely a name
  };
  ReadPlacesAndPersons(text, &f);
  ASSERT_EQ(f.size(), 6u);  // the two field findings are gone
  const Kind want[] = {Kind::kLoc, Kind::kLoc, Kind::kLoc, Kind::kLoc, Kind::kPerson, Kind::kPerson};
  for (size_t i = 0; i < f.size(); ++i) EXPECT_EQ(f[i].kind, want[i]) << i;
}

// A tagger's reading across the gaps between cells of a fixed-width table,
// one of them a field's value, is cut at the gaps: the part in a place field
// is a place, the others stay persons, a piece with a digit goes.
TEST(PlacesByContextTest, ReadingsAcrossColumnsAreCut) {
  const std::string text =
      "W-1  aunt Abuk Ayii   Warawar      Deng Mawien\nW-2  Garang Atak  Nyamlel\nAmina  Yusuf said";
  auto at = [&](std::string_view w) { return text.find(w); };
  std::vector<Finding> f = {
      Finding{at("Abuk"), at("Abuk") + 9, Kind::kPerson, "FIELD", 0.7f, "fields"},
      Finding{at("Warawar"), at("Warawar") + 7, Kind::kLoc, "FIELD", 0.7f, "fields"},
      Finding{at("Nyamlel"), at("Nyamlel") + 7, Kind::kLoc, "FIELD", 0.7f, "fields"},
      Finding{at("Abuk"), at("\nW-2"), Kind::kPerson, "", 0.7f, "tagger"},      // three cells
      Finding{at("W-2"), at("\nAmina"), Kind::kPerson, "", 0.6f, "tagger"},     // a code, a name, a place
      Finding{at("Amina"), at(" said"), Kind::kPerson, "", 0.8f, "tagger"},      // in no cell: kept whole
  };
  ReadPlacesAndPersons(text, &f);
  std::string got;
  for (const Finding& x : f) {
    got += std::string(KindName(x.kind)) + ":" + text.substr(x.begin, x.end - x.begin) + "|";
  }
  EXPECT_EQ(got, "PERSON:Abuk Ayii|PERSON:Abuk Ayii|PERSON:Garang Atak|PERSON:Amina  Yusuf|LOC:Warawar|"
                 "PERSON:Deng Mawien|LOC:Nyamlel|");
}

// A weak tagger reading elsewhere of a part of a place field's value (before
// or inside its parentheses) is that place; a sure one stays a person.
TEST(PlacesByContextTest, PartsOfPlaceFieldsMakePlaces) {
  const std::string text = "site\nWendou (Secteur 5)\npeuls de Wendou; Secteur 5; Wendou again; Wendou (Sec";
  auto at = [&](std::string_view w, size_t from = 0) { return text.find(w, from); };
  const size_t cell = at("Wendou");
  const size_t prose = at("Wendou", cell + 1);
  const size_t again = at("Wendou again");
  std::vector<Finding> f = {
      Finding{cell, at("\npeuls"), Kind::kLoc, "FIELD", 0.7f, "fields"},
      Finding{prose, prose + 6, Kind::kPerson, "", 0.38f, "tagger"},                        // 0: weak: a place
      Finding{at("Secteur 5;"), at("Secteur 5;") + 9, Kind::kPerson, "", 0.4f, "tagger"},  // 1: weak: a place
      Finding{again, again + 6, Kind::kPerson, "", 0.7f, "tagger"},                         // 2: sure: a person
      Finding{again, again + 12, Kind::kPerson, "", 0.4f, "quasi"},                         // 3: no tagger's
  };
  ReadPlacesAndPersons(text, &f);
  ASSERT_EQ(f.size(), 4u);
  const Kind want[] = {Kind::kLoc, Kind::kLoc, Kind::kPerson, Kind::kPerson};
  for (size_t i = 0; i < f.size(); ++i) EXPECT_EQ(f[i].kind, want[i]) << i;
}

// A weak tagger reading elsewhere of a whole place field's value is that
// place, and so is one that holds it as whole words ("de Mozogo"); a sure
// one stays a person.
TEST(PlacesByContextTest, WholePlaceFieldsMakePlaces) {
  const std::string text = "Lieu | Cas\nMozogo | X\nrecrute \xC3\xA0 Mozogo ; brigade de Mozogo ; Mozogo Ali dit";
  auto at = [&](std::string_view w, size_t from = 0) { return text.find(w, from); };
  const size_t cell = at("Mozogo");
  const size_t prose = at("Mozogo", cell + 1);
  std::vector<Finding> f = {
      Finding{cell, cell + 6, Kind::kLoc, "FIELD", 0.7f, "fields"},
      Finding{prose, prose + 6, Kind::kPerson, "", 0.449f, "tagger"},                  // 0: weak: the place
      Finding{at("de Mozogo"), at("de Mozogo") + 9, Kind::kPerson, "", 0.486f, "tagger"},  // 1: holds it
      Finding{at("Mozogo Ali"), at("Mozogo Ali") + 10, Kind::kPerson, "", 0.7f, "tagger"},  // 2: sure: a person
  };
  ReadPlacesAndPersons(text, &f);
  ASSERT_EQ(f.size(), 3u);
  const Kind want[] = {Kind::kLoc, Kind::kLoc, Kind::kPerson};
  for (size_t i = 0; i < f.size(); ++i) EXPECT_EQ(f[i].kind, want[i]) << i;
}

// A weak reading of an office's acronym, "de" or "du" and a capitalised
// word names the office of a place ("CDFC de Mwumba"); not a sure one, nor
// a name before "de".
TEST(PlacesByContextTest, WeakOfficesOfPlacesArePlaces) {
  struct Row {
    const char* reading;
    float confidence;
    Kind want;
  };
  const Row rows[] = {
      {"CDFC de Mwumba", 0.494f, Kind::kLoc},
      {"CSPS du Centre", 0.45f, Kind::kLoc},
      {"CDFC de Mwumba", 0.6f, Kind::kPerson},
      {"Jean de Mwumba", 0.45f, Kind::kPerson},
      {"CDFC de mwumba", 0.45f, Kind::kPerson},
  };
  for (const Row& r : rows) {
    const std::string text = std::string("et ") + r.reading + " (Mme X) pour l'appui";
    std::vector<Finding> f = {Finding{3, 3 + std::string_view(r.reading).size(), Kind::kPerson, "", r.confidence, "tagger"}};
    ReadPlacesAndPersons(text, &f);
    EXPECT_EQ(f[0].kind, r.want) << r.reading << " " << r.confidence;
  }
}

// A family name before "families" that the document reads more surely as
// a place elsewhere names the families of the place; not before "family",
// nor when the place reading is less sure.
TEST(PlacesByContextTest, FamiliesOfAPlace) {
  struct Row {
    const char* noun;
    float place;
    Kind want;
  };
  const Row rows[] = {
      {"families", 0.657f, Kind::kLoc},
      {"families", 0.55f, Kind::kPerson},
      {"family", 0.657f, Kind::kPerson},
  };
  for (const Row& r : rows) {
    const std::string text = std::string("remove the Al-Tuhayta ") + r.noun + " from it. Mission to Al-Tuhayta held.";
    const size_t a = text.find("Al-Tuhayta"), b = text.find("Al-Tuhayta", a + 1);
    std::vector<Finding> f = {Finding{a, a + 10, Kind::kPerson, "FAMILY", 0.6f, "appositions"},
                              Finding{b, b + 10, Kind::kLoc, "", r.place, "tagger"}};
    ReadPlacesAndPersons(text, &f);
    EXPECT_EQ(f[0].kind, r.want) << r.noun << " " << r.place;
  }
}

// A tagger's reading over a spaced dash is read as its pieces; a hyphen
// inside a name, or another detector's reading, is left whole.
TEST(PlacesByContextTest, ReadingsOverSpacedDashesAreCut) {
  const std::string text = "Area Manager - Hodeidah\nreported Marawara \xE2\x80\x93 Dangam; KODJI Jean-Baptiste; A - B";
  auto at = [&](std::string_view w) { return text.find(w); };
  std::vector<Finding> f = {
      Finding{at("Manager"), at("\nreported"), Kind::kPerson, "", 0.45f, "tagger"},
      Finding{at("Marawara"), at(";"), Kind::kPerson, "", 0.45f, "tagger"},
      Finding{at("KODJI"), at("; A"), Kind::kPerson, "", 0.8f, "tagger"},
      Finding{at("A - B"), text.size(), Kind::kPerson, "", 0.45f, "tagger"},
      Finding{at("Manager"), at("\nreported"), Kind::kPerson, "", 0.6f, "relations"},
  };
  ReadPlacesAndPersons(text, &f);
  std::vector<std::string> got;
  for (const Finding& x : f) got.push_back(std::string(text.substr(x.begin, x.end - x.begin)));
  std::sort(got.begin(), got.end());
  EXPECT_EQ(got, (std::vector<std::string>{"A", "B", "Dangam", "Hodeidah", "KODJI Jean-Baptiste", "Manager",
                                           "Manager - Hodeidah", "Marawara"}));
}

// A tagger's reading of any kind over a table's bar is read as the pieces of
// its cells; another detector's reading is left whole.
TEST(PlacesByContextTest, ReadingsOverTableBarsAreCut) {
  const std::string text = "| 0412 | Lulingu   | HGR Shabunda | Esp\xC3\xA9rance | arriv\xC3\xA9" "e |";
  auto at = [&](std::string_view w) { return text.find(w); };
  std::vector<Finding> f = {
      Finding{at("HGR"), at(" | arr"), Kind::kOrg, "", 0.52f, "tagger"},
      Finding{at("Lulingu"), at("Lulingu") + 7, Kind::kLoc, "", 0.6f, "tagger"},
      Finding{at("HGR"), at(" | arr"), Kind::kPerson, "", 0.7f, "fields"},
  };
  ReadPlacesAndPersons(text, &f);
  std::vector<std::string> got;
  for (const Finding& x : f) got.push_back(std::string(text.substr(x.begin, x.end - x.begin)));
  std::sort(got.begin(), got.end());
  EXPECT_EQ(got, (std::vector<std::string>{"Esp\xC3\xA9rance", "HGR Shabunda", "HGR Shabunda | Esp\xC3\xA9rance", "Lulingu"}));
}

TEST(PlacesByContextTest, SpeakersReadSurelyAsOrganisationsAreOrganisations) {
  const std::string text = "\"goodbye,\" Microsoft says. \"Hello,\" Karim says.";
  const size_t ms = text.find("Microsoft"), karim = text.find("Karim");
  std::vector<Finding> f = {Finding{ms, ms + 9, Kind::kPerson, "SPEAKER", 0.6f, "quotes"},
                            Finding{ms, ms + 9, Kind::kOrg, "", 0.87f, "tagger"},
                            Finding{karim, karim + 5, Kind::kPerson, "SPEAKER", 0.6f, "quotes"},
                            Finding{karim, karim + 5, Kind::kOrg, "", 0.5f, "tagger"}};
  ReadPlacesAndPersons(text, &f);
  EXPECT_EQ(f[0].kind, Kind::kOrg);
  EXPECT_EQ(f[2].kind, Kind::kPerson);  // the organisation reading is not sure enough
}

TEST(PlacesByContextTest, NameRulesReadTaggerPlacesOfTheirWordsAsPersons) {
  // A tagger's LOC or ORG reading of exactly the words a citation, title or
  // East Asian name rule reads as a person: that person's, at the tagger's
  // confidence. Other rules, other spans and other detectors' readings stay.
  struct Row {
    const char* text;
    const char* words;
    const char* rule;            // the detector of the PERSON reading
    Kind tagger_kind;            // the tagger's reading of the same words
    const char* rule_words;      // the words the rule reads (nullptr: `words`)
    const char* tagger_detector; // nullptr: "tagger"
    Kind want;
  };
  const Row rows[] = {
      {"as shown before (Okafor-Lind et al., 2018).", "Okafor-Lind", "citations", Kind::kLoc, nullptr, nullptr,
       Kind::kPerson},
      {"(Kirriemuir & Baptiste, 2004)", "Kirriemuir", "citations", Kind::kLoc, nullptr, nullptr, Kind::kPerson},
      {"designed by his architect, Sheikh Bahai.", "Sheikh Bahai", "titles", Kind::kLoc, nullptr, nullptr,
       Kind::kPerson},
      {"and the councillor Yau Wai-ching won.", "Yau Wai-ching", "eastasian", Kind::kOrg, nullptr, nullptr,
       Kind::kPerson},
      // A relation rule's reading is not enough.
      {"his brother Kirriemuir came", "Kirriemuir", "relations", Kind::kLoc, nullptr, nullptr, Kind::kLoc},
      // Not the same words: "Sheikh Bahai Mosque" is the mosque.
      {"visit the Sheikh Bahai Mosque", "Sheikh Bahai Mosque", "titles", Kind::kLoc, "Sheikh Bahai", nullptr,
       Kind::kLoc},
      // Only the tagger's readings are read again.
      {"(Kirriemuir & Baptiste, 2004)", "Kirriemuir", "citations", Kind::kLoc, nullptr, "fields", Kind::kLoc},
  };
  for (const Row& r : rows) {
    const std::string text = r.text;
    const size_t b = text.find(r.words);
    const std::string_view rule_words = r.rule_words ? r.rule_words : r.words;
    const size_t rb = text.find(rule_words);
    ASSERT_NE(b, std::string::npos) << r.text;
    std::vector<Finding> f = {
        Finding{rb, rb + rule_words.size(), Kind::kPerson, "", 0.6f, r.rule},
        Finding{b, b + std::string_view(r.words).size(), r.tagger_kind, "", 0.82f,
                r.tagger_detector ? r.tagger_detector : "tagger"}};
    ReadPlacesAndPersons(text, &f);
    ASSERT_EQ(f.size(), 2u) << r.text;
    EXPECT_EQ(f[1].kind, r.want) << r.text << " / " << r.rule;
    EXPECT_EQ(f[1].confidence, 0.82f) << r.text;
    if (r.want == Kind::kPerson) {
      EXPECT_EQ(f[0].kind, Kind::kPerson) << r.text;
    }
  }
}

// A listed organisation's name before "family" is no family's name ("ICRC
// family links"); a name the lexicons do not list is ("the Karimi family").
TEST(PlacesByContextTest, ListedOrganisationsNameNoFamily) {
  struct Row {
    const char* text;
    const char* name;
    const char* subkind;  // of the ORG reading
    Kind want;
  };
  const Row rows[] = {
      {"ICRC family links; IOM interpreter", "ICRC", "LISTED", Kind::kOrg},
      {"Hezbollah families fled", "Hezbollah", "GROUP", Kind::kOrg},
      {"the Karimi family left", "Karimi", "", Kind::kPerson},
  };
  for (const Row& r : rows) {
    const std::string text = r.text;
    const size_t b = text.find(r.name);
    std::vector<Finding> f = {Finding{b, b + std::string_view(r.name).size(), Kind::kOrg, r.subkind, 0.6f, "quasi"}};
    ReadPlacesAndPersons(text, &f);
    ASSERT_EQ(f.size(), 1u) << r.text;
    EXPECT_EQ(f[0].kind, r.want) << r.text;
  }
}

TEST(PlacesByContextTest, ReadingsInsideListedGroupsAreTheGroup) {
  // A PERSON or LOC reading inside a listed organisation's name (ORG, subkind
  // GROUP or LISTED) is that organisation, unless the document uses the
  // group's text inside a longer person's name. Other readings stay.
  struct Row {
    const char* text;
    const char* group;     // the words of the GROUP finding
    const char* reading;   // the words read, the first after the group's start
    Kind kind;             // of the reading
    const char* longer;    // a longer PERSON reading elsewhere (nullptr: none)
    const char* subkind;   // of the ORG finding
    Kind want;
  };
  const Row rows[] = {
      {"Hezbollah statements were shared.", "Hezbollah", "Hezbollah", Kind::kPerson, nullptr, "GROUP", Kind::kOrg},
      {"Ansar Dine cells remain active.", "Ansar Dine", "Ansar Dine", Kind::kPerson, nullptr, "GROUP", Kind::kOrg},
      {"Jaish-e-Mohammed cells were seen.", "Jaish-e-Mohammed", "Mohammed", Kind::kPerson, nullptr, "GROUP",
       Kind::kOrg},
      {"ISWAP in Borno struck.", "ISWAP", "ISWAP", Kind::kLoc, nullptr, "GROUP", Kind::kOrg},
      // The group's text is a person's name word here.
      {"Hamas Yusuf Ali met us. Later Hamas said it.", "Hamas", "Hamas said", Kind::kPerson, "Hamas Yusuf Ali",
       "GROUP", Kind::kPerson},
      // A reading reaching past the group's name is not inside it.
      {"Hezbollah Mansour spoke.", "Hezbollah", "Hezbollah Mansour", Kind::kPerson, nullptr, "GROUP",
       Kind::kPerson},
      // A listed organisation's name (org_names.txt, subkind LISTED) too.
      {"M\xC3\xA9" "decins Sans Fronti\xC3\xA8res suspended work.", "M\xC3\xA9" "decins Sans Fronti\xC3\xA8res",
       "M\xC3\xA9" "decins Sans Fronti\xC3\xA8res", Kind::kPerson, nullptr, "LISTED", Kind::kOrg},
      {"Bloomberg reported it.", "Bloomberg", "Bloomberg", Kind::kPerson, nullptr, "LISTED", Kind::kOrg},
      // An organisation found by no lexicon changes nothing.
      {"Red Cross staff came.", "Red Cross", "Red", Kind::kPerson, nullptr, "", Kind::kPerson},
  };
  for (const Row& r : rows) {
    const std::string text = r.text;
    std::string_view reading = r.reading;
    const bool last = reading.ends_with(" said");  // "Hamas said": the last "Hamas"
    if (last) reading.remove_suffix(5);
    const size_t b = last ? text.rfind(reading) : text.find(reading);
    ASSERT_NE(b, std::string::npos) << r.text;
    const size_t g = text.rfind(r.group, b);  // the group's name around the reading
    ASSERT_NE(g, std::string::npos) << r.text;
    std::vector<Finding> f = {Finding{g, g + std::string_view(r.group).size(), Kind::kOrg, r.subkind, 0.6f, "quasi"},
                              Finding{b, b + reading.size(), r.kind, "", 0.48f, "tagger"}};
    if (r.longer) {
      const size_t lb = text.find(r.longer);
      f.push_back(Finding{lb, lb + std::string_view(r.longer).size(), Kind::kPerson, "", 0.9f, "tagger"});
      f.push_back(Finding{lb, lb + std::string_view(r.group).size(), Kind::kOrg, "GROUP", 0.6f, "quasi"});
    }
    ReadPlacesAndPersons(text, &f);
    EXPECT_EQ(f[1].kind, r.want) << r.text;
    EXPECT_EQ(f[1].confidence, 0.48f) << r.text;
  }
}

TEST(PlacesByContextTest, OnlyPersonReadingsBecomePlaces) {
  const std::string text = "in Khan Younis";
  std::vector<Finding> f = {Finding{3, 14, Kind::kOrg, "", 0.6f, "t"}, Finding{3, 14, Kind::kLoc, "", 0.6f, "t"}};
  ReadPlacesAndPersons(text, &f);
  EXPECT_EQ(f[0].kind, Kind::kOrg);
  EXPECT_EQ(f[1].kind, Kind::kLoc);
}

// Random texts of place words, names, separators and possessives, with
// random readings over their words: relabelling and linking keep every
// finding inside the text (the rules walk back and forth over words and
// separators; the ASan build runs this too).
TEST(PlacesByContextTest, RandomTextsKeepFindingsInside) {
  const char* pieces[] = {"in",    "near",  "Khan",   "Younis", "Abu",  "Kamal", ",",       "and",  ", and",
                          "or",    "Tal",   "Afar",   "Qala",   "Musa", "'s",    "\xE2\x80\x99s", "district",
                          "family", "Grace", "Mercy", "Karim",  "the",  "\n",    "Deir",    "ez-Zor", "Pedro",
                          "de",    "la",    "Cruz",   "."};
  RandomTexts random(0x2545F4914F6CDD1Dull);
  const auto next = [&] { return random.Next(); };
  for (int t = 0; t < 3000; ++t) {
    const auto [text, words] = random.Make(pieces, 14, 5);
    std::vector<Finding> findings;
    for (int k = 0; k < 4; ++k) {
      const auto [b, e] = words[next() % words.size()];
      const size_t e2 = std::max(e, words[next() % words.size()].second);
      const Kind kinds[] = {Kind::kPerson, Kind::kLoc, Kind::kOrg};
      findings.push_back(Finding{b, e2, kinds[next() % 3], "", 0.2f + 0.1f * static_cast<float>(next() % 8), "t"});
    }
    std::vector<Finding> read = findings;
    ReadPlacesAndPersons(text, &read);
    ASSERT_EQ(read.size(), findings.size()) << text;
    const Linked linked = LinkMentions(text, findings);
    for (const Finding& f : linked.findings) {
      ASSERT_LT(f.begin, f.end) << text;
      ASSERT_LE(f.end, text.size()) << text;
    }
  }
}

}  // namespace
}  // namespace tearline

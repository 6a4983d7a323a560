// Tests of the relation-name, apposition, East Asian name and citation
// detectors (NewRelationNameDetector, NewAppositionDetector, NewEastAsianNameDetector,
// NewCitationDetector in tearline/quasi.h): tables of names and near misses,
// and findings that do not depend on where a text starts relative to the
// 16-byte blocks of the candidate searches.
#include <gtest/gtest.h>

#include <string>

#include "scan_test_util.h"
#include "tearline/quasi.h"

namespace tearline {
namespace {

using quasi_testing::ExpectScans;
using Case = quasi_testing::ScanCase;

TEST(RelationNameTest, NamesAfterWordsForRelatives) {
  const auto detector = NewRelationNameDetector();
  const Case cases[] = {
      {"his brother Gul Agha was arrested", "PERSON/RELATIVE[12,20)"},
      // A family name in capitals, a comma and a given name before an age;
      // not an organisation's acronym, not a year. French staff roles.
      {"[MUE-24-117] MANDUMBWE, Joaquina (14) \xE2\x80\x93 Risco A", "PERSON/RELATIVE[13,32)"},
      {"[MUE-24-121] ASSANE, Muemede (16) e irm\xC3\xA3o Ossufo (11)", "PERSON/RELATIVE[13,28) PERSON/RELATIVE[43,49)"},
      {"see UNHCR, Geneva (12) and DRC, Goma (2019)", ""},
      {"  10:30  ADEN, Mohamed Sheikh (PA), 51 \xE2\x80\x93 case DDB-25-0982", "PERSON/RELATIVE[9,29)"},
      {"Survivor: HAMDAN, Dima, 23\nLocation: District 11", "PERSON/RELATIVE[10,22)"},
      {"UNHCR, Geneva, 2019 and WFP, Rome (HQ), 2020", ""},
      {"| Sensibilisation | Animatrice Haoua Zakaria | 18/08 |", "PERSON/ROLE[31,44)"},
      {"Adama Issa    | infirmi\xC3\xA8re CSI Dogo  | 96 55 77 10", ""},
      {"Chaibou Hamani      | animateur, Dogo      | 88 55 14 62", ""},
      {"bless\xC3\xA9 par des hommes de l'adjudant-chef Gbanga. Blessure", "PERSON/ROLE[42,48)"},
      // Tagalog personal articles, in Tagalog text only (not Spanish "si").
      {"Walang asawa; ang kapatid niyang si Norhaya ang nagbabantay ng mga bata.", "PERSON/RELATIVE[36,43)"},
      {"- Ayon kay Bai Normina, may nakitang mga lalaki ng gabi sa labas ng paaralan.", "PERSON/RELATIVE[11,22)"},
      {"Dumating sina Amir at Jalil ng umaga; ang mga bata ay ligtas.", "PERSON/RELATIVE[14,18) PERSON/RELATIVE[22,27)"},
      {"Pregunta si Juan viene con Ana ma\xC3\xB1" "ana.", ""},
      {"Dumating ang mga bata ng umaga sa paaralan. The convoy left the camp at dawn and returned at noon. The convoy left the camp at dawn and returned at noon. The convoy left the camp at dawn and returned at noon. The convoy left the camp at dawn and returned at noon. The convoy left the camp at dawn and returned at noon. The convoy left the camp at dawn and returned at noon. The convoy left the camp at dawn and returned at noon. Pregunta si Juan viene.", ""},
      // Field roles and "the girl"; a district ends no name ("Kapoeta East").
      {"enumerators Zarghuna and Wahida, vaccinator Gul Bibi", "PERSON/ROLE[12,20) PERSON/ROLE[25,31) PERSON/ROLE[44,52)"},
      {"the girl Nyakuol (16) and the boy Deng", "PERSON/ROLE[9,16) PERSON/ROLE[34,38)"},
      {"she named her Mercy; J'appelle Alhousseini; je m'appelle Awa", "PERSON/ROLE[14,19) PERSON/ROLE[31,42) "
       "PERSON/ROLE[57,60)"},
      {"gave her Mercy; J'appelle Paris demain", "PERSON/ROLE[26,31)"},
      // A list in parentheses after a plural kin word.
      {"imam du site ; 2 \xC3\xA9pouses (Hadjara, Khadidja); sons (Abdi and Yusuf); the brothers (UN)", "PERSON/RELATIVE[27,34) PERSON/RELATIVE[36,44) PERSON/RELATIVE[53,57) PERSON/RELATIVE[62,67)"},
      // Spanish and French plural kin words before a list.
      {"con sus dos ni\xC3\xB1" "as, Rosa y Candelaria; ses filles Awa et Fanta", "PERSON/ROLE[20,24) PERSON/ROLE[27,37) PERSON/RELATIVE[50,53) PERSON/RELATIVE[57,62)"},
      // Lists go on over a line break; the Spanish "agente".
      {"children Mouna (9), Idriss (7),\n  Souad (4), baby Hawa; hijos Britany (9)\ny Jostin (6); el agente C\xC3\xA1lix", "PERSON/RELATIVE[9,14) PERSON/RELATIVE[20,26) PERSON/RELATIVE[34,39) PERSON/RELATIVE[50,54) PERSON/RELATIVE[62,69) PERSON/RELATIVE[76,82) PERSON/ROLE[98,104)"},
      // Heads of units of a town or a village; French ranks; a teacher.
      {"liste remise par le chef de village Mbusa Vyakuno ; le chef de quartier Ngbanda ; capitaine Lokondo ; mwalimu Mumbere Kyavu ; le village Mbusa", "PERSON/ROLE[36,49) PERSON/ROLE[72,79) PERSON/ROLE[92,99) PERSON/ROLE[110,123)"},
      // Traditional chiefs of Mozambique; a name before "+ her" and a kin word.
      {"the mwene Namuli and the r\xC3\xA9gulo Ussene", "PERSON/ROLE[10,16) PERSON/ROLE[33,39)"},
      {" - Zainabo Amisse + her mother Mama Ancha; Issa & his son", "PERSON/RELATIVE[3,17) PERSON/RELATIVE[31,41) PERSON/RELATIVE[43,47)"},
      {"social worker Kapoeta East, teacher Mayo-Sava Nord; worker Ayen South", ""},
      {"Her husband, Tom, left.", "PERSON/RELATIVE[13,16)"},
      {"a son named Rahim Shah", "PERSON/RELATIVE[12,22)"},
      // A chief's unit (not capitalised: a signature's label, the quarter
      // after it); the rank of a role word after it ("infirmier major"), not "major" alone; "qu'on
      // appelle"; a death after an article; "le vieux" (an elder).
      {"- le chef de groupement Mwenge Kilolo ; Chef de quartier Tokoyo : SENZE; le major Kabalo", "PERSON/ROLE[24,37)"},
      // Capitalised, before a family name in capitals (read as after a kin word).
      {"Chef de quartier KABASELE propose; - Chef de quartier Yadji SAMBO propose; Chef de quartier ABC : X",
       "PERSON/RELATIVE[17,25) PERSON/RELATIVE[54,65)"},
      // The head of a place; a keeper of stores.
      {"Quarter head Njoh Liengu confirms; Village head, Yimirshika; (store keeper Abdelrazig Fadul)",
       "PERSON/ROLE[13,24) PERSON/ROLE[75,91)"},
      {"(infirmier major Tizi Bertrand); infirmier chef Ilunga; le chef Kabalo", "PERSON/ROLE[17,30) PERSON/ROLE[48,54)"},
      {"un jeune qu'on appelle Kiboko ; on appelle", "PERSON/ROLE[23,29)"},
      {"depuis la mort de Mukalay Nsenga; the death of Okello; mort de Kabalo", "PERSON/ROLE[18,32) PERSON/ROLE[47,53)"},
      {"le fils du vieux Mulunda et le vieux march\xC3\xA9", "PERSON/ROLE[17,24)"},
      // "bro." and "sis." abbreviated; "member" after an acronym; Indonesian
      // "bernama (asli)"; an indented bullet opening a kin word; "titulaire"
      // after a role word; counsellors.
      {"with (bro. Hamoud) and sis. Amina", "PERSON/RELATIVE[11,17) PERSON/RELATIVE[28,33)"},
      {"brought by CJTF member Babagana Kolo; EU member states", "PERSON/ROLE[23,36)"},
      {"menurut aparat bernama asli Yason Zonggonau, asal Intan Jaya", "PERSON/ROLE[28,43)"},
      {"notes\n  - Neighbour Kheda says people avoid them", "PERSON/ROLE[20,25)"},
      {"(CS Kipushi, infirmier titulaire Guelord Mutamba), Ornella", "PERSON/ROLE[33,48)"},
      {"or Dushanbe counsellor Nigina Rahimova.", "PERSON/ROLE[23,38)"},
      // A contact after a possessive (not "contact Juba office"); Indonesian
      // role words; "women" before a list.
      {"no space for women\n  Guiuan Gym (transferees)", ""},
      {"near Wadi Omran per our contact Nabil; please contact Juba office; Wartawan lokal, Obet Wanma, sudah; Two women, Kaltume and Talatu, were", "PERSON/ROLE[32,37) PERSON/ROLE[83,93) PERSON/ROLE[113,120) PERSON/ROLE[125,131)"},
      // "l'aîné" (the eldest); a role word and a comma after a dash describe
      // the name before them, a place follows.
      {"\xC3\x89pouse + 6 enfants; l'a\xC3\xAEn\xC3\xA9 Djibrine (17) bless\xC3\xA9; - Fathima R. \xE2\x80\x93 counsellor, Kattankudy.", "PERSON/RELATIVE[30,38)"},
      // Kin words of Portuguese, Spanish and French; "se chama", "s'appelle".
      {"o marido Hassane atravessou", "PERSON/RELATIVE[9,16)"},
      {"a irm\xC3\xA3 Celeste e a tia Atija", "PERSON/RELATIVE[8,15) PERSON/RELATIVE[24,29)"},
      {"sa s\xC5\x93ur Fatim\xC3\xA9 vit", "PERSON/RELATIVE[9,16)"},
      {"o pai se chama Abdala e", "PERSON/ROLE[15,21)"},
      {"en el puente, un tal Ferney, pregunta", "PERSON/ROLE[21,27)"},  // "a certain"
      {"le mari de Nyira, un certain Hakizimana. Un certain Nombre", "PERSON/RELATIVE[11,16) PERSON/ROLE[29,39)"},
      {"his cousin we only know as Wad Eltom; known as Kabul; we know as Tosh", "PERSON/ROLE[27,36) PERSON/ROLE[65,69)"},
      // A maiden name after "née"; one word and its possessive after a quote
      // before a kin word (not a sentence quoted whole).
      {"Oksana Tkach (n\xC3\xA9" "e Kravets), and Ali (nee Omar)", "PERSON/RELATIVE[19,26) PERSON/RELATIVE[42,46)"},
      {"only as \"Minara's sister\", and \"Tell Waseem's father to stop\"", "PERSON/RELATIVE[9,15) PERSON/RELATIVE[37,43)"},
      {"conocido como \"el Chato\" o \"camarada Rub\xC3\xA9n\"; the comrade Lin said", "PERSON/ROLE[37,43) PERSON/ROLE[58,61)"},
      {"no tal Ferney; el tal Ferney", ""},
      {"(nombre real Edinson Mora, 30); real name Amina; the name Kabul", "PERSON/ROLE[13,25) PERSON/ROLE[42,47)"},
      {"asking for NFI. name Nyakume Gatdet, block 9; her name Amina; a name Kabul; code name Tiger",
       "PERSON/ROLE[21,35) PERSON/ROLE[55,60)"},
      {"field volunteer Derna/Martuba; volunteer Aisha / Kakuma", "PERSON/ROLE[41,46)"},  // a slash joins places
      {"ok. dyadya Vasya knows me", "PERSON/RELATIVE[11,16)"},  // Russian kin words in Latin letters
      {"phone w/ his bro Habib; MNA, tonton Sebahire pas trouv\xC3\xA9", "PERSON/RELATIVE[17,22) PERSON/RELATIVE[36,44)"},
      {"Il s'appelle Idriss.", "PERSON/ROLE[13,19)"},
      // "called" and its French, Spanish and Portuguese forms; a line break
      // with indentation for the space.
      {"a Sudanese guard called\n      Salem beat", "PERSON/ROLE[30,35)"},
      // A singular kin word ending the line before a name at the margin; not
      // a role word signing a letter, a plural, or a field label after it.
      {"Zawadi est provisoirement logee chez sa cousine\nRiziki Kasoki \xC3\xA0 Ndosho", "PERSON/RELATIVE[48,61)"},
      {"Aigerim Seitkali, a very experienced lawyer\nAlmaty, Kazakhstan", ""},
      {"Relationship to sought person: wife\nPresent address: Jaffna", ""},
      {"Caring for three orphaned grandchildren\nCHZ-07-002,7,Gezani", ""},
      {"We write on behalf of all of them, dear cousin,\nTinhinan left", ""},
      {"hebergee chez sa cousine\nRiziki Kasoki", ""},  // a short line
      {"un garde appel\xC3\xA9 Abakar et un chofer llamado Tito", "PERSON/ROLE[17,23) PERSON/ROLE[45,49)"},
      {"his brother\n   The next day", ""},
      {"our staff member Nyakume left; member States agreed", "PERSON/ROLE[17,24)"},
      {"Pani Jadwiga (host, Krasiczyn) and (driver Amir)", "PERSON/ROLE[43,47)"},
      {"El chofer, Tom\xC3\xA1s, de la combi", "PERSON/ROLE[11,17)"},
      {"Tahmina Sultana (CP officer, Bhasan Char) and (son, Roman)", "PERSON/RELATIVE[52,57)"},
      // "the late" and a possessive's "late" name the dead; not a month or an era.
      {"relative of the late Toto; the late March rains; the late Middle Ages", "PERSON/ROLE[21,25)"},
      {"family at same house, host Haso CEHIC, tel; volunt\xC3\xA1rio Nelson.", "PERSON/ROLE[27,37) PERSON/ROLE[56,62)"},
      // A word of kin before "of" or "de"; not a role, not a plural.
      {"Umm Ahmed, the widow of Samir (killed", "PERSON/RELATIVE[24,29)"},
      {"la hija de Pedro lleg\xC3\xB3", "PERSON/RELATIVE[11,16)"},
      {"the driver of Oxfam", ""},
      {"the sons of Ahmed", ""},
      {"the house of Samir", ""},
      // Honorifics written in lower case in Spanish, Portuguese and French prose.
      {"Caller: \"la se\xC3\xB1ora Yusleidy\", 29", "PERSON/ROLE[20,28)"},
      {"con do\xC3\xB1" "a Carmen y madame Fatou", "PERSON/ROLE[10,16) PERSON/ROLE[26,31)"},
      {"the house of the family of Yasir was", "PERSON/RELATIVE[27,32)"},
      {"the family Yasir", ""},  // "family" only before "of"
      {"Umm Khaled's brother is Wassim, he stays", "PERSON/RELATIVE[4,10) PERSON/RELATIVE[24,30)"},  // kin before "is"
      // A name before "'s" and a singular kin word, or " and her/his " and one.
      {"Please register Ghalia's mother, Hajjeh Aziza.", "PERSON/RELATIVE[16,22) PERSON/RELATIVE[33,45)"},
      // A kin word opening a parenthesis after the name.
      {"call to Auwalu Sa'idu (younger brother of deceased) and Amina (mother)", "PERSON/RELATIVE[8,21) PERSON/RELATIVE[56,61)"},
      {"went to Kano (brother's house) and Kaduna (brothers) and Jos (driver) or Nairobi (relatives)", ""},  // a possessive, plurals, a role
      {"in Behsud. Phone (neighbour) and Tent (uncle)", ""},  // a thing of the kin's
      {"Please register Ghalia\u2019s mother today", "PERSON/RELATIVE[16,22)"},
      {"With me Chaltu and her sister came", "PERSON/RELATIVE[8,14)"},
      // Or a word for a person's kin as a whole; not for a body's people.
      {"Don't contact Jumaa's family; Koyo's relatives; Gaza's families", "PERSON/RELATIVE[14,19) PERSON/RELATIVE[30,34)"},
      {"she fears\nToussaint's relatives\nThe Mayor's wife\nClient's mother\nKabul's children", "PERSON/RELATIVE[10,19)"},  // opening a line
      // A word for a person of no kin or role before "called" or "named".
      {"a young man called Toussaint; a village called Boro", "PERSON/ROLE[19,28)"},
      {"Unknown male, called Ina-Cilmi by locals; the plan, called Dawn", "PERSON/ROLE[21,30)"},
      {"UNHCR's driver; Gaza's children; the Mayor and his wife; The Mayor's wife", ""},
      // The Spanish "is" before a kin word; a name alone in parentheses
      // after one; "gave name"; "baba" (grandmother).
      {"si, Marleny es hermana de Edilia; Wilmer es el primo", "PERSON/RELATIVE[4,11) PERSON/RELATIVE[26,32) PERSON/RELATIVE[34,40)"},
      {"El problema es Tib\xC3\xBA; Luis es mayor", ""},
      {"a donde el cu\xC3\xB1" "ado (Hernando Guerrero) y la hija (Sara, 9) (driver Amir)", "PERSON/RELATIVE[20,37) PERSON/RELATIVE[50,54) PERSON/ROLE[67,71)"},
      {"speaking about husband (Lukong, surname withheld); her brother (Goma, Kivu)", "PERSON/RELATIVE[24,30)"},
      // French "feu" (the late) after "de" or an article; not after a capital.
      {"la veuve de feu MUGARUKA D\xC3\xA9sir\xC3\xA9, puis Le feu Ouest", "PERSON/ROLE[16,33)"},
      // Before an aside with an age; not before a year.
      {"avec la tante (Nsimire M'CIRIMWAMI, veuve, 58 ans) et le fr\xC3\xA8re (Kabul, 2019)", "PERSON/RELATIVE[15,34)"},
      {"Woman (also gave name Osaretin Igbinedion), baba Liuda asks", "PERSON/ROLE[22,41) PERSON/RELATIVE[49,54)"},
      {"buenos d\xC3\xAD" "as. Soy Deisy la hija; sou Neide; Soya Beans; ask for Vijitha; ask for UNHCR",
       "PERSON/ROLE[18,23) PERSON/ROLE[37,42) PERSON/ROLE[64,71)"},
      {"needed!! ask Sasha\n; tell Deng Ajak family; ask UNHCR; task Omar", "PERSON/ROLE[13,18) PERSON/ROLE[26,35)"},
      // A kin word opening a parenthesis names its kin; a role word there
      // describes the person before ("(host, Krasiczyn)", above).
      {"+380 95 770 0432 (son, Roman, calling from Poltava)", "PERSON/RELATIVE[23,28)"},
      {"en San Pedro Sula con su pareja, \xC3\x93scar F\xC3\xBAnez, hasta 2022", "PERSON/RELATIVE[33,46)"},  // "partner"
      {"but the tall one they call Sipan took it; we call Monday off; I call Ahmed", "PERSON/ROLE[27,32)"},  // "they call", not "I call"
      // Swahili: the possessive after the kin word; "wa" for "of".
      {"03. Bisimwa | mke wake NSIMIRE Aline | dada yake FURAHA Dorcas", "PERSON/RELATIVE[23,36) PERSON/RELATIVE[49,62)"},
      {"mama yao Riziki yuko hospitali; mke wa Baraka alikuja; wake Juma up; mama Ngozi", "PERSON/RELATIVE[9,15) PERSON/RELATIVE[39,45)"},
      {"the problem is Kabul", ""},
      {"con sus dos nietas, Ixchel (11) y Valeria (6), quienes", "PERSON/RELATIVE[20,26) PERSON/RELATIVE[34,41)"},
      {"- Mariama Oumarou, 55 ans, garde 4 orphelins dont A\xC3\xAFssa (8) et Inoussa (5)", "PERSON/RELATIVE[50,56) PERSON/RELATIVE[64,71)"},  // French orphans
      {"The fisherman Lemrabott (informant)", "PERSON/ROLE[14,23)"},
      {"b\xC3\xA9" "b\xC3\xA9 Nafissa, les deux", "PERSON/RELATIVE[7,14)"},
      // A capitalised role word that opens a sentence.
      {"the manifest. Agent Wilfrid read names", "PERSON/ROLE[20,27)"},
      {"the manifest. Agent Services closed", ""},  // a label noun after it
      {"the manifest. Agents Wilfrid and", ""},     // a plural
      {"una hermana Lina", "PERSON/RELATIVE[12,16)"},
      {"a chama Abdala and llama Rahim", ""},  // no "se" before
      // A name a message greets.
      {"06:20 - Abdul Rachide: Bom dia Zuhura. Tudo bem", "PERSON/ADDRESSED[31,37)"},
      {"Dear Amina,\nHi Team\nDear All\nBonjour Idriss", "PERSON/ADDRESSED[5,10) PERSON/ADDRESSED[37,43)"},
      {"we said hello Maria", ""},  // not a message's start
      {"a daughter called Zainab", "PERSON/RELATIVE[18,24)"},
      {"His third daughter Lensey, born in 1929", "PERSON/RELATIVE[19,25)"},
      {"his sons Ahmad and Mahmood", "PERSON/RELATIVE[9,14) PERSON/RELATIVE[19,26)"},
      {"daughters Lola (9), Madina (6) and Zuhra (2)", "PERSON/RELATIVE[10,14) PERSON/RELATIVE[20,26) PERSON/RELATIVE[35,40)"},
      {"his sons Ahmad (a teacher in the district school), Karim", "PERSON/RELATIVE[9,14)"},  // a long aside ends the list
      {"two brothers, Niklaus, Johann, and Peter", "PERSON/RELATIVE[14,21) PERSON/RELATIVE[23,29) PERSON/RELATIVE[35,40)"},
      {"his son Ahmad and Karim left", "PERSON/RELATIVE[8,13)"},  // a singular: no list
      {"his brother-in-law Karim Ullah", "PERSON/RELATIVE[19,30)"},
      {"her half-brother Samir", "PERSON/RELATIVE[17,22)"},
      {"a great-grandson Omid", "PERSON/RELATIVE[17,21)"},
      {"his fianc\xC3\xA9" "e Mar\xC3\xAD" "a", "PERSON/RELATIVE[13,19)"},
      {"her son \xC3\x89mile", "PERSON/RELATIVE[8,14)"},
      {"his cousin A. B. Karimi", "PERSON/RELATIVE[11,23)"},
      {"the victim's uncle Haji Noor's shop", "PERSON/RELATIVE[19,28)"},
      {"his father O'Brien-Smith", "PERSON/RELATIVE[11,24)"},
      {"our friend AHMAD SHAH", "PERSON/RELATIVE[11,21)"},
      {"tweeps who are friends IRL", ""},  // an acronym
      {"when he gets a girlfriend That Should Be Me", ""},
      {"My colleague, Mr. Eizenga, will", "PERSON/RELATIVE[14,25)"},
      {"his wife Mrs Karimi", "PERSON/RELATIVE[9,19)"},
      {"his wife Mrs. and", ""},
      {"his widow Fatima", "PERSON/RELATIVE[10,16)"},
      {"with founder Hugh McGuire Sunday, May 28", "PERSON/ROLE[13,25)"},  // a dateline follows
      // Roles.
      {"for appellant Darnell Hurt. Uh", "PERSON/ROLE[14,26)"},
      {"the victims, Farid and Nadia Ahmadi,", "PERSON/ROLE[13,18) PERSON/ROLE[23,35)"},
      {"his driver Abdul Wahid", "PERSON/ROLE[11,22)"},
      {"and loader Baraka held", "PERSON/ROLE[11,17)"},  // a convoy's crew
      {"on a pony (pony-wala Nandu). The chai-wallah Ramesh said", "PERSON/ROLE[21,26) PERSON/ROLE[45,51)"},
      {"Mother, n\xC3\xABna Shyhrete (79), frail", "PERSON/RELATIVE[14,22)"},  // Albanian kin words
      {"visit to v\xC3\xABllai Agron", "PERSON/RELATIVE[17,22)"},
      {"the porters Musa and Idi", "PERSON/ROLE[12,16) PERSON/ROLE[21,24)"},
      {"the co-founder Jane Roe", "PERSON/ROLE[15,23)"},
      {"the suspect, A. Karimi,", "PERSON/ROLE[13,22)"},
      {"the leader ISIS-K", ""},  // capitals after a role: an organisation
      {"the informant KESTREL", ""},  // a code name: NewCodeNameDetector's
      {"awarded the applicant DEM 28,224", ""},
      {"the respondent Government", ""},  // "respondent" is no role word
      {"the parents, Joe & Ann Rossi,", "PERSON/RELATIVE[13,16) PERSON/RELATIVE[19,28)"},
      // The people of threat reports, whom the tagger reads least when a name stands alone.
      {"The courier Wahid left", "PERSON/ROLE[12,17)"},
      {"commander Zarif Khan and", "PERSON/ROLE[10,20)"},
      {"his guards Rahmat and Nabi", "PERSON/ROLE[11,17) PERSON/ROLE[22,26)"},
      {"Local elders Jawed and Karim met", "PERSON/ROLE[13,18) PERSON/ROLE[23,28)"},
      {"the refugees Sima and Laila", "PERSON/ROLE[13,17) PERSON/ROLE[22,27)"},
      {"A worker, Sakhi, and", "PERSON/ROLE[10,15)"},
      {"the gunmen Hamid and Rauf", "PERSON/ROLE[11,16) PERSON/ROLE[21,25)"},
      // Plurals of the roles of a ward, a school, a farm, a case.
      {"On call: nurses Iman and Walaa.", "PERSON/ROLE[16,20) PERSON/ROLE[25,30)"},
      {"teachers Grace, Nafula and Amina; caseworker Brenda Atieno", "PERSON/ROLE[9,14) PERSON/ROLE[16,22) PERSON/ROLE[27,32) PERSON/ROLE[45,58)"},
      {"watchmen Lokiru and Ekai; the surgeons Kiwanuka and Ssali", "PERSON/ROLE[9,15) PERSON/ROLE[20,24) PERSON/ROLE[39,47) PERSON/ROLE[52,57)"},
      {"the nurses UNHCR and WFP; teachers Union", ""},
      // After ", ": a plural's list of one name is a place; a role in
      // apposition to a name before it is followed by a place.
      {"URGENT - detained teachers, Hpa-an\nNino Beridze, caseworker, Duisi", ""},
      {"their sons, Ahmad and Mahmood; the caseworker, Amina, left", "PERSON/RELATIVE[12,17) PERSON/RELATIVE[22,29) PERSON/ROLE[47,52)"},  // capitals: organisations; one word: a name of a body
      {"with officer Daud", "PERSON/ROLE[13,17)"},
      {"an assistant Professor", ""},  // "assistant" is no role word: assistant Director, Secretary
      {"Hiring employees Personality", ""},  // nor "employees"
      {"the commander ISAF", ""},
      // A name given as a name.
      {"(we believe his name is D\xC3\xA9sir\xC3\xA9 Lokpa), asked", "PERSON/ROLE[24,38)"},
      {"Her real name is Amina Yusuf.", "PERSON/ROLE[17,28)"},
      {"whose name is Rahim", "PERSON/ROLE[14,19)"},
      {"The name is Kabul. His name is. Its name is Acme. This is Rahim", ""},
      // Near misses.
      {"his brother The", ""},
      {"his son. Ahmad said", ""},
      {"a sister city Dresden", ""},
      {"Brother Ahmad", "PERSON/ROLE[8,13)"},  // a capitalised kin word opening a line
      {"Mother Teresa", "PERSON/ROLE[7,13)"},
      {"the grandson of Karim", "PERSON/RELATIVE[16,21)"},  // kin before "of": the name after it
      {"his son, named Rahim", ""},
      {"stepsons", ""},
      {"person Ahmad", ""},  // "son" inside a word
      {"his son  Ahmad", ""},  // two spaces
      {"a son A. was", ""},    // an initial alone
      {"his son In", ""},
      {"- Karim, driver, Tel: 0799", ""},  // a label, not a name
      // A capitalised role word that opens a line or a table cell.
      {"| Passenger Mykola Sahaidak, 78", "PERSON/ROLE[12,27)"},
      {"Driver Dieuseul ST-VIL: gunfire", "PERSON/ROLE[7,22)"},  // a family name in capitals
      {"06:42\tGuard Ahmed: gate closed", "PERSON/ROLE[12,17)"},
      {"- Caller Amina Yusuf (F, 40)", "PERSON/ROLE[9,20)"},
      {"notes\nSurvivor Grace Akello, 19", "PERSON/ROLE[15,27)"},
      {"the passenger Mykola", "PERSON/ROLE[14,20)"},
      {"Driver Phone: 0799", ""},             // a label noun
      {"| Victim Support Unit |", ""},
      {"Deputy Director Karimi", ""},
      {"| Deputy Representative Karimi |", ""},  // a label noun of 14 letters
      {"Worker ID: 22", ""},
      {"Officer ISAF", ""},                   // capitals of three letters... and no lower case
      {"Witness AB", ""},
      {"Drivers Ahmad and Karim", ""},        // a plural: no list at a cell's start
      // A capitalised singular kin word opening a sentence (after a small
      // letter, a digit, ')' or a quote) or a line.
      {"Bilal M 12. Husband Ayman killed 2013.", "PERSON/ROLE[20,25)"},
      {"anak Fitri luka kaki; ibu mertua Papuq Saenah; nenek Inaq", "PERSON/RELATIVE[5,10) PERSON/RELATIVE[33,45) PERSON/RELATIVE[53,57)"},  // Indonesian kin
      {"all day\"). Mother-in-law Sellamma aachi", "PERSON/ROLE[25,33)"},
      {"- Daughter-in-law Rukhsana stays", "PERSON/ROLE[18,26)"},
      {"Husband killed 2013; Mother Tongue: Pashto", ""},  // no name after it; a phrase
      {"in 2011. Sister City scheme", ""},
      {"Sons Amir and Bilal", ""},                  // a plural
      {"Bilal, 12 Husband Ayman", ""},               // no sentence's end before it
      {"We met Driver Ahmad", ""},            // not at a cell's start
      {"| Brother Ahmad |", "PERSON/ROLE[10,15)"},  // or a cell
      // French, Indonesian and Romanian kin words; a pastor; "padre".
      {"pillage: famille Mapendo Kahindo", "PERSON/RELATIVE[17,32)"},
      {"Sa pu ipar Ance Itlay bisa bantu data", "PERSON/RELATIVE[11,21)"},
      {"cu 2 copii; so\xC8\x9Bul Dmytro r\xC4\x83mas", "PERSON/RELATIVE[19,25)"},
      {"le pasteur Josaphat Biringanine signale", "PERSON/ROLE[11,31)"},
      // After a word of kin and "of" or "de", a second name joined by a
      // conjunction; not by a comma.
      {"padre de Yorgelis y Jhonaiker, en Maracaibo", "PERSON/RELATIVE[9,17) PERSON/RELATIVE[20,29)"},
      {"The mother of Amal and Rami came; the son of Ahmad and his wife left", "PERSON/RELATIVE[14,18) PERSON/RELATIVE[23,27) PERSON/RELATIVE[45,50)"},
      {"the widow of Samir, Kabul district", "PERSON/RELATIVE[13,18)"},
      // A list goes on after a suffix's period.
      {"esposa Carmelina, hijos An\xC3\xAD" "bal Jr., Rosmery", "PERSON/RELATIVE[7,16) PERSON/RELATIVE[24,34) PERSON/RELATIVE[37,44)"},
      // The abbreviations of "son of" and "daughter of" (not "w/o", as often
      // "without": "Afghans w/o PoR"); "and of" after the first parent.
      {"|w/o Soslan (2019); s/o Alan, Batraz; d/o Madina|", "PERSON/RELATIVE[24,28) PERSON/RELATIVE[42,48)"},
      {"fils de Bahati Pilo et de Mave Ndjango | CODECO", "PERSON/RELATIVE[8,19) PERSON/RELATIVE[26,38)"},
      {"the widow of Samir et de Paris", "PERSON/RELATIVE[13,18) PERSON/RELATIVE[25,30)"},
      {"and/or Ahmad; the driver et de Paris", ""},
      // Spanish "joven" (a young man or woman) before a name.
      {"tradujo el joven Esneider, que", "PERSON/ROLE[17,25)"},
      // Haitian Creole kin words.
      {"se Mirlande ki pale, manman Nerline; pitit Wilson; fr\xC3\xA8 Ricot", "PERSON/RELATIVE[28,35) PERSON/RELATIVE[43,49) PERSON/RELATIVE[56,61)"},
      // One capitalised word between "the" and a plural word for siblings.
      {"The Momba sisters came; the Nakamura brothers left; the Kabul Brothers; the Big twins", "PERSON/RELATIVE[4,9) PERSON/RELATIVE[28,36) PERSON/RELATIVE[76,79)"},
      // A word in parentheses after a role word is as often a place, a
      // vehicle or a title as a name: not read.
      {"He told our caseworker (Arevik) he does not; the driver (Sumo); the village head (Dagaci)", ""},
  };
  ExpectScans(*detector, cases);
}

// Lists of two names or more, each with its age, in a line that speaks of
// children or kin (before the list or just after it).
TEST(RelationNameTest, ListsOfNamesWithAges) {
  const auto detector = NewRelationNameDetector();
  const Case cases[] = {
      {"With her: Falmata 8, Kaltouma 5, Bakaka 2.", "PERSON/RELATIVE[10,17) PERSON/RELATIVE[21,29) PERSON/RELATIVE[33,39)"},
      {"the three children (Mercy, 9; Okeny, 6)", "PERSON/RELATIVE[20,25) PERSON/RELATIVE[30,35)"},
      {"the three sectors (Juba, 9; Wau, 6)", ""},  // no word of kin
      {"Kids w/ her: Guuleed 16, Nimco 7", "PERSON/RELATIVE[13,20) PERSON/RELATIVE[25,30)"},
      {"household: Rukia Begum 31; Anwar 6", "PERSON/RELATIVE[11,22) PERSON/RELATIVE[27,32)"},
      {"her kids (Layan 9, Karam 6), PSS", "PERSON/RELATIVE[10,15) PERSON/RELATIVE[19,24)"},
      {"1. Nephtalie (6) and Jameson (3) are at the child-friendly space",
       "PERSON/RELATIVE[3,12) PERSON/RELATIVE[21,28)"},                                      // kin word after
      {"her sons: Ali 7 yrs, Omar 3 yrs", "PERSON/RELATIVE[10,13) PERSON/RELATIVE[21,25)"},
      {"children: Amina 4 & Zara 2mo", "PERSON/RELATIVE[10,15) PERSON/RELATIVE[20,24)"},
      {"(hijos Yorbelis 12a, Jhonaiker 7a)", "PERSON/RELATIVE[7,15) PERSON/RELATIVE[21,30)"},  // after a plural kin word, ages in "a" (a\xC3\xB1os)
      {"Meeting 9 a.m. and Lunch 12 a.m. for the kids", ""},
      {"con 3 ni\xC3\xB1os: Yorgelis (8), Dylan (5) y Santiago (1).",
       "PERSON/RELATIVE[14,22) PERSON/RELATIVE[28,33) PERSON/RELATIVE[40,48)"},  // Spanish "y"
      {"ses fr\xC3\xA8res Issa (9) et Sani (6), parents", "PERSON/RELATIVE[12,16) PERSON/RELATIVE[24,28)"},
      {"Grandchildren Rashid (M, 10), Zuhura (F, 7), Asha 3 yrs.",
       "PERSON/RELATIVE[14,20) PERSON/RELATIVE[30,36) PERSON/RELATIVE[45,49)"},  // the sex before the age
      {"Madre soltera de Dayana (8) y Josu\xC3\xA9" " Daniel (5), que", "PERSON/RELATIVE[17,23) PERSON/RELATIVE[30,43)"},  // a parent's word
      {"Sites visited: Tawakal 2, Salaamey 3, Hiraan 4.", ""},  // no word of kin
      {"her family in Block 3, Block 4 and Zone 5", ""},         // numbered nouns
      {"her kids: Amina 8", ""},                                 // one name is no list
      {"her kids: Amina 8:30, Zara 9:15", ""},                   // times
      {"her kids: Amina 123, Zara 456", ""},                     // no ages
      {"Meeting with her at 10:30, Room 4 and Room 5", ""},
      {"his sons\nSites: Tawakal 2, Salaamey 3", ""},           // the word of kin is on another line
      // A short aside after an age; the kin words inside the list count.
      {"| F | Dja\xC3\xAFlatou 14 (fille), Moussa 10 (fils),  | Gamboula",
       "PERSON/RELATIVE[6,16) PERSON/RELATIVE[29,35)"},
      {"Arrivals: Goma 12 (buses), Bukavu 9 (trucks).", ""},
      // Swahili "na" and Tetum "no" join the last two.
      {"Watoto Boniface (6) na Sabina (3) wako kwa bibi", "PERSON/RELATIVE[7,15) PERSON/RELATIVE[23,29)"},
      {"Oan rua: Zito (6) no Mena (3) hela", "PERSON/RELATIVE[9,13) PERSON/RELATIVE[21,25)"},
      // Spanish "de" before an age, and an article before a name.
      {"Hijos: Dereck de 6, la Kimberly de 3 y el Josu\xC3\xA9" " de 11 a\xC3\xB1os.",
       "PERSON/RELATIVE[7,13) PERSON/RELATIVE[23,31) PERSON/RELATIVE[42,48)"},
      {"sus hijos viven en Colonia de 5, Barrio de 9", ""},  // numbered nouns
      {"sus hijos: Dereck del 6, Kimberly de 2023", ""},  // no age
      {"kids: Ali 7 y Omar 3 y", "PERSON/RELATIVE[6,9) PERSON/RELATIVE[14,18)"},  // "y" joins, or ends
      // A list that opens an indented line, under a line that speaks of kin.
      {"dont 2 neveux\n  (Ukumu, 15 ans, et Ulonga, 13 ans), r\xC3\xA9" "f\xC3\xA9r\xC3\xA9s",
       "PERSON/RELATIVE[17,22) PERSON/RELATIVE[35,41)"},
      {"dont 2 neveux\n(Goma, 15 ans, et Bukavu, 13 ans)", ""},  // not indented: another line
  };
  ExpectScans(*detector, cases);
}

TEST(RelationNameTest, FindingsDoNotDependOnBlockAlignment) {
  const auto detector = NewRelationNameDetector();
  const char* pieces[] = {"his",   "son",  "brothers", "Ahmad", "Karim", "and", ",",    "The",  "x",
                          "named", "wife", "A.",       "Gul",   "'s",    "-",   "\n",   "sons", "\xC3\x89mile",
                          "7",     "(6)",  "kids"};
  const size_t found = quasi_testing::ExpectFindingsIgnoreBlockAlignment(*detector, pieces, 123456789, 400, 4);
  EXPECT_GT(found, 100u);
}

TEST(AppositionTest, NamesDescribedByTheirApposition) {
  const auto detector = NewAppositionDetector();
  const Case cases[] = {
      {"Gul Ahmad, a 34-year-old driver for the field office", "PERSON/APPOSITION[0,9)"},
      {"Yonas left with Awet, a volunteer from the clinic", "PERSON/APPOSITION[16,20)"},
      // French, Spanish and Portuguese articles and nouns; not a place
      // described as one, nor a verb after ", a".
      {"gard\xC3\xA9" "es dans la maison de Ndoumba, le boutiquier.", "PERSON/APPOSITION[27,34)"},
      {"Hablamos con Rosa Quintero, una vecina del barrio, ayer", "PERSON/APPOSITION[13,26)"},
      {"ficou com Celso Nhamitambo, o motorista da equipa", "PERSON/APPOSITION[10,26)"},
      {"vu Moussa, l'infirmier, puis", "PERSON/APPOSITION[3,9)"},
      {"vers Bambari, la capitale de la Ouaka; Kaya, un chef-lieu", ""},
      {"Il est parti, a dit Moussa; Pedro, el primero", ""},
      {" - Rabia Selemane, vi\xC3\xBA" "va - husband killed", "PERSON/APPOSITION[3,17)"},  // a list item
      // A describing phrase in parentheses; a capitalised word may open it.
      {"  MIKE 7  = Lochoro P. (field monitor, Rupa); met at Kampala U. (driver)", "PERSON/APPOSITION[12,22)"},
      {"Distribution: K. Obi (Head of Office, Katsina); the Ministry (Head of Unit)", "PERSON/APPOSITION[14,20)"},
      {"1340 Chhering Dorje (porter) + Tashi", "PERSON/APPOSITION[5,19)"},
      {"V1 Land Cruiser (lead, VHF ch. 4); SECTION B - INCIDENT NARRATIVE (summary by monitor); Abdi Noor (monitor)", ""},
      // A list item that opens with a name and an age, with a sex mark or
      // not, and another after " + "; numbered items too.
      {"- Benhar Taib, 34, GSW left arm", "PERSON/AGED[2,13)"},
      {"2.5 Chinedu Okafor, M 29, Onitsha + Blessing Osagie, F 22, Benin City.", "PERSON/AGED[4,18) PERSON/AGED[36,51)"},
      {"- Block C, 12 tents; - Zone Four, 2024, cleared", ""},
      {"Benhar Taib, 34, came; in Kabul Province, 34, shops", "PERSON/AGED[0,11)"},  // a line opens an item
      {"- Tahira (our deputy) called", "PERSON/APPOSITION[2,8)"},
      {"3.1 Ahmad Wali, 12, Kabul; 3.2 Zone Four, 12, tents; in 2024, 12, left", "PERSON/AGED[4,14)"},
      {"Marwan Dawood (driver), Gulshan Terzi (Turkmen interpreter)",
       "PERSON/APPOSITION[0,13) PERSON/APPOSITION[24,37)"},
      {"the Kakuma site (Camp Three)", ""},
      {"ask Wae Dao (village volunteer, my cousin) and Me Hadiza Souley (avocate).",
       "PERSON/APPOSITION[4,11) PERSON/APPOSITION[47,63)"},
      {"Kabul (capital), in Mosul (the driver) and Dorota (CP team)", ""},
      {" - Kiden (housekeeper, sleeps behind)", "PERSON/APPOSITION[3,8)"},
      // An arrow ends the describing phrase as punctuation does.
      {"+ Minara (missing husband \xE2\x86\x92 Protection); Omar (driver -> field)", "PERSON/APPOSITION[2,8) PERSON/APPOSITION[43,47)"},
      {"RISK ASSESSMENT: HIGH (child in forced labour); SN-WR (woman at risk)", ""},
      // A sex mark and an age after a comma.
      {"  - Sambourou, H, 11 ans, fils\n  - Amina Yusuf, F, ~34\n5 boxes, M, 12 items; Kabul, F, 3",
       "PERSON/AGED[4,13) PERSON/AGED[35,46)"},
      // A name, an age and a word for one relative or role after commas; or,
      // opening its line or list item, an age in months or years alone.
      {"Ngalula, 16, niece of Awa; Mamie Ndoyo, 68, mother\n  2. Bola, 15, daughters",
       "PERSON/AGED[0,7) PERSON/AGED[27,38)"},
      {"  5. Gr\xC3\xA2" "ce-Divine, 9 months\nsite in Zone C, 9 months\n  6. Kalemie, 12",
       "PERSON/AGED[5,18)"},
      {"1. GBAZOUMA Clarisse, 34, head of household; in March, 12, son", "PERSON/AGED[3,20)"},
      // An estimated age and a count of children, or "a" and a describing
      // phrase, after it; a word for a relative between a list item's name
      // and an age before " (".
      {"from Kibago:\n Esp\xC3\xA9rance NIYONZIMA, ~30, 4 kids: Kevin; at Vugizo, ~30, 4 boxes", "PERSON/AGED[14,34)"},
      {"is Msughter Orduen, 19, a\n  student at BSU; in March, 19, a day", "PERSON/AGED[3,18)"},
      {"     - Zainabo, filha, 6 anos\n     - Rachide, filho, 2 anos (desnutri\xC3\xA7\xC3\xA3o)\n - Casa, grande, 2 anos",
       "PERSON/AGED[7,14) PERSON/AGED[37,44)"},
      {"Cas 1 - Rose-Carline, 15 ans, arriv\xC3\xA9" "e seule; lived in Kabul, 15 years, then left", "PERSON/AGED[8,20)"},
      // Before ", " and anything when the name opens a list item.
      {"- Hadidja OUMAROU, 13 ans, CE2, EM Sambo\n- ZOUMANDJI Prince, 11 ans; CM1\nin Goma, 3 ans, CE2",
       "PERSON/AGED[2,17) PERSON/AGED[43,59)"},
      // A note that the person's surname is withheld.
      {"NOTES: R = Halyna (surname withheld in report). Lukong Bih, surname withheld; the (surname withheld)",
       "PERSON/APPOSITION[11,17) PERSON/APPOSITION[48,58)"},
      {"- Cas : Makenson (nom de famille inconnu, \xC2\xAB Ti Mak \xC2\xBB)", "PERSON/APPOSITION[8,16)"},
      // A note that the surname was not given, or that only the first name was.
      {"staffer Saida (no surname given); amiga Anyeli (sin apellido, 16?); Franklin (no dio apellido)",
       "PERSON/APPOSITION[8,13) PERSON/APPOSITION[40,46) PERSON/APPOSITION[68,76)"},
      {"Dilnoza (first name only); Kasereka (pr\xC3\xA9nom seul); the list (no surname); only",
       "PERSON/APPOSITION[0,7) PERSON/APPOSITION[27,35)"},
      // Two to four name words right before a bare age with its unit; not
      // after a preposition, not a part of a site, not one word.
      {"1) Masika Kavira 63 ans veuve 2) Shukuru Hakizimana 11 ans MNA", "PERSON/AGED[3,16) PERSON/AGED[33,51)"},
      {"lived in Kabul Province 3 years; Block Zone 12 years; Masika 63 ans; Kavira Masika 063 ans", ""},
      // A letter of the list opens an item ("c) ", "(b) ", "a. "); a capital
      // with a period is an initial, not a letter of the list.
      {"c) Hamza, 16 ans, sorti d'un GA\n(b) Nafisa, 9 ans, seule\na. Lado, 12 years, alone\nA. Musa, 12 years, alone",
       "PERSON/AGED[3,8) PERSON/AGED[36,42) PERSON/AGED[60,64)"},
      {"see annex c) Hamza, 16 ans, sorti; rule b) Kabul, 3 years, then", ""},
      // One word before an age with a sex mark, opening its line or item.
      {"- Nkoitiko (F, ~40) - 3 ch\nNkoitiko (40); Metuge (14); at Metuge (F, 14)", "PERSON/AGED[2,10)"},
      // What the person is after the age; not a word of no such list.
      {"4.2 Vitoka (19, student) - head injury\n- Ama (45, veuve)\nBlock C (12, see annex)",
       "PERSON/AGED[4,10) PERSON/AGED[41,44)"},
      // A name before an age in parentheses.
      {"lista de Quiterajo. Sumail Juma (41) e esposa Zainabo Selemane (F, 29)",
       "PERSON/AGED[20,31) PERSON/AGED[46,62)"},
      {"- Okello Denis(17), Akello Grace (34 yrs); Nyakuoth GATLUAK (6 ans)",
       "PERSON/AGED[2,14) PERSON/AGED[20,32) PERSON/AGED[43,59)"},
      {"missing: Mark Tumbu (approx 12), Lina Hoi (about 9), Sam Ku (~7), Ann Lo (aged 4)",
       "PERSON/AGED[9,19) PERSON/AGED[33,41) PERSON/AGED[53,59) PERSON/AGED[66,72)"},
      {"Ahmed Baba (approx) and Ahmed Baba (about 2010)", ""},
      {"arrivals in Metuge (14) and in Cabo Delgado (9)", ""},  // one word; after a preposition
      {"Section 4 (2) and Annex B (12) of Rule Book (120)", ""},
      {"Ahmed Baba (2010) and Ahmed Baba (M/34x)", ""},
      {"Valeska Paris, an Australian woman and former member", "PERSON/APPOSITION[0,13)"},
      // An email's display name that spells a word of the address.
      {"Cc: Tursunoy Ergasheva <t.ergasheva@relief.org>; Sakina H. <protection.mzr@relief.org>",
       "PERSON/APPOSITION[4,22)"},
      {"To: Ahmad Zia Sultani <az.sultani@x.org>, write to Farzana Noori <f.noori@x.org> or <a@b>",
       "PERSON/APPOSITION[4,21) PERSON/APPOSITION[51,64)"},
      {"To: Relocation Desk <relocation@x.org>; CP Nduta Desk <cp.nduta@x.org>; Evac Hub <evac.hub@x.org>", ""},
      {"said Karimi, a local staff member, on Monday", "PERSON/APPOSITION[5,11)"},
      {"X, a Swedish national.", ""},  // one letter
      {"met A. B. Karimi, a farmer.", "PERSON/APPOSITION[4,16)"},
      {"Omari\xE2\x80\x99s cousin Wahid Omari, an ex-soldier who", "PERSON/APPOSITION[17,28)"},
      {"\xC3\x89mile Durand, a native of Lyon", "PERSON/APPOSITION[0,13)"},
      {"recognised by Aisha as Bukar, a former guard dismissed in June.", "PERSON/APPOSITION[23,28)"},
      {"said Karimi, a driver dismissed in May", "PERSON/APPOSITION[5,11)"},
      // Near misses.
      {"Overnight, a guard killed two men", ""},  // a participle after a name that opens the sentence
      {"He left. Overnight, a guard killed two", ""},
      {"Karimi, a driver dismissed in May", ""},  // the price: the tagger must read this one
      // A family's name before a family noun, after "the".
      {"the Tkachenko couple, Ivan and", "PERSON/FAMILY[4,13)"},
      {"The Karimi family left", "PERSON/FAMILY[4,10)"},
      {"with the Abdul Haq household.", "PERSON/FAMILY[9,18)"},
      {"the Royal family", ""},
      {"two Sadat families", ""},       // no article: left to linking
      {"the Karimi familyname", ""},
      {"the karimi family", ""},
      {"bathe Karimi family", ""},
      {"However, a man was seen", ""},        // a sentence opener
      {"Yesterday, a farmer from the village", ""},
      {"arrested in Kandahar, a driver from the village said", ""},  // after a preposition
      {"In Kandahar, a driver from the village", ""},
      {"the Taliban, a group of fighters", ""},
      {"her mother was English, a native of Oldham", ""},  // after a form of "be"
      {"Acme, a leader in robotics", ""},      // "leader" describes organisations too
      {"Germany, a member of NATO", ""},       // "member" alone
      {"Kabul, a city of four million", ""},   // no noun for a person
      {"Karimi, a driver said nothing", ""},   // the noun does not end the phrase
      {"Karimi, a very old and trusted local driver", ""},  // more than four modifiers before the noun
      {"Karimi, another driver.", ""},         // no article
      {"Karimi,a driver.", ""},
      // A list item: a name, a comma and a role in lower case.
      {"- Mabrouka el-Mogherbi, field volunteer Derna/Martuba, +218 91", "PERSON/APPOSITION[2,22)"},
      {"  * Osman Ali Farah, desk lead\n", "PERSON/APPOSITION[4,19)"},
      {"- K. Kumaravel \xE2\x80\x93 field officer, Vakarai\n- Amina Yusuf - field monitor\n- Goma Town - office closed\n",
       "PERSON/APPOSITION[2,14) PERSON/APPOSITION[44,55)"},  // a spaced dash for the comma
      {"Amina Yusuf - field monitor\n", ""},  // no list item
      {"- Kakuma, field volunteer team\n", ""},             // one word: a place as often
      {"- The Team, field volunteer team\n", ""},          // a sentence opener
      {"Mabrouka el-Mogherbi, field volunteer\n", ""},      // no list item
      {"- Mabrouka el-Mogherbi, Field Volunteer\n", ""},   // no role in lower case
      {"- Block 12 Zone, field volunteer\n", ""},          // a digit
      {"- Source C \xE2\x80\x94 the driver Kuol, who asked\n- Witness B, field volunteer\n", ""},  // a lettered label
      // An acronym in the role; a line opening with the name needs a comma after the noun.
      {"  * Osman Ali Farah, GBV focal point\n", "PERSON/APPOSITION[4,19)"},
      {"Abuk Thon, JWAN caseworker, has received three calls.", "PERSON/APPOSITION[0,9)"},
      {"Abuk Thon, JWAN caseworker\n", ""},
  };
  ExpectScans(*detector, cases);
}

TEST(AppositionTest, FindingsDoNotDependOnBlockAlignment) {
  const auto detector = NewAppositionDetector();
  const char* pieces[] = {"Gul Ahmad, a driver.", "Karimi, an old farmer from", "In", "Kabul,", "a", "an",
                          "driver", "x",   "\n", ",", "woman,", "staff member.", "the", "Zia,"};
  const size_t found = quasi_testing::ExpectFindingsIgnoreBlockAlignment(*detector, pieces, 24681357, 400, 4);
  EXPECT_GT(found, 30u);
}

TEST(EastAsianNameTest, RomanizedNamesWithHyphenatedGivenNames) {
  const auto detector = NewEastAsianNameDetector();
  const Case cases[] = {
      {"elected were Leung Kwok-hung and Wong Pik-wan.", "PERSON/ROMANIZED[13,28) PERSON/ROMANIZED[33,45)"},
      {"President Moon Jae-in met Kim Jong-un's envoy", "PERSON/ROMANIZED[10,21) PERSON/ROMANIZED[26,37)"},
      {"Tsai Ing-wen", "PERSON/ROMANIZED[0,12)"},
      // Near misses.
      {"a Hong Kong-based firm", ""},   // an English word after the hyphen
      {"Hong Kong-born actor", ""},
      {"New York-based", ""},          // no listed surname
      {"Park Avenue-style flat", ""},  // a syllable of six letters, and "style"
      {"Lee Cheuk-yan-x", ""},         // a third part
      {"x-Lee Cheuk-yan", ""},         // the surname inside a compound
      {"Kimmy Jong-un", ""},
      {"Lee cheuk-yan", ""},           // no capital
      {"Lee Cheuk-yan2", ""},
      {"Lee  Cheuk-yan", ""},          // two spaces
  };
  ExpectScans(*detector, cases);
}

TEST(EastAsianNameTest, FindingsDoNotDependOnBlockAlignment) {
  const auto detector = NewEastAsianNameDetector();
  const char* pieces[] = {"Leung", "Kwok-hung", "Lee", "Cheuk-yan,", "Hong", "Kong-based", "x", "-", "\n", "Kim",
                          "Jong-un."};
  const size_t found = quasi_testing::ExpectFindingsIgnoreBlockAlignment(*detector, pieces, 1357911, 400, 4);
  EXPECT_GT(found, 50u);
}

TEST(CitationTest, AuthorsOfAuthorYearCitations) {
  const auto detector = NewCitationDetector();
  const Case cases[] = {
      {"theory (Charmaz, 2006). Through", "PERSON/AUTHOR[8,15)"},
      {"(Hein, Reich, Marks, Thuma, & Grigorenko, 2016)",
       "PERSON/AUTHOR[1,5) PERSON/AUTHOR[7,12) PERSON/AUTHOR[14,19) PERSON/AUTHOR[21,26) PERSON/AUTHOR[30,40)"},
      {"(see for example Brieber 2014; Binderman et al., 2005)", "PERSON/AUTHOR[17,24) PERSON/AUTHOR[31,40)"},
      {"(Fantoni et al., 2013; Heidenreich & Turano 2011; Milekic 2010).",
       "PERSON/AUTHOR[1,8) PERSON/AUTHOR[23,34) PERSON/AUTHOR[37,43) PERSON/AUTHOR[50,57)"},
      {"trends (e.g., Nedwick, 2014). Follow", "PERSON/AUTHOR[14,21)"},
      {"(Smith, 2014, p. 5)", "PERSON/AUTHOR[1,6)"},
      {"(van der Berg 2001a)", "PERSON/AUTHOR[1,13)"},
      {"(De Certeau 1984; Caparr\xC3\xB3s, 2000)", "PERSON/AUTHOR[1,11) PERSON/AUTHOR[18,27)"},
      {"as in Navarro\xE2\x80\x99s et al. (2016)", "PERSON/AUTHOR[6,13)"},
      {"In Fantoni et al. (2013)", "PERSON/AUTHOR[3,10)"},
      {"Fantoni et al. (2013) argue", "PERSON/AUTHOR[0,7)"},
      // A narrative citation of two authors counts once the text cites in a group.
      {"Palmeri and Gazio (1995) agree (Spang, 1983).", "PERSON/AUTHOR[0,7) PERSON/AUTHOR[12,17) PERSON/AUTHOR[32,37)"},
      {"(Spang, 1983) as Palmeri and Gazio (1995) agree", "PERSON/AUTHOR[1,6) PERSON/AUTHOR[17,24) PERSON/AUTHOR[29,34)"},
      {"Palmeri and Gazio (1995) agree.", ""},
      // One author alone never: places and titles are written so.
      {"Alarcos (1966) and Senabre (1982) agree (Spang, 1983).", "PERSON/AUTHOR[41,46)"},
      {"(Spang, 1983) studied in Paris (1927) and Watchmen (2009)", "PERSON/AUTHOR[1,6)"},
      {"(Spang, 1983) wrote Its Nature, Development and Origin (1922)", "PERSON/AUTHOR[1,6)"},
      {"films such as Stoker (2013) and Belle (2013)", ""},
      // Titles, not authors, even in a text that cites in a group.
      {"(Smith, 2014) starred in the Gallows (1958), The Lookout (2007) et al. (2001)", "PERSON/AUTHOR[1,6)"},
      {"(Three Sinners, 1950) and Seven Nights (1960) (Smith, 2014)", "PERSON/AUTHOR[47,52)"},
      // Near misses.
      {"In 2015, a study", ""},
      {"(In 2015, a study)", ""},
      {"(WHO, 2020)", ""},
      {"(Open Science Collaboration, 2015)", ""},
      {"(March 2014)", ""},
      {"(Official Gazette, 2005)", ""},
      {"Smith 2014; Jones 2015", ""},  // no parenthesis
      {"(Smith 12014)", ""},
      {"(Smith 1400)", ""},
      {"(Smith 2014x1)", ""},
      {"(Smith v. Jones, 2014)", ""},
      {"(Kandahar, 12 May 2014)", ""},
  };
  ExpectScans(*detector, cases);
}

TEST(CitationTest, FindingsDoNotDependOnBlockAlignment) {
  const auto detector = NewCitationDetector();
  const char* pieces[] = {"(Smith, 2014)", "(Jones 2006;", "Reich 2001)", "(see", "Marks,", "et al.", "&",
                          "and",           "2014)",        ",",           ";",    "x",      "\n",     "(2013)",
                          "Senabre",       "(Kabul",       "1982"};
  const size_t found = quasi_testing::ExpectFindingsIgnoreBlockAlignment(*detector, pieces, 55555, 400, 3);
  EXPECT_GT(found, 50u);
}

}  // namespace
}  // namespace tearline

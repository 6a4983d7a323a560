// Tests of the code-name detector (NewCodeNameDetector in tearline/quasi.h):
// a table of code names and near misses, and findings that do not depend on
// where a text starts relative to the 16-byte blocks of the candidate search.
#include <gtest/gtest.h>

#include <string>

#include "scan_test_util.h"
#include "tearline/quasi.h"

namespace tearline {
namespace {

using quasi_testing::ExpectScans;
using Case = quasi_testing::ScanCase;

TEST(CodeNameTest, NamesBesideNicknames) {
  const auto detector = NewCodeNameDetector();
  const Case cases[] = {
      // The name before a trailing nickname is the person's too; a thing's
      // word before the quote is none.
      {"Gatwech TUT \"Wech\" (M, 22) KAK-20-099031", "PERSON/NICKNAME[0,11) PERSON/CODENAME[13,17)"},
      {"4) RAM\xC3\x8DREZ TOLEDO, Mar\xC3\xAD" "a Guadalupe \"Lupita\" \xE2\x80\x94 31 a\xC3\xB1os", "PERSON/NICKNAME[20,36) PERSON/CODENAME[38,44)"},
      {"Hotel Palace \"Grand\" was shelled", ""},
      {"detuvieron a su compa\xC3\xB1" "era Francis L\xC3\xB3pez Herrera, \"la Chiqui\", por orden", "PERSON/CODENAME[52,61)"},
      {"el informe, \"la Defensa\" dice", ""},
      {"NOTES D'INCIDENTS - EXTORSION ET \"Zenglendo\" \xC3\x80 PORT", "PERSON/CODENAME[34,43)"},
      {"leaves at 10:25. Driver Abdi Hassan \"Dheere\"; passengers", "PERSON/NICKNAME[24,35) PERSON/CODENAME[37,43)"},
      // Capitalised words right after a nickname that a strong cue
      // introduces go on with the name; a weekday does not.
      {"a man everyone calls \"Kaka\" Jamshed to get him out", "PERSON/CODENAME[22,26) PERSON/NICKNAME[28,35)"},
      {"a guard they call \"Tiger\" Monday.", "PERSON/CODENAME[19,24)"},
      // A source's cover name in French; "knew only as" with an article.
      {"Informateur \xC2\xAB Tigre \xC2\xBB (r\xC3\xA9" "el : inconnu)", "PERSON/CODENAME[15,20)"},
      {"one he knew only as \"al-Ustadh\", from", "PERSON/CODENAME[21,30)"},
      // A Latin-1 capital opening the quoted name; the French "surnom".
      {"una voz que se identifica como alias \xC2\xAB\xC3\x91" "eco\xC2\xBB le reclama", "PERSON/CODENAME[39,44)"},
      {"une source communautaire (surnom \xC2\xAB Bakhaye \xC2\xBB, fiabilit\xC3\xA9 B/2)", "PERSON/CODENAME[36,43)"},
  };
  ExpectScans(*detector, cases);
}

TEST(CodeNameTest, NamesAfterTheirIntroducingWords) {
  const auto detector = NewCodeNameDetector();
  const Case cases[] = {
      {"The informant KESTREL reported a meeting.", "PERSON/CODENAME[14,21)"},
      {"reporting from source FALCON-7 (B2)", "PERSON/CODENAME[22,30)"},
      {"a courier codenamed 'NIGHTJAR' left", "PERSON/CODENAME[21,29)"},
      {"Informant: KESTREL; asset VIPER-2", "PERSON/CODENAME[11,18) PERSON/CODENAME[26,33)"},
      {"his call sign was RAVEN", ""},  // "was" between: not right after
      {"his call sign RAVEN-6 was heard", "PERSON/CODENAME[14,21)"},
      // The Somali "la yiraahdo" (who is called), the Indonesian "beralias";
      // a parenthesis opening with a kin word in accented letters.
      {"ninka la yiraahdo \"Indhayare\" ayaa; seseorang beralias \"Bosaka\" (menurut); 10:30  \"To\xC3\xB1\xC3\xADn\" (ni\xC3\xB1o de la colonia)", "PERSON/CODENAME[19,28) PERSON/CODENAME[56,62) PERSON/CODENAME[83,90)"},
      // French "nommé"; a Spanish article opening a quoted name in parentheses
      // after a name.
      {"un nomm\xC3\xA9 \xC2\xAB Bazou \xC2\xBB lui; Mar\xC3\xAD" "a Fernanda (\"la Mafer\") viajaba; the plan (\"la Fuerza\")", "PERSON/CODENAME[13,18) PERSON/CODENAME[45,53)"},
      // The Indonesian "nama" and the Arabic "kunya" before a quoted name.
      {"KTP palsu (nama \"Yohanna Banu\"); kunya \"Abu Muslim\"", "PERSON/CODENAME[17,29) PERSON/CODENAME[40,50)"},
      // A quoted nickname before an age with a unit or a sex mark; not before
      // a bare number.
      {"| \"Dogo\" (14 yrs). Team \"Alpha\" (2) left; \"Tina\" (F, 9)", "PERSON/CODENAME[3,7) PERSON/CODENAME[43,47)"},
      {"CODENAMED KESTREL", "PERSON/CODENAME[10,17)"},
      {"an agent code-named \"Falcon\" met", "PERSON/CODENAME[21,27)"},
      {"code name \xE2\x80\x9CRed Wolf\xE2\x80\x9D was", "PERSON/CODENAME[13,21)"},
      {"Abdul Karim alias 'Mullah Dost' fled", "PERSON/NICKNAME[0,11) PERSON/CODENAME[19,30)"},  // and the name before
      {"known as \xE2\x80\x98KESTREL\xE2\x80\x99 to us", "PERSON/CODENAME[12,19)"},
      // Quoted names after "a certain", "known only as", "people called",
      // "she was called", "name as", "un tal", "l'appelait".
      {"seen with a certain \"Kumander Bagwis\" near", "PERSON/CODENAME[21,36)"},
      {"a broker known only as \"Uncle Bee\", who", "PERSON/CODENAME[24,33)"},
      {"the people called \"Tiger\" knew", "PERSON/CODENAME[19,24)"},
      {"she was called \"Precious\", then", "PERSON/CODENAME[16,24)"},
      {"wrote my name as \"LETEBIRHAN GEBREMEDIN\". Now", "PERSON/CODENAME[18,39)"},
      {"un tal \"Chucho\" ofrece", "PERSON/CODENAME[8,14)"},
      {"on l'appelait 'Kamwena Nkole', il", "PERSON/CODENAME[15,28)"},
      {"a certain Kumander Bagwis", ""},                   // not quoted
      {"boy missing. Neighbor \"Toto Bisaya\" saw him", "PERSON/CODENAME[23,34)"},
      {"the broker \"Papi\" took", "PERSON/CODENAME[12,16)"},
      {"the driver \"said\" nothing", ""},                 // no capital
      {"a boy who calls himself \"Boyi\". Speaks", "PERSON/CODENAME[25,29)"},
      {"a certain \"Sunday Market\" extension", "PERSON/CODENAME[11,24)"},  // the rule's price
      {"nom de guerre ABU-HAMZA", "PERSON/CODENAME[14,23)"},
      {"source  KESTREL", "PERSON/CODENAME[8,15)"},
      {"aka K9X", ""},  // fewer than three capitals first
      {"aka KESTREL", "PERSON/CODENAME[4,11)"},
      {"The informant, known to us as WILLOW, met", "PERSON/CODENAME[30,36)"},
      {"a source referred to as HAWK-3", "PERSON/CODENAME[24,30)"},
      // A Spanish nickname: the lower-case article, then a capitalised word.
      {"their boss only as \"el Gocho\".", "PERSON/CODENAME[20,28)"},
      {"pay el Chapo's people", "PERSON/CODENAME[4,12)"},
      // After a Spanish locative, "el" and a capitalised word name a place.
      {"hacia el Puente Internacional y por el Pilcomayo; le dec\xC3\xAD" "an el Chino", "PERSON/CODENAME[61,69)"},
      {"in el Fasher", ""},       // a locative
      {"Sharm el Sheikh", ""},    // after a capitalised word: a place
      {"the model El Paso", ""},  // no article in lower case
      {"abd-el Aziz and el The", ""},
      {"known to us as \"The Gap\"", ""},  // quoted mixed case after a weak trigger
      {"a man known as \"Soso\", identified", "PERSON/CODENAME[16,20)"},  // a person known as
      {"an officer addressed as \"Astamur\".", "PERSON/CODENAME[25,32)"},
      {"the bar known as \"The Gap\"", ""},
      // Nicknames.
      {"BARRY Boubacar dit \"Bouba\" | M/27", "PERSON/NICKNAME[0,14) PERSON/CODENAME[20,25)"},  // a French alias
      // French spacing inside « »: a space, a no-break space, a narrow one.
      {"MANGA Ousmane dit \xC2\xAB Papis \xC2\xBB\tM", "PERSON/NICKNAME[0,13) PERSON/CODENAME[21,26)"},
      {"Yaya dit \xC2\xAB\xC2\xA0Vieux\xC2\xA0\xC2\xBB", "PERSON/NICKNAME[0,4) PERSON/CODENAME[13,18)"},
      {"Yaya dit \xC2\xAB\xE2\x80\xAFVieux\xE2\x80\xAF\xC2\xBB", "PERSON/NICKNAME[0,4) PERSON/CODENAME[14,19)"},
      {"source \xC2\xAB KESTREL \xC2\xBB said", "PERSON/CODENAME[10,17)"},
      {"everyone calls \"Baiano\", and", "PERSON/CODENAME[16,22)"},
      {"GBANDA-WALI (dite \"Ita Rosa\"), voisine", "PERSON/CODENAME[19,27)"},
      // A quoted name in parentheses right after a capitalised word.
      {"Gurgen (\"Gugo\") will move", "PERSON/NICKNAME[0,6) PERSON/CODENAME[9,13)"},
      {"4.4 Neikedono (\"Neiko\"), taxi driver; The Gurgen (\"Gugo\")", "PERSON/NICKNAME[4,13) PERSON/CODENAME[16,21) "
       "PERSON/NICKNAME[42,48) PERSON/CODENAME[51,55)"},  // no sentence opener in the name
      {"a hawala agent in\n  Sinune (\"Abu Fahad\", surname not known)", "PERSON/CODENAME[29,38)"},  // a place
      {"Katarzyna Wojcik (\"Kasia\", KW), Oleh",
       "PERSON/NICKNAME[0,16) PERSON/CODENAME[19,24)"},  // ',' after the quote
      // A nickname after a full name; one word before is too little, a thing is none.
      {"H4  Abdirahman Mohamed \"Dheere\"  M  16", "PERSON/NICKNAME[4,22) PERSON/CODENAME[24,30)"},
      {"the Grand Hotel \"Palace\" and Green Party \"Yes\" and Amina \"Ami\".", ""},
      // A quoted name opening a list item before a dash.
      {"- \"Le Colonel\" \xE2\x80\x93 the steerer", "PERSON/CODENAME[3,13)"},
      {"2. \"Old Man\" - driver\n- \"Shelter Full\" means no", "PERSON/CODENAME[4,11)"},
      {"see \"Le Colonel\" - the steerer", ""},  // not a list item
      // French and Spanish nickname cues; words for the person; "<person> called".
      {"le commandant \xC2\xAB Bako \xC2\xBB ; surnomm\xC3\xA9 \xC2\xAB Gros Ibo \xC2\xBB.",
       "PERSON/CODENAME[17,21) PERSON/CODENAME[40,48)"},
      {"Ranger \"Dam\" injured; name tag \"Thanawat\"", "PERSON/CODENAME[8,11) PERSON/CODENAME[32,40)"},
      {"a commander called\n\"Wut Bol\" recruits", "PERSON/CODENAME[20,27)"},
      {"an operation called \"Red Dawn\"", ""},
      // Any word for a relative or a role of the relation detector; "apodo".
      {"con su nieta \"Mimi\" y escort \"Ksiusha\"; de apodo \"Chamo Lucho\"",
       "PERSON/CODENAME[14,18) PERSON/CODENAME[30,37) PERSON/CODENAME[50,61)"},
      {"the company \"Acme\" and the report \"Red Dawn\"", ""},
      // The person's name in parentheses after the quoted name.
      {"del otro, \"Tonito\" (Antonio Bisbicus, 16), y \"Ksiusha\" (volunteer Kseniia Moroz)",
       "PERSON/CODENAME[11,17) PERSON/NICKNAME[20,36) PERSON/CODENAME[46,53)"},
      {"the \"Red Dawn\" (Operation Falcon Strike); \"Big Ben\" (London Clock Tower); \"Alpha\" (Kabul)", ""},
      {"un assaillant appel\xC3\xA9 \xC2\xAB Bello \xC2\xBB par; un hombre llamado \"Chino\"",
       "PERSON/CODENAME[25,30) PERSON/CODENAME[58,63)"},
      // Portuguese and Spanish cues; kin and an admin before a quote; beside a handle.
      {"conhecido por \"Mano T\xC3\xB3\"; se hac\xC3\xAD" "a llamar \"Comandante Tono\"",
       "PERSON/CODENAME[15,23) PERSON/CODENAME[44,59)"},
      {"a To\xC3\xB1o le dec\xC3\xAD" "an \"Antonio\".", "PERSON/CODENAME[20,27)"},
      {"his friend \"Skander\" stayed; admin \"Datu Madz\" posted", "PERSON/CODENAME[12,19) PERSON/CODENAME[36,45)"},
      {"DM from @tausug_boy_99 (\"Benhar\"): hi; - @tausug_boy_99 \"Benhar\" - scammer",
       "PERSON/CODENAME[25,31) PERSON/CODENAME[57,63)"},
      {"the page \"Zambo News\" (@zambonews) and @x \"the\" end", "PERSON/CODENAME[10,20)"},
      {"cousin Patrick Lukoo, called \"Pato\", in; the operation, called \"Red Dawn\"", "PERSON/CODENAME[30,34)"},
      // "known as" after a name; an age between the name and the comma.
      {"Driver: Tijani Dafallah, known as \"Abu Shanab\". The market, known as \"Soko\"", "PERSON/CODENAME[35,45)"},
      {"Youth leader Gatluak, popularly called \"Bullet\", said; the drug, commonly called \"Captagon\"",
       "PERSON/CODENAME[40,46)"},
      // After a boy or a girl and a comma, a rank, the Portuguese label for a nickname.
      {"4. UASC: 1 boy, \"Bong-bong\" (approx 10); the boy, \"he said\" no", "PERSON/CODENAME[17,26)"},
      {"General \"Ebube\" people; general \"strike\"", "PERSON/CODENAME[9,14)"},
      {"ONE GIRL RETURNED STOP; 1. GENERAL SITUATION; UASC girl, FGM type III", ""},  // capitals need quotes after them
      {"Alcunha: \"Mam\xC3\xA1 Fatinha\"", "PERSON/CODENAME[10,23)"},
      {"One gendarme wey dem di call \"Capo\". I no know", "PERSON/CODENAME[30,34)"},
      {"a youth, Anwar Sadek (19), called \"Tutu\"; the Plan (2024), called \"Red\"", "PERSON/CODENAME[35,39)"},
      {"Operation (\"Red Dawn\") began", ""},
      {"QuickenLoans Arena (\"The Q\") for", ""},  // a nickname of a thing
      {"The (\"Big\") one", ""},
      {"Gurgen (\"Gugo\" and others) left", ""},  // no ')' after the quote
      {"Aziza Mint Bueh  (\xC2\xAB" "Zizi\xC2\xBB)", "PERSON/NICKNAME[0,15) PERSON/CODENAME[20,24)"},
      {"everyone calls him \"Dheere\". Also called: \"Tharshi\"", "PERSON/CODENAME[20,26) PERSON/CODENAME[43,50)"},
      {"a boy nicknamed \"Toto\" left", "PERSON/CODENAME[17,21)"},
      {"writes under the pen name \"Parastoo\". Unmarried", "PERSON/CODENAME[27,35)"},  // a pen name
      {"Mutahar al-Hamli, a.k.a. \"al-Dhib\" (the wolf)", "PERSON/CODENAME[26,33)"},  // an Arabic article before the capital
      {"known as \"al-Dhib\"", ""},  // a weak trigger
      // An alternative to a quoted name after a strong trigger; not after
      // quoted words of no trigger.
      {"es alias \"Flaco\" o \"Cuchillo\", nombre real", "PERSON/CODENAME[10,15) PERSON/CODENAME[20,28)"},
      {"the film \"Rambo\" or \"Rocky\"", ""},
      // After "one", with the person's other name after it; not before a
      // lower-case word, a sentence opener or after a longer word.
      {"the suspect, one \"Toto\" Ezama, a rider", "PERSON/CODENAME[18,22)"},
      {"one \"Yes\" vote; one \"Toto\" The; someone \"Toto\" Ezama", ""},
      {"his employer known as \"Uncle Lino\" (not related)", "PERSON/CODENAME[23,33)"},
      // Before a parenthesis that says it is a nickname; after "call me".
      {"& \"Dabanga\" (nickname, real name Issa?); just call me \"Bouba\"", "PERSON/CODENAME[3,10) PERSON/CODENAME[55,60)"},
      // Portuguese "they call", "vulgo", French "has himself called", more
      // persons "known as"; a lower-case honorific opening the quote; an
      // initial in the parenthesis after it; a rank and a nom de guerre.
      {"they chamam de \"Branquinha\"; Jos\xC3\xA9 Lima, vulgo \"Z\xC3\xA9 Pequeno\"",
       "PERSON/CODENAME[16,26) PERSON/CODENAME[48,59)"},
      {"le chef se fait appeler \xC2\xAB Ti Ch\xC3\xA8" "f \xC2\xBB et a Kachin youth known as \"Hpa Gyi\"",
       "PERSON/CODENAME[27,35) PERSON/CODENAME[67,74)"},
      {"un se\xC3\xB1or que llaman \"don Chucho\" y \"t\xC3\xAD" "a Neide\"",
       "PERSON/CODENAME[26,32) PERSON/CODENAME[42,47)"},
      {"field monitor \"Tata\" (N. Kinyuy) and \"Alpha\" (J. Street)", "PERSON/CODENAME[15,19) PERSON/NICKNAME[22,31)"},
      // The Spanish article after a strong trigger, not without one.
      {"una mujer conocida como \"la Flaca\" cobraba; tomaron \"la Bestia\" hasta Tapachula", "PERSON/CODENAME[25,33)"},
      {"Conocida como: \"Mari\xC3\xA1ngel\"", "PERSON/CODENAME[16,26)"},
      // The name a quoted nickname stands for, in the parenthesis after it
      // (also over a line break); quoted names after "lieutenants" and "we
      // only know as".
      {"the notable known as \"Papa Lwi\" (Louis-Marc F\xC3\xA9nelon).", "PERSON/CODENAME[22,30) PERSON/NICKNAME[33,52)"},
      {"his lieutenants \"Zorey\" and \"Bos Pye\" (Pierre-Richard\n  Altidor, ex-driver)",
       "PERSON/CODENAME[17,22) PERSON/CODENAME[29,36) PERSON/NICKNAME[39,63)"},
      {"a cousin we only know as \"Wad Eltom\" left", "PERSON/CODENAME[26,35)"},
      {"Anwar and Sayedul Amin\n(known as \"Bodda\"), left; the Operation (known as \"Red Dawn\")",
       "PERSON/CODENAME[34,39)"},
      {"Mzee Kakule alias \"Baba\nUshindi\", qui exige", "PERSON/NICKNAME[0,11) PERSON/CODENAME[19,31)"},
      {"the \"Hotel Caribe\" (Main Street) and \"Zone\" (Bloc Market)", ""},
      {"led by \"Major Ten Kobo\"; the \"General Assembly\" and \"Major Crimes\"", "PERSON/CODENAME[8,22)"},
      {"the \"donation\" and \"don't\" and \"dona\"", ""},
      // "they call" in French; the Spanish article opening the quote; a role
      // word and a comma before a quoted name between commas.
      {"que les voisins appellent \xC2\xAB Hama \xC2\xBB, affirme",
       "PERSON/CODENAME[29,33)"},
      {"dice que \"el\n  Mono\" le ofreci\xC3\xB3; el tren \"la Bestia\" pasa",
       "PERSON/CODENAME[15,19)"},
      {"a Thai foreman, \"Daeng\", beat him; the company, \"Acme\", paid; a foreman, \"Dara\" said",
       "PERSON/CODENAME[17,22)"},
      {"Kapitan Ramil \"Boy\" ABINAL said", "PERSON/NICKNAME[0,26)"},  // a nickname inside a name
      {"5. Sittie Ainah \"Inday\" LUCMAN - youth", "PERSON/NICKNAME[3,30)"},
      {"Team lead Jean-Robert \"Djo\" DORVILUS in Croix", "PERSON/NICKNAME[10,36)"},
      {"Fr. Teodoro \xE2\x80\x9CTed\xE2\x80\x9D Villarin spoke", "PERSON/NICKNAME[4,30)"},
      // Guillemets, German low quotes and a CSV cell's doubled quotes.
      {"the driver Paulo \xC2\xAB" "Baixinho\xC2\xBB Mussa left", "PERSON/NICKNAME[11,35)"},
      {"1,\"Pedro \"\"El Flaco\"\" Ramos\",34", "PERSON/NICKNAME[3,27)"},
      {"Siarhei \xE2\x80\x9ESasha\xE2\x80\x9C Kazlou said", "PERSON/NICKNAME[0,26)"},
      {"codenamed \xC2\xABSokol\xC2\xBB met", "PERSON/CODENAME[12,17)"},
      {"everyone calls him \"\"Toto\"\"", "PERSON/CODENAME[21,25)"},
      {"Operation \xC2\xAB" "Red Dawn\xC2\xBB Began", ""},
      {"price 20\xC2\xB0" "C Mussa", ""},  // a two-byte character that opens no quote
      // A nickname after a dash, after a name that opens its line.
      {"2) Yulia Zhuk - \xC2\xAB" "Yulka\xC2\xBB\n", "PERSON/CODENAME[18,23)"},
      {"Dzmitry Lapatsin \xE2\x80\x93 \"Dzima\" (Russian)", "PERSON/CODENAME[22,27)"},
      {"We met Yulia Zhuk - \"Yulka\"\n", ""},  // not the line's start
      {"Operation Dawn - \"Red\"\n", ""},
      {"Goes by \"Olya\" with Russian speakers", "PERSON/CODENAME[9,13)"},
      {"Goes by\n   \"Olya\" with Russian speakers", "PERSON/CODENAME[12,16)"},
      {"Operation \"Red Dawn\" Began", ""},  // a thing named in quotes
      {"The \"Green\" Zone", ""},
      {"Ramil \"Boy\" said", ""},  // no capitalised word after
      {"they said \"Boy\" ABINAL", ""},  // no capitalised word before
      {"a dit \"bouba\"", ""},
      // A nickname after a full name and a comma that ends the clause; a
      // quoted name before a parenthesis opening with a relation word.
      {"El lanchero era To\xC3\xB1o Qui\xC3\xB1ones, \"Cabez\xC3\xB3n\". Un se\xC3\xB1or", "PERSON/NICKNAME[16,31) PERSON/CODENAME[34,42)"},
      {"to Kabul City, \"Green Zone\" is; Ahmad Karimi, \"Tiger\" said", ""},
      {"4. \"Shiraz\" (granddaughter of Ibrahim) - 6; \"Atlas\" (model 2020)", "PERSON/CODENAME[4,10)"},
      // Nicknames without quotes after "alias", "vulgo", "le dicen".
      {"andaba alias Chucho y otro que le dicen Cuco, luego alias El Tigre", "PERSON/CODENAME[13,19) PERSON/CODENAME[40,44) PERSON/CODENAME[58,66)"},
      {"the alias The and alias ICON, an alias list; Jos\xC3\xA9 vulgo Zeca", "PERSON/CODENAME[24,28) PERSON/CODENAME[57,61)"},
      {"alias \xC3\x91" "ato; a.k.a. \xC3\xA9x", "PERSON/CODENAME[6,11)"},  // a Latin-1 capital; not a small letter
      {"The smuggler. Everybody calls him Kako. A labourer known only as Hamoudi, is; call him The", "PERSON/CODENAME[34,38) PERSON/CODENAME[65,72)"},
      // "known as" or "called" after a relation word; French "sous le nom de", "nickname", "one called".
      {"His nephew, known as \"Zouzou\", came; a shop known as \"Zara\"; connu sous le nom de \"Gajere\"; one called \"Machot\"; nickname \"Jal-Bigboy\"",
       "PERSON/CODENAME[22,28) PERSON/CODENAME[83,89) PERSON/CODENAME[104,110) PERSON/CODENAME[123,133)"},
      // A family name with an Arabic article around or before a nickname;
      // "they call", "le decíamos".
      {"driver Abdelsalam \"Salouma\" al-Hasnawi\n", "PERSON/NICKNAME[7,38)"},
      {"5- Abdulrahman al-Jahmi \"Rahoom\" -- youth", "PERSON/NICKNAME[3,23) PERSON/CODENAME[25,31)"},
      {"a man they call \"Chairman\", a guard they call \"al-Sheikh\"", "PERSON/CODENAME[17,25) PERSON/CODENAME[47,56)"},
      {"le dec\xC3\xAD" "amos Monito", "PERSON/CODENAME[13,19)"},
      // The name before "dite" and a line break; not a sentence opener, not
      // lower case.
      {"communautaire Zeinabou Ado dite\n  \xC2\xAB Zeina \xC2\xBB. Pr", "PERSON/NICKNAME[14,26) PERSON/CODENAME[37,42)"},
      {"The dit \"Bouba\"; un homme dit \"Bouba\"", "PERSON/CODENAME[9,14) PERSON/CODENAME[31,36)"},
      {"al-Jahmi \"Rahoom\" said; the al \"Rahoom\" x", ""},  // one word before; "al" alone
      // Near misses.
      {"Source: UNAMA report of 3 May", ""},  // credits an organisation
      {"Informant: KESTREL, asset: VIPER", "PERSON/CODENAME[11,18) PERSON/CODENAME[27,32)"},
      {"resource KESTREL", ""},
      {"under the Open Source GPL licence", ""},
      {"open  source GPL", "PERSON/CODENAME[13,16)"},  // only "open source" with one space is the phrase
      {"a young Kurdish guy \"Kurdo\" steered", "PERSON/CODENAME[21,26)"},
      {"dirig\xC3\xA9 par un certain \xC2\xAB Kanyamanza \xC2\xBB", "PERSON/CODENAME[26,36)"},
      {"P\xC3\xA8re de l'enfant \"Kasereka\" (pr\xC3\xA9nom seult)", "PERSON/CODENAME[19,27)"},
      {"surname on ration card spelt \"NAHIMANNA\" = same person", "PERSON/CODENAME[30,39)"},
      {"youths led by \"Lomilo\" took food; led by LOMILO", "PERSON/CODENAME[15,21)"},
      {"identifie comme \"Otuku\", ancien; yang dipanggil \"Tante Erna\"; another called \"Sarjan Latip\".",
       "PERSON/CODENAME[17,22) PERSON/CODENAME[49,59) PERSON/CODENAME[78,90)"},
      {"Suspect \xC2\xAB Bozi \xC2\xBB = MUKUNA Alain, 34 ans; \"Red\" = Revolutionary Front",
       "PERSON/CODENAME[11,15) PERSON/NICKNAME[21,33)"},
      {"mar\xC3\xA2tre \xC2\xAB Mamu Ciela \xC2\xBB ; sa tante \"Bibiche\" et la voisine \"Rose\"",
       "PERSON/CODENAME[12,22) PERSON/CODENAME[38,45) PERSON/CODENAME[62,66)"},
      {"introduced himself as Capt. \"Amir\"; unit under jaal \"Abbaa Tokkummaa\" took", "PERSON/CODENAME[29,33) "
       "PERSON/CODENAME[53,68)"},
      {"Deputy called \"Wad Eisa\" (real name); a second group under \"Gudau\" believed", "PERSON/CODENAME[15,23) PERSON/CODENAME[60,65)"},
      {"armed men led by one \"Akaahan\"; the armed men called \"Gaabow\" by",
       "PERSON/CODENAME[22,29) PERSON/CODENAME[54,60)"},
      {"from Zaporizhzhia (spelled \"Zaporizhia\" on the list)", ""},  // another spelling of the word before
      {"guarded by men only (Al-Tawil, \"Jumbo\").", "PERSON/CODENAME[32,37)"},
      {"the office (Kabul, \"Green Zone\") and (Ahmad, \"The\")", ""},
      {"the source said KESTREL", ""},
      {"source \"Reuters\" said", ""},  // quoted mixed case after a weak word
      {"known as \"The Gap\"", ""},
      {"informant [REDACTED] and source WITHHELD", ""},
      {"informant XXXX", ""},
      {"source HUMINT; asset SECRET", ""},
      {"source KESTRELs", ""},
      {"source Person-P050CX", ""},  // a pseudonym
      {"source [PERSON-1]", ""},     // a label
      {"codenamed \"falcon\"", ""},
      {"codenamed \"Falcon", ""},  // no closing quote
      {"KESTREL source", ""},
  };
  ExpectScans(*detector, cases);
}

// Where a text starts relative to the candidate search's blocks must not
// matter: random texts behind 0 to 17 spaces give the same findings, shifted.
TEST(CodeNameTest, FindingsDoNotDependOnBlockAlignment) {
  const auto detector = NewCodeNameDetector();
  const char* pieces[] = {"source",  "informant", "codenamed", "KESTREL", "VIPER-2", "\"", "'",       "\xE2\x80\x9C",
                          "Falcon",  "\xE2\x80\x9D", "alias",   "the",     "NATO",    ":",  "UNAMA",   "call sign",
                          "XXXX",    "Red",      "x",         "\n",      "AB",      "a.k.a.", "ABC-12"};
  const size_t found = quasi_testing::ExpectFindingsIgnoreBlockAlignment(*detector, pieces, 987654321, 400, 4);
  EXPECT_GT(found, 100u);  // the texts do hold code names
}

}  // namespace
}  // namespace tearline

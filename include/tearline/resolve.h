// tearline/resolve.h — from raw findings to non-overlapping decisions.
//
// WHAT THESE FUNCTIONS DO
//   Decide applies a policy to the findings of one document:
//     1. a finding below its kind's threshold (Policy::ThresholdFor) is ignored,
//        unless it is a mention of an entity (Finding::entity >= 0) that has a
//        mention at or above its kind's threshold (see 4);
//     2. a finding that lies inside an allowed term (Policy::allow_terms,
//        matched case-insensitively on whole words) is kept as it is and
//        reported with `allowed = true`; PROTECTED findings are never allowed;
//     3. OVERLAP RULE: findings that overlap, directly or through a chain, form
//        one cluster, and the cluster becomes ONE decision over the union of
//        their spans. It takes the finding whose action is strictest
//        (keep < generalize < label < pseudonym < redact < drop_portion); ties
//        go to the higher confidence, then the longer span, then the earlier
//        begin. If the union is wider than that finding and its action is
//        generalize, the action becomes redact (a generalization of a value
//        that is not the whole span cannot be trusted). This rule never
//        releases a byte that any overlapping finding wanted hidden.
//     4. when findings carry entity ids (mention linking), every mention of an
//        entity gets the strictest action that any of its mentions got, and
//        if one mention is acted on, all are: a name propagated to another
//        mention at 0.9 x the entity's confidence is hidden with it even when
//        that falls below the threshold.
//   The result is sorted by begin and non-overlapping, as Transform requires.
//
// THREAD SAFETY
//   Pure functions.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "tearline/finding.h"
#include "tearline/policy.h"
#include "tearline/transform.h"

namespace tearline {

struct Resolution {
  std::vector<Decision> decisions;  // what Transform acts on (including keeps)
  std::vector<Finding> allowed;     // findings passed by the allow list
  size_t below_threshold = 0;       // findings ignored for low confidence
};

Resolution Decide(std::string_view text, const std::vector<Finding>& findings, const Policy& policy);

// GENERIC WORDS (options.drop_generic). First, PERSON and ORG findings made
// only of generic words are removed: institution words, offices, office units
// and posts in capitals (HR, HQ, CEO, ...) and capitalised sentence openers
// ("Court", "the Government", "Regional Governor", "the Secretary",
// "Emperor", "According") and greetings that open chat messages ("Silav",
// "Hola", "Bonjour", "Merhaba", "Habari", "Jambo", "Terima", ...) and column
// headings read alone ("Status", "Health"), French, Spanish and Portuguese
// pronouns and demonstratives that open sentences ("Elle", "Cette", "Ellos",
// "Esta"; not "Ella", a given name too) and Spanish verbs and quantifiers
// that do ("Voy", "Todos", "Las", "Los"; not "Nada", "Hay"), a French verb
// with its pronoun after it ("Avez-vous", "Peut-il"; not "Marie-Elle"),
// "Fuerza Pública", verbs that
// open a call log's summary ("Asks", "Says", "Wants", "Requests", "Reports")
// and a log's or form's headings ("HOTLINE", "Alerte", "Groupe"), and "dit" / "dite", sign-offs
// ("Atentamente", "Cordialement", "Sincerely", "Regards"), God named in a blessing ("Thank
// God", "Allah", "Inshallah", "Gracias a Dios"), which name no one on their own
// (a built-in list; case-insensitive), and the heads of the names of
// buildings and institutions read alone ("Museum" of "the Museum of Flight",
// "Palace", "Mosque", "Airport", "Station", "University", "Hospital",
// "Foundation", "Award", ...; not Hall, Park, Church, Temple or Bridge,
// surnames too). A name that merely contains them
// ("Kayseri Administrative Court") is kept. The tagger's PERSON readings of
// a work's title, however sure, go too: right after a lower-case noun for a
// work (album, comedy, documentary, drama, episode, film, magazine, movie,
// musical, newspaper, novel, opera, series, sitcom, song, thriller) and one
// space, and before a mark (, . ; : ( ) quotes, a line break) or " (" ("the
// television series Gilmore Girls,", "the film Watchmen (2009)"; not "the
// film Karim made", the maker's name), and so do its readings of one word
// right after "Cyclone", "Hurricane", "Typhoon" or "Storm" and one space
// ("Cyclone Idai"); for such a title or storm of two words or more, or of
// one word that no given or family name of the name lexicons is, every other
// tagger's PERSON reading of the same text goes too. Such words are never propagated
// either (below). So are PERSON findings made only of lower-case nouns for a
// role or a relation ("cook", "the guard" read without "the", "brother",
// "sons", "respondent", Indonesian "ayah", "kaka"; built in): in lower case they name no one,
// though "Cook" may be a name; and the tagger's PERSON readings of a single
// letter before a colon ("R:" of a transcript's respondent). The tagger's
// weak PERSON readings (below 0.5, which no release acts on and the leak
// check would block on) of one letter with or without a period ("zone C."),
// of one role noun of the list above, capitalised ("Nurse + protection
// officer on board", "Medic" under a signature), of what starts with an
// acronym of three to five letters in mixed case whose first and last are
// capitals ("DoH", "MoPH", "DoH Nineveh"; no name ends in a capital; up to
// 0.7 when a word in capitals follows it: "MoSA SDC Nabatieh", an office),
// of a whole cell of a table's first row (cells split by tabs or '|', two
// separators or more, the next line as many: "Blanket\tMats\tNotes", "| Ref
// | Date |"), of a piece of a code joined by '-' or '/' that holds a digit
// ("SWE" of "SWE-PRT-24-041"), and of one common English word in capitals
// on a line with no lower-case letter ("WALKED", "ONE" of a telex-style log;
// not a word that is also a given name there: "HOPE", "GIFT", "PATIENCE"),
// and of one common English word in small letters ("walker; diabetic", "out
// of toner"; not a given name that is a word: "grace", "precious"), and of
// one capitalised common English word (no given name that is a word) that
// opens its line or follows a sentence's end (". " after a word that is no
// title, a placeholder or a parenthesis) and opens a label of one or two
// more words in small letters and a colon ("Foster carer:", "Plan today:";
// not "Rose said:", a speaker, nor "Mr. Foster carer:")
// are dropped too. So is a capitalised common English word (no given name
// that is a word) read as a person by the fields detector or weakly by the
// tagger, right before a word in small letters for a body of people
// (association, committee, council, group, leaders, management, members,
// mobilisers, network, patrol, police, volunteers, watch, workers:
// "Reported by: Community watch", "Camp management"; not "Community leader
// Ajak").
// WHOLE CODES (always). An ID finding is widened over the pieces of the same
// code joined to it by '-' or '/' (letters and digits: "SWE-PRT-24-041"
// when "PRT-24-041" was found), so no piece is left to be read as a name.
// PATRONYMS (options.join_patronyms). Then a PERSON finding (any confidence)
// is grown over the particles of Arabic names and what they join: " bin ",
// " ibn ", " bint ", " binti " (lower case or capitalised), " wad ", " walad ",
// " ould ", " uld ", " wuld ", " mint ", the Swahili " wa " and the Tamasheq
// " ag ", " welet ", " walet " (lower case) and " Ould ", " Uld ", " Mint "
// between it and up
// to two capitalised name words on either side ("Osama bin Laden" from
// "Laden", "Abdul Rahman bin Hamid" from "Abdul Rahman" and "Hamid",
// "Mohammed bin Rashid bin Saeed"), and over a nisba, an "al-"/"el-"/"ul-"
// word (or the article's assimilated forms: "ad-", "ar-", "as-", "az-",
// "ur-", "ud-", ...) right after it or a name it ends ("Abu Bakr
// al-Baghdadi", "Ayman az-Zawahiri"). It is grown the same way over the
// lower-case particles of European family names, one or two of them (first
// da, das, de, del, della, den, der, di, dos, du, van, von; then de, den,
// der, het, la, las, le, los: "Jan van der Berg", "Pedro de la Cruz", "Maria
// dos Santos"), and over an elided "d'" word ("Giscard d'Estaing"); these
// start no finding on their own ("Rio de Janeiro"). A personal title ends a
// name on the left ("Later Mr van der Berg" joins "Mr van der Berg"). A
// capitalised function word ("The bin Laden family") is no name word. A
// lower-case particle (bin, ibn, bint, binti, ag, ould, welet) between two
// capitalised name words that no PERSON finding overlaps starts such a
// finding itself ("Mohammed bin Salman" that no detector read as a person,
// "Hamma ag ACHERIF"), unless a finding of another kind more confident than
// 0.6 overlaps it. The
// grown span replaces every PERSON finding inside it, as one PERSON finding
// (subkind PATRONYMIC, detector "link") with the best of their confidences
// and at least 0.6, so that no part of the name is left in the clear. A
// finding of another kind over what would be added, more confident than the
// joined name would be, stops the join ("Omari al-Anbar" with al-Anbar a
// confident place), unless it is one word in capitals right after a particle
// ("Mohamed ag ELMEHDI" with ELMEHDI read as an organisation).
// COORDINATED NAMES (options.coordinate). Then a given name that is also an
// English word (IsWordGivenName in tearline/quasi.h: Blessing, Precious,
// Mercy, Gift, Faith, Hope, Grace, Patience, Innocent, Godspower, Goodluck,
// Favour, Peace, Justice, ...), alone in its conjunct and
// joined by " and " or ", and " to a PERSON finding of at least
// min_confidence ("Blessing and Precious", "Patience and Godspower"), is a
// PERSON finding too (subkind COORDINATED, detector "link", the partner's
// confidence): such names get no reading of their own. So is any word that
// only a PERSON reading below min_confidence (and at least 0.3) lies over,
// exactly ("identified here as Yesenia and Wendy": the tagger read Yesenia at
// 0.48), and any given or family name of the name lexicons (IsNameWord) that
// is no English word, group's word (IsGroupWord) nor known place
// (IsKnownPlace), read nowhere in the text as a place at 0.5 or more, over
// which lies no reading of 0.3 or more but the tagger's, as a place or an
// organisation, below 0.5 ("Otieno and Wafula were taken": Wafula read as a
// place at 0.40). ", " joins only inside
// a list (", " or " and " after the second item: "Mercy, Gift and Precious"),
// not after an opening adverb ("Meanwhile, Karim said"). Not when any finding
// of 0.3 or more already lies over the word. A list grows a name at a time,
// up to four. (Other capitalised words beside a name are as often places or
// things the tagger missed: "Peoria, Chandler, and Gilbert".) Names listed
// with their ages are the exception: a capitalised word with an age in
// parentheses, joined so to a PERSON finding of at least min_confidence with
// its own age ("Khalid (9), Aisha (6), Hamza (2)"), is a PERSON finding when
// nothing reads it at 0.5 (or min_confidence, if higher) or more and it is
// no town (IsKnownTown): the tagger read "Hamza" as a place at 0.48; "Kabul
// (3), Herat (2)" names no person. And a capitalised word that opens its
// line or follows ", " or "; ", right before " (" and a PERSON finding of at
// least min_confidence that the parenthesis closes, is the person's other
// name ("Xhuwan (Juan Domingo Gómez) se fue") when nothing reads it at 0.5
// (or min_confidence) or more and it is no town, English word ("Chair
// (Amina Yusuf)"), title, or word in capitals ("UNHCR (Sara Noor)"). One to
// three capitalised words in quotes right after such a finding, one space
// between, are its nickname ('cousin Nyaro "Sheikhi"') when nothing reads
// them at 0.5 (or min_confidence) or more and they are no town; so are one
// to three capitalised words after " urf " (Urdu), " alias " or " aka "
// right after it, or after " @ " when both are in capitals (police lists of
// South Asia: "NUR MOHAMMAD @ KALU"; "uncle Roba @ Bubisa" is "at"). A
// nickname of one capitalised word in parentheses, in quotes, or in
// single quotes inside parentheses right after such a finding of one word,
// and one capitalised word after it that no other capitalised word follows,
// are the person's nickname and family name ("Tamar (Keti) Gogua", "Soslan
// ('Sosik') Melkonyan drives") when neither is an English word, title,
// known place, group's word, day or month, has a digit or lacks a small
// letter, and no reading but the tagger's (however sure) lies over them.
// Other spellings of such a finding's name are its too: one or two
// capitalised words after " / " that share their first three letters with
// a word of the name or are listed names ("Nigar Hasanli / Hasanova"), the
// words after " is also written ", " (also ", " (or ", " (aka ",
// " (orthographié aussi ", " (también escrito " and the like, joined by
// " and ", " or ", ", " or " / " ("Qasemzadeh and Ghasem-Zadeh", "Ucirkan /
// Utshircan"), and a Spanish or Portuguese article with one or two
// capitalised words alone in parentheses ("Rosa Tovar (la Chata)"; not "(la
// Paz)"), when each is such a word and the tagger reads it below 0.9. Two or three
// capitalised words of letters in parentheses right after such a finding
// that is, or follows, a name by which a parent or an elder is called (Mai,
// Baba, Mama, Umm, Abu, Mbuya, ...: "Mai Tafadzwa (Shuvai Maluleke)") are
// the person's own name when each would be an other name above and no
// reading of min_confidence or more elsewhere reads the same text as a place
// or an organisation ("Umm Salim (Tawila Umda)" beside "at Tawila Umda");
// after other names such words say as often where the person lives ("Qadir
// Mihemedi (Taq Taq)"). One to three such words alone in parentheses right
// after a run of another script read as a person (the script detector's)
// are its transliteration ("Ваха Магомедович (Vakha)"; not a town, a common
// word, nor a text read elsewhere as a place). Without any neighbour, one capitalised word (no
// capitalised word right before it) before an age with its unit in
// parentheses (" (9 ans)", " (6 years)", " (34 yrs)", " (29 años)") is a
// PERSON finding (subkind AGED, min_confidence) when it would be an other
// name, or is a given name that is a word ("Mercy (9 years)"), and follows
// no word before a place's name (in, at, to, from, near, à, au, en, de, du,
// dans, vers, desde, hasta, em: "lived in Kabul (3 years)"). A weak
// PERSON reading (as above) before " and ", a possessive or "the", one word
// in small letters and such a finding is a name too ("with Tursunoy and our
// driver Nasrullah"). In a key of nicknames, one to three capitalised words
// with a small letter and no digit after " = " right after such a finding
// (or its closing quote) are the person's other name ("« Gros Bébé » =
// Serge Yambélé"; not a code: "= G-14"), and one to three capitalised
// words in quotes before " = " (and "en fait", "in fact", "actually",
// "real name", "vrai nom", "i.e.") and such a finding are the person's
// nickname ('"Junior" = en fait Jean-Baptiste DOUMTA'), when nothing reads
// them at 0.5 (or min_confidence) or more and they are no town. In notes
// " + " joins people: one other name before " + " and such a finding, or
// one or two after it, is a person (subkind COORDINATED) when the pair ends
// a clause (the text's or a line's end, " (", ')', ',', ';', ':', '.' or
// another " + "), no reading of 0.5 or more elsewhere reads it as a place,
// and the '+' list follows no word before a place's name ("Débrief w/
// Thérèse + Dieudonné (sécu)"; not "Matta + Kabal 15-17 Oct", "heard from
// Harshin + Awbare + Hodan").
// LISTED NAMES (options.coordinate). Then in a list (consecutive lines that
// open with the same kind of marker: "4. " or "4) ", "- ", "* ", "• ", "– ")
// of three items or more, whose items open with a name-shaped segment (up
// to " – ", " - ", ", ", ":", " (", a tab or " |": after a title ("Dr."), two to five words joined
// by single spaces, each capitalised or a particle such as al, el, bin, de,
// van, or a particle joined by a hyphen to a capitalised word, "al-Ubaid";
// up to two initials with a period first ("A. Yogarajah"), otherwise
// no digit, period or slash; the first word after them no common English word; none
// a generic word, a title or the head of a place's or a thing's name: Road,
// Camp, Point, Committee, ...)
// in more than half of them, and more than half of those (two at least;
// two are enough when every name-shaped segment opens with an initial: "1.
// S. Tharmalingam", a shape that names persons)
// hold a PERSON finding of at least min_confidence or spell one found
// elsewhere in the text ("Minutes: Hagop Kazarian" above the list), every other name-shaped
// segment that no such finding covers whole is a PERSON finding too
// (subkind LISTED, detector "link", min_confidence; "Anahit" joins a read
// "Boghossian"): "4. Berivan Sex Musa – women's centre" among "1. Rojda
// Xelil – chair", "2. Hagop Kazarian – legal aid". Not where an ORG or LOC
// finding of 0.6 or more lies. (A list of places reads no person's name
// first in two of its items.)
// INVERTED NAMES (options.coordinate). Then in a run of three or more
// lines that open with an inverted name (after spaces and a list marker: a
// surname of one capitalised word after any particles, "de la Cruz", ", ",
// one to three given names or initials "J.", then the line's end, '.', ',',
// ':', ';', a tab, " (", " - ", " – " or " — "; no digit, no generic word,
// title or thing's head; given names of two letters or more, in capitals
// only after a surname in capitals, not English words alone: not "Nino
// Kapanadze, CCA", "Dicko, H, 19", "Chikhladze, Municipal Social Service"),
// up to two other lines between two of them (a
// bibliography's titles, blank lines), when two or more and more than half
// of those lines hold a PERSON finding of at least min_confidence over their
// surname or their given names, the surname and the given names of every
// such line that no such finding covers whole are PERSON findings (subkind
// LISTED, detector "link", min_confidence): "Treksa, Himtae. Guard" read as
// two places among "Haidari, Fatima. Nurse" and "Stanekzai, Gul Ahmad.
// Driver". Not a line where a known place (a town, a place of the gazetteer,
// a country) is read as a LOC or ORG finding of 0.6 or more ("Kabul,
// Afghanistan"). Then the given name after a surname that a
// PERSON finding of at least min_confidence reads as one word and that opens
// the line (after spaces and a list marker) or a label's value (after ": "):
// ", ", one capitalised word of three bytes or more (letters, '-', '\''),
// then the line's end, ';', " (" and a digit, ", " and a digit, ", aged" or
// ", age " is a PERSON finding (subkind LISTED, detector "link",
// min_confidence): "Chidubem" of "Witness: Okwuosa, Chidubem, aged 45", read as
// a place. Not an English word, a generic word, a title or a thing's head
// ("Reported by: Mabior, Field Security Assistant", "Driver: Karimi,
// Guard"), nor a known place ("Driver: Karimi, Kunduz").
// SIGNATURES (options.coordinate). Then the name that opens the line after a
// closing (Regards, Best regards, Kind regards, Best, Thanks, Thank you,
// Cheers, Sincerely, Saludos, Un saludo, Atentamente, Cordialement, Merci,
// Obrigado, Abraço, ... with ',', '.' or '!' after it) or after a signature
// delimiter ("--", "---", "__", "—"; blank lines between allowed), the one on
// the line right before a delimiter, and the one after a closing and ", " on
// the closing's line ("Abraço, Mari"; the '>' marks of a quoted reply count
// as indentation: ">> Saludos,"), and the one after a sentence's end ('!',
// '?', or '.' after a small letter or a digit: not "A.J. Arrieta T. —
// Abogado") and " - ", " – " or " — " that closes its line ("kids ok. –
// Khudaida"; two to four capitals there are initials: "not here. – SM", not
// END, ENDS, OK, OUT, NB, FYI, TBC, TBD), and the one before ", [" on a line
// that heads a message of a Telegram export and ends with a bracketed stamp
// holding a clock time ("Hasmik, [28.09.2023 13:58]"; not when its first word
// is a known place: "Kabul Today, [...]", a channel), is a PERSON finding (subkind SIGNATURE, detector
// "link", min_confidence): after a title ("Dr."), one to four words joined
// by single spaces, each capitalised or a particle, up to " | ", ", ",
// " - ", " – ", a tab or the line's end, not all of them common English
// words ("Protection Unit"), none a generic word or title, no digit; one word only when it fills its
// line ("Abdiaziz\n--\nAbdiaziz Dekow Shurie | Security Focal Point").
// Not where a PERSON finding covers it whole or an ORG or LOC finding of 0.6
// or more lies.
// ABBREVIATED NAMES (options.abbreviate). Then two to five capitals in
// parentheses or between slashes ("HAJIYA FANTA MODU /HFM/") right after a
// PERSON finding of at least min_confidence (last in the parentheses after a
// note in small letters and ", " too: "Nino Gabelia (lead, NG)"),
// matching the first letters of its words (split at spaces, or at spaces and
// hyphens; leading titles counted or not: "Daw Khin Sandar Win (KSW)", "Ko
// Zaw Lin Htet (ZLH)"), or, loosely, whose first is the first letter of the
// name (given name first: "Petrosyan, Anahit" is read "Anahit Petrosyan"),
// whose last lies in its last word and all of which are letters of the name
// in order ("Narine Mkrtchyan (NMK)", "Petrosyan, Anahit (ANP)"; of a name of
// one word of five letters or more, two: its first and a later one,
// "Noorullah (NU)"), or three
// whose first and last are those of the first and last words of a name of
// two ("Lilit Hakobyan (LSH)": a middle name's letter), or, of a name of
// three words, the given name's (hyphens splitting it) and the family
// name's as Central Africa registers them, family name, second name, given
// name ("Mukiza Ndayambaje Jean-Bosco (JBM)"); also when the name
// holds up to two words before them that are not its own ("Pan Tomasz
// Wisniewski (TWI)"), when up to three capitalised words before the finding
// complete it ("Anahit" before a read "Petrosyan (ANP)"; no common English
// words), or when a nickname in quotes comes first in the parentheses
// ("Katarzyna Wojcik ("Kasia", KW)"); the same capitals, or initials with
// periods, in parentheses that end a description in lower case after a
// comma on the name's line ("Hamadoun Toure, point focal securite (HT)"),
// in a legend ("SAM = Sahra Abdirahman Mohamud", "Gemechu Dinqa = GD", a
// parenthesis allowed after the name: "DM = Dmytro Moroz ("Dima", EN/UA)"),
// and initials with periods in parentheses right after the name, even
// those of an abbreviation ("Dr. Ayman al-Darsi (A.D.)"), and initials with
// periods that open two lines or more before ": " (a transcript's speaker:
// "D.R.: Only my children"; not "N.B.", "P.S."), and initials with periods
// right before the name they stand for in parentheses (two to four
// capitalised words with those first letters, not all common English or
// office words, no town, then ',' or ')': "M.K. (Mariamu Kombo, female
// interpreter)", whose name is added too), are a PERSON finding (subkind INITIALS, detector
// "link", the name's confidence), and so is every other occurrence of them
// as a whole token in the same case ("Approved: KSW"; also where a weaker
// PERSON reading lies over them: they take the name's confidence); likewise every other
// occurrence of a PERSON finding of at least min_confidence that is initials
// with periods ("Author: M.K." and "[end of notes - M.K.]"), and every
// occurrence, as such a token, of two to five capitals in quotes inside a
// PERSON finding of at least min_confidence: a nickname ('Kudakwashe "KD"
// Sibanda', then "Verified by: KD"; not one that names no person). Capitals in
// parentheses that are not the name's initials are left alone ("Amina Yusuf
// (UNHCR)"), and so are abbreviations that name no person
// (IsNoPersonAbbreviation in tearline/quasi.h: "U.S.", "BA", "ICRC") unless,
// in the parentheses right after the name, they spell the first letters of
// its words exactly (leading titles counted or not): "Nino Beridze (NB)",
// "Mark Anderson (MA)" define the person's initials.
// An abbreviation defined with "(hereafter X", "(hereinafter X" (optionally
// "referred to as", "called" or "cited as" before X; ")" or "," after it) is
// one too, whatever its letters, right after such a PERSON finding (its
// confidence) or after a lower-case noun for a person (survivor, victim,
// complainant, applicant, witness, caller, woman, man, girl, boy, mother,
// son, ...; confidence 0.6: "the survivor (hereafter JPN)"); not after
// anything else ("the Convention (hereinafter ECHR)"). Initials used without
// a definition, as minutes use those of the people present ("Firas Yousif
// Matti" in the list, "FYM to follow up"): the first letters of the
// capitalised words of a PERSON finding of at least min_confidence (split
// at spaces, or at spaces and hyphens; leading titles counted or not;
// lower-case particles left out: "Nour al-Huda Salem", NHS; and, of a name
// of three words or more, those of its first two: "Jhon Jairo Ortega", JJ;
// of an initial with its period and a family name, both letters: "Mr. R.
// Jeyakumar", RJ),
// three to five of them as a whole token in capitals (or before '-' and a
// digit, a case code made of them: "MFRP-0416" of "Sra. MARÍA FERNANDA
// RONDÓN PACHECO"), two to five with a
// period after each ("H.O."), or two bare capitals where a person stands
// (before ':', a lower-case word, '>' or '+': "HG screened", "JW > county";
// after "via", "by", "with", "and", "to", "cc", '+' or '&', or after a label
// of attestation and ':' in any case ("checked: IC", "Prepared: FK",
// "Approved:", "Verified:", "Signed:", "Revisado:", "Rédigé:", and roles of
// who wrote or spoke: "Note-taker:", "Interviewer:", "Interpreter:"); alone in a
// table cell or in parentheses ("searched (RJ)"), or in a list of such tokens joined by ", " or " / " that
// fills one ("| DMA, AK |"); between spaced slashes ("Checked: N. Hezam / AQ /
// SW"; one slash is an alternative: "AA / military"), after "w/" ("talk w/
// NJ"), between underscores ("Sign.: ____EK____"); a sign-off after a
// dash that ends a line, or after a sentence that ends the line with a word
// in small letters, a closing quote allowed after it ("Keep praying. KT",
// '"... off the sitrep. KO"'), or
// alone on its line after a quoted reply's '>' marks or none: ">> JJ"; never CP, DV, HH, HQ, MH and
// other two capitals reports use for things), are a PERSON finding (subkind INITIALS, the name's
// confidence up to 0.6), unless they name no person (IsNoPersonAbbreviation)
// or are a common English word ("MAY"); such a word counts only where a
// person stands, in a line with small letters: before a word in small
// letters or ':', or alone in a table cell ("HAW reported" for "Halima Abdi
// Warsame"; not "HEM AND HAW"). A name that no detector read whole
// but that defines its own initials ("Gatdet Ruach Kuol (GRK)": two to five
// capitalised words of three letters or more, each with a lower-case letter
// and the next capital as its first letter, none a common English word,
// generic word or title; no ORG or LOC finding of min_confidence or more
// over it; the capitals no organisation's) is first added as a PERSON
// finding (detector "link", min_confidence), and its initials then follow
// the rules above ("World Food Programme (WFP)" holds common words).
// LOGIN HANDLES (options.propagate). Then every other occurrence of a
// PERSON finding of at least min_confidence whose text is a login handle
// (IsLoginHandle in tearline/quasi.h: "r.mwenze" read under an "agent"
// column) is a PERSON finding (detector "link", its confidence; over a weaker
// PERSON reading too), where it is
// a token of its own: not part of an e-mail address, a path, a host name or
// a longer handle ("r.mwenze@...", "/r.mwenze", "r.mwenze.cd"). So is every
// such token made of a person's name: two to four runs of small letters and
// digits joined by '.' or '_', two of them or more words of one PERSON
// finding of at least min_confidence (or of two such findings one space
// apart: "d.mukamana (Mukamana Diane," read as two) (folded to ASCII small letters: "Awa
// Kanouté" gives "a.kanoute"), one of them a whole word of three letters or
// more and the other an initial or a word, any other run the last
// ("k.abtidoon" beside "Khadar Yusuf Abtidoon", "musab.hamid.err",
// "nurul.amin.c14"; not "x.y.abtidoon"); one to three initials may be glued
// before the whole word ("kjeyaseelan_law" beside "K. Jeyaseelan"), and
// such a token of one run counts alone in brackets or parentheses or after a
// colon in them ("(login : hrazafindrakoto)", "[smgurung]"), after an
// account's label with a hyphenated suffix ("login: aabbasi-sfp"), alone in
// double quotes ('compte Signal "mkone"') or before an '@' and no domain
// ("jmoncada@..."); two or more neighbouring words of the name glued count
// as that many words ("htoomeh.kayah" beside "Naw Htoo Meh", "fbinsumait"
// beside "Fahd Salem Bin Sumait"); a label of two or three letters and '_'
// may open a login of one part ("op_jkariuki"); two or three initials may be a part of
// their own ("ib.berinyuy" beside "Innocent Berinyuy"); two neighbouring
// parts of a file's name before its extension count as a token
// ("hatay_cases_w14_derya.aksoy.xlsx"); and a family name glued after one
// to three initials in capitals, or a given name glued before one or two,
// between bytes that are no letters, is the person's when each initial is
// another word's ("VK-0917-03_LBrauer.m4a" beside "Lena Brauer",
// "dosye_NadegeP.pdf" beside "Nadège P-L"); and a part of a file's name
// (between '_', '-' or '.', before a known extension) that is a word of a
// person's name in small letters (four letters or more, no English word:
// "ceeljaale_0516_abdirahman.zip") or two to four of its words glued
// capitalised ("MGW-031_KhinMyatNoe_x.m4a" beside "Daw Khin Myat Noe"), and
// so are two to four of its words glued capitalised into a token of their
// own, as a handle is written ("posts as RahelTsegaye" beside "Rahel
// Tsegaye"; between bytes that are no letters, digits, '_', '-', '@', '/'
// or '\'', a '.' after it only before such a byte); the
// person's best confidence. A PERSON finding that is itself a login or an address
// names no other token.
// MENTION LINKING. Groups PERSON findings (confidence >= options.min_confidence)
// into entities and gives every mention of one entity the same Finding::entity
// id (0, 1, ...; in order of first appearance). Titles ("Mr.", "Col.",
// "Haji", the Spanish "Sra.", "Lic.", "doña", ...) and a possessive "'s" are
// ignored when comparing mentions;
// "Mohammad Nabi Omari", "Omari", "Mr. Omari", "M. N. Omari" and "Omari's"
// are one entity: a mention joins an entity when each of its words is a word
// of the entity (by transliteration skeleton, see tearline/protect.h; when the
// skeleton has one or two letters the words must also start with the same
// letter or both with a vowel: "Omar" joins "Umar", "WILLOW" does not join
// "Le", though both give "l"; a word of vowels alone, which has no skeleton,
// by its spelling in any case: "Yeyo" joins "YEYO", not "Yaya") or an
// initial of one. Longer mentions found first define the entities. Words
// before the last office word of a mention that another word follows
// (Ambassador, Minister, President, Governor, Council, Ministry, ...; not
// personal titles such as Haji or Sheikh, which also stand inside names)
// qualify the office and are no name words: "Afghan Ambassador Hamdullah
// Mohib" has the name words Hamdullah and Mohib, so "Afghan" is not propagated.
// OTHER SPELLINGS: a PERSON reading below the threshold, of one capitalised
// word of letters, joins an entity when the word is one of the entity's by
// a skeleton of four letters or more ("Kandipan" beside "Selvarajah
// Kandeepan") or is the first five letters or more of one at least two
// letters longer ("Kandee"), or its first three or four bytes when the word
// is five bytes longer or more ("Déo" of "Déogratias"); Decide then acts on
// it with the entity.
// Then PROPAGATION: every other capitalized occurrence of one of an entity's
// words, as any of its mentions spells them ("Rosemène" of "Mme Rosemène
// Dorcé" in an entity first written "DORCE ROSEMENE"), of >= 3 letters (not a title, a generic word, a word for a
// people, a nationality or a faith that is no given or family name: "Afghan", "Fulani" of a mention read whole as a
// person name a group where they stand alone; not a place prefix: Barangay, Fort, Mount, Mt,
// Camp, Cape, Lake, Port, Porto, Puerto, Isla, Ilha, Ciudad, Cidade, Colonia,
// Hai, Hay, Hayy, Souq, Souk, Suq; nor a word that opens a kunya or a particle: Abu, Abou,
// Umm, bin, ibn, al, el, ...: "Abu" of "Abu Sabir" is not the "Abu" of "near
// Abu Shouk"; same spelling in any case; a word
// keeps its inner hyphens and apostrophes: "Abdul-Rahman", "L'Enfant", "Mas'ud", but not a
// possessive "'s" or "’s"; each capitalised part of four bytes or more of a
// word with inner hyphens after another word of its mention is a word of the
// entity too ("Kusova" of "Oyelami Brandt-Kusova"), unless it is an English
// word or a word for a people ("Smith" of "Anna German-Smith") or the text
// reads it as a place somewhere ("Moshi" of "Amina Kessy-Moshi" beside "left
// Moshi"); a name of one word keeps its parts ("Drabshalla-Thathri"); a word after a lower-case Arabic article is also
// that word alone: "Dhib" of "al-Dhib", as in "ya Dhib", and an entity's
// word after any lower-case Arabic article is found with that article
// ("al-Sabawi", "el-Sabawi" for the "Sabawi" of an entity); so is a word after
// a lower-case elided article: "Ousmane" of "d'Ousmane", and a capitalised
// name after one is found: "d'Ousmane" when "Ousmane" is an entity's word;
// Latin-1 capitals match their small letters: "SANÉ" and "Sané") is added as a PERSON finding of that entity (detector "link", confidence 0.9 x the
// entity's best), so that no mention of a hidden person is left behind. An
// occurrence right after a capitalised place prefix and one space ("Lee" in
// "Fort Lee", "Karimi" in "Camp Karimi") names that place and is not added. Only
// a linked PERSON finding over the occurrence stops this: an occurrence the
// tagger read as a place or an organisation, or as a person below
// min_confidence, gets the PERSON finding too, and Decide acts on the
// stricter reading (a kept place must not keep a person's name in the clear).
// Except by vote: a word that is a town of the gazetteer or a city, state or
// country of places.txt (given names included: "Virginia") and that the
// document reads as a place or an organisation at more of its occurrences
// than as a person is not added where no PERSON reading stands.
// INITIALS BEFORE A MENTION: then a linked PERSON finding that starts
// with a capital right after one or two initials ("S. " of "1. S.
// Tharmalingam"), each a capital and a period after a space or a line's
// start (not "U.S."), is widened over them; so is one followed by a space
// and one to three initials, glued or spaced, then no letter ("Kozelets
// I.S.", "Ivanenko O. P."; not "S.A.", "U.S.", "U.K.", "U.N.").
// LOWER-CASE MENTIONS (options.propagate_lower): a name of chat messages is
// often typed in lower case ("nkosi was crying" after "Nkosi 9, Thandeka 6").
// Every whole-word lower-case occurrence of an entity's word of >= 4 bytes of
// small letters, the first ASCII ("wilnès" of "Wilnès Dorvil"), that is no
// common English word (data/lexicons/common_words.txt,
// compiled in: "precious" and "gift" stay, "nkosi" goes) is added like a
// capitalised one, and so is a whole mention of two to four words, not all
// of them English words, typed in lower case ("mu paw's brother" after "Mu
// Paw", whose words are too short to be looked for alone); not one in an address, a handle or a path (after "@",
// ".", "_", "/", "#" or ":"; before "@", "_", "/", or "." or ":" and a
// letter: "nkosi.moyo@example.org").
// LOWER-CASE MESSAGES (options.propagate_lower, before linking): in a text
// with three lines or more of 30 bytes or more and no capital before a
// small letter (acronyms in capitals allowed: "no docs, cant register as
// IDPs"), two in five of its lines of 30 bytes or more (text messages typed in
// lower case, where the tagger reads no name), names on
// such lines are added as PERSON findings (detector "link", min_confidence):
// one to three words with a vowel that are no common English word, town of the
// gazetteer, group word ("toposa"), title or shorthand ("abt", "tmrw"), the
// first possibly a common word before such a word ("john lodiong"), or
// initials ("m.n.a."), after a title, a word of kin or a role of a
// message's people ("chf lochoro lokwang", "fr. john lodiong", "his son
// ekal lochoro", "neighbour kofi", "w/o", "real name",
// "called \"kauto\"") or a label of an incident's people ("dead: lokol
// apua"); the sender of a message ("[12/02 11:02] loumo" alone on its line,
// "+211 921 440 187 (loumo, kasingor)", "achiro here", a sign-off "-loumo"
// ending its line); the name before "(w/o", "(s/o" or "(d/o", before a
// note of sex and age, of an age or of a phone in parentheses ("lhingneilam
// kipgen (f, 17)", "ibemhal (+91 70050 48816)"), after "w/"; a name word
// in parentheses after a found name of one word ("boy lotiang (kauto)"); the words after
// " = " of a legend whose left side is a found word ("loumo = paul loumo
// lokure"); then every other whole-word occurrence of a found word on such
// lines.
// UNCOMMON NAME WORDS (options.extend_uncommon, before linking): a PERSON
// finding at min_confidence or more is widened over the capitalised word
// right before it (one space) when that word is no common English word (or
// is a given name that is one: "Patience Mbambu", IsWordGivenName), no
// title, office or generic word, is written like the finding (capital then
// small letters, or all capitals before capitals), touches no other finding
// (but a place or organisation reading below 0.5 over the word and the
// whole finding: "Zeinabou Amadou" read as a place at 0.498) and follows
// no place prefix or "in", "at", "from", "to", "near": "Mthokozisi Dube"
// when only "Dube" was read.
// PHONE OWNERS (options.coordinate). Then the name right before a PHONE
// finding of at least min_confidence is that number's owner, a PERSON
// finding (subkind PHONE_OWNER, detector "link", min_confidence): "Kamau"
// of "Kamau 0722 123 456", "Uzo" of "- Uzo: 0722 ...", "Wanjiru" of "Kamau
// 0722 ... / Wanjiru 0733 ...". The name opens its line (after spaces and a
// list marker: "- ", "* ", "3. ", "a) "; and a label of one to three words,
// one a word for a phone or its plural, and a colon, when more than the
// number follows it: "Contact: Kamau 0722 ...", "Contacts : Ouoba 70 12 34
// 56", "Contact person: ..."; "Ibe mob: 0722 ..." names Ibe) or follows
// another phone number on
// the line (after spaces, ',', ';', '/', '|' or ')'), within 80 bytes of the
// number; between name and number only spaces, one separator (':', '-',
// '–', '—', ',', '=', '(', '/') and a word for a phone ("tel.", "mob:",
// "phone", "cell", "WhatsApp", "téléphone", "número", ...). After a title
// ("Dr."), one to four words joined by single spaces, each capitalised or a particle ("al-Hamoud"), no
// digit, in capitals alone never ("UNHCR"); no generic word or title, no
// ordinary English word that is no given or family name ("Police Station",
// "Security Desk"; one such word opening the name is passed over: "Uncle
// Juma" reads "Juma"), no known place that is no given or family name
// ("Garissa"); one word of three bytes or more, no word for a phone
// ("Callback: 0912 ...", "Téléphone: +243 ..."); the first word may be a
// family name before ", " ("O'Neill, Fiona — +44 ..."); and before a colon or a
// word for a phone no English word ("Caller phone: +93 ...", "Caller: ...";
// "Grace 0722 ..." is a name) and only a given or family name or a word a
// detector reads as a name, a place or an organisation at 0.3 or more
// ("Uzo: 0733 ..."). Not in running prose
// ("Please call Kamau on 0722"), not one word that goes on a line ending on
// a preposition of place ("a man in\n  Palongkhali: 01734 ..."), not where a
// PERSON finding covers the name
// whole or an ORG or LOC finding of 0.6 or more lies (of the tagger, 0.9 or
// more: its weaker readings of the name as a place or an organisation are
// dropped, "Uzo" of "- Uzo: 0733 ..." read as a place at 0.66).
// NAMES UNDER A LABEL (options.coordinate, after the phone owners). Then
// the names that a label says are persons' are PERSON findings (subkind
// LABELLED, detector "link", min_confidence): a label is the text from a
// line's start to a colon, 100 bytes at most, holding a word for
// persons named (names, noms, nombres, persons, people, individuals,
// detainees, evacuees, hostages, victims, casualties, witnesses, suspects,
// informants, attendees, participants, passengers, members, staff, men,
// women, boys, girls, children, elders, missing, dead, killed, injured,
// wounded, arrested, detained, abducted, released, rescued, displaced, and
// French, Spanish and Portuguese ones: victimes, témoins, blessés, enlevées,
// desaparecidos, testigos, heridos, vítimas, testemunhas, ...) and none for
// places,
// groups or things (villages, places, sites, camps, roads, checkpoints,
// groups, militias, tribes, vehicles, items, documents, weapons, ...:
// "Names of the villages:"). A label with a word for one person (officer,
// interpreter, driver, source, witness, victim, suspect, handler, author,
// reporter, informant, translator, contact; fuente, chauffeur, ...) or "by",
// "par" or "por" as its last word ("Prepared by:", "Rédigé par :"), and no
// word for persons, takes one name, on its line or the next ("Reporting
// officer: Ebei", "Contact at Liboi: Halake (phone on the card)"; "Driver:
// Karimi, Lokiru" names no one). Words for persons include
// associates, companions, relatives, sources, officers, drivers,
// interpreters. A label whose first word is one for persons
// may also end at " — " or " – " on its line ("Arrested on 4 May — Lokwang
// Ekal and Lotukei Apua"; the names then follow on the line; not a title:
// "Centro de Atención a Víctimas — Sede Pichari"), and one word of small letters among those for persons
// right before " (" labels the names in the parentheses ("2 killed (Lokang,
// Lopeyok), 3 injured", "two children (Lokang and Apua)"; not after a count
// of ten or more that the names do not reach: "230 personnes (Kel Adagh,
// Idnan)" breaks a crowd down by group).
// The names follow the colon on its line ("Names given at the checkpoint:
// Chepkoech, Lokwawi and Ekuam."; there two names or more may be followed
// by a separator and words that open with a small letter: "Lokwang,
// Lotukei and a boy called Lolem") or, when nothing does, fill the lines
// under it up to a blank line or a line that is no list of names (40 lines
// at most): "Names given at the barrier (as heard):" over "Chepkoech /
// Chepkwony?", "Lokwawi", "Ekai (driver)". A list of names: after spaces
// and a list marker ("- ", "* ", "• ", "3. ", "3) "), names joined by ", ",
// ", and ", " and ", " or ", " & ", "; ", " / ", "/", " et ", " ou ", " y ",
// " o " or " e ", each maybe followed
// by an age of one to three digits after ", " or a space ("Nachuchu, 14"),
// a '?' of doubt and an aside in parentheses on the line (" (?)", "
// (driver)"), the last by spaces, a '.' or a comment after a dash (" –
// at the gate"), nothing else. A name: after a title ("Dr."), one to four
// words joined by single spaces, each capitalised or (after the first) a
// particle, some letter in small letters ("UNHCR" is none), no digit, no
// generic word or title, no English word, group's word or known place that
// is no given or family name. Not where a PERSON finding of min_confidence
// covers the name whole, nor where an ORG or LOC finding of 0.6 or more
// lies (of the tagger, 0.9 or more: its weaker readings of the name as a
// place or an organisation are dropped; "Chepkwony" read as a place at
// 0.70). A name may stand in Markdown emphasis ("- **Lokwang**", "*Apua*
// (?)"). A Markdown heading of one to six '#' whose text would be such a
// label ("## Key individuals", "### Persons of concern") makes persons of
// the names in emphasis that open the lines of its section, up to the next
// heading (200 lines at most), when the emphasis closes right after the
// name and a space, ':', ',', '(' or the line's end follows ("**Lokwang** —
// leads the raiding party"); other lines of the section are passed over.
// E-MAIL HEADER NAMES (options.coordinate, after the names under a label).
// Then the names in the address fields of an e-mail's header are PERSON
// findings (subkind ADDRESSEE, detector "link", min_confidence): a line
// that opens (after the '>' marks of a quoted reply and spaces) with From,
// To, Cc, Bcc, Reply-To, De, À, A, Para, Von or An and a colon (" :" in
// French), within three lines of a line that opens with another header
// field (those, Sent, Date, Subject, Objet, Envoyé, Asunto, Enviado,
// Betreff, Gesendet): its value's items, joined by ';' or ',', are each
// an address (left to the patterns), a name before an address in angle or
// square brackets ("Amina Yusuf <a.yusuf@...>", "Nadunga [mailto:...]") or
// a name filling the item (quotes around it allowed), read as under a label
// and held by the same readings ("From: Nadunga", read as a place at 0.89;
// "To: Lokiru; Nadunga; field-team@..."). Its other mentions follow by
// linking ("Regards, Nadunga").
// NAMES OF RELATIVES IN A LIST (options.coordinate, after the e-mail header
// names). Then two names or more of a list right before " (" and a plural
// word for relatives (brothers, sisters, siblings, sons, daughters, twins,
// cousins, children, nephews, nieces, co-wives, frères, sœurs, hermanos,
// hijos, filhos, ...; after "his", "her" or "their"), or two words for a
// relative or a role joined by "and", "&", "et" or "y" ("husband and
// wife"), then ')', ',', ';' or a space, are PERSON findings (subkind
// RELATIVE, detector "link", min_confidence): "Jeruto, Kiprop (brothers)"
// (the tagger read Jeruto as a place at 0.67), "Lokwawi & Nasieku (husband
// and wife)". The names are read back from the parenthesis, joined by ", ",
// ", and ", " and ", " & ", " et " or " y ", each one to three words as
// under a label, not right after another such word (a longer name). The
// same readings hold them as under a label. Likewise two names or more
// listed in parentheses right after such a plural word or a plural word for
// a body of people (team, staff, crew, colleagues, volunteers, guards,
// drivers, monitors, witnesses, victims, family, ...), read as a list under
// a label (joined by ", ", " and ", " + ", "/", ...) up to the ')' on the
// same line: "our field team (Sarbast + Dilveen)" (the tagger read Sarbast
// as a place at 0.56), "her sons (Omid and Navid)".
// PERSONS BY WHAT IS SAID OF THEM (options.coordinate, after the names of
// relatives). Then names that what is said of them marks as persons' are
// PERSON findings (subkind DEED, detector "link", min_confidence). A name
// is read as under a label (one to four name-shaped words; not a pronoun or
// a short function word: "I'm", "So") and held as there (a PERSON finding
// of min_confidence over it whole; a place or organisation reading of 0.6
// or more, of the tagger 0.9, over it), and also by any organisation
// reading of 0.5 or more ("Microsoft says"), a DEM finding (a group, an
// occupation), an ordinary English word in it (in the plural or British
// spelling too, or in all the parts joined by a hyphen: "Elders",
// "Neighbours", "Call-back"; the name lexicons hold many, "Contractor"), a word of four letters or less with
// two capitals ("CiC"), a sure PERSON finding inside it that leaves words
// of it out ("Elder Orumu says": the rest is a title), a known place alone
// ("Kenya reported"), a sure place or organisation reading of the same text
// at another place in the text, or a word of it that the text also writes
// in small letters ("boulama of Koulfoua island" beside "Boulama says").
// A day, month or feast, and a dash or quote inside, hold it too ("paid
// June–August"). The names:
// - the objects of a verb only persons are the object of (abducted,
//   arrested, detained, shot, beat, killed, interviewed, met, thanked,
//   paid, asked, told, threatened, ...; not visited, attacked, reached,
//   evacuated, called: places take those), names joined by ", ", " and ",
//   " & ", " y ", " et " right after it and then the clause's end or a
//   preposition, conjunction or adverb ("Gunmen abducted Ayanae on the
//   road", "Police arrested Lokemer and detained Ekal for questioning";
//   not "robbed Lokori market"); so after a Spanish verb of the kind and
//   the personal "a" ("secuestraron a Brayan"; not a verb of motion:
//   "llegaron a Tumaco"), and after "a", "ont", "avait" or "avaient" and a
//   French participle of the kind ("ont enlevé Ayanae à Nanam"), and after
//   " with" that follows fled, escaped, came, went, left, stayed, lived,
//   travelled, returned, hid, met, spoke, talked, meeting, follow-up,
//   session, interview, consultation ("fled with Namoe", "Follow-up with
//   Sahra and Dheeq on Friday");
// - the subjects of a verb only persons are the subject of (said, told,
//   saw, heard, radioed, treated, reported, confirmed, denied, fled,
//   testified, ...; dijo, dijeron, contó; disse; "a déclaré", "ont
//   confirmé") or of "was", "were", "had been", "has been" and a participle
//   of what befalls persons (detained, arrested, abducted, killed, beaten,
//   shot, struck, ordered, ...; not taken, attacked, burned, which befall
//   places too), one adverb allowed between ("also", "later"): up to five
//   names joined by ", ", " and ", " & ", " y ", " et ", " e " from the
//   opening of a clause (the text's or a line's start past a list marker or
//   a time of day, "0745  "; after '.', '!', '?', ';', ':', '"' or '('; after
//   " and ", " but ", " then " that follow a comma or a word in small
//   letters; after Then, And, But, Later, Meanwhile, Afterwards opening
//   one) to the verb: "0745  Lotee and Ewoton saw two armed men", "; Esekon
//   radioed the base", "Namoe was beaten and Emuria was taken". Not a
//   pronoun (He, They, Il, Ella, Le, ...), nor a name inside a clause
//   ("Elders in Kaaleng said", "from Lodwar and Kaaleng fled");
// - the agents after " by" and such a participle or one of what persons do
//   (taken, stolen, led, seen, spotted, stopped, written, ...; not
//   interviewed, visited, attacked, after which organisations come as
//   often), up to five names joined by ", ", " and ", " & ", when the clause
//   ends after them ("were taken by Ekal and Lopeyok, both known"; not "by
//   Kaaleng youths", "by Lokiru's men");
// - a name asked for by name: right before " by name", " par son nom", " por
//   su nombre" or " pelo nome", after a word in small letters or ", " ("asked
//   for Apua by name", "her husband, Lokiru, by name");
// - a name addressed: after a word of address or acknowledgement (Copy,
//   Thanks, Thank you, Roger, Dear, Hello, Hi, Good morning, Merci, Gracias,
//   Querido, ...) at a line's start or after '.', '!', '?', ':' or a quote
//   (not a field of a row after ';'), then '.', '!', '?', ',', ':' or the
//   line's end ("09:05 Base: Copy, Esekon.", "Dear Nadunga,");
// - a name beside the speaker: after "Me, " or "me and " (a list of names),
//   or before " and I ", " and me" when it opens a clause or follows
//   "with" ("A: Me, Lokaale and Namoe."; not "from Mai Ja Yang and I came");
// - a name of one to three words right before a source's grade in
//   parentheses (reliable, usually reliable, untested, unreliable,
//   confiable, fiable, ...: "Lomuria (reliable)"), a role of persons alone
//   in them (driver, informant, source, interpreter, guard, elder, ...: "Ekai
//   (driver)"), a singular word for a relative ("Nawoi (mother)"; not
//   "Jeruto (brothers)"), or an occupation the quasi detector read there
//   ending at the ')' ("Akiru (protection officer)"), or words saying the
//   rest of the name is not known anywhere in them (name unknown, no
//   surname, surname unknown, no se sabe el nombre, nombre desconocido, nom
//   inconnu, ...: "Nsimire (female, no surname)"; then also one to three
//   words in quotes: '"Cachaco" (no se sabe el nombre)'); not in a table's
//   heading cell ("| Mteja (survivor) |").
// Other mentions of these names follow by linking ("Esekon driving"). A
// place or an organisation named as a person is ("Oxfam said", "Thanks,
// Lokitaung." of a radio call sign): hidden, not released.
// NAMES BESIDE NAMES (options.raise_beside_names, before linking, after the
// readings as places): a weak PERSON finding (0.3 up to min_confidence) that
// starts with a capital and stands next to a PERSON finding at
// min_confidence or more, only " " or ", " between them, or a note in
// parentheses of up to 24 bytes after the left one and then one of those,
// " and " or " & ", is raised to min_confidence: "KOLLIE" of "3. KOLLIE, Faith", "Kila" of
// "Kila (approx 10) and Mark Tumbu"; so is one on the next line right after
// a name of running prose (lower-case words before the name on its line)
// when ", ", "; " or a space and a lower-case word follow it ("my wife,
// Mebrat\nHaile, and our daughter"), past the next line's indentation when
// the name's line is indented, a list item or a log's entry ("12 Mar 13:00
// Family told (wife Nyakuoth Gatkuoth\n              Bol; brother"). A name beside a name is part of it or
// another name of a list; left weak, the leak check would block on it.
// Where no detector read the word on the next line at all, it is added as a
// PERSON finding (detector "link", min_confidence) when it is written as a
// name ("Ampaso", or "al-Sabawi" with its article), starts the line (past
// its indentation when the line hangs as above), is followed by ", ", "; ",
// a period or a space and a lower-case word, is no common English word,
// title, generic word or place prefix, nor a day of the week before a date
// ("Hugh McGuire\nSunday, May 28, 2006"), and no finding covers it but the
// tagger's place reading below 0.5, or below 0.7 of a word that is no known
// town: "by his uncle Tahir\nAmpaso from a cousin's house", "(son: Sivakumar\n
// Tharshan, then 19)" (read as a place at 0.56). Another form of a
// name in parentheses right after it ("D. SLEMAN (Dilshad Sleman)",
// "Xatûn (Khatoon) Shamo", "Vitalii Kovalenko (Vitalik)", its initials
// before a comma "Amra Hodžić (AH, team lead)", a transliterated spelling
// "Hadi Mohammed BAKHDAR (Hādī Muḥammad Bā Khaḍar)", a defined short name
// "(en adelante MICR)") and a capitalised
// word in double quotes within 400 bytes of a name with a word that opens
// with its three letters and is at most two letters longer or shorter
// ("\"Yuriy\" in his passport, \"Yura\" to everyone" beside "Yurii
// Tkachuk"), or anywhere in the text when its first six letters are the
// word's ("Tharmalingham" of "Tharmalingam" a page before), are added
// likewise. After propagation (below), a one-word tagger PERSON reading of
// 0.1 or more but below min_confidence, capitalised, one space before or
// after a PERSON finding that linking added, joins that finding's entity at
// min_confidence ("Ruach" of "9  Gatwech Ruach", where "Gatwech" was found
// elsewhere) when nothing but a weak tagger reading covers it and it is no
// common English word, generic word, title or town (the scan floor, the
// policy's lowest threshold, bounds what such readings there are).
// NAMES IN APPOSITION TO A ROLE (options.raise_beside_names, after the
// names beside names): a weak PERSON reading of the tagger (0.3 up to
// min_confidence) that starts with a capital is raised to min_confidence
// when an occupation (a DEM finding of subkind OCCUPATION) stands in
// apposition to it: after ", " and a determiner (a, an, the, our, their,
// his, her, my) with ',', ';', '.', ')', a space or the line's end after the
// role, not "'s" ("Ng'ang'a Wairimu, the driver, was released", "Ketevan
// Dadiani, a nurse at the clinic"; not "Kivuto, the driver's village"), or
// before it after a determiner, ", " between, and ',' or ';' after the name
// ("The shopkeeper, Hamisi Bakari, refused"). Left weak, such a reading
// blocks the release in the leak check. A tagger's place reading below 0.7
// in the same place becomes such a person (PERSON at min_confidence) when
// the role stands before it ("the headman, Lomoru, tried"), or after it
// when the name opens its clause and a comma closes the role's apposition
// in the clause ("Shiyar, the driver of the second car, paid him"; not "In
// Lodwar, the driver", "Lodwar, the driver said.").
// ORGANISATION PROPAGATION (options.propagate_org): an organisation is named
// the same way throughout a text, so every other whole-word occurrence (same
// bytes) of an ORG finding with confidence >= options.org_min_confidence, not
// inside another finding, is added as an ORG finding (detector "link", the
// best confidence of those bytes): if one mention of "Kayseri Administrative
// Court" is hidden, all are. Places are not propagated: a place named again
// is often another role (the venue, a country), and on TAB's training
// judgments propagating LOC findings lost precision and gained no entity.
// NUMBERS BESIDE NAMES (options.propagate, before REPEATED NUMBERS): a
// number of eight to thirteen digits (groups joined by single spaces, '-'
// or '.') right after a found name, in parentheses of its own ("Rosa dos
// Santos Macuácua (847209913)") or after a comma inside the parentheses
// the name opens ("(Anelise Pierre-Louis, 3609 1174)"), with the ')' right
// after it, or after a colon, a comma, spaces, a tab or a dash and before
// the clause's end ("Pélagie : 72 41 86 03.", "su secretaria Ana,
// 3142208871.", "Manana — 19001033170", a register's row "Amina Yusuf   773
// 442 019"), is that person's number: PHONE, subkind BESIDE_NAME, 0.7,
// detector "link"; not two years ("(2019-2021)"), two times ("(0600-1400)")
// nor a date. The parentheses may open on the line before the name's; a
// note in parentheses may follow the number ("Amal: 734 662 018 (WhatsApp
// only)").
// NUMBERS IN NAMED ROWS (options.propagate): in a table's row (three cells or
// more split by ';', '|', tabs, ',' or runs of spaces) that holds a found
// name, a cell that is wholly such a number, or one to three capitals and six
// to ten digits ("PA0412893", "SSD R00458271"), perhaps with a note in
// parentheses, is that person's whatever its heading says: ID, subkind
// IN_NAMED_ROW, 0.7, detector "link". So is a file code with a run of five
// digits ("24-TCD-778341"), and, in a row aligned by spaces, a run of nine to
// thirteen digits between single spaces. On any line with a found name, a
// number of eight to thirteen digits written in three groups or more ("599
// 08 52 11") or in two groups of four ("4102 5533"; not thousands, two years,
// two times, a date or a year) is a PHONE (ON_NAMED_LINE).
// REPEATED NUMBERS (options.propagate, last): a phone number or an
// identity, case or file number is one value wherever it is written, so
// every other place where the same value stands (a phone's last eight
// digits, whatever its separators or country code; a code's letters and
// digits, six or more with four digits) gets a finding of the found one's
// kind, subkind and best confidence (detector "link"): if "Case no.
// KBL-4471-99" is hidden, so is "Later KBL-4471-99 was closed", and
// "0799123456" in a list after "Call 0799 123 456".
// Findings of other kinds are left as they are. The result is sorted by
// FindingLess. entity_names[id] is the entity's longest mention (its
// canonical value, used for pseudonyms and labels).
struct LinkOptions {
  float min_confidence = 0.5f;
  bool propagate = true;
  bool drop_generic = true;
  bool join_patronyms = true;
  bool coordinate = true;  // COORDINATED NAMES, LISTED NAMES, INVERTED NAMES, SIGNATURES, PHONE OWNERS,
                           // NAMES UNDER A LABEL, E-MAIL HEADER NAMES, NAMES OF RELATIVES IN A LIST
  bool abbreviate = true;  // ABBREVIATED NAMES
  bool propagate_lower = true;  // LOWER-CASE MENTIONS (with propagate)
  bool extend_uncommon = true;  // UNCOMMON NAME WORDS
  bool raise_beside_names = true;  // NAMES BESIDE NAMES
  // ORGANISATION PROPAGATION from ORG findings at or above this confidence.
  bool propagate_org = true;
  float org_min_confidence = 0.5f;
};
struct Linked {
  std::vector<Finding> findings;
  std::vector<std::string> entity_names;
};
Linked LinkMentions(std::string_view text, std::vector<Finding> findings, const LinkOptions& options = {});
// The options a release under `policy` links with: persons from the PERSON
// threshold; organisations propagated from confident mentions only (at least
// 0.5: weak candidates copied through a text cost precision on TAB's
// training data).
LinkOptions LinkOptionsFor(const Policy& policy);

// Sorts spans by begin and merges those that overlap or touch.
std::vector<Span> MergeSpans(std::vector<Span> spans);

// True for a PERSON or ORG finding of `text` whose words are all generic
// words (see GENERIC WORDS above; at least one word): it names no one; and
// for the tagger's PERSON reading below 0.5 of one letter, a role noun, an
// acronym's plural ("NFIs"), a nationality, ethnicity or religion word that
// is no given or family name of the lexicons, or its plural ("Fulani",
// "Kenyan", "Peuls"; not "German"), a column's heading (a header cell, or any word on the first row
// of a table two of whose cells name a register's columns: Name, Nom,
// Prénom, Age, Sexe, Ref, N°, Status, ...; such a row also counts below
// 0.7; a grid's rule under it, "-----+----+---", may stand for the next
// row), a piece of a code, a record's key ("\"tazkira_no\":", YAML's
// "  tazkira_no:"), a people in the French plural ("les Blancs"), or a
// common word in capitals or in small letters; a vehicle's model after or
// with its maker read up to 0.7 ("Toyota Hilux");
// and for a chat line's speaker (the fields detector's PERSON, subkind FIELD)
// made only of words for a desk, a unit or a post ("Protection desk",
// "Logistics", "Security focal point", "Base", "HQ", "Ops room").
// Linking drops such findings and the leak check does not count them, so
// what linking drops does not block the release.
bool IsGenericFinding(std::string_view text, const Finding& f);

// PLACE AND ORGANISATION NAMES. A PERSON finding of two words or more whose
// last word, or a word before "of" or "for", is the head word of a place or
// an organisation names that place or organisation, not a person ("Sheikh
// Lotfollah Mosque", "Andy Warhol Foundation for the Visual Arts", "Palace
// of Forty Columns", "Isfahan International Airport"): returns LOC or
// ORG for it, nullopt for any other finding. So does a first word that
// starts names of places: Barangay, Fort, Mount, Camp, Cape, Lake, Port ("Fort Lee"),
// the Portuguese Estrada, Ponte, Rua, Avenida, Rio, Cabo, Aldeia, Suco
// ("Ponte Beco", "Cabo Delgado"), the Indonesian Desa, Dusun, Ds, Dsn, Kab,
// Kec ("Ds Sesait").
// Heads: mosque, shrine, museum, palace, airport, hospital, school,
// university, foundation, company, turnpike, ... (built in). Heads that are
// also surnames (Bridge, Street, Church, Hall, Park, Lane, Road, Court) count
// only in a span of three words or more without a personal title first
// ("George Washington Bridge", not "Frank Bridge" or "Mr Stuart Hall"). Linking relabels such findings before
// it links persons, and the leak check reads them with the relabelled kind,
// so what linking relabels does not block the release as a person.
std::optional<Kind> PlaceOrOrganisationNamed(std::string_view text, const Finding& f);

// PERSONS READ AS PLACES. True for a LOC finding whose words (split at single
// spaces) are one or two common Spanish, Portuguese or Italian given names
// (built in, with and without accents: Juan, Pablo, José, Maria, Francisco,
// João, ...; not those that also start names of places, such as Santiago,
// Salvador, Carmen, Dolores, Mercedes, Victoria), a particle (da, das, de,
// del, della, di, do, dos, du), optionally la / las / los, and then a word
// that starts with a capital: "Pedro de la Cruz", "Juan Pablo de la Cruz",
// "Francisco de Souza", which the tagger reads as places. Linking relabels
// such findings PERSON before it links persons (with their confidence), and
// the leak check reads them the same way, so a policy that keeps places does
// not release these names. "San José del Monte", "Rio de Janeiro" and
// "Santiago de Chile" start with no listed given name. True too for a LOC
// finding of one or two capitalised words right after "according to " (any
// case, the word "according" whole) that ends a clause (',', ';', '.', ':',
// a line's end or the text's): a source, a person nearly always ("According
// to Nasir, the vehicle ..."; not "according to Nasir county officials").
bool PersonReadAsPlace(std::string_view text, const Finding& f);

// PLACES BY CONTEXT, and how linking and the leak check read findings.
// Relabels `findings` in place (and clears the subkind of each one it
// relabels):
//   - first, a tagger's PERSON reading that runs over a lower-case
//     preposition of place or movement of French, Spanish or Portuguese
//     (" à ", " en ", " em ", " hasta ", " desde ", " hacia ", " vers ",
//     " depuis ") with a capital after it ends before it, and the rest
//     becomes a LOC finding of the same confidence ("famille Dicko à
//     Ménaka", "Arley C. B. en Cali", "Wilmer Valencia hasta Vigía"): no
//     name holds one; a reading that opens with one of them but "à" and a
//     capital is a place without it ("en Kennedy"; not "à Marie");
//   - PlaceOrOrganisationNamed gives LOC or ORG (a reading that starts with
//     a capitalised place prefix: Fort, Camp, Puerto, Isla, Hai, ... as
//     listed under PROPAGATION in LinkMentions); every PERSON reading inside
//     a place so named is that place ("Naseem" of "Hai Al Naseem");
//   - PersonReadAsPlace gives PERSON;
//   - a PERSON reading is a place (LOC) when a word for an administrative
//     area or a place follows it after one space, in any case (district,
//     province, region, city, village, valley, town, camp, suburb,
//     neighbourhood, governorate, municipality, subdistrict, tehsil, payam, provincial,
//     airport, base, checkpoint, crossing, hub, office, road, route, market,
//     clinic, hospital, mosque, guesthouse, borehole, cemetery, graveyard,
//     bridge, beach: "Mohammad Agha district", "Sayed Abad District",
//     "Gaziantep hub", "the El-Rashideen borehole"), or ends in one in small
//     letters ("Mingan ward" read as one name), or "'s" and a word that heads the
//     name of a place (Bazar, Bazaar, Bay, Creek, Cross, Island, Landing,
//     Vineyard: "Cox's Bazar"; "COX'S BAZAR" in capitals), or when it has two words or more, follows one of the
//     lower-case words in, into, near, through, across, around, inside, via,
//     por, desde, hacia, vers, river, village, quartier, ville, town, city,
//     outside, toward(s) and one space, is not followed by a possessive, and
//     starts with a word of Arabic place names (Abu, Ain, Bayt, Beit, Bir,
//     Dayr, Deir, Jabal, Jebel, Jisr, Kafr, Khan, Qasr, Ras, Tal, Tall, Tel,
//     Tell, Wadi: "in Khan Younis", "through Abu Kamal", "in Tal Afar") or
//     ends with one of Persian and Pashto place names (Abad, Bagh, Bandar,
//     Dara, Kala, Kalay, Kelay, Khel, Kili, Kot, Mina, Qala, Qalat, Shahr:
//     "in Musa Qala", "in Ahmad Shah Baba Mina"), or follows "from" and
//     starts or ends with one of those words other than Abu and Khan ("an
//     elder from Jabal Sabir"; not "a call from Abu Hamza"); or when it
//     follows a French, Spanish or Portuguese word for a kind of place and
//     "de" or "d'" (village(s), commune, département, région, poste, camp,
//     quartier, cercle, canton, secteur, préfecture, province, ville,
//     municipio, departamento, corregimiento, vereda, barrio, pueblo,
//     localidad, comuna, distrito, município, cidade, bairro, aldeia, povoado,
//     district, hameau(x), nord, sud, ouest, norte, oeste, and a town's
//     places and offices: mosquée, site, CMA, CSCom, préfet, marché, foire,
//     hebdomadaire, gendarmerie, commissariat, dispensaire, lycée, ...; any case:
//     "le village de Dingazi Banda", "DÉPARTEMENT DE OUALLAM", "la commune
//     d'Abala", "la foire hebdomadaire de Konna"), opens with one and "de" ("poste de Simiri"), or opens with
//     "de" or "d'" after one ("au nord de Tassara" read with its "de");
//     or when it is a tagger's reading below 0.7 right after a lower-case
//     word for a village or a town's quarter (aldea, bairro, barrio, goth,
//     kampung, mohalla, vereda, quartier, village, corregimiento, hameau:
//     "quartier Sabon Gari", "barrio Kennedy");
//     or when it is a tagger's reading below 0.7 right after the Spanish or
//     Portuguese "en" / "em" whose first word is no common Iberian given
//     name nor a given name that is an English word ("vive en Lleras", "en La
//     Delfina"; not "confía en Carlos Mina"); or when it closes a list
//     (", and ", " and ", " or " before it) whose previous item is a LOC
//     reading, or whose items (separated by ", ") follow such a locative,
//     and starts or ends with one of those words other than Abu and Khan,
//     which also start persons' names ("through Abu Kamal, Deir ez-Zor and
//     Tal Afar"; not "He stayed in Kabul and Abu Hamza left"). Every PERSON
//     reading inside such a place is that place too ("Kamal" of "in Abu
//     Kamal").
//   - an ORG or LOC reading of one or two capitalised words followed by
//     " family", " families", " household" or " couple" is a family's name: PERSON, at
//     0.6 or its own confidence if higher ("the Karimi family", which the
//     tagger read as an organisation at 0.45); not a listed organisation's
//     ("ICRC family links").
//   - a PERSON reading of one or two words right after "spoke", "speak",
//     "speaks" or "speaking" (or one of them and an adverb: also, basic,
//     broken, fluent, little, mainly, mostly, only, some: "speaks mostly
//     Lingala"), or after a "Language: " or "Languages: " label at the start
//     of a line, or with " language(s)", " dialect(s)", " speakers", " speaking
//     area" or "-speaking" right after it or "speakers of " right before it
//     (in small letters; not " speaking" alone nor " speaker", and not before
//     a possessive: "the Eegimaa language", "Bayot speakers", "speakers of
//     Kujireray"), names a language (DEM, subkind LANGUAGE), and so
//     does one after ", ", " and " or " or " that follows such a reading
//     ("the attackers spoke Nuer and Collo", both read as persons at 0.4;
//     one read at 0.5 or more only before a mark, " and " or " or ": in
//     "spoke Dari and Ahmad translated" Ahmad is a person);
//     then every tagger's PERSON reading of one word that is a language
//     named by such a noun (any case; not one read after "spoke" or in a
//     list) names that language too, however surely read ("Eegimaa is mainly
//     spoken" beside "the Eegimaa language"), and linking propagates no such
//     word; not a given or family name of the name lexicons that a PERSON
//     reading of two words or more holds in the same document ("Baloch" of
//     "Abdul Rahman Baloch" beside "Baloch speakers": a name is never let go
//     on a language's account; "Eegimaa" of "the Gújjolaay Eegimaa", in no
//     lexicon, stays the language);
//   - a tagger's PERSON reading of exactly the capitalised words (one to
//     three) that a sentence defines as a place is that place, however surely
//     read: where a reading ends before " is " or " was ", "a", "an" or
//     "the", up to four words in small letters (no preposition, determiner or
//     possessive among them) and a noun for a place (city, town, village,
//     island, country, capital, port, district, province, destination, ...)
//     followed by a mark, the text's end or a preposition or relative word
//     (with, that, in, on, of, for, ...: "York is an ancient cathedral city
//     with"); not a noun followed by another noun, a bracket or a dash ("a city
//     council member", "the district (Nad Ali) governor"), and not a word of
//     one that a PERSON reading of two words or more holds ("Mary" beside
//     "Mary Okello");
//   - a PERSON reading below 0.5 of one word right after one of those
//     locatives ("in Hpakant"; not before a possessive), one word in
//     parentheses right after a LOC reading ("Mosul (Nineveh)"), or an item
//     of a list (", ", " and ", ", and ", " or ", " / ", " & ", "/", " y ",
//     " et ") beside a LOC reading ("Pulka and Banki", "Drodro, Largu and
//     Rhoe", "Lubero/Beni", "Cali y Pasto"),
//     or after " and ", " or ", " / " or " & " that follows a capitalised
//     word and a word for an administrative area or a place of those above
//     ("between Taiz city and Aden"), or right after "à" that follows a
//     French word of living, staying, going or being held (résidant,
//     habite, vit, né, parti, allé, arrivé, retourné, installé, basé, situé,
//     bloqué, hospitalisé, détenu, caché, réfugié, resté, dort, travaille,
//     enterré, gendarmes, militaires, marché, domicile, ...: "résidant à
//     Tin-Adjar", "parti à Anderamboukane"; not "dit à Moussa") or a PERSON
//     reading of 0.5 or more ("oncle Issoufou à Akokan"), or right after
//     "de" (or read with its "de") that follows a word of coming from
//     (originaire, natif, venant, provenant, oriundo, procedente,
//     proveniente, ...: "originaire de Tin-Adjar"), is a place;
//   - a PERSON reading of the script detector alone in parentheses right
//     after a LOC reading, or joined to the start or the end of one by a
//     spaced slash, is the place written in another script ("Yahidne
//     (Ягідне)", "Физули / Füzuli", "Khiam / الخيام");
//   - a tagger's PERSON reading of exactly a town of the gazetteer, or of
//     two words or more, whose text the document places twice (a context
//     above, a locative before it, "Tehsil"/"Taluka" before it, or, for a
//     town, "to", "from", "at" or "à" after a word of staying or going) is
//     a place however surely it was read ("Djibo" at 0.85 beside "arrivé à
//     Djibo"), unless a longer PERSON reading holds it or another detector
//     reads it as a person;
//   - a PERSON reading ending in "-speaking" names a language (DEM/LANGUAGE:
//     "Rakhine-speaking arrivals"); one below 0.5 of one word is DATE/MONTH
//     when it is a month in English, French, Spanish or Portuguese that is no
//     common given name ("January", "Junho"; not April, May, June, August),
//     DATE/HOLIDAY when it is a feast (Eid, Ramadan, Nowruz, Newroz, Navruz,
//     Christmas, Easter, Diwali, Passover, Hanukkah: "come back after Eid"),
//     DEM/OCCUPATION when it is the noun of a post (coordinator, officer,
//     manager, director, adviser, teacher, prefet, sous-prefet, ...: a signature's "Protection
//     Coordinator"; also a weak reading of several words that ends in one:
//     "QURANIC TEACHER") or a title word right after "the" or "The" ("the Bulama
//     of Sector C", "The Haji is diabetic"), ORG when it is an agency's or
//     another organisation's acronym in capitals (IsNoPersonAbbreviation in
//     tearline/quasi.h: "SHARE WITH UNHCR, IOM"), DEM/KIN when it is a word for a
//     relative (mother, father, brother, sister, wife, husband, uncle, aunt,
//     cousin, ...; not "Son", a given name: "Mother is Dilia V."; the French
//     ones only in small letters: "son mari Lawali", not "Mari"), and a place after "from", "to" or "at" that follows a
//     word of movement or of people and one space ("moved to Leda", "stopped
//     at Lopa", "a man from Mehar", "arrivals from Bosso"; not before a
//     possessive), right after a capitalised place prefix and one space
//     ("Barangay Kapantaran"), or after " of " right after a PERSON reading
//     at 0.5 or more ("Imam Alpha KOUNTA of Fatoma");
//   - the speaker of a quotation (PERSON, subkind SPEAKER: NewQuoteSpeaker-
//     Detector in tearline/quasi.h) whose exact span another reading takes
//     as ORG at 0.7 or more is that organisation ('," Microsoft says');
//   - LISTED GROUPS: a PERSON or LOC reading of any detector inside a listed
//     organisation's name (IsListedOrganisation: an armed group or movement
//     of org_groups.txt, subkind GROUP, or an organisation of org_names.txt,
//     subkind LISTED; tearline/quasi.h) is that organisation, at its own
//     confidence ("Hezbollah", "Ansar Dine", "Mohammed" of "Jaish-e-Mohammed",
//     "Médecins Sans Frontières"): the threat's name, or the agency's, is
//     what a recipient needs. Not when the document uses
//     the group's text inside a longer PERSON reading ("Hamas Yusuf Ali"
//     then "Hamas said"): there it is a name word. Linking, which runs
//     after, still hides a word of such a name that is a word of a person
//     linked elsewhere ("Haqqani Network" beside "Sirajuddin Haqqani").
//   - a PERSON reading below 0.5 (a candidate no release acts on) whose exact
//     text another reading in `findings` reads as LOC with a higher
//     confidence, and none as PERSON at 0.5 or more, is a place ("in Ntokota
//     and Nangua" beside "the road to Nangua" read as a place): the leak
//     check no longer blocks on it. A weak PERSON reading of a word inside a
//     place ("Briceño" beside "Soledad Briceño" read as a place) is not one.
//     A LOC reading that the rules above would make a place if it were a
//     PERSON reading counts here at 0.7 at least ("Mandera town", "anyone
//     in Abu Shouk"); and a tagger's PERSON reading below 0.7 of a text that
//     such a LOC reading in context reads, surer than every PERSON reading
//     of the text, is a place too ("Abu Shouk block 7" at 0.63; so is the
//     one word of a sure LOC reading before a word for a kind of place, in
//     small letters or capitals: "Maru" at 0.57 beside "Maru LGA"). The tagger's
//     own LOC readings without context do not count for readings at 0.5 or
//     more ("- Falmata Bukar, WASH officer" read as a place at 0.62 leaves
//     "follow-up for Falmata Bukar" a person), but for the regional names
//     rule's reading (0.5) of a text the tagger reads as a place at 0.7 or
//     more after a locative (in, at, from, near, into, through, via, en,
//     em, desde, hacia, por, vers, depuis, ...; not "to", "a", "à" or "de",
//     which precede persons too) or in a context that confirms it, which is
//     that place when nothing reads the text more surely as a person
//     ("relatives in Lakki Marwat"; not "Radio operator at the landing,
//     Mansour," read as a place at 0.86).
//   - PLACE FIELDS: a PERSON reading of another detector than the field
//     rule inside the value of a place field (LOC, subkind FIELD, of
//     NewFieldNameDetector in tearline/quasi.h: "Village of origin:
//     Martuni", a cell under "origin_settlement") is that place; so is a
//     tagger's PERSON reading elsewhere of exactly the same text
//     ("documents left in Stepanakert"), and a tagger's reading below 0.5
//     that holds it as whole words ("UNHCR Goris"). A titled or other rule's
//     reading stays a person ("Mr Martuni"). First, a tagger's PERSON
//     reading that runs across gaps of two spaces or more between cells of
//     a table, one piece of it inside a field's value (a place's, or a
//     person's: PERSON, subkind FIELD), is cut at the gaps ("Nyamlel
//     Hai Matar" over two cells of a fixed-width table); its pieces keep
//     its confidence, and a piece with a digit (a code's cell) is dropped.
//     The field findings are then
//     removed: a value must not widen the redaction of a name inside it
//     (the overlap rule of Decide).
//   - NAME RULES OVER THE TAGGER: a tagger's LOC or ORG reading of exactly
//     the words that the citation, titled-name or East Asian name rule reads
//     as a person (tearline/quasi.h: "(Morgan-Short et al., 2018)", "Sheikh
//     Bahai", "Yau Wai-ching") is that person's, at the tagger's confidence,
//     before the rules below read it: the rule reads the structure around
//     the words, the tagger the words alone.
//   - a weak PERSON reading of a day of the week or its abbreviation ("On
//     Tue, 14 May") is DATE/WEEKDAY.
//   - a DATE after a label of a date of birth ("DOB: 12/03/1988", "born 4
//     May 1990", "Né le 5 juin 1984", "fecha de nacimiento:") is DEM/AGE: a
//     person's age, which a policy that keeps dates may redact.
//   - ROUTES, STREETS AND PLACE WORDS: a PERSON reading after a direction and
//     "of" ("east of Lokori", "north-west of X"), after a street word at any
//     confidence (calle, avenida, carrera, jirón, pasaje, rua, rue,
//     travessa: "calle Eloy Alfaro"; "Av." unless "lawyer" precedes it, the
//     Turkish title; the Ukrainian "vul." and "ul."), before station,
//     lagoon, junction, river, county, border, site, ward, division, LGA,
//     woreda, township, chapter or branch, after an
//     ordinal in figures when a street word ends it ("2nd Cross Lane"), one
//     whose last word is a capitalised unit of government (District,
//     Province, Governorate, Municipality, Subdistrict, Township, Woreda:
//     "Pauk Township"; not "Ward"), or a tagger's reading of two words or
//     more ending in Abad, Bandar, Caddesi, Chaung, Kalay, Kelay, Kili, Kot,
//     Kotal, LGA, Mahallesi, Qala, Qalat, Shahr, Sokak or Sokağı ("Landi
//     Kotal", "Kurtuluş Caddesi", "Guma LGA") or opening with Ceel ("Ceel
//     Jaale"), Brgy. or Rivyè is a place; so is one after "to" with a place word ("visits to Nasir
//     Bagh"), one a first word of places and a locative, "from", "to" or
//     "at" precede ("in Wad Madani" read as "Madani": the place is widened
//     over "Wad"), and, however sure, a tagger's reading with a place word
//     of a text the document reads as a place in context elsewhere ("Tal
//     Tamr"). After a locative, "entre", "between" or "hasta", a tagger's
//     reading over " y ", " et " or " e " is two places ("hacia Acandí y
//     Capurganá"); a capitalised Spanish locative opening a reading is cut
//     off as the small one is ("En Filo Gringo"). A weak reading is a place
//     on a route whose other end is a place ("from Nayapara to Leda", "de
//     Xolbeyá hacia Nahualá", "Dnipro - Synelnykove - Vasylkivka" with a
//     LOC reading or a town of the gazetteer, "Gedaref town>Doka", an en
//     dash without spaces beside a place: "l'axe Ouallam–Banibangou"), after
//     "axe" / "eje", "près de", "cerca de", "perto de", "jusqu'à"; and the
//     other weak readings of a text so read are that place. So is a weak
//     one-word reading of a word that the text names elsewhere, unread,
//     after a French, Spanish or Portuguese word for a kind of place and
//     "de", "du" or "d'" ("à Tondikiwindi" beside "la commune de
//     Tondikiwindi").
//   - A tagger's PERSON reading over a spaced dash ("Area Manager -
//     Hodeidah", "reported Marawara - Dangam") is read as its pieces, each
//     with its confidence, before anything else: no name holds one; so is a
//     tagger's reading of any kind over a table's bar ("HGR Shabunda |
//     Espérance", pieces trimmed of spaces), which the overlap rule would
//     otherwise let widen a name's redaction over the cell before it.
// The tagger reads these names of districts and towns as persons, and a
// release hid the places its recipient needs. Not places: "Khan Younis was
// shelled" (no context; it stays hidden), "in Abu Hamza's house" (a
// possessive), "in Sheikh Jarrah" (Sheikh and Sayed start names of persons
// as often). Propagation still hides a word of such a place that is a word of
// a person linked elsewhere in the text.
void ReadPlacesAndPersons(std::string_view text, std::vector<Finding>* findings);

// Whether f names a listed organisation: an ORG finding of the organisation
// lexicons, org_names.txt (subkind LISTED) or org_groups.txt (subkind GROUP).
inline bool IsListedOrganisation(const Finding& f) {
  return f.kind == Kind::kOrg && (f.subkind == "GROUP" || f.subkind == "LISTED");
}

// SPELLED-OUT ACRONYMS: the tagger's PERSON readings of an acronym (2 to 8
// capitals, single hyphens between them: "USI", "F-E") that the text spells
// out elsewhere ("the University of Southern Indiana", "Formal Equivalence")
// are replaced by the readings of the spelling out: for each kind and
// subkind of a finding inside a spelling out, one reading of the acronym
// with the surest such finding's kind, subkind and confidence, detector
// "acronym" ("USI" becomes ORG 0.6 and LOC 0.88 beside "University of
// Southern Indiana" ORG 0.6 and "Southern Indiana" LOC 0.88); none when
// nothing was found inside. So the acronym is hidden wherever a part of the
// name it stands for is, and released where that name is.
// A spelling out is a run of words on one line, one space apart, whose
// capitalised words (and capitalised parts of hyphenated words) give the
// letters in order, with "of", "for", "the", "and", "on", "in", "de",
// "du", "des", "del", "la", "le" or "&" between them, and no capitalised
// word after the last; an all-capitals word inside (an acronym of its
// own: "Salam CFS") breaks it. Fail closed: it counts only when at least two words
// give letters, one of them is a word that no given or family name of the
// name lexicons is, none is a title or a rank ("General Ahmed Khan" for
// "GAK"), and no PERSON finding of any detector or confidence overlaps it.
// Linking does this (drop_generic), and so does the leak check, on the
// output: an acronym released beside its intact spelling out is no leak.
void ReadSpelledOutAcronyms(std::string_view text, std::vector<Finding>* findings);

// True if f lies wholly inside one of `syntax` (sorted, disjoint spans of
// valid marking syntax, see MarkingSyntaxSpans in tearline/release.h) and is
// not PROTECTED: a marking term is not about a person.
bool InMarkingSyntax(const Finding& f, const std::vector<Span>& syntax);

// True if f lies wholly inside one of `spans` (sorted by begin, disjoint).
bool CoveredBy(const Finding& f, const std::vector<Span>& spans);

// Spans of `text` covered by the allowed terms (case-insensitive, whole words),
// sorted and merged.
std::vector<Span> FindAllowedSpans(std::string_view text, const std::vector<std::string>& terms);

}  // namespace tearline

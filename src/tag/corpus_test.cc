#include <gtest/gtest.h>

#include <set>
#include <string>

#include "src/tag/train_internal.h"
#include "tearline/tag.h"

namespace tearline {
namespace {

std::string Spans(const AnnotatedText& t) {
  std::string out;
  for (const TagSpan& s : t.spans) {
    out += std::string(TagLabelName(s.label)) + "[" + t.text.substr(s.begin, s.end - s.begin) + "] ";
  }
  return out;
}

// A synthetic GUM-style document (written for this test).
constexpr char kConllu[] =
    "# newdoc id = test\n"
    "# newpar\n"
    "# text = Colonel Zarak Tanai visited the Kandahar office in May 2019.\n"
    "1\tColonel\tColonel\tPROPN\tNNP\t_\t3\tcompound\t_\tEntity=(1-person-new-x-cf1-1,2,3-coref-Zarak_Tanai\n"
    "2\tZarak\tZarak\tPROPN\tNNP\t_\t3\tflat\t_\t_\n"
    "3\tTanai\tTanai\tPROPN\tNNP\t_\t4\tnsubj\t_\tEntity=1)\n"
    "4\tvisited\tvisit\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "5\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\tEntity=(2-organization-new-x-cf2-3-sgl\n"
    "6\tKandahar\tKandahar\tPROPN\tNNP\t_\t7\tcompound\t_\tEntity=(3-place-new-x-cf3-1-sgl-Kandahar)\n"
    "7\toffice\toffice\tNOUN\tNN\t_\t4\tobj\t_\tEntity=2)\n"
    "8\tin\tin\tADP\tIN\t_\t9\tcase\t_\tEntity=(4-time-new-x-cf4-1-sgl\n"
    "9\tMay\tMay\tPROPN\tNNP\t_\t4\tobl\t_\t_\n"
    "10\t2019\t2019\tNUM\tCD\t_\t9\tnmod\t_\tEntity=4)|SpaceAfter=No\n"
    "11\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n"
    "# text = Tanai's report followed.\n"
    "1-2\tTanai's\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "1\tTanai\tTanai\tPROPN\tNNP\t_\t3\tnmod:poss\t_\tEntity=(1-person-giv-x-cf1-1-coref-Zarak_Tanai)\n"
    "2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\t_\n"
    "3\treport\treport\tNOUN\tNN\t_\t4\tnsubj\t_\t_\n"
    "4\tfollowed\tfollow\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n";

TEST(ReadGumTest, RebuildsTextAndNamedSpans) {
  auto doc = ReadGumConllu(kConllu);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->text,
            "Colonel Zarak Tanai visited the Kandahar office in May 2019.\n"
            "Tanai's report followed.");
  // The organization's minimal span is a NOUN ("office"): not a name, not a span.
  EXPECT_EQ(Spans(*doc), "PERSON[Colonel Zarak Tanai] LOC[Kandahar] DATETIME[May 2019] PERSON[Tanai] ");
}

// One-sentence GUM documents (synthetic) and the gold spans they must give.
TEST(ReadGumTest, NamedSpansFollowMinimalSpans) {
  struct Case {
    const char* name;
    std::string conllu;
    const char* want;
  } cases[] = {
      {"minimal span drops the description",
       "1\tthe\tthe\tDET\tDT\t_\t3\tdet\t_\tEntity=(1-person-new-x-cf1-2,3,4,5-coref-Lina_Osei\n"
       "2\tfield\tfield\tNOUN\tNN\t_\t3\tcompound\t_\t_\n"
       "3\tmedic\tmedic\tNOUN\tNN\t_\t0\troot\t_\t_\n"
       "4\tLina\tLina\tPROPN\tNNP\t_\t3\tappos\t_\t_\n"
       "5\tOsei\tOsei\tPROPN\tNNP\t_\t4\tflat\t_\tEntity=1)\n",
       "PERSON[Lina Osei] "},
      {"coordinated persons are two names",
       "1\tAmon\tAmon\tPROPN\tNNP\t_\t0\troot\t_\tEntity=(1-person-new-x-cf1-1,2,3,4-sgl\n"
       "2\tand\tand\tCCONJ\tCC\t_\t3\tcc\t_\t_\n"
       "3\tRia\tRia\tPROPN\tNNP\t_\t1\tconj\t_\t_\n"
       "4\tVasko\tVasko\tPROPN\tNNP\t_\t3\tflat\t_\tEntity=1)\n",
       "PERSON[Amon] PERSON[Ria Vasko] "},
      {"a title with 'of' is no person name",
       "1\tProfessor\tProfessor\tPROPN\tNNP\t_\t0\troot\t_\tEntity=(1-person-new-x-cf1-1,2,3-sgl\n"
       "2\tof\tof\tADP\tIN\t_\t3\tcase\t_\t_\n"
       "3\tMusic\tMusic\tPROPN\tNNP\t_\t1\tnmod\t_\tEntity=1)\n",
       ""},
      {"organisations keep inner connectors",
       "1\tthe\tthe\tDET\tDT\t_\t2\tdet\t_\tEntity=(1-organization-new-x-cf1-2,3,4-sgl\n"
       "2\tBank\tBank\tPROPN\tNNP\t_\t0\troot\t_\t_\n"
       "3\tof\tof\tADP\tIN\t_\t4\tcase\t_\t_\n"
       "4\tNorvia\tNorvia\tPROPN\tNNP\t_\t2\tnmod\t_\tEntity=1)\n",
       "ORG[Bank of Norvia] "},
      {"a person name ends before 'of'",
       "1\tGeneral\tGeneral\tPROPN\tNNP\t_\t3\tcompound\t_\tEntity=(1-person-new-x-cf1-1,2,3,4,5-sgl\n"
       "2\tKeri\tKeri\tPROPN\tNNP\t_\t3\tflat\t_\t_\n"
       "3\tDolan\tDolan\tPROPN\tNNP\t_\t0\troot\t_\t_\n"
       "4\tof\tof\tADP\tIN\t_\t5\tcase\t_\t_\n"
       "5\tBrenmoor\tBrenmoor\tPROPN\tNNP\t_\t3\tnmod\t_\tEntity=1)\n",
       "PERSON[General Keri Dolan] "},
      {"a plural proper noun is a group, not a name",
       "1\tthe\tthe\tDET\tDT\t_\t2\tdet\t_\tEntity=(1-person-new-x-cf1-2-sgl\n"
       "2\tVarnians\tVarnian\tPROPN\tNNPS\t_\t0\troot\t_\tEntity=1)\n",
       ""},
      {"a role alone names no one",
       "1\tthe\tthe\tDET\tDT\t_\t2\tdet\t_\tEntity=(1-person-new-x-cf1-2-sgl\n"
       "2\tTsar\tTsar\tPROPN\tNNP\t_\t0\troot\t_\tEntity=1)\n",
       ""},
      {"a capitalised common noun is no part of the name",
       "1\tBiologist\tbiologist\tNOUN\tNN\t_\t3\tcompound\t_\tEntity=(1-person-new-x-cf1-1,2,3-sgl\n"
       "2\tNeri\tNeri\tPROPN\tNNP\t_\t3\tflat\t_\t_\n"
       "3\tBask\tBask\tPROPN\tNNP\t_\t0\troot\t_\tEntity=1)\n",
       "PERSON[Neri Bask] "},
      {"an appositive names the person when the minimal span does not",
       "1\this\this\tPRON\tPRP$\t_\t2\tnmod:poss\t_\tEntity=(1-person-new-x-cf1-2-sgl\n"
       "2\tson\tson\tNOUN\tNN\t_\t0\troot\t_\t_\n"
       "3\tJoral\tJoral\tPROPN\tNNP\t_\t2\tappos\t_\tEntity=1)\n",
       "PERSON[Joral] "},
      {"an epithet joins with 'the'",
       "1\tOrin\tOrin\tPROPN\tNNP\t_\t0\troot\t_\tEntity=(1-person-new-x-cf1-1,2,3-sgl\n"
       "2\tthe\tthe\tDET\tDT\t_\t3\tdet\t_\t_\n"
       "3\tBold\tBold\tPROPN\tNNP\t_\t1\tflat\t_\tEntity=1)\n",
       "PERSON[Orin the Bold] "},
      {"no minimal span field: the whole mention",
       "1\tKel\tKel\tPROPN\tNNP\t_\t0\troot\t_\tEntity=(1-place)\n",
       "LOC[Kel] "},
  };
  for (const Case& c : cases) {
    auto doc = ReadGumConllu(c.conllu);
    ASSERT_TRUE(doc.ok()) << c.name << ": " << doc.status().ToString();
    EXPECT_EQ(Spans(*doc), c.want) << c.name;
  }
}

TEST(ReadGumTest, RejectsMalformedLines) {
  EXPECT_FALSE(ReadGumConllu("1\tonly\tthree\n").ok());
}

TEST(ReadTabForTrainingTest, ConvertsCodePointOffsetsAndDropsMiscAndNoMask) {
  // "Ö" is two bytes: offsets after it shift by one.
  std::string json = R"([{"doc_id":"d1","text":"Öz met Mr Lund in Oslo.","annotations":{"annotator2":{"entity_mentions":[
    {"entity_type":"PERSON","start_offset":7,"end_offset":14,"span_text":"Mr Lund","identifier_type":"DIRECT","entity_id":"e1"},
    {"entity_type":"MISC","start_offset":0,"end_offset":2,"span_text":"Öz","identifier_type":"NO_MASK","entity_id":"e2"},
    {"entity_type":"LOC","start_offset":18,"end_offset":22,"span_text":"Oslo","identifier_type":"QUASI","entity_id":"e3"},
    {"entity_type":"ORG","start_offset":0,"end_offset":2,"span_text":"Öz","identifier_type":"NO_MASK","entity_id":"e4"}]}}}])";
  auto docs = ReadTabForTraining(json);
  ASSERT_TRUE(docs.ok()) << docs.status().ToString();
  ASSERT_EQ(docs->size(), 1u);
  EXPECT_EQ(Spans((*docs)[0]), "PERSON[Mr Lund] LOC[Oslo] ");
}

TEST(GoldClassesTest, LongerSpanWinsAndBioIsAssigned) {
  std::string text = "Bank of Kabul in Kabul";
  auto tokens = Tokenize(text);
  std::vector<TagSpan> spans = {{8, 13, TagLabel::kLoc, 1}, {0, 13, TagLabel::kOrg, 1}, {17, 22, TagLabel::kLoc, 1}};
  auto cls = tag_internal::GoldClasses(tokens, spans);
  using tag_internal::BeginClass;
  using tag_internal::InsideClass;
  int org = static_cast<int>(TagLabel::kOrg), loc = static_cast<int>(TagLabel::kLoc);
  EXPECT_EQ(cls, (std::vector<int>{BeginClass(org), InsideClass(org), InsideClass(org), 0, BeginClass(loc)}));
}

}  // namespace
}  // namespace tearline

namespace tearline {
namespace {

// WNUT-17 CoNLL written for this test: spans, labels, and the tweets left out.
TEST(WnutTest, ReadsTweetsAndLeavesOutDatesAndDemWords) {
  const std::string conll =
      "Met\tO\nKarim\tB-person\nSaberi\tI-person\nin\tO\nHerat\tB-location\n\t\n"          // kept
      "Visit\tO\nAcme\tB-corporation\nbooth\tO\nnow\tO\n\n"                                 // kept
      "Party\tO\non\tO\nMarch\tO\nfirst\tO\n\n"                                             // a month
      "See\tO\nyou\tO\nat\tO\n8\tO\n\n"                                                      // a digit
      "The\tO\nAfghan\tO\ndriver\tO\n\n"                                                     // a DEM word
      "New\tB-product\nPhone\tI-product\nby\tO\nZed\tB-group\n";                            // product untagged
  auto tweets = ReadWnutForTraining(conll, {"afghan"});
  ASSERT_TRUE(tweets.ok()) << tweets.status().ToString();
  ASSERT_EQ(tweets->size(), 3u);
  auto show = [](const AnnotatedText& t) {
    std::string s;
    for (const TagSpan& sp : t.spans) {
      s += std::string(TagLabelName(sp.label)) + ":" + t.text.substr(sp.begin, sp.end - sp.begin) + " ";
    }
    return s;
  };
  EXPECT_EQ((*tweets)[0].text, "Met Karim Saberi in Herat");
  EXPECT_EQ(show((*tweets)[0]), "PERSON:Karim Saberi LOC:Herat ");
  EXPECT_EQ(show((*tweets)[1]), "ORG:Acme ");
  EXPECT_EQ((*tweets)[2].text, "New Phone by Zed");
  EXPECT_EQ(show((*tweets)[2]), "ORG:Zed ");
  EXPECT_FALSE(ReadWnutForTraining("Word\tX-person\n", {}).ok());
}

}  // namespace
}  // namespace tearline

namespace tearline {
namespace {

// Synthetic reports written for this test: which lines train, their spans,
// and the words left unknown ("?word").
TEST(SyntheticTest, LeavesUnannotatedWordsUnknown) {
  const std::string names = "Karim Saberi\nKarim\nAK\nNoor\nkarim\n";
  const std::string places = "Herat\nKarim Abad\n";
  const std::set<std::string> dem = {"driver"};
  const std::set<std::string> common = {"met", "referral", "role", "us", "with"};
  const std::set<std::string> titles = {"brother", "col.", "mr"};
  struct Case {
    const char* name;
    std::string line;
    std::string want;  // the first copy's spans and unknown words; "" when the line is left out
  };
  const std::vector<Case> cases = {
      {"names and a place", "Met Karim Saberi in Herat", "PERSON:Karim Saberi LOC:Herat "},
      {"the longer string first", "Karim went to Karim Abad", "PERSON:Karim LOC:Karim Abad "},
      // "Noor" inside "Noorullah" is no span, and "Noorullah" an unlisted capital.
      {"not inside a word", "Noorullah met Karim", "PERSON:Karim ?Noorullah "},
      {"a digit and its neighbours", "Karim left at 8 pm today", "PERSON:Karim ?at ?8 ?pm "},
      {"a name inside an address", "Write to karim@example.org now", ""},
      {"an address beside a name", "Write to Karim at k.s@example.org now", "PERSON:Karim ?Write ?at ?k ?. ?s ?@ ?example ?. ?org ?now "},
      {"a DEM word", "Karim the driver left", "PERSON:Karim ?the ?driver ?left "},
      {"a month", "Karim came in March", "PERSON:Karim ?in ?March "},
      {"a weekday", "Karim left on Monday", "PERSON:Karim ?on ?Monday "},
      {"a capital outside the spans", "Karim of UNHCR", "PERSON:Karim ?UNHCR "},
      {"capitals beside it too", "Karim of Save The Children", "PERSON:Karim ?Save ?The ?Children "},
      {"a common word capitalised", "Referral: Karim", "PERSON:Karim "},
      {"a common word in capitals", "ROLE: Karim", "PERSON:Karim "},
      {"two capitals are no common word", "US with Karim", "PERSON:Karim ?US "},
      {"initials are unknown, not persons", "Karim and AK", "PERSON:Karim ?AK "},
      {"titles start a name", "Col. Mr Karim left", "PERSON:Col. Mr Karim "},
      {"a title one space before only", "Col.  Karim left", "PERSON:Karim ?Col. "},
      {"a title starts no place", "Col. Herat", "LOC:Herat ?Col. "},
      {"a title in small letters is a word", "his brother Karim", "PERSON:Karim "},
      {"a title with a capital", "Brother Karim", "PERSON:Brother Karim "},
      {"only initials", "AK left", ""},
      {"no span", "nothing here", ""},
  };
  for (const Case& c : cases) {
    const AnnotatedText t = ReadSyntheticForTraining(c.line + "\n", names, places, dem, common, titles);
    std::string got;
    for (const TagSpan& s : t.spans) {
      if (s.begin < c.line.size()) got += std::string(TagLabelName(s.label)) + ":" + t.text.substr(s.begin, s.end - s.begin) + " ";
    }
    for (const auto& [b, e] : t.unknown) {
      if (b < c.line.size()) got += "?" + t.text.substr(b, e - b) + " ";
    }
    if (t.text.empty()) got = "";
    EXPECT_EQ(got, c.want) << c.name;
  }
}

TEST(SyntheticTest, RepeatsALineWithItsPersonsBlanked) {
  const AnnotatedText t =
      ReadSyntheticForTraining("Karim met Noor in Herat\nin Herat only\n", "Karim\nNoor\n", "Herat\n", {}, {}, {});
  EXPECT_EQ(t.text, "Karim met Noor in Herat\n      met      in Herat\nin Herat only");
  std::string got;
  for (const TagSpan& s : t.spans) {
    got += std::string(TagLabelName(s.label)) + "@" + std::to_string(s.begin) + ":" + t.text.substr(s.begin, s.end - s.begin) + " ";
  }
  EXPECT_EQ(got, "PERSON@0:Karim PERSON@10:Noor LOC@18:Herat LOC@42:Herat LOC@51:Herat ");
  // Unknown words stay unknown in the blanked copy.
  const AnnotatedText u = ReadSyntheticForTraining("Karim of UNHCR\n", "Karim\n", "", {}, {}, {});
  EXPECT_EQ(u.text, "Karim of UNHCR\n      of UNHCR");
  ASSERT_EQ(u.unknown.size(), 2u);
  EXPECT_EQ(u.text.substr(u.unknown[0].first, u.unknown[0].second - u.unknown[0].first), "UNHCR");
  EXPECT_EQ(u.unknown[1].first, 24u);
  EXPECT_EQ(u.unknown[1].second, 29u);
}

}  // namespace
}  // namespace tearline

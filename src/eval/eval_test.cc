#include "tearline/eval.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

namespace tearline {
namespace {

std::vector<TabDocument> Tiny() {
  auto docs = LoadTab(std::string(TEARLINE_SOURCE_DIR) + "/src/eval/testdata/tiny_tab.json");
  EXPECT_TRUE(docs.ok()) << docs.status().ToString();
  return docs.ok() ? *docs : std::vector<TabDocument>{};
}

// Byte span of the first occurrence of s in doc's text.
std::pair<size_t, size_t> Span(const TabDocument& doc, std::string_view s) {
  size_t b = doc.text.find(s);
  EXPECT_NE(b, std::string::npos) << s;
  return {b, b + s.size()};
}

TEST(ParseTabTest, OffsetsBecomeBytesAndAnnotatorIsChosen) {
  auto docs = Tiny();
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].annotator, "annotator1");
  EXPECT_EQ(docs[1].annotator, "annotator3");  // smallest number, not "annotator12"
  ASSERT_EQ(docs[1].mentions.size(), 2u);
  const TabMention& m = docs[1].mentions[1];
  EXPECT_EQ(docs[1].text.substr(m.begin, m.end - m.begin), "EUR 500");
  EXPECT_EQ(docs[1].mentions[0].end, std::string("Ödön Gül").size());
}

TEST(ParseTabTest, RejectsBadInput) {
  const char* bad[] = {
      "not json",
      "{}",
      R"([{"doc_id":"x"}])",
      R"([{"doc_id":"x","text":"ab","annotations":{"annotator1":{"entity_mentions":[{"entity_type":"PERSON","start_offset":1,"end_offset":9,"identifier_type":"DIRECT","entity_id":"e"}]}}}])",
      R"([{"doc_id":"x","text":"ab","annotations":{"annotator1":{"entity_mentions":[{"entity_type":"PERSON","start_offset":2,"end_offset":1,"identifier_type":"DIRECT","entity_id":"e"}]}}}])",
      // Offsets must be integers: a fraction is not truncated, a huge float is not cast.
      R"([{"doc_id":"x","text":"ab","annotations":{"annotator1":{"entity_mentions":[{"entity_type":"PERSON","start_offset":0.5,"end_offset":1,"identifier_type":"DIRECT","entity_id":"e"}]}}}])",
      R"([{"doc_id":"x","text":"ab","annotations":{"annotator1":{"entity_mentions":[{"entity_type":"PERSON","start_offset":0,"end_offset":1e25,"identifier_type":"DIRECT","entity_id":"e"}]}}}])",
      R"([{"doc_id":"x","text":"ab","annotations":{"annotator1":{"entity_mentions":[{"entity_type":"PERSON","start_offset":0,"end_offset":"1","identifier_type":"DIRECT","entity_id":"e"}]}}}])",
      R"([{"doc_id":"x","text":"ab","annotations":{"annotator1":{"entity_mentions":[{"entity_type":"PERSON","start_offset":0,"end_offset":18446744073709551615,"identifier_type":"DIRECT","entity_id":"e"}]}}}])",
  };
  for (const char* b : bad) {
    auto r = ParseTab(b);
    ASSERT_FALSE(r.ok()) << b;
    EXPECT_EQ(r.status().code(), Status::Code::kBadInput) << b;
  }
}

TEST(CodePointToByteTest, Table) {
  std::string t = "aÖb";
  EXPECT_EQ(CodePointToByte(t, 0), 0u);
  EXPECT_EQ(CodePointToByte(t, 1), 1u);
  EXPECT_EQ(CodePointToByte(t, 2), 3u);
  EXPECT_EQ(CodePointToByte(t, 3), 4u);
  EXPECT_EQ(CodePointToByte(t, 4), SIZE_MAX);
}

TEST(ScoreMaskingTest, Table) {
  auto docs = Tiny();
  ASSERT_EQ(docs.size(), 2u);
  const auto& d0 = docs[0];
  const auto& d1 = docs[1];
  struct Case {
    const char* name;
    std::vector<MaskSpans> masks;
    double er_di, er_qi, token_recall, token_precision;
  } cases[] = {
      {"nothing masked", {{}, {}}, 0.0, 0.0, 0.0, 1.0},
      // Every DIRECT/QUASI mention masked exactly (10 gold tokens: 3+1+1+1 and 2+2).
      {"all gold masked",
       {{Span(d0, "Mr Zarak Tanai"), Span(d0, "1971"), Span(d0, "Herat"), {46, 51}},
        {Span(d1, "Ödön Gül"), Span(d1, "EUR 500")}},
       1.0, 1.0, 1.0, 1.0},
      // Second mention of Tanai missed: person p1 not protected.
      {"one mention missed",
       {{Span(d0, "Mr Zarak Tanai"), Span(d0, "1971"), Span(d0, "Herat")},
        {Span(d1, "Ödön Gül"), Span(d1, "EUR 500")}},
       0.5, 1.0, 9.0 / 10.0, 1.0},
      // Title left visible: the mention is not masked.
      {"title left visible",
       {{Span(d0, "Zarak Tanai"), {46, 51}}, {Span(d1, "Ödön Gül")}},
       0.5, 0.0, 5.0 / 10.0, 1.0},
      // Masking a NO_MASK org costs precision; punctuation is not a token.
      {"over-masking",
       {{Span(d0, "Hope Bank."), Span(d0, "1971")}, {{0, d1.text.size()}}},
       0.5, 2.0 / 3.0, 5.0 / 10.0, 5.0 / 8.0},
  };
  for (const Case& c : cases) {
    auto r = ScoreMasking(docs, c.masks);
    ASSERT_TRUE(r.ok()) << c.name;
    EXPECT_NEAR(r->er_di, c.er_di, 1e-9) << c.name;
    EXPECT_NEAR(r->er_qi, c.er_qi, 1e-9) << c.name;
    EXPECT_NEAR(r->token_recall, c.token_recall, 1e-9) << c.name;
    EXPECT_NEAR(r->token_precision, c.token_precision, 1e-9) << c.name;
  }
}

TEST(ScoreMaskingTest, PerTypeAndOutputs) {
  auto docs = Tiny();
  std::vector<MaskSpans> masks = {{Span(docs[0], "Herat")}, {Span(docs[1], "EUR 500")}};
  auto r = ScoreMasking(docs, masks);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->per_type["PERSON"].mentions, 3u);
  EXPECT_EQ(r->per_type["PERSON"].mentions_masked, 0u);
  EXPECT_EQ(r->per_type["LOC"].entities_protected, 1u);
  EXPECT_EQ(r->per_type.count("ORG"), 0u);  // NO_MASK only
  auto j = nlohmann::json::parse(EvalResultToJson(*r));
  EXPECT_EQ(j["qi_entities"], 3);
  EXPECT_EQ(j["per_type"]["QUANTITY"]["mentions_masked"], 1);
  std::string table = FormatEvalTable(*r);
  EXPECT_NE(table.find("ER_qi"), std::string::npos);
  EXPECT_EQ(table.find("Tanai"), std::string::npos);  // no document text in reports
}

TEST(ScoreMaskingTest, RejectsBadMasks) {
  auto docs = Tiny();
  EXPECT_EQ(ScoreMasking(docs, {{}}).status().code(), Status::Code::kInvalidArgument);
  EXPECT_FALSE(ScoreMasking(docs, {{{0, 10000}}, {}}).ok());
  EXPECT_FALSE(ScoreMasking(docs, {{{5, 2}}, {}}).ok());
}

}  // namespace
}  // namespace tearline

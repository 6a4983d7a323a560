#include <gtest/gtest.h>

#include "tearline/read.h"

namespace tearline {
namespace {

// Portions rendered as "P[b,e) L[b,e) T[b,e) H[b,e)".
std::string Render(const std::vector<Portion>& portions) {
  std::string out;
  for (const Portion& p : portions) {
    if (!out.empty()) out += ' ';
    out += "PLTH"[static_cast<int>(p.type)];
    out += "[" + std::to_string(p.begin) + "," + std::to_string(p.end) + ")";
  }
  return out;
}

TEST(PortionsTest, Table) {
  struct Case {
    const char* text;
    Format format;
    const char* want;
  };
  const Case cases[] = {
      {"one", Format::kText, "P[0,3)"},
      {"one\ntwo\n\nthree\n", Format::kText, "P[0,7) P[9,14)"},
      {"one\r\ntwo\r\n\r\nthree", Format::kText, "P[0,8) P[12,17)"},
      {"\xEF\xBB\xBFhello\n", Format::kText, "P[3,8)"},
      {"intro\n- a\n- b\n  more b\n\nend", Format::kMarkdown, "P[0,5) L[6,9) L[10,22) P[24,27)"},
      {"1. first\n2) second", Format::kText, "L[0,8) L[9,18)"},
      {"|a|b|\n|---|---|\n|c|d|\n", Format::kMarkdown, "T[0,5) T[16,21)"},
      {"# Title\ntext", Format::kMarkdown, "H[0,7) P[8,12)"},
      {"# not a heading in text\ntext", Format::kText, "P[0,28)"},
      {"  \n\t\n", Format::kText, ""},
      {"-not a list\n", Format::kText, "P[0,11)"},
      {"3.5 million people moved", Format::kText, "P[0,24)"},
      {"1.No space after the dot", Format::kText, "P[0,24)"},
  };
  for (const Case& c : cases) EXPECT_EQ(Render(SplitPortions(c.text, c.format)), c.want) << c.text;
}

TEST(ReadTest, RefusesBadInputWithOffsets) {
  struct Case {
    std::string bytes;
    const char* message_part;
  };
  const Case cases[] = {
      {"", "input is empty"},
      {"\xEF\xBB\xBF", "input is empty"},
      {std::string("ab\0cd", 5), "NUL byte at offset 2"},
      {"caf\xC3\xA9 ok \xC3(", "invalid byte sequence at offset 9"},
      {"\xFF\xFE", "offset 0"},
  };
  for (const Case& c : cases) {
    auto r = ReadDocument(c.bytes, Format::kText);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.status().code(), Status::Code::kBadInput);
    EXPECT_NE(r.status().message().find(c.message_part), std::string::npos) << r.status().message();
  }
}

TEST(ReadTest, SizeLimit) {
  ReadOptions options;
  options.max_bytes = 4;
  EXPECT_TRUE(ReadDocument("abcd", Format::kText, options).ok());
  auto r = ReadDocument("abcde", Format::kText, options);
  EXPECT_EQ(r.status().code(), Status::Code::kBadInput);
  EXPECT_NE(r.status().message().find("limit"), std::string::npos);
}

TEST(ReadTest, KeepsBytesUnchanged) {
  std::string input = "\xEF\xBB\xBF(U) line one\r\n\r\n(S) two\r\n";
  auto r = ReadDocument(input, Format::kText);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text, input);
  EXPECT_EQ(Render(r->portions), "P[3,15) P[19,26)");
}

TEST(FormatTest, ByExtension) {
  EXPECT_EQ(*FormatForPath("a/report.md"), Format::kMarkdown);
  EXPECT_EQ(*FormatForPath("R.MARKDOWN"), Format::kMarkdown);
  EXPECT_EQ(*FormatForPath("report.txt"), Format::kText);
  EXPECT_EQ(*FormatForPath("-"), Format::kText);
  EXPECT_EQ(*FormatForPath("README"), Format::kText);
  EXPECT_EQ(*FormatForPath("dir.v2/README"), Format::kText);
  EXPECT_EQ(FormatForPath("report.pdf").status().code(), Status::Code::kBadInput);
  EXPECT_EQ(FormatForPath("report.docx").status().code(), Status::Code::kBadInput);
}

}  // namespace
}  // namespace tearline

#include <gtest/gtest.h>

#include "tearline/records.h"

namespace tearline {
namespace {

// "col|col;v|v;v|v" with the line number of each record after '@'.
std::string Dump(const CsvTable& t) {
  std::string out;
  for (size_t c = 0; c < t.num_columns(); ++c) out += (c ? "|" : "") + t.columns[c];
  for (size_t r = 0; r < t.records.size(); ++r) {
    out += ";";
    for (size_t c = 0; c < t.num_columns(); ++c) out += (c ? "|" : "") + t.value(r, c);
    out += "@" + std::to_string(t.records[r].line);
  }
  return out;
}

TEST(CsvTest, ParsesRfc4180) {
  struct Case { std::string in, want; } cases[] = {
      {"a,b\n1,2\n", "a|b;1|2@2"},
      {"a,b\r\n1,2\r\n3,4", "a|b;1|2@2;3|4@3"},
      {"\xEF\xBB\xBF" "a,b\n1,2\n", "a|b;1|2@2"},
      {"a,b\n\"x, y\",\"say \"\"hi\"\"\"\n", "a|b;x, y|say \"hi\"@2"},
      {"a,b\n\"two\nlines\",z\nnext,1\n", "a|b;two\nlines|z@2;next|1@4"},
      {"a,b\n\"crlf\r\ninside\",z\r\n", "a|b;crlf\r\ninside|z@2"},
      {"a,b\n,\n\"\",\"\"\n", "a|b;|@2;|@3"},
      {"\"h,1\",h2\n1,2\n", "h,1|h2;1|2@2"},
      {"only\n\nx\n", "only;@2;x@3"},
      {"a,b\n", "a|b"},
      {"a,b", "a|b"},
      {"name,city\nZ\xC3\xA9la,\xD9\x83\xD8\xA7\xD8\xA8\xD9\x84\n", "name|city;Z\xC3\xA9la|\xD9\x83\xD8\xA7\xD8\xA8\xD9\x84@2"},
  };
  for (const auto& c : cases) {
    auto t = ParseCsv(c.in);
    ASSERT_TRUE(t.ok()) << c.in << ": " << t.status().ToString();
    EXPECT_EQ(Dump(*t), c.want) << c.in;
  }
}

TEST(CsvTest, RawSpansKeepQuotes) {
  auto t = ParseCsv("a,b\n\"q\",p\n");
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->raw(0, 0), "\"q\"");
  EXPECT_TRUE(t->field(0, 0).quoted);
  EXPECT_EQ(t->raw(0, 1), "p");
}

TEST(CsvTest, RefusesMalformedWithLine) {
  struct Case { std::string in, want; } cases[] = {
      {"a,b\n1,2\n3,4,5\n", "line 3: expected 2 fields, found 3"},
      {"a,b\n1,2\n3\n", "line 3: expected 2 fields, found 1"},
      {"a,b\n1,2\n\n", "line 3: expected 2 fields, found 1"},
      {"a,b\n1,\"open\n2,3\n", "line 2: unterminated quoted field"},
      {"a,b\n1,x\"y\n", "line 2: quote inside an unquoted field 2"},
      {"a,b\n\"x\"y,1\n", "line 2: text after a closing quote in field 1"},
      {"a,b\n1,2\r3,4\n", "line 2: bare carriage return"},
      {"a,a\n1,2\n", "line 1: duplicate column name"},
      {"a,b\n1,2\n3,\xff\n", "line 3: invalid UTF-8 in column 'b'"},
      {"a,b\n1,\"x\ny\"\n3,z\xC0\xAF\n", "line 4: invalid UTF-8 in column 'b'"},
      {std::string("a,b\n1,2\0\n", 9), "NUL byte"},
      {"", "empty"},
      {"\xEF\xBB\xBF", "empty"},
  };
  for (const auto& c : cases) {
    auto t = ParseCsv(c.in);
    ASSERT_FALSE(t.ok()) << c.in;
    EXPECT_EQ(t.status().code(), Status::Code::kBadInput);
    EXPECT_NE(t.status().message().find(c.want), std::string::npos) << t.status().message();
  }
}

TEST(CsvTest, ErrorNeverQuotesTheValue) {
  auto t = ParseCsv("name,phone\nHidden Person,0700\xff" "123\n");
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.status().message().find("Hidden"), std::string::npos);
  EXPECT_EQ(t.status().message().find("0700"), std::string::npos);
}

TEST(CsvTest, SizeLimit) {
  CsvOptions o;
  o.max_bytes = 4;
  EXPECT_EQ(ParseCsv("a,b\n1,2\n", o).status().code(), Status::Code::kBadInput);
}

TEST(CsvTest, AppendCsvFieldQuotesOnlyWhenNeeded) {
  struct Case { std::string in, want; } cases[] = {
      {"plain", "plain"}, {"", ""}, {"a,b", "\"a,b\""}, {"say \"x\"", "\"say \"\"x\"\"\""},
      {"l1\nl2", "\"l1\nl2\""}, {" pad", "\" pad\""}, {"cr\r", "\"cr\r\""},
  };
  for (const auto& c : cases) {
    std::string out;
    AppendCsvField(c.in, &out);
    EXPECT_EQ(out, c.want);
    // Round trip through the parser.
    auto t = ParseCsv("h\n" + out + "\n");
    ASSERT_TRUE(t.ok()) << out;
    if (!c.in.empty()) {
      EXPECT_EQ(t->value(0, 0), c.in);
    }
  }
}

TEST(CsvTest, PassThroughIsByteExact) {
  const std::string inputs[] = {
      "a,b\n1,2\n", "\xEF\xBB\xBF" "a,b\r\n\"1\",\"x\"\"y\"\r\n3,4", "a,b\n\"m\nl\",2\r\n5,6\n",
  };
  for (const auto& in : inputs) {
    auto t = ParseCsv(in);
    ASSERT_TRUE(t.ok());
    FieldPolicy p;
    p.keep_unlisted = true;
    auto r = ReleaseCsv(*t, p);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->output, in);
  }
}

TEST(CsvTest, RecordFormatForPath) {
  EXPECT_EQ(*RecordFormatForPath("x/list.CSV"), RecordFormat::kCsv);
  EXPECT_EQ(*RecordFormatForPath("a.jsonl"), RecordFormat::kJsonl);
  EXPECT_EQ(*RecordFormatForPath("a.ndjson"), RecordFormat::kJsonl);
  EXPECT_FALSE(RecordFormatForPath("a.xlsx").ok());
}

}  // namespace
}  // namespace tearline

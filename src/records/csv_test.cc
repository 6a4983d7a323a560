#include <gtest/gtest.h>

#include <algorithm>
#include <random>

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

// A wide header over many short lines: the reader must not reserve room for
// columns x lines fields (here 480 GB, which throws std::bad_alloc).
TEST(CsvTest, WideHeaderOverManyLinesIsRefusedCheaply) {
  std::string in;
  for (int c = 0; c < 20000; ++c) in += (c ? ",c" : "c") + std::to_string(c);
  in += "\n";
  in.append(1000000, '\n');
  auto t = ParseCsv(in);
  ASSERT_FALSE(t.ok());
  EXPECT_NE(t.status().message().find("line 2: expected 20000 fields, found 1"), std::string::npos)
      << t.status().message();
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

// ---------------------------------------------------------------- differential

// A slow reference reader for the same contract: one byte at a time, every
// line number counted from the start of the input, its own strict UTF-8 check
// (Unicode Table 3-7). It returns the error message or a dump of the table.
size_t RefInvalidUtf8(const std::string& s) {
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) { ++i; continue; }
    size_t len = 0;
    unsigned lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) len = 2;
    else if (c == 0xE0) len = 3, lo = 0xA0;
    else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) len = 3;
    else if (c == 0xED) len = 3, hi = 0x9F;
    else if (c == 0xF0) len = 4, lo = 0x90;
    else if (c >= 0xF1 && c <= 0xF3) len = 4;
    else if (c == 0xF4) len = 4, hi = 0x8F;
    else return i;
    if (i + len > s.size()) return i;
    const auto c1 = static_cast<unsigned char>(s[i + 1]);
    if (c1 < lo || c1 > hi) return i;
    for (size_t k = 2; k < len; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return i;
    i += len;
  }
  return std::string::npos;
}

struct RefField { size_t b = 0, e = 0; bool q = false; std::string v; };
struct RefRecord { size_t b = 0, e = 0, te = 0, line = 0; std::vector<RefField> f; };

std::string DumpSpans(size_t bom, const std::vector<RefRecord>& recs) {
  std::string out = "bom=" + std::to_string(bom);
  for (const RefRecord& r : recs) {
    out += "\n[" + std::to_string(r.b) + "," + std::to_string(r.e) + "," + std::to_string(r.te) + "]@" +
           std::to_string(r.line);
    for (const RefField& f : r.f)
      out += " (" + std::to_string(f.b) + "," + std::to_string(f.e) + (f.q ? ",q" : "") + ")=" + f.v;
  }
  return out;
}

// "ok\n<dump>" or "error: <message>".
std::string RefParse(const std::string& in) {
  const size_t n = in.size();
  auto line_of = [&](size_t i) { return 1 + static_cast<size_t>(std::count(in.begin(), in.begin() + i, '\n')); };
  auto err = [&](size_t line, const std::string& what) {
    return "error: CSV line " + std::to_string(line) + ": " + what;
  };
  const size_t bom = in.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  if (n == bom) return "error: CSV input is empty (a header row is required)";
  for (size_t i = 0; i < n; ++i)
    if (in[i] == '\0') return err(line_of(i), "NUL byte at byte offset " + std::to_string(i));
  auto crlf = [&](size_t i) { return i + 1 < n && in[i] == '\r' && in[i + 1] == '\n'; };
  std::vector<RefRecord> recs;
  size_t i = bom;
  while (i < n) {
    RefRecord r;
    r.b = i;
    r.line = line_of(i);
    while (true) {
      RefField f;
      f.b = i;
      if (i < n && in[i] == '"') {
        f.q = true;
        ++i;
        while (true) {
          if (i == n) return err(line_of(f.b), "unterminated quoted field");
          if (in[i] == '"' && i + 1 < n && in[i + 1] == '"') { f.v += '"'; i += 2; continue; }
          if (in[i] == '"') { ++i; break; }
          f.v += in[i++];
        }
        if (i < n && in[i] != ',' && in[i] != '\n' && !crlf(i))
          return err(line_of(i), "text after a closing quote in field " + std::to_string(r.f.size() + 1));
      } else {
        while (i < n && in[i] != ',' && in[i] != '\n' && !crlf(i)) {
          if (in[i] == '"') return err(line_of(i), "quote inside an unquoted field " + std::to_string(r.f.size() + 1));
          if (in[i] == '\r') return err(line_of(i), "bare carriage return outside quotes");
          f.v += in[i++];
        }
      }
      f.e = i;
      r.f.push_back(f);
      if (i < n && in[i] == ',') { ++i; continue; }
      break;
    }
    r.e = i;
    if (i < n) i += in[i] == '\r' ? 2 : 1;
    r.te = i;
    if (recs.empty()) {
      for (size_t c = 0; c < r.f.size(); ++c)
        for (size_t d = 0; d < c; ++d)
          if (r.f[c].v == r.f[d].v)
            return err(r.line, "duplicate column name in header (column " + std::to_string(c + 1) + ")");
    } else if (r.f.size() != recs[0].f.size()) {
      return err(r.line, "expected " + std::to_string(recs[0].f.size()) + " fields, found " +
                             std::to_string(r.f.size()));
    }
    recs.push_back(r);
  }
  if (size_t at = RefInvalidUtf8(in); at != std::string::npos) {
    std::string where = "a field";
    for (size_t k = 0; k < recs.size(); ++k) {
      if (at < recs[k].b || at >= recs[k].te) continue;
      for (size_t c = 0; c < recs[k].f.size(); ++c)
        if (at >= recs[k].f[c].b && at < recs[k].f[c].e) where = k == 0 ? "header" : "column '" + recs[0].f[c].v + "'";
    }
    return err(line_of(at), "invalid UTF-8 in " + where + " at byte offset " + std::to_string(at));
  }
  return "ok\n" + DumpSpans(bom, recs);
}

// The same dump for a parsed table.
std::string DumpTable(const CsvTable& t) {
  std::vector<RefRecord> recs;
  auto add = [&](const CsvRecord& rec, auto field, auto value) {
    RefRecord r{rec.begin, rec.end, rec.term_end, rec.line, {}};
    for (size_t c = 0; c < t.num_columns(); ++c) {
      const CsvField& f = field(c);
      r.f.push_back({f.begin, f.end, f.quoted, value(c)});
    }
    recs.push_back(r);
  };
  EXPECT_EQ(t.header_fields.size(), t.columns.size());
  add(t.header, [&](size_t c) { return t.header_fields[c]; }, [&](size_t c) { return t.columns[c]; });
  EXPECT_EQ(t.fields.size(), t.records.size() * t.num_columns());
  for (size_t row = 0; row < t.records.size(); ++row)
    add(t.records[row], [&](size_t c) { return t.field(row, c); }, [&](size_t c) { return t.value(row, c); });
  return DumpSpans(t.bom, recs);
}

// Random CSV-ish text: mostly well-formed tables (long fields, quoted fields
// with "" and line breaks, LF/CRLF, BOM), some mutated, some token soup.
std::string RandomCsv(std::mt19937& rng) {
  auto pick = [&](size_t k) { return std::uniform_int_distribution<size_t>(0, k - 1)(rng); };
  static const char* const kPlain[] = {"a", "b", "x y", " ", "1", "\xC3\xA9", "\xE2\x82\xAC", "\xF0\x9F\x99\x82"};
  static const char* const kQuoted[] = {"a", ",", "\"\"", "\n", "\r\n", "\r", " ", "\xC3\xA9", "zzzzzzzz"};
  static const char* const kSoup[] = {"a", ",", "\"", "\n", "\r\n", "\r", "\"\"", "\xC3\xA9", "\xff", "\xC0\xAF",
                                      "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xE2\x82", "bbbbbbbbbbbbbbbbbb"};
  static const char kMutate[] = {',', '"', '\n', '\r', 'a', ' ', '\xff', '\xC0', '\xE2', '\0'};
  std::string s = pick(5) == 0 ? "\xEF\xBB\xBF" : "";
  if (pick(4) == 0) {
    for (size_t k = pick(40); k > 0; --k) s += kSoup[pick(std::size(kSoup))];
    return s;
  }
  const size_t cols = 1 + pick(4), rows = pick(6);
  for (size_t r = 0; r <= rows; ++r) {
    for (size_t c = 0; c < cols; ++c) {
      if (c) s += ',';
      std::string v = r == 0 && pick(8) != 0 ? "h" + std::to_string(c) : "";
      const bool quoted = pick(3) == 0;
      for (size_t k = pick(pick(2) ? 4 : 40); k > 0; --k)
        v += quoted ? kQuoted[pick(std::size(kQuoted))] : kPlain[pick(std::size(kPlain))];
      s += quoted ? "\"" + v + "\"" : v;
    }
    if (r < rows || pick(3) != 0) s += pick(2) ? "\n" : "\r\n";
  }
  for (size_t m = pick(2) ? 0 : 1 + pick(2); m > 0 && !s.empty(); --m) {
    const size_t at = pick(s.size());
    char b = kMutate[pick(std::size(kMutate))];
    if (b == '\0' && pick(4) != 0) b = 'q';
    switch (pick(3)) {
      case 0: s.insert(s.begin() + static_cast<long>(at), b); break;
      case 1: s[at] = b; break;
      default: s.erase(at, 1);
    }
  }
  return s;
}

TEST(CsvTest, MatchesSlowReferenceOnRandomInputs) {
  std::mt19937 rng(20240611);
  size_t ok = 0, failed = 0;
  for (int i = 0; i < 5000; ++i) {
    const std::string in = RandomCsv(rng);
    const std::string want = RefParse(in);
    auto t = ParseCsv(in);
    const std::string got = t.ok() ? "ok\n" + DumpTable(*t) : "error: " + t.status().message();
    ASSERT_EQ(got, want) << "input #" << i << " (" << in.size() << " bytes)";
    if (t.ok()) {
      ++ok;
    } else {
      ++failed;
      EXPECT_EQ(t.status().code(), Status::Code::kBadInput);
    }
  }
  // Both outcomes must be well represented for the comparison to mean much.
  EXPECT_GT(ok, 1000u);
  EXPECT_GT(failed, 1000u);
}

TEST(CsvTest, LargeTablePassThrough) {
  // Large enough for the reader's multi-megabyte field and record arrays.
  std::string in = "id,name,note\r\n";
  for (int i = 0; i < 200000; ++i)
    in += std::to_string(i) + (i % 7 ? ",plain value," : ",\"quoted, \"\"x\"\"\n2\",") + std::to_string(i % 13) + "\n";
  auto t = ParseCsv(in);
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  ASSERT_EQ(t->records.size(), 200000u);
  EXPECT_EQ(t->value(7, 1), "quoted, \"x\"\n2");
  EXPECT_EQ(t->records[8].line, 2u + 8u + 2u);  // two quoted line breaks before record 8
  EXPECT_EQ(t->raw(199999, 0), "199999");
  FieldPolicy keep;
  keep.keep_unlisted = true;
  auto r = ReleaseCsv(*t, keep);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->output, in);
}

TEST(CsvTest, RecordFormatForPath) {
  EXPECT_EQ(*RecordFormatForPath("x/list.CSV"), RecordFormat::kCsv);
  EXPECT_EQ(*RecordFormatForPath("a.jsonl"), RecordFormat::kJsonl);
  EXPECT_EQ(*RecordFormatForPath("a.ndjson"), RecordFormat::kJsonl);
  EXPECT_FALSE(RecordFormatForPath("a.xlsx").ok());
}

}  // namespace
}  // namespace tearline

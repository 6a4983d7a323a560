// Differential test: a slow reference engine (RE2, test-only) produces the raw
// matches of the SAME pattern table that Hyperscan compiles, and the SAME
// pipeline (patterns::ResolveRawMatches) turns them into findings. The two
// must agree on every input: the table cases plus random strings.
#include <gtest/gtest.h>
#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "tearline/detect.h"
#include "tearline/patterns.h"
#include "text_dates.h"

namespace tearline {
namespace {

using patterns::PatternSpec;
using patterns::RawMatch;

// For each pattern and each end e at which it matches, the smallest start s
// such that text[s, e) matches, with \b evaluated against the whole text.
class ReferenceEngine {
 public:
  ReferenceEngine() {
    for (const PatternSpec& p : patterns::PatternTable()) {
      RE2::Options opt;
      opt.set_encoding(RE2::Options::EncodingLatin1);  // bytes, like Hyperscan without HS_FLAG_UTF8
      opt.set_case_sensitive(!p.caseless);
      opt.set_longest_match(true);
      opt.set_log_errors(false);
      opt.set_max_mem(64 << 20);
      res_.push_back(std::make_unique<RE2>(p.regex, opt));
    }
  }
  bool ok(std::string* error) const {
    for (size_t i = 0; i < res_.size(); ++i) {
      if (!res_[i]->ok()) {
        *error = std::string(patterns::PatternTable()[i].name) + ": " + res_[i]->error();
        return false;
      }
    }
    return true;
  }

  std::vector<RawMatch> Match(std::string_view text) const {
    std::vector<RawMatch> out;
    for (size_t p = 0; p < res_.size(); ++p) MatchRow(text, p, out);
    return out;
  }

  // The raw matches of row p, appended to out in end order.
  void MatchRow(std::string_view text, size_t p, std::vector<RawMatch>& out) const {
    const size_t n = text.size();
    std::vector<size_t> start_of_end;
    {
      const RE2& re = *res_[p];
      if (!RE2::PartialMatch(text, re)) return;
      start_of_end.assign(n + 1, SIZE_MAX);
      for (size_t s = 0; s < n; ++s) {
        re2::StringPiece m;
        // Longest match anchored at s: every end of a match from s is <= its end.
        if (!re.Match(text, s, n, RE2::ANCHOR_START, &m, 1)) continue;
        size_t longest = s + m.size();
        for (size_t e = s + 1; e <= longest; ++e) {
          if (start_of_end[e] != SIZE_MAX) continue;  // an earlier start already ends here
          if (e == longest || re.Match(text, s, e, RE2::ANCHOR_BOTH, nullptr, 0)) start_of_end[e] = s;
        }
      }
      for (size_t e = 1; e <= n; ++e) {
        if (start_of_end[e] != SIZE_MAX) out.push_back(RawMatch{static_cast<uint32_t>(p), start_of_end[e], e});
      }
    }
  }

 private:
  std::vector<std::unique_ptr<RE2>> res_;
};

std::string Fast(const Detector& d, DetectorScratch& scratch, std::string_view text) {
  VectorSink sink;
  Status st = d.Scan(text, scratch, sink);
  return st.ok() ? FindingsToString(sink.findings) : "error: " + st.ToString();
}

std::string Slow(const ReferenceEngine& ref, std::string_view text) {
  std::vector<RawMatch> raw = ref.Match(text);
  patterns::ResolveBuffers buffers;
  VectorSink sink;
  patterns::ResolveRawMatches(text, raw, PatternOptions().min_confidence, buffers, sink);
  return FindingsToString(sink.findings);
}

// Random strings built from fragments that exercise every pattern family.
std::string RandomText(std::mt19937& rng) {
  static const std::vector<std::string> kFragments = {
      "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "07", "0300", "0799", "202", "555", "0143",
      "1234", "4567", "12345", "67890", "2021", "2019", "1999", "34", "69", "95", "4111", "1111",
      " ", " ", " ", "  ", "-", "-", ".", ".", "/", ":", "::", ",", ", ", "(", ")", "+", "+93 ", "+1 ",
      "°", "º", "'", "\"", "′", "″", "’", "''", "N", "S", "E", "W", "T", "Z", "@", "_", "%", "#",
      "a", "b", "x", "KBL", "AB", "P", "DE", "GB", "WD", "SWD", "42S", "fe80", "db8", "ff",
      "March", "Mar", "May", "Sept", "DECEMBER", "march", "st", "nd", "rd", "th", " of ",
      "tel ", "phone ", "mobile ", "call ", "whatsapp ", "contact ", "passport no. ", "tazkira ",
      "national ID ", "case ", "case no. ", "application no. ", "ref ", "no. ", "plate ", "id ",
      "serial ", "lat ", "grid ", "card ", "http://", "https://", "www.", ".com", ".org", "example",
      "\n", "\t", "é", "—", "\xff"};
  std::uniform_int_distribution<size_t> pick(0, kFragments.size() - 1);
  std::uniform_int_distribution<int> len(1, 30);
  std::string s;
  for (int i = len(rng); i > 0; --i) s += kFragments[pick(rng)];
  return s;
}

const Detector& TheDetector() {
  static const Detector* d = [] {
    auto r = CompilePatternDetector();
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? std::move(r).value().release() : nullptr;
  }();
  return *d;
}

TEST(Differential, ReferenceCompilesEveryPattern) {
  ReferenceEngine ref;
  std::string error;
  EXPECT_TRUE(ref.ok(&error)) << error;
}

TEST(Differential, HandWrittenInputs) {
  ReferenceEngine ref;
  auto scratch = TheDetector().NewScratch();
  const char* inputs[] = {
      "call +93 70 123 4567 now",
      "+44 (0)20 7946 0958 and (202) 555-0143 or 202-555-0143",
      "0799 123 456, 070 123 4567, 0300-1234567, 0912 345 6789, 98765 43210, 07700 900123",
      "mail jo.doe+x@example-mail.org, ...x@y.org and see https://example.org/a/b?q=1.",
      "www.example.com/path, 192.168.10.254, 2001:db8::ff00:42:8329, ::1, 10:15:00",
      "card 4111 1111 1111 1111; IBAN DE89 3704 0044 0532 0130 00; GB82WEST12345698765432",
      "passport no. P1234567, tazkira no. 1400-0101-12345, application no. 12345/06",
      "case 2021-KBL-0042 and plate KBL-4471-X, serial 88123456789, ref 2021-KBL-0042",
      "34.5553, 69.2075; 34.5553° N, 69.2075° E; N34.5553 E69.2075; 95.1234, 69.2075",
      "34°33'19\"N 69°12'27\"E and 34° 33′ 19″ N, 69° 12′ 27″ E, N 34°33'19\" E 69°12'27\"",
      "grid 42S WD 12345 67890, 42SWD1234567890, 42S WD 1234 67890, 42IWD1234567890",
      "03/04/2021, 3.4.2021, 31/02/2021, 2021-03-04T10:15:00Z, 2021-13-01, 2021/03/04",
      "on 3 March 2021, March 3, 2021, the 3rd of March, Mar. 3, March 2021, 30 February 2021",
      "in 2019 there were 300 people; cost $1,250,000.00; 1.2.3.4.5; COVID-19",
  };
  for (const char* in : inputs) EXPECT_EQ(Fast(TheDetector(), *scratch, in), Slow(ref, in)) << "input: " << in;
}

TEST(Differential, RandomInputs) {
  ReferenceEngine ref;
  auto scratch = TheDetector().NewScratch();
  std::mt19937 rng(20240817);
  int nonempty = 0, mismatches = 0;
  for (int i = 0; i < 3000; ++i) {
    std::string text = RandomText(rng);
    std::string fast = Fast(TheDetector(), *scratch, text);
    std::string slow = Slow(ref, text);
    nonempty += !slow.empty();
    if (fast != slow && ++mismatches <= 10) {
      ADD_FAILURE() << "case " << i << " input: [" << text << "]\n fast: " << fast << "\n slow: " << slow;
    }
  }
  EXPECT_EQ(mismatches, 0);
  // The generator must actually exercise the patterns.
  EXPECT_GT(nonempty, 600);
}

// Dense coordinate-like texts: the coordinate patterns are scanned without
// start of match and their starts recovered in windows around the match ends;
// long space runs, adjacent matches and word edges must not change findings.
std::string CoordinateText(std::mt19937& rng) {
  static const std::vector<std::string> kFragments = {
      "34.5553", "69.2075", "-33.91", "151.21", "1.25", "0.5", "34", "69", "12", "5", "°", "º", "'", "′",
      "’", "\"", "″", "”", "''", " N", " S", " E", " W", "N", "S", "E", "W", "N ", "E ", ",", ", ", ";", "/",
      " ", "  ", "       ", "x", "ab", "_", "-", "+", "lat ", "grid ", "\n", "é"};
  std::uniform_int_distribution<size_t> pick(0, kFragments.size() - 1);
  std::uniform_int_distribution<int> len(1, 60);
  std::string s;
  for (int i = len(rng); i > 0; --i) s += kFragments[pick(rng)];
  return s;
}

TEST(Differential, CoordinateInputs) {
  ReferenceEngine ref;
  auto scratch = TheDetector().NewScratch();
  std::mt19937 rng(4242);
  int coordinates = 0, mismatches = 0;
  for (int i = 0; i < 3000; ++i) {
    std::string text = CoordinateText(rng);
    std::string fast = Fast(TheDetector(), *scratch, text);
    std::string slow = Slow(ref, text);
    coordinates += slow.find("COORDINATE") != std::string::npos;
    if (fast != slow && ++mismatches <= 10) {
      ADD_FAILURE() << "case " << i << " input: [" << text << "]\n fast: " << fast << "\n slow: " << slow;
    }
  }
  EXPECT_EQ(mismatches, 0);
  EXPECT_GT(coordinates, 40);
}

// Dense month-name date texts: every month name of the regexes, days,
// suffixes, " of", years and the separators around them.
std::string DateText(std::mt19937& rng) {
  // In fragments, '<' stands for a random month name, '#' for a day and '=' for
  // a year; the templates make date-like runs frequent.
  static const std::vector<std::string> kFragments = {
      "<", "<", "#", "#", "=", " ", " ", " ", " ", "  ", "# <", "< #", "# < =", "< #, =", "#th of <",
      "< #st", "<. #", "< =", "# of <., =", "#rd <. =", "< #. =", "< # =", "< #,=", " of ", "of", "st", "nd",
      "rd", "th", ".", ",", ", ",
      ". ", "., ", "-", "_", "x", "a", "\n", "é", "march", "mAY", "0"};
  static const std::vector<std::string> kDays = {"1", "3", "9", "12", "29", "31", "123", "0"};
  static const std::vector<std::string> kYears = {"2021", "1999", "20211", "202"};
  const std::span<const std::string_view> months = patterns::MonthNames();
  std::uniform_int_distribution<size_t> pick(0, kFragments.size() - 1);
  std::uniform_int_distribution<size_t> month(0, months.size() - 1);
  std::uniform_int_distribution<size_t> day(0, kDays.size() - 1);
  std::uniform_int_distribution<size_t> year(0, kYears.size() - 1);
  std::uniform_int_distribution<int> len(1, 20);
  std::string s;
  for (int i = len(rng); i > 0; --i) {
    for (char c : kFragments[pick(rng)]) {
      if (c == '<') {
        s += months[month(rng)];
      } else if (c == '#') {
        s += kDays[day(rng)];
      } else if (c == '=') {
        s += kYears[year(rng)];
      } else {
        s += c;
      }
    }
  }
  return s;
}

size_t RowIndex(std::string_view name) {
  auto table = patterns::PatternTable();
  for (size_t i = 0; i < table.size(); ++i) {
    if (name == table[i].name) return i;
  }
  return SIZE_MAX;
}

bool IsWordByte(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_'; }

// The hand-written date matcher, called at every month name with \b on both
// sides, yields exactly the reference raw matches of the two date rows.
TEST(Differential, TextDateRawMatches) {
  ReferenceEngine ref;
  const size_t dm = RowIndex("date_day_month"), md = RowIndex("date_month_day");
  ASSERT_NE(dm, SIZE_MAX);
  ASSERT_NE(md, SIZE_MAX);
  std::mt19937 rng(777);
  int dates = 0, mismatches = 0;
  for (int i = 0; i < 4000; ++i) {
    std::string text = DateText(rng);
    std::vector<RawMatch> want, got;
    ref.MatchRow(text, dm, want);
    ref.MatchRow(text, md, want);
    for (std::string_view m : patterns::MonthNames()) {
      for (size_t b = text.find(m); b != std::string::npos; b = text.find(m, b + 1)) {
        const size_t e = b + m.size();
        if ((b > 0 && IsWordByte(text[b - 1])) || (e < text.size() && IsWordByte(text[e]))) continue;
        patterns::MatchTextDates(text, b, e, static_cast<uint32_t>(dm), static_cast<uint32_t>(md), got);
      }
    }
    auto key = [](const RawMatch& a, const RawMatch& b) {
      return std::tie(a.pattern, a.end, a.begin) < std::tie(b.pattern, b.end, b.begin);
    };
    std::sort(want.begin(), want.end(), key);
    std::sort(got.begin(), got.end(), key);
    // Keep the smallest start per (pattern, end), as step (a) does.
    auto dedupe = [](std::vector<RawMatch>& v) {
      auto same_end = [](const RawMatch& a, const RawMatch& b) { return a.pattern == b.pattern && a.end == b.end; };
      v.erase(std::unique(v.begin(), v.end(), same_end), v.end());
    };
    dedupe(got);
    dates += !want.empty();
    auto str = [](const std::vector<RawMatch>& v) {
      std::string out;
      for (const RawMatch& m : v) {
        out += std::to_string(m.pattern) + "[" + std::to_string(m.begin) + "," + std::to_string(m.end) + ") ";
      }
      return out;
    };
    if (str(want) != str(got) && ++mismatches <= 10) {
      ADD_FAILURE() << "case " << i << " input: [" << text << "]\n fast: " << str(got) << "\n slow: " << str(want);
    }
  }
  EXPECT_EQ(mismatches, 0);
  EXPECT_GT(dates, 1000);
}

// Dense date and code texts through the whole detector.
std::string CodeText(std::mt19937& rng) {
  static const std::vector<std::string> kFragments = {
      "A", "KBL", "AB", "ABCDEF", "X", "a", "-", "-", "--", "1", "12", "123", "4471", "12345678901", "0",
      " ", " ", ".", "/", "_", "\n", "é", "no. ", "ref ", "case ", "2021-", "-X", "-A1"};
  std::uniform_int_distribution<size_t> pick(0, kFragments.size() - 1);
  std::uniform_int_distribution<int> len(1, 40);
  std::string s;
  for (int i = len(rng); i > 0; --i) s += kFragments[pick(rng)];
  return s;
}

TEST(Differential, DenseDateAndCodeInputs) {
  ReferenceEngine ref;
  auto scratch = TheDetector().NewScratch();
  std::mt19937 rng(99);
  int dates = 0, codes = 0, mismatches = 0;
  for (int i = 0; i < 4000; ++i) {
    std::string text = i % 2 == 0 ? DateText(rng) : CodeText(rng);
    std::string fast = Fast(TheDetector(), *scratch, text);
    std::string slow = Slow(ref, text);
    dates += slow.find("DATE") != std::string::npos;
    codes += slow.find("ID") != std::string::npos;
    if (fast != slow && ++mismatches <= 10) {
      ADD_FAILURE() << "case " << i << " input: [" << text << "]\n fast: " << fast << "\n slow: " << slow;
    }
  }
  EXPECT_EQ(mismatches, 0);
  EXPECT_GT(dates, 500);
  EXPECT_GT(codes, 500);
}

// The anchors promise of each row (PatternSpec::anchors): every reference
// match contains a match of one of the row's anchors.
TEST(Differential, AnchorsAreInsideEveryMatch) {
  ReferenceEngine ref;
  auto table = patterns::PatternTable();
  std::mt19937 rng(5);
  int checked = 0;
  for (size_t p = 0; p < table.size(); ++p) {
    if (table[p].anchors.empty()) continue;
    std::vector<std::unique_ptr<RE2>> anchors;
    RE2::Options opt;
    opt.set_encoding(RE2::Options::EncodingLatin1);
    opt.set_case_sensitive(!table[p].caseless);
    for (const char* a : table[p].anchors) {
      anchors.push_back(std::make_unique<RE2>(a, opt));
      ASSERT_TRUE(anchors.back()->ok()) << table[p].name;
    }
    for (int i = 0; i < 6000; ++i) {
      std::string text = i % 3 == 0 ? RandomText(rng) : i % 3 == 1 ? CodeText(rng) : DateText(rng);
      std::vector<RawMatch> raw;
      ref.MatchRow(text, p, raw);
      for (const RawMatch& m : raw) {
        ++checked;
        bool inside = std::any_of(anchors.begin(), anchors.end(), [&](const auto& a) {
          return a->Match(text, m.begin, m.end, RE2::UNANCHORED, nullptr, 0);
        });
        EXPECT_TRUE(inside) << table[p].name << " [" << text.substr(m.begin, m.end - m.begin) << "]";
      }
    }
  }
  EXPECT_GT(checked, 1000);
}

}  // namespace
}  // namespace tearline

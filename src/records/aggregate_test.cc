#include <gtest/gtest.h>

#include <random>

#include "tearline/aggregate.h"

namespace tearline {
namespace {

// The property complementary suppression guarantees: no line with a released
// total has exactly one withheld part.
void ExpectNoLoneWithheld(const SuppressedCounts& s, const AggregateOptions& o) {
  const CountTable& t = s.counts;
  if (t.cols() > 1 && o.release_row_totals)
    for (size_t r = 0; r < t.rows(); ++r) {
      if (s.row_total_withheld[r]) continue;
      int w = 0;
      for (size_t c = 0; c < t.cols(); ++c) w += s.cell_withheld[r * t.cols() + c];
      EXPECT_NE(w, 1) << "row " << r;
    }
  if (o.release_col_totals)
    for (size_t c = 0; c < t.cols(); ++c) {
      if (s.col_total_withheld[c]) continue;
      int w = 0;
      for (size_t r = 0; r < t.rows(); ++r) w += s.cell_withheld[r * t.cols() + c];
      EXPECT_NE(w, 1) << "column " << c;
    }
  if (o.release_grand_total && !s.total_withheld && t.cols() > 1) {
    int w = 0;
    for (bool b : s.row_total_withheld) w += b;
    if (o.release_row_totals) {
      EXPECT_NE(w, 1);
    }
    w = 0;
    for (bool b : s.col_total_withheld) w += b;
    if (o.release_col_totals) {
      EXPECT_NE(w, 1);
    }
  }
  // Every primary cell is withheld.
  for (size_t i = 0; i < t.cells.size(); ++i) {
    if (t.cells[i] > 0 && t.cells[i] < o.k) {
      EXPECT_TRUE(s.cell_withheld[i]);
    }
  }
}

TEST(AggregateTest, CountsByCheckpointAndDay) {
  std::vector<std::string> rows = {"CP-A", "CP-A", "CP-B", "CP-A", "CP-B"};
  std::vector<std::string> cols = {"d1", "d2", "d1", "d1", "d1"};
  CountTable t = CountByGroups(rows, cols);
  EXPECT_EQ(t.row_labels, (std::vector<std::string>{"CP-A", "CP-B"}));
  EXPECT_EQ(t.col_labels, (std::vector<std::string>{"d1", "d2"}));
  EXPECT_EQ(t.cells, (std::vector<uint64_t>{2, 1, 2, 0}));
  EXPECT_EQ(t.row_totals, (std::vector<uint64_t>{3, 2}));
  EXPECT_EQ(t.col_totals, (std::vector<uint64_t>{4, 1}));
  EXPECT_EQ(t.total, 5u);
  CountTable one = CountByGroups(rows, {});
  EXPECT_EQ(one.cells, (std::vector<uint64_t>{3, 2}));
}

TEST(AggregateTest, ComplementarySuppressionWorked) {
  // checkpoint x day; k = 5. Cell (B, d2) = 2 is primary. Row B's total is
  // released, so the next smallest cell of row B goes; column d2 likewise.
  CountTable t;
  t.row_labels = {"A", "B", "C"};
  t.col_labels = {"d1", "d2", "d3"};
  t.cells = {20, 9, 30,   //
             12, 2, 40,   //
             25, 15, 11};
  t.row_totals = {59, 54, 51};
  t.col_totals = {57, 26, 81};
  t.total = 164;
  AggregateOptions o;
  o.k = 5;
  SuppressedCounts s = SuppressCounts(t, o);
  EXPECT_EQ(s.primary, 1u);
  // Row B: withhold 12 (smallest other); column d2: withhold 9. Then row A
  // (9 withheld alone) withholds 20; column d1 (12, 20) is fine.
  EXPECT_EQ(s.cell_withheld, (std::vector<bool>{true, true, false, true, true, false, false, false, false}));
  EXPECT_EQ(s.complementary, 3u);
  ExpectNoLoneWithheld(s, o);
  EXPECT_EQ(FormatCountsCsv(s, "checkpoint", o),
            "checkpoint,d1,d2,d3,total\nA,*,*,30,59\nB,*,*,40,54\nC,25,15,11,51\ntotal,57,26,81,164\n");
}

TEST(AggregateTest, SmallTotalsAndOneWayTables) {
  // A one-way table: 3 is primary; with the total released, 7 must go too.
  CountTable t = CountByGroups({"a", "a", "a", "b", "b", "b", "b", "b", "b", "b", "c", "c", "c", "c", "c", "c", "c", "c"}, {});
  AggregateOptions o;
  o.k = 5;
  SuppressedCounts s = SuppressCounts(t, o);
  EXPECT_EQ(s.cell_withheld, (std::vector<bool>{true, true, false}));
  EXPECT_EQ(FormatCountsCsv(s, "group", o), "group,count\na,*\nb,*\nc,8\ntotal,18\n");
  // Without the total there is nothing to recover from.
  o.release_col_totals = false;
  s = SuppressCounts(t, o);
  EXPECT_EQ(s.cell_withheld, (std::vector<bool>{true, false, false}));
  // A row whose only other part is gone: its total is withheld.
  CountTable u;
  u.row_labels = {"A", "B"};
  u.col_labels = {"d1", "d2"};
  u.cells = {3, 0, 10, 10};
  u.row_totals = {3, 20};
  u.col_totals = {13, 10};
  u.total = 23;
  AggregateOptions k5;
  SuppressedCounts su = SuppressCounts(u, k5);
  EXPECT_TRUE(su.row_total_withheld[0]);  // 3 < k: primary
  ExpectNoLoneWithheld(su, k5);
}

TEST(AggregateTest, FixedPointOnRandomTables) {
  std::mt19937 rng(3);
  std::uniform_int_distribution<int> val(0, 14), dim(1, 6);
  for (int trial = 0; trial < 300; ++trial) {
    CountTable t;
    size_t R = dim(rng), C = dim(rng);
    for (size_t r = 0; r < R; ++r) t.row_labels.push_back("r" + std::to_string(r));
    for (size_t c = 0; c < C; ++c) t.col_labels.push_back("c" + std::to_string(c));
    t.row_totals.assign(R, 0);
    t.col_totals.assign(C, 0);
    for (size_t r = 0; r < R; ++r)
      for (size_t c = 0; c < C; ++c) {
        uint64_t v = val(rng);
        t.cells.push_back(v);
        t.row_totals[r] += v;
        t.col_totals[c] += v;
        t.total += v;
      }
    AggregateOptions o;
    o.k = 5;
    o.suppress_zeros = trial % 2;
    SuppressedCounts s = SuppressCounts(t, o);
    ExpectNoLoneWithheld(s, o);
  }
}

}  // namespace
}  // namespace tearline

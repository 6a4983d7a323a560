// tearline/aggregate.h — counts per group with small-cell suppression.
//
// WHAT THESE TYPES REPRESENT
//   A CountTable is a cross-tabulation of records by a row field and an
//   optional column field (e.g. checkpoint x day): cell counts with row
//   totals, column totals and a grand total. A one-way table has one column.
//
//   SuppressCounts decides what may be released. Primary suppression: every
//   released number (cell or total) with 0 < count < k is withheld (zeros too
//   when suppress_zeros). Complementary suppression: a "line" is a row with
//   its row total, a column with its column total, the row totals with the
//   grand total, or the column totals with the grand total. Whenever a line's
//   total is released and exactly one of its parts is withheld, that part
//   could be recovered by subtraction, so the smallest released part of the
//   line (preferring non-zero counts) is withheld too; if the line has no
//   other part, its total is withheld. This repeats until nothing changes, so
//   no line in the result has exactly one withheld part beside a released
//   total. (Recovery through several lines at once, by linear programming, is
//   not ruled out; see doc/records.md.)
//
// THREAD SAFETY
//   Pure functions.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "tearline/status.h"

namespace tearline {

struct CountTable {
  std::vector<std::string> row_labels;  // sorted
  std::vector<std::string> col_labels;  // sorted; {"count"} for a one-way table
  std::vector<uint64_t> cells;          // row-major, rows x cols
  std::vector<uint64_t> row_totals;
  std::vector<uint64_t> col_totals;
  uint64_t total = 0;

  size_t rows() const { return row_labels.size(); }
  size_t cols() const { return col_labels.size(); }
  uint64_t cell(size_t r, size_t c) const { return cells[r * cols() + c]; }
};

// Counts records by (row_values[i], col_values[i]); col_values empty means a
// one-way table. REQUIRES: col_values empty or the same size as row_values.
CountTable CountByGroups(const std::vector<std::string>& row_values,
                         const std::vector<std::string>& col_values);

struct AggregateOptions {
  uint64_t k = 5;
  bool suppress_zeros = false;
  bool release_row_totals = true;  // ignored for a one-way table (they equal the cells)
  bool release_col_totals = true;  // for a one-way table: its single total
  bool release_grand_total = true;
};

struct SuppressedCounts {
  CountTable counts;
  std::vector<bool> cell_withheld;       // per cell
  std::vector<bool> row_total_withheld;  // per row
  std::vector<bool> col_total_withheld;  // per column
  bool total_withheld = false;
  size_t primary = 0;        // numbers withheld because they were below k
  size_t complementary = 0;  // numbers withheld to protect them
};

SuppressedCounts SuppressCounts(const CountTable& table, const AggregateOptions& options);

// CSV of the released table: header "<row_name>,<col labels...>,total", one
// line per row and a "total" line; withheld numbers are written as "*",
// totals not released are omitted.
std::string FormatCountsCsv(const SuppressedCounts& s, std::string_view row_name,
                            const AggregateOptions& options);

}  // namespace tearline

// Tables laid out in fixed-width columns, as a spreadsheet or a database
// prints them into a text report: a header line, a rule of dash runs under
// it that marks each column, then rows aligned under the rule.
//
//   REG. NO.  NAME (SURNAME, given)  AGE
//   --------- ---------------------- ----
//   AWL-0301  GARANG, Akol Garang    9
//
// Internal to src/quasi (the field name detector reads the cells of name
// and place columns). THREAD SAFETY: stateless functions.
#pragma once

#include <cstddef>
#include <functional>
#include <string_view>
#include <vector>

namespace tearline::quasi {

// A cell's bytes: text[begin, end), without the spaces around it (empty
// when begin == end).
struct FixedCell {
  size_t begin = 0, end = 0;
};

// One table: the header's cells and each row's, one cell per column of the
// rule (a row's cells are empty past its end).
struct FixedWidthTable {
  std::vector<FixedCell> header;
  std::vector<std::vector<FixedCell>> rows;
};

// Calls `fn` for every fixed-width table of `text`. A rule is a line of two
// to 32 runs of '-' or '=' (two or more each) separated by spaces, and
// nothing else; the line right before it is the header (not blank, no '|':
// a table drawn with bars). Columns
// start where the runs start, counted in code points. The rows are the
// lines after the rule up to a blank line, another rule or the text's end;
// a row whose text crosses a column's start (no space right before it, the
// row not ending there) is skipped as out of line. A heading that crosses
// one ends at the end of its word, and the next begins there.
// Also tables without a rule: a header line split at runs of two spaces or
// more into 3 to 32 cells (each at most 40 bytes and four words, six in a
// header of five cells or more; no digit on the line, no '|': a table drawn
// with bars; no single space between cells), then at least two rows aligned
// under its cells; the rows end at a line without two spaces in a row
// (prose), a blank line or a rule.
void ForEachFixedWidthTable(std::string_view text, const std::function<void(const FixedWidthTable&)>& fn);

}  // namespace tearline::quasi

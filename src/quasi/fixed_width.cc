#include "fixed_width.h"

#include <algorithm>
#include <cstring>

#include "tearline/file.h"
#include "tearline/quasi.h"

namespace tearline::quasi {
namespace {

constexpr size_t kMaxColumns = 32;

size_t LineEnd(std::string_view text, size_t b) {
  const size_t e = text.find('\n', b);
  return e == std::string_view::npos ? text.size() : e;
}

// The code-point columns where the dash runs of the rule text[b, e) start;
// empty when the line is no rule. A run of one dash rules a column one
// character wide ("#" over " -  -----"), when another run has three or more.
std::vector<size_t> RuleColumns(std::string_view text, size_t b, size_t e) {
  std::vector<size_t> starts;
  size_t column = 0, longest = 0;
  for (size_t i = b; i < e; ++i, ++column) {
    const char c = text[i];
    if (c == '-' || c == '=') {
      if (i == b || text[i - 1] == ' ') {
        const size_t run_end = std::min(text.find_first_not_of(c == '-' ? "-" : "=", i), e);
        if (run_end - i < 2 && run_end < e && text[run_end] != ' ') return {};
        longest = std::max(longest, run_end - i);
        starts.push_back(column);
        if (starts.size() > kMaxColumns) return {};
      }
    } else if (c != ' ' && !(c == '\r' && i + 1 == e)) {
      return {};
    }
  }
  if (starts.size() < 2 || longest < 3) return {};
  return starts;
}

// The byte offset of each code-point column of `columns` within the line
// text[b, e) (e when the line is shorter), and whether the line's text
// crosses none of them (the byte before each within the line is a space).
bool ColumnOffsets(std::string_view text, size_t b, size_t e, const std::vector<size_t>& columns,
                   std::vector<size_t>* offsets) {
  offsets->assign(columns.size(), e);
  size_t column = 0, k = 0;
  for (size_t i = b; i < e && k < columns.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;  // a continuation byte
    if (column == columns[k]) (*offsets)[k++] = i;
    ++column;
  }
  for (size_t c = 1; c < columns.size(); ++c) {
    const size_t at = (*offsets)[c];
    if (at < e && at > b && text[at - 1] != ' ') return false;
  }
  return true;
}

FixedCell Trimmed(std::string_view text, size_t b, size_t e) {
  while (b < e && (text[b] == ' ' || text[b] == '\r')) ++b;
  while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\r')) --e;
  return FixedCell{b, e};
}

std::vector<FixedCell> CellsAt(std::string_view text, size_t e, const std::vector<size_t>& offsets) {
  std::vector<FixedCell> cells(offsets.size());
  for (size_t c = 0; c < offsets.size(); ++c) {
    const size_t end = c + 1 < offsets.size() ? offsets[c + 1] : e;
    cells[c] = Trimmed(text, offsets[c], std::max(offsets[c], end));
  }
  return cells;
}

// The code-point columns where the cells of a header without a rule start:
// the line text[b, e) split at runs of two spaces or more into three to 32
// cells, each of at most 40 bytes and four words (six when there are five
// cells or more), no digit on the line;
// empty when the line is no such header.
std::vector<size_t> HeaderColumns(std::string_view text, size_t b, size_t e) {
  std::vector<size_t> starts;
  size_t column = 0, cell_bytes = 0, cell_words = 0, most_words = 0;
  bool in_cell = false;
  for (size_t i = b; i < e; ++i) {
    const char c = text[i];
    if ((c >= '0' && c <= '9') || c == '\t') return {};
    const bool continuation = (static_cast<unsigned char>(c) & 0xC0) == 0x80;
    if (c == ' ' || c == '\r') {
      if (in_cell && i + 1 < e && text[i + 1] == ' ') in_cell = false;  // two spaces end a cell
      if (in_cell) ++cell_words;
    } else if (!in_cell) {
      if (i > b && !(i >= b + 2 && text[i - 1] == ' ' && text[i - 2] == ' ')) return {};  // one space: prose
      in_cell = true;
      cell_bytes = 0;
      cell_words = 1;
      starts.push_back(column);
      if (starts.size() > kMaxColumns) return {};
    }
    if (in_cell && ++cell_bytes > 40) return {};
    if (cell_words > 6) return {};
    most_words = std::max(most_words, cell_words);
    if (!continuation) ++column;
  }
  // A heading of five or six words only in a header of five cells or more
  // (prose blanked by the leak check splits into a few long cells).
  if (starts.size() < 3 || (most_words > 4 && starts.size() < 5)) return {};
  return starts;
}

// Reads into table->rows the lines from text[row] on that are aligned under
// `columns` (those out of line are skipped), up to a blank line, a rule, the
// text's end or, when `gaps_only`, a line without two spaces in a row;
// returns where it stopped (the start of that line, or text.size()).
size_t ReadRows(std::string_view text, size_t row, const std::vector<size_t>& columns, bool gaps_only,
                std::vector<size_t>* offsets, FixedWidthTable* table) {
  while (row < text.size()) {
    const size_t re = LineEnd(text, row);
    const FixedCell whole = Trimmed(text, row, re);
    if (whole.begin == whole.end || !RuleColumns(text, row, re).empty()) break;
    if (gaps_only && text.substr(row, re - row).find("  ") == std::string_view::npos) break;
    if (ColumnOffsets(text, row, re, columns, offsets)) table->rows.push_back(CellsAt(text, re, *offsets));
    row = re + 1;
  }
  return std::min(row, text.size());
}

}  // namespace

void ForEachFixedWidthTable(std::string_view text, const std::function<void(const FixedWidthTable&)>& fn) {
  std::vector<size_t> offsets;
  for (size_t at = FindLiteral(text, "--"); at != std::string_view::npos;) {
    size_t b = at;
    while (b > 0 && text[b - 1] != '\n') --b;
    const size_t e = LineEnd(text, at);
    at = e < text.size() ? FindLiteral(text, "--", e) : std::string_view::npos;
    if (b < 2) continue;  // no header line before
    const std::vector<size_t> columns = RuleColumns(text, b, e);
    if (columns.empty()) continue;
    size_t hb = b - 1;
    while (hb > 0 && text[hb - 1] != '\n') --hb;
    const size_t he = b - 1;
    if (Trimmed(text, hb, he).begin == Trimmed(text, hb, he).end) continue;
    // A header with '|' heads a table drawn with bars (read as such).
    if (text.substr(hb, he - hb).find('|') != std::string_view::npos) continue;
    FixedWidthTable table;
    // A heading may run a little past its column ("ORIGIN VILLAGE" over a
    // rule of 13): a column's start inside a word moves to the word's end
    // (the column's own heading is then empty if none follows before the
    // next column).
    if (!ColumnOffsets(text, hb, he, columns, &offsets)) {
      for (size_t c = 1; c < offsets.size(); ++c) {
        const size_t limit = c + 1 < offsets.size() ? offsets[c + 1] : he;
        while (offsets[c] < limit && text[offsets[c] - 1] != ' ') ++offsets[c];
      }
    }
    table.header = CellsAt(text, he, offsets);
    const size_t stop = ReadRows(text, e + 1, columns, /*gaps_only=*/false, &offsets, &table);
    if (!table.rows.empty()) fn(table);
    // Go on after the table (a table that runs to the text's end ends the
    // search: its rows are no headers of tables of their own).
    if (stop > e + 1) at = stop < text.size() ? FindLiteral(text, "--", stop - 1) : std::string_view::npos;
  }
  // Tables without a rule: a header of cells split by two spaces or more,
  // then rows aligned under it, each holding such a gap, up to a line that
  // holds none (prose), a blank line or a rule (read above).
  for (size_t at = FindLiteral(text, "  "); at != std::string_view::npos;) {
    size_t b = at;
    while (b > 0 && text[b - 1] != '\n') --b;
    const size_t e = LineEnd(text, at);
    at = e < text.size() ? FindLiteral(text, "  ", e) : std::string_view::npos;
    // A header with '|' is a table drawn with bars: its padded cells are no
    // fixed-width columns ("| Vers         | Accomp.   |").
    if (text.substr(b, e - b).find('|') != std::string_view::npos) continue;
    const std::vector<size_t> columns = HeaderColumns(text, b, e);
    if (columns.empty()) continue;
    FixedWidthTable table;
    ColumnOffsets(text, b, e, columns, &offsets);
    table.header = CellsAt(text, e, offsets);
    const size_t stop = ReadRows(text, e + 1, columns, /*gaps_only=*/true, &offsets, &table);
    if (table.rows.size() >= 2) fn(table);
    if (stop > e + 1) at = stop < text.size() ? FindLiteral(text, "  ", stop - 1) : std::string_view::npos;
  }
}

}  // namespace tearline::quasi

namespace tearline {

bool IsGridRule(std::string_view line) {
  if (line.find("---") == std::string_view::npos && line.find("===") == std::string_view::npos) return false;
  return std::all_of(line.begin(), line.end(), [](char c) { return std::strchr("-=+|: \r", c) != nullptr; });
}

}  // namespace tearline

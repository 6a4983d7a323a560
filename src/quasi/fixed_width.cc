#include "fixed_width.h"

#include <algorithm>

namespace tearline::quasi {
namespace {

constexpr size_t kMaxColumns = 32;

size_t LineEnd(std::string_view text, size_t b) {
  const size_t e = text.find('\n', b);
  return e == std::string_view::npos ? text.size() : e;
}

// The code-point columns where the dash runs of the rule text[b, e) start;
// empty when the line is no rule.
std::vector<size_t> RuleColumns(std::string_view text, size_t b, size_t e) {
  std::vector<size_t> starts;
  size_t column = 0;
  for (size_t i = b; i < e; ++i, ++column) {
    const char c = text[i];
    if (c == '-' || c == '=') {
      if (i == b || text[i - 1] == ' ') {
        const size_t run_end = text.find_first_not_of(c == '-' ? "-" : "=", i);
        if (std::min(run_end, e) - i < 2) return {};
        starts.push_back(column);
        if (starts.size() > kMaxColumns) return {};
      }
    } else if (c != ' ' && !(c == '\r' && i + 1 == e)) {
      return {};
    }
  }
  if (starts.size() < 2) return {};
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

}  // namespace

void ForEachFixedWidthTable(std::string_view text, const std::function<void(const FixedWidthTable&)>& fn) {
  std::vector<size_t> offsets;
  for (size_t at = text.find("--"); at != std::string_view::npos;) {
    size_t b = at;
    while (b > 0 && text[b - 1] != '\n') --b;
    const size_t e = LineEnd(text, at);
    at = e < text.size() ? text.find("--", e) : std::string_view::npos;
    if (b < 2) continue;  // no header line before
    const std::vector<size_t> columns = RuleColumns(text, b, e);
    if (columns.empty()) continue;
    size_t hb = b - 1;
    while (hb > 0 && text[hb - 1] != '\n') --hb;
    const size_t he = b - 1;
    if (Trimmed(text, hb, he).begin == Trimmed(text, hb, he).end) continue;
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
    size_t row = e + 1;
    while (row < text.size()) {
      const size_t re = LineEnd(text, row);
      const FixedCell whole = Trimmed(text, row, re);
      if (whole.begin == whole.end || !RuleColumns(text, row, re).empty()) break;
      if (ColumnOffsets(text, row, re, columns, &offsets)) table.rows.push_back(CellsAt(text, re, offsets));
      row = re + 1;
    }
    if (!table.rows.empty()) fn(table);
    if (row > e && row < text.size()) at = text.find("--", row > 0 ? row - 1 : row);
  }
}

}  // namespace tearline::quasi

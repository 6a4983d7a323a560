// Counts per group with primary and complementary suppression (tearline/aggregate.h).
#include "tearline/aggregate.h"

#include <algorithm>
#include <map>

#include "tearline/records.h"

namespace tearline {

CountTable CountByGroups(const std::vector<std::string>& rows, const std::vector<std::string>& cols) {
  std::map<std::pair<std::string, std::string>, uint64_t> m;
  std::map<std::string, size_t> rl, cl;
  const bool one_way = cols.empty();
  for (size_t i = 0; i < rows.size(); ++i) {
    const std::string& c = one_way ? std::string("count") : cols[i];
    ++m[{rows[i], c}];
    rl[rows[i]];
    cl[c];
  }
  CountTable t;
  for (auto& [k, v] : rl) { v = t.row_labels.size(); t.row_labels.push_back(k); }
  for (auto& [k, v] : cl) { v = t.col_labels.size(); t.col_labels.push_back(k); }
  if (t.col_labels.empty()) t.col_labels.push_back("count");
  t.cells.assign(t.rows() * t.cols(), 0);
  for (const auto& [k, v] : m) t.cells[rl[k.first] * t.cols() + cl[k.second]] = v;
  t.row_totals.assign(t.rows(), 0);
  t.col_totals.assign(t.cols(), 0);
  for (size_t r = 0; r < t.rows(); ++r)
    for (size_t c = 0; c < t.cols(); ++c) {
      t.row_totals[r] += t.cell(r, c);
      t.col_totals[c] += t.cell(r, c);
      t.total += t.cell(r, c);
    }
  return t;
}

SuppressedCounts SuppressCounts(const CountTable& t, const AggregateOptions& o) {
  SuppressedCounts s;
  s.counts = t;
  s.cell_withheld.assign(t.cells.size(), false);
  s.row_total_withheld.assign(t.rows(), false);
  s.col_total_withheld.assign(t.cols(), false);
  const bool row_totals = o.release_row_totals && t.cols() > 1;
  auto small = [&](uint64_t v) { return (v > 0 && v < o.k) || (v == 0 && o.suppress_zeros); };
  for (size_t i = 0; i < t.cells.size(); ++i)
    if (small(t.cells[i])) { s.cell_withheld[i] = true; ++s.primary; }
  if (row_totals)
    for (size_t r = 0; r < t.rows(); ++r)
      if (small(t.row_totals[r])) { s.row_total_withheld[r] = true; ++s.primary; }
  if (o.release_col_totals)
    for (size_t c = 0; c < t.cols(); ++c)
      if (small(t.col_totals[c])) { s.col_total_withheld[c] = true; ++s.primary; }
  if (o.release_grand_total && (t.cols() > 1 || !o.release_col_totals) && small(t.total)) { s.total_withheld = true; ++s.primary; }

  // Each line: parts (flag vector + index + value) and its total.
  struct Item { std::vector<bool>* flags; size_t index; uint64_t value; };
  struct Line { std::vector<Item> parts; Item total; bool total_released; };
  std::vector<Line> lines;
  if (row_totals)
    for (size_t r = 0; r < t.rows(); ++r) {
      Line l{{}, {&s.row_total_withheld, r, t.row_totals[r]}, true};
      for (size_t c = 0; c < t.cols(); ++c) l.parts.push_back({&s.cell_withheld, r * t.cols() + c, t.cell(r, c)});
      lines.push_back(std::move(l));
    }
  if (o.release_col_totals)
    for (size_t c = 0; c < t.cols(); ++c) {
      Line l{{}, {&s.col_total_withheld, c, t.col_totals[c]}, true};
      for (size_t r = 0; r < t.rows(); ++r) l.parts.push_back({&s.cell_withheld, r * t.cols() + c, t.cell(r, c)});
      lines.push_back(std::move(l));
    }
  std::vector<bool> grand(1, false);
  grand[0] = s.total_withheld;
  if (o.release_grand_total) {
    if (row_totals) {
      Line l{{}, {&grand, 0, t.total}, true};
      for (size_t r = 0; r < t.rows(); ++r) l.parts.push_back({&s.row_total_withheld, r, t.row_totals[r]});
      lines.push_back(std::move(l));
    }
    if (o.release_col_totals && t.cols() > 1) {
      Line l{{}, {&grand, 0, t.total}, true};
      for (size_t c = 0; c < t.cols(); ++c) l.parts.push_back({&s.col_total_withheld, c, t.col_totals[c]});
      lines.push_back(std::move(l));
    }
  }
  bool changed = true;
  while (changed) {
    changed = false;
    for (Line& l : lines) {
      if ((*l.total.flags)[l.total.index]) continue;  // total withheld: no equation released
      size_t withheld = 0;
      for (const Item& it : l.parts) withheld += (*it.flags)[it.index];
      if (withheld != 1) continue;
      const Item* pick = nullptr;
      for (const Item& it : l.parts) {
        if ((*it.flags)[it.index]) continue;
        auto rank = [](const Item& x) { return std::make_pair(x.value == 0, x.value); };
        if (!pick || rank(it) < rank(*pick)) pick = &it;
      }
      if (pick) {
        (*pick->flags)[pick->index] = true;
      } else {
        (*l.total.flags)[l.total.index] = true;
      }
      ++s.complementary;
      changed = true;
    }
  }
  s.total_withheld = grand[0];
  return s;
}

std::string FormatCountsCsv(const SuppressedCounts& s, std::string_view row_name, const AggregateOptions& o) {
  const CountTable& t = s.counts;
  const bool row_totals = o.release_row_totals && t.cols() > 1;
  std::string out;
  AppendCsvField(row_name, &out);
  for (const auto& c : t.col_labels) { out += ','; AppendCsvField(c, &out); }
  if (row_totals) out += ",total";
  out += '\n';
  auto num = [](uint64_t v, bool withheld) { return withheld ? std::string("*") : std::to_string(v); };
  for (size_t r = 0; r < t.rows(); ++r) {
    AppendCsvField(t.row_labels[r], &out);
    for (size_t c = 0; c < t.cols(); ++c) out += "," + num(t.cell(r, c), s.cell_withheld[r * t.cols() + c]);
    if (row_totals) out += "," + num(t.row_totals[r], s.row_total_withheld[r]);
    out += '\n';
  }
  if (o.release_col_totals) {
    out += "total";
    for (size_t c = 0; c < t.cols(); ++c) out += "," + num(t.col_totals[c], s.col_total_withheld[c]);
    if (row_totals) out += "," + (o.release_grand_total ? num(t.total, s.total_withheld) : std::string(""));
    out += '\n';
  }
  return out;
}

}  // namespace tearline

// Strict RFC 4180 reader keeping raw field spans (tearline/records.h).
//
// Why not libcsv (Debian libcsv-dev): its callbacks hand out unescaped copies
// of fields without their position in the input, so untouched fields could
// not be written back byte for byte; by default it also trims spaces around
// unquoted fields and skips blank lines, both of which change data silently.
#include <algorithm>
#include <string>
#include <unordered_set>

#include "tearline/file.h"
#include "tearline/records.h"

namespace tearline {
namespace {

Status Bad(size_t line, const std::string& what) {
  return Status::BadInput("CSV line " + std::to_string(line) + ": " + what);
}

// Line number (1-based) of byte offset `pos`, counting LF.
size_t LineAt(std::string_view s, size_t pos) {
  return 1 + static_cast<size_t>(std::count(s.begin(), s.begin() + std::min(pos, s.size()), '\n'));
}

}  // namespace

Result<RecordFormat> RecordFormatForPath(std::string_view path) {
  auto ends = [&](std::string_view ext) {
    if (path.size() < ext.size()) return false;
    std::string tail(path.substr(path.size() - ext.size()));
    std::transform(tail.begin(), tail.end(), tail.begin(), [](unsigned char c) { return std::tolower(c); });
    return tail == ext;
  };
  if (ends(".csv")) return RecordFormat::kCsv;
  if (ends(".jsonl") || ends(".ndjson")) return RecordFormat::kJsonl;
  return Status::BadInput("unsupported record format (expected .csv, .jsonl or .ndjson)");
}

std::string_view CsvTable::raw(size_t row, size_t col) const {
  const CsvField& f = field(row, col);
  return std::string_view(source).substr(f.begin, f.end - f.begin);
}

std::string CsvTable::value(size_t row, size_t col) const {
  const CsvField& f = field(row, col);
  std::string_view r = std::string_view(source).substr(f.begin, f.end - f.begin);
  if (!f.quoted) return std::string(r);
  std::string out;
  out.reserve(r.size());
  for (size_t i = 1; i + 1 < r.size(); ++i) {
    out += r[i];
    if (r[i] == '"') ++i;  // "" -> "
  }
  return out;
}

std::optional<size_t> CsvTable::ColumnIndex(std::string_view name) const {
  for (size_t i = 0; i < columns.size(); ++i)
    if (columns[i] == name) return i;
  return std::nullopt;
}

void AppendCsvField(std::string_view v, std::string* out) {
  bool quote = v.find_first_of(",\"\r\n") != std::string_view::npos ||
               (!v.empty() && (v.front() == ' ' || v.back() == ' '));
  if (!quote) {
    out->append(v);
    return;
  }
  out->push_back('"');
  for (char c : v) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}

Result<CsvTable> ParseCsv(std::string bytes, const CsvOptions& options) {
  if (bytes.size() > options.max_bytes)
    return Status::BadInput("CSV input larger than " + std::to_string(options.max_bytes) + " bytes");
  CsvTable t;
  t.source = std::move(bytes);
  const std::string_view s = t.source;
  if (s.substr(0, 3) == "\xEF\xBB\xBF") t.bom = 3;
  if (s.size() == t.bom) return Status::BadInput("CSV input is empty (a header row is required)");
  const std::optional<size_t> bad_utf8 = FindInvalidUtf8(s);
  if (size_t nul = s.find('\0'); nul != std::string_view::npos)
    return Bad(LineAt(s, nul), "NUL byte at byte offset " + std::to_string(nul));

  size_t pos = t.bom, line = 1;
  const size_t n = s.size();
  std::vector<CsvField> row;
  bool first = true;
  while (pos < n) {
    CsvRecord rec;
    rec.begin = pos;
    rec.line = line;
    row.clear();
    // One record: fields separated by ',' until CRLF, LF or end of input.
    while (true) {
      CsvField f;
      f.begin = pos;
      if (pos < n && s[pos] == '"') {
        f.quoted = true;
        size_t start_line = line;
        ++pos;
        while (true) {
          if (pos >= n) return Bad(start_line, "unterminated quoted field");
          char c = s[pos];
          if (c == '"') {
            if (pos + 1 < n && s[pos + 1] == '"') { pos += 2; continue; }
            ++pos;
            break;
          }
          if (c == '\n') ++line;
          ++pos;
        }
        if (pos < n && s[pos] != ',' && s[pos] != '\n' && !(s[pos] == '\r' && pos + 1 < n && s[pos + 1] == '\n'))
          return Bad(line, "text after a closing quote in field " + std::to_string(row.size() + 1));
      } else {
        while (pos < n && s[pos] != ',' && s[pos] != '\n' && s[pos] != '\r') {
          if (s[pos] == '"') return Bad(line, "quote inside an unquoted field " + std::to_string(row.size() + 1));
          ++pos;
        }
        if (pos < n && s[pos] == '\r' && !(pos + 1 < n && s[pos + 1] == '\n'))
          return Bad(line, "bare carriage return outside quotes");
      }
      f.end = pos;
      row.push_back(f);
      if (pos < n && s[pos] == ',') { ++pos; continue; }
      break;
    }
    rec.end = pos;
    if (pos < n) pos += s[pos] == '\r' ? 2 : 1;
    rec.term_end = pos;
    if (first) {
      t.header = rec;
      t.header_fields = row;
      std::unordered_set<std::string> seen;
      for (size_t c = 0; c < row.size(); ++c) {
        std::string name;
        std::string_view r = s.substr(row[c].begin, row[c].end - row[c].begin);
        if (row[c].quoted) {
          for (size_t i = 1; i + 1 < r.size(); ++i) { name += r[i]; if (r[i] == '"') ++i; }
        } else {
          name = r;
        }
        if (!seen.insert(name).second) return Bad(rec.line, "duplicate column name in header (column " + std::to_string(c + 1) + ")");
        t.columns.push_back(std::move(name));
      }
      first = false;
    } else {
      if (row.size() != t.columns.size())
        return Bad(rec.line, "expected " + std::to_string(t.columns.size()) + " fields, found " +
                                 std::to_string(row.size()));
      t.records.push_back(rec);
      t.fields.insert(t.fields.end(), row.begin(), row.end());
    }
    ++line;
  }
  if (bad_utf8) {
    // Name the line and the column; never the value.
    const size_t at = *bad_utf8;
    std::string where = "a field";
    auto it = std::upper_bound(t.records.begin(), t.records.end(), at,
                               [](size_t a, const CsvRecord& r) { return a < r.begin; });
    if (it != t.records.begin()) {
      size_t row = static_cast<size_t>(it - t.records.begin()) - 1;
      for (size_t c = 0; c < t.columns.size(); ++c) {
        const CsvField& f = t.field(row, c);
        if (at >= f.begin && at < f.end) where = "column '" + t.columns[c] + "'";
      }
    } else {
      where = "header";
    }
    return Bad(LineAt(s, at), "invalid UTF-8 in " + where + " at byte offset " + std::to_string(at));
  }
  return t;
}

}  // namespace tearline
